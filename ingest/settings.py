"""Run settings, built by one function from the command line and the environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import UserError
from ingest.paths import packaged_gazetteer_dir

DB_ENV = "ATTACK_LEDGER_DB"
GAZETTEER_ENV = "ATTACK_LEDGER_GAZETTEER"
WORKERS_ENV = "ATTACK_LEDGER_WORKERS"  # --workers, passed to the extraction model
# "true" in a build on new loads only (ingest.build_state): the incremental models replace only
# the rows the new loads change. An environment variable, not a dbt var (dbt parses the whole
# project again when a var changes, about 5 s), read only while the build runs
# (macros/incremental_build.sql), so that switching it parses nothing again.
INCREMENTAL_ENV = "ATTACK_LEDGER_INCREMENTAL_BUILD"
MEMORY_LIMIT_ENV = "ATTACK_LEDGER_MEMORY_LIMIT"  # DuckDB's memory_limit on every connection
# DuckDB's own default is 80 % of the machine's memory (6.9 GB peaked on a 1M-article run); with
# 1 GB it spills to disk beside the warehouse instead, and a whole run stays near 2 GB.
DEFAULT_MEMORY_LIMIT = "1GB"
# ``ingest``'s connection (the dlt destination) gets a limit of its own: its queries need little
# (a chunk's keys against the log), but each checkpoint merges the small row groups the chunks
# append and rewrites them, and what DuckDB reads and caches there grows with the log up to the
# limit: with 1 GB a million-article ingest peaked at 2 GB, with 256 MB at 1 GB (README, "Scale").
INGEST_MEMORY_LIMIT_ENV = "ATTACK_LEDGER_INGEST_MEMORY_LIMIT"
DEFAULT_INGEST_MEMORY_LIMIT = "256MB"
# The build's DuckDB while the extraction model runs (``models/staging/stg_extraction_log.py``):
# it only writes the workers' shards and reads their logs back, and what it cached there added
# to the workers' memory (at a million articles the build process held 0.9 GB beside two workers
# of 0.6 GB, 0.55 GB with this limit). The model's post-hook gives the build its own limit back.
EXTRACTION_MEMORY_LIMIT_ENV = "ATTACK_LEDGER_EXTRACTION_MEMORY_LIMIT"
DEFAULT_EXTRACTION_MEMORY_LIMIT = "256MB"
_MEMORY_LIMIT = re.compile(r"\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*", re.IGNORECASE)
DEFAULT_DB_NAME = "warehouse.duckdb"
DuckDBConfig = dict[str, str | bool | int | float | list[str]]  # duckdb.connect(config=...)
DEFAULT_MAX_BYTES = 5_000_000


def project_dir() -> Path:
    """The folder holding the ``ingest`` package: the repository root in a source checkout."""
    return Path(__file__).resolve().parent.parent


def dbt_project_dir() -> Path:
    """Where ``dbt_project.yml``, the models, macros and seeds are.

    In a source checkout, the repository root; in an installed wheel, the copy packaged as
    ``ingest/dbt_project`` (``pyproject.toml``, ``force-include``).
    """
    packaged = Path(__file__).resolve().parent / "dbt_project"
    if (packaged / "dbt_project.yml").is_file():
        return packaged
    return project_dir()


def default_db_dir() -> Path:
    """The default warehouse's folder: the repository root, else (installed) the current one."""
    root = project_dir()
    return root if (root / "dbt_project.yml").is_file() else Path.cwd()


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the warehouse is and the limits a run applies."""

    db_path: Path
    gazetteer_dir: Path = field(default_factory=packaged_gazetteer_dir)
    max_bytes: int = DEFAULT_MAX_BYTES
    lock_timeout: float = 60.0
    chunk_size: int = 2_000  # inputs per dlt load; each load is committed on its own
    workers: int | None = (
        None  # extraction processes; None: one per core (ingest.extraction_shards)
    )
    memory_limit: str = DEFAULT_MEMORY_LIMIT  # DuckDB's memory_limit, e.g. "1GB"
    ingest_memory_limit: str = DEFAULT_INGEST_MEMORY_LIMIT  # the same for ingest's connection
    extraction_memory_limit: str = DEFAULT_EXTRACTION_MEMORY_LIMIT  # and the extraction model's

    @property
    def state_dir(self) -> Path:
        """dlt state, dbt target and logs, and the writer lock, kept beside the DuckDB file."""
        return self.db_path.with_name(self.db_path.name + ".state")

    @property
    def lock_path(self) -> Path:
        return self.db_path.with_name(self.db_path.name + ".lock")

    @property
    def published_path(self) -> Path:
        """The read-only copy readers use (``ingest/publish.py``): ``NAME.published.duckdb``."""
        stem = self.db_path.name.removesuffix(".duckdb")
        return self.db_path.with_name(f"{stem}.published.duckdb")

    @property
    def spill_dir(self) -> Path:
        """Where DuckDB spills what exceeds its memory limit: ``NAME.duckdb.tmp``, beside the
        warehouse. DuckDB's own default for a connection to the file, so set only on in-memory
        connections (:meth:`duckdb_config`): setting it again once a database has spilled is an
        error ("Cannot switch temporary directory"), and dbt-duckdb sets its profile's settings
        on every cursor."""
        return self.db_path.with_name(self.db_path.name + ".tmp")

    def duckdb_config(self, *, in_memory: bool = False, ingest: bool = False) -> DuckDBConfig:
        """The settings every connection the pipeline opens gets (``duckdb.connect(config=)``,
        dlt's destination, dbt's profile through the environment); ``ingest``'s connection
        (the dlt destination) has a limit of its own."""
        limit = self.ingest_memory_limit if ingest else self.memory_limit
        config: DuckDBConfig = {"memory_limit": limit}
        if in_memory:
            config["temp_directory"] = str(self.spill_dir)
        return config

    @property
    def docs_dir(self) -> Path:
        """Great Expectations Data Docs, written next to the warehouse."""
        return self.db_path.with_name(self.db_path.name + ".docs")


def build_settings(
    db: Path | None,
    *,
    environ: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    lock_timeout: float | None = None,
    chunk_size: int | None = None,
    workers: int | None = None,
) -> Settings:
    """Resolve settings: ``--db`` wins, then ``$ATTACK_LEDGER_DB``, then ``warehouse.duckdb``.
    The gazetteer is ``$ATTACK_LEDGER_GAZETTEER``, else the one ``make setup`` generated.
    DuckDB's memory limit is ``$ATTACK_LEDGER_MEMORY_LIMIT`` (``512MB``, ``2GB``...), else 1 GB,
    ``ingest``'s ``$ATTACK_LEDGER_INGEST_MEMORY_LIMIT``, else 256 MB, and the extraction
    model's ``$ATTACK_LEDGER_EXTRACTION_MEMORY_LIMIT``, else 256 MB; another value is a
    :class:`~ingest.errors.UserError` (exit 2) naming the variable.

    The default sits at the repository root (in the current folder when installed). The path
    is made absolute and real here, once (links resolved), so that dlt, dbt and the checks all
    open the same file whatever their working directory, and the writer lock beside it is the
    same through any link to it.
    """
    env = os.environ if environ is None else environ
    default = default_db_dir() / DEFAULT_DB_NAME
    chosen = db or (Path(env[DB_ENV]) if env.get(DB_ENV) else default)
    overrides: dict[str, Any] = {
        key: value
        for key, value in (
            ("max_bytes", max_bytes),
            ("lock_timeout", lock_timeout),
            ("chunk_size", chunk_size),
            ("workers", workers),
        )
        if value is not None
    }
    real = Path(os.path.realpath(chosen.expanduser()))
    gazetteer = Path(env[GAZETTEER_ENV]) if env.get(GAZETTEER_ENV) else packaged_gazetteer_dir()
    for name, key in (
        (MEMORY_LIMIT_ENV, "memory_limit"),
        (INGEST_MEMORY_LIMIT_ENV, "ingest_memory_limit"),
        (EXTRACTION_MEMORY_LIMIT_ENV, "extraction_memory_limit"),
    ):
        limit = env.get(name)
        if limit:
            if not _MEMORY_LIMIT.fullmatch(limit):
                raise UserError(f"${name} is {limit!r}: give a size such as 512MB or 2GB")
            overrides[key] = limit.strip().replace(" ", "")
    return Settings(db_path=real, gazetteer_dir=gazetteer.expanduser().absolute(), **overrides)
