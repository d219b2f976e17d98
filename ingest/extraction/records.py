"""Pass 9, records: merged mentions out as ``AttackMention`` rows of the output contract.

Reads the merged mentions, the sentences they were told in, the article and the lexicons.
Adds what the contract states that the passes left implicit: a stable mention id (numbered
when two mentions of one clause hash alike), the evidence span, a country-only place without
point or name, names for actor ids, the state forces' own statement as their claim
(``_roles_of``), the weapon of a state's "strike" without a weapon word (``airstrike``), and
the certainty (hedged, claimed, reported).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from ingest.extraction.actors import STATE_KINDS
from ingest.extraction.candidates import Candidate
from ingest.extraction.facts import SentenceFacts
from ingest.extraction.lexicons import Actor, Lexicons, Source
from ingest.extraction.mentions import ArticleInput, AttackMention
from ingest.extraction.places import geo_precision
from ingest.extraction.sentences import Sentence
from ingest.textnorm import stable_hash

EXTRACTOR_VERSION: Final = "0.33.0"


def mention_records(
    article: ArticleInput,
    facts: Sequence[SentenceFacts],
    mentions: Sequence[Candidate],
    lexicons: Lexicons,
) -> list[AttackMention]:
    """One ``AttackMention`` per merged mention, in mention order, ids unique."""
    records: list[AttackMention] = []
    seen_ids: dict[str, int] = {}
    for mention in mentions:
        sentence = facts[mention.sentence].sentence
        mention_id = stable_hash(
            article.version_id,
            EXTRACTOR_VERSION,
            str(mention.ordinal),
            str(sentence.start),
            mention.place.location_id,
            str(mention.date),
        )
        if mention_id in seen_ids:
            # Two mentions of one clause that differ only in their figures or weapon (a
            # passing reference told twice): the later one is numbered, ids stay unique.
            seen_ids[mention_id] += 1
            mention_id = stable_hash(mention_id, str(seen_ids[mention_id]))
        seen_ids.setdefault(mention_id, 0)
        records.append(_record(article, sentence, mention, mention_id, lexicons))
    return records


def _roles_of(mention: Candidate, actors: Mapping[str, Actor]) -> tuple[str | None, str]:
    """The claimant and attribution of a mention: a state force citing its own statement
    ("CENTCOM said its forces struck") claims the strike."""
    attacker = mention.attacker
    claimed_by = mention.claimed_by
    attribution = mention.attribution if attacker is not None else "unknown"
    if attacker is not None and claimed_by is None and attacker in mention.speakers:
        actor = actors.get(attacker)
        if actor is not None and actor.kind in STATE_KINDS:
            claimed_by = attacker
            attribution = "claimed"
    return claimed_by, attribution


def _weapon_of(mention: Candidate, actors: Mapping[str, Actor]) -> str:
    """The weapon; a state's "strike" with no weapon word is an airstrike."""
    if mention.weapon is not None:
        return mention.weapon
    actor = actors.get(mention.attacker) if mention.attacker else None
    state = actor is not None and actor.kind in STATE_KINDS
    return "airstrike" if mention.strike_word and state else "unknown"


def _certainty(mention: Candidate, claimed_by: str | None, source: Source | None) -> str:
    """Hedged, claimed (by the claimant, or a source speaking for it) or reported."""
    if mention.hedged:
        return "hedged"
    if claimed_by is not None and (source is None or source.speaks_for == claimed_by):
        return "claimed"
    return "reported"


def _record(
    article: ArticleInput,
    sentence: Sentence,
    mention: Candidate,
    mention_id: str,
    lexicons: Lexicons,
) -> AttackMention:
    """The contract's row for one mention."""
    actors = lexicons.actors
    place = mention.place
    country_only = place.feature_type == "country"
    claimed_by, attribution = _roles_of(mention, actors)
    source = lexicons.sources.get(mention.reported_by) if mention.reported_by else None
    killed = mention.killed
    wounded = mention.wounded
    return AttackMention(
        mention_id=mention_id,
        article_id=article.article_id,
        version_id=article.version_id,
        source_uri=article.source_uri,
        sentence_index=sentence.index,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        evidence_text=article.text[sentence.start : sentence.end],
        event_date=mention.date,
        date_precision=mention.precision if mention.date is not None else None,
        date_basis=mention.basis if mention.date is not None else None,
        location_name=None if country_only else place.name,
        location_id=None if country_only or not place.listed else place.location_id,
        admin1=None if country_only else place.admin1,
        country_iso2=place.country_iso2,
        latitude=None if country_only else place.latitude,
        longitude=None if country_only else place.longitude,
        geo_precision=geo_precision(place, mention.near),
        attacker=actor_name(actors, mention.attacker),
        target=actor_name(actors, mention.target),
        claimed_by=actor_name(actors, claimed_by),
        attribution=attribution,
        weapon=_weapon_of(mention, actors),
        projectile_count=mention.count,
        killed=killed.best if killed else None,
        killed_low=killed.low if killed else None,
        killed_high=killed.high if killed else None,
        wounded=wounded.best if wounded else None,
        wounded_low=wounded.low if wounded else None,
        wounded_high=wounded.high if wounded else None,
        reported_by=source.name if source is not None else None,
        is_background=mention.background,
        certainty=_certainty(mention, claimed_by, source),
        extractor_version=EXTRACTOR_VERSION,
    )


def actor_name(actors: Mapping[str, object], actor_id: str | None) -> str | None:
    """The display name of an actor id (``None`` for none or an unknown id)."""
    if actor_id is None:
        return None
    actor = actors.get(actor_id)
    name = getattr(actor, "name", None)
    return name if isinstance(name, str) else None
