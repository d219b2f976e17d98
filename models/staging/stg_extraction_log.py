"""One row per (article version, extractor version): what the extractor found, append-only.

Every article version is extracted once per extractor version; a new extractor version
re-extracts everything and the earlier results stay in the log. Mentions and aggregate
statements are nested lists here; the stg_attack_mentions and stg_aggregate_statements views
unnest them.
"""

from datetime import UTC, datetime


def model(dbt, session):
    dbt.config(materialized="incremental", incremental_strategy="append")

    import os
    from pathlib import Path

    from ingest.extraction import EXTRACTOR_VERSION, SEED_TABLES, packaged_gazetteer_dir
    from ingest.extraction_job import build_extractor, extraction_log

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

    articles = dbt.ref("stg_articles")
    if dbt.is_incremental:
        done = (
            f"select version_id from {dbt.this} "
            f"where extractor_version = '{EXTRACTOR_VERSION}'"
        )
        articles = articles.filter(f"version_id not in ({done})")
    articles = articles.order("version_id")

    # The gazetteer the extractor reads is the same generated one as source('gazetteer', ...);
    # its index is loaded from the folder the CLI names (the packaged one by default).
    gazetteer = Path(os.environ.get("ATTACK_LEDGER_GAZETTEER") or packaged_gazetteer_dir())
    extractor = build_extractor(
        {name: rel.to_arrow_table() for name, rel in seeds.items()}, gazetteer
    )
    return extraction_log(articles.to_arrow_table(), extractor, datetime.now(UTC))
