"""Place mentions: which gazetteer hits are where an attack happened, and how places nest.

A site (base, airfield, oil or gas field, border crossing) is taken wherever it is named. A
settlement, province, region or country must be in a locative context ("à", "in", "near",
"province de", a list after another place) so that "Washington accuse Téhéran" or "informed
Iraq" are not places; a possessive ("Syria's") or an origin ("launched from") only hints at a
country. A single-word alias right after a capitalised word that is not a preposition is a
person's name ("Ilhan Omar"), not the al-Omar field. Demonyms never become places.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Final

from ingest.extraction.dates import ENGLISH_MONTH_WORDS, WEEKDAY_WORDS
from ingest.extraction.lexicons import (
    AREA_FEATURES,
    PROVINCE_FEATURES,
    SETTLEMENT_FEATURES,
    SITE_FEATURES,
    Place,
)
from ingest.extraction.matching import ACTOR, DEMONYM, PLACE, Match, PlaceKey
from ingest.extraction.normalize import fold_key, initial_capital
from ingest.extraction.quickscan import quick_compile
from ingest.extraction.wordregex import ALL_WORDS, WordRegex, contains_any, word_set, words_in

_LOCATIVE: Final[frozenset[str]] = frozenset(
    {
        "in", "at", "near", "on", "into", "inside", "outside", "around", "across", "over",
        "toward", "towards", "to", "of", "between", "within", "throughout", "en", "au", "aux",
        "off",  # at sea: "struck the ship off Hodeidah"
        "a", "dans", "de", "d", "du", "des", "pres", "proche", "vers", "sur", "contre", "entre",
        "autour", "province", "provinces", "governorate", "gouvernorat", "city", "ville", "town",
        "village", "region", "district", "area", "secteur", "zone", "localite", "north", "south",
        "east", "west", "nord", "sud", "est", "ouest", "northeast", "northwest", "southeast",
        "southwest", "base", "border", "frontiere", "outskirts", "environs", "peripherie",
        "banlieue", "proximite", "hit", "struck", "targeted", "bombed", "shelled",
        # an attack verb right before a place makes it the object attacked
        "attacked", "raided", "stormed", "overran", "ambushed", "assaulted", "pounded",
        "attaque", "attaquee", "attaquees", "attaques", "vise", "visee", "visees", "vises",
        "cible", "ciblee", "ciblees", "cibles", "frappe", "frappee", "frappees", "bombarde",
        "bombardee", "bombardes", "pilonne", "pilonnee", "touche", "touchee",
        # and so does one at work ("continued shelling Nikopol", "pilonnent Kharkiv")
        "shelling", "attacking", "bombing", "striking", "targeting", "pounding", "raiding",
        "storming", "hitting", "pilonnent", "bombardent", "frappent", "attaquent", "visent",
        "ciblent", "bombardant", "pilonnant", "frappant", "attaquant", "visant", "ciblant",
        # and so does a French infinitive ("a utilisé quarante drones pour frapper Odessa";
        # English has "to" before it: "used forty drones to strike Odesa")
        "frapper", "attaquer", "viser", "cibler", "bombarder", "pilonner",
        # a road named by its ends ("the road linking X to Y", "la route reliant X à Y")
        "linking", "connecting", "joining", "reliant", "relie", "axe", "route", "road",
    }
)  # fmt: skip
# Countries take fewer prepositions: "à l'Iran" is "affiliated to Iran", "of Iraq" a genitive.
_COUNTRY_LOCATIVE: Final[frozenset[str]] = frozenset(
    {"in", "inside", "into", "across", "throughout", "on", "over", "within", "en", "au", "aux",
     "dans", "sur", "partout", "nord", "sud", "est", "ouest", "north", "south", "east", "west",
     "northeast", "northwest", "southeast", "southwest", "centre", "center", "central",
     # the country attacked: "launched 18 drones at Ukraine", "une attaque contre Israël"
     "at", "against", "contre"}
)  # fmt: skip
_ABBREVIATION: Final = re.compile(r"^[A-Z][A-Z.]{1,5}$")
_NEAR: Final[frozenset[str]] = frozenset(
    {"near", "pres", "proche", "around", "autour", "outside", "environs", "proximite", "outskirts"}
)
# (0.29.0) A settlement noun between "near" and the name ("near the town of X", "près de la
# localité de X"): the attack is near the town all the same.
_NEAR_TYPE_NOUNS: Final[frozenset[str]] = frozenset(
    {"town", "village", "city", "locality", "ville", "localite", "bourgade", "commune"}
)
_NEAR_TYPE_LINKS: Final[frozenset[str]] = frozenset({"of", "de", "d", "the", "la", "le", "l", "du"})


def _near_before(words: Sequence[str], folded: str, start: int, floor: int) -> bool:
    """Whether "near" or its like is among the two words before a place at ``start`` (``words``:
    the four before it), or before the settlement noun that introduces it ("near the town of
    X", "près de la ville de X")."""
    if not _NEAR.isdisjoint(words[-2:]):
        return True
    if len(words) < 3 or words[-1] not in _NEAR_TYPE_LINKS:
        return False
    words = _previous_words(folded, start, floor, 7)
    at = len(words) - 1
    while at > 0 and words[at] in _NEAR_TYPE_LINKS:
        at -= 1
    if words[at] not in _NEAR_TYPE_NOUNS:
        return False
    while at > 0 and words[at - 1] in _NEAR_TYPE_LINKS:
        at -= 1
    return not _NEAR.isdisjoint(words[max(0, at - 2) : at])


_ORIGIN: Final[frozenset[str]] = frozenset({"from", "depuis", "provenance"})
# The verbs of a launch, in the alternatives of _FROM_THE_DIRECTION that need one before
# "from"/"depuis".
_LAUNCH_VERB: Final = r"(?:fired|launched|shot|lance|lancee|lances|lancees|tire|tiree|tires|tirees)"
# (0.18.0) An origin told with the direction or the area it came from ("fired six missiles from
# the direction of the occupied Golan Heights", "depuis la direction du plateau du Golan", "from
# the area of X", "en provenance du territoire de X").
_FROM_THE_DIRECTION: Final = re.compile(
    r"\b(?:from|depuis|provenance)\s+(?:the\s+|la\s+|le\s+|l')?"
    # (0.21.0) also a sector or district ("tirés depuis le secteur d'X")
    r"(?:direction|area|territory|side|territoire|cote|zone|secteur|sector|district|quartier)\s+"
    r"(?:of\s+(?:the\s+)?(?:occupied\s+)?|de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
    r"(?:[a-z]+\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+(?:the\s+)?))?$"
    # (0.21.0) the area an origin is named by, and the province it lies in ("fired from the X
    # area of Taiz province")
    r"|\bfrom\s+the\s+(?:[a-z'-]+\s+){1,3}(?:area|district|sector)\s+of\s+(?:the\s+)?$"
    # (0.21.0) and the province in apposition to an origin ("tirés depuis le secteur d'X, dans
    # la province de Taëz", "fired from X, in Taiz province")
    r"|\b(?:from|depuis)\s[^,.;]{1,40}, (?:dans|in) (?:la |le |l'|the )?"
    r"(?:(?:province|region|district|governorate|gouvernorat|state|etat) (?:de |d'|du |of )?)?"
    r"(?:the )?$"
    # (0.30.0) the town or the side of a town a launch came from ("launched from the village of
    # X", "fired from an area north of X", "tirée depuis les environs de X", "depuis une zone
    # située au nord du village de X")
    r"|\b" + _LAUNCH_VERB + r"\b"
    r"[^.;:]{0,40}?\b(?:from|depuis)\s+(?:(?:the|an|a|la|le|les|une|un)\s+|l')?"
    r"(?:(?:area|areas|zone|zones|outskirts|vicinity|environs|alentours|abords|peripherie|"
    r"village|town|city|ville|localite|commune|hills|collines|heights|hauteurs)\s+"
    r"(?:(?:situee|situees|situe|situes|located|lying)\s+)?)?"
    r"(?:(?:au\s+|a\s+l')?(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)\s+)?"
    r"(?:of\s+|de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(?:the\s+)?"
    r"(?:(?:village|town|city|ville|localite|commune)\s+(?:of\s+(?:the\s+)?|de\s+|d'))?$"
    # (0.31.0) the sea or the sky a ship or an aircraft fired from ("Kalibr missiles fired from
    # a Russian submarine in the Black Sea", "tirés depuis un sous-marin russe en mer Noire",
    # "launched from warships in the Caspian Sea")
    r"|\b" + _LAUNCH_VERB + r"\b"
    r"[^.;:]{0,40}?\b(?:from|depuis)\s+(?:(?:a|an|the|un|une|le|la|les|des)\s+)?"
    r"(?:[a-z'-]+\s+){0,2}?(?:submarines?|warships?|ships?|vessels?|frigates?|destroyers?|"
    r"corvettes?|aircraft|planes?|jets?|bombers?|sous[- ]marins?|navires?|fregates?|avions?|"
    r"bombardiers?|batiments?)(?:\s+[a-z'-]+){0,2}?\s+(?:in|en|dans|over|from|au[- ]dessus)"
    r"\s+(?:(?:the|la|le|l'|de\s+la|du)\s*)?(?:mer\s+)?$"
)
_ORIGIN_BIT: Final = word_set(tuple(sorted(_ORIGIN)))
_ORIGIN_REACH: Final = 140  # characters before a place searched for the origin it names


# (0.30.0) The area named right after an origin holds the origin ("launched from X in southern
# Lebanon", "tirée depuis X, dans le sud du Liban"): it is where the launch came from too.
_AREA_OF_THE_NAME_BEFORE: Final = re.compile(
    r",?\s(?:in|dans)\s(?:the\s|le\s|la\s|l')?(?:(?:north|south|east|west|centre|center|"
    r"nord|sud|est|ouest)\s(?:of\s(?:the\s)?|du\s|de\sla\s|de\sl'|de\s|d'))?$"
)
_ORIGIN_NAME_WORDS: Final = 4  # the most words of an origin's name before the area that holds it


def told_as_origin(folded: str, start: int, floor: int = 0) -> bool:
    """Whether the place at ``start`` is told as the area or the side of a town something was
    launched from ("fired from an area north of X", "tirée depuis les environs de X"), looking
    back to ``floor`` at most."""
    return _FROM_THE_DIRECTION.search(folded, max(floor, start - _ORIGIN_REACH), start) is not None


def area_of_an_origin(text: str, folded: str, start: int, floor: int = 0) -> bool:
    """Whether the place at ``start`` is the area that holds the origin named right before it
    ("from Aitaroun in southern Lebanon", "depuis les environs d'Aitaroun, dans le sud du
    Liban"): a name in capitals, after "from"/"depuis" or an origin's side or area."""
    area = _AREA_OF_THE_NAME_BEFORE.search(folded, max(floor, start - 30), start)
    if area is None:
        return False
    name_start = area.start()
    for _ in range(_ORIGIN_NAME_WORDS):
        space = text.rfind(" ", floor, name_start - 1)
        word = text[space + 1 : name_start].strip()
        elided = word[:2].lower() in {"d'", "l'", "d’", "l’"}
        if not (word[2:] if elided else word)[:1].isupper():
            break
        name_start = space + 1 + (2 if elided else 0)
        if elided or space < floor:
            break
    else:
        return False
    if name_start == area.start():
        return False  # no name before the area
    before = _previous_words(folded, name_start, floor)
    return bool(before) and (
        before[-1] in _ORIGIN
        or (len(before) >= 2 and before[-2] in _ORIGIN and before[-1] in _ARTICLES)
        or told_as_origin(folded, name_start, floor)
    )


def _right_after_from(words: Sequence[str]) -> bool:
    """Whether the words before a name (nearest last) end with "from"/"depuis", past an
    article, and measure no distance from it ("10 km from X" is a landmark)."""
    return (
        bool(words)
        and not _measured_from(words)
        and (
            words[-1] in _ORIGIN
            or (len(words) >= 2 and words[-2] in _ORIGIN and words[-1] in _ARTICLES)
        )
    )


def _an_origin(text: str, folded: str, start: int, floor: int) -> bool:
    """Whether the name at ``start`` (in a sentence beginning at ``floor``) is where something
    came from: right after "from"/"depuis", after an origin's side or area, or the area that
    holds an origin."""
    return (
        _right_after_from(_previous_words(folded, start, floor))
        or told_as_origin(folded, start, floor)
        or area_of_an_origin(text, folded, start, floor)
    )


def _origins(
    spans: Sequence[tuple[int, int, PlaceKey]], text: str, folded: str, floor: int
) -> set[int]:
    """Where the places told as where a launch came from start, among a sentence's ``spans``
    (its text beginning at ``floor``), with the areas named right after an origin."""
    return {
        start
        for start, _, _ in spans
        if told_as_origin(folded, start, floor) or area_of_an_origin(text, folded, start, floor)
    }


# "an incursion it blamed on Ukraine", "attribuée au Mali", "imputé à l'Iran": the side blamed,
# not where it happened (the word before "on"/"to"/"à").
_BLAMED: Final[frozenset[str]] = frozenset(
    {"blamed", "blames", "blaming", "attributed", "attribue", "attribuee", "attribues",
     "attribuees", "impute", "imputee", "imputes", "imputees"}
)  # fmt: skip
_BLAMED_ON: Final[frozenset[str]] = frozenset({"on", "to", "a", "au", "aux"})
_ARTICLES: Final[frozenset[str]] = frozenset({"le", "la", "les", "l", "the", "de", "d"})
_JOINERS: Final = re.compile(
    r"^(?:,|, and|,? et|,? and|et|and|/|-)\s*(?:en|in|au|aux|a|dans|the)?$"
)
_PROVINCE_WORDS: Final = re.compile(
    r"(?:province|gouvernorat|governorate|region|wilaya|muhafazat|state|etat|oblast|"
    r"department|departement)(?: [a-z]+)?\s+"
    r"(?:de |d'|du |of )?$"
)
# The words that make a name its district ("Maru Local Government Area", "le cercle de Niono").
# ("X district" stays the town: reports of Pakistan or Afghanistan name a town so, and ACLED
# codes the town.)
_DISTRICT_AFTER: Final = re.compile(
    r"\s+(?:local government area|local government|lga|county|territory|cercle|municipality|"
    r"department|prefecture)\b"
)
_DISTRICT_BEFORE: Final = re.compile(
    r"\b(?:county|territoire|territory|cercle|departement|department|prefecture|lga)"
    r"(?: of| de| du| d')?\s*(?:the |la |le |l')?$"
)
_PROVINCE_AFTER: Final = re.compile(
    r"^\s*(?:province|governorate|gouvernorat|region|state|oblast|department)\b"
)
# "les régions de Tillabéri, Diffa et Agadez", "the provinces of X and Y": each name of the
# list after a plural division noun is that division.
_PROVINCES_LISTED: Final = quick_compile(
    r"\b(?:regions|provinces|states|etats|governorates|gouvernorats|wilayas|oblasts|"
    # (0.24.0: "les régions d'Odessa et de Kharkiv", the elided "d'" glued to the first name)
    r"departements|departments)(?:(?: of the| of| de| du| des)? | d')"
    r"(?:[a-z'-]+(?: [a-z'-]+)?(?:, | et | and |, et |, and | et de | et d'| and of ))*$"
)
# (0.24.0) "the Odesa and Kharkiv oblasts", "the Kherson and Zaporizhzhia regions": each name of
# a list before a plural division noun is that division.
_PROVINCES_AFTER_LIST: Final = re.compile(
    r"(?:(?:,| and| et|, and|, et) (?:de |d')?[a-z'-]+(?: [a-z'-]+)?)* "
    r"(?:regions|provinces|states|oblasts|governorates|departments)\b"
)
_WORD: Final = re.compile(r"[a-z0-9]+")
_FEATURE_RANK: Final[dict[str, int]] = {
    "military_base": 0, "airbase": 0, "airport": 0, "oil_field": 0, "gas_field": 0,
    "border_crossing": 0, "other": 0, "town": 1, "city": 1, "region": 2, "admin1": 3,
    "country": 4,
}  # fmt: skip


@dataclass(slots=True, init=False)
class PlaceHit:
    """A place the text names (or points back to with "la base") at an offset. Read-only by
    convention: not frozen, since a frozen dataclass is several times slower to build and the
    extractor builds many per article."""

    start: int
    end: int
    place: Place
    anaphor: bool
    near: bool
    landmark: bool  # only what a distance or direction is measured from

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        start: int,
        end: int,
        place: Place,
        anaphor: bool,
        near: bool,
        landmark: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.place = place
        self.anaphor = anaphor
        self.near = near
        self.landmark = landmark


def _previous_words(folded: str, start: int, floor: int = 0, count: int = 4) -> list[str]:
    """The ``count`` folded words before ``start`` in its sentence (nearest last): the last
    ``count`` that ``_WORD.findall(folded, max(floor, start - 10 * count), start)`` gives."""
    words = words_in(folded, max(floor, start - 10 * count), start)
    return words[len(words) - count :] if len(words) > count else words


def is_site(place: Place) -> bool:
    """Bases, fields, airports and crossings: specific enough to stand without context."""
    return place.feature_type in SITE_FEATURES


def is_area(place: Place) -> bool:
    """Countries, provinces and loose regions: need a specific statement to make an event."""
    return place.feature_type in AREA_FEATURES


@cache
def _name_key(name: str) -> str:
    return fold_key(name)


_REGION_REACH_KM: Final = 250.0  # how far from its point a loose region's places may lie


def _near_point(region: Place, place: Place) -> bool:
    """Whether ``place`` lies within ``_REGION_REACH_KM`` of the region's point (a place or a
    region without a point is given the benefit of the doubt)."""
    if (
        region.latitude is None
        or region.longitude is None
        or place.latitude is None
        or place.longitude is None
    ):
        return True
    far = distance_km((region.latitude, region.longitude), (place.latitude, place.longitude))
    return far <= _REGION_REACH_KM


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius) between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` is the same place as ``inner`` or an area (or town) around it."""
    if outer.location_id == inner.location_id:
        return True
    if outer.country_iso2 != inner.country_iso2:
        return False
    feature = outer.feature_type
    if feature == "country":
        return inner.feature_type != "country"
    if feature == "admin1":
        return inner.feature_type != "admin1" and inner.admin1 == outer.admin1
    if feature == "admin2":
        return (
            inner.feature_type not in {"country", "admin1", "admin2"}
            and inner.admin2 == outer.name
            and inner.admin1 == outer.admin1
        )
    if feature == "region":
        if inner.feature_type in {"country", "region"} and not outer.admin1:
            return False
        if outer.admin1:
            return inner.admin1 == outer.admin1 and inner.feature_type not in {"admin1", "country"}
        # A loose region across provinces ("eastern Syria", "Galmudug") holds the places of its
        # country near its point, not the whole country.
        return inner.feature_type not in {"country"} and _near_point(outer, inner)
    if feature in SETTLEMENT_FEATURES and inner.parent_id == outer.location_id:
        return True  # "le quartier d'X, à Gaza-ville": an unlisted place the text puts in a town
    if feature in SETTLEMENT_FEATURES and inner.feature_type in SITE_FEATURES:
        if _name_key(inner.name).startswith(_name_key(outer.name) + " "):
            return True
        admin1 = outer.admin1
        return admin1 is not None and outer.name == admin1 and inner.admin1 == admin1
    return False


_LARGE_HOMONYM: Final = 100_000  # inhabitants of a homonym that a village abroad does not outrank
_VILLAGE: Final = 5_000


_FRENCH_AT: Final = "a "  # "à Mexico", folded: the capital's French name follows
_COUNTRY_OVER_TOWN: Final = 100_000  # a town named like its country below this is not what is meant


def choose_entry(
    candidates: Sequence[Place],
    folded: str,
    start: int,
    end: int,
    hinted: set[str],
    named: AbstractSet[str] | None = None,
    provinces: AbstractSet[str] = frozenset(),
) -> Place:
    """Pick among homonyms: country hints, canonical names over variants, the provinces the
    article names, province words, then the finest place. ``named`` are the ids whose alias
    here is a canonical name, ``provinces`` the article's provinces (``province_key``)."""
    if len(candidates) == 1:
        return candidates[0]
    country = next((p for p in candidates if p.feature_type == "country"), None)
    if country is not None and all(
        p is country
        or (
            (p.country_iso2 == country.country_iso2 or p.feature_type in SETTLEMENT_FEATURES)
            and (p.population or 0) < _COUNTRY_OVER_TOWN
        )
        for p in candidates
    ):
        return country  # "in Mozambique": the country, not its town of that name (Ilha de
        # Moçambique); a capital of that name stays ("Djibouti", "Kuwait"); (0.29.0) nor a
        # small town of that name abroad ("Colombia": its town in Huila, another in Cuba)
    if (
        country is not None
        and named is not None
        and country.location_id in named
        and all(
            p is country
            or (
                p.country_iso2 == country.country_iso2
                and (p.location_id not in named or p.feature_type == "admin1")
            )
            for p in candidates
        )
        and folded[max(0, start - 2) : start] != _FRENCH_AT
    ):
        # (0.19.0) "in northern Mexico", "across Guatemala": the country's own name, which its
        # capital bears only as a variant (the French "Mexico" of Mexico City, after "à")
        return country
    if any(place.feature_type == "admin2" for place in candidates) and (
        _DISTRICT_AFTER.match(folded, end) is not None
        or _DISTRICT_BEFORE.search(folded, max(0, start - 30), start) is not None
    ):
        # "in Maru Local Government Area", "le cercle de Niono", "Lubero territory": the
        # district, not the town it is named after
        candidates = [place for place in candidates if place.feature_type == "admin2"]
        if len(candidates) == 1:
            return candidates[0]
    # The province words only tell homonyms apart when one of them is a province: otherwise
    # every candidate gets the same penalty and the regexes need not run.
    wants_admin1 = any(place.feature_type == "admin1" for place in candidates) and (
        _PROVINCE_WORDS.search(folded[max(0, start - 25) : start]) is not None
        or _PROVINCE_AFTER.match(folded[end : end + 20]) is not None
        or _PROVINCES_LISTED.search(folded, max(0, start - 70), start) is not None
        or _PROVINCES_AFTER_LIST.match(folded, end, end + 60) is not None
    )

    # Across countries a canonical name beats another place's variant ("Iraq" is also a
    # GeoNames variant of the Iranian town Arak); within one country the finest place wins.
    countries = {place.country_iso2 for place in candidates}
    # (homonyms abroad that the article's countries rule out leave a province and its capital
    # of one country: "Odessa" with Ukraine named is the city, as in Ukraine alone)
    one_country = (
        named is None
        or len(countries) == 1
        or len({place.country_iso2 for place in candidates if place.country_iso2 in hinted}) == 1
    )
    # Homonyms in several countries that no hint tells apart: a village abroad does not
    # outrank a place of a hundred thousand ("in Borno" is Nigeria's state, not a village in
    # Italy); places of one size are told apart as before (a province's population is no
    # measure against a town's).
    largest = max(place.population or 0 for place in candidates)
    by_population = (
        len(countries) > 1
        and largest >= _LARGE_HOMONYM
        and not (hinted and any(place.country_iso2 in hinted for place in candidates))
    )
    if named is not None and not one_country:
        named = _with_towns_of_named_provinces(candidates, named)
    best = candidates[0]
    best_rank: tuple[int, int, int, int, int, int] | None = None
    for place in candidates:  # the first of the lowest rank, as min() would pick
        feature = place.feature_type
        rank = (
            0 if (place.country_iso2 in hinted or not hinted) else 1,
            0 if one_country or (named is not None and place.location_id in named) else 1,
            # (0.30.0) "le district de Bijapur" in a report that names Chhattisgarh: its
            # district, not Karnataka's
            0 if not provinces or province_key(place) in provinces else 1,
            1 if by_population and 0 < (place.population or 0) < _VILLAGE else 0,
            0 if (feature == "admin1") == wants_admin1 else 1,
            _FEATURE_RANK.get(feature, 5),
        )
        if best_rank is None or rank < best_rank:
            best, best_rank = place, rank
    return best


def _with_towns_of_named_provinces(
    candidates: Sequence[Place], named: AbstractSet[str]
) -> AbstractSet[str]:
    """(0.33.0) ``named``, with the towns whose own province the name names canonically: a
    province and its seat share the name ("Odessa", the oblast's name and its city's English
    and French spelling), so the city is named as well as its province, not only by a variant
    next to a namesake town abroad that bears it as its name (Odessa, Texas)."""
    provinces = {
        province_key(place)
        for place in candidates
        if place.feature_type == "admin1" and place.location_id in named
    }
    if not provinces:
        return named
    return {
        *named,
        *(
            place.location_id
            for place in candidates
            if place.feature_type in SETTLEMENT_FEATURES and province_key(place) in provinces
        ),
    }


def province_key(place: Place) -> str:
    """The key of the province a place lies in (its country and its province's name)."""
    return f"{place.country_iso2}/{place.admin1}"


def _beside_another_country(
    place: Place, key: PlaceKey, spans: Sequence[tuple[int, int, PlaceKey]]
) -> bool:
    """Whether the sentence names other places (not by such a variant themselves), none of
    whose homonyms lies in the place's country."""
    countries = {
        other_place.country_iso2
        for _, _, other in spans
        if other is not key
        for other_place in other.places
        if other_place.location_id not in other.weak
    }
    return bool(countries) and place.country_iso2 not in countries


def _local_countries(
    spans: Sequence[tuple[int, int, PlaceKey]],
    sentence: tuple[str, int, int],
    countries: AbstractSet[str],
) -> set[str]:
    """The countries of a sentence's unambiguous places (``sentence``: the folded text, the
    sentence's start and its word mask; ``countries``: the article's located or hinted ones)."""
    folded, sentence_start, sentence_words = sentence
    return {
        iso2
        for other_start, other_end, other in spans
        if len(other.places) == 1
        and other.places[0].feature_type != "country"
        # (0.20.0) a name that is an ordinary word ("le marché de Noël": a US Noel) hints no
        # country to its neighbours
        and other.places[0].location_id not in other.common
        # (0.25.0) nor does a spelling of unknown language only ("des missiles Iskander": a
        # GeoNames variant of Iskandar, Uzbekistan, made Odessa the Texan one)
        and other.places[0].location_id not in other.weak
        and (iso2 := other.places[0].country_iso2) is not None
        # (a river is no place of its country: "near Bosso, on the Komadougou Yobe river"
        # names no town of Nigeria's Yobe state)
        and not river_name(folded, other_start, other_end, sentence_start, sentence_words)
        and not _foreign_province_namesake(
            other.places[0], folded, (other_start, other_end), countries
        )
    }


def select_places(
    matches: Sequence[Match],
    text: str,
    folded: str,
    sentence_start: int,
    hinted: set[str],
    located: AbstractSet[str] = frozenset(),
    sentence_words: int = ALL_WORDS,
    provinces: AbstractSet[str] = frozenset(),
) -> list[PlaceHit]:
    """The place hits of one sentence that can locate an event.

    ``matches`` are the sentence's place matches, in order (demonyms would be ignored);
    ``hinted`` are the article's country hints (to choose between homonyms), ``located`` the
    countries it places things in (a town of another country is a namesake);
    ``sentence_words`` the word mask of the sentence that holds them (``SentenceFacts.words``).
    """
    accepted: list[PlaceHit] = []
    landmarks: list[PlaceHit] = []  # towns a distance is measured from ("15 km south of X")
    if not matches:
        return accepted
    # One span per alias key (its entries are next to each other): the key's PlaceKey has the
    # places it can name.
    spans: list[tuple[int, int, PlaceKey]] = []
    for match in matches:
        entry = match.entry
        key = entry.key
        if entry.family != PLACE or key is None:
            continue
        if spans and spans[-1][0] == match.start and spans[-1][1] == match.end:
            continue
        spans.append((match.start, match.end, key))
    last_end = -1
    last_accepted = False
    origins = (
        _origins(spans, text, folded, sentence_start) if sentence_words & _ORIGIN_BIT else set()
    )
    local: set[str] | None = None  # countries of the sentence's unambiguous places, when needed
    for start, end, key in spans:
        # Text that does not begin with a capital never matches an alias that does.
        if not key.uncased and not initial_capital(text, start):
            continue
        if _direction_in_lower_case(text, folded, start, end):
            continue  # "la région de l'est du pays" is a direction, Burkina's "région de l'Est" not
        candidates = key.places
        if len(candidates) == 1:
            place = candidates[0]
            if (
                place.location_id in key.weak
                and place.country_iso2 not in (located or hinted)
                and _beside_another_country(place, key, spans)
            ):
                # (0.21.0) "in Dhaka's diplomatic zone of Gulshan": a town abroad named only
                # by a GeoNames variant of unknown language ("Gulshan" for Iran's Tabas) is
                # not meant beside a place of another country the sentence names
                last_end, last_accepted = end, False
                continue
        else:
            if local is None:
                local = _local_countries(
                    spans, (folded, sentence_start, sentence_words), located or hinted
                )
            place = choose_entry(
                candidates, folded, start, end, local or hinted, key.named, provinces
            )
        if _foreign_province_namesake(place, folded, (start, end), located or hinted):
            last_end, last_accepted = end, False
            continue  # "la province de Zabol": no Iranian town Zabol in a report on Afghanistan
        if (
            place.feature_type in {"town", "admin2"}
            and place.population < CITY_REACH
            and _apposed_area_abroad(matches, folded, end, place.country_iso2)
        ):
            last_end, last_accepted = end, False
            continue  # (0.20.0) "Solhan, un bourg de la province du Yagha": not Turkey's Solhan
        if _inside_a_hyphenated_name(text, start, end):
            last_end, last_accepted = -1, False  # (a part of a name: the next place is its own)
            continue  # "Dasht-e-Barchi": a part of a hyphenated name is no place
        feature = place.feature_type
        if end - start <= _ACRONYM_LENGTH and feature != "country" and text[start:end].isupper():
            last_end, last_accepted = end, False
            continue  # "GAO", "JOS": a short name in capitals is an acronym, not the town
        words = _previous_words(folded, start, sentence_start)
        if not _country_fits(place, candidates, key.weak, located) or (
            place.location_id in key.common and not _common_word_fits(place, words, hinted)
        ):
            last_end, last_accepted = end, False
            continue
        if (
            (located or hinted)
            and place.country_iso2 not in (located or hinted)
            and (
                _NEIGHBOURHOOD_BEFORE.search(folded, max(sentence_start, start - 20), start)
                or _NEIGHBOURHOOD_AFTER.match(folded, end)
            )
        ):
            last_end, last_accepted = end, False
            continue  # "le quartier de Sabra, à Gaza-ville": no namesake city abroad
        if (
            _NEIGHBOURHOOD_BEFORE.search(folded, max(sentence_start, start - 20), start)
            or _NEIGHBOURHOOD_AFTER.match(folded, end)
        ) and _a_part_of_a_city_named_next(spans, (start, end), place, folded):
            last_end, last_accepted = end, False
            continue  # (0.24.0) "le quartier de Kyivskyi, à Odessa": no town of another province
        if feature in SETTLEMENT_FEATURES and _in_a_city_abroad(spans, (start, end), place, folded):
            last_end, last_accepted = end, False
            continue  # (0.33.0) "la plage du Lido, à Mogadiscio": no Lido of Italy
        # "Syria and Iraq", "Deir ez-Zor, Syria": a place joined to the one before it.
        joined = last_end >= 0 and _JOINERS.match(folded[last_end:start].strip()) is not None
        if (folded[end : end + 2] == "'s" or text[end : end + 2] in {"'s", "’s"}) and not (
            feature in SETTLEMENT_FEATURES and _SITE_OF_A_TOWN.match(folded, end + 2) is not None
        ):
            last_end, last_accepted = end, False  # a possessive only hints at the country
            continue
        # (0.30.0) also "fired from north of X", and the area that holds an origin ("from X
        # in southern Lebanon")
        if _right_after_from(words) or start in origins:
            last_end, last_accepted = end, False
            continue  # an origin only hints at the country
        if river_name(folded, start, end, sentence_start, sentence_words):
            last_end, last_accepted = end, False  # "la rive gauche du Dniepr": a river
            continue
        if feature == "country" and _blamed_on(words):
            last_end, last_accepted = end, False  # "an incursion it blamed on Ukraine"
            continue
        if sentence_words & _AGENCY_BIT and _agency_seat(folded, start, end, sentence_start):
            last_end, last_accepted = end, False  # "la Défense civile de Gaza": a source
            continue
        if (
            (feature in SETTLEMENT_FEATURES or feature == "admin2")
            and " " not in folded[start:end].strip()
            and _after_name(text, start)
        ):
            # a name's last word: the next place is its own; (0.33.0) a district's name too
            # ("landed in Senjam Chirang, in Imphal West": a village, not Assam's Chirang)
            last_end, last_accepted = -1, False
            continue
        if _ARABIC_HEAD_BEFORE.search(text, max(0, start - 10), start) is not None:
            last_end, last_accepted = -1, False
            continue  # "Wadi Horan", "Jebel Marra": a longer name than the one matched
        if place.country_iso2 not in _ARTICLE_NAME_COUNTRIES and (
            _ARABIC_ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
            or _ARABIC_ARTICLE_AT.match(text, start) is not None
        ):
            # (0.27.0) "le quartier d'Al-Amal": the tail of an Arabic name after its article,
            # not Sweden's Åmål
            last_end, last_accepted = -1, False
            continue
        if _STREET_OF.search(folded, max(0, start - 14), start) is not None:
            last_end, last_accepted = -1, False
            continue  # "boulevard de Jérusalem à Jaffa", "rue de Paris": a street's name
        # (the cheap test: a title the sentence lacks is not in the 12 characters before)
        titled = start - 12 < sentence_start or bool(sentence_words & _TITLE_WORDS)
        if titled and _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None:
            last_end, last_accepted = -1, False
            continue  # "the General Santander police academy": a person's name
        if (
            sentence_words & _DEDICATION_BIT
            and _DEDICATION_BEFORE.search(text, max(0, start - 16), start) is not None
        ):
            last_end, last_accepted = -1, False
            continue  # "the Cathedral of Our Lady of Mount Carmel in Jolo": a church's name
        if feature == "country" and _longer_name_head(text, start) is not None:
            last_end, last_accepted = end, False
            continue  # "Puerto Jordan", "Nueva Colombia": a town named after a country
        if feature == "country" and _ABBREVIATION.match(text[start:end]):
            # "U.S.", "UK": in attack reports a modifier ("U.S. forces"), not where it happened.
            last_end, last_accepted = end, False
            continue
        site = feature in SITE_FEATURES
        if (
            joined
            and not last_accepted
            and not site
            and not _fresh_locative(folded, last_end, start)
        ):
            # "groups operating in Syria and Iraq": the second place shares the first's fate
            # (not after a comma and a locative of its own: "la base Suárez, à Cali").
            last_end = end
            continue
        if CAPITAL_AFTER.match(folded, end) is not None:
            last_end, last_accepted = end, False
            continue  # "the Somali capital": a nationality, not the place
        if (
            feature in SETTLEMENT_FEATURES
            and _SPEAKING_AFTER.match(folded, end) is not None
            and not (words and words[-1] in _LOCATIVE_BEFORE_NAME)
        ):
            last_end, last_accepted = end, False
            continue  # "a term Kinshasa uses", "New Delhi considère": a government speaking
        if feature in _SPEAKING_SITES and (
            _SPEAKING_AFTER.match(folded, end) is not None or _cited_site(words)
        ):
            last_end, last_accepted = end, False
            continue  # "Nasser hospital says", "selon l'hôpital Nasser": a source, not the place
        if sentence_words & _CONTROLLED_BY_BIT and _controlled_by(folded, start, sentence_start):
            last_end, last_accepted = end, False
            continue  # "une ville contrôlée par Kiev", "backed by Tehran": a side, not a place
        if (
            feature in _GOVERNMENT_SEATS
            and sentence_words & _ADDRESSED_BIT
            and _ADDRESSED_BEFORE.search(folded, max(sentence_start, start - 20), start)
        ):
            last_end, last_accepted = end, False
            continue  # "called on Baghdad to act", "a appelé Bamako à": a government addressed
        if (
            feature in _GOVERNMENT_SEATS
            and sentence_words & _POLICY_BIT
            and (
                _POLICY_OF_BEFORE.search(folded, max(sentence_start, start - 35), start)
                or _POLICY_AFTER.match(folded, end)
            )
        ):
            last_end, last_accepted = end, False
            continue  # "l'architecte de la stratégie régionale de Téhéran": the government
        if feature == "country" and _LAUNCHED_AFTER.match(folded, end) is not None:
            last_end, last_accepted = end, False
            continue  # "Iran launched hundreds of drones at Israel": the side that launched
        institution = _INSTITUTION_AFTER.match(text, end) is not None
        institution_hit = (
            institution
            and feature in SETTLEMENT_FEATURES
            and not _ATTACKED_AT.isdisjoint(words[-3:])
        )
        if (institution and not institution_hit) or in_a_groups_name(
            text, start, sentence_start, sentence_words
        ):
            # (but the town of an institution an attack hit: "the assault on Garissa University
            # College", "a bombing at the Mogadishu Hotel")
            last_end, last_accepted = -1, False
            continue  # "a branch of Kabul Bank in Kunduz", "the Baghdad Hotel": a name's part
        if _owner_elsewhere(spans, folded, (start, end), place):
            last_end, last_accepted = end, False
            continue  # "Khyber district's Bara": not a Bara of another country
        if feature in SETTLEMENT_FEATURES and _dateline_town(text, start, end):
            last_end, last_accepted = end, False
            continue  # "MEXICO CITY (AP) —": where the dispatch was written
        if not institution_hit and _name_goes_on(text, start, end):
            # "à Majdal Zoun": a longer name than the one matched; a place after it is joined
            # to no place ("la base Marco Fidel Suárez, à Cali" is at Cali)
            last_end, last_accepted = -1, False
            continue
        if place.country_iso2 == SEA_COUNTRY and (
            _SEA_MODIFIER.match(folded, end) is not None
            or (last_accepted and _ON_THE_SEA.fullmatch(folded, last_end, start) is not None)
        ):
            last_end, last_accepted = end, False
            continue  # "the Red Sea port city of Hodeida", "Hodeida, sur la mer Rouge"
        if not site and not (
            not (_COUNTRY_LOCATIVE if feature == "country" else _LOCATIVE).isdisjoint(words[-3:])
            or (joined and last_accepted)
            or _self_locative(folded[start:end])
            or feature == "region"
            or _capital_named(folded, start, sentence_start, words)
            or _after_a_possessive_place(folded, start, sentence_start)
            or (feature != "country" and _ATTACKED_AFTER.match(folded, end) is not None)
            or (feature != "country" and _named_after_its_place(words, folded, end))
            or _measured_from(words)  # "à une quinzaine de kilomètres de X": a landmark
            or institution_hit
        ):
            last_end, last_accepted = end, False  # no locative context
            continue
        if _reference_point(words, place, folded, start, (sentence_start, sentence_words)):
            landmarks.append(PlaceHit(start, end, place, False, True, True))
            last_end, last_accepted = end, False
            continue
        if not site and _people_located(words, folded, start, sentence_start):
            last_end, last_accepted = end, False
            continue
        near = _near_before(words, folded, start, sentence_start)
        accepted.append(PlaceHit(start, end, place, False, near, False))
        last_end, last_accepted = end, True
    if len(landmarks) == 1 and all(
        (hit.place.feature_type in _DIVISIONS and contains(hit.place, landmarks[0].place))
        or only_the_way(folded, accepted, number, sentence_start, sentence_words)
        for number, hit in enumerate(accepted)
    ):
        # "about 15 km south of Macomia", named alone: the attack was near that town (ACLED's
        # precision 2), not nowhere; beside another place it only situates that one, unless
        # the others are only the areas that hold it ("west of Rutba in Anbar province").
        return landmarks
    if len(accepted) > 1:
        return _neighbourhoods_over_their_city(accepted, folded, sentence_start)
    return accepted


# "a convoy heading to X", "un bus à destination de X", "en route to X": where travellers were
# going; not where it happened when the sentence names where (else it may be on the way).
_HEADING_TO: Final = re.compile(
    r"\b(?:heading|headed|bound|en route|on (?:its|their|his|her|the) way|travelling|traveling|"
    r"a destination|en partance|en direction|en route|faisait route|se rendait|se rendaient|"
    r"driving|drove|travelled|traveled|journeying)\s+"
    # (0.20.0) the journey's start between ("a train travelling from X to Y", "driving from
    # the settlement of X toward Y")
    r"(?:(?:with [a-z' ]{1,25} )?from (?:the |[a-z]+ of )?[a-z][\w' -]{0,30}? )?"
    r"(?:to|towards|toward|for|vers|de|d'|du|pour|a|au)\s*(?:the |la |le |l'|les )?$"
    # (0.20.0) where travellers came from ("a bus travelling from X", "un train en provenance
    # de X"), or both ends after "between" ("un train qui circulait entre X et Y")
    r"|\b(?:travelling|traveling|driving|journeying|coming|returning|en provenance|venant|"
    r"revenant|circulait|circulaient|circulant|roulait|roulaient)\s+(?:with [a-z' ]{1,25} )?"
    r"(?:from|de|d'|du|des|entre|between)\s*(?:the |la |le |l'|les )?(?:[a-z]+ of (?:the )?)?"
    r"(?:[a-z][\w' -]{0,30}? (?:and|et) )?$"
)
HEADING_WORDS: Final = ("head", "bound", "route", "way", "travel", "destination", "partance",
                        "direction", "rendai", "driv", "drove", "journey", "coming", "returning",
                        "provenance", "venant", "circul", "roul")  # fmt: skip
_HEADING_BIT: Final = word_set(HEADING_WORDS)


def _road_end(
    folded: str, accepted: Sequence[PlaceHit], number: int, sentence_start: int, words: int
) -> bool:
    """Whether the accepted place ``number`` is an end of a road the sentence names: it only
    says which road the attack was on, as a landmark ("à 15 km de Makalondi") says where
    (``words``: the sentence's word mask)."""
    hit = accepted[number]
    road_led = bool(words & _ROAD_LED_BIT)  # (no road word in the sentence: none before a name)
    if road_led and _road_led(folded, hit.start, sentence_start):
        return True
    if _ROAD_AFTER.match(folded, hit.end) is not None:
        return True  # "on the Makalondi road", "the Gao-Ansongo road"
    if _ROAD_FIRST_END.match(folded, hit.end) is not None:
        return True  # "the Juba-Nimule highway" (folded "juba nimule highway"): its first end
    if number == 0:
        return False
    before = accepted[number - 1]
    return (
        road_led
        and _ROAD_ENDS_JOINT.fullmatch(folded, before.end, hit.start) is not None
        and _road_led(folded, before.start, sentence_start)
    )


def _road_led(folded: str, start: int, sentence_start: int) -> bool:
    """Whether a road word or "linking" leads to the name at ``start`` (``_ROAD_LED``, tried
    only when one of its words is in the 40 characters before)."""
    low = max(sentence_start, start - 40)
    if not contains_any(folded[low:start], _ROAD_LED_WORDS):
        return False
    led = _ROAD_LED.search(folded, low, start)
    # (0.21.0) "shot dead on a road near X", "sur une route près d'X": the name situates the
    # road, it does not name it
    return led is not None and _ROAD_SITUATED.search(folded, led.start(), start) is None


def only_the_way(
    folded: str,
    accepted: Sequence[PlaceHit],
    number: int,
    sentence_start: int,
    words: int = ALL_WORDS,
) -> bool:
    """Whether the accepted place ``number`` only tells the way travellers went: an end of the
    road they were on, or where they were heading (``words``: the word mask of the sentence
    that holds the places)."""
    return _road_end(folded, accepted, number, sentence_start, words) or (
        bool(words & _HEADING_BIT) and heading_to(folded, accepted[number], sentence_start)
    )


def told_right_before(
    folded: str,
    hit: PlaceHit,
    start: int,
    words: Sequence[str],
    pattern: re.Pattern[str],
    reach: int = 40,
) -> bool:
    """Whether ``pattern`` ends right before the place, within ``reach`` characters of its
    sentence (one of ``words``, which every match holds, must be there first: the cheap test)."""
    low = max(start, hit.start - reach)
    if not contains_any(folded[low : hit.start], words):
        return False
    return pattern.search(folded, low, hit.start) is not None


def heading_to(folded: str, hit: PlaceHit, sentence_start: int) -> bool:
    """Whether travellers were heading to the place or came from it: an end of their journey
    ("a convoy heading to X", "un bus à destination de X", "a train travelling from X to Y",
    "un train en provenance de X"; "un convoi qui faisait route vers Bamako ... à 20 km à
    l'ouest de Diéma" happened near Diéma, not at Bamako)."""
    return told_right_before(folded, hit, sentence_start, HEADING_WORDS, _HEADING_TO, 80)


# A rank or title before a name makes it a person's ("General Santander", "le général
# Leclerc", "President Kennedy"), whatever place shares it.
_TITLE_BEFORE: Final = re.compile(
    r"\b(?:General|Gen\.|Colonel|Col\.|Captain|Capt\.|Major|Marshal|President|Général|"
    r"Président|Commandant|Capitaine|Maréchal|général|président|colonel|capitaine)\s+$"
)
# The folded titles: one is in the sentence's word mask when a _TITLE_BEFORE match is in it.
_TITLE_WORDS: Final = word_set(("general", "gen.", "colonel", "col.", "captain", "capt.", "major",
                                "marshal", "president", "commandant", "capitaine",
                                "marechal"))  # fmt: skip


# (0.19.0) A church's dedication right before a name ("the Cathedral of Our Lady of Mount
# Carmel in Jolo", "la cathédrale Notre-Dame du Mont-Carmel de Jolo", "l'église Saint-Joseph"):
# the name is the church's, not a town's (the capitals of the English say it is a name; the
# French building noun is right before it, with no "de").
_DEDICATION_BEFORE: Final = quick_compile(
    r"(?:\b(?:Our Lady of|Cathedral of|Church of|Basilica of|Chapel of|Shrine of)|"
    r"\b(?:cath[ée]drale|[ée]glise|basilique|chapelle))\s+$"
)
_DEDICATION_BIT: Final = word_set(("lady", "cathedral", "church", "basilica", "chapel",
                                   "shrine", "eglise", "basilique", "chapelle"))  # fmt: skip


# The Arabic words that head a place's own name ("Wadi Horan", "Jebel Marra", "Ras Isa", "Tell
# Abyad", "Kafr Kila"): a place matched right after one is the tail of a longer name.
_ARABIC_HEAD_BEFORE: Final = quick_compile(
    r"\b(?:Wadi|Wad|Oued|Jebel|Jabal|Djebel|Tell|Tall|Ras|Bir|Kafr|Beit|Bayt|Khirbet|Jisr|"
    # (0.19.0) a gate, a market, a quarter named after what follows ("the Bab al-Sharqi area",
    # "Souk al-Ghazl", "Hay al-Amel")
    r"Umm|Bab|Souk|Suq|Hay|Hayy)[ -](?:(?:al|el|ad|ed|ar|as|ash|at|az|an)-)?$"
)


# (0.27.0) An Arabic article joined to the name after it ("Al-Amal", "el-Fasher"), and the
# countries where a place's name may carry one (the Arab states, their neighbours, the Sahel,
# the Horn of Africa, Iran, Turkey, Afghanistan, Pakistan): elsewhere the name matched after
# it is a namesake abroad.
_JOINED_ARTICLE: Final = r"(?:[Aa]l|[Ee]l|[Aa]d|[Ee]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z|[Aa]n)-"
_ARABIC_ARTICLE_BEFORE: Final = re.compile(rf"\b{_JOINED_ARTICLE}$")
_ARABIC_ARTICLE_AT: Final = re.compile(_JOINED_ARTICLE)
_ARTICLE_NAME_COUNTRIES: Final[frozenset[str]] = frozenset(
    {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
     "SD", "SY", "TN", "YE", "EH", "IL", "IR", "TR", "AF", "PK", "SO", "DJ", "ER", "ET", "KE",
     "SS", "TD", "NE", "ML", "NG", "CM", "XZ"}
)  # fmt: skip


# A street named after a town ("boulevard de Jérusalem à Jaffa", "l'avenue de Paris", "rue
# d'Alger"): the town is a part of the street's name, not a place of the sentence. (0.30.0)
# An indefinite street is one of the town's ("dans une rue d'Irapuato", "un boulevard de X").
_STREET_OF: Final = re.compile(
    r"(?<!\bune )(?<!\bun )\b(?:boulevard|rue|avenue|quai|allee|impasse|chaussee) "
    r"(?:de la |de l'|de |du |des |d')$"
)


# A government addressed by its capital or country ("called on Baghdad to act", "urged Kyiv to",
# "a appelé Bamako à", "exhorte Kinshasa à"): a side spoken to, not where anything happened.
_ADDRESSED_BEFORE: Final = re.compile(
    r"\b(?:called on|calls on|calling on|urged|urges|urging|pressed|presses|pressing|asked|"
    r"asks|appele|appelle|appellent|appelant|exhorte|exhortent|exhortant|presse|pressent|"
    r"demande a|demandent a|invite|invitent|"
    # pressure or sanctions on a government ("respond with pressure on Moscow", "faire pression
    # sur Moscou", "new sanctions on Tehran", "des sanctions contre Moscou")
    r"pressure on|pression sur|pressions sur|sanctions on|sanctions against|sanctions contre|"
    # (0.18.0) a government accused, blamed or warned ("accused Tehran of", "a accusé Téhéran
    # d'avoir lancé", "blamed Moscow for", "warned Kyiv", "a mis en garde Moscou")
    r"accused|accuses|accusing|accuse|accusent|accusant|accusait|blamed|blames|blaming|"
    r"warned|warns|warning|mis en garde|met en garde|mettant en garde) $"
)
_ADDRESSED_BIT: Final = word_set(("called on", "calls on", "calling on", "urg", "press", "ask",
                                  "appel", "exhort", "demande", "invit", "sanction", "accus",
                                  "blam", "warn", "en garde"))  # fmt: skip
_GOVERNMENT_SEATS: Final = frozenset({"city", "country"})
# (0.18.0) A country as the subject of a launching verb ("Iran launched hundreds of drones at
# Israel", "l'Iran a lancé des missiles contre Israël", "Russia fired 40 missiles"): the side
# that launched, not where they fell.
_LAUNCHED_AFTER: Final = re.compile(
    r"(?: (?:has|had|have|also|again|then|a|avait|ont|aussi|alors))*"
    r" (?:launched|fired|launches|fires|a lance|avait lance|lance|a tire|avait tire|tire)\b"
)
# A government's policy or its allies, named by its seat ("la stratégie régionale de Téhéran",
# "Tehran's regional strategy", "les alliés de Moscou", "Moscow's allies", "the policy of
# Washington"): no place.
_POLICY_NOUNS: Final = (
    r"(?:strategie|politique|diplomatie|allies?|proxys?|strategy|policy|policies|diplomacy|"
    r"ally|allies|proxy|proxies)"
)
_POLICY_OF_BEFORE: Final = re.compile(
    r"\b" + _POLICY_NOUNS + r"(?: [a-z]+)? (?:de|d'|du|of) (?:the )?$"
)
_POLICY_AFTER: Final = re.compile(r"'s (?:[a-z]+ )?" + _POLICY_NOUNS + r"\b")
_POLICY_BIT: Final = word_set(("strategie", "politique", "diplomatie", "allie", "proxy", "proxys",
                               "strategy", "policy", "policies", "diplomacy", "ally", "allies",
                               "proxies"))  # fmt: skip


# An attack named after its place in English: the name stands before the attack noun, after
# "the" and maybe a year ("since the 2019 Pulwama attack", "the Beslan school siege", "the
# Garissa university massacre"); French names it after the noun ("l'attentat de Pulwama"),
# where "de" is a locative already. A country is left out ("the Iran attack" may be Iran's).
_NAMED_ATTACK_AFTER: Final = re.compile(
    r"\s+(?:(?:school|university|college|mall|hotel|church|mosque|market|stadium|concert|"
    r"theatre|theater|hostage|airport|bus|train|metro|subway|hospital|embassy|bridge|"
    r"nightclub|suicide|car|truck|bomb|prison|jail|barracks|base|camp|police station)\s+)?"
    r"(?:attacks?|bombings?|blasts?|massacres?|siege|ambush|shootings?|raids?|hostage taking|"
    r"hostage crisis|assault|killings|explosions?|carnage|strikes?)\b"
)
# A year before the name ("the 2019 Pulwama attack"): four digits.
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")


def _named_after_its_place(words: Sequence[str], folded: str, end: int) -> bool:
    """Whether the name right before an attack noun, after "the" (and maybe a year), names
    the attack after its place (see ``_NAMED_ATTACK_AFTER``)."""
    if not words:
        return False
    before = words[-2] if len(words) >= 2 and _YEAR.fullmatch(words[-1]) else words[-1]
    return before == "the" and _NAMED_ATTACK_AFTER.match(folded, end) is not None


# A place that is the subject of a passive attack verb ("Tera was also targeted in December",
# "X came under fire", "Khiam avait déjà été visée le 2 juin") is where it happened, even at
# the start of a sentence, where its capital proves nothing.
_ATTACKED_AFTER: Final = re.compile(
    # (an apposition may stand between: "Port Sudan, the seat of the government, had itself
    # been targeted", "Port-Soudan, siège provisoire du gouvernement, avait elle-même été visée")
    r"(?:,[^,.;:]{1,60},)?(?:"
    r"\s+(?:was|were|has been|have been|had been|had itself been|was itself|"
    # (0.33.0) an adverb inside the tense ("Sumy had already been struck on November 17")
    r"(?:has|have|had) (?:already|also|again|repeatedly|previously) been)\s+(?:also\s+|"
    r"again\s+|already\s+|"
    # (0.33.0) or an adverb in "-ly", of manner or repetition ("Kharkiv was heavily shelled
    # again on Saturday", "was repeatedly targeted")
    r"[a-z]+ly\s+)?(?:targeted|attacked|hit|struck|shelled|bombed|stormed|raided|overrun)\b"
    r"|\s+came under (?:attack|fire|heavy fire|shelling|drone attack|rocket fire)\b"
    r"|\s+(?:a|avait|avaient|ont)\s+(?:elle meme\s+|lui meme\s+|deja\s+|aussi\s+|"
    r"egalement\s+|de nouveau\s+)?ete\s+"
    # (0.33.0) an adverb of manner or of repetition before the participle ("Kharkiv a de
    # nouveau été durement frappée samedi", "a été violemment bombardée", "a été à nouveau visée")
    r"(?:[a-z]+ment\s+|de nouveau\s+|a nouveau\s+|encore\s+)?"
    r"(?:visee?s?|attaquee?s?|frappee?s?|ciblee?s?|bombardee?s?|pilonnee?s?|touchee?s?|"
    r"prise?s? pour cible)\b"
    # "Kremenchuk was the scene of one of the deadliest strikes", "X a été le théâtre d'une
    # attaque": the place an attack happened in
    r"|\s+(?:was|has been|had been|became) (?:the )?scene of\b"
    r"|\s+(?:a|avait) ete le theatre d)"
)


# A distance at sea ("40 nautical miles west of the port of X", "au large de"): the attack was
# at sea, not near the town.
_AT_SEA: Final = re.compile(r"\b(?:nautical miles?|milles? nautiques?|off the coast|au large)\b")


def _after_a_possessive_place(folded: str, start: int, sentence_start: int) -> bool:
    """ "in Borno State's Gwoza", "in Sagaing Region's Kanbalu Township": the locative before
    the possessive place (up to three words of it) places the name after it."""
    if not folded.startswith("'s ", start - 3):
        return False
    words = _previous_words(folded, start - 3, sentence_start, 4)
    return not _LOCATIVE.isdisjoint(words[-4:-1])


CAPITAL_AFTER: Final = re.compile(r" (?:capital|capitale)\b")
# A town that speaks, judges or uses words ("Kinshasa says", "a term Kinshasa uses for the
# rebels", "Ankara considers", "New Delhi accuse") is the government seated there (metonymy).
_SPEAKING_AFTER: Final = re.compile(
    r"(?: has| have| had| a| avait)? (?:says|said|say|uses|used|considers|considered|accuses|"
    r"accused|blames|blamed|denies|denied|insists|insisted|wants|calls|called|describes|"
    r"described|dismisses|dismissed|rejects|rejected|"
    r"dit|affirme|affirmait|considere|considerait|accuse|dement|dementi|estime|juge|"
    r"qualifie|utilise|reclame|nie|assure|denonce|denoncait|rejette|rejete)\b"
)
# A government named by its capital or country after "controlled by", "backed by", "contrôlée
# par", "soutenus par": the side that holds or backs, not where the attack was.
_CONTROLLED_BY: Final = re.compile(
    r"\b(?:controlled|held|run|backed|supported|armed|controlee?s?|tenue?s?|soutenue?s?|"
    r"appuyee?s?|armee?s?) (?:by|par) (?:the |le |la |l')?$"
)
_CONTROLLED_BY_WORDS: Final = (" by ", " par ")  # one is in every _CONTROLLED_BY match
_CONTROLLED_BY_BIT: Final = word_set(_CONTROLLED_BY_WORDS)


def _controlled_by(folded: str, start: int, sentence_start: int) -> bool:
    """Whether the name at ``start`` follows "controlled by", "backed by", "contrôlée par"
    (``_CONTROLLED_BY``, tried only when "by" or "par" is in the 30 characters before)."""
    low = max(sentence_start, start - 30)
    return (
        contains_any(folded[low:start], _CONTROLLED_BY_WORDS)
        and _CONTROLLED_BY.search(folded, low, start) is not None
    )


# An institution named after a town ("Kabul Bank", "the Mogadishu Hotel", "Bamako University",
# "la Banque de Kigali" is left alone): the town's name is part of the institution's.
# The attack words that may stand just before an institution named after its town.
_ATTACKED_AT: Final[frozenset[str]] = frozenset(
    {"attack", "attacks", "assault", "raid", "bombing", "siege", "massacre", "attacked",
     "stormed", "raided", "bombed", "targeted", "struck", "hit", "besieged"}
)  # fmt: skip
_INSTITUTION_AFTER: Final = re.compile(
    r" (?:Bank|Hotel|University|College|Club|Company|Airlines|Airways|Television|Radio|Times|"
    r"Post|Tribune|Chronicle|Daily|Group|Cement|Brewery|Stock Exchange)\b"
)
# A party, a movement or an armed group named after its land ("le Parti démocratique du
# Kurdistan d'Iran", "the Movement for the Liberation of X", "los Comandos de la Frontera"):
# the place is part of the group's name.
_PARTY_BEFORE: Final = re.compile(
    r"\b(?:Parti|Party|Mouvement|Movement|Front|Union|Alliance|Coalition|Congrès|Congress|"
    r"Rassemblement|Comandos|Frente|Bloque|Brigadas?|Brigades?|[Cc]artel|[Cc]artels)"
    r"(?: (?:[a-zà-öø-ÿ'’-]+|d'|l'))*? (?:du|de la|de l'|des|de|d'|of the|of|for the|for|"
    r"pour la|pour le|pour l'|pour|del|de los|de las)(?: la| le| l'| the)? ?$"
)

# One of these is in every _PARTY_BEFORE match (its head word).
_PARTY_WORDS: Final = ("Parti", "Party", "Mouvement", "Movement", "Front", "Union", "Alliance",
                "Coalition", "Congr", "Rassemblement", "Comandos", "Frente", "Bloque",
                "Brigad", "artel")  # fmt: skip
# The same words folded, for the sentence's word mask (a word of the text is its folded form at
# the same offsets in the folded text).
_PARTY_BIT: Final = word_set(tuple(word.lower() for word in _PARTY_WORDS))


def in_a_groups_name(
    text: str, start: int, floor: int = 0, sentence_words: int = ALL_WORDS
) -> bool:
    """Whether the place name at ``start`` ends a party's, a movement's or an armed group's
    name ("le Parti démocratique du Kurdistan d'Iran", "los Comandos de la Frontera").
    ``sentence_words``: the word mask of the sentence that starts at ``floor``."""
    if text[start - 1 : start] not in {" ", "'"}:
        return False
    low = max(0, start - 60)
    if low >= floor and not sentence_words & _PARTY_BIT:
        return False  # (the 60 characters before lie in a sentence that has no head word)
    return (
        contains_any(text[low:start], _PARTY_WORDS)
        and _PARTY_BEFORE.search(text, low, start) is not None
    )


# The head of a dispatch, at the start of its line: the town, then an agency in brackets, a
# date after a comma, or a dash ("MEXICO CITY (AP) —", "GOMA, Feb 27 (Reuters) -", "Bukavu,
# 27 février 2025 -", "BACOLOD CITY —"); a town written in capitals before a comma too
# ("BAGHDAD, Iraq (AP) —"). Where the dispatch was written, not where the attack was.
_DATELINE_HEAD: Final = re.compile(
    r"\s*(?:\([^)]{1,30}\)\s*[,\-\u2013\u2014]|[-\u2013\u2014]\s|,\s*(?:le\s+)?(?:\d{1,2}(?:er)?\s+"
    r"[A-Za-zéû]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b))"
)
# Capitalised words that may follow a place without making it part of a longer name: days,
# months, division and place words ("Kharkiv Oblast", "Gaza City"), compass words.
_NAME_GOES_ON_OK: Final[frozenset[str]] = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
     "Oct", "Nov", "Dec", "Province", "District", "City", "Region", "State", "Governorate",
     "Oblast", "County", "Airport", "Base", "Air", "Camp", "Valley", "River", "Town",
     "Municipality", "Prefecture", "Department", "Territory", "Division", "Township", "LGA",
     "Local", "Area", "North", "South", "East", "West", "Central", "Is", "In", "On", "At", "And",
     # A site or a feature named after the place ("Conoco Gas Field", "Mosul Dam").
     "Gas", "Oil", "Field", "Fields", "Airbase", "Airfield", "Dam", "Bridge", "Port", "Harbour",
     "Harbor", "Market", "Mosque", "Hospital", "School", "Prison", "Square", "Street", "Road",
     "Highway", "Crossing", "Checkpoint", "Refinery", "Plant", "Station", "Mountains",
     "Mountain", "Hills", "Lake", "Island", "Islands", "Bay", "Gulf", "Sea", "Strait", "Coast",
     "Desert", "Forest", "Palace", "Barracks", "Garrison", "Outpost", "Post", "Compound",
     "Embassy", "Consulate", "Stadium", "Terminal", "Junction", "Border", "Canton", "Commune",
     "Zone", "Sector", "Subdistrict", "Emirate", "Governorates", "Provinces", "Regions",
     # (0.20.0) a venue named after its town ("Manchester Arena", "Kabul University")
     "Arena", "Hall", "Mall", "Cathedral", "Church", "University", "Hotel", "Centre", "Center",
     "Theatre", "Theater", "Museum", "Synagogue", "Temple", "Shrine", "Park", "Beach",
     "The", "As", "For", "To", "Of", "From", "After", "By", "With", "Et", "Le", "La", "Les",
     "Du", "De", "Des", "Au", "Aux", "En", "Dans", "Sur", "Par"}
)  # fmt: skip
_NEXT_WORD: Final = re.compile(r" ([A-Z][\w'’-]*)")
# A town's police or army site named after it ("Peshawar Police Lines", "Quetta Cantonment").
_TOWNS_POLICE_SITE: Final = re.compile(
    r" (?:Police (?:Lines|Station|Headquarters|Training (?:Centre|Center|School|College)|"
    r"Academy)|Cantonment|Cantt|Central (?:Jail|Prison)|Press Club|Railway Station)\b"
)
# "del", "de los", "de las" between capitalised words join one Spanish name ("San Miguel del
# Ene", "Valle de los Caídos"): a place matched on either side is part of a longer name.
_SPANISH_JOINT_AFTER: Final = re.compile(r" (?:del|de los|de las) [A-ZÁÉÍÓÚÑ]")
_SPANISH_JOINT_BEFORE: Final = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]* (?:del|de los|de las) $")
# (0.20.0) A Spanish or Portuguese saint's name goes on with "de" and a capitalised word ("Santo
# Domingo de Acobamba", "San José de Apartadó", "São João de Meriti"): one name, not a city
# and the town after "de".
_SAINTS_NAME: Final = re.compile(r"(?:San|Santo|Santa|São|Sao|Santiago) ")
_DE_JOINT_AFTER: Final = re.compile(r" de [A-ZÁÉÍÓÚÑ]")


def _foreign_province_namesake(
    place: Place, folded: str, span: tuple[int, int], countries: AbstractSet[str]
) -> bool:
    """(0.19.0) Whether a name a province word types ("la province de Zabol", "Zabul province")
    resolves only to a settlement or a site of a country the article does not place things in:
    the text names a province the gazetteer lacks under that spelling, not that namesake."""
    if not countries or place.country_iso2 in countries or place.feature_type in _OWNER_FEATURES:
        return False
    start, end = span
    return (
        _PROVINCE_WORDS.search(folded[max(0, start - 25) : start]) is not None
        or _PROVINCE_AFTER.match(folded[end : end + 20]) is not None
    )


def _owner_elsewhere(
    spans: Sequence[tuple[int, int, PlaceKey]], folded: str, span: tuple[int, int], place: Place
) -> bool:
    """Whether a possessive area right before the place ("Khyber district's Bara", "Borno
    State's Gwoza") lies only in other countries than the place chosen: then the text names a
    place of the area's country that the gazetteer lacks. (0.24.0) So does a city's part named
    after the city ("Odesa's Kyivskyi district", "Kabul's Dasht-e-Barchi neighbourhood") that
    the gazetteer only has in another province: a part of that city it lacks."""
    start, end = span
    if not folded.startswith("'s ", start - 3):
        return False
    for _, other_end, key in spans:
        if other_end + 3 != start:
            continue
        countries = {p.country_iso2 for p in key.places if p.feature_type in _OWNER_FEATURES}
        if countries:
            return place.country_iso2 not in countries
        if _CITY_PART_AFTER.search(folded, start, end + _CITY_PART_REACH) is None:
            return False  # (the part word after the name, or in the alias matched)
        cities = [p for p in key.places if p.feature_type in SETTLEMENT_FEATURES]
        return bool(cities) and all(
            (c.country_iso2, c.admin1) != (place.country_iso2, place.admin1) for c in cities
        )
    return False


_OWNER_FEATURES: Final[frozenset[str]] = frozenset({"admin1", "admin2", "region", "country"})
_CITY_NEXT_REACH: Final = 30  # characters from a neighbourhood's name to its city's
# What joins a neighbourhood to its city named next: ", à ", " in ", " neighbourhood of ".
_CITY_JOINED: Final = re.compile(
    r",? (?:(?:neighbou?rhood|district|quarter) )?(?:a|au|in|of|en|dans) (?:(?:la ville|the city) "
    r"(?:de |d'|of ))?"
)


def _names_joined_next(
    spans: Sequence[tuple[int, int, PlaceKey]], end: int, folded: str
) -> Iterator[PlaceKey]:
    """The keys of the names right after ``end`` (within ``_CITY_NEXT_REACH`` characters),
    joined to it by a locative (``_CITY_JOINED``: ", à ", " in ", " neighbourhood of ")."""
    for other_start, _, key in spans:
        if 0 < other_start - end <= _CITY_NEXT_REACH and (
            _CITY_JOINED.fullmatch(folded, end, other_start) is not None
        ):
            yield key


def _a_part_of_a_city_named_next(
    spans: Sequence[tuple[int, int, PlaceKey]],
    span: tuple[int, int],
    place: Place,
    folded: str,
) -> bool:
    """Whether a city of the place's country named right after a neighbourhood, joined by a
    locative ("le quartier de Kyivskyi, à Odessa", "the Kyivskyi neighbourhood of Odesa"), lies
    only in other provinces than the town of that name the gazetteer has: the text names a part
    of that city ("un quartier de Ramadi, ville contrôlée par Bagdad" names no part)."""
    for key in _names_joined_next(spans, span[1], folded):
        cities = [
            p
            for p in key.places
            if p.feature_type in SETTLEMENT_FEATURES and p.country_iso2 == place.country_iso2
        ]
        if cities and all(c.admin1 != place.admin1 for c in cities):
            return True
    return False


def _in_a_city_abroad(
    spans: Sequence[tuple[int, int, PlaceKey]],
    span: tuple[int, int],
    place: Place,
    folded: str,
) -> bool:
    """(0.33.0) Whether a city named right after the place, joined by a locative ("la plage du
    Lido, à Mogadiscio", "at Lido beach in Mogadishu"), lies only in other countries than the
    place: the text names a part of that city, not a namesake town abroad."""
    key = next(_names_joined_next(spans, span[1], folded), None)
    if key is None or not any(p.feature_type in SETTLEMENT_FEATURES for p in key.places):
        return False
    return all(p.country_iso2 != place.country_iso2 for p in key.places)


# The word after a city's part ("Odesa's Kyivskyi district", "Kabul's X neighbourhood"), up to
# _CITY_PART_REACH characters past the name.
_CITY_PART_REACH: Final = 14
_CITY_PART_AFTER: Final = re.compile(
    r" (?:district|neighbourhood|neighborhood|area|quarter|suburb|borough)\b"
)


def _dateline_town(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` heads a dispatch's first line (see ``_DATELINE_HEAD``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    if _DATELINE_HEAD.match(text, end) is not None:
        return True
    return text[start:end].isupper() and text[end : end + 1] == ","


def _name_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the name matched at ``start:end`` goes on with a capitalised word ("Majdal Zoun",
    "Bhata Dhurian", "Kfar Kila" when only "Kfar" were known): the text names a longer place the
    gazetteer lacks, not the one matched. Not in a title-case line, where every word is
    capitalised."""
    if text[end : end + 1] != " ":
        return False  # (both regexes below open with a blank: the cheap test)
    if _SPANISH_JOINT_AFTER.match(text, end) is not None:
        return True  # "San Miguel del Ene", "Vizcatán del Ene": "del" joins one name
    if _SAINTS_NAME.match(text, start) is not None and _DE_JOINT_AFTER.match(text, end):
        return True  # (0.20.0) "Santo Domingo de Acobamba", "San José de Apartadó": one name
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(1) in _NAME_GOES_ON_OK:
        return False
    if _TOWNS_POLICE_SITE.match(text, end) is not None:
        return False  # "the Peshawar Police Lines", "Bannu Police Station": a site of the town
    word = following.group(1)
    if len(word) > 1 and word.isupper():
        return False  # an acronym: "in Kidal JNIM fighters", "Gaza UN school"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    words = text[line_start : line_end if line_end != -1 else len(text)].split()
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 3 >= len(words)  # a sentence, not a headline in title case


# A sea that describes a town: "the Red Sea port city of Hodeida", "the Black Sea coast",
# "Hodeida, sur la mer Rouge", "Odesa, on the Black Sea".
_SEA_MODIFIER: Final = re.compile(
    r" (?:port|ports|coast|coastal|city|town|resort|island|islands)\b"
)
_ON_THE_SEA: Final = re.compile(r",? (?:sur|on|along|au bord de|le long de)(?: la| the| le)? ")
_CAPITAL_WORDS: Final[frozenset[str]] = frozenset({"capital", "capitale"})


def _capital_named(folded: str, start: int, sentence_start: int, words: Sequence[str]) -> bool:
    """ "in the Somali capital Mogadishu", "dans la capitale somalienne, Mogadiscio": a name in
    apposition to "the capital" is where a locative before that phrase puts it."""
    if _CAPITAL_WORDS.isdisjoint(words[-3:]):
        return False
    return not _LOCATIVE.isdisjoint(_previous_words(folded, start, sentence_start, 7)[:-2])


_HYPHENS: Final = ("-", "\u2010", "\u2011")
_ACRONYM_LENGTH: Final = 3
_ARTICLE_HEADS: Final[frozenset[str]] = frozenset(
    {"al", "el", "ad", "ed", "ar", "as", "at", "az", "an", "ash", "ath", "ez", "es", "er", "adh"}
)


def _inside_a_hyphenated_name(text: str, start: int, end: int) -> bool:
    """Whether the match is the head or the tail of a longer hyphenated name ("Dasht" and
    "Barchi" in "Dasht-e-Barchi"); an Arabic article before it is part of the name ("al-Asad").
    A road named by its two ends ("l'axe Djibo-Namsiguia", "the Gao-Ansongo road") joins two
    names, not one."""
    if text[end : end + 1] in _HYPHENS and text[end + 1 : end + 2].isalpha():
        return not _road_ends(text, start, end)
    if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalpha():
        head = start - 1
        while head > 0 and text[head - 1].isalpha():
            head -= 1
        if text[head : start - 1].lower() in _ARTICLE_HEADS:
            return False
        return not _road_ends(text, head, end)
    return False


# A road named by its ends: the road word before ("l'axe", "la route", "le tronçon") or after
# ("the Gao-Ansongo road", "highway").
ROAD_WORDS: Final = r"(?:axe|route|road|troncon|tronçon|highway|corridor|piste|autoroute)"
_ROAD_BEFORE: Final = re.compile(rf"\b{ROAD_WORDS}\s+(?:de\s+|du\s+)?$", re.IGNORECASE)
_ROAD_AFTER: Final = re.compile(
    rf"[\w'’]*(?:[-\u2010\u2011][\w'’]+)*\s+{ROAD_WORDS}\b", re.IGNORECASE
)
# A road named by its ends ("sur l'axe Torodi-Makalondi", "un car reliant Diabaly à Niono",
# "the road linking X to Y"): what leads to its first end, and what joins the second.
_ROAD_LED: Final = re.compile(
    rf"\b(?:{ROAD_WORDS}s?|reliant|qui relie|reliait|linking|connecting)\b[^,.;]{{0,25}}$"
)
_ROAD_SITUATED: Final = re.compile(
    r"\b(?:near|close to|outside|around|in|at|pres|proximite|non loin|aux abords|dans|autour)\b"
)
_ROAD_LED_WORDS: Final = ("axe", "route", "road", "troncon", "tronçon", "highway", "corridor",
                          "piste", "relia", "relie", "linking", "connecting")  # fmt: skip
_ROAD_LED_BIT: Final = word_set(_ROAD_LED_WORDS)
_ROAD_ENDS_JOINT: Final = re.compile(r"\s*(?:-|–|et|and|a|to)\s*")
# The first end of a road named by its ends in the folded text, where the hyphen is a space.
_ROAD_FIRST_END: Final = re.compile(rf" [a-z'’]+ {ROAD_WORDS}\b")


def _road_ends(text: str, start: int, end: int) -> bool:
    """Whether the hyphenated name around ``[start, end)`` is a road named by its ends."""
    return (
        _ROAD_BEFORE.search(text, max(0, start - 16), start) is not None
        or _ROAD_AFTER.match(text, end) is not None
    )


_NEIGHBOURHOOD: Final[frozenset[str]] = frozenset(
    {"quartier", "neighbourhood", "neighborhood", "district", "suburb", "banlieue", "faubourg",
     "township", "area"}
)  # fmt: skip


def _next_word(folded: str, end: int) -> str:
    """The folded word right after ``end`` ("" when none)."""
    match = _WORD.match(folded, end + 1)
    return match.group(0) if match is not None else ""


def _neighbourhoods_over_their_city(
    hits: list[PlaceHit], folded: str, sentence_start: int
) -> list[PlaceHit]:
    """ "à Bagdad, dans le quartier chiite de Sadr City", "in Kabul's Dasht-e-Barchi
    neighbourhood": a settlement introduced as a neighbourhood is the finer place; the city of
    the same province beside it only situates it."""
    parts = [
        hit
        for number, hit in enumerate(hits)
        if hit.place.feature_type in SETTLEMENT_FEATURES
        and _neighbourhood_named(folded, hits, number, sentence_start)
    ]
    if not parts:
        return hits
    return [
        hit
        for hit in hits
        if hit in parts
        or hit.place.feature_type not in SETTLEMENT_FEATURES
        or not any(
            p.place.country_iso2 == hit.place.country_iso2 and p.place.admin1 == hit.place.admin1
            for p in parts
        )
    ]


def _neighbourhood_named(
    folded: str, hits: Sequence[PlaceHit], number: int, sentence_start: int
) -> bool:
    """Whether the hit is introduced as a neighbourhood ("le quartier chiite de Sadr City",
    "Kabul's Dasht-e-Barchi neighbourhood"). A district named after "of"/"de" a place told
    before it ("à Moreh dans le district de Tengnoupal", "the Kulachi tehsil of Dera Ismail
    Khan district") is the division that holds that place, not a neighbourhood of it."""
    hit = hits[number]
    if _part_and_whole(folded, hits, number, sentence_start):
        return False  # "the Kabul suburb of Paghman": without_cities_of_their_parts decides
    before = set(_previous_words(folded, hit.start, sentence_start)) & _NEIGHBOURHOOD
    if before - _DISTRICT_WORDS:
        return True
    if not before and _next_word(folded, hit.end) not in _NEIGHBOURHOOD:
        return False
    return not _division_of_the_place_before(folded, hits, number, sentence_start)


_DISTRICT_WORDS: Final[frozenset[str]] = frozenset({"district", "districts"})

# "the Kabul suburb of Paghman", "the Dasht-e-Barchi neighbourhood of Kabul": between a city and
# one of its parts, either way round.
_PART_OF_BETWEEN: Final = re.compile(r" (?:suburb|neighbou?rhood|quarter) of (?:the )?")
# "Carrefour, a suburb of Port-au-Prince", "Martissant, un quartier de Port-au-Prince",
# "à Paghman, en banlieue de Kaboul", "in Jobar, on the eastern outskirts of Damascus": the part
# is named first, the city after it only situates it.
_WHOLE_AFTER_PART: Final = re.compile(
    r",? (?:(?:a|an|one|un|une) (?:[a-z]+ )?(?:suburb|neighbou?rhood|quarter|quartier|faubourg|"
    r"district)|(?:dans|en) (?:la )?banlieue|in the (?:[a-z]+ )?suburbs|on the (?:[a-z]+ )?"
    r"outskirts|(?:dans|a) la peripherie|aux abords) (?:of |de |d'|du )(?:the )?"
)
# A chain of places in apposition, each inside the next ("devant l'hôpital X, dans le quartier
# de Y, à Kaboul"): a neighbourhood after a site, a town after a neighbourhood.
_QUARTER_AFTER_SITE: Final = re.compile(
    r", (?:dans|au sein) (?:le|du) (?:quartier|faubourg) (?:de |d'|du )"
)
_QUARTER_BEFORE: Final = re.compile(r"\b(?:quartier|faubourg) (?:de |d'|du )$")
_TOWN_AFTER_QUARTER: Final = re.compile(r", (?:a|au|en|dans la ville de|dans la ville d') ")
_WHOLE_AFTER_PART_WORDS: Final = ("suburb", "neighbo", "quarter", "quartier", "faubourg",
                                  "district", "banlieue", "outskirts", "peripherie",
                                  "abords")  # fmt: skip


def _part_and_whole(
    folded: str, hits: Sequence[PlaceHit], number: int, sentence_start: int
) -> bool:
    """Whether the hit and the one next to it are a city and one of its parts named together
    ("the Kabul suburb of Paghman", "Carrefour, a suburb of Port-au-Prince")."""
    hit = hits[number]
    low = max(sentence_start, hit.start - 60)
    if contains_any(folded[low : hit.start], _WHOLE_AFTER_PART_WORDS) and any(
        m.end() == hit.start for m in _WHOLE_AFTER_PART.finditer(folded, low, hit.start)
    ):
        return True  # "..., a suburb of Port-au-Prince": the city
    return any(
        _between_part_and_whole(folded, hits[a], hits[a + 1]) is not None
        for a in (number - 1, number)
        if a >= 0 and a + 1 < len(hits)
    )


def _between_part_and_whole(folded: str, first: PlaceHit, second: PlaceHit) -> PlaceHit | None:
    """The city of two places named as a city and one of its parts (the other is the part), or
    None when the words between them do not say so."""
    if _WHOLE_AFTER_PART.fullmatch(folded, first.end, second.start) is not None:
        return second
    if _QUARTER_AFTER_SITE.fullmatch(folded, first.end, second.start) is not None:
        return second  # "devant l'hôpital X, dans le quartier de Y": the site is in Y
    if (
        _QUARTER_BEFORE.search(folded, max(0, first.start - 25), first.start) is not None
        and _TOWN_AFTER_QUARTER.fullmatch(folded, first.end, second.start) is not None
    ):
        return second  # "dans le quartier de Y, à Kaboul": the neighbourhood is in Kabul
    if _PART_OF_BETWEEN.fullmatch(folded, first.end, second.start) is None:
        return None
    # Either way round: the part is the place the gazetteer lacks, else the smaller town.
    if not first.place.listed or not second.place.listed:
        return second if not first.place.listed else first
    return first if first.place.population >= second.place.population else second


def without_cities_of_their_parts(folded: str, hits: Sequence[PlaceHit]) -> list[PlaceHit]:
    """Drop the city a suburb or neighbourhood is situated in ("the Damascus suburb of Jobar",
    "Carrefour, a suburb of Port-au-Prince", "à Paghman, en banlieue de Kaboul"): the part is
    the finer place, the city only says where it is."""
    cities: list[PlaceHit] = []
    for first, second in pairwise(hits):
        city = _between_part_and_whole(folded, first, second)
        if (
            city is not None
            and city.place.feature_type in SETTLEMENT_FEATURES
            and first.place.country_iso2 == second.place.country_iso2
        ):
            cities.append(city)
    return [hit for hit in hits if hit not in cities]


def _division_of_the_place_before(
    folded: str, hits: Sequence[PlaceHit], number: int, sentence_start: int
) -> bool:
    """ "the Kulachi tehsil of Dera Ismail Khan district", "a camp at Bamba, in the Bourem
    district": a town's district named after "of", or after a comma and "in the", a place told
    before it is the district that holds that place, not a neighbourhood."""
    if number == 0:
        return False
    words = _previous_words(folded, hits[number].start, sentence_start, 2)
    if words and words[-1] in {"of", "de", "du", "d"}:
        return True
    return words == ["in", "the"] and folded.endswith(", in the ", 0, hits[number].start)


CITY_REACH: Final = 100_000  # a city this big is reported without its country being named


# The gazetteer's pseudo-country of the seas and straits (international waters).
SEA_COUNTRY: Final = "XZ"


def _country_fits(
    place: Place,
    candidates: Sequence[Place],
    weak: AbstractSet[str],
    hinted: AbstractSet[str],
) -> bool:
    """In an article that places events in countries (country names, provinces only one
    country has; not demonyms nor "U.S.", which name actors), homonyms of several countries
    none of which is named are too ambiguous to place ("Kalo" when the
    article names neither of its countries), a place named only by a GeoNames variant of
    unknown language must be in one of them ("Daka" is not Dhaka in a report from Burkina), and
    so must a town ("Bora" of Bangladesh in a report from Mali)."""
    if not hinted or place.country_iso2 in hinted or place.country_iso2 == SEA_COUNTRY:
        return True  # a sea or strait is in no country the article could name
    countries = {c.country_iso2 for c in candidates}
    if len(countries) > 1 and hinted.isdisjoint(countries) and not _dwarfs(place, candidates):
        return False
    if place.location_id in weak:
        return False
    # A town's own name, in a report that names other countries: a namesake or a place the
    # gazetteer lacks, unless the town is a city that is reported from anywhere.
    return place.feature_type not in {"town", "admin2"} or place.population >= CITY_REACH


def _dwarfs(place: Place, candidates: Sequence[Place]) -> bool:
    """Whether the place is a large city next to which its namesakes abroad are villages or
    small towns ("in Brussels": the Belgian capital, not Brussels, Ontario): reported from
    anywhere under that name."""
    return (
        place.feature_type in SETTLEMENT_FEATURES
        and place.population >= _WORLD_CITY
        and all(
            other is place or other.population * _DWARFED_BY <= place.population
            for other in candidates
        )
    )


_WORLD_CITY: Final = 500_000
_DWARFED_BY: Final = 20


def _common_word_fits(place: Place, words: Sequence[str], hinted: AbstractSet[str]) -> bool:
    """A place named like an ordinary word or a first name ("Gao", "Omar", "Nice") needs a
    locative word just before it and its country named in the article (or, in an article
    naming no country, a population of a city)."""
    if not words or (_LOCATIVE.isdisjoint(words[-2:]) and not _measured_from(words)):
        return False  # (0.28.0: a distance measured from it is a locative, "30 km from Gao")
    if hinted:
        # (a large city after a locative is that city, whatever countries the article names:
        # "Israeli strikes killed 25 people in Gaza")
        return place.country_iso2 in hinted or place.population >= _LARGE_CITY
    return place.population >= 100_000


_LARGE_CITY: Final = 250_000


_SELF_LOCATIVE: Final = re.compile(
    r"^(?:province|gouvernorat|governorate|ville|city|village|region|district|base|champ|nord|sud|"
    r"est|ouest|north|south|east|west|northern|southern|eastern|western|central|centre)\b|"
    r"\b(?:province|governorate|city|region|district|village|base|airbase|airport|field)$"
)


_DIRECTIONS: Final[frozenset[str]] = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "nord", "sud", "est", "ouest", "kilometres", "kilometers", "km", "miles", "metres"}
)  # fmt: skip
# "sur les hauteurs de Port-au-Prince", "the heights of X": the hills a town lies below,
# measured from it as a direction is.
# (0.25.0) and the shores a village lies on ("ISWAP hideouts at X and Y on the shores of Lake
# Chad", "sur les rives du lac Tchad")
_HEIGHTS: Final[frozenset[str]] = frozenset(
    {"hauteurs", "heights", "collines", "shores", "shore", "rives", "rive", "bords"}
)
_PEOPLE: Final[frozenset[str]] = frozenset(
    {"operating", "based", "stationed", "deployed", "present", "bases", "basees", "deployes",
     "deployees", "stationnes", "stationnees", "presents", "presentes", "officials", "official",
     "responsables", "observateurs", "observers", "diplomats", "diplomates", "residents",
     "habitants", "correspondent", "correspondant", "envoye", "ambassador", "ambassadeur",
     "embassy", "ambassade", "evacues", "evacuees", "evacue", "transportes", "transferes",
     "emmenes", "hospitalises", "evacuated", "taken", "transported", "flown", "rushed",
     "admitted", "transferred", "airlifted",
     # (0.30.0) where someone lives or works ("un chercheur installé à Bangkok", "a researcher
     # living in Bangkok")
     "installe", "installee", "installes", "installees", "living", "residing", "exile",
     "exiled", "exilee", "exiles"}
)  # fmt: skip


# A compass word that ends a place name ("région de l'Est", "province du Nord", "Centre"): the
# name only when the text writes it with a capital.
_DIRECTION_WORDS: Final[frozenset[str]] = frozenset(
    {"est", "ouest", "nord", "sud", "centre", "east", "west", "north", "south", "center",
     "nord est", "nord ouest", "sud est", "sud ouest"}
)  # fmt: skip


def _direction_in_lower_case(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the name ends with a compass word written in lower case ("la région de l'est")."""
    tail = folded[max(start, end - 9) : end]
    for size in (9, 8, 6, 5, 4, 3):
        if size <= len(tail) and tail[-size:] in _DIRECTION_WORDS:
            head = end - size
            if head == start or not folded[head - 1].isalpha():
                return text[head].islower()
    return False


_NO_PLACE: Final = Place(
    location_id="", name="", feature_type="town", admin1=None, country_iso2=None, latitude=None,
    longitude=None, parent_id=None,
)  # fmt: skip  # a stand-in for a name the rules read before knowing its place


_RIVER_BEFORE: Final[frozenset[str]] = frozenset(
    {"bank", "banks", "rive", "rives", "berge", "berges", "fleuve", "river", "riviere"}
)
_RIVER_WORD_PARTS: Final = ("bank", "rive", "berge", "fleuve", "riviere")  # one is in each above
_RIVER_WORDS: Final = word_set(_RIVER_WORD_PARTS)
# Words that may stand between a river word and the river's name ("the left bank of the").
_RIVER_GAP: Final[frozenset[str]] = frozenset(
    {"of", "du", "de", "d", "the", "le", "la", "l", "gauche", "droite", "left", "right", "east",
     "west", "eastern", "western"}
)  # fmt: skip
_RIVER_AFTER: Final = re.compile(r" (?:river|fleuve)\b")


def river_name(
    folded: str, start: int, end: int, floor: int = 0, sentence_words: int = ALL_WORDS
) -> bool:
    """Whether the name at ``start:end`` is a river's: "the left bank of the Dnipro", "la rive
    gauche du Dniepr", "le fleuve Niger", "the Niger River" (a town or a country named like
    it is not meant). ``sentence_words``: the word mask of the sentence that starts at
    ``floor``, which rules out a river word before the name."""
    if _RIVER_AFTER.match(folded, end) is not None:
        return True
    low = max(0, start - 30)
    if low >= floor and not sentence_words & _RIVER_WORDS:
        return False  # (the 30 characters before lie in a sentence that has no river word)
    before = folded[low:start]
    if not contains_any(before, _RIVER_WORD_PARTS):
        return False  # (the cheap test where no word mask is known: the hints, a clause)
    words = before.replace("'", " ").split()
    tail = [w for w in words[-4:] if w not in _RIVER_GAP]
    return bool(tail) and tail[-1] in _RIVER_BEFORE


# A town's possessive followed by a site of it: "Kabul's main money exchange market",
# "Mogadishu's Lido Beach", "Gaza City's al-Shifa hospital", "Istanbul's Istiklal Avenue" (the
# attack was in the town; "Kabul's mayor" is a person, "Nigeria's Borno state" a country's
# province).
_SITE_OF_A_TOWN: Final = re.compile(
    # (0.30.0) up to four words before the site ("Peshawar's heavily guarded Police Lines
    # district"), and a zone or an area ("Kabul's heavily fortified Green Zone")
    r" (?:[a-z'-]+ ){0,4}?(?:market|bazaar|mosque|church|airport|hospital|district|zone|area|"
    r"neighbou?rhood|suburbs?|outskirts|cent(?:re|er)|old city|port|beach|hotel|camp|university|"
    r"school|station|street|road|bridge|square|quarter|prison|checkpoint|stadium|compound|"
    r"avenue|boulevard|park|mall|restaurant|cafe|nightclub|concert hall|embassy|consulate|"
    r"museum|synagogue|temple|shrine|metro|theat(?:re|er))\b"
)


_DIVISIONS: Final[frozenset[str]] = frozenset({"admin1", "admin2", "country"})
# Sites that speak through their staff: a hospital cited for a toll is a source.
_SPEAKING_SITES: Final[frozenset[str]] = frozenset({"other"})
_CITING: Final[frozenset[str]] = frozenset({"selon", "according", "apres", "citing", "citant"})


# The rescue and health agencies that give tolls, named after the territory they serve ("la
# Défense civile de Gaza", "le ministère de la Santé de Gaza", "the Gaza civil defence", "the
# Gaza health ministry"): a source, not where the attack was.
_AGENCY_BEFORE: Final = re.compile(
    r"\b(?:defense civile|protection civile|ministere de la sante|civil defen[cs]e|"
    r"civil protection|health ministry|ministry of health)(?: agency| agence)? "
    r"(?:de la |de l'|du |de |d'|of (?:the )?|in )$"
)
_AGENCY_AFTER: Final = re.compile(
    r" (?:civil defen[cs]e|civil protection|health ministry|ministry of health|"
    r"health authorities)\b"
)
_AGENCY_BIT: Final = word_set(("defense civile", "protection civile", "civil defen",
                               "civil protection", "health ministry", "ministry of health",
                               "ministere de la sante", "health authorities"))  # fmt: skip


def _agency_seat(folded: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the place at ``[start, end)`` names the territory of a rescue or health agency
    (``_AGENCY_BEFORE``, ``_AGENCY_AFTER``)."""
    return (
        _AGENCY_BEFORE.search(folded, max(sentence_start, start - 40), start) is not None
        or _AGENCY_AFTER.match(folded, end) is not None
    )


def _cited_site(words: Sequence[str]) -> bool:
    """Whether the words before a site cite it ("selon l'hôpital", "according to the")."""
    tail = [w for w in words[-4:] if w not in _ARTICLES and w not in {"to", "hopital", "hospital"}]
    return bool(tail) and tail[-1] in _CITING


def _fresh_locative(folded: str, last_end: int, start: int) -> bool:
    """Whether a comma then a locative of its own stand between two places (", à Cali", ", in
    Kabul"): the second is told for itself, not joined to the first."""
    joint = folded[last_end:start].split()
    return len(joint) == 2 and joint[0] == "," and joint[1] in {"a", "in", "en", "au", "dans"}


def _blamed_on(words: Sequence[str]) -> bool:
    """Whether the words before a country blame it ("blamed on", "blamed it on", "attribuée
    à l'", "imputé au")."""
    tail = [w for w in words[-4:] if w not in _ARTICLES and w not in {"it", "them", "this"}]
    return len(tail) >= 2 and tail[-1] in _BLAMED_ON and tail[-2] in _BLAMED


_MEASURE_JOINTS: Final[frozenset[str]] = frozenset({"of", "from", "de", "d", "du"})


def _measured_from(words: Sequence[str]) -> bool:
    """Whether a distance or direction is measured from the name ("15 km from X", "à une
    quinzaine de kilomètres de X", "north of X")."""
    return (
        len(words) >= 2
        and words[-1] in _MEASURE_JOINTS
        and (words[-2] in _DIRECTIONS or words[-2] in _HEIGHTS)
    )


def _reference_point(
    words: Sequence[str],
    place: Place,
    folded: str,
    start: int,
    sentence: tuple[int, int] = (0, ALL_WORDS),
) -> bool:
    """ "west of Baghdad", "à 20 km au nord de Kirkouk", "north of the rebel-held capital of
    Sanaa", "au nord de la capitale, Bamako", "sur les hauteurs de Port-au-Prince": a landmark,
    not where it happened. ``sentence``: where the sentence starts and its word mask."""
    if place.feature_type == "region" or len(words) < 2:
        return False
    if (words[-2] in _DIRECTIONS or words[-2] in _HEIGHTS) and words[-1] in _MEASURE_JOINTS:
        return True
    low = max(0, start - 70)
    floor, sentence_words = sentence
    if low >= floor and not sentence_words & _DESCRIBED_REFERENCE_BIT:
        return False  # (the 70 characters before lie in a sentence that has none of the nouns)
    if not contains_any(folded[low:start], _DESCRIBED_REFERENCE_NOUNS):
        return False
    return _DESCRIBED_REFERENCE.search(folded, low, start) is not None


# A direction from a town described before it is named ("north of the rebel-held capital of
# Sanaa", "à l'est de la ville de Gao", "au sud de la capitale, Bamako").
_DESCRIBED_REFERENCE: Final = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|nord|sud|est|ouest)"
    r" (?:of|de|d'|du) (?:the |la |le |l')?(?:[a-z'-]+ ){0,3}"
    r"(?:capital|capitale|city|ville|town|localite|village|port)"
    r"(?: (?!in |a |en |dans |at )[a-z]+){0,2}"
    r"(?: of| de| d'|,)? ?$"
)
_DESCRIBED_REFERENCE_NOUNS: Final = (
    "capital",
    "city",
    "ville",
    "town",
    "localite",
    "village",
    "port",
)
_DESCRIBED_REFERENCE_BIT: Final = word_set(_DESCRIBED_REFERENCE_NOUNS)


# Words before "the embassy" that make it the object of the attack ("rockets landed near the U.S.
# embassy in Baghdad"), not the people speaking from it ("the embassy in Baghdad said").
_AT_THE_EMBASSY: Final[frozenset[str]] = frozenset(
    {"near", "at", "on", "toward", "towards", "against", "hit", "struck", "targeted",
     "targeting", "fired", "launched", "attack", "attacks", "rocket", "rockets", "drone",
     "drones", "missile", "missiles", "mortar", "mortars", "pres", "vers", "direction", "contre",
     "sur", "vise", "visee", "visant", "cible", "ciblee", "touche", "touchee", "frappe",
     "frappee", "tire", "tiree", "tirees", "tires", "lance", "lancee", "lancees", "attaque",
     "attaques", "roquette", "roquettes", "obus",
     # (0.24.0) a building beside it or the embassy itself destroyed: "flattened the consular
     # building next to the embassy in Damascus", "a détruit l'annexe consulaire à côté de
     # l'ambassade à Damas"
     "next", "beside", "outside", "cote", "devant", "flattened", "destroyed", "bombed",
     "stormed", "detruit", "detruite", "bombarde", "bombardee", "rase", "rasee"}
)  # fmt: skip


_EMBASSY_WORDS: Final = ("embassy", "ambassade")
# (0.31.0) A part of an embassy named before it ("struck a building near an annex of the US
# embassy in X", "près d'une annexe de l'ambassade des États-Unis à X"): the attack words stand
# before the part, so the look back goes past it.
_EMBASSY_PARTS: Final[frozenset[str]] = frozenset(
    {"annex", "annexe", "office", "offices", "bureau", "bureaux", "branch", "building",
     "batiment", "compound", "enceinte", "residence", "section", "consulate", "consulat"}
)  # fmt: skip


_GOVERNING: Final[frozenset[str]] = frozenset(
    {"autorites", "gouvernement", "junte", "regime", "pouvoir", "authorities", "government",
     "junta", "administration", "dirigeants", "rulers", "leaders"}
)  # fmt: skip
_GOVERNING_OF: Final[frozenset[str]] = frozenset({"de", "d", "du", "in", "of", "a", "at"})


# (0.22.0) The people an attack struck where they live ("opened fire on residents in X",
# "ont ouvert le feu sur des habitants à X", "killing residents in X"): the place is the
# attack's, not where people speak from ("residents in X said").
_RESIDENTS: Final[frozenset[str]] = frozenset({"residents", "habitants"})
_STRUCK_PEOPLE: Final[frozenset[str]] = frozenset(
    {"on", "sur", "killing", "killed", "tuant", "tue", "attacked", "attacking", "attaque",
     "attaquant", "targeted", "targeting", "vise", "visant", "massacred", "massacre"}
)  # fmt: skip
_STATIONED: Final[frozenset[str]] = frozenset(
    {"stationed", "deployed", "based", "stationnes", "stationnees", "deployes", "deployees",
     "bases", "basees", "cantonnes", "positionnes"}
)  # fmt: skip
_PEOPLE_ARTICLES: Final[frozenset[str]] = frozenset(
    {"des", "les", "the", "local", "several", "plusieurs", "many", "de", "dozens", "of"}
)


# (0.22.0) The people carried somewhere after an attack ("rescuers took the wounded to X",
# "a transporté les blessés vers X"): X is where they were taken (only before "to"/"vers":
# "three killed and 12 injured in X" is the attack's place).
_CARRIED: Final[frozenset[str]] = frozenset(
    {"wounded", "injured", "victims", "bodies", "casualties", "blesses", "victimes", "corps"}
)


def _residents_struck(words: Sequence[str]) -> bool:
    """Whether ``words`` (nearest last) end with residents an attack struck, before "in"/"à"."""
    if len(words) < 3 or words[-2] not in _RESIDENTS:
        return False
    before = words[-3]
    if before in _PEOPLE_ARTICLES and len(words) >= 4:
        before = words[-4]
    return before in _STRUCK_PEOPLE


def _people_located(words: Sequence[str], folded: str, start: int, floor: int) -> bool:
    """ "officials in Amman", "groups operating in Syria": where people are, not the attack.
    An embassy is where its people are ("l'ambassade américaine à Bagdad a condamné"), unless
    the attack is aimed at it ("rockets landed near the U.S. embassy in Baghdad"). The seat of a
    government speaks for it ("les autorités de Niamey", "the junta in Bamako")."""
    if len(words) >= 2 and words[-2] in _GOVERNING and words[-1] in _GOVERNING_OF:
        return True
    if len(words) < 2 or words[-1] not in {
        "in", "a", "en", "au", "aux", "dans", "at", "vers", "to", "towards"
    }:  # fmt: skip
        return False
    if words[-1] in {"to", "towards", "vers"} and words[-2] in _CARRIED:
        return True  # (0.22.0) "took the wounded to Maiduguri": where they were taken
    if words[-2] in _STATIONED and not _STRUCK_PEOPLE.isdisjoint(
        _previous_words(folded, start, floor, 8)[:-2]
    ):
        return False  # (0.26.0) "attacked government forces stationed in X": they were hit there
    # The wider look back only where an embassy can be in it (the span _previous_words reads).
    if not contains_any(folded[max(floor, start - 100) : start], _EMBASSY_WORDS):
        return words[-2] in _PEOPLE and not _residents_struck(words)
    wider = _previous_words(folded, start, floor, count=14)[:-1]
    embassy = next(
        (i for i in range(len(wider) - 1, max(-1, len(wider) - 5), -1)
         if wider[i] in _EMBASSY_WORDS),
        None,
    )  # fmt: skip
    if embassy is not None:
        low = max(0, embassy - 5)
        if not _EMBASSY_PARTS.isdisjoint(wider[low:embassy]):
            low = max(0, embassy - 9)  # (0.31.0) "near an annex of the US embassy in X"
        return not any(word in _AT_THE_EMBASSY for word in wider[low:embassy])
    return words[-2] in _PEOPLE


def _self_locative(folded_alias: str) -> bool:
    """Whether the alias carries its own place word ("province d'Anbar", "Erbil city")."""
    return _SELF_LOCATIVE.search(folded_alias.strip()) is not None


_NAME_BEFORE: Final = re.compile(r"([A-Z][\w'’.-]*)\s+$")
_TITLES_OK: Final[frozenset[str]] = frozenset(
    {"In", "At", "Near", "On", "En", "Au", "Aux", "Dans", "Pres", "Près", "Vers", "Sur", "From",
     "Depuis", "De", "Du", "Des", "The", "Le", "La", "Les", "Into", "Inside", "Outside", "North",
     "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Province", "City",
     "Ville", "Governorate", "A", "À"}
)  # fmt: skip


def _name_right_before(text: str, start: int) -> re.Match[str] | None:
    """The capitalised word that is no preposition right before ``start`` inside a sentence (a
    person's name, or the head of a longer name), if there is one."""
    match = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return None
    word = match.group(1)
    if word in _TITLES_OK or word.endswith(("'s", "’s")):
        return None  # "in Zamfara's Tsafe district": a possessive place, not a first name
    if word.endswith(".") and len(word) > 5 and not word[:-1].isupper():
        return None  # "... on Sunday. Diffa was targeted": a sentence ended ("Capt." did not)
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[line_start : match.start()].strip()
    return None if before == "" or before.endswith((".", ":", "!", "?")) else match


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalised word that is no preposition comes right before (a person's name),
    or a capitalised word and a Spanish "del" (the tail of a longer name: "Vizcatán del Ene")."""
    if _SPANISH_JOINT_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    return _name_right_before(text, start) is not None


def _longer_name_head(text: str, start: int) -> re.Match[str] | None:
    """The capitalised word (no preposition, direction or acronym: "DR Congo") right before a
    country's name inside a sentence, which makes it the end of another name ("Puerto Jordan",
    "the Nueva Colombia neighbourhood"), if there is one."""
    match = _name_right_before(text, start)
    return None if match is None or match.group(1).isupper() else match


def geo_precision(place: Place, near: bool) -> int:
    """ACLED geo_precision: 1 the place itself, 2 near it or a district-level area, 3 wider. A
    place the gazetteer lacks is known to its district or province (2), else its country (3)."""
    if not place.listed:
        return 2 if place.admin2 or place.admin1 else 3
    if place.feature_type in {"country", "admin1"}:
        return 3
    if place.feature_type == "region":
        return 2 if place.admin1 else 3
    if place.feature_type == "admin2":
        return 2
    return 2 if near else 1


# ---------------------------------------------------------------------- places the gazetteer lacks

# A place-type noun and its preposition right before a name ("le village de Doumam", "the town
# of Bagega", "la localité de X", "dans la zone de X", "the settlement of X"), or right after it
# ("Ajwara village", "Dembecha town"): the text says the name is a place.
_TYPE_NOUNS: Final = (
    r"village|localite|commune|ville|cite|bourgade|hameau|camp|colonie|"
    r"quartier|secteur|sector|zone|departement|town|settlement|locality|city|district|area|"
    r"neighbou?rhood|suburb|community|hamlet|region|forets?|forests?|marche|market|"
    # (0.21.0) Ethiopia's wards ("Tole kebele", "le kebele de X")
    r"kebele"
)
# A name: capitalised words, Arabic articles and particles inside ("Dera Ki Gali", "Ras al
# Ain"), and an Arabic article in lower case before it ("al-Hawak").
_ARTICLE_PREFIX: Final = r"(?:(?:al|el|ad|ed|ar|as|ash|at|az|an)-)?"
_NAME: Final = re.compile(
    _ARTICLE_PREFIX
    + r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -](?:[A-ZÀ-ÖØ-Þ][\w'’-]*|(?:el|al|ad|ed|ar|as|ash|az|ki|de|"
    r"du|bin|ben|ibn|wa|del|de la|de los|de las)(?=[ -][A-ZÀ-ÖØ-Þ]))){0,3}"
)
# (The lookahead first: where neither a capital nor an article's "al-" can open a name, the
# search moves on at once; about half the cost of a search that tries the article there.)
_NAME_BEFORE_TYPE: Final = re.compile(
    r"(?=[A-ZÀ-ÖØ-Þ]|[ae][a-z]{1,2}-)"
    # (0.19.0: with an Arabic article inside, "the Bab al-Sharqi area")
    rf"({_ARTICLE_PREFIX}[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -]{_ARTICLE_PREFIX}[A-ZÀ-ÖØ-Þ][\w'’-]*){{0,2}})$"
)
# (0.27.0: "etat", "state", the State of "le département d'État", "coup d'État", "the
# Department of State")
_NOT_NAMES: Final[frozenset[str]] = frozenset(
    {"etat", "state",
     "le", "la", "les", "l", "the", "a", "an", "un", "une", "ce", "cette", "this", "that", "his",
     "her", "their", "its", "leur", "son", "sa", "ses", "our", "notre", "north", "south", "east",
     "west", "nord", "sud", "est", "ouest", "centre", "center", "central", "northern",
     "southern", "eastern", "western", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
     "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "in", "on", "at", "en", "dans", "when", "while", "after", "avant", "apres",
     # a rank or title heads a person's name ("l'école de police Général Kalo")
     "general", "colonel", "captain", "capitaine", "commandant", "president", "marechal",
     "marshal",
     # offices a post or a seat is of ("le poste de Premier ministre", "the post of Prime
     # Minister")
     "premier", "prime", "ministre", "minister", "secretaire", "secretary", "chef", "chief",
     "directeur", "director", "gouverneur", "governor", "maire", "mayor",
     # a saint a church or a school is named after ("l'église de Saint-Joseph")
     "saint", "sainte",
     # continents and world regions ("la région du Moyen-Orient", "sa province d'Afrique
     # centrale"): no place an attack is put at
     "afrique", "africa", "asie", "asia", "europe", "amerique", "america", "oceanie", "moyen",
     "proche", "middle", "near", "far", "extreme",
     # faiths and their people, which English capitalises ("a small Jewish community", "the
     # Christian quarter"; French writes "la communauté juive")
     "jewish", "christian", "muslim", "catholic", "orthodox", "protestant", "evangelical",
     "shiite", "shia", "sunni", "alawite", "druze", "yazidi", "hindu", "sikh", "buddhist",
     "coptic", "juive", "juif", "chretien", "chretienne", "musulman", "musulmane",
     "catholique", "orthodoxe", "chiite", "sunnite", "alaouite", "yezidie", "copte"}
)  # fmt: skip
# Words of a group's name ("un camp du Parti démocratique du Kurdistan", "the Democratic Party
# of Kurdistan's camp", "the Movement's base"): a name holding one names no place.
_GROUP_WORDS: Final[frozenset[str]] = frozenset(
    {"parti", "party", "mouvement", "movement", "front", "conseil", "council", "comite",
     "committee", "armee", "army", "forces", "ministere", "ministry", "organisation",
     "organization", "groupe", "group", "brigade", "brigades"}
)  # fmt: skip
_AREAS_FOR_CONTEXT: Final[frozenset[str]] = frozenset({"admin1", "admin2", "region", "country"})
_APPOSED_AREA_REACH: Final = 40  # characters from a place to the area named in apposition to it


# (0.18.0) Languages that gazetteer names share ("Hausa" is a town of Western Sahara, "Somali"
# Ethiopia's Somali region, "Dari" a town of India): never a place the gazetteer lacks after
# "in"/"en" ("in Hausa"), and a listed one only where someone speaks (``frame_places``).
LANGUAGE_NAMES: Final[frozenset[str]] = frozenset(
    {"hausa", "haoussa", "somali", "dari", "pashto", "pachto", "kurdish", "kurde", "arabic",
     "arabe", "fulfulde", "peul", "bambara", "tamasheq", "swahili", "lingala", "urdu", "farsi",
     "persan", "amharic", "amharique", "tigrinya", "oromo", "kanuri", "songhai", "zarma",
     "wolof", "english", "anglais", "french", "francais", "russian", "russe", "turkish", "turc",
     "ukrainian", "ukrainien", "burmese", "birman", "tagalog", "spanish", "espagnol",
     "portuguese", "portugais", "creole", "hebrew", "hebreu", "baloch", "balochi", "sindhi"}
)  # fmt: skip


# (0.20.0) The months and weekdays in full, French and English: never a place the gazetteer
# lacks ("attacks rise between February and June").
# ("may", "mai", "mars", "march" and the abbreviations are words or names too.)
_CALENDAR_NAMES: Final[frozenset[str]] = WEEKDAY_WORDS | frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "janvier", "fevrier", "avril", "juin", "juillet",
     "aout", "septembre", "octobre", "novembre", "decembre"}
)  # fmt: skip


# (0.20.0) Feasts a market, a mass or a night is named after ("le marché de Noël", "la messe de
# Pâques"): never the head of a place's name.
_FEAST_NAMES: Final[frozenset[str]] = frozenset(
    {"noel", "christmas", "paques", "easter", "ramadan", "nouvel", "tabaski", "aid"}
)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_key(name)).strip("-")


def _province_of(matches: Sequence[Match], country: str, text: str) -> Place | None:
    """The first province or district of ``country`` among ``matches``, if any (none in a
    group's name)."""
    for match in matches:
        key = match.entry.key
        if key is None or match.entry.family != PLACE:
            continue
        if in_a_groups_name(text, match.start):
            continue
        for place in key.places:
            if place.country_iso2 == country and place.feature_type in {"admin1", "admin2"}:
                return place
    return None


# What makes the country after it a neighbour of the place, not the place's own ("cité
# frontalière de l'Ouganda", "a town on the border with Uganda", "près de la frontière avec le
# Niger", "bordering Chad").
_BORDER_OF: Final = re.compile(
    r"\b(?:frontaliere?s? (?:de la |de l'|du |des |de |d'|avec )|border(?:ing)? (?:with )?|"
    r"frontiere (?:avec )?)(?:la |le |l'|les |the )?$"
)


# (0.18.0) A distance between a place and the town it is measured from, whatever its number
# ("X, à une quarantaine de kilomètres à l'ouest d'El-Arich", "X, some 40 kilometres west of
# Y"): that town is named in apposition to the place, as a closer one is.
_DISTANCE_BETWEEN: Final = re.compile(
    r",? (?:a |at |about |some |environ |quelque )?(?:une? |an? )?[a-z0-9-]+ (?:de |d')?"
    r"(?:km|kilometres?|kilometers?|miles)\b[^,.;:]{0,30}"
)


def _context_area(
    matches: Sequence[Match],
    folded: str,
    span: tuple[int, int],
    home: str | None,
    read: tuple[str, AbstractSet[str]],
) -> tuple[str | None, str | None, str | None, str | None]:
    """(country, admin1, admin2, parent id) for a place the gazetteer lacks: the province or
    district the sentence names next to it (after it first: "Doumam, province de l'Oudalan",
    "Bagega, a village in Zamfara"), else the article's country. A country written with dots
    ("the U.S. command") is a side, never where the place is. ``read``: the text, and the ids
    of the places the sentence's homonyms were resolved to and of their parents (one of them
    may be that area)."""
    text, chosen = read
    start, end = span
    after = [m for m in matches if m.start >= end]
    before = [m for m in reversed(matches) if m.end <= start]
    for match in (*after, *before):
        key = match.entry.key
        if key is None or match.entry.family != PLACE or "." in folded[match.start : match.end]:
            continue
        if in_a_groups_name(text, match.start):
            continue  # "tendue par les Comandos de Junín dans la zone de X": no province of X
        if (
            match.start >= end
            and folded.startswith("'s ", match.end)
            and any(m.start > match.end for m in after)
        ):
            # (0.25.0) "the Machil sector of Jammu and Kashmir's Kupwara district": the
            # possessor situates the division after it, which holds the place
            continue
        if _BORDER_OF.search(folded, max(0, match.start - 30), match.start) is not None:
            continue  # "cité frontalière de l'Ouganda", "on the border with Uganda": a neighbour
        # An area named right after the place ("X, dans le sud du Liban") says where it is,
        # whichever country the article names most; one named further off must agree with it.
        apposed = end <= match.start <= end + _APPOSED_AREA_REACH or (
            end <= match.start <= end + 2 * _APPOSED_AREA_REACH
            and _DISTANCE_BETWEEN.fullmatch(folded, end, match.start) is not None
        )
        areas = [p for p in key.places if p.feature_type in _AREAS_FOR_CONTEXT]
        if not areas and apposed:
            # "the X air base in Port Sudan", "le village de X, près de Gao", "le quartier de X,
            # à Gaza-ville": the place lies in the town named right after (its only country,
            # the article's own when it has one).
            towns = [p for p in key.places if p.feature_type in SETTLEMENT_FEATURES]
            named_division = (
                DIVISION_AFTER_NAME.match(folded, match.end) is not None
                or _DIVISION_NOUN_BEFORE.search(folded, max(0, match.start - 30), match.start)
                is not None
            )  # "in the Tyre district", "dans le caza de Tyr": the town's division
            if len({p.country_iso2 for p in towns}) == 1 and (
                home is None or towns[0].country_iso2 == home or named_division
            ):
                town = towns[0]
                return town.country_iso2, town.admin1, None, town.location_id
        countries = {p.country_iso2 for p in areas}
        if (
            not areas
            or len(countries) != 1
            or (home is not None and home not in countries and not apposed)
        ):
            continue
        if (
            home is not None
            and home not in countries
            and any(p.country_iso2 == home for p in key.places)
        ):
            # "X, in Beni territory" in a Congolese report: the name is the home country's
            # town (Beni, North Kivu), not the foreign province it also names (Bolivia's Beni).
            continue
        # (0.30.0) of namesakes, the one the sentence's places were resolved to ("le district
        # de Bijapur" in a report naming Chhattisgarh)
        area = next((p for p in areas if p.location_id in chosen), areas[0])
        if area.feature_type == "country":
            # "Dans l'Extrême-Nord du Cameroun, ... dans la localité de Kolofata": the province
            # named with its country is where the place lies.
            finer = _province_of(before, area.country_iso2 or "", text)
            if finer is None:
                return area.country_iso2, None, None, area.location_id
            area = finer
        admin2 = area.name if area.feature_type == "admin2" else None
        return area.country_iso2, area.admin1, admin2, area.location_id
    if home is not None:
        return home, None, None, home.lower()
    return None, None, None, None


def type_spans_of(
    spans: Mapping[str, Sequence[tuple[int, int]]], folded: str
) -> list[tuple[int, int]]:
    """The spans that may hold a place-type noun: the place-type cues, and the site anaphors
    that hold one ("la base aérienne Osman Digna": the cue table keeps the longer anaphor)."""
    return [
        *(
            span
            for span in spans.get("place_type", ())
            # (0.32.0) "un « quartier général du Mossad »": a headquarters, whose owner is no
            # neighbourhood
            if not folded.startswith(_HEADQUARTERS_AFTER, span[1])
        ),
        *spans.get("site_anaphora", ()),
        *spans.get("town_anaphora", ()),  # "la localité de X", "le village de X"
    ]


_HEADQUARTERS_AFTER: Final = (" general", " generaux", "-general", "-generaux")


# (0.18.0) Places listed after a plural place noun ("dans les villages de Tchoma Bangou et de
# Zaroumadareye", "in the villages of X and Y", "les localités de X, Y et Z"): each name is a
# place, one mention each.
_PLURAL_TYPE_WORDS: Final = ("villages", "localites", "towns", "hamlets", "hameaux", "communes",
                             "bourgades", "localities", "settlements")  # fmt: skip
_PLURAL_TYPE_BIT: Final = word_set(_PLURAL_TYPE_WORDS)
PLURAL_TYPED: Final = re.compile(
    r"\b(?:" + "|".join(_PLURAL_TYPE_WORDS) + r")"
    # (0.26.0) with a French adjective after the noun ("les localités frontalières d'X et de Y",
    # "les villages voisins de X et Y")
    r"(?:\s+(?:frontaliere|frontalier|voisin|voisine|chretien|chretienne|reculee?|isolee?|"
    r"peul|musulman|musulmane|agricole|cotiere?|minier|miniere)s?(?=\s+(?:de\s|d'|des\s)))?"
    r"(?:\s+(?:de\s+|d'|of\s+(?:the\s+)?)"
    # (0.19.0) the names in apposition, maybe after where the places lie: "two villages,
    # Koundjili and Lemouna, near Paoua", "deux villages du nord-ouest du pays, X et Y"
    r"|(?:\s+(?:du|de la|des|de l'|d'|in|of|dans)\s[^,.;:]{1,50})?\s*,\s*)"
)
# What joins two names of a list ("X and Y", "X, Y et de Z").
LIST_NEXT: Final = re.compile(r"(?:,\s*|\s+(?:et|and)\s+|,\s+(?:et|and)\s+)(?:de\s+|d')?")


def _names_listed_after_a_plural(
    text: str, folded: str, sentence_start: int, sentence_end: int
) -> list[tuple[int, int]]:
    """The spans of the names a plural place noun lists (``PLURAL_TYPED``): two at least."""
    spans: list[tuple[int, int]] = []
    for noun in PLURAL_TYPED.finditer(folded, sentence_start, sentence_end):
        listed: list[tuple[int, int]] = []
        position = noun.end()
        while True:
            name = _NAME.match(text, position, sentence_end)
            if name is None:
                break
            listed.append((name.start(), name.end()))
            joint = LIST_NEXT.match(folded, name.end(), sentence_end)
            if joint is None:
                break
            position = joint.end()
        if len(listed) >= 2:
            spans += listed
    return spans


def unlisted_places(
    matches: Sequence[Match],
    accepted: Sequence[PlaceHit],
    text: str,
    folded: str,
    sentence_start: int,
    type_spans: Sequence[tuple[int, int]],
    home: str | None,
    sentence_end: int | None = None,
    demonyms: Sequence[Match] = (),
    sites: Callable[[str], Sequence[Place]] | None = None,
    words: int = ALL_WORDS,
) -> list[PlaceHit]:
    """Places the text names as places ("the village of X", "la localité de X", "X village")
    that the gazetteer lacks: a hit with the name as written, no id and no point, in the
    province the sentence names beside it, else in the article's country (``home``); nothing
    when neither is known (a place is never put in a guessed country). With ``sentence_end``,
    also the name after what was hit ("two locations in X", "des positions à X"). A name a
    nationality, an actor (``demonyms``: "the Colombian military base") or a country spells
    qualifies the place noun instead. ``words``: the word mask of the sentence that holds the
    span (``SentenceFacts.words``)."""
    found: list[PlaceHit] = []
    if demonyms and type_spans:
        # A place-type noun inside an actor's name types no place ("on Telegram, Islamic State
        # claimed" is no "in X, Borno State"; "l'État islamique")
        type_spans = [
            (low, high)
            for low, high in type_spans
            if not any(m.start <= low and high <= m.end for m in demonyms)
        ]
    spans = _names_typed(text, folded, sentence_start, type_spans)
    spans += _names_typed_with_a_nationality(text, folded, type_spans, demonyms)
    spans += _names_located(matches, text, folded, sentence_start)
    spans += _longer_names(matches, text, folded, sentence_start)
    spans += _names_ending_in_a_country(matches, text, folded, sentence_start)
    spans += _names_owned_by_an_area(matches, text, sentence_start)
    if home is not None:
        spans += _namesakes_abroad(matches, accepted, (text, folded), sentence_start, home)
    if home is not None and sentence_end is not None and words & _AMBUSH_NEAR_WORDS:
        spans += [
            (m.start(1), m.end(1))
            for m in _AMBUSH_NEAR_NAME.finditer(text, sentence_start, sentence_end)
        ]
    if home is not None and sentence_end is not None and words & _THE_ONE_OF_WORDS:
        spans += [
            (m.start(1), m.end(1))
            for m in _THE_ONE_OF_NAME.finditer(text, sentence_start, sentence_end)
        ]
    if sentence_end is not None and words & _TARGETS_IN_NAME_WORDS:
        for m in _TARGETS_IN_NAME.finditer(text, sentence_start, sentence_end):
            spans += [(m.start(g), m.end(g)) for g in (1, 2) if m.group(g) is not None]
    grouped: list[tuple[int, int]] = []
    if sentence_end is not None and words & _GROUPS_JOINED_WORDS:
        grouped = _names_of_located_groups(text, sentence_start, sentence_end)
        spans += grouped
    if sentence_end is not None and words & _ATTACKED_WORDS:
        spans += [
            (start, end)
            for m in _ATTACKED_NAME.finditer(folded, sentence_start, sentence_end)
            for start, end in _listed_names(folded, m.start(1), m.end(1))
            if all(word[:1].isupper() for word in text[start:end].split(" "))
            and folded[start:end] not in _PEOPLE_NAMES
        ]
    if sentence_end is not None and words & _ROAD_ENDS_WORDS:
        spans += [
            (m.start(1), m.end(1))
            for m in _FIRST_ROAD_END.finditer(text, sentence_start, sentence_end)
            if _RELATION_BEFORE.search(folded, max(sentence_start, m.start() - 40), m.start())
            is None
        ]
    if sentence_end is not None and words & _HYPHENATED_ROAD_WORDS:
        spans += [
            (m.start(g), m.end(g))
            for m in _HYPHENATED_ROAD_END.finditer(text, sentence_start, sentence_end)
            for g in (1, 2)
            if m.group(g) is not None
            and _DEED_BEFORE_ROAD.search(folded, max(sentence_start, m.start() - 60), m.start())
        ]
    if sentence_end is not None and words & _PLURAL_SETTLEMENT_BIT:
        spans += _names_of_a_plural_apposition(text, folded, sentence_start, sentence_end)
    if sentence_end is not None and words & _RESIDENTS_WORDS:
        for match in _RESIDENTS_OF_NAME.finditer(folded, sentence_start, sentence_end):
            name = text[match.start(1) : match.end(1)].split(" ")
            if name[0][:1].isupper():  # (the capitalised words: "Mozogo", not "Mozogo in")
                size = len(name[0]) if not name[-1][:1].isupper() else match.end(1) - match.start(1)
                spans.append((match.start(1), match.start(1) + size))
    if sentence_end is not None and words & _PLURAL_TYPE_BIT:
        spans += _names_listed_after_a_plural(text, folded, sentence_start, sentence_end)
    spans = _without_type_word(text, _first_ends(text, sentence_start, spans))
    for start, end in _outermost(sorted(set(spans))):
        if folded[start:end] in LANGUAGE_NAMES:
            continue  # "speaking in Hausa": a language, not a place
        if folded[start:end] in _CALENDAR_NAMES:
            continue  # (0.20.0) "between February and June", "entre février et juin": months
        if folded[start:end].split(" ", 1)[0] in _FEAST_NAMES:
            continue  # (0.20.0) "le marché de Noël de la Breitscheidplatz": a kind of market
        if _qualifies_a_named_division(folded, end, accepted):
            continue  # (0.25.0) "the Amazonian province of Orellana": an adjective
        if words & _ORIGIN_BIT and _an_origin(text, folded, start, sentence_start):
            continue  # (0.21.0) "fired from the X area of Y province": where they came from
        hit = _unlisted_hit(
            (matches, [*matches, *demonyms]), accepted, (text, folded), (start, end), home, sites
        )
        if hit is not None:
            found.append(hit)
    if grouped:
        found = [_apart_from_the_other_group(h, accepted, grouped) for h in found]
    if sentence_end is None or any(h.place.feature_type not in _DIVISIONS for h in found):
        return found
    # Failing those (or with divisions only: "near Mazeze, in Chiúre district"), one name a
    # sentence naming only areas (and the way travellers went) puts the attack at or near.
    typed = found
    found = []
    way: set[int] = set()
    for number, hit in enumerate(accepted):
        if only_the_way(folded, accepted, number, sentence_start, words):
            way.add(hit.start)
        elif (
            hit.place.feature_type not in AREA_FEATURES  # (0.17.0: loose regions too)
            and not hit.landmark
            and DIVISION_AFTER_NAME.match(folded, hit.end) is None
            and _DIVISION_NOUN_BEFORE.search(folded, max(0, hit.start - 30), hit.start) is None
        ):
            # (a landmark only situates: "près de Koya, à l'est d'Erbil"; a town named with a
            # division noun is that division: "near Mazeze, in Chiúre district", 0.17.0: "à
            # Touline, dans le caza de Marjayoun")
            return typed
    bounds = (sentence_start, sentence_end)
    named = [*matches, *demonyms]
    # (the road's ends say nothing of the province the name lies in: "on the Maiduguri-Damaturu
    # highway near Ngamdu", a village of Borno, not of Damaturu's district)
    where = [m for m in matches if m.start not in way] if way else matches
    found = _unlisted_landmark(
        (where, named), accepted, (text, folded), bounds, home, (sites, words)
    )
    if not found:  # "on the Maiduguri-Damaturu highway near Ngamdu"
        found = _unlisted_located((where, named), accepted, (text, folded), bounds, home)
    return [*typed, *(h for h in found if not any(t.start == h.start for t in typed))]


# (0.25.0) A division noun and "of" after a capitalised word ("the Amazonian province of
# Orellana", "the Andean region of Cusco"): the word qualifies the division named after "of"
# (not when that is a country: "the Nangarhar province of Afghanistan" names its province).
_DIVISION_OF_AFTER: Final = re.compile(
    r" (?:province|region|district|state|governorate|department|county|prefecture|territory)s?"
    r" of (?:the )?"
)


def _names_of_located_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names two groups of victims are each told at, the second group joined by
    "and"/"et" (see ``_SECOND_GROUP_AT``), the first counted no more than four words before its
    locative (see ``_FIRST_GROUP_AT``); the second alone when it is "others"/"autres" (the first
    told farther: "cinq personnes, dont un policier, ont été tuées à X, et quatre autres à
    Y")."""
    spans: list[tuple[int, int]] = []
    for second in _SECOND_GROUP_AT.finditer(text, start, end):
        first = _FIRST_GROUP_AT.search(text, max(start, second.start() - 80), second.start())
        if first is not None:
            spans.append((first.start(1), first.end(1)))
        elif second.group(1) not in _OTHERS:
            continue  # "and three in Y" needs a first group told at its place
        spans.append((second.start(2), second.end(2)))
    return spans


def _apart_from_the_other_group(
    hit: PlaceHit, accepted: Sequence[PlaceHit], grouped: Sequence[tuple[int, int]]
) -> PlaceHit:
    """A place the gazetteer lacks where a group of victims was told, not inside the town
    where the other group was ("deux villageois à X et trois à Y": X is no part of Y); its
    country stays."""
    place = hit.place
    if place.listed or place.parent_id is None or (hit.start, hit.end) not in grouped:
        return hit
    if not any(
        a.place.location_id == place.parent_id and (a.start, a.end) in grouped for a in accepted
    ):
        return hit
    apart = _without_point(
        place.location_id, place.name, place.feature_type, place.country_iso2, (None, None, None)
    )
    return PlaceHit(hit.start, hit.end, apart, False, False, False)


def _qualifies_a_named_division(folded: str, end: int, accepted: Sequence[PlaceHit]) -> bool:
    """Whether the name ending at ``end`` is followed by a division noun, "of" and a listed
    place that is no country: a word that qualifies that division, not a place."""
    after = _DIVISION_OF_AFTER.match(folded, end)
    if after is None:
        return False
    # (0.27.0) a district of a province names the district ("the Al-Azim district of Diyala
    # province", "the X district of Katsina State"): a district lies inside a first-level
    # division, it is not one
    district = folded.startswith(" district", end)
    return any(
        hit.start == after.end()
        and hit.place.feature_type != "country"
        and not (district and hit.place.feature_type == "admin1")
        for hit in accepted
    )


# What measures a distance or a direction from a name, or puts a place at its edge ("à une
# quinzaine de kilomètres de X", "15 km from X", "north of X", "à la sortie de X", "on the
# outskirts of X"): the name is a place even when the gazetteer lacks it.
_MEASURED_LEAD: Final = quick_compile(
    r"\b(?:km|kilometres?|kilometers?|miles|north|south|east|west|northeast|northwest|"
    r"southeast|southwest|nord|sud|est|ouest|nord est|nord ouest|sud est|sud ouest|outskirts|"
    r"vicinity|environs|alentours|abords|sortie|entree|exit|entrance|peripherie|periphery)"
    r" (?:of|from|de|du|d')(?: the)? ?"
)
_MEASURED_WORDS: Final = word_set(("km", "kilom", "mile", "north", "south", "east", "west", "nord",
                                   "sud", "est", "ouest", "outskirts", "vicinity", "environs",
                                   "alentours", "abords", "sortie", "entree", "exit", "entrance",
                                   "peripher"))  # fmt: skip


def _unlisted_landmark(
    matched: tuple[Sequence[Match], Sequence[Match]],
    accepted: Sequence[PlaceHit],
    texts: tuple[str, str],
    bounds: tuple[int, int],
    home: str | None,
    looked_up: tuple[Callable[[str], Sequence[Place]] | None, int],
) -> list[PlaceHit]:
    """The one name the gazetteer lacks that a distance or a direction is measured from, or at
    whose edge the sentence puts what happened ("à une quinzaine de kilomètres de Makalondi",
    "on the outskirts of X"), in a sentence that names no other place than areas: the attack
    was near it (as near a landmark the gazetteer has), in the area named beside it or in the
    article's country (``matched``: the place matches, and those with the nationalities and
    actors, which no such name may start; ``looked_up``: the gazetteer's lookup, and the word
    mask of the sentence). None when several such names are told, or at sea ("60 nautical miles
    west of Mokha")."""
    named = matched[1]
    text, folded = texts
    start, end = bounds
    sites, words = looked_up
    if not words & _MEASURED_WORDS or _AT_SEA.search(folded, start, end):
        return []
    spans = []
    for lead in _MEASURED_LEAD.finditer(folded, start, end):
        name = _NAME.match(text, lead.end())
        if (
            name is not None
            and name.end() <= end
            and not any(m.start == name.start() for m in named)
            and not (words & _ORIGIN_BIT and told_as_origin(folded, name.start(), start))
        ):
            spans.append((name.start(), name.end()))  # (0.30.0: not "fired from north of X")
    hit = _the_one_unlisted(spans, matched, accepted, texts, home, sites)
    return [] if hit is None else [PlaceHit(hit.start, hit.end, hit.place, False, True, False)]


def _the_one_unlisted(
    spans: Sequence[tuple[int, int]],
    matched: tuple[Sequence[Match], Sequence[Match]],
    accepted: Sequence[PlaceHit],
    texts: tuple[str, str],
    home: str | None,
    sites: Callable[[str], Sequence[Place]] | None,
) -> PlaceHit | None:
    """The place the gazetteer lacks that the one name at ``spans`` stands for (none when
    several names are told, or when the name is a place the gazetteer has)."""
    if len(spans) != 1:
        return None
    hit = _unlisted_hit(matched, accepted, texts, spans[0], home, sites)
    return None if hit is None or hit.place.listed else hit


# A locative right before a name: French "à" (the text's accent, not the English article),
# "près de", "near".
_AT_NAME: Final = quick_compile(
    r"(?:(?<![\w'’])(?:à |près d(?:e |')|near |in |(?:massacre|bombing)s? (?:of|at) )|"
    # (0.27.0) the other words of nearness ("sur une île proche de X", "close to X", "non
    # loin de X", "not far from X", "à proximité de X")
    r"(?<![\w'’])(?:proches? d(?:e |')|close to |non loin d(?:e |')|not far from |"
    r"à proximité d(?:e |'))|"
    # (0.26.0) a place told as next to the one named before ("the gunmen also attacked
    # neighbouring X", "raided nearby X", "le village voisin de X")
    r"(?<![\w'’])(?:neighbouring|neighboring|nearby) |(?<![\w'’])voisine?s? (?:de |d')|"
    # (after an elision too: "l'attaque de X", "l'attentat de X")
    r"(?<!\w)(?:massacre|tuerie|attentat|attaque)s? (?:de |d')|"
    # (0.26.0) and the words that name a massacre by its place ("le drame de X", "le carnage
    # de X", "la tragédie d'X", "l'embuscade de X"; "the tragedy at X", "the ambush at X")
    r"(?<!\w)(?:drame|carnage|trag[ée]die|embuscade)s? (?:de |d')|"
    r"(?<![\w'’])(?:tragedy|carnage|ambush|killings) (?:of|at) |"
    # (0.24.0) the target of an attack that an area situates right after it ("l'attaque menée
    # samedi contre Barsalogho, dans le Centre-Nord", "the attack on X, in the Centre-Nord
    # region")
    r"(?<![\w'’])(?:contre |(?:attacks?|assault|raid) on )"
    r"(?=[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?, (?:dans|en|au|in) ))"
    r"(?=[A-ZÀ-ÖØ-Þ])"
)
_AT_NAME_WORDS: Final = (
    "à ",
    "près d",
    "proche",
    "close to",
    "loin d",
    "far from",
    "near ",
    "in ",
    "neighbo",
    "nearby ",
    "voisin",
    "massacre",
    "tuerie",
    "attentat",
    "attaque",
    "drame",
    "carnage",
    "tragédie",
    "tragedie",
    "embuscade",
    "tragedy",
    "ambush",
    "killings",
    "bombing",
    "contre ",
    "ttack on ",
    "ttacks on ",
    "ssault on ",
    "raid on ",
)
# Words before "à X" that make X a person or a medium spoken to ("a déclaré à Reuters").
_SPOKEN_TO: Final[frozenset[str]] = frozenset(
    {"dit", "declare", "indique", "confie", "explique", "raconte", "affirme", "precise",
     "annonce", "assure", "repondu", "ecrit", "demande", "rapporte", "parle", "envoye",
     "adresse", "lance", "rendu", "hommage", "appel", "interview", "entretien", "selon"}
)  # fmt: skip
_NOT_PLACE_AFTER_A: Final[frozenset[str]] = ENGLISH_MONTH_WORDS | frozenset(
    {"noel", "paques", "dieu", "allah", "jesus", "ramadan", "tabaski", "l'aid", "aid",
     # what "in" puts things in besides places (and months): bodies, faiths, tongues, plans
     "parliament", "congress", "court", "islam", "christianity", "english", "french",
     "arabic", "operation", "god", "government", "state", "the", "his", "her", "their", "its"}
)  # fmt: skip


def _unlisted_located(
    matched: tuple[Sequence[Match], Sequence[Match]],
    accepted: Sequence[PlaceHit],
    texts: tuple[str, str],
    bounds: tuple[int, int],
    home: str | None,
) -> list[PlaceHit]:
    """The one name the gazetteer lacks that "à", "près de" or "near" puts the sentence's
    event at ("huit soldats avaient été tués à Kpinkankandi", "near Tamouga"), or that a
    massacre or a bombing is named after ("le massacre de Seytenga", "the massacre at X"), in
    a sentence that names no other place than areas and the way travellers went, in the area
    named beside it or in the article's country; never a name the lexicons know (a group, a
    nationality), a feast or one spoken to ("a déclaré à Reuters"). "Near" and "près de" put
    the attack near it."""
    named = matched[1]
    text, folded = texts
    start, end = bounds
    piece = text[start:end]
    if not any(lead in piece for lead in _AT_NAME_WORDS):
        return []  # (the cheap test: most sentences have none of them)
    spans = []
    near = False
    for lead in _AT_NAME.finditer(text, start, end):
        name = _NAME.match(text, lead.end())
        if name is None or name.end() > end or any(m.start == name.start() for m in named):
            continue
        if fold_key(name.group(0)).split(" ")[0] in _NOT_PLACE_AFTER_A:
            continue
        words = _previous_words(folded, lead.start(), start, 2)
        if not _SPOKEN_TO.isdisjoint(words):
            continue
        spans.append((name.start(), name.end()))
        near = lead.group(0).startswith(_NEAR_LEADS)
    hit = _the_one_unlisted(spans, matched, accepted, texts, home, None)
    if hit is None:
        return []
    return [PlaceHit(hit.start, hit.end, hit.place, False, near, False)]


# The leads of _AT_NAME that put the attack near the name, not at it.
_NEAR_LEADS: Final = ("près", "near", "proche", "close to", "non loin", "not far", "à proximité")
_LONGER_NAME: Final = re.compile(r"(?: [A-Z][\w'’-]*){1,2}")


def _outermost(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sorted spans without those inside a longer one ("Ene" read on its own inside
    "Vizcatán del Ene" is that name's end, not a second place)."""
    return [
        span
        for span in spans
        if not any(o[0] <= span[0] and span[1] <= o[1] and o != span for o in spans)
    ]


def _after_an_english_article(text: str, start: int) -> bool:
    """Whether the word before ``start`` is the English article "a" (folded like French "à"):
    "a White House spokesperson" puts nothing at the White House."""
    before = text[max(0, start - 3) : start]
    return before in {" a ", " A "} or (start == 2 and before[-2:] in {"a ", "A "})


def _names_ending_in_a_country(
    matches: Sequence[Match], text: str, folded: str, sentence_start: int
) -> list[tuple[int, int]]:
    """Spans of the names a country's name ends after a locative ("in Puerto Jordan, Arauca",
    "à Nueva Colombia"): a place of its own, to be placed like any name the gazetteer lacks."""
    spans: list[tuple[int, int]] = []
    for match in matches:
        key = match.entry.key
        if key is None or match.entry.family != PLACE:
            continue
        if not any(p.feature_type == "country" for p in key.places):
            continue
        head = _longer_name_head(text, match.start)
        if head is not None and _after_a_locative(folded, head.start(1), sentence_start):
            spans.append((head.start(1), match.end))
    return spans


def _names_owned_by_an_area(
    matches: Sequence[Match], text: str, sentence_start: int
) -> list[tuple[int, int]]:
    """Spans of the names a division noun types after an area's possessive ("in Jammu and
    Kashmir's Poonch district", "in Pakistan's remote Kurram district", "Borno State's Gwoza
    local government area"): a division of that area, to be placed like any name the gazetteer
    lacks, in the area's country (whatever namesakes abroad the gazetteer has)."""
    spans: list[tuple[int, int]] = []
    for match in matches:
        key = match.entry.key
        if key is None or match.entry.family != PLACE or match.start < sentence_start:
            continue
        if not any(p.feature_type in _AREAS_FOR_CONTEXT for p in key.places):
            continue
        owned = _AREA_OWNS_A_DIVISION.match(text, match.end)
        if owned is not None:
            spans.append((owned.start(1), owned.end(1)))
    return spans


# An area's possessive, at most two lower-case words (its position: "restive northwestern"),
# then a capitalised name of up to three words and the division noun that types it.
_AREA_OWNS_A_DIVISION: Final = re.compile(
    r"(?:'s|’s) (?:[a-z]+ ){0,2}?([A-ZÀ-ÖØ-Þ][\w’'-]*(?: [A-ZÀ-ÖØ-Þ][\w’'-]*){0,2}) "
    r"(?i:district|county|province|governorate|prefecture|oblast|raion|tehsil|woreda|township|"
    r"local government area|municipality)\b"
)


# A neighbourhood noun before or after a name ("le quartier de X", "the X neighbourhood"): the
# name is a part of a town, whatever namesake cities abroad have.
_NEIGHBOURHOOD_BEFORE: Final = re.compile(
    r"\b(?:quartier|faubourg|neighbourhood|neighborhood) (?:de |d'|du |of )$"
)
# A police, army or town-hall building of a place ("le commissariat de X", "the police station
# of X"): what an attack hits, named after the place it stands in.
_FACILITY_OF: Final = re.compile(
    r"\b(?:commissariat|poste de police|gendarmerie|mairie|hotel de ville|caserne|"
    r"poste militaire|camp militaire|base militaire|police station|town hall|barracks|"
    r"army post|military post) (?:de |d'|du |of )$"
)
_NEIGHBOURHOOD_AFTER: Final = re.compile(r" (?:neighbou?rhoods?|quarter)\b")


def _namesakes_abroad(
    matches: Sequence[Match],
    accepted: Sequence[PlaceHit],
    texts: tuple[str, str],
    sentence_start: int,
    home: str,
) -> list[tuple[int, int]]:
    """Spans of names a locative word puts an event at ("à Boni", "near Tera") that the
    gazetteer knows only as towns of other countries than the article's, too small to be
    reported from abroad (``_country_fits`` leaves them): a village the gazetteer lacks, in the
    article's country, not nothing. A town of the country of a place the sentence does name
    ("à Faladié ainsi qu'à l'aéroport de Sénou", in Bamako) is no namesake."""
    text, folded = texts
    named = {hit.place.country_iso2 for hit in accepted}
    spans: list[tuple[int, int]] = []
    for match in matches:
        key = match.entry.key
        if key is None or match.entry.family != PLACE or key.common:
            continue
        if any(place.country_iso2 == home or place.country_iso2 in named for place in key.places):
            continue
        if (
            any(
                (place.feature_type not in {"town", "admin2"} and place.location_id not in key.weak)
                or (place.population >= CITY_REACH and place.location_id not in key.weak)
                for place in key.places
            )
            and _NEIGHBOURHOOD_BEFORE.search(folded, max(0, match.start - 20), match.start) is None
        ):
            # (the cheap test first: most names have a place at home or are cities; but a
            # neighbourhood is named after anything: "le quartier de Sabra, à Gaza-ville")
            continue
        if (
            not initial_capital(text, match.start)
            or not (
                _after_a_locative(folded, match.start, sentence_start)
                or _FACILITY_OF.search(folded, max(0, match.start - 25), match.start) is not None
                or _apposed_home_area(matches, folded, match, home)
            )
            or _after_an_english_article(text, match.start)
            or _name_goes_on(text, match.start, match.end)  # "near Bulo Burte": _longer_names
        ):
            continue
        spans.append((match.start, match.end))
    return spans


# (0.20.0) A settlement noun in apposition right after a name ("Solhan, un bourg de la province
# du Yagha", "X, a town in Y province"): the area named next says which country it is in.
_SETTLEMENT_APPOSED: Final = re.compile(
    r",? (?:un|une|a|an|the) (?:petit |petite |small |gros |remote |rural )?"
    r"(?:bourg|village|town|localite|commune|city|ville|hameau|hamlet|locality|settlement|"
    r"agglomeration|chef lieu)\b"
)
_SETTLEMENT_APPOSED_REACH: Final = 60  # characters from the name to the area that holds it


def _apposed_areas(matches: Sequence[Match], folded: str, end: int) -> list[Sequence[Place]]:
    """The areas (each key's places that are areas) named within reach after a settlement noun
    in apposition right after a name ending at ``end`` ("X, un bourg de la province du Y")."""
    apposed = _SETTLEMENT_APPOSED.match(folded, end)
    if apposed is None:
        return []
    found: list[Sequence[Place]] = []
    for other in matches:
        key = other.entry.key
        if (
            key is not None
            and other.entry.family == PLACE
            and apposed.end() <= other.start <= end + _SETTLEMENT_APPOSED_REACH
        ):
            areas = [place for place in key.places if place.feature_type in _AREAS_FOR_CONTEXT]
            if areas:
                found.append(areas)
    return found


def _apposed_home_area(matches: Sequence[Match], folded: str, match: Match, home: str) -> bool:
    """Whether a settlement noun in apposition follows the name and an area of the article's
    country (``home``) comes within reach after it ("la tuerie de Solhan, un bourg de la
    province du Yagha" is a town of Burkina Faso's Yagha, not Turkey's Solhan)."""
    return any(
        any(place.country_iso2 == home for place in areas)
        for areas in _apposed_areas(matches, folded, match.end)
    )


def _apposed_area_abroad(
    matches: Sequence[Match], folded: str, end: int, country: str | None
) -> bool:
    """Whether the area a settlement noun in apposition names lies in no part of ``country``
    (the town's): the name is another town's, of that area's country."""
    return any(
        all(place.country_iso2 != country for place in areas)
        for areas in _apposed_areas(matches, folded, end)
    )


def _longer_names(
    matches: Sequence[Match], text: str, folded: str, sentence_start: int
) -> list[tuple[int, int]]:
    """Spans of the longer names a locative puts a matched name at the head of ("à Majdal Zoun",
    "in Bhata Dhurian": see ``_name_goes_on``), to be placed like any name the gazetteer
    lacks."""
    spans: list[tuple[int, int]] = []
    for match in matches:
        if match.entry.family != PLACE or not _name_goes_on(text, match.start, match.end):
            continue
        words = _previous_words(folded, match.start, sentence_start, 3)
        if not words or words[-1] not in _LOCATIVE_BEFORE_NAME:
            continue
        if _after_an_english_article(text, match.start):
            continue  # "tore through a Roman Catholic Mass": an adjective, no town's name
        if not _SPOKEN_TO.isdisjoint(words[:-1]):
            continue  # "a-t-il déclaré à Kivu Matin": a newspaper spoken to
        rest = _LONGER_NAME.match(text, match.end)
        if rest is not None:
            spans.append((match.start, rest.end()))
    return spans


def _unlisted_hit(
    matched: tuple[Sequence[Match], Sequence[Match]],
    accepted: Sequence[PlaceHit],
    texts: tuple[str, str],
    span: tuple[int, int],
    home: str | None,
    sites: Callable[[str], Sequence[Place]] | None,
) -> PlaceHit | None:
    """The place a typed name at ``span`` stands for (``matched``: the place matches, and
    those with the nationalities and actors): a base at a town the ordinary rules took, the
    gazetteer's place of that name in the country, else a place the gazetteer lacks."""
    matches, qualifiers = matched
    text, folded = texts
    start, end = span
    taken = next((h for h in accepted if h.start < end and start < h.end), None)
    if taken is not None:  # a gazetteer place the ordinary rules took
        return _base_at_town(folded, taken, sites)  # "une autre base aérienne, Balad"
    name = text[start:end].strip(" -'’")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    if _abbreviation(text, start, start + len(name)):
        return None  # "the U.S. air base": the U of U.S.
    if len(name) > 1 and name.isupper():
        return None  # "un camp du PDKI", "the UNMISS camp": a group's acronym, no place
    if any(m.start == start for m in matches) and _reference_point(
        _previous_words(folded, start), _NO_PLACE, folded, start
    ):
        return None  # "70 miles southeast of the port city of Aden": a landmark the rules left
    words = fold_key(name).split(" ")
    if words[0] in _NOT_NAMES or _nationality(qualifiers, start, end, name):
        return None
    if _people_located(_previous_words(folded, start), folded, start, max(0, start - 100)):
        return None  # "a local official in X local government area": where the official is
    if not _GROUP_WORDS.isdisjoint(words):
        return None  # "a camp of the Democratic Party of Kurdistan": a group, no place
    country, admin1, admin2, parent = _context_area(
        matches,
        folded,
        (start, end),
        home,
        (text, {i for h in accepted for i in (h.place.location_id, h.place.parent_id) if i}),
    )
    national = typed_nationality(
        folded, [m for m in qualifiers if m.entry.family == DEMONYM], start
    )
    if national is not None and national != country:
        country, admin1, admin2, parent = national, None, None, None
    if country is None:
        return None
    listed = _listed_in(matches, start, start + len(name), country)
    if listed is not None:  # the text names as a place one the gazetteer has there
        if _NEIGHBOURHOOD_BEFORE.search(folded, max(0, start - 20), start) and (
            _a_part_of_a_city_named_next(
                [(m.start, m.end, m.entry.key) for m in matches if m.entry.key is not None],
                (start, start + len(name)),
                listed,
                folded,
            )
        ):
            return None  # (0.24.0) "le quartier de Kyivskyi, à Odessa": a part of that city
        return PlaceHit(start, start + len(name), listed, False, False, False)
    if _PROVINCE_NOUN_BEFORE.search(folded, max(0, start - 30), start) is not None and (
        _a_division_of(matches, start, start + len(name), country)
    ):
        return None  # "dans la région de Mopti": a division the gazetteer has, no new town
    end = start + len(name)
    feature, name = _base_named(folded, start, end, name)
    known = _listed_site(sites, name, feature, country)
    if known is None and feature == "town":
        known = _spelled_in_english(sites, name, country)
    if known is not None:
        return PlaceHit(start, end, known, False, False, False)
    place = _without_point(
        f"{country.lower()}-unlisted-{_slug(name)}",
        name,
        feature,
        country,
        (admin1, admin2, parent),
    )
    return PlaceHit(start, end, place, False, False, False)


def _without_point(
    location_id: str,
    name: str,
    feature: str,
    country: str | None,
    within: tuple[str | None, str | None, str | None],
) -> Place:
    """A place the gazetteer lacks (``within``: its admin1, admin2 and parent), with no point."""
    admin1, admin2, parent = within
    return Place(
        location_id=location_id,
        name=name,
        feature_type=feature,
        admin1=admin1,
        country_iso2=country,
        latitude=None,
        longitude=None,
        parent_id=parent,
        admin2=admin2,
        listed=False,
    )


_NATION_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"us", "u.s.", "u.s", "uk", "u.k.", "usa"})


def _nationality(matches: Sequence[Match], start: int, end: int, name: str) -> bool:
    """ "the US military base", "une base militaire russe", "the Colombian base": a
    nationality or a country qualifies the noun, it names no place."""
    if fold_key(name) in _NATION_ABBREVIATIONS:
        return True
    return any(
        m.start < end
        and start < m.end
        and (
            m.entry.family in (DEMONYM, ACTOR)
            or (
                m.entry.key is not None
                and m.start <= start  # "Puerto Jordan" ends with a country: a name of its own
                and any(p.feature_type == "country" for p in m.entry.key.places)
            )
        )
        for m in matches
    )


def _abbreviation(text: str, start: int, end: int) -> bool:
    """A name of one or two letters next to a full stop ("U.S.", "U.N."): an abbreviation."""
    return end - start <= 2 and (text[end : end + 1] == "." or text[start - 1 : start] == ".")


# French romanisation against the English one the gazetteer holds: "Graïvoron" is Grayvoron,
# "Valouïki" Valuyki, "Marioupol" Mariupol, "Chebaa" Shebaa, "Djenine" Jenin, "Jytomyr"
# Zhytomyr. Each step rewrites the name the French way to the English way.
_ROMANISATION_STEPS: Final[tuple[tuple[tuple[str, str], ...], ...]] = (
    (("ï", "y"), ("ÿ", "y"), ("ou", "u")),
    (("tch", "\x00"), ("ch", "sh"), ("\x00", "ch")),
    (("dj", "j"),),
    (("iu", "yu"), ("ia", "ya"), ("io", "yo"), ("ie", "ye")),
)
_ZH: Final = (("j", "zh"),)


def _romanised(name: str) -> list[str]:
    """The English romanisations a French-spelled name may have (see ``_ROMANISATION_STEPS``),
    each step applied on top of the ones before, and the Slavic "j" as "zh" on the first."""
    spelled = name.lower()
    variants: list[str] = []
    for step in _ROMANISATION_STEPS:
        for old, new in step:
            spelled = spelled.replace(old, new)
        variants.append(spelled)
    zh = variants[0]
    for old, new in _ZH:
        zh = zh.replace(old, new)
    variants.append(zh)
    return [v for v in dict.fromkeys(variants) if v != name.lower()]


# An Arabic article written fused to the name ("Elwak", "Alqaim"), as the gazetteer writes it
# apart ("El Wak", "Al Qaim"): the article, then a name of three letters or more.
_FUSED_ARTICLE: Final = re.compile(r"(el|al)([bcdfghjklmnpqrstvwxyz][a-z]{2,})")


def _article_apart(name: str) -> list[str]:
    """The name with a fused Arabic article written apart ("Elwak" -> "el wak"), if it has one."""
    fused = _FUSED_ARTICLE.fullmatch(name.lower())
    return [f"{fused.group(1)} {fused.group(2)}"] if fused is not None else []


def _spelled_in_english(
    sites: Callable[[str], Sequence[Place]] | None, name: str, country: str
) -> Place | None:
    """The one town of the country the gazetteer lists under the name itself (a namesake
    abroad took the text's longer key: "in Jammu and Kashmir's Poonch district", where the
    gazetteer's "Poonch District" is Pakistan's), under the English romanisation of a name it
    lacks ("à Graïvoron, dans la région russe de Belgorod" is Grayvoron), or with its Arabic
    article written apart ("from Elwak town" is El Wak), else None (several towns, or none: the
    name stays unlisted)."""
    if sites is None:
        return None
    for variant in [name, *_romanised(name), *_article_apart(name)]:
        towns = {
            p.location_id: p
            for p in sites(variant)
            if p.feature_type in SETTLEMENT_FEATURES and p.country_iso2 == country
        }
        if len(towns) == 1:
            return next(iter(towns.values()))
    return None


def _listed_site(
    sites: Callable[[str], Sequence[Place]] | None, name: str, feature: str, country: str
) -> Place | None:
    """The gazetteer's base of that name in that country, when the text typed one."""
    if sites is None or feature == "town":
        return None
    return next(
        (p for p in sites(name) if p.feature_type in SITE_FEATURES and p.country_iso2 == country),
        None,
    )


def _base_at_town(
    folded: str, town: PlaceHit, sites: Callable[[str], Sequence[Place]] | None
) -> PlaceHit | None:
    """A base the text types with a town's name ("une autre base aérienne, Balad", "the Balad
    air base"): the gazetteer's base of that name, else one inside the town (no point)."""
    if town.place.feature_type not in SETTLEMENT_FEATURES:
        return None
    feature, name = _base_named(folded, town.start, town.end, town.place.name)
    if feature == "town" or feature == _DAM_FEATURE:
        # (a dam named after a town the gazetteer has is reported at the town: "the Merowe
        # Dam" is at Merowe; one named after no listed town is a site: "the Tishreen Dam")
        return None
    inside = town.place
    known = _listed_site(sites, name, feature, inside.country_iso2 or "")
    if known is None and _A_BASE_OF.search(folded, max(0, town.start - 40), town.start):
        # "une base militaire de Tame", "a military base in Tame": one base of the town, not a
        # base named after it ("une autre base aérienne, Balad"), is reported at the town (near
        # it: ACLED's precision 2) rather than as a place without a point.
        return PlaceHit(town.start, town.end, inside, town.anaphor, True, town.landmark)
    place = known or _without_point(
        f"{inside.location_id}-{_slug(name)}",
        name,
        feature,
        inside.country_iso2,
        (inside.admin1, inside.admin2, inside.location_id),
    )
    return PlaceHit(town.start, town.end, place, town.anaphor, town.near, town.landmark)


# An indefinite base of a town: "une base militaire de X", "a military base in X", "an army base
# near X".
_A_BASE_OF: Final = re.compile(
    r"\b(?:une|un|a|an)\s+(?:[a-z]+\s+)?(?:base|garrison|garnison|camp)(?:\s+[a-z]+){0,2}\s+"
    r"(?:de|d'|du|of|in|at|near|a|pres de)\s*$"
)


def _base_named(folded: str, start: int, end: int, name: str) -> tuple[str, str]:
    """The feature and name of a place the gazetteer lacks: a base when a base noun types it
    ("la base aérienne X", "the X air base": "X Air Base"), else a town."""
    before = _BASE_AROUND.search(folded, max(0, start - 22), start)
    after = _BASE_AROUND.match(folded, end + 1) if folded.startswith(" ", end) else None
    found = after or before
    if found is None or (
        before is not None
        and folded[before.end() : start].strip(" ,") not in {"", "de", "d'", "of", "of the"}
    ):
        return "town", name
    feature, suffix = _BASES[found.group(0)]
    if name.lower().endswith(suffix.lower()):
        return feature, name
    return feature, f"{name} {suffix}"


def _a_division_of(matches: Sequence[Match], start: int, end: int, country: str) -> bool:
    """Whether the name at ``[start, end)`` is (or ends) a division of ``country`` the gazetteer
    has ("la région de Mopti" matched whole)."""
    for match in matches:
        key = match.entry.key
        if match.start > start or match.end != end or key is None:
            continue
        if any(p.country_iso2 == country and p.feature_type in _DIVISIONS for p in key.places):
            return True
    return False


def _listed_in(matches: Sequence[Match], start: int, end: int, country: str) -> Place | None:
    """The gazetteer's settlement of ``country`` spelled as the name at ``[start, end)``, if
    there is one: "des terroristes du PKK à Cukurca, district de Hakkari" is the listed
    Çukurca, whatever rule left it out."""
    for match in matches:
        key = match.entry.key
        if match.start != start or match.end != end or key is None:
            continue
        for place in key.places:
            if place.country_iso2 == country and place.feature_type in SETTLEMENT_FEATURES:
                return place
    return None


# A French place noun, a nationality, then the name ("la localité libanaise de Khiam", "le
# village syrien de X"); the English order puts the nationality first ("the Lebanese village
# of Khiam"): the place is in the nationality's country.
_FR_NATIONAL_PLACE_NOUN: Final = re.compile(
    r"\b(?:localite|village|ville|commune|bourgade|hameau|cite|agglomeration|town) $"
)
_NATIONAL_OF: Final = re.compile(r" (?:de |d')")
_EN_NATIONAL_PLACE_OF: Final = re.compile(
    r" (?:(?:border|frontier|coastal|southern|northern|eastern|western) )?"
    r"(?:village|town|city|hamlet|port city|port) of (?:the )?"
)


def _names_typed_with_a_nationality(
    text: str,
    folded: str,
    type_spans: Sequence[tuple[int, int]],
    demonyms: Sequence[Match],
) -> list[tuple[int, int]]:
    """Spans of capitalised names typed by a French place noun with a nationality between the
    noun and "de" ("la localité libanaise de Khiam"), which ``_names_typed`` does not read."""
    if not type_spans or not demonyms:
        return []
    spans: list[tuple[int, int]] = []
    for nationality in demonyms:
        name_start = _french_named_after(folded, nationality)
        name = _NAME.match(text, name_start) if name_start is not None else None
        if name is not None:
            spans.append((name.start(), name.end()))
    return spans


def _french_named_after(folded: str, nationality: Match) -> int | None:
    """Where the name starts when a French place noun comes before the nationality and "de"
    after it ("la localité libanaise de Khiam": at Khiam), else None."""
    if _FR_NATIONAL_PLACE_NOUN.search(folded, max(0, nationality.start - 20), nationality.start):
        of = _NATIONAL_OF.match(folded, nationality.end)
        if of is not None:
            return of.end()
    return None


def typed_nationality(folded: str, demonyms: Sequence[Match], start: int) -> str | None:
    """The country of the nationality that qualifies the place noun typing the name at
    ``start`` ("la localité libanaise de Khiam", "the Lebanese village of Khiam"), if any."""
    for nationality in demonyms:
        if not 0 < start - nationality.end <= 30 or not nationality.entry.hint:
            continue
        if (
            _french_named_after(folded, nationality) == start
            or _EN_NATIONAL_PLACE_OF.fullmatch(folded, nationality.end, start) is not None
        ):
            return nationality.entry.hint
    return None


def _names_typed(
    text: str, folded: str, sentence_start: int, type_spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of capitalised names that a place-type noun (``type_spans``, the automaton's
    "place_type" cues) introduces ("le village de X", "the town of X"), follows ("X village"),
    or describes in apposition ("X, a mining village", "à X, dans la région de Y", "in X,
    Borno State", "à X (cercle de Y)")."""
    spans: list[tuple[int, int]] = []
    for cue_start, cue_end in type_spans:
        noun = _TYPE_WORD.search(folded, cue_start, cue_end)
        if noun is None:
            continue
        start, end = noun.start(), noun.end()
        head = _TYPE_HEAD.match(folded, end)
        if head is not None and noun.group(0) == "barrage" and " of" in head.group(0):
            head = None  # "a barrage of Grad rockets": a salvo, no dam
        if head is None and noun.group(0) in _BASES:
            head = _BASE_HEAD.match(folded, end)  # "la base aérienne Osman Digna", "…, Balad"
        named_after = False
        if head is not None:
            name = _NAME.match(text, head.end())
            if name is not None:
                # "the capital's Village de Dieu neighbourhood": a place word written with a
                # capital inside a sentence is the head of the name itself
                titled = start > sentence_start + 1 and text[start].isupper()
                spans.append((start if titled else name.start(), name.end()))
                # (a settlement noun: "the Borno village of X" is X; "the Douentza district of
                # Mopti region": a division noun after a name is that name's division)
                named_after = not titled and (
                    noun.group(0) in _SETTLEMENT_NOUNS or noun.group(0) == "city"
                )
        apposition = _described(folded, sentence_start, start, noun.group(0), text, end)
        right_before = False
        if noun.group(0) in _LOOSE_AFTER_NOUNS and not _loose_area(text, folded, start, end):
            continue
        if (
            apposition is None
            and noun.group(0) in _TYPE_AFTER_NOUNS
            and start > sentence_start
            and not named_after  # "the Southwest town of Kumba": the town is Kumba
        ):
            apposition = start - 1  # "Ajwara village": the name ends right before the noun
            right_before = True
        elif apposition is None and noun.group(0) == "camp":
            kind = _CAMP_KIND.search(folded, max(sentence_start, start - 30), start)
            if kind is not None:  # "the Zamzam displacement camp", "the Balata refugee camp"
                apposition = kind.start() - 1
            elif (
                _CAMP_FOR.match(folded, end) is not None
                or _CAMP_SITUATED.match(folded, end) is not None
            ):
                # "the Plaine Savo camp for displaced people"; (0.23.0) a camp situated by a
                # town ("the Zamzam camp near El Fasher", "the X camp, near the town of Y")
                apposition = start - 1
        if apposition is not None:
            name = _NAME_BEFORE_TYPE.search(text, max(sentence_start, apposition - 40), apposition)
            if (
                right_before
                and name is not None
                and noun.group(0) in _DIVISIONS_AFTER_NAME
                and (
                    not (
                        _after_a_locative(folded, name.start(1), sentence_start)
                        or _division_of_an_area(folded, name.start(1), end, sentence_start)
                    )
                    or _possessive_around(text, (name.start(1), name.end(1)), end)
                )
            ):
                continue  # "in Pibor's Pochalla county", "in Khyber district's Bara tehsil"
            if name is None:
                continue
            name_start = name.start(1)
            if _sentence_initial(text, name_start, sentence_start):
                # (0.27.0) a sentence opening on the place, its preposition written with a
                # capital ("In X, a village in Y province, ...", "À X, un village de ..."):
                # the name follows the preposition
                opener = _OPENING_PREPOSITION.match(text, name_start, name.end(1))
                name_start = opener.end() if opener is not None else name_start
            if not _sentence_initial(text, name_start, sentence_start):
                # "Sagaing Region's Myaung Township": the name after the possessive province
                owner = max(
                    text.rfind("'s ", name_start, name.end(1)),
                    text.rfind("’s ", name_start, name.end(1)),
                )
                name_end = name.end(1)
                if text.endswith(_LOCAL_GOVERNMENT, name_start, name_end):
                    name_end -= len(_LOCAL_GOVERNMENT)  # "Faskari Local Government Area"
                spans.append((owner + 3 if owner != -1 else name_start, name_end))
    return spans


# A locative preposition written with its sentence's capital before a name ("In X, a village").
_OPENING_PREPOSITION: Final = re.compile(r"(?:In|At|Near|À|A|Dans|En|Au|Aux|Près de) (?=\w)")


# Nigeria's districts: "X Local Government Area" names X ("in Faskari Local Government Area of
# Katsina State", as "in Faskari LGA").
_LOCAL_GOVERNMENT: Final = " Local Government"


def _possessive_around(text: str, name: tuple[int, int], noun_end: int) -> bool:
    """Whether a possessive owns the name ("Pibor's Pochalla") or the noun after it
    ("Khyber district's Bara")."""
    inside = text[name[0] : name[1]]
    return "'s " in inside or "’s " in inside or text.startswith(("'s", "’s"), noun_end)


def _division_of_an_area(folded: str, start: int, noun_end: int, sentence_start: int) -> bool:
    """ "in the Barmal district of Paktika province": English sets an article before the
    division's name, and the area it lies in follows."""
    words = _previous_words(folded, start, sentence_start, 2)
    return (
        words == ["in", "the"]
        and folded.startswith(" of ", noun_end)
        and not folded.startswith(" of the ", noun_end)
    )


def _after_a_locative(folded: str, start: int, sentence_start: int) -> bool:
    """Whether the word before ``start`` is "in", "near", "dans", "à" (see
    ``_LOCATIVE_BEFORE_NAME``), or the two are "près de", "north of", "à l'est d'" (see
    ``_LOCATIVE_HEADS``)."""
    words = _previous_words(folded, start, sentence_start, 2)
    if not words:
        return False
    if words[-1] in _LOCATIVE_BEFORE_NAME or words[-1] in {"dans", "en"}:
        return True
    return len(words) == 2 and words[-1] in _OF_WORDS and words[-2] in _LOCATIVE_HEADS


# ", in central Somalia", " dans le nord du Mali", " in the north of": what joins a place to the
# area it lies in, the area's name next. The wire style sets the area after a bare comma or in
# brackets: "in Mabalako, North Kivu", "à Mabalako (Nord-Kivu)".
_AREA_WORDS: Final = (
    # "X, également dans la province voisine d'Abyan", "X, also in neighbouring Abyan": an
    # adverb, a division noun ("province", "arrondissement", "commune rurale", "county") and
    # "neighbouring" may stand before the area's name.
    r"(?:(?:egalement|aussi|also|lui aussi|elle aussi)\s+)?(?:in|dans|en|au|aux)\s+"
    r"(?:the\s+|le\s+|la\s+|l')?(?:(?:neighbouring|neighboring|nearby)\s+)?"
    r"(?:(?:province|region|district|state|etat|governorate|gouvernorat|prefecture|departement|"
    r"territoire|cercle|wilaya|zone de gouvernement local|arrondissement|county|comte|"
    r"municipality|municipalite|sous[ -]prefecture|sub[ -]county|"
    r"commune(?:\s+(?:rurale|urbaine))?)\s+(?:(?:voisine?|meme)\s+)?"
    r"(?:de\s+la\s+|de\s+l'|du\s+|de\s+|"
    r"d'|of\s+(?:the\s+)?)?)?(?:(?:far\s+|extreme\s+)?"
    r"(?:(?:north|south)(?:\s?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|centre|"
    r"nord|sud|est|ouest|nord\s(?:est|ouest)|sud\s(?:est|ouest))\s+"
    r"(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l'|de\s+|d')?)?"
    # (0.17.0) the larger area owning it, in English: "in south Kashmir's Anantnag district"
    r"(?:[a-z-]+'s\s+)?"
)
_IN_AREA_WORDED: Final = r",?\s+" + _AREA_WORDS
# _IN_AREA_WORDED, a bare comma or a bracket ("in Mabalako, North Kivu", "(Nord-Kivu)") where
# it opens on a blank or a comma, written from that first character (a comma, or a blank that
# is the first of the blanks), so that a search skips to the blanks and commas: the leftmost
# joint that runs to the end of the searched text (the area's name) in one search, instead of
# a fullmatch tried at every blank before it.
_JOINT_BEFORE_AREA: Final = re.compile(
    r"(?:,\s+(?:" + _AREA_WORDS + r")?| \s*(?:" + _AREA_WORDS + r"|\(\s*))\Z"
)
_IN_NAMED_AREA: Final = re.compile(_IN_AREA_WORDED)
# The words before a name that make it where something happened.
_LOCATIVE_BEFORE_NAME: Final[frozenset[str]] = frozenset(
    {"in", "at", "near", "outside", "around", "a", "vers"}
)
_OF_WORDS: Final[frozenset[str]] = frozenset({"of", "de", "d", "du"})
# "in the vicinity of X", "près de X", "north of X": "of", "de" after these.
_LOCATIVE_HEADS: Final[frozenset[str]] = frozenset(
    {"vicinity", "outskirts", "pres", "proximite", "environs", "alentours", "north", "south",
     "east", "west", "nord", "sud", "est", "ouest", "entree", "sortie", "entrance", "exit",
     "peripherie", "periphery", "edge", "abords", "centre", "center", "heart", "coeur"}
)  # fmt: skip


# Division nouns after which a town's name is its division ("dans l'arrondissement de Mokolo",
# "in the Matéri commune"): the joint of a name placed in it.
_DIVISION_NOUN_WORDS: Final[tuple[str, ...]] = (
    "province", "region", "district", "state", "etat", "governorate", "gouvernorat",
    "prefecture", "departement", "territoire", "cercle", "wilaya", "arrondissement", "county",
    "comte", "municipality", "municipalite", "commune",
)  # fmt: skip


# The areas a name told right before them is placed in ("near X, in northern Kenya", "in X, in
# Maru Local Government Area": a district too).
_LOCATING_AREAS: Final[frozenset[str]] = frozenset({"country", "admin1", "admin2", "region"})


def _names_located(
    matches: Sequence[Match], text: str, folded: str, sentence_start: int
) -> list[tuple[int, int]]:
    """Spans of capitalised names the text places in a known area right after them, after a
    locative word: "near Malelei, in northern Kenya", "in the vicinity of X in central
    Somalia", "à X, dans le nord du Mali"."""
    spans: list[tuple[int, int]] = []
    for match in matches:
        key = match.entry.key
        if key is None or match.entry.family != PLACE:
            continue
        window = max(sentence_start, match.start - 40)
        area = any(p.feature_type in _LOCATING_AREAS for p in key.places)
        # "à X, dans l'arrondissement de Mokolo", "at X, in the Mokolo district": a division
        # named after its town
        division_after = not area and DIVISION_AFTER_NAME.match(folded, match.end) is not None
        if not (
            area
            or division_after
            or contains_any(folded[window : match.start], _DIVISION_NOUN_WORDS)
        ):
            continue
        joint = _JOINT_BEFORE_AREA.search(folded, window, match.start)
        if joint is None:
            continue
        if not (area or division_after) and not any(
            word.rsplit("'", 1)[-1] in _DIVISION_NOUN_WORDS
            for word in folded[joint.start() : joint.end()].split()
        ):
            continue  # a town after a bare comma or "in" situates nothing
        name = _NAME_BEFORE_TYPE.search(
            text, max(sentence_start, joint.start() - 40), joint.start()
        )
        if name is None or _sentence_initial(text, name.start(1), sentence_start):
            continue
        words = _previous_words(folded, name.start(1), sentence_start, 2)
        if (words and words[-1] in _LOCATIVE_BEFORE_NAME) or (
            len(words) == 2 and words[1] in {"of", "de", "d"} and words[0] in _LOCATIVE_HEADS
        ):
            spans.append((name.start(1), name.end(1)))
        elif _BETWEEN_NAMES.search(text, max(sentence_start, name.start(1) - 50), name.start(1)):
            spans.append((name.start(1), name.end(1)))  # the second end (see _first_ends)
    return spans


# What an attack hits, then where: "two locations in X", "positions at X", "des cibles à X",
# "plusieurs positions à X": the name is a place.
# (0.25.0: also the hideouts, camps and strongholds of a group, and a second name joined by
# "and" ("airstrikes on ISWAP hideouts at Tumbun Rago and Kwatar Daban Masara", "des frappes
# sur des repaires de l'EI à X et Y"), up to three words each)
_TARGETS_IN_NAME: Final = quick_compile(
    r"\b(?:locations|positions|targets|sites|homes|houses|cibles|emplacements|habitations|"
    r"maisons|hideouts|camps|strongholds|enclaves|repaires|caches|bastions|refuges) "
    r"(?:(?:de l'|de la |du |des |d')[\w'’-]+(?: [\w'’-]+)? )?"  # "des repaires de l'EI à X"
    r"(?:in|at|near|a|à|pres de|près de) "
    r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"
    r"(?:,? (?:and|et) ([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}))?"
)
# The town an attack verb takes as its object, situated right after ("bandits attacked Dansadau
# in Maru Local Government Area", "des jihadistes ont attaqué Dansadau, dans l'État de Zamfara").
# (0.27.0) Also a list of towns, situated after it or continued by "as well as" ("struck X, Y
# and Z, as well as several hamlets in the Tillia department", "ont attaqué X, Y et Z, dans le
# département de Tillia").
_ATTACKED_NAME: Final = WordRegex(
    r"(?:attacked|stormed|raided|overran|ambushed|shelled|bombed|struck|a attaque|"
    r"ont attaque|a pris d'assaut|ont pris d'assaut|ont bombarde|a bombarde|ont pilonne|"
    r"a pilonne)(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
    r"(?: soir| matin)?)? ([a-z][\w'-]+(?: [a-z][\w'-]+)?"
    r"(?:(?:, [a-z][\w'-]+(?: [a-z][\w'-]+)?){0,4},? (?:and|et) [a-z][\w'-]+(?: [a-z][\w'-]+)?)?)"
    r"(?=,? (?:in|near|dans|pres de|au|en|as well as|ainsi que)\b)"
)
_LIST_SEPARATOR: Final = re.compile(r",? (?:and|et) |, ")


def _listed_names(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the names of a list ("x, y and z") between ``start`` and ``end``."""
    spans: list[tuple[int, int]] = []
    for separator in _LIST_SEPARATOR.finditer(folded, start, end):
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, end))
    return spans


# Its verbs (the French ones with their auxiliary: "l'attaque de X" is no verb): every
# _ATTACKED_NAME match holds one.
_ATTACKED_WORDS: Final = word_set(("attacked", "stormed", "raided", "overran", "ambushed",
                                   "shelled", "bombed", "struck", "a attaque", "ont attaque",
                                   "pris d'assaut", "a bombarde", "ont bombarde", "a pilonne",
                                   "ont pilonne"))  # fmt: skip


# The first end of a road named by its ends ("entre Diabaly et Sokolo", "the road between X
# and Y", "la route reliant X à Y", "a road linking X to Y"): a place, near which the attack
# was, when the gazetteer lacks it (the second end only tells the way).
_FIRST_ROAD_END: Final = re.compile(
    r"\b(?:entre|between|reliant|linking|connecting|joining) (?:la ville de |les villes de "
    r"|the towns of |the town of )?([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?) "
    r"(?:et|and|à|a|to|with) (?:la ville de |the town of )?[A-ZÀ-ÖØ-Þ]"
)
# (0.23.0) The parties of a relation are no road's ends ("a new spiral of violence between
# Washington and Tehran-aligned groups", "les tensions entre Bamako et Alger").
_RELATION_BEFORE: Final = re.compile(
    r"\b(?:violence|tensions?|relations?|talks|war|wars|conflict|clashes|rivalry|dispute|"
    r"negotiations|agreement|deal|ties|truce|ceasefire|rift|standoff|guerre|conflit|"
    r"affrontements|pourparlers|negociations|accord|rivalite|treve|cessez-le-feu|brouille|"
    r"crise|crisis|rapprochement)(?: [a-z'-]+){0,2} $"
)
_ROAD_ENDS_WORDS: Final = word_set(
    ("entre", "between", "reliant", "linking", "connecting", "joining")
)
# (0.26.0) A road named by its two ends, joined by a dash ("sur l'axe Diabaly-Dogofry", "la
# route Djibo-Bourzanga", "on the Gao-Ansongo road", "the Djibo-Bourzanga highway"): the
# attack was on that road, placed at its first end, as ACLED codes it.
_HYPHENATED_ROAD_END: Final = re.compile(
    r"\b(?:l'axe|l’axe|la route|la piste|le tronçon|le troncon|la RN ?\d+|la N ?\d+) "
    r"([A-ZÀ-ÖØ-Þ][\w'’]+)[-–][A-ZÀ-ÖØ-Þ][\w'’]+"
    r"|\b(?:the|on) ([A-ZÀ-ÖØ-Þ][\w'’]+)[-–][A-ZÀ-ÖØ-Þ][\w'’]+ "
    r"(?:road|highway|axis|route|motorway|expressway|track)\b"
)
# What happened on such a road, told right before it ("a heurté un engin explosif sur l'axe
# X-Y", "ambushed a convoy on the X-Y road"); not a road where more troops are asked for ("appelle
# à renforcer la présence militaire sur l'axe X-Y").
_DEED_BEFORE_ROAD: Final = re.compile(
    r"\b(?:attaqu|embuscade|ambush|attack|mine|engin|explos|ied|bomb|tir|fire|shot|abattu|tue|"
    r"killed|heurt|saute|struck|hit|raid|enlev|kidnap|abduct|assault|assaut|massacr)"
)
_HYPHENATED_ROAD_WORDS: Final = word_set(
    ("axe", "route", "piste", "troncon", "road", "highway", "axis", "motorway", "expressway",
     "track")
)  # fmt: skip


# The residents of a place attacked: the place ("ont tiré sur les habitants de X", "opened fire
# on residents of X", "massacred villagers of X").
_RESIDENTS_OF_NAME: Final = WordRegex(
    r"(?:tire|tires|ouvert le feu|attaque|massacre|massacres|tue|fired|opened fire|attacked|"
    r"massacred|killed|shot) (?:sur |on |at )?(?:les |des |the )?(?:habitants|villageois|"
    r"residents|villagers) (?:de |d'|du |of )([a-z][\w'-]+(?: [a-z][\w'-]+)?)"
)
_RESIDENTS_WORDS: Final = word_set(("habitants", "villageois", "residents", "villagers"))


# People attacked, not places: "attacked Christians in", "ont attaqué des Peuls".
_PEOPLE_NAMES: Final[frozenset[str]] = frozenset(
    {"christians", "muslims", "jews", "shiites", "sunnis", "alawites", "druze", "yazidis",
     "chretiens", "musulmans", "juifs", "chiites", "sunnites", "alaouites", "yezidis"}
)  # fmt: skip
# (0.20.0) An attack noun right before "near X" ("in an ambush near X", "an attack near X",
# "dans une embuscade près de X"): X is a place, in the article's country when the gazetteer
# lacks it.
_AMBUSH_NEAR_NAME: Final = quick_compile(
    r"\b(?:ambush|attack|assault|raid|blast|explosion|bombing|shooting|gunfight|firefight|"
    r"clash|clashes|encounter|embuscade|attaque|attentat|assaut|accrochage|"
    r"affrontements?) (?:near|close to|pres de|près de|non loin de) "
    r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?)"
)
_AMBUSH_NEAR_WORDS: Final = word_set(("near", "close to", "pres de", "non loin de"))  # (folded)
# (0.33.0) The attack a superlative is measured from, told by its pronoun and its place ("l'une
# des plus meurtrières depuis celle de Bohoma, en mars 2020"): the place's name.
_THE_ONE_OF_NAME: Final = quick_compile(
    r"\b[Dd]epuis cel(?:le|ui) (?:de |d['’])([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?)"
)
_THE_ONE_OF_WORDS: Final = word_set(("depuis cel",))  # (folded)
# (0.29.0) Two groups of victims, each told at a place of its own ("killed five people in X
# and four others in Y", "deux personnes ont été tuées à X et trois autres à Y"): both names
# are places, the gazetteer's or not (the toll of each goes to its own place).
_GROUP_COUNT: Final = (
    r"(?i:(?:(?:at least|au moins|more than|plus de) )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze))"
)
_GROUP_AT: Final = r" (?:in|at|near|à|au|dans|près de|pres de) "
_GROUP_PLACE: Final = r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"
_SECOND_GROUP_AT: Final = re.compile(
    r",? (?:and|et) " + _GROUP_COUNT + r"(?: ([\w'’-]+)){0,2}?" + _GROUP_AT + _GROUP_PLACE
)
# The word that makes the second group a group of its own without a first one counted near:
# "(and) four others in Y", "(et) quatre autres à Y".
_OTHERS: Final = frozenset({"others", "autres"})
_FIRST_GROUP_AT: Final = re.compile(
    r"\b"
    + _GROUP_COUNT
    + r"(?: [\w'’-]+){0,4}?"
    + _GROUP_AT
    + _GROUP_PLACE
    + r"(?:, [^,;.]{1,40})?$"
)
# (folded: "and"/"et" and the first word of every count _SECOND_GROUP_AT takes after it, the
# cheap test before it; most sentences hold an "and", few a count right after it)
_GROUPS_JOINED_WORDS: Final = word_set(
    tuple(
        f" {joint} {first}"
        for joint in ("and", "et")
        for first in ("at least", "au moins", "more than", "plus de", "one", "two", "three",
                      "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                      "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
                      "onze", "douze", *"0123456789")
    )
)  # fmt: skip
_TARGETS_IN_NAME_WORDS: Final = word_set(("locations", "positions", "targets", "sites", "homes",
                                          "houses", "cibles", "emplacements", "habitations",
                                          "maisons", "hideouts", "camps", "strongholds",
                                          "enclaves", "repaires", "caches", "bastions",
                                          "refuges"))  # fmt: skip


# A division's type written after its name ("Kani Township", "Tonj North County"): the name
# alone is the place, the longer span the same place again.
_TYPE_WORD_AFTER: Final = re.compile(
    r" (?:Township|District|County|Province|Region|State|Municipality|Department|Commune|"
    r"Governorate|Oblast|Raion|Tehsil|Sub-?district|LGA|Local Government Area)$"
)


def _without_type_word(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, less a longer one that only adds its type word to another found at the same
    start ("Kani Township" beside "Kani")."""
    ends_at: dict[int, set[int]] = {}
    for start, end in spans:
        ends_at.setdefault(start, set()).add(end)
    return [
        (start, end)
        for start, end in spans
        if not any(
            other < end and _TYPE_WORD_AFTER.fullmatch(text, other, end) is not None
            for other in ends_at[start]
        )
    ]


def _first_ends(
    text: str, sentence_start: int, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The second end of "between X and Y" stands for the first: the attack was on the way."""
    ends: list[tuple[int, int]] = []
    for start, end in spans:
        between = _BETWEEN_NAMES.search(text, max(sentence_start, start - 50), start)
        ends.append((between.start(1), between.end(1)) if between is not None else (start, end))
    return ends


# "between Malelei and Kulan in Garissa county", "entre Djibo et Namsiguia, dans le Soum": the
# attack was on the way between two places; the first one locates it.
_BETWEEN_NAMES: Final = re.compile(
    r"\b(?:between|entre) ([A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}) (?:and|et) $"
)


# "X, a farming community in Bama district", "X, a community near the border": what may
# follow "community" when it describes a place, not a person ("a community leader").
_PLACE_AFTER_COMMUNITY: Final = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|near|of|on|about|some|close|north|south|east|west|located|"
    r"outside|along|across|just|which|that|where|bordering|inside)\b"
)


# (0.20.0) A bare settlement noun in apposition, then the division that holds it ("Nguetchewe,
# localité de l'arrondissement de Mozogo", "X, village du département de Y"): the name before
# the comma is that settlement, as with an article ("une localité de").
_OF_A_DIVISION: Final = re.compile(
    r" (?:de|du|d') ?(?:l'|la |le )?(?:arrondissement|departement|commune|province|region|"
    r"cercle|district|territoire|prefecture|sous prefecture|wilaya|gouvernorat|canton|chefferie|"
    r"secteur|groupement|localite)\b"
)


def _described(
    folded: str, sentence_start: int, start: int, noun: str, text: str, end: int
) -> int | None:
    """Where the name a place-type noun describes in apposition ends (before its comma or
    bracket): ", a mining village", ", une localité" for a settlement noun; ", dans la région de
    Y", " (cercle de Y)", ", Borno State" for a division noun. A noun in the possessive
    describes no name: "X, the town's mayor said" speaks of the town told before."""
    if folded.startswith("'s ", end):
        return None
    before = _APPOSED.search(folded, max(sentence_start, start - 30), start)
    if before is None:
        return None
    words = before.group(1).split()
    if noun == "community" and _PLACE_AFTER_COMMUNITY.match(folded, end) is None:
        return None  # "X, a community leader", "X, a community health worker": a person
    if noun == "city" and _CITY_DESCRIBED.match(folded, end) is None:
        return None  # "X, a city official said": a person of the town told before
    if noun in _SETTLEMENT_NOUNS or noun in _CITY_NOUNS or noun == "community":
        bare_of_a_division = not words and _OF_A_DIVISION.match(folded, end) is not None
        if not bare_of_a_division and (not words or words[0] not in _ARTICLE_WORDS):
            return None
    else:
        of_a_name = (
            _UNIT_OF.match(folded, end) is not None
            and text[end : end + 40].lstrip(" deofuxs'")[:1].isupper()
        )
        named_before = bool(words) and text[before.start(1)].isupper()
        # (0.29.0) "X, sur une île du lac Tchad", "X, on an island in Lake Chad": an island
        island = noun in _ISLAND_NOUNS and words in _ON_AN_ISLAND
        if not (of_a_name or named_before or island):
            return None
    stop = before.start()
    while stop > sentence_start and text[stop - 1] == " ":
        stop -= 1
    return stop


_ISLAND_NOUNS: Final[frozenset[str]] = frozenset({"ile", "island"})
_ON_AN_ISLAND: Final = (["sur", "une"], ["on", "an"], ["une"], ["an"])


# A place-type noun, then what makes it introduce a name ("de", "of the"); the nouns that can
# follow a name ("Ajwara village", "the Liboi border post").
_BASE_NOUNS: Final = (
    r"air base|airbase|base aerienne|military base|base militaire|naval base|base navale|dam|"
    r"barrage"
)
_TYPE_WORD: Final = WordRegex(
    rf"(?:poste de controle|{_BASE_NOUNS}|{_TYPE_NOUNS}|border post|border crossing|checkpoint|"
    r"county|state|base|"
    r"poste|outpost|army post|military post|army detachment|military detachment|detachement|"
    r"detachment|garnison|garrison|"
    r"vallee|valley|oilfield|oil field|gas field|police station|junction|"
    r"checkpost|check post|police post|"
    r"site de deplaces|site des deplaces|site de personnes deplacees|displacement site|idp site|"
    r"champ petrolier|champ gazier|centre de sante|hopital|ecole|eglise|mosquee|dispensaire|"
    r"province|oblast|governorate|gouvernorat|prefecture|wilaya|cercle|township|tehsil|woreda|"
    r"canton|territoire|territory|island|peninsula|ile|presqu'ile|"
    # (0.29.0) mines and mining sites ("the X mining site", "la mine d'or de X")
    r"gold mining site|gold mines?|mining sites?|mining camp|sites? miniers?|mines? d'or|"
    r"sites? d'orpaillage|site aurifere)\b"
)
# A base's kind and the English words its name takes ("Osman Digna Air Base").
_BASES: Final[dict[str, tuple[str, str]]] = {
    "air base": ("airbase", "Air Base"),
    "airbase": ("airbase", "Air Base"),
    "base aerienne": ("airbase", "Air Base"),
    "military base": ("military_base", "Military Base"),
    "base militaire": ("military_base", "Military Base"),
    "naval base": ("military_base", "Naval Base"),
    "base navale": ("military_base", "Naval Base"),
    "dam": ("other", "Dam"),  # "near the Tishreen Dam": a site the gazetteer may lack
    "barrage": ("other", "Dam"),  # "près du barrage de Tichrine" (not "a barrage of rockets")
}
_DAM_FEATURE: Final = "other"  # (the only kind of _BASES that "other" stands for)
_BASE_AROUND: Final = re.compile(rf"\b(?:{_BASE_NOUNS})\b")
_BASE_HEAD: Final = re.compile(",? ")
# "le village de X", "la commune rurale de X", "le camp de déplacés de X", "the town of X"
_TYPE_HEAD: Final = re.compile(
    r"(?: rurale| urbaine| militaire| de (?:deplaces|refugies|personnes deplacees)|"
    r" hebdomadaire| central| principal| aux bestiaux| weekly| main|"
    # one adjective of a facility ("une église pentecôtiste de Kasindi")
    r" (?:pentecotiste|catholique|protestante|evangelique|primaire|secondaire|coranique|"
    r"publique|communautaire|regional|general|"
    # (0.20.0) the people or the faith of a village, or how remote it is ("le village peul
    # d'Ogossagou", "le village dogon de Sobane Da", "la localité chrétienne de X")
    r"peule?|peulh|peuhl|dogon|touareg|touaregue|bambara|haoussa|arabe|chretienne?|"
    r"musulmane?|alaouite|druze|kurde|yezidie?|chiite|sunnite|mossi|hema|lendu|nande|"
    r"isolee?|reculee?|"
    # (0.32.0) where an area lies, or what it is ("dans la région amazonienne d'Alto Punino",
    # "la zone frontalière de X", "la région montagneuse de Y")
    r"amazonienne|montagneuse|montagneux|desertique|frontaliere|frontalier|cotiere|cotier|"
    r"forestiere|agricole|miniere|minier|lacustre|insulaire|orientale|occidentale|"
    r"septentrionale|meridionale))?"
    r" (?:de |d'|du |of (?:the )?)"
)
# Division nouns after a name the gazetteer lacks ("in Ancuabe district", "in Mahas district
# of the Hiiraan region"): a place only right after "in"/"near", never after a possessive
# ("Kashmir's Poonch district", "the city's Kyivskyi district": a listed division or a part of a
# town) nor inside a longer name ("Deir el-Zour province").
_DIVISIONS_AFTER_NAME: Final[frozenset[str]] = frozenset(
    {"district", "county", "oblast", "governorate", "province", "prefecture", "woreda"}
)
# Loose area nouns after a name: "in the Buleda area of Kech district", "the Kuyambana forest".
_LOOSE_AFTER_NOUNS: Final[frozenset[str]] = frozenset({"area", "forest", "sector"})
# What makes such a noun no place: a body it names ("the Maoists' Pamed area committee"), or
# where someone comes from ("a Palestinian from the Jenin area").
_BODY_AFTER_AREA: Final = re.compile(
    r" (?:committee|council|command|commander|commanders|administration|authority|"
    r"authorities|police|chief|office|leader|leaders|unit)\b"
)
_FROM_BEFORE_AREA: Final = re.compile(r"\b(?:from|of)\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}$")


def _loose_area(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a loose area noun at ``[start, end)`` names a place: written in lower case (the
    capitalised "Greater Pibor Administrative Area" is a division's own name), not heading a
    body, not where someone comes from."""
    return (
        not text[start].isupper()
        and _BODY_AFTER_AREA.match(folded, end) is None
        and _FROM_BEFORE_AREA.search(folded, max(0, start - 40), start) is None
    )


# The kind of camp between its name and the noun ("Zamzam displacement camp").
# The kind of camp told after the noun ("the X camp for displaced people", "for refugees").
_CAMP_FOR: Final = re.compile(r" for (?:the )?(?:internally )?(?:displaced|refugees|idps)\b")
# (0.23.0) A camp the text situates ("the X camp near Y", "the X camp, outside Y"): a place,
# not a side ("the Trump camp said").
_CAMP_SITUATED: Final = re.compile(
    r",? (?:near|outside|close to|on the outskirts of|(?:just |some )?(?:\d+ )?(?:km |miles? )?"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
    r"northwest|southeast|southwest) of)\b"
)
_CAMP_KIND: Final = re.compile(
    r"(?<= )(?:refugee|refugees'?|displacement|displaced (?:people'?s?|persons'?)|idps?'?|"
    r"idp|internally displaced (?:people'?s?|persons'?))\s+$"
)
_TYPE_AFTER_NOUNS: Final[frozenset[str]] = frozenset(
    {"village", "town", "settlement", "locality", "community", "hamlet", "border post",
     "border crossing", "checkpoint", "air base", "airbase", "military base", "naval base",
     "township", "tehsil", "woreda", "kebele", "area", "forest", "sector", "oilfield",
     "oil field", "gas field",
     "police station", "junction", "valley", "outpost", "army post", "military post",
     "checkpost", "check post", "police post",
     "detachment", "army detachment", "military detachment", "garrison", "dam",
     "displacement site", "idp site", "island", "peninsula", "gold mine", "gold mines",
     "mining site", "mining sites", "mining camp", "gold mining site"}
    | _DIVISIONS_AFTER_NAME
)  # fmt: skip
# ", a mining ", " (", ", dans la ", ", Borno ": a comma or bracket, then at most two words.
_APPOSED: Final = re.compile(r"[,(]\s*((?:[\w']+\s+){0,2})$")
_SETTLEMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"village", "town", "locality", "localite", "commune", "settlement", "hamlet", "bourgade",
     "hameau"}
)  # fmt: skip
_ARTICLE_WORDS: Final[frozenset[str]] = frozenset({"a", "an", "une", "un", "the", "la", "le"})
# (0.18.0) A city described in apposition ("Palma, une ville côtière de la province du
# Cap-Delgado", "Kherson, a port city on the Dnipro"): the name before it is a town, as with
# the settlement nouns; English "city" only where a place's description goes on ("a city of",
# "a city in"), not a person's title ("a city official").
_CITY_NOUNS: Final[frozenset[str]] = frozenset({"ville", "cite", "city"})
_CITY_DESCRIBED: Final = re.compile(
    r"\s*(?:[,;.)]|(?:of|in|on|near|close to|where|that|which|located|situated|along|about|some|"
    r"bordering|known|home|with|under|controlled|held|east|west|north|south)\b)"
)
_UNIT_OF: Final = re.compile(r"\s+(?:de |d'|du |des |of )")


# (0.21.0) "à X et 30 autres à Y, deux villages distants de quelques kilomètres", "in X and Y,
# two villages of the Ouallam department": a plural settlement noun in apposition, with its
# number, types each name of the list before it.
_PLURAL_SETTLEMENTS: Final = ("villages", "localites", "hameaux", "hamlets", "towns",
                              "localities", "communities", "settlements")  # fmt: skip
_PLURAL_SETTLEMENT_BIT: Final = word_set(_PLURAL_SETTLEMENTS)
_PLURAL_APPOSITION: Final = re.compile(
    r", (?:deux|trois|quatre|two|three|four|both|les deux) (?:villages|localites|hameaux|"
    r"hamlets|towns|localities|communities|settlements)\b"
)
# What joins two names of such a list ("X et 30 autres à Y", "X and Y", "X, Y").
_LIST_JOINT: Final = re.compile(
    r"(?:,|,? (?:et|and))(?: [\w-]+(?: autres| others)?)?(?: (?:a|in|at))? $"
)
_LIST_LENGTH: Final = 4


def _names_of_a_plural_apposition(
    text: str, folded: str, sentence_start: int, sentence_end: int
) -> list[tuple[int, int]]:
    """Spans of the names a plural settlement noun describes in apposition (see
    ``_PLURAL_APPOSITION``): two names at least, each joined to the next by ``_LIST_JOINT``."""
    spans: list[tuple[int, int]] = []
    for apposition in _PLURAL_APPOSITION.finditer(folded, sentence_start, sentence_end):
        found: list[tuple[int, int]] = []
        end = apposition.start()
        for _ in range(_LIST_LENGTH):
            name = _NAME_BEFORE_TYPE.search(text, max(sentence_start, end - 40), end)
            if name is None or _sentence_initial(text, name.start(1), sentence_start):
                break
            found.append((name.start(1), name.end(1)))
            joint = _LIST_JOINT.search(
                folded, max(sentence_start, name.start(1) - 25), name.start(1)
            )
            if joint is None:
                break
            end = joint.start()
        if len(found) >= 2:
            spans += found
    return spans


def _sentence_initial(text: str, start: int, sentence_start: int) -> bool:
    """Whether ``start`` opens its sentence (a capital there proves nothing)."""
    return not text[sentence_start:start].strip()


# What joins a place to the division it lies in, the division's name next: ", province du",
# " (cercle de", ", dans la région d'", ", district de", ", in the district of".
_DIVISION_NOUNS: Final = (
    r"(?:region|province|district|cercle|departement|department|prefecture|county|comte|state|"
    r"etat|governorate|gouvernorat|oblast|municipality|municipalite|wilaya|commune|zone|"
    r"secteur|sector|territory|territoire|township|tehsil|woreda|raion|rayon|lga|"
    # (0.32.0) Myanmar's townships in French ("le village de X, dans le canton de Y")
    r"canton|"
    r"local government area|"
    r"zone de gouvernement local|chiefdom|chefferie|"
    r"caza|qada|qadaa|kaza|"
    # the area around a town: "Hajin, in the eastern countryside of Deir ez-Zor", "X, on the
    # southeastern edge of Damascus", "X, in the western Homs countryside", "à la périphérie
    # de Y", "dans la banlieue de Y"
    r"countryside|outskirts|edge|suburbs|periphery|campagne|peripherie|banlieue|abords|"
    r"environs|"
    # Nigeria's "X Local Government Area" (GeoNames: "X Local Government"), "the Y area"
    r"area)"
)
# A town told as the seat of the division named next ("chef-lieu de", "the capital of").
_SEAT_WORDS: Final = r"(?:chef lieu|capitale|capital|seat)\s+(?:de|du|d'|of)"
_DIVISION_BEFORE_NAME: Final = re.compile(
    r"(?:\s*[,(]\s*(?:(?:dans|in|within|sur|on|a|au|near|pres de)\s+)?|\s+(?:dans|in)\s+)"
    # (0.19.0) the town as the division's seat: "Qalat, chef-lieu de la province de Zabol",
    # "Qalat, the capital of Zabul province"
    rf"(?:{_SEAT_WORDS}\s*)?"
    r"(?:(?:la|le|les|the)\s+|l')?"
    r"(?:(?!(?:et|and|ou|or)\s)[a-z]+\s+){0,3}?"
    + _DIVISION_NOUNS
    # (0.31.0) the French adjective after the noun: "dans la commune rurale de Y"
    + r"s?(?:\s+(?:rurale|urbaine)s?)?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|"
    r"of\s+(?:the\s+)?)?"
)
# (0.29.0) The town as the seat of a division whose name the gazetteer writes with its noun
# ("Djibo, chef-lieu de la province du Soum", where "province du Soum" is the division's alias;
# "X, the provincial capital of Y").
_SEAT_OF: Final = re.compile(
    r"\s*[,(]\s*(?:the\s+)?(?:provincial\s+|regional\s+|district\s+)?"
    + _SEAT_WORDS
    + r"\s*(?:(?:la|le|les|the)\s+|l')?"
)
# "the Kulachi tehsil of Dera Ismail Khan", "the Gwoza district of Borno State": a unit of the
# division named after "of".
_UNIT_OF_DIVISION: Final = re.compile(
    r"\s+" + _DIVISION_NOUNS + r"\s+(?:of|de|du|d')\s*(?:the\s+)?"
)
# ", Borno State", ", in Garissa county": the division noun after its name.
_BEFORE_NAMED_DIVISION: Final = re.compile(
    r"\s*[,(]\s*(?:(?:dans|in)\s+(?:the\s+|la\s+|le\s+|l')?"
    r"(?:(?:north|south|east|west|central)[a-z]*\s+)?"
    r"(?:[a-z-]+\s+)?(?:[a-z-]+'s\s+)?)?"  # "X, in West Wollega's Gimbi district"
)
DIVISION_AFTER_NAME: Final = re.compile(r"\s+" + _DIVISION_NOUNS + r"\b")
# (0.17.0: with the larger area owning the division, "in south Kashmir's Anantnag district")
_IN_BEFORE_DIVISION_TEXT: Final = (
    r"\s+(?:in|dans)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?"
    # (0.32.0: a province of several words, "in Rakhine State's Ramree Township")
    r"(?:(?:[a-z-]+\s+){0,2}[a-z-]+'s\s+)?"
)
_IN_BEFORE_DIVISION: Final = re.compile(_IN_BEFORE_DIVISION_TEXT)
# (0.25.0) A security post named after its town before "in" ("the Kulachi police station in
# Dera Ismail Khan district", "the Bara checkpoint in Khyber district"): the town is the place,
# the division after "in" holds it, as after the town alone. (A market or a mosque so named
# may be one of the city after "in": not read here.)
_SITE_BEFORE_DIVISION: Final = re.compile(
    r"\s+(?:[a-z'-]+\s+)?(?:police station|police post|station|checkpoint|check ?post|"
    r"outpost|post|camp|base)s?" + _IN_BEFORE_DIVISION_TEXT
)
# (0.29.0) A settlement named with its type noun after it, before "in" and its division
# ("Moirang town in Bishnupur district", "X village in Y district"): the division holds it.
_SETTLEMENT_BEFORE_DIVISION: Final = re.compile(
    r"\s+(?:town|village|city|hamlet|locality)" + _IN_BEFORE_DIVISION_TEXT
)
_APPOSITION_REACH: Final = 50  # characters between a place and the division named in apposition


# "chef-lieu du territoire de Beni", "in the district of X": a town's name after a division
# noun names the division it is the seat of.
# A province's noun before its name ("la région de Mopti", "the province of X").
_PROVINCE_NOUN_BEFORE: Final = re.compile(
    r"\b(?:region|province|state|etat|governorate|gouvernorat|oblast|prefecture|departement|"
    r"department|district) (?:de la |de l'|du |des |de |d'|of (?:the )?)$"
)
_DIVISION_NOUN_BEFORE: Final = re.compile(
    r"\b(?:territoire|territory|cercle|district|departement|department|prefecture|county|comte|"
    r"wilaya|caza|tehsil|woreda|lga) (?:de la |de l'|du |des |de |d'|of (?:the )?)$"
)


def without_division_seats(folded: str, hits: Sequence[PlaceHit]) -> list[PlaceHit]:
    """Drop a town named as the division it is the seat of ("le village de Mayimoya, au nord
    d'Oicha, chef-lieu du territoire de Beni"): when the sentence names another place, the
    division only situates it."""
    if len(hits) < 2:
        return list(hits)
    seats = [
        hit
        for hit in hits
        if hit.place.feature_type in SETTLEMENT_FEATURES
        and _DIVISION_NOUN_BEFORE.search(folded, max(0, hit.start - 30), hit.start) is not None
    ]
    if not seats or not any(hit not in seats and not is_area(hit.place) for hit in hits):
        return list(hits)  # no finer place beside it: the division's seat stays
    return [hit for hit in hits if hit not in seats]


def without_apposed_divisions(text: str, folded: str, hits: Sequence[PlaceHit]) -> list[PlaceHit]:
    """Drop the division a place is situated in by apposition ("Léré (cercle de Niafunké)",
    "Çukurca, district de Hakkari", "Malelei, in Garissa county"): it says where the place is,
    not a second place. A listed place of another country than that division ("Daka, province
    du Sourou", where the only Daka the gazetteer knows is Dhaka) is a homonym: the text's place
    is one the gazetteer lacks, kept with its name as written in that division."""
    kept: list[PlaceHit] = []
    dropped: set[int] = set()
    for number, hit in enumerate(hits):
        if number in dropped:
            continue
        following = hits[number + 1] if number + 1 < len(hits) else None
        if following is not None and _apposed_division(
            folded, _past_a_landmark(folded, hit, following), following
        ):
            dropped.add(number + 1)
            hit = _within(text, hit, following.place)
        kept.append(hit)
    return kept


# (0.29.0) A town the place is near, told in apposition between the place and its division
# ("le village d'X, près de Y, dans le département de Z", "the village of X, near Y, in Z
# department"): the division situates the place as it would right after it.
_LANDMARK_ASIDE: Final = re.compile(
    r",\s*(?:pres de|pres d'|non loin de|non loin d'|near|close to|not far from)\s+"
    r"[^,;.:()]{2,30}(?=,)"
)


def _past_a_landmark(folded: str, hit: PlaceHit, division: PlaceHit) -> PlaceHit:
    """``hit`` as if it ended after the landmark aside that follows it (``_LANDMARK_ASIDE``),
    when one stands between it and ``division``: what the apposition tests read."""
    aside = _LANDMARK_ASIDE.match(folded, hit.end, division.start)
    if aside is None:
        return hit
    return PlaceHit(hit.start, aside.end(), hit.place, hit.anaphor, hit.near, hit.landmark)


# (0.23.0) What makes the division after a place its neighbour ("la région de Briansk,
# frontalière du territoire ukrainien", "X, bordering Ukrainian territory").
_NEIGHBOUR_BETWEEN: Final = re.compile(
    r"\b(?:frontalier|frontaliere|frontaliers|frontalieres|limitrophe|limitrophes|bordering|"
    r"borders|voisine?s? (?:de|du|des))\b"
)


# A description of the place in apposition that situates it in a division ("Kasindi, cité
# frontalière située dans le territoire de Beni", "X, a market town located in Y district").
# (0.25.0: or described by a noun phrase, "X, a farming community in the municipality of Y",
# "X, une communauté agricole de la municipalité de Y")
_SITUATED_IN_DIVISION: Final = re.compile(
    r",(?:[^,;.:]{0,50}?\b(?:situee?s?|located|situated|lying)\s+(?:dans|in|en|au)"
    r"|\s(?:a|an|un|une)\s[^,;.:]{0,40}?\b(?:in|of|dans|de))\s+"
    r"(?:le\s+|la\s+|l'|the\s+)?"
    + _DIVISION_NOUNS
    + r"s?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+(?:the\s+)?)?"
)


def _apposed_division(folded: str, hit: PlaceHit, division: PlaceHit) -> bool:
    between = division.start - hit.end
    if division.place.feature_type in SITE_FEATURES:
        return False
    if _NEIGHBOUR_BETWEEN.search(folded, hit.end, division.start) is not None:
        return False  # (0.23.0) "Briansk, frontalière du territoire ukrainien": a neighbour
    if 0 < between <= 2 * _APPOSITION_REACH and (
        _SITUATED_IN_DIVISION.fullmatch(folded, hit.end, division.start) is not None
    ):
        return hit.place.feature_type not in PROVINCE_FEATURES
    if not 0 < between <= _APPOSITION_REACH:
        return False
    if (
        hit.place.feature_type in PROVINCE_FEATURES
        and division.place.feature_type not in PROVINCE_FEATURES
        and hit.place.country_iso2 == division.place.country_iso2
    ):
        # "la réserve du Niassa, dans le district de X": a smaller division of the province's
        # own country is the finer place (one of another country still marks a homonym)
        return False
    if (
        _DIVISION_BEFORE_NAME.fullmatch(folded, hit.end, division.start) is not None
        or _UNIT_OF_DIVISION.fullmatch(folded, hit.end, division.start) is not None
        or _in_named_area(folded, hit, division)
        or (
            division.place.feature_type in _BARE_DIVISION_FEATURES
            and _SEAT_OF.fullmatch(folded, hit.end, division.start) is not None
        )
    ):
        return True
    if (
        _IN_BEFORE_DIVISION.fullmatch(folded, hit.end, division.start) is not None
        or _SITE_BEFORE_DIVISION.fullmatch(folded, hit.end, division.start) is not None
        or _SETTLEMENT_BEFORE_DIVISION.fullmatch(folded, hit.end, division.start) is not None
    ) and DIVISION_AFTER_NAME.match(folded, division.end) is not None:
        return True  # "the border town of Moreh in Tengnoupal district"
    if _BEFORE_NAMED_DIVISION.fullmatch(folded, hit.end, division.start) is None or folded[
        hit.end : division.start
    ].strip()[:1] not in {",", "("}:
        return False
    if DIVISION_AFTER_NAME.match(folded, division.end) is not None:
        return True
    return _bare_division(folded, hit, division)


def _in_named_area(folded: str, hit: PlaceHit, division: PlaceHit) -> bool:
    """ "in Kalo, in northern Nigeria", "à Kalo, dans le nord du Nigeria", "near Gao, in
    northern Mali": a town set in a country, a province or a region by a locative right after
    it."""
    return (
        (division.place.feature_type in _BARE_DIVISION_FEATURES or is_area(division.place))
        and hit.place.feature_type not in _BARE_DIVISION_FEATURES
        and hit.place.feature_type != "region"
        and _IN_NAMED_AREA.fullmatch(folded, hit.end, division.start) is not None
    )


# What ends a division named bare after a town: a bracket, a comma or full stop that does not
# go on with another name, or a word that starts the rest of the clause.
_BARE_DIVISION_END: Final = re.compile(
    r"\s*(?:\)|[.;:]|,\s+[a-z]|,?\s+(?:on|le|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|when|where|ou|a|at|in)\b|$)"
)
_BARE_DIVISION_FEATURES: Final[frozenset[str]] = frozenset({"admin1", "admin2", "country"})


def _bare_division(folded: str, hit: PlaceHit, division: PlaceHit) -> bool:
    """ "in Kalo, Borno, on Monday", "à Kalo (Borno)": the wire style names a town's province or
    country bare after it, set off by a comma or brackets. A list ("in Kano, Borno and Yobe")
    goes on with another name after it, and a division before a division is a list too."""
    if division.place.feature_type not in _BARE_DIVISION_FEATURES:
        return False
    if hit.place.feature_type in _BARE_DIVISION_FEATURES or hit.place.feature_type == "region":
        return False
    if folded[hit.end : division.start].strip().startswith("("):
        return folded[division.end : division.end + 2].lstrip()[:1] == ")"
    return _BARE_DIVISION_END.match(folded, division.end) is not None


def _within(text: str, hit: PlaceHit, division: Place) -> PlaceHit:
    """``hit`` itself, or, when its listed place lies in another country than the division
    the text puts it in, a place the gazetteer lacks in that division (a division may be
    named after its seat: "cercle de Niafunké" is found as the town)."""
    place = hit.place
    if (
        not place.listed
        or division.country_iso2 is None
        or place.country_iso2 == division.country_iso2
    ):
        return hit
    name = text[hit.start : hit.end]
    admin2 = division.name if division.feature_type == "admin2" else None
    unlisted = Place(
        location_id=f"{division.country_iso2.lower()}-unlisted-{_slug(name)}",
        name=name,
        feature_type="town",
        admin1=division.admin1,
        country_iso2=division.country_iso2,
        latitude=None,
        longitude=None,
        parent_id=division.location_id,
        admin2=admin2,
        listed=False,
    )
    return PlaceHit(hit.start, hit.end, unlisted, hit.anaphor, hit.near, hit.landmark)
