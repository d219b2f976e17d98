"""Shared fixtures: lexicons (project seeds with a small fixture gazetteer) and an article maker."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from ingest.extraction import ArticleInput, Extractor, Lexicons, load_seed_tables
from ingest.textnorm import normalize_article_text, stable_hash

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = Path(__file__).parent / "fixtures"


def _rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {key: (value if value != "" else None) for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


@pytest.fixture(scope="session")
def lexicons() -> Lexicons:
    """The project's actor, source and weapon seeds with the fixture gazetteer (stable tests)."""
    tables = load_seed_tables(ROOT / "seeds")
    tables["gazetteer_places"] = _rows(FIXTURES / "gazetteer_places.csv")
    tables["gazetteer_place_aliases"] = _rows(FIXTURES / "gazetteer_place_aliases.csv")
    return Lexicons.from_tables(tables)


@pytest.fixture(scope="session")
def extractor(lexicons: Lexicons) -> Extractor:
    return Extractor(lexicons)


MakeArticle = Callable[..., ArticleInput]


@pytest.fixture(scope="session")
def make_article() -> MakeArticle:
    """Build an ArticleInput from a body (the title line is added unless given)."""

    def build(
        body: str,
        published: str | None = "2023-10-31",
        title: str = "Dépêche",
        language: str | None = None,
        precision: str | None = None,
    ) -> ArticleInput:
        text = normalize_article_text(f"{title}\n\n{body}")
        when = None
        if published is not None:
            when = datetime.fromisoformat(published + ("-01" if len(published) == 7 else ""))
        return ArticleInput(
            article_id="t",
            version_id=stable_hash(text),
            source_uri="test://t",
            text=text,
            title=title,
            published_at=when,
            published_precision=precision
            or ("month" if published and len(published) == 7 else "day"),
            language=language,
        )

    return build
