"""Re-ingesting a folder: unchanged files are skipped unopened, and nothing new adds no load."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from support import scalar
from test_raw_log import STORY, write_article

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
