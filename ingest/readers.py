"""Read input files into article candidates or rejections; never raise for bad input.

Formats: ``.txt``/``.md``/``.html`` files with an optional ``NAME.json`` sidecar, and ``.jsonl``
batches (one article per line, our field names or those of common scrapers). HTML is reduced to
its main text here, once, at load, so that extraction never pays for it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import htmldate
import lxml.html
import trafilatura

from ingest.metadata import (
    canonical_url,
    clean_str,
    detect_language,
    normalize_language,
    parse_datetime,
    parse_published,
    pick,
)
from ingest.records import ArticleCandidate, PublishedAt, Rejection, RejectReason
from ingest.textnorm import normalize_article_text

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
SIDECAR_SUFFIX = ".json"
# Bytes undefined in cp1252: text holding them is not cp1252, and latin-1 would only hide that.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

ReadResult = ArticleCandidate | Rejection


@dataclass(frozen=True, slots=True)
class ReaderConfig:
    """Limits that apply to every input."""

    max_bytes: int = 5_000_000  # per file (text, HTML) or per JSONL record
    min_chars: int = 1  # shorter normalized text is rejected as empty


def iter_inputs(paths: list[Path], config: ReaderConfig) -> Iterator[ReadResult]:
    """Yield a candidate or a rejection for every input under ``paths``, in a stable order."""
    for path in paths:
        if path.is_dir():
            errors: list[OSError] = []
            for child in _walk(path, errors):
                yield from read_path(child, config)
            for error in errors:
                where = str(Path(error.filename).absolute()) if error.filename else str(path)
                yield _reject(
                    where, RejectReason.UNREADABLE, f"cannot list folder: {error.strerror}"
                )
        else:
            yield from read_path(path, config)


def _walk(root: Path, errors: list[OSError]) -> Iterator[Path]:
    """Files below ``root`` in sorted order, sidecars and hidden files left out."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            child = Path(dirpath) / name
            if child.suffix.lower() == SIDECAR_SUFFIX and _has_article_sibling(child):
                continue
            yield child


def _has_article_sibling(sidecar: Path) -> bool:
    return any(sidecar.with_suffix(s).exists() for s in (*TEXT_SUFFIXES, *HTML_SUFFIXES))


def read_path(path: Path, config: ReaderConfig) -> Iterator[ReadResult]:
    """Read one file of any supported kind."""
    uri = str(path.absolute())
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        yield _reject(
            uri,
            RejectReason.UNSUPPORTED_TYPE,
            f"unsupported file type {suffix or '(none)'}: expected .txt, .md, .html or .jsonl",
        )
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, config)
        return
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            yield _reject(
                uri,
                RejectReason.OVERSIZED,
                f"file is {size:,} bytes, over the limit of {config.max_bytes:,}",
                byte_size=size,
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _reject(uri, RejectReason.UNREADABLE, f"cannot read file: {exc.strerror or exc}")
        return
    sidecar, sidecar_problem = _read_sidecar(path)
    if sidecar_problem is not None:
        yield sidecar_problem
    yield _from_bytes(data, path, uri, "html" if suffix in HTML_SUFFIXES else suffix[1:], sidecar)


def _read_sidecar(path: Path) -> tuple[Mapping[str, Any], Rejection | None]:
    sidecar_path = path.with_suffix(SIDECAR_SUFFIX)
    if not sidecar_path.exists():
        return {}, None
    uri = str(sidecar_path.absolute())
    try:
        data = json.loads(sidecar_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        message = f"sidecar ignored, article loaded without its metadata: {exc}"
        return {}, _reject(uri, RejectReason.BAD_SIDECAR, message)
    if not isinstance(data, dict):
        message = "sidecar ignored, article loaded without its metadata: not a JSON object"
        return {}, _reject(uri, RejectReason.BAD_SIDECAR, message)
    return data, None


def _from_bytes(
    data: bytes, path: Path, uri: str, fmt: str, sidecar: Mapping[str, Any]
) -> ReadResult:
    sha = hashlib.sha256(data).hexdigest()
    size = len(data)
    if not data.strip():
        return _reject(uri, RejectReason.EMPTY, "file is empty", byte_size=size, sha=sha)
    if _looks_binary(data):
        return _reject(
            uri, RejectReason.BINARY, "file holds binary data, not text", byte_size=size, sha=sha
        )
    decoded = decode_bytes(data)
    if decoded is None:
        return _reject(
            uri,
            RejectReason.UNDECODABLE,
            "bytes are neither UTF-8 nor Windows-1252 text",
            byte_size=size,
            sha=sha,
        )
    if fmt == "html":
        return _from_html(decoded, path_str=uri, uri=uri, meta=sidecar, sha=sha, line=None)
    return _candidate(
        decoded,
        uri=uri,
        input_path=uri,
        line=None,
        fmt=fmt,
        meta=sidecar,
        meta_source="sidecar",
        sha=sha,
    )


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean binary data."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def decode_bytes(data: bytes) -> str | None:
    """Decode UTF-8 (with or without BOM), else Windows-1252 when plausible; else None."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if any(b in _CP1252_UNDEFINED for b in data):
        return None
    return data.decode("cp1252")


def read_jsonl(path: Path, config: ReaderConfig) -> Iterator[ReadResult]:
    """One candidate or rejection per non-blank line; a bad line never stops the file."""
    file_uri = str(path.absolute())
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield _reject(file_uri, RejectReason.UNREADABLE, f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            yield _from_jsonl_line(raw, number, file_uri, config)


def _from_jsonl_line(raw: bytes, number: int, file_uri: str, config: ReaderConfig) -> ReadResult:
    sha = hashlib.sha256(raw).hexdigest()
    size = len(raw)
    line_uri = f"{file_uri}#L{number}"

    def reject(reason: RejectReason, message: str) -> Rejection:
        return Rejection(line_uri, file_uri, number, reason, message, size, sha)

    if size > config.max_bytes:
        return reject(
            RejectReason.OVERSIZED,
            f"line {number} is {size:,} bytes, over the limit of {config.max_bytes:,}",
        )
    text = decode_bytes(raw)
    if text is None:
        return reject(RejectReason.UNDECODABLE, f"line {number} is not UTF-8 text")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return reject(RejectReason.MALFORMED_JSON, f"line {number} is not valid JSON: {exc.msg}")
    if not isinstance(record, dict):
        kind = type(record).__name__
        return reject(RejectReason.NOT_AN_OBJECT, f"line {number} is a JSON {kind}, not an object")
    body = clean_str(pick(record, "text"))
    html = clean_str(pick(record, "html"))
    url = clean_str(pick(record, "url"))
    uri = url or line_uri
    if body is None and html is None:
        return reject(
            RejectReason.MISSING_TEXT,
            f"line {number} has no article text (expected one of text, maintext, html)",
        )
    if body is None and html is not None:
        return _from_html(html, path_str=file_uri, uri=uri, meta=record, sha=sha, line=number)
    assert body is not None
    return _candidate(
        body,
        uri=uri,
        input_path=file_uri,
        line=number,
        fmt="jsonl",
        meta=record,
        meta_source="jsonl",
        sha=sha,
    )


def _from_html(
    html: str,
    *,
    path_str: str,
    uri: str,
    meta: Mapping[str, Any],
    sha: str,
    line: int | None,
) -> ReadResult:
    main = html_main_text(html)
    if main is None:
        return Rejection(
            uri,
            path_str,
            line,
            RejectReason.NO_MAIN_TEXT,
            "HTML page has no main text (only navigation or boilerplate)",
            len(html.encode("utf-8")),
            sha,
        )
    page = html_metadata(html)
    merged: dict[str, Any] = {**page, **{k: v for k, v in meta.items() if v not in (None, "")}}
    meta_source = "jsonl" if line is not None else "sidecar"
    return _candidate(
        main,
        uri=uri,
        input_path=path_str,
        line=line,
        fmt="html",
        meta=merged,
        meta_source=meta_source,
        sha=sha,
        page_fields=frozenset(k for k in page if k not in meta or meta[k] in (None, "")),
    )


def html_main_text(html: str) -> str | None:
    """The article's main text with boilerplate removed (trafilatura), or None if there is none.

    Precision mode without the fallback extractors: a page of menus and banners gives nothing
    rather than its menu text.
    """
    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        fast=True,
        deduplicate=True,
    )
    if text is None or not text.strip():
        return None
    return text


def html_metadata(html: str) -> dict[str, Any]:
    """Title, publication date, language and URL that the page's own metadata declares."""
    found: dict[str, Any] = {}
    try:
        meta = trafilatura.extract_metadata(html, extensive=False)
    except (ValueError, TypeError):
        meta = None
    if meta is not None:
        if meta.title:
            found["title"] = meta.title
        if meta.url:
            found["url"] = meta.url
        if meta.sitename:
            found["publisher"] = meta.sitename
    published = htmldate.find_date(html, extensive_search=False, original_date=True)
    if published:
        found["published_at"] = published
    try:
        lang = lxml.html.fromstring(html).get("lang")
    except (ValueError, lxml.etree.ParserError):
        lang = None
    if lang:
        found["language"] = lang
    return found


def _candidate(
    body: str,
    *,
    uri: str,
    input_path: str,
    line: int | None,
    fmt: str,
    meta: Mapping[str, Any],
    meta_source: str,
    sha: str,
    page_fields: frozenset[str] = frozenset(),
) -> ReadResult:
    text = normalize_article_text(body)
    if not text:
        return Rejection(
            uri, input_path, line, RejectReason.EMPTY, "no text after trimming", None, sha
        )

    def source_of(field: str) -> str:
        return "html" if field in page_fields else meta_source

    url = clean_str(pick(meta, "url"))
    title = clean_str(pick(meta, "title"))
    title_source = source_of("title") if title else None
    if title is None and fmt in ("txt", "md"):
        title = _first_line_title(text)
        title_source = "first_line" if title else None
    published: PublishedAt | None = parse_published(
        pick(meta, "published_at"), source_of("published_at")
    )
    language = normalize_language(pick(meta, "language"))
    language_method = source_of("language") if language else None
    if language is None:
        language = detect_language(text)
        language_method = "py3langid"
    return ArticleCandidate(
        source_uri=uri,
        input_path=input_path,
        line_number=line,
        input_format=fmt,
        text=text,
        url=canonical_url(url),
        title=title,
        title_source=title_source,
        published=published,
        updated_at=parse_datetime(pick(meta, "updated_at")),
        publisher=clean_str(pick(meta, "publisher")),
        language=language,
        language_method=language_method,
        raw_sha256=sha,
        record_id=clean_str(pick(meta, "id")),
    )


def _first_line_title(text: str) -> str | None:
    """A scraped page's first line is its title when a blank line follows and it is short."""
    head, sep, _rest = text.partition("\n\n")
    if sep and "\n" not in head and 0 < len(head) <= 300:
        return head.strip()
    return None


def _reject(
    uri: str,
    reason: RejectReason,
    message: str,
    *,
    byte_size: int | None = None,
    sha: str | None = None,
) -> Rejection:
    return Rejection(uri, uri, None, reason, message, byte_size, sha)
