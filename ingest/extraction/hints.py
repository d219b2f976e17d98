"""Pass 1b, article hints: which countries the whole article is about.

Reads the automaton's entity matches over the folded article and the actor lexicon. Adds the
countries the article names or qualifies (country names, demonyms, state forces: "Malian
soldiers" names Mali), used to choose between homonyms; the countries it places things in (a
country after "in", "en", "au", "dans"..., and provinces only one country has: "The United
States claimed" places nothing), used to reject towns of other countries; and its home
country, the one it names most among those it places things in (no tie; a name written with
dots, "U.S.", does not count), used for places the gazetteer does not list. Then drops the
actor aliases that name their actor only in a report from its own country (role hint
``home``: "Maoists") from the sentences of an article whose home country is another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Final, NamedTuple

from ingest.extraction.actors import STATE_KINDS
from ingest.extraction.lexicons import Actor, Place
from ingest.extraction.matching import ACTOR, Match
from ingest.extraction.places import area_of_an_origin, province_key, river_name, told_as_origin

# "in Mali", "au Mali", "dans le nord du Mali", "in the United States": a country where things
# happen (the word before it, past an article).
_LOCATED_IN_WORDS: Final[frozenset[str]] = frozenset(
    {"in", "into", "inside", "across", "throughout", "en", "au", "aux", "dans", "du", "de", "d",
     "of",
     # what is fired at a country lands there: "des drones vers Israël", "missiles at Israel"
     "against", "contre", "at", "toward", "towards", "vers"}
)  # fmt: skip
# (0.30.0) A visit or a trip abroad, a summit or talks there ("a écourté une visite en Arabie
# saoudite", "a tour of Saudi Arabia", "attending a summit in Saudi Arabia", "des pourparlers
# en Turquie"): where someone went or met, not where things happened.
_TRAVEL_WORDS: Final[frozenset[str]] = frozenset(
    {"visit", "visits", "trip", "trips", "tour", "visite", "visites", "voyage", "voyages",
     "tournee", "sejour", "deplacement", "summit", "sommet", "conference", "talks",
     "pourparlers", "negociations", "negotiations", "forum"}
)  # fmt: skip
_COUNTRY_ARTICLES: Final[frozenset[str]] = frozenset({"la", "le", "the", "l"})
# A country an area borders ("frontalière du Burkina Faso", "bordering Niger", "voisine du
# Mali"): named as a neighbour, nothing is placed in it.
_BORDERING_WORDS: Final[frozenset[str]] = frozenset(
    {"frontalier", "frontaliere", "frontaliers", "frontalieres", "limitrophe", "limitrophes",
     "voisin", "voisine", "voisins", "voisines", "bordering", "neighbouring", "neighboring"}
)  # fmt: skip
_HOME_AREAS: Final[frozenset[str]] = frozenset({"admin1", "admin2", "region"})
# What a country's name, demonym, state force or province weighs toward the home country, and
# what a district (admin2) weighs.
_NAMED: Final = 2
_DISTRICT: Final = 1
# "in southern Lebanon", "in north-eastern Nigeria": English puts the direction before the
# country as an adjective (French says "dans le sud du Liban", its locative right before).
_COMPASS_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
     "northeastern", "northwestern", "southeastern", "southwestern", "far"}
)  # fmt: skip
_BASED_WORDS: Final[frozenset[str]] = frozenset(
    {"base", "basee", "bases", "basees", "based", "headquartered", "installe", "installee",
     "implante", "implantee"}
)  # fmt: skip


class ArticleHints(NamedTuple):
    """The countries an article is about (see the module docstring)."""

    hinted: set[str]  # named or qualified, located included
    located: set[str]
    home: str | None
    provinces: frozenset[str]  # the provinces it names, as province_key() gives them


def article_hints(
    matches: Sequence[Match], text: str, folded: str, actors: Mapping[str, Actor]
) -> ArticleHints:
    """The countries the article names, the ones it places things in, and its home country."""
    hints: set[str] = set()
    located: set[str] = set()
    counts: dict[str, int] = {}  # how often each country is named: the home country
    home_located: set[str] = set()  # (countries a district places things in: the home only)
    provinces: set[str] = set()  # (0.30.0) the provinces it names, to tell namesakes apart
    for match in matches:
        entry = match.entry
        key = entry.key
        hint = entry.hint
        if entry.family == ACTOR:
            # "Malian soldiers", "l'armée burkinabè": a state force names its country as a
            # demonym would (the longer alias hides the demonym inside it).
            actor = actors.get(entry.ref)
            if actor is not None and actor.kind in STATE_KINDS and actor.country_iso2:
                hint = actor.country_iso2
        if hint and key is not None and river_name(folded, match.start, match.end):
            continue  # "le fleuve Niger", "the left bank of the Dnipro": no country named
        if hint:
            hints.add(hint)
            if "." not in folded[match.start : match.end]:
                # "U.S. forces", "the U.S. military": an abbreviation is how reports write a
                # foreign side, so it does not make its country the article's own.
                counts[hint] = counts.get(hint, 0) + _NAMED
        if key is None:
            continue
        if entry.hint:
            if (
                _located_in(folded, match.start)
                and not folded.startswith(" based", match.end)
                and not _told_as_origin(text, folded, match.start)
            ):
                located.add(entry.hint)  # (not "the Pakistan-based group")
        elif not key.common:  # (its places are no ordinary word)
            # a province's name, or one it shares with its capital ("Soumy", "Kiev", "Taëz":
            # the province and the city named after it, in one country)
            place = _the_one_area(key.places)
            if place is not None and place.country_iso2:
                # "in North Kivu", "in eastern Congo", "dans le Sahel burkinabè": a province or
                # region only one country has places things there and names it as its country
                # would.
                # (0.22.0) A district weighs half what a country or a province does toward the
                # home country, and places nothing itself ("in Pulwama" three times against a
                # Swiss canton's "at Uri": India; "dans le district de Poonch, en Inde": the
                # country named)
                origin = _told_as_origin(text, folded, match.start)
                if place.feature_type == "admin1" and len(key.places) == 1 and not origin:
                    # (a name only the province bears: "Kiev" is also the city)
                    provinces.add(province_key(place))
                district = place.feature_type == "admin2"
                weight = _DISTRICT if district else _NAMED
                counts[place.country_iso2] = counts.get(place.country_iso2, 0) + weight
                if not origin and (
                    place.feature_type == "admin1" or _located_in(folded, match.start)
                ):
                    # a province anywhere, a region after a locative ("in northern Syria",
                    # "dans le nord du Mali") places things in its country
                    (home_located if district else located).add(place.country_iso2)
    return ArticleHints(
        hints | located,
        located,
        _most_named(counts, located | home_located),
        frozenset(provinces),
    )


def _the_one_area(places: Sequence[Place]) -> Place | None:
    """The province or region a key names when all its places lie in one country, else None."""
    area = None
    country = places[0].country_iso2 if places else None
    for place in places:
        if place.country_iso2 != country:
            return None
        if area is None and place.feature_type in _HOME_AREAS:
            area = place
    return area


def _words_before(folded: str, start: int) -> list[str]:
    """The few words before ``start``, past an article ("in the", "au", "depuis la")."""
    words = folded[max(0, start - 24) : start].replace("'", " ").split()
    if words and words[-1] in _COUNTRY_ARTICLES:
        words.pop()
    return words


def _located_in(folded: str, start: int) -> bool:
    """Whether a locative word comes right before ``start`` (past an article and a compass
    adjective: "in southern Lebanon", "in north-eastern Nigeria"), and not after "based" ("un
    groupe basé au Pakistan" says where a group lives)."""
    words = _words_before(folded, start)
    if words and words[-1] in _COMPASS_ADJECTIVES:
        words.pop()
        if words and words[-1] in _COMPASS_ADJECTIVES:  # "north eastern" (hyphens fold to spaces)
            words.pop()
    if not words or words[-1] not in _LOCATED_IN_WORDS:
        return False
    if len(words) >= 2 and words[-2] in _BORDERING_WORDS:
        return False  # "la région des Savanes, frontalière du Burkina Faso": a neighbour
    if not _TRAVEL_WORDS.isdisjoint(words[-3:-1]):
        return False  # (0.30.0) "une visite en Arabie saoudite": where a leader travelled
    return len(words) < 2 or words[-2] not in _BASED_WORDS


_ORIGIN_WORDS: Final[frozenset[str]] = frozenset({"from", "depuis"})


def _told_as_origin(text: str, folded: str, start: int) -> bool:
    """Whether the place is where something came from ("a rocket fired from the Gaza Strip",
    "tirée depuis la bande de Gaza"): it places nothing there. (0.30.0) Also past the side of
    a town it came from ("fired from north of X"), and the area that holds an origin ("fired
    from X in southern Lebanon")."""
    words = _words_before(folded, start)
    return (
        (bool(words) and words[-1] in _ORIGIN_WORDS)
        or told_as_origin(folded, start)
        or area_of_an_origin(text, folded, start)
    )


def _most_named(counts: Mapping[str, int], located: AbstractSet[str]) -> str | None:
    """The country an article names most (country names, demonyms, its state forces) among
    those it places things in, when it places things in any of them (a report of Israeli
    strikes in southern Lebanon names "Israeli" most, and happens in Lebanon); of those named
    as often, the one things are placed in ("Malaysian" once beside one Philippine province),
    else the one named first (the lead's)."""
    if not counts:
        return next(iter(located)) if len(located) == 1 else None
    if located and any(country in located for country in counts):
        counts = {country: count for country, count in counts.items() if country in located}
    top = max(counts.values())
    tied = [country for country, count in counts.items() if count == top]  # in order named
    placed = [country for country in tied if country in located]
    return placed[0] if len(placed) == 1 else tied[0]


# The role hint of an actor alias that names its actor only in a report from the actor's own
# country ("Maoists" is India's CPI (Maoist) in a report from India; Nepal's Maoists and the
# Philippines' NPA elsewhere are no actor of the table).
HOME_ONLY: Final = "home"


def _home_only(match: Match) -> bool:
    return match.entry.family == ACTOR and match.entry.detail == HOME_ONLY


def without_home_only_actors(matches: Sequence[Match]) -> list[Match]:
    """The matches less the home-only actor aliases, which hint at no country themselves (the
    home country decides whether they name their actor)."""
    return [m for m in matches if not _home_only(m)]


def actors_of_home(
    families: Sequence[dict[str, list[Match]]], home: str | None, actors: Mapping[str, Actor]
) -> None:
    """Drop from each sentence's matches (``families``) the home-only actor aliases whose actor
    is not of the article's home country."""
    for family in families:
        found = family.get(ACTOR)
        if not found or not any(_home_only(m) for m in found):
            continue
        kept = [m for m in found if not _home_only(m) or _of_home(actors.get(m.entry.ref), home)]
        if kept:
            family[ACTOR] = kept
        else:
            del family[ACTOR]


def _of_home(actor: Actor | None, home: str | None) -> bool:
    return actor is not None and home is not None and actor.country_iso2 == home
