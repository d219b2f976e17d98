"""``attack-ledger sql``: one query, read-only, that can neither write nor reach files.

The connection is opened read-only with DuckDB's external access off (no ``COPY``, no
``read_csv('/etc/passwd')``, no ``ATTACH``, no extension loaded or installed) and its
configuration locked, so the query cannot switch any of that back on. Only one statement is
run, and only a query (``SELECT``, ``WITH``, ``FROM``, ``VALUES``, ``DESCRIBE``, ``SHOW``,
``SUMMARIZE``, ``EXPLAIN``).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from ingest.errors import UserError
from ingest.settings import DuckDBConfig, Settings
from ingest.warehouse import duckdb_error, require_warehouse

SANDBOX = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "lock_configuration": True,
}
QUERY_TYPES = (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN)


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The rows printed, their column names, and how many rows the query returned in all."""

    columns: list[str]
    rows: list[tuple[object, ...]]
    total: int


def check_statement(statement: str) -> None:
    """Refuse anything but exactly one query, in one line a user can act on."""
    try:
        statements = duckdb.extract_statements(statement)
    except duckdb.Error as exc:
        raise UserError(_first_line(exc)) from None
    if not statements:
        raise UserError("no SQL statement given")
    if len(statements) > 1:
        raise UserError(
            f"give one statement at a time ({len(statements)} given); sql prints one result"
        )
    kind = statements[0].type
    if kind not in QUERY_TYPES:
        name = kind.name.lower().replace("_", " ")
        raise UserError(
            f"sql runs queries only, not {name} statements: the warehouse is read-only here "
            "(use attack-ledger export to write files)"
        )


def sandboxed_connection(settings: Settings) -> duckdb.DuckDBPyConnection:
    """A read-only connection with external access off and its configuration locked."""
    require_warehouse(settings)
    try:
        config: DuckDBConfig = {**settings.duckdb_config(), **SANDBOX}
        return duckdb.connect(str(settings.db_path), read_only=True, config=config)
    except duckdb.Error as exc:
        raise duckdb_error(exc, settings.db_path) from None


def run_query(settings: Settings, statement: str, limit: int | None) -> QueryResult:
    """Run ``statement`` in the sandbox; keep ``limit`` rows, count the rest."""
    check_statement(statement)
    with sandboxed_connection(settings) as con:
        try:
            relation = con.sql(statement)
            if relation is None:  # pragma: no cover - queries always give a relation
                return QueryResult([], [], 0)
            columns = list(relation.columns)
            rows = relation.fetchall() if limit is None else relation.fetchmany(limit)
            total = len(rows)
            if limit is not None:
                while chunk := relation.fetchmany(10_000):
                    total += len(chunk)
        except duckdb.Error as exc:
            raise UserError(_first_line(exc)) from None
    return QueryResult(columns, rows, total)


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__
