"""Numbers in words and digits (French and English) and vague amounts, read around a position.

A ``Quantity`` carries a best figure and a range, following one documented rule (see README):
exact "12" -> 12 [12, 12]; "at least 5" / "au moins 5" -> 5 [5, -]; "more than 40" / "plus de 40"
-> 40 [40, -] (the stated bound, as "at least"); "up to 10" / "jusqu'à 10" -> none [-, 10];
"about 40" / "environ 40" -> 40 [32, 48] (±20 %: a stated number, approximated); "une
quarantaine" / "a dozen" -> 40 / 12 [±20 %] (an approximate numeral: "about forty"); "at least
a dozen" / "au moins une dizaine" -> 12 / 10 [bound, -]; "dozens" -> none [24, -];
"des dizaines" -> none [20, -]; "hundreds" / "des centaines" -> none [200, -]; "several" /
"plusieurs" / "a few" / "quelques" -> none [2, -]; "a small number" / "un petit nombre" -> none
[1, -]. Digits may be grouped: "2 500" (also with non-breaking spaces), "2,500", "2.500".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ingest.extraction.dates import ENGLISH_MONTH_WORDS

_UNITS: Final[dict[str, int]] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_MULTIPLIERS: Final[dict[str, int]] = {
    "cent": 100, "cents": 100, "hundred": 100, "mille": 1000, "thousand": 1000,
    "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
_CONNECTORS: Final[frozenset[str]] = frozenset({"et", "and"})
_SINGULAR: Final[frozenset[str]] = frozenset({"a", "an"})

# Approximate round numbers ("une quarantaine" = about forty) and vague plurals.
_APPROX_NOUNS: Final[dict[str, int]] = {
    "dizaine": 10, "douzaine": 12, "dozen": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "millier": 1000, "score": 20,
}  # fmt: skip
# The article before one ("une centaine", "a dozen"; "d'une" after an elided "plus de").
_APPROX_ARTICLES: Final[frozenset[str]] = frozenset({"une", "un", "a", "d'une", "d'un"})
_VAGUE_PLURALS: Final[dict[str, int]] = {
    "dizaines": 20, "dozens": 24, "douzaines": 24, "vingtaines": 40, "centaines": 200,
    "hundreds": 200, "milliers": 2000, "thousands": 2000, "scores": 40,
}  # fmt: skip
_VAGUE_FEW: Final[dict[tuple[str, ...], int]] = {
    ("plusieurs",): 2, ("several",): 2, ("multiple",): 2, ("quelques",): 2, ("a", "few"): 2,
    ("a", "handful", "of"): 2, ("a", "number", "of"): 2, ("many",): 2, ("de", "nombreux"): 2,
    ("de", "nombreuses"): 2, ("nombreux",): 2, ("nombreuses",): 2, ("numerous",): 2,
    ("a", "small", "number", "of"): 1, ("un", "petit", "nombre", "de"): 1,
    ("un", "petit", "nombre", "d"): 1, ("a", "handful"): 2,
}  # fmt: skip
_QUALIFIERS: Final[dict[tuple[str, ...], str]] = {
    ("au", "moins"): "at_least", ("at", "least"): "at_least", ("pas", "moins", "de"): "at_least",
    ("no", "fewer", "than"): "at_least", ("no", "less", "than"): "at_least",
    ("au", "minimum"): "at_least", ("plus", "de"): "more_than", ("more", "than"): "more_than",
    ("over",): "more_than", ("upwards", "of"): "more_than", ("au", "plus"): "at_most",
    ("at", "most"): "at_most", ("up", "to"): "at_most", ("jusqu'a",): "at_most",
    ("moins", "de"): "at_most", ("fewer", "than"): "at_most", ("less", "than"): "at_most",
    ("environ",): "approx", ("about",): "approx", ("around",): "approx",
    ("approximately",): "approx", ("some",): "approx", ("nearly",): "approx",
    ("almost",): "approx", ("pres", "de"): "approx", ("quelque",): "approx",
    ("roughly",): "approx", ("une", "centaine", "de"): "approx", ("an", "estimated"): "approx",
    ("estimated",): "approx", ("pres", "d"): "approx", ("plus", "d"): "more_than",
    ("moins", "d"): "at_most",
}  # fmt: skip

_TOKEN: Final = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|'|[^\sa-z0-9']")


@dataclass(slots=True, init=False)
class Quantity:
    """A stated amount: best figure (or ``None`` when vague) and its range, and how it was
    said. Read-only by convention: not frozen, since a frozen dataclass is several times slower
    to build and the extractor builds many per article."""

    best: int | None
    low: int | None
    high: int | None
    qualifier: str  # "exact" | "at_least" | "at_most" | "approx" | "one" (one named victim)
    start: int
    end: int

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        best: int | None,
        low: int | None,
        high: int | None,
        qualifier: str,
        start: int,
        end: int,
    ) -> None:
        self.best = best
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.start = start
        self.end = end


def _tokens(folded: str, start: int, end: int) -> tuple[list[re.Match[str]], list[str]]:
    """Tokens of ``folded[start:end]`` ("jusqu'a" stays one token): the match objects (for
    offsets, read only where needed) and their texts (what the rules compare)."""
    matches = list(_TOKEN.finditer(folded, start, end))
    return matches, [match[0] for match in matches]


def words_to_int(words: list[str]) -> int | None:
    """Value of a sequence of number words ("vingt trois", "two hundred fifty"), else ``None``."""
    if not words:
        return None
    if len(words) == 1 and words[0] in _SINGULAR:
        return 1
    total = 0
    current = 0
    seen = False
    for index, word in enumerate(words):
        if word in _CONNECTORS:
            continue
        if word in _SINGULAR and index == 0:
            current = 1
            continue
        if word in ("vingt", "vingts") and current == 4:  # quatre-vingt(s)
            current = 80
            seen = True
            continue
        value = _UNITS.get(word)
        if value is not None:
            current += value
            seen = True
            continue
        multiplier = _MULTIPLIERS.get(word)
        if multiplier is None:
            return None
        seen = True
        if multiplier == 100:
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * multiplier
            current = 0
    return total + current if seen else None


def _joined(before: str, after: str) -> bool:
    """Whether "and"/"et" between two number words is inside one number ("one hundred and ten",
    "vingt et un", "soixante et onze"), not a range or two groups ("between eight and ten",
    "entre huit et dix")."""
    return before in _MULTIPLIERS or (before in _TENS_ET and after in {"un", "une", "onze"})


_TENS_ET: Final[frozenset[str]] = frozenset(
    {"vingt", "trente", "quarante", "cinquante", "soixante"}
)


def _is_number_word(word: str) -> bool:
    return word in _UNITS or word in _MULTIPLIERS


def _quantity(value: int, qualifier: str, start: int, end: int) -> Quantity:
    """Apply the best/range rule to a stated figure and its qualifier."""
    if qualifier == "at_least":
        return Quantity(value, value, None, "at_least", start, end)
    if qualifier == "more_than":
        return Quantity(value, value, None, "at_least", start, end)
    if qualifier == "at_most":
        return Quantity(None, None, value, "at_most", start, end)
    if qualifier == "approx":
        # "about 40", "une quarantaine": its number, ±20 %
        return Quantity(value, value - value // 5, value + value // 5, "approx", start, end)
    return Quantity(value, value, value, "exact", start, end)


def _qualifier_before(words: list[str], index: int) -> tuple[str, int] | None:
    """The qualifier ending just before ``words[index]`` and the index where it starts."""
    for size in (3, 2, 1):
        first = index - size
        if first < 0:
            continue
        qualifier = _QUALIFIERS.get(tuple(words[first:index]))
        if qualifier is not None:
            return qualifier, first
    return None


def _digits_back(
    tokens: list[re.Match[str]], words: list[str], last: int
) -> tuple[int, int] | None:
    """A (possibly grouped) digit number ending at ``words[last]``: (value, first index)."""
    text = words[last]
    if not text.isdigit():
        return None
    first = last
    digits = text
    while (
        len(words[first]) == 3
        and first >= 1
        and words[first - 1].isdigit()
        and len(words[first - 1]) <= 3
        and tokens[first].start() - tokens[first - 1].end() == 1
    ):
        first -= 1
        digits = words[first] + digits
    while (
        len(words[first]) == 3
        and first >= 2
        and words[first - 1] in {",", "."}
        and words[first - 2].isdigit()
        and len(words[first - 2]) <= 3
        and tokens[first].start() == tokens[first - 1].end()
        and tokens[first - 1].start() == tokens[first - 2].end()
    ):
        first -= 2
        digits = words[first] + digits
    return int(digits), first


_LINKS: Final[frozenset[str]] = frozenset({"de", "d", "of"})
# Words an amount can end with: the cheap test that skips most positions.
_TAIL_WORDS: Final[frozenset[str]] = frozenset(
    ({*_UNITS, *_MULTIPLIERS, *_APPROX_NOUNS, *_VAGUE_PLURALS} | {w for p in _VAGUE_FEW for w in p})
    - _LINKS
)
_TRAILING_LINKS: Final[frozenset[str]] = frozenset({"de", "d", "of", "d'", "'"})
# Words of a vague phrase that never end one ("a few", "a small number", "un petit nombre"):
# an amount cannot end with them, so the cheap test need not send them to the parser ("a" is
# everywhere: "a drone", "a été tué").
_NEVER_LAST: Final[frozenset[str]] = frozenset({"a", "small", "petit"})
_ENDING_WORDS: Final[frozenset[str]] = _TAIL_WORDS - _NEVER_LAST
_ARTICLE_COUNTS: Final[frozenset[str]] = frozenset({"un", "une"})


def _vague_by_last_word() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """``_VAGUE_FEW`` without trailing "de"/"of", keyed by its last word (table order kept, so
    the first phrase that matches is the one the full scan of the table would find)."""
    table: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase, low in _VAGUE_FEW.items():
        while phrase and phrase[-1] in _LINKS:
            phrase = phrase[:-1]
        table.setdefault(phrase[-1], []).append((phrase, low))
    return {word: tuple(phrases) for word, phrases in table.items()}


_VAGUE_BY_LAST: Final[dict[str, tuple[tuple[tuple[str, ...], int], ...]]] = _vague_by_last_word()


def previous_word(folded: str, end: int, floor: int = 0) -> tuple[str, int]:
    """The alphanumeric word ending before ``end`` (skipping blanks and marks) and its start:
    the run of letters and digits that ends there ("d'autres" -> "autres", "2,500" -> "500")."""
    i = end
    while i > floor and not folded[i - 1].isalnum():
        i -= 1
    j = i
    while j > floor and folded[j - 1].isalnum():
        j -= 1
    return folded[j:i], j


def _could_end_amount(folded: str, end: int, floor: int) -> bool:
    """Whether the word before ``end`` (skipping one "de"/"of") can end an amount."""
    word, start = previous_word(folded, end, floor)
    return _word_could_end_amount(folded, word, start, floor)


def _word_could_end_amount(folded: str, word: str, start: int, floor: int) -> bool:
    """``_could_end_amount`` given ``(word, start)``, the ``previous_word`` at its end."""
    if not word:
        return False
    if word not in _LINKS:
        return _word_ends_amount(folded, word, start, floor)
    word, start = previous_word(folded, start, floor)
    return bool(word) and _word_ends_amount(folded, word, start, floor)


def _word_ends_amount(folded: str, word: str, start: int, floor: int) -> bool:
    """Whether an amount can end with ``word`` (starting at ``start``): a digit or a word that
    ends one; "un"/"une" alone is an article, a count only after a number word or a connector
    ("vingt et un")."""
    if word.isdigit():
        return True
    if word not in _ENDING_WORDS:
        return False
    if word in _ARTICLE_COUNTS:
        before = previous_word(folded, start, floor)[0]
        return before in _UNITS or before in _MULTIPLIERS or before in _CONNECTORS
    return True


def cannot_end_amount(folded: str, word: str, end: int, floor: int = 0) -> bool:
    """A shortcut for callers that already hold the word ``folded[end - len(word):end]``: True
    when it is plain letters that neither end an amount nor link to one ("soldiers"), so that
    ``could_end_amount(folded, end, floor)`` is certainly False; False means "ask it"."""
    if word in _ENDING_WORDS or word in _LINKS or not (word.isascii() and word.isalpha()):
        return False
    start = end - len(word)
    if start < floor:
        return False
    return start == floor or not folded[start - 1].isalnum()


def could_end_amount(folded: str, end: int, floor: int = 0) -> bool:
    """Public form of the cheap test: can an amount end just before ``end``?"""
    return _could_end_amount(folded, end, floor)


def quantity_after_word(
    folded: str, end: int, floor: int, word: str, word_start: int
) -> Quantity | None:
    """``quantity_ending_at(folded, end, floor)`` for a caller that already holds
    ``(word, word_start) == previous_word(folded, end, floor)`` (the cheap test reuses it)."""
    if not _word_could_end_amount(folded, word, word_start, floor):
        return None
    return _parse_ending_at(folded, end, floor)


def quantity_ending_at(folded: str, end: int, floor: int = 0) -> Quantity | None:
    """The amount written just before ``end`` ("quatre", "au moins 5", "des dizaines de")."""
    if not _could_end_amount(folded, end, floor):
        return None
    return _parse_ending_at(folded, end, floor)


def _parse_ending_at(folded: str, end: int, floor: int) -> Quantity | None:
    """``quantity_ending_at`` once the cheap test has passed."""
    tokens, words = _tokens(folded, max(floor, end - 48), end)
    return _parse_tokens(tokens, words)


def _parse_tokens(tokens: list[re.Match[str]], words: list[str]) -> Quantity | None:
    """The amount the tokens of a window end with (the lists are consumed)."""
    # Drop a trailing "de"/"d'"/"of" ("des dizaines de", "a small number of").
    while words and words[-1] in _TRAILING_LINKS:
        words.pop()
        tokens.pop()
    if not words:
        return None
    last = len(words) - 1
    tail = words[last]
    for phrase, low in _VAGUE_BY_LAST.get(tail, ()):
        size = len(phrase)
        if len(words) >= size and tuple(words[-size:]) == phrase:
            return Quantity(None, low, None, "at_least", tokens[-size].start(), tokens[-1].end())
    if tail in _VAGUE_PLURALS:
        first = last - 1 if last >= 1 and words[last - 1] in {"des", "de"} else last
        return Quantity(
            None, _VAGUE_PLURALS[tail], None, "at_least", tokens[first].start(), tokens[last].end()
        )
    if tail in _APPROX_NOUNS:
        return _approximate_numeral(tokens, words, last)
    digits = _digits_back(tokens, words, last)
    if digits is not None:
        value, first = digits
        month = first - 2 if first >= 2 and words[first - 1] == "." else first - 1
        if month >= 0 and words[month] in ENGLISH_MONTH_WORDS:
            return None  # "in Bogotá on June 7, died", "Oct. 17": the day of a date, no count
    else:
        first = last + 1
        while first - 1 >= 0 and (
            _is_number_word(words[first - 1])
            or (
                words[first - 1] in _CONNECTORS
                and first - 2 >= 0
                and _is_number_word(words[first - 2])
                and first <= last
                and _joined(words[first - 2], words[first])
            )
        ):
            first -= 1
        if first == last + 1:
            return None
        if first - 1 >= 0 and words[first - 1] in _SINGULAR and words[first] in _MULTIPLIERS:
            first -= 1
        if first == last and words[first] in {"un", "une"}:
            return None  # an article, not a count: see singular_article_before
        parsed = words_to_int(words[first : last + 1])
        if parsed is None:
            return None
        value = parsed
    return _stated(value, first, tokens, words)


def _approximate_numeral(tokens: list[re.Match[str]], words: list[str], last: int) -> Quantity:
    """ "une quarantaine", "a dozen" ending at ``words[last]``, with the qualifier before it."""
    value = _APPROX_NOUNS[words[last]]
    first = last - 1 if last >= 1 and words[last - 1] in _APPROX_ARTICLES else last
    bound = _qualifier_before(words, first)
    if first < last and words[first].startswith("d'"):
        # "plus d'une centaine", "près d'une vingtaine": the qualifier's "de" is elided into
        # the article's token
        elided = _QUALIFIERS.get((words[first - 1], "d")) if first >= 1 else None
        bound = (elided, first - 1) if elided is not None else None
        first = first if elided is not None else last
    if bound is None:
        # "une quarantaine", "a dozen": an approximate numeral, said as "about forty" is (news
        # writes "une vingtaine de blessés" for about twenty wounded; ACLED and UCDP code the
        # number); only the plurals ("des dizaines", "dozens") stay without a best figure
        return _quantity(value, "approx", tokens[first].start(), tokens[last].end())
    # "au moins une dizaine", "plus d'une centaine" (the bound stated, as "at least 10"),
    # "moins d'une dizaine", "environ une vingtaine": the qualifier's rule (``_quantity``)
    return _quantity(value, bound[0], tokens[bound[1]].start(), tokens[last].end())


def _stated(value: int, first: int, tokens: list[re.Match[str]], words: list[str]) -> Quantity:
    """The figure ``value`` whose words run from ``words[first]`` to the last: with the range
    or the qualifier stated before it, else exact."""
    last = len(words) - 1
    ranged = _range_low(words, first)
    if ranged is not None:  # "entre 100 et 200", "between 10 and 20", "10 to 20": at least 10
        floor_value, opens = ranged
        return Quantity(
            floor_value, floor_value, value, "at_least", tokens[opens].start(), tokens[last].end()
        )
    qualifier = _qualifier_before(words, first)
    if qualifier is not None:
        return _quantity(value, qualifier[0], tokens[qualifier[1]].start(), tokens[last].end())
    return _quantity(value, "exact", tokens[first].start(), tokens[last].end())


_RANGE_JOINS: Final[frozenset[str]] = frozenset({"et", "and", "to", "a"})
_RANGE_OPENERS: Final[frozenset[str]] = frozenset({"entre", "between", "de", "from"})


def _range_low(words: list[str], first: int) -> tuple[int, int] | None:
    """The low end of a range that ends with the figure at ``words[first]`` ("between 100 and
    200", "entre 100 et 200", "from 10 to 20", "10 to 20") and the index where the range
    starts; ``None`` when the figure stands alone. "et"/"and" need "entre"/"between"."""
    if first < 2 or words[first - 1] not in _RANGE_JOINS:
        return None
    low_word = words[first - 2]
    low = int(low_word) if low_word.isdigit() else words_to_int([low_word])
    if low is None:
        return None
    opener = words[first - 3] if first >= 3 else ""
    if words[first - 1] in {"et", "and"} and opener not in {"entre", "between"}:
        return None
    start = first - 3 if opener in _RANGE_OPENERS else first - 2
    return low, start


_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "un", "une", "one"})


def singular_article_before(folded: str, end: int) -> int | None:
    """Start of the indefinite article ("a", "an", "un", "une") ending just before ``end``."""
    tokens, words = _tokens(folded, max(0, end - 12), end)
    if words and words[-1] in _ARTICLES:
        return tokens[-1].start()
    return None


_HEAD: Final = re.compile(r"[a-z0-9]+")
# Words an amount can start with (numbers, qualifiers, vague words, articles).
_HEAD_WORDS: Final[frozenset[str]] = frozenset(
    _TAIL_WORDS
    | {"a", "an", "un", "une", "des", "de"}
    | {phrase[0].split("'")[0] for table in (_QUALIFIERS, _VAGUE_FEW) for phrase in table}
)


def quantity_starting_at(folded: str, start: int, ceiling: int | None = None) -> Quantity | None:
    """The amount written just after ``start`` ("killed 12", "en a blessé une quarantaine")."""
    end = min(len(folded), start + 60 if ceiling is None else min(ceiling, start + 60))
    first = _HEAD.match(folded, start, end)
    if first is None or not (first[0] in _HEAD_WORDS or first[0].isdigit()):
        return None
    tokens = list(_TOKEN.finditer(folded, start, end))
    if not tokens:
        return None
    # Longest prefix that parses as a quantity, read through quantity_ending_at. Within 48
    # characters of the start, the window quantity_ending_at would tokenize is a prefix of
    # these tokens (same start, and a token never runs past the end of a later one), so they
    # are parsed directly.
    floor = tokens[0].start()
    words = [token[0] for token in tokens]
    best: Quantity | None = None
    for count, token in enumerate(tokens[:8], start=1):
        end = token.end()
        candidate: Quantity | None = None
        if cannot_end_amount(folded, words[count - 1], end, floor) or not _could_end_amount(
            folded, end, floor
        ):
            candidate = None
        elif end - 48 <= floor:
            candidate = _parse_tokens(tokens[:count], words[:count])
        else:
            candidate = _parse_ending_at(folded, end, floor)
        if candidate is not None and candidate.start == floor:
            best = candidate
        elif best is not None and not _group_separator(tokens, count - 1):
            break
    return best


def _group_separator(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether token ``index`` is the "," or "." of a grouped number ("6,000", "6.000"):
    digits right before it and three digits right after it."""
    if index < 1 or index + 1 >= len(tokens) or tokens[index][0] not in {",", "."}:
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return (
        before[0].isdigit()
        and len(after[0]) == 3
        and after[0].isdigit()
        and before.end() == tokens[index].start()
        and tokens[index].end() == after.start()
    )
