"""The raw log: a dlt pipeline that appends article versions, sightings and rejects to DuckDB.

Nothing in the log is updated or deleted. Every table is written with dlt's ``insert-only`` merge
strategy on a content-derived key, so a re-run, or a run that finishes a killed one, adds nothing
that is already there. Keys are hashes of natural keys, never load order.

Re-runs are cheap: a file whose exact (path, size, modification time) and sidecar's were loaded
before is skipped unopened (``raw.input_files``; no cursor on modification times, so a restored
or copied file is read again), and rows already in the log are left out before dlt sees them,
so a run with nothing new adds no load package and no state.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dlt
import pyarrow as pa
from dlt.common.schema.typing import TColumnSchema
from dlt.destinations.exceptions import DatabaseUndefinedRelation
from dlt.destinations.impl.duckdb.configuration import DuckDbCredentials

from ingest.neardup import band_keys, signature, signature_hex
from ingest.readers import JSONL_SUFFIXES, SIDECAR_SUFFIX, ReaderConfig, iter_inputs
from ingest.records import ArticleCandidate, Rejection, RejectReason
from ingest.settings import Settings
from ingest.textnorm import stable_hash

PIPELINE_NAME = "attack_ledger"
RAW_DATASET = "raw"

_INSERT_ONLY: Any = {"disposition": "merge", "strategy": "insert-only"}
# Files read to their end are recorded (raw.input_files) once this many are waiting, after the
# load of the chunk holding their last input: memory holds at most about this many rows.
FILE_BATCH = 50_000


def _cols(**types: str) -> dict[str, TColumnSchema]:
    """Column hints so that every column exists with its type even while it holds only nulls."""
    columns: dict[str, TColumnSchema] = {}
    for name, spec in types.items():
        data_type, _, flag = spec.partition(":")
        column: dict[str, Any] = {"data_type": data_type, "nullable": flag != "required"}
        columns[name] = column  # type: ignore[assignment]
    return columns


ARTICLE_COLUMNS = _cols(
    article_id="text:required",
    version_id="text:required",
    source_uri="text:required",
    url="text",
    input_format="text:required",
    title="text",
    title_source="text",
    text="text:required",
    char_count="bigint:required",
    published_at="timestamp",
    published_local_date="date",
    published_precision="text",
    published_at_source="text",
    updated_at="timestamp",
    publisher="text",
    language="text",
    language_method="text",
    raw_sha256="text:required",
    ingested_at="timestamp:required",
)
SIGHTING_COLUMNS = _cols(
    sighting_id="text:required",
    version_id="text:required",
    article_id="text:required",
    source_uri="text:required",
    input_path="text:required",
    line_number="bigint",
    input_format="text:required",
    seen_at="timestamp:required",
)
REJECT_COLUMNS = _cols(
    reject_id="text:required",
    source_uri="text:required",
    input_path="text:required",
    line_number="bigint",
    reason="text:required",
    message="text:required",
    byte_size="bigint",
    raw_sha256="text",
    rejected_at="timestamp:required",
)
MINHASH_COLUMNS = _cols(
    version_id="text:required",
    signature="text:required",
    band_keys="text:required",
)
INPUT_FILE_COLUMNS = _cols(
    file_id="text:required",
    input_path="text:required",
    byte_size="bigint:required",
    modified_ns="bigint:required",
    sidecar_byte_size="bigint",
    sidecar_modified_ns="bigint",
    loaded_at="timestamp:required",
)
INPUT_FILES = "input_files"


_ARROW_TYPES: dict[str, pa.DataType] = {
    "text": pa.string(),
    "bigint": pa.int64(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "date": pa.date32(),
}


def arrow_schema(columns: dict[str, TColumnSchema]) -> pa.Schema:
    """The Arrow schema matching a table's column hints."""
    return pa.schema(
        [
            pa.field(name, _ARROW_TYPES[str(col["data_type"])], nullable=bool(col["nullable"]))
            for name, col in columns.items()
        ]
    )


def article_id_for(candidate: ArticleCandidate) -> str:
    """Stable across versions: the canonical URL, else the file path, else the text itself."""
    if candidate.url:
        return stable_hash("url", candidate.url)
    if candidate.line_number is None:
        return stable_hash("path", candidate.source_uri)
    return stable_hash("text", candidate.text)


def version_id_for(text: str) -> str:
    """One version per distinct normalized text."""
    return stable_hash("text", text)


def article_row(candidate: ArticleCandidate, at: datetime) -> dict[str, Any]:
    published = candidate.published
    return {
        "article_id": article_id_for(candidate),
        "version_id": version_id_for(candidate.text),
        "source_uri": candidate.source_uri,
        "url": candidate.url,
        "input_format": candidate.input_format,
        "title": candidate.title,
        "title_source": candidate.title_source,
        "text": candidate.text,
        "char_count": len(candidate.text),
        "published_at": published.instant if published else None,
        "published_local_date": published.local_date if published else None,
        "published_precision": published.precision if published else None,
        "published_at_source": published.source if published else None,
        "updated_at": candidate.updated_at,
        "publisher": candidate.publisher,
        "language": candidate.language,
        "language_method": candidate.language_method,
        "raw_sha256": candidate.raw_sha256,
        "ingested_at": at,
    }


def minhash_row(candidate: ArticleCandidate) -> dict[str, Any]:
    """The version's MinHash signature and band keys (``ingest.neardup``): copies share bands."""
    values = signature(candidate.text)
    return {
        "version_id": version_id_for(candidate.text),
        "signature": signature_hex(values),
        "band_keys": " ".join(band_keys(values)),
    }


def sighting_row(candidate: ArticleCandidate, at: datetime) -> dict[str, Any]:
    version_id = version_id_for(candidate.text)
    return {
        "sighting_id": stable_hash(version_id, candidate.source_uri),
        "version_id": version_id,
        "article_id": article_id_for(candidate),
        "source_uri": candidate.source_uri,
        "input_path": candidate.input_path,
        "line_number": candidate.line_number,
        "input_format": candidate.input_format,
        "seen_at": at,
    }


def reject_row(rejection: Rejection, at: datetime) -> dict[str, Any]:
    return {
        "reject_id": stable_hash(
            rejection.source_uri, rejection.reason.value, rejection.raw_sha256 or ""
        ),
        "source_uri": rejection.source_uri,
        "input_path": rejection.input_path,
        "line_number": rejection.line_number,
        "reason": rejection.reason.value,
        "message": rejection.message,
        "byte_size": rejection.byte_size,
        "raw_sha256": rejection.raw_sha256,
        "rejected_at": at,
    }


def input_file_row(uri: str, status: os.stat_result, path: Path, at: datetime) -> dict[str, Any]:
    """A file as read: its path, size and modification time, and its sidecar's (if any)."""
    sidecar = None
    if path.suffix.lower() not in JSONL_SUFFIXES:
        try:
            sidecar = os.stat(path.with_suffix(SIDECAR_SUFFIX))
        except OSError:
            sidecar = None
    side_size = sidecar.st_size if sidecar else None
    side_ns = sidecar.st_mtime_ns if sidecar else None
    return {
        "file_id": stable_hash(
            "file",
            uri,
            str(status.st_size),
            str(status.st_mtime_ns),
            "" if side_size is None else str(side_size),
            "" if side_ns is None else str(side_ns),
        ),
        "input_path": uri,
        "byte_size": status.st_size,
        "modified_ns": status.st_mtime_ns,
        "sidecar_byte_size": side_size,
        "sidecar_modified_ns": side_ns,
        "loaded_at": at,
    }


class FileLedger:
    """The files loaded before, and those read now: the skip test handed to the readers.

    A file is recorded only once everything it gave is loaded, and not when reading it failed
    (``unreadable``): a killed run, or a file that could not be read, is read again next time.
    The readers open one file at a time, so every file read before the one open now is
    complete; those are recorded in batches along the way (:meth:`complete`), not all at the
    end, so that memory does not grow with the number of files.
    """

    def __init__(self, known: set[str], at: datetime) -> None:
        self.known = known
        self.at = at
        self.skipped = 0
        self.read: dict[str, dict[str, Any]] = {}
        self.current: str | None = None  # the file open now: maybe not read to its end

    def skip(self, uri: str, status: os.stat_result, path: Path) -> bool:
        row = input_file_row(uri, status, path, self.at)
        if row["file_id"] in self.known:
            self.skipped += 1
            return True
        self.read[uri] = row
        self.current = uri
        return False

    def failed(self, rejection: Rejection) -> None:
        if rejection.reason is RejectReason.UNREADABLE:
            self.read.pop(rejection.input_path, None)

    def complete(self, *, including_current: bool = False) -> list[dict[str, Any]]:
        """Take the rows of the files read to their end (every file once the readers are done)."""
        done = [row for uri, row in self.read.items() if including_current or uri != self.current]
        if including_current:
            self.read = {}
        else:
            self.read = {u: r for u, r in self.read.items() if u == self.current}
        return done


@dataclass
class IngestReport:
    """What one ingest saw and what it added to the log."""

    inputs_read: int = 0
    inputs_skipped: int = 0  # files loaded before, unchanged: not opened
    articles_seen: int = 0
    rejected_seen: int = 0
    articles_added: int = 0
    sightings_added: int = 0
    rejects_added: int = 0
    articles_in_log: int = 0  # article versions in the log after this ingest, old and new
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def added_nothing(self) -> bool:
        """Whether the log is exactly what it was before this ingest."""
        return not (self.articles_added or self.sightings_added or self.rejects_added)


def make_pipeline(settings: Settings) -> dlt.Pipeline:
    """The dlt pipeline writing into the warehouse's ``raw`` schema, state kept beside the file."""
    # Arrow rows get dlt's load id column too, so every raw row says which load wrote it.
    dlt.config["normalize.parquet_normalizer.add_dlt_load_id"] = True
    # The log lives in DuckDB; the job files of finished loads need not pile up beside it.
    dlt.config["load.delete_completed_jobs"] = True
    return dlt.pipeline(
        pipeline_name=PIPELINE_NAME,
        destination=dlt.destinations.duckdb(
            DuckDbCredentials(
                str(settings.db_path), global_config=settings.duckdb_config(ingest=True)
            )
        ),
        dataset_name=RAW_DATASET,
        pipelines_dir=str(settings.state_dir / "dlt"),
    )


def discard_unfinished_loads(pipeline: dlt.Pipeline) -> None:
    """Drop the load packages a killed run left behind, before loading anything new.

    dlt would otherwise load them first and skip the data passed to ``run``; and resuming a
    package cut mid-load can fail on its half-moved job files. Dropping is safe here: this run
    reads its inputs again, and insert-only loads on content keys add exactly what is missing.
    """
    if pipeline.has_pending_data:
        pipeline.drop_pending_packages()


# The raw tables: name, key and column hints. Every one is written insert-only on its key.
RAW_TABLES: tuple[tuple[str, str, dict[str, TColumnSchema]], ...] = (
    ("articles", "version_id", ARTICLE_COLUMNS),
    ("article_sightings", "sighting_id", SIGHTING_COLUMNS),
    ("rejected_inputs", "reject_id", REJECT_COLUMNS),
    ("article_minhashes", "version_id", MINHASH_COLUMNS),
)


def _resources(*tables: list[dict[str, Any]]) -> list[Any]:
    """Rows go to dlt as Arrow tables: faster than dicts, and an empty one still makes its table."""
    return [
        dlt.resource(
            pa.Table.from_pylist(rows, schema=arrow_schema(columns)),
            name=name,
            write_disposition=_INSERT_ONLY,
            primary_key=key,
            columns=columns,
        )
        for (name, key, columns), rows in zip(RAW_TABLES, tables, strict=True)
    ]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest_paths(
    paths: list[Path],
    settings: Settings,
    *,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read every input under ``paths`` and append what is new to the raw log."""
    report = IngestReport()
    pipeline = make_pipeline(settings)
    discard_unfinished_loads(pipeline)
    before = _row_counts(pipeline)
    at = datetime.now(UTC)
    ledger = FileLedger(_existing_keys(pipeline, INPUT_FILES, "file_id", None), at)
    config = ReaderConfig(max_bytes=settings.max_bytes, now=at, skip_file=ledger.skip)
    for chunk in _chunks(iter_inputs(paths, config), settings.chunk_size):
        # A version or sighting seen in an earlier chunk is in the log now (each chunk is
        # loaded before the next is read): _new_rows leaves it out, so these sets hold one chunk.
        seen_versions: set[str] = set()
        seen_sightings: set[str] = set()
        articles: list[dict[str, Any]] = []
        sightings: list[dict[str, Any]] = []
        rejects: list[dict[str, Any]] = []
        by_version: dict[str, ArticleCandidate] = {}
        for item in chunk:
            report.inputs_read += 1
            if isinstance(item, Rejection):
                report.rejected_seen += 1
                report.rejections.append(item)
                rejects.append(reject_row(item, at))
                ledger.failed(item)
                continue
            report.articles_seen += 1
            sighting = sighting_row(item, at)
            if sighting["sighting_id"] not in seen_sightings:
                seen_sightings.add(sighting["sighting_id"])
                sightings.append(sighting)
            if sighting["version_id"] not in seen_versions:
                seen_versions.add(sighting["version_id"])
                articles.append(article_row(item, at))
                by_version[sighting["version_id"]] = item
        new = [
            _new_rows(pipeline, name, key, rows)
            for (name, key, _columns), rows in zip(
                RAW_TABLES[:3], (articles, sightings, rejects), strict=True
            )
        ]
        # signatures only for the versions new to the log (the costly part of this step)
        minhashes = [minhash_row(by_version[row["version_id"]]) for row in new[0]]
        new.append(minhashes)
        if any(new):
            pipeline.run(_resources(*new))
        if len(ledger.read) > FILE_BATCH:
            _record_files(pipeline, ledger.complete())
        if on_progress is not None:
            on_progress(len(chunk))
    _record_files(pipeline, ledger.complete(including_current=True))
    report.inputs_skipped = ledger.skipped
    after = _row_counts(pipeline)
    report.articles_added = after["articles"] - before["articles"]
    report.sightings_added = after["article_sightings"] - before["article_sightings"]
    report.rejects_added = after["rejected_inputs"] - before["rejected_inputs"]
    report.articles_in_log = after["articles"]
    return report


def _record_files(pipeline: dlt.Pipeline, rows: list[dict[str, Any]]) -> None:
    """Record files read to their end and whose inputs are loaded (those not recorded yet)."""
    files = _new_rows(pipeline, INPUT_FILES, "file_id", rows)
    if files:
        pipeline.run(
            dlt.resource(
                pa.Table.from_pylist(files, schema=arrow_schema(INPUT_FILE_COLUMNS)),
                name=INPUT_FILES,
                write_disposition=_INSERT_ONLY,
                primary_key="file_id",
                columns=INPUT_FILE_COLUMNS,
            )
        )


def _existing_keys(
    pipeline: dlt.Pipeline, table: str, key: str, among: list[str] | None
) -> set[str]:
    """The keys of ``table`` already in the log (only those ``among`` the given ones, if any)."""
    query = f"select {key} from {RAW_DATASET}.{table}"
    args: list[Any] = []
    if among is not None:
        query += f" where {key} in (select unnest(?::varchar[]))"
        args = [among]
    with pipeline.sql_client() as client:
        try:
            rows = client.execute_sql(query, *args)
        except DatabaseUndefinedRelation:
            return set()  # not created yet: the first ingest into this warehouse
    return {str(row[0]) for row in rows or []}


def _new_rows(
    pipeline: dlt.Pipeline, table: str, key: str, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows whose key the log does not hold yet (insert-only would skip the others)."""
    if not rows:
        return rows
    existing = _existing_keys(pipeline, table, key, [row[key] for row in rows])
    return [row for row in rows if row[key] not in existing]


def _row_counts(pipeline: dlt.Pipeline) -> dict[str, int]:
    counts = {name: 0 for name, _key, _columns in RAW_TABLES}
    with pipeline.sql_client() as client:
        for table in counts:
            try:
                rows = client.execute_sql(f"select count(*) from {RAW_DATASET}.{table}")
            except DatabaseUndefinedRelation:
                continue  # not created yet: the first ingest into this warehouse
            counts[table] = int(rows[0][0]) if rows else 0
    return counts
