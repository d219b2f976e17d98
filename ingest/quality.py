"""What the plausibility checks flagged in the last build (``marts.quality_issues``).

They warn and never stop a build: the CLI prints one line per check that caught rows.
"""

from __future__ import annotations

from ingest.settings import Settings
from ingest.warehouse import connect_readonly, table_exists


def quality_issue_counts(settings: Settings) -> list[tuple[str, int]]:
    """(check, rows flagged) for each check that caught something, by check name."""
    with connect_readonly(settings) as con:
        if not table_exists(con, "marts", "quality_issues"):
            return []
        rows = con.execute(
            "select check_name, count(*) from marts.quality_issues group by 1 order by 1"
        ).fetchall()
    return [(str(name), int(n)) for name, n in rows]


def warning_lines(counts: list[tuple[str, int]]) -> list[str]:
    """One warning per check, saying what was done and where to look."""
    return [
        f"{n} row{'s' if n > 1 else ''} flagged by {name}, kept out of the facts where "
        "they would mislead (see marts.quality_issues)"
        for name, n in counts
    ]
