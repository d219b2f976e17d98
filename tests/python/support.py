"""Helpers shared by the integration tests: paths, read-only queries, the CLI in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb

from ingest.settings import project_dir

REPO = project_dir()
SAMPLE = REPO / "ingest" / "sample_corpus"
BAD_INPUTS = REPO / "tests" / "fixtures" / "bad_inputs"
DEV = REPO.parent / "shared" / "corpus" / "dev"
CLI = [sys.executable, "-m", "ingest"]

CliRunner = Callable[..., subprocess.CompletedProcess[str]]


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows of ``sql`` run read-only against ``db``."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def scalar(db: Path, sql: str) -> object:
    return query(db, sql)[0][0]


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run ``attack-ledger`` in a child process, as a user would."""
    return subprocess.run(
        [*CLI, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, "COLUMNS": "200"},
        check=False,
    )
