"""Which build of ``ingest.extraction`` to import: mypyc-compiled modules or the ``.py`` sources.

``python -m ingest.tools.build_native`` compiles ``COMPILED_MODULES`` in place: one
``<module>.cpython-*.so`` beside each ``.py`` of ``ingest/extraction/``, one shared
``_native__mypyc.cpython-*.so`` there, and ``_native.json``, the manifest holding the sha256 of
every ``.py`` of that folder at build time.

Python imports an extension module in preference to the ``.py`` of the same name, so a source
edited after a build would silently lose to its stale ``.so``. ``select_build`` (called by the
package ``__init__`` before any submodule is imported) therefore uses the compiled modules only
when the manifest matches the current sources and every compiled file is present; otherwise it
puts ``PureSourceFinder`` first on ``sys.meta_path`` so that every ``ingest.extraction.*``
import loads the ``.py`` (all of them: compiled and pure modules are never mixed), and warns
when ``.so`` files were there to be ignored. ``ATTACK_LEDGER_PURE_PYTHON=1`` asks for the
sources on purpose (benchmarks, parity tests), without a warning.

This module lives outside the package so that the build tool can use it without importing the
package; it only reads a few small files (well under a millisecond).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Mapping, Sequence
from importlib.abc import MetaPathFinder
from pathlib import Path
from types import ModuleType
from typing import Final

COMPILED_MODULES: Final = (
    "lexicon_records",
    "normalize",
    "wordregex",
    "numbers",
    "dates",
    "sentences",
    "matching",
    "places",
    "casualties",
    "actors",
    "weapons",
    "aggregates",
    "cues",
    "mentions",
    # The extractor's passes, in pipeline order (ingest/extraction/README.md, "Passes").
    "facts",
    "hints",
    "clauses",
    "sentence_dates",
    "candidates",
    "counting",
    "frame_places",
    "roles",
    "tolls",
    "frames",
    "background",
    "fragments",
    "reading",
    "merge",
    "records",
    "extractor",
)
"""The hot modules, compiled together into one group (``arrow``, ``lexicons``, ``gazetteer``,
``quickscan`` and ``hugepages`` stay pure: the records the lexicons build are in
``lexicon_records``, ``quickscan`` only runs while the modules are imported, compiling their
regexes, and ``hugepages`` once per ``Extractor``)."""

GROUP: Final = "_native"
"""mypyc group name: the shared library is ``ingest/extraction/_native__mypyc.*.so``."""

MANIFEST: Final = "_native.json"
PURE_ENV: Final = "ATTACK_LEDGER_PURE_PYTHON"
EXTENSION_SUFFIX: Final = importlib.machinery.EXTENSION_SUFFIXES[0]


def source_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every ``.py`` file of ``folder``, by file name."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob("*.py"))
    }


def compiled_files(folder: Path) -> list[Path]:
    """Extension modules of ``folder`` that this interpreter would import."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(path for path in folder.iterdir() if path.name.endswith(suffixes))


def expected_files(folder: Path, modules: Sequence[str]) -> list[Path]:
    """The extension files a complete build of ``modules`` leaves in ``folder``."""
    names = [*modules, f"{GROUP}__mypyc"]
    return [folder / f"{name}{EXTENSION_SUFFIX}" for name in names]


def manifest_problem(folder: Path, hashes: Mapping[str, str]) -> str | None:
    """Why the compiled build of ``folder`` cannot be used (``None`` when it can)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"{MANIFEST} is missing or unreadable"
    if not isinstance(manifest, dict):
        return f"{MANIFEST} is not a manifest"
    built = manifest.get("sources")
    if built != hashes:
        changed = sorted(
            name
            for name in set(hashes) | set(built if isinstance(built, dict) else {})
            if not isinstance(built, dict) or built.get(name) != hashes.get(name)
        )
        return "sources changed since the build: " + ", ".join(changed)
    modules = manifest.get("modules")
    if not isinstance(modules, list) or any(not isinstance(name, str) for name in modules):
        return f"{MANIFEST} lists no modules"
    expected = expected_files(folder, modules)
    missing = [path.name for path in expected if not path.is_file()]
    if missing:
        return "compiled files missing: " + ", ".join(missing)
    unexpected = sorted({path.name for path in compiled_files(folder)} - {p.name for p in expected})
    if unexpected:
        return "compiled files not of this build: " + ", ".join(unexpected)
    return None


class PureSourceFinder(MetaPathFinder):
    """Finds ``<package>.<name>`` as ``<folder>/<name>.py`` whatever else lies beside it."""

    def __init__(self, package: str, folder: Path) -> None:
        self.package = package
        self.folder = folder

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        parent, _, name = fullname.rpartition(".")
        source = self.folder / f"{name}.py"
        if parent != self.package or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def select_build(package: str, folder: Path) -> bool:
    """Use the compiled modules of ``folder`` if they match its sources; say whether it does."""
    present = compiled_files(folder)
    if not present:
        return False
    forced_pure = os.environ.get(PURE_ENV, "") not in {"", "0"}
    problem = None if forced_pure else manifest_problem(folder, source_hashes(folder))
    if not forced_pure and problem is None:
        return True
    if not any(isinstance(f, PureSourceFinder) and f.package == package for f in sys.meta_path):
        sys.meta_path.insert(0, PureSourceFinder(package, folder))
    if problem is not None:
        warnings.warn(
            f"{package}: ignoring the compiled modules ({problem}); the .py sources are used. "
            "Rebuild with `make setup` or `python -m ingest.tools.build_native`.",
            stacklevel=3,
        )
    return False
