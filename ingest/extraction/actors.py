"""Who did what in a sentence: attacker, target, claimant and speakers among the actors named.

- Claim: the first actor before a claim verb ("X, an Iranian-backed group, claimed..." is X),
  else the first after it ("revendiquée par X"), else the group the article last named.
- A non-state actor that is the source of the report ("X a indiqué dans un communiqué que...",
  "a statement from X reported...") claims what the sentence reports.
- Attribution: the actor after "imputée à", "blamed", "attributed to", "accused".
- Agent: an actor followed by an active attack verb ("les forces américaines ont mené des
  frappes"), an alias that is itself an attack ("frappes américaines"), or the agent of a
  passive ("tirées par", "attack by", "attaques ... de la Résistance").
- Target: an actor after "contre", "against", "visant", "targeting", or the subject of a passive
  attack ("ont été la cible de"); otherwise a state force that is not the attacker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from ingest.extraction.cues import REPORTING
from ingest.extraction.dates import MONTH_WORDS
from ingest.extraction.lexicons import Actor
from ingest.extraction.quickscan import quick_compile
from ingest.extraction.wordregex import contains_any, word_set

NON_STATE_KINDS: Final[frozenset[str]] = frozenset(
    {"militia", "rebel_group", "political_militia", "identity_militia", "other"}
)
STATE_KINDS: Final[frozenset[str]] = frozenset({"state_force", "external_force", "government"})

_PASSIVE: Final = re.compile(
    r"\b(?:ont ete|a ete|avait ete|avaient ete|sont|est|etaient|etait|were|was|have been|has been|"
    r"had been|is being|are being|came under|come under|ont fait l'objet)\b"
)
# (0.25.0) also through the fighters or the places of the side attacked ("une frappe contre des
# combattants d'Al-Shabaab", "strikes against positions of the Islamic State")
_TARGET_BEFORE: Final = re.compile(
    r"\b(?:contre|against|visant|ciblant|targeting|targetting|on|sur|at|vers|parmi|among|"
    r"at the|upon)\s+(?:les |la |le |l'|the |des |du |d')?"
    r"(?:(?:combattants|membres|positions|elements|bases|camps|cellules|chefs|dirigeants|"
    r"repaires|caches|fighters|members|positions|militants|bases|camps|hideouts|leaders|"
    r"commanders|cells) (?:de la |de l'|de |du |des |d'|of the |of ))?$"
)
_TARGET_AFTER: Final = re.compile(
    r"^[^.;:]{0,40}?\b(?:ont ete (?:la |les )?cibles?|ont ete (?:attaque|vise|cible)\w*|"
    r"were targeted|was targeted|have been targeted|had been targeted|came under|"
    r"ont ete prises? pour cibles?|were attacked|was attacked|have been attacked|ciblees|visees)"
)
_OBJECT_OF_ATTACK: Final = quick_compile(
    r"\b(?:attacked|attacking|attaque|attaquee|attaquees|attaques|attaquant|ambushed|struck|"
    r"targeted|stormed|raided|killed|tue|tues|tuant|vise|visaient|cible|ciblant|pris pour cible|"
    r"embuscade contre|tendu une embuscade a|"
    # (0.23.0) "had hit a forward command post of the Ukrainian army", "avoir frappé un poste
    # de commandement de l'armée ukrainienne"
    r"hit|frappe|frappes|bombed|bombarde|shelled|pilonne)"
    r"\s+(?:[\"«»“”]?\s*(?:des|les|la|le|l'|the|a|an|un|une|deux|"
    r"trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quinze|vingt|trente|"
    r"dizaines?|centaines?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fifteen|twenty|thirty|dozens?|scores|hundreds|of|de|d'|du|"
    # "attacked a camp of the Frontier Corps", "ont attaqué un convoi de l'armée malienne"
    r"camp|base|poste|position|positions|convoi|convoy|patrouille|patrol|checkpoint|caserne|"
    r"barracks|outpost|detachement|detachment|garrison|garnison|vehicule|vehicle|vehicules|"
    r"vehicles|post|posts|command|commandement|headquarters|hq|depot|depots|forward|avance|"
    r"avancee|unit|units|unite|unites|"
    r"several|plusieurs|some|quelques|at least|au moins|[0-9]+|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|hier|yesterday|soir|matin|on|overnight|early|late)[\"«»“”]?\s+){0,6}$"
)
# Participles of a killing or wounding whose agent follows "by"/"par".
_HURT: Final = r"killed|wounded|injured|tuee?s?|blessee?s?"
_AGENT_BEFORE: Final = re.compile(
    r"\b(?:tire\w*|lance\w*|mene\w*|revendique\w*|perpetre\w*|commise?s?|attaque\w*|"
    r"realisee?s?|effectuee?s?|vise\w*|cible\w*|frappe\w*|carried out|launched|fired|"
    r"conducted|claimed|perpetrated|"
    r"attacked|targeted|struck|hit|bombed|shelled|orchestrated|attack|attacks|strikes?|"
    # (0.32.0) "was overrun by JNIM fighters", "a été submergé par des combattants du JNIM"
    r"overrun|submergee?s?|"
    r"attaques?|frappes?|tirs?|"
    # "were killed by Boko Haram fighters", "ont été tuées par des combattants de X"
    + _HURT
    + r"|massacred|ambushed|abducted|kidnapped|murdered|assassinated|"
    r"executed|shot|massacree?s?|enlevee?s?|assassinee?s?|executee?s?|"
    # the ambush laid by ("une embuscade tendue par des rebelles communistes de la NPA")
    r"abattue?s?|tendue?s?|laid|staged|"
    # the bomb planted by ("an IED planted by Maoists", "un engin posé par des jihadistes")
    r"planted|placed|buried|posee?s?|placee?s?|enfouie?s?|dissimulee?s?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|on [a-z]+day|hier|yesterday|overnight|la nuit derniere|last night|"
    # (0.30.0) the hour of the day ("l'assaut lancé à l'aube par", "launched at dawn by")
    r"a l'aube|au petit matin|at dawn|at daybreak|in the early hours)\s+)?"
    r"(?:par|by)\s+(?:[a-z']+\s+){0,5}(?:[ld]')?$"
)
_TIMED_AGENT: Final = quick_compile(
    r"\b(?:menee?s?|lancee?s?|conduite?s?|perpetree?s?|realisee?s?|effectuee?s?|carried out|"
    r"launched|conducted|" + _HURT + r"|"
    # (0.26.0) a massacre's agent after its day ("massacrés le 24 août par des combattants du
    # X", "massacred on August 24 by X fighters")
    r"massacree?s?|massacred)"
    r"(?P<between>(?: [a-z0-9']+){1,8}?) (?:par|by)(?: les| la| le| l'| the| des)?"
    r"(?: (?:combattants|fighters|membres|members|elements|militants|hommes)"
    r"(?: (?:de la|de l'|du|des|de|d'|of the|of))?)? ?$"
)
# "an ambush near X by suspected members of the Y group", "une embuscade tendue près de X par
# des militants présumés du groupe Y": the attack noun, where (or when) it happened, then its
# agent, with only words for members and suspicion before the group's name. So too after the
# participle of a passive ("a post was attacked on Sunday near X by fighters of Y", "une
# position a été attaquée dimanche près de X par des éléments de Y", "neuf civils ont été
# tués dimanche à X par des rebelles des ADF").
_NOUN_BY_AGENT: Final = re.compile(
    r"\b(?:ambush(?:es)?|embuscades?|attacks?|attaques?|raids?|assaults?|assauts?|strikes?|"
    r"frappes?|bombings?|attentats?|massacres?|attacked|ambushed|targeted|stormed|raided|"
    r"killed|wounded|injured|tuee?s?|blessee?s?|"
    r"attaquee?s?|ciblee?s?|visee?s?|prise?s? pour cible|prise?s? d'assaut|"
    r"prise?s? en embuscade)\b(?P<between>[^,;:.()]{0,60}?) (?:par|by)"
    r"(?: (?:des|les|la|le|l'|the|a|an|suspected|alleged|presumed|presumes|presume|"
    r"members|membres|militants|fighters|combattants|elements|gunmen|rebels|rebelles|"
    r"insurgents|insurges|of|du|de|d'|group|groupe))* ?$"
)
# An agent told as unknown men, then identified: "menée par des hommes armés, identifiés comme
# des terroristes de la X", "carried out by gunmen identified as members of X".
_IDENTIFIED_AGENT: Final = re.compile(
    r"\b(?:par|by) (?:[a-z']+ ){0,3}?[a-z']+,? (?:identifiee?s? comme|presentee?s? comme|"
    r"identified as|described as)(?: des| les| the)?"
    r"(?: (?:terroristes|membres|combattants|elements|jihadistes|djihadistes|militants|"
    r"fighters|members|terrorists|jihadists|rebels|rebelles))?"
    r"(?: (?:de la|de l'|du|des|de|d'|of the|of))? ?$"
)
# What stands between the attack noun and "by": where or when it happened, after the verb the
# noun takes ("tendue", "staged"); not another verb ("the strike hit a compound used by").
_PLACE_OR_TIME_AFTER_NOUN: Final = re.compile(
    r"(?: (?:tendue?s?|menee?s?|lancee?s?|perpetree?s?|staged|carried out|launched|conducted|"
    r"perpetrated|laid))? (?:near|in|at|on|outside|around|close to|against|pres|a|au|aux|dans|"
    r"en|sur|contre|vers|non loin|overnight|early|late|last|this|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|hier|yesterday)\b"
)
_PASSIVE_BETWEEN: Final = re.compile(r"\b(?:was|were|been|is|are|ete|est|sont|etait|etaient)\b")
# "an attack on a convoy led by ...": a participle before "by" tells someone else's deed.
_NOT_THE_AGENT: Final = re.compile(
    r"\b(?:led|held|run|controlled|escorted|guarded|protected|commanded|occupied|owned|"
    r"dirigee?s?|tenue?s?|controlee?s?|escortee?s?|gardee?s?|protegee?s?|commandee?s?|"
    r"occupee?s?)$"
)
# What may stand between an attack and its agent: when it happened.
_TIME_WORDS: Final[frozenset[str]] = frozenset(
    {"dans", "la", "le", "nuit", "de", "du", "a", "au", "cours", "on", "overnight", "early",
     "late", "in", "the", "night", "morning", "evening", "matin", "soir", "lundi", "mardi",
     "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "hier", "yesterday", "this", "cette", "ce",
     "week", "semaine", "end", "weekend", "to", "from", "pendant", "durant", "during"}
)  # fmt: skip
_OF_AGENT: Final = re.compile(
    r"\b(?:attaques?|frappes?|tirs?|bombardements?|raids?|assauts?|attacks?|strikes?|"
    # (0.32.0) "an airstrike by the Sudanese military", "a bombing by", "une embuscade de"
    r"incursions?|airstrikes?|bombings?|shelling|ambush(?:es)?|embuscades?|"
    # (0.32.0) "un attentat-suicide des Chabab à X a tué"
    r"attentats?(?:-suicides?)?)"
    r"(?: [a-z']+){0,4} (?:de la|du|des|de l'|de|d'|by|from|by the|from the)\s*$"
)
# The arms of a side ("les vecteurs aériens des FAMa", "des drones armés de l'armée"): whose
# they are strikes with them (not "drones brought down by X": French "de" only, right after).
_ARMS_OF: Final = re.compile(
    r"\b(?:vecteurs aeriens|drones|avions|helicopteres)(?: [a-z']+){0,1} "
    r"(?:de la|du|des|de l'|d')\s*$"
)
_TARGET_AFTER_WORDS: Final = ("ont ete", "targeted", "came under", "attacked", "ciblees", "visees")
# (0.18.0) The common noun a French group's name follows ("une attaque du gang Gran Grif", "les
# frappes du groupe X", "l'attaque de la milice X"): the "de" before it names the attacker.
_GROUP_NOUN_END: Final = re.compile(
    r" (?:gang|groupe(?: arme| jihadiste| terroriste| rebelle)?|milice|mouvement|coalition|"
    r"faction|cartel|bande(?: armee)?|federation)\s*$"
    # (0.26.0) or its members, presumed or not ("une attaque de présumés rebelles ADF", "une
    # incursion de combattants du JNIM")
    r"| (?:presumes |supposes )?(?:rebelles|combattants|jihadistes|djihadistes|terroristes|"
    r"elements|membres|militants|insurges|miliciens|assaillants)(?: presumes)?(?: (?:du|des|de la|"
    r"de l'|de|d'))?\s*$"
)
_OF_AGENT_ENDS: Final = (
    " de la", " du", " des", " de l'", " de", " d'", " by", " from",
    # (0.32.0) "an airstrike by the Sudanese military on a market in X, a town in Y, killed"
    " by the", " from the",
)  # fmt: skip
# An aside set off by commas right after a subject, before its verb: a relative clause, a
# participle, "for its part" (no figure in it, no full stop).
_SUBJECT_ASIDE: Final = re.compile(
    r",\s(?:who|which|qui|armed|armes?|armees?|equipped|equipes?|for (?:its|their) part|"
    r"pour (?:sa|leur) part|de (?:son|leur) cote|backed|soutenus?|soutenues?|based|bases?|"
    r"allied|allies?|linked|lies?|affiliated|affilies?)\b[^,.;:\d]{0,70},\s"
)
_NEW_CLAUSE: Final = re.compile(
    r"[,;:]|\b(?:while|whereas|but|tandis|alors que|mais|and the|et les?|when|lorsqu|lorsque|"
    r"quand|apres que)\b"
    # (0.26.0) a reported clause with a subject of its own ("a raconté qu'un avion avait
    # bombardé", "said that a fighter jet bombed")
    r"|\bqu'une?\b|\bque (?:des|un|une)\b|\bthat (?:an?|some)\b"
)
# "the Israeli military said one projectile launched from northern Gaza fell", "l'armée a
# indiqué qu'un projectile tiré depuis Gaza était tombé": what the speaker says was launched
# from elsewhere came from someone else.
_SAYS: Final = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|confirmed|a indique|ont indique|a annonce|"
    r"ont annonce|a declare|ont declare|a affirme|ont affirme|a precise|a confirme)\b"
)
_FIRED_FROM: Final = re.compile(r"\s+(?:from|depuis|a partir)\b")
_CASUALTY_VERB: Final = re.compile(
    r"\b(?:killed|kill|kills|tue|tues|a tue|ont tue|wounded|injured|blesse|died|perished|"
    r"peri|succombe|martyred)\b"
)
_DIED: Final = re.compile(r"\b(?:died|perished|peri|succombe|martyred)\b")  # no object: who died
# "deux combattants du Hezbollah ont péri", "three members of the group were killed": the
# group whose members a casualty word follows is the side that lost them.
_MEMBERS_BEFORE: Final = re.compile(
    r"\b(?:fighters|members|militants|commanders|leaders|soldiers|combattants|membres|"
    r"militants|commandants|chefs|cadres|elements|soldats)(?: [a-z]+)? (?:of|du|de|des|d')"
    r"(?: the| la| l')? ?$"
)
_HEADLINE_PASSIVE: Final = re.compile(
    r"\s*(?:$|[,.;:]|in\b|by\b|when\b|after\b|as\b|at\b(?! least| most)|dans\b|par\b|lors\b|"
    r"lorsque\b|apres\b)"
)  # ("killed at least 37 farmers" is active: "at least" opens the object)
_VICTIMS: Final = re.compile(
    r"\b(?:soldiers|troops|service members|personnel|civilians|soldats|militaires|civils|"
    r"troupes|contractors|employes)\b"
)
# An object right after a casualty verb makes it active ("Pakistani troops killed eight
# militants", "soldiers killed the gunmen"), unlike a headline's "Three soldiers killed in X".
_OBJECT_AFTER: Final = re.compile(
    r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on [a-z]+day|"
    r"yesterday|overnight)(?: soir| matin)? )?"  # "ont tué lundi deux hommes"
    r"(?:at least |more than |nearly |some |about |au moins |plus de |pres de |environ )?"
    r"(?:\d|(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|dozens|scores|hundreds|un|une|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|plusieurs|dizaines|centaines)\b)"
)
_BEHIND: Final = re.compile(r"behind|derriere")
_PRONOUN_BEFORE: Final = re.compile(r"\b(?:it|they|the group|il|ils|elle|elles|le groupe)\s*$")
_RELATIVE: Final = re.compile(
    r"\b(?:that|which|who|qui)(?: (?:has|have|had|a|ont|avait|had also|also))? $"
)
_ANAPHORIC: Final = quick_compile(
    r"\b(?:the (?:same )?(?:resistance|group|militia|faction|movement|organization|organisation|"
    r"enemy)|(?:la|le|ce|cette) (?:meme )?(?:resistance|groupe|milice|faction|mouvement|"
    r"organisation)|l'ennemi)\b"
)
# One of these is in every _ANAPHORIC match ("groupe" holds "group", "organisation" "organi").
_ANAPHORIC_NOUNS: Final = word_set(("resistance", "group", "militia", "faction", "movement",
                                    "organi", "milice", "mouvement", "enemy",
                                    "ennemi"))  # fmt: skip
_PRONOUN: Final = re.compile(r"(?:^|[,;] )(?:it|they|elle|il|ils|elles)\b")


@dataclass(slots=True, init=False)
class ActorMention:
    """An actor named (or pointed back to) in a sentence. Read-only by convention: not frozen,
    since a frozen dataclass is several times slower to build and the extractor builds many per
    article."""

    start: int
    end: int
    actor_id: str
    role_hint: str

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        start: int,
        end: int,
        actor_id: str,
        role_hint: str,
    ) -> None:
        self.start = start
        self.end = end
        self.actor_id = actor_id
        self.role_hint = role_hint


@dataclass(slots=True, init=False)
class Roles:
    """The roles found in one sentence (actor ids). Read-only by convention: not frozen, since
    a frozen dataclass is several times slower to build and the extractor builds many per
    article."""

    attacker: str | None
    attribution: str  # "claimed" | "attributed" | "alleged" | "unknown"
    claimant: str | None
    target: str | None
    speakers: tuple[str, ...]

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        attacker: str | None,
        attribution: str,
        claimant: str | None,
        target: str | None,
        speakers: tuple[str, ...],
    ) -> None:
        self.attacker = attacker
        self.attribution = attribution
        self.claimant = claimant
        self.target = target
        self.speakers = speakers


def anaphoric_actors(
    folded: str, start: int, end: int, antecedent: str | None, words: int
) -> list[ActorMention]:
    """ "The group", "la Résistance", "the enemy" (an army's word for the rebels it fights)
    resolved to the non-state actor the article named last."""
    if antecedent is None or not words & _ANAPHORIC_NOUNS:
        return []
    return [
        ActorMention(match.start(), match.end(), antecedent, "any")
        for match in _ANAPHORIC.finditer(folded, start, end)
    ]


# (0.27.0) What a side holds that an attack hits ("an SDF checkpoint", "Houthi positions",
# "un poste des FDS" reads the other way): a group telling of a strike on its own post is its
# victim, not its claimant.
_HELD_SITE_AFTER: Final = re.compile(
    r" (?:checkpoints?|positions?|bases?|posts?|outposts?|convoys?|patrols?|vehicles?|"
    r"headquarters|camps?|barracks|fighters|members)\b"
)


_HELD_SITE_BEFORE: Final = re.compile(
    r"\b(?:postes?|positions?|bases?|camps?|convois?|patrouilles?|vehicules?|casernes?|"
    r"quartiers? generaux|quartier general|combattants|membres|elements)"
    r"(?: de controle| militaires?| avances?)? (?:des|du|de la|de l'|d')\s?$"
)


def _owns_what_was_hit(folded: str, mentions: Sequence[ActorMention], actor_id: str) -> bool:
    """Whether the sentence names the actor as the holder of a site or of people it tells
    ("an SDF checkpoint", "un poste de contrôle des FDS")."""
    return any(
        m.actor_id == actor_id
        and (
            _HELD_SITE_AFTER.match(folded, m.end) is not None
            or _HELD_SITE_BEFORE.search(folded, max(0, m.start - 40), m.start) is not None
        )
        for m in mentions
    )


# (0.33.0) An attack noun's relative pronoun right before the verb ("the strike that hit", "la
# frappe qui a visé"): the verb is the attack's, not the actor's named before the noun.
_ATTACK_NOUNS_RELATIVE: Final = re.compile(
    r"\b(?:strikes?|airstrikes?|attacks?|raids?|bombings?|shelling|drones?|missiles?|rockets?|"
    r"frappes?|attaques?|bombardements?|roquettes?|obus) (?:that|which|qui) $"
)
# (0.27.0) A negation right before an attack verb ("the US military said it had not conducted
# strikes", "l'armée affirme n'avoir pas mené de frappe", "never fired"): its subject denies it.
_NEGATED_VERB: Final = re.compile(r"\b(?:not|never|pas|jamais|n't)\s+$")


def _spans(
    cue_spans: Mapping[str, Sequence[tuple[int, int]]], kind: str
) -> Sequence[tuple[int, int]]:
    return cue_spans.get(kind, ())


def assign_roles(
    folded: str,
    start: int,
    end: int,
    mentions: Sequence[ActorMention],
    cue_spans: Mapping[str, Sequence[tuple[int, int]]],
    actors: Mapping[str, Actor],
    antecedent: str | None,
) -> Roles:
    """Attacker, attribution, claimant, target and speakers of the sentence ``[start, end)``.

    Each role reader only runs when the sentence has the cues it reads (a claim, a reporting
    verb, an attribution, an attack word) and actors to give the role to.
    """
    if len(mentions) > 1:
        mentions = sorted(mentions, key=_mention_start)
    claimant = (
        _claimant(folded, start, mentions, cue_spans, antecedent)
        if cue_spans.get("claim")
        else None
    )
    speakers = (
        tuple(_speakers(folded, mentions, cue_spans))
        if mentions and cue_spans.get("reporting")
        else ()
    )
    attacker: str | None = None
    attribution = "unknown"
    attributed = (
        _attributed(folded, mentions, cue_spans, antecedent)
        if cue_spans.get("attribution")
        else None
    )
    if claimant is not None:
        attacker, attribution = claimant, "claimed"
    elif attributed is not None:
        attacker = attributed
        alleged = any(start <= s < end for s, _ in _spans(cue_spans, "alleged"))
        attribution = "alleged" if alleged else "attributed"
    elif cue_spans.get("trigger"):
        # (0.27.0) the agent of what a speaker says before the speaker ("The Houthis said that
        # the Israeli strikes carried out on Saturday had killed six"): the speakers last
        candidates = (
            [*(m for m in mentions if m.actor_id not in speakers),
             *(m for m in mentions if m.actor_id in speakers)]
            if speakers
            else mentions
        )  # fmt: skip
        for mention in candidates:
            if _is_agent(folded, start, mention, cue_spans):
                attacker, attribution = mention.actor_id, "attributed"
                break
        casualty_words = set(cue_spans.get("casualty", ()))
        attack_word = any(span not in casualty_words for span in cue_spans["trigger"])
        if attacker is None and attack_word:
            # A group telling of an attack claims it; one telling of the wounded ("the
            # movement will pay for the care of the wounded") does not, nor one announcing a
            # death ("le Hamas a annoncé la mort d'Ismaïl Haniyeh, tué dans un raid": its own).
            speaking = [
                m.actor_id
                for m in mentions
                if m.actor_id in speakers
                and _kind(actors, m.actor_id) in NON_STATE_KINDS
                and not _cited(folded, m)
                and not _owns_what_was_hit(folded, mentions, m.actor_id)
            ]
            if speaking and _DEATH_ANNOUNCED.search(folded, start, end) is None:
                attacker = claimant = speaking[0]
                attribution = "claimed"
    if len(mentions) > 1:
        attacker = _branch_named(attacker, mentions, actors)
        claimant = _branch_named(claimant, mentions, actors)
    target = _target(folded, mentions, attacker, actors) if mentions else None
    return Roles(attacker, attribution, claimant, target, speakers)


def _branch_named(
    actor_id: str | None, mentions: Sequence[ActorMention], actors: Mapping[str, Actor]
) -> str | None:
    """A branch named beside its parent is the actor ("la branche d'Al-Qaïda au Sahel, le
    JNIM, a revendiqué": JNIM, not Al-Qaeda); the parent stands only when no branch is named."""
    if actor_id is None:
        return None
    chosen = [m for m in mentions if m.actor_id == actor_id]
    for mention in mentions:
        if not any(abs(mention.start - c.end) <= 40 or abs(c.start - mention.end) <= 40
                   for c in chosen):  # fmt: skip
            continue  # a branch in apposition to its parent, not one named elsewhere
        ancestor = actors.get(mention.actor_id)
        seen = 0
        while ancestor is not None and ancestor.parent_id is not None and seen < 8:
            if ancestor.parent_id == actor_id:
                return mention.actor_id
            ancestor = actors.get(ancestor.parent_id)
            seen += 1
    return actor_id


def _mention_start(mention: ActorMention) -> int:
    return mention.start


def _kind(actors: Mapping[str, Actor], actor_id: str) -> str:
    actor = actors.get(actor_id)
    return actor.kind if actor is not None else "other"


# The participle of a passive claim: "an attack claimed by X", "revendiquée par X".
_CLAIMED_PARTICIPLES: Final = (
    "claimed",
    "revendique",
    "revendiquee",
    "revendiques",
    "revendiquees",
)


def _claimant(
    folded: str,
    start: int,
    mentions: Sequence[ActorMention],
    cue_spans: Mapping[str, Sequence[tuple[int, int]]],
    antecedent: str | None,
) -> str | None:
    claims = _spans(cue_spans, "claim")
    if not claims:
        return None
    cue_start, cue_end = claims[0]
    before = [m for m in mentions if m.end <= cue_start and m.role_hint != "target"]
    denials = cue_spans.get("denial")
    if denials and before:
        # (0.25.0) "the TTP denied involvement, while the TJP claimed responsibility", "le JNIM
        # a démenti, tandis que l'EIGS a revendiqué": who denied before the claim claims nothing
        before = [m for m in before if not any(m.end <= d < cue_start for d, _ in denials)]
    if folded.startswith((" by ", " par "), cue_end) and folded[cue_start:cue_end].endswith(
        _CLAIMED_PARTICIPLES
    ):
        # "..., an attack claimed by X", "une attaque revendiquée par X": the passive's agent,
        # not the victims named before it
        before = []
    if before:
        if _RELATIVE.search(folded, max(0, cue_start - 24), cue_start) is not None:
            return before[-1].actor_id  # "..., an umbrella group that claimed": the antecedent
        return before[0].actor_id
    after = [
        m
        for m in mentions
        if cue_end <= m.start <= cue_end + 60 and not _object_of_attack(folded, start, m)
    ]  # "said it conducted an airstrike against al-Shabab militants": the side attacked
    if after:
        return after[0].actor_id
    if antecedent is not None:
        return antecedent
    del start
    return None


# "Iran fired air defences", "a activé ses défenses aériennes": the side that fires its air
# defence defends; it attacks nobody.
DEFENCE_FIRED: Final = re.compile(
    r"\s+(?:its |their |his |ses |leurs |sa |la |les |des |de la |the )?(?:air defen[cs]es?|"
    r"anti ?aircraft|defen[cs]e systems?|defenses? (?:aeriennes?|anti ?aeriennes?)|"
    r"defense anti ?aerienne|interceptors?|intercepteurs?)\b"
)
# (0.26.0) A vehicle or a patrol that ran onto a mine is its victim ("a Malian army patrol hit a
# roadside bomb", "an army truck struck a landmine", "un véhicule des FAMa a heurté une mine").
_ONTO_A_MINE: Final = re.compile(
    r"(?:hit|hits|struck|strikes|ran over|drove over|rolled over|stepped on|triggered|heurte|"
    r"touche|roule sur|saute sur)\s+(?:an? |the |un |une |des |sur un |sur une )?"
    r"(?:[a-z-]+ )?(?:roadside bombs?|(?:land ?)?mines?|ieds?|improvised explosive devices?|"
    r"explosive devices?|booby traps?|engins? explosifs?)\b"
)
_THAT: Final = re.compile(r"\b(?:que\b|qu'|that\b)")


# A death announced ("a annoncé la mort de X", "announced the death of X", "confirmed the
# killing of X", "a confirmé le décès de X"): the speaker mourns its own, claims nothing.
_DEATH_ANNOUNCED: Final = re.compile(
    r"\b(?:annonce|annoncent|annoncait|confirme|confirment|announced|announces|confirmed|"
    r"confirms|mourned|mourns|pleure)\b(?: [a-z']+){0,2}? (?:la mort|le deces|l'assassinat|"
    r"la disparition|the death|the killing|the assassination|the martyrdom)\b"
)


def _speakers(
    folded: str,
    mentions: Sequence[ActorMention],
    cue_spans: Mapping[str, Sequence[tuple[int, int]]],
) -> list[str]:
    """Actors the sentence quotes: "X said", "X a indiqué", "selon X", "a statement from X"."""
    reporting = _spans(cue_spans, "reporting")
    speakers: list[str] = []
    for mention in mentions:
        for cue_start, cue_end in reporting:
            # "X said", "X a indiqué"; not "... by X, a indiqué l'armée", "..., the army
            # said": after a comma the verb has a subject of its own
            after = (
                0 <= cue_start - mention.end <= 14 and "," not in folded[mention.end : cue_start]
            )
            before = 0 <= mention.start - cue_end <= 16 and (
                _THAT.search(folded, cue_end, mention.start) is None
                and "," not in folded[cue_end : mention.start]
                and _inverted(folded, cue_start, cue_end)
            )  # "l'armée a annoncé que les FSR avaient attaqué": the FSR do not speak; nor
            # does the army "residents said, blaming" (after a comma, another clause)
            if after or before:
                speakers.append(mention.actor_id)
                break
    return speakers


# Verbs of saying: their subject comes after them only when the verb follows what was said
# ("..., said the group", "..., a indiqué l'armée"); after a subject of their own ("the sources
# said Islamic State cells remain active") what follows is the reported clause.
# (the reporting cues but those that cite a source or name a document)
_SAYING_VERBS: Final[frozenset[str]] = frozenset(REPORTING) - {
    "selon", "d'apres", "citant", "according to", "citing", "statement", "communique",
    "press release", "news",
}  # fmt: skip
_AFTER_WHAT_WAS_SAID: Final = (
    ",",
    '"',
    "\u201d",
    "\u201c",
    "\u00bb",
    "\u00ab",
    "'",
    "-",
    "\u2014",
    ")",
)


def _inverted(folded: str, cue_start: int, cue_end: int) -> bool:
    """Whether the actor right after a reporting cue can be its speaker: any cue but a verb of
    saying ("selon X", "a statement from X"), and such a verb after what was said ("...,
    said X") or before its agent ("reported by X"), not after a subject of its own ("the
    sources said X cells remain active")."""
    if folded[cue_start:cue_end] not in _SAYING_VERBS or folded.startswith(
        (" by ", " par "), cue_end
    ):
        return True  # (a passive's agent speaks: "attacks reported by the resistance")
    before = folded[max(0, cue_start - 3) : cue_start].rstrip()
    return not before or before.endswith(_AFTER_WHAT_WAS_SAID) or before.endswith("\n")


# Words that cite a source ("selon les Houthis", "according to the group"): what it says is the
# report's, not its own account of what it did.
_CITED: Final = re.compile(
    r"\b(?:selon|d'apres|according to|citing|citant)\s+(?:[a-z']+\s+){0,2}$"
    # (0.26.0) one member speaking, a witness, not the group telling of its deed ("a member of
    # the local X told reporters", "un membre de X a raconté")
    r"|\b(?:an?|one|un|une) (?:[a-z]+ )?(?:member|membre) (?:of|de|du|des|d')"
    r"(?: the| la| le| l'| les)?(?: local| locale?)? ?$"
)


def _cited(folded: str, mention: ActorMention) -> bool:
    """Whether the sentence cites the actor as its source rather than letting it speak (or
    one of its members: a witness)."""
    return _CITED.search(folded, max(0, mention.start - 30), mention.start) is not None


# An attribution word told of its subject: "X was (also) blamed for", "X a été accusé d'",
# "X est tenu pour responsable de".
# (one attack: "accusé de plusieurs massacres", "blamed for many attacks" tell a record)
_BLAMED_FOR: Final = re.compile(
    r" (?:for|of|de|d'|du)(?! ?(?:plusieurs|several|many|numerous|dozens|scores|nombreu\w*|"
    r"multiple|a series|une serie|attacks|attaques|massacres)\b)"
)
# The relative pronoun that opens a clause blaming its antecedent, then the one who blames
# (up to three words: "Israel", "the Israeli army", "les autorités locales").
_RELATIVE_BLAMER: Final = re.compile(
    r"(?: \([^()]{1,15}\))?, (?:which|whom|auquel|a laquelle|auxquels|auxquelles|a qui)"
    # (not an auxiliary: "Islamic State Khorasan, which has accused the Kremlin": it accuses)
    r"(?! (?:has|have|had|is|was|were|are|also|often|already|repeatedly|a|ont|avait|avaient|"
    r"est|sont|deja|aussi)\b)(?: [a-z'.-]+){1,3} "
)
# (0.23.0) An attribution cue that opens with a copula ("was behind", "was the most likely
# culprit", "serait le principal suspect"), and what may stand between its subject and it.
_COPULA_CUE: Final = re.compile(r"(?:was|were|is|are|est|etait|sont|etaient|serait|seraient) ")
_SUBJECT_GAP: Final = re.compile(
    r" (?:(?:also|probably|likely|possibly|aussi|probablement|sans doute|vraisemblablement) )?"
)
_COPULA_GAP: Final = re.compile(
    r" (?:was|were|is|are|has been|have been|had been|a ete|ont ete|est|sont|avait ete|"
    r"avaient ete)(?: also| already| widely| aussi| egalement| deja)? "
)


# (0.25.0) Other attacks than the one told, after a word of blame ("Authorities have blamed
# similar attacks in the region on the CJNG", "ont attribué des attaques similaires au CJNG",
# "de telles attaques").
_OTHER_ATTACKS: Final = re.compile(
    r"\s+(?:(?:similar|such|previous|past|earlier|other|prior) (?:attacks|bombings|strikes|"
    r"killings|incidents|ambushes|raids)"
    r"|(?:des|les) (?:attaques|attentats|frappes|embuscades|tueries) (?:similaires|semblables|"
    r"precedentes|passees)"
    r"|(?:d'autres|de telles|de precedentes|les precedentes) (?:attaques|attentats|frappes|"
    r"embuscades|tueries))\b"
)


def _attributed(
    folded: str,
    mentions: Sequence[ActorMention],
    cue_spans: Mapping[str, Sequence[tuple[int, int]]],
    antecedent: str | None = None,
) -> str | None:
    for cue_start, cue_end in _spans(cue_spans, "attribution"):
        if _OTHER_ATTACKS.match(folded, cue_end) is not None:
            continue  # (0.25.0) "have blamed similar attacks on X": other attacks' culprit
        # (0.22.0) the antecedent of a relative clause that blames it ("Hezbollah, which Israel
        # blamed for the attack, did not claim it", "le Hezbollah, auquel Israël impute
        # l'attaque, ne l'a pas revendiquée")
        for m in mentions:
            if m.end <= cue_start and _RELATIVE_BLAMER.fullmatch(folded, m.end, cue_start):
                return m.actor_id
        if _COPULA_CUE.match(folded, cue_start) is not None:
            # (0.23.0) the subject of a copula cue: "officials said Kataib Hezbollah was behind
            # the attack", "X was the most likely culprit", "le groupe X serait le principal
            # suspect"), before the actors after it ("X was behind the attack, an Iraqi army
            # officer said")
            for m in mentions:
                if m.role_hint != "target" and _SUBJECT_GAP.fullmatch(folded, m.end, cue_start):
                    return m.actor_id
        # "responsable de massacres de civils", "blamed for killing civilians": an actor named
        # only as a target is whom the deed hit, never whom it is attributed to
        after = [
            m for m in mentions if cue_end <= m.start <= cue_end + 60 and m.role_hint != "target"
        ]
        if after:
            return after[0].actor_id
        if _BLAMED_FOR.match(folded, cue_end) is not None:
            # "The RSF was also blamed for a drone attack", "les FSR ont été accusées d'une
            # attaque": the subject of the passive is whom the attack is attributed to
            for m in mentions:
                if m.end <= cue_start and _COPULA_GAP.fullmatch(folded, m.end, cue_start):
                    return m.actor_id
        if antecedent is not None and _BEHIND.search(folded, cue_start, cue_end):
            before = folded[max(0, cue_start - 12) : cue_start]
            if _PRONOUN_BEFORE.search(before):
                return antecedent  # "It was behind the 2017 truck bombing"
    return None


# (0.32.0) An attack noun right after the actor, a weapon word at most between: the actor's
# attack ("a Nigerian army drone strike on a religious gathering ... killed 85", "a Houthi
# missile attack", "al-Shabaab's suicide bombing").
_ATTACK_NOUN_AFTER_ACTOR: Final = re.compile(
    r"(?:'s)? (?:(?:drone|air|missile|rocket|artillery|mortar|suicide|ground|helicopter|naval) )?"
    r"(?:strikes?|airstrikes?|attacks?|raids?|bombings?|shelling|bombardments?|assaults?|"
    r"ambush(?:es)?)\b"
)


def _is_agent(
    folded: str,
    start: int,
    mention: ActorMention,
    cue_spans: Mapping[str, Sequence[tuple[int, int]]],
) -> bool:
    if mention.role_hint == "attacker":
        return True
    if mention.role_hint == "target" or _object_of_attack(folded, start, mention):
        return False
    if _ATTACK_NOUN_AFTER_ACTOR.match(folded, mention.end) is not None:
        return True  # (0.32.0) "a Nigerian army drone strike on a gathering in X killed 85"
    # (0.25.0) an aside between the subject and its verb ("The Houthis, who control much of
    # northern Yemen, fired", "les combattants, armés de fusils, ont pris d'assaut", "FARC
    # dissidents, for their part, dropped"): the verb follows the aside
    agents = _spans(cue_spans, "agent")
    aside = _SUBJECT_ASIDE.match(folded, mention.end) if agents else None
    subject_end = aside.end() if aside is not None else mention.end
    for cue_start, cue_end in agents:
        gap = cue_start - subject_end
        if 0 <= gap <= 45 and DEFENCE_FIRED.match(folded, cue_end) is None:
            if _ONTO_A_MINE.match(folded, cue_start) is not None and not (
                gap <= 1 and folded.startswith("triggered", cue_start)
            ):
                # (0.26.0) "a Malian army patrol hit a roadside bomb": the victim; (0.28.0) but
                # a group right before "triggered" set it off ("when Maoists triggered an IED")
                continue
            between = folded[subject_end:cue_start]
            # "have been targeted" is passive, "have been shelling" the agent at work
            progressive = folded[cue_start:cue_end].endswith("ing")
            if (_PASSIVE.search(between) is not None and not progressive) or _NEW_CLAUSE.search(
                between
            ) is not None:
                continue
            if _FIRED_FROM.match(folded, cue_end) and _SAYS.search(between) is not None:
                continue  # "the military said one projectile launched from Gaza fell"
            if _NEGATED_VERB.search(between) is not None:
                continue  # (0.27.0) "said it had not conducted strikes", "n'a pas mené": denied
            if _ATTACK_NOUNS_RELATIVE.search(between) is not None:
                # (0.33.0) "eliminated a senior Hezbollah commander in the strike that hit":
                # the strike hit, the group named before it did not
                continue
            if _CASUALTY_VERB.search(folded, cue_start, cue_end) and (
                _HEADLINE_PASSIVE.match(folded, cue_end)
                or (
                    _VICTIMS.search(folded, mention.start, mention.end)
                    and _OBJECT_AFTER.match(folded, cue_end) is None
                )
                or _members_died(folded, start, mention, (cue_start, cue_end))
            ):
                continue  # "Three US soldiers killed in ...": victims, not killers
            return True
    if _subject_of_a_killing(folded, start, mention):
        return True
    window = folded[max(start, mention.start - 60) : mention.start]
    if contains_any(window, ("par", "by")) and _AGENT_BEFORE.search(window) is not None:
        # (0.25.0: or the attack word right after the agent: "an IED planted by the NPA
        # exploded", "une bombe posée par des jihadistes a explosé")
        return any(
            0 < mention.start - s <= 80 or 0 <= s - mention.end <= 60
            for s, _ in _spans(cue_spans, "trigger")
        )
    # "frappes menées dans la nuit de jeudi à vendredi par les États-Unis", "strikes carried
    # out overnight by Israel": when it happened may stand between the attack and its agent.
    timed = _TIMED_AGENT.search(folded, max(start, mention.start - 90), mention.start)
    if timed is not None and _told_when(timed.group("between")):
        return any(0 < mention.start - s <= 120 for s, _ in _spans(cue_spans, "trigger"))
    if _noun_by_agent(folded, start, mention):
        return True
    if _IDENTIFIED_AGENT.search(folded, max(start, mention.start - 120), mention.start):
        # "menée par des hommes armés, identifiés comme des terroristes de la CMA", "carried
        # out by gunmen identified as members of X": the agent named after all
        return any(0 < mention.start - s <= 160 for s, _ in _spans(cue_spans, "trigger"))
    window = folded[max(start, mention.start - 60) : mention.start]
    named = _GROUP_NOUN_END.search(window)
    if named is not None:  # (0.18.0) "une attaque du gang Gran Grif", "du groupe X"
        window = window[: named.start()]
    # "attaques de la", "strikes by": the window must end with the preposition.
    if not window.rstrip().endswith(_OF_AGENT_ENDS):
        return False
    if _ARMS_OF.search(window) is not None:
        return True
    found = _OF_AGENT.search(window)
    if found is None:
        return False
    if window.rstrip().endswith((" by", " from", " by the", " from the")):
        return True
    if _TARGET_BETWEEN.intersection(found.group(0).split()[1:-1]):
        # (0.22.0) "une attaque contre le camp de l'armée malienne", "un raid sur les positions
        # des forces russes": the "de" is the target's, not the attack's
        return False
    # In French the attack word must be the noun ("une attaque de Boko Haram", "les frappes de
    # l'armée"), not the verb ("les jihadistes ont attaqué des soldats de l'armée").
    word = found.group(0).split(" ", 1)[0]
    return word.endswith("s") or _ATTACK_NOUN_BEFORE.search(window, 0, found.start()) is not None


# (0.22.0) The group that opens a sentence, then its deed, then the killing it caused as a
# participle: "In August, al-Shabaab fighters besieged a hotel for 30 hours, killing 21
# people", "Des combattants du JNIM ont encerclé le poste, tuant dix soldats". What opens the
# sentence may be when ("On July 22, 2022, ..."); the verb is no passive and no report.
_OPENING_BEFORE_SUBJECT: Final = re.compile(
    r"(?:[^.;:]{0,40}, )?(?:the |les |des |le |la |l'|d')?"
    r"(?:(?:combattants|militants|membres|elements|jihadistes|rebelles|miliciens) "
    r"(?:du |de la |de l'|des |de |d'))?$"
)
_MEMBER_NOUNS: Final = (
    r"(?:fighters|militants|members|gunmen|insurgents|rebels|militiamen|jihadists)"
)
_SUBJECT_DEED_THEN_KILLING: Final = re.compile(
    rf"(?: {_MEMBER_NOUNS})?"
    rf" (?!(?:{_MEMBER_NOUNS} )?"
    r"(?:was|were|is|are|has been|have been|had been|a ete|ont ete|avaient ete|avait ete|"
    r"sont|est|said|says|told|denied|claimed|a dit|a affirme|a declare|a nie|a revendique|"
    # the defenders' deed ("troops repelled an attack by X, killing 20 militants")
    r"repelled|repulsed|foiled|thwarted|fought off|responded|returned fire|retaliated|"
    r"(?:ont|a) (?:repousse|dejoue|riposte|neutralise|contre attaque))\b)"
    r"[^.;:]{3,160}?, (?:killing|tuant)\b"
)
_KILLING_WORDS: Final = ("killing", "tuant")


def _subject_of_a_killing(folded: str, start: int, mention: ActorMention) -> bool:
    """Whether the actor opens its sentence as the subject of a deed told with a killing after
    it (see ``_SUBJECT_DEED_THEN_KILLING``)."""
    if not contains_any(folded[mention.end : mention.end + 200], _KILLING_WORDS):
        return False
    if _OPENING_BEFORE_SUBJECT.fullmatch(folded, start, mention.start) is None:
        return False
    return _SUBJECT_DEED_THEN_KILLING.match(folded, mention.end) is not None


def _told_when(between: str) -> bool:
    """Whether only when it happened stands between a deed and its agent: time words ("dans la
    nuit de jeudi à vendredi", "overnight") or (0.26.0) a date ("le 24 août", "on August 24",
    "le 1er mars")."""
    return all(
        word in _TIME_WORDS or word in MONTH_WORDS or word.isdigit() or word == "1er"
        for word in between.split()
    )


def _noun_by_agent(folded: str, start: int, mention: ActorMention) -> bool:
    """ "an ambush near X by suspected members of Y", "une embuscade tendue près de X par des
    militants présumés du groupe Y": the agent of an attack noun told after where it was."""
    window = folded[max(start, mention.start - 130) : mention.start]
    if " by" not in window and " par" not in window:
        return False
    found = _NOUN_BY_AGENT.search(window)
    if found is None:
        return False
    between = found.group("between")
    return (
        _PLACE_OR_TIME_AFTER_NOUN.match(between) is not None
        and _PASSIVE_BETWEEN.search(between) is None  # "attacks on X were reported by"
        and _NEW_CLAUSE.search(between) is None
        and _NOT_THE_AGENT.search(between.rstrip()) is None
    )


def _members_died(folded: str, start: int, mention: ActorMention, cue: tuple[int, int]) -> bool:
    """ "deux combattants du Hezbollah ont péri", "two members of X died": X lost them."""
    return (
        _DIED.search(folded, cue[0], cue[1]) is not None
        and _MEMBERS_BEFORE.search(folded, max(start, mention.start - 40), mention.start)
        is not None
    )


def _object_of_attack(folded: str, start: int, mention: ActorMention) -> bool:
    """The side attacked, never the attacker: an actor right after "targeting", "visant",
    "contre", "against" ("an attack targeting the Iraqi police ... killed two") or after an
    attack verb ("jihadists attacked Malian soldiers", "ont attaqué des soldats maliens")."""
    window = folded[max(start, mention.start - 60) : mention.start]
    if _TARGET_BEFORE.search(window[-48:]) is not None:
        return True
    found = _OBJECT_OF_ATTACK.search(window)
    # "une attaque de Boko Haram", "l'attaque des jihadistes de X": the noun, whose "de" names
    # the attacker, not the verb ("ont attaqué des soldats": the side attacked).
    return found is not None and _ATTACK_NOUN_BEFORE.search(window, 0, found.start()) is None


# What introduces the side attacked between an attack noun and a "de" ("une attaque contre le
# camp de l'armée"): the "de" then names the target's owner.
_TARGET_BETWEEN: Final[frozenset[str]] = frozenset(
    {"contre", "sur", "visant", "ciblant", "vers", "envers"}
)
# (0.22.0: the masculine nouns too, "un raid de l'armée israélienne", "le bombardement des
# forces russes", "un assaut du JNIM")
_ATTACK_NOUN_BEFORE: Final = re.compile(
    r"(?:\b(?:une|la|cette|nouvelle|derniere|d'une|l'|sanglante|meurtriere|les|des|ces|un|d'un|"
    r"le|du|ce|nouveau|dernier|sanglant|meurtrier|enieme|autre) ?)$"
)


def _target(
    folded: str,
    mentions: Sequence[ActorMention],
    attacker: str | None,
    actors: Mapping[str, Actor],
) -> str | None:
    for mention in mentions:
        if mention.actor_id == attacker:
            continue
        window = folded[max(0, mention.start - 48) : mention.start]
        if mention.role_hint == "target" or _TARGET_BEFORE.search(window) is not None:
            return mention.actor_id
        after = folded[mention.end : mention.end + 80]
        if contains_any(after, _TARGET_AFTER_WORDS) and _TARGET_AFTER.match(after) is not None:
            return mention.actor_id
    for mention in mentions:
        if mention.actor_id != attacker and _kind(actors, mention.actor_id) in STATE_KINDS:
            return mention.actor_id
    return None


def pronoun_claim(folded: str, start: int, end: int) -> bool:
    """Whether the sentence's subject is a bare pronoun ("It claimed", "elle a revendiqué")."""
    return _PRONOUN.search(folded, start, end) is not None
