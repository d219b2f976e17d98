"""Sentence splitting with offsets, and the page-furniture test that keeps menus out of events.

Sentences never cross a line break (scraped paragraphs are lines). Inside a line a sentence ends
at ``.``, ``!``, ``?`` or ``…`` (optionally followed by a closing quote) when blank space and an
upper-case letter, digit or opening quote follow, unless the word before the period is a known
abbreviation ("U.S.", "Oct.", "Lt.") or a single initial.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Final

# Every boundary opens with its punctuation mark, so that re scans for that first character
# ("[.!?…][.!?…]*" rather than "[.!?…]+", and the glued-sentence branch checks the letters
# before the mark with a lookbehind after it): a pattern that opens with a repeat or a
# lookbehind is tried at every position, twenty times slower over an article.
_BOUNDARY: Final = re.compile(
    r"[.!?\u2026](?:[.!?\u2026]*[\"'\u00bb\u201d\u2019)]*"
    r"(?=[ \u00a0\u202f]+(?:[\"'\u00ab\u201c(][ \u00a0\u202f]*)?[A-Z0-9\u00c0-\u00dd])"
    # Scraped text loses the space between sentences ("à Mogadiscio.Le groupe", "terroriste".Des):
    # a word of two lower-case letters, or a closing quote after one, then a capitalised word.
    r"|(?<=[a-z\u00df-\u00ff]{2}[.!?]|[a-z\u00df-\u00ff][\"\u00bb\u201d\u2019][.!?])"
    r"(?=[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]))"
)
_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "u.s", "u.s.a", "u.n", "u.k", "e.u", "oct", "nov", "dec", "jan", "feb", "febr", "mar",
        "apr", "aug", "sep", "sept", "lt", "gen", "col", "maj", "capt", "sgt", "cpl", "adm", "dr",
        "mr", "mrs", "ms", "m", "mm", "mme", "mlle", "st", "no", "nos", "vol", "rep", "sen",
        "gov", "jr", "sr", "inc", "corp", "co", "ltd", "av", "bd", "env", "cf", "p", "pp", "janv",
        "fevr", "févr", "juil", "déc", "dept", "approx", "est", "etc", "vs", "ex",
    }
)  # fmt: skip


@dataclass(slots=True, init=False)
class Sentence:
    """One sentence: its index, its span in the stored text and the line it is on (read-only
    by convention; not frozen because a frozen dataclass is three times slower to build and an
    article has dozens)."""

    index: int
    start: int
    end: int
    line: int
    line_start: bool  # first sentence of its line (paragraph)

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        line: int,
        line_start: bool,
    ) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.line = line
        self.line_start = line_start


_BLANKS: Final = " \u00a0\u202f\t"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences whose spans slice it exactly (blank lines give none).

    The boundary regex runs once over the whole text (a boundary never spans a line break, so
    its matches are those of each line) and its matches are handed to the lines in order.
    """
    sentences: list[Sentence] = []
    boundaries = _BOUNDARY.finditer(text)
    boundary = next(boundaries, None)
    line_start = 0
    for line_number, line in enumerate(text.split("\n")):
        if not line:  # a blank line: no sentence, no boundary
            line_start += 1
            continue
        line_end = line_start + len(line)
        if boundary is None or boundary.start() >= line_end:
            # No boundary in the line: the line is one sentence (unless it is blank).
            kept = line.lstrip(_BLANKS)
            stripped = kept.rstrip(_BLANKS)
            if stripped:
                start = line_end - len(kept)
                sentences.append(
                    Sentence(len(sentences), start, start + len(stripped), line_number, True)
                )
            line_start = line_end + 1
            continue
        cuts = [line_start]
        while boundary is not None and boundary.start() < line_end:
            period = boundary.start()
            if text[period] != "." or not _is_abbreviation(text, period, line_start):
                cuts.append(boundary.end())
            boundary = next(boundaries, None)
        cuts.append(line_end)
        first = True
        for left, right in itertools.pairwise(cuts):
            piece = text[left:right]
            kept = piece.lstrip(_BLANKS)
            stripped = kept.rstrip(_BLANKS)
            if not stripped:
                continue
            start = left + len(piece) - len(kept)
            sentences.append(
                Sentence(len(sentences), start, start + len(stripped), line_number, first)
            )
            first = False
        line_start = line_end + 1
    return tuple(sentences)


def _is_abbreviation(text: str, period: int, line_start: int = 0) -> bool:
    """Whether the period at ``period`` closes an abbreviation or an initial, not a sentence.

    The word before it is the run of word characters and periods (``[\\w.]+``, at most 24
    characters back, not before the start of the line) that ends there.
    """
    low = max(line_start, period - 24)
    first = period
    while first > low:
        char = text[first - 1]
        if not (char.isalnum() or char == "_" or char == "."):
            break
        first -= 1
    if first == period:
        return False
    word = text[first:period].lower().strip(".")
    if (len(word) == 1 and word.isalpha()) or "." in word:
        return True
    return word in _ABBREVIATIONS


_FURNITURE: Final = re.compile(
    r"^(?:partager|share|you may also like|leave a comment|lire aussi|lire egalement|a lire aussi|"
    r"read also|read more|see also|voir aussi|related|sur le meme sujet|droits d'auteur|copyright|"
    r"nos normes|our standards|reportage d|reporting by|editing by|montage par|source ?:|"
    r"sources ?:|abonnez|subscribe|newsletter|publicite|advertisement|credit photo|photo ?:|"
    r"caption ?:|legende ?:|photo credit|photo by|photos by|"
    r"by [a-z]+$|par [a-z]+$|home |accueil |infos +/|menu)"
)
_FURNITURE_ANYWHERE: Final = re.compile(
    r"\u00a9|tous droits reserves|all rights reserved|\(photo|photo\)|photo d'archives|"
    r"file photo|getty images|\(afp\)$|afp photo|/ +[a-z' ]+ +/|photo by|photos by|"
    r"photo credit|credit photo|"
    # (0.18.0) a French caption's credit at its end: "..., le 30 juillet 2024. Photo AFP"
    r"\bphoto (?:afp|reuters|ap|epa|anadolu|xinhua|d'illustration)\W*$"
)


def is_furniture_sentence(folded_sentence: str) -> bool:
    """Whether a (folded) sentence opens like page furniture: share links, sources, bylines."""
    return _FURNITURE.match(folded_sentence.strip(" *#>_[|-")) is not None


# A furniture line holds one of these (the cheap test before the regex).
FURNITURE_HINTS: Final = ("\u00a9", "droits", "rights", "photo", "getty", "(afp)", "/")


# (0.18.0) A photo caption or a related article's title line, dated at its end: "Security
# forces inspect the site of the blasts in X, January 21, 2021." (an English caption: a comma,
# no "on", the full date), "Mourners attend the funeral ... in X, Nigeria, Nov. 29, 2020.",
# "Guerre en Ukraine : Kiev et Moscou s'accusent ... (11/04/2025)" (a link's date in brackets),
# and the photographer's credit after the date.
_DATED_CAPTION: Final = re.compile(
    r"(?:, (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), )?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}"
    r"|\(\d{1,2}[/.]\d{1,2}[/.]\d{4}\))\.?"
    # the photographer's credit after it ("REUTERS/Stringer", "(AP Photo/Khalid Mohammed)",
    # "(Maxar Technologies via AP, File)")
    r"(?: +\(?[a-z]+(?: photo)?/[^/()]{1,40}\)?"
    r"| +\([^()]{0,40}\b(?:via (?:ap|afp|reuters|getty)|file|photo)\b[^()]{0,20}\))?$"
    # an archive photo's caption, "FILE - The ship lies ... , March 3, 2024."
    r"|^file {2,}[a-z]"
)


def is_dated_caption(folded_line: str) -> bool:
    """Whether a whole (folded) line ends as a caption or a link's title does: a full date
    after a comma (English), or a numeric date in brackets (``_DATED_CAPTION``)."""
    return _DATED_CAPTION.search(folded_line.strip()) is not None


def is_furniture_line(folded_line: str) -> bool:
    """Whether a whole (folded) line is furniture: a photo caption, a copyright line, a menu."""
    if not any(hint in folded_line for hint in FURNITURE_HINTS):
        return False
    return _FURNITURE_ANYWHERE.search(folded_line.strip()) is not None
