"""MinHash signatures of article texts, for finding syndicated copies and light rewrites at load.

Each new article version gets a MinHash signature (datasketch, 64 permutations, fixed seed) of
its word 3-grams, case-folded, and 8 locality-sensitive band keys of 8 values each. Two versions
that share a band key are candidate copies (likely from an estimated Jaccard similarity of about
0.77 up); the dbt model ``int_article_stories`` confirms them on the signatures (at least
``STORY_SIMILARITY`` of the 64 values equal) and groups them into stories.
"""

from __future__ import annotations

import re

from datasketch import MinHash

from ingest.textnorm import stable_hash

NUM_PERM = 64
BANDS = 8
ROWS = NUM_PERM // BANDS
SEED = 20231030
SHINGLE = 3
STORY_SIMILARITY = 0.8  # mirrored in the dbt var story_similarity
_WORD = re.compile(r"\w+")


def shingles(text: str) -> list[bytes]:
    """The text's word 3-grams (case-folded), or its words when it has fewer than three."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return [w.encode("utf-8") for w in words] or [b""]
    return [" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - 2)]


def signature(text: str) -> list[int]:
    """The 64 MinHash values of the text (each below 2**32)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(shingles(text))
    return [int(v) for v in minhash.hashvalues]


def signature_hex(values: list[int]) -> str:
    """The signature as 64 fixed-width hex fields of 8 digits (what the SQL compares)."""
    return "".join(f"{v:08x}" for v in values)


def band_keys(values: list[int]) -> list[str]:
    """One key per band of ``ROWS`` values: versions sharing a key are candidate copies."""
    return [
        stable_hash("band", str(band), signature_hex(values[band * ROWS : (band + 1) * ROWS]))
        for band in range(BANDS)
    ]


def similarity(a: list[int], b: list[int]) -> float:
    """The share of equal MinHash values: an estimate of the texts' Jaccard similarity."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM
