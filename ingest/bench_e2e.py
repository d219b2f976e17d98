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
``--full-only --work DIR`` also keeps a copy of the warehouse it built (its file, state,
published copy and check results) and the full run's figures in DIR/full; ``--again --work
DIR`` then puts that copy back in place and runs only the incremental steps, so that a change
to them can be measured again in a few minutes.

Each stage's CPU time (user and system, its child processes included) is printed beside its
wall time: on a shared machine the wall time says as much about the other jobs as about ours.
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
    cpu_seconds: float = 0.0  # user + system, the command's child processes included

    def line(self, articles: int | None = None) -> str:
        rate = f"{articles / self.seconds:8.0f} art/s" if articles and self.seconds else " " * 14
        return (
            f"{self.name:<24} {self.seconds:8.1f} s {rate} {self.peak_mb:8.0f} MB"
            f" {self.cpu_seconds:8.1f} s CPU"
        )

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
    cpu = usage.ru_utime + usage.ru_stime  # with the children it waited for (the workers)
    return Stage(name, seconds, usage.ru_maxrss / 1024, tuple(lines), cpu)  # Linux: kilobytes


def generate(out: Path, n: int, seed: int, *, copies: bool = False) -> None:
    from ingest.generate import main as generate_main

    generate_main([str(out), "--n", str(n), "--seed", str(seed), *(["--copies"] if copies else [])])


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3])


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
    parser.add_argument(
        "--again",
        action="store_true",
        help="with --work DIR of a --full-only run: the incremental runs on its warehouse again",
    )
    args = parser.parse_args(argv)
    if args.again and args.work is None:
        parser.error("--again needs --work DIR, the folder of a --full-only run")
    n = args.n
    work = args.work or Path(tempfile.mkdtemp(prefix="attack-ledger-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        workers = [] if args.workers is None else ["--workers", str(args.workers)]
        copies = args.copies if args.copies is not None else min(n, 1_000)
        run(
            work,
            n,
            copies,
            workers,
            articles=args.articles,
            full_only=args.full_only,
            again=args.again,
        )
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


# What a full run leaves beside its warehouse file, saved by --full-only and restored by --again.
WAREHOUSE_FILES = ("w.duckdb", "w.duckdb.state", "w.duckdb.docs", "w.published.duckdb")
SAVED = "full"


def _copy_warehouse(source_dir: Path, target_dir: Path) -> None:
    """Copy the warehouse's files and folders that exist (``WAREHOUSE_FILES``)."""
    for name in WAREHOUSE_FILES:
        source = source_dir / name
        if source.is_dir():
            shutil.copytree(source, target_dir / name, symlinks=True)
        elif source.exists():
            shutil.copy2(source, target_dir / name)


def save_full(work: Path, stages: list[Stage], n: int) -> None:
    """Keep a copy of the full run's warehouse and its figures in WORK/full, for --again."""
    saved = work / SAVED
    shutil.rmtree(saved, ignore_errors=True)
    saved.mkdir()
    _copy_warehouse(work, saved)
    figures = {"n": n, "stages": [[s.name, s.seconds, s.peak_mb, s.cpu_seconds] for s in stages]}
    (saved / "full.json").write_text(json.dumps(figures), encoding="utf-8")


def restore_full(work: Path) -> tuple[list[Stage], int]:
    """Put the saved full run's warehouse back in place (at the same path: dbt's partial parse
    and dlt's state are as the full run left them); its stages and article count."""
    saved = work / SAVED
    figures = json.loads((saved / "full.json").read_text(encoding="utf-8"))
    for name in (*WAREHOUSE_FILES, "w.duckdb.lock", "w.duckdb.wal"):
        target = work / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.chmod(0o644)
            target.unlink()
    _copy_warehouse(saved, work)
    stages = [Stage(name, sec, peak, (), cpu) for name, sec, peak, cpu in figures["stages"]]
    return stages, int(figures["n"])


def built_by_other_code(db: Path) -> bool:
    """Whether a build of ``db`` now would be a full one (the dbt project, the gazetteer or the
    extractor changed since it was built): the incremental runs would not be measured."""
    from ingest import build_state
    from ingest.settings import build_settings
    from ingest.warehouse import connect_readonly

    settings = build_settings(db)
    with connect_readonly(settings) as con:
        inputs = build_state.current_inputs(settings, con)
    return build_state.plan_build(settings, inputs, full_refresh=False) is build_state.Plan.FULL


def run(
    work: Path,
    n: int,
    copies: int,
    workers: list[str],
    *,
    articles: Path | None = None,
    full_only: bool = False,
    again: bool = False,
) -> None:
    db = work / "w.duckdb"
    if articles is None:
        articles = work / "articles"
        if again:
            print(f"articles generated before: {articles}")
        else:
            started = time.monotonic()
            generate(articles, n, seed=1)
            print(f"generated {n} articles in {time.monotonic() - started:.0f} s ({articles})")
    else:
        print(f"articles generated before: {articles}")
    if again:
        full, n = restore_full(work)
        print(f"full run restored from {work / SAVED} ({n} articles)")
        if built_by_other_code(db):
            # Not timed: the saved full run's figures stay those of the code that made it.
            print("the saved warehouse was built by other code: building it again first")
            timed("build again", "build", "--db", str(db), *workers)
            timed("check again", "check", "--db", str(db))
            save_full(work, full, n)
    else:
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
    cpu = sum(s.cpu_seconds for s in full)
    print(f"{'total':<24} {total:8.1f} s {n / total:8.0f} art/s {peak:8.0f} MB {cpu:8.1f} s CPU")
    if not again:
        print(f"warehouse: {size / 1e6:.1f} MB, {size / n / 1e3:.1f} KB per article")
        print(f"slowest build nodes: {build_nodes}")
    if full_only:
        save_full(work, full, n)
        return
    incremental_runs(work, db, articles, n, total, copies, workers)


def incremental_runs(
    work: Path, db: Path, articles: Path, n: int, total: float, copies: int, workers: list[str]
) -> None:
    """+1 %, ``run`` with 10 new articles, ``as-of``, and the run on copies of one article."""
    more, copy_dir, copies_db = work / "more", work / "copies", work / "copies.duckdb"
    extra = max(1, n // 100)
    if not any(more.glob("*.jsonl")):  # kept from an earlier --again run: the same articles
        generate(more, extra, seed=2)
    print(f"\nload average before the incremental runs: {load_average()}")
    incremental = [
        timed("ingest +1 %", "ingest", str(articles), str(more), "--db", str(db)),
        timed("build +1 %", "build", "--db", str(db), *workers),
    ]
    inc_nodes = slowest_nodes(db)
    incremental.append(timed("check +1 %", "check", "--db", str(db)))
    inc_total = sum(s.seconds for s in incremental)
    inc_cpu = sum(s.cpu_seconds for s in incremental)
    print(f"\nincremental: {extra} new articles, the {n} others given again")
    for stage in incremental:
        print(stage.line(extra))
    print(f"publish after the +1 % build: {incremental[1].steps()}")
    print(
        f"{'total':<24} {inc_total:8.1f} s ({100 * inc_total / total:.0f} % of the full run)"
        f" {inc_cpu:8.1f} s CPU"
    )
    print(f"slowest build nodes: {inc_nodes}")

    ten = work / "ten"
    if not any(ten.glob("*.jsonl")):
        generate(ten, 10, seed=4)
    few = timed("run +10 articles", "run", str(articles), str(more), str(ten), "--db", str(db))
    print(f"\n{few.line()} ({100 * few.seconds / total:.0f} % of the full run)")
    print(f"steps: {few.steps()}")
    print(f"slowest build nodes: {slowest_nodes(db)}")

    as_of = timed("as-of 2024-06-30", "as-of", "2024-06-30", "--db", str(db), "--json")
    print(f"\n{as_of.line()}")

    if copies:
        shutil.rmtree(copy_dir, ignore_errors=True)
        for leftover in work.glob("copies.*"):  # an earlier run's warehouse: start afresh
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
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
