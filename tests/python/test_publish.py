"""The published copy: what it holds, how it is swapped in, and readers that never block a load."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import filelock
import pytest
from support import CLI, REPO, CliRunner, query

from ingest.errors import ExitCode, UserError
from ingest.publish import strip_catalog
from ingest.settings import Settings

# A reader as a BI tool or a notebook runs it: it opens the published file read-only, once
# ("held") or for every query ("reconnect"), and queries until told to stop, counting failures
# and checking that every snapshot it reads is whole (every bridge row has its attack).
READER = r"""
import json, os, sys, time
import duckdb
path, mode, stop, out = sys.argv[1:]
queries, failures, errors, articles = 0, 0, [], []
held = duckdb.connect(path, read_only=True) if mode == "held" else None
while True:
    try:
        con = held or duckdb.connect(path, read_only=True)
        n = con.execute("select count(*) from raw.articles").fetchone()[0]
        orphans = con.execute(
            "select count(*) from marts.bridge_attack_mentions b "
            "anti join marts.fact_attacks f using (attack_id)"
        ).fetchone()[0]
        con.execute("select count(*) from marts.attacks_acled").fetchone()
        if con is not held:
            con.close()
        queries += 1
        if orphans:
            failures += 1
            errors.append(f"{orphans} bridge rows without their attack")
        if not articles or articles[-1] != n:
            articles.append(n)
        if queries == 1:
            print("ready", flush=True)
    except Exception as exc:
        failures += 1
        errors.append(str(exc).splitlines()[0][:200])
    if os.path.exists(stop):
        break
    time.sleep(0.1)
with open(out, "w") as handle:
    json.dump({"queries": queries, "failures": failures, "errors": errors[:5],
               "articles": articles}, handle)
"""

NEW_ARTICLES = {
    "n1.txt": "Drone strike on a base\n\nTwo drones struck the Harir air base in Erbil "
    "province on 3 March 2024, a Kurdish security official said. No casualties were reported.",
    "n2.txt": "Roquettes sur une base\n\nTrois roquettes sont tombées le 4 mars 2024 près de la "
    "base aérienne d'Aïn al-Asad, dans la province d'Anbar, selon une source sécuritaire.",
}


@pytest.fixture
def warehouse_copy(sample_warehouse: tuple[Path, str], tmp_path: Path) -> Path:
    """The sample warehouse, its state and its published copy, in a folder of their own."""
    source, _ = sample_warehouse
    folder = tmp_path / "wh"
    folder.mkdir()
    for name in (source.name, Settings(source).published_path.name):
        shutil.copy2(source.with_name(name), folder / name)
    shutil.copytree(Settings(source).state_dir, Settings(folder / source.name).state_dir)
    return folder / source.name


def test_run_publishes_a_read_only_copy_with_every_schema(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, out = sample_warehouse
    published = Settings(db).published_path
    assert published.name == "w.published.duckdb"
    assert f"publish: {published}" in out
    assert stat.S_IMODE(published.stat().st_mode) == 0o444
    assert not list(db.parent.glob(".*writing*")), "no temporary file is left"
    working_tables = query(
        db,
        "select schema_name, table_name, estimated_size from duckdb_tables() "
        "where schema_name in ('raw', 'staging', 'intermediate', 'marts', 'seeds') order by 1, 2",
    )
    for schema, table, _ in working_tables:
        rows = f"select count(*) from {schema}.{table}"
        assert query(published, rows) == query(db, rows), (schema, table)
    views = query(db, "select schema_name, view_name from duckdb_views() where not internal")
    assert {("marts", "attacks_acled"), ("staging", "stg_articles")} <= set(views)
    # Every view and the as-of macro work in the published file, read as sql reads it.
    with duckdb.connect(
        str(published), read_only=True, config={"enable_external_access": False}
    ) as con:
        for schema, view in views:
            assert con.execute(f"select count(*) from {schema}.{view}").fetchone() is not None
        as_of = "select count(*) from marts.attacks_as_of(timestamptz 'infinity')"
        assert (
            con.execute(as_of).fetchone()
            == con.execute("select count(*) from marts.fact_attacks").fetchone()
        )


def test_descriptions_are_database_comments_in_the_published_copy(
    sample_warehouse: tuple[Path, str],
) -> None:
    published = Settings(sample_warehouse[0]).published_path
    table = query(
        published,
        "select comment from duckdb_tables() "
        "where schema_name = 'marts' and table_name = 'fact_attacks'",
    )
    assert str(table[0][0]).startswith("One row per attack")
    undescribed = query(
        published,
        "select schema_name || '.' || table_name || '.' || column_name from duckdb_columns() "
        "where schema_name in ('marts', 'intermediate', 'seeds') "
        "and coalesce(comment, '') = ''",
    )
    assert undescribed == []
    view = query(
        published,
        "select comment from duckdb_views() where view_name = 'attacks_acled'",
    )
    assert view[0][0]


@pytest.mark.parametrize(
    ("sql", "catalog", "expected"),
    [
        pytest.param(
            "select * from w.marts.f join w.raw.a using (x)",
            "w",
            "select * from marts.f join raw.a using (x)",
            id="plain names",
        ),
        pytest.param(
            'select * from "my ware-house".marts.f',
            "my ware-house",
            "select * from marts.f",
            id="quoted catalog",
        ),
        pytest.param(
            "select 'w.marts.f' as s, w.x from w.marts.f as w -- w.marts.g",
            "w",
            "select 'w.marts.f' as s, w.x from marts.f as w -- w.marts.g",
            id="strings comments and aliases untouched",
        ),
        pytest.param(
            "select * from other.marts.f", "w", "select * from other.marts.f", id="other catalog"
        ),
    ],
)
def test_views_lose_the_working_catalog_only(sql: str, catalog: str, expected: str) -> None:
    assert strip_catalog(sql, catalog) == expected


def test_readers_read_the_published_copy_and_say_when_there_is_none(
    warehouse_copy: Path, cli: CliRunner
) -> None:
    db = warehouse_copy
    published = Settings(db).published_path
    with duckdb.connect(str(db)) as con:  # the working file moves on; the copy does not
        con.execute("create table marts.only_in_working as select 1 as x")
    assert cli("sql", "select * from marts.only_in_working", "--db", str(db)).returncode == 2
    working = cli("sql", "select x from marts.only_in_working", "--db", str(db), "--working")
    assert working.returncode == 0, working.stderr
    published.unlink()
    fallback = cli("sql", "select x from marts.only_in_working", "--db", str(db))
    assert fallback.returncode == 0
    assert "note: nothing published beside" in fallback.stderr
    refused = cli(
        "ingest", str(REPO / "README.md"), "--db", str(published.with_name("x.published.duckdb"))
    )
    assert refused.returncode == ExitCode.BAD_INPUT
    assert "published, read-only copy" in refused.stderr


def test_a_reader_never_blocks_a_load_and_never_sees_half_a_warehouse(
    warehouse_copy: Path, tmp_path: Path, cli: CliRunner
) -> None:
    """Readers hold and reopen the published file through a whole run of new articles."""
    db = warehouse_copy
    published = Settings(db).published_path
    before = int(str(query(published, "select count(*) from raw.articles")[0][0]))
    articles = tmp_path / "new"
    articles.mkdir()
    for name, text in NEW_ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    stop = tmp_path / "stop"
    readers = {}
    for mode in ("held", "reconnect"):
        out = tmp_path / f"{mode}.json"
        proc = subprocess.Popen(
            [sys.executable, "-c", READER, str(published), mode, str(stop), str(out)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        readers[mode] = (proc, out)
    started = time.monotonic()
    load = subprocess.Popen(
        [*CLI, "run", str(articles), "--db", str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    ours = []
    while load.poll() is None:  # our own read-side commands, during the load too
        ours.append(cli("sql", "select count(*) from marts.fact_attacks", "--db", str(db)))
        time.sleep(5)
    stdout, stderr = load.communicate()
    took = time.monotonic() - started
    time.sleep(0.5)  # the reconnecting reader opens the new copy
    stop.touch()
    results = {}
    for mode, (proc, out) in readers.items():
        proc.wait(timeout=60)
        results[mode] = json.loads(out.read_text(encoding="utf-8"))
    assert load.returncode == 0, stdout + stderr
    assert f"ingest: {len(NEW_ARTICLES) + 0} inputs read, 2 new article versions" in stdout
    print(f"run took {took:.1f} s; readers: {results}; sql calls: {len(ours)}")
    for mode, result in results.items():
        assert result["failures"] == 0, (mode, result)
        assert result["queries"] >= 20, (mode, result)
    assert results["held"]["articles"] == [before], "a held reader keeps its snapshot"
    assert results["reconnect"]["articles"] == [before, before + 2]
    assert ours and all(r.returncode == 0 for r in ours), [r.stderr for r in ours]


def test_a_build_started_while_the_checks_run_waits_for_them(warehouse_copy: Path) -> None:
    db = warehouse_copy
    lock = filelock.FileLock(str(Settings(db).lock_path))
    env = {**os.environ, "COLUMNS": "200"}
    check = subprocess.Popen(
        [*CLI, "check", "--db", str(db)], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    while True:  # until the checks hold the writer lock
        try:
            lock.acquire(timeout=0)
        except filelock.Timeout:
            break
        lock.release()
        assert check.poll() is None and time.monotonic() < deadline, "check never took the lock"
        time.sleep(0.05)
    build = subprocess.run(
        [*CLI, "build", "--db", str(db), "--lock-timeout", "300"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    out, _ = check.communicate(timeout=300)
    assert check.returncode == 0, out
    assert build.returncode == 0, build.stdout + build.stderr
    # the copy holds the state of its last build: nothing changed since, so nothing to rebuild
    assert "build: nothing changed since the last build" in build.stdout


def test_the_checks_run_before_the_copy_is_written_and_a_failure_copies_nothing(
    warehouse_copy: Path,
) -> None:
    """Checks and copy one after the other: their memory does not add up."""
    from ingest.cli import do_publish

    settings = Settings(warehouse_copy)
    published = settings.published_path
    published.chmod(0o644)
    published.unlink()  # so that a copy is due
    seen: list[list[Path]] = []

    def failing() -> None:
        seen.append(list(warehouse_copy.parent.glob(".*writing*")))
        raise UserError("checks failed: fact_attacks", ExitCode.CHECKS_FAILED)

    with pytest.raises(UserError):
        do_publish(settings, checks=failing)
    assert seen == [[]] and not published.exists()
    assert not list(warehouse_copy.parent.glob(".*writing*"))

    def passing() -> None:
        seen.append(list(warehouse_copy.parent.glob(".*writing*")))

    do_publish(settings, checks=passing)
    assert seen == [[], []] and published.is_file()


def test_an_updated_table_gets_exactly_the_rows_that_differ(tmp_path: Path) -> None:
    """The published copy of a table built in place gets every changed, new and gone row (a
    null that became a value and back, a list element, a float), and keeps the others as they
    were: the same rows as the working table."""
    from ingest.publish import _sync_rows

    con = duckdb.connect()
    con.execute(f"attach '{tmp_path / 'w.duckdb'}' as w")
    con.execute(f"attach '{tmp_path / 'p.duckdb'}' as published")
    for db in ("w", "published"):
        con.execute(f"create table {db}.t (k varchar, v varchar, n double, l integer[])")
    con.execute(
        "insert into published.t values ('same', null, 1.5, [1, null]), ('gone', 'x', 0, []),"
        " ('to_value', null, null, null), ('to_null', 'a', 2, [3]), ('list', 'b', 3, [1, 2]),"
        " ('float', 'c', 0.1, null)"
    )
    con.execute(
        "insert into w.t values ('same', null, 1.5, [1, null]), ('new', 'y', 1, [4]),"
        " ('to_value', 'v', 0, []), ('to_null', null, null, null), ('list', 'b', 3, [1, 3]),"
        " ('float', 'c', 0.1000001, null)"
    )
    untouched = con.execute("select rowid from published.t where k = 'same'").fetchone()

    assert _sync_rows(con, "w", "t", "k")

    differences = con.execute(
        "select count(*) from ((select * from w.t except all select * from published.t)"
        " union all (select * from published.t except all select * from w.t))"
    ).fetchone()
    assert differences == (0,)
    assert con.execute("select rowid from published.t where k = 'same'").fetchone() == untouched
    assert con.execute("select count(*) from published.t").fetchone() == (6,)
