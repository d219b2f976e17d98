"""Issue 10's folder, 71 bad inputs among 61 good ones, ingested and then run as a user would.

Done when: ingest loads 61 of 61 good inputs, rejects every bad one with its reason, hangs on
none and stays under 500 MB; the FIFO and /dev/zero cases return within a second; ``run`` then
builds and checks with exit 0; ``marts.attacks_ucdp`` reads the same twice.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from bad_folder import MAX_BYTES, Folder, build
from support import CLI, REPO, query

from ingest.files import Roots
from ingest.readers import ReaderConfig, read_path

# Every test here shares one ingest and one run of the folder: keep them on one xdist worker.
pytestmark = pytest.mark.xdist_group("bad_folder")

PEAK_RSS_LIMIT = 500 * 1024 * 1024


@dataclass(frozen=True)
class Measured:
    """A finished CLI run with its peak memory (the process and its children) and wall time."""

    returncode: int
    stdout: str
    stderr: str
    peak_rss: int  # bytes
    seconds: float


# The CLI is started by a fresh, small Python process that waits for it and reports its peak
# RSS: Linux counts, in a child's peak RSS, the memory of the process it was forked from, and a
# pytest worker that has loaded the gazetteer holds several hundred MB.
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[2:])
_pid, status, usage = os.wait4(proc.pid, 0)
with open(sys.argv[1], "w") as handle:
    handle.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(args: list[str], timeout: float) -> Measured:
    """Run ``attack-ledger ARGS``, killed after ``timeout`` s; its peak RSS from ``wait4`` in a
    small launcher process."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r") as rss,
    ):
        started = time.monotonic()
        launcher = [sys.executable, "-c", _LAUNCHER, rss.name, *CLI, *args]
        proc = subprocess.Popen(launcher, cwd=REPO, stdout=out, stderr=err, start_new_session=True)
        killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        killer.start()
        try:
            proc.wait()
        finally:
            killer.cancel()
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        maxrss = int(rss.read() or "0")
        return Measured(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            maxrss * 1024,  # kilobytes on Linux
            seconds,
        )


@dataclass(frozen=True)
class Ingested:
    folder: Folder
    db: Path
    ingest: Measured


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    base = tmp_path_factory.mktemp("issue10")
    outside = base / "outside"
    outside.mkdir()
    (outside / "outside.txt").write_text("A file beside the folder, not in it.\n", encoding="utf-8")
    folder = build(base / "in", outside)
    db = base / "w.duckdb"
    args = ["ingest", str(folder.root), "--db", str(db), "--max-bytes", str(MAX_BYTES)]
    measured = run_measured(args, timeout=300)
    print(
        f"\nissue-10 folder: {len(folder.good_inputs)} good, {len(folder.bad_inputs)} bad; "
        f"ingest {measured.seconds:.1f} s, peak RSS {measured.peak_rss / 2**20:.0f} MiB"
    )
    return Ingested(folder, db, measured)


@pytest.fixture(scope="module")
def ran(ingested: Ingested) -> Measured:
    """``run`` on the same folder and warehouse, after the ingest."""
    args = [
        "run",
        str(ingested.folder.root),
        "--db",
        str(ingested.db),
        "--max-bytes",
        str(MAX_BYTES),
    ]
    measured = run_measured(args, timeout=900)
    print(f"\nissue-10 run: {measured.seconds:.1f} s, peak RSS {measured.peak_rss / 2**20:.0f} MiB")
    return measured


def test_the_folder_holds_61_good_and_71_bad_inputs(ingested: Ingested) -> None:
    assert len(ingested.folder.good_inputs) == 61
    assert len(ingested.folder.bad_inputs) == 71


def test_ingest_loads_every_good_input(ingested: Ingested) -> None:
    assert ingested.ingest.returncode == 0, ingested.ingest.stderr
    seen = set(query(ingested.db, "select input_path, line_number from raw.article_sightings"))
    loads = {e.key for e in ingested.folder.expected if e.loads}
    missing = [e for e in ingested.folder.good_inputs if e.key not in seen]
    assert not missing, missing
    assert seen == loads, "an article from an input that should not load"


def test_ingest_rejects_every_bad_input_with_its_reason(ingested: Ingested) -> None:
    rows = query(
        ingested.db, "select input_path, line_number, reason, message from raw.rejected_inputs"
    )
    rejected = Counter((path, line, reason) for path, line, reason, _message in rows)
    expected = Counter((e.path, e.line, e.reason) for e in ingested.folder.bad_inputs)
    assert rejected == expected
    assert all(len(str(message)) > 10 for *_key, message in rows)


def test_ingest_hangs_on_nothing_and_stays_under_500_mb(ingested: Ingested) -> None:
    assert ingested.ingest.returncode == 0
    assert ingested.ingest.peak_rss < PEAK_RSS_LIMIT, ingested.ingest.peak_rss
    assert ingested.ingest.seconds < 240
    assert "Traceback" not in ingested.ingest.stderr


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("special/fifo.txt", id="FIFO named .txt"),
        pytest.param("special/fifo.jsonl", id="FIFO named .jsonl"),
        pytest.param("special/fifo.html", id="FIFO named .html"),
        pytest.param("sidecars/fifo.txt", id="article whose .json sidecar is a FIFO"),
        pytest.param("special/zero.txt", id="link to /dev/zero named .txt"),
        pytest.param("special/urandom.txt", id="link to /dev/urandom named .txt"),
        pytest.param("special/socket.txt", id="Unix socket named .txt"),
        pytest.param("bad/sparse-10GB.txt", id="sparse file of 10 GB"),
    ],
)
def test_fifo_device_and_huge_cases_return_within_a_second(ingested: Ingested, name: str) -> None:
    root = ingested.folder.root
    # Loaded once per process (py3langid's model, trafilatura): not what is being timed.
    list(read_path(root / "good" / "crlf.md", ReaderConfig(), Roots.of([root])))
    started = time.monotonic()
    results = list(read_path(root / name, ReaderConfig(max_bytes=MAX_BYTES), Roots.of([root])))
    assert time.monotonic() - started < 1
    assert results


def test_dev_zero_named_on_the_command_line_returns_within_a_second() -> None:
    started = time.monotonic()
    results = list(read_path(Path("/dev/zero"), ReaderConfig()))
    assert time.monotonic() - started < 1
    assert [r.reason.value for r in results] == ["not_a_regular_file"]  # type: ignore[union-attr]


def test_run_on_the_folder_then_builds_and_checks(ran: Measured) -> None:
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "run: nothing new to load; building what the warehouse already holds" in ran.stdout
    assert "build: dbt build passed" in ran.stdout
    assert "check fact_attacks: passed" in ran.stdout and "FAILED" not in ran.stdout
    assert "Traceback" not in ran.stderr


def test_attacks_ucdp_reads_the_same_twice(ingested: Ingested, ran: Measured) -> None:
    assert ran.returncode == 0
    reads = []
    for _ in range(2):
        with duckdb.connect(str(ingested.db), read_only=True) as con:
            reads.append(con.execute("select * from marts.attacks_ucdp order by id").fetchall())
    assert reads[0] and reads[0] == reads[1]


def test_dim_date_stays_within_plausible_days(ingested: Ingested, ran: Measured) -> None:
    assert ran.returncode == 0
    first, last, days = query(
        ingested.db, "select min(date_day), max(date_day), count(*) from marts.dim_date"
    )[0]
    assert str(first) >= "1900-01-01", "good/dated-1900.txt is the earliest plausible day"
    assert last is not None and str(last) < "2100-01-01"
    assert int(str(days)) < 100_000, "not the 3.6 million days of years 1 to 9999"
