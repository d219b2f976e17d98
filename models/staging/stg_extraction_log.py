"""One row per (article version, extractor version): what the extractor found, append-only.

Every article version is extracted once per extractor version; a new extractor version
re-extracts everything and the earlier results stay in the log. Mentions and aggregate
statements are nested lists here; the stg_attack_mentions and stg_aggregate_statements views
unnest them.

Bounded memory: the versions to extract are read from the raw log in Arrow record batches and
the results written batch by batch (the model returns a RecordBatchReader, which DuckDB consumes
as a stream), so memory holds one batch, however large the corpus. The texts are read from
source('raw', 'articles') (one row per version, the same columns stg_articles passes through),
not from the stg_articles view, whose version numbering would hold every text at once.

Parallel: with more than one worker (``attack-ledger build --workers N``, default one per core
for at least 1,000 new versions each) the versions are split in shards extracted by separate
processes, each reading its own Parquet shard written by DuckDB and writing its log rows to
Parquet, which DuckDB reads back (``ingest.extraction_shards``): the model then returns a
relation, not a stream of Arrow batches.
"""

from datetime import UTC, datetime


def model(dbt, session):
    dbt.config(materialized="incremental", incremental_strategy="append")
    # DuckDB keeps every Arrow batch of the stream returned here until the table is written when
    # it must keep their order (0.35 GB more at a million versions); the log's order means
    # nothing (it already depends on the worker count). The model's post_hook sets it back, and
    # dbt runs one model at a time (threads: 1). Not a pre_hook: dbt-duckdb's python
    # materialization then fails to find the new table.
    session.execute("set preserve_insertion_order = false")

    import os
    from pathlib import Path

    from ingest.extraction import EXTRACTOR_VERSION, SEED_TABLES, packaged_gazetteer_dir
    from ingest.extraction_job import (
        ARTICLE_COLUMNS,
        BATCH_ROWS,
        build_extractor,
        empty_log,
        extraction_log_batches,
    )
    from ingest.extraction_shards import requested_workers, sharded_log, workers_for
    from ingest.settings import (
        DB_ENV,
        DEFAULT_EXTRACTION_MEMORY_LIMIT,
        EXTRACTION_MEMORY_LIMIT_ENV,
    )

    expected = dbt.config.get("extractor_version")
    if expected != EXTRACTOR_VERSION:
        raise RuntimeError(
            f"dbt var extractor_version is {expected!r} but the installed extractor is "
            f"{EXTRACTOR_VERSION!r}: update dbt_project.yml"
        )

    # dbt needs every ref spelled out to order the graph; the names match SEED_TABLES.
    seeds = {
        "actors": dbt.ref("actors"),
        "actor_aliases": dbt.ref("actor_aliases"),
        "reporting_sources": dbt.ref("reporting_sources"),
        "reporting_source_aliases": dbt.ref("reporting_source_aliases"),
        "weapons": dbt.ref("weapons"),
    }
    if set(seeds) != set(SEED_TABLES):
        raise RuntimeError(f"seed refs {sorted(seeds)} differ from SEED_TABLES {SEED_TABLES}")

    columns = ", ".join(ARTICLE_COLUMNS)
    articles = dbt.source("raw", "articles").project(columns)
    if dbt.is_incremental:
        done = (
            f"select version_id from {dbt.this} "
            f"where extractor_version = '{EXTRACTOR_VERSION}'"
        )
        articles = articles.filter(f"version_id not in ({done})")

    rows = articles.aggregate("count(*)").fetchone()[0]
    if rows == 0:
        return empty_log()  # nothing new: no need to load the gazetteer and build the automata

    # DuckDB only writes the shards and reads the log into the table from here on: what it
    # would cache up to the build's limit adds to the extracting processes' memory. The model's
    # post_hook sets the build's limit back (dbt-duckdb also sets it on every new cursor).
    limit = os.environ.get(EXTRACTION_MEMORY_LIMIT_ENV) or DEFAULT_EXTRACTION_MEMORY_LIMIT
    session.execute(f"set memory_limit = '{limit}'")

    # The gazetteer the extractor reads is the same generated one as source('gazetteer', ...);
    # its index is loaded from the folder the CLI names (the packaged one by default).
    gazetteer = Path(os.environ.get("ATTACK_LEDGER_GAZETTEER") or packaged_gazetteer_dir())
    seed_tables = {name: rel.to_arrow_table() for name, rel in seeds.items()}
    extracted_at = datetime.now(UTC)
    workers = workers_for(requested_workers(os.environ), rows)
    if workers > 1:
        db = os.environ.get(DB_ENV)
        state = Path(db).with_name(Path(db).name + ".state") if db else None
        return sharded_log(
            session,
            articles,
            seed_tables,
            gazetteer,
            extracted_at,
            workers,
            state if state and state.is_dir() else None,
            rows=rows,
        )
    extractor = build_extractor(seed_tables, gazetteer)
    return extraction_log_batches(
        articles.fetch_record_batch(BATCH_ROWS), extractor, extracted_at
    )
