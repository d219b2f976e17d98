"""The fusion's equi-join candidate search against the range join it replaced (a fixture).

Fusion is a function of the set of mentions known at a time; that set changes only at the
``known_from`` and ``known_until`` instants of the article versions, so comparing both queries
at each such instant (and at the end of time) compares them at every knowledge time.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from support import REPO

RANGE_JOIN = REPO / "tests" / "fixtures" / "fusion" / "range_join_assignments.sql"


def fusion_differences(db: Path) -> tuple[int, list[str]]:
    """The knowledge times compared, and a line for each one where old and new SQL differ."""
    with duckdb.connect(str(db), read_only=True) as con:
        con.execute(RANGE_JOIN.read_text(encoding="utf-8"))
        moments = [
            str(t)
            for (t,) in con.execute(
                "select distinct t::varchar from intermediate.int_mentions_known, "
                "unnest([known_from, known_until]) as u(t) where t is not null order by 1"
            ).fetchall()
        ] + ["infinity"]
        differences = []
        for moment in moments:
            old = con.execute(
                "select attack_id, count(*) from range_join_assignments(?::timestamptz) "
                "group by all order by all",
                [moment],
            ).fetchall()
            new = con.execute(
                "select attack_id, n_mentions from marts.attacks_as_of(?::timestamptz) "
                "order by all",
                [moment],
            ).fetchall()
            if old != new:
                differences.append(f"{moment}: {len(old)} attacks before, {len(new)} now")
        old_current = con.execute(
            "select mention_id, attack_id, merge_rule from range_join_assignments('infinity') "
            "order by all"
        ).fetchall()
        new_current = con.execute(
            "select mention_id, attack_id, merge_rule from marts.bridge_attack_mentions "
            "order by all"
        ).fetchall()
        if old_current != new_current:
            differences.append("the current bridge differs")
    return len(moments), differences
