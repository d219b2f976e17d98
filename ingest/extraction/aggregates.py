"""Counts of many attacks ("23 attaques ce mois-ci", "38 attacks since 17 October") and totals.

A sentence is an aggregate when it counts attacks (a number, at least two, before "attaques",
"attacks", "fois", "times", "reprises", "incidents"), says "several attacks", "a wave of",
"so far this month", or counts part of a total ("fifteen of the injuries"). Such a sentence
makes no event. The exception is "two separate attacks on Wednesday" (a small number, the word
"separate"/"distinctes", one day): that is two events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from ingest.extraction.cues import BURST, HABIT
from ingest.extraction.dates import DateHit
from ingest.extraction.numbers import Quantity, previous_word, quantity_after_word
from ingest.extraction.quickscan import quick_compile
from ingest.extraction.wordregex import ALL_WORDS, WordRegex, contains_any, word_set

_ATTACK_UNITS: Final = WordRegex(
    r"(attaques|attacks|fois|times|reprises|incidents|assauts|strikes|frappes|bombardements|"
    r"bombardments|raids|airstrikes|shellings)\b"
)
_OTHER_UNITS: Final = WordRegex(
    r"(cibles|targets|sites|munitions|installations|facilities|drones|roquettes|rockets|"
    r"missiles|blesses|wounded|injured|injuries|morts|dead|killed|tues)\b"
)
# The unit words of the two regexes above (every match holds one): the cheap tests before them.
_ATTACK_UNIT_WORDS: Final = word_set(("attaques", "attacks", "fois", "times", "reprises",
                                      "incidents", "assauts", "strikes", "frappes", "bombardements",
                                      "bombardments", "raids", "shellings"))  # fmt: skip
_OTHER_UNIT_WORDS: Final = word_set(("cibles", "targets", "sites", "munitions", "installations",
                                     "facilities", "drones", "roquettes", "rockets", "missiles",
                                     "blesses", "wounded", "injured", "injuries", "morts", "dead",
                                     "killed", "tues"))  # fmt: skip
_SEPARATE: Final = re.compile(
    r"[a-z ]{0,30}?\b(?:distinctes|distincts|separate|differentes|separees)\b"
)
_SEPARATE_BEFORE: Final = re.compile(r"\b(?:separate|distinct|different)\s+(?:[a-z]+\s+)?$")
_SEPARATE_WORDS: Final = ("distinct", "separate", "differentes", "separees")
_SEPARATE_BEFORE_WORDS: Final = ("separate", "distinct", "different")


_FILLER: Final = frozenset(
    {
        "drone",
        "rocket",
        "missile",
        "de",
        "drones",
        "separate",
        "distinct",
        "other",
        "new",
        "more",
        "d",
    }
)
_PARTITIVE: Final = re.compile(
    r"\b(?:\w+) (?:of the|of them|d'entre (?:eux|elles)) "
    r"(?:injuries|wounded|blesses|attacks|attaques|dead|morts)\b"
)
# Every _PARTITIVE match holds one of these ("fifteen of the injuries").
_PARTITIVE_WORDS: Final = word_set((" of the ", " of them ", " d'entre eux ", " d'entre elles "))
_PERIOD: Final = re.compile(
    r"\b(?:depuis le debut du mois|ce mois ci|this month|so far this month|"
    r"depuis (?:le )?(?:debut|mi) \w+|(?:depuis|en|in|over the past|over the last|within) "
    r"(?:un peu moins de |a little less than |less than |moins de )?"
    r"(?:deux|trois|quatre|two|three|four|\d+) (?:semaines|weeks|mois|months|jours|days)|"
    r"depuis le \d{1,2} \w+|since \w+ \d{1,2}|since \d{1,2} \w+|entre le \d{1,2} et le \d{1,2} \w+|"
    r"between \w+ \d{1,2} and \d{1,2}|depuis la mi \w+|since mid \w+)\b"
)
_WEEKS: Final = re.compile(r"(deux|two|2|trois|three|3|quatre|four|4)\s+(semaines|weeks)")
# Every _PERIOD match holds one of these (each alternative names "depuis", a month, a unit of
# time, "since", "entre le" or "between").
_PERIOD_WORDS: Final = (
    "depuis", "mois", "month", "semaines", "weeks", "jours", "days", "since", "entre le", "between",
)  # fmt: skip


def _period(folded: str, start: int, end: int) -> re.Match[str] | None:
    """``_PERIOD.search(folded, start, end)``, skipped when none of its words is there."""
    if not contains_any(folded[start:end], _PERIOD_WORDS):
        return None
    return _PERIOD.search(folded, start, end)


_UNIT_NAMES: Final[dict[str, str]] = {
    "attaques": "attacks", "attacks": "attacks", "fois": "attacks", "times": "attacks",
    "reprises": "attacks", "incidents": "attacks", "assauts": "attacks", "strikes": "strikes",
    "frappes": "strikes", "cibles": "targets", "targets": "targets", "sites": "targets",
    "installations": "targets", "facilities": "targets", "munitions": "munitions",
    "drones": "drones", "roquettes": "rockets", "rockets": "rockets", "missiles": "missiles",
    "blesses": "wounded", "wounded": "wounded", "injured": "wounded", "injuries": "wounded",
    "morts": "killed", "dead": "killed", "killed": "killed", "tues": "killed",
    "bombardements": "attacks", "bombardments": "attacks", "raids": "attacks",
    "airstrikes": "strikes", "shellings": "attacks",
}  # fmt: skip


@dataclass(slots=True, init=False)
class CountHit:
    """A number before a unit word in a sentence. Read-only by convention: not frozen, since a
    frozen dataclass is several times slower to build and the extractor builds many per
    article."""

    quantity: Quantity
    unit: str
    separate: bool

    # Written out (init=False) so that mypyc compiles it (see numbers.Quantity).
    def __init__(self, quantity: Quantity, unit: str, separate: bool) -> None:
        self.quantity = quantity
        self.unit = unit
        self.separate = separate


@dataclass(slots=True)
class Period:
    """The period an aggregate covers, as resolved and as written. Read-only by convention: not
    frozen, since a frozen dataclass is several times slower to build and the extractor builds
    many per article."""

    start: date | None
    end: date | None
    text: str | None


def _count_before(folded: str, position: int, floor: int) -> Quantity | None:
    """The number before a unit word, skipping up to two filler words ("38 drone attacks")."""
    for _ in range(3):
        word, start = previous_word(folded, position, floor)
        quantity = quantity_after_word(folded, position, floor, word, start)
        if quantity is not None:
            return quantity
        if word not in _FILLER:
            return None
        position = start
    return None


def _unit_hits(pattern: WordRegex, folded: str, start: int, end: int) -> list[CountHit]:
    """Numbers before the unit words ``pattern`` finds in ``folded[start:end]``."""
    hits: list[CountHit] = []
    for match in pattern.finditer(folded, start, end):
        quantity = _count_before(folded, match.start(), start)
        if quantity is None:
            continue
        # "separate attacks" / "attaques distinctes": the word is within 41 characters after
        # the unit (or 30 before it), so the regexes only run when one is there.
        unit_end = match.end()
        low = max(start, match.start() - 30)
        separate = (
            contains_any(folded[unit_end : unit_end + 41], _SEPARATE_WORDS)
            and _SEPARATE.match(folded, unit_end) is not None
        ) or (
            contains_any(folded[low : match.start()], _SEPARATE_BEFORE_WORDS)
            and _SEPARATE_BEFORE.search(folded, low, match.start()) is not None
        )
        hits.append(CountHit(quantity, _UNIT_NAMES[match.group(1)], separate))
    return hits


def attack_count_hits(folded: str, start: int, end: int, words: int = ALL_WORDS) -> list[CountHit]:
    """Numbers of attacks (or strikes) stated: ``count_hits(..., everything=False)``
    (``words``: the word mask of the sentence holding the span)."""
    if not words & _ATTACK_UNIT_WORDS:
        return []
    return _unit_hits(_ATTACK_UNITS, folded, start, end)


def other_count_hits(folded: str, start: int, end: int, words: int = ALL_WORDS) -> list[CountHit]:
    """Numbers of targets, projectiles and casualties stated (what ``everything`` adds)."""
    if not words & _OTHER_UNIT_WORDS:
        return []
    return _unit_hits(_OTHER_UNITS, folded, start, end)


def count_hits(folded: str, start: int, end: int, everything: bool = True) -> list[CountHit]:
    """Numbers of attacks (and, if ``everything``, targets, projectiles, casualties) stated."""
    hits = attack_count_hits(folded, start, end)
    if everything:
        hits += other_count_hits(folded, start, end)
    return hits


_RELATIVE: Final = re.compile(
    r"\s*(?:which|who|whom|qui|dont|lequel|laquelle|lesquels|lesquelles)\b"
)


def _in_relative_clause(folded: str, start: int, end: int, position: int) -> bool:
    """Whether ``position`` is inside a relative clause between commas ("Kataib Hezbollah,
    which Washington holds responsible for many of the attacks, claimed..."): an aside."""
    comma = folded.rfind(",", start, position)
    if comma < 0 or _RELATIVE.match(folded, comma + 1, position) is None:
        return False
    return folded.find(",", position, end) >= 0


# A definite determiner right before a count: "les deux attaques", "the two attacks".
_DEFINITE_BEFORE: Final = re.compile(r"\b(?:les|ces|the|these|those)\s+$")


# Aggregate cues that can tell one burst of attacks, and those of a habit (``cues.BURST``,
# ``cues.HABIT``).
BURST_CUES: Final[frozenset[str]] = frozenset(BURST)
HABIT_CUES: Final[frozenset[str]] = frozenset(HABIT)


# A toll counted over a period that runs to now ("23 people have been killed in X since
# January", "23 personnes ont été tuées depuis le début de l'année"): a tally, not one attack.
_MONTHS_NAMED: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)"
)
_MONTH_OR_START: Final = (
    # (a day may stand with the month: "depuis le 13 juin", "since June 13")
    r"(?:(?:\d{1,2}(?:er)? )?" + _MONTHS_NAMED + r"(?: \d{1,2}\b)?|the (?:start|beginning)|"
    # (0.24.0) a month abbreviated with its day: "since Oct. 7", "since Feb. 24", "depuis le 7
    # oct."
    r"(?:jan|feb|aug|sept?|oct|nov|dec)\. \d{1,2}\b|"
    r"\d{1,2}(?:er)? (?:janv|fevr|avr|juil|sept|oct|nov|dec)\.|"
    r"le debut|the year|l'an|(?:19|20)\d\d)"
)
_TALLY_SINCE: Final = quick_compile(
    # (projectiles too: "more than 6,000 rockets have been fired at Israel since October 8",
    # "plus de 6 000 roquettes ont été tirées depuis le 8 octobre")
    r"\b(?:have|has|had) (?:been (?:killed|wounded|injured|abducted|kidnapped|fired|launched)|"
    r"died|killed|left|claimed|fired|launched)\b"
    r"[^.;]{0,80}?"
    r"\b(?:since (?:the )?"
    + _MONTH_OR_START
    + r"|(?:in|over|during) the (?:last|past) (?:[a-z]+ )?(?:days|weeks|months|years)"
    # "have killed more than 250 Maoists this year", "killed in Gaza over the same period"
    r"|this year|(?:in|over|during) the same period)"
    r"|\b(?:ont|a) (?:ete (?:tue|tues|tuee|tuees|blesse|blesses|blessee|blessees|enleve|"
    r"enleves|enlevee|enlevees|tire|tires|tiree|tirees|lance|lances|lancee|lancees)|tue|fait|"
    r"tire|lance|coute la vie a)\b[^.;]{0,80}?"
    r"\b(?:depuis (?:le |la |l')?(?:debut (?:de |du |d')?(?:l')?(?:annee )?)?"
    + _MONTH_OR_START
    + r"|(?:au cours des|ces|durant les|pendant les) (?:[a-z]+ )?(?:derniers |dernieres )?"
    r"(?:jours|semaines|mois|annees|ans)|cette annee|(?:sur|au cours de|pendant|durant) la "
    r"meme periode)"
    # the period first: "Since January, more than 600 people have been killed around X",
    # "Depuis le début de l'année, plus de 600 déplacés ont été tués ou blessés"
    # (0.30.0: past a long subject, "Depuis septembre 2024, les affrontements entre X et les
    # partisans de Y, surnommés « Z », ont fait plus de 1 700 morts")
    r"|\bsince (?:the )?" + _MONTH_OR_START + r"\b[^.;]{0,140}?\b(?:have|has|had) (?:been "
    r"(?:killed|wounded|injured)|died|killed|left|claimed)\b"
    r"|\bdepuis (?:le |la |l')?" + _MONTH_OR_START + r"\b[^.;]{0,140}?\b(?:ont|a) (?:ete (?:tue|"
    r"tues|tuee|tuees|blesse|blesses|blessee|blessees)|tue|fait|coute la vie a)\b"
)


# "more than 6,000 people have been killed in the fighting", "ont été tués depuis le début de
# la guerre": the toll of a war, not of an attack.
_TALLY_OF_A_WAR: Final = quick_compile(
    r"\b(?:have|has) (?:been (?:killed|wounded|injured)|died)\b[^.;]{0,60}?\b(?:(?:in|during) "
    r"(?:the |recent |the recent )(?:fighting|conflict|war|violence|insurgency|crisis|unrest|"
    r"clashes)|since the (?:war|conflict|"
    r"fighting|infighting|clashes|violence|feud|offensive|invasion|insurgency) (?:began|started|"
    r"erupted|broke out))\b"
    # (0.30.0) since a war, an insurgency or a coup, named without its verb or with any ("have
    # been killed since violence erupted", "since the insurgency flared again in 2004", "have
    # killed more than 3,200 civilians since the coup", "ont été tués depuis le putsch",
    # "depuis le début de l'invasion")
    r"|\b(?:have|has) (?:been (?:killed|wounded|injured)|died|killed)\b[^.;]{0,60}?\bsince "
    r"(?:the )?(?:[a-z]+ )?(?:war|conflict|violence|insurgency|coup|putsch|takeover|invasion|"
    r"uprising|rebellion|crisis|unrest|hostilities)\b"
    r"|\b(?:ont|a) (?:ete (?:tue|tues|tuee|tuees|blesse|blesses|blessee|blessees)|tue)\b"
    r"[^.;]{0,60}?\bdepuis (?:le |la |l')?(?:debut (?:de la |du |de l'|des ))?(?:guerre|"
    r"conflit|violences|insurrection|putsch|coup d'etat|invasion|soulevement|rebellion|crise|"
    r"hostilites|prise de pouvoir)\b"
    r"|\b(?:ont|a) ete (?:tue|tues|tuee|tuees|blesse|blesses)\b[^.;]{0,60}?\bdepuis que (?:la "
    r"(?:guerre|offensive|invasion) a|les (?:affrontements|combats|violences) ont) "
    r"(?:eclate|commence|debute)\b"
    # (0.25.0: "les combats" only with where or when they went on, "dans les combats autour
    # d'Erbil"; bare, they are the fighting of the attack told before: "trois soldats ont été
    # tués dans les combats, selon une source militaire")
    r"|\b(?:ont|a) ete (?:tue|tues|tuee|tuees|blesse|blesses)\b[^.;]{0,60}?\b(?:dans|pendant|"
    r"depuis le debut) (?:le conflit|la guerre|les violences|l'insurrection|la crise|"
    r"du conflit|de la guerre|des violences|de l'insurrection|de la crise|des combats|"
    r"les combats(?= (?:autour|pour|entre|contre|dans|a|au|aux|en|depuis|de|du|des|qui|"
    r"opposant)\b))\b"
    r"|\b(?:ont|a) ete (?:tue|tues|tuee|tuees|blesse|blesses)\b[^.;]{0,60}?\b(?:lors de|dans de|"
    r"au cours de|dans les|lors des) (?:(?:les |ces )?recents|ces derniers) "
    r"(?:affrontements|combats|violences|heurts)\b"
    # The war as the subject: "the conflict, which began in 2009, has killed more than 40,000
    # people", "la guerre a fait des dizaines de milliers de morts".
    # (0.24.0) also past three words, a number among them: "the 15-year-old insurgency has
    # killed more than 35,000 people" (folded "15 year old"), "the decade-long jihadist
    # insurgency has killed"
    r"|\b(?:the|this|its|a|an) (?:[a-z0-9'-]+ ){0,3}?(?:conflict|war|insurgency|crisis|unrest|"
    r"rebellion)\b[^.;]{0,80}?\b(?:has|have|had) (?:killed|left|claimed|cost)\b"
    # Fighting between armed groups as the subject of a perfect: "the clashes have killed more
    # than 80 people" (a running total; "clashes killed 12 on Monday" stays one event).
    r"|\b(?:the|these|those) (?:[a-z]+ )?(?:clashes|fighting|hostilities|violence)\b[^.;]{0,80}?"
    r"\b(?:has|have) (?:killed|left|claimed|cost)\b"
    r"|\b(?:le|ce|la|cette|l'|son|sa) ?(?:conflit|guerre|insurrection|crise|rebellion)\b"
    r"[^.;]{0,80}?\b(?:a|ont|avait|avaient) (?:fait|tue|coute)\b"
)


# Every match of the two regexes above holds one of these ("have been killed", "has died",
# "ont été tués", "a tué", "ont fait", "a coûté la vie à"): the cheap test before them.
# The dead of several months: "at least 120 civilians were killed in Oromia in January and
# February", "ont été tués entre janvier et mars": a tally, not one attack.
_TALLY_OVER_MONTHS: Final = quick_compile(
    r"\b(?:killed|wounded|injured|died|dead|tues?|tuees?|blesses?|blessees?|morts?)\b[^.;]{0,80}?"
    r"\b(?:in|en|between|entre) " + _MONTHS_NAMED + r" (?:and|et) " + _MONTHS_NAMED + r"\b"
)
# The dead of a quarter or a half-year: "80 civilians were killed or wounded in the last
# quarter of 2024", "tués ou blessés au dernier trimestre 2024".
_TALLY_OVER_A_QUARTER: Final = re.compile(
    r"\b(?:killed|wounded|injured|died|dead|tues?|tuees?|blesses?|blessees?|morts?)\b[^.;]{0,80}?"
    r"\b(?:(?:in|during|over) the (?:first|second|third|fourth|final|last) (?:quarter|half) of|"
    r"(?:au|durant le|pendant le|sur le|au cours du) (?:premier|deuxieme|second|troisieme|"
    r"quatrieme|dernier) (?:trimestre|semestre))\b"
)
# What an army counts over a campaign: "47 members were killed, captured or surrendered",
# "neutralisés, capturés ou" (the results of operations, not one attack).
_TALLY_OF_OPERATIONS: Final = re.compile(
    r"\b(?:killed|tues?|neutralises?),? (?:captured|arrested|wounded|captures?|arretes?|"
    r"interpelles?),? (?:or|and|ou|et) (?:surrendered|arrested|captured|se sont rendus|rendus|"
    r"arretes?|captures?)\b"
)
# A month's toll singled out ("more than 100 people had been killed in attacks in April
# alone", "plus de 100 personnes ont été tuées au cours du seul mois d'avril", "en avril
# seulement"): a tally over the month, not one attack.
_TALLY_OF_A_MONTH_ALONE: Final = re.compile(
    r"\b(?:in|during) (?:the month of )?" + _MONTHS_NAMED + r"(?: (?:19|20)\d\d)? alone\b"
    r"|\b(?:au cours du|pour le|durant le|sur le|au|le) seul mois (?:de |d')"
    + _MONTHS_NAMED
    + r"\b|\ben "
    + _MONTHS_NAMED
    + r"(?: (?:19|20)\d\d)? seulement\b"
)
_ALONE_WORDS: Final = word_set(("alone", "seul mois", "seulement"))
# (0.30.0) The dead of a whole year, its killers the subject ("les forces de l'ordre de l'État
# de Rio ont tué plus de 700 personnes en 2024", "police killed more than 700 people in
# 2024"): a tally, unless the sentence tells one attack ("a suicide bombing killed 40
# soldiers in 2019").
_TALLY_OF_A_YEAR: Final = re.compile(
    r"\b(?:killed|ont tue|a tue|ont fait|a fait)\b[^.;]{0,40}?\b(?:people|civilians|persons|"
    r"personnes|civils|morts|victimes|victims)\b(?: [a-z']+){0,6}? (?:in|en|during|durant) "
    r"(?:19|20)\d\d\b(?! ?(?:,|et|and)? ?(?:in |en )?" + _MONTHS_NAMED + r")"
)
_YEAR_TALLY_WORDS: Final = word_set((" in 19", " in 20", " en 19", " en 20", "durant 20",
                                     "during 20"))  # fmt: skip
_ONE_ATTACK: Final = re.compile(
    r"\b(?:an?|the|one|un|une|l'|le|la|cet|cette|this) ?(?:attack|bombing|strike|airstrike|"
    r"explosion|blast|ambush|raid|assault|massacre|attaque|attentat|frappe|embuscade|"
    r"assaut|tuerie)\b"
)
_TALLY_WORDS: Final = word_set(
    ("have ", "has ", "had ", " ete ", " tue", " fait", " coute", " tire", " lance")
)
# The cheap tests before the three regexes above: every _TALLY_OVER_MONTHS and
# _TALLY_OVER_A_QUARTER match opens with a word of the toll (one of _TOLL_WORDS is in it), then
# holds " and "/" et " between two months or a quarter's word; every _TALLY_OF_OPERATIONS match
# holds one of _OPERATIONS_WORDS ("captured", "arrested", "wounded", "arrêtés", "interpellés").
_TOLL_WORDS: Final = word_set(
    ("killed", "wounded", "injured", "died", "dead", "tue", "blesse", "mort")
)
_MONTH_PAIR_WORDS: Final = word_set((" and ", " et "))
_MONTH_WORDS: Final = word_set(("january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december", "janvier",
                                "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                                "septembre", "octobre", "novembre", "decembre"))  # fmt: skip
_QUARTER_WORDS: Final = word_set(("quarter", "half", "trimestre", "semestre"))
_OPERATIONS_WORDS: Final = word_set(("captur", "arrest", "wounded", "arrete", "interpel"))
# Every _TALLY_SINCE match holds one of _SINCE_WORDS (its period: "since ", "the last ...
# days", "this year", "the same period", "depuis ", "ces derniers mois", "cette année", "la même
# période"), every _TALLY_OF_A_WAR match one of _WAR_WORDS (its war, fighting or clashes).
_SINCE_WORDS: Final = word_set(("since ", "the last ", "the past ", "this year", "same period",
                                "depuis ", " jours", " semaines", " mois", " annees", " ans",
                                "cette annee", "meme periode"))  # fmt: skip
_WAR_WORDS: Final = word_set(("fight", "conflict", "war", "violen", "insurg", "crisis", "unrest",
                              "clash", "feud", "offensive", "invasion", "guerre", "affrontement",
                              "combat", "conflit", "insurrection", "crise", "heurts", "rebellion",
                              "hostilities", "hostilites", "coup", "putsch", "takeover",
                              "uprising", "soulevement", "prise de pouvoir"))  # fmt: skip


def running_tally(folded: str, start: int, end: int, words: int) -> bool:
    """Whether the sentence counts the dead or wounded since a month, a year or the year's
    start, or over the last months ("23 people have been killed in X since January", "19
    soldiers have died in X in the last eight months", "the insurgency has killed more than
    6,000 people since 2017", "les violences ont fait 300 morts depuis janvier", "have killed
    250 militants this year", "over the same period", "in January and February", "in the last
    quarter of 2024", "since the infighting began"): a tally,
    neither an attack nor a passing reference. ``words``: the sentence's word mask
    (``SentenceFacts.words``)."""
    if words & _TOLL_WORDS and (
        (
            words & _MONTH_PAIR_WORDS
            and words & _MONTH_WORDS
            and _TALLY_OVER_MONTHS.search(folded, start, end) is not None
        )
        or (words & _QUARTER_WORDS and _TALLY_OVER_A_QUARTER.search(folded, start, end) is not None)
    ):
        return True
    if words & _OPERATIONS_WORDS and _TALLY_OF_OPERATIONS.search(folded, start, end) is not None:
        return True
    if (
        words & _TOLL_WORDS
        and words & _ALONE_WORDS
        and _TALLY_OF_A_MONTH_ALONE.search(folded, start, end) is not None
    ):
        return True
    if (
        words & _TOLL_WORDS
        and words & _YEAR_TALLY_WORDS
        and _TALLY_OF_A_YEAR.search(folded, start, end) is not None
        and _ONE_ATTACK.search(folded, start, end) is None
    ):
        return True
    if not words & _TALLY_WORDS:
        return False
    return bool(
        (words & _SINCE_WORDS and _TALLY_SINCE.search(folded, start, end) is not None)
        or (words & _WAR_WORDS and _TALLY_OF_A_WAR.search(folded, start, end) is not None)
    )


# Attacks told as a state of affairs, not as one attack: "attacks on soldiers and civilians
# have continued across the X and Y regions", "les attaques contre les civils se poursuivent"
# (the plural noun, then its verb of going on), and a year's worth of them: "the police lost
# 90 officers to militant attacks in 2023", "des attaques de militants en 2023".
_ONGOING: Final = re.compile(
    # (and fighting still going on: "des combats opposent toujours X et Y autour de Z",
    # "fighting between X and Y continues around Z")
    r"\b(?:attacks|strikes|airstrikes|raids|killings|attaques|frappes|bombardements|"
    r"tueries|massacres|combats|affrontements|fighting|clashes)\b[^.;:]{0,60}?\b(?:"
    r"(?:have|had) (?:continued|persisted|gone on)|"
    r"(?:continued|continue|continues|persist|persisted) (?:across|throughout|in|on|against|"
    r"unabated|despite|for|around|near|between)|se (?:sont )?poursuivi?(?:ent|es)?|"
    r"s'(?:etaient|etait|est) poursuivie?s?|ont (?:continue|persiste)|continuent|"
    r"opposent toujours|opposaient toujours|persistent)\b"
)
_YEAR_OF_ATTACKS: Final = re.compile(
    r"\b(?:attacks|strikes|raids|attaques|frappes)(?: (?:by|of|de|des|d') ?[a-z]+)? "
    r"(?:in|en|during|durant|over|au cours de) (?:(?:19|20)\d\d|this year|last year|"
    r"cette annee|l'an dernier|l'annee derniere|l'an passe)\b"
)
_DETERMINED: Final = re.compile(r"\b(?:the|these|those|les|ces)\s+(?:[a-z'-]+\s+)?$")
# Attacks kept up: "IS remnants continue to mount hit-and-run attacks", "continuent de mener
# des attaques"; and plural strikes since a month: "mènent depuis janvier des frappes contre des
# cibles houthies", "US strikes since March".
# A present perfect over recent weeks or months: "government forces and the Houthis have
# exchanged fire in X, Y and Z in recent weeks", "ont multiplié ces dernières semaines": what
# has gone on, not one attack.
_RECENTLY_GONE_ON: Final = re.compile(
    r"\b(?:have|has) (?:exchanged|traded|carried out|launched|mounted|fought|clashed)\b[^.;]{0,80}?"
    r"\b(?:in|over|during) (?:recent|the past|the last) (?:few )?(?:days|weeks|months)\b"
    # "which has attacked shipping and fired missiles at Israel since the start of the war"
    r"|\b(?:have|has) (?:attacked|fired|launched|carried out|targeted|struck|shelled)\b"
    r"[^.;]{0,80}?\bsince the (?:start|beginning|outbreak) of\b"
    r"|\b(?:ont|a) (?:attaque|tire|lance|mene|vise|frappe|bombarde)\b[^.;]{0,80}?"
    r"\bdepuis le (?:debut|declenchement) de\b"
    r"|\b(?:ont|a) (?:echange|mene|lance|multiplie)\b[^.;]{0,80}?\b(?:ces|au cours des) "
    r"(?:derniers jours|dernieres semaines|derniers mois)\b"
)
_KEPT_UP: Final = re.compile(
    r"\b(?:continues?|continued|continuing) to (?:mount|carry out|launch|stage|attack|target|"
    r"strike|shell|raid)\b|\bcontinu(?:e|ent|aient|ait) (?:de mener|de lancer|d'attaquer|"
    r"de cibler|de frapper|de bombarder|de pilonner)\b"
    # "its cells still carry out hit-and-run attacks", "mènent encore des attaques", "les
    # rebelles multiplient aussi depuis un an les attaques"
    r"|\bstill (?:carry out|conduct|launch|mount|stage)\b"
    r"|\bmen(?:ent|e|aient|ait) (?:encore|toujours) des (?:attaques|frappes|raids)\b"
    r"|\bmultipli(?:ent|e|aient|ait)\b[^.;]{0,40}?\b(?:les|des) (?:attaques|frappes|raids)\b"
)
_STRIKES_SINCE: Final = quick_compile(
    # (bombs planted since a month: "nine roadside bombs have been detonated or found along
    # roads in X and Y since January", "une dizaine d'engins explosifs depuis janvier")
    r"\b(?:bombs|ieds|explosive devices|engins explosifs|bombes|mines)\b[^.;]{0,90}?"
    r"\b(?:since|depuis) (?:early |late |mid |debut |fin |mi )?" + _MONTHS_NAMED + r"\b"
    r"|\b(?:strikes|airstrikes|attacks|raids|frappes|attaques|bombardements)\b[^.;]{0,50}?"
    r"\b(?:since|depuis) (?:early |late |mid |debut |fin |mi )?" + _MONTHS_NAMED + r"\b"
    r"|\b(?:since|depuis) (?:early |late |mid |debut |fin |mi )?"
    + _MONTHS_NAMED
    + r"\b[^.;]{0,50}?\b(?:strikes|airstrikes|attacks|raids|frappes|attaques|bombardements)\b"
)
# Every match of the regexes above holds one of _ONGOING_WORDS; and, regex by regex, one of
# _GOING_ON_WORDS (_ONGOING), _KEPT_UP_WORDS, _RECENT_WORDS (_RECENTLY_GONE_ON), "since"
# or "depuis" and a month (_STRIKES_SINCE), _YEAR_WORDS (_YEAR_OF_ATTACKS).
_GOING_ON_WORDS: Final = word_set(
    ("contin", "persist", "gone on", "poursuiv", "opposent toujours", "opposaient toujours")
)
_KEPT_UP_WORDS: Final = word_set(("contin", "still ", "encore", "toujours", "multipli"))
_RECENT_WORDS: Final = word_set(
    ("recent", "the past ", "the last ", "since the ", "depuis le ", "dernier")
)
_SINCE_MONTH_WORDS: Final = word_set(("since ", "depuis "))
_YEAR_WORDS: Final = word_set((" 19", " 20", "this year", "last year", "cette annee",
                               "l'an dernier", "l'annee derniere", "l'an passe"))  # fmt: skip
_ONGOING_WORDS: Final = word_set(("contin", "persist", "poursuiv", " gone on", " in 1", " in 2",
                                  " en 1", " en 2", "year", "annee", " l'an ", "since ", "depuis ",
                                  "still ", "encore", "toujours", "multipli", "recent", "dernier",
                                  "the past ", "the last "))  # fmt: skip


# Attacks spread over several divisions ("34 drones abattus dans six régions", "40 civilians
# killed in the three states of Kordofan", "across five oblasts"), and deaths or attacks a
# monitor documented ("the group has documented more than 300 civilian deaths in June", "a
# recensé 52 attaques"): totals, never one attack.
_NUMBER_WORD: Final = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|"
    r"sept|huit|neuf|dix|onze|douze|\d+)"
)
_SPREAD: Final = re.compile(
    r"\b(?:in|across|over|throughout|dans|sur|a travers)\s+(?:the\s+|les\s+|des\s+)?"
    + _NUMBER_WORD
    + r"\s+(?:regions|provinces|states|oblasts|districts|governorates|departments|counties|"
    r"prefectures|etats|gouvernorats|departements|prefectures|comtes|wilayas)\b"
)
# Attacks across a region and tolls in thousands: "coordinated attacks across Balochistan",
# "des attaques à travers le Baloutchistan", "blamed for the deaths of thousands of civilians",
# "des milliers de civils tués".
_ACROSS: Final = re.compile(
    r"\b(?:attacks|strikes|airstrikes|raids|attaques|frappes|bombardements)\b[^.;]{0,80}?"
    r"\b(?:across|throughout|a travers|dans tout|dans toute|partout)\b"
    # (but "attacks across the country", "à travers le pays": the country-wide night is told)
    r"(?! (?:the |le |tout le |l'ensemble du )?(?:country|pays|territoire|territory)\b)"
    # (0.24.0) thousands count dead, victims or attacks only when the clause says so, after
    # them ("thousands of civilians were killed", "des milliers de morts", "thousands of
    # drones") or by the verb before them ("has killed thousands", "la mort de milliers de
    # civils"): "cutting power to thousands", "des milliers de foyers privés d'électricité"
    # tell a consequence of one attack
    r"|\b(?:thousands|des milliers|des dizaines de milliers|des centaines de milliers)\b"
    # (but thousands who fled or protested are no toll: "forced thousands of residents to flee")
    r"(?![^.;]{0,40}\b(?:flee|fled|fleeing|displaced|displacing|deplace\w*|fuir|fui|fuient|"
    r"fuyant|exode|homeless|sans abri|protest\w*|manifest\w*|rallied)\b)"
    r"(?: of| de| d(?='))?(?: [\w'-]+){0,3}?[ '](?:killed|dead|died|lives|casualties|victims|"
    r"attacks|strikes|raids|drones|missiles|rockets|shells|bombs|morts|tues|tuees|victimes|deces|"
    r"attaques|frappes|roquettes|obus|bombes|vies)\b"
    r"|\b(?:kill(?:ed|ing|s)?|deaths? of|lives of|massacred|tue|tuant|tues|(?:la )?mort de|"
    r"la vie a) (?:more than |over |nearly |some |at least |plus de |pres de |des )?"
    r"(?:tens of |hundreds of |dizaines de |centaines de )?(?:thousands|milliers)\b"
)
_DOCUMENTED: Final = re.compile(
    r"\b(?:has|have|had) (?:documented|recorded|counted|registered|verified|tallied)\b[^.;]{0,50}?"
    r"\b(?:deaths|killings|casualties|attacks|incidents|dead)\b"
    r"|\b(?:recorded|documented|registered) (?:more than |at least |over |nearly |some )?"
    r"[\d,]+ (?:[a-z]+ )?(?:deaths|killings|attacks|incidents)\b"
    r"|\b(?:a|ont|avait|avaient) (?:documente|recense|enregistre|comptabilise|denombre)\b"
    r"[^.;]{0,50}?\b(?:morts|deces|victimes|attaques|incidents|tues)\b"
)
# One of _SPREAD_WORDS is in every _SPREAD match (its plural division), one of
# _DOCUMENTED_WORDS in every _DOCUMENTED match (its verb), one of _ACROSS_WORDS in every _ACROSS
# match: the cheap test before each.
_SPREAD_WORDS: Final = word_set(("regions", "provinces", "states", "oblasts", "districts",
                                 "governorates", "departments", "counties", "prefectures", "etats",
                                 "gouvernorats", "departements", "comtes", "wilayas"))  # fmt: skip
_DOCUMENTED_WORDS: Final = word_set(("documente", "recorded", "counted", "registered", "verified",
                                     "tallied", "recense", "enregistre", "comptabilise",
                                     "denombre"))  # fmt: skip
_ACROSS_WORDS: Final = word_set(
    ("across", "throughout", "a travers", "dans tout", "partout", "thousands", "milliers")
)


def spread_or_documented(folded: str, start: int, end: int, words: int) -> bool:
    """Whether the sentence spreads its attacks over several divisions or across a region,
    counts its dead in thousands, or cites a monitor's count (see ``_SPREAD``, ``_ACROSS`` and
    ``_DOCUMENTED``): an aggregate even on one stated day (``words``: the sentence's word
    mask)."""
    return bool(
        (words & _SPREAD_WORDS and _SPREAD.search(folded, start, end) is not None)
        or (words & _DOCUMENTED_WORDS and _DOCUMENTED.search(folded, start, end) is not None)
        or (words & _ACROSS_WORDS and _ACROSS.search(folded, start, end) is not None)
    )


def attacks_as_a_state(folded: str, start: int, end: int, words: int) -> bool:
    """Whether the sentence tells attacks as going on or as a year's worth ("attacks have
    continued across the region", "les attaques se poursuivent", "lost 90 officers to
    militant attacks in 2023"): a habit, not one attack. "The attacks in 2015" (determined)
    points back at attacks told, and stays (``words``: the sentence's word mask)."""
    if not words & _ONGOING_WORDS:
        return False
    if (
        (words & _GOING_ON_WORDS and _ONGOING.search(folded, start, end) is not None)
        or (words & _KEPT_UP_WORDS and _KEPT_UP.search(folded, start, end) is not None)
        or (words & _RECENT_WORDS and _RECENTLY_GONE_ON.search(folded, start, end) is not None)
        or (
            words & _SINCE_MONTH_WORDS
            and words & _MONTH_WORDS
            and _STRIKES_SINCE.search(folded, start, end) is not None
        )
    ):
        return True
    if not words & _YEAR_WORDS:
        return False
    for match in _YEAR_OF_ATTACKS.finditer(folded, start, end):
        before = folded[max(start, match.start() - 30) : match.start()]
        if _DETERMINED.search(before) is None:
            return True
    return False


def is_aggregate(
    folded: str,
    start: int,
    end: int,
    words: int,
    counts: Sequence[CountHit],
    cue: bool,
    one_day: bool = False,
    burst: bool = False,
) -> bool:
    """Whether the sentence counts many attacks (or part of a total) instead of telling one.

    ``one_day`` says the sentence dates its attacks to one day: then a small count (2 to 5)
    is a list of separate attacks, not a tally ("two drone attacks hit the base on Tuesday").
    ``burst`` says every aggregate cue of the sentence is one of ``BURST_CUES``; ``words`` is
    its word mask (``SentenceFacts.words``).
    """
    if running_tally(folded, start, end, words):
        return True
    if not one_day and attacks_as_a_state(folded, start, end, words):
        return True
    if spread_or_documented(folded, start, end, words):
        return True
    period: bool | None = None
    if cue:
        # "a series of attacks lasting several hours" on one stated day, with no period ("since
        # October", "this month"), tells that day's attacks: its places are events.
        if not (one_day and burst):
            return True
        period = _period(folded, start, end) is not None
        if period:
            return True
    if words & _PARTITIVE_WORDS:
        for partitive in _PARTITIVE.finditer(folded, start, end):
            if not _in_relative_clause(folded, start, end, partitive.start()):
                return True
    for hit in counts:
        if hit.unit != "attacks" or hit.separate:
            continue
        small = hit.quantity.best is not None and 2 <= hit.quantity.best <= 5
        at = hit.quantity.start
        if small and _DEFINITE_BEFORE.search(folded, max(start, at - 8), at) is not None:
            continue  # "a revendiqué les deux attaques": attacks told before, not a tally
        if one_day and small:
            if period is None:
                period = _period(folded, start, end) is not None
            if not period:
                continue
        figure = hit.quantity.best if hit.quantity.best is not None else hit.quantity.low
        if figure is not None and figure >= 2:
            return True
    return False


def separate_attacks(counts: Sequence[CountHit], one_day: bool = False) -> int:
    """N for "N separate attacks" or N attacks on one day (2 to 5), else 1."""
    for hit in counts:
        if hit.unit != "attacks" or not (hit.separate or one_day):
            continue
        if hit.quantity.best and 2 <= hit.quantity.best <= 5:
            return hit.quantity.best
    return 1


def period_of(
    folded: str, start: int, end: int, dates: Sequence[DateHit], published: date | None
) -> Period:
    """The period an aggregate sentence covers ("depuis le 17 octobre", "ce mois-ci")."""
    match = _period(folded, start, end)
    if match is None:
        return Period(None, None, None)
    text = match.group()
    inside = [hit for hit in dates if match.start() <= hit.start < match.end() + 3 and hit.value]
    first = inside[0].value if inside else None
    last = inside[-1].value if len(inside) > 1 else None
    period_start: date | None = first
    period_end: date | None = last or published
    if published is not None and first is None:
        if "mois" in text or "month" in text:
            period_start = published.replace(day=1)
        else:
            weeks = _WEEKS.search(text)
            if weeks is not None:
                number = {"deux": 2, "two": 2, "2": 2, "trois": 3, "three": 3, "3": 3}.get(
                    weeks.group(1), 4
                )
                period_start = published - timedelta(days=7 * number)
    return Period(period_start, period_end, text)
