"""Knowledge-time queries: what the reports known at a given time said about attacks."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ingest.errors import UserError
from ingest.metadata import parse_datetime
from ingest.settings import Settings
from ingest.warehouse import connect_readonly

# The moment is written into the query as a literal, not bound as a parameter: DuckDB's Python
# client imports pandas (about 2 s) the first time it binds one.
AS_OF_SQL = """
select f.*, l.location_name
from marts.attacks_as_of(timestamptz '{moment}') as f
left join marts.dim_location as l using (location_id)
order by f.event_date nulls last, l.location_name, f.attack_id
"""


def parse_as_of(value: str) -> datetime | None:
    """An ISO date (end of that day, UTC) or datetime (naive means UTC) as an aware datetime."""
    text = value.strip()
    if len(text) == 10:
        try:
            day = datetime.fromisoformat(text)
        except ValueError:
            return None
        return day.replace(hour=23, minute=59, second=59, microsecond=999999, tzinfo=UTC)
    return parse_datetime(text)


def attacks_as_of(settings: Settings, moment: datetime) -> list[dict[str, Any]]:
    """Rows of ``marts.attacks_as_of(moment)``, with place names, in a stable order."""
    with connect_readonly(settings) as con:
        exists = con.execute(
            "select count(*) from duckdb_functions() "
            "where schema_name = 'marts' and function_name = 'attacks_as_of'"
        ).fetchone()
        if not exists or not exists[0]:
            raise UserError(f"no marts in {settings.db_path} yet: run attack-ledger build")
        cursor = con.execute(AS_OF_SQL.format(moment=moment.isoformat()))
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
