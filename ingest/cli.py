"""The ``attack-ledger`` command line: ingest, build, run, and the reports on the warehouse."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ingest import __version__
from ingest.settings import Settings, build_settings, project_dir
from ingest.summary import print_summary
from ingest.warehouse import WarehouseBusyError, run_dbt, writer_lock

app = typer.Typer(
    name="attack-ledger",
    help="Turn news articles into an auditable, event-sourced dataset of attacks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="DuckDB warehouse file (default: $ATTACK_LEDGER_DB, else warehouse.duckdb at the "
        "repository root).",
        dir_okay=False,
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
    root = project_dir() / "ingest" / "sample_corpus"
    return [root / name for name in ("articles", "html", "batches", "corrections")]


def _prepare_environment() -> None:
    """No telemetry from dlt or dbt: users run offline."""
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


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


def do_ingest(paths: list[Path], settings: Settings) -> None:
    """Load inputs into the raw log, with a progress display and a one-line result."""
    from dlt.pipeline.exceptions import PipelineStepFailed

    from ingest.pipeline import ingest_paths

    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    for path in missing:
        err.print(f"[yellow]warning:[/] {path} does not exist; recorded as unreadable")
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest[/] {task.description}"),
        TextColumn("{task.completed} inputs"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("reading", total=None)
        try:
            report = ingest_paths(paths, settings, on_progress=lambda n: progress.advance(task, n))
        except PipelineStepFailed as exc:
            raise _fail(f"loading into {settings.db_path} failed: {exc.exception}") from None
    console.print(
        f"ingest: {report.inputs_read} inputs read, {report.articles_added} new article "
        f"versions, {report.sightings_added} new sightings, {report.rejects_added} new rejects "
        f"({report.rejected_seen} rejected this run)"
    )
    for rejection in report.rejections[:20]:
        err.print(f"  [yellow]rejected[/] {rejection.source_uri}: {rejection.message}")
    if len(report.rejections) > 20:
        err.print(f"  ... and {len(report.rejections) - 20} more (see raw.rejected_inputs)")


FullRefreshOption = Annotated[
    bool,
    typer.Option(
        "--full-refresh",
        help="Rebuild everything from the raw log, the extraction log included.",
    ),
]


def do_build(settings: Settings, *, full_refresh: bool = False) -> None:
    """Run ``dbt build`` (seeds, models, tests) on the warehouse."""
    from ingest.warehouse import connect_readonly, table_exists

    try:
        con = connect_readonly(settings)
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    with con:
        ready = table_exists(con, "raw", "articles")
    if not ready:
        raise _fail(f"nothing ingested into {settings.db_path} yet: run attack-ledger ingest PATH")
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
        args = ["build", "--full-refresh"] if full_refresh else ["build"]
        outcome = run_dbt(settings, args, on_node_done=lambda _uid, _status: progress.advance(task))
    counts = ", ".join(f"{n} {status}" for status, n in sorted(outcome.counts.items()))
    if not outcome.success:
        for unique_id, message in outcome.failures:
            err.print(f"  [red]failed[/] {unique_id}: {message}")
        detail = f": {outcome.error}" if outcome.error else ""
        raise _fail(f"dbt build failed ({counts or 'nothing ran'}){detail}")
    console.print(f"build: dbt build passed ({counts})")


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
        raise _fail("give at least one file or folder to ingest")
    settings = build_settings(
        db, max_bytes=max_bytes, lock_timeout=lock_timeout, chunk_size=chunk_size
    )
    with _locked(settings):
        do_ingest(paths, settings)


@app.command()
def build(
    db: DbOption = None,
    lock_timeout: LockTimeoutOption = None,
    full_refresh: FullRefreshOption = False,
) -> None:
    """Build the warehouse with dbt (seeds, staging, marts, tests)."""
    settings = build_settings(db, lock_timeout=lock_timeout)
    with _locked(settings):
        do_build(settings, full_refresh=full_refresh)


@app.command()
def docs(db: DbOption = None, lock_timeout: LockTimeoutOption = None) -> None:
    """Generate dbt's documentation site (every model and column) for the warehouse."""
    settings = build_settings(db, lock_timeout=lock_timeout)
    with _locked(settings):
        outcome = run_dbt(settings, ["docs", "generate"])
    if not outcome.success:
        raise _fail(f"dbt docs generate failed: {outcome.error or outcome.failures}")
    target = settings.state_dir / "dbt-target"
    console.print(f"docs: {target / 'index.html'} (catalog.json and manifest.json beside it)")


@app.command()
def run(
    paths: PathsArgument = None,
    db: DbOption = None,
    max_bytes: MaxBytesOption = None,
    lock_timeout: LockTimeoutOption = None,
    full_refresh: FullRefreshOption = False,
) -> None:
    """Ingest, build, check, then print a summary of the warehouse."""
    settings = build_settings(db, max_bytes=max_bytes, lock_timeout=lock_timeout)
    with _locked(settings):
        do_ingest(paths or sample_corpus_paths(), settings)
        do_build(settings, full_refresh=full_refresh)
        do_check(settings)
    print_summary(settings, console)


def do_check(settings: Settings) -> None:
    """Run the Great Expectations suites, write Data Docs, print one line per suite."""
    from ingest.checks import run_checks
    from ingest.warehouse import connect_readonly, table_exists

    try:
        con = connect_readonly(settings)
    except (FileNotFoundError, WarehouseBusyError) as exc:
        raise _fail(str(exc)) from None
    with con:
        built = table_exists(con, "marts", "fact_attacks")
    if not built:
        raise _fail(f"no marts in {settings.db_path} yet: run attack-ledger build")
    with err.status("[bold]checks[/] running Great Expectations suites"):
        results = run_checks(settings)
    for result in results:
        style = "green" if result.success else "bold red"
        console.print(f"check {result.line()}", style=style)
    console.print(f"check: Data Docs at {settings.docs_dir / 'index.html'}")
    failed = [r.name for r in results if not r.success]
    if failed:
        raise _fail(f"checks failed: {', '.join(failed)}", code=1)


@app.command()
def check(db: DbOption = None) -> None:
    """Validate the marts with the Great Expectations suites and write their Data Docs."""
    do_check(build_settings(db))


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
) -> None:
    """Show the attacks, with their figures, that the reports known at TIMESTAMP supported."""
    import json

    from ingest.history import attacks_as_of, parse_as_of

    moment = parse_as_of(timestamp)
    if moment is None:
        raise _fail(f"not an ISO 8601 date or datetime: {timestamp!r}")
    try:
        rows = attacks_as_of(build_settings(db), moment)
    except (FileNotFoundError, WarehouseBusyError, LookupError) as exc:
        raise _fail(str(exc)) from None
    if as_json:
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
        return
    table = Table(
        "event_date",
        "place",
        "weapon",
        "killed",
        "wounded",
        "articles",
        "first reported",
        title=f"Attacks as known at {moment.isoformat()} ({len(rows)})",
    )
    for row in rows:
        table.add_row(
            str(row["event_date"] or "undated"),
            str(row["location_name"]),
            str(row["weapon"]),
            _range(row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]),
            _range(row["injured_low"], row["injured_best"], row["injured_high"]),
            str(row["n_articles"]),
            str(row["first_reported_at"]),
        )
    console.print(table)


def _range(low: object, best: object, high: object) -> str:
    """A figure with its range, e.g. "3 (3-40)"; blank when nothing is known."""
    if best is None and low is None and high is None:
        return ""
    shown = "?" if best is None else str(best)
    if low == best == high:
        return shown
    return f"{shown} ({'?' if low is None else low}-{'?' if high is None else high})"


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
) -> None:
    """Score the extractor against gold annotations (event P/R/F1, the share of gold places and
    actors found, per-field accuracy)."""
    from ingest.evaluation import (
        evaluate_articles,
        parse_gold,
        read_article_groups,
        render_details,
    )

    try:
        gold_events = parse_gold(gold.read_text(encoding="utf-8").splitlines())
    except (ValueError, KeyError) as exc:
        raise _fail(f"{gold} is not gold in the corpus format: {exc}") from None
    report = evaluate_articles(gold_events, articles, seeds or project_dir() / "seeds")
    breakdowns = read_article_groups(metadata) if metadata is not None else {}
    if as_json:
        print(report.to_json(breakdowns))
    else:
        report.render(console, breakdowns)
        if details:
            render_details(report, console)


@app.command()
def summary(db: DbOption = None) -> None:
    """Print what the warehouse holds."""
    print_summary(build_settings(db), console)


@app.command()
def sql(
    statement: Annotated[str, typer.Argument(help="SQL to run read-only on the warehouse.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Rows to print at most.")] = 50,
) -> None:
    """Run one read-only SQL query on the warehouse and print the result as a table."""
    import duckdb

    from ingest.warehouse import WarehouseBusyError, connect_readonly

    try:
        con = connect_readonly(build_settings(db))
    except (FileNotFoundError, WarehouseBusyError) as exc:
        raise _fail(str(exc)) from None
    with con:
        try:
            relation = con.sql(statement)
        except duckdb.Error as exc:
            raise _fail(str(exc)) from None
        if relation is None:
            return
        columns = relation.columns
        rows = relation.fetchmany(limit)
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)


class _locked:
    """Writer lock as a context manager that turns a busy warehouse into a clear CLI error."""

    def __init__(self, settings: Settings) -> None:
        self._cm = writer_lock(settings)

    def __enter__(self) -> None:
        try:
            self._cm.__enter__()
        except WarehouseBusyError as exc:
            raise _fail(str(exc), code=3) from None

    def __exit__(self, *exc: object) -> None:
        self._cm.__exit__(*exc)  # type: ignore[arg-type]
