"""DuckDB's memory limit and spill folder reach every connection the pipeline opens.

DuckDB's default limit is 80 % of the machine's memory; each connection is asked what it got,
through the code that opens it for the pipeline.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import duckdb
import pytest
from support import CLI

from ingest.errors import UserError
from ingest.pipeline import make_pipeline
from ingest.publish import publish
from ingest.sandbox import sandboxed_connection
from ingest.settings import (
    EXTRACTION_MEMORY_LIMIT_ENV,
    INGEST_MEMORY_LIMIT_ENV,
    MEMORY_LIMIT_ENV,
    Settings,
    build_settings,
)
from ingest.warehouse import connect_readonly, run_dbt

LIMIT = "300MB"  # far from the default, so a connection without it cannot pass
INGEST_LIMIT = "200MB"  # ingest's own, different from both defaults and from LIMIT
SETTINGS_SQL = "select current_setting('memory_limit'), current_setting('temp_directory')"


def expected(settings: Settings, *, ingest: bool = False) -> tuple[str, str]:
    """How DuckDB reports the limit it was given (it prints sizes in its own units)."""
    limit = settings.ingest_memory_limit if ingest else settings.memory_limit
    with duckdb.connect(config={"memory_limit": limit}) as con:
        row = con.execute("select current_setting('memory_limit')").fetchone()
    assert row is not None
    return str(row[0]), str(settings.spill_dir)


@pytest.fixture
def limited(tmp_path: Path) -> Settings:
    settings = build_settings(
        tmp_path / "w.duckdb",
        environ={
            MEMORY_LIMIT_ENV: LIMIT,
            INGEST_MEMORY_LIMIT_ENV: INGEST_LIMIT,
            EXTRACTION_MEMORY_LIMIT_ENV: "100MB",
        },
    )
    duckdb.connect(str(settings.db_path)).close()
    return settings


def test_the_limit_comes_from_the_environment_with_a_default(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    assert build_settings(db, environ={}).memory_limit == "1GB"
    assert build_settings(db, environ={}).ingest_memory_limit == "256MB"
    assert build_settings(db, environ={MEMORY_LIMIT_ENV: " 2 GB "}).memory_limit == "2GB"
    assert build_settings(db, environ={}).extraction_memory_limit == "256MB"
    own = build_settings(
        db, environ={INGEST_MEMORY_LIMIT_ENV: "128MB", EXTRACTION_MEMORY_LIMIT_ENV: "64 MB"}
    )
    assert (own.memory_limit, own.ingest_memory_limit, own.extraction_memory_limit) == (
        "1GB",
        "128MB",
        "64MB",
    )
    assert build_settings(db, environ={}).spill_dir == tmp_path / "w.duckdb.tmp"
    for bad in ("lots", "80%", "-1GB", "1 GB; drop table x"):
        for name in (MEMORY_LIMIT_ENV, INGEST_MEMORY_LIMIT_ENV, EXTRACTION_MEMORY_LIMIT_ENV):
            with pytest.raises(UserError, match=name):
                build_settings(db, environ={name: bad})


def test_read_only_and_sandboxed_connections_get_the_limit(limited: Settings) -> None:
    assert expected(limited)[0] != expected(build_settings(limited.db_path, environ={}))[0]
    for connect in (connect_readonly, sandboxed_connection):
        with connect(limited) as con:
            assert con.execute(SETTINGS_SQL).fetchone() == expected(limited)


def test_the_dlt_destination_gets_the_ingest_limit(limited: Settings) -> None:
    pipeline = make_pipeline(limited)
    with pipeline.sql_client() as client:
        rows = client.execute_sql(SETTINGS_SQL)
    assert rows is not None
    assert tuple(rows[0]) == expected(limited, ingest=True)
    assert expected(limited, ingest=True) != expected(limited)


def test_dbt_connections_get_the_limit(limited: Settings) -> None:
    outcome = run_dbt(limited, ["show", "--inline", SETTINGS_SQL])
    assert outcome.success, outcome.error
    assert outcome.shown == [expected(limited)]
    # the extraction model's limit, which it sets while it runs (its post-hook sets it back)
    assert os.environ[EXTRACTION_MEMORY_LIMIT_ENV] == limited.extraction_memory_limit


def test_the_publishing_connection_gets_the_limit(
    limited: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    want = expected(limited)
    seen: list[tuple[str, str]] = []
    connect = duckdb.connect

    def recording(*args: object, **kwargs: object) -> duckdb.DuckDBPyConnection:
        con = connect(*args, **kwargs)  # type: ignore[arg-type]
        row = con.execute(SETTINGS_SQL).fetchone()
        assert row is not None
        seen.append((str(row[0]), str(row[1])))
        return con

    monkeypatch.setattr(duckdb, "connect", recording)
    publish(limited)
    assert seen and all(row == want for row in seen)


def test_a_bad_limit_is_one_line_and_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    result = subprocess.run(
        [*CLI, "summary", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, MEMORY_LIMIT_ENV: "lots"},
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: ${MEMORY_LIMIT_ENV} is 'lots': give a size such as 512MB or 2GB"
    ]
    assert not db.exists()
