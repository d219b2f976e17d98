"""Typed records that the readers produce and the raw log stores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RejectReason(StrEnum):
    """Why an input could not become an article: a closed list, documented in the README."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    OVERSIZED = "oversized"
    UNREADABLE = "unreadable"
    MALFORMED_JSON = "malformed_json"
    NOT_AN_OBJECT = "not_an_object"
    MISSING_TEXT = "missing_text"
    NO_MAIN_TEXT = "no_main_text"
    BAD_SIDECAR = "bad_sidecar"
    UNSUPPORTED_TYPE = "unsupported_type"


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
