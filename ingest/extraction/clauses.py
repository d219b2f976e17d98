"""Pass 2, clauses: which parts of a sentence tell an attack of its own.

Reads a sentence's ``SentenceFacts`` (its cue spans and dates) and the folded text. Adds:

- the attack words a mask governs dropped ("heart attack": ``unmasked_triggers``);
- the context clauses ("en réaction aux ...", "since the war began ...", up to the next comma,
  or past a date right after it): ``context_clauses``; what they tell is background, read by
  ``background.py``, and the main clause ignores their places, actors, dates and attack words;
- a relative clause that describes a context clause's attack (", which killed three soldiers",
  ", qui a tué trois soldats"): ``with_relative``;
- a reported clause, what a statement says ("said that the gunmen, on Tuesday, stormed"):
  ``reported_clause``, so a date in it dates the attack, not the statement;
- the main clause's reading (``MainClause``): a claim (unless negated), an attribution, the
  live attack words (not governed by a threat, plan or hypothesis), a denial, a casualty word
  alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from ingest.extraction.facts import SentenceFacts, Span
from ingest.extraction.matching import ACTOR, WEAPON, Match
from ingest.extraction.wordregex import WordRegex, contains_any, word_set

_CLAUSE_STOP: Final = re.compile(r"[.;:]")
# Where a sentence joins two clauses, each of which may tell its own attack: ", and", ", but",
# ", while", ", then", "; ", ", et", ", mais", ", puis", ", tandis que", ", alors que".
CLAUSE_JOINT: Final = re.compile(
    r"(?:, (?:and|but|while|then|et|mais|puis|tandis que|alors que)\b|;) "
)
_RELATIVE_AFTER: Final = re.compile(r",\s*(?:which|that|who|qui|lequel|laquelle|when|lorsque|ou)\b")
# Words that open what a statement says ("said the gunmen, on Tuesday, stormed", "a indiqué
# que les assaillants, lundi,"): a date after them dates what is told, not the telling.
# "a indiqué avoir mené dimanche une frappe": the infinitive opens the act told too.
_REPORTED_CLAUSE_WORDS: Final[frozenset[str]] = frozenset({"that", "que", "qu", "the", "avoir"})
_NEGATION_BEFORE: Final = re.compile(
    r"\b(?:n'|ne |not |no |aucune? |nobody|no one|personne |never |jamais |yet to |pas "
    # (0.24.0) "Neither group has claimed responsibility", "none of the groups has claimed"
    r"|neither |none |nor )"
)
_NEGATION_AFTER: Final = re.compile(r"^\s*(?:pas|not|yet|personne|jamais)\b")


class MainClause:
    """How the main clause of a sentence tells an attack (read-only by convention: a plain
    class, because mypyc builds it natively where a dataclass goes through the interpreter,
    and every sentence with a cue makes one)."""

    __slots__ = ("attributed", "casualty_only", "claim", "denial", "live")

    def __init__(
        self, claim: bool, attributed: bool, live: list[Span], denial: bool, casualty_only: bool
    ) -> None:
        self.claim = claim  # a claim of responsibility nobody negates
        self.attributed = attributed  # an attribution cue ("blamed on", "attribuée à")
        self.live = live  # attack words outside context clauses, not threats or plans
        self.denial = denial
        self.casualty_only = casualty_only  # a casualty word alone: only fills a neighbour


def unmasked_triggers(spans: Mapping[str, Sequence[Span]]) -> list[Span]:
    """The attack words no mask overlaps ("crise cardiaque" masks "attaque cardiaque")."""
    masks = spans.get("mask", [])
    return [t for t in spans["trigger"] if not any(t[0] < e and s < t[1] for s, e in masks)]


# What a weapon or a base is for, told in the present ("the bombers it uses to fire missiles at
# Kyiv", "an airfield Russia uses to launch drones", "les bombardiers qu'elle utilise pour tirer
# des missiles sur Kiev", "la base qui sert à lancer des drones"): a habit or a purpose, no
# attack of its own. Read on the text as written, since "utilisé pour frapper" (a past
# participle, often one attack) folds like the present "utilise".
_USE_FOR_ATTACKS: Final = re.compile(
    r"\b(?:uses?(?: them| it)? to|utilisen?t? pour|sert à|servent à) (?:fire|launch|strike|"
    r"attack|bomb|shell|hit|target|pound|tirer|lancer|frapper|attaquer|bombarder|pilonner|"
    r"viser|cibler)\b",
    re.IGNORECASE,
)
USE_WORDS: Final = word_set(
    ("use ", "uses ", "utilise pour", "utilisent pour", "sert a", "servent a")
)


def uses_for_attacks(text: str, fact: SentenceFacts) -> list[Span]:
    """The clauses that tell what a weapon or a base is for (``_USE_FOR_ATTACKS``), each up to
    the next comma or the end of the sentence: masks, so that their attack words, weapons and
    places tell no attack."""
    start, end = fact.sentence.start, fact.sentence.end
    found: list[Span] = []
    for match in _USE_FOR_ATTACKS.finditer(text, start, end):
        comma = text.find(",", match.end(), end)
        found.append((match.start(), comma if comma != -1 else end))
    return found


# Verbs that tell an attack only of what was fired ("rockets landed near the base", "two fell in
# an open area", "un obus est tombé sur X"); of people, aircraft or towns they tell an arrival
# or a fall ("Kenyan police officers landed in Haiti's capital", "the town fell").
_FALLS: Final[frozenset[str]] = frozenset(
    {"landed", "fell", "tombe", "tombee", "tombees", "tombes"}
)
FALL_WORDS: Final = word_set(("landed", "fell", "tombe"))
# What falls besides the weapons of the lexicon: what is left of them.
_FALLEN: Final = ("debris", "fragment", "shrapnel", "eclats", "munition", "projectile")


def fallen_munitions(folded: str, fact: SentenceFacts, before: SentenceFacts | None) -> list[Span]:
    """The sentence's attack words, less a "landed", "fell" or "tombé" that no weapon named
    before it in the sentence, nor in the sentence before ("Hezbollah fired rockets. Two fell
    near X"), nor a word for debris makes the fall of a munition."""
    triggers = fact.cue_spans["trigger"]
    start = fact.sentence.start
    if before is not None and before.families.get(WEAPON):
        return triggers
    weapons = fact.families.get(WEAPON, ())
    return [
        (low, high)
        for low, high in triggers
        if folded[low:high] not in _FALLS
        or any(
            weapon.start < low and not _carries_people(folded, weapon.start, low)
            for weapon in weapons
        )
        or contains_any(folded[start:low], _FALLEN)
    ]


# (0.20.0) An aircraft that carries people lands, it does not fall: "a chartered aircraft
# carrying about 400 officers landed at X", "un avion transportant des policiers a atterri".
_CARRIER: Final = re.compile(
    r"\b(?:carrying|transporting|ferrying|transportant|chartered|charter|passenger|airliner|"
    r"affrete|de ligne|on board|a son bord|a bord)\b"
)
_CARRIER_REACH: Final = 20  # characters before the aircraft's name ("a chartered aircraft")


def _carries_people(folded: str, weapon_start: int, fall: int) -> bool:
    """Whether the weapon named before a fall is an aircraft told as carrying people."""
    return _CARRIER.search(folded, max(0, weapon_start - _CARRIER_REACH), fall) is not None


# A natural hazard that strikes or hits ("a magnitude 7.4 earthquake struck off X", "un séisme
# de magnitude 7,4 qui a frappé au large de X", "the typhoon hit the coast"): the verb is
# masked, no attack.
_HAZARD_STRIKES: Final = re.compile(
    r"\b(?:(?:earthquake|quake|tremor|typhoon|cyclone|hurricane|floods?|seisme|tremblement "
    r"de terre|typhon|ouragan|inondations?)\b|(?:storm|tempete)\b(?! of | de | d'))"
    r"[^.;:]{0,40}?\b(struck|hit|strikes|hits|"
    r"a frappe|ont frappe|a touche|ont touche|a secoue|frappe|touche)\b"
)
HAZARD_WORDS: Final = word_set(
    ("quake", "tremor", "typhoon", "cyclone", "hurricane", "storm", "flood", "seisme",
     "tremblement de terre", "typhon", "ouragan", "tempete", "inondation")
)  # fmt: skip


# The attacker shot by the police ("l'homme soupçonné d'avoir tué deux supporteurs, lundi soir
# à Bruxelles, a été abattu mardi matin par la police dans un café de Schaerbeek", "the gunman
# was shot dead by police"): the end of an attack told, no attack of its own.
_SUSPECT_SHOT: Final = re.compile(
    r"\b(?:suspect(?:ed)?|assaillant|assailant|attacker|gunman|tireur|terroriste|terrorist|auteur "
    r"presume|l'homme soupconne)\b[^.;]{0,100}?\b((?:a ete|avait ete|was|had been|has been)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:abattu|tue|neutralise|shot dead|shot and killed|killed|shot)\b"
    r"[^.;:]{0,40}?\b(?:par la police|par les forces|par des policiers|par les policiers|par "
    r"les gendarmes|par l'armee|by police|by the police|by security forces|by officers|by "
    r"troops)\b[^,.;:]*)"
)
SUSPECT_WORDS: Final = word_set(
    ("suspect", "assaillant", "assailant", "attacker", "gunman", "tireur", "terroris",
     "auteur presume", "soupconne")
)  # fmt: skip


def suspects_shot(folded: str, fact: SentenceFacts) -> list[Span]:
    """From the verb by which the police shot the attacker to the end of its clause
    (``_SUSPECT_SHOT``): masks, over where it happened too."""
    return [
        (match.start(1), match.end(1))
        for match in _SUSPECT_SHOT.finditer(folded, fact.sentence.start, fact.sentence.end)
    ]


def natural_hazards(folded: str, fact: SentenceFacts) -> list[Span]:
    """From the verb by which a natural hazard strikes (``_HAZARD_STRIKES``) to the end of the
    sentence (or a semicolon): masks, over the places it struck too ("struck off Hinatuan, in
    Surigao del Sur")."""
    end = fact.sentence.end
    found: list[Span] = []
    for match in _HAZARD_STRIKES.finditer(folded, fact.sentence.start, end):
        semicolon = folded.find(";", match.end(1), end)
        found.append((match.start(1), semicolon if semicolon != -1 else end))
    return found


# A relative clause right after an actor (", qui ont pris le contrôle de Kaboul le 15 août,",
# ", which controls much of southern Somalia,"): what the actor is or did, told up to the next
# comma.
_ACTOR_RELATIVE: Final = re.compile(r",\s*(?:qui|who|which)\s")
RELATIVE_WORDS: Final = word_set((", qui ", ", who ", ", which "))


def actor_descriptions(folded: str, fact: SentenceFacts) -> list[Span]:
    """The relative clauses that describe an actor and tell no attack (no attack, casualty or
    claim word in them): masks, so that their places and dates are not the sentence's attack's
    ("Les talibans, qui ont pris le contrôle de Kaboul le 15 août, ont condamné l'attentat")."""
    end = fact.sentence.end
    spans = fact.cue_spans
    told = [start for kind in ("trigger", "casualty", "claim") for start, _ in spans.get(kind, ())]
    found: list[Span] = []
    for actor in fact.families.get(ACTOR, ()):
        relative = _ACTOR_RELATIVE.match(folded, actor.end, end)
        if relative is None:
            continue
        comma = folded.find(",", relative.end(), end)
        if comma == -1:
            continue  # (a clause to the end of the sentence is the sentence's own)
        if not any(relative.end() <= start < comma for start in told):
            found.append((relative.start(), comma))
    return found


# French "depuis" before a month that a "lorsque" clause tells ("la plus meurtrière depuis mars
# 2020, lorsque 98 soldats avaient été tués"): a context clause as English "since" opens one, so
# that the places of the ranking before it ("contre un lieu de culte à Mindanao") are not that
# attack's. "depuis janvier" alone starts a period ("mène depuis janvier des frappes").
_DEPUIS_MONTH_WHEN: Final = re.compile(
    r"\bdepuis (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)(?: (?:19|20)\d\d)?(?= ?,? (?:lorsque|lorsqu'|quand)\b)"
)
SINCE_WHEN_WORDS: Final = word_set(("lorsqu", "quand"))


def since_when_openers(folded: str, fact: SentenceFacts) -> list[Span]:
    """The spans of "depuis <mois> [année]" that a "lorsque"/"quand" clause follows
    (``_DEPUIS_MONTH_WHEN``): context cues, as "since" is."""
    return [
        (m.start(), m.end())
        for m in _DEPUIS_MONTH_WHEN.finditer(folded, fact.sentence.start, fact.sentence.end)
    ]


# (0.22.0) A statement of having attacked, its verb and its infinitive split by an aside of
# when or where ("La junte a reconnu, mardi dans la soirée, avoir mené une frappe", "l'armée a
# affirmé, dans un communiqué, avoir frappé"): a claim, as "a reconnu avoir" is.
# (0.25.0) The aside may stand without commas when it is a day or the channel of the statement
# ("AFRICOM a annoncé mercredi avoir mené une frappe", "l'armée a affirmé dans un communiqué
# avoir « neutralisé » des combattants"; "the command said on Wednesday it had carried out a
# strike", "the army said in a statement that it had struck"), and the infinitive may be quoted.
_DAY_WORD: Final = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|today|tonight)"
)
_FR_ASIDE: Final = (
    rf"(?:{_DAY_WORD}(?: (?:soir|matin|apres-midi|dans la soiree|dans la matinee))?"
    r"|dans (?:un|son|leur) (?:bref )?communique(?: de presse)?"
    r"|sur (?:son|sa|ses|leur|les) [^,.;:]{2,30}?)"
)
_EN_ASIDE: Final = (
    rf"(?:(?:on |late |early |late on |early on )?{_DAY_WORD}(?: (?:night|evening|morning))?"
    r"|in a (?:brief |short |written )?(?:statement|communique|post|video|message)"
    r"(?: (?:on|posted on) [^,.;:]{2,30}?)?"
    r"|on (?:its |their )?(?:telegram|x|social media|website)(?: channel| account)?)"
)
# The deeds a side says it did, in French (the participle after "avoir") and in English.
DEEDS_FR: Final = r"mene|lance|frappe|bombarde|vise|cible|attaque|tire|tue|pilonne|detruit"
DEEDS_EN: Final = (
    r"carried out|conducted|struck|targeted|launched|fired|attacked|shelled|bombed|killed|hit|"
    # (0.27.0) a group telling how it took a post ("said in a statement that it had overrun an
    # army post", "that it had taken control of a military position")
    r"overran|overrun|stormed|ambushed|raided|(?:taken|took) control of (?:an? |the |two |three "
    r"|several )?(?:military |army )?(?:positions?|posts?|bases?|camps?|barracks)"
)
_AVOWAL_ACROSS_AN_ASIDE: Final = re.compile(
    r"\b(?:a|ont|avait|avaient) (?:reconnu|affirme|declare|annonce|assure|admis|dit), "
    rf"[^,.;:]{{2,50}}, avoir (?:{DEEDS_FR}|abattu)\b"
    # ("avoir abattu 21 drones" shot down what attacked, so not after an aside without commas)
    # ("l'armée a de son côté affirmé avoir mené", "a pour sa part annoncé avoir frappé")
    r"|\b(?:a|ont|avait|avaient) (?:de (?:son|leur) cote |pour (?:sa|leur) part |egalement "
    r"|aussi |quant a (?:elle|lui|eux) )?(?:reconnu|affirme|declare|annonce|assure|admis|dit)"
    rf"(?: {_FR_ASIDE}){{0,2}} avoir (?:\" ?)?(?:{DEEDS_FR}|neutralise)\b"
    r"|\b(?:said|says|announced|confirmed|stated|claimed)"
    rf"(?: {_EN_ASIDE}){{1,2}},? (?:that )?(?:it|they) (?:had |has |have )?(?:\" ?)?"
    rf"(?:{DEEDS_EN}|neutralized|neutralised)\b"
)
# One of these is in every _AVOWAL_ACROSS_AN_ASIDE match (the French "avoir", the English verb
# of saying): the cheap test before it.
AVOWAL_WORDS: Final = word_set(
    ("avoir", "said", "says", "announced", "confirmed", "stated", "claimed")
)


def avowals_across_an_aside(folded: str, fact: SentenceFacts) -> list[Span]:
    """The spans of the statements of having attacked split by an aside
    (``_AVOWAL_ACROSS_AN_ASIDE``): claim cues."""
    return [
        (m.start(), m.end())
        for m in _AVOWAL_ACROSS_AN_ASIDE.finditer(folded, fact.sentence.start, fact.sentence.end)
    ]


def context_clauses(folded: str, fact: SentenceFacts) -> list[Span]:
    """The spans of the sentence's context clauses: from a context cue to the next comma, or
    past a date right after it ("depuis le début de la guerre, le 7 octobre": same clause)."""
    found: list[Span] = []
    end = fact.sentence.end
    for cue_start, cue_end in fact.cue_spans.get("context", []):
        # (0.32.0) with the count of days its cue ends ("on Monday, two days after X": the
        # clause is "two days after X", its date X's, not the sentence's)
        start = next((h.start for h in fact.dates if h.start < cue_start < h.end), cue_start)
        if _OWN_PAST.match(folded, cue_end) is not None:
            continue  # "deux mois après avoir été blessé": the subject's own past, no context
        if folded.endswith(_A_DAY_AFTER, cue_start, cue_end) and not _an_attack_apposed(
            folded, fact, cue_start, cue_end
        ):
            continue  # (0.32.0) "It came a day after ...", "pressed on on Wednesday with an
            # operation, a day after militants attacked the train" tell that attack whole
        if folded.startswith(_REMEMBRANCE, start):
            # "marked the 10th anniversary of the Jan. 25, 2015 clash in X, Y, in which 44
            # were killed": all that follows is the attack remembered ("a concert marking the
            # anniversary of the Kachin Independence Organisation" remembers no attack)
            if any(
                0 < t - cue_end <= 40 and _NO_CLAUSE_BREAK.fullmatch(folded, cue_end, t)
                for t, _ in fact.cue_spans.get("trigger", ())
            ):
                found.append((start, end))
            continue
        if _THAT_CLAUSE.match(folded, cue_end) is not None:
            # (0.28.0) "quelques jours après que l'armée a revendiqué, le 3 mai, un bombardement
            # de X": a clause with its own subject and verb runs to the sentence's end
            found.append((start, _clause_end(folded, cue_end, end)))
            continue
        comma = folded.find(",", cue_end, end)
        for hit in fact.dates:
            if hit.start < comma < hit.end and folded[comma + 1 : comma + 3].strip()[:1].isdigit():
                comma = folded.find(",", hit.end, end)  # "since Jan. 25, 2015": the year's comma
        apposed = (
            (
                _AREA_APPOSED.match(folded, comma, end)
                or _TOWN_BEFORE_WHERE.match(folded, comma, end)
            )
            if comma != -1
            else None
        )
        if apposed is not None:
            comma = apposed.end()  # "trois jours après celle de vendredi à Arras, dans le nord
            # de la France, où ...": the area situates the clause's place
        stop = comma if comma != -1 else end
        for hit in fact.dates:
            if stop < hit.start <= stop + 5:
                stop = hit.end
        if _ELABORATED.match(folded, stop, end) is not None:
            stop = end  # (0.28.0) "... celle de X, en février 2019 : un attentat-suicide avait
            # tué 40 hommes": what the colon opens tells the attack the clause names
        found.append((start, stop))
    return found


_REMEMBRANCE: Final = ("anniversa", "commemora")
# (0.32.0) "struck the port on Monday, a day after a missile hit the airport": one day's cue
# opens a context clause in apposition only ("It comes a day after X" tells X whole).
_A_DAY_AFTER: Final = ("a day after", "one day after")
_APPOSED_BEFORE: Final = re.compile(
    r", (?:just |only |barely |less than |more than )?(?:a|one) day after$"
)


def _an_attack_apposed(folded: str, fact: SentenceFacts, cue_start: int, cue_end: int) -> bool:
    """Whether a day's cue stands in apposition after an attack its sentence told first
    ("struck the port on Monday, a day after ..."): the clause it opens is another attack."""
    if _APPOSED_BEFORE.search(folded, max(0, cue_end - 33), cue_end) is None:
        return False
    return any(t < cue_start for t, _ in fact.cue_spans.get("trigger", ()))


# "après que", "après qu'": a subordinate clause with its own subject after a context cue.
_THAT_CLAUSE: Final = re.compile(r" (?:que |qu')")


def _clause_end(folded: str, start: int, end: int) -> int:
    """Where a subordinate clause from ``start`` ends: a semicolon, else the sentence's end."""
    semicolon = folded.find(";", start, end)
    return semicolon if semicolon != -1 else end


# A colon right after a context clause: what follows elaborates the clause.
_ELABORATED: Final = re.compile(r"\s*:")
# A past participle clause after "après"/"after" ("deux mois après avoir été blessé", "two
# months after being wounded"): what happened to the subject, told as the sentence's own.
_OWN_PAST: Final = re.compile(r"\s*(?:avoir|etre|being|having)\b")
# An area in apposition after a context clause's place, up to its closing comma (", dans le
# nord de la France,", ", in northern Mali,"): part of the clause.
_AREA_APPOSED: Final = re.compile(
    # (0.24.0: and a town near which it lies, ", près d'Ankara,", ", near Ankara", also at the
    # sentence's end)
    r", (?:dans |en |au |aux |in |pres de |pres d'|near |outside )(?:le |la |l'|les |the )?"
    r"(?:(?:nord|sud|est|ouest|centre|north|south|east|west|northern|southern|eastern|western|"
    r"central)(?: est| ouest|east|west)?(?: de la | de l'| du | des | de | d'| of the | of )?)?"
    r"[^,;.:]{0,30}(?=,|\.?\s*$)"
)
# (0.18.0) A town told after a context clause's comma and before a relative clause that tells
# what happened there (", à Bogota, où une voiture piégée avait tué 22 personnes", ", in
# Bogota, where a car bomb killed 22"): the town of the attack the clause refers to.
_TOWN_BEFORE_WHERE: Final = re.compile(
    r", (?:a|au|in|at) [^,;.:]{1,30}(?=, (?:ou|where|when|lorsqu|quand)\b)"
)
# Between "the anniversary of" and the attack word that heads what is remembered: no comma but
# a year's ("of the Jan. 25, 2015 clash").
_NO_CLAUSE_BREAK: Final = re.compile(r"(?:[^,.;]|, ?(?=\d))*")


def clauses_with_relatives(folded: str, fact: SentenceFacts) -> list[Span]:
    """The sentence's context clauses (``fact.discounted``), each with the relative clause that
    tells its attack and the rest of its toll (``with_relative``): "since December, when
    militants killed ... near Dibis", "depuis les violences de mars, au cours desquelles ..."."""
    return [
        (start, with_relative(folded, stop, fact.sentence.end)) for start, stop in fact.discounted
    ]


def clauses_with_their_relative_clauses(folded: str, fact: SentenceFacts) -> list[Span]:
    """The sentence's context clauses, each with the rest ``with_relative`` gives it only when a
    relative clause opens that rest ("since February, when a car bomb ... at X, killing 40":
    the toll is the relative clause's attack's). A toll right after a clause without a verb
    of its own is the main clause's ("avaient tiré des missiles sur X, quelques jours après
    l'élimination de Y, blessant une centaine de militaires")."""
    end = fact.sentence.end
    return [
        (start, with_relative(folded, stop, end) if _RELATIVE_OPENER.match(folded, stop, end)
         else stop)
        for start, stop in fact.discounted
    ]  # fmt: skip


# A relative clause that tells a context clause's attack (", when militants killed ...").
_RELATIVE_OPENER: Final = re.compile(
    r",\s*(?:which|that|who|qui|lequel|laquelle|when|lorsque|lorsqu'|quand|ou|where|"
    r"during which|in which|au cours desquel\w*|au cours duquel|lors desquel\w*|"
    r"pendant lesquel\w*)\b"
)


def with_relative(folded: str, stop: int, end: int) -> int:
    """The end of a context clause, with the relative clause that describes its attack
    (", which killed three soldiers", ", qui a tué trois soldats") when one follows, and the
    rest of its toll (", including 10 police officers, and wounded 40 others", ", blessant
    40 autres"), each part after the one before, across a short apposition before the toll
    ("since January 2019, when twin bombings tore through the cathedral in Jolo, Sulu, killing
    more than 20 people": the province is the place's, the toll the attack's)."""
    for _ in range(_PARTS):
        further = _one_part(folded, stop, end)
        if further == stop:
            apposed = _APPOSED_BEFORE_TOLL.match(folded, stop, end)
            if apposed is None:
                return stop
            further = apposed.start(1)
        stop = further
    return stop


_PARTS: Final = 6  # relative clause, apposition, toll, asides and the rest of the toll
# A short apposition (a province, a country) between a context clause's attack and its toll.
_APPOSED_BEFORE_TOLL: Final = re.compile(
    r",\s*[^,;.]{1,40}(,)\s*(?:killing|wounding|injuring|leaving|tuant|blessant|faisant|"
    # (0.33.0) or before the relative clause that tells it ("depuis celle de Bohoma, en mars
    # 2020, au cours de laquelle 98 soldats avaient été tués", "in March 2020, in which")
    r"in which|during which|au cours de laquelle|au cours duquel|au cours desquel\w*|"
    r"lors de laquelle|lors duquel)\b"
)


def _one_part(folded: str, stop: int, end: int) -> int:
    """The end of the relative clause or the toll that continues a context clause at ``stop``
    (``with_relative``), else ``stop``."""
    aside = _TOLL_ASIDE.match(folded, stop, end)
    if aside is not None:  # ", including 10 security personnel," then the rest of the toll
        if _AFTER_TOLL.match(folded, aside.end() - 1, end) is None:
            return stop
        stop = aside.end() - 1
    elif _AFTER_TOLL.match(folded, stop, end) is None:
        return stop
    comma = folded.find(",", stop + 1, end)
    return comma if comma != -1 else end


# ", including 10 police officers," ", dont dix policiers,": an aside inside a toll.
# A distance that situates the place (", about 40 kilometres away,", ", à 30 km de là,")
# stands between it and the toll too.
_TOLL_ASIDE: Final = re.compile(
    r",\s*(?:(?:including|among them|dont|parmi eux|notamment)\b[^,]{0,60}|(?:about |some |"
    r"around |roughly |nearly |environ |a |a environ |a quelque |a une )?[0-9a-z]+ ?(?:de )?(?:km|"
    r"kilometres|kilometers|miles)\b[^,]{0,30}),"
)
# What continues a context clause's attack: a relative clause, its toll, or an aside in it.
_AFTER_TOLL: Final = re.compile(
    r",\s*(?:which|that|who|qui|lequel|laquelle|when|lorsque|lorsqu'|quand|ou|where|during which|"
    r"in which|au cours desquel\w*|au cours duquel|lors desquel\w*|pendant lesquel\w*|including|"
    r"au cours de laquelle|lors de laquelle|lors duquel|pendant laquelle|"
    r"among them|dont|"
    r"parmi eux|notamment|and (?:wounded|injured|wounding|injuring)|wounding|injuring|killing|"
    r"et (?:blesse|blesses|a blesse|fait)|blessant|tuant|"
    # (0.17.0) the attack named again with its author: ", an attack claimed by the Islamic
    # State group", ", un attentat revendiqué par l'EI"
    r"(?:an|a|une|un) (?:attack|bombing|assault|massacre|attaque|attentat|assaut|tuerie) "
    r"(?:claimed by|blamed on|attributed to|revendiquee? par|attribuee? a|imputee? a))\b"
)


def reported_clause(folded: str, start: int, end: int) -> bool:
    """Whether the text between a reporting or claim verb and a date opens the clause told."""
    return not _REPORTED_CLAUSE_WORDS.isdisjoint(folded[start:end].replace("'", " ").split())


def spans_within(
    spans: Mapping[str, Sequence[Span]], start: int, end: int
) -> dict[str, list[Span]]:
    """The cue spans that begin inside ``[start, end)``, per kind."""
    found: dict[str, list[Span]] = {}
    for kind, kind_spans in spans.items():
        inside = [span for span in kind_spans if start <= span[0] < end]
        if inside:
            found[kind] = inside
    return found


def matches_within(matches: Sequence[Match], start: int, end: int) -> list[Match]:
    """The matches that begin inside ``[start, end)``."""
    return [match for match in matches if start <= match.start < end]


def unnegated_claims(folded: str, start: int, claims: Sequence[Span]) -> list[Span]:
    """The claim cues no negation governs ("aucune de ces attaques n'avait été revendiquée",
    "the attack has not been claimed", "no group has claimed responsibility": nobody claims)."""
    kept = []
    for cue_start, cue_end in claims:
        before = folded[max(start, cue_start - 40) : cue_start]
        clause = before.rsplit(",", 1)[-1]
        if (
            _NEGATION_BEFORE.search(clause) is None
            and _NEGATION_AFTER.match(folded, cue_end) is None
        ):
            kept.append((cue_start, cue_end))
    return kept


# What a claim told with "avoir" must name for an attack to be claimed: "a affirmé avoir
# frappé", "dit avoir abattu", "a annoncé avoir mené des frappes" (past an adverb); "a annoncé
# avoir repris le contrôle de la commune", "affirme avoir repoussé l'attaque" claim none.
_CLAIMED_DEED: Final = re.compile(
    r" (?:(?:deja|aussi|egalement|bien|notamment|ainsi|alors) )?(?:frappe|cible|vise|attaque|"
    r"tue|neutralise|abattu|bombarde|mene|tire|lance|detruit|pilonne|touche|elimine|execute|"
    r"fait exploser|fait sauter|perpetre|commis|assassine|enleve|incendie|pris d'assaut|"
    r"pris pour cible|effectue|conduit|realise|lache|largue|atteint|blesse|mitraille|"
    # (0.27.0) a military post taken ("a affirmé avoir pris le contrôle d'une position de
    # l'armée"; "avoir repris le contrôle de la commune" still claims none)
    r"pris le controle (?:d'une|d'un|de la|du|des|de deux|de trois|de plusieurs) (?:position|"
    r"poste|camp|base|caserne)s?)"
)


# What an air defence shoots down: "a affirmé avoir abattu 38 drones" is a defence, no attack.
_DOWNED: Final = re.compile(
    r" abattu (?:[a-z0-9' ]{0,30})?(?:drones?|missiles?|roquettes?|avions?|aeronefs?|"
    r"helicopteres?|projectiles?|engins?)\b"
)


def attack_claims(folded: str, claims: Sequence[Span]) -> list[Span]:
    """The claim cues that claim an attack: a cue ending in "avoir" only when an attack's
    participle follows it (see ``_CLAIMED_DEED``), not what an air defence shot down."""
    return [
        (start, end)
        for start, end in claims
        if not folded.endswith("avoir", start, end)
        or (_CLAIMED_DEED.match(folded, end) and not _DOWNED.match(folded, end))
    ]


def governed_by_irrealis(folded: str, trigger: Span, cues: Sequence[Span]) -> bool:
    """Whether a threat, plan or hypothesis governs the attack word (within 45 characters)."""
    for start, end in cues:
        if 0 <= trigger[0] - end <= 45 and _CLAUSE_STOP.search(folded, end, trigger[0]) is None:
            return True
        if start <= trigger[0] and trigger[1] <= end:
            return True  # "capables de frapper": the attack word inside the phrase
        if start >= trigger[1] and start - trigger[1] <= 3:
            return True
    return False


# "The killings took place near Kalat", "les tueries ont eu lieu près de X", "the deaths
# occurred in X": a casualty word with a verb that places an event says where it happened.
_TOOK_PLACE: Final = WordRegex(
    r"(?:took place|takes place|happened|occurred|a eu lieu|ont eu lieu|s'est produite?|"
    r"se sont produite?s|est survenue?|sont survenue?s)\b"
)
_TOOK_PLACE_WORDS: Final = ("took place", "takes place", "happened", "occurred", "eu lieu",
                            "produit", "survenu")  # fmt: skip


# Attack words that also name police work: raids, searches, sweeps.
_SEARCH_WORDS: Final = (
    "raid",
    "operation",
    "perquisition",
    "descente",
    "sweep",
    "crackdown",
    "rafle",
)


def _rehearsed(folded: str, trigger: Span, exercises: Sequence[Span]) -> bool:
    """Whether an exercise word names the attack word as what it rehearses: right after it,
    joined by at most one coordinated word ("strike exercise", "assault and live-fire drills",
    "frappes simulées"), or right before it with "of"/"de" ("un exercice de tir")."""
    for start, end in exercises:
        if 0 <= start - trigger[1] <= 25 and _REHEARSED_AFTER.fullmatch(folded, trigger[1], start):
            return True
        if 0 <= trigger[0] - end <= 12 and _REHEARSED_BEFORE.fullmatch(folded, end, trigger[0]):
            return True
    return False


# Between the attack word and the exercise after it: a few words, none placing the attack
# against or during something ("an attack on an exercise area", "struck troops during a
# drill" are attacks).
_REHEARSED_AFTER: Final = re.compile(
    r"\s*(?:(?!(?:on|during|against|at|in|near|of|by|contre|pendant|lors|durant|sur|a|au|aux|"
    r"dans|par|de|du|des)\b)[a-z'-]+\s+){0,3}"
)
_REHEARSED_BEFORE: Final = re.compile(
    r"\s*(?:of|de|d'|du|des|with|avec)?\s*(?:the|a|an|la|le|les|l')?\s*"
)


def main_clause(
    folded: str,
    spans: Mapping[str, Sequence[Span]],
    triggers: list[Span],
    sentence: tuple[int, int] | None = None,
) -> MainClause:
    """The main clause's reading, from the sentence's cue spans (claims already unnegated) and
    its attack words outside context clauses (``sentence``: its bounds, to read a casualty word
    placed by "took place")."""
    get = spans.get
    claim = bool(get("claim"))
    attributed = bool(get("attribution"))
    irrealis = get("irrealis")
    live = triggers
    if irrealis:
        live = [t for t in triggers if not governed_by_irrealis(folded, t, irrealis)]
    judicial = get("judicial")
    if judicial:  # "sentenced ... for their role in the 2021 attack": a trial, not the attack
        live = [t for t in live if not any(end <= t[0] for _, end in judicial)]
    if live and get("arrest") and not get("casualty"):
        # "six people were detained in raids in X": a police operation that kills nobody
        live = [t for t in live if not folded.startswith(_SEARCH_WORDS, t[0])]
    exercise = get("exercise")
    if live and exercise:  # "a maritime strike exercise", "air assault and live-fire drills"
        live = [t for t in live if not _rehearsed(folded, t, exercise)]
    # A casualty word alone ("Aucun décès n'est à déplorer") only fills a neighbour; next to a
    # heart attack it is no attack casualty at all.
    casualty_only = not live and not claim and not attributed and bool(get("casualty"))
    if casualty_only and sentence is not None:
        start, end = sentence
        if contains_any(folded[start:end], _TOOK_PLACE_WORDS) and _TOOK_PLACE.search(
            folded, start, end
        ):
            live = [span for span in get("casualty", ()) if start <= span[0] < end][:1]
            casualty_only = not live
    denial = any(_denies_the_attack(folded, span) for span in get("denial", ()))
    return MainClause(claim, attributed, live, denial, casualty_only)


# What a denial may deny other than the attack: who did it ("denied any involvement", "a
# démenti toute implication", "rejected responsibility"), or, in a relative clause after the
# accused, the accusation just told ("the government blamed the separatists, who denied it",
# "Washington avait accusé le M23, qui avait démenti").
_AUTHORSHIP_DENIED: Final = re.compile(
    r"\s*(?:(?:any|all|the|its|their|toute?s?|tout|les?|la|l'|leur|leurs|sa|son|ses)\s*)?"
    r"(?:involvement|responsibility|role|part|link|links|connection|accusations?|charges?|"
    r"allegations?|being involved|implication|responsabilite|participation|lien|liens|"
    r"d'etre implique)\b"
)
_DENIED_BY_THE_ACCUSED: Final = re.compile(
    r"\b(?:who|which|qui|lesquels|lesquelles)\s+(?:(?:have|has|had|both|immediately|a|ont|"
    r"avait|avaient|aussitot|l'|l'a|l'ont|l'avait|l'avaient)\s+)*$"
)
_NOTHING_DENIED_AFTER: Final = re.compile(r"\s*(?:it\b|this\b|that claim\b|cela\b)?\s*(?:[.;,)]|$)")


def _denies_the_attack(folded: str, span: Span) -> bool:
    """Whether a denial cue denies the attack itself ("the militia denied any attack"), not
    only who carried it out ("both groups denied involvement", "who denied it")."""
    start, end = span
    if _AUTHORSHIP_DENIED.match(folded, end):
        return False
    if _SOMETHING_ELSE_DENIED.match(folded, end) is not None:
        return False  # (0.28.0) "denied reports that the town had fallen", "a démenti la chute"
    return not (
        _DENIED_BY_THE_ACCUSED.search(folded, max(0, start - 40), start)
        and _NOTHING_DENIED_AFTER.match(folded, end)
    )


# (0.28.0) What a denial denies when it names something and no attack nor pronoun stands in
# its object ("the army denied reports that the town had fallen", "l'armée a démenti la chute
# de la ville"): that thing, not the attack the sentence tells. ("denied striking the
# hospital", "a démenti avoir mené la frappe", "denied it" still deny the attack.)
_SOMETHING_ELSE_DENIED: Final = re.compile(
    r"\s+(?:the|a|an|these|la|le|les|l'|une?|des|cette|ces|reports?|claims?|rumou?rs?)\b"
    r"(?![^.;]{0,80}?\b(?:attacks?|strikes?|struck|striking|raids?|bomb\w*|shell\w*|fired|"
    r"firing|killed|killing|kill|attaques?|attaque|frapp\w*|attentats?|bombard\w*|tir\w*|"
    r"tue\w*|responsab\w*|it|this|cela|drones?|missiles?|rockets?|roquettes?|massacre\w*|"
    r"ambush\w*|embuscade\w*|assaults?|assauts?|incursions?|operations?)\b)"
)
