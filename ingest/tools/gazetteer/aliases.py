"""Alias quality: which of a place's names the extractor may look for in running text.

Every alias is a potential false hit of a word-boundary automaton over the folded text, and a
world gazetteer holds hundreds of thousands of them. The rules, in order:

1. **Form.** Cleaned; deduplicated per place ignoring case (strong spellings first); its
   matching key has at least 4 characters (``ALLOWED_SHORT_ALIASES`` aside) and only the
   characters the automaton reads (Latin letters, digits, blanks after folding).
2. **Stop list** (``stop_aliases.txt``): generic words, names of people and media.
3. **Ordinary words.** A one-word alias that is a frequent English or French word
   (``wordfreq`` Zipf frequency), more frequent than the place's size explains (a capital, or
   "Baghdad" for seven million people, is frequent as a name), is a common word: "Best",
   "Bar", "Police" and "Mobile" are dropped for places under ``KEEP_COMMON_POPULATION``
   inhabitants; kept ones, and every alias from ``COMMON_ZIPF`` up ("Omar", "Ariel", "Gao"),
   are flagged ``common_word`` so that the extractor asks more evidence of them. Weak
   alternate names that are common words go.
4. **Foreign namesakes.** A weak GeoNames alternate name that is the name of a bigger place in
   another country is dropped ("Philadelphia" for Amman).
5. **One owner per country.** When several places of one country claim the same key, strong
   claims (canonical names, curated spellings) all survive as genuine ambiguities, and so does
   the city a province is named after; weak ones go to one place, curated first, else the most
   populous, and to the city a province is named after as well (the province's copies of its
   capital's spellings do not take them from the city).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from ingest.extraction.normalize import match_key
from ingest.tools.gazetteer.drafts import RANK_CURATED, Draft, RawAlias
from ingest.tools.gazetteer.sources import clean_text

MIN_ALIAS_LENGTH: Final = 4
# Three-letter names are kept for the towns news names by them ("Gao", "Jos", "Wau", "Ibb"):
# a place's own name (not a variant) with this many inhabitants, a province or a curated place.
SHORT_NAME_LENGTH: Final = 3
SHORT_NAME_POPULATION: Final = 15_000
# Folded keys kept despite MIN_ALIAS_LENGTH: unambiguous country codes and initialisms.
ALLOWED_SHORT_ALIASES: Final = frozenset({"usa", "uae", "uk", "drc", "rdc", "u s", "u s a"})
COMMON_ZIPF: Final = 3.3  # from here a one-word alias is also a word or a name of people
VERY_COMMON_ZIPF: Final = 4.5  # from here it is an ordinary word of the language
KEEP_COMMON_POPULATION: Final = 50_000  # a place this big keeps an ordinary-word name (flagged)
# Countries are never flagged (their names are frequent because they are famous); provinces and
# loose regions only when their name is an ordinary word ("Centre", "Est", "Lakes", "Unity").
_NAMED_AREAS: Final = frozenset({"admin1", "region"})
_MATCHABLE_KEY: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ")


def _fame(population: int) -> float:
    """The word frequency a place's name can owe to the place alone: big places are named
    often ("Baghdad" 4.2 for 7 million people, "Mosul" 3.3 for 1.7 million), so only a name
    more frequent than its size explains is a word too ("Nice" 5.4, "Best" 6.0, "Gao" 3.5)."""
    return math.log10(max(population, 1)) - 2.5


@dataclass(frozen=True, slots=True)
class AliasRow:
    """One row of ``place_aliases``."""

    location_id: str
    alias: str
    language: str
    alias_kind: str
    common_word: bool


@dataclass(frozen=True, slots=True)
class Claim:
    """An alias candidate of one placed draft while collisions are resolved."""

    location_id: str
    country_iso2: str
    key: str
    raw: RawAlias
    common: bool
    population: int
    curated: bool
    geonames_id: int | None = None  # the place's GeoNames id
    anchor_geonames_id: int | None = None  # an admin1's: the city that stands for it


@dataclass(frozen=True, slots=True)
class AliasReport:
    """Counts of what the rules dropped, for the build report."""

    kept: int
    dropped: Mapping[str, int]
    ambiguous_keys: int


def _reject_form(key: str, stop: frozenset[str], raw: RawAlias, draft: Draft) -> str | None:
    """Why a key cannot be an alias (form and stop list), or None."""
    if not key or not set(key) <= _MATCHABLE_KEY:
        return "unmatchable"
    if key in stop:
        return "stop_list"
    length = len(key.replace(" ", ""))
    if length < MIN_ALIAS_LENGTH and key not in ALLOWED_SHORT_ALIASES:
        if length == SHORT_NAME_LENGTH and " " not in key and _names_itself(raw, draft):
            return None
        return "too_short"
    return None


def _names_itself(raw: RawAlias, draft: Draft) -> bool:
    """Whether a short alias is the own name of a place big or known enough to be named by it."""
    return raw.strong and (
        draft.population >= SHORT_NAME_POPULATION
        or draft.feature_type == "admin1"
        or draft.rank <= RANK_CURATED
    )


def _common(
    key: str, raw: RawAlias, draft: Draft, frequency: Callable[[str], float]
) -> tuple[bool, str | None]:
    """(flag as common word, reason to drop) for one alias of one place."""
    if raw.kind == "demonym" or " " in key or draft.feature_type == "country":
        return False, None
    zipf = frequency(key)
    if zipf < (VERY_COMMON_ZIPF if draft.feature_type in _NAMED_AREAS else COMMON_ZIPF):
        return False, None
    if draft.extra.get("capital") or zipf <= _fame(draft.population):
        return False, None  # a capital, or a place as frequent as its size explains
    if not raw.strong:
        return True, "common_word_variant"
    curated = draft.rank <= RANK_CURATED
    if zipf >= VERY_COMMON_ZIPF and not curated and draft.population < KEEP_COMMON_POPULATION:
        return True, "common_word"
    return True, None


_INNER_APOSTROPHE = re.compile(r"(?<=[A-Za-z]{2})['’ʼʹ](?=[a-z])")


def _with_unmarked(aliases: Sequence[RawAlias]) -> list[RawAlias]:
    """The aliases, and each one written with an apostrophe inside a word (a transliterated soft
    sign or glottal stop: "Dnipropetrovs'k", "Ma'rib") also without it, as news often writes it
    ("Dnipropetrovsk", "Marib"), with the same strength."""
    found = list(aliases)
    for alias in aliases:
        plain = _INNER_APOSTROPHE.sub("", alias.alias)
        if plain != alias.alias:
            found.append(RawAlias(plain, alias.language, alias.kind, alias.strong))
    return found


def _world_names(drafts: Sequence[tuple[str, Draft]]) -> dict[str, tuple[str, int]]:
    """Folded canonical names of every place -> (country, population) of the biggest."""
    names: dict[str, tuple[str, int]] = {}
    for _, draft in drafts:
        key = match_key(draft.location_name)
        if key not in names or draft.population > names[key][1]:
            names[key] = (draft.country_iso2, draft.population)
    return names


def claims(
    placed: Sequence[tuple[str, Draft]],
    stop: frozenset[str],
    frequency: Callable[[str], float],
    dropped: dict[str, int],
) -> list[Claim]:
    """Per place: the alias candidates that pass the form, stop-list, common-word and
    foreign-namesake rules (``dropped`` counts the others by reason)."""
    world = _world_names(placed)
    stopped = frozenset(match_key(s) for s in stop)
    found: list[Claim] = []
    for location_id, draft in placed:
        seen: set[str] = set()
        for raw in sorted(_with_unmarked(draft.aliases), key=lambda a: not a.strong):
            text = clean_text(raw.alias)
            key = match_key(text)
            if key in seen:
                continue
            reason = _reject_form(key, stopped, raw, draft)
            common = False
            if reason is None:
                common, reason = _common(key, raw, draft, frequency)
            if reason is None and not raw.strong:
                owner = world.get(key)
                if owner and owner[0] != draft.country_iso2 and owner[1] > draft.population:
                    reason = "foreign_namesake"
            if reason is not None:
                dropped[reason] = dropped.get(reason, 0) + 1
                continue
            seen.add(key)
            found.append(
                Claim(location_id, draft.country_iso2, key, RawAlias(text, raw.language,
                      raw.kind, raw.strong), common, draft.population,
                      draft.rank <= RANK_CURATED, draft.geonames_id, draft.anchor_geonames_id)
            )  # fmt: skip
    return found


def resolve_collisions(found: Sequence[Claim], dropped: dict[str, int]) -> tuple[list[Claim], int]:
    """Keep a key claimed by several places of one country only where it belongs (rule 5);
    returns the kept claims and the number of keys left ambiguous within a country."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in found:
        groups[(claim.country_iso2, claim.key)].append(claim)
    kept: list[Claim] = []
    ambiguous = 0
    for _, group in sorted(groups.items()):
        owners = {c.location_id for c in group}
        if len(owners) == 1:
            kept.extend(group)
            continue
        strong = [c for c in group if c.raw.strong]
        if strong:
            winners = {c.location_id for c in strong}
        else:
            best = min(group, key=lambda c: (not c.curated, -c.population, c.location_id))
            winners = {best.location_id}
        # A province and the capital it is named after ("Odessa" the oblast and the city whose
        # spellings include it) share the name: a genuine ambiguity, both keep it. The province
        # holds its capital's spellings only as copies ("Soumy", "Kharkov" of the oblasts), so
        # the city keeps them however many more people the province has; so does the city a
        # weak claimant stands for ("Kiev", the oblast's canonical name, is also a spelling of
        # the capital the Kyiv City division is named after).
        anchors = {c.anchor_geonames_id for c in group if c.anchor_geonames_id is not None}
        winners |= {c.location_id for c in group if c.geonames_id in anchors}
        if len(winners) > 1:
            ambiguous += 1
        for claim in group:
            if claim.location_id in winners:
                kept.append(claim)
            else:
                dropped["weak_collision"] = dropped.get("weak_collision", 0) + 1
    return kept, ambiguous


def build_aliases(
    placed: Sequence[tuple[str, Draft]],
    stop: frozenset[str],
    frequency: Callable[[str], float],
) -> tuple[list[AliasRow], AliasReport]:
    """The alias rows of every placed draft after the quality rules, sorted."""
    dropped: dict[str, int] = {}
    kept, ambiguous = resolve_collisions(claims(placed, stop, frequency, dropped), dropped)
    rows = {
        (c.location_id, c.raw.alias): AliasRow(
            c.location_id, c.raw.alias, c.raw.language, c.raw.kind, c.common
        )
        for c in kept
    }
    ordered = sorted(rows.values(), key=lambda a: (a.location_id, a.alias.casefold(), a.alias))
    return ordered, AliasReport(len(ordered), dict(sorted(dropped.items())), ambiguous)
