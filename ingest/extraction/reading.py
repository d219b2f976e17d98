"""The sentence loop: runs the per-sentence passes in text order and carries what they share.

Reads the article's ``SentenceFacts`` (facts, clauses and dates passes done). For each usable
sentence, in order: the claims a negation governs are dropped (``clauses.py``), the background
clauses give their candidates (``background.py``), a sentence that is not quiet is counted
(``counting.py``: aggregate statements), the main clause is read (``clauses.MainClause``); a
sentence that tells an attack gets its places (``frame_places.py``), actors and roles
(``roles.py``) and frame (``frames.py``): candidates per place, or a fragment when it names no
place (``fragments.py``). Adds the article's candidates (dated by ``inherit_dates`` at the
end), fragments and aggregate statements.

What one sentence hands to the next lives in ``_Carried``: the last site named (for "la
base"), the last non-state group named (for "le groupe"), the last date written (for "the same
day"), whether the lead has been read, and the last group number of candidates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from ingest.extraction.actors import NON_STATE_KINDS, STATE_KINDS, ActorMention, Roles
from ingest.extraction.aggregates import running_tally
from ingest.extraction.background import background_candidates
from ingest.extraction.candidates import ArticleContext, Candidate, Fragment
from ingest.extraction.clauses import (
    MainClause,
    attack_claims,
    clauses_with_relatives,
    main_clause,
    unnegated_claims,
)
from ingest.extraction.counting import SentenceCounts, sentence_counts
from ingest.extraction.dates import DateHit
from ingest.extraction.facts import SentenceFacts, Span, inside
from ingest.extraction.fragments import fragment
from ingest.extraction.frame_places import (
    a_destination,
    dateline_place,
    finest,
    last_site,
    last_town,
    sentence_places,
    with_site_anaphora,
    without_far_road_ends,
    without_landmarks_and_sources,
)
from ingest.extraction.frames import SentenceFrame, frame_candidates, sentence_frame
from ingest.extraction.lexicons import SETTLEMENT_FEATURES, SITE_FEATURES, Place
from ingest.extraction.matching import ACTOR, PLACE
from ingest.extraction.mentions import AggregateStatement, ArticleInput
from ingest.extraction.normalize import initial_capital
from ingest.extraction.places import (
    SEA_COUNTRY,
    PlaceHit,
    is_area,
    without_apposed_divisions,
    without_cities_of_their_parts,
    without_division_seats,
)
from ingest.extraction.roles import (
    COMPOUND_MODIFIER,
    actor_mentions,
    last_named_group,
    sentence_roles,
    split_air_and_ground,
    subject_group,
)
from ingest.extraction.sentence_dates import TOLD_BEFORE, inherit_dates
from ingest.extraction.wordregex import word_set


@dataclass(slots=True)
class _Carried:
    """What the sentence loop carries from one sentence to the next, and what it found."""

    last_site: tuple[int, Place] | None = None
    last_town: tuple[int, Place] | None = None  # the last town named, for "la ville"
    last_group: str | None = None
    last_group_at: int = -9  # the sentence that last named it
    last_force: str | None = None  # the state force named last ("the army" stands for it)
    day_context: DateHit | None = None
    month_context: DateHit | None = None  # the last date written, of any precision
    spotted: tuple[int, SentenceFacts] | None = None  # a sentence that locates the enemy
    lead_seen: bool = False
    sea_named: bool = False  # the article names a sea, gulf or strait
    group: int = 0
    candidates: list[Candidate] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    aggregates: list[AggregateStatement] = field(default_factory=list)


def read_sentences(
    context: ArticleContext,
    article: ArticleInput,
    facts: Sequence[SentenceFacts],
    anchor: tuple[date, str, str] | None,
) -> tuple[list[Candidate], list[Fragment], list[AggregateStatement]]:
    """The candidates, fragments and aggregate statements of an article's sentences."""
    carried = _Carried()
    carried.sea_named = any(_names_a_sea(fact) for fact in facts)
    for index, fact in enumerate(facts):
        if fact.usable:
            _read_sentence(context, article, fact, index, carried)
    inherit_dates(carried.candidates, facts, anchor)
    return carried.candidates, carried.fragments, carried.aggregates


def _names_a_sea(fact: SentenceFacts) -> bool:
    """Whether the sentence names a sea, a gulf or a strait."""
    return any(
        match.entry.key is not None
        and any(place.country_iso2 == SEA_COUNTRY for place in match.entry.key.places)
        for match in fact.families.get(PLACE, ())
    )


def _read_sentence(
    context: ArticleContext,
    article: ArticleInput,
    fact: SentenceFacts,
    index: int,
    carried: _Carried,
) -> None:
    """Read one usable sentence (see the module docstring)."""
    folded = context.folded
    spans = fact.cue_spans
    if (
        not fact.title
        and fact.date is not None
        and fact.date.kind != "same_day"
        and fact.date.precision == "day"  # "le même jour" after "en mars 2023": no day told
        and not fact.report_date  # "a report seen Thursday by AFP" dates no attack
    ):
        carried.day_context = fact.date
    written = [hit for hit in fact.dates if hit.value is not None and hit.kind not in TOLD_BEFORE]
    if written and not fact.title:
        # (0.26.0) the last date written, whatever it dates, for "in the same month" ("since
        # August 2023 ... In the same month, a drone strike")
        carried.month_context = max(written, key=lambda hit: hit.start)
    if not spans:  # no cue at all: nothing happens, only the last site and group named
        _track(context, fact, index, carried)
        return
    claims = spans.get("claim")
    if claims:
        kept = attack_claims(folded, unnegated_claims(folded, fact.sentence.start, claims))
        if len(kept) != len(claims):
            if kept:
                spans["claim"] = kept
            else:
                del spans["claim"]
    cue_triggers = spans.get("trigger")
    triggers = cue_triggers or []
    if (
        fact.discounted
        and not fact.title
        and not running_tally(folded, fact.sentence.start, fact.sentence.end, fact.words)
    ):
        for passing in background_candidates(context, fact, index, carried.last_group):
            carried.group += 1
            passing.group = carried.group
            carried.candidates.append(passing)
    counts = SentenceCounts([], False, [])
    if triggers or spans.get("claim") or spans.get("attribution") or spans.get("casualty"):
        # Not quiet: a count of attacks may make the sentence an aggregate.
        counts = sentence_counts(article, folded, fact, context.published)
        carried.aggregates.extend(counts.statements)
    if fact.discounted:
        # (with the relative clause that tells the context clause's attack: "since December,
        # when militants killed ...")
        clauses = clauses_with_relatives(folded, fact)
        triggers = [t for t in triggers if not inside(t[0], clauses)]
    if triggers and fact.words & _RANKING_WORDS:
        triggers = [t for t in triggers if not _ranked(folded, t, fact.sentence.start)]
    clause = main_clause(folded, spans, triggers, (fact.sentence.start, fact.sentence.end))
    singled = _singled_out(folded, fact) if counts.aggregate else None
    eventful = (
        (bool(clause.live) or clause.claim or clause.attributed or clause.casualty_only)
        and (not counts.aggregate or singled is not None)
        and not clause.denial
        and not (clause.casualty_only and spans.get("mask"))
        and not _context_of_an_attack_told(folded, fact, clause, carried.lead_seen)
        and not (carried.lead_seen and _only_condemned(folded, fact, clause))
        and not _toll_of_no_attack(folded, fact, clause)
    )
    if not eventful:
        # Nothing happens here: only keep track of the last site and group named.
        _track(context, fact, index, carried)
        return
    _read_event(context, fact, index, carried, clause, counts, cue_triggers, singled)


def _only_blames(clause: MainClause, fact: SentenceFacts) -> bool:
    """Whether the sentence blames an attack told elsewhere and tells none: an attribution, no
    live attack word, no claim, no casualty ("a massacre blamed on X in which 16 were killed"
    tells one)."""
    return (
        clause.attributed
        and not clause.live
        and not clause.claim
        and not fact.cue_spans.get("casualty")
    )


def _read_event(
    context: ArticleContext,
    fact: SentenceFacts,
    index: int,
    carried: _Carried,
    clause: MainClause,
    counts: SentenceCounts,
    cue_triggers: list[Span] | None,
    singled: int | None = None,
) -> None:
    """Read a sentence that tells an attack: its frame, then its candidates or its fragment
    (only the places after ``singled``, where a count of attacks singles one out)."""
    spans = fact.cue_spans
    hits = sentence_places(context, fact, spans)
    if singled is not None:
        hits = [h for h in hits if h.start >= singled]
    live = clause.live
    roles, mentions = _who(context, fact, index, carried, (clause, cue_triggers))
    claimed = clause.claim
    if _claimed_in_a_context_clause(context, fact, roles):
        roles = Roles(None, "unknown", None, roles.target, roles.speakers)
        claimed = False
    if spans.get("site_anaphora"):  # "la base", "the air base"
        hits = with_site_anaphora(context.text, fact, hits, carried.last_site, index)
    if spans.get("town_anaphora"):  # "la ville", "the town"
        hits = with_site_anaphora(context.text, fact, hits, carried.last_town, index, town=True)
    if not fact.title:
        site = last_site(hits)
        if site is not None:
            carried.last_site = (index, site)
        town = last_town(hits, context.folded)
        if town is not None:
            carried.last_town = (index, town)
    frame = sentence_frame(
        context, fact, index, (roles, mentions), live, carried.day_context, carried.month_context
    )
    if hits:
        hits = without_landmarks_and_sources(
            (context.text, context.folded),
            hits,
            spans,
            fact.sentence.start,
            fact.words,
            carried.sea_named,
        )
        hits = without_apposed_divisions(context.text, context.folded, hits)
        hits = without_cities_of_their_parts(context.folded, hits)
        hits = without_division_seats(context.folded, hits)
        hits = without_far_road_ends(context.folded, hits)
    if not hits and not fact.title and carried.spotted is not None:
        hits = _where_spotted(context, carried.spotted, index)
    dateline = None
    if not hits and not fact.title and index <= _DATELINE_SENTENCES:
        dateline = dateline_place(context, fact)  # "Bukavu, 27 février 2025 - L'attentat ..."
        hits = [dateline] if dateline is not None else hits
    occurrences = hits  # every place named (the figures go to the nearest one)
    if (
        clause.casualty_only
        or _only_blames(clause, fact)
        or _victims_cared_for(context.folded, fact, clause)
    ):
        # (a sentence that only blames tells no attack of its own: the places it names say
        # where the group comes from or hides, "blamed the TTP, saying the militants had been
        # trying to regroup in the mountains bordering Afghanistan's Kunar province"; victims
        # cared for at a hospital tell where they are: their figures are the attack's told
        # before)
        hits = []
    elif len(hits) > 1:
        hits = finest(hits)
    if not hits:
        told = _fragment(context, frame, claimed)
        told.lead = not carried.lead_seen and not fact.title
        told.background = bool(spans.get("background"))
        carried.fragments.append(told)
        return
    told_before = len(carried.candidates)
    _add_candidates(context, frame, hits, occurrences, counts, carried)
    another = _ANOTHER_ATTACK.match(context.folded, fact.sentence.start) is not None
    for candidate in carried.candidates[told_before:]:
        candidate.dateline = dateline is not None
        candidate.another = another


# A sentence that opens by telling another attack than those told before it ("In a separate
# attack, ...", "Hours later, a roadside bomb ...", "Dans une autre attaque", "Quelques heures
# plus tard", "Le même jour, ...", "La même nuit", "Earlier on Sunday", "Plus tôt dimanche"): its
# places are not those attacks' places told again.
_ANOTHER_ATTACK: Final = re.compile(
    r"(?:in|during) (?:a|another) (?:separate|second|different|further|new|later|similar) "
    r"(?:attack|incident|strike|raid|assault|ambush|bombing)"
    r"|in another (?:attack|incident|strike|raid|assault|ambush|bombing)"
    r"|(?:(?:a few|several|two|three|some) )?(?:hours|minutes) later"
    r"|(?:about |some )?(?:an|one) hour later"
    r"|(?:later|earlier) (?:that|the same|on the same) (?:day|night|evening|morning|afternoon)"
    # "Earlier on Sunday, a drone strike ...", "Later Monday", "Plus tôt dimanche": another
    # attack of the day told, not the one before told again
    r"|(?:later|earlier) (?:in the day|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b)"
    r"|plus (?:tot|tard) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|separately|elsewhere"
    r"|(?:dans|lors d') ?(?:une autre|un autre) (?:attaque|incident|attentat|frappe|raid)"
    r"|(?:dans|lors d') ?(?:une|un) (?:attaque|incident|attentat) (?:distincte?|separee?)"
    r"|(?:quelques|plusieurs|deux|trois) heures plus tard|une heure plus tard"
    r"|plus (?:tard|tot) (?:dans la|le meme|ce meme) (?:journee|soiree|nuit|matinee|jour)"
    r"|le meme jour|ailleurs|par ailleurs"
    # (0.26.0) the same night or evening ("The same night, gunmen attacked X", "La même nuit,
    # les assaillants ont attaqué X")
    r"|(?:on )?(?:the|that) same (?:day|night|evening)|(?:la|cette) meme nuit|le meme soir"
    # (0.19.0) the next of a series told by its rank ("A second explosion followed minutes
    # later", "A third bomber struck mourners", "Une deuxième explosion a retenti", "Un second
    # kamikaze s'est fait exploser"): another attack than the one told before
    r"|(?:a|the|une|un|la|le) (?:second|third|fourth|fifth|deuxieme|seconde?|troisieme|"
    r"quatrieme|cinquieme) (?:explosion|blast|bomber|suicide bomber|attacker|bomb|car bomb|"
    r"attack|strike|kamikaze|attentat|attaque|frappe|assaillant|bombe|voiture piegee)\b"
)


def _who(
    context: ArticleContext,
    fact: SentenceFacts,
    index: int,
    carried: _Carried,
    read: tuple[MainClause, list[Span] | None],
) -> tuple[Roles, list[ActorMention]]:
    """The roles and actor mentions of a sentence that tells an attack (``read``: its main
    clause and its cue triggers), and the group a later "the group" or "they" means."""
    clause, cue_triggers = read
    spans = fact.cue_spans
    recent = carried.last_group if index - carried.last_group_at <= _PRONOUN_REACH else None
    force = carried.last_force or context.state_force.get(context.home or "")
    mentions = actor_mentions(context, fact, carried.last_group, recent, force)
    _note_forces(context, fact, carried)
    # The roles read the live attack words: the cue spans as they are when those are all of
    # them (no trigger at all reads the same as an empty list).
    live = clause.live
    role_spans: Mapping[str, Sequence[Span]] = spans
    if live is not cue_triggers and (live or cue_triggers):
        role_spans = {**spans, "trigger": live}
    roles = sentence_roles(context, fact, mentions, role_spans, clause.claim, carried.last_group)
    group = last_named_group(mentions, roles, context.lexicons.actors, carried.last_group)
    if group != carried.last_group or any(m.actor_id == group for m in mentions):
        carried.last_group = group
        subject = group is not None and subject_group(context.folded, fact, mentions, group)
        carried.last_group_at = index if subject else -9
    return roles, mentions


# "plusieurs attaques, dont l'attaque la plus meurtrière ... le 24 août à X", "three attacks
# this year, including the bombing of a market in X": a count of attacks that singles one out.
_SINGLED_OUT: Final = re.compile(
    r"\b(?:dont|notamment|parmi lesquelles|including|among them|among which|such as)"
    r"(?:(?: celle| celui| l'| la| le| the| a| an| un| une)? ?(?:[a-z]+ ){0,1}"
    r"(?:attaque|attentat|frappe|assaut|attack|bombing|strike|raid|massacre|assault|ambush|"
    r"embuscade)\b"
    # "several attacks ..., including one in X in May that killed 30", "dont l'une à X"
    r"| (?:one|une|l'une|l'un) (?:in|on|at|near|a|au|contre|pres)\b)"
)

# One of these opens every _SINGLED_OUT match.
_SINGLING_WORDS: Final = word_set(("dont", "notamment", "parmi lesquelles", "including",
                                   "among them", "among which", "such as"))  # fmt: skip


# "The attack came days after oil exports resumed", "Ces frappes interviennent alors que
# Washington presse Beyrouth ...", "Ces frappes surviennent en plein processus de paix": the
# attack told before, set in its context; the sentence tells no attack of its own.
_ANAPHOR_COMES: Final = re.compile(
    r"\s*(?:the|this|that|these|those|cette|ces|cet|l'|la|le|les) ?(?:[a-z'-]+ ){0,2}?"
    r"(?:attacks?|strikes?|airstrikes?|attaques?|frappes?|attentats?|bombardements?|raids?|"
    r"assaults?|assauts?|ambush|embuscade|bombing|explosion|incident)"
    r" (?:comes?|came|intervient|interviennent|survient|surviennent|est intervenue|"
    r"sont intervenues|est survenue|sont survenues)\b"
)


def _context_of_an_attack_told(
    folded: str, fact: SentenceFacts, clause: MainClause, lead_seen: bool
) -> bool:
    """Whether the sentence only sets an attack told before in its context: its live attack
    words all stand in an anaphoric subject of "comes", "intervient", "survient" that opens it,
    or they all name an attack by its day (on a place: once an attack was told, ``lead_seen``)
    (a claim, a toll or a passing reference in it is read as before)."""
    if clause.claim or clause.attributed or clause.casualty_only or not clause.live:
        return False
    if fact.cue_spans.get("casualty"):
        return False
    opening = _ANAPHOR_COMES.match(folded, fact.sentence.start, fact.sentence.end)
    if opening is not None and all(start < opening.end() for start, _ in clause.live):
        return True
    # "premiums were likely to rise again after Wednesday's attack", "depuis l'attaque de
    # mardi": the attack of a day told before, named by its day. (0.27.0) Before any attack
    # was told, the day's attack on a place is told here for the first time ("Elders counted
    # dozens of bodies from Sunday's attack on X", "des dizaines de corps après l'attaque de
    # dimanche contre X").
    if not fact.words & _DAYS_ATTACK_WORDS:
        return False
    days = [
        m.span()
        for m in _DAYS_ATTACK.finditer(folded, fact.sentence.start, fact.sentence.end)
        if lead_seen or _ON_A_PLACE.match(folded, m.end()) is None
    ]
    return bool(days) and all(
        any(d_start <= start < d_end for d_start, d_end in days) for start, _ in clause.live
    )


# What an attack named by its day is made on: a place after it ("on X", "contre X", "à X").
_ON_A_PLACE: Final = re.compile(r" (?:on|in|at|against|near|contre|a|sur|dans|pres de) ")
_DAYS: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_JOURS: Final = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# One of these is in every _DAYS_ATTACK match (an English weekday's possessive, a French
# weekday).
_DAYS_ATTACK_WORDS: Final = word_set(
    ("day's ", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
)
_DAYS_ATTACK: Final = re.compile(
    rf"\b{_DAYS}'s (?:[a-z-]+ )?(?:attacks?|strikes?|airstrikes?|bombing|assault|raid|ambush)\b"
    rf"|\b(?:l'attaque|la frappe|l'attentat|l'assaut|l'embuscade|les frappes|les attaques) de "
    rf"{_JOURS}\b"
)


# (0.28.0) An attack told before, condemned ("the governor condemned the attack", "a condamné
# avec fermeté cet attentat", "denounced Saturday's bombings"): a reaction, no attack of its own.
_CONDEMNED: Final = re.compile(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing|e)|deplor(?:ed|es|ing|e)|"
    r"condamn(?:e|ent|ait|aient|ant|er)|denonc(?:e|ent|ait|aient|ant|er)|"
    r"deplor(?:ent|ait|aient|ant|er))"
    r" (?:(?:avec fermete|fermement|vivement|energiquement|strongly|firmly) )?"
    r"(?:the|this|these|those|that|cette|ces|cet|l'|la|le|les)"
    r" ?(?:[a-z'-]+ ){0,2}?"
    r"(?:attacks?|strikes?|airstrikes?|attaques?|frappes?|attentats?|bombardements?|raids?|"
    r"assaults?|assauts?|ambush|embuscade|bombings?|blasts?|explosions?|killings?|massacres?|"
    r"tueries?|shootings?|fusillades?)\b"
)
_CONDEMNED_WORDS: Final = word_set(("condemn", "denounc", "deplor", "condamn", "denonc"))


# (0.29.0) A toll of what is no attack: a disaster, an accident, an epidemic ("the number of
# people killed by Friday's earthquake has risen to 1,644", "the death toll from the collapse of
# a building has risen to 10", "le bilan de l'effondrement d'un immeuble", "tués dans un
# glissement de terrain", "le séisme a fait 1 644 morts").
_NO_ATTACK_CAUSE: Final = (
    r"(?:earthquakes?|quake|tremor|aftershocks?|collapse|effondrement|seismes?|tremblement de "
    r"terre|landslides?|mudslides?|rockfalls?|eboulements?|glissements? de terrain|floods?|"
    r"flooding|inondations?|crues?|"
    r"stampede|bousculade|cholera|epidemie|epidemic|road accident|traffic accident|accident de "
    r"la route|accident de la circulation|car crash)"
)
_TOLL_OF_NO_ATTACK: Final = re.compile(
    r"\b(?:killed|died|dead|deaths?|injured|wounded|hurt|toll|tues?|tuees?|morts?|blesses?|"
    r"bilan|deces|victimes)\b(?: [a-z'-]+){0,3}? (?:by|from|of|in|during|dans|par|du|de|des|"
    r"lors d[eu]|pendant)(?: the| a| an| le| la| les| un| une|(?= l'))?(?: [a-z'-]+){0,2}?"
    r" (?:l')?" + _NO_ATTACK_CAUSE + r"\b"
    r"|\b" + _NO_ATTACK_CAUSE + r"\b[^.;]{0,30}?\b(?:killed|has killed|left|claimed|a tue|ont tue|"
    r"a fait|ont fait|a cause la mort)\b"
)
_NO_ATTACK_CAUSE_WORDS: Final = word_set(
    ("quake", "tremor", "aftershock", "collapse", "effondrement", "seisme", "tremblement de terre",
     "landslide", "mudslide", "rockfall", "eboulement", "glissement", "flood", "inondation",
     "crue", "stampede",
     "bousculade", "cholera", "epidemi", "accident", "car crash")
)  # fmt: skip


_TOLL_WORDS: Final = frozenset({"bilan", "toll", "death toll", "bilan humain"})

# (0.29.0) Victims seen or cared for at a hospital or a morgue ("At the X Hospital, an AFP
# journalist saw dozens of bodies, while the wounded were treated on the floor", "à l'hôpital
# de X, des blessés étaient soignés à même le sol", "the wounded were taken to X hospital"):
# where the victims of an attack told before are, no attack there.
_AT_THE_HOSPITAL: Final = re.compile(
    r"\b(?:hospitals?|hopitaux|hopital|morgues?|clinics?|cliniques?|medical (?:centre|center))\b"
)
_CARED_FOR: Final = re.compile(
    r"\b(?:treated|being treated|received|admitted|brought|taken|rushed|transferred|saw|seen|"
    r"lay|lying|laid out|lined up|identified|soigne\w*|recu\w*|admis|amene\w*|transporte\w*|"
    r"transfere\w*|evacue\w*|a vu|ont vu|gisaient|alignes|identifie\w*|accueilli\w*)\b"
)
_HOSPITAL_WORDS: Final = word_set(("hospital", "hopita", "morgue", "clinic", "clinique",
                                   "medical centre", "medical center"))  # fmt: skip


def _only_casualty_words(
    folded: str, fact: SentenceFacts, clause: MainClause, also: frozenset[str]
) -> bool:
    """Whether every live attack word of the sentence is one of its casualty words ("killed",
    "blessés") or one of ``also`` (the toll's own words, "death toll", "bilan")."""
    casualties = fact.cue_spans.get("casualty", ())
    return all(span in casualties or folded[span[0] : span[1]] in also for span in clause.live)


def _victims_cared_for(folded: str, fact: SentenceFacts, clause: MainClause) -> bool:
    """Whether the sentence's only live attack words are casualty words and it tells victims
    seen or cared for at a hospital or a morgue (``_AT_THE_HOSPITAL``, ``_CARED_FOR``): its
    places are no attack's, its figures those of the attack told before."""
    if not fact.words & _HOSPITAL_WORDS or not clause.live:
        return False
    if not _only_casualty_words(folded, fact, clause, frozenset()):
        return False  # "a strike hit the hospital": an attack word
    start, end = fact.sentence.start, fact.sentence.end
    return (
        _AT_THE_HOSPITAL.search(folded, start, end) is not None
        and _CARED_FOR.search(folded, start, end) is not None
    )


def _toll_of_no_attack(folded: str, fact: SentenceFacts, clause: MainClause) -> bool:
    """Whether the sentence's only live attack words are casualty words and it gives them a
    cause that is no attack (``_TOLL_OF_NO_ATTACK``): that cause's toll, no attack of its own,
    nor a figure for an attack told near it."""
    if not fact.words & _NO_ATTACK_CAUSE_WORDS or not clause.live:
        return False
    if not _only_casualty_words(folded, fact, clause, _TOLL_WORDS):
        return False  # "an airstrike three hours after the quake killed seven": an attack word
    return _TOLL_OF_NO_ATTACK.search(folded, fact.sentence.start, fact.sentence.end) is not None


def _only_condemned(folded: str, fact: SentenceFacts, clause: MainClause) -> bool:
    """Whether every live attack word of the sentence is the object of a condemnation and it
    tells no claim, attribution nor figure of its own."""
    if not fact.words & _CONDEMNED_WORDS or not clause.live:
        return False
    if clause.claim or clause.attributed or clause.casualty_only:
        return False
    masks = fact.cue_spans.get("mask", ())
    if any(not inside(start, masks) for start, _ in fact.cue_spans.get("casualty", ())):
        return False  # "condemned the attack, which killed 12": a toll told
    condemned = [
        m.span() for m in _CONDEMNED.finditer(folded, fact.sentence.start, fact.sentence.end)
    ]
    return bool(condemned) and all(inside(start, condemned) for start, _ in clause.live)


def _singled_out(folded: str, fact: SentenceFacts) -> int | None:
    """Where a count of attacks singles one out (its places follow), if it does."""
    if fact.words & _SINGLING_WORDS:
        match = _SINGLED_OUT.search(folded, fact.sentence.start, fact.sentence.end)
        if match is not None:
            return match.start()
    if ":" in folded[fact.sentence.start : fact.sentence.end]:
        colon = _ONE_AFTER_A_COLON.search(folded, fact.sentence.start, fact.sentence.end)
        if colon is not None:
            return colon.start()
    return _dated_clause_after_the_count(folded, fact)


def _dated_clause_after_the_count(folded: str, fact: SentenceFacts) -> int | None:
    """(0.28.0) A clause after a semicolon or a colon that follows every count of attacks and
    tells an attack on a day of its own ("Since the coup, attacks have surged; on Saturday,
    gunmen killed six soldiers in X", "les attaques se sont multipliées : samedi, des hommes
    armés ont tué six soldats à X"): that attack is singled out of the count."""
    cues = fact.cue_spans.get("aggregate") or ()
    if not cues:
        return None
    last_cue = max(end for _, end in cues)
    stop = max(
        folded.rfind(";", last_cue, fact.sentence.end),
        folded.rfind(":", last_cue, fact.sentence.end),
    )
    if stop == -1:
        return None
    dated = any(
        hit.start > stop and hit.value is not None and hit.kind in _DAY_KINDS for hit in fact.dates
    )
    told = any(start > stop for start, _ in fact.cue_spans.get("trigger", ()))
    return stop if dated and told else None


_DAY_KINDS: Final = frozenset({"weekday", "explicit", "relative"})


# (0.28.0) "Ce n'est pas la première fois que l'aviation frappe des civils : en avril 2023, un
# bombardement sur le village de X avait fait 160 morts", "It is not the first time: in April
# 2023, an airstrike on X killed 160": one attack told after a colon, with a singular article.
_ONE_AFTER_A_COLON: Final = re.compile(
    r":\s+(?:[^,.;:]{0,40},\s+)?(?:un|une|a|an|le|la|l'|the) ?(?:[a-z-]+ )?"
    r"(?:attaque|attentat|frappe|bombardement|assaut|embuscade|attack|bombing|strike|airstrike|"
    r"raid|assault|ambush|massacre)\b"
)


# "les forces ont localisé un regroupement de terroristes dans la zone de X", "surveillance
# spotted militants near X": a sentence that locates the enemy, then the strike on it.
_SPOTTED: Final = re.compile(
    r"\b(?:localise|localises|localisee|localisees|repere|reperes|reperee|reperees|detecte|"
    r"detectes|detectee|detectees|identifie|identifies|spotted|located|detected|identified|"
    r"observed)\b"
)
_SPOTTED_WORDS: Final = word_set(
    ("localise", "repere", "detect", "identifi", "spotted", "located", "observed")
)


# (0.32.0) What a group is affiliated to, told after it ("Le JNIM, affilié à Al-Qaïda, a
# revendiqué", "JNIM, linked to al-Qaeda, claimed"): not the group a later "its fighters",
# "ses combattants" means.
_AFFILIATED_TO: Final = re.compile(
    r"\b(?:affiliee?s?|affiliated|liee?s?|linked|alliee?s?|allied|loyal|fidele|proche)"
    r" (?:a l'|a la |au |aux |a |with (?:the )?|to (?:the )?|de l'|de la |du |des |de |d')$"
)


def _where_spotted(
    context: ArticleContext, spotted: tuple[int, SentenceFacts], index: int
) -> list[PlaceHit]:
    """The one town or site where the sentence right before located the enemy: an attack that
    names no place strikes them there ("ont localisé un regroupement de terroristes dans la zone
    de X ... Des frappes aériennes ont permis de neutraliser une trentaine de terroristes")."""
    told, fact = spotted
    if told != index - 1:
        return []
    spans = fact.cue_spans
    hits = sentence_places(context, fact, spans)
    if hits:
        hits = without_landmarks_and_sources(
            (context.text, context.folded), hits, spans, fact.sentence.start, fact.words
        )
        hits = finest(without_apposed_divisions(context.text, context.folded, hits))
    return hits if len(hits) == 1 and not is_area(hits[0].place) else []


# "It was the deadliest attack on the army since December", "c'est l'attaque la plus meurtrière
# depuis": an attack ranked against others is the one told already, no new attack.
_RANKED_BEFORE: Final = re.compile(
    r"\b(?:it|this|that|which)(?: (?:was|is|has been|had been|marks|marked|became|remains))? "
    r"(?:also )?(?:one of )?the (?:single )?(?:deadliest|worst|bloodiest|largest|biggest|"
    r"most (?:deadly|serious|severe|lethal|violent))(?: [a-z]+)? $"
)
_RANKED_FR_BEFORE: Final = re.compile(
    r"\b(?:c'est|c'etait|il s'agit de|s'agit de|constitue|represente)(?: aussi| egalement)?"
    r"(?: l'une des| l'un des)? ?(?:l'|la |le |les )?$"
)
_RANKED_FR_AFTER: Final = re.compile(
    r"(?: [a-z]+)? (?:la|le|les) plus (?:meurtri|grave|sanglant|important|lourd|violent)"
)
_RANKING_WORDS: Final = word_set(
    ("deadliest", "worst", "bloodiest", "largest", "biggest", "most ", "plus ")
)


def _ranked(folded: str, trigger: Span, sentence_start: int) -> bool:
    """Whether an attack word is ranked against other attacks in a copula ("it was the deadliest
    attack", "c'est l'attaque la plus meurtrière")."""
    start, end = trigger
    low = max(sentence_start, start - 60)
    if _RANKED_BEFORE.search(folded, low, start) is not None:
        return True
    return (
        _RANKED_FR_BEFORE.search(folded, low, start) is not None
        and _RANKED_FR_AFTER.match(folded, end) is not None
    )


# How many sentences back "they", "ils" may point to the group named last.
_PRONOUN_REACH: Final = 2

_DATELINE_SENTENCES: Final = 2  # a dateline opens the first line of the body (after the title)


def _fragment(context: ArticleContext, frame: SentenceFrame, claim: bool) -> Fragment:
    """The fragment of a sentence that tells an attack and names no place."""
    fact = frame.fact
    # "... depuis les violences de mars, au cours desquelles 1 500 civils avaient été tués": a
    # figure inside a context clause is the toll of what that clause names, not this attack's.
    clauses = clauses_with_relatives(context.folded, fact)
    casualties = [c for c in frame.casualties if not inside(c.quantity.start, clauses)]
    # "... depuis février, lorsqu'un attentat à la voiture piégée avait tué 40 paramilitaires":
    # so is a weapon
    weapons = [w for w in frame.weapons if not inside(w.start, clauses)]
    return fragment(
        frame.sentence,
        fact,
        context.folded[fact.sentence.start : fact.sentence.end],
        frame.date,
        weapons,
        (casualties, frame.nothing),
        frame.roles,
        (frame.source, frame.hedged, frame.sources, claim),
        context.lexicons,
        context.branches,
    )


def _claimed_in_a_context_clause(
    context: ArticleContext, fact: SentenceFacts, roles: Roles
) -> bool:
    """Whether every claim and blame of the sentence stands in a context clause (with its
    relative clause): "The bombing came a month after gunmen killed six people in X, an attack
    claimed by the Y group", "le pire depuis janvier, quand un attentat revendiqué par Y ...",
    "L'attentat intervient un mois après ..., une attaque revendiquée par Y": the claim is the
    earlier attack's, not the main clause's (0.19.0)."""
    if not fact.discounted or roles.attribution not in _BLAMED_OR_CLAIMED:
        return False
    spans = fact.cue_spans
    cues = (*spans.get("claim", ()), *spans.get("attribution", ()))
    if not cues:
        return False
    clauses = clauses_with_relatives(context.folded, fact)
    return all(inside(start, clauses) for start, _ in cues)


_BLAMED_OR_CLAIMED: Final = frozenset({"claimed", "attributed", "alleged"})


def _add_candidates(
    context: ArticleContext,
    frame: SentenceFrame,
    hits: Sequence[PlaceHit],
    occurrences: Sequence[PlaceHit],
    counts: SentenceCounts,
    carried: _Carried,
) -> None:
    """Add the candidates of a sentence's places (the state's strike beside the militias'
    rockets given to the state only)."""
    prior_mention = any(not c.title for c in carried.candidates)
    told = (carried.group, prior_mention, carried.lead_seen)
    candidates, carried.group = frame_candidates(
        context, frame, hits, occurrences, counts.counts, told
    )
    attacker = frame.roles.attacker
    if attacker is not None and len(hits) > 1:
        split_air_and_ground(candidates, 0, attacker, context.lexicons.actors)
    carried.candidates += candidates
    if not frame.fact.title:
        carried.lead_seen = True


def _note_forces(context: ArticleContext, fact: SentenceFacts, carried: _Carried) -> None:
    """Remember the last state force the sentence names ("l'armée israélienne", "Malian
    troops"), which a bare "the army" later in the article stands for."""
    actors = context.lexicons.actors
    for match in fact.families.get(ACTOR, ()):
        actor = actors.get(match.entry.ref)
        if actor is not None and actor.kind in STATE_KINDS:
            carried.last_force = actor.actor_id


def _the_one_town(places: Sequence[Place], hinted: set[str]) -> Place | None:
    """The one town of the article's countries a name can stand for, else None. A province or
    district of the same name that is little more than the town counts as the town ("Marib",
    governorate and city); a much larger one does not ("Guanajuato has for years been the
    scene of a turf war" is the state)."""
    towns = [
        p for p in places if p.feature_type in SETTLEMENT_FEATURES and p.country_iso2 in hinted
    ]
    if len(towns) != 1:
        return None
    town = towns[0]
    if any(
        p is not town
        and (
            p.feature_type not in _TOWN_NAMESAKES
            or p.population > _TOWN_SHARE_OF_NAMESAKE * max(town.population, 1)
        )
        for p in places
    ):
        return None
    return town


# What a town may share its name with and still be the town a name stands for in passing, and
# how many times its population that namesake may hold.
_TOWN_NAMESAKES: Final = frozenset({"admin1", "admin2"})
_TOWN_SHARE_OF_NAMESAKE: Final = 5


def _track(context: ArticleContext, fact: SentenceFacts, index: int, carried: _Carried) -> None:
    """The last site and non-state group named, after a sentence where nothing happens."""
    families = fact.families
    if not families:
        return
    if not fact.title and PLACE in families:
        sentence = context.folded[fact.sentence.start : fact.sentence.end]
        if fact.words & _SPOTTED_WORDS and _SPOTTED.search(sentence) is not None:
            carried.spotted = (index, fact)
    if not fact.title:
        for match in families.get(PLACE, ()):
            key = match.entry.key
            place = key.places[0] if key is not None else None
            if place is not None and place.feature_type in SITE_FEATURES:
                carried.last_site = (index, place)
            elif (
                key is not None
                and initial_capital(context.text, match.start)
                and not a_destination(context.folded, match.start)
            ):
                # "Aribinda est régulièrement visée"; "Marib, dernier bastion du gouvernement,
                # a été la cible de nombreuses attaques" (the city, not its governorate); not
                # a traveller's destination (0.33.0: "on his way to Rawalpindi for a job")
                town = _the_one_town(key.places, context.hinted)
                if town is not None:
                    carried.last_town = (index, town)
    _note_forces(context, fact, carried)
    actors = context.lexicons.actors
    for match in families.get(ACTOR, ()):
        actor = actors.get(match.entry.ref)
        if (
            actor is not None
            and actor.kind in NON_STATE_KINDS
            and COMPOUND_MODIFIER.match(context.folded, match.end) is None
            and _AFFILIATED_TO.search(context.folded, max(0, match.start - 30), match.start) is None
        ):
            carried.last_group = match.entry.ref
            mention = ActorMention(match.start, match.end, match.entry.ref, "any")
            subject = subject_group(context.folded, fact, [mention], match.entry.ref)
            carried.last_group_at = index if subject else -9
