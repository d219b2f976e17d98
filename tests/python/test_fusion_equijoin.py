"""Fusion finds candidate attacks by equi-joins on (place, day): the same attacks as the range join.

The old query is kept as a fixture (tests/fixtures/fusion/range_join_assignments.sql). Both run
on generated mentions that crowd a few places and days (every place rule, precision, weapon
group, actor conflict, late report and superseded version), and on the sample corpus at every
knowledge time at which the set of known mentions changes. The dev corpus is compared in
test_marts.py, on the warehouse those tests build.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import jinja2
import pytest
from fusion_parity import RANGE_JOIN, fusion_differences
from support import REPO

PLACES = [
    # location_id, feature_type, admin1, country
    ("iq-asad", "airbase", "Anbar", "IQ"),
    ("iq-qaim", "city", "Anbar", "IQ"),
    ("iq-harir", "airbase", "Erbil", "IQ"),
    ("iq-anbar", "admin1", "Anbar", "IQ"),
    ("iq", "country", None, "IQ"),
    ("sy-tanf", "military_base", "Homs", "SY"),
    ("sy-homs", "admin1", "Homs", "SY"),
    ("xx-desert", "region", None, "SY"),
    ("sy-nowhere", None, "Homs", "SY"),  # a place the gazetteer lacks
]
WEAPONS = ["drone", "rocket", "airstrike", "unknown", "unknown"]
ACTORS = [None, None, "Kataib Hezbollah", "Islamic Resistance in Iraq", "US forces"]


class Relation:
    """What dbt's ``ref('name')`` gives the macro: here the seeds schema's table of that name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def include(self, **_parts: bool) -> str:
        return f"seeds.{self.name}"


def assignments_sql(as_of: str) -> str:
    """The macro's assignments, rendered over the test's relations."""
    environment = jinja2.Environment()
    environment.globals["ref"] = Relation
    template = environment.from_string(
        (REPO / "macros" / "attack_fusion.sql").read_text(encoding="utf-8")
    )
    body = template.module.attack_assignments_sql(  # type: ignore[attr-defined]
        mentions="intermediate.int_mentions_known",
        places="staging.stg_gazetteer_places",
        issues="intermediate.int_quality_issues",
        as_of=as_of,
    )
    return f"with {body} select mention_id, attack_id, merge_rule from assignments order by all"


def generated_mentions(seed: int, n: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    start = date(2023, 10, 1)
    rows = []
    for i in range(n):
        place = rng.choice([*PLACES, (None, None, None, rng.choice(["IQ", "SY", None]))])
        precision = rng.choice(["day", "day", "day", "week", "month", None])
        day = start + timedelta(days=rng.randrange(40)) if precision else None
        known = datetime.combine(
            start + timedelta(days=rng.randrange(45)), datetime.min.time(), UTC
        ) + timedelta(hours=rng.randrange(24))
        until = known + timedelta(days=rng.randrange(1, 10)) if rng.random() < 0.1 else None
        rows.append(
            (
                f"m{i:03d}",
                f"a{i % (n // 2):03d}",
                place[0],
                place[2],
                place[3],
                day,
                precision,
                rng.choice(WEAPONS),
                rng.random() < 0.15,
                rng.choice(ACTORS),
                rng.choice(ACTORS) if rng.random() < 0.2 else None,
                known,
                until,
                rng.choice(["s1", "s2", None]),
            )
        )
    return rows


@pytest.mark.parametrize("seed", range(12))
def test_equi_join_fusion_equals_the_range_join_on_generated_mentions(seed: int) -> None:
    with duckdb.connect() as con:
        con.execute("create schema intermediate; create schema staging; create schema seeds")
        con.execute(
            "create table seeds.actors as select * from (values "
            "('Kataib Hezbollah', 'armed_group'), ('US forces', 'state_force')) "
            "as t(actor_name, kind)"
        )
        con.execute(
            "create table intermediate.int_mentions_known (mention_id varchar, article_id "
            "varchar, location_id varchar, admin1 varchar, country_iso2 varchar, event_date "
            "date, date_precision varchar, weapon varchar, is_background boolean, attacker "
            "varchar, claimed_by varchar, known_from timestamptz, known_until timestamptz, "
            "story_id varchar, story_publisher varchar, projectile_count integer)"
        )
        con.executemany(
            "insert into intermediate.int_mentions_known values "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)",
            generated_mentions(seed, 160),
        )
        con.execute(
            "create table staging.stg_gazetteer_places (location_id varchar, feature_type varchar)"
        )
        con.executemany(
            "insert into staging.stg_gazetteer_places values (?, ?)", [p[:2] for p in PLACES]
        )
        con.execute(
            "create table intermediate.int_quality_issues as select 'mention' as subject_type, "
            "'m007' as subject_id"
        )
        con.execute(RANGE_JOIN.read_text(encoding="utf-8"))
        attached = 0
        for moment in ["2023-10-12", "2023-10-25", "2023-11-08", "infinity"]:
            as_of = f"'{moment}'::timestamptz"
            old = con.execute(
                "select mention_id, attack_id, merge_rule "
                f"from range_join_assignments({as_of}) order by all"
            ).fetchall()
            new = con.execute(assignments_sql(as_of)).fetchall()
            assert new == old, moment
            attached += sum(1 for row in new if str(row[2]).startswith("attached"))
        assert attached > 0, "the generated mentions exercise attachments"


def test_equi_join_fusion_equals_the_range_join_at_every_knowledge_time(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    compared, differences = fusion_differences(db)
    assert compared > 10
    assert differences == []
