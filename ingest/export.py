"""``attack-ledger export``: the attacks as CSV, Parquet, GeoJSON, or rows for ACLED and UCDP GED.

Every format reads the published copy (or the working file with ``--working``), now or as the
reports known at ``--as-of`` supported them. The file appears whole or not at all: it is
written beside ``OUT`` under a temporary name and renamed. ``acled`` and ``ucdp`` write the
columns of those datasets in their order (``tests/fixtures/codebooks/``) and leave out the rows
they cannot honestly hold, counted by reason. GeoJSON (RFC 7946) is written here, without
DuckDB's spatial extension (which cannot be installed offline).
"""

from __future__ import annotations

import csv
import json
import math
import os
from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import duckdb

from ingest.errors import UserError
from ingest.settings import Settings
from ingest.warehouse import connect_readonly


class ExportFormat(StrEnum):
    CSV = "csv"
    PARQUET = "parquet"
    GEOJSON = "geojson"
    ACLED = "acled"
    UCDP = "ucdp"


# The attack with its place and actors named: what csv, parquet and geojson carry.
ATTACKS_SQL = """
select
    f.attack_id,
    f.event_date,
    f.event_date_end,
    f.date_precision,
    l.location_name as place,
    l.feature_type as place_type,
    l.admin1,
    l.country_iso2,
    l.country_name as country,
    l.latitude,
    l.longitude,
    f.geo_precision,
    f.weapon,
    f.projectile_count,
    nullif(a.actor_name, 'Unknown') as attacker,
    nullif(t.actor_name, 'Unknown') as target,
    nullif(c.actor_name, 'Unknown') as claimed_by,
    f.attribution,
    f.certainty,
    f.fatalities_low,
    f.fatalities_best,
    f.fatalities_high,
    f.injured_low,
    f.injured_best,
    f.injured_high,
    f.event_type,
    f.sub_event_type,
    f.is_background_only,
    f.n_mentions,
    f.n_articles,
    f.n_languages,
    f.first_reported_at,
    f.last_reported_at,
    f.source_publishers,
    f.source_cited,
    f.source_article_ids,
    f.notes
from {facts} as f
left join marts.dim_location as l using (location_id)
left join marts.dim_actor as a on a.actor_id = f.attacker_actor_id and a.actor_id <> 'unknown'
left join marts.dim_actor as t on t.actor_id = f.target_actor_id and t.actor_id <> 'unknown'
left join marts.dim_actor as c on c.actor_id = f.claimed_by_actor_id and c.actor_id <> 'unknown'
order by f.event_date nulls last, place, f.attack_id
"""

ARTICLES_SQL = """
select article_id, title, url, source_uri, publisher, language, published_at
from marts.dim_article
"""

CODEBOOK_COLUMNS = {
    ExportFormat.ACLED: "attacks_acled",
    ExportFormat.UCDP: "attacks_ucdp",
}


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote, and the rows it left out by reason."""

    path: Path
    written: int
    left_out: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        text = f"export: {self.written} rows written to {self.path}"
        if self.left_out:
            total = sum(self.left_out.values())
            reasons = ", ".join(f"{n} {why}" for why, n in self.left_out.items())
            text += f"; {total} left out ({reasons})"
        return text


def export(
    settings: Settings, fmt: ExportFormat, out: Path, as_of: datetime | None
) -> ExportReport:
    """Write ``fmt`` to ``out`` from the warehouse ``settings`` names."""
    _check_output(out)
    temporary = out.with_name(f".{out.name}.writing")
    with connect_readonly(settings) as con:
        _require_marts(con, settings)
        try:
            if fmt in CODEBOOK_COLUMNS:
                report = _export_codebook(con, fmt, temporary, as_of)
            elif fmt == ExportFormat.GEOJSON:
                report = _export_geojson(con, temporary, as_of)
            else:
                report = _export_table(con, fmt, temporary, as_of)
        except BaseException:
            with suppress(FileNotFoundError):
                temporary.unlink()
            raise
    os.replace(temporary, out)
    return ExportReport(out, report.written, report.left_out)


def _check_output(out: Path) -> None:
    if out.is_dir():
        raise UserError(f"{out} is a folder; give export a file name")
    if not out.parent.is_dir():
        raise UserError(f"no folder {out.parent} to write {out.name} in")
    if not os.access(out.parent, os.W_OK):
        raise UserError(f"cannot write in {out.parent}")


def _require_marts(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    row = con.execute(
        "select count(*) from duckdb_functions() "
        "where schema_name = 'marts' and function_name = 'attacks_acled_as_of'"
    ).fetchone()
    if not row or not row[0]:
        raise UserError(f"no marts in {settings.db_path} yet: run attack-ledger build")


def _facts(as_of: datetime | None) -> tuple[str, list[Any]]:
    if as_of is None:
        return "marts.fact_attacks", []
    return "marts.attacks_as_of(?::timestamptz)", [as_of]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _export_codebook(
    con: duckdb.DuckDBPyConnection, fmt: ExportFormat, temporary: Path, as_of: datetime | None
) -> ExportReport:
    """The rows an ACLED or UCDP file can hold, in the dataset's columns; the rest counted."""
    view = CODEBOOK_COLUMNS[fmt]
    source = f"marts.{view}" if as_of is None else f"marts.{view}_as_of(?::timestamptz)"
    params = [] if as_of is None else [as_of]
    columns = [
        name
        for (name,) in con.execute(
            "select column_name from duckdb_columns() where schema_name = 'marts' "
            "and table_name = ? and column_name not in ('attack_id', 'left_out') "
            "order by column_index",
            [view],
        ).fetchall()
    ]
    reasons = Counter(
        {
            str(why): int(n)
            for why, n in con.execute(
                f"select left_out, count(*) from {source} where left_out is not null "
                "group by left_out order by count(*) desc, left_out",
                params,
            ).fetchall()
        }
    )
    selected = ", ".join(f'"{c}"' for c in columns)
    query = (
        f"select {selected} from {source} where left_out is null "
        "order by event_date nulls last, attack_id"
        if fmt == ExportFormat.ACLED
        else f"select {selected} from {source} where left_out is null order by date_start, relid"
    )
    written = _copy_csv(con, query, params, temporary)
    return ExportReport(temporary, written, dict(reasons.most_common()))


def _copy_csv(
    con: duckdb.DuckDBPyConnection, query: str, params: Sequence[Any], temporary: Path
) -> int:
    relation = con.execute(query, list(params))
    names = [d[0] for d in relation.description or []]
    rows = relation.fetchall()
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([_csv_value(v) for v in row] for row in rows)
        handle.flush()
        os.fsync(handle.fileno())
    return len(rows)


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _export_table(
    con: duckdb.DuckDBPyConnection, fmt: ExportFormat, temporary: Path, as_of: datetime | None
) -> ExportReport:
    facts, params = _facts(as_of)
    query = ATTACKS_SQL.format(facts=facts)
    if fmt == ExportFormat.CSV:
        return ExportReport(temporary, _copy_csv(con, query, params, temporary))
    # Parquet keeps the types (dates, lists, timestamps with time zone).
    table = con.execute(query, params).fetch_arrow_table()
    import pyarrow.parquet as pq

    pq.write_table(table, temporary)
    return ExportReport(temporary, table.num_rows)


def _export_geojson(
    con: duckdb.DuckDBPyConnection, temporary: Path, as_of: datetime | None
) -> ExportReport:
    """RFC 7946: a FeatureCollection of Points, [longitude, latitude] in WGS 84, no crs member."""
    facts, params = _facts(as_of)
    cursor = con.execute(ATTACKS_SQL.format(facts=facts), params)
    names = [d[0] for d in cursor.description or []]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    fields = ("title", "url", "source_uri", "publisher", "language", "published_at")
    articles = {
        row[0]: dict(zip(fields, row[1:], strict=True))
        for row in con.execute(ARTICLES_SQL).fetchall()
    }
    features = []
    left_out = 0
    for row in rows:
        lat, lon = row.pop("latitude"), row.pop("longitude")
        if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
            left_out += 1
            continue
        ids = row.pop("source_article_ids") or []
        row["articles"] = [{"article_id": a, **articles.get(a, {})} for a in ids]
        features.append(
            {
                "type": "Feature",
                "id": row["attack_id"],
                "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
                "properties": _json_ready(row),
            }
        )
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if features:
        lons = [f["geometry"]["coordinates"][0] for f in features]
        lats = [f["geometry"]["coordinates"][1] for f in features]
        collection["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(collection, handle, ensure_ascii=False, allow_nan=False)
        handle.flush()
        os.fsync(handle.fileno())
    reasons = {"no coordinates": left_out} if left_out else {}
    return ExportReport(temporary, len(features), reasons)


def _json_ready(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_ready(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value
