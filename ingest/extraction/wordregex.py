"""Cheap text tests before regexes: word-boundary regexes searched about twice as fast, and a
test for the words a regex needs (on any piece of text, or on a sentence by one bit).

``re`` looks for a match position by position. When a pattern opens with ``\\b`` the engine
cannot use its quick scan for the possible first characters, and a search over a sentence
costs about twice as much. ``WordRegex(tail)`` stands for ``re.compile(r"\\b(?:" + tail + ")")``:
it searches with ``tail`` alone (which the engine scans quickly) and checks the boundary itself,
moving one character on when it does not hold.

That gives the same match as the full pattern provided every match of ``tail`` begins with a
word character (true of the word lists it is used for): ``\\b`` before a word character holds
exactly when the character before is not one (or there is none), a word character being what
``re`` calls one (``str.isalnum()`` or ``_``). Characters before ``pos`` count, as they do for
``re``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from typing import Final

import ahocorasick


class WordRegex:
    """``\\b(?:tail)``, searched from the first characters of ``tail`` (see the module doc)."""

    __slots__ = ("full", "tail")

    def __init__(self, tail: str) -> None:
        self.tail = re.compile(tail)
        self.full = re.compile(r"\b(?:" + tail + ")")  # what it stands for (reference, tests)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``self.full.search(text, pos, endpos)``."""
        search = self.tail.search
        while True:
            match = search(text, pos, endpos)
            if match is None:
                return None
            start = match.start()
            if start == 0:
                return match
            before = text[start - 1]
            if not (before.isalnum() or before == "_"):
                return match
            pos = start + 1

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``self.full.finditer(text, pos, endpos)`` (matches are never empty)."""
        match = self.search(text, pos, endpos)
        while match is not None:
            yield match
            match = self.search(text, match.end(), endpos)


def contains_any(piece: str, words: Sequence[str]) -> bool:
    """Whether one of ``words`` occurs in ``piece``: the cheap test before a regex that needs one
    of them (a plain loop is cheaper than ``any`` over a generator)."""
    for word in words:  # noqa: SIM110
        if word in piece:
            return True
    return False


# words_in's tables: the word characters kept, every other byte a blank (a character outside
# ASCII is encoded as "?" first, so it separates words too).
_WORD_BYTES: Final = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
_WORD_BYTES_APOSTROPHE: Final = bytes(
    c if 48 <= c <= 57 or 97 <= c <= 122 or c == 39 else 32 for c in range(256)
)


def words_in(folded: str, low: int, high: int, apostrophe: bool = False) -> list[str]:
    """The words of ``folded[low:high]`` in order: what ``re.findall(r"[a-z0-9]+", folded,
    low, high)`` gives (``[a-z0-9']+`` with ``apostrophe``), from one translate and one split
    (a third of the cost of the regex, or of a loop over the characters, compiled)."""
    table = _WORD_BYTES_APOSTROPHE if apostrophe else _WORD_BYTES
    piece = folded[max(low, 0) : high]
    return piece.encode("ascii", "replace").translate(table).decode("ascii").split()


# A word mask with every bit set: no sentence-wide test known, every set may be there (the
# cheap tests pass and the regexes decide).
ALL_WORDS: Final = -1

# The word sets of the sentence-wide cheap tests, in the order the modules registered them.
_WORD_SETS: Final[list[tuple[str, ...]]] = []


def word_set(words: tuple[str, ...]) -> int:
    """Register ``words`` for the sentence-wide cheap test; returns the bit that stands for them
    in a sentence's word mask (``SentenceWords.mask``): ``mask & bit`` says what
    ``contains_any(sentence, words)`` says, without searching the sentence once per word."""
    _WORD_SETS.append(words)
    return 1 << (len(_WORD_SETS) - 1)


class SentenceWords:
    """Every registered word set at once: one Aho-Corasick pass over a sentence gives the bits of
    the sets one of whose words occurs in it. Built once (by the ``Extractor``, after every
    module has registered its sets)."""

    __slots__ = ("_automaton", "_lengths", "_masks")

    def __init__(self) -> None:
        masks: dict[str, int] = {}
        for number, words in enumerate(_WORD_SETS):
            for word in words:
                masks[word] = masks.get(word, 0) | (1 << number)
        self._masks = list(masks.values())  # per word number (the automaton stores small ints)
        self._lengths = [len(word) for word in masks]
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for number, word in enumerate(masks):
            self._automaton.add_word(word, number)
        if masks:
            self._automaton.make_automaton()

    def mask(self, text: str, start: int, end: int) -> int:
        """The bits of the word sets one of whose words lies in ``text[start:end]``."""
        found = 0
        if not self._masks:
            return found
        masks = self._masks
        for automaton_hit in self._automaton.iter(text, start, end):
            hit: tuple[int, int] = automaton_hit  # (checked once, then read natively)
            found |= masks[hit[1]]
        return found

    def masks(self, text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
        """``[self.mask(text, start, end) for start, end in spans]``, for spans in text order
        that do not overlap (an article's sentences), in one pass over the text: a word counts
        for the span that holds it whole, as the pass over that span alone finds it."""
        found = [0] * len(spans)
        if not self._masks or not spans:
            return found
        masks, lengths = self._masks, self._lengths
        number = 0
        end = spans[0][1]
        for automaton_hit in self._automaton.iter(text, spans[0][0], spans[-1][1]):
            hit: tuple[int, int] = automaton_hit  # (checked once, then read natively)
            last, word = hit
            # The spans that end before the word's last character cannot hold it.
            while last >= end:
                number += 1
                if number == len(spans):
                    return found
                end = spans[number][1]
            if last - lengths[word] + 1 >= spans[number][0]:
                found[number] |= masks[word]
        return found
