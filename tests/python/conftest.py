"""Shared fixtures: temporary warehouses, the CLI as a subprocess, and corpus locations."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from ingest.settings import Settings, project_dir

REPO = project_dir()
SAMPLE = REPO / "ingest" / "sample_corpus"
BAD_INPUTS = REPO / "tests" / "fixtures" / "bad_inputs"
DEV = REPO.parent / "shared" / "corpus" / "dev"
CLI = [sys.executable, "-m", "ingest"]


@pytest.fixture(autouse=True, scope="session")
def _offline_tools() -> None:
    """No telemetry from dlt or dbt during tests."""
    os.environ["RUNTIME__DLTHUB_TELEMETRY"] = "false"
    os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh warehouse file in a temporary folder."""
    return Settings(db_path=tmp_path / "w.duckdb", chunk_size=50)


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows of ``sql`` run read-only against ``db``."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def scalar(db: Path, sql: str) -> object:
    return query(db, sql)[0][0]


CliRunner = Callable[..., subprocess.CompletedProcess[str]]


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


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """``attack-ledger run`` on the bundled sample corpus into a fresh warehouse, and its output."""
    db = tmp_path_factory.mktemp("sample") / "w.duckdb"
    result = run_cli("run", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    return db, result.stdout


@pytest.fixture
def cli() -> CliRunner:
    """Run ``attack-ledger`` in a child process, as a user would."""

    return run_cli
