"""Reference data the extractor needs, built once: the dbt seed tables and the gazetteer.

``Lexicons.from_tables`` is pure: it takes rows keyed by seed name (as the dbt Python model or
``load_seed_tables`` give them; values may be ``None``, ``int`` or ``float``, not only strings)
and a gazetteer (``gazetteer.PlaceIndex``), and returns typed, frozen records. Without a
gazetteer it builds one from ``gazetteer_places`` / ``gazetteer_place_aliases`` rows in the
tables (small test gazetteers). ``load_seed_tables`` and ``load_lexicons`` are the I/O edges.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.extraction.lexicon_records import Actor as Actor
from ingest.extraction.lexicon_records import ActorAlias as ActorAlias
from ingest.extraction.lexicon_records import Place as Place
from ingest.extraction.lexicon_records import Source as Source
from ingest.extraction.lexicon_records import SourceAlias as SourceAlias
from ingest.extraction.lexicon_records import WeaponTerm as WeaponTerm
from ingest.paths import packaged_gazetteer_dir

if TYPE_CHECKING:
    from ingest.extraction.gazetteer import PlaceIndex

SEED_TABLES: tuple[str, ...] = (
    "actors",
    "actor_aliases",
    "reporting_sources",
    "reporting_source_aliases",
    "weapons",
)
# A small gazetteer given as rows (tests): the columns of the generated places and aliases.
GAZETTEER_TABLES: tuple[str, ...] = ("gazetteer_places", "gazetteer_place_aliases")

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
AREA_FEATURES: frozenset[str] = frozenset({"country", "admin1", "admin2", "region"})
# The areas a smaller division lies in: a country, a province, a loose region.
PROVINCE_FEATURES: frozenset[str] = frozenset({"country", "admin1", "region"})


@dataclass(frozen=True, slots=True)
class Lexicons:
    """All reference data, typed; the extractor compiles its matcher from this once."""

    places: PlaceIndex
    actors: Mapping[str, Actor]
    actor_aliases: tuple[ActorAlias, ...]
    sources: Mapping[str, Source]
    source_aliases: tuple[SourceAlias, ...]
    weapon_terms: tuple[WeaponTerm, ...]

    @classmethod
    def from_tables(
        cls,
        tables: Mapping[str, Sequence[Mapping[str, object]]],
        places: PlaceIndex | None = None,
    ) -> Lexicons:
        """Build lexicons from seed rows keyed by seed name (every name in ``SEED_TABLES``) and
        a gazetteer; without one, from the ``GAZETTEER_TABLES`` rows of ``tables``."""
        from ingest.extraction.gazetteer import PlaceIndex

        needed = SEED_TABLES if places is not None else SEED_TABLES + GAZETTEER_TABLES
        missing = [name for name in needed if name not in tables]
        if missing:
            raise ValueError(f"seed tables missing: {', '.join(missing)}")
        if places is None:
            places = PlaceIndex.from_rows(
                tables["gazetteer_places"], tables["gazetteer_place_aliases"]
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
            actors=actors,
            actor_aliases=actor_aliases,
            sources=sources,
            source_aliases=source_aliases,
            weapon_terms=weapon_terms,
        )


def load_lexicons(seed_dir: Path, gazetteer_dir: Path | None = None) -> Lexicons:
    """The seeds of ``seed_dir`` and the generated gazetteer (packaged one by default)."""
    from ingest.extraction.gazetteer import PlaceIndex

    places = PlaceIndex.load(gazetteer_dir or packaged_gazetteer_dir())
    return Lexicons.from_tables(load_seed_tables(seed_dir), places)


def load_seed_tables(
    seed_dir: Path, names: Sequence[str] = SEED_TABLES
) -> dict[str, list[dict[str, object]]]:
    """Read the seeds ``names`` (default ``SEED_TABLES``) from ``seed_dir`` (blank cells become
    ``None``)."""
    tables: dict[str, list[dict[str, object]]] = {}
    for name in names:
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
