"""The mypyc-compiled extraction modules: used when built, same output as the sources, never stale.

The compiled build (``python -m ingest.tools.build_native``, run by ``make setup``) must be in
use wherever a C compiler exists (and always under CI), must give results identical to the pure
Python build, and must never be used once a source no longer matches its build manifest.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from extraction_dump import dump

import ingest.extraction
from ingest.native import (
    COMPILED_MODULES,
    EXTENSION_SUFFIX,
    MANIFEST,
    PURE_ENV,
    compiled_files,
    expected_files,
    manifest_problem,
    source_hashes,
)
from ingest.tools.build_native import find_compiler

ROOT = Path(__file__).resolve().parents[3]
PACKAGE_DIR = ROOT / "ingest" / "extraction"
DUMP = Path(__file__).with_name("extraction_dump.py")

needs_native = pytest.mark.skipif(
    not ingest.extraction.NATIVE,
    reason="compiled extraction modules not in use (test_native_build_is_in_use says why)",
)


def _env(**extra: str) -> dict[str, str]:
    """This environment without the pure-build switch, plus ``extra``."""
    env = {key: value for key, value in os.environ.items() if key != PURE_ENV}
    return {**env, **extra}


# ------------------------------------------------------------------ in use, and identical


def test_native_build_is_in_use() -> None:
    if os.environ.get(PURE_ENV, "") not in {"", "0"}:
        pytest.skip(f"{PURE_ENV} is set: the pure Python build is asked for")
    in_ci = os.environ.get("CI", "").lower() == "true"
    compiler = find_compiler()
    if compiler is None and not in_ci:
        pytest.skip("no C compiler: the extraction runs as pure Python")
    problem = manifest_problem(PACKAGE_DIR, source_hashes(PACKAGE_DIR))
    reason = "CI=true" if in_ci else f"a C compiler ({compiler}) is available"
    assert ingest.extraction.NATIVE, (
        f"the compiled extraction modules are not in use although {reason}: {problem}. "
        "Run `make setup` or `python -m ingest.tools.build_native` (log: .native-build/build.log)."
    )


@needs_native
def test_compiled_and_pure_builds_give_identical_results() -> None:
    compiled = dump()
    assert all(str(path).endswith(EXTENSION_SUFFIX) for path in compiled["files"].values())
    child = subprocess.run(
        [sys.executable, str(DUMP)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(**{PURE_ENV: "1"}),
        check=False,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr
    pure = json.loads(child.stdout)
    assert pure["native"] is False
    assert all(str(path).endswith(".py") for path in pure["files"].values())
    assert len(pure["results"]) == len(compiled["results"]) > 100
    differing = [
        index
        for index, (left, right) in enumerate(
            zip(pure["results"], compiled["results"], strict=True)
        )
        if left != right
    ]
    if differing:
        first = differing[0]
        pytest.fail(
            f"{len(differing)} of {len(pure['results'])} results differ; the first, article "
            f"{first}:\npure:     {pure['results'][first][:2000]}\n"
            f"compiled: {compiled['results'][first][:2000]}"
        )


# ------------------------------------------------------------------ the staleness guard


def _fake_build(folder: Path, modules: list[str]) -> None:
    """Files where a build of ``modules`` puts them (not loadable) and a matching manifest."""
    for path in expected_files(folder, modules):
        path.write_bytes(b"not an extension module")
    manifest = {"modules": modules, "sources": source_hashes(folder)}
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_manifest_problem_names_what_changed(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("A = 1\n")
    (tmp_path / "b.py").write_text("B = 1\n")
    _fake_build(tmp_path, ["a"])
    assert manifest_problem(tmp_path, source_hashes(tmp_path)) is None

    (tmp_path / "c.py").write_text("C = 1\n")
    assert manifest_problem(tmp_path, source_hashes(tmp_path)) == (
        "sources changed since the build: c.py"
    )
    (tmp_path / "c.py").unlink()
    (tmp_path / "b.py").write_text("B = 2\n")
    assert "b.py" in str(manifest_problem(tmp_path, source_hashes(tmp_path)))

    _fake_build(tmp_path, ["a"])
    (tmp_path / f"b{EXTENSION_SUFFIX}").write_bytes(b"left by an older build")
    assert manifest_problem(tmp_path, source_hashes(tmp_path)) == (
        f"compiled files not of this build: b{EXTENSION_SUFFIX}"
    )
    (tmp_path / f"b{EXTENSION_SUFFIX}").unlink()
    expected_files(tmp_path, ["a"])[-1].unlink()  # the shared library
    assert "compiled files missing" in str(manifest_problem(tmp_path, source_hashes(tmp_path)))
    (tmp_path / MANIFEST).write_text("{")
    assert "missing or unreadable" in str(manifest_problem(tmp_path, source_hashes(tmp_path)))


PROBE = """
import json, warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import ingest.extraction as e, ingest.extraction.cues as c, ingest.extraction.extractor as x
messages = [str(w.message) for w in caught if "compiled modules" in str(w.message)]
print(json.dumps({"native": e.NATIVE, "files": [c.__file__, x.__file__], "warnings": messages}))
"""


def _copy(tmp_path: Path, keep_build: bool) -> Path:
    """A copy of the ``ingest`` package importable from ``tmp_path``; its extraction folder."""
    ignore = shutil.ignore_patterns("__pycache__", "sample_corpus", "tools")
    shutil.copytree(ROOT / "ingest", tmp_path / "ingest", ignore=ignore)
    folder = tmp_path / "ingest" / "extraction"
    if not keep_build:
        for path in [*compiled_files(folder), folder / MANIFEST]:
            path.unlink(missing_ok=True)
    return folder


def _probe(tmp_path: Path, **env: str) -> dict[str, Any]:
    """Import the copy in a fresh interpreter: NATIVE, two module files, the guard's warnings."""
    child = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(PYTHONPATH=str(tmp_path), **env),
        check=False,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    result: dict[str, Any] = json.loads(child.stdout)
    assert all(Path(path).is_relative_to(tmp_path) for path in result["files"])
    return result


def _uses_sources(result: dict[str, Any]) -> bool:
    return result["native"] is False and all(path.endswith(".py") for path in result["files"])


def test_an_edited_source_makes_the_guard_load_every_py_with_a_warning(tmp_path: Path) -> None:
    folder = _copy(tmp_path, keep_build=False)
    _fake_build(folder, list(COMPILED_MODULES))
    with (folder / "cues.py").open("a") as handle:
        handle.write("# edited after the build\n")
    result = _probe(tmp_path)  # a loaded fake .so would fail the import
    assert _uses_sources(result)
    assert len(result["warnings"]) == 1 and "cues.py" in result["warnings"][0]


def test_extension_files_without_manifest_are_ignored_with_a_warning(tmp_path: Path) -> None:
    folder = _copy(tmp_path, keep_build=False)
    _fake_build(folder, list(COMPILED_MODULES))
    (folder / MANIFEST).unlink()
    result = _probe(tmp_path)
    assert _uses_sources(result)
    assert len(result["warnings"]) == 1 and MANIFEST in result["warnings"][0]


def test_no_build_or_the_pure_switch_loads_the_sources_silently(tmp_path: Path) -> None:
    folder = _copy(tmp_path, keep_build=False)
    result = _probe(tmp_path)
    assert _uses_sources(result) and result["warnings"] == []
    _fake_build(folder, list(COMPILED_MODULES))
    result = _probe(tmp_path, **{PURE_ENV: "1"})
    assert _uses_sources(result) and result["warnings"] == []


@needs_native
def test_a_real_build_is_used_until_a_source_changes(tmp_path: Path) -> None:
    folder = _copy(tmp_path, keep_build=True)
    result = _probe(tmp_path)
    assert result["native"] is True and result["warnings"] == []
    assert all(path.endswith(EXTENSION_SUFFIX) for path in result["files"])
    with (folder / "extractor.py").open("a") as handle:
        handle.write("# edited after the build\n")
    result = _probe(tmp_path)
    assert _uses_sources(result)
    assert len(result["warnings"]) == 1 and "extractor.py" in result["warnings"][0]
