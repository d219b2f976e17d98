"""Pass 7c, background clauses: the passing references to earlier attacks a sentence makes.

Reads a sentence's context clauses (``clauses.context_clauses``) with the relative clause that
describes their attack, and the matches, cue spans and dates inside them. Adds one background
``Candidate`` per place of a clause that tells an attack ("in response to the 20 January
missile attack on the base, which wounded four soldiers", "six days after a truck bomb in
Beledweyne killed 18 people", "en représailles à l'attaque de drone contre la base de Tanf"),
with the clause's own date (undated, it stays undated), weapon, figures and actors, never the
main clause's. A province or a country is such a place only when the clause tells one dated
attack or its toll, not a campaign ("amid Israeli bombardments in Gaza") nor the attack a war
began with ("amid the offensive in Gaza following the 7 October attack").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from ingest.extraction.actors import ActorMention, Roles, anaphoric_actors, assign_roles
from ingest.extraction.candidates import ArticleContext, Candidate
from ingest.extraction.casualties import Casualty, find_casualties
from ingest.extraction.clauses import matches_within, spans_within, with_relative
from ingest.extraction.dates import DateHit
from ingest.extraction.facts import SentenceFacts, Span, inside
from ingest.extraction.frame_places import (
    a_site_at_a_named_town,
    finest,
    home_force_sites,
    territories,
    without_nationalities,
)
from ingest.extraction.frames import PLURAL_NOUN, strike_word
from ingest.extraction.matching import ACTOR, DEMONYM, PLACE, WEAPON
from ingest.extraction.places import (
    PlaceHit,
    is_area,
    select_places,
    type_spans_of,
    unlisted_places,
)
from ingest.extraction.roles import capitals_acting, nationals, states_acting
from ingest.extraction.tolls import place_toll
from ingest.extraction.weapons import WeaponHit, weapon_for, weapon_hits

# "amid the ongoing offensive in Gaza following the 7 October attack", "sur fond de guerre
# ... depuis l'attaque du 7 octobre": an attack named as the start of a war names its theatre,
# not a place where an attack is reported.
_WAR: Final = re.compile(
    r"\b(?:war|offensive|conflict|campaign|invasion|siege|guerre|conflit|campagne|siege)\b"
)


def _war_begun_by(folded: str, sentence_start: int, trigger: int) -> bool:
    """Whether the attack word at ``trigger`` follows a war named just before it (in its
    clause or the context clause before: "sur fond d'offensive ..., depuis une attaque")."""
    return _WAR.search(folded, max(sentence_start, trigger - 100), trigger) is not None


class _ClauseFrame(NamedTuple):
    """What a context clause says about its attack, shared by its places."""

    start: int
    end: int
    when: DateHit | None
    weapons: list[WeaponHit]
    casualties: list[Casualty]
    nothing: tuple[bool, bool]
    actors: list[ActorMention]
    roles: Roles


# Openers of a clause that sets the scene ("amid heavy fighting in X", "dans un contexte de
# combats à X", "sur fond de", "against the backdrop of"): the war around the attack told, no
# earlier attack of its own.
_SETTING: Final = (
    "amid", "sur fond d", "sur un fond d", "dans un contexte d", "in a context of",
    "against a backdrop of", "against the backdrop of",
)  # fmt: skip
# What opens, inside a setting, the telling of an earlier attack ("amid tensions after a drone
# attack killed ...", "sur fond de tensions depuis l'attaque de ...").
_TOLD_IN_SETTING: Final = re.compile(r"\b(?:after|apres|following|since|depuis|when|lorsqu)")
# "since the Hamas attack on southern Israel on October 7", "depuis l'attaque du 7 octobre": a
# known attack named as the start of a period is a reference date, not a passing reference
# ("since an attack on Monday killed five" tells one).
_SINCE_THE: Final = re.compile(
    r"(?:since the|depuis l'|depuis le|depuis la|depuis les) ?(?:[a-z'-]+ ){0,3}?(?:attacks?|"
    r"attaques?|attentats?|assault|assaut|raids?|massacres?|bombing|events|evenements|"
    r"incursion|invasion|offensive)\b"
)


def background_candidates(
    context: ArticleContext, fact: SentenceFacts, index: int, last_group: str | None = None
) -> list[Candidate]:
    """The background candidates of every context clause of a sentence (see the module
    docstring; ``last_group``: the non-state group the article named last, whom "the same
    group" in a clause means)."""
    found: list[Candidate] = []
    folded = context.folded
    for clause_start, stop in fact.discounted:
        clause_end = with_relative(folded, stop, fact.sentence.end)
        spans = spans_within(fact.cue_spans, clause_start, clause_end)
        if _SINCE_THE.match(folded, clause_start) is not None and not spans.get("casualty"):
            continue  # (with its own toll it tells one: "since the 3 November grenade attack
            # near the market, which left 12 people injured")
        if folded.startswith(_SETTING, clause_start):
            told = _TOLD_IN_SETTING.search(folded, clause_start, clause_end)
            if told is None:
                continue
            clause_start = told.start()  # "amid tensions after a drone attack killed ...": that
            spans = spans_within(fact.cue_spans, clause_start, clause_end)
        # (an attack word the opener holds counts: "depuis l'attentat de X" is one cue)
        triggers = [
            t
            for t in spans.get("trigger", ())
            if folded.rfind(" ", t[0], t[1]) > clause_start + 2 or t[0] > clause_start + 2
        ]
        if not triggers:
            continue
        # (0.20.0) a passing reference placed only by the nationality of a military site ("had
        # attacked a Somali military base") is another attack than those told before it
        sites = home_force_sites(context, fact, clause_start, clause_end)
        hits = _clause_places(context, fact, clause_start, clause_end, spans, sites)
        if not hits:
            hits = _opening_place(context, fact, clause_start)
        if not hits:
            continue
        frame = _clause_frame(context, fact, (clause_start, clause_end), spans, last_group)
        candidates = [_candidate(context, index, frame, hits, hit) for hit in hits]
        site_spans = {(site.start, site.end) for site in sites}
        for hit, candidate in zip(hits, candidates, strict=True):
            if (hit.start, hit.end) in site_spans:
                candidate.another = True
        campaign = all(
            folded[t_start:t_end].split(" ")[-1] in PLURAL_NOUN for t_start, t_end in triggers
        ) or _war_begun_by(folded, fact.sentence.start, triggers[0][0])
        found += [
            c
            for c in candidates
            if not c.area
            or (
                not campaign
                and (c.date is not None or c.killed is not None or c.wounded is not None)
            )
        ]
    return found


# A locative opening the sentence ("In Srinagar, ...", "À Kaboul, ...", "Dans la ville de X,").
_OPENING_LOCATIVE: Final = re.compile(r"\s*(?:in|a|au|dans|en)\s+(?:the\s+|la\s+|le\s+|l')?")


def _opening_place(
    context: ArticleContext, fact: SentenceFacts, clause_start: int
) -> list[PlaceHit]:
    """The place a locative opening the sentence names ("In Srinagar, security has been
    stepped up since the grenade attack near the market, which left 12 people injured"): the
    setting of the whole sentence, a context clause that names no place of its own included."""
    start = fact.sentence.start
    matches = matches_within(fact.families.get(PLACE, ()), start, clause_start)
    if not matches or _OPENING_LOCATIVE.fullmatch(context.folded, start, matches[0].start) is None:
        return []
    if context.folded[matches[0].end : matches[0].end + 1] != ",":
        return []
    hits = select_places(
        matches[:1], context.text, context.folded, start, context.hinted, context.located
    )
    return [h for h in hits if not is_area(h.place)]


def _clause_places(
    context: ArticleContext,
    fact: SentenceFacts,
    clause_start: int,
    clause_end: int,
    spans: dict[str, list[Span]],
    home_sites: Sequence[PlaceHit],
) -> list[PlaceHit]:
    """The finest places named inside a context clause (``home_sites``: the clause's military
    sites of the article's own forces, ``frame_places.home_force_sites``)."""
    text, folded = context.text, context.folded
    place_matches = matches_within(fact.families.get(PLACE, ()), clause_start, clause_end)
    # A clause inside this one ("came five days after US forces hit Iraq and Syria in response
    # to the Jan. 28 attack in Jordan") tells its own attack: its places are not this clause's.
    inner = [
        (s, e) for s, e in fact.discounted if clause_start < s < clause_end and e <= clause_end
    ]
    if inner:
        place_matches = [m for m in place_matches if not inside(m.start, inner)]
    grounds = territories(context, fact, clause_start, clause_end)  # "on Israeli territory"
    grounds += home_sites  # "a Somali base"
    hits = (
        select_places(
            place_matches, text, folded, clause_start, context.hinted, context.located, fact.words
        )
        if place_matches
        else []
    )
    demonyms = fact.families.get(DEMONYM, ())
    if hits and demonyms:
        hits = without_nationalities(folded, hits, demonyms)  # "a Somali man"
    hits += unlisted_places(
        place_matches,
        hits,
        text,
        folded,
        clause_start,
        type_spans_of(spans, folded),
        context.home,
        # (a name "in", "à", "near" puts the clause's attack at, too, unless a clause inside
        # it tells its own attack)
        None if inner else clause_end,
        demonyms=[*fact.families.get(DEMONYM, ()), *fact.families.get(ACTOR, ())],
        sites=context.lexicons.places.lookup,
        words=fact.words,  # (the clause's sentence: a word missing there is missing here)
    )
    hits = [h for h in hits if not a_site_at_a_named_town(folded, h, hits)]
    hits += grounds
    if not hits:
        return []
    return finest(sorted(hits, key=lambda h: h.start))


def _clause_frame(
    context: ArticleContext,
    fact: SentenceFacts,
    clause: Span,
    spans: dict[str, list[Span]],
    last_group: str | None,
) -> _ClauseFrame:
    """The date, weapons, figures and roles of a context clause (``last_group``: see
    ``background_candidates``)."""
    clause_start, clause_end = clause
    folded, families = context.folded, fact.families
    # A date inside the clause, or one its cue is part of ("came nearly two weeks after").
    dates = [h for h in fact.dates if h.start < clause_end and clause_start < h.end and h.value]
    weapon_matches = matches_within(families.get(WEAPON, ()), clause_start, clause_end)
    weapons = (
        weapon_hits(folded, weapon_matches, spans, clause_start, [(h.start, h.end) for h in dates])
        if weapon_matches
        else []
    )
    casualties, none_killed, none_wounded = find_casualties(
        folded, clause_start, clause_end, spans.get("casualty", [])
    )
    actor_mentions = [
        ActorMention(m.start, m.end, m.entry.ref, m.entry.detail)
        for m in matches_within(families.get(ACTOR, ()), clause_start, clause_end)
    ]
    if WEAPON in families or DEMONYM in families:
        # (a nationality next to an attack: "two Russian guided aerial bombs hit X")
        within = {
            family: matches_within(matches, clause_start, clause_end)
            for family, matches in families.items()
            if family in {WEAPON, DEMONYM}
        }
        actor_mentions += nationals(
            context, within, actor_mentions, spans.get("trigger", ()), spans
        )
    places = matches_within(families.get(PLACE, ()), clause_start, clause_end)
    if places:
        # (0.33.0) a state acting in the clause, as in a main clause ("six days after a missile
        # attack by Iran on Israel", "après que la Russie a frappé")
        actor_mentions += states_acting(context, places, spans.get("agent", ()))
        actor_mentions += capitals_acting(context, places, spans.get("agent", ()))
    if last_group is not None:
        # (0.25.0) "an IED planted by the same group exploded ...", "posée par le même groupe":
        # the group named last, as in a main clause
        actor_mentions += [
            anaphor
            for anaphor in anaphoric_actors(
                folded, clause_start, clause_end, last_group, fact.words
            )
            if not any(m.start < anaphor.end and anaphor.start < m.end for m in actor_mentions)
        ]
    roles = assign_roles(
        folded, clause_start, clause_end, actor_mentions, spans, context.lexicons.actors, None
    )
    # (a day named in the clause wins over a count of days from the date told before: "trois
    # jours après celle de vendredi à Arras" is Friday)
    named = [h for h in dates if h.kind in {"explicit", "weekday"}]
    return _ClauseFrame(
        clause_start,
        clause_end,
        named[0] if named else dates[0] if dates else None,
        weapons,
        casualties,
        (none_killed, none_wounded),
        actor_mentions,
        roles,
    )


def _candidate(
    context: ArticleContext,
    index: int,
    frame: _ClauseFrame,
    hits: Sequence[PlaceHit],
    hit: PlaceHit,
) -> Candidate:
    """The background candidate of one place of a context clause."""
    folded = context.folded
    first_place = min(h.start for h in hits)
    weapon = (
        weapon_for(frame.weapons, hit.start, frame.start, frame.end, first_place, folded)
        if frame.weapons
        else None
    )
    killed = wounded = None
    if frame.casualties or frame.nothing[0] or frame.nothing[1]:
        killed, wounded = place_toll(
            frame.casualties, hits, hit, frame.nothing, frame.roles.attacker, frame.actors
        )
    when, roles = frame.when, frame.roles
    return Candidate(
        sentence=index, sentences={index}, title=False, place=hit.place,
        anaphor=False, near=hit.near, area=is_area(hit.place), specific=True,
        date=when.value if when else None, precision=when.precision if when else None,
        basis=when.basis if when else None, own_date=when is not None,
        weapon=weapon.weapon if weapon else None,
        count=weapon.count if weapon else None, killed=killed, wounded=wounded,
        attacker=roles.attacker, attribution=roles.attribution,
        claimed_by=roles.claimant, target=roles.target, reported_by=None,
        speakers=set(), hedged=False, background=True,
        strike_word=strike_word(folded, frame.start, frame.end),
        group=0, ordinal=0,
    )  # fmt: skip
