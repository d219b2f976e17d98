"""Benchmark of the extraction hot path: articles per second on one process.

``python -m ingest.bench [--n 2000] [--seed-dir seeds] [--size 2500] [--corpus DIR ...]``

Articles of about ``--size`` characters are assembled from the bundled sample corpus (and any
``--corpus`` folder given, e.g. the dev corpus when it is present): each text is topped up with
paragraphs of the next one until it reaches the size, so every benchmark article is real news
prose with the full feature set at work (places, dates, actors, casualties, merging). The
lexicons are built once (timed separately), then ``--n`` articles are extracted in a loop.
The first line says which build ran: the mypyc-compiled modules or the pure Python sources
(``ATTACK_LEDGER_PURE_PYTHON=1`` picks the sources, to compare both on one machine).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from ingest.extraction import NATIVE, ArticleInput, Extractor, load_lexicons
from ingest.textnorm import normalize_article_text, stable_hash

SAMPLE_DIR = Path(__file__).parent / "sample_corpus" / "articles"


def _texts(folders: Sequence[Path]) -> list[str]:
    """Normalized article texts of the given folders (``.txt`` and ``.md``), sorted by name."""
    texts: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in {".txt", ".md"}:
                texts.append(normalize_article_text(path.read_text(encoding="utf-8")))
    return texts


def build_articles(texts: Sequence[str], count: int, size: int) -> list[ArticleInput]:
    """``count`` articles of about ``size`` characters, cycling through ``texts``."""
    if not texts:
        raise ValueError("no article texts to build the benchmark from")
    base: list[ArticleInput] = []
    for index, text in enumerate(texts):
        body = text
        cursor = index + 1
        while len(body) < size and cursor < index + len(texts):
            paragraphs = texts[cursor % len(texts)].split("\n\n")[1:]
            for paragraph in paragraphs:
                if len(body) >= size:
                    break
                body = body + "\n\n" + paragraph
            cursor += 1
        body = body[: size + 400]
        cut = body.rfind("\n", 0, size + 400)
        body = body[:cut] if cut > size // 2 else body
        base.append(
            ArticleInput(
                article_id=f"bench-{index}",
                version_id=stable_hash("bench", str(index), body),
                source_uri=f"bench://{index}",
                text=body,
                title=body.split("\n", 1)[0],
                published_at=datetime(2023, 10, 30 + index % 2),
                published_precision="day",
                language=None,
            )
        )
    return [
        replace(base[i % len(base)], article_id=f"bench-{i}", version_id=f"v{i}")
        for i in range(count)
    ]


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options, build the lexicons, run the extraction loop, print the figures."""
    parser = argparse.ArgumentParser(prog="python -m ingest.bench", description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="articles to extract")
    parser.add_argument("--seed-dir", type=Path, default=Path("seeds"), help="dbt seeds folder")
    parser.add_argument(
        "--gazetteer", type=Path, default=None, help="gazetteer folder (default: the packaged one)"
    )
    parser.add_argument("--size", type=int, default=2500, help="characters per article")
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[], help="extra article folder"
    )
    options = parser.parse_args(argv)

    started = time.perf_counter()
    lexicons = load_lexicons(options.seed_dir, options.gazetteer)
    extractor = Extractor(lexicons)
    build_seconds = time.perf_counter() - started

    articles = build_articles(_texts([SAMPLE_DIR, *options.corpus]), options.n, options.size)
    extractor.extract(articles[0])  # warm the caches once
    mentions = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for article in articles:
        mentions += len(extractor.extract(article).mentions)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    mean_size = sum(len(a.text) for a in articles) / len(articles)
    print("extraction modules: " + ("compiled (mypyc)" if NATIVE else "pure Python"))
    print(f"lexicon build: {build_seconds * 1000:.0f} ms")
    print(
        f"extraction: {len(articles)} articles of {mean_size:.0f} chars in {seconds:.2f} s "
        f"(cpu {cpu_seconds:.2f} s): {len(articles) / seconds:.0f} articles/s wall, "
        f"{len(articles) / cpu_seconds:.0f} articles/s cpu, {mentions} mentions"
    )


if __name__ == "__main__":  # pragma: no cover
    main()
