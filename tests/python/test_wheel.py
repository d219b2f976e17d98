"""The built wheel carries the dbt project: installed into a clean environment, it runs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from support import REPO

UV = REPO / ".tools" / "bin" / "uv"


def uv(
    *args: str | Path, cwd: Path = REPO, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_PROJECT"))}
    env.update(extra or {})
    result = subprocess.run(
        [str(UV), *map(str, args)], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_a_clean_install_of_the_wheel_runs_the_whole_pipeline(tmp_path: Path) -> None:
    started = time.monotonic()
    dist = tmp_path / "dist"
    uv("build", "--wheel", "--offline", "-o", dist)
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "ingest/dbt_project/dbt_project.yml",
        "ingest/dbt_project/profiles.yml",
        "ingest/dbt_project/models/marts/fact_attacks.sql",
        "ingest/dbt_project/macros/attack_fusion.sql",
        "ingest/dbt_project/seeds/actors.csv",
        "ingest/dbt_project/tests/dbt/assert_every_attack_has_evidence.sql",
        "ingest/data/gazetteer/extractor_index.pickle",
        "ingest/sample_corpus/articles/a01-asad-harir-drones.txt",
        "ingest/report_assets/vendor/leaflet.js",
        "ingest/report_assets/vendor/countries-110m.json",
        "ingest/report_assets/report.js",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.endswith(".so")], "the wheel is pure Python"
    built = time.monotonic() - started

    venv = tmp_path / "venv"
    uv("venv", "--offline", "--python", sys.executable, venv)
    # The locked dependencies from uv's cache (the lock names each file, so no index page is
    # needed offline: a machine set up by `make setup` has every one), then the wheel alone.
    uv(
        "sync", "--frozen", "--offline", "--no-dev", "--no-install-project", "--inexact",
        extra={"UV_PROJECT_ENVIRONMENT": str(venv)},
    )  # fmt: skip
    python = venv / "bin" / "python"
    uv("pip", "install", "--offline", "--no-deps", "--python", python, wheel)
    installed = time.monotonic() - started - built

    work = tmp_path / "work"  # outside the repository: nothing can come from the checkout
    work.mkdir()
    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "COLUMNS": "100",
    }
    where = subprocess.run(
        [str(python), "-c", "import ingest; print(ingest.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(venv)), where.stdout
    run = subprocess.run(
        [str(venv / "bin" / "attack-ledger"), "run"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "build: dbt build passed" in run.stdout
    assert "check fact_attacks: passed" in run.stdout
    assert {"warehouse.duckdb", "warehouse.published.duckdb"} <= {p.name for p in work.iterdir()}
    print(
        f"wheel: built in {built:.1f} s, installed in {installed:.1f} s, "
        f"run in {time.monotonic() - started - built - installed:.1f} s"
    )
