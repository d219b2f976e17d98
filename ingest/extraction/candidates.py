"""The records the passes hand on: the article being read, candidates and fragments.

``ArticleContext`` is what every pass may read about the article (its text, folded text,
lexicons, the countries it names). A ``Candidate`` is an attack mention being built: the event
frame of one place of one sentence (``frames.py``, ``background.py``), refined in place by the
article-level passes (dates inherited, merged, filled by fragments). A ``Fragment`` is a
sentence about an attack that names no place (``fragments.py``): it fills a neighbouring
mention. Candidates and fragments are mutable because the merge refines them in place and an
article has dozens (a frozen dataclass is slower to build and to copy).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ingest.extraction.dates import DateHit
from ingest.extraction.lexicons import Lexicons, Place
from ingest.extraction.numbers import Quantity
from ingest.extraction.weapons import WeaponHit


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What the per-sentence passes read about the whole article."""

    text: str
    folded: str
    lexicons: Lexicons
    state_force: dict[str, str]  # country -> its state's armed forces (actor id)
    hinted: set[str]  # countries the article names or qualifies (hints.py)
    located: set[str]  # countries the article places things in
    home: str | None  # the country it names most, when one is
    published: date | None


@dataclass(slots=True)
class Candidate:
    """A mention being built; merged into others or emitted."""

    sentence: int
    sentences: set[int]
    title: bool
    place: Place
    anaphor: bool
    near: bool
    area: bool
    specific: bool
    date: date | None
    precision: str | None
    basis: str | None
    own_date: bool
    weapon: str | None
    count: int | None
    killed: Quantity | None
    wounded: Quantity | None
    attacker: str | None
    attribution: str
    claimed_by: str | None
    target: str | None
    reported_by: str | None
    speakers: set[str]
    hedged: bool
    background: bool
    strike_word: bool
    group: int
    ordinal: int
    refers: bool = (
        False  # the sentence points back ("les frappes", "the strike") and names no actor
    )
    dateline: bool = False  # placed only by the dispatch's dateline ("Bukavu, 27 février -")


@dataclass(slots=True)
class Fragment:
    """A sentence about an attack that names no place: it fills a neighbouring mention."""

    sentence: int
    date: DateHit | None
    weapon: WeaponHit | None
    killed: Quantity | None
    wounded: Quantity | None
    attacker: str | None
    attribution: str
    claimed_by: str | None
    reported_by: str | None
    speakers: set[str]
    hedged: bool
    countries: set[str]
    claim: bool
    # "a revendiqué les deux opérations": the claim covers several attacks (0: no; -1: the
    # attacks of one earlier sentence; N: the N attacks told last).
    plural: int = 0
    lead: bool = False  # told before any place of the article: its attack is placed further on
    background: bool = False  # a passing reference ("it comes a day after ..."): dated apart
