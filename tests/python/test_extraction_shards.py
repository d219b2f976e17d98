"""Parallel extraction: the same log and marts with one, two or three worker processes."""

from __future__ import annotations

import gc
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml
from support import REPO, SAMPLE, CliRunner, query
from test_extraction_job import log_rows, result_hash

from ingest import extraction_shards
from ingest.extraction import SEED_TABLES, Extractor, load_lexicons, packaged_gazetteer_dir
from ingest.extraction_job import ARTICLE_COLUMNS, extraction_log
from ingest.extraction_shards import (
    MAX_SHARD_ROWS,
    MIN_SHARD_ROWS,
    cores,
    shard_count,
    sharded_log,
    workers_for,
)
from ingest.settings import Settings


@pytest.mark.parametrize(
    ("requested", "rows", "expected"),
    [
        pytest.param(None, 10, 1, id="default: too few new versions for a second process"),
        pytest.param(None, 100 * MIN_SHARD_ROWS, cores(), id="default: one per core"),
        pytest.param(2, 40, 2, id="asked for: honoured"),
        pytest.param(8, 3, 3, id="asked for: no more workers than versions"),
        pytest.param(1, 10**6, 1, id="one worker: in process"),
    ],
)
def test_worker_count(requested: int | None, rows: int, expected: int) -> None:
    assert workers_for(requested, rows) == expected


def test_shard_count() -> None:
    assert shard_count(38, 2, max_rows=10) == 4  # no process extracts more than 10
    assert shard_count(38, 3) == 3
    assert shard_count(10**6, 2) == 10**6 // MAX_SHARD_ROWS


@pytest.mark.parametrize(
    ("workers", "max_shard_rows", "shards"),
    [(2, MAX_SHARD_ROWS, 2), (3, MAX_SHARD_ROWS, 3), (2, 10, 4)],
)
def test_shards_extracted_by_child_processes_give_the_in_process_log(
    sample_warehouse: tuple[Path, str],
    tmp_path: Path,
    workers: int,
    max_shard_rows: int,
    shards: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, _ = sample_warehouse
    started: list[int] = []  # the shards, each by a process of its own
    start = extraction_shards._start

    def counting_start(shard: int, *args: Any) -> Any:
        started.append(shard)
        return start(shard, *args)

    monkeypatch.setattr(extraction_shards, "_start", counting_start)
    at = datetime(2024, 1, 1, tzinfo=UTC)
    seeds_dir = Path(__file__).resolve().parents[2] / "seeds"
    extractor = Extractor(load_lexicons(seeds_dir))
    leftover = tmp_path / "extraction-killed"  # what a build killed mid-extraction leaves
    leftover.mkdir()
    (leftover / "shard-1.parquet").write_bytes(b"")
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.sql(f"select {', '.join(ARTICLE_COLUMNS)} from raw.articles")
        expected = extraction_log(articles.to_arrow_table(), extractor, at)
        seeds = {
            name: con.sql(f"select * from seeds.{name}").to_arrow_table() for name in SEED_TABLES
        }
        relation = sharded_log(
            con,
            articles,
            seeds,
            packaged_gazetteer_dir(),
            at,
            workers,
            tmp_path,
            max_shard_rows=max_shard_rows,
        )
        # DuckDB reads the workers' Parquet files itself: no log row passes through Python
        assert isinstance(relation, duckdb.DuckDBPyRelation)
        (work,) = tmp_path.iterdir()  # the leftover folder is gone, this build's is there
        assert sorted(p.name for p in work.glob("*.parquet")) == [
            f"log-{shard}.parquet" for shard in range(shards)
        ]  # each shard's versions removed once extracted
        log = relation.to_arrow_table().cast(expected.schema)
        del relation
        gc.collect()
    assert log.num_rows == expected.num_rows > 30
    assert log.column("extracted_at").to_pylist() == [at] * log.num_rows
    assert result_hash(log_rows(log)) == result_hash(log_rows(expected))
    assert list(tmp_path.iterdir()) == []  # the work folder goes with the relation
    assert log.num_rows > 3 * max_shard_rows or shards == workers
    assert sorted(started) == list(range(shards))  # one process per shard


MARTS = ("fact_attacks", "bridge_attack_mentions", "aggregate_statements", "quality_issues")


def test_build_with_two_workers_gives_the_marts_of_one(cli: CliRunner, tmp_path: Path) -> None:
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    inputs = [str(SAMPLE / name) for name in ("articles", "html", "batches", "corrections")]
    assert cli("ingest", *inputs, "--db", str(one)).returncode == 0
    shutil.copy(one, two)
    for db, workers in ((one, "1"), (two, "2")):
        result = cli("build", "--db", str(db), "--workers", workers)
        assert result.returncode == 0, result.stdout + result.stderr
    mentions = "select * from staging.stg_attack_mentions order by all"
    assert query(one, mentions) == query(two, mentions)
    assert len(query(one, mentions)) > 50
    for table in MARTS:
        sql = f"select * from marts.{table} order by all"
        assert query(one, sql) == query(two, sql), table


def test_the_log_is_written_without_insertion_order_and_the_setting_comes_back(
    sample_warehouse: tuple[Path, str],
) -> None:
    """DuckDB holds every Arrow batch of the returned stream while it keeps their order: the
    extraction model turns that off for its own rows, and lowers DuckDB's memory limit while
    it runs; its post-hook turns both back."""
    db, _ = sample_warehouse
    target = Settings(db).state_dir / "dbt-target"
    model = target / "run" / "attack_ledger" / "models" / "staging" / "stg_extraction_log.py"
    assert 'session.execute("set preserve_insertion_order = false")' in model.read_text("utf-8")
    properties = yaml.safe_load((REPO / "models" / "staging" / "_staging__models.yml").read_text())
    (config,) = [m["config"] for m in properties["models"] if m["name"] == "stg_extraction_log"]
    assert config["post_hook"] == [
        "set preserve_insertion_order = true",
        "set memory_limit = '{{ env_var('ATTACK_LEDGER_MEMORY_LIMIT', '1GB') }}'",
    ]
    results = json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]
    ran = {r["unique_id"]: r["status"] for r in results}
    assert ran["model.attack_ledger.stg_extraction_log"] == "success"
