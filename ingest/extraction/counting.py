"""Pass 4, counts: whether a sentence counts attacks, and the aggregate statements it gives.

Reads a sentence's ``SentenceFacts`` (cue spans, context clauses, dates) and the folded text.
Adds ``SentenceCounts``: the counts of attacks outside context clauses, whether the sentence is
an aggregate ("three attacks this week in Niger and Chad": one statement, never three events;
``aggregates.is_aggregate`` decides), and the ``AggregateStatement`` records of an aggregate, or
of a sentence that counts targets, sites or munitions ("struck 85 targets").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from ingest.extraction.aggregates import (
    BURST_CUES,
    HABIT_CUES,
    CountHit,
    attack_count_hits,
    is_aggregate,
    other_count_hits,
    period_of,
)
from ingest.extraction.facts import SentenceFacts, inside
from ingest.extraction.matching import ACTOR
from ingest.extraction.mentions import AggregateStatement, ArticleInput
from ingest.extraction.records import EXTRACTOR_VERSION
from ingest.extraction.sentence_dates import one_day
from ingest.extraction.wordregex import WordRegex, word_set
from ingest.textnorm import stable_hash

_UNIT_WORDS: Final = word_set(("attaque", "attack", "fois", "times", "reprises", "incidents",
                               "assaut", "bombard", "raids"))  # fmt: skip
_COUNTED: Final = WordRegex(r"(?:cibles|targets|sites|munitions|installations|facilities)\b")
_COUNTED_WORDS: Final = word_set(
    ("cibles", "targets", "sites", "munitions", "installations", "facilities")
)
_DIGIT: Final = re.compile(r"\d")
_AMOUNT_WORDS: Final[frozenset[str]] = frozenset(
    {
        "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
        "cinquante", "soixante", "cent", "mille", "one", "two", "three", "four", "five", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "dozens", "dizaine",
        "dizaines", "douzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
        "centaine", "centaines", "hundreds", "thousands", "milliers", "plusieurs", "several",
        "multiple", "quelques", "few", "many", "nombreux", "nombreuses", "numerous",
    }
)  # fmt: skip


class SentenceCounts:
    """What a sentence counts (read-only by convention: a plain class, built natively by
    mypyc, as every sentence with a cue makes one)."""

    __slots__ = ("aggregate", "counts", "statements")

    def __init__(
        self, counts: list[CountHit], aggregate: bool, statements: list[AggregateStatement]
    ) -> None:
        self.counts = counts  # counts of attacks outside context clauses
        self.aggregate = aggregate
        self.statements = statements


# ", who frequently cross the border", ", qui multiplient régulièrement les attaques": a
# relative clause that describes the actor just named.
_RELATIVE: Final = re.compile(r", (?:who|which|qui) ")
_ACTOR_TO_RELATIVE: Final = 20  # characters from an actor's name to its relative clause
# An army told without its name right before the relative clause ("the federal army, which",
# "l'armée, qui"): an actor the table cannot list.
_FORCES_BEFORE: Final = re.compile(r"\b(?:army|military|armee|forces|troops|troupes|junta|junte)$")


def _describes_an_actor(folded: str, fact: SentenceFacts, cue: int) -> bool:
    """Whether the cue at ``cue`` lies in a relative clause that describes an actor named
    right before it ("Police blamed al-Shabaab militants, who frequently cross from Somalia
    and plant explosives": the group's habit, not the sentence's; the blame still counts)."""
    low = fact.sentence.start
    relative = None
    for match in _RELATIVE.finditer(folded, low, cue):
        relative = match
    if relative is None or "," in folded[relative.end() : cue]:
        return False
    if _FORCES_BEFORE.search(folded, max(low, relative.start() - 20), relative.start()):
        return True  # "blamed the federal army, which has increasingly relied on drones"
    return any(
        0 <= relative.start() - actor.end <= _ACTOR_TO_RELATIVE
        for actor in fact.families.get(ACTOR, ())
    )


def sentence_counts(
    article: ArticleInput, folded: str, fact: SentenceFacts, published: date | None
) -> SentenceCounts:
    """The counts of attacks of a sentence that is not quiet (it has an attack word, a claim,
    an attribution or a casualty word), whether it is an aggregate, and its statements."""
    start, end = fact.sentence.start, fact.sentence.end
    discounted = fact.discounted
    piece = folded[start:end]
    amount: bool | None = None  # has_amount(piece), computed once when needed
    attack_counts: list[CountHit] | None = None
    counts: list[CountHit] = []
    if fact.words & _UNIT_WORDS:
        amount = has_amount(piece)
        if amount:
            attack_counts = attack_count_hits(folded, start, end, fact.words)
            counts = attack_counts
    if discounted:
        counts = [c for c in counts if not inside(c.quantity.start, discounted)]
    aggregate_cues = [
        (cue_start, cue_end)
        for cue_start, cue_end in fact.cue_spans.get("aggregate") or ()
        if not inside(cue_start, discounted)
        and not (
            folded[cue_start:cue_end] in HABIT_CUES and _describes_an_actor(folded, fact, cue_start)
        )
        and not _one_attacks_total(folded, fact, (cue_start, cue_end), counts)
        and not _trend_of_something_else(folded, fact, cue_start, cue_end)
    ]
    burst = bool(aggregate_cues) and all(
        folded[cue_start:cue_end] in BURST_CUES or folded[cue_start:cue_end] in HABIT_CUES
        for cue_start, cue_end in aggregate_cues
    )
    aggregate = is_aggregate(
        folded, start, end, fact.words, counts, bool(aggregate_cues), one_day(fact), burst
    )
    statements: list[AggregateStatement] = []
    if not fact.title and (aggregate or _mentions_counted(folded, fact.words, start, end)):
        if amount is None:
            amount = has_amount(piece)
        if amount:
            if attack_counts is None:
                attack_counts = attack_count_hits(folded, start, end, fact.words)
            hits = attack_counts + other_count_hits(folded, start, end, fact.words)
            statements = aggregate_statements(article, folded, fact, hits, aggregate, published)
    return SentenceCounts(counts, aggregate, statements)


# (0.21.0) A total right after a casualty verb ("un drone avait pulvérisé le convoi, tuant au
# total dix personnes", "a strike hit the convoy, killing a total of ten people") sums the
# victims of the one attack the sentence tells, when it tells no attacks in the plural and
# counts none: no tally of attacks.
_TOTAL_CUES: Final = frozenset({"au total", "in total", "a total of"})
_TOTAL_AFTER_CASUALTY: Final = 2  # characters from the casualty verb to the total


# (0.28.0) Trend and distributive words that count attacks only with an attack word beside
# them ("stepped up attacks", "a rise in violence", "les attaques ont augmenté", "each of the
# attacks"); "the army stepped up security", "le bilan a augmenté", "each of the six victims"
# count no attacks.
_TREND_CUES: Final = frozenset(
    {"stepped up", "increase in", "rise in", "surge in", "surged", "have surged", "has surged",
     "a augmente", "ont augmente", "a bondi", "ont bondi", "each of", "chacune de",
     "all of these", "toutes ces"}
)  # fmt: skip
_ATTACK_WORDS_NEAR: Final = re.compile(
    r"\b(?:attacks?|strikes?|airstrikes?|air strikes?|raids?|bombings?|killings?|violence|"
    r"shelling|ambush(?:es)?|incidents?|attaques?|frappes?|attentats?|violences|"
    r"bombardements?|incursions?|assauts?|embuscades?|tueries|enlevements|kidnappings?|"
    r"abductions?)\b"
)
_TREND_REACH: Final = 40  # characters on either side of a trend word
# (0.28.0) New attacks feared or threatened ("faisant craindre de nouvelles attaques", "pour
# prévenir de nouvelles attaques"): none told.
_FEARED_CUES: Final = frozenset({"de nouvelles attaques"})
_FEARED_BEFORE: Final = re.compile(
    r"\b(?:craindre|crainte|craint|redoute\w*|menace\w*|risque\w*|prevenir|eviter|empecher|"
    r"dissuader|peur)\b[^,.;:]{0,15}$"
)


def _trend_of_something_else(folded: str, fact: SentenceFacts, start: int, end: int) -> bool:
    """Whether a trend or distributive cue names no attacks within reach: "the army stepped up
    security", "le bilan a augmenté", "each of the six victims" (an attack told in the sentence
    stays an attack)."""
    cue = folded[start:end]
    if cue in _FEARED_CUES:
        # "faisant craindre de nouvelles attaques": attacks feared, none counted
        return (
            _FEARED_BEFORE.search(folded, max(fact.sentence.start, start - 30), start) is not None
        )
    if cue in _TREND_CUES:
        near = _ATTACK_WORDS_NEAR
    elif cue in _TALLY_CUES or cue.startswith("intensifi"):
        near = _ATTACKS_NEAR  # "au total, six soldats ont été tués dans l'attaque": one attack
    else:
        return False
    low = max(fact.sentence.start, start - _TREND_REACH)
    high = min(fact.sentence.end, end + _TREND_REACH)
    return near.search(folded, low, high) is None


# Totals and intensity words that count attacks only beside attacks in the plural ("au total,
# douze attaques", "have intensified their attacks"): "a total of six soldiers were killed in
# the attack", "l'armée a intensifié ses patrouilles", "n'a pas été revendiquée jusqu'à
# présent" tell of one attack.
_TALLY_CUES: Final = _TOTAL_CUES | {"soit un total", "jusqu'a present", "so far this", "en hausse"}
_ATTACKS_NEAR: Final = re.compile(
    r"\b(?:attacks|strikes|airstrikes|air strikes|raids|bombings|killings|ambushes|incidents|"
    r"attaques|frappes|attentats|violences|bombardements|incursions|assauts|embuscades|"
    r"tueries|operations)\b"
)


def _one_attacks_total(
    folded: str, fact: SentenceFacts, cue: tuple[int, int], counts: Sequence[CountHit]
) -> bool:
    cue_start, cue_end = cue
    if folded[cue_start:cue_end] not in _TOTAL_CUES:
        return False
    if fact.cue_spans.get("plural") or any(hit.unit == "attacks" for hit in counts):
        return False
    return any(
        0 <= cue_start - casualty_end <= _TOTAL_AFTER_CASUALTY
        for _, casualty_end in fact.cue_spans.get("casualty") or ()
    )


def has_amount(piece: str) -> bool:
    """Whether a (folded) sentence holds any figure at all: digits or number words."""
    if _DIGIT.search(piece) is not None:
        return True
    return not _AMOUNT_WORDS.isdisjoint(piece.replace(",", " ").replace("'", " ").split())


def _mentions_counted(folded: str, words: int, start: int, end: int) -> bool:
    """``_COUNTED.search(folded, start, end)``, skipped when none of its words is in ``piece``
    (the sentence ``folded[start:end]``)."""
    return bool(words & _COUNTED_WORDS) and _COUNTED.search(folded, start, end) is not None


def aggregate_statements(
    article: ArticleInput,
    folded: str,
    fact: SentenceFacts,
    counts: Sequence[CountHit],
    aggregate: bool,
    published: date | None,
) -> list[AggregateStatement]:
    """The ``AggregateStatement`` of each count a sentence gives (counts of drones, rockets,
    strikes or victims only in an aggregate; separate attacks are events, not a count)."""
    sentence = fact.sentence
    records: list[AggregateStatement] = []
    period = None
    for ordinal, hit in enumerate(counts):
        if hit.unit in {"attacks"} and hit.separate:
            continue
        if hit.unit in {"drones", "rockets", "missiles", "killed", "wounded"} and not aggregate:
            continue
        if hit.unit == "strikes" and not aggregate:
            continue
        if period is None:
            period = period_of(folded, sentence.start, sentence.end, fact.dates, published)
        quantity = hit.quantity
        records.append(
            AggregateStatement(
                aggregate_id=stable_hash(
                    article.version_id, EXTRACTOR_VERSION, str(sentence.index), str(ordinal)
                ),
                article_id=article.article_id,
                version_id=article.version_id,
                source_uri=article.source_uri,
                sentence_index=sentence.index,
                evidence_start=sentence.start,
                evidence_end=sentence.end,
                evidence_text=article.text[sentence.start : sentence.end],
                quantity=quantity.best,
                quantity_low=quantity.low,
                quantity_high=quantity.high,
                qualifier=quantity.qualifier,
                unit=hit.unit,
                period_start=period.start,
                period_end=period.end,
                period_text=period.text,
                extractor_version=EXTRACTOR_VERSION,
            )
        )
    return records
