"""Generated benchmark articles: distinct, readable by ingest, made from the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.generate import main
from ingest.readers import ReaderConfig, iter_inputs
from ingest.records import ArticleCandidate


def test_generated_articles_are_distinct_and_load(tmp_path: Path) -> None:
    main([str(tmp_path), "--n", "1500", "--seed", "3"])
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == ["generated-3-00000.jsonl", "generated-3-00001.jsonl"]
    read = [r for r in iter_inputs(files, ReaderConfig()) if isinstance(r, ArticleCandidate)]
    assert len(read) == 1500
    texts = {r.text for r in read}
    assert len(texts) > 1450, "recombined, redrawn articles are almost all distinct"
    assert len({r.language for r in read}) >= 3
    assert len({r.url for r in read}) == 1500


def test_copies_are_one_text_with_distinct_reference_lines(tmp_path: Path) -> None:
    main([str(tmp_path), "--n", "20", "--copies"])
    records = [
        json.loads(line)
        for path in sorted(tmp_path.iterdir())
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == 20
    bodies = {r["text"].rsplit("\n\n", 1)[0] for r in records}
    assert len(bodies) == 1 and len({r["text"] for r in records}) == 20
