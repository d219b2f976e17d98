"""The warehouse file: one writer at a time, dbt runs on it, and read-only queries for reports."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import filelock

from ingest.errors import ExitCode, UserError
from ingest.files import display_path
from ingest.settings import (
    DB_ENV,
    EXTRACTION_MEMORY_LIMIT_ENV,
    GAZETTEER_ENV,
    INCREMENTAL_ENV,
    MEMORY_LIMIT_ENV,
    WORKERS_ENV,
    Settings,
    dbt_project_dir,
)

DUCKDB_MAGIC = b"DUCK"  # bytes 8 to 12 of every DuckDB database file


class WarehouseError(UserError):
    """The warehouse file cannot be used as asked: missing, not DuckDB, not writable."""


class WarehouseMissingError(WarehouseError):
    """No warehouse file where one is needed: reports and builds never create one."""


class WarehouseBusyError(WarehouseError):
    """Another attack-ledger run, or another program, holds the warehouse."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.BUSY)


def require_warehouse(settings: Settings) -> None:
    """Refuse a missing warehouse, or a file that is not a DuckDB database, before opening it."""
    _check_encodable(settings.db_path)
    path = settings.db_path
    if not path.exists():
        raise WarehouseMissingError(
            f"no warehouse at {path}: run attack-ledger ingest PATH (or run) first"
        )
    _check_duckdb_file(path)


def _check_encodable(path: Path) -> None:
    """DuckDB takes paths as UTF-8: a file name whose bytes are not UTF-8 cannot be a warehouse."""
    shown = display_path(path)
    if shown != str(path):
        raise WarehouseError(f"{shown}: DuckDB cannot open a path that is not UTF-8; rename it")


def _check_duckdb_file(path: Path) -> None:
    if not path.is_file():
        raise WarehouseError(f"{path} is not a regular file, so it cannot be a warehouse")
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError as exc:
        raise WarehouseError(f"cannot read {path}: {exc.strerror}") from None
    if head[8:12] != DUCKDB_MAGIC:
        what = "an empty file" if not head else "not a DuckDB database file"
        raise WarehouseError(f"{path} is {what}; give --db a DuckDB file or a new path")


def prepare_for_writing(settings: Settings) -> None:
    """Check, before anything is created beside it, that a run can write the warehouse.

    The folder must exist or be creatable and be writable, and an existing file must be a
    DuckDB database. Nothing (lock, state folder) is left behind when a check fails.
    """
    _check_encodable(settings.db_path)
    path = settings.db_path
    if path.name.endswith(".published.duckdb"):
        raise WarehouseError(
            f"{path} is the published, read-only copy of a warehouse: give --db the working "
            "file beside it"
        )
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise WarehouseError(
            f"{folder} is not a folder (a part of that path is a file): no warehouse can go there"
        ) from None
    except OSError as exc:
        raise WarehouseError(f"cannot create the folder {folder}: {exc.strerror}") from None
    try:
        fd, probe = tempfile.mkstemp(prefix=".attack-ledger-probe-", dir=folder)
    except OSError as exc:
        raise WarehouseError(f"cannot write in {folder}: {exc.strerror}") from None
    os.close(fd)
    os.unlink(probe)
    if path.exists():
        _check_duckdb_file(path)


@contextmanager
def writer_lock(settings: Settings) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to ``lock_timeout`` seconds, then fail clearly.

    DuckDB allows one writer per file and does not wait, so runs queue on this lock first. The
    lock sits beside the real file (``settings.db_path`` is resolved), so a link to the
    warehouse takes the same lock. Once held, the file is opened for writing once: another
    program holding it fails the run now, with a clear message, and a lock file this run
    created is removed again.
    """
    lock_path = settings.lock_path
    created = not os.path.lexists(lock_path)
    lock = filelock.FileLock(str(lock_path), timeout=settings.lock_timeout)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise WarehouseBusyError(
            f"another attack-ledger run is writing to {settings.db_path} "
            f"(waited {settings.lock_timeout:.0f} s for {lock_path}); "
            "try again when it has finished"
        ) from None
    except OSError as exc:
        raise WarehouseError(f"cannot create the lock file {lock_path}: {exc.strerror}") from None
    try:
        try:
            _open_for_writing(settings)
        except WarehouseError:
            if created:
                with suppress(OSError):
                    lock_path.unlink()  # filelock waiters see the unlink and retry on a new file
            raise
        yield
    finally:
        lock.release()


def _open_for_writing(settings: Settings) -> None:
    """Open the warehouse read-write once and close it: the error, if any, as a clear one."""
    try:
        con = duckdb.connect(str(settings.db_path), config=settings.duckdb_config())
    except duckdb.Error as exc:
        raise duckdb_error(exc, settings.db_path) from None
    con.close()


def duckdb_error(exc: BaseException, path: Path) -> WarehouseError:
    """DuckDB's error on opening ``path`` as the one line a user can act on."""
    text = str(exc)
    first = text.splitlines()[0] if text else type(exc).__name__
    if "Could not set lock" in text or "Conflicting lock" in text:
        holder = re.search(r"held in (.+?) \(PID (\d+)\)", text)
        who = f"{holder[1]} (PID {holder[2]})" if holder else "another program"
        return WarehouseBusyError(
            f"{path} is open in {who}; close it there (a BI tool, a notebook, the DuckDB "
            "CLI) and try again"
        )
    if "not a valid DuckDB database file" in text:
        return WarehouseError(f"{path} is not a DuckDB database file")
    if "Permission denied" in text or "Read-only file system" in text:
        return WarehouseError(f"cannot open {path} for writing: {first}")
    return WarehouseError(f"cannot open {path}: {first}")


def connect_readonly(settings: Settings) -> duckdb.DuckDBPyConnection:
    """A read-only connection; a missing, foreign or busy file is a clear error, never created."""
    require_warehouse(settings)
    try:
        return duckdb.connect(
            str(settings.db_path), read_only=True, config=settings.duckdb_config()
        )
    except duckdb.Error as exc:
        raise duckdb_error(exc, settings.db_path) from None


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    row = con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, table],
    ).fetchone()
    return bool(row and row[0])


@dataclass
class DbtOutcome:
    """What a dbt invocation did: success, and the nodes that failed or warned, with messages."""

    success: bool
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None
    shown: list[tuple[Any, ...]] = field(default_factory=list)  # the rows of a ``dbt show``


def run_dbt(
    settings: Settings,
    args: list[str],
    *,
    on_node_done: Callable[[str, str], None] | None = None,
    incremental: bool = False,
) -> DbtOutcome:
    """Run a dbt command in-process against the warehouse, its target and logs kept beside it.

    ``incremental``: a build on new loads only, whose incremental models replace only the rows
    the new loads change (``ingest.build_state``)."""
    from dbt.cli.main import dbtRunner  # imported lazily: dbt costs seconds to import

    os.environ[DB_ENV] = str(settings.db_path)
    os.environ[GAZETTEER_ENV] = str(settings.gazetteer_dir)
    os.environ[INCREMENTAL_ENV] = "true" if incremental else "false"
    os.environ[MEMORY_LIMIT_ENV] = settings.memory_limit  # profiles.yml: settings
    # stg_extraction_log's, while it runs; its post-hook sets the one above back
    os.environ[EXTRACTION_MEMORY_LIMIT_ENV] = settings.extraction_memory_limit
    if settings.workers is None:
        os.environ.pop(WORKERS_ENV, None)
    else:
        os.environ[WORKERS_ENV] = str(settings.workers)
    state = settings.state_dir
    root = dbt_project_dir()

    def callback(event: Any) -> None:
        if on_node_done is None:
            return
        if event.info.name == "NodeFinished":
            node = event.data.node_info
            on_node_done(node.unique_id, node.node_status)

    runner = dbtRunner(callbacks=[callback])
    target = state / "dbt-target"
    # dbt writes manifest.json (1.5 MB at this project's size) twice per command, about 1 s of
    # a small build; only `docs generate` needs it. run_results.json is written below.
    write_json = args[:1] == ["docs"]
    full = [
        *args,
        *([] if write_json else ["--no-write-json"]),
        "--project-dir",
        str(root),
        "--profiles-dir",
        str(root),
        "--target-path",
        str(target),
        "--log-path",
        str(state / "dbt-logs"),
        "--log-level",
        "none",
    ]
    try:
        result = runner.invoke(full)
    finally:
        # dbt-duckdb keeps its connection open in this process; release the file for others.
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager

        DuckDBConnectionManager.close_all_connections()  # type: ignore[no-untyped-call]
    if not write_json:
        (target / "manifest.json").unlink(missing_ok=True)  # an earlier command's: stale now
        write = getattr(result.result, "write", None)  # a run's results (bench-e2e reads them)
        if write is not None:
            write(str(target / "run_results.json"))
    outcome = DbtOutcome(success=bool(result.success))
    if result.exception is not None:
        outcome.error = str(result.exception)
    for node_result in getattr(result.result, "results", None) or []:
        status = str(node_result.status)
        outcome.counts[status] = outcome.counts.get(status, 0) + 1
        if status in ("error", "fail", "runtime error"):
            outcome.failures.append((node_result.node.unique_id, str(node_result.message)))
        table = getattr(node_result, "agate_table", None)
        if table is not None:
            outcome.shown.extend(tuple(row) for row in table.rows)
    return outcome
