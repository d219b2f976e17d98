"""Run the extractor over stored article versions: the body of the dbt Python model.

Article versions come in as Arrow record batches and leave as record batches of the log, one row
per version holding its mentions and aggregate statements as nested lists, so that memory holds
one batch at a time, whatever the corpus size (:func:`extraction_log_batches`). The dbt model is
a thin shell around it; this module is tested with pytest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
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

MENTION_FIELDS = tuple(MENTION_SCHEMA.names)
AGGREGATE_FIELDS = tuple(AGGREGATE_SCHEMA.names)
BATCH_ROWS = 1_000  # article versions per record batch read and written

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


def article_inputs(articles: pa.Table | pa.RecordBatch) -> Iterator[ArticleInput]:
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


def extraction_log_batch(
    articles: pa.Table | pa.RecordBatch, extractor: Extractor, extracted_at: datetime
) -> pa.RecordBatch:
    """One log row per article version with its extraction result, typed even when empty.

    The nested rows are built straight from the result dataclasses (field names in schema
    order); Arrow converts them once, for the whole batch.
    """
    columns: dict[str, list[Any]] = {name: [] for name in LOG_SCHEMA.names}
    for article in article_inputs(articles):
        result = extractor.extract(article)
        columns["version_id"].append(article.version_id)
        columns["article_id"].append(article.article_id)
        columns["extractor_version"].append(EXTRACTOR_VERSION)
        columns["extracted_at"].append(extracted_at)
        columns["n_mentions"].append(len(result.mentions))
        columns["n_aggregates"].append(len(result.aggregates))
        columns["mentions"].append(
            [{name: getattr(m, name) for name in MENTION_FIELDS} for m in result.mentions]
        )
        columns["aggregates"].append(
            [{name: getattr(a, name) for name in AGGREGATE_FIELDS} for a in result.aggregates]
        )
    return pa.RecordBatch.from_pydict(columns, schema=LOG_SCHEMA)


def extraction_log_batches(
    batches: Iterable[pa.RecordBatch], extractor: Extractor, extracted_at: datetime
) -> pa.RecordBatchReader:
    """The log of a stream of article batches, as a stream DuckDB consumes batch by batch."""
    return pa.RecordBatchReader.from_batches(
        LOG_SCHEMA, (extraction_log_batch(b, extractor, extracted_at) for b in batches)
    )


def empty_log() -> pa.RecordBatchReader:
    """A log stream with no rows (nothing to extract), typed like any other."""
    return pa.RecordBatchReader.from_batches(LOG_SCHEMA, [])


def extraction_log(articles: pa.Table, extractor: Extractor, extracted_at: datetime) -> pa.Table:
    """The log of a table of article versions, in one table (tests, small inputs)."""
    reader = extraction_log_batches(
        articles.to_batches(max_chunksize=BATCH_ROWS), extractor, extracted_at
    )
    return reader.read_all()
