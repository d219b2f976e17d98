"""End-to-end benchmark: N generated articles through ingest, build and check, stage by stage.

``python -m ingest.bench_e2e --n 10000 [--work DIR] [--copies 1000]`` (``make bench-e2e N=...``)
generates N distinct articles (``ingest.generate``), runs ``attack-ledger ingest``, ``build``
and ``check`` on a fresh warehouse, each in its own process as a user would, and prints the
seconds, articles per second and peak resident memory of each stage, and the warehouse size.
Then an incremental run (1 % new articles, the first files given again), ``run`` with 10 new
articles (ingest, build, check and publish in one command), an ``as-of`` query,
and a run on ``--copies`` syndicated copies of one article, with the facts it gives.

``--articles DIR`` runs on a folder generated before (``ingest.generate``; give its article
count as ``--n``) instead of generating one, and ``--full-only`` stops after the full run (for
a million articles: generating takes minutes, the incremental runs are measured on smaller ones).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb


@dataclass(frozen=True, slots=True)
class Stage:
    """One command's wall time and peak resident memory (MB), and when each of its output lines
    appeared (seconds from its start), to tell its steps apart."""

    name: str
    seconds: float
    peak_mb: float
    lines: tuple[tuple[float, str], ...] = ()

    def line(self, articles: int | None = None) -> str:
        rate = f"{articles / self.seconds:8.0f} art/s" if articles and self.seconds else " " * 14
        return f"{self.name:<24} {self.seconds:8.1f} s {rate} {self.peak_mb:8.0f} MB"

    def steps(self) -> str:
        """When the command's steps (ingest, build, check, publish) finished, from its output."""
        done: dict[str, float] = {}
        for at, text in self.lines:
            step = text.split(":", 1)[0].split(" ", 1)[0]
            if step in ("ingest", "build", "check", "publish"):
                done[step] = at
        return ", ".join(f"{step} done at {at:.1f} s" for step, at in done.items())


def timed(name: str, *args: str) -> Stage:
    """Run ``attack-ledger ARGS`` in a child process, as a user would; stop if it fails."""
    started = time.monotonic()
    lines: list[tuple[float, str]] = []
    process = subprocess.Popen(
        [sys.executable, "-m", "ingest", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert process.stdout is not None
    for text in process.stdout:
        lines.append((time.monotonic() - started, text.rstrip()))
    _, status, usage = os.wait4(process.pid, 0)  # the child's own peak memory
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    if process.returncode != 0:
        print("\n".join(text for _, text in lines), file=sys.stderr)
        raise SystemExit(f"bench-e2e: attack-ledger {args[0]} failed ({process.returncode})")
    return Stage(name, seconds, usage.ru_maxrss / 1024, tuple(lines))  # Linux: kilobytes


def generate(out: Path, n: int, seed: int, *, copies: bool = False) -> None:
    from ingest.generate import main as generate_main

    generate_main([str(out), "--n", str(n), "--seed", str(seed), *(["--copies"] if copies else [])])


def scalar(db: Path, sql: str) -> object:
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(sql).fetchone()
    return row[0] if row else None


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m ingest.bench_e2e", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000)
    parser.add_argument("--work", type=Path, default=None, help="kept after the run if given")
    parser.add_argument("--copies", type=int, default=None, help="default: min(N, 1000)")
    parser.add_argument(
        "--workers", type=int, default=None, help="extraction processes (default: one per core)"
    )
    parser.add_argument(
        "--articles", type=Path, default=None, help="a folder generated before: not generated"
    )
    parser.add_argument("--full-only", action="store_true", help="stop after the full run")
    args = parser.parse_args(argv)
    n = args.n
    work = args.work or Path(tempfile.mkdtemp(prefix="attack-ledger-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        workers = [] if args.workers is None else ["--workers", str(args.workers)]
        copies = args.copies if args.copies is not None else min(n, 1_000)
        run(work, n, copies, workers, articles=args.articles, full_only=args.full_only)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def slowest_nodes(db: Path, count: int = 4) -> str:
    """The slowest dbt nodes of the last build, from dbt's ``run_results.json``."""
    path = db.with_name(db.name + ".state") / "dbt-target" / "run_results.json"
    results = json.loads(path.read_text(encoding="utf-8"))["results"]
    timed_nodes = sorted(results, key=lambda r: -float(r["execution_time"]))[:count]
    kinds: dict[str, float] = {}
    for r in results:
        kind = r["unique_id"].split(".")[0]
        kinds[kind] = kinds.get(kind, 0.0) + float(r["execution_time"])
    spent = ", ".join(f"{kind}s {seconds:.1f} s" for kind, seconds in sorted(kinds.items()))
    return (
        ", ".join(
            f"{r['unique_id'].split('.')[-1]} {float(r['execution_time']):.1f} s"
            for r in timed_nodes
        )
        + f" ({len(results)} nodes: {spent})"
    )


def run(
    work: Path,
    n: int,
    copies: int,
    workers: list[str],
    *,
    articles: Path | None = None,
    full_only: bool = False,
) -> None:
    more, copy_dir = work / "more", work / "copies"
    db, copies_db = work / "w.duckdb", work / "copies.duckdb"
    if articles is None:
        articles = work / "articles"
        started = time.monotonic()
        generate(articles, n, seed=1)
        print(f"generated {n} articles in {time.monotonic() - started:.0f} s ({articles})")
    else:
        print(f"articles generated before: {articles}")
    full = [
        timed("ingest", "ingest", str(articles), "--db", str(db)),
        timed("build", "build", "--db", str(db), *workers),
    ]
    build_nodes = slowest_nodes(db)
    full.append(timed("check", "check", "--db", str(db)))
    total = sum(s.seconds for s in full)
    versions = int(str(scalar(db, "select count(*) from raw.articles")))
    facts = scalar(db, "select count(*) from marts.fact_attacks")
    size = db.stat().st_size
    print(f"\nfull run: {n} articles ({versions} distinct versions), {facts} facts")
    for stage in full:
        print(stage.line(n))
    peak = max(s.peak_mb for s in full)
    print(f"{'total':<24} {total:8.1f} s {n / total:8.0f} art/s {peak:8.0f} MB")
    print(f"warehouse: {size / 1e6:.1f} MB, {size / n / 1e3:.1f} KB per article")
    print(f"slowest build nodes: {build_nodes}")
    if full_only:
        return

    extra = max(1, n // 100)
    generate(more, extra, seed=2)
    incremental = [
        timed("ingest +1 %", "ingest", str(articles), str(more), "--db", str(db)),
        timed("build +1 %", "build", "--db", str(db), *workers),
    ]
    inc_nodes = slowest_nodes(db)
    incremental.append(timed("check +1 %", "check", "--db", str(db)))
    inc_total = sum(s.seconds for s in incremental)
    print(f"\nincremental: {extra} new articles, the {n} others given again")
    for stage in incremental:
        print(stage.line(extra))
    print(f"publish after the +1 % build: {incremental[1].steps()}")
    print(f"{'total':<24} {inc_total:8.1f} s ({100 * inc_total / total:.0f} % of the full run)")
    print(f"slowest build nodes: {inc_nodes}")

    ten = work / "ten"
    generate(ten, 10, seed=4)
    few = timed("run +10 articles", "run", str(articles), str(more), str(ten), "--db", str(db))
    print(f"\n{few.line()} ({100 * few.seconds / total:.0f} % of the full run)")
    print(f"steps: {few.steps()}")
    print(f"slowest build nodes: {slowest_nodes(db)}")

    as_of = timed("as-of 2024-06-30", "as-of", "2024-06-30", "--db", str(db), "--json")
    print(f"\n{as_of.line()}")

    if copies:
        generate(copy_dir, copies, seed=3, copies=True)
        copied = timed(
            f"run on {copies} copies", "run", str(copy_dir), "--db", str(copies_db), *workers
        )
        copy_facts = scalar(copies_db, "select count(*) from marts.fact_attacks")
        n_copies = scalar(copies_db, "select max(n_copies) from marts.fact_attacks")
        print(f"\n{copied.line(copies)}")
        print(f"{copies} copies of one article: {copy_facts} facts, n_copies {n_copies}")


if __name__ == "__main__":
    main()
