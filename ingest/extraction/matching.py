"""One Aho-Corasick automaton over every lexicon family, run once per article on the folded text.

Keys are folded phrases; each key carries the entries that share it (a place alias, an actor
alias, a weapon term, a grammar cue...). Matches must sit on word boundaries (a trailing ``*``
in a cue relaxes the end boundary). Overlaps are resolved per family, longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import ahocorasick

from ingest.extraction import cues
from ingest.extraction.dates import DATE_ANCHORS
from ingest.extraction.lexicons import Lexicons, Place
from ingest.extraction.normalize import fold_key

PLACE = "place"
DEMONYM = "demonym"
ACTOR = "actor"
SOURCE = "source"
WEAPON = "weapon"
CUE = "cue"
DATE = "date"

CUE_FAMILIES: dict[str, tuple[str, ...]] = {
    "trigger": cues.TRIGGER,
    "casualty": cues.CASUALTY,
    "mask": cues.MASK,
    "claim": cues.CLAIM,
    "attribution": cues.ATTRIBUTION,
    "alleged": cues.ALLEGED,
    "hedge": cues.HEDGE,
    "denial": cues.DENIAL,
    "irrealis": cues.IRREALIS,
    "context": cues.CONTEXT,
    "response": cues.RESPONSE,
    "background": cues.BACKGROUND,
    "reporting": cues.REPORTING,
    "aggregate": cues.AGGREGATE,
    "plural": cues.PLURAL_REFERENCE,
    "agent": cues.AGENT,
    "singular": cues.SINGULAR_REFERENCE,
    "non_use_after": cues.NON_USE_AFTER,
    "non_use_before": cues.NON_USE_BEFORE,
    "site_anaphora": cues.SITE_ANAPHORA,
}


@dataclass(frozen=True, slots=True)
class PlaceKey:
    """What the place entries of one alias key name, prepared when the automaton is built so
    that choosing a sentence's places needs no grouping: the gazetteer places of its entries (in
    entry order, homonyms included), the ids it writes as a canonical name (no variant entry),
    and whether one of its entries is written in lower case (then the text needs no capital)."""

    places: tuple[Place, ...]
    named: frozenset[str]
    uncased: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """What a key means in one family: ``ref`` is an id (place, actor, source) or a cue kind."""

    family: str
    ref: str
    detail: str  # alias kind, role hint, weapon name, or ""
    flag: bool  # weapon: is_projectile; place: the alias is a single word; cue: prefix match
    cased: bool = False  # the lexicon writes it with a capital: the text must have one too
    hint: str = ""  # the country a demonym or a country name hints at ("" for anything else)
    key: PlaceKey | None = field(default=None, compare=False, repr=False)  # place entries


class Match(NamedTuple):
    """A lexicon hit in the article: span (offsets into the stored text) and its entry."""

    start: int
    end: int
    entry: Entry


class Scan(NamedTuple):
    """The matches of one article, per table, each list in text order (no overlaps within a
    table): entity and term matches keep their entry, grammar cues only their kinds."""

    entities: list[Match]  # places, demonyms, actors, sources
    terms: list[Match]  # weapons and date anchor words
    cues: list[tuple[int, int, tuple[str, ...]]]  # (start, end, cue kinds)


_SPACES = re.compile(r"[^\w]|_")
_MATCHABLE = re.compile(r"[a-z0-9 ]+")
_ENTITIES, _TERMS, _GRAMMAR = 0, 1, 2  # the tables of the automaton
# An automaton record: (table, size - 1, -size, entries or cue kinds, prefix key).
_Record = tuple[int, int, int, Any, bool]
# A raw hit of one table: (start, -stop, -size, entries or cue kinds).
_Hit = tuple[int, int, int, Any]


_ASCII_SPACES = bytes(
    c if (48 <= c <= 57 or 97 <= c <= 122 or 65 <= c <= 90) else 32 for c in range(256)
)


def spaced(folded: str) -> str:
    """The folded text with every non-word character as a space, padded by one space each side."""
    # Latin text only: other scripts become spaces (one "?" per character keeps the length).
    body = folded.encode("ascii", "replace").translate(_ASCII_SPACES).decode("ascii")
    return " " + body + " "


def _spaced_key(phrase: str) -> str:
    """A phrase as the automaton sees it: folded, each punctuation mark a space, exactly as the
    text is spaced ("U.S. forces" -> "u s  forces", the period and the blank both count)."""
    return _SPACES.sub(" ", fold_key(phrase)).strip()


def _implied_kinds(phrase: str, kind: str) -> set[str]:
    """Cue kinds whose phrases occur inside ``phrase`` ("cette attaque" is also a trigger)."""
    kinds = {kind}
    if kind == "mask":
        return kinds
    padded = " " + _spaced_key(phrase) + " "
    for other_kind, others in CUE_FAMILIES.items():
        if other_kind in kinds or other_kind in {"mask", "agent"}:
            continue
        for other in others:
            stem = other.endswith("*")
            needle = " " + _spaced_key(other.rstrip("*")) + ("" if stem else " ")
            if needle in padded and needle.strip() != padded.strip():
                kinds.add(other_kind)
                break
    return kinds


def _prepare_places(bucket: list[Entry], lexicons: Lexicons) -> None:
    """Give the place entries of one key's bucket their shared ``PlaceKey``."""
    found = [
        (entry, place)
        for entry in bucket
        if entry.family == PLACE and (place := lexicons.places.get(entry.ref)) is not None
    ]
    if not found:
        return
    places = tuple(place for _, place in found)
    variants = {place.location_id for entry, place in found if entry.detail != "name"}
    key = PlaceKey(
        places,
        frozenset(place.location_id for place in places) - variants,
        any(not entry.cased for entry, _ in found),
    )
    bucket[:] = [replace(entry, key=key) if entry.family == PLACE else entry for entry in bucket]


class Matcher:
    """One compiled automaton over the entity, term and grammar tables; build once, reuse for
    every article.

    Keys carry one leading space and run over ``spaced(folded)``, so a match always starts on a
    word boundary; each table keeps its longest non-overlapping matches (an actor "Résistance
    islamique en Irak" hides the country inside it). The end boundary is checked here; a
    trailing ``*`` in a cue lets the word continue.
    """

    __slots__ = ("_automaton",)

    def __init__(self, lexicons: Lexicons) -> None:
        entities: dict[str, list[Entry]] = {}
        weapons: dict[str, list[Entry]] = {}
        grammar: dict[str, list[Entry]] = {}

        def add(table: dict[str, list[Entry]], phrase: str, entry: Entry) -> None:
            key = _spaced_key(phrase.rstrip("*"))
            if len(key) < 2:
                return
            prefix = entry.family == CUE and entry.flag
            bucket = table.setdefault(" " + key + ("" if prefix else " "), [])
            if entry not in bucket:
                bucket.append(entry)

        for alias in lexicons.place_aliases:
            family = DEMONYM if alias.kind == "demonym" else PLACE
            single = " " not in fold_key(alias.alias)
            cased = any(char.isupper() for char in alias.alias)
            place = lexicons.places.get(alias.location_id)
            hint = ""
            if place is not None and (family == DEMONYM or place.feature_type == "country"):
                hint = place.country_iso2 or ""
            entry = Entry(family, alias.location_id, alias.kind, single, cased, hint)
            add(entities, alias.alias, entry)
        for actor_alias in lexicons.actor_aliases:
            entry = Entry(ACTOR, actor_alias.actor_id, actor_alias.role_hint, False)
            add(entities, actor_alias.alias, entry)
        for actor in lexicons.actors.values():
            add(entities, actor.name, Entry(ACTOR, actor.actor_id, "any", False))
        for source_alias in lexicons.source_aliases:
            add(entities, source_alias.alias, Entry(SOURCE, source_alias.source_id, "", False))
        for term in lexicons.weapon_terms:
            add(weapons, term.term, Entry(WEAPON, term.weapon, term.term, term.is_projectile))
        for word in DATE_ANCHORS:
            add(weapons, word, Entry(DATE, word, "", False))
        for kind, phrases in CUE_FAMILIES.items():
            for phrase in phrases:
                prefix = phrase.endswith("*")
                for implied in sorted(_implied_kinds(phrase.rstrip("*"), kind)):
                    add(grammar, phrase, Entry(CUE, implied, "", prefix))
        for bucket in entities.values():
            _prepare_places(bucket, lexicons)
        # One automaton holds the three tables (one pass over the text instead of three); a key
        # carries one record per table that has it, and overlaps are still resolved per table.
        # Entity and term keys carry their entries; a grammar key only the cue kinds it gives.
        records: dict[str, list[_Record]] = {}
        for number, table in enumerate((entities, weapons, grammar)):
            for key, bucket in table.items():
                prefix = any(e.flag and e.family == CUE for e in bucket)
                payload: tuple[Entry, ...] | tuple[str, ...] = tuple(bucket)
                if number == _GRAMMAR:
                    payload = tuple(e.ref for e in bucket)
                size = len(key)
                records.setdefault(key, []).append((number, size - 1, -size, payload, prefix))
        automaton = ahocorasick.Automaton()
        for key, table_records in sorted(records.items()):
            # Keys go in sorted, so that the nodes of shared prefixes are allocated next to each
            # other (fewer cache misses when the text is read; matching does not depend on the
            # order). The text the automaton reads holds only [a-z0-9 ] (see spaced): a key with
            # any other character (aliases in Arabic script, "ɛaden") can never match, and
            # leaving it out keeps the automaton small (a sixth fewer keys).
            if _MATCHABLE.fullmatch(key) is None:
                continue
            automaton.add_word(key, tuple(table_records))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, folded: str) -> Scan:
        """All matches in ``folded`` (offsets into it), per table and in text order."""
        text = spaced(folded)
        length = len(folded)
        isalnum = str.isalnum
        # Per table, (start, -stop, -size, payload): leftmost first, then the longest span,
        # then the longest key (a whole word over a stem); one key per table, start and size,
        # so no ties.
        found: tuple[list[_Hit], list[_Hit], list[_Hit]] = ([], [], [])
        appends = (found[0].append, found[1].append, found[2].append)
        for last, table_records in self._automaton.iter(text):
            for table, offset, negative_size, payload, prefix in table_records:
                # Keys are " phrase " (or " stem" for prefix cues) over " " + spaced + " ", so
                # the word starts at folded index last - size + 1 and a whole-phrase key ends
                # at folded index last - 1.
                if prefix:
                    stop = last
                    while stop < length and isalnum(folded[stop]):
                        stop += 1
                    appends[table]((last - offset, -stop, negative_size, payload))
                else:
                    appends[table]((last - offset, 1 - last, negative_size, payload))
        kept: tuple[list[tuple[int, int, Any]], ...] = ([], [], [])
        for hits, out in zip(found, kept, strict=True):
            hits.sort()
            covered = -1
            append = out.append
            for start, negative_stop, _size, payload in hits:
                if start >= covered:
                    covered = -negative_stop
                    append((start, covered, payload))
        entities, terms, cues = kept
        # tuple.__new__ builds the named tuples without the Python-level Match.__new__ (half the
        # cost; an article has a hundred matches).
        new = tuple.__new__
        return Scan(
            [new(Match, (start, end, e)) for start, end, entries in entities for e in entries],
            [new(Match, (start, end, e)) for start, end, entries in terms for e in entries],
            cues,
        )
