"""``attack-ledger sql``: one read-only query, four formats, a sandbox that reaches no file."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from support import CliRunner

from ingest.errors import ExitCode
from ingest.settings import Settings


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(
            "create schema marts; create table marts.t as "
            "select range as n, 'row ' || range as label, "
            "case when range = 1 then '' when range = 2 then null else '[b]x[/]' end as note "
            "from range(120)"
        )
    shutil.copy(path, Settings(path).published_path)  # what sql reads
    return path


def one_error_line(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == ExitCode.BAD_INPUT, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.mark.parametrize(
    ("statement", "needle"),
    [
        pytest.param("copy (select 1) to '{out}'", "not copy statements", id="copy to"),
        pytest.param("copy marts.t from '/etc/hostname'", "not copy statements", id="copy from"),
        pytest.param("select * from read_csv('/etc/passwd')", "disabled", id="read_csv"),
        pytest.param("select * from '/etc/passwd'", "does not exist", id="replacement scan"),
        pytest.param("select * from glob('/etc/*')", "disabled", id="glob"),
        pytest.param("attach '{out}' as o", "not attach statements", id="attach"),
        pytest.param("install httpfs", "not load statements", id="install"),
        pytest.param("set enable_external_access = true", "not set statements", id="set"),
        pytest.param("create table marts.u as select 1", "not create statements", id="create"),
        pytest.param("delete from marts.t", "not delete statements", id="delete"),
        pytest.param("select 1; select 2", "one statement at a time (2 given)", id="two"),
        pytest.param("select * from nowhere", "nowhere", id="sql error"),
    ],
)
def test_sql_refuses_anything_but_one_query_and_reaches_no_file(
    db: Path, tmp_path: Path, cli: CliRunner, statement: str, needle: str
) -> None:
    out = tmp_path / "out.csv"
    result = cli("sql", statement.format(out=out), "--db", str(db))
    one_error_line(result, needle)
    assert not out.exists()
    assert "Traceback" not in result.stderr


def test_sql_table_says_when_rows_are_cut_and_shows_null_empty_and_zero(
    db: Path, cli: CliRunner
) -> None:
    result = cli("sql", "select * from marts.t order by n", "--db", str(db), "--limit", "3")
    assert result.returncode == 0, result.stderr
    assert "3 of 120 rows printed" in result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("│ ")][1:]
    assert [r.split("│")[1:4] for r in rows] == [
        [" 0 ", " row 0 ", " [b]x[/] "],
        [" 1 ", " row 1 ", " (empty) "],
        [" 2 ", " row 2 ", " null    "],
    ]


def test_sql_prints_all_rows_without_a_note_when_none_are_cut(db: Path, cli: CliRunner) -> None:
    result = cli("sql", "select n from marts.t where n < 5", "--db", str(db))
    assert result.returncode == 0 and result.stderr == ""
    assert "(no rows" not in result.stdout
    empty = cli("sql", "select n, label from marts.t where n < 0", "--db", str(db))
    assert empty.stdout.strip() == "(no rows; columns: n, label)"


def test_sql_csv_json_and_markdown(db: Path, cli: CliRunner) -> None:
    statement = "select n, label, note from marts.t order by n"
    as_csv = cli("sql", statement, "--db", str(db), "--format", "csv")
    assert as_csv.returncode == 0 and as_csv.stderr == ""
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["n", "label", "note"] and len(rows) == 121
    assert rows[1:4] == [["0", "row 0", "[b]x[/]"], ["1", "row 1", ""], ["2", "row 2", ""]]
    as_json = cli("sql", statement, "--db", str(db), "--format", "json", "--limit", "3")
    records = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert records[1:] == [
        {"n": 1, "label": "row 1", "note": ""},
        {"n": 2, "label": "row 2", "note": None},
    ]
    assert "3 of 120 rows printed" in as_json.stderr
    markdown = cli("sql", statement + " limit 2", "--db", str(db), "--format", "markdown")
    assert markdown.stdout.splitlines() == [
        "| n | label | note |",
        "| --- | --- | --- |",
        "| 0 | row 0 | [b]x[/] |",
        "| 1 | row 1 | (empty) |",
    ]


def test_sql_describe_and_show_are_queries(db: Path, cli: CliRunner) -> None:
    result = cli("sql", "describe marts.t", "--db", str(db), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "label,VARCHAR" in result.stdout


def test_a_wide_result_at_80_columns_is_records(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute(
            "create table t as select "
            + ", ".join(f"'value {i}' as column_number_{i}" for i in range(15))
        )
    from support import CLI, REPO

    result = subprocess.run(
        [*CLI, "sql", "select * from t", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"COLUMNS": "80", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("─[ record 1 ]")
    assert "column_number_14 │ value 14" in lines
    assert max(len(line) for line in lines) <= 80
