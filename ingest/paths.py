"""Where the project's generated data lives (a module of its own, so that the CLI can name it
without importing the extraction library)."""

from __future__ import annotations

from pathlib import Path


def packaged_gazetteer_dir() -> Path:
    """Where ``make setup`` writes the generated gazetteer: ``ingest/data/gazetteer``."""
    return Path(__file__).resolve().parent / "data" / "gazetteer"
