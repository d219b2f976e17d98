"""``attack-ledger export``: every format on the sample warehouse, checked against the codebooks.

The ACLED and UCDP GED column lists, types and code sets are fixtures written down from the
datasets' codebooks (``tests/fixtures/codebooks/README.md`` names the sources); every exported
row is checked against them. GeoJSON is checked against RFC 7946's rules.
"""

from __future__ import annotations

import csv
import json
import math
import re
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from support import REPO, CliRunner, query

from ingest.errors import ExitCode
from ingest.settings import Settings

CODEBOOKS = REPO / "tests" / "fixtures" / "codebooks"


def codebook(name: str) -> list[tuple[str, str, set[str]]]:
    """(column, type, allowed codes) in the dataset's order; no codes means free values."""
    with (CODEBOOKS / name).open(encoding="utf-8", newline="") as handle:
        return [
            (row["column"], row["type"], set(row["codes"].split("|")) if row["codes"] else set())
            for row in csv.DictReader(handle)
        ]


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def typed(value: str, kind: str) -> object:
    """The value parsed as the codebook's type (an empty field is a null)."""
    if value == "":
        return None
    if kind in ("integer", "bigint"):
        return int(value)
    if kind == "double":
        number = float(value)
        assert math.isfinite(number)
        return number
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "boolean":
        assert value in ("true", "false")
        return value == "true"
    return value


def check_against(rows: list[dict[str, str]], book: list[tuple[str, str, set[str]]]) -> None:
    for row in rows:
        for column, kind, codes in book:
            value = typed(row[column], kind)
            if codes and value is not None:
                assert str(value) in codes, (column, value)


@pytest.fixture(scope="module")
def exports(
    sample_warehouse: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, str]]:
    """Each format exported once from the sample warehouse, with the line the CLI printed."""
    from support import run_cli

    db, _ = sample_warehouse
    folder = tmp_path_factory.mktemp("exports")
    done = {}
    for fmt in ("csv", "parquet", "geojson", "acled", "ucdp"):
        out = folder / f"attacks.{fmt}"
        result = run_cli("export", "--format", fmt, str(out), "--db", str(db))
        assert result.returncode == 0, result.stderr
        done[fmt] = (out, result.stdout)
    return done


def published(sample_warehouse: tuple[Path, str]) -> Path:
    return Settings(sample_warehouse[0]).published_path


def left_out_counts(message: str) -> dict[str, int]:
    found = re.search(r"left out \((.*)\)$", message.strip())
    if not found:
        return {}
    return {why: int(n) for n, why in re.findall(r"(\d+) ([^,]+?)(?:, |$)", found[1])}


def test_acled_export_has_acleds_columns_types_and_codes(
    exports: dict[str, tuple[Path, str]], sample_warehouse: tuple[Path, str]
) -> None:
    book = codebook("acled_columns.csv")
    header, rows = read_csv(exports["acled"][0])
    assert header == [column for column, _, _ in book]
    assert rows
    check_against(rows, book)
    countries = {
        iso3: (int(str(numeric)), str(region))
        for iso3, numeric, region in query(
            published(sample_warehouse),
            "select country_iso3, iso_numeric, acled_region from seeds.country_codes",
        )
    }
    for row in rows:
        assert re.fullmatch(r"[A-Z]{3}\d+", row["event_id_cnty"]), row["event_id_cnty"]
        assert countries[row["event_id_cnty"][:3]] == (int(row["iso"]), row["region"])
        assert row["event_date"] and int(row["year"]) == date.fromisoformat(row["event_date"]).year
        inter1, inter2 = int(row["inter1"]), typed(row["inter2"], "integer")
        expected = inter1 * 10 if inter2 is None else 10 * min(inter1, inter2) + max(inter1, inter2)
        assert int(row["interaction"]) == expected
        assert row["actor1"] and row["source"] and row["notes"]
        assert row["tags"] == ""
        assert int(row["fatalities"]) >= 0
    assert len({row["event_id_cnty"] for row in rows}) == len(rows)


def test_acled_export_leaves_out_what_acled_cannot_hold_and_counts_it(
    exports: dict[str, tuple[Path, str]], sample_warehouse: tuple[Path, str]
) -> None:
    db = published(sample_warehouse)
    _, rows = read_csv(exports["acled"][0])
    message = exports["acled"][1]
    left_out = left_out_counts(message)
    attacks = int(str(query(db, "select count(*) from marts.fact_attacks")[0][0]))
    assert f"export: {len(rows)} rows written" in message
    assert len(rows) + sum(left_out.values()) == attacks
    undated = query(db, "select count(*) from marts.fact_attacks where event_date is null")[0][0]
    background = query(
        db,
        "select count(*) from marts.fact_attacks "
        "where is_background_only and event_date is not null",
    )[0][0]
    assert left_out.get("no date", 0) == undated
    assert left_out.get("only passing mentions of an earlier attack", 0) == background
    assert undated and background, "the sample corpus has both"


def test_ucdp_export_has_geds_columns_types_and_codes(
    exports: dict[str, tuple[Path, str]], sample_warehouse: tuple[Path, str]
) -> None:
    book = codebook("ucdp_ged_columns.csv")
    header, rows = read_csv(exports["ucdp"][0])
    assert header == [column for column, _, _ in book]
    assert rows
    check_against(rows, book)
    for row in rows:
        deaths = [
            int(row[c]) for c in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
        ]
        best, low, high = int(row["best"]), int(row["low"]), int(row["high"])
        assert best >= 1, "GED holds fatal events only"
        assert sum(deaths) == best and low <= best <= high
        assert row["type_of_violence"] and row["side_a"] and row["side_b"]
        assert row["dyad_name"] == f"{row['side_a']} - {row['side_b']}"
        assert date.fromisoformat(row["date_start"]) <= date.fromisoformat(row["date_end"])
        assert row["source_article"] and row["source_office"] and row["source_date"]
        assert row["where_description"]
        assert (row["where_prec"] == "7") == (row["country"] == "")
        if row["latitude"]:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            assert row["geom_wkt"] == f"POINT ({row['longitude']} {row['latitude']})"
            cell = int(row["priogrid_gid"])
            assert cell == int((lat + 90) // 0.5) * 720 + int((lon + 180) // 0.5) + 1
    assert len({row["id"] for row in rows}) == len(rows)
    left_out = left_out_counts(exports["ucdp"][1])
    assert left_out["no death reported (GED holds fatal events only)"] > 0


def test_sea_events_are_not_given_a_country(sample_warehouse: tuple[Path, str]) -> None:
    db = published(sample_warehouse)
    sea = query(
        db,
        "select a.left_out, u.where_prec, u.country from marts.attacks_acled a "
        "join marts.attacks_ucdp u using (attack_id) join marts.fact_attacks f using (attack_id) "
        "join marts.dim_location l using (location_id) where l.country_iso2 = 'XZ'",
    )
    assert sea, "the sample corpus has an attack at sea"
    for acled_left_out, where_prec, country in sea:
        assert acled_left_out == "no country (at sea or unknown)"
        assert where_prec == 7 and country is None


def is_position(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) in (2, 3)
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        and -180 <= value[0] <= 180
        and -90 <= value[1] <= 90
    )


def test_geojson_is_rfc_7946(
    exports: dict[str, tuple[Path, str]], sample_warehouse: tuple[Path, str]
) -> None:
    path, _ = exports["geojson"]
    document = json.loads(path.read_text(encoding="utf-8"))  # UTF-8 JSON (RFC 7946 s. 11)
    assert document["type"] == "FeatureCollection"
    assert "crs" not in document  # s. 4: no crs member; WGS 84 longitude, latitude
    features = document["features"]
    assert isinstance(features, list) and features
    for feature in features:
        assert feature["type"] == "Feature"
        assert isinstance(feature.get("id"), str | int)  # s. 3.2
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point" and is_position(geometry["coordinates"])
        assert feature["properties"]["articles"], "every attack names its articles"
    west, south, east, north = document["bbox"]  # s. 5
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        assert west <= lon <= east and south <= lat <= north
    db = published(sample_warehouse)
    located = query(
        db,
        "select count(*) from marts.fact_attacks join marts.dim_location using (location_id) "
        "where latitude is not null",
    )[0][0]
    assert len(features) == located
    tower = next(f for f in features if f["properties"]["place"] == "Tower 22")
    assert tower["geometry"]["coordinates"][1] > 33  # latitude second


def test_csv_and_parquet_hold_every_attack(
    exports: dict[str, tuple[Path, str]], sample_warehouse: tuple[Path, str]
) -> None:
    db = published(sample_warehouse)
    attacks = query(db, "select attack_id from marts.fact_attacks order by attack_id")
    _, rows = read_csv(exports["csv"][0])
    assert sorted(r["attack_id"] for r in rows) == [a for (a,) in attacks]
    table = pq.read_table(exports["parquet"][0])
    assert sorted(table.column("attack_id").to_pylist()) == [a for (a,) in attacks]
    assert str(table.schema.field("event_date").type) == "date32[day]"


def test_export_as_of_a_time_matches_the_as_of_macro(
    sample_warehouse: tuple[Path, str], tmp_path: Path, cli: CliRunner
) -> None:
    db = sample_warehouse[0]
    out = tmp_path / "acled.csv"
    result = cli("export", "--format", "acled", "--as-of", "2023-10-30", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    _, rows = read_csv(out)
    expected = query(
        published(sample_warehouse),
        "select event_id_cnty from marts.attacks_acled_as_of("
        "timestamptz '2023-10-30 23:59:59.999999+00') where left_out is null",
    )
    assert sorted(r["event_id_cnty"] for r in rows) == sorted(e for (e,) in expected)
    assert (
        0
        < len(rows)
        < int(
            str(
                query(
                    published(sample_warehouse),
                    "select count(*) from marts.attacks_acled where left_out is null",
                )[0][0]
            )
        )
    )
    later = tmp_path / "later.csv"
    assert (
        cli(
            "export", "--format", "acled", "--as-of", "2100-01-01", str(later), "--db", str(db)
        ).returncode
        == 0
    )
    now = tmp_path / "now.csv"
    assert cli("export", "--format", "acled", str(now), "--db", str(db)).returncode == 0
    assert read_csv(later)[1] == read_csv(now)[1]


@pytest.mark.parametrize(
    ("target", "needle"),
    [
        pytest.param("missing/out.csv", "no folder", id="missing folder"),
        pytest.param(".", "is a folder", id="a folder"),
    ],
)
def test_export_refuses_where_it_cannot_write(
    sample_warehouse: tuple[Path, str], tmp_path: Path, cli: CliRunner, target: str, needle: str
) -> None:
    result = cli("export", str(tmp_path / target), "--db", str(sample_warehouse[0]))
    assert result.returncode == ExitCode.BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]
    assert list(tmp_path.iterdir()) == []
