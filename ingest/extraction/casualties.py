"""Killed and wounded figures stated in a sentence, with the side they belong to.

Patterns: "12 soldiers were killed", "16 personnes ont été tuées", "killed 12 soldiers",
"tuant trois soldats", "en a blessé une quarantaine d'autres", "the killing of 18 members", "the
deaths of five fighters", "a provoqué la mort d'au moins 64 personnes", "a coûté la vie à
trois soldats", "claimed the lives of 12", "a soldier was killed" (1). "No casualties",
"aucune victime", "sans faire de victimes", "sans causer de blessés", "did not cause
casualties" give 0 killed and 0 wounded ("aucun mort", "no deaths" only 0 killed). A death by
heart attack or cardiac arrest is no attack casualty. Vague amounts keep a null best figure
(see numbers.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ingest.extraction.dates import MONTH_WORDS
from ingest.extraction.numbers import (
    Quantity,
    cannot_end_amount,
    quantity_ending_at,
    quantity_starting_at,
)
from ingest.extraction.quickscan import quick_compile
from ingest.extraction.wordregex import WordRegex, contains_any, word_set

_KILL: Final = (
    r"tue|tues|tuee|tuees|tuant|tuer|killed|killing|kills|dead|morts|mort|deaths|death|deces|"
    r"perished|ont peri|avaient peri|avait peri|a peri|lost their lives|ont perdu la vie|died|"
    # (0.27.0) the other tenses, and "trouver la mort" ("23 soldats avaient perdu la vie",
    # "trois civils ont trouvé la mort")
    r"avaient perdu la vie|avait perdu la vie|a perdu la vie|ont trouve la mort|"
    r"avaient trouve la mort|a trouve la mort|avait trouve la mort|"
    r"sont morts|est mort|decede|decedee|decedes|decedees|"
    r"coute la vie a|coute la vie aux|claimed the lives of|cost the lives of|"
    # World attack reporting; plain alternatives only (_CASUALTY_WORDS splits on "|").
    r"succumbed|succombe|slain|massacred|ete massacre|ete massacres|massacree|massacrees|"
    r"shot dead|gunned down|beheaded|hacked to death|stabbed to death|burned to death|"
    r"burnt to death|burned alive|burnt alive|egorge|egorges|egorgee|egorgees|decapite|"
    r"decapites|decapitee|decapitees|carbonise|carbonises|carbonisee|carbonisees|"
    r"abattu par balles|abattus par balles|abattue par balles|abattues par balles|brule vif|"
    r"ont abattu|a abattu|avaient abattu|avait abattu|ayant abattu|"
    r"ete abattu|ete abattus|ete abattue|ete abattues|"
    r"brules vifs|brulee vive|brulees vives|martyred|martyring|embraced martyrdom|"
    r"tombes en martyrs|tombe en martyr|"
    # (0.25.0) an army communiqué's own dead ("4 militaires tombés sur le champ d'honneur")
    r"tombe sur le champ d'honneur|tombes sur le champ d'honneur|tombee sur le champ d'honneur|"
    r"tombees sur le champ d'honneur|tombe au champ d'honneur|tombes au champ d'honneur|"
    r"morts au champ d'honneur|mort au champ d'honneur|morts sur le champ d'honneur|"
    # (0.27.0) fallen, of soldiers counted right before ("quatre soldats tombés", "51 militaires
    # tombés"; "des obus sont tombés" counts no people)
    r"tombes|tombees|"
    # (0.21.0) "the president was assassinated", "a été assassiné"
    r"assassinated|assassine|assassines|assassinee|assassinees|"
    # "l'assassinat de quatre soldats", "the murder of two farmers" (singular: "52 assassinats
    # de leaders sociaux" counts murders)
    r"assassinat de|meurtre de|murder of|"
    # "the bodies of 22 people were found", "les corps de 70 personnes": people counted after
    r"bodies of|corps de|"
    # (0.27.0) the bodies counted right before ("elders counted at least 45 bodies", "45 corps
    # ont été retrouvés", "45 corps sans vie")
    r"bodies|corps sans vie|corps ont ete|corps avaient ete|"
    # (0.27.0) the lives an attack claimed, their number before ("claimed 12 lives")
    r"lives"
)
_WOUND: Final = (
    r"blesse|blesses|blessee|blessees|blessant|blessures|wounded|injured|injuring|injuries|"
    r"wounding|hurt"
)
_CASUALTY: Final = quick_compile(rf"\b(?:(?P<kill>{_KILL})|(?P<wound>{_WOUND}))\b")
# The one-word casualty words: ``_CASUALTY.fullmatch(word)`` for a word token, as a set lookup.
_CASUALTY_WORDS: Final[frozenset[str]] = frozenset(
    word for word in f"{_KILL}|{_WOUND}".split("|") if " " not in word
)
_NONE: Final = quick_compile(
    r"\b(?:no casualties|no casualty|no injuries|no deaths|no one was (?:hurt|injured|killed)|"
    r"nobody was (?:hurt|injured|killed)|without casualties|without causing (?:any )?(?:casualties|"
    r"injuries|damage or casualties)|(?:did|does) not cause (?:any )?(?:casualties|injuries)|"
    r"caused no (?:casualties|injuries)|aucune victime|aucun blesse|aucun mort|pas de victimes?|"
    r"pas de blesses|sans faire de (?:victimes?|blesses)|sans causer de (?:victimes?|blesses)|"
    r"sans faire ni (?:morts?|blesses)|n'a fait (?:aucune victime|aucun blesse)|"
    r"n'a pas fait de (?:victimes?|blesses)|zero victime|pas fait etat de (?:victimes?|blesses)|"
    r"fait etat d'aucune victime|no (?:casualties|injuries) (?:were|was|have been) reported|"
    r"sans faire de victime|(?:did|does|have|has) not (?:sustain|suffer)(?:ed)? (?:any )?"
    r"(?:injuries|casualties)|(?:no one|nobody) was harmed|(?:was|were) unharmed|"
    r"escaped (?:unhurt|unharmed)|n'y a pas eu de (?:victimes?|blesses)|"
    r"n'y a eu aucune? (?:victime|blesse)|(?:est|sont) (?:sortie?s? )?indemnes?|"
    r"personne n'(?:a|avait|aurait|ait) (?:ete )?(?:blesse|tue|touche)|"
    r"(?:no one|nobody) (?:has|had) been (?:hurt|injured|killed|harmed)|"
    r"(?:est|sont|etait|etaient) sains? et saufs?|(?:est|sont|etait|etaient) saines? et sauves?|"
    r"(?:is|are|was|were) safe and sound|(?:escaped|emerged|were|was) unscathed|"
    # "there have been no reports of injuries", "no reported casualties"
    r"no reports? of (?:any )?(?:injuries|casualties|victims)|no reported (?:casualties|injuries)|"
    # "no officers were hurt", "no U.S. personnel were injured", "aucun soldat n'a été blessé"
    r"no (?:[a-z.]+ )?(?:soldiers|troops|officers|policemen|personnel|service members|"
    r"servicemembers|crew members|staff) (?:was|were|have been|had been) (?:hurt|injured|killed|"
    r"harmed|wounded)|aucun (?:soldat|militaire|policier|gendarme|membre d'equipage|agent) "
    r"n'(?:a|avait) ete (?:blesse|tue|touche))\b"
)
_KILL_ONLY_NONE: Final = quick_compile(
    r"\b(?:no deaths|no one was killed|nobody was killed|no fatalities|aucun mort|aucun deces|"
    r"pas de morts?|pas de deces|aucune perte humaine)\b"
)
_CIVILIAN_ONLY: Final = re.compile(
    r"\s*(?:civile?s?|civilians?|parmi les civils|among civilians)\b"
)
_NEGATION_WORDS: Final = (
    "no ", "aucun", "sans ", "pas de", "without", "not ", "nobody", "zero", "n'a ", "no one",
    "unharmed", "unhurt", "indemne", "personne n'", "sain", "safe and sound", "unscathed",
    # "il n'y a pas eu de victimes", "n'y a eu aucune victime" (the cheap test of _NONE)
    "pas eu de",
)  # fmt: skip
# "no one", "not one", "pas un seul": the figure one negated is nobody.
_NOBODY: Final = re.compile(r"(?:(?<=\bno )|(?<=\bnot ))one\b|(?<=\bpas )une? seule?\b")
_HEART: Final = re.compile(
    r"crise cardiaque|arret cardiaque|heart attack|cardiac arrest|natural causes"
)
_AUX: Final = frozenset(
    {
        "ont", "ete", "a", "avaient", "avait", "sont", "est", "have", "has", "had", "been", "were",
        "was", "are", "is", "legerement", "grievement", "gravement", "slightly", "seriously",
        "lightly", "critically", "mortellement", "fatally", "reportedly", "also", "aussi",
        "egalement", "all", "tous", "toutes", "et", "and", "en",
    }
)  # fmt: skip
_PERSON: Final = frozenset(
    {
        "soldier", "soldat", "commander", "commandant", "officer", "officier", "contractor",
        "civilian", "civil", "member", "fighter", "combattant", "militant", "policeman",
        "policier", "guard", "garde", "child", "enfant", "woman", "femme", "man", "homme",
        # who dies beside a victim: "along with his bodyguard", "avec un adolescent"
        "bodyguard", "adolescent", "adolescente", "teenager",
        "person", "personne", "militaire", "serviceman", "service", "trooper", "marine", "chef",
        "leader", "dirigeant", "responsable", "official", "journalist", "journaliste",
        "farmer", "agriculteur", "cultivateur", "herder", "eleveur", "villager", "villageois",
        "teacher", "enseignant", "student", "etudiant", "boy", "girl", "garcon", "fille",
        "driver", "chauffeur", "worker", "ouvrier", "trader", "commercant", "priest", "pretre",
        "imam", "chief", "doctor", "medecin", "nurse", "infirmier", "infirmiere", "pilgrim",
        "pelerin", "resident", "habitant", "volunteer", "volontaire", "gendarme", "policewoman",
        "vigilante", "militiaman", "milicien", "auxiliary", "suppletif", "ranger",
        "sergeant", "sergent", "captain", "capitaine", "colonel", "lieutenant", "general",
        "passenger", "passager", "shepherd", "berger", "fisherman", "pecheur", "miner",
        "mineur", "pupil", "eleve", "baby", "bebe", "refugee", "refugie", "refugiee", "agent",
        # people news names one at a time: "killing a passer-by", "tuant un employé municipal",
        # "un casque bleu a été tué", "a coûté la vie à une religieuse"
        "peacekeeper", "casque", "passer", "passant", "passante", "bystander", "employee",
        # (0.27.0) "killing businessman X", "tuant l'homme d'affaires X"
        "businessman", "businesswoman", "entrepreneur", "merchant",
        "employe", "motorist", "automobiliste", "pedestrian", "pieton", "nun",
        "religieuse", "religieux", "monk", "moine", "pastor", "pasteur", "catechist",
        "catechiste", "humanitarian", "humanitaire", "rescuer", "secouriste", "firefighter",
        "pompier", "paramedic", "ambulancier", "mayor", "maire", "prefect", "prefet",
        "lawmaker", "depute", "judge", "juge", "douanier", "watchman", "gardien",
        "hunter", "chasseur", "herdsman", "youth", "jeune", "recruit", "recrue", "cadet",
        "membre", "element", "elder", "notable", "councillor", "conseiller", "shopkeeper",
        "boutiquier", "vendor", "vendeur", "pilot", "pilote", "sailor", "marin", "seaman",
        "wife", "epouse", "husband", "mari", "daughter", "fils", "mother", "father",
        "brother", "frere", "sister", "soeur", "nephew", "neveu", "cousin", "cousine",
        # the fighters and workers world reporting names one at a time ("killing a peshmerga",
        # "two jawans", "a former sarpanch", "a labourer")
        "peshmerga", "jawan", "sarpanch", "rebel", "rebelle", "insurgent", "insurge",
        "jihadist", "jihadiste", "terrorist", "terroriste", "bandit", "gunman", "labourer",
        "laborer", "porter", "guide", "tapper", "guerrilla", "guerillero",
        # (0.23.0) the feminine of French person nouns ("tuant une sous-officière de 20 ans",
        # "une soldate", "une policière"), and victims named one at a time in both languages
        "soldate", "officiere", "policiere", "commercante", "enseignante", "etudiante",
        "ouvriere", "agricultrice", "villageoise", "habitante", "passagere", "civile",
        "combattante", "militante", "paysan", "paysanne", "fermier", "fermiere", "benevole",
        "touriste", "tourist", "worshipper", "fidele", "medic", "servicewoman", "staffer",
        "conductrice", "cheffe", "gardienne", "bergere", "chasseuse", "avocat", "avocate",
        "lawyer",
        # (0.28.0) office holders killed by name ("killing the minister, X, and four others")
        "minister", "ministre", "governor", "gouverneur", "senator", "senateur", "ambassador",
        "ambassadeur",
    }
)  # fmt: skip
# The plurals of person nouns that do not end in a plain "s".
_PERSON_PLURALS: Final = frozenset(
    {"men", "women", "children", "people", "personnel", "gens", "youths", "jeunes"}
)


def is_person(word: str) -> bool:
    """Whether a folded word names a person or people ("soldier", "soldats", "men")."""
    return (
        word in _PERSON
        or word in _PERSON_PLURALS
        or (word[-1:] in {"s", "x"} and word[:-1] in _PERSON)
    )


# (0.22.0: up to 130 characters, "more than 35 people, including women and children and two
# staff members of the aid group X, were killed"; and the pluperfect, "avaient été")
_ASIDE: Final = re.compile(
    r", (?:including|among them|dont|parmi lesquels|parmi lesquelles|notamment)[^,]{0,130},"
    r"(?: (?:were|was|have been|had been|ont ete|ont|sont|a ete|avaient ete|avait ete))*\s*$"
)
_ASIDE_REACH: Final = 160  # characters before the casualty word where an aside may start
# An apposition that describes the victims between them and the verb ("six volunteers (VDP),
# civilian auxiliaries of the army, were killed", "six volontaires, des supplétifs civils de
# l'armée, ont été tués"), with an acronym in brackets before it; (0.21.0) up to three in a row
# ("Two brothers, aged 19 and 21, residents of the X settlement, were shot dead", "Deux
# frères de 19 et 21 ans, Hallel et Yagel, habitants de la colonie de X, ont été tués").
_APPOSITION_TEXT: Final = r"(?: \([^()]{1,15}\))?, [^,()]{3,60},"
_AUXILIARIES: Final = (
    r"(?: (?:were|was|have been|had been|ont ete|ont|sont|a ete|avaient ete|had))+\s*$"
)
_APPOSITION: Final = quick_compile(_APPOSITION_TEXT + _AUXILIARIES)
_APPOSITIONS: Final = quick_compile(r"(?: \([^()]{1,15}\))?(?:, [^,()]{3,60}){2,3}," + _AUXILIARIES)
# The same apposition right before a verb of dying that holds its own auxiliary ("more than a
# hundred people, mostly soldiers, perished", "plus d'une centaine de personnes, en majorité
# des militaires, avaient péri"); a transitive verb there has a subject, not victims ("Gunmen,
# who arrived on motorcycles, killed ...").
_APPOSITION_BEFORE_DYING: Final = re.compile(_APPOSITION_TEXT + r"\s*$")
_DYING: Final = (
    "perished", "ont peri", "avaient peri", "avait peri", "a peri", "died", "lost their lives",
    "ont perdu la vie", "avaient perdu la vie", "avait perdu la vie", "a perdu la vie",
    "ont trouve la mort", "avaient trouve la mort", "a trouve la mort", "avait trouve la mort",
)  # fmt: skip
_RISEN: Final = re.compile(
    r"\b(?:(?:risen|rose|climbed|increased|jumped)"
    # (0.20.0) the day of the update between ("the toll rose on Monday to 35")
    r"(?: (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight))?"
    r" to|stands at|stood at|reached|s'eleve a|s'elevait a|a atteint|atteint|est passe"
    r"(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir| matin)?)? a)\s+"
)
# Every _RISEN match holds one of these.
_RISEN_WORDS: Final = (
    "risen", "rose", "climbed", "increased", "jumped", "stands at", "stood at",
    "reached", "s'eleve", "est passe", "atteint",
)  # fmt: skip
_SKIP_AFTER_VERB: Final = re.compile(
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|hier|yesterday|aujourd'hui|today|also|aussi|egalement|"
    r"notamment|soir|matin|night|morning|dernier|legerement|grievement|gravement|mortellement|"
    r"slightly|seriously|lightly|critically|badly|"
    # (0.21.0) "tuant au total dix personnes", "killing a total of ten people"
    r"au total|in total|a total of) )+"
)
_CONTRAST: Final = WordRegex(r"(?:tandis qu|alors qu|whereas|while|mais|but)\b")
_CONTRAST_WORDS: Final = ("tandis qu", "alors qu", "whereas", "while", "mais", "but")
# The sentence word sets of the negations, the contrasts and the heart attacks (one of
# _HEART_WORDS is in every _HEART match).
_HEART_WORDS: Final = ("cardia", "heart")
_NEGATION_BIT: Final = word_set(_NEGATION_WORDS)
_CONTRAST_BIT: Final = word_set(_CONTRAST_WORDS)
_HEART_BIT: Final = word_set(_HEART_WORDS)


def _told(mask: int | None, word_bit: int, sentence: str, words: Sequence[str]) -> bool:
    """Whether one of ``words`` (whose bit is ``word_bit``) is in the sentence: its bit in the
    sentence's word ``mask``, or the words searched when there is no mask (a clause)."""
    return bool(mask & word_bit) if mask is not None else contains_any(sentence, words)


_ANOTHER: Final = re.compile(r"\b(?:and another|et un autre|et une autre|as well as another)\b")
# "... and another was wounded", "et un autre a été blessé": the other one has its own verb;
# a noun and its nationality may stand between ("another Lebanese civilian was injured", "un
# autre civil libanais a été blessé").
_ANOTHER_SUBJECT: Final = re.compile(
    r"\b(?:another|un autre|une autre)(?: [a-z]+){0,2}"
    r" (?:was|has been|had been|a ete|avait ete|est)"
    r" (?:seriously |slightly |lightly |critically |grievement |legerement )?$"
)


def _another_one(folded: str, start: int, verb: int) -> Quantity | None:
    """ "and another was wounded": one more person, the subject of this casualty verb."""
    match = _ANOTHER_SUBJECT.search(folded, max(start, verb - 45), verb)
    if match is None:
        return None
    return Quantity(1, 1, 1, "exact", match.start(), match.end())


def _one_more(folded: str, kind: str, after: int, end: int) -> bool:
    """Whether "and another" after a single victim counts one more of the same kind ("killed a
    soldier and another civilian"), not the subject of a verb of the other kind ("a soldier was
    killed and another was wounded")."""
    match = _ANOTHER.search(folded, after, min(end, after + 90))
    if match is None:
        return False
    verb = _CASUALTY.search(folded, match.end(), min(end, match.end() + 40))
    if verb is None:
        return True
    return ("killed" if verb.group("kill") else "wounded") == kind


# (whole month words or their abbreviations, those dates reads: "trois marins", "sept
# maisons", "deux martyrs" are no months)
_MONTH_AFTER: Final = re.compile(
    r"\s*(?:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\b"
)
_ADJECTIVES: Final = frozenset(
    {"senior", "top", "haut", "high", "local", "former", "ancien", "key"}
)
_ARTICLE: Final = frozenset({"a", "an", "the", "un", "une", "le", "la", "l", "one"})
# Determiners of one definite person: "killing the driver", "tuant son chauffeur".
# An abbreviation written with points ("u.s.", "u.k."), one word.
_ABBREVIATION: Final = r"(?:[a-z]\.){2,}"
# A word, an abbreviation counting as one.
_DOTTED_WORD: Final = re.compile(_ABBREVIATION + r"|[a-z0-9']+")
# Words that cannot stand between the determiner and one person ("a number of people").
_MODIFIERS_ONLY: Final = frozenset(
    {"of", "de", "du", "des", "d", "number", "few", "couple", "dozen", "group", "handful",
     "total", "nombre", "groupe", "dizaine", "poignee", "and", "et"}
)  # fmt: skip
_DEFINITE_ONE: Final = frozenset(
    {"the", "his", "her", "its", "their", "le", "la", "l", "son", "sa", "leur"}
)  # fmt: skip
# Words that add more victims after a named one ("killing the driver along with ..."): the
# figure is then not one.
_MORE_AFTER: Final = re.compile(
    r",? (?:along with|together with|as well as|and|ainsi que|avec|et) "
)
# A complement after the victims, between them and the verb ("three members of the Popular
# Mobilization Forces were killed", "un casque bleu de la Minusca a été tué").
_OF: Final = frozenset({"of", "de", "du", "des", "d"})
# What opens a complement of the victims: "of", "de", and "pour" of a unit's name ("six
# combattants volontaires pour la défense de la patrie (VDP) ont été tués").
_COMPLEMENT_OPENERS: Final = _OF | {"pour", "for"}
_VERB_WORDS: Final = frozenset(
    {"ont", "ete", "a", "avaient", "avait", "sont", "est", "have", "has", "had", "been", "were",
     "was", "are", "is"}
)  # fmt: skip
_WORD: Final = re.compile(r"[a-z0-9']+")
_PARTITIVE_WORDS: Final = (" of the ", " d'entre eux ", " des ")  # one is in every _PARTITIVE match
_PARTITIVE: Final = re.compile(
    r"\b\w+ (?:of the|d'entre eux|des) (?:injuries|blesses|morts|deaths|wounded)$"
)


# An age, not a head count: "a 45-year-old man" (folded "a 45 year old man"), "un homme de
# 45 ans", "a man aged 45", "une femme âgée de 62 ans".
_AGE_AFTER: Final = re.compile(r"\s*(?:years? old|yr old|ans\b)")
_AGE_BEFORE: Final = re.compile(r"\b(?:aged|age de|agee de|agees de|ages de|age)\s*$")
# An age between an article and the person: "killed a 62-year-old woman".
_AGED_ONE: Final = re.compile(r"(?:a|an|one) \d{1,3} years? old ([a-z]+)(?: ([a-z]+))?")


def _is_age(folded: str, quantity: Quantity) -> bool:
    return (
        _AGE_AFTER.match(folded, quantity.end) is not None
        or _AGE_BEFORE.search(folded, max(0, quantity.start - 10), quantity.start) is not None
        or _age_in_apposition(folded, quantity)
    )


def _age_in_apposition(folded: str, quantity: Quantity) -> bool:
    """A number in digits set off by commas after a word, right before the verb: a person's
    age ("Father Nikolai, 66, was killed", "le père Nikolaï, 66 ans," has its "ans"; "le
    conducteur, 45, a été tué"), not a toll."""
    return (
        folded[quantity.start : quantity.end].isdigit()
        and folded.endswith(", ", 0, quantity.start)
        and folded[max(0, quantity.start - 3) : quantity.start - 2].isalpha()
        and folded.startswith(", ", quantity.end)
        and _VERB_AFTER_AGE.match(folded, quantity.end + 2) is not None
    )


# What follows an age set off by commas: the verb of the sentence ("was killed", "died", "a été
# tué", "est mort").
_VERB_AFTER_AGE: Final = re.compile(
    r"(?:was|were|had been|has been|died|is|a ete|avait ete|est|etait|a succombe)\b"
)


# A length of time, not a head count: "deux mois après avoir été blessé", "three days after
# being wounded", "trois semaines plus tard".
_DURATION_AFTER: Final = re.compile(
    r"\s*(?:mois|jours?|semaines?|heures?|minutes?|annees?|months?|days?|weeks?|hours?|"
    r"minutes?|years?|decades?|decennies?)\b"
)
# A year as a bare subject ("candidat à la présidentielle de 2026, est mort"): four digits of
# this or the last century with no person noun after them.
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


def _is_duration(folded: str, quantity: Quantity) -> bool:
    return _DURATION_AFTER.match(folded, quantity.end) is not None


def _is_year(folded: str, quantity: Quantity) -> bool:
    return _YEAR.fullmatch(folded, quantity.start, quantity.end) is not None


def _before_age(words: Sequence[re.Match[str]], index: int) -> int:
    """The index of the last word before an age that ends at ``index`` ("homme" in "un homme
    de 45 ans", "man" in "a man aged 45"), else ``index``."""
    word = words[index][0] if index >= 0 else ""
    if word in {"ans", "old"} and index >= 1:
        at = index - 1
        if word == "old" and at >= 0 and words[at][0] in {"year", "years"}:
            at -= 1
        if at >= 0 and words[at][0].isdigit():
            at -= 1
            if at >= 1 and words[at][0] in {"et", "and"} and words[at - 1][0].isdigit():
                at -= 2  # (0.21.0) two ages: "deux frères de 19 et 21 ans"
            if at >= 0 and words[at][0] in {"de", "d"}:
                at -= 1
            if at >= 0 and words[at][0] in {"age", "agee", "ages", "agees"}:
                at -= 1
            return at
    if word.isdigit() and index >= 1 and words[index - 1][0] in {"aged", "age"}:
        return index - 2
    if (
        word.isdigit()
        and index >= 3
        and words[index - 1][0] in {"and", "et"}
        and words[index - 2][0].isdigit()
        and words[index - 3][0] in {"aged", "age", "ages"}
    ):
        return index - 4  # (0.21.0) "two brothers aged 19 and 21"
    return index


@dataclass(slots=True, init=False)
class Casualty:
    """A killed or wounded figure at an offset, with the actor id of the victims if named.
    Read-only by convention: not frozen, since a frozen dataclass is several times slower to
    build and the extractor builds many per article."""

    kind: str  # "killed" | "wounded"
    quantity: Quantity
    position: int  # the casualty word

    # Written out (init=False) so that mypyc compiles it (see numbers.Quantity).
    def __init__(self, kind: str, quantity: Quantity, position: int) -> None:
        self.kind = kind
        self.quantity = quantity
        self.position = position


# "two soldiers and a vigilante were killed", "deux soldats et un civil ont été tués": the
# "and" that joins two groups of victims in one subject.
_AND_BEFORE: Final = re.compile(r" (?:and|et) $")


def _subject_quantity(folded: str, floor: int, keyword_start: int) -> Quantity | None:
    """A figure in the subject before a casualty word (see ``_one_subject``), summed over two
    groups joined by "and"/"et" ("two soldiers and a vigilante were killed": 3)."""
    last = _one_subject(folded, floor, keyword_start)
    if last is None:
        return None
    joint = _AND_BEFORE.search(folded, max(floor, last.start - 6), last.start)
    if joint is None:
        return last
    first = _one_subject(folded, floor, joint.start())
    if first is None or first.best is None or last.best is None:
        return last
    before = _WORD.findall(folded, max(floor, first.start - 20), first.start)
    if before and before[-1] in _CASUALTY_WORDS:
        return last  # "killed three soldiers and two civilians were wounded": an object first
    total = _added(first, last)
    head = first
    for _ in range(_LISTED_GROUPS):
        # (0.23.0) more groups before, each after a comma: "seven members of the security
        # forces, two civilians and a tourist were killed", "sept policiers, deux civils et
        # une touriste ont été tués" (10)
        comma = _COMMA_BEFORE.search(folded, max(floor, head.start - 3), head.start)
        if comma is None:
            break
        earlier = _one_subject(folded, floor, comma.start())
        if earlier is None or earlier.best is None:
            break
        total, head = _added(earlier, total), earlier
    return total


_COMMA_BEFORE: Final = re.compile(r", $")
_LISTED_GROUPS: Final = 3  # groups read before the two an "and" joins


# How many words back from the end of the victims' complement "of"/"de" may stand (0.22.0:
# seven, for a body of four words and its acronym, "40 members of the Central Reserve Police
# Force (CRPF)", "12 membres des Forces de défense et de sécurité (FDS)"; it was five).
_COMPLEMENT_REACH: Final = 8


def _before_complement(folded: str, words: Sequence[re.Match[str]], index: int) -> int:
    """The index of the last word before a complement that ends at ``index``, when the
    complement follows the victims ("members" in "three members of the Popular Mobilization
    Forces (PMF)", "bleu" in "un casque bleu de la Minusca"), else ``index``: "of"/"de" within five
    words before it, right after a person noun, with no comma in between."""
    for at in range(index - 1, max(0, index - _COMPLEMENT_REACH), -1):
        if words[at][0] in _CASUALTY_WORDS or words[at][0] in _VERB_WORDS:
            return index  # a clause of its own ("a commander was killed and two others")
        if words[at][0] not in _COMPLEMENT_OPENERS:
            continue
        noun = at - 1
        if noun >= 1 and words[noun][0] in {"bleu", "bleus"}:  # "casque bleu", "casques bleus"
            noun -= 1
        if noun < 0 or not is_person(words[noun][0]):
            continue  # "des forces de sécurité": the "de" inside the complement
        if "," in folded[words[noun].end() : words[index].end()]:
            return index
        return at - 1
    return index


def _added(first: Quantity, second: Quantity) -> Quantity:
    """Two groups of victims as one figure ("two soldiers and a vigilante": 3), qualified as
    the first group is (one named victim counts as exact)."""
    assert first.best is not None and second.best is not None
    low = (first.low or first.best) + (second.low or second.best)
    high = (first.high or first.best) + (second.high or second.best)
    qualifier = "exact" if first.qualifier in {"exact", "one"} else first.qualifier
    return Quantity(first.best + second.best, low, high, qualifier, first.start, second.end)


def _one_subject(folded: str, floor: int, keyword_start: int) -> Quantity | None:
    """A figure in the subject before a casualty word: "12 soldiers were killed", also over an
    aside ("16 people, including civilians, were killed") or an apposition ("six volunteers,
    civilian auxiliaries of the army, were killed"), or failing that over two or three
    appositions in a row (0.21.0; read again only when they end the subject elsewhere)."""
    low = max(floor, keyword_start - 100)
    aside = _ASIDE.search(folded, max(floor, keyword_start - _ASIDE_REACH), keyword_start)
    end = _subject_end(folded, (low, keyword_start), aside, _APPOSITION)
    found = _subject_before(folded, floor, end)
    if found is None:
        longer = _subject_end(folded, (low, keyword_start), aside, _APPOSITIONS)
        if longer != end:  # (the same end reads the same subject)
            found = _subject_before(folded, floor, longer)
    if found is None:
        # (0.23.0) the victims described by a participle ("Fifty-four Ugandan soldiers serving
        # with the African Union force in Somalia were killed", "douze soldats déployés dans le
        # cadre de la mission de l'ONU ont été tués")
        serving = _SERVING.search(folded, low, end)
        if serving is not None and any(
            is_person(word) for word in _last_words(folded, low, serving.start())
        ):
            found = _subject_before(folded, floor, serving.start())
            if found is not None and found.qualifier == "one":
                found = None  # "a contractor working for X was killed": the passive reads one
    return found


# A participle that describes the victims, up to the verb (one of its words is in every match).
_SERVING: Final = re.compile(
    r" (?:serving|stationed|deployed|based|working|posted|assigned|travell?ing|en poste|"
    r"deployee?s?|stationnee?s?|basee?s?|servant|travaillant|affectee?s?)\b[^,;:()]{0,90}$"
)


def _last_words(folded: str, low: int, end: int) -> list[str]:
    """The last two words of ``folded[low:end]`` (a person and its nationality: "soldats
    tchadiens", "Ugandan soldiers")."""
    return _WORD.findall(folded, max(low, end - 40), end)[-2:]


def _subject_end(
    folded: str,
    window: tuple[int, int],
    aside: re.Match[str] | None,
    apposition: re.Pattern[str],
) -> int:
    """Where the subject ends before the casualty word at the end of ``window``: before the
    aside, else before the apposition (``apposition``, or before a verb of dying the one
    without an auxiliary), else at the word."""
    low, keyword_start = window
    skipped = aside or apposition.search(folded, low, keyword_start)
    if skipped is None and folded.startswith(_DYING, keyword_start):
        skipped = _APPOSITION_BEFORE_DYING.search(folded, low, keyword_start)
    return skipped.start() if skipped is not None else keyword_start


def _subject_before(folded: str, floor: int, keyword_start: int) -> Quantity | None:
    """The figure of the subject that ends at ``keyword_start`` (see ``_one_subject``)."""
    words = list(_WORD.finditer(folded, max(floor, keyword_start - 90), keyword_start))
    index = len(words) - 1
    if (
        index >= 1
        and words[index][0] in {"et", "and"}
        and not is_person(words[index - 1][0])
        and not folded[words[index - 1].end() : words[index].start()].strip(' »"')
    ):
        # "affirme avoir détruit « plus de quarante citernes » et tué ...": a second verb of
        # the same subject; what comes before "et" is the first verb's object
        return None
    while index >= 0 and words[index][0] in _AUX:
        index -= 1
    index = _before_age(words, index)  # "a 45-year-old man", "un homme de 45 ans"
    index = _before_complement(folded, words, index)
    head = words[index][0] if index >= 0 else ""
    nouns = 0
    while index >= 0 and nouns < 5:
        token = words[index]
        word = token[0]
        if word in _CASUALTY_WORDS:
            return None
        end = token.end()
        if not cannot_end_amount(folded, word, end, floor):
            quantity = quantity_ending_at(folded, end, floor)
            if (
                quantity is not None
                and quantity.end == end
                and not _is_age(folded, quantity)
                and not _is_duration(folded, quantity)
                and not (nouns == 0 and _is_year(folded, quantity))
                and _MONTH_AFTER.match(folded, quantity.end) is None  # "le 3 mars est mort"
            ):
                return quantity
        if (word in _ARTICLE or word in _DEFINITE_ONE) and nouns >= 1:
            # "a peacekeeper", "un casque bleu", and "un de ses membres", "un des soldats"
            if (
                head in _PERSON
                or words[index + 1][0] in _PERSON
                or (word in {"un", "une"} and words[index + 1][0] in _OF)
            ):
                return Quantity(1, 1, 1, "one", token.start(), words[-1].end())
            if word in _ARTICLE:
                return None  # "one of its members": a possessive may follow the figure
        nouns += 1
        index -= 1
        between = folded[words[index].end() if index >= 0 else floor : token.start()]
        if "," in between or ";" in between or ":" in between or "(" in between or ")" in between:
            return None
    return None


# "killing three soldiers and two civilians", "tuant trois soldats et deux civils": a second
# group of victims after the first (one to three words, then "and"/"et").
# (0.23.0: a word may be an abbreviation with points, "two U.S. troops and a British soldier")
_AND_AFTER_GROUP: Final = re.compile(r"((?: [a-z'-]+| " + _ABBREVIATION + r"){1,3}?),? (?:and|et) ")
_VERB_AFTER_GROUP: Final = re.compile(
    r"(?: [a-z'-]+){0,3}? (?:were|was|have|has|had|are|is|ont|a|sont|est|furent|etaient)\b"
)


# The people an active "abattu" shoots dead ("ont abattu cinq ouvriers", "a abattu un policier").
_PEOPLE_AFTER: Final = re.compile(
    r"(?: [a-z]+)? (?:personnes?|civils?|soldats?|militaires?|policiers?|gendarmes?|ouvriers?|"
    r"villageois|fideles?|passagers?|habitants?|hommes?|femmes?|enfants?|membres?|combattants?|"
    r"agents?|employes?|mineurs?|orpailleurs?|chauffeurs?|commercants?|paysans?|agriculteurs?|"
    r"eleveurs?|eleves?|etudiants?|enseignants?|travailleurs?|pecheurs?|miliciens?|"
    r"volontaires?|supplétifs?|suppletifs?|chefs?|responsables?|elus?|pretres?|imams?)\b"
)


# A singular passive of killing: "Al-Qaderi was killed", "he was shot dead", "il a été tué".
_SINGULAR_PASSIVE: Final = re.compile(r"\b(?:was|a ete|avait ete|fut)\s+$")
_SINGULAR_KILLED: Final = frozenset(
    {"killed", "shot dead", "gunned down", "slain", "tue", "tuee", "assassinated", "assassine",
     "assassinee"}
)  # fmt: skip


def _one_passive(folded: str, start: int, match: re.Match[str]) -> Quantity | None:
    """One victim told by a singular passive with no figure ("Al-Qaderi was killed when a drone
    struck", "il a été tué"), unless nobody was ("no one was killed")."""
    if match.group(0) not in _SINGULAR_KILLED:
        return None
    before = _SINGULAR_PASSIVE.search(folded, max(start, match.start() - 12), match.start())
    if before is None:
        return None
    words = _WORD.findall(folded, max(start, before.start() - 30), before.start())
    if words and words[-1] in {"one", "nobody", "personne", "no", "aucun", "none", "anyone",
                               "anybody"}:  # fmt: skip
        return None  # "no one was killed", "did not say whether anyone was killed"
    if not _HYPOTHESIS_WORDS.isdisjoint(words[-4:]):
        return None  # "whether he was killed", "s'il a été tué"
    return Quantity(1, 1, 1, "one", before.start(), match.end())


_HYPOTHESIS_WORDS: Final[frozenset[str]] = frozenset({"whether", "if", "si", "s'il", "s'ils"})


# "a commander was killed on Monday along with his bodyguard", "a été tué avec deux de ses
# gardes", "ainsi que son chauffeur": people who died with the victims told before the verb.
_ALONG_WITH: Final = re.compile(r",? (?:along with|together with|ainsi que|avec|with) ")
_ALONG_WITH_REACH: Final = 50  # characters from the casualty verb
_OTHERS: Final = frozenset({"others", "autres", "companions", "compagnons", "relatives", "proches"})


def _companions(folded: str, after: int, end: int) -> Quantity | None:
    """The people told as dying (or hurt) along with the victims before a casualty verb."""
    joint = _ALONG_WITH.search(folded, after, min(end, after + _ALONG_WITH_REACH))
    if joint is None:
        return None
    group = quantity_starting_at(folded, joint.end(), end)
    if group is None:
        return _one_named(folded, joint.end(), end)
    if group.best is None or _ATTACKERS_AFTER.match(folded, group.end) is not None:
        return None
    words = _WORD.findall(folded, group.end, min(end, group.end + 30))[:3]
    if any(is_person(word) or word in _OTHERS for word in words):
        return group  # "two of his guards", "trois autres", "three others"
    return None


def _people_after(folded: str, end: int) -> bool:
    """Whether people follow a figure (``_PEOPLE_AFTER``, or a person noun within two words:
    "a abattu un dirigeant communautaire", "ont abattu deux jeunes bergers")."""
    if _PEOPLE_AFTER.match(folded, end) is not None:
        return True
    return any(is_person(word) for word in _WORD.findall(folded, end, end + 30)[:2])


def _object_quantity(folded: str, after: int, end: int) -> Quantity | None:
    """``_one_object``, summed over two groups joined by "and"/"et" ("killing three soldiers
    and two civilians": 5), unless the second group is the subject of a verb of its own
    ("killed three soldiers and two civilians were wounded")."""
    first = _one_object(folded, after, end)
    if first is None or first.best is None:
        return first
    joint = _AND_AFTER_GROUP.match(folded, first.end, end)
    if joint is None and first.qualifier == "one":
        # (0.27.0) "killed commander X along with five civilians": the others told after
        companions = _companions(folded, first.end, end)
        return first if companions is None else _added(first, companions)
    if joint is None or any(w in _CASUALTY_WORDS for w in joint.group(1).split()):
        return first
    at = joint.end()
    if folded.startswith("d'", at):
        at += 2  # (0.27.0) "la mort de vingt militaires et d'un civil": the "de" said again
    second = quantity_starting_at(folded, at, end)
    if second is None:  # "tuant quatorze femmes et un homme", "killing four soldiers and a boy"
        second = _one_named(folded, at, end)
    if second is None or second.best is None or _is_age(folded, second):
        return first
    if _VERB_AFTER_GROUP.match(folded, second.end, end) is not None:
        return first
    if _located_groups(folded, joint.group(1), second.end, end):
        return first  # "killing 70 people in X and 30 others in Y": each place its own toll
    return _added(first, second)


# (0.18.0) A locative word inside a group or right after one: "70 people in X", "30 autres à Y".
_LOCATIVE_WORDS: Final = frozenset({"in", "at", "near", "a", "au", "aux", "dans", "en", "pres"})
# The locative words before a place a group of victims is told at ("in X", "à X", "près de X").
LOCATIVE: Final = r"(?:in|at|near|a|au|aux|dans|en|pres de|pres d')"
_LOCATED_AFTER: Final = re.compile(r"(?: [a-z'-]+){0,2}? " + LOCATIVE + " ")
# A second group of victims of the same kind told at a place of its own after a first one told
# at its place: "killing 70 people in X and 30 others in Y", "70 personnes ont été tuées à X et
# 30 autres à Y" (the verb is left out of the second clause); (0.29.0) also across an aside
# situating the first place ("à X, dans le caza de Z, et quatre autres à Y").
_GAPPED_GROUP: Final = re.compile(
    r"(?: [a-z'-]+){0,3}? " + LOCATIVE + r"[^,;.:()]{1,40}?(?:, [^,;.:()]{1,40}?)?,? (?:and|et) "
)


def _located_groups(folded: str, between: str, second_end: int, end: int) -> bool:
    """Whether two groups joined by "and"/"et" are each told at a place of their own."""
    return not _LOCATIVE_WORDS.isdisjoint(between.split()) and (
        _LOCATED_AFTER.match(folded, second_end, end) is not None
    )


def _gapped_group(folded: str, after: int, end: int) -> Quantity | None:
    """The second group of victims told at its own place after the first group and its verb,
    which end at ``after`` (``_GAPPED_GROUP``)."""
    joint = _GAPPED_GROUP.match(folded, after, end)
    if joint is None:
        return None
    second = quantity_starting_at(folded, joint.end(), end)
    if second is None or second.best is None or _is_age(folded, second):
        return None
    if _LOCATED_AFTER.match(folded, second.end, end) is None:
        return None
    return second


def _one_object(folded: str, after: int, end: int) -> Quantity | None:
    """A figure right after an active casualty verb: "killed 12", "en a blessé une quarantaine",
    "tue un commandant" (1); or a toll that "has risen to more than 40"."""
    if folded[after : after + 4] in (" of ", " de "):  # "the deaths of", "la mort de"
        after += 4
    elif folded[after : after + 3] == " d'":  # "la mort d'au moins 64 personnes"
        after += 3
    elif folded[after : after + 1] == " ":
        after += 1
    else:
        return None
    skip = _SKIP_AFTER_VERB.match(folded, after)  # "a tué dimanche cinq combattants"
    if skip is not None:
        after = skip.end()
    aged = _AGED_ONE.match(folded, after, end)
    if aged is not None:  # "killed a 62-year-old woman", "shot dead a 46-year-old rubber tapper"
        return Quantity(1, 1, 1, "one", after, aged.end())
    quantity = quantity_starting_at(folded, after, end)
    if quantity is not None and _MONTH_AFTER.match(folded, quantity.end):
        return None  # "a été tué jeudi 4 janvier": a date, not a toll
    if quantity is not None and _is_age(folded, quantity):
        return None  # "a blessé 45 ans": an age, not a toll
    if quantity is None:
        others = _the_one_and_others(folded, after, end)
        if others is not None:
            return others
        one = _one_named(folded, after, end)
        if one is not None:
            return one
        titled = _titled_one(folded, after, end)
        if titled is not None:
            return titled
        risen = (
            _RISEN.search(folded, after, end)
            if contains_any(folded[after:end], _RISEN_WORDS)
            else None
        )
        if risen is not None:
            quantity = quantity_starting_at(folded, risen.end(), end)
    return quantity


# (0.28.0) One definite person, maybe named in apposition, then the others killed with them:
# "the minister, Khalil Haqqani, and at least four other people", "le gouverneur et trois
# autres personnes".
_THE_ONE_AND: Final = re.compile(
    r"(?:the|le|la|l'|his|her|their|son|sa|leur) ?(?:[a-z-]+ ){0,2}?(?P<person>[a-z-]+)"
    r"(?:, [a-z.'-]+(?: [a-z.'-]+){0,3},)? (?:and|et) "
)
_OTHER_PEOPLE: Final = re.compile(r" (?:[a-z-]+ )?(?:others?|autres?)\b")


def _the_one_and_others(folded: str, after: int, end: int) -> Quantity | None:
    """One definite person and a figure of others killed with them, as one figure (1 + N,
    qualified as the others are); not "the soldier and two civilians" (two groups, summed by
    the caller when the first has a figure)."""
    match = _THE_ONE_AND.match(folded, after, end)
    if match is None or not is_person(match["person"]):
        return None
    others = quantity_starting_at(folded, match.end(), end)
    if others is None or others.best is None or others.qualifier == "one":
        return None
    if _OTHER_PEOPLE.match(folded, others.end, end) is None:
        return None
    low, high = (others.low or others.best) + 1, (others.high or others.best) + 1
    return Quantity(others.best + 1, low, high, others.qualifier, after, others.end)


def _titled_one(folded: str, after: int, end: int) -> Quantity | None:
    """(0.27.0) One person named by a title and no determiner, with more victims told after
    ("killed senior commander Fuad Shukr along with five civilians", "killing businessman X and
    at least three other people"): one, the others summed by the caller (without them the
    figure stays unknown, as a title may head a list)."""
    words = list(_DOTTED_WORD.finditer(folded, after, min(end, after + 40)))[:3]
    texts = [w[0] for w in words]
    if not texts or texts[0] in _ARTICLE or texts[0] in _DEFINITE_ONE:
        return None
    at = next((i for i, text in enumerate(texts) if text in _PERSON), None)
    if at is None:
        return None
    person_end = words[at].end()
    more = _AND_AFTER_GROUP.match(folded, person_end, end) or _ALONG_WITH.search(
        folded, person_end, min(end, person_end + _ALONG_WITH_REACH)
    )
    if more is None:
        return None
    return Quantity(1, 1, 1, "one", after, person_end)


def _one_named(folded: str, after: int, end: int) -> Quantity | None:
    """One person named after an active casualty verb: "un commandant", "a senior commander",
    "an American contractor" (one word may stand between the determiner and the person, 0.23.0:
    two after "a"/"un", "a U.S. civilian contractor", "un jeune soldat israélien"); or
    one definite person, "killing the driver", "tuant son chauffeur", "killing a passer-by",
    unless more victims are added after them ("the driver and ...": the sum is read
    elsewhere, or the figure is unknown)."""
    words = list(_DOTTED_WORD.finditer(folded, after, min(end, after + 40)))[:4]
    texts = [w[0] for w in words]
    if texts and texts[0].startswith("l'") and len(texts[0]) > 2:
        texts = ["l", texts[0][2:], *texts[1:]]  # "tuant l'employé"
    if len(texts) < 2:
        return None
    determiner = texts[0]
    indefinite = determiner in _ARTICLE and determiner not in {"the", "le", "la", "l"}
    if not indefinite and determiner not in _DEFINITE_ONE:
        return None
    at = next((i for i in range(1, len(texts)) if texts[i] in _PERSON), 0)
    if at == 0 or at > (3 if indefinite else 2):
        return None
    if not _MODIFIERS_ONLY.isdisjoint(texts[1:at]):
        return None  # "a number of people", "a group of soldiers": not one
    if not indefinite:
        noun = next((w for w in words if w[0].endswith(texts[at])), None)
        if noun is None or _MORE_AFTER.match(folded, noun.end(), end) is not None:
            return None
    return Quantity(1, 1, 1, "one", after, after + len(determiner))


# The attackers counted by a figure ("12 attackers were killed", "killing three of the
# assailants", "deux des assaillants ont été tués"): the attack's own side, not its toll.
_ATTACKERS_AFTER: Final = re.compile(
    r"(?: of the| d'entre| des| parmi les)? (?:attackers|assailants|assaillants|attaquants|"
    r"suicide bombers|kamikazes)\b"
)


def _people_named(folded: str, quantity: Quantity) -> bool:
    """Whether the figure counts people: a person noun right after it ("deux policiers"), or
    the figure is one named person ("un soldat")."""
    words = _WORD.findall(folded, quantity.end, quantity.end + 30)[:2]
    if quantity.qualifier == "one":
        words = _WORD.findall(folded, quantity.start, quantity.end + 30)[:3]
    return any(is_person(word) for word in words)


_BODIES: Final[frozenset[str]] = frozenset({"bodies of", "corps de"})
# (0.27.0) The phrases counted only by the figure right before them (besides "été abattu(s)").
_FALLEN: Final[frozenset[str]] = frozenset({"tombes", "tombees"})
_COUNTED_BODIES: Final[frozenset[str]] = frozenset(
    {"bodies", "corps sans vie", "corps ont ete", "corps avaient ete"}
)
_FIGURE_BEFORE: Final[frozenset[str]] = _FALLEN | _COUNTED_BODIES | {"lives"}
_LIVES_VERB: Final = re.compile(r"\b(?:claimed|claiming|cost|costing|took|taking) (?:the )?$")
# (0.27.0) How they were killed, between the verb and its victims ("ont tué à la machette cinq
# cultivateurs", "killed with machetes five farmers", "ont tué par balles deux passants").
_MANNER: Final = re.compile(
    r" (?:a la machette|a coups de machettes?|au couteau|a l'arme blanche|par balles|"
    r"with (?:a )?machetes?|with knives|with a knife|by gunfire)(?=,? )"
)
_FALLEN_REACH: Final = 25  # characters from the soldiers counted to "tombés"


def _figure_before(folded: str, start: int, at: int, phrase: str) -> Quantity | None:
    """The figure a phrase counts from before it (``at``: where it starts; ``start``: the
    sentence's): people for "ont été abattus" (drones are shot down too) and, within 25
    characters, for "tombés" (shells fall too); right before "bodies", "corps ont été"; right
    before "lives" and after "claimed", "cost", "took"."""
    quantity = _subject_quantity(folded, start, at)
    if quantity is None:
        return None
    if phrase in _FALLEN:
        near = at - quantity.end <= _FALLEN_REACH
        return quantity if near and _people_named(folded, quantity) else None
    if phrase in _COUNTED_BODIES:
        return quantity if at - quantity.end <= 1 else None
    if phrase == "lives":
        claimed = _LIVES_VERB.search(folded, max(start, quantity.start - 12), quantity.start)
        return quantity if at - quantity.end <= 1 and claimed is not None else None
    return quantity if _people_named(folded, quantity) else None  # "ete abattu(s)"


# "a young man was shot dead": the matcher gives "was shot" to the attack words and keeps only
# "dead" as a casualty word; the phrase is read whole ("shot dead") from a few characters back.
_SHARED_REACH: Final = 6


def _whole_phrase(folded: str, start: int, end: int) -> re.Match[str] | None:
    """A casualty phrase ending exactly at ``end`` that starts in ``folded[start:end]``."""
    match = _CASUALTY.search(folded, start, end)
    return match if match is not None and match.end() == end else None


def find_casualties(
    folded: str,
    start: int,
    end: int,
    words: Sequence[tuple[int, int]] | None = None,
    mask: int | None = None,
) -> tuple[list[Casualty], bool, bool]:
    """Casualty figures in ``folded[start:end]``, and whether "no casualties" (killed, wounded).

    ``words`` are the spans of casualty words when the caller has them from the matcher;
    ``mask`` the word mask of the span when it is a whole sentence (``SentenceFacts.words``).
    """
    sentence = folded[start:end]
    negated = _told(mask, _NEGATION_BIT, sentence, _NEGATION_WORDS)
    none_match = _NONE.search(sentence) if negated else None
    if none_match is not None and _CIVILIAN_ONLY.match(sentence, none_match.end()):
        none_match = None  # "aucune victime civile": soldiers may still have died
    none_all = none_match is not None
    kill_only = negated and _KILL_ONLY_NONE.search(sentence) is not None
    none_killed = none_all or kill_only
    none_wounded = none_all and not kill_only
    found: list[Casualty] = []
    spans: Sequence[tuple[int, int]] = (
        [(m.start(), m.end()) for m in _CASUALTY.finditer(folded, start, end)]
        if words is None
        else words
    )
    if not spans:  # no casualty word: only the "no casualties" statement counts
        return found, none_killed, none_wounded
    heart = _HEART.search(sentence) if _told(mask, _HEART_BIT, sentence, _HEART_WORDS) else None
    contrast = (
        _CONTRAST.search(folded, start, end)
        if _told(mask, _CONTRAST_BIT, sentence, _CONTRAST_WORDS)
        else None
    )
    for word_start, word_end in spans:
        match = _whole_phrase(folded, max(start, word_start - _SHARED_REACH), word_end)
        if match is None:
            match = _CASUALTY.search(folded, word_start, word_end)
        if match is None:
            continue
        kind = "killed" if match.group("kill") else "wounded"
        # "..., tandis qu'une autre source évoque trois morts": another account; but "downed the
        # drones, but the debris killed two and wounded 11" is one account, wholly after it;
        # (0.27.0) and the other kind of casualty after the contrast completes the account ("two
        # people were killed, while 15 others were injured")
        if (
            contrast is not None
            and found
            and match.start() > contrast.end()
            and found[0].position < contrast.start()
            and any(f.kind == kind for f in found if f.position < contrast.start())
        ):
            break
        if heart is not None and abs(match.start() - (start + heart.start())) < 60:
            continue
        low = max(start, match.start() - 30)
        if contains_any(folded[low : match.end()], _PARTITIVE_WORDS) and _PARTITIVE.search(
            folded, low, match.end()
        ):
            continue
        object_at = match.end()
        shot = match.group(0).endswith(" abattu")
        if shot and folded.startswith(" par balles", object_at):
            object_at, shot = object_at + len(" par balles"), False  # "abattu par balles un X"
        manner = _MANNER.match(folded, object_at)
        if manner is not None:
            object_at = manner.end()  # (0.27.0) "ont tué à la machette cinq cultivateurs"
        phrase = match.group(0)
        if phrase.startswith("ete abattu") or phrase in _FIGURE_BEFORE:
            # the phrases that only count the figure before them ("deux policiers ont été
            # abattus", "claimed 12 lives", "counted at least 45 bodies", "quatre soldats tombés")
            quantity = _figure_before(folded, start, match.start(), phrase)
            if quantity is not None:
                found.append(Casualty(kind, quantity, match.start()))
            continue
        quantity = _object_quantity(folded, object_at, end)
        # "ont abattu cinq ouvriers" kills; "ont abattu 20 drones" downs them; "the bodies of 22
        # people" counts the dead, "le corps de garde" nobody
        if (shot or match.group(0) in _BODIES) and (
            quantity is None or not _people_after(folded, quantity.end)
        ):
            continue
        if quantity is None:
            quantity = _subject_quantity(folded, start, match.start())
        if quantity is None:
            quantity = _another_one(folded, start, match.start())
        if quantity is None and kind == "killed":
            quantity = _one_passive(folded, start, match)
        if quantity is None or (quantity.best == 1 and _NOBODY.match(folded, quantity.start)):
            continue  # "no one was hurt": nobody, not one
        if _ATTACKERS_AFTER.match(folded, quantity.end) is not None:
            continue  # "12 attackers were killed", "deux assaillants ont été tués": not victims
        if quantity.best == 1 and _one_more(folded, kind, match.end(), end):
            quantity = Quantity(2, 2, 2, "exact", quantity.start, quantity.end)  # "and another"
        if quantity.best is not None and quantity.start < match.start():
            companions = _companions(folded, match.end(), end)
            if companions is not None:  # "was killed along with his bodyguard": two
                quantity = _added(quantity, companions)
        found.append(Casualty(kind, quantity, match.start()))
        if quantity.best is not None:
            gapped = _gapped_group(folded, max(quantity.end, match.end()), end)
            if gapped is not None:  # "... à X et 30 autres à Y": Y's toll, the verb left out
                found.append(Casualty(kind, gapped, gapped.start))
    if contains_any(sentence, _BROUGHT_WORDS):
        found = _toll_brought_to(folded, start, end, found)
    return found, none_killed, none_wounded


# (0.22.0) A toll brought to a new total by the deaths the sentence tells ("Two more victims
# died in hospital, bringing the death toll to 32", "Deux blessés sont morts, portant le
# bilan à 32 morts", "the ministry raised the death toll to 32"): the total is the killed
# figure; the deaths before it are the increment, and the wounded counted there died.
_BROUGHT_TO: Final = re.compile(
    r"\b(?:bringing|raising|pushing|taking|raised|brought|pushed|took|putting|put)\s+(?:the\s+)?"
    # (0.24.0: up to eight words between the toll and its new total, "raising the death toll
    # from the Russian drone strike on the city to 12")
    r"(?:overall\s+|total\s+|official\s+)?(?:(?:death\s+)?toll|number of (?:dead|deaths|people "
    r"killed))\s+(?:[a-z']+\s+){0,8}?to\s+|"
    r"\b(?:portant|porte|portent|ont porte|a porte|alourdissant)\s+(?:le|son)\s+(?:bilan|"
    r"nombre (?:de|des) (?:morts|tues|victimes))\s+(?:[a-z']+\s+){0,3}?a\s+"
)
_BROUGHT_WORDS: Final = ("toll", "bilan", "number of", "nombre de")
_DEAD_AFTER: Final = re.compile(
    r"\s+(?:morts|tues|victimes|dead|deaths|killed|people|and|et|on|as)\b|\s*(?:[,.;]|$)"
)


def _toll_brought_to(folded: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """The casualties once a toll brought to a total is read (see ``_BROUGHT_TO``)."""
    brought = _BROUGHT_TO.search(folded, start, end)
    if brought is None:
        return found
    total = quantity_starting_at(folded, brought.end(), end)
    if total is None or total.best is None or _DEAD_AFTER.match(folded, total.end, end) is None:
        return found
    kept = [c for c in found if c.kind == "wounded" and c.position > brought.end()]
    return [Casualty("killed", total, brought.start()), *kept]
