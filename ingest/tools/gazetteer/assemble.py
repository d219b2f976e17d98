"""Ids, parents and rows: drafts become the ``places`` table, deterministically.

Countries use their lower-case ISO2 code; other places ``<iso2>-<slug of name>``. Drafts are
visited by rank (country, admin1, region, curated site, admin2, airport, GeoNames place) then by
slug: the first keeps the plain id, a later homonym gets ``-<slug of admin1>``, then
``-<geonames id>`` (or ``-<n>``). So the governorate of Baghdad is ``iq-baghdad`` and the city
``iq-baghdad-baghdad``. The parent of a place is its admin2, else its admin1, else its country.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from ingest.tools.gazetteer.drafts import PSEUDO_COUNTRIES, Draft, fold_plain
from ingest.tools.gazetteer.sources import Country

COORD_DECIMALS: Final = 5
_NON_SLUG: Final = re.compile(r"[^a-z0-9]+")
_UNDECOMPOSABLE: Final = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "ħ": "h",
     "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "", "'": "", "ʼ": "", "‘": ""}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One row of ``places``."""

    location_id: str
    location_name: str
    name_fr: str
    feature_type: str
    admin1: str
    admin2: str
    country_iso2: str
    country_iso3: str
    latitude: float | None
    longitude: float | None
    population: int
    parent_location_id: str
    geonames_id: int | None
    source: str
    is_capital: bool = False  # the national capital of ``country_iso2``


@dataclass(frozen=True, slots=True)
class CountryBounds:
    """A country's bounding box from the points of its places, with a margin."""

    country_iso2: str
    min_latitude: float
    max_latitude: float
    min_longitude: float
    max_longitude: float


def slugify(text: str) -> str:
    """ASCII slug (``Deir ez-Zor`` -> ``deir-ez-zor``) for location ids."""
    plain = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    ascii_text = plain.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_SLUG.sub("-", ascii_text).strip("-")


def _order(draft: Draft) -> tuple[int, str, str, str, int, str, float, float]:
    return (
        draft.rank,
        draft.country_iso2,
        slugify(draft.location_name),
        slugify(draft.admin1),
        draft.geonames_id or 0,
        draft.feature_type,
        draft.latitude or 0.0,
        draft.longitude or 0.0,
    )


def assign_ids(drafts: Iterable[Draft]) -> list[tuple[str, Draft]]:
    """Give each draft a unique readable id, deterministically (see the module docstring)."""
    taken: set[str] = set()
    placed = []
    for draft in sorted(drafts, key=_order):
        iso = draft.country_iso2.lower()
        if draft.feature_type == "country":
            options = [iso]
        else:
            base = f"{iso}-{slugify(draft.location_name) or draft.geonames_id or 'place'}"
            options = [base]
            if draft.admin1:
                options.append(f"{base}-{slugify(draft.admin1)}")
            if draft.geonames_id is not None:
                options.append(f"{base}-{draft.geonames_id}")
        location_id = next((o for o in options if o not in taken), None)
        number = 2
        while location_id is None:
            candidate = f"{options[-1]}-{number}"
            location_id = candidate if candidate not in taken else None
            number += 1
        taken.add(location_id)
        placed.append((location_id, draft))
    return placed


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, COORD_DECIMALS)


def _capitals(placed: Sequence[tuple[str, Draft]], countries: Mapping[str, Country]) -> set[str]:
    """The ids of national capitals: the places GeoNames marks, and for a country whose places
    are curated (no mark), its most populous city or town named as its capital."""
    marked = {location_id for location_id, draft in placed if draft.extra.get("capital")}
    has_capital = {draft.country_iso2 for location_id, draft in placed if location_id in marked}
    best: dict[str, tuple[int, str]] = {}
    for location_id, draft in placed:
        iso = draft.country_iso2
        country = countries.get(iso)
        if (
            iso in has_capital
            or country is None
            or draft.feature_type not in {"city", "town"}
            or fold_plain(draft.location_name) != fold_plain(country.capital)
        ):
            continue
        if draft.population > best.get(iso, (-1, ""))[0]:
            best[iso] = (draft.population, location_id)
    return marked | {location_id for _, location_id in best.values()}


def build_places(
    placed: Sequence[tuple[str, Draft]], countries: Mapping[str, Country]
) -> list[PlaceRow]:
    """Rows with parents (admin2, else admin1, else country) and ISO3 codes, sorted by id."""
    admin1_ids: dict[tuple[str, str], str] = {}
    admin2_ids: dict[tuple[str, str, str], str] = {}
    for location_id, draft in placed:
        if draft.feature_type == "admin1":
            admin1_ids.setdefault((draft.country_iso2, draft.location_name), location_id)
        elif draft.feature_type == "admin2":
            key = (draft.country_iso2, draft.admin1, draft.location_name)
            admin2_ids.setdefault(key, location_id)
    capitals = _capitals(placed, countries)
    rows = []
    for location_id, draft in placed:
        iso = draft.country_iso2
        parent = ""
        if draft.feature_type != "country":
            parent = iso.lower()
            if draft.feature_type not in {"admin1", "admin2"} and draft.admin2:
                parent = admin2_ids.get((iso, draft.admin1, draft.admin2), "")
            if not parent or parent == iso.lower():
                if draft.feature_type != "admin1" and draft.admin1:
                    parent = admin1_ids.get((iso, draft.admin1), iso.lower())
                else:
                    parent = iso.lower()
        country = countries.get(iso)
        iso3 = country.iso3 if country is not None else PSEUDO_COUNTRIES.get(iso, "")
        rows.append(
            PlaceRow(location_id, draft.location_name, draft.name_fr, draft.feature_type,
                     draft.admin1, draft.admin2, iso, iso3, _round(draft.latitude),
                     _round(draft.longitude), draft.population, parent, draft.geonames_id,
                     draft.source, location_id in capitals)
        )  # fmt: skip
    rows.sort(key=lambda r: r.location_id)
    return rows


def country_bounds(
    rows: Sequence[PlaceRow], curated: Mapping[str, CountryBounds], margin: float = 1.0
) -> list[CountryBounds]:
    """Per country, its curated box (``country_bounds.csv``: the true extent), else the box of
    the places the registry packages locate (GeoNames places and divisions, airports) widened
    by ``margin`` degrees: what ``assert_coordinates_inside_country`` holds every place to,
    the hand-curated ones above all."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        if row.source != "curated" and row.latitude is not None and row.longitude is not None:
            points[row.country_iso2].append((row.latitude, row.longitude))
    bounds = []
    for iso, found in sorted(points.items()):
        if iso in curated:
            bounds.append(curated[iso])
            continue
        latitudes = [p[0] for p in found]
        longitudes = [p[1] for p in found]
        bounds.append(
            CountryBounds(
                iso,
                round(max(-90.0, min(latitudes) - margin), 2),
                round(min(90.0, max(latitudes) + margin), 2),
                round(max(-180.0, min(longitudes) - margin), 2),
                round(min(180.0, max(longitudes) + margin), 2),
            )
        )
    return bounds
