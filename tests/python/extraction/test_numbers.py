"""Amounts in words and digits, and the documented rule for vague figures."""

from __future__ import annotations

import pytest

from ingest.extraction.casualties import find_casualties
from ingest.extraction.normalize import fold
from ingest.extraction.numbers import quantity_ending_at, quantity_starting_at, words_to_int


def before(text: str) -> tuple[int | None, int | None, int | None, str] | None:
    folded = fold(text)
    quantity = quantity_ending_at(folded, len(folded))
    if quantity is None:
        return None
    return quantity.best, quantity.low, quantity.high, quantity.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("quatre ", (4, 4, 4, "exact"), id="quatre roquettes counts four (fr)"),
        pytest.param("vingt-trois ", (23, 23, 23, "exact"), id="vingt-trois in words (fr)"),
        pytest.param("quatre-vingt-dix ", (90, 90, 90, "exact"), id="quatre-vingt-dix (fr)"),
        pytest.param("soixante et onze ", (71, 71, 71, "exact"), id="soixante et onze (fr)"),
        pytest.param("two ", (2, 2, 2, "exact"), id="two drones counts two (en)"),
        pytest.param("twenty-one ", (21, 21, 21, "exact"), id="twenty-one in words (en)"),
        pytest.param("2 500 ", (2500, 2500, 2500, "exact"), id="digits grouped by a space (fr)"),
        pytest.param(
            "2\u00a0500 ", (2500, 2500, 2500, "exact"), id="digits grouped by a NBSP (fr)"
        ),
        pytest.param("2,500 ", (2500, 2500, 2500, "exact"), id="digits grouped by a comma (en)"),
        pytest.param(
            "at least five ", (5, 5, None, "at_least"), id="at least five: best 5, no top (en)"
        ),
        pytest.param("au moins 5 ", (5, 5, None, "at_least"), id="au moins 5: best 5, no top (fr)"),
        pytest.param(
            "plus de 40 ", (40, 40, None, "at_least"), id="plus de 40 is a lower bound (fr)"
        ),
        pytest.param(
            "more than 40 ", (40, 40, None, "at_least"), id="more than 40 is a lower bound (en)"
        ),
        pytest.param("up to 10 ", (None, None, 10, "at_most"), id="up to ten: only a top (en)"),
        pytest.param("une dizaine de ", (10, 8, 12, "approx"), id="une dizaine: about ten (fr)"),
        pytest.param("a dozen ", (12, 10, 14, "approx"), id="a dozen: about twelve (en)"),
        pytest.param(
            "au moins une dizaine de ",
            (10, 10, None, "at_least"),
            id="au moins une dizaine: the stated bound, as au moins 10 (fr)",
        ),
        pytest.param(
            "at least a dozen ", (12, 12, None, "at_least"), id="at least a dozen: 12 up (en)"
        ),
        pytest.param(
            "more than a dozen ",
            (12, 12, None, "at_least"),
            id="more than a dozen: the stated bound, 12 up (en)",
        ),
        pytest.param(
            "plus d'une centaine de ",
            (100, 100, None, "at_least"),
            id="plus d'une centaine: de elided into d'une, 100 up (fr)",
        ),
        pytest.param(
            "près d'une vingtaine de ",
            (20, 16, 24, "approx"),
            id="près d'une vingtaine: about twenty (fr, already passed)",
        ),
        pytest.param(
            "une quarantaine d'", (40, 32, 48, "approx"), id="une quarantaine: about forty (fr)"
        ),
        pytest.param(
            "about 75 ", (75, 60, 90, "approx"), id="about 75: a stated number, approximated (en)"
        ),
        pytest.param(
            "environ 75 ", (75, 60, 90, "approx"), id="environ 75 : un nombre dit, approché (fr)"
        ),
        pytest.param(
            "des dizaines de ",
            (None, 20, None, "at_least"),
            id="des dizaines: null best, 20 up (fr)",
        ),
        pytest.param(
            "dozens of ", (None, 24, None, "at_least"), id="dozens: null best, 24 up (en)"
        ),
        pytest.param("several ", (None, 2, None, "at_least"), id="several: null best, 2 up (en)"),
        pytest.param(
            "a small number of ", (None, 1, None, "at_least"), id="a small number: null best (en)"
        ),
        pytest.param(
            "un petit nombre de ", (None, 1, None, "at_least"), id="un petit nombre: null best (fr)"
        ),
        pytest.param(
            "entre 100 et 200 ", (100, 100, 200, "at_least"), id="entre 100 et 200: 100 up (fr)"
        ),
        pytest.param(
            "between 100 and 200 ", (100, 100, 200, "at_least"), id="between: the low end (en)"
        ),
        pytest.param("10 to 20 ", (10, 10, 20, "at_least"), id="10 to 20: 10 up (en)"),
        pytest.param("de 10 à 20 ", (10, 10, 20, "at_least"), id="de 10 à 20: 10 up (fr)"),
        pytest.param(
            "vingt et un ", (21, 21, 21, "exact"), id="vingt et un is one number, no range (fr)"
        ),
        pytest.param("killed 5 and 3 ", (3, 3, 3, "exact"), id="'and' without 'between' (en)"),
        pytest.param(
            "between eight and ten ", (8, 8, 10, "at_least"), id="between eight and ten (en)"
        ),
        pytest.param("entre huit et dix ", (8, 8, 10, "at_least"), id="entre huit et dix (fr)"),
        pytest.param(
            "one hundred and ten ", (110, 110, 110, "exact"), id="one hundred and ten (en)"
        ),
        pytest.param("il y a ", None, id="the verb 'a' is no number (fr)"),
        pytest.param("une ", None, id="an article alone is no count (fr)"),
    ],
)
def test_quantity_before(text: str, expected: object) -> None:
    assert before(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("12 Somali soldiers", 12, id="killed 12 soldiers (en)"),
        pytest.param("trois civils", 3, id="tuant trois civils (fr)"),
        pytest.param("the base", None, id="no number after the verb (en)"),
        pytest.param("more than 6,000 people", 6000, id="a comma groups thousands (en)"),
        pytest.param("plus de 6.000 personnes", 6000, id="un point groupe les milliers (fr)"),
        pytest.param("5, 300 wounded", 5, id="a comma and a space part two numbers (en)"),
    ],
)
def test_quantity_after(text: str, expected: int | None) -> None:
    quantity = quantity_starting_at(fold(text), 0)
    assert (quantity.best if quantity else None) == expected


def test_words_to_int_rejects_non_numbers() -> None:
    assert words_to_int(["deux", "cent", "cinquante"]) == 250
    assert words_to_int(["bonjour"]) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("in Bogotá on June 7 ", id="the day of a date is no count (en)"),
        pytest.param("shot on Oct. 17 ", id="an abbreviated month's day is no count (en)"),
        pytest.param(
            "blessé le 7 juin ", id="le jour précède le mois en français (fr, already passed)"
        ),
    ],
)
def test_a_days_digits_are_no_amount(text: str) -> None:
    assert before(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le groupe affirme avoir détruit « plus de quarante citernes » et tué « des dizaines "
            "de soldats ».",
            id="what a first verb destroyed is no toll of the second (fr)",
        ),
        pytest.param(
            "The group says it destroyed more than forty tankers and killed dozens of soldiers.",
            id="what a first verb destroyed is no toll of the second (en, already passed)",
        ),
    ],
)
def test_a_second_verbs_toll_is_not_the_first_verbs_object(text: str) -> None:
    folded = fold(text)
    found, _, _ = find_casualties(folded, 0, len(folded))
    assert [c.quantity.best for c in found if c.kind == "killed"] in ([], [None])
