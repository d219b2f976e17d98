"""Canonical form of article text, shared by the raw log and the extractor.

The raw log stores this form and hashes it into ``version_id``; extraction offsets index into it.
It is deliberately conservative: Unicode NFC, one newline convention, no trailing blanks. Accents,
apostrophes and non-breaking spaces are kept (the extractor folds them for matching only).
"""

from __future__ import annotations

import hashlib
import unicodedata

_NEWLINES = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


def normalize_article_text(text: str) -> str:
    """The stored form of ``text``: NFC, ``\\n`` newlines, lines right-stripped, ends trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_NEWLINES)
    text = text.replace("\ufeff", "")
    lines = [line.rstrip(" \t\u00a0\u202f") for line in text.split("\n")]
    return "\n".join(lines).strip("\n ")


def stable_hash(*parts: str) -> str:
    """A deterministic 32-hex-digit key from natural-key parts (sha256, truncated)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:32]
