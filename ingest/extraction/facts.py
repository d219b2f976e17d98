"""Pass 1, sentences and furniture -> lexicon matches: what each sentence holds.

Reads the article, its folded text, its sentences, the automaton's scan and the date
expressions found in the text. Adds one ``SentenceFacts`` per sentence: whether it is usable
(not page furniture, not a question), whether it is the title line, the matches (per
family), grammar cue spans (per kind) and date expressions that start inside it, and the word
sets of the later passes' cheap tests that occur in it (one pass for all: ``wordregex``).

The later passes fill the remaining fields of a ``SentenceFacts``: the context clauses
(``clauses.context_clauses``) and the sentence's date (``sentence_dates.sentence_date``). It is
a mutable plain class because an article has dozens of them (a frozen dataclass is slower to
build, and mypyc builds a plain class natively).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from ingest.extraction.dates import DateHit
from ingest.extraction.matching import WEAPON, Match, Scan
from ingest.extraction.mentions import ArticleInput
from ingest.extraction.normalize import fold
from ingest.extraction.sentences import (
    FURNITURE_HINTS,
    Sentence,
    is_dated_caption,
    is_furniture_line,
    is_furniture_sentence,
)
from ingest.extraction.wordregex import SentenceWords

Span = tuple[int, int]


class SentenceFacts:
    """What one sentence says, before candidates are built (a plain class: mypyc builds it
    natively, where a dataclass's generated ``__init__`` runs in the interpreter)."""

    __slots__ = (
        "cue_spans",
        "date",
        "dates",
        "discounted",
        "families",
        "report_date",
        "sentence",
        "title",
        "usable",
        "words",
    )

    def __init__(self, sentence: Sentence, title: bool, usable: bool, words: int = 0) -> None:
        self.sentence = sentence
        self.title = title
        self.usable = usable  # not furniture, not a question
        self.families: dict[str, list[Match]] = {}
        self.dates: list[DateHit] = []
        self.cue_spans: dict[str, list[Span]] = {}
        self.discounted: list[Span] = []  # context clauses (clauses.py)
        self.date: DateHit | None = None  # the sentence's date (sentence_dates.py)
        self.report_date = False  # that date dates a statement, not the attack
        self.words = words  # the word sets of the cheap tests in it (wordregex.word_set)


def sentence_facts(
    article: ArticleInput,
    text: str,
    folded: str,
    sentences: Sequence[Sentence],
    scan: Scan,
    dates: Sequence[DateHit],
    words: SentenceWords,
) -> list[SentenceFacts]:
    """One ``SentenceFacts`` per sentence, with its matches, cue spans, dates and the word sets
    of the cheap tests (``words``) that occur in it."""
    lines = folded.split("\n")
    furniture = _furniture_lines(folded, lines, text)
    title_lines = _title_lines(article.title, lines)
    facts = []
    # (one pass over the text for every sentence's word mask: sentences are in text order)
    masks = words.masks(folded, [(sentence.start, sentence.end) for sentence in sentences])
    for sentence, mask in zip(sentences, masks, strict=True):
        usable = (
            sentence.line not in furniture
            and not is_furniture_sentence(folded[sentence.start : sentence.end])
            and not text[sentence.start : sentence.end].rstrip().endswith("?")
        )
        facts.append(SentenceFacts(sentence, sentence.line in title_lines, usable, mask))
    _bucket_matches(facts, scan)
    _bucket_cues(facts, scan)
    for fact in facts:
        if "agent" in fact.cue_spans and "trigger" not in fact.cue_spans:
            _projectiles_launched(folded, fact)
    starts = [s.start for s in sentences]
    for hit in dates:
        index = bisect.bisect_right(starts, hit.start) - 1
        if index >= 0 and hit.start < sentences[index].end:
            facts[index].dates.append(hit)
    return facts


_LAUNCH: Final = re.compile(
    r"launched|fired|a lance|ont lance|lancent|a tire|ont tire|tirent|lance|tire"
)


def _projectiles_launched(folded: str, fact: SentenceFacts) -> None:
    """ "Russia launched 18 drones at Ukraine", "le Hezbollah a tiré des roquettes sur Kiryat
    Shmona": launching or firing projectiles is the attack (its verb becomes a trigger)."""
    spans = fact.cue_spans
    launches = [(s, e) for s, e in spans["agent"] if _LAUNCH.fullmatch(folded, s, e) is not None]
    if launches and any(w.entry.flag for w in fact.families.get(WEAPON, ())):
        spans["trigger"] = launches


def _title_lines(title: str | None, lines: Sequence[str]) -> set[int]:
    """The numbers of the (folded) lines that hold the article's title.

    A line holds the title when its blank-normalised form contains it; every run of the title
    without blanks must then be in the line as written: the longest one is the cheap first test
    (the most selective). Failing that, the page title often carries more than the headline line
    of the text ("X | Site", "X - Le Monde"): the first line is the title when the title
    contains it. Otherwise no line is the title: a JSONL or HTML record's text is its body, and
    its first line is the lead sentence, the one that most often states the attack.
    """
    title_key = " ".join(fold(title).split()) if title else ""
    title_lines: set[int] = set()
    if len(title_key) >= 12:
        segment = max(title_key.split(" "), key=len)
        for number, line in enumerate(lines):
            if len(line) < len(title_key) or segment not in line:
                continue
            if title_key in " ".join(line.split()):
                title_lines.add(number)
    if not title_lines and title_key:
        first = next((n for n, line in enumerate(lines) if line.split()), None)
        if first is not None and _headline_of(lines, first, title_key):
            title_lines.add(first)
    return title_lines


def _headline_of(lines: Sequence[str], first: int, title_key: str) -> bool:
    """Whether the first line of the text is the headline of the article's ``title_key``: the
    title contains it ("X | Site"), or it stands alone above a blank line and shares most of its
    words with the title (a scraper's title and headline differ by a word or a mark)."""
    words = lines[first].split()
    if " ".join(words) in title_key:
        return True
    alone = first + 1 < len(lines) and not lines[first + 1].strip()
    if not alone or not words or lines[first].rstrip().endswith((".", "!")):
        return False
    stripped = {w.strip("\"'.,:;!?()[]") for w in words} - {""}
    title_words = {w.strip("\"'.,:;!?()[]") for w in title_key.split()} - {""}
    return len(stripped & title_words) >= 0.6 * max(len(stripped), len(title_words))


def _bucket_matches(facts: Sequence[SentenceFacts], scan: Scan) -> None:
    """Give each sentence the matches that start in it, per family, in text order.

    Matches and sentences are both in text order: one merge pass per table buckets them.
    """
    count = len(facts)
    for table in (scan.entities, scan.terms):
        index = 0
        for match in table:
            while index < count and facts[index].sentence.end <= match.start:
                index += 1
            if index == count:
                break
            if match.start < facts[index].sentence.start:
                continue
            families = facts[index].families
            bucket = families.get(match.entry.family)
            if bucket is None:
                families[match.entry.family] = [match]
            else:
                bucket.append(match)


def _bucket_cues(facts: Sequence[SentenceFacts], scan: Scan) -> None:
    """Give each sentence the grammar cue spans that start in it, per kind, in text order."""
    count = len(facts)
    index = 0
    for cue_start, cue_end, kinds in scan.cues:
        while index < count and facts[index].sentence.end <= cue_start:
            index += 1
        if index == count:
            break
        if cue_start < facts[index].sentence.start:
            continue
        spans = facts[index].cue_spans
        span = (cue_start, cue_end)
        for kind in kinds:
            kind_spans = spans.get(kind)
            if kind_spans is None:
                spans[kind] = [span]
            else:
                kind_spans.append(span)


def _furniture_lines(folded: str, lines: Sequence[str], text: str) -> set[int]:
    """Numbers of the (folded) lines that are furniture: only lines holding one of the hints
    the furniture test needs are tested, found by searching the whole text for each hint."""
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    hinted = _lines_holding(folded, starts, FURNITURE_HINTS)
    furniture = {number for number in hinted if is_furniture_line(lines[number])}
    furniture.update(
        number
        for number, line in enumerate(lines)
        if _DIGITS_NEAR_END.search(line, max(0, len(line) - _CREDIT_SIZE)) is not None
        and is_dated_caption(line)
    )
    headings = [
        number
        for number in _lines_holding(folded, starts, _LINKS_HEADINGS)
        if _LINKS_HEADING.fullmatch(lines[number].strip(" *#>_[]|:-")) is not None
    ]
    if headings:
        text_lines = text.split("\n")
        for number in headings:
            furniture.update(_listed_links(text_lines, number))
    return furniture


def _lines_holding(folded: str, starts: Sequence[int], hints: Iterable[str]) -> set[int]:
    """Numbers of the lines (starting at ``starts``) that hold one of ``hints``."""
    found: set[int] = set()
    for hint in hints:
        position = folded.find(hint)
        while position != -1:
            number = bisect.bisect_right(starts, position) - 1
            found.add(number)
            # Skip to the next line: one occurrence is enough to name this line.
            next_line = starts[number + 1] if number + 1 < len(starts) else len(folded)
            position = folded.find(hint, next_line)
    return found


# A heading alone on its line over a list of links to other articles ("RELATED NEWS", "À lire
# aussi :", "Sur le même sujet"): the headlines listed under it are furniture.
_LINKS_HEADINGS: Final = ("related", "read more", "read also", "lire aussi", "sur le meme sujet",
                          "see also", "voir aussi", "more on this",
                          "you may also like")  # fmt: skip
_LINKS_HEADING: Final = re.compile(
    r"(?:related(?: news| stories| articles| content| coverage)?|read more|read also|"
    r"(?:a )?lire aussi|sur le meme sujet|see also|voir aussi|more on this(?: story)?|"
    r"you may also like)\s*"
)
_BULLETS: Final = ("-", "*", "\u2022", "\u00b7", "\u2013", "\u2014")


def _listed_links(lines: Sequence[str], heading: int) -> list[int]:
    """The numbers of the bulleted lines right under a links heading (blank lines between;
    ``lines``: the text's own, where a hyphen is still a hyphen); (0.18.0) also the lines
    that follow the heading with no blank line between, bulleted or not ("Lire aussi" over
    the bare titles of two other articles)."""
    found: list[int] = []
    blank_seen = False
    for number in range(heading + 1, len(lines)):
        line = lines[number].strip()
        if not line:
            if found:
                break
            blank_seen = True
            continue
        if not line.startswith(_BULLETS) and (blank_seen or len(line) > _LINK_TITLE_SIZE):
            break
        found.append(number)
    return found


_DIGITS_NEAR_END: Final = re.compile(r"\d{4}")  # (the cheap test before ``is_dated_caption``)
_CREDIT_SIZE: Final = 50  # characters: a caption's date and its photographer's credit
_LINK_TITLE_SIZE: Final = 200  # characters: a longer line right under a links heading is text


def inside(position: int, spans: Sequence[Span]) -> bool:
    """Whether ``position`` falls in one of ``spans`` (a loop: cheaper than any() over a
    generator, and most span lists are empty or hold one span)."""
    for start, end in spans:  # noqa: SIM110
        if start <= position < end:
            return True
    return False
