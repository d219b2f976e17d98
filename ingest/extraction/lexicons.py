"""Reference data the extractor needs, built once from the dbt seed tables.

``Lexicons.from_tables`` is pure: it takes rows keyed by seed name (as the dbt Python model or
``load_seed_tables`` give them; values may be ``None``, ``int`` or ``float``, not only strings)
and returns typed, frozen records. ``load_seed_tables`` is the one I/O edge: it reads the CSVs.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SEED_TABLES: tuple[str, ...] = (
    "gazetteer_places",
    "gazetteer_place_aliases",
    "actors",
    "actor_aliases",
    "reporting_sources",
    "reporting_source_aliases",
    "weapons",
)

SITE_FEATURES: frozenset[str] = frozenset(
    {
        "military_base",
        "airbase",
        "airport",
        "oil_field",
        "gas_field",
        "border_crossing",
        "other",
    }
)
SETTLEMENT_FEATURES: frozenset[str] = frozenset({"city", "town"})
AREA_FEATURES: frozenset[str] = frozenset({"country", "admin1", "region"})


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place (one row of ``gazetteer_places``)."""

    location_id: str
    name: str
    feature_type: str
    admin1: str | None
    country_iso2: str | None
    latitude: float | None
    longitude: float | None
    parent_id: str | None


@dataclass(frozen=True, slots=True)
class PlaceAlias:
    """One way of writing a place; demonyms only hint at a country."""

    location_id: str
    alias: str
    language: str | None
    kind: str  # "name" | "variant" | "demonym"


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
    """One way of naming an actor, with the role it usually plays ("any", "attacker", "target")."""

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


@dataclass(frozen=True, slots=True)
class Lexicons:
    """All reference data, typed; the extractor compiles its matcher from this once."""

    places: Mapping[str, Place]
    place_aliases: tuple[PlaceAlias, ...]
    actors: Mapping[str, Actor]
    actor_aliases: tuple[ActorAlias, ...]
    sources: Mapping[str, Source]
    source_aliases: tuple[SourceAlias, ...]
    weapon_terms: tuple[WeaponTerm, ...]

    @classmethod
    def from_tables(cls, tables: Mapping[str, Sequence[Mapping[str, object]]]) -> Lexicons:
        """Build lexicons from seed rows keyed by seed name (every name in ``SEED_TABLES``)."""
        missing = [name for name in SEED_TABLES if name not in tables]
        if missing:
            raise ValueError(f"seed tables missing: {', '.join(missing)}")
        places = {
            place.location_id: place
            for place in (_place(row) for row in tables["gazetteer_places"])
            if place is not None
        }
        place_aliases = tuple(
            alias
            for alias in (_place_alias(row) for row in tables["gazetteer_place_aliases"])
            if alias is not None and alias.location_id in places
        )
        actors = {
            actor.actor_id: actor
            for actor in (_actor(row) for row in tables["actors"])
            if actor is not None
        }
        actor_aliases = tuple(
            alias
            for alias in (_actor_alias(row) for row in tables["actor_aliases"])
            if alias is not None and alias.actor_id in actors
        )
        sources = {
            source.source_id: source
            for source in (_source(row) for row in tables["reporting_sources"])
            if source is not None
        }
        source_aliases = tuple(
            alias
            for alias in (_source_alias(row) for row in tables["reporting_source_aliases"])
            if alias is not None and alias.source_id in sources
        )
        weapon_terms = tuple(
            term for term in (_weapon(row) for row in tables["weapons"]) if term is not None
        )
        return cls(
            places=places,
            place_aliases=place_aliases,
            actors=actors,
            actor_aliases=actor_aliases,
            sources=sources,
            source_aliases=source_aliases,
            weapon_terms=weapon_terms,
        )


def load_seed_tables(seed_dir: Path) -> dict[str, list[dict[str, object]]]:
    """Read every seed in ``SEED_TABLES`` from ``seed_dir`` (blank cells become ``None``)."""
    tables: dict[str, list[dict[str, object]]] = {}
    for name in SEED_TABLES:
        path = seed_dir / f"{name}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            tables[name] = [
                {key: (value if value != "" else None) for key, value in row.items()}
                for row in csv.DictReader(handle)
            ]
    return tables


def _text(value: object) -> str | None:
    """A cell as stripped text; ``None``, blanks and NaN become ``None``; 3.0 becomes "3"."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


def _float(value: object) -> float | None:
    """A cell as a float, or ``None`` when blank or not a number."""
    text = _text(value)
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _int(value: object) -> int | None:
    """A cell as an int, or ``None`` when blank or not a whole number."""
    number = _float(value)
    return int(number) if number is not None and number.is_integer() else None


def _bool(value: object) -> bool:
    """A cell as a bool: true/1/yes/t (any case) are true, everything else false."""
    if isinstance(value, bool):
        return value
    text = _text(value)
    return text is not None and text.lower() in {"true", "1", "yes", "t", "y"}


def _place(row: Mapping[str, object]) -> Place | None:
    location_id = _text(row.get("location_id"))
    name = _text(row.get("location_name"))
    if location_id is None or name is None:
        return None
    return Place(
        location_id=location_id,
        name=name,
        feature_type=_text(row.get("feature_type")) or "other",
        admin1=_text(row.get("admin1")),
        country_iso2=_text(row.get("country_iso2")),
        latitude=_float(row.get("latitude")),
        longitude=_float(row.get("longitude")),
        parent_id=_text(row.get("parent_location_id")),
    )


def _place_alias(row: Mapping[str, object]) -> PlaceAlias | None:
    location_id = _text(row.get("location_id"))
    alias = _text(row.get("alias"))
    if location_id is None or alias is None:
        return None
    return PlaceAlias(
        location_id=location_id,
        alias=alias,
        language=_text(row.get("language")),
        kind=_text(row.get("alias_kind")) or "variant",
    )


def _actor(row: Mapping[str, object]) -> Actor | None:
    actor_id = _text(row.get("actor_id"))
    name = _text(row.get("actor_name"))
    if actor_id is None or name is None:
        return None
    return Actor(
        actor_id=actor_id,
        name=name,
        kind=_text(row.get("kind")) or "other",
        acled_actor_type=_int(row.get("acled_actor_type")),
        parent_id=_text(row.get("parent_actor_id")),
        country_iso2=_text(row.get("country_iso2")),
    )


def _actor_alias(row: Mapping[str, object]) -> ActorAlias | None:
    actor_id = _text(row.get("actor_id"))
    alias = _text(row.get("alias"))
    if actor_id is None or alias is None:
        return None
    return ActorAlias(
        actor_id=actor_id,
        alias=alias,
        language=_text(row.get("language")),
        role_hint=_text(row.get("role_hint")) or "any",
    )


def _source(row: Mapping[str, object]) -> Source | None:
    source_id = _text(row.get("source_id"))
    name = _text(row.get("source_name"))
    if source_id is None or name is None:
        return None
    return Source(
        source_id=source_id,
        name=name,
        kind=_text(row.get("kind")) or "other",
        country_iso2=_text(row.get("country_iso2")),
        speaks_for=_text(row.get("speaks_for_actor_id")),
    )


def _source_alias(row: Mapping[str, object]) -> SourceAlias | None:
    source_id = _text(row.get("source_id"))
    alias = _text(row.get("alias"))
    if source_id is None or alias is None:
        return None
    return SourceAlias(source_id=source_id, alias=alias, language=_text(row.get("language")))


def _weapon(row: Mapping[str, object]) -> WeaponTerm | None:
    term = _text(row.get("term"))
    weapon = _text(row.get("weapon"))
    if term is None or weapon is None:
        return None
    return WeaponTerm(
        term=term,
        language=_text(row.get("language")),
        weapon=weapon,
        is_projectile=_bool(row.get("is_projectile")),
    )
