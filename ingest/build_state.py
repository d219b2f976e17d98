"""What the last successful build and check saw, so that a run does only what changed.

A build depends on two things: the code (the dbt project's models, macros, tests, seeds and
settings, the gazetteer files, the extractor version) and the raw log (dlt's loads). Both are
summed up in :class:`BuildInputs`, recorded beside the warehouse (``build-state.json`` in the
state folder) after a build or a check passed, and compared with the current ones next time:

- same code, same raw log: nothing to build (and, if the checks passed on it, nothing to check,
  and if the published copy was made from it, nothing to publish);
- same code, new loads: rebuild only the tables the raw log feeds (``source:raw+`` and the
  tests on it); seeds, the gazetteer table, the actor dimension, the views, their tests (but
  the views') and the unit tests (which test the code, not the data) are left as the last
  build made and tested them;
- anything else (first build, code or gazetteer changed, a failed or killed build, a file
  copied from elsewhere, ``--full-refresh``): the whole ``dbt build``.

The record is removed before a build starts, so a build that fails or is killed leaves none.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path

import duckdb

from ingest.settings import Settings, dbt_project_dir

STATE_FILE = "build-state.json"
# The code the published copy was last written from, kept across builds on new loads only and
# removed when a full build starts: while it matches, publishing updates the copy in place of
# writing it anew (ingest.publish).
PUBLISH_BASE_FILE = "publish-base.json"
PROJECT_PARTS = ("models", "macros", "seeds", "tests/dbt", "dbt_project.yml", "profiles.yml")
# What a build with new loads only runs again: every node the raw log feeds, and their tests, with
# ATTACK_LEDGER_INCREMENTAL_BUILD=true (ingest.settings.INCREMENTAL_ENV).
# The fusion and the facts then redo only the attacks the new loads can change
# (models/intermediate/int_attack_fusion_delta.sql); dim_location, fed by the raw log only
# through the gazetteer's own plausibility check (int_quality_issues), stays as built.
# The export views' key tests are left out: each view gives one row per fact_attacks row, its
# attack_id, as long as what it left-joins is unique on the join key (dim_location, dim_actor,
# the country_codes seed: tested unique by the full build and not rebuilt here), so they
# follow from fact_attacks' own key tests, which run; each costs a computation of the view.
# The views are left as the last full build made them (their tests run): a view is its query,
# which only the code changes, and DuckDB binds it when it is read, so it reads the tables
# rebuilt below it (creating the ten again cost about 1 s and their commits).
# --indirect-selection empty: an excluded model does not take the tests of its children with it
# (dbt's default does, so excluding the views would skip their 26 tests, and excluding
# dim_location skipped fact_attacks' relationship to it and two singular tests reading it);
# dim_location's own two tests are left out by name.
EXPORT_VIEW_KEY_TESTS = tuple(
    f"{test}_{view}_attack_id"
    for view in ("attacks_acled", "attacks_ucdp")
    for test in ("unique", "not_null")
)
DATA_SELECTION = [
    "--select",
    "source:raw+",
    "--exclude",
    "resource_type:unit_test",
    "config.materialized:view",
    "dim_location",
    "not_null_dim_location_location_id",
    "unique_dim_location_location_id",
    *EXPORT_VIEW_KEY_TESTS,
    "--indirect-selection",
    "empty",
]
# The tables a build on new loads leaves as the last full build made them (ingest.publish).
UNCHANGED_BY_DATA_BUILDS = (
    ("seeds", None),
    ("staging", "stg_gazetteer_places"),
    ("marts", "dim_location"),
)


class Plan(Enum):
    """What a build has to do."""

    NOTHING = "nothing"
    DATA = "data"
    FULL = "full"


@dataclass(frozen=True, slots=True)
class BuildInputs:
    """The code a build ran and the raw loads it read, each as a digest."""

    code: str
    loads: str


def code_digest(settings: Settings) -> str:
    """The dbt project's files (contents), the gazetteer's (name, size, modification time), the
    extractor version."""
    from ingest.extraction import EXTRACTOR_VERSION

    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    root = dbt_project_dir()
    for part in PROJECT_PARTS:
        path = root / part
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(str(file.relative_to(root)).encode())
                digest.update(hashlib.sha256(file.read_bytes()).digest())
    gazetteer = settings.gazetteer_dir
    for file in sorted(p for p in gazetteer.rglob("*") if p.is_file()):
        status = file.stat()
        digest.update(
            f"{file.relative_to(gazetteer)}|{status.st_size}|{status.st_mtime_ns}".encode()
        )
    return digest.hexdigest()


def loads_digest(con: duckdb.DuckDBPyConnection) -> str:
    """dlt's loads into the raw log: every ingest that added rows adds one or more."""
    try:
        row = con.execute("select count(*), max(load_id) from raw._dlt_loads").fetchone()
    except duckdb.CatalogException:
        return "none"
    return f"{row[0]}|{row[1]}" if row else "none"


def current_inputs(settings: Settings, con: duckdb.DuckDBPyConnection) -> BuildInputs:
    return BuildInputs(code=code_digest(settings), loads=loads_digest(con))


def _path(settings: Settings) -> Path:
    return settings.state_dir / STATE_FILE


def _read(settings: Settings) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _recorded(settings: Settings, what: str) -> BuildInputs | None:
    entry = _read(settings).get(what)
    if not isinstance(entry, dict) or set(entry) != {"code", "loads"}:
        return None
    return BuildInputs(code=str(entry["code"]), loads=str(entry["loads"]))


def plan_build(settings: Settings, inputs: BuildInputs, *, full_refresh: bool) -> Plan:
    """What to build, given the inputs now and those of the last successful build."""
    last = _recorded(settings, "built")
    if full_refresh or last is None or last.code != inputs.code:
        return Plan.FULL
    return Plan.NOTHING if last.loads == inputs.loads else Plan.DATA


def already_checked(settings: Settings, inputs: BuildInputs) -> bool:
    """Whether the checks passed on marts built from exactly these inputs."""
    return _recorded(settings, "built") == inputs and _recorded(settings, "checked") == inputs


def already_published(settings: Settings, inputs: BuildInputs) -> bool:
    """Whether the published copy was made from marts built from exactly these inputs."""
    return settings.published_path.is_file() and _recorded(settings, "published") == inputs


def forget(settings: Settings) -> None:
    """Drop the record before a build: a build that does not finish leaves none."""
    _path(settings).unlink(missing_ok=True)


def record(settings: Settings, what: str, inputs: BuildInputs) -> None:
    """Record that the build (``built``) or the checks (``checked``) passed on ``inputs``, or
    that the published copy was made from them (``published``); a build forgets the others."""
    data = {} if what == "built" else _read(settings)
    data[what] = asdict(inputs)
    path = _path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
    temporary.replace(path)


def _publish_base(settings: Settings) -> Path:
    return settings.state_dir / PUBLISH_BASE_FILE


def can_update_published(settings: Settings, inputs: BuildInputs) -> bool:
    """Whether the published copy was written from this code and only builds on new loads ran
    since (a full build forgets it when it starts), so that it can be updated, not rewritten."""
    if not settings.published_path.is_file():
        return False
    try:
        data = json.loads(_publish_base(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("code") == inputs.code


def record_publish_base(settings: Settings, inputs: BuildInputs) -> None:
    path = _publish_base(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"code": inputs.code}), encoding="utf-8")


def forget_publish_base(settings: Settings) -> None:
    """Before a full build: the next publish writes the copy anew."""
    _publish_base(settings).unlink(missing_ok=True)
