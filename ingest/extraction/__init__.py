"""Pure, typed extraction of attack mentions from article text (no I/O, lexicons passed in).

Build ``Lexicons`` once (from seed rows), then ``Extractor(lexicons).extract(article)`` for each
article version; ``mentions_to_arrow`` / ``aggregates_to_arrow`` give fixed-schema tables.

The hot modules may be compiled with mypyc (``python -m ingest.tools.build_native``); the build
is chosen here, before any submodule is imported: compiled only when it matches the sources
(``ingest/native.py``). ``NATIVE`` says which one is in use.
"""

from pathlib import Path

from ingest.native import select_build

NATIVE: bool = select_build(__name__, Path(__file__).parent)

from ingest.extraction.arrow import (
    AGGREGATE_SCHEMA,
    MENTION_SCHEMA,
    aggregates_to_arrow,
    mentions_to_arrow,
)
from ingest.extraction.extractor import EXTRACTOR_VERSION, Extractor
from ingest.extraction.lexicons import (
    SEED_TABLES,
    Lexicons,
    load_lexicons,
    load_seed_tables,
)
from ingest.extraction.mentions import (
    AggregateStatement,
    ArticleInput,
    AttackMention,
    ExtractionResult,
)
from ingest.paths import packaged_gazetteer_dir

__all__ = [
    "AGGREGATE_SCHEMA",
    "EXTRACTOR_VERSION",
    "MENTION_SCHEMA",
    "NATIVE",
    "SEED_TABLES",
    "AggregateStatement",
    "ArticleInput",
    "AttackMention",
    "ExtractionResult",
    "Extractor",
    "Lexicons",
    "aggregates_to_arrow",
    "load_lexicons",
    "load_seed_tables",
    "mentions_to_arrow",
    "packaged_gazetteer_dir",
]
