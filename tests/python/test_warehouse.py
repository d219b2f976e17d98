"""The whole run on the bundled sample corpus: dlt load, dbt build, summary, staging models."""

from __future__ import annotations

import json
from pathlib import Path

from support import SAMPLE, CliRunner, query, scalar


def sample_inputs() -> int:
    """How many articles the sample corpus holds: files, plus lines of the JSONL batches."""
    files = [
        p
        for folder in ("articles", "html", "corrections")
        for p in (SAMPLE / folder).iterdir()
        if p.suffix in {".txt", ".md", ".html"}
    ]
    lines = [
        line
        for batch in (SAMPLE / "batches").glob("*.jsonl")
        for line in batch.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return len(files) + len(lines)


def test_run_loads_every_sample_input_and_rejects_none(sample_warehouse: tuple[Path, str]) -> None:
    db, _ = sample_warehouse
    assert scalar(db, "select count(*) from raw.articles") == sample_inputs()
    assert scalar(db, "select count(*) from raw.rejected_inputs") == 0


def test_run_prints_the_summary(sample_warehouse: tuple[Path, str]) -> None:
    db, out = sample_warehouse
    articles = scalar(db, "select count(distinct article_id) from raw.articles")
    assert f"articles loaded:   {articles}" in out
    assert "inputs rejected:   0" in out
    assert str(db) in out
    assert "build: dbt build passed" in out


def test_schemas_have_their_real_names(sample_warehouse: tuple[Path, str]) -> None:
    db, _ = sample_warehouse
    schemas = {row[0] for row in query(db, "select schema_name from information_schema.schemata")}
    assert {"raw", "staging"} <= schemas
    assert not any(s.startswith("main_") for s in schemas)


def test_corrected_article_is_a_second_version_and_the_latest(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    corrected = [
        json.loads(p.read_text(encoding="utf-8")) for p in (SAMPLE / "corrections").glob("*.json")
    ]
    assert corrected, "the sample corpus carries a corrected article"
    for meta in corrected:
        rows = query(
            db,
            "select version_number, is_latest, text from staging.stg_articles "
            f"where url = '{meta['url'].rstrip('/')}' order by version_number",
        )
        assert [(r[0], r[1]) for r in rows] == [(1, False), (2, True)]
        assert rows[0][2] != rows[1][2]


def test_html_without_sidecar_takes_page_metadata(sample_warehouse: tuple[Path, str]) -> None:
    db, _ = sample_warehouse
    pages = [p for p in (SAMPLE / "html").glob("*.html") if not p.with_suffix(".json").exists()]
    assert pages
    for page in pages:
        row = query(
            db,
            "select published_at_source, title_source from raw.articles "
            f"where source_uri = '{page.absolute()}'",
        )
        assert row == [("html", "html")]


def test_languages_other_than_french_and_english_are_kept(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    languages = {r[0] for r in query(db, "select distinct language from raw.articles")}
    assert {"fr", "en"} <= languages
    assert len(languages - {"fr", "en"}) >= 2


def test_second_run_adds_nothing(sample_warehouse: tuple[Path, str], cli: CliRunner) -> None:
    db, _ = sample_warehouse
    before = scalar(db, "select count(*) from raw.articles")
    result = cli(
        "ingest",
        *(str(SAMPLE / d) for d in ("articles", "html", "batches", "corrections")),
        "--db",
        str(db),
    )
    assert result.returncode == 0, result.stderr
    assert "0 new article versions" in result.stdout
    assert scalar(db, "select count(*) from raw.articles") == before
