"""One draft per place, before ids and alias rules: countries, admin1 and admin2 units, populated
places, airports and air bases, and the curated rows (sites, seas, loose regions).

A draft carries every alias candidate it could be written as (``RawAlias``, ``strong`` for
canonical names and curated spellings, weak for GeoNames alternate names); the alias rules
(``aliases``) decide which survive.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Final

from ingest.tools.gazetteer.sources import (
    Airport,
    City,
    Country,
    CountryNames,
    CuratedRow,
    Subdivision,
    clean_text,
)

FEATURE_TYPES: Final = frozenset(
    {"country", "admin1", "admin2", "region", "city", "town", "military_base", "airbase",
     "airport", "oil_field", "gas_field", "border_crossing", "other"}
)  # fmt: skip
CITY_POPULATION: Final = 100_000  # a populated place at or above is a "city", else a "town"
RANK_COUNTRY: Final = 0
RANK_ADMIN1: Final = 1
RANK_REGION: Final = 2
RANK_CURATED: Final = 3
RANK_ADMIN2: Final = 4
RANK_AIRPORT: Final = 5
RANK_GEONAMES: Final = 6
# Codes outside GeoNames that the curated rows may use as countries (ISO2 -> ISO3). XZ is the
# user-assigned code UN/LOCODE uses for international waters: seas get it.
PSEUDO_COUNTRIES: Final = {"XZ": "XZZ"}

# The kind of unit a division name carries ("Borno State", "Muhafazat Hadramawt", "Belgorod
# Oblast"), English words first, with the French word news uses for it.
_UNIT_WORDS: Final = {
    "region": "région", "province": "province", "state": "État", "governorate": "gouvernorat",
    "oblast": "oblast", "county": "comté", "department": "département", "district": "district",
    "prefecture": "préfecture", "municipality": "municipalité", "republic": "république",
    "territory": "territoire", "krai": "kraï", "division": "division", "raion": "raïon",
    "rayon": "raïon", "parish": "paroisse", "canton": "canton", "emirate": "émirat",
    "voivodeship": "voïvodie", "autonomous region": "région autonome", "city": "ville",
    "urban community": "communauté urbaine", "capital district": "district de la capitale",
    "cercle": "cercle", "commune": "commune", "zone": "zone",
}  # fmt: skip
_UNIT_PREFIXES: Final = (
    "muhafazat ", "wilayat ", "mohafazat ", "provincia de ", "provincia del ", "departamento de ",
    "departamento del ", "estado de ", "region de ", "cercle de ", "province de la ",
    "province de l'", "province des ", "province de ", "region du ",
    "province du ", "province of ", "district of ", "governorate of ", "region of ",
    "municipality of ", "county of ", "state of ",
)  # fmt: skip
_UNIT_SUFFIX = re.compile(
    r"\s+(?:"
    + "|".join(sorted((re.escape(w) for w in _UNIT_WORDS), key=len, reverse=True))
    + r"|oblast'|oblast’|local government area|lga|sub-prefecture)$",
    re.IGNORECASE,
)
_TYPE_WORDS: Final = {
    "Region": "region", "Province": "province", "State": "state", "Governorate": "governorate",
    "Oblast": "oblast", "County": "county", "Department": "department", "District": "district",
    "Prefecture": "prefecture", "Municipality": "municipality", "Republic": "republic",
    "Autonomous region": "autonomous region", "Autonomous republic": "republic",
    "Territory": "territory", "Union territory": "territory", "Federal district": "district",
    "Capital district": "capital district", "Capital territory": "territory",
    "Federal territory": "territory", "Emirate": "emirate", "Voivodeship": "voivodeship",
    "Parish": "parish", "Canton": "canton", "Division": "division", "City": "city",
}  # fmt: skip
_FRENCH_VOWEL = re.compile(r"^[aeiouyhAEIOUYHÀÂÉÈÊÎÏÔÛÜ]")


@dataclass(frozen=True, slots=True)
class RawAlias:
    """An alias candidate: ``strong`` for canonical names and curated spellings."""

    alias: str
    language: str  # en, fr, translit, any
    kind: str  # name, variant, demonym
    strong: bool


@dataclass(frozen=True, slots=True)
class Draft:
    """A place before it gets its id and parent."""

    location_name: str
    feature_type: str
    admin1: str
    admin2: str
    country_iso2: str
    latitude: float | None
    longitude: float | None
    population: int
    geonames_id: int | None
    source: str
    rank: int
    name_fr: str
    aliases: tuple[RawAlias, ...]
    admin1_code: str = ""
    anchor_geonames_id: int | None = None  # the city that stands for an admin1
    extra: Mapping[str, str] = field(default_factory=dict)


def fold_plain(text: str) -> str:
    """Case-folded, accent-free, single-spaced, apostrophes and hyphens unified (comparison of
    names between packages; the extractor's own folding makes the matching keys)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().replace("-", " ").split())


def unit_base(name: str) -> str:
    """A division name without its unit word: "Borno State" -> "Borno", "Muhafazat Hadramawt"
    -> "Hadramawt", "Tillabéri Region" -> "Tillabéri"; unchanged when it has none."""
    base = name
    lowered = base.lower()
    for prefix in _UNIT_PREFIXES:
        if lowered.startswith(prefix):
            base = base[len(prefix) :]
            break
    stripped = _UNIT_SUFFIX.sub("", base, count=1) if len(base.split()) > 1 else base
    return clean_text(stripped) or clean_text(name)


def unit_word(name: str) -> str | None:
    """The English unit word a division name ends with ("Borno State" -> "state")."""
    match = _UNIT_SUFFIX.search(name.lower())
    if match is None:
        return None
    word = match.group(0).strip().rstrip("'’")
    return {"lga": "local government area", "rayon": "raion"}.get(word, word)


def french_of(unit: str, base: str) -> str:
    """ "région de Diffa", "gouvernorat d'Amran": the French phrase for a unit of that name."""
    french = _UNIT_WORDS.get(unit, unit)
    return f"{french} d'{base}" if _FRENCH_VOWEL.match(base) else f"{french} de {base}"


def division_aliases(
    name: str, units: Iterable[str], extra_names: Iterable[tuple[str, str]] = ()
) -> list[RawAlias]:
    """A division's name, its bare base, and the base with each unit word, in English ("Diffa
    Region") and French ("région de Diffa"); ``extra_names`` are (name, language) pairs."""
    aliases = [RawAlias(name, "en", "name", True)]
    bases: dict[str, str] = {}
    for candidate, language in ((name, "en"), *extra_names):
        base = unit_base(candidate)
        bases.setdefault(base, language)
        if candidate != name:
            aliases.append(RawAlias(candidate, language, "variant", True))
    for base, language in bases.items():
        aliases.append(RawAlias(base, language, "variant", True))
        for unit in units:
            aliases.append(RawAlias(f"{base} {unit.title()}", "en", "variant", True))
            aliases.append(RawAlias(french_of(unit, base), "fr", "variant", True))
    return aliases


# ---------------------------------------------------------------------------------- countries


def _capital_point(country: Country, cities: Sequence[City]) -> tuple[float | None, float | None]:
    """A country's point: its capital's GeoNames coordinates (matched on name or alternate)."""
    capital = fold_plain(country.capital)
    if not capital:
        return None, None
    matches = [
        c
        for c in cities
        if c.country_iso2 == country.iso2
        and (fold_plain(c.name) == capital or capital in {fold_plain(a) for a in c.alternate_names})
    ]
    if not matches:
        return None, None
    best = max(matches, key=lambda c: (c.population, -c.geonames_id))
    return best.latitude, best.longitude


def country_drafts(
    countries: Mapping[str, Country],
    names: Mapping[str, CountryNames],
    cities: Sequence[City],
    curated: Sequence[CuratedRow],
) -> list[Draft]:
    """Every GeoNames country with its curated names and demonyms, plus the curated
    pseudo-countries (international waters)."""
    drafts = []
    for row in curated:
        if row.feature_type == "country" and row.country_iso2 in PSEUDO_COUNTRIES:
            aliases = [RawAlias(row.location_name, "en", "name", True)]
            aliases += [RawAlias(a, "en", "variant", True) for a in row.aliases_en]
            drafts.append(
                Draft(row.location_name, "country", "", "", row.country_iso2, row.latitude,
                      row.longitude, 0, None, "curated", RANK_COUNTRY, row.name_fr,
                      tuple(aliases))
            )  # fmt: skip
    by_country: dict[str, list[City]] = defaultdict(list)
    for city in cities:
        by_country[city.country_iso2].append(city)
    for iso, country in sorted(countries.items()):
        curated_names = names.get(iso)
        name = curated_names.name_en if curated_names else country.name
        aliases = [RawAlias(name, "en", "name", True)]
        if country.name != name:
            aliases.append(RawAlias(country.name, "en", "variant", True))
        name_fr = ""
        if curated_names is not None:
            name_fr = curated_names.name_fr
            if name_fr:
                aliases.append(RawAlias(name_fr, "fr", "name", True))
            aliases += [RawAlias(a, "en", "variant", True) for a in curated_names.aliases_en]
            aliases += [RawAlias(a, "fr", "variant", True) for a in curated_names.aliases_fr]
            aliases += [RawAlias(a, "en", "demonym", True) for a in curated_names.demonyms_en]
            aliases += [RawAlias(a, "fr", "demonym", True) for a in curated_names.demonyms_fr]
        latitude, longitude = _capital_point(country, by_country[iso])
        drafts.append(
            Draft(name, "country", "", "", iso, latitude, longitude, 10**12, country.geonames_id,
                  "curated" if curated_names else "geonames", RANK_COUNTRY, name_fr,
                  tuple(aliases))
        )  # fmt: skip
    return drafts


# ---------------------------------------------------------------------------------- divisions


def _subdivision_for(
    name: str, candidates: Sequence[Subdivision], used: set[str]
) -> Subdivision | None:
    """The ISO 3166-2 subdivision a GeoNames admin1 name denotes: the same base name folded, else
    the closest one (ratio of at least 0.8: "Odessa" and "Odeska"), each subdivision used once."""
    key = fold_plain(unit_base(name))
    best: Subdivision | None = None
    best_score = 0.0
    for candidate in candidates:
        if candidate.code in used:
            continue
        other = fold_plain(unit_base(candidate.name))
        score = 1.0 if other == key else SequenceMatcher(None, key, other).ratio()
        if score > best_score:
            best, best_score = candidate, score
    return best if best is not None and best_score >= 0.8 else None


def _country_units(
    groups: Mapping[tuple[str, str], Sequence[City]], top_level: Mapping[str, Sequence[Subdivision]]
) -> dict[str, set[str]]:
    """Per country, the unit words of its ISO 3166-2 first-level subdivisions ("region" and
    "oblast" in Ukraine), for the provinces no subdivision could be matched to."""
    units: dict[str, set[str]] = defaultdict(set)
    for iso in {iso for iso, _ in groups}:
        for subdivision in top_level.get(iso, ()):
            units[iso] |= {
                u for u in (unit_word(subdivision.name), _TYPE_WORDS.get(subdivision.type)) if u
            }
    return units


def _anchor(members: Sequence[City], base: str) -> City:
    """The city standing for a division: one of the same name, else the most populous."""
    key = fold_plain(base)
    same = [c for c in members if fold_plain(c.name) == key]
    return max(same or members, key=lambda c: (c.population, -c.geonames_id))


def admin1_drafts(
    cities: Sequence[City],
    subdivisions: Sequence[Subdivision],
    overrides: Mapping[tuple[str, str], CuratedRow],
) -> tuple[list[Draft], dict[tuple[str, str], str]]:
    """One admin1 per (country, GeoNames admin1 code) that holds a populated place, named by the
    curated override, else by GeoNames (the name most of its places carry), with the unit words
    and French name of its ISO 3166-2 subdivision. Also returns the admin1 name per code."""
    groups: dict[tuple[str, str], list[City]] = defaultdict(list)
    for city in cities:
        if city.admin1_code and city.admin1_code != "00":
            groups[(city.country_iso2, city.admin1_code)].append(city)
    top_level: dict[str, list[Subdivision]] = defaultdict(list)
    for subdivision in subdivisions:
        if subdivision.parent_code is None:
            top_level[subdivision.country_iso2].append(subdivision)
    used: set[str] = set()
    drafts: list[Draft] = []
    names: dict[tuple[str, str], str] = {}
    country_units = _country_units(groups, top_level)
    for (iso, code), members in sorted(groups.items()):
        override = overrides.get((iso, code))
        votes = Counter(c.admin1_name for c in members if c.admin1_name)
        geonames_name = votes.most_common(1)[0][0] if votes else None
        # The bare name ("Borno", "Tillabéri"), as ACLED writes admin1; the unit word goes to
        # the aliases ("Borno State", "région de Tillabéri").
        name = override.location_name if override else unit_base(geonames_name or "")
        if not name:
            continue
        names[(iso, code)] = name
        sub = _subdivision_for(geonames_name or name, top_level[iso], used)
        if sub is not None:
            used.add(sub.code)
        units = {u for u in (unit_word(name), unit_word(geonames_name or "")) if u}
        if sub is not None:
            units |= {u for u in (unit_word(sub.name), _TYPE_WORDS.get(sub.type)) if u}
        else:  # the words the country's other provinces take ("oblast", "region")
            units |= country_units.get(iso, set())
        extra: list[tuple[str, str]] = []
        if geonames_name and geonames_name != name:
            extra.append((geonames_name, "any"))
        if sub is not None:
            extra.append((sub.name, "any"))
            if sub.name_fr:
                extra.append((sub.name_fr, "fr"))
        aliases = division_aliases(name, sorted(units), extra)
        name_fr = ""
        if override is not None:
            aliases += _curated_aliases(override)
            name_fr = override.name_fr
        elif sub is not None and units:
            name_fr = french_of(sorted(units)[0], unit_base(sub.name_fr or sub.name))
        anchor = _anchor(members, unit_base(name))
        if override is not None and override.capital_geonames_id is not None:
            anchor = next((c for c in members if c.geonames_id == override.capital_geonames_id),
                          anchor)  # fmt: skip
        aliases += _capital_spellings(unit_base(name), anchor, sorted(units))
        aliases += french_compass_names(unit_base(name), iso)
        drafts.append(
            Draft(name, "admin1", name, "", iso, anchor.latitude, anchor.longitude,
                  sum(c.population for c in members), None, "curated" if override else "geonames",
                  RANK_ADMIN1, name_fr, tuple(aliases), admin1_code=code,
                  anchor_geonames_id=anchor.geonames_id,
                  extra={"iso3166_2": sub.code if sub else ""})
        )  # fmt: skip
    return drafts, names


# French writes a province named with a compass point after its base, hyphenated ("North
# Kordofan" is "Kordofan-Nord", "West Kordofan" "Kordofan-Occidental", "East Kasai"
# "Kasaï-Oriental"), north and south also before it ("Nord-Kivu").
_COMPASS_FRENCH: Final = {
    "north": (("Nord", "du Nord"), "Nord"),
    "northern": (("Nord", "du Nord"), "Nord"),
    "south": (("Sud", "du Sud"), "Sud"),
    "southern": (("Sud", "du Sud"), "Sud"),
    "west": (("Occidental", "Occidentale", "Ouest"), None),
    "western": (("Occidental", "Occidentale", "Ouest"), None),
    "east": (("Oriental", "Orientale", "Est"), None),
    "eastern": (("Oriental", "Orientale", "Est"), None),
}


def french_compass_names(base: str, iso: str) -> list[RawAlias]:
    """The French forms of a province named with a compass point ("North Darfur" ->
    "Darfur-Nord", "Darfour-Nord", "Nord-Darfour"), with the French spellings of a
    transliterated base."""
    head, _, rest = base.partition(" ")
    forms = _COMPASS_FRENCH.get(head.lower())
    if forms is None or not rest or " " in rest:
        return []
    after, before = forms
    bases = {rest}
    if iso in TRANSLITERATED_COUNTRIES:
        bases.update(french_transliterations(rest))
    found: list[RawAlias] = []
    for spelled in sorted(bases):
        found += [RawAlias(f"{spelled}-{word}", "fr", "variant", True) for word in after]
        if before is not None:
            found.append(RawAlias(f"{before}-{spelled}", "fr", "variant", True))
    return found


def capitals_named_like_provinces(drafts: Sequence[Draft]) -> list[Draft]:
    """The drafts with each province's bare names given to the capital it is named after, as
    strong variants (the spellings are the city's name as much as the province's): the French
    and ISO spellings of "Taiz", "Idlib", "Sumy", "Chernihiv" ("Taëz",
    "Idleb", "Soumy", "Tchernihiv") name the city first, as news uses them ("à Taëz"); the
    province keeps them too, and a province word decides ("la province de Taëz")."""
    given: dict[int, list[RawAlias]] = defaultdict(list)
    for draft in drafts:
        if draft.feature_type != "admin1" or draft.anchor_geonames_id is None:
            continue
        for alias in draft.aliases:
            if alias.strong and alias.kind in {"name", "variant"} and _bare(alias.alias):
                given[draft.anchor_geonames_id].append(alias)
    if not given:
        return list(drafts)
    found: list[Draft] = []
    for draft in drafts:
        names = (
            given.get(draft.geonames_id or -1) if draft.feature_type in {"city", "town"} else None
        )
        if names:
            spellings = {
                fold_plain(draft.location_name),
                *(fold_plain(a.alias) for a in draft.aliases),
            }
            named_after = [a for a in names if fold_plain(unit_base(a.alias)) in spellings]
            if named_after or any(_adjective_of(a.alias, spellings) for a in names):
                extra = tuple(RawAlias(a.alias, a.language, "variant", True) for a in names)
                draft = replace(draft, aliases=(*draft.aliases, *extra))
        found.append(draft)
    return found


# A province name with a unit word in it ("région de Sumy", "Sumy Oblast") is the province's
# only: the city takes its bare names.
_UNIT_IN_NAME: Final = re.compile(
    r"\b(?:region|province|state|oblast|governorate|gouvernorat|district|county|comte|"
    r"department|departement|prefecture|municipality|municipalite|republic|republique|"
    r"territory|territoire|krai|okrug|raion|etat|wilaya|muhafazat|city|ville|"
    r"voivodeship|canton|emirate|emirat|zone)\b"
)


def _bare(name: str) -> bool:
    """Whether a division's alias holds no unit word (see ``_UNIT_IN_NAME``)."""
    return _UNIT_IN_NAME.search(fold_plain(name)) is None


def _capital_spellings(base: str, anchor: City, units: Sequence[str]) -> list[RawAlias]:
    """A province named after its capital ("Odesa Oblast", "Dnipropetrovs'k region") is written
    with every spelling of the city: the city's Latin alternate names, as weak variants of the
    province's base name, bare and with its unit words."""
    spellings = {fold_plain(anchor.name), *(fold_plain(a) for a in anchor.alternate_names)}
    if fold_plain(base) not in spellings and not _adjective_of(base, spellings):
        return []
    found: list[RawAlias] = []
    for alias in geonames_aliases(anchor):
        found.append(RawAlias(alias.alias, "any", "variant", False))
        for unit in units:
            found.append(RawAlias(f"{alias.alias} {unit.title()}", "en", "variant", False))
            found.append(RawAlias(french_of(unit, alias.alias), "fr", "variant", False))
    return found


# The adjectival ending of a province named after its capital: GeoNames' Ukrainian oblasts
# ("Kharkivs’ka", "Odes’ka", "Zaporiz’ka") and Russian ones ("Belgorodskaya").
_ADJECTIVE_ENDINGS: Final = (
    re.compile(r"sk(?:a|aya|aja|ya|iy|yi)$"),
    re.compile(r"k(?:a|aya|aja|ya)$"),
)


def _adjective_of(base: str, spellings: set[str]) -> bool:
    """Whether a province's name is the adjective of its capital's ("Kharkivs’ka" of Kharkiv,
    "Odes’ka" of Odesa, "Sums’ka" of Sumy): without its ending, a stem of at least three
    letters that begins one of the city's names."""
    name = fold_plain(base).replace("'", "").replace("’", "")
    cities = [s.replace("'", "") for s in spellings]
    for ending in _ADJECTIVE_ENDINGS:
        stem = ending.sub("", name)
        if stem != name and len(stem) >= 3 and any(c.startswith(stem) for c in cities):
            return True
    return False


# GeoNames' "Province of Northern Samar", "District of X", and in French "Province du Sourou",
# "Province de la Kossi" (Burkina Faso's provinces): the unit before the name.
_OF_UNIT_PREFIX: Final = re.compile(
    r"^(?:(Province|District|Governorate|Region|Municipality|County|State) of |"
    r"(Province) (?:de la |de l'|des |du |de |d'))",
    re.IGNORECASE,
)
# Units that English news calls districts ("Nikopol Raion" is "the Nikopol district").
_DISTRICT_LIKE: Final = frozenset(
    {
        "raion",
        "rayon",
        "department",
        "cercle",
        "municipality",
        "local government area",
        "sub-prefecture",
        "prefecture",
    }
)


def replaced_admin2(
    cities: Sequence[City], curated: Sequence[CuratedRow]
) -> dict[tuple[str, str], str]:
    """The GeoNames admin2 that a curated ``admin2`` row stands for, by (country, GeoNames admin2
    name) -> curated name: one whose name, or name without its unit word, is the curated row's
    name or one of its spellings in the same country ("Masisi Territory" for the curated
    "Masisi", "Province du Soum" for "Soum"). The curated row replaces it: GeoNames leaves the
    bare name of a division to the town of that name, and where news name the division bare
    (no town of that name, or a territory known by it), the curated row says so."""
    spellings: dict[tuple[str, str], str] = {}
    for row in curated:
        if row.feature_type == "admin2":
            for text in (row.location_name, row.name_fr, *row.aliases_en, *row.aliases_fr):
                if text:
                    spellings[(row.country_iso2, fold_plain(text))] = row.location_name
    replaced: dict[tuple[str, str], str] = {}
    for name in sorted({(c.country_iso2, c.admin2_name) for c in cities if c.admin2_name}):
        iso, admin2 = name
        for key in (fold_plain(admin2), fold_plain(unit_base(admin2))):
            if (iso, key) in spellings:
                replaced[(iso, admin2)] = spellings[(iso, key)]
                break
    return replaced


def with_curated_admin2(
    drafts: Sequence[Draft], replaced: Mapping[tuple[str, str], str]
) -> list[Draft]:
    """The drafts with the admin2 of every place in a ``replaced`` GeoNames admin2 written as
    the curated row names it: the place's parent and the extractor's containment ("Djibo, in
    Soum province") go by that name."""
    return [
        replace(draft, admin2=replaced[(draft.country_iso2, draft.admin2)])
        if draft.feature_type != "admin2" and (draft.country_iso2, draft.admin2) in replaced
        else draft
        for draft in drafts
    ]


def admin2_drafts(
    cities: Sequence[City],
    admin1_names: Mapping[tuple[str, str], str],
    replaced: Mapping[tuple[str, str], str] | None = None,
) -> list[Draft]:
    """One admin2 per (country, admin1, GeoNames admin2 name) holding a populated place, except
    those a curated row ``replaced``. Its bare base name is left to the town of that name
    ("Nikopol" the town, "Nikopol Raion" the unit): only names that carry their unit word are
    aliases."""
    groups: dict[tuple[str, str, str], list[City]] = defaultdict(list)
    for city in cities:
        if city.admin2_name and (city.country_iso2, city.admin2_name) not in (replaced or {}):
            groups[(city.country_iso2, city.admin1_code, city.admin2_name)].append(city)
    drafts = []
    for (iso, code, name), members in sorted(groups.items()):
        unit = unit_word(name)
        base = unit_base(name)
        aliases = [RawAlias(name, "any", "name", True)]
        prefix = _OF_UNIT_PREFIX.match(name)
        if prefix is not None and unit is None:
            # "Province of Northern Samar": news write "Northern Samar (province)"; the bare name
            # is the division's unless a town it holds bears it.
            unit = (prefix.group(1) or prefix.group(2)).lower()
            aliases.append(RawAlias(f"{base} {unit.title()}", "en", "variant", True))
            if not any(fold_plain(c.name) == fold_plain(base) for c in members):
                aliases.append(RawAlias(base, "any", "variant", True))
        if unit is not None and base != name:
            aliases.append(RawAlias(french_of(unit, base), "fr", "variant", True))
            if unit in _DISTRICT_LIKE:
                aliases.append(RawAlias(f"{base} District", "en", "variant", True))
                aliases.append(RawAlias(french_of("district", base), "fr", "variant", True))
        anchor = _anchor(members, base)
        drafts.append(
            Draft(name, "admin2", admin1_names.get((iso, code), ""), name, iso, anchor.latitude,
                  anchor.longitude, sum(c.population for c in members), None, "geonames",
                  RANK_ADMIN2, "", tuple(aliases), admin1_code=code)
        )  # fmt: skip
    return drafts


# ---------------------------------------------------------------------------------- places


def _script_latin(text: str) -> bool:
    """Whether every letter of ``text`` is Latin."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def geonames_aliases(city: City) -> list[RawAlias]:
    """The GeoNames name (strong) and its Latin-script alternate names (weak). All-lowercase
    entries are machine transliterations ("alhskt") and all-capital ones codes: neither is a
    spelling a journalist uses."""
    aliases = [RawAlias(city.name, "any", "name", True)]
    for name in city.alternate_names:
        text = clean_text(name)
        if not text or not _script_latin(text) or text == text.lower() or text == text.upper():
            continue
        aliases.append(RawAlias(text, "any", "variant", False))
        town = _TOWN_OF.match(text)
        if town is not None:  # "Ville de Pétion-Ville": the town's own name is "Pétion-Ville"
            aliases.append(RawAlias(town.group(1), "any", "variant", False))
    return aliases


# An alternate name that is the town's administration ("Ville de Pétion-Ville", "City of
# Tshwane", "Commune de X", "Municipio de X"): the name after it is the town's.
_TOWN_OF: Final = re.compile(
    r"^(?:Ville|Commune|City|Municipality|Municipio|Município|Town|Cidade|Ciudad) (?:de |d'|of )"
    r"(\w[\w' -]+)$"
)


# Countries whose place names reach the news transliterated from another script (Arabic,
# Persian, Cyrillic, Ge'ez, Brahmic, Burmese...): French writes their "sh" as "ch" and their
# "u" as "ou" (Qamichli, Chebekino, Kirkouk, Koundouz), which GeoNames seldom lists.
TRANSLITERATED_COUNTRIES: Final = frozenset(
    {"AE", "AF", "AM", "BD", "BG", "BH", "BY", "EG", "ER", "ET", "GE", "IL", "IN", "IQ", "IR",
     "JO", "KG", "KW", "KZ", "LB", "LK", "LY", "MK", "MM", "MN", "NP", "OM", "PK", "PS", "QA",
     "RS", "RU", "SA", "SD", "SS", "SY", "TJ", "UA", "YE"}
)  # fmt: skip
_FRENCH_U = re.compile(r"(?<=[bcdfghjklmnprstvwxyzBCDFGHJKLMNPRSTVWXYZ])u(?![aeiouy])")


def french_transliterations(name: str) -> list[str]:
    """French spellings of a transliterated name: "sh" as "ch", "u" as "ou", and both."""
    shifted = name.replace("sh", "ch").replace("Sh", "Ch")
    variants = {shifted, _FRENCH_U.sub("ou", name), _FRENCH_U.sub("ou", shifted)}
    variants.discard(name)
    return sorted(variants)


# (0.26.0) Countries whose place names reach the news from Cyrillic: Ukraine's official
# romanisation (2010) writes "ia", "iu", "ie" inside a word where GeoNames often has the older
# "ya", "yu", "ye" ("Krasnopillya" is "Krasnopillia" in Ukrainian news), and the reverse
# ("Kostiantynivka", "Kostyantynivka").
CYRILLIC_COUNTRIES: Final = frozenset({"BY", "RU", "UA"})
_INNER_Y_VOWEL = re.compile(r"(?<=[bcdfghjklmnprstvzBCDFGHJKLMNPRSTVZ])y(?=[aeu])")
_INNER_I_VOWEL = re.compile(r"(?<=[bcdfghjklmnprstvzBCDFGHJKLMNPRSTVZ])i(?=[aeu])")


def cyrillic_variants(name: str) -> list[str]:
    """A romanised Cyrillic name with "ya", "yu", "ye" after a consonant written "ia", "iu",
    "ie" ("Krasnopillya": "Krasnopillia"), and the reverse ("Kostiantynivka":
    "Kostyantynivka"); none when it has neither."""
    variants = {_INNER_Y_VOWEL.sub("i", name), _INNER_I_VOWEL.sub("y", name)}
    variants.discard(name)
    return sorted(variants)


_PROPER_WORD = re.compile(r"[A-ZÀ-Þ][\w-]*")


def cyrillic_alias_variants(alias: str) -> list[str]:
    """``cyrillic_variants`` of the capitalised words of a curated alias only ("base aérienne
    d'Olenya": "base aérienne d'Olenia"; its common words stay as written)."""
    variants = {
        _PROPER_WORD.sub(lambda word: _INNER_Y_VOWEL.sub("i", word.group(0)), alias),
        _PROPER_WORD.sub(lambda word: _INNER_I_VOWEL.sub("y", word.group(0)), alias),
    }
    variants.discard(alias)
    return sorted(variants)


# Countries whose place names are Arabic: news writes them without the article and without
# the final "h" GeoNames often gives ("Al Ḩawījah" is "Hawija", "Al Fallūjah" "Falluja").
ARABIC_COUNTRIES: Final = frozenset(
    {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
     "SD", "SY", "TN", "YE"}
)  # fmt: skip
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)[ -](?=\w{4})", re.I)
_FINAL_AH = re.compile(r"(?<=\w{4})ah$")


# An article inside the name, assimilated to the next consonant as GeoNames writes it ("Jisr
# ash Shughūr", "Ma'arrat an Nu'mān", "Dayr az Zawr"), which news agencies write "al-" ("Jisr
# al-Shughur", "Maarat al-Numan", "Deir al-Zor").
_INNER_ARTICLE = re.compile(
    r"(?<=\w)[ -](?:ash|as|at|ath|ad|adh|ar|az|an|aş|aţ|aḑ|aẓ|es|esh|et|ed|er|ez|en)[ -]"
    r"(?=\w{2})",
    re.I,
)


_TALL = re.compile(r"^Tall (?=\w{3})")


def arabic_variants(name: str) -> list[str]:
    """A transliterated Arabic name without its article and without its final "h" ("Al
    Ḩawījah": "Ḩawījah", "Al Ḩawīja", "Ḩawīja"), and with an assimilated article inside it
    written "al-" ("Jisr ash Shughūr": "Jisr al-Shughūr"); none when it has neither."""
    bare = _ARABIC_ARTICLE.sub("", name)
    variants = {bare, _FINAL_AH.sub("a", name), _FINAL_AH.sub("a", bare)}
    variants |= {_INNER_ARTICLE.sub(" al-", v) for v in (*variants, name)}
    # (0.26.0) "Tall" (a hill, a mound) is "Tal" or "Tell" in news copy ("Tall Tamr": "Tal
    # Tamr", "Tell Tamr")
    variants |= {_TALL.sub(short, v) for v in (*variants, name) for short in ("Tal ", "Tell ")}
    variants.discard(name)
    return sorted(variants)


def capital_ids(cities: Sequence[City], capitals: Mapping[str, str]) -> set[int]:
    """The GeoNames ids of national capitals: per country, the most populous place named as
    its capital (``capitals``: ISO2 -> capital name)."""
    best: dict[str, City] = {}
    for city in cities:
        capital = capitals.get(city.country_iso2)
        if capital and fold_plain(city.name) == fold_plain(capital):
            current = best.get(city.country_iso2)
            if current is None or city.population > current.population:
                best[city.country_iso2] = city
    return {city.geonames_id for city in best.values()}


def settlement_drafts(
    cities: Sequence[City],
    admin1_names: Mapping[tuple[str, str], str],
    curated_ids: set[int],
    capitals: Mapping[str, str],
) -> list[Draft]:
    """Every GeoNames populated place not described by a curated row: a ``city`` from 100,000
    inhabitants, else a ``town``; a national capital is marked (``extra["capital"]``)."""
    capital_ids_ = capital_ids(cities, capitals)
    drafts = []
    for city in cities:
        if city.geonames_id in curated_ids:
            continue
        feature = "city" if city.population >= CITY_POPULATION else "town"
        aliases = geonames_aliases(city)
        if city.country_iso2 in TRANSLITERATED_COUNTRIES:
            aliases += [
                RawAlias(v, "fr", "variant", False) for v in french_transliterations(city.name)
            ]
        if city.country_iso2 in ARABIC_COUNTRIES:
            aliases += [RawAlias(v, "any", "variant", False) for v in arabic_variants(city.name)]
        if city.country_iso2 in CYRILLIC_COUNTRIES:
            aliases += [RawAlias(v, "any", "variant", False) for v in cyrillic_variants(city.name)]
        drafts.append(
            Draft(city.name, feature, admin1_names.get((city.country_iso2, city.admin1_code), ""),
                  city.admin2_name or "", city.country_iso2, city.latitude, city.longitude,
                  city.population, city.geonames_id, "geonames", RANK_GEONAMES, "",
                  tuple(aliases), admin1_code=city.admin1_code,
                  extra={"capital": "1"} if city.geonames_id in capital_ids_ else {})
        )  # fmt: skip
    return drafts


_AIRBASE = re.compile(
    r"\b(?:air base|airbase|air force base|air station|naval air|military|army airfield|"
    r"airfield|afb|air field|base aerienne|base aérienne|heliport)\b",
    re.IGNORECASE,
)
_AIRPORT_WORD = re.compile(r"\b(?:airport|aeroport|aéroport|aeropuerto|aeroporto)\b", re.I)
_INTERNATIONAL = re.compile(r"\b(?:international|intl|internacional|internazionale)\b", re.I)


def french_city_names(curated: Sequence[CuratedRow]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The French names of curated towns and cities ("Damascus": "Damas"; "Mogadishu":
    "Mogadiscio"), by country and folded English name: an airport's French aliases use them."""
    names: dict[tuple[str, str], tuple[str, ...]] = {}
    for row in curated:
        if row.feature_type not in {"city", "town"}:
            continue
        french = tuple(
            dict.fromkeys(n for n in (row.name_fr, *row.aliases_fr) if n and n != row.location_name)
        )
        if french:
            names[(row.country_iso2, fold_plain(row.location_name))] = french
    return names


def world_cities_by_name(cities: Sequence[City]) -> dict[str, tuple[str, int]]:
    """The country and population of the largest city of at least ``WORLD_CITY`` inhabitants
    that each folded name or alternate name stands for."""
    found: dict[str, tuple[str, int]] = {}
    for city in cities:
        if city.population < WORLD_CITY:
            continue
        for name in (city.name, *city.alternate_names):
            key = fold_plain(name)
            if key not in found or found[key][1] < city.population:
                found[key] = (city.country_iso2, city.population)
    return found


# A city this large abroad owns its name in "<city> airport" (see ``airport_drafts``).
WORLD_CITY: Final = 500_000


def airport_drafts(
    airports: Sequence[Airport],
    nearest: NearestCity,
    french_names: Mapping[tuple[str, str], tuple[str, ...]] | None = None,
    world_cities: Mapping[str, tuple[str, int]] | None = None,
) -> list[Draft]:
    """Airports with an IATA code (the ones with scheduled traffic, that news names) and every
    air base or military airfield; the city they serve gives "<city> airport" and "aéroport de
    <city>", also with the city's French name ("aéroport de Damas"), unless a city of that name
    abroad is a world city (``world_cities``: the small US "Bagdad Airport" is no "aéroport de
    Bagdad"). Their admin1 is that of the nearest populated place."""
    drafts = []
    for airport in airports:
        military = _AIRBASE.search(airport.name) is not None
        if not airport.iata and not military:
            continue
        feature = "airbase" if military else "airport"
        aliases = [RawAlias(airport.name, "en", "name", True)]
        owner = (world_cities or {}).get(fold_plain(airport.city)) if airport.city else None
        abroad = owner is not None and owner[0] != airport.country_iso2
        if not military and airport.city and not abroad and _AIRPORT_WORD.search(airport.name):
            # "<city> International Airport" only for an airport whose name says so: a local
            # "Bagdad Airport" (Arizona) is no "aéroport international de Bagdad".
            international = _INTERNATIONAL.search(airport.name) is not None
            french_units = ("aéroport", "aéroport international")[: 1 + international]
            aliases.append(RawAlias(f"{airport.city} airport", "en", "variant", True))
            if international:
                aliases.append(
                    RawAlias(f"{airport.city} International Airport", "en", "variant", True)
                )
            key = (airport.country_iso2, fold_plain(airport.city))
            for city_name in (airport.city, *(french_names or {}).get(key, ())):
                for unit in french_units:
                    aliases.append(RawAlias(french_of(unit, city_name), "fr", "variant", True))
            aliases += _own_name_aliases(airport.name, airport.city, international)
        city = nearest.find(airport.country_iso2, airport.latitude, airport.longitude)
        drafts.append(
            Draft(airport.name, feature, city[0] if city else "", "", airport.country_iso2,
                  airport.latitude, airport.longitude, 0, None, "airportsdata", RANK_AIRPORT, "",
                  tuple(aliases), extra={"icao": airport.icao, "iata": airport.iata})
        )  # fmt: skip
    return drafts


# The words of an airport's name that are not its own name ("Ben Gurion International Airport").
_AIRPORT_UNIT_WORDS = re.compile(
    r"\s*\b(?:international|intl|airport|aeroport|aéroport)\b\.?\s*", re.IGNORECASE
)


def _own_name_aliases(name: str, city: str, international: bool) -> list[RawAlias]:
    """An airport named after someone or something else than its city is also told by that
    name with the airport word alone: "Ben Gurion airport", "aéroport Ben Gurion", "aéroport
    international Ben Gurion" for "Ben Gurion International Airport" (its city gives "Tel Aviv
    airport"); nothing when the name is the city's."""
    own = _AIRPORT_UNIT_WORDS.sub(" ", name).strip(" -,")
    if len(own) < 4 or fold_plain(own) == fold_plain(city) or not own[0].isupper():
        return []
    aliases = [RawAlias(f"{own} airport", "en", "variant", True),
               RawAlias(f"aéroport {own}", "fr", "variant", True)]  # fmt: skip
    if international:
        aliases.append(RawAlias(f"aéroport international {own}", "fr", "variant", True))
    return aliases


# How near a curated air base or airport a registry airport of the same kind must lie to be
# that place (both sources place an airfield on its runway, a few hundred metres apart).
SAME_AIRFIELD_KM: Final = 2.0


def _kilometres(a: Draft, b: Draft) -> float:
    """The distance between two drafts' points (equirectangular: enough under a few km)."""
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    east = (a.longitude - b.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 111.2 * math.hypot(a.latitude - b.latitude, east)


def merged_airfields(drafts: Sequence[Draft]) -> list[Draft]:
    """The drafts with each registry airport or air base that lies within ``SAME_AIRFIELD_KM`` of
    a curated one of the same kind and country dropped, its names added to the curated one:
    one airfield is one place ("Al Asad Air Base" and the curated "Ain al-Asad Air Base"), not
    two namesakes that make either name look ambiguous. An air base beside an airport stays its
    own place (Sanaa's airport and the al-Dailami air base share a runway)."""
    curated: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, draft in enumerate(drafts):
        located = draft.latitude is not None and draft.longitude is not None
        if draft.source == "curated" and draft.feature_type in {"airport", "airbase"} and located:
            curated[(draft.country_iso2, draft.feature_type)].append(index)
    extra_names: dict[int, list[RawAlias]] = defaultdict(list)
    dropped: set[int] = set()
    for index, draft in enumerate(drafts):
        if draft.source != "airportsdata" or draft.latitude is None or draft.longitude is None:
            continue
        near = [
            (_kilometres(draft, drafts[other]), other)
            for other in curated.get((draft.country_iso2, draft.feature_type), ())
        ]
        if near and min(near)[0] <= SAME_AIRFIELD_KM:
            dropped.add(index)
            extra_names[min(near)[1]].extend(draft.aliases)
    return [
        replace(draft, aliases=draft.aliases + tuple(extra_names[index]))
        if index in extra_names
        else draft
        for index, draft in enumerate(drafts)
        if index not in dropped
    ]


class NearestCity:
    """The admin1 name of the populated place nearest a point, within one country (a one-degree
    grid; no place within two degrees gives none)."""

    def __init__(self, cities: Sequence[City], admin1_names: Mapping[tuple[str, str], str]):
        self._grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for city in cities:
            name = admin1_names.get((city.country_iso2, city.admin1_code))
            if name:
                cell = (city.country_iso2, int(city.latitude // 1), int(city.longitude // 1))
                self._grid[cell].append((city.latitude, city.longitude, name))

    def find(self, iso: str, latitude: float, longitude: float) -> tuple[str] | None:
        """``(admin1 name,)`` of the nearest populated place of ``iso``, if any is near."""
        best: tuple[float, str] | None = None
        row, column = int(latitude // 1), int(longitude // 1)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for lat, lon, name in self._grid.get((iso, row + dr, column + dc), ()):
                    distance = (lat - latitude) ** 2 + (lon - longitude) ** 2
                    if best is None or distance < best[0]:
                        best = (distance, name)
        return (best[1],) if best is not None else None


# ---------------------------------------------------------------------------------- curated


def _curated_aliases(row: CuratedRow) -> list[RawAlias]:
    aliases = [RawAlias(row.location_name, "en", "name", True)]
    if row.name_fr:
        aliases.append(RawAlias(row.name_fr, "fr", "name", True))
    aliases += [RawAlias(a, "en", "variant", True) for a in row.aliases_en]
    aliases += [RawAlias(a, "fr", "variant", True) for a in row.aliases_fr]
    aliases += [RawAlias(a, "translit", "variant", True) for a in row.aliases_translit]
    aliases += [RawAlias(a, "en", "demonym", True) for a in row.demonyms_en]
    aliases += [RawAlias(a, "fr", "demonym", True) for a in row.demonyms_fr]
    return aliases


def curated_drafts(
    curated: Sequence[CuratedRow],
    cities: Mapping[int, City],
    admin1_names: Mapping[tuple[str, str], str],
    replaced: Mapping[tuple[str, str], str] | None = None,
    capital_ids: AbstractSet[int] = frozenset(),
) -> list[Draft]:
    """Regions, seas, sites and towns from the curated rows (countries and admin1 overrides are
    read elsewhere). A row naming a GeoNames id takes its coordinates and population when it
    gives none, and its alternate names as weak aliases; it replaces that place in the bulk.
    Its admin1 is written as the gazetteer writes it ("Borno State" is "Borno"). An ``admin2``
    row is its own admin2, as a GeoNames one is; one that ``replaced`` a GeoNames admin2 keeps
    that name as a weak alias. A row standing for a national capital (``capital_ids``: their
    GeoNames ids) is marked as one, as the bulk's capitals are: "Damas" is no ordinary word."""
    stands_for = {(iso, name): admin2 for (iso, admin2), name in (replaced or {}).items()}
    known: dict[tuple[str, str], str] = {
        (iso, fold_plain(unit_base(name))): name for (iso, _), name in admin1_names.items()
    }
    drafts = []
    for row in curated:
        if row.feature_type not in FEATURE_TYPES:
            raise ValueError(f"curated row {row.location_name!r}: bad type {row.feature_type!r}")
        if row.feature_type in {"country", "admin1"}:
            continue
        admin1 = known.get((row.country_iso2, fold_plain(unit_base(row.admin1))), row.admin1)
        aliases = _curated_aliases(row)
        if row.country_iso2 in CYRILLIC_COUNTRIES:
            # (0.29.0) "l'aérodrome d'Olenia" for "aérodrome d'Olenya", "Belaïa" for "Belaya"
            aliases += [
                RawAlias(variant, alias.language, "variant", alias.strong)
                for alias in list(aliases)
                if alias.kind != "demonym"
                for variant in cyrillic_alias_variants(alias.alias)
            ]
        latitude, longitude, population = row.latitude, row.longitude, 0
        admin2 = ""
        if row.geonames_id is not None:
            city = cities.get(row.geonames_id)
            if city is None:
                raise ValueError(f"{row.location_name}: GeoNames id {row.geonames_id} unknown")
            if city.country_iso2 != row.country_iso2:
                raise ValueError(f"{row.location_name}: GeoNames id in {city.country_iso2}")
            if latitude is None or longitude is None:
                latitude, longitude = city.latitude, city.longitude
            population = city.population
            admin2 = city.admin2_name or ""
            aliases += [a for a in geonames_aliases(city) if not a.strong]
        if row.feature_type == "admin2":
            admin2 = row.location_name
            if (row.country_iso2, row.location_name) in stands_for:
                geonames_name = stands_for[(row.country_iso2, row.location_name)]
                aliases.append(RawAlias(geonames_name, "any", "variant", False))
        rank = RANK_REGION if row.feature_type == "region" else RANK_CURATED
        drafts.append(
            Draft(row.location_name, row.feature_type, admin1, admin2, row.country_iso2,
                  latitude, longitude, population, row.geonames_id, "curated", rank, row.name_fr,
                  tuple(aliases),
                  extra={"capital": "1"} if row.geonames_id in capital_ids else {})
        )  # fmt: skip
    return drafts
