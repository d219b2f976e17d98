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

import datetime
from dataclasses import dataclass
from datetime import date

from ingest.extraction.dates import DateHit
from ingest.extraction.lexicons import Lexicons, Place
from ingest.extraction.numbers import Quantity
from ingest.extraction.weapons import WeaponHit


@dataclass(frozen=True, slots=True, init=False)
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
    branches: dict[str, frozenset[str]]  # group -> its branches (fragments.branches_by_group)
    provinces: frozenset[str]  # the provinces the article names (places.province_key)

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter. object.__setattr__ as in the dataclass's own (the class is frozen).
    def __init__(
        self,
        text: str,
        folded: str,
        lexicons: Lexicons,
        state_force: dict[str, str],
        hinted: set[str],
        located: set[str],
        home: str | None,
        published: date | None,
        branches: dict[str, frozenset[str]],
        provinces: frozenset[str] = frozenset(),
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "folded", folded)
        object.__setattr__(self, "lexicons", lexicons)
        object.__setattr__(self, "state_force", state_force)
        object.__setattr__(self, "hinted", hinted)
        object.__setattr__(self, "located", located)
        object.__setattr__(self, "home", home)
        object.__setattr__(self, "published", published)
        object.__setattr__(self, "branches", branches)
        object.__setattr__(self, "provinces", provinces)


@dataclass(slots=True, init=False)
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
    refers: bool  # the sentence points back ("les frappes", "the strike") and names no actor
    dateline: bool  # placed only by the dispatch's dateline ("Bukavu, 27 février -")
    another: (
        bool  # told as another attack than those before ("In a separate attack", "Hours later")
    )

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        sentence: int,
        sentences: set[int],
        title: bool,
        place: Place,
        anaphor: bool,
        near: bool,
        area: bool,
        specific: bool,
        date: datetime.date | None,  # (the field named date hides the type here)
        precision: str | None,
        basis: str | None,
        own_date: bool,
        weapon: str | None,
        count: int | None,
        killed: Quantity | None,
        wounded: Quantity | None,
        attacker: str | None,
        attribution: str,
        claimed_by: str | None,
        target: str | None,
        reported_by: str | None,
        speakers: set[str],
        hedged: bool,
        background: bool,
        strike_word: bool,
        group: int,
        ordinal: int,
        refers: bool = False,
        dateline: bool = False,
        another: bool = False,
    ) -> None:
        self.sentence = sentence
        self.sentences = sentences
        self.title = title
        self.place = place
        self.anaphor = anaphor
        self.near = near
        self.area = area
        self.specific = specific
        self.date = date
        self.precision = precision
        self.basis = basis
        self.own_date = own_date
        self.weapon = weapon
        self.count = count
        self.killed = killed
        self.wounded = wounded
        self.attacker = attacker
        self.attribution = attribution
        self.claimed_by = claimed_by
        self.target = target
        self.reported_by = reported_by
        self.speakers = speakers
        self.hedged = hedged
        self.background = background
        self.strike_word = strike_word
        self.group = group
        self.ordinal = ordinal
        self.refers = refers
        self.dateline = dateline
        self.another = another


@dataclass(slots=True, init=False)
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
    plural: int
    lead: bool  # told before any place of the article: its attack is placed further on
    background: bool  # a passing reference ("it comes a day after ..."): dated apart
    # (0.26.0) the groups whose attacks the claimant may claim: its branches ("l'État
    # islamique a revendiqué" an attack of the ADF, its Central African branch's)
    claimant_branches: frozenset[str]

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        sentence: int,
        date: DateHit | None,
        weapon: WeaponHit | None,
        killed: Quantity | None,
        wounded: Quantity | None,
        attacker: str | None,
        attribution: str,
        claimed_by: str | None,
        reported_by: str | None,
        speakers: set[str],
        hedged: bool,
        countries: set[str],
        claim: bool,
        plural: int = 0,
        lead: bool = False,
        background: bool = False,
        claimant_branches: frozenset[str] = frozenset(),
    ) -> None:
        self.sentence = sentence
        self.date = date
        self.weapon = weapon
        self.killed = killed
        self.wounded = wounded
        self.attacker = attacker
        self.attribution = attribution
        self.claimed_by = claimed_by
        self.reported_by = reported_by
        self.speakers = speakers
        self.hedged = hedged
        self.countries = countries
        self.claim = claim
        self.plural = plural
        self.lead = lead
        self.background = background
        self.claimant_branches = claimant_branches
