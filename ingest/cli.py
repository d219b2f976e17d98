"""The ``attack-ledger`` command line: ingest, build, run, and the reports on the warehouse.

Errors a user can cause are :class:`~ingest.errors.UserError`: one line on stderr and the exit
code of :class:`~ingest.errors.ExitCode` (a table in the README). Anything else is a bug: the
traceback is printed, with a line saying so and where to report it. Data (paths, URLs, titles,
query results) is never read as rich markup: both consoles print text as it is.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from ingest import __version__
from ingest.errors import ExitCode, UserError
from ingest.export import ExportFormat
from ingest.files import display_path
from ingest.settings import Settings, build_settings, dbt_project_dir
from ingest.summary import print_summary
from ingest.terminal import Column, markdown_table, render, terminal_width

if TYPE_CHECKING:
    from datetime import datetime

    from ingest.pipeline import IngestReport
from ingest.warehouse import prepare_for_writing, require_warehouse, run_dbt, writer_lock

BUG_REPORT = (
    "this is a bug in attack-ledger, not a problem with your input or files. Please report it "
    "with the traceback above, the command you ran and the output of attack-ledger --version "
    "(see 'Reporting a bug' in README.md)"
)


class LedgerApp(typer.Typer):
    """The Typer app, with the project's error boundary around every command."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except SystemExit as exc:
            if exc.code in (0, None):
                for note in NOTES:
                    err.print(Text.assemble(("note: ", "cyan"), note), soft_wrap=True)
            raise
        except UserError as exc:
            print_error(exc.message)
            sys.exit(int(exc.code))
        except Exception:
            traceback.print_exc()
            err.print(Text.assemble(("internal error: ", "bold red"), BUG_REPORT))
            sys.exit(int(ExitCode.INTERNAL))


# Notes for the end of a command that succeeded (an error stays the only line on stderr).
NOTES: list[str] = []

app = LedgerApp(
    name="attack-ledger",
    help="Turn news articles into an auditable, event-sourced dataset of attacks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# markup=False, emoji=False: a URL holding "[/]" or a title holding ":bomb:" prints as it is.
console = Console(highlight=False, markup=False, emoji=False)
err = Console(stderr=True, highlight=False, markup=False, emoji=False)


def print_error(message: str) -> None:
    """One line on stderr: ``error: MESSAGE``."""
    err.print(Text.assemble(("error: ", "bold red"), message), soft_wrap=True)


DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="DuckDB warehouse file (default: $ATTACK_LEDGER_DB, else warehouse.duckdb at the "
        "repository root).",
        dir_okay=False,
    ),
]
WorkingOption = Annotated[
    bool,
    typer.Option(
        "--working",
        help="Read the working warehouse instead of the published copy (it must not be busy).",
    ),
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option("--max-bytes", min=1, help="Reject files (or JSONL records) larger than this."),
]
LockTimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--lock-timeout",
        min=0,
        help="Seconds to wait for another run writing to the same warehouse (default 60).",
    ),
]
ChunkOption = Annotated[
    int | None,
    typer.Option("--chunk-size", min=1, hidden=True, help="Inputs per dlt load (default 2000)."),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Processes extracting new article versions (default: one per core, for at least "
        "1,000 new versions each).",
    ),
]
PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Files or folders of .txt/.md/.html (with NAME.json sidecars) and .jsonl batches. "
        "Default for run: the bundled sample corpus.",
        show_default=False,
    ),
]


def sample_corpus_paths() -> list[Path]:
    """The bundled sample corpus: articles, HTML pages, JSONL batches and corrections."""
    root = Path(__file__).resolve().parent / "sample_corpus"
    return [root / name for name in ("articles", "html", "batches", "corrections")]


def _prepare_environment() -> None:
    """No telemetry from dlt or dbt: users run offline. Output never fails on a name's bytes.

    Linux file names are bytes, decoded with lone surrogates where they are not UTF-8; stdout
    would refuse to print them (stderr already writes them as ``\\xNN``).
    """
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")


def _version_callback(value: bool) -> None:
    if value:
        console.print(f"attack-ledger {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version_callback, is_eager=True, help="Show version."),
    ] = False,
) -> None:
    """Attack Ledger command line."""
    _prepare_environment()


def _existing_paths(paths: list[Path]) -> list[Path]:
    """The paths that exist; refuse when none does (a typo), warn for each one that does not."""
    missing = [p for p in paths if not os.path.lexists(p)]
    if len(missing) == len(paths):
        shown = ", ".join(display_path(p) for p in missing[:3])
        shown += " ..." if len(missing) > 3 else ""
        raise UserError(f"nothing to read: {shown} does not exist")
    for path in missing:
        err.print(
            Text.assemble(
                ("warning: ", "yellow"),
                f"{display_path(path)} does not exist; recorded as unreadable",
            )
        )
    return paths


@contextmanager
def writing(settings: Settings) -> Iterator[None]:
    """Hold the warehouse for writing: the checks that need nothing created, then the lock."""
    prepare_for_writing(settings)
    with writer_lock(settings):
        yield


def _as_of(text: str) -> datetime:
    """The moment an --as-of or TIMESTAMP argument names, or a user error."""
    from ingest.history import parse_as_of

    moment = parse_as_of(text)
    if moment is None:
        raise UserError(f"not an ISO 8601 date or datetime: {text!r}")
    return moment


def reading(settings: Settings, *, working: bool = False) -> Settings:
    """The file a read-side command reads: the published copy, else (with a note) the working."""
    from ingest.publish import for_reading

    chosen, note = for_reading(settings, working=working)
    if note:
        NOTES.append(note)
    return chosen


def do_publish(settings: Settings, *, checks: Callable[[], None] | None = None) -> None:
    """Publish the read-only copy readers use, and say where it is.

    ``checks``, when given, run first; when they fail (their error is raised) nothing is
    copied and the published file stays as it was. They run before the copy is written, not
    beside it: their DataFrames and the copy's DuckDB memory would add up (2.9 GB at a million
    articles, against 1.7 GB one after the other, in less time: the checks take seconds).
    """
    from ingest import build_state
    from ingest.publish import write_copy
    from ingest.warehouse import connect_readonly

    with connect_readonly(settings) as con:
        inputs = build_state.current_inputs(settings, con)
    if build_state.already_published(settings, inputs):
        if checks is not None:
            checks()
        console.print(
            f"publish: {settings.published_path} already holds these marts: not copied again",
            soft_wrap=True,
        )
        return
    if checks is not None:
        checks()
    update = build_state.can_update_published(settings, inputs)
    with err.status(Text("publish: writing the read-only copy for readers")):
        pending = write_copy(settings, since_data_builds=update)
    done = pending.commit()
    build_state.record(settings, "published", inputs)
    build_state.record_publish_base(settings, inputs)
    how = "; updated: new rows of the logs, the rebuilt tables" if done.updated else ""
    console.print(
        f"publish: {done.path} ({done.tables} tables, {done.views} views, "
        f"{done.bytes / 1e6:.1f} MB, {done.seconds:.1f} s{how})",
        soft_wrap=True,
    )


def do_ingest(paths: list[Path], settings: Settings) -> IngestReport:
    """Load inputs into the raw log, with a progress display and a one-line result."""
    from ingest.pipeline import ingest_paths

    with (
        Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/] {task.description}"),
            TextColumn("{task.completed} inputs"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress,
        loading_errors(settings),
    ):
        task = progress.add_task("reading", total=None)
        report = ingest_paths(paths, settings, on_progress=lambda n: progress.advance(task, n))
    console.print(
        f"ingest: {report.inputs_read} inputs read, {report.articles_added} new article "
        f"versions, {report.sightings_added} new sightings, {report.rejects_added} new rejects "
        f"({report.rejected_seen} rejected or noted this run)"
    )
    if report.inputs_skipped:
        console.print(
            f"ingest: {report.inputs_skipped} files skipped, loaded before with the same size "
            "and modification time"
        )
    if report.added_nothing:
        console.print("ingest: nothing new to load: the raw log already holds every input read")
    for rejection in report.rejections[:20]:
        label = (
            ("  note     ", "cyan") if rejection.reason.keeps_article else ("  rejected ", "yellow")
        )
        where = f"{rejection.source_uri}: {rejection.reason.value}: {rejection.message}"
        err.print(Text.assemble(label, where), soft_wrap=True)
    if len(report.rejections) > 20:
        err.print(f"  ... and {len(report.rejections) - 20} more (see raw.rejected_inputs)")
    return report


@contextmanager
def loading_errors(settings: Settings) -> Iterator[None]:
    """dlt's failures whose cause a user can fix (the file busy, the disk full) as one line.

    dlt wraps DuckDB's error in its own exceptions; the cause chain is searched for it. A
    failure with no such cause is left to the bug report.
    """
    import duckdb
    from dlt.common.exceptions import DltException

    from ingest.warehouse import duckdb_error

    try:
        yield
    except DltException as exc:
        for cause in _causes(exc):
            if isinstance(cause, duckdb.IOException):
                raise duckdb_error(cause, settings.db_path) from None
            if isinstance(cause, OSError) and cause.strerror:
                raise UserError(
                    f"loading into {settings.db_path} failed: {cause.strerror}"
                ) from None
        raise


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        inner = getattr(current, "exception", None)  # dlt's PipelineStepFailed keeps it here
        current = (
            inner if isinstance(inner, BaseException) else current.__cause__ or current.__context__
        )


FullRefreshOption = Annotated[
    bool,
    typer.Option(
        "--full-refresh",
        help="Rebuild everything from the raw log, the extraction log included.",
    ),
]


def do_build(settings: Settings, *, full_refresh: bool = False) -> bool:
    """Run ``dbt build`` (seeds, models, tests) on the warehouse, or the part of it that changed.

    Returns whether anything was built (``ingest.build_state``: nothing is when neither the code
    nor the raw log changed since the last successful build).
    """
    from ingest import build_state
    from ingest.warehouse import connect_readonly, duckdb_error, table_exists

    with connect_readonly(settings) as con:
        ready = table_exists(con, "raw", "articles")
        inputs = build_state.current_inputs(settings, con) if ready else None
    if not ready or inputs is None:
        raise UserError(
            f"nothing ingested into {settings.db_path} yet: run attack-ledger ingest PATH"
        )
    plan = build_state.plan_build(settings, inputs, full_refresh=full_refresh)
    if plan is build_state.Plan.NOTHING:
        console.print(
            "build: nothing changed since the last build (same code, seeds, gazetteer and raw "
            "log): nothing to rebuild"
        )
        return False
    build_state.forget(settings)
    if plan is build_state.Plan.FULL:
        build_state.forget_publish_base(settings)
    args = ["build"]
    if full_refresh:
        args.append("--full-refresh")
    elif plan is build_state.Plan.DATA:
        args += build_state.DATA_SELECTION
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]dbt build[/]"),
        BarColumn(),
        TextColumn("{task.completed} nodes done"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("build", total=None)
        outcome = run_dbt(
            settings,
            args,
            on_node_done=lambda _uid, _status: progress.advance(task),
            incremental=plan is build_state.Plan.DATA and not full_refresh,
        )
    counts = ", ".join(f"{n} {status}" for status, n in sorted(outcome.counts.items()))
    if not outcome.success:
        if outcome.error and "Could not set lock" in outcome.error:
            raise duckdb_error(Exception(outcome.error), settings.db_path)
        for unique_id, message in outcome.failures:
            err.print(Text.assemble(("  failed ", "red"), f"{unique_id}: {message}"))
        detail = f": {outcome.error.splitlines()[0]}" if outcome.error else ""
        raise UserError(
            f"dbt build failed ({counts or 'nothing ran'}){detail}", ExitCode.CHECKS_FAILED
        )
    build_state.record(settings, "built", inputs)
    scope = (
        "; new loads only: what the raw log feeds, seeds, gazetteer and unit tests as last built"
        if plan is build_state.Plan.DATA
        else ""
    )
    console.print(f"build: dbt build passed ({counts}{scope})")
    _warn_quality_issues(settings)
    return True


def _warn_quality_issues(settings: Settings) -> None:
    """Plausibility checks warn, never stop a build: one line per check that flagged rows."""
    from ingest.quality import quality_issue_counts, warning_lines

    for line in warning_lines(quality_issue_counts(settings)):
        err.print(Text.assemble(("warning: ", "yellow"), line), soft_wrap=True)


@app.command()
def ingest(
    paths: PathsArgument = None,
    db: DbOption = None,
    max_bytes: MaxBytesOption = None,
    lock_timeout: LockTimeoutOption = None,
    chunk_size: ChunkOption = None,
) -> None:
    """Load files or folders into the raw article log (append-only)."""
    if not paths:
        raise UserError("give at least one file or folder to ingest")
    settings = build_settings(
        db, max_bytes=max_bytes, lock_timeout=lock_timeout, chunk_size=chunk_size
    )
    paths = _existing_paths(paths)
    with writing(settings):
        do_ingest(paths, settings)


@app.command()
def build(
    db: DbOption = None,
    lock_timeout: LockTimeoutOption = None,
    full_refresh: FullRefreshOption = False,
    workers: WorkersOption = None,
) -> None:
    """Build the warehouse with dbt (seeds, staging, marts, tests)."""
    settings = build_settings(db, lock_timeout=lock_timeout, workers=workers)
    require_warehouse(settings)
    with writing(settings):
        do_build(settings, full_refresh=full_refresh)
        do_publish(settings)


@app.command()
def docs(db: DbOption = None, lock_timeout: LockTimeoutOption = None) -> None:
    """Generate dbt's documentation as one static page (every model and column)."""
    settings = build_settings(db, lock_timeout=lock_timeout)
    require_warehouse(settings)
    with writing(settings):
        outcome = run_dbt(settings, ["docs", "generate", "--static"])
    if not outcome.success:
        detail = (outcome.error or str(outcome.failures)).splitlines()[0]
        raise UserError(f"dbt docs generate failed: {detail}", ExitCode.CHECKS_FAILED)
    target = settings.state_dir / "dbt-target"
    console.print(
        f"docs: {target / 'static_index.html'} (one file, opens from file://; catalog.json and "
        "manifest.json beside it)",
        soft_wrap=True,
    )


@app.command()
def run(
    paths: PathsArgument = None,
    db: DbOption = None,
    max_bytes: MaxBytesOption = None,
    lock_timeout: LockTimeoutOption = None,
    full_refresh: FullRefreshOption = False,
    workers: WorkersOption = None,
) -> None:
    """Ingest, build, check, then print a summary of the warehouse."""
    settings = build_settings(db, max_bytes=max_bytes, lock_timeout=lock_timeout, workers=workers)
    inputs = _existing_paths(paths or sample_corpus_paths())
    with writing(settings):
        report = do_ingest(inputs, settings)
        if report.articles_in_log == 0:
            raise UserError(
                f"nothing loaded into {settings.db_path}: every input was rejected (see the "
                "lines above and raw.rejected_inputs), so there is nothing to build"
            )
        if report.added_nothing:
            console.print("run: nothing new to load; building what the warehouse already holds")
        do_build(settings, full_refresh=full_refresh)
        do_publish(settings, checks=lambda: do_check(settings, unless_checked=True))
    print_summary(reading(settings), console, settings.db_path)


def do_check(settings: Settings, *, unless_checked: bool = False) -> None:
    """Run the Great Expectations suites, write Data Docs, print one line per suite.

    With ``unless_checked``, marts the checks already passed on (same code, same raw log) are
    not checked again.
    """
    from ingest import build_state
    from ingest.checks import run_checks
    from ingest.warehouse import connect_readonly, table_exists

    with connect_readonly(settings) as con:
        built = table_exists(con, "marts", "fact_attacks")
        inputs = build_state.current_inputs(settings, con)
    if not built:
        raise UserError(f"no marts in {settings.db_path} yet: run attack-ledger build")
    if unless_checked and build_state.already_checked(settings, inputs):
        console.print("check: the marts are those the checks passed on last time: not run again")
        return
    with err.status(Text("checks: running Great Expectations suites")):
        results = run_checks(settings)
    for result in results:
        style = "green" if result.success else "bold red"
        console.print(f"check {result.line()}", style=style)
    console.print(f"check: results at {settings.docs_dir / 'checks.html'} (and checks.json)")
    failed = [r.name for r in results if not r.success]
    if failed:
        raise UserError(f"checks failed: {', '.join(failed)}", ExitCode.CHECKS_FAILED)
    build_state.record(settings, "checked", inputs)


@app.command()
def check(db: DbOption = None, lock_timeout: LockTimeoutOption = None) -> None:
    """Validate the marts with the Great Expectations suites, then publish them."""
    settings = build_settings(db, lock_timeout=lock_timeout)
    require_warehouse(settings)
    with writing(settings):  # a build started meanwhile waits for the checks
        do_publish(settings, checks=lambda: do_check(settings))


@app.command(name="as-of")
def as_of(
    timestamp: Annotated[
        str,
        typer.Argument(
            help="Knowledge time, ISO 8601 (2023-10-30T23:59, 2023-10-30, with or without "
            "offset; naive times are UTC)."
        ),
    ],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    working: WorkingOption = False,
) -> None:
    """Show the attacks, with their figures, that the reports known at TIMESTAMP supported."""

    from datetime import UTC

    from ingest.history import attacks_as_of

    moment = _as_of(timestamp)
    rows = attacks_as_of(reading(build_settings(db), working=working), moment)
    if as_json:
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
        return
    lines = render(
        [
            "event_date",
            "place",
            "weapon",
            Column("killed", numeric=True),
            Column("wounded", numeric=True),
            "first reported (UTC)",
        ],
        [
            (
                row["event_date"] or "undated",
                row["location_name"],
                row["weapon"],
                _range(row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]),
                _range(row["injured_low"], row["injured_best"], row["injured_high"]),
                row["first_reported_at"].astimezone(UTC).strftime("%Y-%m-%d %H:%M"),
            )
            for row in rows
        ],
        width=terminal_width(),
        title=f"Attacks as known at {moment.isoformat()} ({len(rows)})",
    )
    print("\n".join(lines))


def _range(low: object, best: object, high: object) -> str:
    """A figure with its range, e.g. "3 (3-40)"; "?" when nothing is known."""
    if best is None and low is None and high is None:
        return "?"
    shown = "?" if best is None else str(best)
    if low == best == high:
        return shown
    return f"{shown} ({'?' if low is None else low}-{'?' if high is None else high})"


@app.command(name="export")
def export_command(
    out: Annotated[Path, typer.Argument(help="File to write (replaced when it exists).")],
    output: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            help="csv or parquet (the attacks with places and actors named), geojson (points, "
            "RFC 7946), acled or ucdp (rows to append to those datasets).",
        ),
    ] = ExportFormat.CSV,
    as_of_time: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Export the attacks as the reports known at this time (ISO 8601) supported them.",
        ),
    ] = None,
    db: DbOption = None,
    working: WorkingOption = False,
) -> None:
    """Write the attacks to OUT as CSV, Parquet, GeoJSON, or ACLED or UCDP GED rows."""
    from ingest.export import export

    moment = _as_of(as_of_time) if as_of_time is not None else None
    settings = reading(build_settings(db), working=working)
    report = export(settings, output, out, moment)
    console.print(report.line(), soft_wrap=True)


@app.command()
def report(
    out: Annotated[
        Path,
        typer.Argument(help="Folder to write the site into (a previous report there is replaced)."),
    ],
    as_of_time: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Show the attacks as the reports known at this time (ISO 8601) supported them.",
        ),
    ] = None,
    db: DbOption = None,
    working: WorkingOption = False,
) -> None:
    """Write a static HTML site: a map, a timeline, filters and one page per attack (offline)."""
    from ingest.report import write_report

    moment = _as_of(as_of_time) if as_of_time is not None else None
    named = build_settings(db)
    counts = write_report(
        reading(named, working=working), out, moment, named.docs_dir / "checks.json"
    )
    console.print(
        f"report: {out / 'index.html'} ({counts['attacks']} attacks, {counts['located']} on the "
        f"map, {counts['mentions']} evidence sentences); open it in a browser, offline",
        soft_wrap=True,
    )


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Option("--gold", exists=True, dir_okay=False, help="Gold events (JSONL)."),
    ],
    articles: Annotated[
        list[Path],
        typer.Option(
            "--articles",
            exists=True,
            help="Folder or file of articles (any input format); repeat for several.",
        ),
    ],
    seeds: Annotated[
        Path | None,
        typer.Option("--seeds", file_okay=False, help="Lexicon seed folder (default: seeds/)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    details: Annotated[
        bool,
        typer.Option("--details", help="Also list every miss, false alarm and wrong field."),
    ] = False,
    metadata: Annotated[
        Path | None,
        typer.Option(
            "--metadata",
            exists=True,
            dir_okay=False,
            help="Articles CSV (id, region, language): figures per region and per language.",
        ),
    ] = None,
    places: Annotated[
        Path | None,
        typer.Option(
            "--places",
            exists=True,
            dir_okay=False,
            help="Gold place coordinates CSV (name, lat, lon); default: places.csv beside "
            "--gold when present.",
        ),
    ] = None,
) -> None:
    """Score the extractor against gold annotations (event P/R/F1, the share of gold places and
    actors found, per-field accuracy)."""
    from ingest.evaluation import (
        evaluate_articles,
        gold_points_beside,
        parse_gold,
        read_article_groups,
        read_gold_points,
        render_details,
    )

    try:
        gold_events = parse_gold(gold.read_text(encoding="utf-8").splitlines())
    except (ValueError, KeyError) as exc:
        raise UserError(f"{gold} is not gold in the corpus format: {exc}") from None
    try:
        points = read_gold_points(places) if places is not None else gold_points_beside(gold)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UserError(f"cannot read the gold places' coordinates: {exc}") from None
    report = evaluate_articles(
        gold_events, articles, seeds or dbt_project_dir() / "seeds", points=points
    )
    breakdowns = read_article_groups(metadata) if metadata is not None else {}
    if as_json:
        print(report.to_json(breakdowns))
    else:
        report.render(console, breakdowns)
        if details:
            render_details(report, console)


@app.command()
def summary(db: DbOption = None, working: WorkingOption = False) -> None:
    """Print what the warehouse holds (its published copy)."""
    settings = build_settings(db)
    print_summary(reading(settings, working=working), console, settings.db_path)


class OutputFormat(StrEnum):
    """How ``sql`` prints its result."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"


@app.command()
def sql(
    statement: Annotated[str, typer.Argument(help="One SQL query (SELECT, WITH, DESCRIBE...).")],
    db: DbOption = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            min=1,
            help="Rows to print at most (default: 50 for table and markdown, all for csv and "
            "json). A note on stderr says when rows were left out.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        OutputFormat,
        typer.Option("--format", help="table, csv, json (one object a line) or markdown."),
    ] = OutputFormat.TABLE,
    working: WorkingOption = False,
) -> None:
    """Run one read-only query on the warehouse: it cannot write, copy, attach or read files."""
    from ingest.sandbox import run_query

    settings = reading(build_settings(db), working=working)
    cap = limit if limit is not None else (50 if output in ("table", "markdown") else None)
    result = run_query(settings, statement, cap)
    if output == OutputFormat.CSV:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(["" if v is None else v for v in row] for row in result.rows)
    elif output == OutputFormat.JSON:
        for row in result.rows:
            record = dict(zip(result.columns, row, strict=True))
            print(json.dumps(record, default=str, ensure_ascii=False))
    elif output == OutputFormat.MARKDOWN:
        print("\n".join(markdown_table(result.columns, result.rows)))
    else:
        print("\n".join(render(result.columns, result.rows, width=terminal_width())))
    if result.total > len(result.rows):
        err.print(
            f"note: {len(result.rows)} of {result.total} rows printed "
            "(--limit N prints more; --format csv prints all)",
            soft_wrap=True,
        )
