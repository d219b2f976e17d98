"""Re-ingesting a folder: unchanged files are skipped unopened, and nothing new adds no load."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from support import scalar
from test_raw_log import STORY, write_article

from ingest import pipeline
from ingest.pipeline import ingest_paths
from ingest.settings import Settings


def loads(db: Path) -> int:
    return int(str(scalar(db, "select count(*) from raw._dlt_loads")))


def state_digest(settings: Settings) -> str:
    """Every file of dlt's state folder, names and bytes: equal when dlt wrote nothing."""
    digest = hashlib.sha256()
    root = settings.state_dir / "dlt"
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def folder_of_three(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_article(folder, "a", STORY, url="https://news.example.org/a")
    write_article(folder, "b", STORY.replace("Monday", "Tuesday"), published_at="2023-10-31")
    (folder / "batch.jsonl").write_text(
        '{"text": "' + STORY.replace("Monday", "Friday").replace("\n", "\\n") + '"}\n',
        encoding="utf-8",
    )
    return folder


def test_a_second_ingest_skips_every_file_and_adds_no_load_nor_state(
    tmp_path: Path, settings: Settings
) -> None:
    folder = folder_of_three(tmp_path)
    first = ingest_paths([folder], settings)
    assert (first.inputs_read, first.inputs_skipped, first.articles_added) == (3, 0, 3)
    assert int(str(scalar(settings.db_path, "select count(*) from raw.input_files"))) == 3
    before = (loads(settings.db_path), state_digest(settings))
    second = ingest_paths([folder], settings)
    assert (second.inputs_read, second.inputs_skipped, second.added_nothing) == (0, 3, True)
    assert (loads(settings.db_path), state_digest(settings)) == before


def test_a_touched_file_is_read_again_and_adds_no_content(
    tmp_path: Path, settings: Settings
) -> None:
    folder = folder_of_three(tmp_path)
    ingest_paths([folder], settings)
    articles = scalar(settings.db_path, "select count(*) from raw.articles")
    status = (folder / "a.txt").stat()
    os.utime(folder / "a.txt", ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    again = ingest_paths([folder], settings)
    assert (again.inputs_read, again.inputs_skipped, again.added_nothing) == (1, 2, True)
    assert scalar(settings.db_path, "select count(*) from raw.articles") == articles


def test_a_changed_sidecar_copied_or_edited_file_is_read(
    tmp_path: Path, settings: Settings
) -> None:
    folder = folder_of_three(tmp_path)
    ingest_paths([folder], settings)
    (folder / "b.json").write_text('{"published_at": "2023-11-01"}', encoding="utf-8")
    shutil.copy2(folder / "a.txt", folder / "a-copy.txt")  # same size and time, another path
    write_article(folder, "a", STORY + " A third soldier later died.")
    again = ingest_paths([folder], settings)
    assert (again.inputs_read, again.inputs_skipped) == (3, 1)
    assert (again.articles_added, again.sightings_added) == (1, 2)


class _Stop(Exception):
    pass


def test_files_are_recorded_along_the_way_once_their_inputs_are_loaded(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run stopped mid-way has recorded exactly the files read to their end: the file open
    then (a JSONL file half read) is read again by the next run, which finishes the job."""
    monkeypatch.setattr(pipeline, "FILE_BATCH", 0)  # record whenever a file is complete
    folder = tmp_path / "in"
    write_article(folder, "a", STORY)
    write_article(folder, "b", STORY.replace("Monday", "Tuesday"))
    lines = [STORY.replace("Monday", day).replace("\n", "\\n") for day in ("Friday", "Sunday")]
    lines.append(STORY.replace("Three rockets", "Four rockets").replace("\n", "\\n"))
    (folder / "c.jsonl").write_text("".join(f'{{"text": "{t}"}}\n' for t in lines), "utf-8")
    write_article(folder, "d", STORY.replace("Monday", "Thursday"))
    one_by_one = replace(settings, chunk_size=1)
    chunks = 0

    def stop_after_four(_count: int) -> None:
        nonlocal chunks
        chunks += 1
        if chunks == 4:  # a, b and the first two lines of c are loaded
            raise _Stop

    with pytest.raises(_Stop):
        ingest_paths([folder], one_by_one, on_progress=stop_after_four)
    recorded = (
        "select string_agg(regexp_extract(input_path, '[^/]+$'), ' ' order by input_path) "
        "from raw.input_files"
    )
    assert scalar(settings.db_path, recorded) == "a.txt b.txt"
    again = ingest_paths([folder], one_by_one)
    assert (again.inputs_read, again.inputs_skipped, again.articles_added) == (4, 2, 2)
    assert scalar(settings.db_path, recorded) == "a.txt b.txt c.jsonl d.txt"
    assert scalar(settings.db_path, "select count(*) from raw.articles") == 6
