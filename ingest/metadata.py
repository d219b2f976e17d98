"""Article metadata: field aliases of common scrapers, publication dates, URLs, language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import courlan
import py3langid

from ingest.records import PublishedAt

# Our field names first, then those common scrapers write (news-please, trafilatura, newspaper).
FIELD_ALIASES: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "content", "body", "raw_text"),
    "html": ("html", "raw_html", "content_html"),
    "url": ("url", "canonical_url", "link", "source_url"),
    "title": ("title", "headline", "title_page", "title_rss"),
    "published_at": ("published_at", "date_publish", "published", "pubdate", "date"),
    "updated_at": ("updated_at", "date_modify", "modified_at"),
    "publisher": ("publisher", "source_domain", "sitename", "source", "site_name"),
    "language": ("language", "lang"),
    "id": ("id", "article_id"),
}

_MONTH_ONLY = re.compile(r"^(\d{4})-(\d{2})$")
_DATE_ONLY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def pick(record: Mapping[str, Any], field: str) -> Any:
    """Return the first non-empty value among the aliases of ``field`` in ``record``."""
    for key in FIELD_ALIASES[field]:
        value = record.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = value.strip()
            if not value:
                continue
        return value
    return None


def clean_str(value: Any) -> str | None:
    """A stripped string, or None for missing or empty values and non-strings."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


# A publication or update time outside these bounds is no time: before the first newspapers
# that anyone would ingest here, or more than a day after the ingestion that reads it (a day of
# slack for clocks and time zones).
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)


def parse_published(value: Any, source: str, *, now: datetime | None = None) -> PublishedAt | None:
    """Parse an ISO datetime, ISO date or ``YYYY-MM`` into a :class:`PublishedAt`.

    Values that are not one of those forms, or fall outside the plausible range, give None: a
    date is never guessed from free text. :func:`read_published` also says why.
    """
    return read_published(value, source, now=now)[0]


def read_published(
    value: Any, source: str, *, now: datetime | None = None
) -> tuple[PublishedAt | None, str | None]:
    """A publication time and, when a value was given but cannot be used, the reason why.

    A naive datetime is taken as UTC and its calendar date as the local date. A time before
    1900 or more than a day after ``now`` (the ingestion time) is no time.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    text = clean_str(value)
    if text is None:
        return None, f"{_shown(value)} is not a date string"
    if m := _MONTH_ONLY.match(text):
        day = _valid_date(int(m[1]), int(m[2]), 1)
        precision = "month"
    elif m := _DATE_ONLY.match(text):
        day = _valid_date(int(m[1]), int(m[2]), int(m[3]))
        precision = "day"
    else:
        moment, problem = read_datetime(text, now=now)
        if moment is None:
            return None, problem
        return PublishedAt(moment.astimezone(UTC), moment.date(), "datetime", source), None
    if day is None:
        return None, f"{_shown(text)} is not a calendar date"
    instant = _midnight_utc(day)
    problem = _out_of_range(instant, now)
    if problem is not None:
        return None, f"{_shown(text)} is {problem}"
    return PublishedAt(instant, day, precision, source), None


def parse_datetime(value: Any) -> datetime | None:
    """Parse an ISO 8601 datetime (``T`` or space separator, ``Z`` allowed); naive means UTC.

    No range check: ``as-of`` takes any time. Input metadata goes through :func:`read_datetime`.
    """
    text = clean_str(value)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def read_datetime(value: Any, *, now: datetime | None = None) -> tuple[datetime | None, str | None]:
    """An aware ISO 8601 datetime in the plausible range and, when one given cannot be used, why."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    text = clean_str(value)
    if text is None:
        return None, f"{_shown(value)} is not a date string"
    moment = parse_datetime(text)
    if moment is None:
        return None, f"{_shown(text)} is not an ISO 8601 date or datetime"
    problem = _out_of_range(moment, now)
    if problem is not None:
        return None, f"{_shown(text)} is {problem}"
    return moment, None


def _out_of_range(moment: datetime, now: datetime | None) -> str | None:
    """Why an aware datetime is implausible, or None.

    Years 1 and 9999 are refused before any comparison or conversion: with an offset they can
    leave the range Python's datetime holds once converted to UTC.
    """
    if moment.year <= 1 or moment < EARLIEST:
        return "before 1900"
    latest = (now or datetime.now(UTC)) + FUTURE_SLACK
    if moment.year >= 9999 or moment > latest:
        return f"more than a day after the ingestion ({latest - FUTURE_SLACK:%Y-%m-%d %H:%M} UTC)"
    return None


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shown(value: Any) -> str:
    """A value quoted for a message, cut short when long."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _midnight_utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone(timedelta(0)))


def canonical_url(url: str | None) -> str | None:
    """Canonical form of a URL for identity: lower-case host, no tracking parameters or fragment."""
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        normalized = courlan.normalize_url(url, strict=False)
    except (ValueError, TypeError):
        return None
    normalized = normalized.split("#", 1)[0]
    return normalized.rstrip("/") if normalized.count("/") > 3 else normalized


def normalize_language(value: Any) -> str | None:
    """ISO 639-1 code from values like ``fr``, ``FR``, ``fr-FR``, ``fr_CA``; else None."""
    text = clean_str(value)
    if text is None:
        return None
    code = re.split(r"[-_]", text.lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def detect_language(text: str) -> str:
    """Detect the language of ``text`` offline with py3langid (bundled model)."""
    lang, _score = py3langid.classify(text[:4000])
    return str(lang)
