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


def parse_published(value: Any, source: str) -> PublishedAt | None:
    """Parse an ISO datetime, ISO date or ``YYYY-MM`` into a :class:`PublishedAt`.

    Values that are not one of those forms give None: a date is never guessed from free text.
    A naive datetime is taken as UTC and its calendar date as the local date.
    """
    text = clean_str(value)
    if text is None:
        return None
    if m := _MONTH_ONLY.match(text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            return None
        day = date(year, month, 1)
        return PublishedAt(_midnight_utc(day), day, "month", source)
    if m := _DATE_ONLY.match(text):
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return PublishedAt(_midnight_utc(day), day, "day", source)
    moment = parse_datetime(text)
    if moment is None:
        return None
    local_day = moment.date()
    return PublishedAt(moment.astimezone(UTC), local_day, "datetime", source)


def parse_datetime(value: Any) -> datetime | None:
    """Parse an ISO 8601 datetime (``T`` or space separator, ``Z`` allowed); naive means UTC."""
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
