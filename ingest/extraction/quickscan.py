"""Regexes searched over whole sentences, compiled so that the search skips to the characters a
match can start with.

``re`` looks for a match position by position and, at each one, tries the pattern's first
element: for ``\\b(?:no casualties|no injuries|aucune victime|...)`` that is the word boundary
and then every alternative in turn. ``quick_compile(pattern)`` compiles
``(?=[c...])(?:pattern)``, where ``c...`` are the characters a match can start with, read from
the parsed pattern: a position that holds none of them fails on one class test. The matches
are the same (the lookahead only asks what every match already has); where the first characters
cannot be told (a class such as ``\\w``, a pattern that may match the empty string, a case-blind
flag), the pattern is compiled as it is. A third of the cost, or half, on the long alternations
of casualty, tally and forces words (``timeit`` over the calls of 300 bench articles).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence

# The largest character range written into the lookahead (a wider one gives up).
_WIDEST_RANGE = 400


def quick_compile(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, searched from the characters a match can start with (see the
    module docstring)."""
    compiled = re.compile(pattern)
    starts = first_characters(pattern)
    if starts is None:
        return compiled
    members = "".join(re.escape(char) for char in sorted(starts))
    return re.compile(f"(?=[{members}])(?:{pattern})")


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with one of, or None when they cannot
    be told (then any may)."""
    try:
        parser = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - Python before 3.11
        return None
    parsed = parser.parse(pattern, 0)
    if parsed.state.flags & ~re.UNICODE:  # inline flags (a case-blind one changes the starts)
        return None
    items: Sequence[tuple[object, object]] = list(parsed)
    starts, empty = _sequence_starts(items)
    return None if starts is None or empty else frozenset(starts)


def _sequence_starts(items: Sequence[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed elements, and whether it can match empty."""
    starts: set[str] = set()
    for op, argument in items:
        found, empty = _element_starts(str(op), argument)
        if found is None:
            return None, False
        starts |= found
        if not empty:
            return starts, False
    return starts, True


def _element_starts(op: str, argument: object) -> tuple[set[str] | None, bool]:
    """The first characters of one parsed element, and whether it can match empty (zero-width
    elements, ``\\b`` and the lookarounds, add none)."""
    if op == "LITERAL" and isinstance(argument, int):
        return {chr(argument)}, False
    if op == "IN" and isinstance(argument, list):
        return _class_members(argument), False
    if op == "BRANCH" and isinstance(argument, tuple):
        starts: set[str] = set()
        empty = False
        for alternative in argument[1]:
            found, can_be_empty = _sequence_starts(list(alternative))
            if found is None:
                return None, False
            starts |= found
            empty = empty or can_be_empty
        return starts, empty
    if op == "SUBPATTERN" and isinstance(argument, tuple):
        _, add_flags, del_flags, inner = argument
        if add_flags or del_flags:
            return None, False
        return _sequence_starts(list(inner))
    if op in {"MAX_REPEAT", "MIN_REPEAT"} and isinstance(argument, tuple):
        least, _, inner = argument
        found, empty = _sequence_starts(list(inner))
        return found, found is not None and (least == 0 or empty)
    if op in {"AT", "ASSERT", "ASSERT_NOT"}:
        return set(), True
    return None, False


def _class_members(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters of a character class made of characters and narrow ranges."""
    members: set[str] = set()
    for op, argument in items:
        if str(op) == "LITERAL" and isinstance(argument, int):
            members.add(chr(argument))
        elif str(op) == "RANGE" and isinstance(argument, tuple):
            low, high = argument
            if high - low > _WIDEST_RANGE:
                return None
            members |= {chr(code) for code in range(low, high + 1)}
        else:
            return None
    return members
