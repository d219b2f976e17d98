"""Run the extractor over a batch of stored article versions: the body of the dbt Python model.

It takes Arrow tables (article versions, seed rows) and returns one Arrow table, one row per
article version, holding that version's mentions and aggregate statements as nested lists. The
dbt model is a thin shell around :func:`extraction_log`; this module is tested with pytest.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pyarrow as pa

from ingest.extraction import (
    AGGREGATE_SCHEMA,
    EXTRACTOR_VERSION,
    MENTION_SCHEMA,
    ArticleInput,
    Extractor,
    Lexicons,
    aggregates_to_arrow,
    mentions_to_arrow,
)

ARTICLE_COLUMNS = (
    "article_id",
    "version_id",
    "source_uri",
    "text",
    "title",
    "published_local_date",
    "published_precision",
    "language",
)

LOG_SCHEMA = pa.schema(
    [
        pa.field("version_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("extractor_version", pa.string(), nullable=False),
        pa.field("extracted_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("n_mentions", pa.int32(), nullable=False),
        pa.field("n_aggregates", pa.int32(), nullable=False),
        pa.field("mentions", pa.list_(pa.struct(list(MENTION_SCHEMA)))),
        pa.field("aggregates", pa.list_(pa.struct(list(AGGREGATE_SCHEMA)))),
    ]
)


def build_extractor(seed_tables: Mapping[str, pa.Table], gazetteer_dir: Path) -> Extractor:
    """An extractor over lexicons built from seed tables read from the warehouse and the
    generated gazetteer in ``gazetteer_dir``."""
    from ingest.extraction.gazetteer import PlaceIndex

    places = PlaceIndex.load(gazetteer_dir)
    return Extractor(
        Lexicons.from_tables({k: t.to_pylist() for k, t in seed_tables.items()}, places)
    )


def _published_for_extractor(
    local: date | None, precision: str | None
) -> tuple[datetime | None, str | None]:
    """The publisher's local calendar date at midnight: what weekdays and "hier" resolve against.

    A datetime precision becomes ``day`` accordingly.
    """
    if local is None:
        return None, None
    return datetime.combine(local, time()), "day" if precision == "datetime" else precision


def article_inputs(articles: pa.Table) -> Iterator[ArticleInput]:
    """Stored article versions as extractor inputs."""
    for row in articles.select(list(ARTICLE_COLUMNS)).to_pylist():
        published_at, precision = _published_for_extractor(
            row["published_local_date"], row["published_precision"]
        )
        yield ArticleInput(
            article_id=row["article_id"],
            version_id=row["version_id"],
            source_uri=row["source_uri"],
            text=row["text"],
            title=row["title"],
            published_at=published_at,
            published_precision=precision,
            language=row["language"],
        )


def inputs_for_evaluation(paths: list[Path]) -> list[ArticleInput]:
    """Articles read from files exactly as ``ingest`` reads them, keyed as gold files key them.

    The id is the input's own ``id`` (a JSONL record's), else the file name without extension:
    the convention of the corpus gold format. Rejected inputs are left out.
    """
    from ingest.pipeline import version_id_for
    from ingest.readers import ReaderConfig, iter_inputs
    from ingest.records import ArticleCandidate

    articles = []
    for item in iter_inputs(paths, ReaderConfig()):
        if not isinstance(item, ArticleCandidate):
            continue
        published = item.published
        published_at, precision = _published_for_extractor(
            published.local_date if published else None,
            published.precision if published else None,
        )
        articles.append(
            ArticleInput(
                article_id=item.record_id or Path(item.input_path).stem,
                version_id=version_id_for(item.text),
                source_uri=item.source_uri,
                text=item.text,
                title=item.title,
                published_at=published_at,
                published_precision=precision,
                language=item.language,
            )
        )
    return articles


def extraction_log(articles: pa.Table, extractor: Extractor, extracted_at: datetime) -> pa.Table:
    """One row per article version with its extraction result, typed even when empty."""
    columns: dict[str, list[Any]] = {name: [] for name in LOG_SCHEMA.names}
    for article in article_inputs(articles):
        result = extractor.extract(article)
        columns["version_id"].append(article.version_id)
        columns["article_id"].append(article.article_id)
        columns["extractor_version"].append(EXTRACTOR_VERSION)
        columns["extracted_at"].append(extracted_at)
        columns["n_mentions"].append(len(result.mentions))
        columns["n_aggregates"].append(len(result.aggregates))
        columns["mentions"].append(mentions_to_arrow(result.mentions).to_pylist())
        columns["aggregates"].append(aggregates_to_arrow(result.aggregates).to_pylist())
    return pa.Table.from_pydict(columns, schema=LOG_SCHEMA)
