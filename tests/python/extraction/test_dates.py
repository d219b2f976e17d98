"""Date expressions resolved against the publication date (rules in the README)."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from ingest.extraction import dates
from ingest.extraction.dates import find_dates, resolve_weekday
from ingest.extraction.normalize import fold

TUESDAY = date(2023, 10, 31)


def first(
    text: str, published: date | None = TUESDAY, month_only: bool = False
) -> tuple[date | None, str, str] | None:
    hits = find_dates(fold(text), published, month_only)
    if not hits:
        return None
    return hits[0].value, hits[0].precision, hits[0].kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "lundi, deux drones",
            date(2023, 10, 30),
            id="lundi resolves to the previous Monday (fr)",
        ),
        pytest.param("tôt ce mardi", TUESDAY, id="tôt ce mardi on a Tuesday is the same day (fr)"),
        pytest.param(
            "mardi dernier", date(2023, 10, 24), id="mardi dernier on a Tuesday is a week back (fr)"
        ),
        pytest.param(
            "Hier, des roquettes", date(2023, 10, 30), id="hier is the day before publication (fr)"
        ),
        pytest.param(
            "yesterday", date(2023, 10, 30), id="yesterday is the day before publication (en)"
        ),
        pytest.param(
            "dans la nuit de dimanche à lundi",
            date(2023, 10, 30),
            id="nuit de dimanche à lundi is the Monday (fr)",
        ),
        pytest.param(
            "early Tuesday", TUESDAY, id="early Tuesday on a Tuesday is the same day (en)"
        ),
        pytest.param(
            "late Thursday", date(2023, 10, 26), id="late Thursday is the last Thursday (en)"
        ),
        pytest.param(
            "in the early hours of Sunday", date(2023, 10, 29), id="the early hours of Sunday (en)"
        ),
        pytest.param("Tuesday's attack", TUESDAY, id="Tuesday's attack (en)"),
        pytest.param(
            "dimanche 29 octobre", date(2023, 10, 29), id="dimanche 29 octobre without year (fr)"
        ),
        pytest.param("le 17 octobre 2023", date(2023, 10, 17), id="17 octobre 2023 with year (fr)"),
        pytest.param("on Oct. 17,", date(2023, 10, 17), id="Oct. 17 abbreviated month (en)"),
        pytest.param(
            "on January 28", date(2023, 1, 28), id="on January 28 takes the publication year (en)"
        ),
        pytest.param("on 3 February 2024", date(2024, 2, 3), id="day month year (en)"),
    ],
)
def test_day_dates(text: str, expected: date) -> None:
    result = first(text)
    assert result is not None
    assert result[0] == expected
    assert result[1] == "day"


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        pytest.param(
            "la semaine dernière",
            date(2023, 10, 26),
            "week",
            id="la semaine dernière is last week's Thursday (fr)",
        ),
        pytest.param(
            "last week", date(2023, 10, 26), "week", id="last week is last week's Thursday (en)"
        ),
        pytest.param(
            "fin octobre",
            date(2023, 10, 25),
            "week",
            id="fin octobre is the 25th, week precision (fr)",
        ),
        pytest.param(
            "in mid-October", date(2023, 10, 15), "week", id="mid-October is the 15th (en)"
        ),
        pytest.param(
            "en septembre", date(2023, 9, 1), "month", id="a month alone is its first day (fr)"
        ),
    ],
)
def test_vague_dates(text: str, expected: date, precision: str) -> None:
    result = first(text)
    assert result is not None
    assert result[:2] == (expected, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Le groupe a revendiqué samedi l'attaque de la veille",
            date(2023, 10, 27),
            id="la veille is the day before the date told before it (fr)",
        ),
        pytest.param(
            "On Saturday the group claimed the raid of the day before",
            date(2023, 10, 27),
            id="the day before is the day before the date told before it (en)",
        ),
        pytest.param(
            "La veille, un drone avait frappé", date(2023, 10, 30), id="la veille alone (fr)"
        ),
        pytest.param(
            "The previous day, a drone had struck", date(2023, 10, 30), id="the previous day (en)"
        ),
    ],
)
def test_day_before(text: str, expected: date) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert hits and hits[-1].value == expected, hits


def test_date_after_publication_goes_back_a_year() -> None:
    assert first("le 28 décembre", published=date(2024, 1, 3)) == (
        date(2023, 12, 28),
        "day",
        "explicit",
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("lundi", id="no publication date: lundi stays null (fr)"),
        pytest.param("yesterday", id="no publication date: yesterday stays null (en)"),
        pytest.param(
            "le 29 octobre", id="no publication date: a date without year stays null (fr)"
        ),
    ],
)
def test_never_invent_a_date(text: str) -> None:
    result = first(text, published=None)
    assert result is not None and result[0] is None


def test_month_only_publication_resolves_no_weekday() -> None:
    assert first("dimanche", published=date(2024, 2, 1), month_only=True) == (
        None,
        "day",
        "weekday",
    )
    assert first("dimanche 25 février", published=date(2024, 2, 1), month_only=True)[0] == date(
        2024, 2, 25
    )  # type: ignore[index]


def test_list_of_days_after_a_month() -> None:
    hits = find_dates(
        fold("strikes on November 19, 22, and on November 15 at the base"), date(2023, 12, 4)
    )
    assert [h.value for h in hits] == [date(2023, 11, 19), date(2023, 11, 22), date(2023, 11, 15)]


def test_weekday_word_inside_another_word_is_no_date() -> None:
    assert first("ont annoncé jeudi") == (date(2023, 10, 26), "day", "weekday")


def test_resolve_weekday_same_day() -> None:
    assert resolve_weekday(1, TUESDAY) == TUESDAY
    assert resolve_weekday(1, TUESDAY, strictly_before=True) == date(2023, 10, 24)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("des frappes, ce jeudi matin, 12 octobre 2023, à Gao", id="fr"),
        pytest.param("air strikes on Thursday morning, October 12, 2023, near Gao", id="en"),
        pytest.param("air strikes on Thursday, Oct. 12, near Gao", id="en without year"),
    ],
)
def test_a_weekday_in_apposition_to_a_date_is_that_date(text: str) -> None:
    # Published on a Tuesday 19 days later: the weekday alone would give Thursday 26 October.
    hits = find_dates(fold(text), TUESDAY)
    assert [(h.value, h.kind) for h in hits] == [(date(2023, 10, 12), "explicit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Le mois dernier, cinq soldats", date(2023, 9, 1), id="le mois dernier (fr)"),
        pytest.param(
            "five soldiers were killed last month", date(2023, 9, 1), id="last month (en)"
        ),
        pytest.param("plus tôt ce mois-ci, une attaque", date(2023, 10, 1), id="ce mois-ci (fr)"),
        pytest.param("an attack earlier this month", date(2023, 10, 1), id="this month (en)"),
    ],
)
def test_months_relative_to_publication(text: str, expected: date) -> None:
    # Published on Tuesday 31 October 2023: "last month" is September, to the month.
    assert first(text) == (expected, "month", "month")
    # Known only to the month, the publication still tells which month is meant.
    assert first(text, published=date(2023, 10, 1), month_only=True) == (expected, "month", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The camp had already been hit by drone strikes three days ago",
            date(2023, 10, 28),
            id="three days ago counts back from publication (en)",
        ),
        pytest.param(
            "Le camp avait déjà été la cible de frappes de drone il y a trois jours",
            date(2023, 10, 28),
            id="il y a trois jours counts back from publication (fr)",
        ),
        pytest.param(
            "On Saturday a drone hit the base; two days earlier, rockets had struck it",
            date(2023, 10, 26),
            id="two days earlier counts back from the date told before it (en)",
        ),
        pytest.param(
            "Samedi, un drone a frappé la base ; deux jours plus tôt, des roquettes l'avaient "
            "visée",
            date(2023, 10, 26),
            id="deux jours plus tôt counts back from the date told before it (fr)",
        ),
    ],
)
def test_days_ago_and_days_earlier(text: str, expected: date) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert hits and hits[-1].value == expected and hits[-1].precision == "day", hits


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "a full-scale attack on the base last weekend",
            TUESDAY,
            date(2023, 10, 28),
            id="last weekend is the Saturday before publication (en)",
        ),
        pytest.param(
            "une attaque massive contre la base le week-end dernier",
            TUESDAY,
            date(2023, 10, 28),
            id="le week-end dernier est le samedi d'avant (fr)",
        ),
        pytest.param(
            "drones struck the port over the weekend",
            date(2023, 10, 29),
            date(2023, 10, 28),
            id="over the weekend, published on its Sunday, is that weekend (en)",
        ),
        pytest.param(
            "des drones ont frappé le port ce week-end",
            date(2023, 10, 29),
            date(2023, 10, 28),
            id="ce week-end, publié le dimanche, est ce week-end (fr)",
        ),
    ],
)
def test_the_weekend_is_its_saturday_to_the_week(
    text: str, published: date, expected: date
) -> None:
    hits = find_dates(fold(text), published, False)
    assert [(h.value, h.precision) for h in hits] == [(expected, "week")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On Saturday a unit was attacked near the border. The next day, a convoy was hit",
            id="the next day is the day after the date told before (en)",
        ),
        pytest.param(
            "Samedi, une unité a été attaquée près de la frontière. Le lendemain, un convoi a "
            "été visé",
            id="le lendemain est le jour après la date dite avant (fr)",
        ),
    ],
)
def test_the_next_day(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [(h.value, h.precision) for h in hits] == [
        (date(2023, 10, 28), "day"),
        (date(2023, 10, 29), "day"),
    ]


def test_the_day_after_an_attack_is_no_next_day() -> None:
    # "au lendemain de l'attaque" dates by another event, not by the date told before
    hits = find_dates(
        fold("Samedi, une frappe; au lendemain de l'attaque, un convoi"), TUESDAY, False
    )
    assert [(h.value, h.kind) for h in hits] == [(date(2023, 10, 28), "weekday")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The attack started Saturday night and continued into Sunday morning",
            id="a night that runs into the next day ends on it (en)",
        ),
        pytest.param(
            "L'attaque a commencé samedi soir et s'est poursuivie jusqu'à dimanche matin",
            id="un soir qui se poursuit jusqu'au lendemain finit ce jour-là (fr)",
        ),
        pytest.param(
            "Gunmen stormed the village late on Saturday night and kept firing at houses until "
            "the early hours of Sunday",
            id="what went on told between the night and the next day's early hours (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué le village tard samedi soir et ont tiré sur les maisons "
            "jusqu'au dimanche matin",
            id="ce qui s'est passé entre le soir et le lendemain matin (fr)",
        ),
    ],
)
def test_a_night_running_into_the_next_day(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [(h.value, h.precision) for h in hits] == [(date(2023, 10, 29), "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Last July, militants attacked", date(2023, 7, 1), id="last July (en)"),
        pytest.param(
            "the deadliest since last November, when", date(2022, 11, 1),
            id="last November, a month after publication's, is last year's (en)",
        ),
        pytest.param(
            "last October, gunmen stormed", date(2022, 10, 1),
            id="last October in October is last year's (en)",
        ),
        pytest.param("strikes in May last year hit", date(2022, 5, 1), id="May last year (en)"),
        pytest.param(
            "des frappes en mai de l'année dernière", date(2022, 5, 1),
            id="en mai de l'année dernière (fr)",
        ),
        pytest.param(
            "en décembre l'an dernier", date(2022, 12, 1), id="en décembre l'an dernier (fr)"
        ),
        pytest.param("en novembre l'an passé", date(2022, 11, 1), id="en novembre l'an passé (fr)"),
    ],
)  # fmt: skip
def test_a_month_of_last_year(text: str, expected: date) -> None:
    # Published on Tuesday 31 October 2023.
    assert first(text) == (expected, "month", "month")


def test_at_last_is_no_month() -> None:
    assert first("at last May fighters attacked") is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a drone hit a house overnight into Tuesday", id="overnight into (en)"),
        pytest.param("shelling overnight on Tuesday wounded two", id="overnight on Tuesday (en)"),
        pytest.param("un drone a frappé dans la nuit de lundi à mardi", id="lundi à mardi (fr)"),
    ],
)  # fmt: skip
def test_overnight_with_a_weekday_is_that_weekday(text: str) -> None:
    # Published on Wednesday 1 November 2023: the night that ends on Tuesday is Tuesday's.
    hits = find_dates(fold(text), date(2023, 11, 1), False)
    assert [hit.value for hit in hits] == [TUESDAY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two weeks ago, rebels attacked", date(2023, 10, 17), id="two weeks ago (en)"),
        pytest.param("a week ago gunmen stormed", date(2023, 10, 24), id="a week ago (en)"),
        pytest.param(
            "il y a deux semaines, des rebelles", date(2023, 10, 17), id="il y a deux semaines (fr)"
        ),
        pytest.param(
            "il y a une semaine, des hommes armés", date(2023, 10, 24), id="il y a une semaine (fr)"
        ),
    ],
)  # fmt: skip
def test_weeks_ago_are_weeks_before_publication(text: str, expected: date) -> None:
    assert first(text) == (expected, "week", "relative")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Last year, on June 9, militants opened fire", date(2022, 6, 9), id="last year (en)"
        ),
        pytest.param(
            "le 9 juin de l'année dernière, des tirs", date(2022, 6, 9), id="année dernière (fr)"
        ),
        pytest.param(
            "l'an dernier, le 2 février, une attaque", date(2022, 2, 2), id="l'an dernier (fr)"
        ),
        pytest.param(
            "on June 9, militants opened fire", date(2023, 6, 9), id="June 9 alone: this year (en)"
        ),
    ],
)  # fmt: skip
def test_a_day_of_last_year(text: str, expected: date) -> None:
    # Published on Tuesday 31 October 2023.
    assert first(text) is not None and first(text)[0] == expected  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On April 17 a strike hit. Eleven days later, a centre was hit", id="days later (en)"
        ),
        pytest.param(
            "Le 17 avril, une frappe. Onze jours plus tard, un centre touché", id="plus tard (fr)"
        ),
    ],
)  # fmt: skip
def test_days_later_count_from_the_date_told_before(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [hit.value for hit in hits] == [date(2023, 4, 17), date(2023, 4, 28)]


def test_days_later_without_a_date_told_before_stay_unresolved() -> None:
    hits = find_dates(fold("Eleven days later, a centre was hit"), TUESDAY, False)
    assert [hit.value for hit in hits] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The attacks come six months after the massacre at the meadow", date(2023, 4, 1),
            id="come six months after (en)",
        ),
        pytest.param(
            "Cette attaque intervient quatre mois après celle de la base", date(2023, 6, 1),
            id="intervient quatre mois après (fr)",
        ),
    ],
)  # fmt: skip
def test_months_after_count_back_to_the_month(text: str, expected: date) -> None:
    # Published on Tuesday 31 October 2023, no date told before: from publication's month.
    assert first(text) == (expected, "month", "relative")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Soldiers were killed on Saturday near the border, the ministry said on Sunday. "
            "The next day, a convoy was hit",
            id="the next day follows the attack, not the statement (en)",
        ),
        pytest.param(
            "Des soldats ont été tués samedi près de la frontière, a annoncé le ministère dans "
            "un communiqué lu dimanche soir. Le lendemain, un convoi a été visé",
            id="le lendemain suit l'attaque, pas le communiqué (fr)",
        ),
    ],
)
def test_the_next_day_follows_the_attack_not_the_statement(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [h.value for h in hits][-1] == date(2023, 10, 29)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On February 14, 2020, a village was attacked. On October 24 of the same year, a "
            "school was attacked",
            id="a day of the same year takes the year told before (en)",
        ),
        pytest.param(
            "Le 14 février 2020, un village a été attaqué. Le 24 octobre de la même année, une "
            "école a été attaquée",
            id="un jour de la même année prend l'année dite avant (fr)",
        ),
    ],
)
def test_a_day_of_the_same_year(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [h.value for h in hits] == [date(2020, 2, 14), date(2020, 10, 24)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("at least 200 people were killed between October 6 and 11", id="between (en)"),
        pytest.param("at least 200 people were killed from Oct. 6 to 11", id="from ... to (en)"),
        pytest.param(
            "au moins 200 personnes ont été tuées entre le 6 et le 11 octobre", id="entre (fr)"
        ),
        pytest.param(
            "au moins 200 personnes ont été tuées du 6 au 11 octobre", id="du ... au (fr)"
        ),
    ],
)
def test_a_span_of_days_is_one_date(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [(h.value, h.precision) for h in hits] == [(date(2023, 10, 6), "week")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Soldiers were killed on Saturday near the border, the government said on Monday. "
            "The day before, two civilians were killed by a mine",
            id="the day before, opening a sentence, counts from the attack (en)",
        ),
        pytest.param(
            "Des soldats ont été tués samedi près de la frontière, a annoncé lundi le "
            "gouvernement. La veille, deux civils ont été tués par une mine",
            id="la veille, en tête de phrase, compte depuis l'attaque (fr)",
        ),
    ],
)
def test_the_day_before_opening_a_sentence_counts_from_the_attack(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [h.value for h in hits][-1] == date(2023, 10, 27)


def test_the_day_before_in_a_claim_counts_from_the_claim() -> None:
    # inside one sentence, "la veille" counts from the claim's day told before it
    hits = find_dates(fold("Le groupe a revendiqué lundi l'attentat de la veille"), TUESDAY)
    assert [h.value for h in hits] == [date(2023, 10, 30), date(2023, 10, 29)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Saturday a drone hit the base; two weeks earlier, rockets had struck it",
            date(2023, 10, 14),
            id="two weeks earlier counts back from the date told before it (en)",
        ),
        pytest.param(
            "Deux semaines plus tôt, des roquettes avaient visé la base",
            date(2023, 10, 17),
            id="deux semaines plus tôt counts back from publication when nothing is told (fr)",
        ),
    ],
)
def test_weeks_earlier(text: str, expected: date) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert hits and hits[-1].value == expected and hits[-1].precision == "week", hits


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Last year, an ambush near the base killed 20 soldiers", id="last year (en)"),
        pytest.param(
            "L'an dernier, une embuscade près de la base avait tué 20 soldats",
            id="l'an dernier (fr)",
        ),
    ],
)
def test_last_year_alone_is_an_unresolved_year(text: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [(h.value, h.kind) for h in hits] == [(None, "year")]


def test_last_year_with_a_day_is_that_day() -> None:
    # (already passed: a guard for the rule above, which leaves a day of last year alone)
    hits = find_dates(fold("Last year, on June 9, an ambush killed 20 soldiers"), TUESDAY, False)
    assert [h.value for h in hits] == [date(2022, 6, 9)]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        pytest.param(
            "A year ago, militants killed 30 farmers", date(2022, 10, 1), "month", id="a year ago"
        ),
        pytest.param(
            "Il y a un an, des jihadistes avaient tué 30 paysans",
            date(2022, 10, 1),
            "month",
            id="il y a un an",
        ),
        pytest.param(
            "an attack in May killed 30 people", date(2023, 5, 1), "month", id="in May (en)"
        ),
    ],
)
def test_a_year_ago_and_in_may(text: str, expected: date, precision: str) -> None:
    hits = find_dates(fold(text), TUESDAY, False)
    assert [(h.value, h.precision) for h in hits] == [(expected, precision)]


def test_years_told_alone_are_found_where_four_digits_start() -> None:
    """_past_years tries the year regex only where four digits start: the same years as a
    search over the whole text, in texts of digits, blanks, marks and non-Latin digits."""
    chance = random.Random(7)
    alphabet = "0123456789 1920 -%atoe\u0661\u0662?/x,."
    for _ in range(3000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randrange(0, 60)))
        years: list[tuple[int, int]] = []
        after = 0
        for position in dates._four_digit_starts(text):
            match = dates._YEAR_OF_YEAR_ALONE.match(text, position) if position >= after else None
            if match is not None:
                years.append(match.span())
                after = match.end()
        assert years == [m.span() for m in dates._YEAR_OF_YEAR_ALONE.finditer(text)], text
    told = find_dates(
        fold("Lors de l'attaque de 2019, puis en 2021, puis 12019 et 2020-2022."), TUESDAY
    )
    assert [h.kind for h in told] == ["year", "year"]


def test_word_starts_are_those_of_the_word_regex() -> None:
    """_word_starts: where ``[a-z0-9']`` runs begin in a window, the character before it
    counting (a run that goes on across the window's start begins before it)."""
    chance = random.Random(11)
    alphabet = "az09' -.,é\u2019\u0661Z"
    for _ in range(3000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randrange(1, 40)))
        low = chance.randrange(0, len(text))
        high = chance.randrange(low, len(text) + 1)
        expected = [
            m.start()
            for m in re.finditer(r"(?<![a-z0-9'])[a-z0-9']", text)
            if low <= m.start() < high
        ]
        assert dates._word_starts(text, low, high) == expected, (text, low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Christmas Eve last year, gunmen killed 35 people",
            date(2022, 12, 24),
            id="Christmas Eve last year (en, 0.18.0)",
        ),
        pytest.param(
            "On Christmas Day, a bomb exploded", date(2022, 12, 25), id="Christmas Day (en, 0.18.0)"
        ),
        pytest.param(
            "On New Year's Day 2017, a gunman opened fire",
            date(2017, 1, 1),
            id="New Year's Day with its year (en, 0.18.0)",
        ),
        pytest.param(
            "Le jour de Noël 2021, un kamikaze s'était fait exploser",
            date(2021, 12, 25),
            id="le jour de Noël 2021 (fr, 0.18.0)",
        ),
        pytest.param(
            "La veille de Noël, des hommes armés ont attaqué",
            date(2022, 12, 24),
            id="la veille de Noël (fr, 0.18.0)",
        ),
        pytest.param(
            "Dans la nuit de la Saint-Sylvestre, un homme a ouvert le feu",
            date(2023, 1, 1),
            id="la nuit de la Saint-Sylvestre ends on New Year's Day (fr, 0.18.0)",
        ),
    ],
)
def test_the_days_of_fixed_date_feasts(text: str, expected: date) -> None:
    assert first(text) == (expected, "day", "explicit")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the truck rampage at a Christmas market", id="a Christmas market (en)"),
        pytest.param("Noël Mamère a dénoncé l'attaque", id="Noël, a first name (fr)"),
    ],
)
def test_a_feasts_name_that_is_no_day(text: str) -> None:
    assert first(text) is None
