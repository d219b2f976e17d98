"""Metadata parsing: publication dates, URLs, languages and scraper field names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ingest.metadata import (
    canonical_url,
    detect_language,
    normalize_language,
    parse_published,
    pick,
    read_datetime,
    read_published,
)
from ingest.textnorm import normalize_article_text


@pytest.mark.parametrize(
    ("value", "precision", "local_date", "instant"),
    [
        pytest.param(
            "2023-10-30",
            "day",
            date(2023, 10, 30),
            datetime(2023, 10, 30, tzinfo=UTC),
            id="ISO date is day precision at midnight UTC",
        ),
        pytest.param(
            "2023-10",
            "month",
            date(2023, 10, 1),
            datetime(2023, 10, 1, tzinfo=UTC),
            id="YYYY-MM is month precision on the first",
        ),
        pytest.param(
            "2023-10-31T01:30:00+03:00",
            "datetime",
            date(2023, 10, 31),
            datetime(2023, 10, 30, 22, 30, tzinfo=UTC),
            id="offset datetime keeps the local date but stores UTC",
        ),
        pytest.param(
            "2023-11-02 08:15:00",
            "datetime",
            date(2023, 11, 2),
            datetime(2023, 11, 2, 8, 15, tzinfo=UTC),
            id="news-please space-separated naive datetime is UTC",
        ),
        pytest.param(
            "2024-02-03T10:00:00Z",
            "datetime",
            date(2024, 2, 3),
            datetime(2024, 2, 3, 10, tzinfo=UTC),
            id="Z suffix is UTC",
        ),
    ],
)
def test_parse_published(value: str, precision: str, local_date: date, instant: datetime) -> None:
    parsed = parse_published(value, "sidecar")
    assert parsed is not None
    assert parsed.precision == precision
    assert parsed.local_date == local_date
    assert parsed.instant == instant
    assert parsed.source == "sidecar"


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("last Monday", id="free text is never guessed"),
        pytest.param("30/10/2023", id="day-first slashes are ambiguous and refused"),
        pytest.param("2023-13", id="month 13 is refused"),
        pytest.param("2023-02-30", id="30 February is refused"),
        pytest.param("", id="empty string"),
        pytest.param(None, id="null"),
        pytest.param(20231030, id="a number is not a date"),
    ],
)
def test_parse_published_refuses(value: object) -> None:
    assert parse_published(value, "sidecar") is None


INGESTED = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        pytest.param("0000-01", "not a calendar date", id="year 0 month is no date"),
        pytest.param("0001-01-01T00:00+14:00", "before 1900", id="year 1 at +14:00 is no date"),
        pytest.param(
            "9999-12-31T23:00-14:00",
            "more than a day after the ingestion",
            id="year 9999 at -14:00 is no date",
        ),
        pytest.param("9999-12-31", "more than a day after", id="last representable day"),
        pytest.param("1899-12-31", "before 1900", id="the day before 1900"),
        pytest.param("1900-01-01T05:00+14:00", "before 1900", id="1900 local but 1899 in UTC"),
        pytest.param("2024-03-03", "more than a day after", id="two days after the ingestion"),
        pytest.param("last Monday", "not an ISO 8601", id="free text says why"),
        pytest.param(20231030, "not a date string", id="a number says why"),
    ],
)
def test_read_published_refuses_implausible_dates_and_says_why(value: object, problem: str) -> None:
    published, why = read_published(value, "jsonl", now=INGESTED)
    assert published is None
    assert why is not None and problem in why


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("1900-01-01", id="1 January 1900 is the first plausible day"),
        pytest.param("2024-03-02T11:00:00Z", id="within a day after the ingestion"),
        pytest.param("2024-03-01T20:00-14:00", id="-14:00 offset within a day"),
        pytest.param("2024-03", id="the month of the ingestion"),
    ],
)
def test_read_published_keeps_plausible_dates(value: str) -> None:
    published, why = read_published(value, "jsonl", now=INGESTED)
    assert published is not None and why is None


def test_read_datetime_checks_updated_at_without_overflow() -> None:
    assert read_datetime("9999-12-31T23:00-14:00", now=INGESTED)[0] is None
    assert read_datetime("0001-01-01T00:00+14:00", now=INGESTED)[0] is None
    assert read_datetime(None, now=INGESTED) == (None, None)
    moment, why = read_datetime("2024-02-29T10:00:00-14:00", now=INGESTED)
    assert why is None and moment is not None and moment.utcoffset() is not None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param(
            "HTTPS://News.Example.org/a/b/?utm_source=x&utm_medium=y#comments",
            "https://news.example.org/a/b",
            id="host lower-cased, tracking parameters, fragment and trailing slash dropped",
        ),
        pytest.param(
            "https://news.example.org/story?id=5&fbclid=abc",
            "https://news.example.org/story?id=5",
            id="meaningful query kept, click id dropped",
        ),
        pytest.param("/relative/path", None, id="relative URL is no identity"),
        pytest.param("ftp://example.org/x", None, id="non-web scheme is no identity"),
        pytest.param(None, None, id="missing"),
    ],
)
def test_canonical_url(url: str | None, expected: str | None) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("fr", "fr", id="plain code"),
        pytest.param("FR-fr", "fr", id="region and case dropped"),
        pytest.param("en_GB", "en", id="underscore region dropped"),
        pytest.param("français", None, id="a language name is not a code"),
        pytest.param(" ", None, id="blank"),
    ],
)
def test_normalize_language(value: str, expected: str | None) -> None:
    assert normalize_language(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Deux roquettes sont tombées près de la base pendant la nuit, selon un responsable.",
            "fr",
            id="French sentence",
        ),
        pytest.param(
            "Two rockets landed near the base overnight, an official said on Tuesday.",
            "en",
            id="English sentence",
        ),
        pytest.param(
            "Zwei Raketen schlugen in der Nacht in der Nähe des Stützpunkts ein.",
            "de",
            id="German sentence",
        ),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_pick_prefers_our_field_names_then_scraper_ones() -> None:
    record = {"maintext": "scraped body", "text": "our body", "date_publish": "2023-11-02"}
    assert pick(record, "text") == "our body"
    assert pick(record, "published_at") == "2023-11-02"
    assert pick({"maintext": "  ", "content": "x"}, "text") == "x"


def test_normalized_text_keeps_non_breaking_spaces_and_unifies_newlines() -> None:
    raw = "Titre\r\n\r\nLa base\u00a0« visée »\u202f!  \r\nFin\u2028"
    assert normalize_article_text(raw) == "Titre\n\nLa base\u00a0« visée »\u202f!\nFin"
    decomposed = "e\u0301"  # e + combining acute accent
    assert normalize_article_text(decomposed) == "\u00e9"
