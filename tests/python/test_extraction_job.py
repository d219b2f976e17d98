"""The extraction model's body: results streamed batch by batch equal the per-article Arrow path.

The reference below is how the log was built before it streamed: every article's mentions and
aggregates converted to an Arrow table and back to Python rows. The hash of its rows over the
sample corpus must equal the hash of the streamed log (any batch size) and of the log the dbt
model wrote into the sample warehouse.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest
from support import REPO

from ingest.extraction import Extractor, aggregates_to_arrow, load_lexicons, mentions_to_arrow
from ingest.extraction_job import (
    ARTICLE_COLUMNS,
    article_inputs,
    extraction_log,
    extraction_log_batches,
)

Row = tuple[Any, ...]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_lexicons(REPO / "seeds"))


@pytest.fixture(scope="module")
def articles(sample_warehouse: tuple[Path, str]) -> pa.Table:
    db, _ = sample_warehouse
    with duckdb.connect(str(db), read_only=True) as con:
        return con.sql(f"select {', '.join(ARTICLE_COLUMNS)} from raw.articles").to_arrow_table()


def reference_rows(articles: pa.Table, extractor: Extractor) -> list[Row]:
    """The log as the per-article Arrow round trip built it."""
    rows = []
    for article in article_inputs(articles):
        result = extractor.extract(article)
        rows.append(
            (
                article.version_id,
                article.article_id,
                len(result.mentions),
                len(result.aggregates),
                mentions_to_arrow(result.mentions).to_pylist(),
                aggregates_to_arrow(result.aggregates).to_pylist(),
            )
        )
    return rows


def log_rows(log: pa.Table) -> list[Row]:
    return [
        (
            r["version_id"],
            r["article_id"],
            r["n_mentions"],
            r["n_aggregates"],
            r["mentions"],
            r["aggregates"],
        )
        for r in log.to_pylist()
    ]


def result_hash(rows: list[Row]) -> str:
    text = json.dumps(sorted(rows, key=lambda r: str(r[0])), default=str, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_streamed_log_equals_the_per_article_arrow_path_for_any_batch_size(
    articles: pa.Table, extractor: Extractor
) -> None:
    expected = result_hash(reference_rows(articles, extractor))
    at = datetime(2024, 1, 1, tzinfo=UTC)
    whole = extraction_log(articles, extractor, at)
    assert whole.num_rows == articles.num_rows > 30
    assert sum(whole.column("n_mentions").to_pylist()) > 50
    assert result_hash(log_rows(whole)) == expected
    for size in (1, 7):
        reader = extraction_log_batches(articles.to_batches(max_chunksize=size), extractor, at)
        batches = list(reader)
        assert len(batches) == -(-articles.num_rows // size)
        assert result_hash(log_rows(pa.Table.from_batches(batches))) == expected


def test_the_dbt_model_wrote_the_same_log(
    sample_warehouse: tuple[Path, str], articles: pa.Table, extractor: Extractor
) -> None:
    db, _ = sample_warehouse
    with duckdb.connect(str(db), read_only=True) as con:
        written = con.sql("select * from staging.stg_extraction_log").to_arrow_table()
    assert result_hash(log_rows(written)) == result_hash(reference_rows(articles, extractor))


def test_an_empty_stream_is_a_typed_empty_log(extractor: Extractor, articles: pa.Table) -> None:
    log = extraction_log(articles.slice(0, 0), extractor, datetime(2024, 1, 1, tzinfo=UTC))
    assert log.num_rows == 0
    assert log.schema.field("mentions").type.value_type.num_fields > 30
