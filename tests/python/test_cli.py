"""The attack-ledger command line as a user runs it: exit codes, messages, crashes and locks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import filelock
import pytest
from support import BAD_INPUTS, CLI, DEV, REPO, CliRunner, query, scalar

from ingest.settings import Settings


def make_corpus(folder: Path, n: int) -> Path:
    """``n`` small distinct articles, half of them with sidecars, one rejected file."""
    folder.mkdir(parents=True)
    for i in range(n):
        body = f"Rockets at site {i}\n\n" + (
            f"Three rockets struck near outpost number {i} on Monday, an official said. " * 6
        )
        (folder / f"a{i:05d}.txt").write_text(body, encoding="utf-8")
        if i % 2:
            meta = {"language": "en", "published_at": "2023-10-30", "url": f"https://x.test/{i}"}
            (folder / f"a{i:05d}.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "zz-empty.txt").write_bytes(b"")
    return folder


def log_snapshot(db: Path) -> dict[str, set[tuple[object, ...]]]:
    """The content of the raw log, without load ids and times, which differ by design."""
    return {
        "articles": set(
            query(db, "select article_id, version_id, source_uri, url, text from raw.articles")
        ),
        "sightings": set(
            query(db, "select sighting_id, version_id, source_uri from raw.article_sightings")
        ),
        "rejects": set(query(db, "select reject_id, reason from raw.rejected_inputs")),
    }


def loaded_packages(db: Path) -> int:
    loaded = db.with_name(db.name + ".state") / "dlt" / "attack_ledger" / "load" / "loaded"
    return len(list(loaded.iterdir())) if loaded.exists() else 0


def pending_load(db: Path) -> bool:
    normalized = db.with_name(db.name + ".state") / "dlt" / "attack_ledger" / "load" / "normalized"
    return normalized.exists() and any(normalized.iterdir())


def kill_when(db: Path, args: list[str], ready: Callable[[], bool]) -> None:
    """Start an ingest, SIGKILL it as soon as ``ready()`` holds, and check it really died."""
    env = {**os.environ, "RUNTIME__DLTHUB_TELEMETRY": "false"}
    proc = subprocess.Popen([*CLI, *args], cwd=REPO, env=env)
    deadline = time.monotonic() + 120
    while not ready():
        assert proc.poll() is None, "the ingest finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL


@pytest.fixture(scope="module")
def crash_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set]]:
    """A corpus and the log an uninterrupted ingest of it leaves."""
    base = tmp_path_factory.mktemp("crash")
    corpus = make_corpus(base / "corpus", 900)
    db = base / "clean.duckdb"
    result = subprocess.run(
        [*CLI, "ingest", str(corpus), "--db", str(db), "--chunk-size", "60"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return corpus, log_snapshot(db)


@pytest.mark.parametrize(
    "moment",
    [
        pytest.param("during-load", id="killed while a load package is being written to DuckDB"),
        pytest.param("between-loads", id="killed after some loads, while reading the next chunk"),
    ],
)
def test_sigkill_mid_ingest_then_rerun_leaves_the_uninterrupted_log(
    tmp_path: Path, crash_corpus: tuple[Path, dict[str, set]], cli: CliRunner, moment: str
) -> None:
    corpus, clean = crash_corpus
    db = tmp_path / "crashed.duckdb"
    args = ["ingest", str(corpus), "--db", str(db), "--chunk-size", "60"]
    if moment == "during-load":
        kill_when(db, args, lambda: loaded_packages(db) >= 2 and pending_load(db))
    else:
        kill_when(db, args, lambda: loaded_packages(db) >= 5)
    partial = log_snapshot(db)
    assert 0 < len(partial["articles"]) < len(clean["articles"]), "the kill was not mid-run"
    rerun = cli(*args)
    assert rerun.returncode == 0, rerun.stderr
    assert log_snapshot(db) == clean


def test_second_writer_waits_then_fails_with_a_clear_message(
    tmp_path: Path, cli: CliRunner
) -> None:
    db = tmp_path / "w.duckdb"
    corpus = make_corpus(tmp_path / "in", 3)
    lock = filelock.FileLock(str(Settings(db).lock_path))
    with lock:
        started = time.monotonic()
        result = cli("ingest", str(corpus), "--db", str(db), "--lock-timeout", "1")
        waited = time.monotonic() - started
    assert result.returncode == 3
    assert "another attack-ledger run is writing" in result.stderr
    assert "Traceback" not in result.stderr
    assert waited >= 1
    assert not db.exists(), "nothing was written while the lock was held"


def test_two_runs_at_once_both_finish_and_the_log_is_whole(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", 200)
    db = tmp_path / "w.duckdb"
    args = [*CLI, "ingest", str(corpus), "--db", str(db), "--chunk-size", "50"]
    procs = [
        subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert scalar(db, "select count(*) from raw.articles") == 200
    assert scalar(db, "select count(*) from raw.rejected_inputs") == 1


def test_user_errors_give_messages_not_tracebacks(tmp_path: Path, cli: CliRunner) -> None:
    no_args = cli("ingest", "--db", str(tmp_path / "w.duckdb"))
    assert no_args.returncode == 2 and "give at least one file or folder" in no_args.stderr
    build = cli("build", "--db", str(tmp_path / "none.duckdb"))
    assert build.returncode == 2 and "no warehouse at" in build.stderr
    for result in (no_args, build):
        assert "Traceback" not in result.stderr


def test_missing_path_beside_others_is_recorded_as_unreadable(
    tmp_path: Path, cli: CliRunner
) -> None:
    db = tmp_path / "w.duckdb"
    corpus = make_corpus(tmp_path / "in", 1)
    result = cli("ingest", str(corpus), str(tmp_path / "not-there.txt"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "not-there.txt does not exist; recorded as unreadable" in result.stderr
    rows = query(db, "select reason, message from raw.rejected_inputs where reason = 'unreadable'")
    assert rows == [("unreadable", "no such file or folder")]


def test_only_missing_paths_is_an_error_that_creates_nothing(
    tmp_path: Path, cli: CliRunner
) -> None:
    db = tmp_path / "w.duckdb"
    for command in ("ingest", "run"):
        result = cli(command, str(tmp_path / "not-there"), "--db", str(db))
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().endswith("not-there does not exist")
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_bad_input_folder_rejects_each_bad_file_and_loads_the_good_ones(
    tmp_path: Path, cli: CliRunner
) -> None:
    db = tmp_path / "w.duckdb"
    folder = tmp_path / "bad_inputs"
    # The folder's README documents the fixtures; it is not one of them.
    shutil.copytree(BAD_INPUTS, folder, ignore=shutil.ignore_patterns("README.md"))
    (folder / "oversized.txt").write_text("too long " * 200_000, encoding="utf-8")
    result = cli("ingest", str(folder), "--db", str(db), "--max-bytes", "1000000")
    assert result.returncode == 0, result.stderr
    rejected = {
        Path(str(uri).split("#")[0]).name: reason
        for uri, reason in query(db, "select source_uri, reason from raw.rejected_inputs")
    }
    expected = {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "undecodable.txt": "undecodable",
        "oversized.txt": "oversized",
        "no_main_text.html": "no_main_text",
        "bad_sidecar.json": "bad_sidecar",
    }
    for name, reason in expected.items():
        assert rejected.get(name) == reason, (name, rejected)
    jsonl = query(
        db,
        "select line_number, reason from raw.rejected_inputs "
        "where source_uri like '%malformed.jsonl%' order by line_number",
    )
    assert jsonl == [
        (2, "malformed_json"),
        (5, "not_an_object"),
        (6, "missing_text"),
        (7, "no_main_text"),  # a one-paragraph fragment: under trafilatura's minimum size
    ]
    loaded = {Path(str(u[0])).name for u in query(db, "select source_uri from raw.articles")}
    assert {"latin1_ok.txt", "bad_sidecar.txt", "good_one.txt", "good_two.md"} <= loaded
    latin = scalar(db, "select text from raw.articles where source_uri like '%latin1_ok.txt'")
    assert "é" in str(latin) and "\ufffd" not in str(latin)


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not present on this machine")
def test_dev_corpus_twice_leaves_fourteen_articles(tmp_path: Path, cli: CliRunner) -> None:
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        result = cli("ingest", str(DEV / "articles"), "--db", str(db))
        assert result.returncode == 0, result.stderr
    assert scalar(db, "select count(*) from raw.articles") == 14
    assert scalar(db, "select count(*) from raw.rejected_inputs") == 0


def test_evaluate_details_lists_misses_and_wrong_fields(tmp_path: Path, cli: CliRunner) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x1.txt").write_text(
        "Harir\n\nTwo drones struck the Harir Air Base on Monday, officials said.\n",
        encoding="utf-8",
    )
    (folder / "x1.json").write_text(json.dumps({"published_at": "2023-10-31"}), encoding="utf-8")
    base = {"article_id": "x1", "date_precision": "day", "admin1": None, "target": None,
            "attacker": None, "claimed_by": None, "reported_by": None, "killed": None,
            "wounded": None, "background": False, "optional": False}  # fmt: skip
    gold = [
        {**base, "event_id": "x1-E1", "event_date": "2023-10-30", "location": "Harir Air Base",
         "country": "IQ", "weapon": "rocket", "projectile_count": 2},
        {**base, "event_id": "x1-E2", "event_date": "2023-10-30", "location": "Conoco gas field",
         "country": "SY", "weapon": "drone", "projectile_count": None},
    ]  # fmt: skip
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    result = cli("evaluate", "--gold", str(gold_path), "--articles", str(folder), "--details")
    assert result.returncode == 0, result.stderr
    assert "[match] x1 x1-E1 s1 wrong=weapon" in result.stdout
    assert "[missed] x1 x1-E2" in result.stdout
