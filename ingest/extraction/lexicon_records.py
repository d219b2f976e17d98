"""The records of the reference data: gazetteer places, actors, sources and weapon terms.

Compiled with the passes (``lexicons`` and ``gazetteer``, the I/O edges that build them, are
not), so that the passes read their attributes natively (a place's name, type and country
are read many times per sentence) instead of through a generic attribute lookup.
``lexicons`` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place (one row of the generated ``places`` table)."""

    location_id: str
    name: str
    feature_type: str
    admin1: str | None
    country_iso2: str | None
    latitude: float | None
    longitude: float | None
    parent_id: str | None
    admin2: str | None = None
    population: int = 0
    listed: bool = True  # False: a place the text names that the gazetteer lacks (no id, no point)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor (one row of ``actors``)."""

    actor_id: str
    name: str
    kind: str
    acled_actor_type: int | None
    parent_id: str | None
    country_iso2: str | None


@dataclass(frozen=True, slots=True)
class ActorAlias:
    """One way of naming an actor, with the role it usually plays ("any", "attacker", "target";
    "home": any, but only in a report from the actor's own country)."""

    actor_id: str
    alias: str
    language: str | None
    role_hint: str


@dataclass(frozen=True, slots=True)
class Source:
    """A body an article cites for its facts (agency, broadcaster, command, monitor)."""

    source_id: str
    name: str
    kind: str
    country_iso2: str | None
    speaks_for: str | None  # actor_id whose own actions this source announces


@dataclass(frozen=True, slots=True)
class SourceAlias:
    """One way of naming a reporting source."""

    source_id: str
    alias: str
    language: str | None


@dataclass(frozen=True, slots=True)
class WeaponTerm:
    """A word or phrase for a weapon; ``is_projectile`` says whether a number before it counts."""

    term: str
    language: str | None
    weapon: str
    is_projectile: bool
