"""Arrow schemas for the extraction records and the functions that build fixed-schema tables.

The schemas are the column contract of the staging models: the same names, order and types
whether the list of records is empty or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

import pyarrow as pa

from ingest.extraction.mentions import AggregateStatement, AttackMention

MENTION_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("mention_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("version_id", pa.string(), nullable=False),
        pa.field("source_uri", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("evidence_start", pa.int32(), nullable=False),
        pa.field("evidence_end", pa.int32(), nullable=False),
        pa.field("evidence_text", pa.string(), nullable=False),
        pa.field("event_date", pa.date32()),
        pa.field("date_precision", pa.string()),
        pa.field("date_basis", pa.string()),
        pa.field("location_name", pa.string()),
        pa.field("location_id", pa.string()),
        pa.field("admin1", pa.string()),
        pa.field("country_iso2", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("geo_precision", pa.int8()),
        pa.field("attacker", pa.string()),
        pa.field("target", pa.string()),
        pa.field("claimed_by", pa.string()),
        pa.field("attribution", pa.string(), nullable=False),
        pa.field("weapon", pa.string(), nullable=False),
        pa.field("projectile_count", pa.int32()),
        pa.field("killed", pa.int32()),
        pa.field("killed_low", pa.int32()),
        pa.field("killed_high", pa.int32()),
        pa.field("wounded", pa.int32()),
        pa.field("wounded_low", pa.int32()),
        pa.field("wounded_high", pa.int32()),
        pa.field("reported_by", pa.string()),
        pa.field("is_background", pa.bool_(), nullable=False),
        pa.field("certainty", pa.string(), nullable=False),
        pa.field("extractor_version", pa.string(), nullable=False),
    ]
)

AGGREGATE_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("aggregate_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("version_id", pa.string(), nullable=False),
        pa.field("source_uri", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("evidence_start", pa.int32(), nullable=False),
        pa.field("evidence_end", pa.int32(), nullable=False),
        pa.field("evidence_text", pa.string(), nullable=False),
        pa.field("quantity", pa.int64()),
        pa.field("quantity_low", pa.int64()),
        pa.field("quantity_high", pa.int64()),
        pa.field("qualifier", pa.string(), nullable=False),
        pa.field("unit", pa.string(), nullable=False),
        pa.field("period_start", pa.date32()),
        pa.field("period_end", pa.date32()),
        pa.field("period_text", pa.string()),
        pa.field("extractor_version", pa.string(), nullable=False),
    ]
)


def _columns(records: Sequence[object], names: Sequence[str]) -> dict[str, list[object]]:
    """Transpose records into one Python list per column, in schema order."""
    return {name: [getattr(record, name) for record in records] for name in names}


def mentions_to_arrow(mentions: Sequence[AttackMention]) -> pa.Table:
    """A table with exactly ``MENTION_SCHEMA`` (typed columns even for an empty list)."""
    names = MENTION_SCHEMA.names
    assert names == [f.name for f in fields(AttackMention)], "schema and dataclass drifted"
    return pa.Table.from_pydict(_columns(mentions, names), schema=MENTION_SCHEMA)


def aggregates_to_arrow(aggregates: Sequence[AggregateStatement]) -> pa.Table:
    """A table with exactly ``AGGREGATE_SCHEMA`` (typed columns even for an empty list)."""
    names = AGGREGATE_SCHEMA.names
    assert names == [f.name for f in fields(AggregateStatement)], "schema and dataclass drifted"
    return pa.Table.from_pydict(_columns(aggregates, names), schema=AGGREGATE_SCHEMA)
