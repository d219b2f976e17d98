"""A fingerprint of the extractor's output: ``python -m ingest.tools.extraction_digest DIR ...``.

Reads every article of the given folders as ``attack-ledger evaluate`` reads them (text,
Markdown, HTML, JSONL batches and corrections, through ``inputs_for_evaluation``), extracts
each with the project's seeds and gazetteer, and prints, per folder and for all of them, the
SHA-256 of the sorted JSON lines of every record produced (attack mentions and aggregate
statements, one line each, tagged with their kind; a ``source_uri`` inside the folder is
written relative to it, ``<folder>/name``, so that two checkouts of the project compare). Two
builds whose digests match give the same records for those articles: the check of a
restructuring that must change no output, in the pure Python build and the compiled one
(``ATTACK_LEDGER_PURE_PYTHON=1`` picks the former).

``--dump FILE`` also writes the sorted lines, to compare two builds line by line when the
digests differ. A folder that does not exist is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import ingest.extraction
from ingest.extraction import Extractor, load_lexicons
from ingest.extraction_job import inputs_for_evaluation

ROOT = Path(__file__).resolve().parents[2]


def record_lines(extractor: Extractor, folder: Path) -> list[str]:
    """The sorted JSON lines of every record extracted from the articles of ``folder``."""
    lines: list[str] = []
    prefix = str(folder.resolve()) + "/"
    for article in inputs_for_evaluation([folder]):
        result = extractor.extract(article)
        tagged: Iterable[tuple[str, object]] = [
            *(("mention", m) for m in result.mentions),
            *(("aggregate", a) for a in result.aggregates),
        ]
        for kind, record in tagged:
            fields = dataclasses.asdict(record)  # type: ignore[call-overload]
            fields["kind"] = kind
            if fields["source_uri"].startswith(prefix):
                fields["source_uri"] = "<folder>/" + fields["source_uri"][len(prefix) :]
            lines.append(json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False))
    return sorted(lines)


def digest(lines: Sequence[str]) -> str:
    """SHA-256 of the lines, each ended by a newline."""
    sha = hashlib.sha256()
    for line in lines:
        sha.update(line.encode("utf-8"))
        sha.update(b"\n")
    return sha.hexdigest()


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options, extract every folder, print one digest per folder and the total."""
    parser = argparse.ArgumentParser(
        prog="python -m ingest.tools.extraction_digest", description=__doc__
    )
    parser.add_argument("folders", nargs="+", type=Path, help="article folders")
    parser.add_argument("--seed-dir", type=Path, default=ROOT / "seeds")
    parser.add_argument("--dump", type=Path, help="also write the sorted record lines here")
    options = parser.parse_args(argv)
    missing = [str(folder) for folder in options.folders if not folder.is_dir()]
    if missing:
        print(f"extraction_digest: not a folder: {', '.join(missing)}", file=sys.stderr)
        raise SystemExit(2)
    extractor = Extractor(load_lexicons(options.seed_dir))
    build = "compiled" if ingest.extraction.NATIVE else "pure Python"
    print(f"build: {build}")
    every: list[str] = []
    for folder in options.folders:
        lines = record_lines(extractor, folder)
        every += lines
        print(f"{digest(lines)}  {len(lines):>7} records  {folder}")
    every.sort()
    print(f"{digest(every)}  {len(every):>7} records  (all)")
    if options.dump is not None:
        options.dump.write_text("".join(line + "\n" for line in every), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
