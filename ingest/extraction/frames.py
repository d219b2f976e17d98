"""Pass 7, event frames: one candidate per place of a sentence that tells an attack.

Reads a sentence that tells an attack (``clauses.MainClause``), its places
(``frame_places.py``), roles (``roles.py``) and counts (``counting.py``). ``sentence_frame``
gathers what the sentence says for all its places: its date (a "the same day" resolved against
the last date written), weapons, casualty figures, source, hedge. ``frame_candidates`` then
makes the candidates: per place, the weapon named nearest it, its toll (``tolls.place_toll``),
its own date when the sentence binds dates to places, one candidate per separate attack counted
("two attacks", "à deux reprises"), and whether a country or province is specific enough to be
an event of its own (``_area_is_specific``). A sentence is background when it says so, answers
an attack told before, or dates its attack days before publication (``is_background``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from ingest.extraction.actors import ActorMention, Roles
from ingest.extraction.aggregates import CountHit, separate_attacks
from ingest.extraction.candidates import ArticleContext, Candidate
from ingest.extraction.casualties import Casualty, find_casualties
from ingest.extraction.clauses import clauses_with_their_relative_clauses
from ingest.extraction.dates import DateHit
from ingest.extraction.facts import SentenceFacts, Span, inside
from ingest.extraction.fragments import spoken_for
from ingest.extraction.matching import PLACE, SOURCE, WEAPON, Match
from ingest.extraction.numbers import Quantity
from ingest.extraction.places import PlaceHit, is_area
from ingest.extraction.quickscan import quick_compile
from ingest.extraction.roles import source_of
from ingest.extraction.sentence_dates import (
    basis_of,
    bind_dates,
    consecutive_days,
    one_day,
    precision_of,
    same_day,
    same_month,
)
from ingest.extraction.tolls import place_toll
from ingest.extraction.weapons import WeaponHit, weapon_for, weapon_hits
from ingest.extraction.wordregex import ALL_WORDS, WordRegex, word_set

PLURAL_NOUN: Final = frozenset(
    {"attaques", "attacks", "frappes", "strikes", "raids", "bombardements", "tirs", "bombings"}
)
STRIKE_WORD: Final = WordRegex(r"(?:frapp\w*|strikes?|struck|bombard\w*|bombed|bombing|raids?)\b")
# Every STRIKE_WORD match holds one of these: the cheap test before it.
_STRIKE_WORDS: Final = word_set(
    ("frapp", "strike", "struck", "bombard", "bombed", "bombing", "raid")
)
# Ground forces in the sentence make its "raid" a ground raid ("Israeli troops killed two
# men during a raid in Jenin"), not a state's air raid ("un raid israélien sur Gaza").
_GROUND_FORCES: Final = WordRegex(
    r"(?:troops|soldiers|commandos?|special forces|ground|infantry|soldats|troupes|"
    r"forces speciales|terrestres?|fantassins|police|policiers|gendarmes?)\b"
)


def strike_word(folded: str, start: int, end: int, words: int = ALL_WORDS) -> bool:
    """Whether the sentence tells a strike ("strikes", "frappes", "bombed", "raids"), which a
    state carries out by air when no weapon is named; a raid by ground forces is none
    (``words``: the word mask of the sentence that holds the span)."""
    if not words & _STRIKE_WORDS:
        return False
    for match in STRIKE_WORD.finditer(folded, start, end):
        if not match.group(0).startswith("raid"):
            return True
        if _GROUND_FORCES.search(folded, start, end) is None:
            return True
    return False


_PRONOUN_SUBJECT: Final = re.compile(r"(?:[a-z ]{0,20}, )?(?:elles|ils|they|it|elle) (?!y )")
# (0.21.0) One more place of a wave told before, opening with where ("In Dnipro, one person was
# killed", "À Dnipro, une personne a été tuée") or told "also" ("Missiles also hit Dnipro",
# "des missiles ont également frappé Dnipro"): it points back to the wave.
_NEXT_PLACE_OPENING: Final = re.compile(r"(?:in|a|dans) [^,.;:]{2,40}, ")
_ALSO: Final = WordRegex(r"(?:also|egalement|aussi)\b")


_ALSO_WORDS: Final = word_set(("also", "egalement", "aussi"))


def _opens_with_a_place(text: str, folded: str, fact: SentenceFacts) -> bool:
    """Whether the sentence opens with where, a place name or a place noun ("In Dnipro, ...",
    "In the village of X, ..."; not "In March, ..." nor "In 2016, ...", nor English "A ..."
    folded like French "À")."""
    opening = _NEXT_PLACE_OPENING.match(folded, fact.sentence.start)
    if opening is None or text.startswith(("A ", "a "), fact.sentence.start):
        return False
    if _TYPED_PLACE_OPENING.match(folded, fact.sentence.start) is not None:
        return True  # "In the village of X, ..."
    return any(
        fact.sentence.start < match.start < opening.end() for match in fact.families.get(PLACE, ())
    )


_TYPED_PLACE_OPENING: Final = re.compile(
    r"(?:in|a|dans) (?:the |la |le |l')?(?:nearby |neighbouring |voisine? )?(?:village|town|"
    r"city|district|province|region|localite|ville|commune|quartier|neighbou?rhood|camp|"
    r"hameau|hamlet) (?:of |de |du |d')"
)


_ATTACK_NOUN: Final = (
    r"(?:attack|strike|airstrike|assault|raid|bombing|attaque|frappe|assaut|bombardement)"
)
_SINGULAR: Final = re.compile(
    rf"\b(?:the|this|that|an?|one|cette|la|l'|le|ce|cet|une?)\s+(?:[a-z'.-]+\s+){{0,2}}?"
    rf"{_ATTACK_NOUN}\b"
)
_DEFINITE_SINGULAR: Final = re.compile(
    rf"\b(?:(?:the|this|that|cette|la|le|ce|cet)\s+|l')(?:[a-z'.-]+\s+){{0,2}}?{_ATTACK_NOUN}\b"
)
_INDEFINITE_SINGULAR: Final = re.compile(
    rf"\b(?:an?|one|une?)\s+(?:[a-z'.-]+\s+){{0,2}}?{_ATTACK_NOUN}\b"
)
# One target of an attack verb: "insurgents attacked a military base in Mopti region", "ont
# attaqué un camp de l'armée dans la région de Mopti", "a convoy was ambushed in X".
_ONE_TARGET: Final = quick_compile(
    r"\b(?:(?:attacked|stormed|raided|overran|ambushed|struck|targeted|shelled|bombed|torched|"
    r"hit|a attaque|ont attaque|a pris d'assaut|ont pris d'assaut|a vise|ont vise|a cible|"
    r"ont cible|a frappe|ont frappe|a bombarde|ont bombarde|a incendie|ont incendie)\s+"
    r"(?:a|an|un|une)\s+(?!series\b|number\b|wave\b|dozen\b|serie\b|vague\b|dizaine\b)"
    r"|\b(?:a|an|un|une)\s+(?:[a-z'-]+\s+){1,3}?(?:was|a ete) (?:attacked|stormed|raided|"
    r"overrun|ambushed|struck|targeted|shelled|bombed|torched|hit|attaquee?|prise? d'assaut|"
    r"visee?|ciblee?|frappee?|bombardee?|incendiee?)\b"
    # (0.24.0) projectiles fired or launched at one target: "fired a barrage of rockets at an
    # Israeli army base in the Golan", "a tiré des roquettes sur une base dans le Golan"
    r"|\b(?:fired|launched|lobbed|a tire|ont tire|avoir tire|a lance|ont lance|avoir lance)\b"
    r"[^.;,]{0,60}?\b(?:at|on|against|toward|towards|sur|contre|vers)\s+(?:a|an|un|une)\s+"
    r"(?!series\b|number\b|wave\b|dozen\b|serie\b|vague\b|dizaine\b))"
)


class SentenceFrame:
    """What a sentence that tells an attack says, for all its places (read-only by
    convention: a plain class, built natively by mypyc)."""

    __slots__ = (
        "actors", "casualties", "date", "fact", "hedged", "live", "nothing", "roles",
        "sentence", "source", "sources", "weapons",
    )  # fmt: skip

    def __init__(
        self,
        sentence: int,
        fact: SentenceFacts,
        date: DateHit | None,
        weapons: list[WeaponHit],
        casualties: list[Casualty],
        nothing: tuple[bool, bool],
        roles: Roles,
        actors: list[ActorMention],
        sources: list[Match],
        source: str | None,
        hedged: bool,
        live: list[Span],
    ) -> None:
        self.sentence = sentence  # its index
        self.fact = fact
        self.date = date  # "the same day" resolved
        self.weapons = weapons
        self.casualties = casualties
        self.nothing = nothing  # nobody killed, nobody wounded
        self.roles = roles
        self.actors = actors
        self.sources = sources
        self.source = source
        self.hedged = hedged
        self.live = live  # the live attack words


def sentence_frame(
    context: ArticleContext,
    fact: SentenceFacts,
    index: int,
    who: tuple[Roles, list[ActorMention]],
    live: list[Span],
    day_context: DateHit | None,
    month_context: DateHit | None = None,
) -> SentenceFrame:
    """The frame of a sentence (``who``: its roles and actor mentions; ``day_context``: the
    last day written, for "the same day"; ``month_context``: the last date written, for "the
    same month")."""
    folded = context.folded
    start, end = fact.sentence.start, fact.sentence.end
    spans = fact.cue_spans
    weapon_matches = fact.families.get(WEAPON)
    weapons = (
        weapon_hits(folded, weapon_matches, spans, start, [(d.start, d.end) for d in fact.dates])
        if weapon_matches
        else []
    )
    # (0.19.0: with the relative clause that tells the context clause's attack, "the worst
    # since February 2019, when a suicide bomber ... killing 40", "le pire depuis mars, quand
    # une voiture piégée avait tué 40 personnes": its weapon and toll are not the main clause's)
    discounted = clauses_with_their_relative_clauses(folded, fact) if fact.discounted else []
    if discounted:
        weapons = [w for w in weapons if not inside(w.start, discounted)]
    casualties, none_killed, none_wounded = find_casualties(
        folded, start, end, spans.get("casualty", []), fact.words
    )
    if discounted and casualties:
        # "..., less than a week after a JNIM attack killed five soldiers in X": the toll of
        # the passing reference is its own, not the main clause's.
        # (by its word or its figure: "during which more than 1,500 civilians were killed")
        casualties = [
            c
            for c in casualties
            if not inside(c.position, discounted) and not inside(c.quantity.start, discounted)
        ]
    sources = fact.families.get(SOURCE, [])
    date_hit = fact.date
    if date_hit is not None and date_hit.kind == "same_day":
        date_hit = same_day(date_hit, day_context)
    elif date_hit is not None and date_hit.kind == "same_month":
        date_hit = same_month(date_hit, month_context)
    roles, mentions = who
    return SentenceFrame(
        index,
        fact,
        date_hit,
        weapons,
        casualties,
        (none_killed, none_wounded),
        roles,
        mentions,
        sources,
        source_of(sources, mentions) if sources else None,
        bool(spans.get("hedge")),
        live,
    )


_FOUR_DAYS: Final = timedelta(days=4)  # an attack dated earlier before publication is background
# (0.29.0) A lead that revises the toll of an attack ("le gouvernement a revu jeudi à la hausse
# le bilan de l'attaque du 17 avril", "the government on Thursday raised the toll of the April
# 17 attack to 54", "the death toll from the April 17 attack has risen to 54"): the article's
# news is that attack, however long before publication it was.
_TOLL_REVISED: Final = re.compile(
    r"\b(?:revu (?:[a-z]+ )?(?:a la hausse |a la baisse )?(?:le|son) bilan"
    r"|(?:raised|revised|updated|increased) (?:[a-z]+ )?the (?:death )?toll"
    r"|(?:death )?toll (?:from|of) [^.;]{0,90}?(?:rose|has risen|had risen|climbed|has climbed)"
    r"|le bilan (?:de|du|des) [^.;]{0,90}?(?:s'est alourdi|a ete revu|est passe a))"
)
_TOLL_REVISED_WORDS: Final = word_set(("bilan", "toll"))


def _after_a_recent_date(
    cues: Sequence[Span], date_hit: DateHit | None, published: date | None, fact: SentenceFacts
) -> bool:
    """(0.29.0) Whether every background cue of the sentence comes after the date its attack is
    told with, a day no more than four days before publication: the cue tells another,
    earlier attack in a clause of its own ("gunmen killed six soldiers on Monday, a week after
    an earlier attack on the same base", "lundi, ..., une semaine après une précédente
    attaque"), not this one."""
    return bool(
        date_hit is not None
        and date_hit.value is not None
        and published is not None
        and not fact.report_date
        and date_hit.value >= published - _FOUR_DAYS
        and all(start >= date_hit.end for start, _ in cues)
    )


def is_background(
    fact: SentenceFacts,
    date_hit: DateHit | None,
    published: date | None,
    lead: tuple[bool, str],
) -> bool:
    """Whether a sentence tells an earlier attack: it says so ("last month's attack"), it
    answers one told before ("in response to", near its start, after the lead), it dates its
    attack to an earlier year only ("in 2019"), or more than four days before publication,
    unless it is the lead and revises the attack's toll (``_TOLL_REVISED``). ``lead``: whether
    the lead was seen before this sentence, and the folded article."""
    lead_seen, folded = lead
    spans = fact.cue_spans
    background = spans.get("background")
    if background and not _after_a_recent_date(background, date_hit, published, fact):
        return True
    if date_hit is not None and date_hit.kind == "year" and not fact.report_date:
        return True  # "the 2022 attack on a hotel": an earlier year, told alone
    start = fact.sentence.start
    if lead_seen and any(s - start <= 25 for s, _ in spans.get("response", [])):
        return True
    return bool(
        date_hit is not None
        and date_hit.value is not None
        and published is not None
        and not fact.report_date
        and date_hit.value < published - _FOUR_DAYS
        and not (
            not lead_seen
            and fact.words & _TOLL_REVISED_WORDS
            and _TOLL_REVISED.search(folded, start, fact.sentence.end) is not None
        )
    )


class _Shared:
    """What every candidate of one sentence shares (read-only by convention)."""

    __slots__ = ("background", "refers", "speakers", "split", "strike_word")

    def __init__(
        self, speakers: set[str], background: bool, strike_word: bool, refers: bool, split: int
    ) -> None:
        self.speakers = speakers
        self.background = background
        self.strike_word = strike_word
        self.refers = refers
        self.split = split


def _shared(
    context: ArticleContext,
    frame: SentenceFrame,
    counts: Sequence[CountHit],
    lead_seen: bool,
) -> _Shared:
    """The speakers, background, strike word, pointing back and number of separate attacks of
    a sentence's candidates."""
    fact = frame.fact
    start, end = fact.sentence.start, fact.sentence.end
    speakers = set(frame.roles.speakers)
    if frame.sources:
        speakers |= spoken_for(frame.sources, context.lexicons)
    spans = fact.cue_spans
    refers = not frame.actors and (
        bool(spans.get("plural") or spans.get("singular"))
        or _PRONOUN_SUBJECT.match(context.folded, start) is not None
        or _opens_with_a_place(context.text, context.folded, fact)
        or (bool(fact.words & _ALSO_WORDS) and _ALSO.search(context.folded, start, end) is not None)
    )
    return _Shared(
        speakers,
        is_background(fact, frame.date, context.published, (lead_seen, context.folded)),
        strike_word(context.folded, start, end, fact.words),
        refers,
        separate_attacks(counts, one_day(fact)),
    )


def frame_candidates(
    context: ArticleContext,
    frame: SentenceFrame,
    hits: Sequence[PlaceHit],
    occurrences: Sequence[PlaceHit],
    counts: Sequence[CountHit],
    told: tuple[int, bool, bool],
) -> tuple[list[Candidate], int]:
    """The candidates of a sentence's places (``occurrences``: every place it names, for the
    figures; ``told``: the last group number, whether a mention was told before, whether the
    lead was seen), and the last group number given."""
    group, prior_mention, lead_seen = told
    fact = frame.fact
    folded = context.folded
    shared = _shared(context, frame, counts, lead_seen)
    run = consecutive_days(folded, fact, frame.date)
    bound = bind_dates(folded, fact, hits) if run is frame.date else {}
    candidates: list[Candidate] = []
    singular: bool | None = None  # a singular "the attack": read when a place needs it
    first_place = min(h.start for h in hits)
    for position, hit in enumerate(hits):
        low = hits[position - 1].end if position > 0 else fact.sentence.start
        high = hits[position + 1].start if position + 1 < len(hits) else fact.sentence.end
        weapon = (
            weapon_for(
                frame.weapons, hit.start, low, high, first_place, folded, after_place=position > 0
            )
            if frame.weapons
            else None
        )
        killed: Quantity | None = None
        wounded: Quantity | None = None
        if frame.casualties or frame.nothing[0] or frame.nothing[1]:
            killed, wounded = place_toll(
                frame.casualties, occurrences, hit, frame.nothing, frame.roles.attacker,
                frame.actors, folded,
            )  # fmt: skip
        specific = not is_area(hit.place) or fact.date is not None
        if not specific:
            if singular is None:
                singular = _says_the_attack(folded, fact)
            specific = _area_is_specific(
                folded, frame, hit, singular, prior_mention, shared.split,
                (killed, wounded, weapon),
            )  # fmt: skip
        place_dates: list[DateHit | None] = list(bound.get(hit.start, [])) or [run]
        for place_date in place_dates:
            group += 1
            candidates += _place_candidates(
                frame, hit, place_date, (weapon, killed, wounded), shared, specific, group
            )
    return candidates, group


def _says_the_attack(folded: str, fact: SentenceFacts) -> bool:
    """Whether a sentence speaks of one attack ("the attack", "une frappe") or of one target
    of an attack verb ("attacked a military base", "un convoi a été attaqué")."""
    start, end = fact.sentence.start, fact.sentence.end
    return (
        bool(fact.cue_spans.get("singular"))
        or _SINGULAR.search(folded, start, end) is not None
        or _ONE_TARGET.search(folded, start, end) is not None
    )


def _area_is_specific(
    folded: str,
    frame: SentenceFrame,
    hit: PlaceHit,
    singular: bool,
    prior_mention: bool,
    split: int,
    found: tuple[Quantity | None, Quantity | None, WeaponHit | None],
) -> bool:
    """Whether an undated country or province is an event of its own: the sentence speaks of
    one attack there ("an attack in Syria"; once an attack has been told, "officials said the
    attack had taken place in Syria" is the one already told, only an indefinite one counts),
    counts separate attacks, or gives a figure or a number of projectiles (0.21.0: also an
    approximate one, "Iran fired some 180 ballistic missiles at Israel")."""
    start, end = frame.fact.sentence.start, frame.fact.sentence.end
    referring = singular and not _nearest_trigger_is_plural(folded, frame.live, hit)
    if referring and prior_mention and _DEFINITE_SINGULAR.search(folded, start, end):
        referring = _INDEFINITE_SINGULAR.search(folded, start, end) is not None
    killed, wounded, weapon = found
    return (
        referring
        or _AREA_STRUCK.match(folded, hit.end, end) is not None
        or split > 1
        or (killed is not None and killed.best is not None)
        or (wounded is not None and wounded.best is not None)
        or (weapon is not None and (weapon.count is not None or weapon.approximate))
    )


# An area that is itself the subject of a passive attack verb ("La province de Saada, fief du
# mouvement, a également été frappée", "Saada province was also struck"): one attack there.
_AREA_STRUCK: Final = re.compile(
    r"(?:,[^,;.]{0,80},)? (?:a|ont|avait|avaient|was|were|had been|has been|have been)"
    r"(?: (?:egalement|aussi|also|again|de nouveau|elle aussi|lui aussi))? (?:ete )?"
    r"(?:frappee?s?|visee?s?|bombardee?s?|pilonnee?s?|attaquee?s?|struck|hit|targeted|bombed|"
    r"shelled|attacked)\b"
)


def _nearest_trigger_is_plural(folded: str, triggers: Sequence[Span], hit: PlaceHit) -> bool:
    """Whether the attack word nearest a place is a definite plural that refers back to attacks
    already known ("aux attaques menées ... en Irak"), not a new strike wave ("des frappes")."""
    if not triggers:
        return False
    start, end = min(triggers, key=lambda t: min(abs(t[0] - hit.start), abs(t[1] - hit.end)))
    words = folded[max(0, start - 12) : end].split()
    if not words or words[-1] not in PLURAL_NOUN:
        return False
    return len(words) >= 2 and words[-2] in {"aux", "les", "ces", "the", "these", "those", "such"}


def _place_candidates(
    frame: SentenceFrame,
    hit: PlaceHit,
    place_date: DateHit | None,
    found: tuple[WeaponHit | None, Quantity | None, Quantity | None],
    shared: _Shared,
    specific: bool,
    group: int,
) -> list[Candidate]:
    """The candidates of one place and date: one per separate attack counted."""
    fact, roles = frame.fact, frame.roles
    weapon, killed, wounded = found
    return [
        Candidate(
            sentence=frame.sentence,
            sentences={frame.sentence},
            title=fact.title,
            place=hit.place,
            anaphor=hit.anaphor,
            near=hit.near,
            area=is_area(hit.place),
            specific=specific,
            date=place_date.value if place_date is not None else None,
            precision=precision_of(place_date, fact),
            basis=basis_of(place_date, fact),
            own_date=place_date is not None,
            weapon=weapon.weapon if weapon is not None else None,
            count=weapon.count if weapon is not None and shared.split == 1 else None,
            killed=killed,
            wounded=wounded,
            attacker=roles.attacker,
            attribution=roles.attribution,
            claimed_by=roles.claimant,
            target=roles.target,
            reported_by=frame.source,
            speakers=set(shared.speakers),
            hedged=frame.hedged,
            background=shared.background,
            strike_word=shared.strike_word,
            group=group,
            ordinal=ordinal,
            refers=shared.refers,
        )
        for ordinal in range(shared.split)
    ]
