"""The extractor's passes, one pure function at a time, on the team's own sentences (fr and en).

The whole-article behaviour is tested through ``Extractor`` elsewhere; these tests pin the
linguistic patterns that single functions of the pass modules are named for.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.extraction.clauses import reported_clause, unnegated_claims, with_relative
from ingest.extraction.counting import has_amount
from ingest.extraction.fragments import plural_claim
from ingest.extraction.merge import dates_compatible, finer_date
from ingest.extraction.normalize import fold
from ingest.extraction.numbers import Quantity
from ingest.extraction.tolls import kept_toll
from ingest.tools import extraction_digest

ROOT = Path(__file__).resolve().parents[3]


def _span(folded: str, word: str) -> tuple[int, int]:
    start = folded.index(word)
    return (start, start + len(word))


@pytest.mark.parametrize(
    ("sentence", "claim_word", "kept"),
    [
        ("Aucune de ces attaques n'a été revendiquée.", "revendiquee", False),
        ("No group has claimed the attack so far.", "claimed", False),
        ("The bombing has not been claimed.", "claimed", False),
        ("L'attaque n'a pas encore été revendiquée.", "revendiquee", False),
        ("Le groupe a revendiqué l'attaque du camp.", "revendique", True),
        ("The group claimed the attack on the camp.", "claimed", True),
    ],
)
def test_a_negated_claim_claims_nothing(sentence: str, claim_word: str, kept: bool) -> None:
    folded = fold(sentence)
    claim = _span(folded, claim_word)
    assert unnegated_claims(folded, 0, [claim]) == ([claim] if kept else [])


@pytest.mark.parametrize(
    ("sentence", "clause_end_word"),
    [
        ("En réponse à la frappe sur la base, qui a blessé quatre soldats, l'armée a riposté.",
         "soldats"),
        ("In response to the strike on the base, which wounded four soldiers, the army hit back.",
         "soldiers"),
    ],
)  # fmt: skip
def test_a_relative_clause_describes_the_context_clause_attack(
    sentence: str, clause_end_word: str
) -> None:
    folded = fold(sentence)
    stop = folded.index(",")  # the context clause ends at its first comma
    end = with_relative(folded, stop, len(folded))
    assert folded[end - len(clause_end_word) : end] == clause_end_word


@pytest.mark.parametrize(
    "sentence",
    ["L'armée a riposté, selon la même source.", "The army hit back, officials said."],
)
def test_no_relative_clause_leaves_the_context_clause_alone(sentence: str) -> None:
    folded = fold(sentence)
    stop = folded.index(",")
    assert with_relative(folded, stop, len(folded)) == stop


@pytest.mark.parametrize(
    ("between", "opens"),
    [(" que les assaillants, ", True), (" that the gunmen, ", True), (" ", False), (", ", False)],
)
def test_a_reported_clause_opens_after_that_or_que(between: str, opens: bool) -> None:
    folded = fold("said" + between + "on Tuesday")
    assert reported_clause(folded, 4, 4 + len(between)) is opens


@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        ("L'EI a revendiqué les deux opérations.", 2),
        ("IS claimed both attacks.", 2),
        ("Le groupe a revendiqué les trois attaques.", 3),
        ("The group claimed these attacks.", -1),
        ("Le groupe a revendiqué ces attaques.", -1),
        ("The group claimed the attack.", 0),
    ],
)
def test_a_plural_claim_says_how_many_attacks_it_covers(sentence: str, covered: int) -> None:
    assert plural_claim(fold(sentence)) == covered


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Trois attaques ont visé la ville.", True),
        ("Three attacks hit the town.", True),
        ("Des attaques ont visé la ville.", False),
        ("Attacks hit the town.", False),
        ("12 attaques en une semaine.", True),
    ],
)
def test_a_count_needs_a_figure(sentence: str, figure: bool) -> None:
    assert has_amount(fold(sentence)) is figure


def _quantity(best: int, qualifier: str) -> Quantity:
    return Quantity(best, best, best, qualifier, 0, 1)


def test_one_named_victim_gives_way_to_a_stated_total() -> None:
    # "a tué un haut commandant" / "killed a senior commander", then "trois personnes ont été
    # tuées" / "three people were killed": the total includes him.
    one = _quantity(1, "one")
    three = _quantity(3, "exact")
    assert kept_toll(one, three) is three
    assert kept_toll(three, one) is three
    assert kept_toll(None, one) is one


def test_dates_of_one_attack_agree_within_their_precision() -> None:
    monday, thursday = date(2024, 1, 22), date(2024, 1, 25)
    assert not dates_compatible(monday, "day", thursday, "day")
    assert dates_compatible(monday, "week", thursday, "day")
    assert dates_compatible(None, None, thursday, "day")
    assert finer_date(monday, "day", thursday, "week")
    assert not finer_date(monday, "week", thursday, "day")
    assert finer_date(monday, "month", None, None)


def test_the_digest_is_stable_and_a_missing_folder_is_exit_code_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = ROOT / "ingest" / "sample_corpus" / "html"
    extraction_digest.main([str(folder), "--dump", str(tmp_path / "dump.jsonl")])
    first = capsys.readouterr().out
    extraction_digest.main([str(folder)])
    assert capsys.readouterr().out == first
    lines = (tmp_path / "dump.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all('"source_uri": "<folder>/' in line for line in lines)
    assert extraction_digest.digest(lines) in first
    with pytest.raises(SystemExit) as stopped:
        extraction_digest.main([str(tmp_path / "absent")])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
