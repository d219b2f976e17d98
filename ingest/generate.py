"""Generated articles for end-to-end benchmarks: distinct, realistic, made from the sample corpus.

``python -m ingest.generate OUT_DIR --n 10000 [--seed 1] [--copies]`` writes JSONL batches of
1,000 articles. Each article recombines sentences of sample articles of one language (a first
sentence from one article, the rest from others), with its places swapped for other real towns
of the gazetteer, its small numbers (days, tolls, counts) and years redrawn, and a publication
date, publisher and URL of its own: real news prose with every feature of the extractor at work,
and no two articles alike. ``--copies`` writes instead ``n`` copies of one sample article, as
syndication spreads a dispatch: distinct URLs and publishers, a changed reference line.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ingest.readers import ReaderConfig, iter_inputs
from ingest.records import ArticleCandidate

SAMPLE_DIR = Path(__file__).parent / "sample_corpus"
BATCH = 1_000
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"'])")
SMALL_NUMBER = re.compile(r"(?<![\d,.])\b([1-9]\d?)\b(?![\d,.])")
YEAR = re.compile(r"\b(2023|2024)\b")
PUBLISHERS = [f"Wire {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]


@dataclass(frozen=True, slots=True)
class Source:
    """A sample article split into sentences, with the place names it uses."""

    language: str
    sentences: tuple[str, ...]


def sample_articles() -> list[ArticleCandidate]:
    """The sample corpus, read as ``ingest`` reads it."""
    folders = [SAMPLE_DIR / name for name in ("articles", "html", "batches")]
    return [a for a in iter_inputs(folders, ReaderConfig()) if isinstance(a, ArticleCandidate)]


def town_names(gazetteer_dir: Path, limit: int = 3_000) -> list[str]:
    """Names of real towns and cities (the most populous first), single words or hyphenated."""
    import duckdb

    rows = duckdb.sql(
        "select location_name from read_parquet(?) "
        "where feature_type in ('city', 'town') and population > 20000 "
        "and regexp_matches(location_name, '^[A-Z][a-z]+(-[A-Z]?[a-z]+)*$') "
        "order by population desc limit ?",
        params=[str(gazetteer_dir / "places.parquet"), limit],
    ).fetchall()
    return [str(name) for (name,) in rows]


def place_names_in(texts: Sequence[str], towns: Sequence[str]) -> list[str]:
    """The towns of ``towns`` that the texts name (whole words), longest first."""
    joined = "\n".join(texts)
    found = {t for t in towns if re.search(rf"\b{re.escape(t)}\b", joined)}
    return sorted(found, key=lambda name: (-len(name), name))


def sources(articles: Sequence[ArticleCandidate]) -> dict[str, list[Source]]:
    by_language: dict[str, list[Source]] = {}
    for article in articles:
        sentences = tuple(
            s.strip() for para in article.text.split("\n") for s in SENTENCE.split(para)
        )
        kept = tuple(s for s in sentences if len(s) > 30)
        if len(kept) >= 2:
            language = article.language or "en"
            by_language.setdefault(language, []).append(Source(language, kept))
    return by_language


def generated_records(n: int, seed: int, gazetteer_dir: Path) -> Iterator[dict[str, str]]:
    """``n`` distinct article records (JSONL fields)."""
    rng = random.Random(seed)
    articles = sample_articles()
    towns = town_names(gazetteer_dir)
    named = place_names_in([a.text for a in articles], towns)
    named_pattern = re.compile(r"\b(" + "|".join(map(re.escape, named)) + r")\b") if named else None
    by_language = sources(articles)
    leads = [source for language in sorted(by_language) for source in by_language[language]]
    start = datetime(2023, 1, 1, tzinfo=UTC)
    for index in range(n):
        lead = rng.choice(leads)  # languages as often as the sample writes in them
        pool = by_language[lead.language]
        chosen = [lead.sentences[0]]
        for sentence in rng.sample(lead.sentences[1:], k=min(2, len(lead.sentences) - 1)) + [
            rng.choice(rng.choice(pool).sentences[1:]) for _ in range(rng.randint(2, 5))
        ]:
            if sentence not in chosen:
                chosen.append(sentence)
        places = {name: rng.choice(towns) for name in named}
        year = str(rng.choice([2023, 2024]))
        title, *body = (_redraw(s, named_pattern, places, year, rng) for s in chosen)
        language = lead.language
        published = start + timedelta(minutes=rng.randrange(730 * 24 * 60))
        yield {
            "id": f"gen-{seed}-{index:07d}",
            "url": f"https://news.example/{seed}/{index:07d}",
            "title": title[:120],
            "text": title + "\n\n" + " ".join(body),
            "published_at": published.isoformat(),
            "publisher": rng.choice(PUBLISHERS),
            "language": language,
        }


def _redraw(
    text: str,
    named: re.Pattern[str] | None,
    places: dict[str, str],
    year: str,
    rng: random.Random,
) -> str:
    """The sentence with other places, small numbers and year."""
    if named is not None:
        text = named.sub(lambda m: places[m[1]], text)
    text = SMALL_NUMBER.sub(lambda _m: str(rng.randint(1, 28)), text)
    return YEAR.sub(year, text)


def copy_records(n: int, seed: int) -> Iterator[dict[str, str]]:
    """``n`` copies of one sample article: other URLs and publishers, a changed reference line."""
    article = next(a for a in sample_articles() if a.published is not None and "drone" in a.text)
    published = article.published.instant if article.published else None
    for index in range(n):
        record = {
            "url": f"https://syndicated{index % 97}.example/{seed}/{index:07d}",
            "title": article.title or "",
            "text": f"{article.text}\n\nRef. {seed}-{index:07d}",
            "publisher": f"Syndicate {index % 97}",
            "language": article.language or "en",
        }
        if published is not None:
            record["published_at"] = published.isoformat()
        yield record


def write_batches(records: Iterator[dict[str, str]], out_dir: Path, prefix: str) -> int:
    """Write the records as JSONL files of ``BATCH`` lines; return how many were written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    lines: list[str] = []
    for record in records:
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
        if len(lines) == BATCH:
            _write(out_dir / f"{prefix}-{(written - 1) // BATCH:05d}.jsonl", lines)
            lines = []
    if lines:
        _write(out_dir / f"{prefix}-{written // BATCH:05d}.jsonl", lines)
    return written


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    from ingest.paths import packaged_gazetteer_dir

    parser = argparse.ArgumentParser(prog="python -m ingest.generate", description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--copies", action="store_true", help="n copies of one article")
    args = parser.parse_args(argv)
    if args.copies:
        records = copy_records(args.n, args.seed)
        prefix = f"copies-{args.seed}"
    else:
        records = generated_records(args.n, args.seed, packaged_gazetteer_dir())
        prefix = f"generated-{args.seed}"
    written = write_batches(records, args.out_dir, prefix)
    print(f"generate: {written} articles in {args.out_dir}")


if __name__ == "__main__":
    main()
