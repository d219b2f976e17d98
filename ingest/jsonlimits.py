"""JSON from untrusted inputs: limits on nesting and number length, lone surrogates repaired.

Python's ``json`` recurses once per nesting level, so a line of 100,000 ``[`` raises
``RecursionError`` deep inside the parser, and an integer of 5,000 digits raises ``ValueError``
(CPython's limit on int digits). Both are checked before or while parsing, so that each becomes a
rejection with its own reason:

- depth is measured by a small scan before ``json.loads``: strings are cut out with one regular
  expression and the brackets left are counted. A scan is cheap (linear, in C for all but the
  brackets) and, unlike catching ``RecursionError``, does not depend on the stack left to the
  parser;
- numbers go through ``parse_int``/``parse_float`` hooks that refuse long digit strings.

JSON may escape a lone UTF-16 surrogate (``"\\ud800"``), which no UTF-8 text can hold. The rule:
each lone surrogate in a string value is replaced by U+FFFD, and the reader reports how many.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from itertools import accumulate
from typing import Any

from ingest.records import RejectReason

MAX_DEPTH = 64
MAX_NUMBER_CHARS = 100

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonLimitError(ValueError):
    """JSON over one of the limits: the reject reason and a message."""

    def __init__(self, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text``, brackets inside strings ignored."""
    skeleton = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if not skeleton:
        return 0
    return max(accumulate(map(_STEP.__getitem__, skeleton.encode("ascii"))))


def _number_hook(kind: type[int] | type[float], limit: int) -> Any:
    def parse(digits: str) -> int | float:
        if len(digits) > limit:
            raise JsonLimitError(
                RejectReason.NUMBER_TOO_LONG,
                f"a number of {len(digits):,} characters, over the limit of {limit}",
            )
        return kind(digits)

    return parse


def loads_limited(
    text: str, *, max_depth: int = MAX_DEPTH, max_number_chars: int = MAX_NUMBER_CHARS
) -> Any:
    """``json.loads`` with the limits; raise JsonLimitError, or json.JSONDecodeError if invalid."""
    depth = nesting_depth(text)
    if depth > max_depth:
        raise JsonLimitError(
            RejectReason.TOO_DEEP,
            f"JSON nested {depth:,} levels deep, over the limit of {max_depth}",
        )
    return json.loads(
        text,
        parse_int=_number_hook(int, max_number_chars),
        parse_float=_number_hook(float, max_number_chars),
    )


def repair_surrogates(value: str) -> tuple[str, int]:
    """``value`` with each lone surrogate replaced by U+FFFD, and how many there were."""
    return _SURROGATE.subn("\ufffd", value)


def repair_record(record: Mapping[str, Any]) -> tuple[dict[str, Any], int]:
    """A JSON object's top-level string values with lone surrogates repaired, and the count.

    Only top-level values are read by the readers; nested values are left as they are.
    """
    repaired: dict[str, Any] = {}
    total = 0
    for key, value in record.items():
        if isinstance(value, str):
            value, count = repair_surrogates(value)
            total += count
        repaired[key] = value
    return repaired, total
