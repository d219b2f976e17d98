"""Read input files into article candidates or rejections; no input can stop, hang or crash a run.

Formats: ``.txt``/``.md``/``.html`` files with an optional ``NAME.json`` sidecar, and ``.jsonl``
batches (one article per line, our field names or those of common scrapers). HTML is reduced to
its main text here, once, at load, so that extraction never pays for it.

Every failure of one input becomes a :class:`Rejection` with a reason and a message, and the run
goes on. Most are explicit checks (``ingest.files`` for what a file is and how much of it is read,
``ingest.decoding`` for bytes to text, ``ingest.jsonlimits`` for JSON). Each input, and each JSONL
line, also has one exception boundary for the errors the parsing libraries raise on hostile data
(:data:`INPUT_ERRORS`); any other exception is a bug of ours and stops the run with a traceback.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import htmldate
import lxml.etree
import lxml.html
import trafilatura

from ingest.decoding import Decoded, byte_order_mark, decode_text
from ingest.files import (
    InputProblem,
    Line,
    Roots,
    display_path,
    inspect_file,
    iter_capped_lines,
    read_capped,
)
from ingest.jsonlimits import (
    MAX_DEPTH,
    MAX_NUMBER_CHARS,
    JsonLimitError,
    loads_limited,
    repair_record,
)
from ingest.metadata import (
    canonical_url,
    clean_str,
    detect_language,
    normalize_language,
    pick,
    read_datetime,
    read_published,
)
from ingest.records import ArticleCandidate, Rejection, RejectReason
from ingest.textnorm import normalize_article_text

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
SIDECAR_SUFFIX = ".json"
_WIDE_ENCODINGS = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})

# What the libraries we call (json, lxml, trafilatura, htmldate, courlan, the codecs) raise on
# hostile data. One input that raises one of these is rejected as ``unprocessable``, with the
# error in its message; TypeError, AttributeError, KeyError... are bugs of ours and are not caught.
INPUT_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    OverflowError,
    RecursionError,
    UnicodeError,
    lxml.etree.LxmlError,
)

ReadResult = ArticleCandidate | Rejection


@dataclass(frozen=True, slots=True)
class ReaderConfig:
    """Limits that apply to every input, and the ingestion time dates are checked against."""

    max_bytes: int = 5_000_000  # per file (text, HTML, sidecar) or per JSONL record
    min_chars: int = 1  # shorter normalized text is rejected as empty
    max_depth: int = MAX_DEPTH  # JSON nesting
    max_number_chars: int = MAX_NUMBER_CHARS  # digits (and sign, point, exponent) of a JSON number
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    # Asked before a regular file of a supported type is opened, with its URI, status and path:
    # True skips the file (the ingest's "loaded before, unchanged" test). None reads every file.
    skip_file: Callable[[str, os.stat_result, Path], bool] | None = None


def iter_inputs(paths: list[Path], config: ReaderConfig) -> Iterator[ReadResult]:
    """Yield a candidate or a rejection for every input under ``paths``, in a stable order.

    Symbolic links are followed only to paths inside ``paths`` (a file named directly is its
    own root): a link found in a folder that leads elsewhere is rejected as ``outside_root``.
    """
    roots = Roots.of(paths)
    for path in paths:
        if _is_folder(path):
            yield from _read_folder(path, roots, config)
        else:
            yield from read_path(path, config, roots)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False  # read_path reports why it cannot be read


def _read_folder(folder: Path, roots: Roots, config: ReaderConfig) -> Iterator[ReadResult]:
    errors: list[OSError] = []
    for child in _walk(folder, errors, roots):
        if isinstance(child, Rejection):
            yield child
        else:
            yield from read_path(child, config, roots)
    for error in errors:
        where = display_path(Path(error.filename).absolute()) if error.filename else str(folder)
        yield _reject(where, RejectReason.UNREADABLE, f"cannot list folder: {error.strerror}")


def _walk(root: Path, errors: list[OSError], roots: Roots) -> Iterator[Path | Rejection]:
    """Files below ``root`` in sorted order, sidecars and hidden files left out.

    A link to a folder is never followed (it could loop, or lead anywhere): it is reported.
    """
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
        kept = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            child = Path(dirpath) / name
            if os.path.islink(child):
                yield _linked_folder(child, roots)
            else:
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            child = Path(dirpath) / name
            if child.suffix.lower() == SIDECAR_SUFFIX and _has_article_sibling(child):
                continue
            yield child


def _linked_folder(link: Path, roots: Roots) -> Rejection:
    uri = display_path(link.absolute())
    real = os.path.realpath(link)
    if not roots.contains(real):
        message = f"symbolic link to {display_path(real)}, outside the files and folders given"
        return _reject(uri, RejectReason.OUTSIDE_ROOT, message + "; not read")
    message = "a symbolic link to a folder, not followed: give that folder itself to read it"
    return _reject(uri, RejectReason.NOT_A_REGULAR_FILE, message)


def _has_article_sibling(sidecar: Path) -> bool:
    return any(os.path.lexists(sidecar.with_suffix(s)) for s in (*TEXT_SUFFIXES, *HTML_SUFFIXES))


def read_path(path: Path, config: ReaderConfig, roots: Roots | None = None) -> Iterator[ReadResult]:
    """Read one file of any supported kind (``roots`` default to the file itself)."""
    roots = roots or Roots.of([path])
    uri = display_path(path.absolute())
    try:
        real, status = inspect_file(path, roots)
    except InputProblem as problem:
        yield _reject(uri, problem.reason, problem.message, byte_size=problem.byte_size)
        return
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        yield _reject(
            uri,
            RejectReason.UNSUPPORTED_TYPE,
            f"unsupported file type {display_path(suffix) or '(none)'}: "
            "expected .txt, .md, .html or .jsonl",
        )
        return
    if config.skip_file is not None and config.skip_file(uri, status, path):
        return
    if suffix in JSONL_SUFFIXES:
        yield from _guarded_stream(uri, lambda: read_jsonl(uri, real, status, config))
        return
    fmt = "html" if suffix in HTML_SUFFIXES else suffix[1:]
    yield from _guarded(uri, None, lambda: _read_file(path, uri, real, status, fmt, config, roots))


def _guarded(
    uri: str, line: int | None, read: Callable[[], list[ReadResult]], input_path: str | None = None
) -> list[ReadResult]:
    """The exception boundary of one input: its results, or one rejection saying what failed."""
    try:
        return read()
    except OSError as exc:
        message = f"cannot read: {exc.strerror or type(exc).__name__}"
        return [
            Rejection(uri, input_path or uri, line, RejectReason.UNREADABLE, message, None, None)
        ]
    except INPUT_ERRORS as exc:
        message = f"could not be processed ({type(exc).__name__}: {_short(str(exc))})"
        return [
            Rejection(uri, input_path or uri, line, RejectReason.UNPROCESSABLE, message, None, None)
        ]


def _guarded_stream(uri: str, read: Callable[[], Iterator[ReadResult]]) -> Iterator[ReadResult]:
    """The boundary of a file read as a stream (JSONL): a read error ends the file, not the run."""
    try:
        yield from read()
    except InputProblem as problem:
        yield _reject(uri, problem.reason, problem.message, byte_size=problem.byte_size)
    except OSError as exc:
        message = f"reading stopped: {exc.strerror or type(exc).__name__}"
        yield _reject(uri, RejectReason.UNREADABLE, message)


def _read_file(
    path: Path,
    uri: str,
    real: str,
    status: os.stat_result,
    fmt: str,
    config: ReaderConfig,
    roots: Roots,
) -> list[ReadResult]:
    try:
        data = read_capped(real, status, config.max_bytes)
    except InputProblem as problem:
        return [_reject(uri, problem.reason, problem.message, byte_size=problem.byte_size)]
    sidecar, sidecar_problem, surrogates = _read_sidecar(path, roots, config)
    results: list[ReadResult] = [sidecar_problem] if sidecar_problem is not None else []
    return results + _from_bytes(data, uri, fmt, sidecar, surrogates, config)


def _read_sidecar(
    path: Path, roots: Roots, config: ReaderConfig
) -> tuple[Mapping[str, Any], Rejection | None, int]:
    """The sidecar's fields, a ``bad_sidecar`` rejection when it exists but cannot be used, and
    how many lone surrogates its strings held (repaired)."""
    sidecar_path = path.with_suffix(SIDECAR_SUFFIX)
    if not os.path.lexists(sidecar_path):
        return {}, None, 0
    uri = display_path(sidecar_path.absolute())

    def bad(why: str) -> tuple[Mapping[str, Any], Rejection, int]:
        message = f"sidecar ignored, article loaded without its metadata: {why}"
        return {}, _reject(uri, RejectReason.BAD_SIDECAR, message), 0

    try:
        real, status = inspect_file(sidecar_path, roots)
        data = read_capped(real, status, config.max_bytes)
    except InputProblem as problem:
        return bad(problem.message)
    except OSError as exc:
        return bad(f"cannot read: {exc.strerror or type(exc).__name__}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return bad("not UTF-8 text")
    try:
        parsed = loads_limited(
            text, max_depth=config.max_depth, max_number_chars=config.max_number_chars
        )
    except JsonLimitError as exc:
        return bad(exc.message)
    except json.JSONDecodeError as exc:
        return bad(f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})")
    if not isinstance(parsed, dict):
        return bad("not a JSON object")
    fields, surrogates = repair_record(parsed)
    return fields, None, surrogates


def _from_bytes(
    data: bytes,
    uri: str,
    fmt: str,
    sidecar: Mapping[str, Any],
    sidecar_surrogates: int,
    config: ReaderConfig,
) -> list[ReadResult]:
    sha = hashlib.sha256(data).hexdigest()
    size = len(data)

    def reject(reason: RejectReason, message: str) -> list[ReadResult]:
        return [_reject(uri, reason, message, byte_size=size, sha=sha)]

    if not data.strip():
        return reject(RejectReason.EMPTY, "file is empty")
    wide = byte_order_mark(data) in _WIDE_ENCODINGS
    if not wide and _looks_binary(data):
        return reject(RejectReason.BINARY, "file holds binary data, not text")
    decoded = decode_text(data)
    if decoded is None:
        return reject(RejectReason.UNDECODABLE, "bytes are neither UTF-8 nor Windows-1252 text")
    if wide and decoded.replaced * 100 > len(decoded.text):
        return reject(
            RejectReason.UNDECODABLE,
            f"starts with a {decoded.encoding} byte order mark, but {decoded.replaced:,} "
            "sequences are not valid in it",
        )
    if wide and _looks_binary_text(decoded.text):
        return reject(RejectReason.BINARY, f"file holds binary data ({decoded.encoding}), not text")
    source = _Source(uri, uri, None, sha, size, _repaired_note(decoded, sidecar_surrogates))
    if fmt == "html":
        return _from_html(decoded.text, source, sidecar, "sidecar", config)
    return _candidate(decoded.text, source, fmt, sidecar, "sidecar", config)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean binary data."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _looks_binary_text(text: str) -> bool:
    """The same test on decoded text (for UTF-16 and UTF-32, whose bytes hold NULs)."""
    head = text[:8192]
    if "\x00" in head:
        return True
    controls = sum(1 for c in head if c < " " and c not in "\t\n\f\r")
    return controls > len(head) * 0.05


def decode_bytes(data: bytes) -> str | None:
    """The text of ``data`` by the rule of :mod:`ingest.decoding`, or None when undecodable."""
    decoded = decode_text(data)
    return None if decoded is None else decoded.text


def _repaired_note(decoded: Decoded, surrogates: int) -> str | None:
    """What was repaired in an input's text, for a ``repaired_text`` row; None when nothing."""
    parts = []
    if decoded.replaced:
        parts.append(f"{decoded.replaced:,} invalid {decoded.encoding} byte sequence(s)")
    if surrogates:
        parts.append(f"{surrogates:,} lone surrogate(s) in JSON strings (metadata or text)")
    if not parts:
        return None
    return " and ".join(parts) + " replaced by U+FFFD; the article loaded with them"


@dataclass(frozen=True, slots=True)
class _Source:
    """Where an input came from, for the records built from it."""

    uri: str  # the rejection's URI (a JSONL line: FILE#L12)
    input_path: str
    line: int | None
    sha: str
    size: int
    repaired: str | None = None  # the message of a repaired_text row; None: nothing repaired

    def rejection(self, reason: RejectReason, message: str) -> Rejection:
        return Rejection(self.uri, self.input_path, self.line, reason, message, self.size, self.sha)


def read_jsonl(
    uri: str, real: str, status: os.stat_result, config: ReaderConfig
) -> Iterator[ReadResult]:
    """One candidate or rejection per non-blank line; a bad line never stops the file."""
    for line in iter_capped_lines(real, status, config.max_bytes):
        if line.number == 1 and line.data and byte_order_mark(line.data) in _WIDE_ENCODINGS:
            yield _reject(
                uri,
                RejectReason.UNDECODABLE,
                "JSONL in UTF-16 or UTF-32 is not read: convert the file to UTF-8",
                byte_size=status.st_size,
            )
            return
        if line.data is not None and not line.data.strip():
            continue
        read_line = functools.partial(_from_jsonl_line, line, uri, config)
        yield from _guarded(f"{uri}#L{line.number}", line.number, read_line, uri)


def _from_jsonl_line(line: Line, file_uri: str, config: ReaderConfig) -> list[ReadResult]:
    number = line.number
    line_uri = f"{file_uri}#L{number}"
    if line.data is None:
        rejection = Rejection(
            line_uri,
            file_uri,
            number,
            RejectReason.OVERSIZED,
            f"line {number} is {line.size:,} bytes, over the limit of {config.max_bytes:,}",
            line.size,
            None,
        )
        return [rejection]
    raw = line.data
    source = _Source(line_uri, file_uri, number, hashlib.sha256(raw).hexdigest(), len(raw))

    def reject(reason: RejectReason, message: str) -> list[ReadResult]:
        return [source.rejection(reason, message)]

    decoded = decode_text(raw)
    if decoded is None:
        return reject(RejectReason.UNDECODABLE, f"line {number} is not UTF-8 text")
    try:
        record = loads_limited(
            decoded.text, max_depth=config.max_depth, max_number_chars=config.max_number_chars
        )
    except JsonLimitError as exc:
        return reject(exc.reason, f"line {number}: {exc.message}")
    except json.JSONDecodeError as exc:
        return reject(RejectReason.MALFORMED_JSON, f"line {number} is not valid JSON: {exc.msg}")
    if not isinstance(record, dict):
        kind = type(record).__name__
        return reject(RejectReason.NOT_AN_OBJECT, f"line {number} is a JSON {kind}, not an object")
    record, surrogates = repair_record(record)
    source = _Source(
        line_uri, file_uri, number, source.sha, source.size, _repaired_note(decoded, surrogates)
    )
    body = clean_str(pick(record, "text"))
    html = clean_str(pick(record, "html"))
    if body is None and html is None:
        return reject(
            RejectReason.MISSING_TEXT,
            f"line {number} has no article text (expected one of text, maintext, html)",
        )
    if body is None and html is not None:
        return _from_html(html, source, record, "jsonl", config)
    assert body is not None
    return _candidate(body, source, "jsonl", record, "jsonl", config)


def _from_html(
    html: str,
    source: _Source,
    meta: Mapping[str, Any],
    meta_source: str,
    config: ReaderConfig,
) -> list[ReadResult]:
    main = html_main_text(html)
    if main is None:
        return [
            source.rejection(
                RejectReason.NO_MAIN_TEXT,
                "HTML page has no main text (only navigation or boilerplate)",
            )
        ]
    page = html_metadata(html)
    merged: dict[str, Any] = {**page, **{k: v for k, v in meta.items() if v not in (None, "")}}
    page_fields = frozenset(k for k in page if k not in meta or meta[k] in (None, ""))
    return _candidate(main, source, "html", merged, meta_source, config, page_fields)


def html_main_text(html: str) -> str | None:
    """The article's main text with boilerplate removed (trafilatura), or None if there is none.

    Precision mode without the fallback extractors: a page of menus and banners gives nothing
    rather than its menu text. A pure function of the page: trafilatura's ``deduplicate`` keeps
    a cache across the whole process and drops paragraphs it has seen before, so the same page
    would give different text depending on what else the run read. It is off.
    """
    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        fast=True,
        deduplicate=False,
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
    source: _Source,
    fmt: str,
    meta: Mapping[str, Any],
    meta_source: str,
    config: ReaderConfig,
    page_fields: frozenset[str] = frozenset(),
) -> list[ReadResult]:
    """The article, then any ``bad_date`` or ``repaired_text`` notes about it."""
    text = normalize_article_text(body)
    if len(text) < config.min_chars:
        return [source.rejection(RejectReason.EMPTY, "no text after trimming")]

    def source_of(name: str) -> str:
        return "html" if name in page_fields else meta_source

    url = clean_str(pick(meta, "url"))
    article_uri = url if source.line is not None and url else source.uri
    title = clean_str(pick(meta, "title"))
    title_source = source_of("title") if title else None
    if title is None and fmt in ("txt", "md"):
        title = _first_line_title(text)
        title_source = "first_line" if title else None
    published, published_problem = read_published(
        pick(meta, "published_at"), source_of("published_at"), now=config.now
    )
    updated_at, updated_problem = read_datetime(pick(meta, "updated_at"), now=config.now)
    language = normalize_language(pick(meta, "language"))
    language_method = source_of("language") if language else None
    if language is None:
        language = detect_language(text)
        language_method = "py3langid"
    article = ArticleCandidate(
        source_uri=article_uri,
        input_path=source.input_path,
        line_number=source.line,
        input_format=fmt,
        text=text,
        url=canonical_url(url),
        title=title,
        title_source=title_source,
        published=published,
        updated_at=updated_at,
        publisher=clean_str(pick(meta, "publisher")),
        language=language,
        language_method=language_method,
        raw_sha256=source.sha,
        record_id=clean_str(pick(meta, "id")),
    )
    results: list[ReadResult] = [article]
    date_problems = [
        f"{name} {problem}"
        for name, problem in (("published_at", published_problem), ("updated_at", updated_problem))
        if problem is not None
    ]
    if date_problems:
        without = "that date" if len(date_problems) == 1 else "those dates"
        message = "; ".join(date_problems) + f": the article loaded without {without}"
        results.append(source.rejection(RejectReason.BAD_DATE, message))
    if source.repaired:
        results.append(source.rejection(RejectReason.REPAIRED_TEXT, source.repaired))
    return results


def _first_line_title(text: str) -> str | None:
    """A scraped page's first line is its title when a blank line follows and it is short."""
    head, sep, _rest = text.partition("\n\n")
    if sep and "\n" not in head and 0 < len(head) <= 300:
        return head.strip()
    return None


def _short(text: str, limit: int = 200) -> str:
    """A library's error message for a rejection: cut short, lone surrogates written out."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _reject(
    uri: str,
    reason: RejectReason,
    message: str,
    *,
    byte_size: int | None = None,
    sha: str | None = None,
) -> Rejection:
    return Rejection(uri, uri, None, reason, message, byte_size, sha)
