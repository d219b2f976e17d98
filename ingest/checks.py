"""Great Expectations suites on the marts, run by ``attack-ledger check`` and at the end of ``run``.

Each mart is read from DuckDB into a pandas DataFrame and validated there: GX's SQL path over
duckdb-engine fails on DuckDB, the DataFrame path works. Suites are data (a table name, a query,
a list of expectations) so that adding a check is adding a line. The results are written next to
the warehouse as ``checks.json`` and an offline ``checks.html`` (GX's own Data Docs load their
styles and scripts from CDNs, so offline they show nothing); ``report`` shows them too.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingest.memory import release_arrow_memory
from ingest.settings import Settings
from ingest.warehouse import connect_readonly

WEAPONS = [
    "drone",
    "rocket",
    "missile",
    "mortar",
    "artillery",
    "airstrike",
    "ied",
    "small_arms",
    "other",
    "unknown",
]


@dataclass(frozen=True, slots=True)
class SuiteSpec:
    """One suite: the mart it validates, the query that reads it, its expectations."""

    name: str
    query: str
    expectations: Callable[[Any], list[Any]]


@dataclass(frozen=True, slots=True)
class ExpectationResult:
    """One expectation's outcome: what it checks, and the rows that broke it."""

    expectation: str
    column: str
    success: bool
    unexpected_count: int | None
    unexpected_examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SuiteResult:
    """The outcome of one suite, as the one-line terminal summary shows it."""

    name: str
    rows: int
    evaluated: int
    passed: int
    failed_expectations: tuple[str, ...]
    expectations: tuple[ExpectationResult, ...] = ()
    digest: str = ""  # the rows validated and the suites' code (see _digest)
    reused: bool = False  # the same rows passed last time: that result, not run again

    @property
    def success(self) -> bool:
        return self.evaluated == self.passed

    def line(self) -> str:
        status = "passed" if self.success else "FAILED"
        failed = f": {', '.join(self.failed_expectations)}" if self.failed_expectations else ""
        reused = " (the same rows passed last time: not run again)" if self.reused else ""
        return (
            f"{self.name}: {status}, {self.passed}/{self.evaluated} expectations "
            f"on {self.rows} rows{failed}{reused}"
        )


# Each suite holds only what the dbt tests of the build do not check already (keys unique and not
# null, relationships, accepted values in models/marts/_marts__models.yml; low <= best <= high and
# no attack dated after its first report in tests/dbt/): ranges, value sets and orderings of the
# columns dbt leaves alone.


def _fact_attacks(e: Any) -> list[Any]:
    return [
        e.ExpectColumnValuesToNotBeNull(column="notes"),
        e.ExpectColumnValuesToBeInSet(column="time_precision", value_set=[1, 2, 3]),
        e.ExpectColumnValuesToBeInSet(column="date_prec", value_set=[1, 3, 4]),
        e.ExpectColumnValuesToBeInSet(column="geo_precision", value_set=[1, 2, 3]),
        e.ExpectColumnValuesToBeBetween(column="n_mentions", min_value=1),
        e.ExpectColumnValuesToBeBetween(column="fatalities_low", min_value=0),
        e.ExpectColumnValuesToBeBetween(column="injured_low", min_value=0),
        e.ExpectColumnValuesToBeBetween(column="projectile_count", min_value=1, max_value=1000),
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="n_mentions",
            column_B="n_articles",
            or_equal=True,
        ),
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="event_date_end",
            column_B="event_date",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
        ),
    ]


def _dim_location(e: Any) -> list[Any]:
    return [
        e.ExpectColumnValuesToNotBeNull(column="location_name"),
        e.ExpectColumnValuesToBeBetween(column="latitude", min_value=-90, max_value=90),
        e.ExpectColumnValuesToBeBetween(column="longitude", min_value=-180, max_value=180),
        e.ExpectColumnValuesToMatchRegex(column="country_iso2", regex=r"^[A-Z]{2}$"),
        e.ExpectColumnValuesToMatchRegex(column="country_iso3", regex=r"^[A-Z]{3}$"),
    ]


def _dim_actor(e: Any) -> list[Any]:
    return [
        e.ExpectColumnValuesToBeUnique(column="actor_name"),
        e.ExpectColumnValuesToBeBetween(column="acled_actor_type", min_value=1, max_value=8),
    ]


def _bridge(e: Any) -> list[Any]:
    return [
        e.ExpectColumnValuesToNotBeNull(column="evidence_text"),
        e.ExpectColumnValuesToNotBeNull(column="merge_rule"),
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="evidence_end", column_B="evidence_start", or_equal=False
        ),
        e.ExpectColumnValuesToBeInSet(column="weapon", value_set=WEAPONS),
    ]


def _aggregates(e: Any) -> list[Any]:
    return [
        e.ExpectColumnValuesToNotBeNull(column="unit"),
        e.ExpectColumnValuesToNotBeNull(column="evidence_text"),
        e.ExpectColumnValuesToBeBetween(column="quantity", min_value=0),
    ]


SUITES: tuple[SuiteSpec, ...] = (
    SuiteSpec(
        "fact_attacks",
        "select * from marts.fact_attacks",
        _fact_attacks,
    ),
    SuiteSpec("dim_location", "select * from marts.dim_location", _dim_location),
    SuiteSpec("dim_actor", "select * from marts.dim_actor", _dim_actor),
    SuiteSpec("bridge_attack_mentions", "select * from marts.bridge_attack_mentions", _bridge),
    SuiteSpec("aggregate_statements", "select * from marts.aggregate_statements", _aggregates),
)


class _ColumnRecorder:
    """Stands in for ``gx.expectations`` (without importing GX): records the columns each
    expectation of a suite names."""

    def __init__(self) -> None:
        self.columns: list[str] = []

    def __getattr__(self, _name: str) -> Callable[..., None]:
        def expectation(**kwargs: Any) -> None:
            for key in ("column", "column_A", "column_B"):
                if key in kwargs and kwargs[key] not in self.columns:
                    self.columns.append(str(kwargs[key]))

        return expectation


def suite_query(spec: SuiteSpec) -> str:
    """The suite's query, reduced to the columns its expectations read: a mart read whole into
    pandas cost seconds (bridge_attack_mentions at 100,000 articles: 5.8 s, 1.4 s for its five
    checked columns), and the result is the same, row for row."""
    recorder = _ColumnRecorder()
    spec.expectations(recorder)
    columns = ", ".join('"' + c.replace('"', '""') + '"' for c in recorder.columns)
    return f"select {columns} from ({spec.query}) as suite_rows"


def _digest(con: Any, query: str) -> str:
    """The rows a suite validates (their count and the sum of their hashes, in any order) and
    the code of the suites: equal digests, same rows under the same expectations."""
    row = con.execute(f"select count(*), sum(hash(t)::hugeint) from ({query}) as t").fetchone()
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"{row[0]}|{row[1]}|{code}" if row else ""


def _passed_before(docs: Path) -> dict[str, SuiteResult]:
    """The suites that passed last time (checks.json), by name, with their digests."""
    try:
        data = json.loads((docs / "checks.json").read_text(encoding="utf-8"))
        suites = {
            entry["name"]: SuiteResult(
                **{
                    **entry,
                    "failed_expectations": tuple(entry["failed_expectations"]),
                    "expectations": tuple(
                        ExpectationResult(
                            **{**x, "unexpected_examples": tuple(x["unexpected_examples"])}
                        )
                        for x in entry["expectations"]
                    ),
                    "reused": False,
                }
            )
            for entry in data["suites"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {name: r for name, r in suites.items() if r.success and r.digest}


def run_checks(settings: Settings, docs_dir: Path | None = None) -> list[SuiteResult]:
    """Validate every suite against the warehouse, write checks.json and checks.html.

    A suite whose rows (and the suites' code) are those it passed on last time keeps that
    result (a build on new loads leaves dim_location and dim_actor as they were).
    """
    docs = docs_dir or settings.docs_dir
    before = _passed_before(docs)
    queries: dict[str, str] = {}
    digests: dict[str, str] = {}
    kept: dict[str, SuiteResult] = {}
    with connect_readonly(settings) as con:
        for spec in SUITES:
            query = suite_query(spec)
            digests[spec.name] = _digest(con, query)
            last = before.get(spec.name)
            if last is not None and last.digest == digests[spec.name]:
                kept[spec.name] = replace(last, reused=True)
            else:
                queries[spec.name] = query
        results: list[SuiteResult] = []
        if queries:
            # one suite's rows in memory at a time, read when its turn comes
            results = _validate({n: _reader(con, q) for n, q in queries.items()}, digests)
    by_name = {r.name: r for r in results} | kept
    ordered = [by_name[spec.name] for spec in SUITES]
    write_results(ordered, docs)
    return ordered


def _reader(con: Any, query: str) -> Callable[[], Any]:
    """Read the suite's rows into a DataFrame when called."""
    return lambda: frame_of(con.execute(query).to_arrow_table())


NULLABLE = {  # pandas' nullable type of an Arrow integer or boolean type, as .df() gives it
    **{f"{s}int{bits}": f"{s.upper()}Int{bits}" for s in ("", "u") for bits in (8, 16, 32, 64)},
    "bool": "boolean",
}


def frame_of(table: Any) -> Any:
    """The DataFrame DuckDB's ``.df()`` gives for a result, made from its Arrow table.

    ``.df()`` builds Python strings before pandas' Arrow-backed ones: 1.7 GB of memory for the
    350 MB of bridge_attack_mentions' checked columns at a million articles, against 0.7 GB
    through Arrow. The types are ``.df()``'s: an integer or boolean column with nulls gets pandas'
    nullable type (numpy's without nulls), a decimal a float, a date ``datetime64[us]``.
    """
    import pandas as pd
    import pyarrow as pa

    columns: dict[str, Any] = {}
    for name, column in zip(table.column_names, table.columns, strict=True):
        kind = column.type
        if (pa.types.is_integer(kind) or pa.types.is_boolean(kind)) and column.null_count:
            nullable = pd.api.types.pandas_dtype(NULLABLE[str(kind)])
            columns[name] = column.to_pandas(types_mapper={kind: nullable}.get)
        elif pa.types.is_decimal(kind):
            columns[name] = column.cast(pa.float64()).to_pandas()
        elif pa.types.is_date(kind):
            columns[name] = column.to_pandas(date_as_object=False).astype("datetime64[us]")
        else:
            columns[name] = column.to_pandas()
    return pd.DataFrame(columns, columns=table.column_names)


def _validate(frames: dict[str, Callable[[], Any]], digests: dict[str, str]) -> list[SuiteResult]:
    """Run the suites of ``frames`` (name to a reader of its DataFrame) with Great Expectations,
    one after the other: each suite's rows are read when it runs and let go after."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx  # imported here: it costs seconds
    from great_expectations.data_context.types.base import ProgressBarsConfig

    results: list[SuiteResult] = []
    for spec in SUITES:
        if spec.name not in frames:
            continue
        # a context per suite: GX's execution engine keeps every DataFrame it validated for as
        # long as its context lives (all five suites' rows at once, 1 GB at a million articles)
        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = context.data_sources.add_pandas("warehouse")
        batch = source.add_dataframe_asset(spec.name).add_batch_definition_whole_dataframe("all")
        suite = context.suites.add(gx.ExpectationSuite(name=spec.name))
        for expectation in spec.expectations(gx.expectations):
            suite.add_expectation(expectation)
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=spec.name, data=batch, suite=suite)
        )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name=f"check_{spec.name}",
                validation_definitions=[definition],
                actions=[],
                result_format="SUMMARY",
            )
        )
        frame = frames[spec.name]()
        run = checkpoint.run(batch_parameters={"dataframe": frame})
        rows = len(frame)
        del frame, context, source, batch, suite, definition, checkpoint
        release_arrow_memory()
        for validation in run.run_results.values():
            failed = tuple(
                _describe(r.expectation_config) for r in validation.results if not r.success
            )
            stats = validation.statistics
            results.append(
                SuiteResult(
                    name=spec.name,
                    rows=rows,
                    evaluated=int(stats["evaluated_expectations"]),
                    passed=int(stats["successful_expectations"]),
                    failed_expectations=failed,
                    expectations=tuple(_expectation(r) for r in validation.results),
                    digest=digests[spec.name],
                )
            )
    return results


def _expectation(result: Any) -> ExpectationResult:
    config = result.expectation_config
    details = result.result or {}
    count = details.get("unexpected_count")
    examples = details.get("partial_unexpected_list") or []
    return ExpectationResult(
        expectation=str(config.type),
        column=_describe(config).split("(", 1)[1].rstrip(")"),
        success=bool(result.success),
        unexpected_count=None if count is None else int(count),
        unexpected_examples=tuple(str(v) for v in examples[:5]),
    )


def write_results(results: list[SuiteResult], folder: Path) -> None:
    """``checks.json`` (read by ``report``) and the offline ``checks.html`` in ``folder``."""
    from ingest.report import render_checks_page

    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "suites": [asdict(r) for r in results],
    }
    (folder / "checks.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    (folder / "checks.html").write_text(render_checks_page(data, css_href=None), encoding="utf-8")


def _describe(config: Any) -> str:
    kwargs = config.kwargs
    where = kwargs.get("column") or "/".join(
        str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs
    )
    return f"{config.type}({where})"
