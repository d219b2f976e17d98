"""Seed loading (values as the dbt model gives them), seed hygiene, and the Arrow contract."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from ingest.extraction import (
    AGGREGATE_SCHEMA,
    MENTION_SCHEMA,
    SEED_TABLES,
    AttackMention,
    Lexicons,
    aggregates_to_arrow,
    load_lexicons,
    load_seed_tables,
    mentions_to_arrow,
)
from ingest.extraction.normalize import fold_key

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"


def test_from_tables_accepts_dbt_values() -> None:
    tables: dict[str, list[dict[str, object]]] = {name: [] for name in SEED_TABLES}
    # A small gazetteer given as rows, as tests give it (the real one is generated Parquet).
    tables["gazetteer_places"] = [
        {"location_id": "iq", "location_name": "Iraq", "feature_type": "country", "admin1": None,
         "country_iso2": "IQ", "latitude": 33.3, "longitude": float("nan"),
         "parent_location_id": None, "geonames_id": 99237.0}
    ]  # fmt: skip
    tables["gazetteer_place_aliases"] = [
        {"location_id": "iq", "alias": "Irak", "language": "fr", "alias_kind": "name"},
        {"location_id": "zz", "alias": "Nowhere", "language": "en", "alias_kind": "name"},
    ]
    tables["actors"] = [
        {"actor_id": "a", "actor_name": "A", "kind": "militia", "acled_actor_type": 3.0,
         "parent_actor_id": None, "country_iso2": None}
    ]  # fmt: skip
    tables["weapons"] = [
        {"term": "drone", "language": "fr", "weapon": "drone", "is_projectile": True}
    ]
    lexicons = Lexicons.from_tables(tables)
    assert lexicons.places["iq"].latitude == 33.3
    assert lexicons.places["iq"].longitude is None
    assert [p.location_id for p in lexicons.places.lookup("Irak")] == ["iq"]
    assert lexicons.places.lookup("Nowhere") == []  # alias of an unknown place dropped
    assert lexicons.actors["a"].acled_actor_type == 3
    assert lexicons.weapon_terms[0].is_projectile is True


def test_from_tables_names_missing_tables() -> None:
    with pytest.raises(ValueError, match="actors"):
        Lexicons.from_tables({"gazetteer_places": []})


def test_project_seeds_load() -> None:
    tables = load_seed_tables(SEEDS)
    assert set(tables) == set(SEED_TABLES)
    lexicons = load_lexicons(SEEDS)
    for name in ("Islamic Resistance in Iraq", "United States Armed Forces", "Iran-backed militias",
                 "IRGC Quds Force and affiliated militias", "Islamic Revolutionary Guard Corps",
                 "Kataib Hezbollah", "Harakat al-Nujaba", "Tashkil al-Waritheen", "Al-Shabaab",
                 "Houthis", "Somali National Army", "Islamic State", "Syrian Democratic Forces",
                 "Israel Defense Forces", "Hamas", "Hezbollah", "Iraqi Security Forces",
                 "Popular Mobilization Forces", "Global Coalition against Daesh"):  # fmt: skip
        assert name in {actor.name for actor in lexicons.actors.values()}, name


def _read(name: str) -> list[dict[str, str]]:
    with (SEEDS / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("table", "key"),
    [
        pytest.param("actor_aliases", "actor_id", id="an actor alias names one actor"),
        pytest.param("reporting_source_aliases", "source_id", id="a source alias names one source"),
        pytest.param("weapons", "weapon", id="a weapon term names one weapon"),
    ],
)
def test_aliases_are_unambiguous(table: str, key: str) -> None:
    owners: dict[tuple[str, str], set[str]] = {}
    alias_column = "term" if table == "weapons" else "alias"
    for row in _read(table):
        owners.setdefault((fold_key(row[alias_column]), row["language"]), set()).add(row[key])
    ambiguous = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert ambiguous == {}


def test_seed_keys_are_unique_and_parents_exist() -> None:
    actors = _read("actors")
    ids = Counter(row["actor_id"] for row in actors)
    assert max(ids.values()) == 1
    assert {row["parent_actor_id"] for row in actors if row["parent_actor_id"]} <= set(ids)
    assert {row["acled_actor_type"] for row in actors} <= {str(n) for n in range(1, 9)}
    sources = {row["source_id"] for row in _read("reporting_sources")}
    assert {row["source_id"] for row in _read("reporting_source_aliases")} <= sources
    weapons = {row["weapon"] for row in _read("event_taxonomy")}
    assert {row["weapon"] for row in _read("weapons")} <= weapons
    assert weapons == {"drone", "rocket", "missile", "mortar", "artillery", "airstrike", "ied",
                       "small_arms", "other", "unknown"}  # fmt: skip


def test_empty_tables_keep_their_schema() -> None:
    mentions = mentions_to_arrow([])
    aggregates = aggregates_to_arrow([])
    assert mentions.num_rows == 0 and mentions.schema == MENTION_SCHEMA
    assert aggregates.num_rows == 0 and aggregates.schema == AGGREGATE_SCHEMA
    assert MENTION_SCHEMA.field("event_date").type == pa.date32()
    assert MENTION_SCHEMA.field("killed").type == pa.int32()


def test_mentions_to_arrow_types() -> None:
    mention = AttackMention(
        mention_id="m", article_id="a", version_id="v", source_uri="u", sentence_index=2,
        evidence_start=10, evidence_end=20, evidence_text="x" * 10, event_date=date(2023, 10, 30),
        date_precision="day", date_basis="explicit date", location_name="Harir Air Base",
        location_id="iq-harir-air-base", admin1="Erbil", country_iso2="IQ", latitude=36.5,
        longitude=44.3, geo_precision=1, attacker=None, target=None, claimed_by=None,
        attribution="unknown", weapon="drone", projectile_count=2, killed=None, killed_low=None,
        killed_high=None, wounded=0, wounded_low=0, wounded_high=0, reported_by="Reuters",
        is_background=False, certainty="reported", extractor_version="0",
    )  # fmt: skip
    table = mentions_to_arrow([mention])
    row = table.to_pylist()[0]
    assert row["event_date"] == date(2023, 10, 30)
    assert row["projectile_count"] == 2 and row["killed"] is None
