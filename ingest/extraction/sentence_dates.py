"""Pass 3, the date of each sentence, of each place, and of the candidates that have none.

Reads a sentence's ``SentenceFacts`` (its date expressions, cue spans and context clauses) and
the folded text. Adds the sentence's date (``sentence_date``): the first date outside context
clauses that does not start a period ("depuis le 7 octobre") nor date what started one ("since
the start of the war in February 2022"), and does not date a statement
("a rapporté lundi", "a Sunday statement", a claim's own day, a dateline); failing that the
statement's date (``report_date``: the attack is bounded to that week); failing that a "the
same day" reference. ``bind_dates`` gives each place its own date when a sentence holds several
("on 19 and 22 November, and on 15 November at X"); ``consecutive_days`` reads "on Oct. 17 and
18" as one date. After the frames are built, ``inherit_dates`` dates the candidates whose
sentence has none: the last date written before, else the publication day or month.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from ingest.extraction.candidates import Candidate
from ingest.extraction.clauses import CLAUSE_JOINT, DEEDS_EN, DEEDS_FR, reported_clause
from ingest.extraction.dates import ISO_BASIS, DateHit
from ingest.extraction.facts import SentenceFacts, inside
from ingest.extraction.matching import PLACE
from ingest.extraction.places import PlaceHit
from ingest.extraction.quickscan import quick_compile
from ingest.extraction.wordregex import contains_any, word_set

_PERIOD_START: Final = re.compile(
    r"\b(?:depuis|since|from|entre|between|jusqu'au|jusqu'a|until|till|a partir du|starting)"
    r"(?: (?:le|la|the|mid|mi|early|late|debut|fin))?\s*$"
)
# "depuis le coup d'État de février 2021", "since the events of 7 October", "since the start
# of the war in February 2022": the date of what started a period, not of an attack told
# ("depuis l'attaque du 28 janvier" dates that attack: attack words are not listed).
_SINCE_EVENT: Final = re.compile(
    r"\b(?:depuis|since)\s+(?:le |la |l'|les |the |that |this )?(?:(?:[a-z]+) )?"
    r"(?:coup|putsch|debut|start|beginning|outbreak|declenchement|evenements?|events?|guerre|"
    r"war|offensive|invasion|prise|capture|chute|fall|elections?|independance|independence|"
    r"accords?|agreement|cessez le feu|ceasefire|treve|truce|conflit|conflict|crise|crisis|"
    r"revolution|uprising|soulevement|liberation|reprise|recapture|occupation|annexion|"
    r"annexation|takeover|retrait|withdrawal)\b[^,;:.]{0,35}$"
)
# "despite the ceasefire that took effect on November 27", "malgré le cessez-le-feu entré en
# vigueur le 27 novembre", "the truce signed on 5 May": the date of an agreement, not an attack.
_AGREEMENT_DATE: Final = quick_compile(
    r"\b(?:cessez le feu|ceasefire|cease fire|treve|truce|accord|agreement|deal|armistice)\b"
    r"(?: (?:that|which|qui))?(?: (?:has|had|was|a|avait|est|etait))?"
    r" (?:took effect|came into force|entered into force|went into effect|came into effect|"
    r"taking effect|signed|agreed|brokered|reached|declared|announced|entree? en vigueur|signee?|"
    r"conclue?|negociee?|annoncee?|decretee?)"
    r"(?: (?:on|in|le|la|en|du|depuis|since))?\s*$"
    # the noun first: "l'entrée en vigueur du cessez-le-feu, le 27 novembre", "the signing of
    # the deal on May 3"
    r"|\b(?:entree en vigueur|entry into force|signature|signing) (?:du|de la|de l'|of the|of) ?"
    r"(?:cessez le feu|ceasefire|cease fire|treve|truce|accord|agreement|deal|armistice),?"
    r"(?: (?:on|in|le|la|en|du))?\s*$"
)
_DATELINE_MARK: Final = re.compile(r"\s*[(\-\u2013\u2014]| {3}")  # (a folded " - " is three spaces)
# The town before a dateline's date: "Bukavu, 27 février 2025 -", "GOMA, Feb 27 -",
# "MAIDUGURI, Nigeria, March 18 (Reuters) -": the town may be followed by its country; (0.24.0)
# a wire's dateline may name two towns, "JOHANNESBURG/MAPUTO, March 29 (Reuters) -"; (0.25.0)
# and its state and country in brackets, as ANI writes it, "Kupwara (Jammu and Kashmir)
# [India], August 1 (ANI):".
_DATELINE_TOWN: Final = re.compile(
    r"(?:[a-z][a-z' -]{1,40}(?:/[a-z][a-z' -]{1,40})*(?:\s*\([^)]{1,30}\))?"
    r"(?:\s*\[[^\]]{1,30}\])?\s*,\s*){1,2}"
    r"(?:le\s+)?"
)
_PLACE_PREPOSITION: Final = re.compile(r"^\W*(?:at|a|in|en|on|sur|near|pres)\b")
# "a police report seen Thursday by AFP", "un document consulté jeudi par l'AFP", "a memo
# obtained on Monday": the day someone read a document, not the day of what it tells.
_DOCUMENT_READ: Final = re.compile(
    r"\b(?:seen|obtained|reviewed|consulte|consultee|consultes|consultees|obtenu|obtenue|"
    r"obtenus|obtenues)\s+(?:on |le |ce )?$"
)
# (0.18.0) A step of the courts or the police right before the date ("was ordered held on
# Sunday", "was charged on Monday", "a été placé en détention dimanche", "a été mis en examen
# lundi"): the day of that step, not of the attack the suspect is accused of.
_LEGAL_STEP: Final = re.compile(
    r"\b(?:arrested|detained|charged|ordered held|remanded(?: in custody)?|indicted|sentenced|"
    r"convicted|extradited|appeared in court|interpelle|interpellee?s?|inculpee?s?|"
    r"mise? en examen|place en detention|placee? en (?:garde a vue|detention)|ecrouee?s?|"
    r"condamnee?s?|deferee?s?|"
    # (0.18.0) a visit ("le président, qui s'est rendu mardi dans la province", "who visited
    # the province on Tuesday"): the visitor's day
    r"s'est rendue?|se sont rendue?s|visited(?: [a-z'-]+){0,3}?)\s+(?:on |le |ce )?$"
)
_LEGAL_STEP_BIT_WORDS: Final = ("arrest", "detain", "charged", "held", "remand", "indict",
                                "sentenc", "convict", "extradit", "court", "interpell", "inculp",
                                "examen", "detention", "garde a vue", "ecrou", "condamn",
                                "defere", "rendu", "visited")  # fmt: skip
_CLAIM_DATE_REACH: Final = 40  # characters from a claim verb to the date of the claim
_STATEMENT_WORDS: Final = frozenset(
    {"statement", "communique", "news", "press release",
     # (0.23.0) "the UN on Friday called for an investigation into the strike"
     "called for", "called on", "demanded", "urged"}
)  # fmt: skip
SAME_DAY_BASIS: Final = "same day as an earlier date in the text"
SAME_MONTH_BASIS: Final = "same month as an earlier date in the text"
INHERITED_BASIS: Final = "inherited from an earlier date in the text"
PUBLISHED_BASIS: Final = "published_at (no date in text)"
PUBLISHED_MONTH_BASIS: Final = "month of published_at (only the month is known)"
REPORT_SUFFIX: Final = " (date of the report)"


def sentence_date(folded: str, fact: SentenceFacts) -> tuple[DateHit | None, bool]:
    """The sentence's date and whether it dates a statement (a report date)."""
    if not fact.dates:
        return None, False
    live = [
        hit
        for hit in fact.dates
        if not inside(hit.start, fact.discounted)
        and hit.kind not in TOLD_BEFORE
        and (
            _possessive(folded, hit)  # "from Sunday's attack": no period starts
            or _PERIOD_START.search(folded, max(fact.sentence.start, hit.start - 16), hit.start)
            is None
            # (0.28.0) "still reeling from the Jan. 8 attack": the date names the attack
            or _dates_an_attack_word(folded, fact, hit)
        )
        and _SINCE_EVENT.search(folded, max(fact.sentence.start, hit.start - 60), hit.start) is None
        and _AGREEMENT_DATE.search(folded, max(fact.sentence.start, hit.start - 70), hit.start)
        is None
    ]
    event_dates = [
        h
        for h in live
        # (0.28.0) a date bound to an attack word dates that attack ("mourning the Jan. 8
        # attack"), whatever the sentence says around it
        if not is_report_date(folded, fact, h) or _dates_an_attack_word(folded, fact, h)
    ]
    attacks = [h for h in event_dates if not _death_date(folded, h)]
    if attacks:
        event_dates = attacks  # (a wounded man's death dates no attack: see _DIED_BEFORE)
    if event_dates:
        if len(event_dates) > 1:
            for hit in event_dates:
                if _dates_an_attack_word(folded, fact, hit):
                    return hit, False
            for hit in event_dates:
                if _dates_a_when_clause(folded, fact, hit):
                    return hit, False  # (0.31.0) "on May 3, 2023, when Russian shelling killed"
            for hit in event_dates:
                if _BEGAN.search(folded, max(fact.sentence.start, hit.start - 20), hit.start):
                    # (0.21.0) "ended on Saturday a siege that began the previous evening",
                    # "qui avait commencé la veille au soir": the day the attack began
                    return hit, False
            # "Deux jours plus tôt, jeudi, ...", "Two days earlier, on Thursday": the weekday
            # named is the day; the count from another date only leads to it
            if any(hit.kind == "relative" for hit in event_dates):
                for hit in event_dates:
                    if hit.kind == "weekday" and hit.value is not None:
                        return hit, False
        return event_dates[0], False
    if live:
        before = _the_day_before(folded, fact, live[0])
        if before is not None:
            return before, False
        return live[0], True
    same = [h for h in fact.dates if h.kind in TOLD_BEFORE]
    return (same[0] if same else None), False


# (0.31.0) A date right before a "when" clause that tells an attack ("saw one of its worst days
# on May 3, 2023, when Russian shelling killed 23 people", "le 3 mai 2023, lorsque des
# bombardements russes avaient fait 23 morts"): the attack's day, over the sentence's other
# dates ("retaken in November 2022").
_WHEN_AFTER: Final = re.compile(r",? (?:when|lorsque|lorsqu'|quand)\b")
_WHEN_REACH: Final = 100  # characters from "when" to the attack word of its clause


def _dates_a_when_clause(folded: str, fact: SentenceFacts, hit: DateHit) -> bool:
    """Whether a "when" clause that tells an attack follows the date."""
    when = _WHEN_AFTER.match(folded, hit.end)
    if when is None:
        return False
    return any(
        0 <= start - when.end() <= _WHEN_REACH for start, _ in fact.cue_spans.get("trigger", ())
    )


# The kinds of date that take their value from a date told before ("the same day", "le même
# mois").
TOLD_BEFORE: Final = ("same_day", "same_month")


# A beginning verb right before a date ("that began the previous evening", "qui avait commencé
# la veille"): the attack's first day, over the day it ended.
_BEGAN: Final = re.compile(
    r"\b(?:began|begun|started|commence|debute)(?: (?:on|in|at|le|dans|au cours de))?"
    r"(?: the| la| le)? ?$"
)


# A date bound to an attack word: "Sunday's attack", "the Sunday attack", "the attack on
# Sunday", "l'attaque de dimanche", "l'attentat du 8 septembre".
_DATE_THEN_NOUN: Final = re.compile(r"(?:'s)?\s+(?:[a-z-]+\s+)?")
_NOUN_THEN_DATE: Final = re.compile(r"\s+(?:de|du|d'|on|of)\s*(?:the\s+|le\s+)?")


def _possessive(folded: str, hit: DateHit) -> bool:
    """Whether the date is a possessive ("Sunday's", "last week's"; 0.21.0: with a part of the
    day, "Tuesday evening's", "Monday night's")."""
    return (
        folded.endswith("'s", hit.start, hit.end)
        or folded.startswith("'s", hit.end)
        or _PART_OF_DAY_POSSESSIVE.match(folded, hit.end) is not None
    )


_PART_OF_DAY_POSSESSIVE: Final = re.compile(r" (?:morning|afternoon|evening|night)'s\b")


def _dates_an_attack_word(folded: str, fact: SentenceFacts, hit: DateHit) -> bool:
    """Whether the date qualifies an attack word: "funerals were held on Tuesday for the
    victims of Sunday's attack", "des obsèques ont eu lieu mardi pour les victimes de
    l'attaque de dimanche" (the attack's day wins over the sentence's other dates)."""
    for start, end in fact.cue_spans.get("trigger", ()):
        if end <= hit.start and _NOUN_THEN_DATE.fullmatch(folded, end, hit.start) is not None:
            return True
        if hit.end <= start and (
            (_possessive(folded, hit) or folded.endswith("the ", 0, hit.start))
            and _DATE_THEN_NOUN.fullmatch(folded, hit.end, start) is not None
        ):
            return True
    return False


_ACCUSING: Final = ("accus", "blame")  # the accusation verbs among the attribution cues


def is_report_date(folded: str, fact: SentenceFacts, hit: DateHit) -> bool:
    """Whether a date dates a statement ("a rapporté lundi", "a Sunday statement", a page's
    "2023-10-17" stamp, a claim's own day, the day a document was read, a dateline)."""
    if hit.basis == ISO_BASIS:
        return True
    triggers = fact.cue_spans.get("trigger", [])
    # "ont accusé mardi l'armée d'avoir mené samedi des frappes": an accusation is a statement.
    accusations = [
        (start, end)
        for start, end in fact.cue_spans.get("attribution", ())
        if folded.startswith(_ACCUSING, start)
    ]
    for start, _ in accusations:
        if 0 <= start - hit.end <= 12:
            return True  # "the authorities on Tuesday accused the militia of ..."
    denials = fact.cue_spans.get("denial", [])
    for start, _ in denials:
        if 0 <= start - hit.end <= _DATE_NEXT_TO_VERB:
            return True  # (0.20.0) "on Saturday denied any role in the attack": the denial's day
    for start, end in [*fact.cue_spans.get("reporting", []), *accusations, *denials]:
        if (
            0 <= hit.start - end <= 25
            and not _possessive(folded, hit)  # "said Sunday's attack killed 12": the attack's
            and not any(end <= t < hit.start for t, _ in triggers)
            # "a annoncé mardi avoir mené dimanche des frappes": the first date dates the report
            and not any(end <= other.start < hit.start for other in fact.dates)
            and not reported_clause(folded, end, hit.start)
            and _AVOWED_DEED.search(folded, start, hit.start) is None
        ):
            return True
        if 0 <= start - hit.end <= 12 and folded[start:end] in _STATEMENT_WORDS:
            return True
        if 25 < hit.start - end <= 90 and _CHANNEL_GAP.fullmatch(folded, end, hit.start):
            return True  # (0.27.0) "said in a statement read on state television on Monday"
    if _DATE_THEN_AVOIR.match(folded, hit.end) is not None:
        return True  # (0.21.0) "la junte a reconnu mercredi avoir mené une frappe": the avowal's
    if _dates_the_claim(folded, fact, hit, triggers):
        return True
    if _dates_a_burial(folded, fact, hit, triggers):
        return True
    if _dates_an_aftermath(folded, fact, hit, triggers):
        return True
    if _dates_a_toll_revision(folded, fact, hit, triggers):
        return True
    if _DOCUMENT_READ.search(folded, max(fact.sentence.start, hit.start - 16), hit.start):
        return True
    low = max(fact.sentence.start, hit.start - 45)
    if contains_any(folded[low : hit.start], _LEGAL_STEP_BIT_WORDS) and _LEGAL_STEP.search(
        folded, low, hit.start
    ):
        return True  # "was ordered held on Sunday": the court's day
    return _is_dateline(folded, fact, hit)


def _is_dateline(folded: str, fact: SentenceFacts, hit: DateHit) -> bool:
    """Whether the date opens its paragraph as a wire's dateline, alone or after its town, a
    bracket or a dash after it ("Bukavu, 27 février 2025 -", "NIAMEY, March 22 (AFP) -")."""
    line_head = fact.sentence.line_start and (
        hit.start == fact.sentence.start
        or _DATELINE_TOWN.fullmatch(folded, fact.sentence.start, hit.start) is not None
    )
    return line_head and _DATELINE_MARK.match(folded, hit.end, hit.end + 3) is not None


def dateline_day(folded: str, facts: Sequence[SentenceFacts], published: date) -> date | None:
    """(0.27.0) The day of a wire dateline that opens a paragraph in the article's first
    sentences ("BEYROUTH, 25 juin 2023 (AFP) -", "NIAMEY, March 22, 2021 (AFP) -"), when it
    falls in the month the page gives as its date: the day the report was written, for an
    article whose page gives only its month."""
    for fact in facts[:_DATELINE_SENTENCES]:
        if fact.title:
            continue
        for hit in fact.dates:
            value = hit.value
            if (
                value is not None
                and hit.precision == "day"
                and (value.year, value.month) == (published.year, published.month)
                and _is_dateline(folded, fact, hit)
            ):
                return value
    return None


_DATELINE_SENTENCES: Final = 4  # (the title, page furniture, then the dateline's sentence)


# Burying and mourning the dead: what comes after the attack ("Residents were on Sunday still
# burying the dead from an overnight assault", "declared three days of mourning on Monday after
# a missile strike", "les habitants ont enterré samedi leurs morts après l'attaque").
_BURIAL: Final = re.compile(
    r"\b(?:buried|burying|bury|burial|burials|funerals?|mourners|mourned|mourning|"
    r"enterre\w*|inhum\w*|obseques|funerailles|deuil)\b"
)
BURIAL_WORDS: Final = word_set(("buri", "bury", "funeral", "mourn", "enterr", "inhum", "obseques",
                         "funerailles", "deuil"))  # fmt: skip


def _dates_a_burial(
    folded: str, fact: SentenceFacts, hit: DateHit, triggers: Sequence[tuple[int, int]]
) -> bool:
    """Whether the date is the day the dead were buried or mourned: the date right before or
    after a burial or mourning word, no attack word between them."""
    if not fact.words & BURIAL_WORDS:
        return False
    return _beside_a_word(folded, fact, hit, triggers, _BURIAL, _BURIAL_REACH)


_BURIAL_REACH: Final = 25  # characters between a burial or mourning word and its day


def _beside_a_word(
    folded: str,
    fact: SentenceFacts,
    hit: DateHit,
    triggers: Sequence[tuple[int, int]],
    words: re.Pattern[str],
    reach: int,
) -> bool:
    """Whether a match of ``words`` in the sentence stands within ``reach`` characters before
    or after the date, no attack word between them (a burial's day, an aftermath's day)."""
    for word in words.finditer(folded, fact.sentence.start, fact.sentence.end):
        low, high = (hit.end, word.start()) if hit.end <= word.start() else (word.end(), hit.start)
        if 0 <= high - low <= reach and not any(low <= t < high for t, _ in triggers):
            return True
    return False


# (0.24.0) The state a place or a people is left in after an attack ("Colombia was reeling
# Friday from two deadly attacks", "the town remained on edge on Sunday after", "la ville était
# sous le choc vendredi après l'attentat"): the day of the aftermath, not of the attack.
_AFTERMATH: Final = re.compile(
    r"\b(?:reeling|in shock|on edge|in a state of shock|on high alert|still tense|"
    r"sous le choc|en etat de choc|sous tension|en alerte maximale|meurtrie?s?|endeuillee?s?"
    # (0.31.0) the wounded still in hospital ("dozens remained in hospital on Tuesday", "15
    # étaient toujours hospitalisées mardi"), people still missing, a ship still taking on
    # water: the day of their state, not of the attack
    r"|(?:remained|remain|remains|still) (?:in (?:the )?hospital|hospitali[sz]ed|missing|"
    r"unaccounted for)|(?:was|were) (?:still )?taking on water"
    r"|(?:toujours|encore|restaient|restent|demeuraient|demeurent) (?:hospitalisee?s?|"
    r"a l'hopital|portee?s? disparue?s?|disparue?s?|introuvables?))\b"
)
_AFTERMATH_WORDS: Final = word_set(("reeling", "shock", "on edge", "alert", "tense", "choc",
                                    "tension", "meurtri", "endeuill", "hospital",
                                    "hopital", "missing", "unaccounted", "taking on water",
                                    "disparu", "introuvable"))  # fmt: skip


# (0.24.0) A day told as one after the attack, the sentence telling no attack before it: "the
# ship was still afloat on Monday afternoon, a day after it was struck in the Gulf of Aden",
# "le navire flottait toujours lundi, au lendemain de l'attaque" (the attack is the day before,
# told elsewhere; "the army struck on Monday, a day after militants attacked" keeps Monday).
_DAY_AFTER_ATTACK: Final = re.compile(
    r"\b(?:a|one|two|three|several|a few|\d+) (?:days?|hours?) after (?:it|they|she|he|the \w+|"
    r"\w+) (?:was|were|had been|came under) (?:struck|hit|attacked|targeted|shelled|bombed|"
    r"fired on|set ablaze)\b"
    r"|\b(?:a|one|two|three|several|a few|\d+) (?:days?|hours?) after the (?:attack|strike|"
    r"bombing|explosion|blast|ambush|raid|assault)\b"
    r"|\b(?:au lendemain|le lendemain|un jour apres|deux jours apres|trois jours apres|"
    r"quelques heures apres) (?:de l'attaque|de la frappe|de l'attentat|de l'explosion|"
    r"de l'embuscade|du raid|de l'assaut|(?:d')?avoir ete (?:touchee?s?|frappee?s?|"
    r"attaquee?s?|visee?s?))\b"
    # (0.30.0) the attack told in an active clause ("pressed on with an operation on
    # Wednesday, a day after the group blew up a section of track", "au lendemain d'une
    # attaque", "un jour après que des hommes armés ont attaqué")
    r"|\b(?:a|one|two|three|\d+) days? after (?:[a-z'-]+ ){1,4}?(?:attacked|stormed|blew up|"
    r"bombed|struck|ambushed|raided|shelled|hijacked|seized|killed|opened fire|set fire)\b"
    r"|\b(?:au lendemain|un jour apres|deux jours apres|trois jours apres) (?:d'une|d'un) "
    r"(?:attaque|frappe|attentat|explosion|embuscade|raid|assaut)\b"
    r"|\b(?:un|deux|trois) jours? apres qu(?:e |')(?:[a-z'-]+ ){1,4}?(?:ont|a|avaient|avait) "
    r"(?:attaque|pris d'assaut|fait sauter|bombarde|frappe|tue|ouvert le feu|incendie)\b"
)
# (0.30.0) How many days before the date told an attack told as "a day after", "deux jours
# après", "au lendemain de" was (hours, "several days" and "quelques heures" tell no day).
_DAYS_BEFORE: Final = {
    "a": 1, "one": 1, "two": 2, "three": 3, "au": 1, "le": 1, "un": 1, "deux": 2, "trois": 3
}  # fmt: skip
_DAY_AFTER_WORDS: Final = word_set(("after", "lendemain", "apres"))


def _dates_an_aftermath(
    folded: str, fact: SentenceFacts, hit: DateHit, triggers: Sequence[tuple[int, int]]
) -> bool:
    """Whether the date is the day of an attack's aftermath: right before or after a word of
    the state a place is left in (``_AFTERMATH``), no attack word between them; or before a
    day told as one after the attack (``_DAY_AFTER_ATTACK``), no attack word before that."""
    if fact.words & _DAY_AFTER_WORDS:
        after = _DAY_AFTER_ATTACK.search(folded, hit.end, fact.sentence.end)
        if after is not None and not any(t < after.start() for t, _ in triggers):
            return True
    if not fact.words & _AFTERMATH_WORDS:
        return False
    return _beside_a_word(folded, fact, hit, triggers, _AFTERMATH, _AFTERMATH_REACH)


_AFTERMATH_REACH: Final = 12  # characters between a word of an aftermath and its day


def _the_day_before(folded: str, fact: SentenceFacts, hit: DateHit) -> DateHit | None:
    """(0.30.0) The day of an attack told as one some days before the sentence's day ("the ship
    was still afloat on Monday, a day after it was struck": Sunday; "l'opération se poursuivait
    mercredi, au lendemain de l'attaque": Tuesday), no attack word before it; None when there
    is none or the count is no number of days ("a few hours after", "several days after")."""
    if hit.value is None or hit.precision != "day" or not fact.words & _DAY_AFTER_WORDS:
        return None
    after = _DAY_AFTER_ATTACK.search(folded, hit.end, fact.sentence.end)
    triggers = fact.cue_spans.get("trigger", [])
    if after is None or any(t < after.start() for t, _ in triggers):
        return None
    count = after.group(0).split(" ", 2)
    if count[1] not in {"day", "days", "jour", "jours", "lendemain"}:
        return None  # hours: the same day or the one before, which the text does not say
    days = _DAYS_BEFORE.get(count[0]) if not count[0].isdigit() else int(count[0])
    if days is None:
        return None
    return DateHit(
        after.start(),
        after.end(),
        hit.value - timedelta(days=days),
        "day",
        f"{days} day(s) before the date told ({hit.basis})",
        "relative",
    )


# (0.20.0) Revising a toll: what comes after the attack ("the government on Tuesday lowered the
# death toll from Sunday's attack to 35", "a ramené mardi à 35 morts le bilan de l'attaque qui a
# frappé dimanche", "le bilan s'est alourdi lundi"): the day of the revision is a report date.
# The verb must stand within a few words of the toll noun, before or after it.
# The revision verbs, active or in a participle, as they stand before or after the toll noun.
_REVISION_VERB: Final = (
    # (0.21.0) "a revu à la hausse, dimanche, le bilan", "revised upward on Sunday the toll"
    r"(?:revu|revise|corrige) a la (?:hausse|baisse)|revised (?:upwards?|downwards?|up|down)|"
    r"raised|lowered|revised|updated|increased|reduced|rose|climbed|jumped|ramene|porte|revu|"
    r"releve|rehausse|actualise|alourdi|corrige|"
    # (0.24.0) the participle of a toll brought to a new total: "pulled a body from the rubble
    # on March 3, raising the death toll to 12", "portant le bilan à 12 morts"
    r"raising|bringing|pushing|portant|alourdissant"
)
_TOLL_REVISION: Final = re.compile(
    rf"\b(?P<before>{_REVISION_VERB})\b"
    r"(?=(?:,? [\w']+){0,7}?,? (?:death toll|toll|tolls|bilan|bilans)\b)"
    rf"|\b(?:toll|bilan) (?:[\w']+ ){{0,2}}?(?P<after>{_REVISION_VERB})\b"
    # the toll as the subject, further back: "le bilan de l'attaque ... s'est alourdi mardi",
    # "the toll from the attack ... was revised on Tuesday"
    r"|\b(?P<passive>s'est (?:encore )?alourdi|s'est aggrave|est passe|"
    r"a ete (?:porte|ramene|revu|releve|revise|actualise|corrige)|"
    r"(?:was|has been|had been) (?:raised|revised|lowered|updated)|"
    r"rose|has risen|had risen|climbed|has climbed)\b"
)
_TOLL_REVISION_WORDS: Final = word_set(("toll", "bilan"))
# Characters between a verb and the date right before or after it ("lowered on Tuesday", "a
# ramené mardi", "on Saturday denied"): the date of a revision or a denial.
_DATE_NEXT_TO_VERB: Final = 4
# (0.27.0) The statement and its channel between a verb of saying and its day ("said in a
# statement read on state television on Monday", "a annoncé dans un communiqué lu à la
# télévision nationale lundi"): the day of the statement.
_CHANNEL_GAP: Final = re.compile(
    # (the speaker may follow a French verb: "a annoncé le porte-parole du gouvernement dans")
    r"(?: (?:le|la|les|l')[a-z' -]{0,50}?)? (?:in|dans) (?:a|an|un|une|its|their|son|sa|leur) "
    r"(?:[a-z]+ )?(?:statement|communique|"
    r"message|video|address|speech|declaration|post)"
    r"(?: (?:read|broadcast|aired|published|posted|released|lue?|diffusee?|publiee?)"
    r"(?: (?:out )?(?:on|at|over|a|sur) (?:the |la |l')?(?:[a-z-]+ ){0,2}?(?:television|radio|tv|"
    r"channel|telegram|website|media|antenne|chaine)(?: nationale| publique| d'etat)?)?)?"
    r"(?: (?:on|le|ce))? ?"
)
# (0.23.0) "a revu à la hausse, ce dimanche 6 juin, le bilan", "revised the toll upward this
# Sunday": a demonstrative before the revision's day.
_THIS_BEFORE_DATE: Final = re.compile(r",? (?:ce|cette|this) ")
# (0.23.0) The new figure between the verb and the day: "the death toll ... rose to 14 on
# Monday", "le bilan est passé à 14 morts lundi".
_NEW_FIGURE: Final = (
    r"(?:to|a) (?:at least |au moins |more than |plus de )?\d[\d,.]*"
    r"(?: (?:dead|killed|people|deaths|morts|tues|personnes|victims|victimes))?,? (?:on )?"
)
_NEW_FIGURE_BEFORE_DATE: Final = re.compile(" " + _NEW_FIGURE)
# ... and the next figure's day ("rose to 12 on Thursday evening and to 13 on Friday")
_AND_TO_NEW_FIGURE: Final = re.compile(r"\b(?:and|et|then|puis) " + _NEW_FIGURE + "$")
_TRIGGER_BEFORE_DATE: Final = 30  # "the toll of the attack on Saturday rose": the attack's date


def _dates_a_toll_revision(
    folded: str, fact: SentenceFacts, hit: DateHit, triggers: Sequence[tuple[int, int]]
) -> bool:
    """Whether the date is the day a toll was revised: right after the revision verb, or right
    before an active one ("the government on Monday lowered the toll") with no attack word just
    before the date; before a verb whose subject is the toll, the date is the toll's ("the toll
    of the strike on Jan. 14 has risen to 40")."""
    if not fact.words & _TOLL_REVISION_WORDS:
        return False
    if _AND_TO_NEW_FIGURE.search(folded, max(fact.sentence.start, hit.start - 40), hit.start):
        return True  # (0.23.0) "rose to 12 on Thursday evening and to 13 on Friday"
    for match in _TOLL_REVISION.finditer(folded, fact.sentence.start, fact.sentence.end):
        start, end = match.span(match.lastgroup or 0)
        if (
            0 <= hit.start - end <= _DATE_NEXT_TO_VERB
            or _THIS_BEFORE_DATE.fullmatch(folded, end, hit.start) is not None
            or _NEW_FIGURE_BEFORE_DATE.fullmatch(folded, end, hit.start) is not None
        ):
            low, high = end, hit.start
        elif match.lastgroup == "before" and 0 <= start - hit.end <= _DATE_NEXT_TO_VERB:
            if any(hit.start - _TRIGGER_BEFORE_DATE <= t_end <= hit.start for _, t_end in triggers):
                continue
            low, high = hit.end, start
        else:
            continue
        if not any(low <= t < high for t, _ in triggers):
            return True
    return False


# (0.21.0) A date between a French verb and its infinitive "avoir" ("a reconnu mercredi avoir
# mené", "affirme lundi soir d'avoir frappé") dates the verb (a statement), not the deed.
_DATE_THEN_AVOIR: Final = re.compile(r"(?: (?:matin|soir|apres-midi|midi|dernier))? (?:d')?avoir\b")
# (0.25.0) A claim that names its deed ("a annoncé avoir mené lundi une frappe", "said it had
# carried out on Monday a strike"): a date after the deed's verb is the deed's.
_AVOWED_DEED: Final = re.compile(
    r"\b(?:avoir|it|they)(?: had| has| have)? (?:\" ?)?"
    rf"(?:{DEEDS_FR}|abattu|neutralise|{DEEDS_EN})\b"
)
# "An attack on Wednesday claimed the lives of ten people": no claim of responsibility.
_CLAIMED_LIVES: Final = re.compile(r"claim\w* (?:the |their |many |more |\w+ )?li(?:fe|ves)\b")


def _dates_the_claim(
    folded: str, fact: SentenceFacts, hit: DateHit, triggers: Sequence[tuple[int, int]]
) -> bool:
    """ "a revendiqué, sur Telegram, mardi l'attentat de la veille", "claimed responsibility on
    Tuesday for Monday's bombing": the first date after a claim, before any attack word, dates
    the claim."""
    places = fact.families.get(PLACE, ())
    for start, end in fact.cue_spans.get("claim", []):
        if 0 <= start - hit.end <= _DATE_NEXT_TO_VERB and not _CLAIMED_LIVES.match(folded, start):
            # (0.21.0) "the group on Wednesday claimed responsibility for Tuesday's attack":
            # the day right before the claim verb is the claim's, as after it
            return True
        if (
            0 <= hit.start - end <= _CLAIM_DATE_REACH
            # (0.21.0) "claimed responsibility for Sunday's shooting": the attack's day
            and not _possessive(folded, hit)
            and not any(end <= t < hit.start for t, _ in triggers)
            and not any(end <= other.start < hit.start for other in fact.dates)
            and not reported_clause(folded, end, hit.start)
            and _AVOWED_DEED.search(folded, start, hit.start) is None
            # "claimed an attack on Mogadishu's Lido Beach on Aug. 2": the attack's place, then
            # its day
            and not any(end <= place.start < hit.start for place in places)
        ):
            return True
    return False


def one_day(fact: SentenceFacts) -> bool:
    """Whether the sentence dates its attack to one day (not a report date)."""
    return (
        fact.date is not None
        and fact.date.precision == "day"
        and not fact.report_date
        and fact.date.kind != "same_day"
    )


def same_day(hit: DateHit, context: DateHit | None) -> DateHit | None:
    """ "the same day", "le même jour": the day of the last date written before."""
    if context is None or context.value is None:
        return None
    return DateHit(hit.start, hit.end, context.value, "day", SAME_DAY_BASIS, "same_day")


def same_month(hit: DateHit, context: DateHit | None) -> DateHit | None:
    """(0.26.0) "in the same month", "le même mois": the month of the last date written."""
    if context is None or context.value is None:
        return None
    return DateHit(
        hit.start, hit.end, context.value.replace(day=1), "month", SAME_MONTH_BASIS, "same_month"
    )


def precision_of(hit: DateHit | None, fact: SentenceFacts) -> str | None:
    """A date's precision for a candidate: a report date's day bounds the attack to the week."""
    if hit is None:
        return None
    if fact.report_date and hit is fact.date and hit.precision == "day":
        return "week"
    return hit.precision


def basis_of(hit: DateHit | None, fact: SentenceFacts) -> str | None:
    """A date's basis for a candidate (a report date says so)."""
    if hit is None:
        return None
    if fact.report_date and hit is fact.date:
        return hit.basis + REPORT_SUFFIX
    return hit.basis


def consecutive_days(folded: str, fact: SentenceFacts, date_hit: DateHit | None) -> DateHit | None:
    """ "on Oct. 17 and 18": a run of consecutive days is one date, its first, ``week``; not
    the day a statement was made (0.23.0: "struck on Aug. 7, the minister said on Aug. 8")."""
    if date_hit is None or len(fact.dates) < 2:
        return date_hit  # a run needs two dates
    days = sorted(
        {
            h.value
            for h in fact.dates
            if h.kind == "explicit" and h.value is not None and not is_report_date(folded, fact, h)
        }
    )
    if len(days) < 2 or len(days) > 3:
        return date_hit
    if any((b - a).days != 1 for a, b in itertools.pairwise(days)):
        return date_hit
    return DateHit(
        date_hit.start, date_hit.end, days[0], "week", "range of consecutive days", "explicit"
    )


def bind_dates(
    folded: str, fact: SentenceFacts, hits: Sequence[PlaceHit]
) -> dict[int, list[DateHit]]:
    """Several event dates in one sentence: a date right before "at/à <place>" binds to it;
    the other dates go to the places left ("strikes on 19 and 22 November, and on 15 November
    at X"). Returns place start -> dates; empty when the sentence has one date."""
    if len(fact.dates) < 2:
        return {}
    events = [
        h
        for h in fact.dates
        if h.kind == "explicit" and h.value is not None and not inside(h.start, fact.discounted)
    ]
    # (0.18.0) a statement's date is no second event date: "the toll of the strike on Jan. 14
    # has risen to 40, authorities reported on Jan. 16", "ont annoncé les autorités le 16"
    stated = [h for h in events if not is_report_date(folded, fact, h)]
    if stated and len(stated) < len(events):
        events = stated
    attacks = [h for h in events if not _death_date(folded, h)]
    if attacks and len(attacks) < len(events):
        events = attacks  # "est mort le 11 août, deux mois après avoir été atteint ... le 7 juin"
    if len({h.value for h in events}) < 2:
        beside = _dates_beside_places(folded, fact, hits)
        if beside:
            return beside
        # (weekdays too: "Israël a frappé mardi soir X, et Y a été tué à Z dans la nuit de
        # mardi à mercredi")
        told = [
            h
            for h in fact.dates
            if h.value is not None
            and h.kind != "same_day"
            and not inside(h.start, fact.discounted)
            and not _death_date(folded, h)
        ]
        if len({h.value for h in told}) < 2:
            return {}
        return _dates_by_clause(folded, (fact.sentence.start, fact.sentence.end), hits, told)
    bound: dict[int, list[DateHit]] = {}
    free: list[DateHit] = []
    for hit in events:
        target = next(
            (
                p
                for p in hits
                if 0 <= p.start - hit.end <= 16
                and _PLACE_PREPOSITION.match(folded[hit.end : p.start])
            ),
            None,
        )
        if target is not None:
            bound.setdefault(target.start, []).append(hit)
        else:
            free.append(hit)
    left = [p for p in hits if p.start not in bound]
    if not left and free:
        left = list(hits[:1])
    by_clause = _dates_by_clause(folded, (fact.sentence.start, fact.sentence.end), left, free)
    for place in left:
        bound.setdefault(place.start, []).extend(by_clause.get(place.start, free))
    return bound


# The day a wounded person died ("est mort le 11 août", "died on Aug. 11", "a succombé à ses
# blessures le 9 mars", "died of his wounds on March 9"): no attack's date when the sentence
# dates the attack too.
_DIED_BEFORE: Final = re.compile(
    r"\b(?:(?:est|sont) (?:mort|morte|morts|mortes|decede|decedee|decedes|decedees)|"
    r"(?:a|ont) succombe|died|passed away|succumbed)"
    r"(?: (?:a|of|to) (?:ses|leurs|his|her|their) (?:blessures|wounds|injuries))?"
    r",? (?:on |le |ce |in |en )?$"
)


def _death_date(folded: str, hit: DateHit) -> bool:
    """Whether the date tells when someone died (see ``_DIED_BEFORE``)."""
    return _DIED_BEFORE.search(folded, max(0, hit.start - 50), hit.start) is not None


def _dates_by_clause(
    folded: str,
    bounds: tuple[int, int],
    places: Sequence[PlaceHit],
    dates: Sequence[DateHit],
) -> dict[int, list[DateHit]]:
    """Places and dates in coordinated clauses, each clause with its own ("Rockets hit X on
    3 January, and drones struck Y on 8 January", "une frappe a visé X le 3 janvier, et l'Iran
    a riposté le 8 janvier sur Y"): each place gets the dates of its own clause. Nothing
    unless the places stand in two clauses or more, every clause with a place has a date, and
    every date stands in a clause with a place."""
    if len(places) < 2 or len(dates) < 2:
        return {}
    start, end = bounds
    joints = [m.start() for m in CLAUSE_JOINT.finditer(folded, start, end)]
    if not joints:
        return {}
    place_clause = {p.start: bisect.bisect(joints, p.start) for p in places}
    date_clause = [(bisect.bisect(joints, d.start), d) for d in dates]
    clauses = set(place_clause.values())
    if len(clauses) < 2 or clauses != {number for number, _ in date_clause}:
        return {}
    return {
        place: [d for number, d in date_clause if number == clause]
        for place, clause in place_clause.items()
    }


# What may stand between a place and the date right after it ("sur Moscou mardi", "in Kidal on
# Monday"), and between a date and the place after it ("la semaine passée dans la région de").
_AFTER_PLACE: Final = re.compile(r"^,? ?(?:on |le |ce )?$")
_BEFORE_PLACE: Final = re.compile(
    r"^ (?:dans|in|a|au|en|sur|at|near|pres de)(?: la| le| l'| the)?"
    r"(?: region| province| ville| town| city)?(?: de| d'| of)? ?$"
)


def _dates_beside_places(
    folded: str, fact: SentenceFacts, hits: Sequence[PlaceHit]
) -> dict[int, list[DateHit]]:
    """Two places each told with its own date ("une incursion la semaine passée dans la région
    de Belgorod et une attaque de drone sur Moscou mardi"): the date right after a place, else
    right before it, binds to it; nothing unless every place gets one and they differ."""
    dates = [d for d in fact.dates if d.value is not None and not inside(d.start, fact.discounted)]
    if len(hits) < 2 or len({d.value for d in dates}) < 2:
        return {}
    bound: dict[int, list[DateHit]] = {}
    for hit in hits:
        after = next(
            (
                d
                for d in dates
                if 0 <= d.start - hit.end <= 6 and _AFTER_PLACE.match(folded[hit.end : d.start])
            ),
            None,
        )
        before = next(
            (
                d
                for d in dates
                if 0 <= hit.start - d.end <= 30 and _BEFORE_PLACE.match(folded[d.end : hit.start])
            ),
            None,
        )
        chosen = after or before
        if chosen is None:
            return {}
        bound[hit.start] = [chosen]
    if len({b[0].value for b in bound.values()}) < 2:
        return {}
    return bound


_HISTORY: Final = timedelta(days=31)
_HALF_MONTH: Final = timedelta(days=15)  # from the middle of a month, where a month-only anchor is


def inherit_dates(
    candidates: Sequence[Candidate],
    facts: Sequence[SentenceFacts],
    anchor: tuple[date, str, str] | None,
) -> None:
    """Date the candidates whose sentence has none (or one that cannot be resolved, a weekday
    when only the month of publication is known): the last date written before (``week``),
    not one in a passing reference nor one more than a month before publication, else the
    publication day (``week``) or month (``month``); a background mention keeps no date."""
    # A date more than a month before publication is history told in passing ("the war was
    # triggered by the October 7, 2023 attack"): later undated sentences do not inherit it.
    # Only the month known, the anchor is its middle: a month before the month's start.
    oldest = None
    if anchor is not None:
        oldest = anchor[0] - _HISTORY - (_HALF_MONTH if anchor[1] == "month" else timedelta(0))
    dated: list[tuple[int, DateHit]] = [
        (i, f.date)
        for i, f in enumerate(facts)
        if f.usable
        and not f.title
        and f.date is not None
        and f.date.value is not None
        and not f.cue_spans.get("background")  # a passing reference's date is its own
        and (oldest is None or f.date.value >= oldest)
    ]
    indexes = [i for i, _ in dated]
    for candidate in candidates:
        if candidate.own_date and candidate.date is not None:
            continue
        if candidate.background:
            candidate.date, candidate.precision, candidate.basis = None, None, None
            continue
        position = bisect.bisect_left(indexes, candidate.sentence) - 1
        if position >= 0 and not candidate.title:
            candidate.date = dated[position][1].value
            candidate.precision = (
                "week" if dated[position][1].precision == "day" else dated[position][1].precision
            )
            candidate.basis = INHERITED_BASIS
        elif anchor is not None:
            candidate.date, candidate.precision, candidate.basis = anchor
        else:
            candidate.date, candidate.precision, candidate.basis = None, None, None
        candidate.own_date = False
