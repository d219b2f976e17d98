"""Compile the hot extraction modules with mypyc, in place: ``python -m ingest.tools.build_native``.

``make setup`` runs this after ``uv sync`` and again whenever an ``ingest/extraction/*.py``
changes. The modules of ``ingest.native.COMPILED_MODULES`` are compiled together
(mypyc ``opt_level=3``, one group) in a child process, in ``.native-build/`` (C sources, objects,
the mypy cache of the build and ``build.log``); the extension files are then copied beside the
``.py`` files, the shared ``_native__mypyc`` library included, and ``_native.json`` records the
sha256 of every source they were built from (hashed before the build, so an edit made while it
runs makes the build stale, never wrongly fresh). A build whose manifest still matches is kept.

With ``--pgo`` (what ``make`` asks for) the build is profile-guided: the modules are compiled
once with gcc's ``-fprofile-generate``, the extraction unit tests run on that build (their own
fixture gazetteer, whatever their outcome: only the counts gcc writes beside the objects
matter), and the modules are compiled again with ``-fprofile-use``, which lays the hot paths
of mypyc's code out together: about 10 % more articles a second on ``make bench``, for about
three times the build time (``make ... NATIVE_OPTIONS=`` builds without). When a step of it
fails, the plain build is made instead.

The compiled build is an optimisation only: without a C compiler or setuptools, or when the
compilation or the import check fails, it prints one line, leaves no compiled file behind and
exits 0, and ``ingest.extraction`` runs as pure Python.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import time
from collections.abc import Sequence
from pathlib import Path

from ingest.native import (
    COMPILED_MODULES,
    EXTENSION_SUFFIX,
    GROUP,
    MANIFEST,
    PURE_ENV,
    compiled_files,
    expected_files,
    manifest_problem,
    source_hashes,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "ingest" / "extraction"
BUILD_DIR = ROOT / ".native-build"
LOG = BUILD_DIR / "build.log"
# gcc's -Wmaybe-uninitialized fires on mypyc's generated C, and mypyc builds with -Werror.
# -fno-semantic-interposition: the group's functions are not replaced by another library's at
# run time, so gcc calls (and may inline) them directly, not through the PLT (38,000 calls of
# the shared library to its own functions; CPython is built with it too).
EXTRA_CFLAGS = "-Wno-maybe-uninitialized -fno-semantic-interposition"
# The profile-guided build (--pgo): instrumented, trained, then compiled with the counts (a
# module the training never ran, or C that changed since, is compiled as without them).
PGO_GENERATE = "-fprofile-generate"
PGO_USE = "-fprofile-use -fprofile-correction -Wno-missing-profile -Wno-coverage-mismatch"
PGO_TRAINING = ("-m", "pytest", "tests/python/extraction", "-q", "-p", "no:cacheprovider",
                "-o", "addopts=")  # fmt: skip
PGO_LOG = BUILD_DIR / "pgo-training.log"


def find_compiler() -> str | None:
    """The C compiler setuptools would call (``$CC``, else Python's own), if it is installed."""
    command = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    words = shlex.split(command)
    return shutil.which(words[0]) if words else None


def remove_artefacts(folder: Path = PACKAGE_DIR) -> None:
    """Delete the compiled files and the manifest of ``folder`` (the ``.py`` sources stay)."""
    for path in [*compiled_files(folder), folder / MANIFEST]:
        path.unlink(missing_ok=True)


def _compile() -> None:
    """Child process: mypyc to C, then setuptools' build_ext into ``.native-build/lib``."""
    from mypyc.build import mypycify
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    paths = [f"ingest/extraction/{name}.py" for name in COMPILED_MODULES]
    extensions = mypycify(
        paths,
        opt_level="3",
        group_name=f"ingest.extraction.{GROUP}",
        target_dir=str(BUILD_DIR / "c"),
    )
    # A bare Distribution: setup() would read pyproject.toml, which describes the hatch build.
    distribution = Distribution({"name": "attack-ledger-native", "ext_modules": extensions})
    command = build_ext(distribution)
    command.build_lib = str(BUILD_DIR / "lib")
    command.build_temp = str(BUILD_DIR / "temp")
    command.ensure_finalized()
    command.run()


def _compile_in_child(cflags: str = "", ldflags: str = "") -> bool:
    """Run ``_compile`` in a child process logging to ``LOG``, with ``cflags`` and ``ldflags``
    added to the compiler's and the linker's; whether it succeeded."""
    env = dict(os.environ)
    env["CFLAGS"] = " ".join(part for part in (env.get("CFLAGS", ""), EXTRA_CFLAGS, cflags) if part)
    if ldflags:
        env["LDFLAGS"] = f"{env.get('LDFLAGS', '')} {ldflags}".strip()
    env["MYPY_CACHE_DIR"] = str(BUILD_DIR / "mypy_cache")  # keeps `make typecheck`'s cache
    with LOG.open("w", encoding="utf-8") as log:
        result = subprocess.run(
            [sys.executable, "-m", "ingest.tools.build_native", "--compile-only"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    return result.returncode == 0


def _install(hashes: dict[str, str]) -> bool:
    """Copy the built extension files beside the sources, then write the manifest."""
    built_dir = BUILD_DIR / "lib" / "ingest" / "extraction"
    built = expected_files(built_dir, COMPILED_MODULES)
    if not all(path.is_file() for path in built):
        return False
    for path in built:
        shutil.copyfile(path, PACKAGE_DIR / path.name)  # new files: removed before the build
    manifest = {
        "python": EXTENSION_SUFFIX,
        "mypy": _mypy_version(),
        "modules": list(COMPILED_MODULES),
        "sources": hashes,
    }
    (PACKAGE_DIR / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return True


def _mypy_version() -> str:
    from mypy.version import __version__

    return __version__


def _train() -> bool:
    """Run the extraction unit tests on the instrumented build installed (``PGO_TRAINING``,
    logged to ``PGO_LOG``); whether gcc wrote counts (the tests' outcome does not matter)."""
    if importlib.util.find_spec("pytest") is None:
        return False
    env = {key: value for key, value in os.environ.items() if key != PURE_ENV}
    with PGO_LOG.open("w", encoding="utf-8") as log:
        subprocess.run(
            [sys.executable, *PGO_TRAINING],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    return any((BUILD_DIR / "temp").rglob("*.gcda"))


def _compile_and_install(hashes: dict[str, str], pgo: bool) -> tuple[bool, bool]:
    """Compile and install the modules, profile-guided when ``pgo`` asks for it and every step
    of it works (else as without it); whether it succeeded, and whether it was profile-guided."""
    if pgo:
        for counts in (BUILD_DIR / "temp").rglob("*.gcda"):
            counts.unlink()  # (the counts of an earlier build describe other code)
        if (
            _compile_in_child(PGO_GENERATE, PGO_GENERATE)
            and _install(hashes)
            and _imports_compiled()
            and _train()
        ):
            remove_artefacts()
            shutil.rmtree(BUILD_DIR / "lib", ignore_errors=True)
            if _compile_in_child(PGO_USE) and _install(hashes):
                return True, True
        remove_artefacts()
        shutil.rmtree(BUILD_DIR / "lib", ignore_errors=True)
    return _compile_in_child() and _install(hashes), False


def _imports_compiled() -> bool:
    """Whether a fresh interpreter (without the pure switch) picks the compiled modules."""
    check = (
        "import sys, ingest.extraction as e, ingest.extraction.extractor as x;"
        "sys.exit(0 if e.NATIVE and x.__file__.endswith('.so') else 1)"
    )
    env = {key: value for key, value in os.environ.items() if key != PURE_ENV}
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, env=env, capture_output=True, check=False
    )
    return result.returncode == 0


def build(force: bool = False, pgo: bool = False) -> str:
    """Compile and install the native modules unless they are current (profile-guided with
    ``pgo``); one line saying what."""
    hashes = source_hashes(PACKAGE_DIR)
    if not force and compiled_files(PACKAGE_DIR) and manifest_problem(PACKAGE_DIR, hashes) is None:
        return f"native build: up to date ({len(COMPILED_MODULES)} modules compiled with mypyc)"
    remove_artefacts()
    fallback = "ingest.extraction runs as pure Python"
    if find_compiler() is None:
        return f"native build skipped: no C compiler found; {fallback}"
    if importlib.util.find_spec("setuptools") is None or importlib.util.find_spec("mypyc") is None:
        return f"native build skipped: setuptools or mypyc is not installed; {fallback}"
    shutil.rmtree(BUILD_DIR / "lib", ignore_errors=True)
    BUILD_DIR.mkdir(exist_ok=True)
    started = time.perf_counter()
    built, guided = _compile_and_install(hashes, pgo)
    if not built:
        remove_artefacts()
        return f"native build failed (see {LOG.relative_to(ROOT)}); {fallback}"
    if not _imports_compiled():
        remove_artefacts()
        return f"native build failed: the compiled modules do not import; {fallback}"
    seconds = time.perf_counter() - started
    how = " (profile-guided)" if guided else " (without the profile: see the logs)" if pgo else ""
    return (
        f"native build: {len(COMPILED_MODULES)} modules compiled with mypyc {_mypy_version()}"
        f"{how} in {seconds:.0f} s"
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options and build (always exits 0 unless ``--compile-only`` fails)."""
    parser = argparse.ArgumentParser(
        prog="python -m ingest.tools.build_native", description=__doc__
    )
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument("--clean", action="store_true", help="remove the compiled files only")
    parser.add_argument(
        "--pgo", action="store_true", help="profile-guided: train on the extraction unit tests"
    )
    parser.add_argument("--compile-only", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.compile_only:
        _compile()
    elif options.clean:
        remove_artefacts()
        shutil.rmtree(BUILD_DIR, ignore_errors=True)
    else:
        print(build(force=options.force, pgo=options.pgo))


if __name__ == "__main__":  # pragma: no cover
    main()
