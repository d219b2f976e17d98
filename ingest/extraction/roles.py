"""Pass 6, roles: who attacked, who was targeted, who claimed and who told, in one sentence.

Reads a sentence's actor, demonym, place, weapon and source matches, its cue spans and live
attack words, and the last non-state group named before it. Adds the actor mentions of the
sentence (``actor_mentions``: names, nationalities next to an attack word or an aircraft,
"the group" for the last group named), its roles (``sentence_roles``: ``actors.assign_roles``
over the live attack words, then a claim voiced by a group's spokesman or made by a state in
its country's name), the source it cites (``source_of``), the group a later "the group" means
(``last_named_group``), and, once the frames are built, the state's air strike told beside
the militias' rockets (``split_air_and_ground``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from ingest.extraction.actors import (
    DEFENCE_FIRED,
    NON_STATE_KINDS,
    STATE_KINDS,
    ActorMention,
    Roles,
    anaphoric_actors,
    assign_roles,
)
from ingest.extraction.candidates import ArticleContext, Candidate
from ingest.extraction.facts import SentenceFacts, Span, inside
from ingest.extraction.lexicons import Actor, Lexicons, Place
from ingest.extraction.matching import ACTOR, DEMONYM, PLACE, SOURCE, WEAPON, Match
from ingest.extraction.quickscan import quick_compile
from ingest.extraction.weapons import not_used
from ingest.extraction.wordregex import contains_any, word_set

# "the al-Qaeda-linked group", "Iran-aligned": the name qualifies another actor; "a
# Houthi-controlled area", "rebel-held", "the Hamas-run ministry": a place or a body it runs.
COMPOUND_MODIFIER: Final = re.compile(
    r" (?:linked|backed|affiliated|aligned|allied|supported|inspired|led|controlled|held|run|"
    r"dominated|occupied|administered)\b"
)
# "une zone contrôlée par les Houthis", "an area held by the rebels": the owner of a place.
_OWNED_BY_BEFORE: Final = quick_compile(
    r"\b(?:controlee?s?|tenue?s?|dirigee?s?|administree?s?|occupee?s?|controlled|held|run|"
    r"administered|occupied) (?:par|by) (?:les |la |le |l'|the )?$"
)
_NATION_ABBREVIATION: Final = re.compile(r"[a-z](?:\.[a-z])+\.?|us|uk")
# "an attack killed an American contractor": a nationality after these words is the victim's.
_VICTIM_BETWEEN: Final = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hit|hits|targeted|targeting|"
    r"struck|tue|tuant|blesse|blessant|vise|visant|cible|ciblant|on|against|contre|sur)\b"
)
# (0.32.0: and a model, "American B-2 stealth bombers", "U.S. F-15E jets")
_ADJACENT: Final = re.compile(r"\.? ?(?:[a-z]{1,3} ?[0-9]{1,3}[a-z]? )?(?:[a-z0-9]+ ){0,2}")
# "missiles balistiques russes"; (0.32.0) with a model after it, "bombardiers furtifs B-2
# américains"
_ONE_ADJECTIVE: Final = re.compile(r" [a-z]{3,16} (?:[a-z]{1,3} ?[0-9]{1,3}[a-z]? )?")
# Attack words a nationality can qualify or be the subject of ("Russian shelling", "frappes
# israéliennes", "Russians shelled"), ending a trigger cue ("ont bombardé").
_ATTACK_WORD: Final = re.compile(
    r"\b(?:strikes?|struck|airstrikes?|attacks?|attacked|shelling|shelled|bombardments?|bombing|"
    r"bombed|raids?|offensive|frappes?|frappe|attaques?|attaque|bombardements?|bombarde|"
    r"pilonnages?|pilonne|tirs|assaut|assault|drone strikes?|missile strikes?)$"
)
# Punctuation or a conjunction between a country and a claim word: another subject.
_NEW_SUBJECT: Final = re.compile(r"[,;:.]|\b(?:and|et|but|mais|while|tandis)\b")
# Whose spokesman's "that it had targeted" is a claim: groups and armed forces, not governments.
# Between a country and its attack verb: nothing but a blank or an auxiliary ("Israel has
# struck", "la Russie a lancé" where "a lancé" is the cue itself).
_STATE_VERB_GAP: Final = re.compile(r"\s*(?:(?:has|have|had|then|also|again|a encore|aussi)\s+)?")
# A country that is the subject of its clause: at the start of the sentence or after a comma
# or a subordinator, with only an article before it.
# (0.25.0: also after a dateline's dash, "KYIV, Oct 9 (Reuters) - Russia struck", "BEYROUTH,
# 6 octobre (AFP) - Israël a frappé")
_SUBJECT_START: Final = re.compile(
    r"(?:^|[\n.;:,]\s*|\s[-\u2013\u2014]\s+|\)\s+|\b(?:that|when|as|after|while|because|"
    r"but|que|qu'|quand|lorsque|mais|car|puis)\s+)(?:la\s+|le\s+|l'|the\s+)?$"
)
_SPOKEN_FOR_KINDS: Final = NON_STATE_KINDS | {"state_force", "external_force"}
# The weapons of the militias' side of a tit-for-tat sentence.
GROUND_WEAPONS: Final = frozenset({"rocket", "missile", "mortar", "ied"})


def actor_mentions(
    context: ArticleContext,
    fact: SentenceFacts,
    last_group: str | None,
    recent_group: str | None = None,
    force: str | None = None,
) -> list[ActorMention]:
    """The actors a sentence names outside its context clauses (not as a qualifier: "the
    al-Qaeda-linked group"), the states its nationalities stand for, "the group" for the
    last group named, and "they", "ils" at work for the group named in the last two sentences
    (``recent_group``) when the sentence names no actor before them."""
    folded = context.folded
    families = fact.families
    discounted = fact.discounted
    found = [
        ActorMention(m.start, m.end, m.entry.ref, _identified_hint(folded, m, fact))
        for m in families.get(ACTOR, ())
        if (not discounted or not inside(m.start, discounted))
        and COMPOUND_MODIFIER.match(folded, m.end) is None
        and _OWNED_BY_BEFORE.search(folded, max(0, m.start - 30), m.start) is None
        and _GROUP_NAME_HEAD.search(folded, max(0, m.start - 12), m.start) is None
    ]
    if WEAPON in families or DEMONYM in families:  # a nationality next to an attack
        spans = fact.cue_spans
        found += nationals(context, families, found, spans.get("trigger", ()), spans)
    if DEMONYM in families and "trigger" in fact.cue_spans:
        found += launch_platforms(folded, families[DEMONYM], context.state_force)
    if PLACE in families and ("agent" in fact.cue_spans or "trigger" in fact.cue_spans):
        found += states_acting(context, families[PLACE], fact.cue_spans.get("agent", ()))
        found += states_owning_an_attack(
            context, families[PLACE], fact.cue_spans.get("trigger", ()), families.get(ACTOR, ())
        )
        found += capitals_acting(context, families[PLACE], fact.cue_spans.get("agent", ()))
    if context.home is not None and (
        "trigger" in fact.cue_spans or "attribution" in fact.cue_spans
    ):
        # (or the army blamed in a sentence of its own: "Residents blamed the federal army")
        found += home_forces(context, fact, found)
    if PLACE in families and "attribution" in fact.cue_spans:
        found += states_blamed(context, families[PLACE], fact.cue_spans["attribution"])
    if recent_group is not None:
        found += [
            pronoun
            for pronoun in [
                *pronoun_agents(folded, fact, recent_group),
                *possessive_agent(folded, fact, recent_group),
                *possessive_members_agents(folded, fact, recent_group),
            ]
            if not any(m.start < pronoun.start for m in found)
        ]
    if force is not None and fact.words & _BARE_ARMY_WORDS:
        found += [
            army
            for army in bare_army_agents(folded, fact, force)
            if not any(m.start < army.end and army.start < m.end for m in found)
        ]
    if last_group is not None:
        start, end = fact.sentence.start, fact.sentence.end
        found += [
            anaphor
            for anaphor in anaphoric_actors(folded, start, end, last_group, fact.words)
            if not any(m.start < anaphor.end and anaphor.start < m.end for m in found)
        ]
    return found


# The head word of a longer Arabic group name ("Saraya Ansar al-Sunna", "Harakat Hezbollah
# al-Nujaba", "Liwa ..."): a group named with an alias inside its name is another group, which
# the actor table may not hold (then no actor, never the one whose alias it contains).
_GROUP_NAME_HEAD: Final = re.compile(r"\b(?:saraya|liwa|harakat|jabhat|tanzim|firqat|katibat) $")


# "the attackers were al-Shabaab fighters", "the gunmen were suspected members of X", "les
# assaillants étaient des combattants du JNIM": the attackers identified as a group.
# (0.22.0) Also told in an apposition: "the attackers, identified by local officials as X
# militiamen, stormed ...", "les assaillants, identifiés par les autorités comme des miliciens
# de X, ...", "the gunmen, who police said were X fighters", "les assaillants, présentés comme
# des membres de X".
_ATTACKERS_WERE: Final = re.compile(
    r"\b(?:attackers|assailants|gunmen|assaillants|attaquants|hommes armes)\s*(?:(?:were|are|"
    r"was|etaient|sont|seraient|etait)|, (?:identified|described|named)(?: by [a-z' ]{1,40}?)? "
    r"as|, (?:identifies|decrits|presentes)(?: par [a-z' ]{1,40}?)? comme|,? (?:who|qui)"
    r"(?: [a-z']+){0,4}? (?:were|are|etaient|sont|seraient)"
    # (0.27.0) the group they are believed to belong to ("gunmen believed to belong to X",
    # "des hommes armés soupçonnés d'appartenir à X", "qui appartiendraient à X")
    r"|,? (?:believed|suspected|thought|said|reported) to (?:belong|be linked|be affiliated) to"
    r"|,? (?:soupconnes|suspectes|presumes) d'appartenir a|,? qui appartiendraient a"
    r")\s+(?:(?:all|tous|likely|probably|"
    r"suspected|believed to be|thought to be|presumably|presumes|des|de|du|d'|members of|"
    r"membres|fighters of|combattants|militants|miliciens|elements|from|of|the|les|la|le|l')"
    r"\s*)*$"
)


# Every _ATTACKERS_WERE match holds one of these: the cheap test before it (every actor named).
_ATTACKERS_WORDS: Final = (
    "attackers",
    "assailants",
    "gunmen",
    "assaillants",
    "attaquants",
    "hommes armes",
)
_ATTACKERS_BIT: Final = word_set(_ATTACKERS_WORDS)


def _identified_hint(folded: str, match: Match, fact: SentenceFacts) -> str:
    """The actor's role hint, "attacker" when the text identifies the attackers as it (the
    sentence's word mask rules that out when the 90 characters before lie in the sentence)."""
    low = max(0, match.start - 90)
    if (
        match.start > 14
        and (fact.words & _ATTACKERS_BIT or low < fact.sentence.start)
        and contains_any(folded[low : match.start], _ATTACKERS_WORDS)
        and _ATTACKERS_WERE.search(folded, low, match.start)
    ):
        return "attacker"
    return match.entry.detail


# "Depuis dimanche, ils ont ainsi tiré deux roquettes", "They then fired rockets at": a plural
# pronoun opening a clause, then (within three words) the attack word it is the subject of.
# (the singular too, "il", "it", for a group named in the singular: "Le groupe a multiplié
# les offensives. Le 11 mai, il avait ainsi pris pour cible X"; not "il y a")
_PRONOUN_SUBJECT: Final = re.compile(
    r"(?:[,;] |\b(?:et|and|puis|then) )(?:ils|elles|they|il(?! y a\b)|it)\b"
)
# The same pronoun opening the sentence (a search from the sentence's start never matches "^").
_OPENING_PRONOUN: Final = re.compile(r"(?:ils|elles|they|il(?! y a\b)|it)\b")
_PRONOUNS: Final = word_set(("ils", "elles", "they", "il", "it"))
# A possessive opening the sentence, then the attack word after at most a ranking adjective:
# the group's own attack ("Its deadliest attack, a truck bomb in X, killed ...", "Leur
# dernière attaque d'envergure remonte à ..."); not "Their convoy was attacked", the victims.
_OPENING_POSSESSIVE: Final = re.compile(
    r"(?:its|their|sa|son|ses|leur|leurs)(?: (?:deadliest|bloodiest|latest|last|most recent|"
    r"recent|biggest|largest|worst|first|previous|major|own|derniere|dernier|derniers|"
    r"dernieres|premiere|premier|precedente|precedent|principale|propre|plus grande|"
    r"plus grand))? "
)
_POSSESSIVES: Final = word_set(("its", "their", "sa", "son", "ses", "leur", "leurs"))
_PRONOUN_GAP: Final = re.compile(r"(?: [a-z']+){0,3}? ")
_PASSIVE_AFTER_PRONOUN: Final = re.compile(
    r" (?:ont ete|avaient ete|sont|were|have been|had been|are|a ete|avait ete|est|etait|was|"
    r"is|has been|s'agit)\b"
)


def pronoun_agents(folded: str, fact: SentenceFacts, group: str) -> list[ActorMention]:
    """ "ils", "they" as the subject of an attack word: the group named just before."""
    start, end = fact.sentence.start, fact.sentence.end
    if not fact.words & _PRONOUNS:
        return []
    ends = [m.end() for m in _PRONOUN_SUBJECT.finditer(folded, start, end)]
    opening = _OPENING_PRONOUN.match(folded, start)
    if opening is not None:
        ends.insert(0, opening.end())
    pronouns = [(max(start, folded.rfind(" ", start, e) + 1), e) for e in ends]
    return _acting_subject(folded, fact, pronouns, group)


def _acting_subject(
    folded: str, fact: SentenceFacts, subjects: Sequence[Span], group: str
) -> list[ActorMention]:
    """The first of ``subjects`` (spans that stand for ``group``, in the order to try) that is
    the subject of an attack word, a few words at most between, as ``group`` attacking; not a
    passive ("ils ont été tués", "ses combattants ont été tués": the victims)."""
    words = [*fact.cue_spans.get("agent", ()), *fact.cue_spans.get("trigger", ())]
    for subject_start, subject_end in subjects:
        if _PASSIVE_AFTER_PRONOUN.match(folded, subject_end):
            continue
        for word_start, _ in words:
            if _PRONOUN_GAP.fullmatch(folded, subject_end, word_start) is not None:
                return [ActorMention(subject_start, subject_end, group, "attacker")]
    return []


def possessive_agent(folded: str, fact: SentenceFacts, group: str) -> list[ActorMention]:
    """ "Its deadliest attack", "Leur dernière attaque" opening the sentence: the attack of the
    group named just before."""
    if not fact.words & _POSSESSIVES:
        return []
    start = fact.sentence.start
    opening = _OPENING_POSSESSIVE.match(folded, start)
    if opening is None:
        return []
    words = [*fact.cue_spans.get("agent", ()), *fact.cue_spans.get("trigger", ())]
    if not any(word_start == opening.end() for word_start, _ in words):
        return []
    return [ActorMention(start, folded.find(" ", start), group, "attacker")]


# (0.32.0) A group's members told by a possessive, opening a clause: "its fighters", "ses
# combattants", "leurs hommes".
_POSSESSIVE_MEMBERS: Final = re.compile(
    r"\b(?:its|their|ses|leurs) (?:fighters|militants|men|members|combatants|gunmen|"
    r"combattants|hommes|elements|membres|jihadistes|miliciens|militiamen)\b"
)
# What may stand right before such members opening a clause (the sentence's start aside).
_CLAUSE_OPENING: Final = re.compile(r"(?:[,;:] |\b(?:et|and|then|puis) )$")


def possessive_members_agents(folded: str, fact: SentenceFacts, group: str) -> list[ActorMention]:
    """(0.32.0) "Le même jour, ses combattants ont également attaqué X", "its fighters also
    attacked X": the members of the group named just before, as the subject of an attack word
    (not "ses combattants ont été tués": its losses)."""
    if not fact.words & _POSSESSIVES:
        return []
    start, end = fact.sentence.start, fact.sentence.end
    members = [
        (m.start(), m.end())
        for m in _POSSESSIVE_MEMBERS.finditer(folded, start, end)
        if m.start() == start
        or _CLAUSE_OPENING.search(folded, max(start, m.start() - 6), m.start()) is not None
    ]
    return _acting_subject(folded, fact, members, group)


# "the army", "l'armée" with no nationality, opening a clause as the subject of an attack word
# ("En juillet 2023, l'armée avait mené à Jénine ...", "On Monday, the army shelled X"): the
# state force the article named last (else its own country's).
_BARE_ARMY: Final = re.compile(
    # (0.32.0: or opening what is reported, "affirme que l'armée a mené", "said that the army")
    r"(?:[,;:] |\b(?:et|and|puis|then|que|that) )(l'armee|the army|the military|l'armee de l'air|"
    r"the air force|l'aviation|troops|les troupes)\b"
)
_OPENING_BARE_ARMY: Final = re.compile(
    r"(?:l'armee|the army|the military|l'armee de l'air|the air force|troops|les troupes)\b"
)
_BARE_ARMY_WORDS: Final = word_set(("armee", "army", "military", "air force", "aviation",
                                    "troops", "troupes"))  # fmt: skip
# "The air force said Russia launched ...": the army speaks, someone else acts.
_SAID_IN_GAP: Final = re.compile(
    r"\b(?:said|says|reported|announced|added|stated|claimed|dit|a dit|annonce|indique|affirme|"
    r"precise|rapporte|ajoute|selon|"
    # (0.23.0) "The army confirmed the attack", "L'armée a confirmé l'attaque": it tells of it
    r"confirmed|confirms|confirme|confirment|acknowledged)\b"
)
_PASSIVE_AFTER_ARMY: Final = re.compile(
    r" (?:[a-z']+ )?(?:was|were|has been|had been|have been|is|are|a ete|avait ete|est|"
    r"ont ete|avaient ete|sont|came under|comes under|come under|a fait l'objet|fait l'objet|"
    r"ont fait l'objet|a subi|ont subi|suffered)\b"
)


def bare_army_agents(folded: str, fact: SentenceFacts, force: str) -> list[ActorMention]:
    """A bare "the army" as the subject of an attack word: ``force``, the state force meant."""
    start, end = fact.sentence.start, fact.sentence.end
    words = [*fact.cue_spans.get("agent", ()), *fact.cue_spans.get("trigger", ())]
    if not words:
        return []
    found = [(m.start(1), m.end(1)) for m in _BARE_ARMY.finditer(folded, start, end)]
    opening = _OPENING_BARE_ARMY.match(folded, start)
    if opening is not None:
        found.insert(0, (opening.start(), opening.end()))
    for army_start, army_end in found:
        if _PASSIVE_AFTER_ARMY.match(folded, army_end):
            continue  # "the army was attacked", "l'armée a été visée": the side attacked
        for word_start, _ in words:
            if (
                _PRONOUN_GAP.fullmatch(folded, army_end, word_start) is not None
                and _SAID_IN_GAP.search(folded, army_end, word_start) is None
            ):
                return [ActorMention(army_start, army_end, force, "attacker")]
    return []


# Who else a plural pronoun may stand for: people named before the group in its sentence
# ("Soldiers repelled a JNIM attack. They then shelled ...": the soldiers).
_PEOPLE: Final = re.compile(
    r"\b(?:soldiers|troops|forces|police|policemen|officers|villagers|residents|civilians|"
    r"people|men|guards|fighters|soldats|troupes|militaires|policiers|gendarmes|"
    r"villageois|habitants|civils|hommes|gardes|combattants|personnes)\b"
)


_MEMBERS_OF: Final = re.compile(r"\b[a-z]+ (?:of the|of|du|de la|de l'|des|d')\s*$")
# How a text that ``_MEMBERS_OF`` matches ends, blanks aside (the cheap test before it).
_MEMBERS_OF_ENDS: Final = (" of the", " of", " du", " de la", " de l'", " des", " d'")


def subject_group(
    folded: str, fact: SentenceFacts, mentions: Sequence[ActorMention], group: str
) -> bool:
    """Whether ``group`` opens its sentence as its subject: named in its first eight words,
    with no people named before it (a later "they" may mean those people)."""
    first = next((m for m in mentions if m.actor_id == group), None)
    if first is None:
        return False
    before = folded[fact.sentence.start : first.start]
    members = (  # "les combattants du JNIM": the group's own
        _MEMBERS_OF.search(before) if before.rstrip().endswith(_MEMBERS_OF_ENDS) else None
    )
    if members is not None:
        before = before[: members.start()]
    return len(before.split()) <= 8 and _PEOPLE.search(before) is None


# A country as the agent of a launch: "lancées par la Russie", "launched by Russia".
_LAUNCHED_BY: Final = re.compile(
    r"\b(?:launched|fired|carried out|conducted|lancee?s?|tiree?s?|menee?s?|conduite?s?|"
    # (0.33.0) the attack noun itself ("a drone and missile barrage by Iran against Israel",
    # "des frappes par la Russie")
    r"attacks?|strikes?|airstrikes?|assaults?|offensive|raids?|barrage|bombardments?|"
    r"shelling|attaques?|frappes?|assauts?|bombardements?)"
    r" (?:by|par)(?: the| la| le| l')? ?$"
)


def _after_launched_by(before: str) -> bool:
    """Whether ``before``, the text right before a name, ends with a launch or an attack noun
    and "by", "par" (``_LAUNCHED_BY``): the name is the agent (the cheap test first)."""
    return (" by" in before or " par" in before) and _LAUNCHED_BY.search(before) is not None


# The state's forces told without the state's name: "the junta", "la junte", "government
# forces", "l'armée gouvernementale", "les forces du régime" (not "pro-government militias",
# nor "anti-government" rebels, nor "the junta-backed militia").
_HOME_FORCES: Final = quick_compile(
    r"\b(?:(?:military )?junta|junte(?: militaire)?|(?:government|regime) (?:forces|troops|"
    r"soldiers|army|artillery|aircraft|warplanes|jets|helicopters|drones?|air ?strikes?|"
    r"shelling|bombardments?)|(?:forces|troupes|armee|artillerie|aviation) "
    r"(?:gouvernementales?|du regime)|soldats gouvernementaux|"
    # "a military airstrike on a market", "a military drone strike": the army's aircraft ("les
    # vecteurs aériens" of Sahel communiqués mostly pursue the attackers after an attack)
    r"military (?:air ?strikes?|drone strikes?|drones?|jets?|aircraft|warplanes?|helicopters?)|"
    r"frappes? (?:aeriennes? |de drones? )?militaires?|"
    # (0.32.0) the army's aircraft ("an army helicopter opened fire on a school", "an air force
    # jet bombed", "un hélicoptère de l'armée a ouvert le feu", "des avions de l'armée de l'air")
    r"(?:army|air force) (?:helicopters?|gunships?|jets?|aircraft|warplanes?|planes?)|"
    r"(?:helicopteres?|avions?|aeronefs?)(?: de combat| militaires?)? "
    r"de l'(?:armee(?: de l'air)?|aviation)(?! [a-z]+(?:ne|ien|ais|ain|ise|ique)s?\b)|"
    # (0.32.0) and its attacks ("an army drone strike on the village", "une frappe de drone de
    # l'armée sur le village", "le bombardement de l'armée")
    r"(?:army|air force) (?:(?:drone|air|artillery|helicopter) )?(?:strikes?|airstrikes?|"
    r"shelling|bombardments?)|"
    r"(?:frappes?|bombardements?)(?: aeriennes?| de drones?| d'artillerie)? "
    r"de l'(?:armee(?: de l'air)?|aviation)(?! [a-z]+(?:ne|ien|ais|ain|ise|ique)s?\b)|"
    # (0.33.0) an operation of the army that killed ("an army offensive backed by airstrikes
    # killed 11 militants", "une opération de l'armée a tué 11 militants", "une opération
    # militaire a tué"): the killing verb must follow, as an operation is often only when
    # another side struck ("during a military operation, gunmen ambushed a patrol")
    r"(?:(?:army|military) (?:offensives?|operations?|raids?|assaults?)|"
    r"(?:offensives?|operations?|raids?|assauts?) (?:militaires? )?de l'armee"
    r"(?! [a-z]+(?:ne|ien|ais|ain|ise|ique)s?\b)|"
    r"(?:offensives?|operations?) militaires?)"
    r"(?=(?: [a-z-]+){0,6}? (?:killed|has killed|have killed|a tue|ont tue|a fait \d)\b)|"
    # the army blamed, unnamed ("qui accuse l'armée", "blaming the federal military")
    r"(?<=accuse )l'armee|(?<=accusent )l'armee|(?<=accusant )l'armee|"
    r"(?<=blaming the )(?:federal |national |country's )?(?:military|army)|"
    r"(?<=blamed the )(?:federal |national |country's )?(?:military|army)|"
    # (0.23.0) "blamed the country's military", "accused the military of shelling the camp"
    r"(?<=accused the )(?:federal |national |country's )?(?:military|army)|"
    r"(?<=accusing the )(?:federal |national |country's )?(?:military|army))\b"
)
_HOME_FORCES_WORDS: Final = word_set(
    ("junt", "govern", "gouvern", "regime", "accus", "blam", "military", "militair", "army",
     "air force", "armee", "aviation")
)  # fmt: skip
# An attack word right after "junta" ("a junta airstrike", "junta shelling"): the junta acted.
_ATTACK_AFTER: Final = re.compile(
    r"(?:'s)? (?:[a-z]+ )?(?:air ?strikes?|strikes?|shelling|bombardments?|bombing|raids?|"
    r"warplanes?|jets?|aircraft|drones?|artillery|troops|soldiers|forces|"
    # (0.24.0) "a junta helicopter attack on a school", "junta attack helicopters"
    r"attacks?|helicopters?|gunships?)\b"
)


def home_forces(
    context: ArticleContext, fact: SentenceFacts, named: Sequence[ActorMention]
) -> list[ActorMention]:
    """ "Government artillery shelled the town", "a junta airstrike on a village", "les forces
    gouvernementales ont attaqué": the armed forces of the article's home country (the country
    it names most), told without naming it. The phrase with a weapon or an attack word is the
    attacker; the forces alone take the role their verb gives them ("an attack on government
    forces": the side attacked)."""
    folded = context.folded
    start, end = fact.sentence.start, fact.sentence.end
    actor = context.state_force.get(context.home or "")
    if actor is None or not fact.words & _HOME_FORCES_WORDS:
        return []
    found: list[ActorMention] = []
    for match in _HOME_FORCES.finditer(folded, start, end):
        before = folded[max(start, match.start() - 5) : match.start()]
        if "pro" in before or "anti" in before or folded[match.end() : match.end() + 1] == "-":
            continue
        if any(m.start < match.end() and match.start() < m.end for m in named):
            continue  # "Syrian government forces": the actor table has it
        blamed = folded[max(start, match.start() - 12) : match.start()].endswith(
            (
                "accuse ",
                "accusent ",
                "accusant ",
                "blaming the ",
                "blamed the ",
                "accused the ",
                "accusing the ",
            )
        )
        acting = blamed or (
            match.group(0).startswith("junt") and _ATTACK_AFTER.match(folded, match.end())
        )
        weapon = " " in match.group(0) and not match.group(0).endswith(
            ("forces", "troops", "soldiers", "army", "gouvernementales", "gouvernementale",
             "gouvernementaux", "regime")
        )  # fmt: skip
        hint = "attacker" if acting or weapon else "any"
        if weapon and _PASSIVE_AFTER_ARMY.match(folded, match.end()):
            hint = "target"  # (0.32.0) "a military helicopter was shot down": the side attacked
        found.append(ActorMention(match.start(), match.end(), actor, hint))
    return found


def _country_forces(
    context: ArticleContext, places: Sequence[Match]
) -> Iterator[tuple[Match, str]]:
    """The matches that name a country with armed forces in the actor table, each with the
    forces' actor id (the side a country stands for when it acts or is blamed)."""
    for match in places:
        key = match.entry.key
        if key is None or not match.entry.hint:
            continue
        if not any(p.feature_type == "country" for p in key.places):
            continue
        actor = context.state_force.get(match.entry.hint)
        if actor is not None:
            yield match, actor


# Between an attribution word and the country it blames: "blamed on", "blamed it on",
# "attribuée à l'", "imputé au".
_BLAMED_GAP: Final = re.compile(
    r" (?:it |them |the attack |l'attaque )?(?:on|to|a|au|aux)(?: l'| la| le)? ?$"
)


def states_blamed(
    context: ArticleContext, places: Sequence[Match], attributions: Sequence[Span]
) -> list[ActorMention]:
    """ "an incursion Moscow blamed on Ukraine", "une attaque attribuée à l'Ukraine": a
    country an attack is blamed on stands for its armed forces (the attribution reads them)."""
    folded = context.folded
    found: list[ActorMention] = []
    for match, actor in _country_forces(context, places):
        for cue_start, cue_end in attributions:
            if 0 <= match.start - cue_end <= 20 and (
                _BLAMED_GAP.fullmatch(folded, cue_end, match.start)
                or (
                    # (0.28.0) the country as the object of the blame ("the army blamed
                    # Rwanda", "l'armée a accusé le Rwanda")
                    _BLAMING.fullmatch(folded, cue_start, cue_end) is not None
                    and _BLAMED_OBJECT_GAP.fullmatch(folded, cue_end, match.start) is not None
                    and _OF_BACKING.match(folded, match.end) is None
                )
            ):
                found.append(ActorMention(match.start, match.end, actor, "attacker"))
                break
    return found


# The verbs of blaming and accusing (also read by `frame_places` for a capital accused).
BLAMING_VERBS: Final = (
    r"blamed|blames|blaming|accused|accuses|accusing|accuse|accusent|"
    r"accusant"
)
_BLAMING: Final = re.compile(BLAMING_VERBS)
# (0.30.0: past the day the accusation was made, "a accusé mercredi le Pakistan")
_BLAMED_OBJECT_GAP: Final = re.compile(
    r" (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday|today) )?"
    r"(?:l'|la |le |les )?"
)
# "accused Rwanda of backing the rebels", "accuse le Rwanda de soutenir le M23": a sponsor.
_OF_BACKING: Final = re.compile(
    r" (?:of (?:backing|supporting|arming|funding|financing|sponsoring|harbou?ring|aiding)|"
    r"(?:de|d') (?:soutenir|armer|financer|appuyer|abriter|aider|parrainer))\b"
)


def states_acting(
    context: ArticleContext, places: Sequence[Match], agents: Sequence[Span]
) -> list[ActorMention]:
    """ "Russia launched 18 drones", "Israël a frappé", "la Russie a lancé": a country that is
    the subject of an attack verb, or the agent of a launch ("launched by Russia"), acts
    through its armed forces."""
    folded = context.folded
    found: list[ActorMention] = []
    for match, actor in _country_forces(context, places):
        before = folded[max(0, match.start - 25) : match.start]
        if (
            _after_launched_by(before)
            and context.text[match.end : match.end + 2] not in {"'s", "’s"}  # "by Yemen's X"
        ):
            found.append(ActorMention(match.start, match.end, actor, "attacker"))
            continue  # "des attaques lancées par la Russie", "drones launched by Russia"
        # (the attack verbs right after the country first: the cheap test)
        verbs = [
            (cue_start, cue_end)
            for cue_start, cue_end in agents
            if 0 <= cue_start - match.end <= 12
        ]
        if _SUBJECT_START.search(before) is not None and _retaliated_with_an_attack(
            folded, match.end, agents
        ):
            # (0.21.0) "Iran retaliated five days later by firing ballistic missiles at X",
            # "Israël avait riposté par une série de frappes"
            found.append(ActorMention(match.start, match.end, actor, "attacker"))
            continue
        if not verbs or _SUBJECT_START.search(before) is None:
            continue  # "strikes in Iraq and Syria targeting ...": a place, not a subject
        for cue_start, cue_end in verbs:
            if (
                _STATE_VERB_GAP.fullmatch(folded, match.end, cue_start)
                and DEFENCE_FIRED.match(folded, cue_end) is None  # "Iran fired air defences"
            ):
                found.append(ActorMention(match.start, match.end, actor, "attacker"))
                break
    return found


# (0.31.0) The nationality of the ship or the aircraft a launch came from ("Kalibr missiles
# fired from a Russian submarine", "tirés depuis un sous-marin russe", "launched from Russian
# warships in the Black Sea"): that state's forces fired.
_PLATFORM: Final = (
    r"(?:submarines?|warships?|frigates?|corvettes?|destroyers?|bombers?|sous[- ]marins?|"
    r"navires? de guerre|fregates?|bombardiers?|batiments? de guerre)"
)
_FIRED_FROM: Final = (
    r"\b(?:fired|launched|tire|tiree|tires|tirees|lance|lancee|lances|lancees) (?:from|depuis) "
    r"(?:(?:a|an|the|un|une|des|les|le|la) )?"
)
_PLATFORM_BEFORE_NATION: Final = re.compile(_FIRED_FROM + _PLATFORM + " $")
_NATION_BEFORE_PLATFORM: Final = re.compile(_FIRED_FROM + "$")
_PLATFORM_AFTER_NATION: Final = re.compile(" " + _PLATFORM + r"\b")


def launch_platforms(
    folded: str, demonyms: Sequence[Match], state_force: Mapping[str, str]
) -> list[ActorMention]:
    """(0.31.0) "fired from a Russian submarine", "tirés depuis un sous-marin russe": the
    nationality of the ship or the aircraft a launch came from is that state's forces."""
    found: list[ActorMention] = []
    for nation in demonyms:
        actor = state_force.get(nation.entry.hint)
        if actor is None:
            continue
        low = max(0, nation.start - 60)
        if _PLATFORM_BEFORE_NATION.search(folded, low, nation.start) is not None or (
            _NATION_BEFORE_PLATFORM.search(folded, low, nation.start) is not None
            and _PLATFORM_AFTER_NATION.match(folded, nation.end) is not None
        ):
            found.append(ActorMention(nation.start, nation.end, actor, "attacker"))
    return found


# (0.31.0) A country's possessive before its attack ("Russia's missile attack on Kyiv killed",
# "Russia's overnight barrage", "Ukraine's drone strikes on refineries"): the country's forces
# attacked. Up to two plain words between; a superlative ("Pakistan's deadliest attack in
# years") says where it was suffered, not who struck.
_OWN_ATTACK_GAP: Final = re.compile(r"'s (?:[a-z-]+ ){0,2}")  # (folded: "’" is "'")
_BARRAGE_WORDS: Final = frozenset({"barrage", "barrages", "salvo", "salvos"})
_SUPERLATIVE: Final = re.compile(r"\b(?:[a-z]+est|most|worst|first|latest|biggest)\b")


def states_owning_an_attack(
    context: ArticleContext,
    places: Sequence[Match],
    triggers: Sequence[Span],
    actors: Sequence[Match],
) -> list[ActorMention]:
    """(0.31.0) "Russia's missile attack on Kyiv": a country's possessive right before an
    attack word (``_ATTACK_WORD``) is its armed forces attacking; not when a group is named
    between ("Yemen's Houthi attacks": the group's)."""
    if not triggers:
        return []
    folded = context.folded
    found: list[ActorMention] = []
    for match, actor in _country_forces(context, places):
        if not folded.startswith("'s", match.end):
            continue
        for start, end in triggers:
            if not 0 < start - match.end <= 30 or (
                _ATTACK_WORD.search(folded, start, end) is None
                and folded[start:end] not in _BARRAGE_WORDS
            ):
                continue
            gap = _OWN_ATTACK_GAP.fullmatch(folded, match.end, start)
            if (
                gap is not None
                and _SUPERLATIVE.search(gap.group(0)) is None
                and not any(match.end <= a.start < start for a in actors)
            ):
                found.append(ActorMention(match.start, match.end, actor, "attacker"))
                break
    return found


# (0.31.0) A verb told as passive after a capital ("Kyiv hit by", "Moscou visée par"): the
# capital is the place attacked, not the government acting.
_PASSIVE_AFTER_VERB: Final = re.compile(r"\s+(?:by|par)\b")


def capitals_acting(
    context: ArticleContext, places: Sequence[Match], agents: Sequence[Span]
) -> list[ActorMention]:
    """(0.31.0) "Kyiv fired missiles at a depot", "Moscou a tiré des missiles": a national
    capital that is the subject of an attack verb, as a country is (``states_acting``), is its
    government acting through its armed forces, not a place attacked."""
    folded, text = context.folded, context.text
    found: list[ActorMention] = []
    for match in places:
        key = match.entry.key
        if key is None or match.entry.hint or not text[match.start : match.start + 1].isupper():
            continue
        before = folded[max(0, match.start - 25) : match.start]
        if (
            _after_launched_by(before)
            and text[match.end : match.end + 1] not in {"'", "’", "-"}  # "Moscow-backed"
        ):
            # (0.33.0) the agent after "by", as a country's ("a missile attack by Tehran on
            # Israel", "des frappes lancées par Moscou")
            actor = _capitals_forces(context, key.places)
            if actor is not None:
                found.append(ActorMention(match.start, match.end, actor, "attacker"))
            continue
        verb = next((a for a in agents if 0 <= a[0] - match.end <= 12), None)
        if (
            verb is None
            or not _STATE_VERB_GAP.fullmatch(folded, match.end, verb[0])
            or _PASSIVE_AFTER_VERB.match(folded, verb[1]) is not None
            or DEFENCE_FIRED.match(folded, verb[1]) is not None
            or _SUBJECT_START.search(before) is None
        ):
            continue
        actor = _capitals_forces(context, key.places)
        if actor is not None:
            found.append(ActorMention(match.start, match.end, actor, "attacker"))
    return found


def _capitals_forces(context: ArticleContext, places: Sequence[Place]) -> str | None:
    """The armed forces of the country whose national capital the first of ``places`` that is
    one is, if it has forces in the actor table."""
    gazetteer = context.lexicons.places
    for place in places:
        country = place.country_iso2 or ""
        capital = gazetteer.capital(country) if country else None
        if capital is not None and capital.location_id == place.location_id:
            return context.state_force.get(country)
    return None


# A retaliation verb right after a country, and the attack it was made by within a few words
# ("retaliated five days later by firing", "a riposté par une série de frappes", "responded
# with air strikes", "a répliqué en tirant").
_RETALIATED: Final = re.compile(
    r"\s*(?:(?:has|have|had|a|avait|ont|avaient|then|also|aussi)\s+)?"
    r"(?:retaliated|responded|hit back|struck back|riposte|replique|repondu)\b"
)
_RETALIATION_REACH: Final = 40  # characters from the retaliation verb to its attack word


def _retaliated_with_an_attack(folded: str, end: int, agents: Sequence[Span]) -> bool:
    """Whether the country ending at ``end`` retaliated with an attack told right after."""
    verb = _RETALIATED.match(folded, end)
    if verb is None:
        return False
    return any(0 <= start - verb.end() <= _RETALIATION_REACH for start, _ in agents) or bool(
        _RETALIATION_ATTACK.match(folded, verb.end())
    )


_RETALIATION_ATTACK: Final = re.compile(
    r"[^,.;]{0,40}?\b(?:by firing|by launching|by striking|with (?:air ?strikes|strikes|"
    r"missiles|drones|rockets)|par (?:une serie de |des )?(?:frappes|tirs|bombardements)|"
    r"en tirant|en lancant|en frappant|en bombardant)\b"
)


def nationals(
    context: ArticleContext,
    families: Mapping[str, Sequence[Match]],
    named: Sequence[ActorMention],
    triggers: Sequence[Span],
    cue_spans: Mapping[str, Sequence[Span]] | None = None,
) -> list[ActorMention]:
    """ "U.S. F-15E jets", "a U.S. AC-130 gunship", "drones israéliens", "Russian missiles": a
    nationality next to an aircraft, a drone or a missile is that state's forces attacking; so
    is one next to an attack word ("Russian shelling", "une frappe israélienne", "Russians
    shelled", "les Russes ont bombardé": the state at war, in war reporting)."""
    folded = context.folded
    found: list[ActorMention] = []
    aircraft: list[Span] = [
        (w.start, w.end)
        for w in families.get(WEAPON, ())
        if w.entry.ref in _STATE_ARMS
        and not (cue_spans and not_used(folded, w, cue_spans))  # "la flotte de F-16 irakiens"
    ]
    attacks = aircraft + [
        (start, end)
        for start, end in triggers
        if _ATTACK_WORD.search(folded, start, end) is not None
    ]
    if not attacks:
        return found
    nations = [
        n
        for n in _nations(folded, families)
        if not _describes_a_place(folded, n)
        and _VICTIM_BEFORE.search(folded, max(0, n.start - 40), n.start) is None
        # "Iranian-made drones", "des drones de fabrication iranienne": where it was made
        and not folded.startswith(" made", n.end)
        and not folded.endswith("fabrication ", max(0, n.start - 12), n.start)
    ]
    for weapon_start, weapon_end in sorted(attacks):
        for nation in nations:
            before = 0 <= weapon_start - nation.end <= 20 and (
                _ADJACENT.fullmatch(folded, nation.end, weapon_start) is not None
                and _GAP_WORDS.isdisjoint(folded[nation.end : weapon_start].split())
            )
            after = (
                0 <= nation.start - weapon_end <= 2
                or (
                    0 <= nation.start - weapon_end <= 16
                    and _ADJACENT.fullmatch(folded, weapon_end, nation.start) is not None
                    and (weapon_start, weapon_end) not in aircraft
                    # "an attack killed an American contractor": the victim, not the attacker
                    and _VICTIM_BETWEEN.search(folded, weapon_end, nation.start) is None
                )
                # (0.24.0) an arm, one adjective, then its nationality: "des missiles
                # balistiques russes", "des drones kamikazes russes"
                or (
                    (weapon_start, weapon_end) in aircraft
                    and _ONE_ADJECTIVE.fullmatch(folded, weapon_end, nation.start) is not None
                    and folded[weapon_end : nation.start].split()[0] not in _GAP_WORDS
                    # ("drones targeted American forces": a verb between, the side attacked)
                    and not any(weapon_end <= t < nation.start for t, _ in triggers)
                )
            )
            if not (before or after):
                continue
            actor = context.state_force.get(nation.entry.hint)
            if actor is None or any(m.start <= weapon_start < m.end for m in named):
                continue
            if any(a.start == weapon_start for a in found):
                continue
            found.append(ActorMention(weapon_start, weapon_end, actor, "attacker"))
            break
    return found


# The arms a nationality next to them fires as a state: aircraft, drones, missiles, artillery
# ("Russian missiles slammed into", "des missiles russes", "des tirs d'artillerie turcs";
# "Iranian-made" says where they were made).
_STATE_ARMS: Final = frozenset({"airstrike", "drone", "missile", "artillery"})
# "killed two Palestinians", "tuant trois Maliens": a nationality after a casualty verb is the
# victims', not a side at work.
_VICTIM_BEFORE: Final = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|tue|tuant|tues|blesse|"
    r"blessant|blesses)(?: (?:\d+|at least|more than|some|several|dozens of|two|three|four|five|"
    r"six|seven|eight|nine|ten|au moins|plus de|plusieurs|deux|trois|quatre|cinq|sept|huit|"
    r"neuf|dix|des|les|the))* $"
)
# Words that join a nationality to an attack word told after it as another phrase ("two
# Palestinians during a raid"): the nationality does not qualify the attack.
_GAP_WORDS: Final[frozenset[str]] = frozenset(
    {"during", "in", "at", "near", "after", "before", "on", "of", "and", "pendant", "lors",
     "dans", "de", "du", "des", "et", "apres", "avant", "par", "by", "were", "was", "ont", "a"}
)  # fmt: skip
# A nationality that describes a place, not a side: "in the Somali capital", "Syrian territory",
# "dans la capitale somalienne", "en territoire syrien", "les eaux territoriales yéménites".
_PLACE_AFTER_NATION: Final = re.compile(
    r" (?:capital|city|town|village|province|border|coast|waters|territory|soil|airspace)\b"
)
_PLACE_BEFORE_NATION: Final = re.compile(
    r"\b(?:capitale|ville|village|province|frontiere|cote|eaux|territoire|territoriales|sol|"
    r"espace aerien) $"
)


def _describes_a_place(folded: str, nation: Match) -> bool:
    return (
        _PLACE_AFTER_NATION.match(folded, nation.end) is not None
        or _PLACE_BEFORE_NATION.search(folded, max(0, nation.start - 16), nation.start) is not None
    )


def _nations(folded: str, families: Mapping[str, Sequence[Match]]) -> list[Match]:
    """Demonyms ("American", "israéliens") and abbreviations ("U.S.", "US"), not names: the
    entries that hint at a country (a demonym, or a country's own name)."""
    return [
        m
        for m in (*families.get(DEMONYM, ()), *families.get(PLACE, ()))
        if m.entry.hint
        and (
            m.entry.family == DEMONYM
            or _NATION_ABBREVIATION.fullmatch(folded, m.start, m.end) is not None
        )
    ]


def sentence_roles(
    context: ArticleContext,
    fact: SentenceFacts,
    mentions: Sequence[ActorMention],
    role_spans: Mapping[str, Sequence[Span]],
    claim: bool,
    last_group: str | None,
) -> Roles:
    """The roles of a sentence, read over ``role_spans`` (its cue spans with the live attack
    words); a claim nobody is the subject of goes to a group's spokesman, else to a state."""
    folded, lexicons = context.folded, context.lexicons
    start, end = fact.sentence.start, fact.sentence.end
    sources = fact.families.get(SOURCE, [])
    claims = role_spans.get("claim") or ()
    if claims and fact.discounted and any(inside(c[0], fact.discounted) for c in claims):
        # "Israel struck X, two days after drone fire claimed by the Houthis at Y": a claim in
        # a context clause is the earlier attack's
        claims = [c for c in claims if not inside(c[0], fact.discounted)]
        role_spans = {**role_spans, "claim": claims}
        claim = claim and bool(claims)
    if (
        claims
        and last_group is not None
        and any(source.start < claims[0][0] for source in sources)
        and not any(mention.end <= claims[0][0] for mention in mentions)
    ):
        # "U.S. Central Command said its forces had struck ...": a source is the claim's
        # subject, so the claim is its side's (its spokesman's), not the group named before.
        last_group = None
    roles = assign_roles(folded, start, end, mentions, role_spans, lexicons.actors, last_group)
    if claim and roles.claimant is None and sources:
        roles = claim_by_spokesman(roles, sources, lexicons)
    if claim and roles.claimant is None:
        roles = claim_by_state(context, start, fact.families.get(PLACE, ()), role_spans, roles)
    if roles.attacker is not None and sources:
        roles = de_facto_forces(roles, sources, lexicons)
    return roles


def de_facto_forces(roles: Roles, sources: Sequence[Match], lexicons: Lexicons) -> Roles:
    """A group's own spokesman calling its fighters the country's armed forces ("les forces
    armées yéménites ont visé le navire, a déclaré le porte-parole des Houthis"; "the Yemeni
    armed forces targeted the ship, the Houthi spokesman said"): the group attacked, and says
    so (a de facto authority names its forces after the state)."""
    actors = lexicons.actors
    state = actors.get(roles.attacker or "")
    if state is None or state.kind != "state_force" or not state.country_iso2:
        return roles
    for match in sources:
        source = lexicons.sources.get(match.entry.ref)
        group = actors.get(source.speaks_for) if source and source.speaks_for else None
        if (
            group is not None
            and group.kind in NON_STATE_KINDS
            and group.country_iso2 == state.country_iso2
        ):
            return Roles(group.actor_id, "claimed", group.actor_id, roles.target, roles.speakers)
    return roles


def claim_by_state(
    context: ArticleContext,
    start: int,
    places: Sequence[Match],
    spans: Mapping[str, Sequence[Span]],
    roles: Roles,
) -> Roles:
    """A country as the subject of a claim is its state's forces announcing their own
    strike ("Les États-Unis ont assumé la frappe", "Israel claimed the strike"): the country
    named just before the claim word, in its clause."""
    cue_start = spans["claim"][0][0]
    for match in reversed(places):
        if match.end > cue_start or cue_start - match.end > 30:
            continue
        if _NEW_SUBJECT.search(context.folded, match.end, cue_start) is not None:
            break
        key = match.entry.key
        country = key.places[0] if key is not None and len(key.places) == 1 else None
        if country is None or country.feature_type != "country":
            continue
        state = context.state_force.get(country.country_iso2 or "")
        if state is not None and match.start >= start:
            return Roles(state, "claimed", state, roles.target, roles.speakers)
    return roles


def claim_by_spokesman(roles: Roles, sources: Sequence[Match], lexicons: Lexicons) -> Roles:
    """A claim voiced by a group's own spokesman or outlet ("un porte-parole militaire des
    Houthis a affirmé que le groupe avait visé ...", "the Pentagon said that it had struck"):
    the group or armed force it speaks for is the claimant (not a government: "Iraqi
    officials said that it had struck" speaks of someone else)."""
    actors = lexicons.actors
    for match in sources:
        source = lexicons.sources.get(match.entry.ref)
        group = source.speaks_for if source is not None else None
        actor = actors.get(group) if group else None
        if group and actor is not None and actor.kind in _SPOKEN_FOR_KINDS:
            attacker = roles.attacker if roles.attacker not in (None, group) else group
            attribution = "claimed" if attacker == group else roles.attribution
            return Roles(attacker, attribution, group, roles.target, roles.speakers)
    return roles


def last_named_group(
    mentions: Sequence[ActorMention],
    roles: Roles,
    actors: Mapping[str, Actor],
    last_group: str | None,
) -> str | None:
    """The group a later "the group", "le groupe" means: this sentence's claimant, else its
    attacker, else the first group it names, when they are non-state groups."""
    if not mentions:
        return last_group
    named_groups = [
        m.actor_id
        for m in mentions
        if (a := actors.get(m.actor_id)) is not None and a.kind in NON_STATE_KINDS
    ]
    if roles.claimant is not None and roles.claimant in named_groups:
        return roles.claimant
    if roles.attacker is not None and roles.attacker in named_groups:
        return roles.attacker
    if named_groups:
        return named_groups[0]
    return last_group


def source_of(sources: Sequence[Match], actors: Sequence[ActorMention]) -> str | None:
    """The source a sentence cites: the first not inside an actor's name."""
    for match in sources:
        if not any(a.start <= match.start < a.end for a in actors):
            return match.entry.ref
    return sources[0].entry.ref if sources else None


def split_air_and_ground(
    candidates: list[Candidate], first: int, attacker: str, actors: Mapping[str, Actor]
) -> None:
    """One sentence, a state's air or drone strike at one place and rockets or missiles at
    another ("A U.S. gunship struck fighters near Abu Ghraib shortly after they fired a missile
    at Ain al-Asad"): the state is the attacker of the strike only."""
    actor = actors.get(attacker)
    if actor is None or actor.kind not in STATE_KINDS:
        return
    told = candidates[first:]
    air = any(c.weapon == "airstrike" for c in told)
    ground = GROUND_WEAPONS | {"drone"} if air else GROUND_WEAPONS
    if not air and not any(c.weapon == "drone" for c in told):
        return  # no strike of the state's own to give it to
    for candidate in told:
        if candidate.weapon in ground and candidate.attacker == attacker:
            candidate.attacker, candidate.attribution = None, "unknown"
            if candidate.claimed_by == attacker:
                candidate.claimed_by = None
