"""Builds that do only what changed (ingest.build_state) give what a full build gives."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from support import SAMPLE, CliRunner
from test_marts import as_of, table_rows

from ingest.build_state import (
    EXPORT_VIEW_KEY_TESTS,
    BuildInputs,
    Plan,
    already_checked,
    already_published,
    forget,
    plan_build,
    record,
)
from ingest.publish import SCHEMAS
from ingest.settings import Settings

BEFORE = BuildInputs(code="code-1", loads="3|100")


@pytest.mark.parametrize(
    ("now", "full_refresh", "expected"),
    [
        pytest.param(BEFORE, False, Plan.NOTHING, id="nothing changed: nothing to build"),
        pytest.param(BuildInputs("code-1", "4|101"), False, Plan.DATA, id="new loads: data"),
        pytest.param(BuildInputs("code-2", "3|100"), False, Plan.FULL, id="code changed: full"),
        pytest.param(BEFORE, True, Plan.FULL, id="--full-refresh: full"),
    ],
)
def test_plan_after_a_recorded_build(
    settings: Settings, now: BuildInputs, full_refresh: bool, expected: Plan
) -> None:
    record(settings, "built", BEFORE)
    assert plan_build(settings, now, full_refresh=full_refresh) is expected


def test_no_record_or_an_unfinished_build_means_a_full_build(settings: Settings) -> None:
    assert plan_build(settings, BEFORE, full_refresh=False) is Plan.FULL
    record(settings, "built", BEFORE)
    forget(settings)  # what a build does before it starts
    assert plan_build(settings, BEFORE, full_refresh=False) is Plan.FULL
    settings.state_dir.joinpath("build-state.json").write_text("{not json", encoding="utf-8")
    assert plan_build(settings, BEFORE, full_refresh=False) is Plan.FULL


def test_checks_count_as_done_only_on_the_marts_they_passed_on(settings: Settings) -> None:
    record(settings, "built", BEFORE)
    assert not already_checked(settings, BEFORE)
    record(settings, "checked", BEFORE)
    assert already_checked(settings, BEFORE)
    assert not already_checked(settings, BuildInputs("code-1", "4|101"))
    record(settings, "built", BuildInputs("code-1", "4|101"))  # a new build: checks again
    assert not already_checked(settings, BuildInputs("code-1", "4|101"))


def test_the_copy_counts_as_published_only_while_it_exists(settings: Settings) -> None:
    record(settings, "built", BEFORE)
    record(settings, "published", BEFORE)
    assert not already_published(settings, BEFORE), "no published file"
    settings.published_path.write_bytes(b"")
    assert already_published(settings, BEFORE)
    assert not already_published(settings, BuildInputs("code-1", "4|101"))
    record(settings, "built", BEFORE)  # rebuilt: published again
    assert not already_published(settings, BEFORE)


MARTS = [
    ("fact_attacks", "attack_id"),
    ("bridge_attack_mentions", "mention_id"),
    ("mention_history", "mention_id"),
    ("aggregate_statements", "aggregate_id"),
    ("dim_article", "article_id"),
    ("dim_location", "location_id"),
    ("quality_issues", "check_name, subject_id"),
]
# The intermediate tables builds on new loads update in place, compared too.
INTERMEDIATE = [
    ("int_article_stories", "version_id"),
    ("int_mentions_known", "mention_id"),
    ("int_attack_mentions_fused", "mention_id"),
]
MOMENTS = ("2023-10-20", "2023-11-15T12:00:00+00:00", "2024-06-30")


# Small articles that make the second run change attacks the first run made: a report that joins
# an attack, a second anchor that leaves a province-level report between two attacks (it was
# attached to the only one), a corrected version, and a lightly edited copy of a sample story.
LATER = {
    "joins.txt": "Drones hit Harir air base\n\nTwo drones struck the Harir air base in Erbil "
    "province on 3 March 2024, a Kurdish security official said. No casualties were reported.",
    "province.txt": "Attack in Erbil province\n\nA drone attack was reported in Erbil province "
    "on 3 March 2024, according to local officials.",
}
CORRECTED = (
    "Drones hit Harir air base\n\nTwo drones struck the Harir air base in Erbil province on 3 "
    "March 2024, a Kurdish security official said. One contractor was wounded."
)
BRIDGE = (
    "Drones hit Erbil airport\n\nTwo drones struck Erbil International Airport in Erbil "
    "province on 3 March 2024, a Kurdish security official said. No casualties were reported."
)
COPIED = "a01-asad-harir-drones"


def test_a_run_on_new_articles_builds_only_what_they_feed_and_equals_a_full_build(
    tmp_path: Path, cli: CliRunner
) -> None:
    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir()
    late.mkdir()
    for name, text in LATER.items():
        (early / name).write_text(text, encoding="utf-8")
    first = [str(SAMPLE / d) for d in ("articles", "html")] + [str(early)]
    second = [str(SAMPLE / d) for d in ("batches", "corrections")] + [str(late)]
    stepwise, full = tmp_path / "stepwise.duckdb", tmp_path / "full.duckdb"

    ran = cli("run", *first, "--db", str(stepwise))
    before = fused(stepwise)
    parse_file = Settings(stepwise).state_dir / "dbt-target" / "partial_parse.msgpack"
    parsed = parse_file.stat().st_mtime_ns
    # the full build's log gets the same versions: the first ones, then the later ones
    ingested = cli("ingest", *first, "--db", str(full))
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr
    (early / "joins.txt").write_text(CORRECTED, encoding="utf-8")  # a new version
    (late / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (late / "later-report.txt").write_text(LATER["joins.txt"].replace("Two", "2"), "utf-8")
    source = (SAMPLE / "articles" / f"{COPIED}.txt").read_text(encoding="utf-8")
    (late / f"{COPIED}-copy.txt").write_text(source + "\nReporting by a wire service.", "utf-8")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "new loads only" not in ran.stdout and "check fact_attacks: passed" in ran.stdout
    ran = cli("run", *first, *second, "--db", str(stepwise))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "new loads only" in ran.stdout, ran.stdout
    # the switch to a build on new loads made dbt parse nothing again (it rewrites this file
    # whenever it parses a file)
    assert parse_file.stat().st_mtime_ns == parsed
    after = fused(stepwise)
    moved = {m for m, attack in before.items() if after.get(m, attack) != attack}
    assert moved, "the new articles moved mentions the first run had fused"
    assert "check fact_attacks: passed" in ran.stdout  # new data: checked again
    checked = {
        suite["name"]: suite["reused"]
        for suite in json.loads(
            (Settings(stepwise).docs_dir / "checks.json").read_text(encoding="utf-8")
        )["suites"]
    }
    assert checked["dim_location"] and not checked["fact_attacks"], checked  # same rows: kept
    assert "updated: new rows of the logs" in ran.stdout, ran.stdout
    ran_nodes = {
        r["unique_id"].split(".")[2]
        for r in json.loads(
            (Settings(stepwise).state_dir / "dbt-target" / "run_results.json").read_text("utf-8")
        )["results"]
    }
    assert "unique_fact_attacks_attack_id" in ran_nodes
    assert not ran_nodes & set(EXPORT_VIEW_KEY_TESTS), "implied by fact_attacks' key tests"
    views = {"stg_articles", "stg_attack_mentions", "bridge_attack_mentions", "attacks_acled"}
    assert not ran_nodes & views, "a view reads the rebuilt tables as it is"
    assert "unique_bridge_attack_mentions_mention_id" in ran_nodes, "the views' tests run"
    assert "relationships_fact_attacks_location_id__location_id__ref_dim_location_" in ran_nodes
    assert "unique_dim_location_location_id" not in ran_nodes, "dim_location was not rebuilt"
    assert_published_equals_working(stepwise)
    assert_no_leftover_tables(stepwise)
    again = cli("run", *first, *second, "--db", str(stepwise))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "build: nothing changed since the last build" in again.stdout
    assert "check: the marts are those the checks passed on last time" in again.stdout
    assert "already holds these marts: not copied again" in again.stdout

    built = cli("run", *first, *second, "--db", str(full))
    assert built.returncode == 0, built.stdout + built.stderr
    assert "new loads only" not in built.stdout, "never built before: a full build"
    for table, key in MARTS:
        assert table_rows(stepwise, table, key) == table_rows(full, table, key), table
    for table, key in INTERMEDIATE:
        assert table_rows(stepwise, table, key, "intermediate") == table_rows(
            full, table, key, "intermediate"
        ), table
    for moment in MOMENTS:
        assert as_of(stepwise, moment) == as_of(full, moment), moment


def assert_published_equals_working(db: Path) -> None:
    """The published copy, updated in place, holds exactly the working file's rows, tables,
    views and macros (what a copy written anew would hold)."""
    wanted = ", ".join(f"'{s}'" for s in SCHEMAS)
    with duckdb.connect() as con:
        con.execute(f"attach '{db}' as w (read_only)")
        con.execute(f"attach '{Settings(db).published_path}' as p (read_only)")

        def catalog(name: str) -> list[tuple[object, ...]]:
            return con.execute(
                f"select 'table', schema_name, table_name from duckdb_tables() "
                f"where database_name = '{name}' and schema_name in ({wanted}) union all "
                f"select 'view', schema_name, view_name from duckdb_views() "
                f"where database_name = '{name}' and not internal and schema_name in ({wanted}) "
                f"union all select distinct function_type, schema_name, function_name "
                f"from duckdb_functions() where database_name = '{name}' and not internal "
                f"and function_type like '%macro' and schema_name in ({wanted}) order by all"
            ).fetchall()

        assert catalog("p") == catalog("w")
        for kind, schema, table in catalog("w"):
            if kind != "table":
                continue
            for left, right in (("w", "p"), ("p", "w")):
                (differ,) = con.execute(
                    f'select count(*) from (select * from {left}.{schema}."{table}" '
                    f'except all select * from {right}.{schema}."{table}")'
                ).fetchone() or (None,)
                assert differ == 0, (schema, table, left)


def assert_no_leftover_tables(db: Path) -> None:
    """No table outside the project's schemas (dbt-duckdb's __dbt_tmp tables are dropped)."""
    with duckdb.connect(str(db), read_only=True) as con:
        left = con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'"
        ).fetchall()
    assert not left, left


def fused(db: Path) -> dict[str, str]:
    """Each fused mention's attack."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select mention_id, attack_id from intermediate.int_attack_mentions_fused"
        ).fetchall()
    return {str(m): str(a) for m, a in rows}
