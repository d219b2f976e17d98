"""Write the gazetteer: Parquet tables for the warehouse, the extractor's index, a build report.

Rows are sorted and the Parquet files written without statistics that vary, so that an
unchanged input gives the same tables (the test compares row content, not bytes: Parquet
metadata names the writer's version).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import pyarrow as pa
import pyarrow.parquet as pq

from ingest.extraction.gazetteer import PlaceIndex
from ingest.tools.gazetteer.aliases import AliasReport, AliasRow
from ingest.tools.gazetteer.assemble import CountryBounds, PlaceRow

PLACES_FILE: Final = "places.parquet"
ALIASES_FILE: Final = "place_aliases.parquet"
BOUNDS_FILE: Final = "country_bounds.parquet"
REPORT_FILE: Final = "build_report.json"

PLACE_SCHEMA: Final = pa.schema(
    [
        pa.field("location_id", pa.string(), nullable=False),
        pa.field("location_name", pa.string(), nullable=False),
        pa.field("name_fr", pa.string()),
        pa.field("feature_type", pa.string(), nullable=False),
        pa.field("admin1", pa.string()),
        pa.field("admin2", pa.string()),
        pa.field("country_iso2", pa.string(), nullable=False),
        pa.field("country_iso3", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("population", pa.int64(), nullable=False),
        pa.field("parent_location_id", pa.string()),
        pa.field("geonames_id", pa.int64()),
        pa.field("source", pa.string(), nullable=False),
        pa.field("is_capital", pa.bool_(), nullable=False),
    ]
)
ALIAS_SCHEMA: Final = pa.schema(
    [
        pa.field("location_id", pa.string(), nullable=False),
        pa.field("alias", pa.string(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("alias_kind", pa.string(), nullable=False),
        pa.field("common_word", pa.bool_(), nullable=False),
    ]
)
BOUNDS_SCHEMA: Final = pa.schema(
    [
        pa.field("country_iso2", pa.string(), nullable=False),
        pa.field("min_latitude", pa.float64(), nullable=False),
        pa.field("max_latitude", pa.float64(), nullable=False),
        pa.field("min_longitude", pa.float64(), nullable=False),
        pa.field("max_longitude", pa.float64(), nullable=False),
    ]
)


def _blank_to_none(value: Any) -> Any:
    return None if value == "" else value


def place_table(rows: Sequence[PlaceRow]) -> pa.Table:
    """The places as an Arrow table (empty strings become nulls)."""
    columns = {
        name: [_blank_to_none(getattr(r, name)) for r in rows] for name in PLACE_SCHEMA.names
    }
    return pa.Table.from_pydict(columns, schema=PLACE_SCHEMA)


def alias_table(rows: Sequence[AliasRow]) -> pa.Table:
    """The aliases as an Arrow table."""
    columns = {name: [getattr(r, name) for r in rows] for name in ALIAS_SCHEMA.names}
    return pa.Table.from_pydict(columns, schema=ALIAS_SCHEMA)


def bounds_table(rows: Sequence[CountryBounds]) -> pa.Table:
    """The country boxes as an Arrow table."""
    columns = {name: [getattr(r, name) for r in rows] for name in BOUNDS_SCHEMA.names}
    return pa.Table.from_pydict(columns, schema=BOUNDS_SCHEMA)


def _write(table: pa.Table, path: Path) -> None:
    temporary = path.with_suffix(".tmp")
    pq.write_table(table, temporary, compression="zstd", write_statistics=False)
    temporary.replace(path)


def write_gazetteer(
    out_dir: Path,
    places: Sequence[PlaceRow],
    aliases: Sequence[AliasRow],
    bounds: Sequence[CountryBounds],
    report: AliasReport,
    inputs: Mapping[str, str],
) -> dict[str, Any]:
    """Write every output into ``out_dir`` (each file replaced atomically); return the report."""
    out_dir.mkdir(parents=True, exist_ok=True)
    places_arrow = place_table(places)
    aliases_arrow = alias_table(aliases)
    _write(places_arrow, out_dir / PLACES_FILE)
    _write(aliases_arrow, out_dir / ALIASES_FILE)
    _write(bounds_table(bounds), out_dir / BOUNDS_FILE)
    index = PlaceIndex.from_rows(places_arrow.to_pylist(), aliases_arrow.to_pylist())
    index.save(out_dir / "extractor_index.pickle")
    summary: dict[str, Any] = {
        "inputs": dict(inputs),
        "places": len(places),
        "places_by_feature": dict(sorted(Counter(p.feature_type for p in places).items())),
        "countries_with_places": len({p.country_iso2 for p in places}),
        "aliases": len(aliases),
        "aliases_common_word": sum(1 for a in aliases if a.common_word),
        "matching_keys": len(index.match_keys),
        "aliases_dropped": dict(report.dropped),
        "keys_ambiguous_within_a_country": report.ambiguous_keys,
    }
    (out_dir / REPORT_FILE).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary
