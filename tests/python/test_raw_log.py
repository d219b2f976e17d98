"""The raw log on real dlt loads into temporary DuckDB files: idempotence, versions, sightings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from support import query, scalar

from ingest.pipeline import ingest_paths
from ingest.settings import Settings

STORY = (
    "Rockets hit a base\n\n"
    "Three rockets struck near the base on Monday evening, a security official said. "
    "Two soldiers were lightly wounded, according to a statement."
)
CORRECTED = STORY.replace("Two soldiers were lightly wounded", "Three soldiers were wounded")


def write_article(folder: Path, name: str, text: str, **meta: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if meta:
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def counts(db: Path) -> tuple[int, int, int]:
    return (
        int(str(scalar(db, "select count(*) from raw.articles"))),
        int(str(scalar(db, "select count(*) from raw.article_sightings"))),
        int(str(scalar(db, "select count(*) from raw.rejected_inputs"))),
    )


def test_rerunning_the_same_ingest_adds_nothing(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "in"
    write_article(folder, "a", STORY, url="https://news.example.org/a")
    write_article(folder, "b", STORY.replace("Monday", "Tuesday"))
    (folder / "empty.txt").write_bytes(b"")
    first = ingest_paths([folder], settings)
    assert (first.articles_added, first.sightings_added, first.rejects_added) == (2, 2, 1)
    second = ingest_paths([folder], settings)
    assert (second.articles_added, second.sightings_added, second.rejects_added) == (0, 0, 0)
    assert counts(settings.db_path) == (2, 2, 1)


def test_changed_article_appends_a_version_with_the_same_article_id(
    tmp_path: Path, settings: Settings
) -> None:
    url = "https://news.example.org/rockets"
    write_article(tmp_path / "v1", "story", STORY, url=url, published_at="2023-10-30")
    ingest_paths([tmp_path / "v1"], settings)
    write_article(
        tmp_path / "v2",
        "story-corrected",
        CORRECTED,
        url=url + "?utm_source=rss",
        published_at="2023-10-30",
        updated_at="2023-10-30T18:00:00Z",
    )
    ingest_paths([tmp_path / "v2"], settings)
    rows = query(
        settings.db_path,
        "select article_id, version_id, text from raw.articles order by ingested_at",
    )
    assert len(rows) == 2
    assert rows[0][0] == rows[1][0], "same canonical URL, same article"
    assert rows[0][1] != rows[1][1], "new text, new version"
    assert "Three soldiers" in str(rows[1][2])
    assert "Two soldiers" in str(rows[0][2]), "the old version is kept, never updated"


def test_same_text_at_a_second_path_is_one_article_and_two_sightings(
    tmp_path: Path, settings: Settings
) -> None:
    first = write_article(tmp_path / "one", "a", STORY)
    ingest_paths([first], settings)
    copy = tmp_path / "two" / "copy.txt"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    ingest_paths([copy], settings)
    assert counts(settings.db_path)[:2] == (1, 2)
    sightings = query(
        settings.db_path, "select source_uri from raw.article_sightings order by seen_at"
    )
    assert [Path(str(s[0])).name for s in sightings] == ["a.txt", "copy.txt"]


def test_metadata_precedence_and_provenance_columns(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "in"
    write_article(
        folder,
        "with-meta",
        STORY,
        url="https://news.example.org/x",
        published_at="2023-10",
        language="en",
        publisher="Gulf Wire",
    )
    write_article(folder, "bare", "Titre\n\n" + "Une roquette est tombée près de la base. " * 3)
    ingest_paths([folder], settings)
    rows = query(
        settings.db_path,
        "select publisher, published_precision, published_at_source, language, language_method,"
        " published_local_date from raw.articles order by publisher nulls last",
    )
    assert rows[0][:5] == ("Gulf Wire", "month", "sidecar", "en", "sidecar")
    assert str(rows[0][5]) == "2023-10-01"
    assert rows[1][:5] == (None, None, None, "fr", "py3langid"), "no date is ever guessed"


def test_each_bad_input_is_rejected_and_good_files_around_it_load(
    tmp_path: Path, settings: Settings
) -> None:
    folder = tmp_path / "mixed"
    write_article(folder, "good-1", STORY)
    write_article(folder, "good-2", CORRECTED)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "bad-bytes.txt").write_bytes(b"abc \x81\x8d\x9d def")
    (folder / "big.txt").write_text("word " * 400, encoding="utf-8")
    (folder / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    (folder / "broken-link.txt").symlink_to(folder / "missing.txt")
    (folder / "lines.jsonl").write_text('{"text": "' + STORY.replace("\n", " ") + '"}\n{oops\n')
    small = Settings(settings.db_path, max_bytes=1000, chunk_size=3)
    report = ingest_paths([folder], small)
    reasons = dict(
        query(small.db_path, "select reason, count(*) from raw.rejected_inputs group by reason")
    )
    assert reasons == {
        "empty": 1,
        "binary": 1,
        "undecodable": 1,
        "oversized": 1,
        "no_main_text": 1,
        "unreadable": 1,
        "malformed_json": 1,
    }
    assert report.articles_added == 3
    messages = query(small.db_path, "select message from raw.rejected_inputs")
    assert all(len(str(m[0])) > 10 for m in messages)
