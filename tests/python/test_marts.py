"""The marts on real builds: fusion, provenance, corrected versions, as-of, incremental builds."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
import yaml
from support import DEV, REPO, SAMPLE, CliRunner, query, run_cli, scalar

from ingest.extraction import EXTRACTOR_VERSION

README = REPO / "README.md"
TIME_COLUMNS = {
    # Knowledge and load times: for articles with no publication time these are load times,
    # which differ between two warehouses built at different moments by design.
    "first_reported_at",
    "last_reported_at",
    "known_from",
    "known_until",
    "first_ingested_at",
    "timestamp",
    "notes",  # cites publishers and dates only, but compared through its parts above
}


def table_rows(
    db: Path, table: str, order_by: str, schema: str = "marts"
) -> list[tuple[object, ...]]:
    """A mart's (or another schema's table's) rows without the time columns, in a stable order."""
    with duckdb.connect(str(db), read_only=True) as con:
        columns = [
            c
            for (c,) in con.execute(
                "select column_name from information_schema.columns "
                "where table_schema = ? and table_name = ? order by ordinal_position",
                [schema, table],
            ).fetchall()
            if c not in TIME_COLUMNS
        ]
        return con.execute(
            f"select {', '.join(columns)} from {schema}.{table} order by {order_by}"
        ).fetchall()


def test_extractor_version_var_matches_the_code() -> None:
    project = yaml.safe_load((REPO / "dbt_project.yml").read_text(encoding="utf-8"))
    assert project["vars"]["extractor_version"] == EXTRACTOR_VERSION


def test_every_attack_is_backed_by_evidence_in_its_article(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    attacks = int(str(scalar(db, "select count(*) from marts.fact_attacks")))
    assert attacks > 10
    backed = scalar(
        db,
        "select count(distinct f.attack_id) from marts.fact_attacks f "
        "join marts.bridge_attack_mentions b using (attack_id) "
        "join staging.stg_articles a using (version_id) "
        "where substring(a.text, b.evidence_start + 1, b.evidence_end - b.evidence_start) "
        "= b.evidence_text",
    )
    assert backed == attacks


def test_run_summary_shows_the_attacks_found(sample_warehouse: tuple[Path, str]) -> None:
    db, stdout = sample_warehouse
    attacks = scalar(db, "select count(*) from marts.fact_attacks")
    assert re.search(rf"attacks found:\s+{attacks} \(marts.fact_attacks\)", stdout)
    most_reported = query(
        db,
        "select strftime(event_date, '%Y-%m-%d'), n_articles from marts.fact_attacks "
        "order by n_articles desc, event_date desc nulls last, attack_id limit 1",
    )[0]
    listed = stdout.split("Most reported attacks", 1)[1]
    first_row = next(line for line in listed.splitlines() if re.match(r"│ \d{4}-", line))
    assert first_row.startswith(f"│ {most_reported[0]} ")
    assert first_row.rstrip(" │").endswith(str(most_reported[1]))


def test_reports_in_two_languages_fuse_into_one_attack(sample_warehouse: tuple[Path, str]) -> None:
    db, _ = sample_warehouse
    multilingual = scalar(db, "select count(*) from marts.fact_attacks where n_languages >= 2")
    assert int(str(multilingual)) >= 2


def test_corrected_version_replaces_the_old_mentions_and_history_keeps_them(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    rows = query(
        db,
        "select article_id, latest_version_id, version_ids from marts.dim_article "
        "where n_versions = 2",
    )
    assert len(rows) == 1, "the sample corpus holds one corrected article"
    article_id, latest, versions = rows[0]
    old = next(v for v in versions if v != latest)  # type: ignore[union-attr]
    current = query(
        db,
        f"select distinct version_id from marts.bridge_attack_mentions "
        f"where article_id = '{article_id}'",
    )
    assert current == [(latest,)], "current marts read only the latest version"
    history = query(
        db,
        "select version_id, is_superseded, known_until is not null from marts.mention_history "
        f"where article_id = '{article_id}' group by all order by 1",
    )
    assert (old, True, True) in history and (latest, False, False) in history
    # The correction revised the wounded of the drone attack on Harir air base from two to three.
    wounded = dict(
        query(
            db,
            "select version_id, max(wounded) from marts.mention_history "
            f"where article_id = '{article_id}' and location_name = 'Harir Air Base' "
            "group by version_id",
        )
    )
    assert wounded == {old: 2, latest: 3}
    current_figure = scalar(
        db,
        "select f.injured_best from marts.fact_attacks f "
        "join marts.bridge_attack_mentions b using (attack_id) "
        f"where b.article_id = '{article_id}' and b.location_name = 'Harir Air Base'",
    )
    assert current_figure == 3, "the current fact carries the corrected figure"


def as_of(db: Path, moment: str) -> list[dict[str, object]]:
    result = run_cli("as-of", moment, "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_as_of_shows_what_was_reported_by_then_and_nothing_later(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    moment = "2023-11-15T12:00:00+00:00"
    shown = as_of(db, moment)
    assert shown, "some attacks were reported before mid-November 2023"
    assert all(str(row["first_reported_at"]) <= "2023-11-15 12:00:00+00:00" for row in shown)
    later = {
        r[0]
        for r in query(
            db,
            "select attack_id from marts.fact_attacks "
            f"where first_reported_at > '{moment}'::timestamptz",
        )
    }
    assert later, "the sample corpus reports attacks after mid-November too"
    assert not later & {row["attack_id"] for row in shown}


def test_as_of_the_end_of_time_is_the_current_fact_table(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    with duckdb.connect(str(db), read_only=True) as con:
        current = con.execute("select * from marts.fact_attacks order by attack_id").fetchall()
        macro = con.execute(
            "select * from marts.attacks_as_of('infinity'::timestamptz) order by attack_id"
        ).fetchall()
    assert macro == current


def test_as_of_is_identical_after_a_full_rebuild(tmp_path: Path, cli: CliRunner) -> None:
    db = tmp_path / "w.duckdb"
    assert cli("run", "--db", str(db)).returncode == 0
    before = as_of(db, "2023-11-01")
    rebuilt = cli("build", "--db", str(db), "--full-refresh")
    assert rebuilt.returncode == 0, rebuilt.stderr
    after = as_of(db, "2023-11-01")
    assert before and before == after


def test_incremental_builds_equal_a_full_build(tmp_path: Path, cli: CliRunner) -> None:
    stepwise, full = tmp_path / "stepwise.duckdb", tmp_path / "full.duckdb"
    folders = [SAMPLE / d for d in ("articles", "html", "batches", "corrections")]
    # Two steps: the corrections (later versions of articles) arrive after their originals.
    for step in (folders[:2], folders[2:]):
        assert cli("ingest", *map(str, step), "--db", str(stepwise)).returncode == 0
        built = cli("build", "--db", str(stepwise))
        assert built.returncode == 0, built.stderr
    assert cli("ingest", *map(str, folders), "--db", str(full)).returncode == 0
    assert cli("build", "--db", str(full)).returncode == 0
    log = "select count(*) from staging.stg_extraction_log"
    assert scalar(stepwise, log) == scalar(full, log), "each version extracted exactly once"
    for table, key in [
        ("fact_attacks", "attack_id"),
        ("bridge_attack_mentions", "mention_id"),
        ("mention_history", "mention_id"),
        ("aggregate_statements", "aggregate_id"),
        ("dim_article", "article_id"),
    ]:
        assert table_rows(stepwise, table, key) == table_rows(full, table, key), table


def readme_queries() -> list[pytest.ParameterSet]:
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"<!-- example-query: ([a-z-]+) -->\s*```sql\n(.*?)```", text, re.S)
    return [pytest.param(sql, id=name) for name, sql in found]


def test_readme_has_five_example_queries() -> None:
    assert len(readme_queries()) >= 5


@pytest.mark.parametrize("sql", readme_queries())
def test_readme_example_query_runs_and_returns_rows(
    sample_warehouse: tuple[Path, str], sql: str
) -> None:
    db, _ = sample_warehouse
    rows = query(db, sql)
    assert rows, "each example returns rows on the sample corpus"


def test_dbt_docs_describe_every_column(sample_warehouse: tuple[Path, str], tmp_path: Path) -> None:
    db, _ = sample_warehouse
    copy = tmp_path / "docs.duckdb"
    shutil.copy(db, copy)
    result = run_cli("docs", "--db", str(copy))
    assert result.returncode == 0, result.stderr
    target = copy.with_name(copy.name + ".state") / "dbt-target"
    static = (target / "static_index.html").read_text(encoding="utf-8")
    assert f"{target / 'static_index.html'}" in result.stdout
    assert '"nodes"' in static, "the manifest and catalog are inside the one page"
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', static)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    missing = []
    for unique_id, node in catalog["nodes"].items():
        if not unique_id.startswith("model."):
            continue
        documented = manifest["nodes"][unique_id]
        assert documented["description"].strip(), unique_id
        for column in node["columns"]:
            described = documented["columns"].get(column, {}).get("description", "")
            if not described.strip():
                missing.append(f"{unique_id}.{column}")
    assert not missing, missing


@pytest.fixture(scope="module")
def dev_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("dev") / "w.duckdb"
    result = run_cli("run", str(DEV / "articles"), "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    return db


def attacks_at(db: Path, day: str, place: str) -> list[tuple[str, str]]:
    """(attack_id, weapon) of the attacks at ``place`` on ``day``."""
    return [
        (str(a), str(w))
        for a, w in query(
            db,
            "select attack_id, weapon from marts.fact_attacks join marts.dim_location "
            f"using (location_id) where event_date = '{day}' and location_name = '{place}' "
            "and date_precision = 'day'",
        )
    ]


def articles_of(db: Path, attack_id: str) -> set[str]:
    return {
        Path(str(u)).stem
        for (u,) in query(
            db,
            f"select distinct source_uri from marts.bridge_attack_mentions "
            f"where attack_id = '{attack_id}'",
        )
    }


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not present on this machine")
def test_dev_monday_attack_at_ain_al_asad_is_one_fact_from_three_articles(
    dev_warehouse: Path,
) -> None:
    monday = attacks_at(dev_warehouse, "2023-10-30", "Ain al-Asad Air Base")
    assert len(monday) == 1
    assert articles_of(dev_warehouse, monday[0][0]) == {"S000", "S002", "001"}


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not present on this machine")
def test_dev_tuesday_drones_are_one_fact_from_two_articles(dev_warehouse: Path) -> None:
    tuesday = attacks_at(dev_warehouse, "2023-10-31", "Ain al-Asad Air Base")
    assert len(tuesday) == 1
    assert tuesday[0][1] == "drone"
    assert articles_of(dev_warehouse, tuesday[0][0]) == {"S002", "001"}


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not present on this machine")
def test_dev_strikes_stay_apart_from_the_attacks_they_answered(dev_warehouse: Path) -> None:
    mixed = query(
        dev_warehouse,
        "select attack_id from marts.bridge_attack_mentions group by attack_id "
        "having count(distinct case when weapon = 'airstrike' then 'air' "
        "when weapon != 'unknown' then 'ground' end) > 1",
    )
    assert mixed == [], "no attack mixes US air strikes with militia drones or rockets"
    strikes = scalar(
        dev_warehouse,
        "select count(*) from marts.fact_attacks where weapon = 'airstrike' "
        "and attacker_actor_id = 'us-armed-forces'",
    )
    assert int(str(strikes)) >= 1


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not present on this machine")
def test_dev_as_of_monday_night_shows_only_what_was_reported_by_then(dev_warehouse: Path) -> None:
    shown = as_of(dev_warehouse, "2023-10-30T23:59")
    assert shown
    asad = [r for r in shown if r["location_name"] == "Ain al-Asad Air Base"]
    assert any(str(r["event_date"]) <= "2023-10-30" <= str(r["event_date_end"]) for r in asad), (
        "Monday's attack, reported that day, is known"
    )
    assert not any(str(r["event_date"]) == "2023-10-31" for r in asad), "reported on the 31st"
    assert all(str(r["first_reported_at"]) < "2023-10-31" for r in shown)


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not present on this machine")
def test_dev_equi_join_fusion_equals_the_range_join_at_every_knowledge_time(
    dev_warehouse: Path,
) -> None:
    from fusion_parity import fusion_differences

    compared, differences = fusion_differences(dev_warehouse)
    assert compared > 10
    assert differences == []
