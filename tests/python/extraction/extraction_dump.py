"""Every ``ExtractionResult`` over a fixed set of articles, as reprs: the parity check's evidence.

``test_native_parity.py`` makes this dump in the test process (the compiled build when it is
present) and in a child process running this file with ``ATTACK_LEDGER_PURE_PYTHON=1`` (the
``.py`` sources), and requires the two to be equal. The articles: the sample corpus (every input
format, read as ``ingest`` reads them), the dev corpus when present, the same without
publication date or title, and benchmark articles of three sizes
(``ingest.bench.build_articles``). The lexicons are the project's seeds and generated gazetteer.

``python tests/python/extraction/extraction_dump.py`` prints the dump as JSON: the build in use
(``native`` and the module files) and one repr per article.
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TypedDict

import ingest.extraction
from ingest.bench import build_articles
from ingest.extraction import ArticleInput, Extractor, load_lexicons
from ingest.extraction_job import inputs_for_evaluation
from ingest.native import COMPILED_MODULES

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "ingest" / "sample_corpus"
CORPORA = [
    *(SAMPLE / name for name in ("articles", "html", "batches", "corrections")),
    ROOT.parent / "shared/corpus/dev/articles",
    ROOT.parent / "shared/corpus/world/articles",
]


class Dump(TypedDict):
    """Which build ran (``native``, the module files) and one result repr per article."""

    native: bool
    files: dict[str, str | None]
    results: list[str]


def parity_articles() -> list[ArticleInput]:
    """The articles both builds must read identically."""
    originals = inputs_for_evaluation([folder for folder in CORPORA if folder.is_dir()])
    bare = [replace(a, published_at=None, published_precision=None, title=None) for a in originals]
    texts = [article.text for article in originals]
    bench = [
        article for size in (2500, 1200, 600) for article in build_articles(texts, len(texts), size)
    ]
    return [*originals, *bare, *bench]


def dump() -> Dump:
    """The build in use and the repr of every parity article's result."""
    extractor = Extractor(load_lexicons(ROOT / "seeds"))
    modules = [importlib.import_module(f"ingest.extraction.{name}") for name in COMPILED_MODULES]
    files = {module.__name__: module.__file__ for module in modules}
    return {
        "native": ingest.extraction.NATIVE,
        "files": files,
        "results": [repr(extractor.extract(article)) for article in parity_articles()],
    }


if __name__ == "__main__":
    json.dump(dump(), sys.stdout)
