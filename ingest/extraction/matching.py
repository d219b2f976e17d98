"""One Aho-Corasick automaton over every lexicon family, run once per article on the folded text.

Keys are folded phrases; each key carries the entries that share it (a place alias, an actor
alias, a weapon term, a grammar cue...). Matches must sit on word boundaries (a trailing ``*``
in a cue relaxes the end boundary). Overlaps are resolved per family, longest first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Final, NamedTuple

import ahocorasick

from ingest.extraction import cues
from ingest.extraction.dates import DATE_ANCHORS
from ingest.extraction.gazetteer import PlaceIndex
from ingest.extraction.lexicons import Lexicons, Place
from ingest.extraction.normalize import initial_capital, match_key

PLACE: Final = "place"
DEMONYM: Final = "demonym"
ACTOR: Final = "actor"
SOURCE: Final = "source"
WEAPON: Final = "weapon"
CUE: Final = "cue"
DATE: Final = "date"

CUE_FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "trigger": cues.TRIGGER,
    "casualty": cues.CASUALTY,
    "mask": cues.MASK,
    "claim": cues.CLAIM,
    "attribution": cues.ATTRIBUTION,
    "alleged": cues.ALLEGED,
    "hedge": cues.HEDGE,
    "denial": cues.DENIAL,
    "irrealis": cues.IRREALIS,
    "judicial": cues.JUDICIAL,
    "arrest": cues.ARREST,
    "exercise": cues.EXERCISE,
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
    "town_anaphora": cues.TOWN_ANAPHORA,
    "place_type": cues.PLACE_TYPE,
}


@dataclass(frozen=True, slots=True)
class PlaceKey:
    """What the place entries of one alias key name, prepared when the automaton is built so
    that choosing a sentence's places needs no grouping: the gazetteer places of its entries (in
    entry order, homonyms included), the ids it writes as a canonical name (no variant entry),
    whether one of its entries is written in lower case (then the text needs no capital), and
    the ids for which the key is also an ordinary word ("Gao", "Omar", "Nice"; not a famous
    place of the same name, "Damascus" of Syria beside the small towns of Maryland)."""

    places: tuple[Place, ...]
    named: frozenset[str]
    uncased: bool
    common: frozenset[str] = frozenset()  # ids it names like an ordinary word or a first name
    weak: frozenset[str] = frozenset()  # ids it names only by a GeoNames variant of any language


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


_MATCHABLE: Final = re.compile(r"[a-z0-9 ]+")


def _representatives(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The entries of a gazetteer key the text's matches carry: the first place entry (its
    ``PlaceKey`` holds every homonym, finest first) and every entry that hints at a country
    (country names, demonyms), so that a name shared by dozens of towns is one match, not
    dozens."""
    first_place = True
    kept: list[Entry] = []
    for entry in entries:
        if entry.hint or (entry.family == PLACE and first_place):
            kept.append(entry)
            if entry.family == PLACE:
                first_place = False
    return tuple(kept)


# What the matcher keeps of a gazetteer key: its entries, written only with a capital, size.
_PlaceKeyInfo = tuple[tuple["Entry", ...], bool, int]


# The tables of the automaton (one Final each: mypyc writes them into the scan loop).
_ENTITIES: Final = 0
_TERMS: Final = 1
_GRAMMAR: Final = 2
# An automaton record: (table, size - 1, -size, entries or cue kinds, prefix key).
_Record = tuple[int, int, int, Any, bool]
# A raw hit of one table: (start, -stop, -size, automaton, entries or cue kinds).
_Hit = tuple[int, int, int, int, Any]


_ASCII_SPACES: Final = bytes(
    c if (48 <= c <= 57 or 97 <= c <= 122 or 65 <= c <= 90) else 32 for c in range(256)
)


def spaced(folded: str) -> str:
    """The folded text with every non-word character as a space, padded by one space each side."""
    # Latin text only: other scripts become spaces (one "?" per character keeps the length).
    body = folded.encode("ascii", "replace").translate(_ASCII_SPACES).decode("ascii")
    return " " + body + " "


def _implied_kinds(phrase: str, kind: str) -> set[str]:
    """Cue kinds whose phrases occur inside ``phrase`` ("cette attaque" is also a trigger)."""
    kinds = {kind}
    if kind == "mask":
        return kinds
    padded = " " + match_key(phrase) + " "
    for other_kind, needles in _cue_needles():
        if other_kind in kinds:
            continue
        for needle in needles:
            if needle in padded and needle.strip() != padded.strip():
                kinds.add(other_kind)
                break
    return kinds


@cache
def _cue_needles() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each cue family (but masks, agents and place types) with its phrases as ``_implied_kinds``
    looks for them inside another phrase: spaced match keys, a stem ("*") open at its end.
    Computed once: folding every phrase again for every phrase made the lexicon build slow."""
    return tuple(
        (
            kind,
            tuple(
                " " + match_key(other.rstrip("*")) + ("" if other.endswith("*") else " ")
                for other in others
            ),
        )
        for kind, others in CUE_FAMILIES.items()
        if kind not in {"mask", "agent", "place_type"}
    )


def place_entries(places: PlaceIndex, key_number: int) -> tuple[Entry, ...]:
    """The entries of one gazetteer key (places and demonyms), the place ones sharing their
    ``PlaceKey``: built the first time the key is met in a text."""
    key_text = places.match_keys[key_number]
    single = " " not in key_text
    found = places.key_entries(key_number)
    entries: list[Entry] = []
    place_pairs: list[tuple[Place, str]] = []
    for place, kind, cased, _common, _weak in found:
        family = DEMONYM if kind == "demonym" else PLACE
        hint = ""
        if family == DEMONYM or place.feature_type == "country":
            hint = place.country_iso2 or ""
        entries.append(Entry(family, place.location_id, kind, single, cased, hint))
        if family == PLACE:
            place_pairs.append((place, kind))
    if not place_pairs:
        return tuple(entries)
    key = PlaceKey(
        tuple(place for place, _ in place_pairs),
        frozenset(place.location_id for place, kind in place_pairs if kind == "name"),
        any(not cased for _, kind, cased, _, _ in found if kind != "demonym"),
        frozenset(p.location_id for p, kind, _, common, _ in found if common and kind != "demonym"),
        frozenset(p.location_id for p, kind, _, _, weak in found if weak and kind != "demonym"),
    )
    return tuple(replace(e, key=key) if e.family == PLACE else e for e in entries)


def _gazetteer_number(place_keys: list[str], key: str) -> int:
    """The number of the gazetteer key that a lexicon key (" phrase ") also is, else -1 (the
    last one of equal keys, as adding it to the automaton last would keep)."""
    if not key.endswith(" "):
        return -1  # a prefix cue (" stem")
    phrase = key[1:-1]
    number = bisect_right(place_keys, phrase) - 1
    return number if number >= 0 and place_keys[number] == phrase else -1


class Matcher:
    """One compiled automaton over the entity, term and grammar tables; build once, reuse for
    every article.

    Keys carry one leading space and run over ``spaced(folded)``, so a match always starts on a
    word boundary; each table keeps its longest non-overlapping matches (an actor "Résistance
    islamique en Irak" hides the country inside it). The end boundary is checked here; a
    trailing ``*`` in a cue lets the word continue.

    The gazetteer's half a million keys are in the same automaton (integer values: the key
    number; the lexicon keys are numbered after them), and their hits join the entity table;
    their entries are built the first time a key is met. A key the gazetteer only writes with a
    capital is dropped at once when the text has none there ("police" the word, Police the
    town).
    """

    __slots__ = ("_automaton", "_key_count", "_place_entries", "_places", "_records")

    def __init__(self, lexicons: Lexicons) -> None:
        entities: dict[str, list[Entry]] = {}
        weapons: dict[str, list[Entry]] = {}
        grammar: dict[str, list[Entry]] = {}

        def add(table: dict[str, list[Entry]], phrase: str, entry: Entry) -> None:
            key = match_key(phrase.rstrip("*"))
            if len(key) < 2:
                return
            prefix = entry.family == CUE and entry.flag
            bucket = table.setdefault(" " + key + ("" if prefix else " "), [])
            if entry not in bucket:
                bucket.append(entry)

        aliased: set[tuple[str, str]] = set()
        for actor_alias in lexicons.actor_aliases:
            entry = Entry(ACTOR, actor_alias.actor_id, actor_alias.role_hint, False)
            add(entities, actor_alias.alias, entry)
            aliased.add((actor_alias.actor_id, match_key(actor_alias.alias)))
        for actor in lexicons.actors.values():
            # An alias spelled like the name keeps its role ("civilians" are only ever a target)
            if (actor.actor_id, match_key(actor.name)) not in aliased:
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
        # The gazetteer's keys go into the same automaton (one pass over the text instead of
        # two): a value below the number of gazetteer keys is a key number; above it, it points
        # to the records of a lexicon key (and the gazetteer key number of the same phrase).
        self._places = lexicons.places
        place_keys = self._places.match_keys
        key_count = len(place_keys)
        self._records: list[tuple[list[_Record], int]] = []
        lexicon_keys: list[tuple[str, int]] = []
        for key in sorted(records):
            # The text the automaton reads holds only [a-z0-9 ] (see spaced): a key with any
            # other character (aliases in Arabic script, "ɛaden") can never match, and leaving
            # it out keeps the automaton small (a sixth fewer keys).
            if _MATCHABLE.fullmatch(key) is None:
                continue
            self._records.append((records[key], _gazetteer_number(place_keys, key)))
            lexicon_keys.append((key, key_count + len(self._records) - 1))
        # Keys go in sorted, so that the nodes of shared prefixes are allocated next to each
        # other (fewer cache misses when the text is read; matching does not depend on the
        # order): the gazetteer's keys are sorted, and stay so padded with spaces, so the
        # lexicon's are merged into them.
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        merged = 0
        for number, place_key in enumerate(place_keys):
            if _MATCHABLE.fullmatch(place_key) is None:
                continue
            padded = " " + place_key + " "
            while merged < len(lexicon_keys) and lexicon_keys[merged][0] < padded:
                automaton.add_word(*lexicon_keys[merged])
                merged += 1
            if merged < len(lexicon_keys) and lexicon_keys[merged][0] == padded:
                continue  # the lexicon key's value holds this key number
            automaton.add_word(padded, number)
        for key, value in lexicon_keys[merged:]:
            automaton.add_word(key, value)
        automaton.make_automaton()
        self._automaton = automaton
        self._key_count = key_count
        # Per key number, built the first time the key is met: (entries, written only with a
        # capital, size of " key ").
        self._place_entries: list[_PlaceKeyInfo | None] = [None] * key_count

    def _entries(self, key_number: int) -> _PlaceKeyInfo:
        """A gazetteer key's entries, whether every one is written with a capital, and the
        size of the key as the automaton holds it (" key ")."""
        info = self._place_entries[key_number]
        if info is None:
            entries = place_entries(self._places, key_number)
            size = len(self._places.match_keys[key_number]) + 2
            info = (_representatives(entries), all(e.cased for e in entries), size)
            self._place_entries[key_number] = info
        return info

    def scan(self, folded: str, original: str | None = None) -> Scan:
        """All matches in ``folded`` (offsets into it), per table and in text order;
        ``original`` (the text ``folded`` folds) lets capitalised-only keys be checked."""
        text = spaced(folded)
        length = len(folded)
        # Per table, (start, -stop, -size, automaton, payload): leftmost first, then the longest
        # span, then the longest key (a whole word over a stem); one key per automaton, start
        # and size, so the payloads are never compared.
        entity_hits: list[_Hit] = []
        term_hits: list[_Hit] = []
        cue_hits: list[_Hit] = []
        cache = self._place_entries
        key_count = self._key_count
        lexicon_records = self._records
        for automaton_hit in self._automaton.iter(text):
            hit: tuple[int, int] = automaton_hit  # (checked once, then read natively)
            last, number = hit
            if number >= key_count:
                table_records, number = lexicon_records[number - key_count]
                for table, offset, negative_size, payload, prefix in table_records:
                    # Keys are " phrase " (or " stem" for prefix cues) over " " + spaced + " ",
                    # so the word starts at folded index last - size + 1 and a whole-phrase key
                    # ends at folded index last - 1.
                    negative_stop = 1 - last
                    if prefix:
                        stop = last
                        while stop < length and folded[stop].isalnum():
                            stop += 1
                        negative_stop = -stop
                    record = (last - offset, negative_stop, negative_size, 0, payload)
                    if table == _ENTITIES:
                        entity_hits.append(record)
                    elif table == _TERMS:
                        term_hits.append(record)
                    else:
                        cue_hits.append(record)
                if number < 0:
                    continue
            info = cache[number]
            if info is None:
                info = self._entries(number)
            entries, cased_only, size = info
            start = last - size + 1
            # A key the gazetteer writes only with a capital needs one in the text, and one led
            # by an article needs it on the word after the article ("The camp was the scene
            # of" is no "The Camp", a variant of an English town's name).
            if cased_only and original is not None:
                if not initial_capital(original, start):  # (a capital at start, or after al-)
                    continue
                article = _article_length(folded, start)
                if article and not original[start + article].isupper():
                    continue
            entity_hits.append((start, 1 - last, -size, 1, entries))
        return Scan(_matches(entity_hits), _matches(term_hits), _longest(cue_hits))


_LEADING_ARTICLES: Final = ("the ", "le ", "la ", "les ")


def _article_length(folded: str, start: int) -> int:
    """The length of the article (and its blank) a name at ``start`` opens with, else 0."""
    first = folded[start : start + 1]
    if first != "t" and first != "l":
        return 0  # (the cheap test: most names open with neither letter)
    for article in _LEADING_ARTICLES:
        if folded.startswith(article, start):
            return len(article)
    return 0


def _longest(hits: list[_Hit]) -> list[tuple[int, int, Any]]:
    """The spans and payloads of one table's ``hits``, sorted, each kept unless a span kept
    before covers its start. A span that both the lexicon and the gazetteer have (an actor
    named like a town) keeps the payloads of both, as one key would."""
    hits.sort()
    kept: list[tuple[int, int, Any]] = []
    covered = -1
    last_start = -1
    for start, negative_stop, _size, _automaton, payload in hits:
        if start >= covered or (start == last_start and -negative_stop == covered):
            covered = -negative_stop
            last_start = start
            kept.append((start, covered, payload))
    return kept


def _matches(hits: list[_Hit]) -> list[Match]:
    """The matches of one table's ``hits`` (entities or terms, see ``_longest``): one per
    entry of each span kept, in text order."""
    # tuple.__new__ builds the named tuples without the Python-level Match.__new__ (half the
    # cost; an article has a hundred matches).
    new = tuple.__new__
    matches: list[Match] = []
    for start, end, payload in _longest(hits):
        entries: tuple[Entry, ...] = payload
        for entry in entries:
            matches.append(new(Match, (start, end, entry)))
    return matches
