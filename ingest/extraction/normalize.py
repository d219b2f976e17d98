"""Offset-keeping text folding: a lowercase, accent-free copy of the same length for matching.

Matching runs on ``fold(text)``; because every character folds to exactly one character, an
offset into the folded copy is the same offset into the stored text, so evidence spans and
matches need no offset map. Apostrophes (’ ʼ ‘ `) fold to ``'``, dashes to ``-``, hyphens and
the non-breaking spaces U+00A0 / U+202F / U+2009 to a plain space, quotes to ``"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_SPECIAL: dict[str, str] = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u02bb": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u200a": " ",
    "\t": " ",
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2011": " ",
    "\u2010": " ",
    "-": " ",
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2039": '"',
    "\u203a": '"',
    "\u0153": "o",  # œ keeps one character: "oeuvre" is not matched through it
    "\u0152": "o",
    "\u00e6": "a",
    "\u00c6": "a",
    "\u00df": "s",
    "\u0131": "i",
    "\u0130": "i",
    "\u02bf": "'",
    "\u02be": "'",
}


def _fold_char(char: str) -> str:
    """Fold one character to one character: lowercase, accents dropped, punctuation unified."""
    special = _SPECIAL.get(char)
    if special is not None:
        return special
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    decomposed = unicodedata.normalize("NFD", lower)
    base = decomposed[0]
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return base
    return lower


@cache
def _table(with_ascii: bool = True) -> dict[int, str]:
    """The translation table for the Latin and punctuation ranges (ASCII marks too if asked)."""
    table: dict[int, str] = {}
    for code in range(0xA0, 0x2100):
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            table[code] = folded
    if with_ascii:
        for code in range(0x41, 0x5B):
            table[code] = chr(code).lower()
        for char in ("\t", "`", "-"):
            table[ord(char)] = _SPECIAL[char]
    return table


# The characters news text is made of, replaced with C-speed str.replace before the (slower)
# translate pass, which only runs when something rarer is left.
_COMMON: tuple[tuple[str, str], ...] = (
    ("-", " "), ("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"), ("à", "a"), ("â", "a"), ("ç", "c"),
    ("ô", "o"), ("î", "i"), ("ï", "i"), ("ù", "u"), ("û", "u"), ("\u2019", "'"), ("«", '"'),
    ("»", '"'), ("\u00a0", " "), ("\u202f", " "), ("\u2013", "-"), ("\u2014", "-"),
    ("\t", " "), ("`", "'"), ("\u201c", '"'), ("\u201d", '"'),
)  # fmt: skip


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@cache
def _chained() -> frozenset[str]:
    """Characters whose folded form is folded again ("ǣ" -> "æ" -> "a", "ẞ" -> "ß" -> "s")."""
    table = _table(with_ascii=False)
    return frozenset(chr(code) for code, folded in table.items() if ord(folded) in table)


def _fold_slow(text: str) -> str:
    """Fold character by character through the full table (any input)."""
    folded = text.translate(_table())
    if len(folded) != len(text):  # pragma: no cover - the table maps one char to one char
        raise AssertionError("folding must keep the length of the text")
    return folded


def fold(text: str) -> str:
    """Return the matching copy of ``text``: same length, lowercase, no accents, unified marks."""
    low = text.lower()
    if len(low) != len(text):
        return _fold_slow(text)
    for char, repl in _COMMON:
        if char in low:
            low = low.replace(char, repl)
    if not low.isascii():
        table = _table(with_ascii=False)
        if _chained().isdisjoint(low):
            # No replacement can make a character that is replaced too, so the order of the
            # replacements does not matter: the few non-ASCII characters left are found by a
            # regex instead of building the set of every character of the text.
            rare = set(_NON_ASCII.findall(low))
        else:  # "ǣ" becomes "æ", itself replaced or not depending on the order: keep it
            rare = {c for c in set(low) if c > "\x7f"}
        for char in rare:
            replacement = table.get(ord(char))
            if replacement is not None:
                low = low.replace(char, replacement)
    return low


def fold_key(phrase: str) -> str:
    """Fold a lexicon phrase into its lookup key: folded, single spaces, no surrounding blanks."""
    return " ".join(fold(phrase).split())


_KEY_SPACES = re.compile(r"[^\w]|_")


def match_key(phrase: str) -> str:
    """A phrase as the matching automaton sees it: folded, each punctuation mark a space, exactly
    as the text is spaced ("U.S. forces" -> "u s  forces", the period and the blank both count)."""
    return _KEY_SPACES.sub(" ", fold_key(phrase)).strip()


_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "at-", "az-", "an-", "ash-", "al ", "el ")


def initial_capital(text: str, start: int = 0) -> bool:
    """Whether the name at ``start`` begins with a capital, past a lower-case Arabic article
    ("al-Asad" and "Al-Asad" both do; "central Israel" does not)."""
    if start >= len(text):
        return False
    first = text[start]
    if first.isupper():
        return True
    if first != "a" and first != "e":
        return False
    head = text[start : start + 4].lower()
    for prefix in _ARTICLE_PREFIXES:
        if head.startswith(prefix):
            start += len(prefix)
            break
    return start < len(text) and text[start].isupper()
