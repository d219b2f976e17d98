"""Bytes of an input file to text: byte order marks, UTF-8 repaired locally, Windows-1252.

The rule, in order:

1. A UTF-32 or UTF-16 byte order mark decodes the file in that encoding.
2. Valid UTF-8 (with or without its mark) is UTF-8.
3. UTF-8 that fails only locally, where the valid multi-byte sequences outnumber the invalid
   ones, stays UTF-8 with each invalid sequence replaced by U+FFFD (and counted): a stray byte
   must not turn every accent of an article into mojibake.
4. Otherwise Windows-1252 when no byte is undefined in it (latin-1 text is read this way too).
5. Otherwise the bytes are undecodable.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes undefined in cp1252: text holding them is not cp1252, and latin-1 would only hide that.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_COUNTING_HANDLER = "attack-ledger-count-replace"
_counter = threading.local()


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the encoding used and how many invalid sequences were replaced."""

    text: str
    encoding: str
    replaced: int = 0


def _count_and_replace(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: replace an invalid sequence with U+FFFD and count it."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _counter.count = getattr(_counter, "count", 0) + 1
    return "\ufffd", error.end


codecs.register_error(_COUNTING_HANDLER, _count_and_replace)


def decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with invalid sequences replaced by U+FFFD, and how many were replaced."""
    _counter.count = 0
    text = data.decode(encoding, _COUNTING_HANDLER)
    return text, int(_counter.count)


def byte_order_mark(data: bytes) -> str | None:
    """The encoding a UTF-32, UTF-16 or UTF-8 byte order mark at the start of ``data`` names."""
    for mark, encoding in _MARKS:
        if data.startswith(mark):
            return encoding
    return None


def decode_text(data: bytes) -> Decoded | None:
    """Decode by the rule in the module docstring; None when the bytes are undecodable."""
    marked = byte_order_mark(data)
    if marked is not None and marked != "utf-8":
        mark_length = 4 if marked.startswith("utf-32") else 2
        text, replaced = decode_counting(data[mark_length:], marked)
        return Decoded(text, marked, replaced)
    body = data[3:] if marked == "utf-8" else data
    text, invalid = decode_counting(body, "utf-8")
    if not invalid:
        return Decoded(text, "utf-8")
    valid_multibyte = _UTF8_MULTIBYTE.subn(b"", body)[1]
    if valid_multibyte > invalid:
        return Decoded(text, "utf-8", invalid)
    if _CP1252_UNDEFINED.search(body):
        return None
    return Decoded(body.decode("cp1252"), "cp1252")
