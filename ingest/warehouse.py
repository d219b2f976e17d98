"""The warehouse file: one writer at a time, dbt runs on it, and read-only queries for reports."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import duckdb
import filelock

from ingest.settings import DB_ENV, GAZETTEER_ENV, Settings, project_dir


class WarehouseBusyError(RuntimeError):
    """Another attack-ledger run, or another program, holds the warehouse."""


@contextmanager
def writer_lock(settings: Settings) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to ``lock_timeout`` seconds, then fail clearly.

    DuckDB allows one writer per file and does not wait, so runs queue on this lock first.
    """
    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(settings.lock_path), timeout=settings.lock_timeout)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise WarehouseBusyError(
            f"another attack-ledger run is writing to {settings.db_path} "
            f"(waited {settings.lock_timeout:.0f} s for {settings.lock_path}); "
            "try again when it has finished"
        ) from exc
    try:
        yield
    finally:
        lock.release()


def connect_readonly(settings: Settings) -> duckdb.DuckDBPyConnection:
    """A read-only connection, with a clear error when the file is missing or locked."""
    if not settings.db_path.exists():
        raise FileNotFoundError(f"no warehouse at {settings.db_path}: run attack-ledger ingest")
    try:
        return duckdb.connect(str(settings.db_path), read_only=True)
    except duckdb.IOException as exc:
        raise WarehouseBusyError(f"cannot open {settings.db_path}: {exc}") from exc


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


def run_dbt(
    settings: Settings,
    args: list[str],
    *,
    on_node_done: Callable[[str, str], None] | None = None,
) -> DbtOutcome:
    """Run a dbt command in-process against the warehouse, its target and logs kept beside it."""
    from dbt.cli.main import dbtRunner  # imported lazily: dbt costs seconds to import

    os.environ[DB_ENV] = str(settings.db_path)
    os.environ[GAZETTEER_ENV] = str(settings.gazetteer_dir)
    state = settings.state_dir
    root = project_dir()

    def callback(event: Any) -> None:
        if on_node_done is None:
            return
        if event.info.name == "NodeFinished":
            node = event.data.node_info
            on_node_done(node.unique_id, node.node_status)

    runner = dbtRunner(callbacks=[callback])
    full = [
        *args,
        "--project-dir",
        str(root),
        "--profiles-dir",
        str(root),
        "--target-path",
        str(state / "dbt-target"),
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
    outcome = DbtOutcome(success=bool(result.success))
    if result.exception is not None:
        outcome.error = str(result.exception)
    for node_result in getattr(result.result, "results", None) or []:
        status = str(node_result.status)
        outcome.counts[status] = outcome.counts.get(status, 0) + 1
        if status in ("error", "fail", "runtime error"):
            outcome.failures.append((node_result.node.unique_id, str(node_result.message)))
    return outcome
