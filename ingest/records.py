"""Typed records that the readers produce and the raw log stores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RejectReason(StrEnum):
    """Why an input, or a part of it, could not be used as given: a closed list, in the README.

    The first reasons reject the whole input. The last three (``bad_sidecar``, ``bad_date``,
    ``repaired_text``) leave the article loaded, without the bad part or with it repaired.
    """

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    OVERSIZED = "oversized"
    UNREADABLE = "unreadable"
    NOT_A_REGULAR_FILE = "not_a_regular_file"
    OUTSIDE_ROOT = "outside_root"
    MALFORMED_JSON = "malformed_json"
    TOO_DEEP = "too_deep"
    NUMBER_TOO_LONG = "number_too_long"
    NOT_AN_OBJECT = "not_an_object"
    MISSING_TEXT = "missing_text"
    NO_MAIN_TEXT = "no_main_text"
    UNPROCESSABLE = "unprocessable"
    UNSUPPORTED_TYPE = "unsupported_type"
    BAD_SIDECAR = "bad_sidecar"
    BAD_DATE = "bad_date"
    REPAIRED_TEXT = "repaired_text"

    @property
    def keeps_article(self) -> bool:
        """Whether the article still loads (without the bad part, or repaired)."""
        return self in _KEEPS_ARTICLE


_KEEPS_ARTICLE = frozenset(
    {RejectReason.BAD_SIDECAR, RejectReason.BAD_DATE, RejectReason.REPAIRED_TEXT}
)


@dataclass(frozen=True, slots=True)
class PublishedAt:
    """A publication time as the input gave it, with its precision and provenance."""

    instant: datetime  # timezone-aware; midnight UTC when only a date or month is known
    local_date: date  # the calendar date in the publisher's own time zone
    precision: str  # "datetime" | "day" | "month"
    source: str  # "sidecar" | "jsonl" | "html"


@dataclass(frozen=True, slots=True)
class ArticleCandidate:
    """One article as read from an input, before it is keyed and logged."""

    source_uri: str
    input_path: str
    line_number: int | None
    input_format: str  # "txt" | "md" | "html" | "jsonl"
    text: str  # already normalized (ingest.textnorm)
    url: str | None
    title: str | None
    title_source: str | None
    published: PublishedAt | None
    updated_at: datetime | None
    publisher: str | None
    language: str | None
    language_method: str | None
    raw_sha256: str
    record_id: str | None = None  # an ``id`` the input gives itself (sidecar or JSONL record)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with a message a person can act on."""

    source_uri: str
    input_path: str
    line_number: int | None
    reason: RejectReason
    message: str
    byte_size: int | None
    raw_sha256: str | None
