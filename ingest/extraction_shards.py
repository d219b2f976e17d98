"""Parallel extraction: the new article versions split in shards, one process per shard.

The extraction model (``models/staging/stg_extraction_log.py``) runs inside dbt, which holds the
warehouse open for writing, so no other process can open it, even to read. With ``W`` workers the
model has DuckDB write the shards of the versions to extract (``hash(version_id) % S``, ``S`` =
``W``, or more when a shard would exceed ``MAX_SHARD_ROWS``) to Parquet files itself and starts one
``python -m ingest.extraction_shards`` process per file, ``W`` at a time. Each worker reads its own
file in record batches and writes its log rows to a Parquet file of its own; once every worker is
done, the model returns a DuckDB relation over those files, which DuckDB reads itself. No
article text passes through a pipe, and no log row through Python in the build process: streamed
there as Arrow batches, the log stayed in memory as DuckDB wrote it (about 0.55 GB per million
rows, ``README``, "Memory at a million articles: third pass"). The build process holds no
extractor (its gazetteer and automata, about 0.5 GB), only dbt and DuckDB.

Every version is extracted by exactly one process with the same extractor (same seeds, same
gazetteer, same ``extracted_at``), so the log holds the same rows whatever the worker count, only in
another order (``tests/python/test_extraction_shards.py``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from ingest.extraction_job import (
    ARTICLE_COLUMNS,
    BATCH_ROWS,
    LOG_SCHEMA,
    build_extractor,
    extraction_log_batch,
)
from ingest.settings import WORKERS_ENV

# With the default worker count, a shard smaller than this is not worth a process: starting one
# (Python, the gazetteer, the automata) costs about 2.5 s, the time to extract ~1,000 versions.
MIN_SHARD_ROWS = 1_000
# A worker process grows with what it extracts (from about 480 MB to 755 MB over half a million
# versions): no process extracts more than this many, a fresh one takes the next shard.
MAX_SHARD_ROWS = 100_000
WORK_PREFIX = "extraction-"  # the shards' folder in the warehouse's state folder


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def workers_for(requested: int | None, rows: int) -> int:
    """How many processes extract ``rows`` new versions.

    ``requested`` (``--workers``) is honoured up to one version per worker; by default, one
    worker per core, but no more than one per ``MIN_SHARD_ROWS`` versions.
    """
    if requested is None:
        return max(1, min(cores(), rows // MIN_SHARD_ROWS))
    return max(1, min(requested, rows))


def requested_workers(environ: Mapping[str, str]) -> int | None:
    """The worker count the CLI passed to the dbt model (``None``: the default)."""
    text = environ.get(WORKERS_ENV, "").strip()
    return int(text) if text else None


@dataclass
class _Worker:
    shard: int
    process: subprocess.Popen[bytes]
    source: Path  # the shard's versions
    out: Path  # its log rows
    log: Path  # what the process printed


def shard_count(rows: int, workers: int, max_rows: int = MAX_SHARD_ROWS) -> int:
    """How many shards ``rows`` versions are split in: one per worker, more when a worker
    would otherwise extract more than ``max_rows``."""
    return max(workers, -(-rows // max_rows))


def sharded_log(
    connection: duckdb.DuckDBPyConnection,
    articles: Any,
    seed_tables: Mapping[str, pa.Table],
    gazetteer: Path,
    extracted_at: datetime,
    workers: int,
    work_parent: Path | None = None,
    *,
    rows: int | None = None,
    max_shard_rows: int = MAX_SHARD_ROWS,
) -> duckdb.DuckDBPyRelation:
    """The extraction log of the DuckDB relation ``articles`` (``rows`` versions, counted when
    not given), extracted by ``workers`` processes at a time, as a relation of ``connection``.

    The shards (:func:`shard_count`) are written to Parquet by DuckDB and extracted by child
    processes, each shard by a process of its own, ``workers`` of them at once, each writing
    its log rows to Parquet; the result reads those files. The work folder (under
    ``work_parent``) is removed once the result is released, and any a killed build left there
    before this one starts.
    """
    if rows is None:
        rows = int(articles.aggregate("count(*)").fetchone()[0])
    shards = shard_count(rows, workers, max_shard_rows)
    shard_of = f"hash(version_id) % {shards}"
    if work_parent is not None:
        # a build killed mid-extraction leaves its folder; the writer lock says none is in use
        for leftover in work_parent.glob(f"{WORK_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=work_parent))
    try:
        seeds = work / "seeds"
        seeds.mkdir()
        for name, table in seed_tables.items():
            pq.write_table(table, seeds / f"{name}.parquet")
        paths = []
        for shard in range(shards):
            path = work / f"shard-{shard}.parquet"
            articles.filter(f"{shard_of} = {shard}").to_parquet(
                str(path), row_group_size=BATCH_ROWS
            )
            paths.append(path)
        starts: list[Callable[[], _Worker]] = [
            partial(_start, shard, path, seeds, gazetteer, extracted_at, work)
            for shard, path in enumerate(paths)
        ]
        logs = _run(starts, workers)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    log = connection.read_parquet([str(path) for path in logs])
    # DuckDB reads the files when the relation is consumed (by dbt, after the model returns)
    weakref.finalize(log, shutil.rmtree, work, ignore_errors=True)
    return log


def _start(
    shard: int, path: Path, seeds: Path, gazetteer: Path, extracted_at: datetime, work: Path
) -> _Worker:
    out = work / f"log-{shard}.parquet"
    log = work / f"worker-{shard}.log"
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ingest.extraction_shards",
                str(path),
                str(out),
                "--seeds",
                str(seeds),
                "--gazetteer",
                str(gazetteer),
                "--extracted-at",
                extracted_at.isoformat(),
            ],
            stdin=subprocess.DEVNULL,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    return _Worker(shard, process, path, out, log)


def _run(starts: list[Callable[[], _Worker]], workers: int) -> list[Path]:
    """Run the shards' processes, ``workers`` at a time, each in turn waited for and replaced by
    the next; return their log files. A failed process stops the others."""
    children = [start() for start in starts[:workers]]
    pending = starts[workers:]
    try:
        index = 0
        while index < len(children):
            child = children[index]
            index += 1
            status = child.process.wait()
            if status != 0:
                tail = child.log.read_text(encoding="utf-8", errors="replace").strip()
                last = tail.splitlines()[-1] if tail else "no output"
                raise RuntimeError(
                    f"extraction worker {child.shard} failed (exit {status}): {last}"
                )
            child.source.unlink()  # extracted: only its log is read from here on
            if pending:
                children.append(pending.pop(0)())
    except BaseException:
        _stop(children)
        raise
    return [child.out for child in children]


def _stop(children: list[_Worker]) -> None:
    """End children still running (a worker failed, or the build was interrupted)."""
    for child in children:
        if child.process.poll() is None:
            child.process.kill()
            child.process.wait()


def extract_shard(
    shard: Path, out: Path, seeds: Path, gazetteer: Path, extracted_at: datetime
) -> int:
    """A worker's job: the log of the versions in the Parquet file ``shard``, to ``out``."""
    seed_tables = {path.stem: pq.read_table(path) for path in sorted(seeds.glob("*.parquet"))}
    extractor = build_extractor(seed_tables, gazetteer)
    rows = 0
    source = pq.ParquetFile(shard)
    with pq.ParquetWriter(out, LOG_SCHEMA) as writer:
        for batch in source.iter_batches(batch_size=BATCH_ROWS, columns=list(ARTICLE_COLUMNS)):
            writer.write_batch(extraction_log_batch(batch, extractor, extracted_at))
            rows += batch.num_rows
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m ingest.extraction_shards",
        description="Extract one shard of article versions (started by the extraction model).",
    )
    parser.add_argument("shard", type=Path, help="Parquet file of article versions")
    parser.add_argument("out", type=Path, help="Parquet file the log rows are written to")
    parser.add_argument("--seeds", type=Path, required=True, help="folder of seed Parquet files")
    parser.add_argument("--gazetteer", type=Path, required=True)
    parser.add_argument("--extracted-at", type=datetime.fromisoformat, required=True)
    args = parser.parse_args(argv)
    extract_shard(args.shard, args.out, args.seeds, args.gazetteer, args.extracted_at)


if __name__ == "__main__":
    main()
