"""Plausibility checks flag rows into marts.quality_issues, warn, and keep them out of the facts.

The fixture folder holds two ordinary reports (Ain al-Asad on 30 October 2023, Kirkuk on 12
November 2023) and two that would mislead: a page whose modification date (2 October) precedes
the attack it tells of, and a toll of 20000 killed and 90000 wounded in one rocket attack.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from support import REPO, query, run_cli

FIXTURES = REPO / "tests" / "fixtures" / "implausible"

Built = tuple[Path, subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def flagged(tmp_path_factory: pytest.TempPathFactory) -> Built:
    db = tmp_path_factory.mktemp("quality") / "w.duckdb"
    return db, run_cli("run", str(FIXTURES), "--db", str(db))


def test_the_build_goes_on_and_warns_once_per_check(flagged: Built) -> None:
    _, result = flagged
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 warn" in result.stdout
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: 1 row flagged by event_dated_after_report, kept out of the facts where they "
        "would mislead (see marts.quality_issues)",
        "warning: 1 row flagged by implausible_toll, kept out of the facts where they would "
        "mislead (see marts.quality_issues)",
    ]


def test_each_flagged_row_comes_with_its_check_and_evidence(flagged: Built) -> None:
    db, _ = flagged
    rows = query(
        db,
        "select check_name, subject_type, evidence, evidence_text, source_uri "
        "from marts.quality_issues order by check_name",
    )
    assert [(r[0], r[1], Path(str(r[4])).name) for r in rows] == [
        ("event_dated_after_report", "mention", "late.txt"),
        ("implausible_toll", "mention", "toll.txt"),
    ]
    late, toll = rows
    assert "2023-10-30" in str(late[2]) and "known on 2023-10-02" in str(late[2])
    assert "On Monday, a drone struck Ain al-Asad" in str(late[3])
    assert "20000 killed" in str(toll[2]) and "90000 wounded" in str(toll[2])


def test_flagged_mentions_stay_out_of_the_facts_and_in_the_history(flagged: Built) -> None:
    db, _ = flagged
    flagged_ids = {r[0] for r in query(db, "select subject_id from marts.quality_issues")}
    bridged = {r[0] for r in query(db, "select mention_id from marts.bridge_attack_mentions")}
    history = {r[0] for r in query(db, "select mention_id from marts.mention_history")}
    assert flagged_ids and not flagged_ids & bridged
    assert flagged_ids <= history
    facts = query(
        db,
        "select l.location_name, f.event_date::varchar, f.fatalities_high, f.injured_high, "
        "f.n_articles, strftime(f.first_reported_at, '%Y-%m-%d') "
        "from marts.fact_attacks f join marts.dim_location l using (location_id) order by 1",
    )
    assert facts == [
        ("Ain al-Asad Air Base", "2023-10-30", None, 2, 1, "2023-10-31"),
        ("Kirkuk", "2023-11-12", None, 3, 1, "2023-11-12"),
    ]


def test_as_of_never_shows_an_attack_before_it_happened(flagged: Built) -> None:
    db, _ = flagged
    moment = "timestamptz '2023-10-15 00:00:00+00'"
    early = query(db, f"select count(*) from marts.attacks_as_of({moment})")
    assert early == [(0,)], "the page dated 2 October is not evidence of the attack of the 30th"
