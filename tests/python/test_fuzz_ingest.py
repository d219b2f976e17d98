"""Property-based fuzzing of the readers and of ``attack-ledger ingest`` (Hypothesis).

Generated JSONL records and lines, sidecars, file names, file kinds and byte strings, each put
between two good files. The properties, for every generated input:

- reading never raises: the input ends as an article (with, at most, notes that keep it:
  ``bad_sidecar``, ``bad_date``, ``repaired_text``) or as exactly one rejection with a reason;
- the good files around it load;
- every row the log would store converts to the raw tables' Arrow schemas (no lone surrogate,
  no value of the wrong type);
- end to end, ``attack-ledger ingest`` exits 0 and stores exactly what the readers gave.

The "ci" profile (tests/python/conftest.py) fixes max_examples and the deadline, and runs
derandomized, so that the suite is bounded and the same on every run. HYPOTHESIS_PROFILE=thorough
runs many more examples.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from support import CLI, REPO, query

from ingest.files import display_path
from ingest.pipeline import (
    ARTICLE_COLUMNS,
    REJECT_COLUMNS,
    SIGHTING_COLUMNS,
    arrow_schema,
    article_row,
    reject_row,
    sighting_row,
)
from ingest.readers import ReaderConfig, iter_inputs
from ingest.records import ArticleCandidate, Rejection, RejectReason

MAX_BYTES = 20_000
CONFIG = ReaderConfig(max_bytes=MAX_BYTES)
GOOD_BEFORE = "Library hours extended\n\nThe council voted to keep the library open later."
GOOD_AFTER = "Fête du pain\n\nLes boulangers du quartier ont vendu leurs pains dimanche matin."
GENERATED: Counter[str] = Counter()  # inputs generated, by kind, reported at the end

# --------------------------------------------------------------------------- strategies

NASTY_DATES = [
    "0000-01",
    "9999-12-31T23:00-14:00",
    "0001-01-01T00:00+14:00",
    "9999-12-31",
    "1899-12-31T23:59:59Z",
    "2023-02-30",
    "2023-13",
    "2023-10-30T25:00",
    "last Tuesday",
]
FIELDS = [
    "text", "maintext", "content", "html", "url", "title", "headline", "published_at",
    "date_publish", "updated_at", "date_modify", "publisher", "language", "lang", "id",
]  # fmt: skip
MARKUP = ["[/]", "[bold]", ":bomb:", "[red]x[/red]", "\\[", "[link=x]y[/link]"]

any_text = st.text(
    alphabet=st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=80
)  # lone surrogates included
prose = st.lists(
    st.sampled_from(
        ["Deux", "drones", "ont", "visé", "la", "base", "lundi", "Rockets", "hit", "[/]", "\n",
         "\n\n", "é", "’", "\u00a0", "\u2028", "\ufeff", "\x00", ":bomb:", "<p>", "&amp;"]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip
offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
dates = st.one_of(
    st.sampled_from(NASTY_DATES),
    st.builds(
        lambda moment, tz: moment.replace(tzinfo=tz).isoformat(),
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
        offsets,
    ),
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}"),
    any_text,
    st.integers(),
)
pages = st.builds(
    lambda title, body, depth: (
        f"<html lang='{title[:5]}'><head><title>{title}</title></head><body>"
        + "<div>" * depth
        + f"<article><p>{body}</p><p>{body}</p></article>"
        + "</div>" * depth
        + "</body></html>"
    ),
    any_text,
    prose,
    st.integers(min_value=0, max_value=300),
)
json_leaves = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), any_text, prose
)
json_values = st.recursive(
    json_leaves,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4)
    ),
    max_leaves=12,
)
field_values = {
    name: st.one_of(
        dates if "dat" in name or name.endswith("_at") else prose,
        pages if name == "html" else any_text,
        st.sampled_from(MARKUP),
        json_values,
    )
    for name in FIELDS
}
records = st.fixed_dictionaries({}, optional=field_values)


def dump(value: object, ascii_only: bool) -> bytes:
    """JSON bytes; without ensure_ascii, lone surrogates become invalid UTF-8 (surrogatepass)."""
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


jsonl_lines = st.one_of(
    st.builds(dump, records, st.booleans()),
    st.builds(dump, json_values, st.booleans()),
    st.binary(max_size=120),
    st.integers(min_value=0, max_value=100_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(min_value=0, max_value=120_000).map(lambda n: b'{"text": "x", "a": ' + b"{" * n),
    st.integers(min_value=1, max_value=6000).map(
        lambda n: b'{"text": "x", "n": ' + b"9" * n + b"}"
    ),
    st.integers(min_value=MAX_BYTES - 50, max_value=MAX_BYTES + 50).map(
        lambda n: b'{"text": "' + b"y" * n + b'"}'
    ),
)
BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]
contents = st.one_of(
    st.binary(max_size=400),
    st.builds(lambda bom, data: bom + data, st.sampled_from(BOMS), st.binary(max_size=200)),
    st.builds(
        lambda text, codec: text.encode(codec, "replace"),
        st.one_of(prose, any_text),
        st.sampled_from(["utf-8", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1"]),
    ),
    st.builds(
        lambda text, cut, junk: text.encode()[:cut] + junk + text.encode()[cut:],
        prose,
        st.integers(min_value=0, max_value=200),
        st.binary(min_size=1, max_size=3),
    ),  # UTF-8 broken only locally
    pages.map(lambda page: page.encode("utf-8", "surrogatepass")),
    st.integers(min_value=MAX_BYTES - 2, max_value=MAX_BYTES + 2).map(lambda n: b"z" * n),
)
sidecars = st.one_of(
    st.builds(dump, records, st.booleans()),
    st.builds(dump, json_values, st.booleans()),
    st.binary(max_size=120),
    st.integers(min_value=0, max_value=100_000).map(lambda n: b"[" * n),
    st.just(b"FIFO"),
)
name_bytes = st.binary(min_size=1, max_size=24).map(
    lambda raw: b"fz-" + raw.replace(b"/", b"_").replace(b"\x00", b"_")
)
suffixes = st.sampled_from([".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".pdf", ""])
kinds = st.sampled_from(["regular", "regular", "regular", "fifo", "link-out", "link-in", "broken"])


# --------------------------------------------------------------------------- properties


def storable(results: list[ArticleCandidate | Rejection]) -> None:
    """Every row the raw log would hold converts to its table's Arrow schema."""
    at = datetime.now(UTC)
    articles = [r for r in results if isinstance(r, ArticleCandidate)]
    rejections = [r for r in results if isinstance(r, Rejection)]
    for rows, columns in (
        ([article_row(a, at) for a in articles], ARTICLE_COLUMNS),
        ([sighting_row(a, at) for a in articles], SIGHTING_COLUMNS),
        ([reject_row(r, at) for r in rejections], REJECT_COLUMNS),
    ):
        pa.Table.from_pylist(rows, schema=arrow_schema(columns))


def outcomes(results: list[ArticleCandidate | Rejection]) -> dict[tuple[str, int | None], str]:
    """Each input's outcome, by (path, line): ``article`` or the reason of its one rejection.

    Fails when an input has two articles, two rejections, or an article and a rejection that
    does not keep it.
    """
    by_input: dict[tuple[str, int | None], list[ArticleCandidate | Rejection]] = {}
    for result in results:
        by_input.setdefault((result.input_path, result.line_number), []).append(result)
    found = {}
    for key, items in by_input.items():
        articles = [i for i in items if isinstance(i, ArticleCandidate)]
        rejections = [i for i in items if isinstance(i, Rejection)]
        assert all(r.message.strip() and isinstance(r.reason, RejectReason) for r in rejections)
        if articles:
            assert len(articles) == 1, items
            assert all(r.reason.keeps_article for r in rejections), items
            found[key] = "article"
        else:
            assert len(rejections) == 1, items
            found[key] = rejections[0].reason.value
    return found


def line_numbers(content: bytes) -> list[int]:
    """The numbers of the non-blank lines of a JSONL file: one input each."""
    return [n for n, line in enumerate(content.split(b"\n"), start=1) if line.strip()]


def read_folder(folder: Path) -> list[ArticleCandidate | Rejection]:
    results = list(iter_inputs([folder], CONFIG))
    storable(results)
    return results


def good_files(folder: Path) -> tuple[Path, Path]:
    first, last = folder / "0-good.txt", folder / "~-good.md"
    first.write_text(GOOD_BEFORE, encoding="utf-8")
    last.write_text(GOOD_AFTER, encoding="utf-8")
    return first, last


def assert_good_files_load(found: dict[tuple[str, int | None], str], *paths: Path) -> None:
    for path in paths:
        assert found.get((display_path(path), None)) == "article", path


@pytest.fixture(scope="module", autouse=True)
def _report_generated() -> Iterator[None]:
    yield
    total = sum(GENERATED.values())
    detail = ", ".join(f"{n} {kind}" for kind, n in sorted(GENERATED.items()))
    print(f"\nfuzz: {total} generated inputs tried ({detail})")


@given(lines=st.lists(jsonl_lines, min_size=1, max_size=6))
def test_every_jsonl_line_ends_as_an_article_or_one_rejection(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good = good_files(folder)
        batch = folder / "batch.jsonl"
        content = b"\n".join(lines) + b"\n"
        batch.write_bytes(content)
        GENERATED["JSONL lines"] += len(line_numbers(content))
        found = outcomes(read_folder(folder))
        note(repr(found))
        assert_good_files_load(found, *good)
        assert {line for path, line in found if path == display_path(batch)} == set(
            line_numbers(content)
        )


@given(sidecar=sidecars, body=st.one_of(prose, st.just(GOOD_BEFORE)))
def test_an_article_with_any_sidecar_loads_or_is_rejected_for_its_own_text(
    sidecar: bytes, body: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good = good_files(folder)
        article = folder / "m-article.txt"
        article.write_text(body or "x", encoding="utf-8", errors="surrogatepass")
        if sidecar == b"FIFO":
            os.mkfifo(article.with_suffix(".json"))
        else:
            article.with_suffix(".json").write_bytes(sidecar)
        GENERATED["sidecars"] += 1
        found = outcomes(read_folder(folder))
        assert_good_files_load(found, *good)
        outcome = found[(display_path(article), None)]
        assert outcome in ("article", "empty", "binary"), outcome
        assert found.get((display_path(article.with_suffix(".json")), None), "bad_sidecar") == (
            "bad_sidecar"
        )


@given(files=st.lists(st.tuples(name_bytes, suffixes, kinds, contents), min_size=1, max_size=5))
def test_every_file_of_any_name_kind_and_bytes_ends_with_an_outcome(
    files: list[tuple[bytes, str, str, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folder = base / "in"
        folder.mkdir()
        outside = base / "outside.txt"
        outside.write_text(GOOD_AFTER, encoding="utf-8")
        good = good_files(folder)
        written: dict[Path, str] = {}
        for index, (name, suffix, kind, data) in enumerate(files):
            path = folder / (os.fsdecode(name + b"-%d" % index) + suffix)
            written[path] = kind
            if kind == "fifo":
                os.mkfifo(path)
            elif kind == "link-out":
                path.symlink_to(outside)
            elif kind == "link-in":
                path.symlink_to(good[0])
            elif kind == "broken":
                path.symlink_to(folder / "nowhere")
            else:
                path.write_bytes(data)
        GENERATED["files"] += len(files)
        found = outcomes(read_folder(folder))
        note(repr(found))
        assert_good_files_load(found, *good)
        for path, kind in written.items():
            if path.suffix in (".jsonl", ".ndjson") and kind in ("regular", "link-in"):
                continue  # one outcome per line, checked by the JSONL property
            outcome = found.get((display_path(path), None))
            assert outcome is not None, path
            expected = {
                "fifo": "not_a_regular_file",
                "link-out": "outside_root",
                "broken": "unreadable",
            }.get(kind)
            if expected:
                assert outcome == expected, (path, kind, outcome)


@settings(max_examples=5, deadline=None)  # each example runs the command line: seconds
@given(
    lines=st.lists(jsonl_lines, min_size=1, max_size=5),
    files=st.lists(st.tuples(name_bytes, suffixes, contents), min_size=1, max_size=4),
)
def test_ingest_exits_0_and_stores_exactly_what_the_readers_give(
    lines: list[bytes], files: list[tuple[bytes, str, bytes]]
) -> None:
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folder = base / "in"
        folder.mkdir()
        good = good_files(folder)
        (folder / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        for index, (name, suffix, data) in enumerate(files):
            (folder / (os.fsdecode(name + b"-%d" % index) + suffix)).write_bytes(data)
        os.mkfifo(folder / "pipe.txt")
        GENERATED["end-to-end inputs"] += len(lines) + len(files) + 1
        results = read_folder(folder)
        expected = outcomes(results)
        first_sightings: dict[str, tuple[str, int | None]] = {}
        for article in (r for r in results if isinstance(r, ArticleCandidate)):
            sighting = sighting_row(article, datetime.now(UTC))  # the log keeps one per id
            first_sightings.setdefault(
                sighting["sighting_id"], (article.input_path, article.line_number)
            )
        db = base / "w.duckdb"
        result = subprocess.run(
            [*CLI, "ingest", str(folder), "--db", str(db), "--max-bytes", str(MAX_BYTES)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        sightings = query(
            db, "select sighting_id, input_path, line_number from raw.article_sightings"
        )
        assert {s: (path, line) for s, path, line in sightings} == first_sightings
        stored = {
            (path, line): reason
            for path, line, reason in query(
                db, "select input_path, line_number, reason from raw.rejected_inputs"
            )
            if not RejectReason(reason).keeps_article
        }
        assert stored == {
            key: outcome
            for key, outcome in expected.items()
            if outcome != "article" and not RejectReason(outcome).keeps_article
        }
        assert_good_files_load(expected, *good)
