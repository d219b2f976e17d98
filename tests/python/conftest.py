"""Fixtures shared by the integration tests (helpers live in support.py)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from support import CliRunner, run_cli

from ingest.settings import Settings

# Hypothesis: "ci" is bounded and reproducible (fixed examples and deadline, derandomized, no
# example database written into the repository); HYPOTHESIS_PROFILE=thorough searches longer.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=timedelta(seconds=10),
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=timedelta(seconds=30),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the session's sample warehouse run on one xdist worker, which builds it once.

    Without a group, each worker that draws one of them runs ``attack-ledger run`` again.
    """
    for item in items:
        if "sample_warehouse" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("sample_warehouse"))


@pytest.fixture(autouse=True, scope="session")
def _offline_tools() -> None:
    """No telemetry from dlt or dbt during tests."""
    os.environ["RUNTIME__DLTHUB_TELEMETRY"] = "false"
    os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh warehouse file in a temporary folder."""
    return Settings(db_path=tmp_path / "w.duckdb", chunk_size=50)


@pytest.fixture
def cli() -> CliRunner:
    """Run ``attack-ledger`` in a child process, as a user would."""
    return run_cli


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """``attack-ledger run`` on the bundled sample corpus into a fresh warehouse, and its output."""
    db = tmp_path_factory.mktemp("sample") / "w.duckdb"
    result = run_cli("run", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    return db, result.stdout
