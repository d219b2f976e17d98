"""Every exit code of the README's table, each for the situations that give it, as a user runs them.

A user error is one line on stderr (no traceback) and its documented code; nothing is created
beside a ``--db`` file when a command could not start; data is never read as terminal markup.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import filelock
import pytest
from support import CLI, REPO, CliRunner, query

from ingest.errors import ExitCode
from ingest.records import RejectReason
from ingest.settings import Settings

STORY = (
    "Rockets hit a base\n\n"
    "Three rockets struck near the base on Monday evening, a security official said."
)


def one_error_line(result: subprocess.CompletedProcess[str], code: int, *needles: str) -> None:
    """The command failed with ``code`` and said so in one line, with no traceback."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    assert "Traceback" not in result.stderr


def beside(db: Path) -> list[str]:
    """What a command left in the warehouse's folder."""
    return sorted(p.name for p in db.parent.iterdir())


def corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    return folder


@contextmanager
def held_open(db: Path, *, read_only: bool) -> Iterator[None]:
    """Another program (a Python process with DuckDB) holding the warehouse file."""
    code = (
        "import duckdb, sys, time\n"
        f"con = duckdb.connect({str(db)!r}, read_only={read_only})\n"
        "print('open', flush=True)\n"
        "time.sleep(120)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        yield
    finally:
        proc.kill()
        proc.wait()


def make_warehouse(db: Path) -> None:
    """A DuckDB file with an empty raw log, as an ingest leaves it."""
    with duckdb.connect(str(db)) as con:
        con.execute("create schema raw; create table raw.articles (article_id varchar)")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["summary"], id="summary"),
        pytest.param(["docs"], id="docs"),
        pytest.param(["check"], id="check"),
        pytest.param(["as-of", "2024-01-01"], id="as-of"),
        pytest.param(["sql", "select 1"], id="sql"),
        pytest.param(["build"], id="build"),
    ],
)
def test_commands_refuse_a_missing_warehouse_and_create_none(
    tmp_path: Path, cli: CliRunner, args: list[str]
) -> None:
    db = tmp_path / "missing.duckdb"
    result = cli(*args, "--db", str(db))
    one_error_line(result, ExitCode.BAD_INPUT, f"no warehouse at {db}")
    assert beside(db) == []


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["ingest", "CORPUS"], id="ingest"),
        pytest.param(["run", "CORPUS"], id="run"),
        pytest.param(["build"], id="build"),
        pytest.param(["summary"], id="summary"),
        pytest.param(["sql", "select 1"], id="sql"),
    ],
)
def test_a_file_that_is_not_duckdb_is_refused_and_nothing_is_left_beside_it(
    tmp_path: Path, cli: CliRunner, args: list[str]
) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my notes, not a database\n", encoding="utf-8")
    source = corpus(tmp_path / "in")
    result = cli(*(str(source) if a == "CORPUS" else a for a in args), "--db", str(db))
    one_error_line(result, ExitCode.BAD_INPUT, "is not a DuckDB database file")
    assert beside(db) == ["in", "notes.txt"]
    assert db.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_a_path_below_a_file_is_refused(tmp_path: Path, cli: CliRunner) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = cli("ingest", str(corpus(tmp_path / "in")), "--db", str(blocker / "sub" / "w.duckdb"))
    one_error_line(result, ExitCode.BAD_INPUT, "is not a folder")


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs /sys, unwritable even for root")
def test_an_unwritable_folder_is_refused_at_once(tmp_path: Path, cli: CliRunner) -> None:
    started = time.monotonic()
    result = cli("ingest", str(corpus(tmp_path / "in")), "--db", "/sys/w.duckdb")
    one_error_line(result, ExitCode.BAD_INPUT, "cannot write in /sys")
    assert time.monotonic() - started < 30, "it does not wait for a lock it can never take"


def test_a_warehouse_held_by_another_program_is_busy_for_writers(
    tmp_path: Path, cli: CliRunner
) -> None:
    db = tmp_path / "w.duckdb"
    make_warehouse(db)
    with held_open(db, read_only=True):
        ingest = cli("ingest", str(corpus(tmp_path / "in")), "--db", str(db))
        build = cli("build", "--db", str(db))
    for result in (ingest, build):
        one_error_line(result, ExitCode.BUSY, f"{db} is open in", "close it there")
    assert beside(db) == ["in", "w.duckdb"], "no lock or state left by runs that never started"


def test_a_warehouse_held_by_a_writer_is_busy_for_readers(tmp_path: Path, cli: CliRunner) -> None:
    db = tmp_path / "w.duckdb"
    make_warehouse(db)
    with held_open(db, read_only=False):
        results = [cli("summary", "--db", str(db)), cli("sql", "select 1", "--db", str(db))]
    for result in results:
        one_error_line(result, ExitCode.BUSY, "is open in")


def test_the_lock_is_taken_on_the_real_file_through_a_link(tmp_path: Path, cli: CliRunner) -> None:
    db = tmp_path / "real" / "w.duckdb"
    db.parent.mkdir()
    make_warehouse(db)
    link = tmp_path / "link.duckdb"
    link.symlink_to(db)
    with filelock.FileLock(str(Settings(db).lock_path)):
        result = cli(
            "ingest", str(corpus(tmp_path / "in")), "--db", str(link), "--lock-timeout", "1"
        )
    one_error_line(result, ExitCode.BUSY, "another attack-ledger run is writing")
    assert not (tmp_path / "link.duckdb.lock").exists()


def test_ctrl_c_while_waiting_exits_130(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    args = ["ingest", str(corpus(tmp_path / "in")), "--db", str(db), "--lock-timeout", "120"]
    lock_path = Settings(db).lock_path
    with filelock.FileLock(str(lock_path)):
        proc = subprocess.Popen(
            [*CLI, *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # Ctrl-C as a terminal sends it: the child starts with SIGINT's default disposition
            # (a test runner's worker may ignore SIGINT, and a child would inherit that)
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        time.sleep(6)  # started, and waiting for the lock (the lock file is only polled)
        proc.send_signal(signal.SIGINT)
        _out, stderr = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.INTERRUPTED, stderr
    assert "Traceback" not in stderr


def test_bad_arguments_exit_2(cli: CliRunner) -> None:
    result = cli("ingest", "--no-such-option")
    assert result.returncode == ExitCode.BAD_INPUT
    assert "Traceback" not in result.stderr


def test_run_where_every_input_is_rejected_exits_2_without_building(
    tmp_path: Path, cli: CliRunner
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    os.mkfifo(folder / "pipe.txt")
    db = tmp_path / "w.duckdb"
    result = cli("run", str(folder), "--db", str(db))
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    assert f"error: nothing loaded into {db}: every input was rejected" in result.stderr
    assert "build:" not in result.stdout
    assert "Traceback" not in result.stderr
    reasons = {r for (r,) in query(db, "select reason from raw.rejected_inputs")}
    assert reasons == {"empty", "not_a_regular_file"}


def test_markup_in_data_is_printed_as_it_is(tmp_path: Path, cli: CliRunner) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    records = [
        {"url": "https://news.example/[/]gone", "title": "no text [bold]"},
        {"url": "https://news.example/[/]ok", "title": "[/] :bomb: [red]x", "text": STORY},
    ]
    (folder / "b.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    db = tmp_path / "w.duckdb"
    ingested = cli("ingest", str(folder), "--db", str(db))
    assert ingested.returncode == 0, ingested.stderr
    assert "b.jsonl#L1: missing_text: line 1 has no article text" in ingested.stderr
    result = cli("sql", 'select title, source_uri as "[/]" from raw.articles', "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "[/] :bomb: [red]x" in result.stdout
    assert "https://news.example/[/]ok" in result.stdout and "│ [/]" in result.stdout
    summary = cli("summary", "--db", str(db))
    assert summary.returncode == 0, summary.stderr


def test_a_failed_check_exits_1(sample_warehouse: tuple[Path, str], tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(sample_warehouse[0], db)
    with duckdb.connect(str(db)) as con:
        con.execute("update marts.fact_attacks set fatalities_low = -1")
    result = subprocess.run(
        [*CLI, "check", "--db", str(db)], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == ExitCode.CHECKS_FAILED, result.stderr
    assert "check fact_attacks: FAILED" in result.stdout
    assert result.stderr.strip().endswith("error: checks failed: fact_attacks")
    # the copy written while the checks ran is deleted: nothing is published, nothing left
    assert sorted(p.name for p in tmp_path.iterdir() if "published" in p.name) == []


def test_a_bug_prints_its_traceback_says_it_is_a_bug_and_exits_70(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ingest.cli

    def broken(*_args: object) -> None:
        raise RuntimeError("an impossible state")

    db = tmp_path / "w.duckdb"
    make_warehouse(db)
    monkeypatch.setattr(ingest.cli, "print_summary", broken)
    with pytest.raises(SystemExit) as exited:
        ingest.cli.app(["summary", "--db", str(db)], prog_name="attack-ledger")
    assert exited.value.code == ExitCode.INTERNAL
    stderr = capsys.readouterr().err
    assert "Traceback" in stderr and "RuntimeError: an impossible state" in stderr
    assert "this is a bug in attack-ledger" in stderr and "Reporting a bug" in stderr


def test_readme_documents_every_reject_reason_and_exit_code() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    reasons = readme.split("### Rejected inputs", 1)[1].split("\n### ", 1)[0]
    for reason in RejectReason:
        assert f"| `{reason.value}` |" in reasons, reason
    codes = readme.split("### Exit codes", 1)[1].split("\n### ", 1)[0]
    for code in ExitCode:
        assert f"\n| {int(code)} |" in codes, code


def test_names_that_are_not_utf8_never_crash_the_output(tmp_path: Path, cli: CliRunner) -> None:
    folder = corpus(tmp_path / os.fsdecode(b"dossier-\xe9"))
    missing = tmp_path / os.fsdecode(b"caf\xe9.txt")
    db = tmp_path / "w.duckdb"
    result = cli("ingest", str(folder), str(missing), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "caf\\xe9.txt does not exist; recorded as unreadable" in result.stderr
    assert query(db, "select source_uri from raw.articles")[0][0] == str(
        tmp_path / "dossier-\\xe9" / "a.txt"
    )
    summary = cli("summary", "--db", str(db))
    assert summary.returncode == 0, summary.stderr
    odd_db = tmp_path / os.fsdecode(b"entrep\xf4t.duckdb")
    refused = cli("ingest", str(folder), "--db", str(odd_db))
    one_error_line(refused, ExitCode.BAD_INPUT, "DuckDB cannot open a path that is not UTF-8")
