"""The worldwide gazetteer: the generated tables (``make setup`` builds them before the tests)
and the build's rules on small hand-made inputs.

The generated files are read as they are, so a stale or broken build is caught; the rules
(ids, alias quality, division names, the extractor index) are checked on inputs written here.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Final

import duckdb
import pytest

from ingest.extraction import ArticleInput, AttackMention, Extractor, load_lexicons
from ingest.extraction.frame_places import _a_language_spoken
from ingest.extraction.gazetteer import PlaceIndex
from ingest.extraction.lexicon_records import Place
from ingest.extraction.normalize import match_key
from ingest.extraction.places import PlaceHit
from ingest.paths import packaged_gazetteer_dir
from ingest.textnorm import normalize_article_text, stable_hash
from ingest.tools.build_gazetteer import input_fingerprints
from ingest.tools.gazetteer.aliases import build_aliases
from ingest.tools.gazetteer.assemble import assign_ids, build_places
from ingest.tools.gazetteer.drafts import (
    RANK_ADMIN1,
    RANK_GEONAMES,
    Draft,
    NearestCity,
    RawAlias,
    airport_drafts,
    division_aliases,
    french_compass_names,
    french_of,
    geonames_aliases,
    merged_airfields,
    unit_base,
    unit_word,
)
from ingest.tools.gazetteer.output import ALIASES_FILE, PLACES_FILE, REPORT_FILE
from ingest.tools.gazetteer.sources import Airport, City

GAZETTEER = packaged_gazetteer_dir()
REPO_ROOT = Path(__file__).resolve().parents[2]
DEV_GOLD = REPO_ROOT.parent / "shared" / "corpus" / "dev" / "gold_events.jsonl"
SAMPLE_GOLD = REPO_ROOT / "ingest" / "sample_corpus" / "gold_events.jsonl"


@cache
def _db() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"create view places as select * from '{GAZETTEER / PLACES_FILE}'")
    con.execute(f"create view aliases as select * from '{GAZETTEER / ALIASES_FILE}'")
    return con


def _rows(sql: str, *params: object) -> list[tuple[Any, ...]]:
    return _db().execute(sql, list(params)).fetchall()


def _one(sql: str, *params: object) -> Any:
    return _rows(sql, *params)[0][0]


# ---------------------------------------------------------------------- the generated tables


def test_the_build_is_current() -> None:
    """The generated gazetteer was built from the installed packages and curated files."""
    report = json.loads((GAZETTEER / REPORT_FILE).read_text(encoding="utf-8"))
    assert report["inputs"] == input_fingerprints()


def test_world_coverage() -> None:
    assert _one("select count(*) from places where feature_type in ('city', 'town')") > 140_000
    assert _one("select count(*) from places where feature_type = 'country'") >= 250
    assert (
        _one("select count(distinct country_iso2) from places where feature_type = 'admin1'") > 200
    )
    assert _one("select count(*) from places where feature_type = 'admin2'") > 10_000
    assert _one("select count(*) from places where feature_type = 'airport'") > 5_000
    assert _one("select count(*) from places where feature_type = 'airbase'") > 300


def test_one_capital_per_country_geonames_or_curated() -> None:
    """GeoNames' capitals, and the capital of a country whose places are curated (Iraq, Syria)."""
    assert _one("select count(*) - count(distinct country_iso2) from places where is_capital") == 0
    capitals = dict(_rows("select country_iso2, location_name from places where is_capital"))
    assert {iso: capitals.get(iso) for iso in ("SO", "ML", "IQ", "SY", "UA")} == {
        "SO": "Mogadishu", "ML": "Bamako", "IQ": "Baghdad", "SY": "Damascus", "UA": "Kyiv",
    }  # fmt: skip
    assert len(capitals) > 220


def test_ids_unique_and_parents_exist() -> None:
    assert _one("select count(*) - count(distinct location_id) from places") == 0
    orphans = _rows(
        "select location_id from places where feature_type <> 'country' and "
        "parent_location_id not in (select location_id from places) limit 5"
    )
    assert orphans == []
    bad_countries = _one(
        "select count(*) from places where feature_type = 'country' "
        "and (parent_location_id is not null or location_id <> lower(country_iso2))"
    )
    assert bad_countries == 0


def test_coordinates_in_range() -> None:
    assert (
        _one(
            "select count(*) from places where latitude not between -90 and 90 "
            "or longitude not between -180 and 180"
        )
        == 0
    )


@pytest.mark.parametrize(
    ("name", "feature", "country", "admin1"),
    [
        pytest.param("Ain al-Asad Air Base", "airbase", "IQ", "Anbar", id="curated base"),
        pytest.param("Tower 22", "military_base", "JO", "Mafraq", id="curated outpost"),
        pytest.param("Kidal", "town", "ML", "Kidal", id="Sahel town"),
        pytest.param("Borno", "admin1", "NG", "Borno", id="Nigerian state, bare name"),
        pytest.param("Tillabéri", "admin1", "NE", "Tillabéri", id="Niger region, bare name"),
        pytest.param("Nikopol", "city", "UA", "Dnipropetrovsk", id="Ukrainian city"),
        pytest.param("Apaseo el Grande", "town", "MX", "Guanajuato", id="Mexican town"),
        pytest.param("Red Sea", "other", "XZ", None, id="sea"),
        pytest.param("Galmudug", "region", "SO", None, id="Somali member state"),
        pytest.param("North Kivu", "admin1", "CD", "North Kivu", id="curated English admin1"),
        pytest.param("Masisi", "admin2", "CD", "North Kivu", id="curated territory"),
        pytest.param("Catatumbo", "region", "CO", "Norte de Santander", id="Colombian region"),
    ],
)
def test_known_places(name: str, feature: str, country: str, admin1: str | None) -> None:
    found = _rows(
        "select admin1 from places where location_name = ? and feature_type = ? "
        "and country_iso2 = ?",
        name,
        feature,
        country,
    )
    assert (admin1,) in found, found


@pytest.mark.parametrize(
    ("alias", "owner_name", "common"),
    [
        pytest.param("Borno State", "Borno", False, id="unit word in English"),
        pytest.param(
            "Kharkiv Oblast",
            "Kharkivs’ka",
            False,
            id="an oblast named by GeoNames' adjective is its capital's name + Oblast",
        ),
        pytest.param(
            "région de Kharkiv",
            "Kharkivs’ka",
            False,
            id="an oblast named by GeoNames' adjective, in French",
        ),
        pytest.param(
            "Northern Samar",
            "Province of Northern Samar",
            False,
            id="GeoNames' 'Province of X' is written X",
        ),
        pytest.param(
            "Northern Samar Province",
            "Province of Northern Samar",
            False,
            id="GeoNames' 'Province of X' is written X Province",
        ),
        pytest.param(
            "Sourou", "Province du Sourou", False, id="GeoNames' 'Province du X' is written X"
        ),
        pytest.param(
            "Kossi Province", "Province de la Kossi", False, id="'Province de la X' is X Province"
        ),
        pytest.param("région de Tillabéri", "Tillabéri", False, id="unit word in French"),
        pytest.param(
            "Kordofan-Occidental", "West Kordofan", False, id="a compass province in French"
        ),
        pytest.param("Petion-Ville", "Pétionville", False, id="the town of GeoNames' 'Ville de X'"),
        pytest.param("Nice", "Nice", True, id="big city named like a word: kept, flagged"),
        pytest.param("Omar", None, None, id="a first name names no place of weight"),
        pytest.param(
            "Fichē", "Fichē", True, id="a town of 57,000 named like a French word: kept, flagged"
        ),
        pytest.param("Jos", "Jos", False, id="a city named by three letters"),
        pytest.param(
            "aéroport de Damas",
            "Damascus International Airport",
            False,
            id="an airport by its city's French name",
        ),
        pytest.param(
            "aéroport international de Mossoul",
            "Mosul International Airport",
            False,
            id="an airport by its city's French name (international)",
        ),
    ],
)
def test_alias_rules_on_the_world(alias: str, owner_name: str | None, common: bool | None) -> None:
    rows = _rows(
        "select p.location_name, a.common_word from aliases a join places p using (location_id) "
        "where a.alias = ? order by p.population desc",
        alias,
    )
    if owner_name is None:
        assert all(flagged for _, flagged in rows), rows
    else:
        assert (owner_name, common) in rows, rows


def test_a_curated_capital_is_no_ordinary_word() -> None:
    # "Damas" is a French word (damask) as frequent as the city explains; a capital's name is
    # never taken for a word, whether the bulk or a curated row describes the capital.
    rows = _rows(
        "select a.common_word from aliases a join places p using (location_id) "
        "where a.alias = 'Damas' and p.feature_type = 'city' and p.country_iso2 = 'SY'"
    )
    assert rows == [(False,)]


def test_ordinary_words_are_no_alias_of_small_places() -> None:
    """ "Best" (a Dutch town of 30,000) and "Police" (a Polish town) are words first."""
    rows = _rows("select a.alias from aliases a join places p using (location_id) "
                 "where a.alias in ('Best', 'Police') and p.population < 200000")  # fmt: skip
    assert rows == []


def _gold_places(path: Path) -> list[str]:
    if not path.exists():
        return []
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            event = json.loads(line)
            if event.get("location"):
                names.add(event["location"])
    return sorted(names)


@pytest.mark.parametrize("name", [*_gold_places(DEV_GOLD), *_gold_places(SAMPLE_GOLD)])
def test_gold_places_resolve(name: str) -> None:
    """Every place the dev and sample gold names is in the gazetteer (the world corpus's
    villages below 1,000 inhabitants are not, by design)."""
    index = PlaceIndex.load(GAZETTEER)
    assert index.lookup(name), name


# ---------------------------------------------------------------------- rules on small inputs


@pytest.mark.parametrize(
    ("name", "base", "unit"),
    [
        pytest.param("Borno State", "Borno", "state", id="English suffix"),
        pytest.param("Muhafazat Hadramawt", "Hadramawt", None, id="Arabic prefix"),
        pytest.param("Cercle de Kadiolo", "Kadiolo", None, id="French prefix"),
        pytest.param("Belgorod Oblast", "Belgorod", "oblast", id="oblast"),
        pytest.param("Red Sea", "Red Sea", None, id="no unit word"),
        pytest.param("Niger State", "Niger", "state", id="a state named like a country"),
        pytest.param("Province of Northern Samar", "Northern Samar", None, id="'of' prefix"),
        pytest.param("Province du Sourou", "Sourou", None, id="French 'du' prefix"),
        pytest.param("Province de la Kossi", "Kossi", None, id="French 'de la' prefix"),
        pytest.param("Province des Balé", "Balé", None, id="French 'des' prefix"),
    ],
)
def test_unit_words(name: str, base: str, unit: str | None) -> None:
    assert (unit_base(name), unit_word(name)) == (base, unit)


def test_french_unit_phrases_elide() -> None:
    assert french_of("region", "Agadez") == "région d'Agadez"
    assert french_of("governorate", "Amran") == "gouvernorat d'Amran"
    assert french_of("state", "Borno") == "État de Borno"


def test_french_compass_names_of_provinces() -> None:
    # French writes "West Kordofan" Kordofan-Occidental, "North Darfur" Darfour-Nord
    west = {a.alias for a in french_compass_names("West Kordofan", "SD")}
    assert {"Kordofan-Occidental", "Kordofan-Ouest"} <= west
    north = {a.alias for a in french_compass_names("North Darfur", "SD")}
    assert {"Darfur-Nord", "Darfour-Nord", "Nord-Darfour"} <= north
    assert french_compass_names("Borno", "NG") == []
    assert french_compass_names("Northwest Territories", "CA") == []


def test_the_town_of_an_administrations_name() -> None:
    # GeoNames' "Ville de Petion-Ville": the town is also written "Petion-Ville"
    city = City(geonames_id=1, name="Pétionville", latitude=18.5, longitude=-72.3,
                country_iso2="HT", admin1_code="11", population=376_834,
                alternate_names=("Ville de Petion-Ville", "Ville basse"), admin1_name="Ouest",
                admin2_name=None)  # fmt: skip
    assert {a.alias for a in geonames_aliases(city)} == {
        "Pétionville",
        "Ville de Petion-Ville",
        "Petion-Ville",
        "Ville basse",
    }


def test_division_aliases_cover_both_languages() -> None:
    aliases = {a.alias for a in division_aliases("Diffa", ["region"])}
    assert {"Diffa", "Diffa Region", "région de Diffa"} <= aliases


def _draft(name: str, feature: str, country: str, population: int, *aliases: RawAlias,
           rank: int = RANK_GEONAMES, admin1: str = "") -> Draft:  # fmt: skip
    return Draft(name, feature, admin1, "", country, 1.0, 1.0, population, None, "geonames", rank,
                 "", (RawAlias(name, "any", "name", True), *aliases))  # fmt: skip


def _frequency(word: str) -> float:
    return {"best": 6.0, "nice": 5.4, "omar": 3.9, "centre": 5.0}.get(word, 1.0)


def test_alias_rules_on_hand_made_places() -> None:
    drafts = [
        _draft("Best", "town", "NL", 29_000),
        _draft("Nice", "city", "FR", 340_000),
        _draft("Kidal", "town", "ML", 40_000, RawAlias("Omar", "any", "variant", False)),
        _draft("Gao", "town", "ML", 86_000, RawAlias("Kidal", "any", "variant", False)),
        _draft("Centre", "admin1", "BF", 1_000_000, rank=RANK_ADMIN1),
        _draft("Philadelphia", "city", "US", 1_500_000),
        _draft("Amman", "city", "JO", 1_200_000, RawAlias("Philadelphia", "any", "variant", False)),
    ]
    placed = assign_ids(drafts)
    rows, report = build_aliases(placed, frozenset(), _frequency)
    kept = {(r.location_id, r.alias): r.common_word for r in rows}
    assert ("nl-best", "Best") not in kept  # an ordinary word, a small town
    assert kept[("fr-nice", "Nice")] is True  # an ordinary word, a big city: flagged
    assert ("ml-kidal", "Omar") not in kept  # a weak variant that is a name goes
    assert kept[("ml-kidal", "Kidal")] is False
    assert ("ml-gao", "Kidal") not in kept  # another place's canonical name in the country
    assert kept[("bf-centre", "Centre")] is True  # a province named by a word
    assert ("jo-amman", "Philadelphia") not in kept  # a bigger place's name elsewhere
    assert report.dropped["common_word"] == 1 and report.dropped["foreign_namesake"] == 1


def _airfield(name: str, feature: str, source: str, latitude: float, longitude: float) -> Draft:
    return Draft(name, feature, "", "", "IQ", latitude, longitude, 0, None, source,
                 RANK_GEONAMES, "", (RawAlias(name, "en", "name", True),))  # fmt: skip


def test_one_airfield_from_two_sources_is_one_place() -> None:
    curated = _airfield("Ain al-Asad Air Base", "airbase", "curated", 33.80, 42.44)
    drafts = [
        curated,
        _airfield("Al Asad Air Base", "airbase", "airportsdata", 33.7856, 42.4412),  # 1.6 km
        _airfield("Al Asad Airport", "airport", "airportsdata", 33.80, 42.44),  # another kind
        _airfield("Haditha Airfield", "airbase", "airportsdata", 34.10, 42.40),  # 33 km away
    ]
    merged = merged_airfields(drafts)
    assert [d.location_name for d in merged] == [
        "Ain al-Asad Air Base", "Al Asad Airport", "Haditha Airfield",
    ]  # fmt: skip
    assert [a.alias for a in merged[0].aliases] == ["Ain al-Asad Air Base", "Al Asad Air Base"]


def test_an_airport_is_international_only_when_its_name_says_so() -> None:
    airports = [
        Airport("KBGD", "BGD", "Bagdad Airport", "Bagdad", "US", 34.59, -113.17),
        Airport("ORBI", "BGW", "Baghdad International Airport", "Baghdad", "IQ", 33.26, 44.23),
    ]
    nearest = NearestCity([], {})
    local, international = (
        {a.alias for a in d.aliases} for d in airport_drafts(airports, nearest, {})
    )
    assert {"Bagdad airport", "aéroport de Bagdad"} <= local
    assert not {"Bagdad International Airport", "aéroport international de Bagdad"} & local
    assert {"Baghdad International Airport", "aéroport international de Baghdad"} <= international


def test_a_world_city_abroad_owns_its_name_in_an_airport_s_generated_names() -> None:
    """(0.19.0) "aéroport de Bagdad" and "Bagdad airport" are Baghdad's: the small US airport
    of that town keeps only its own name."""
    airports = [
        Airport("KBGD", "BGD", "Bagdad Airport", "Bagdad", "US", 34.59, -113.17),
        Airport("ORBI", "BGW", "Baghdad International Airport", "Baghdad", "IQ", 33.26, 44.23),
    ]
    world = {"bagdad": ("IQ", 7_000_000), "baghdad": ("IQ", 7_000_000)}
    local, international = (
        {a.alias for a in d.aliases}
        for d in airport_drafts(airports, NearestCity([], {}), {}, world)
    )
    assert local == {"Bagdad Airport"}
    assert {"Baghdad airport", "aéroport de Baghdad"} <= international


def test_no_registry_airfield_doubles_a_curated_one() -> None:
    doubles = _one(
        "select count(*) from places r join places c on r.country_iso2 = c.country_iso2 "
        "and r.feature_type = c.feature_type where c.source = 'curated' "
        "and r.source = 'airportsdata' and c.feature_type in ('airport', 'airbase') "
        "and abs(r.latitude - c.latitude) < 0.015 and abs(r.longitude - c.longitude) < 0.015"
    )
    assert doubles == 0
    owners = _rows(
        "select distinct p.location_id from aliases a join places p using (location_id) "
        "where a.alias in ('Al Asad Air Base', 'Ain al-Asad Air Base')"
    )
    assert owners == [("iq-ain-al-asad-air-base",)]


def test_three_letter_names_of_towns_of_weight() -> None:
    drafts = [
        _draft("Wau", "town", "SS", 120_000, RawAlias("Wow", "any", "variant", False)),
        _draft("Ati", "town", "TD", 9_000),
        _draft("Fes", "city", "MA", 1_100_000),
    ]
    placed = assign_ids(drafts)
    rows, report = build_aliases(placed, frozenset(), _frequency)
    kept = {(r.location_id, r.alias) for r in rows}
    assert ("ss-wau", "Wau") in kept  # a town of weight named by three letters
    assert ("ss-wau", "Wow") not in kept  # a three-letter variant stays too short
    assert ("td-ati", "Ati") not in kept  # a small town's three letters are too weak
    assert ("ma-fes", "Fes") in kept
    assert report.dropped["too_short"] == 2


def test_ids_give_homonyms_their_division() -> None:
    drafts = [
        _draft("Baghdad", "admin1", "IQ", 8_000_000, rank=RANK_ADMIN1, admin1="Baghdad"),
        _draft("Baghdad", "city", "IQ", 7_000_000, admin1="Baghdad"),
    ]
    ids = [location_id for location_id, _ in assign_ids(drafts)]
    assert ids == ["iq-baghdad", "iq-baghdad-baghdad"]


def test_index_round_trip(tmp_path: Path) -> None:
    drafts = [
        _draft("Iraq", "country", "IQ", 0, RawAlias("Irak", "fr", "name", True)),
        _draft("Kidal", "town", "ML", 40_000, admin1="Kidal"),
    ]
    placed = assign_ids(drafts)
    places = build_places(placed, {})
    aliases, _ = build_aliases(placed, frozenset(), _frequency)
    index = PlaceIndex.from_rows([_as_dict(p) for p in places], [_as_dict(a) for a in aliases])
    index.save(tmp_path / "extractor_index.pickle")
    loaded = PlaceIndex.load(tmp_path)
    assert [p.location_id for p in loaded.lookup("irak")] == ["iq"]
    assert loaded["ml-kidal"].admin1 == "Kidal"
    assert list(loaded) == list(index) and loaded.match_keys == index.match_keys
    assert loaded.capital("ML") is None  # no capital marked in these drafts


def _as_dict(row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in row.__slots__}


# ------------------------------------------------------- conflict regions reach the extractor
# Sentences written for these tests (no article's wording), read with the project's seeds and
# the generated gazetteer: the regions curated_places.csv adds are attack places, and a town
# named inside one stays the place (the finest place wins over its containing region).


@pytest.fixture(scope="module")
def world_extractor() -> Extractor:
    return Extractor(load_lexicons(REPO_ROOT / "seeds"))


def _mentions(extractor: Extractor, body: str) -> Sequence[AttackMention]:
    return _mentions_on(extractor, body, datetime(2023, 10, 31))


def _mentions_on(
    extractor: Extractor, body: str, published: datetime, precision: str = "day"
) -> Sequence[AttackMention]:
    """The mentions of an article published on ``published`` (``precision``: "month" for a
    page that gives only its month)."""
    text = normalize_article_text(f"Dépêche\n\n{body}")
    article = ArticleInput(
        article_id="t", version_id=stable_hash(text), source_uri="test://t", text=text,
        title="Dépêche", published_at=published, published_precision=precision, language=None,
    )  # fmt: skip
    return extractor.extract(article).mentions


def _attack_places(extractor: Extractor, body: str) -> list[str | None]:
    return [m.location_id for m in _mentions(extractor, body) if not m.is_background]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A car bomb wounded soldiers on Monday in the central state of Galmudug, officials "
            "said.",
            "so-galmudug",
            id="Somali member state (en)",
        ),
        pytest.param(
            "Une voiture piégée a blessé des soldats lundi dans l'État du Galmudug, en Somalie.",
            "so-galmudug",
            id="Somali member state (fr)",
        ),
        pytest.param(
            "Gunmen killed six soldiers on Monday in Colombia's Catatumbo region.",
            "co-catatumbo",
            id="Colombian region (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué six soldats lundi dans la région du Catatumbo, en Colombie.",
            "co-catatumbo",
            id="Colombian region (fr)",
        ),
        pytest.param(
            "Gunmen killed seven people on Monday in the Nuba Mountains of Sudan.",
            "sd-nuba-mountains",
            id="mountain region (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué sept personnes lundi dans les monts Nouba, au Soudan.",
            "sd-nuba-mountains",
            id="mountain region (fr)",
        ),
        pytest.param(
            "Des combats ont tué huit civils lundi dans la région du Tigré, en Éthiopie.",
            "et-tigray",
            id="French name of a GeoNames admin1 (fr)",
        ),
        pytest.param(
            "Gunmen killed twelve villagers on Monday in Masisi territory, in North Kivu.",
            "cd-masisi",
            id="territory and the English name of its province (en)",
        ),
        pytest.param(
            "Des militants ont tué quatre policiers lundi dans le district de Kurram, au Pakistan.",
            "pk-kurram",
            id="district GeoNames names only with its unit (fr)",
        ),
    ],
)
def test_conflict_regions_are_attack_places(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert _attack_places(world_extractor, body) == [place]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A car bomb killed five soldiers on Monday in the town of Dhusamareb, in Galmudug "
            "state.",
            "so-dhuusamarreeb",
            id="town in a member state (en)",
        ),
        pytest.param(
            "Une voiture piégée a tué cinq soldats lundi à Dhusamareb, dans l'État du Galmudug.",
            "so-dhuusamarreeb",
            id="town in a member state (fr)",
        ),
        pytest.param(
            "Des hommes armés ont tué douze villageois lundi à Beni, dans le Grand Nord du "
            "Nord-Kivu.",
            "cd-beni",
            id="town in a region of one province (fr)",
        ),
        pytest.param(
            "Gunmen killed twelve villagers on Monday in the town of Sake, in Masisi territory, "
            "North Kivu.",
            "cd-sake",
            id="town in a curated territory (en)",
        ),
        pytest.param(
            "Des jihadistes ont tué dix soldats lundi à Aribinda, dans la province du Soum.",
            "bf-aribinda",
            id="town in a curated province (fr)",
        ),
        pytest.param(
            "Militants killed four policemen on Monday in Parachinar, in Kurram district, "
            "Pakistan.",
            "pk-parachinar",
            id="town in a curated district (en)",
        ),
    ],
)
def test_a_town_named_inside_a_region_is_the_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert _attack_places(world_extractor, body) == [place]


def test_a_curated_admin2_replaces_the_geonames_one() -> None:
    """'Masisi Territory' (GeoNames) and 'Masisi' (curated) are one place, parent of its towns."""
    index = PlaceIndex.load(GAZETTEER)
    assert [p.location_id for p in index.lookup("Masisi Territory")] == ["cd-masisi"]
    assert [p.location_id for p in index.lookup("province du Soum")] == ["bf-soum"]
    assert index["cd-sake"].parent_id == "cd-masisi" and index["cd-sake"].admin2 == "Masisi"


@pytest.mark.parametrize(
    ("name", "places"),
    [
        pytest.param("Jammu-et-Cachemire", {"in-jammu-and-kashmir"}, id="French exonym of a state"),
        pytest.param("Darfour-Central", {"sd-central-darfur"}, id="French compass name"),
        pytest.param("Orissa", {"in-odisha"}, id="older name still written"),
        pytest.param("État d'Arakan", {"mm-rakhine"}, id="older name, in French"),
        pytest.param("Kongo-Central", {"cd-bas-congo"}, id="newer name GeoNames lacks"),
        pytest.param("Kyiv region", {"ua-kiev"}, id="the oblast, not the city"),
        pytest.param("région de Koursk", {"ru-kursk"}, id="a Russian oblast as 'région de X'"),
        pytest.param("État du Manipur", {"in-manipur"}, id="French unit phrase with its article"),
        pytest.param("wilaya de Tizi Ouzou", {"dz-tizi-ouzou"}, id="Algeria's unit word"),
        pytest.param("Cap-Delgado", {"mz-cabo-delgado"}, id="French exonym of a province"),
        pytest.param("province du Cap-Delgado", {"mz-cabo-delgado"}, id="and with its unit"),
        pytest.param("Pendjab", {"in-punjab", "pk-punjab"}, id="one name of two countries' units"),
        pytest.param("région du Nord", {"bf-nord", "cm-north"}, id="a region of two countries"),
        pytest.param("État du Borno", {"ng-borno"}, id="Nigeria: French article form"),
        pytest.param("Lac region", {"td-lac"}, id="Chad: English unit phrase"),
        pytest.param("Extreme North", {"cm-far-north"}, id="Cameroon: bare English name"),
        pytest.param("Nana-Gribizi", {"cf-nana-grebizi"}, id="CAR: the spelling news uses"),
        pytest.param("Al-Jazira state", {"sd-al-jazirah"}, id="Sudan: AFP English spelling"),
        pytest.param("État du Jonglei", {"ss-jonglei"}, id="South Sudan: French article form"),
        pytest.param("région d'Oromia", {"et-oromia"}, id="Ethiopia: French unit phrase"),
        pytest.param("Hiran region", {"so-hiiraan"}, id="Somalia: English spelling"),
        pytest.param("Koufra", {"ly-al-kufrah"}, id="Libya: French name of Kufra"),
        pytest.param("Charqiya", {"eg-sharqia"}, id="Egypt: AFP French spelling"),
        pytest.param("district du Zanzan", {"ci-zanzan"}, id="Ivory Coast: French article form"),
        pytest.param("Dohuk province", {"iq-duhok"}, id="Iraq: English unit phrase"),
        pytest.param("Hassakeh province", {"sy-al-hasakah"}, id="Syria: AP spelling"),
        pytest.param("al-Dhalea", {"ye-ad-dali", "ye-ad-dali-ad-dali"}, id="Yemen: Reuters"),
        pytest.param("Nabatiyeh", {"lb-nabatieh", "lb-nabatiye-et-tahta"}, id="Lebanon: AP"),
        pytest.param("Khorasan Razavi", {"ir-razavi-khorasan"}, id="Iran: word order news uses"),
        pytest.param("province de Kounar", {"af-kunar"}, id="Afghanistan: AFP French spelling"),
        pytest.param("État du Nuevo León", {"mx-nuevo-leon"}, id="Mexico: French article form"),
        pytest.param("Sverdlovsk region", {"ru-sverdlovsk"}, id="Russia: oblast as 'X region'"),
    ],
)
def test_names_news_write_for_first_level_divisions(name: str, places: set[str]) -> None:
    """The admin1 rows of curated_places.csv: a name news writes for a division names it, and
    only it or the same-named division of another country (the article's country decides)."""
    index = PlaceIndex.load(GAZETTEER)
    assert {p.location_id for p in index.lookup(name)} == places


def _strong_places(index: PlaceIndex, name: str) -> set[str]:
    """The ids a name designates by more than a GeoNames variant of unknown language."""
    key = match_key(name)
    number = bisect.bisect_left(index.match_keys, key)
    if number == len(index.match_keys) or index.match_keys[number] != key:
        return set()
    return {place.location_id for place, _, _, _, weak in index.key_entries(number) if not weak}


@pytest.mark.parametrize(
    ("name", "city"),
    [
        pytest.param("Bruxelles", "be-brussels", id="Europe, French"),
        pytest.param("Londres", "gb-london", id="Europe, French (2)"),
        pytest.param("Frankfurt", "de-frankfurt-am-main", id="Europe, English"),
        pytest.param("Kiev", "ua-kyiv-kyiv", id="Europe, the older spelling, both languages"),
        pytest.param("Zaporijia", "ua-zaporizhzhya", id="Europe, French transliteration"),
        pytest.param("Le Caire", "eg-cairo-cairo", id="Africa, French"),
        pytest.param("Mogadiscio", "so-mogadishu", id="Africa, French (2)"),
        pytest.param("El Geneina", "sd-al-junaynah", id="Africa, English"),
        pytest.param("Le Cap", "za-cape-town", id="Africa, French (3)"),
        pytest.param("Pékin", "cn-beijing-beijing", id="Asia, French"),
        pytest.param("Bombay", "in-mumbai", id="Asia, English and French"),
        pytest.param("Beyrouth", "lb-beirut-beirut", id="Asia, French (2)"),
        pytest.param("Khan Younis", "ps-khan-yunis", id="Asia, English"),
        pytest.param("La Havane", "cu-havana-havana", id="Americas, French"),
        pytest.param("Saint-Domingue", "do-santo-domingo-nacional", id="Americas, French (2)"),
        pytest.param("Quebec City", "ca-quebec-quebec", id="Americas, English"),
    ],
)
def test_the_press_names_of_world_cities_are_strong(name: str, city: str) -> None:
    """The city rows of curated_places.csv: a city's French exonym or English press name,
    which GeoNames lists only as a variant of unknown language or not at all, names the city
    by a curated name (not weak: it is read in an article about another country)."""
    assert city in _strong_places(PlaceIndex.load(GAZETTEER), name)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A man killed two people on Monday evening in Brussels, police said. The suspect "
            "had lived in France for several years.",
            ("Brussels", "BE"),
            id="Brussels, not Brussels (Ontario), in an article naming France (en)",
        ),
        pytest.param(
            "A man killed two people on Monday evening in London, police said. The suspect had "
            "lived in France for several years.",
            ("London", "GB"),
            id="London, not London (Ontario) (en)",
        ),
        pytest.param(
            "Un homme a tué deux personnes lundi soir à Toronto, a annoncé la police. Le suspect "
            "avait vécu plusieurs années en France.",
            ("Toronto", "CA"),
            id="Toronto, pas ses homonymes, dans un article qui nomme la France (fr)",
        ),
    ],
)
def test_a_world_city_dwarfs_its_namesakes_abroad(
    world_extractor: Extractor, body: str, place: tuple[str, str]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 5))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [place]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Un homme a tué deux personnes lundi soir à Bruxelles, a annoncé le parquet. Le "
            "suspect avait vécu plusieurs années en France.",
            ("Brussels", "BE"),
            id="Bruxelles (fr)",
        ),
        pytest.param(
            "Un homme a tué deux personnes lundi soir à Francfort, a annoncé la police. Le "
            "suspect avait vécu plusieurs années en France.",
            ("Frankfurt am Main", "DE"),
            id="Francfort (fr)",
        ),
        pytest.param(
            "A man killed two people on Monday evening in Frankfurt, police said. The suspect "
            "had lived in France for several years.",
            ("Frankfurt am Main", "DE"),
            id="Frankfurt (en)",
        ),
    ],
)
def test_a_city_named_by_its_exonym_in_an_article_naming_another_country(
    world_extractor: Extractor, body: str, place: tuple[str, str]
) -> None:
    """An exonym only GeoNames' weak variants held placed nothing abroad ("à Bruxelles" in an
    article naming France was a place in France the gazetteer lacks)."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 5))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [place]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Des insurgés ont tué quatre policiers lundi dans le Pendjab, au Pakistan.",
            "pk-punjab",
            id="Pendjab in an article from Pakistan (fr)",
        ),
        pytest.param(
            "Des insurgés ont tué quatre policiers lundi dans le Pendjab, en Inde.",
            "in-punjab",
            id="Pendjab in an article from India (fr)",
        ),
        pytest.param(
            "Des jihadistes ont tué six soldats samedi dans la région du Nord, au Burkina Faso.",
            "bf-nord",
            id="région du Nord in an article from Burkina Faso (fr)",
        ),
        pytest.param(
            "Des jihadistes ont tué six soldats samedi dans la région du Nord, au Cameroun.",
            "cm-north",
            id="région du Nord in an article from Cameroon (fr)",
        ),
        pytest.param(
            "Une frappe de drone a tué trois civils lundi dans l'État du Nil Bleu, au Soudan.",
            "sd-blue-nile",
            id="French name of a Sudanese state (fr)",
        ),
    ],
)
def test_the_articles_country_decides_a_division_name(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert _attack_places(world_extractor, body) == [place]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen ambushed an army patrol near Gao, in northern Mali, on Tuesday, killing six "
            "soldiers.",
            id="the toll after the area that situates the town is the town's (en)",
        ),
        pytest.param(
            "Des hommes armés ont tendu mardi une embuscade à une patrouille près de Gao, dans le "
            "nord du Mali, tuant six soldats.",
            id="the toll after the area that situates the town is the town's (fr)",
        ),
    ],
)
def test_a_toll_after_the_area_of_a_town_is_the_towns(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions] == [("Gao", 6)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Saturday gunmen attacked two towns in northern Mali, killing 70 people in Gao "
            "and 30 others in Kidal.",
            id="killing N in X and M others in Y (en, 0.18.0)",
        ),
        pytest.param(
            "Seventy people were killed in Gao on Saturday and 30 in Kidal, officials said.",
            id="N were killed in X and M in Y (en, 0.18.0)",
        ),
        pytest.param(
            "Samedi, des hommes armés ont attaqué deux localités du nord du Mali : 70 personnes "
            "ont été tuées à Gao et 30 autres à Kidal.",
            id="N ont été tuées à X et M autres à Y (fr, 0.18.0)",
        ),
        pytest.param(
            "Samedi, des hommes armés ont tué 70 personnes à Gao et 30 à Kidal.",
            id="ont tué N à X et M à Y (fr, 0.18.0)",
        ),
    ],
)
def test_each_place_of_a_gapped_toll_has_its_own_figure(
    world_extractor: Extractor, body: str
) -> None:
    """Two groups of victims, each told at its own place, are two tolls, not one sum."""
    mentions = _mentions(world_extractor, body)
    assert sorted((m.location_name, m.killed) for m in mentions) == [("Gao", 70), ("Kidal", 30)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed three soldiers in Gao and two civilians on Saturday.",
            id="a second group told at no place of its own adds up (en, guard)",
        ),
        pytest.param(
            "Des hommes armés ont tué trois soldats à Gao et deux civils samedi.",
            id="a second group told at no place of its own adds up (fr, guard)",
        ),
    ],
)
def test_a_second_group_without_a_place_adds_to_the_first(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions] == [("Gao", 5)]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Des rebelles ont tué quatorze civils samedi en Ituri, région de l'est de la "
            "République démocratique du Congo.",
            ["cd-ituri"],
            id="la région de l'est: a direction, not Burkina's Est region (fr)",
        ),
        pytest.param(
            "Des jihadistes ont tué six soldats samedi dans la région de l'Est, au Burkina Faso.",
            ["bf-est"],
            id="la région de l'Est: the region, written with a capital (fr)",
        ),
        pytest.param(
            "Gunmen killed six villagers on Saturday in Ituri, the north-east region of Congo.",
            ["cd-ituri"],
            id="the north-east region: a direction (en)",
        ),
        pytest.param(
            "Gunmen killed six villagers on Saturday in Cameroon's East Region.",
            ["cm-east"],
            id="East Region: the region, written with a capital (en)",
        ),
    ],
)
def test_a_compass_word_in_lower_case_is_a_direction(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    assert _attack_places(world_extractor, body) == places


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Two rangers were killed on Monday at a camp in the Niassa reserve, in the district "
            "of Nkwaleni.",
            "Nkwaleni",
            id="'in the X reserve, in the district of Y': Y (en, already passed)",
        ),
        pytest.param(
            "Deux gardes ont été tués lundi dans un camp de la réserve du Niassa, dans le district "
            "de Nkwaleni.",
            "Nkwaleni",
            id="'la réserve du Niassa, dans le district de Y': Y, plus fin que la province (fr)",
        ),
        pytest.param(
            "Five soldiers were killed on Saturday in an attack on a post at Kabongou, in the "
            "commune of Materi.",
            "Kabongou",
            id="'at X, in the commune of Y': X is a place of Y the gazetteer lacks (en)",
        ),
        pytest.param(
            "Cinq soldats ont été tués samedi dans l'attaque d'un poste à Kabongou, dans la "
            "commune de Matéri.",
            "Kabongou",
            id="'à X, dans la commune de Y' (fr)",
        ),
        pytest.param(
            "Six civilians were killed on Sunday at Gadala, in the Mokolo district, officials "
            "said.",
            "Gadala",
            id="'at X, in the Y district', Y a town: its district holds X (en)",
        ),
        pytest.param(
            "Six civils ont été tués dimanche à Gadala, dans l'arrondissement de Mokolo, selon "
            "les autorités.",
            "Gadala",
            id="'à X, dans l'arrondissement de Y', Y une ville (fr)",
        ),
    ],
)
def test_a_name_placed_in_a_division_is_the_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed two guards near Gao on Monday. The camp was attacked with rockets on "
            "Tuesday, police said.",
            id="'The camp' opening a sentence is no 'The Camp' (an English town's variant) (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué deux gardiens près de Gao lundi. Le port a été visé par des "
            "tirs de roquettes mardi, selon la police.",
            id="'Le port' en tête de phrase n'est pas Le Port de La Réunion (fr)",
        ),
    ],
)
def test_an_article_led_name_needs_a_capital_after_the_article(
    world_extractor: Extractor, body: str
) -> None:
    """A sentence's first word is written with a capital whatever it is: a name that opens with
    an article ("The Camp", "Le Port") is read only where the word after the article has one."""
    assert {m.country_iso2 for m in _mentions(world_extractor, body)} == {"ML"}


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Insurgents attacked the army base at Marte, in the Dikwa district, on Monday, "
            "killing six soldiers.",
            "Marte",
            id="'at X, in the Y district': Y's district holds X, the place is X (en)",
        ),
        pytest.param(
            "Des insurgés ont attaqué lundi la base de l'armée à Marte, dans le district de "
            "Dikwa, tuant six soldats.",
            "Marte",
            id="'à X, dans le district de Y' (fr, already passed)",
        ),
    ],
)
def test_a_district_told_after_a_town_holds_it(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants attacked a police post at Dikwa on Monday, killing six officers.\n\n"
            "A separate assault targeted the army camp at Marte.\n\n"
            "A supply convoy had been struck by rockets on Oct. 27, when a driver was killed.",
            id="a day told after an attack dated by the day before it is another attack's (en)",
        ),
        pytest.param(
            "Des jihadistes ont attaqué lundi un poste de police à Dikwa, tuant six policiers."
            "\n\nUn autre assaut a visé le camp militaire de Marte.\n\nUn convoi de "
            "ravitaillement avait été touché par des roquettes le 27 octobre, lorsqu'un "
            "chauffeur avait été tué.",
            id="un jour dit après une attaque datée par le jour d'avant est celui d'une autre (fr)",
        ),
    ],
)
def test_a_place_less_day_does_not_redate_an_attack_dated_by_the_day_before(
    world_extractor: Extractor, body: str
) -> None:
    """The camp at Marte takes Monday from the sentence before it (to the week); the convoy
    struck on another day tells another attack, whose day, weapon and toll are not Marte's."""
    marte = [m for m in _mentions(world_extractor, body) if m.location_name == "Marte"]
    assert [(m.event_date, m.date_precision, m.weapon, m.killed) for m in marte] == [
        (date(2023, 10, 30), "week", "unknown", None)
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Two drones targeted the Khor Mor gas field late on Sunday, the ministry said.",
            "Khor Mor gas field",
            id="a curated gas field of Iraqi Kurdistan (en)",
        ),
        pytest.param(
            "Un drone a frappé lundi le champ pétrolier de Khurmala, selon le ministère.",
            "Khurmala oil field",
            id="un champ pétrolier du Kurdistan irakien (fr)",
        ),
    ],
)
def test_the_energy_sites_struck_in_iraqi_kurdistan(
    world_extractor: Extractor, body: str, place: str
) -> None:
    """Fields struck again and again by drones and rockets since 2022: sites of the gazetteer,
    with no point (their position is not known well enough)."""
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.latitude) for m in found] == [(place, "IQ", None)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ukraine's air force said it had shot down 30 of 45 Russian drones launched overnight "
            "across the country.",
            id="'said it had shot down N drones': a defence, no claim (en, already passed)",
        ),
        pytest.param(
            "L'armée de l'air ukrainienne a affirmé avoir abattu 30 des 45 drones russes lancés "
            "dans la nuit à travers le pays.",
            id="'a affirmé avoir abattu N drones' : une défense, pas une revendication (fr)",
        ),
    ],
)
def test_an_air_defence_that_shot_down_drones_claims_nothing(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.attacker, m.claimed_by) for m in mentions] == [("Russian Armed Forces", None)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Sirens sounded in Metula on Tuesday; the Israeli army said two rockets fired from "
            "southern Lebanon landed in an empty field.",
            id="'the army said rockets fired from X landed': the speaker is no attacker (en)",
        ),
        pytest.param(
            "Les sirènes ont retenti mardi à Metoula ; l'armée israélienne a indiqué deux "
            "roquettes tirées depuis le sud du Liban, tombées dans un champ.",
            id="'l'armée a indiqué des roquettes tirées depuis X' (fr, already passed)",
        ),
    ],
)
def test_what_a_speaker_says_was_fired_from_elsewhere_is_not_its_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.attacker, m.claimed_by) for m in mentions] == [
        ("Metula", None, None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen attacked an army post near Kirkuk late on Monday, killing four soldiers.\n\n"
            "No group immediately claimed responsibility for the attack, but security sources "
            "said Islamic State cells remain active where the provinces of Kirkuk, Salahuddin "
            "and Diyala meet.",
            id="'the sources said X cells remain active': X is no speaker, so no claimant (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué lundi soir un poste de l'armée près de Kirkouk, tuant "
            "quatre soldats.\n\nL'attaque n'a pas été revendiquée, mais des sources sécuritaires "
            "ont indiqué l'État islamique comme suspect dans les provinces de Kirkouk, "
            "Salaheddine et Diyala.",
            id="'des sources ont indiqué X comme suspect': X ne parle pas (fr)",
        ),
    ],
)
def test_a_group_after_a_verb_of_saying_with_its_own_subject_does_not_speak(
    world_extractor: Extractor, body: str
) -> None:
    """A group named right after "said" speaks only when the verb follows what was said
    ("..., said the group"); a group that speaks of an attack claims it, so a wrong speaker is
    a wrong claimant."""
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.attacker, m.claimed_by) for m in mentions] == [
        ("Kirkuk", None, None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A rocket fired from Gaza hit a house in southern Israel on Monday, the army said.",
            id="southern Israel: a direction in the country, not the Southern District (en)",
        ),
        pytest.param(
            "Une roquette tirée depuis Gaza a touché une maison lundi dans le sud d'Israël, a "
            "indiqué l'armée.",
            id="le sud d'Israël: a direction in the country, not the Southern District (fr)",
        ),
        pytest.param(
            "On Saturday air defences shot down a drone that was heading for central Israel.",
            id="central Israel: a direction in the country, not the Central District (en)",
        ),
    ],
)
def test_a_direction_in_a_country_is_the_country(world_extractor: Extractor, body: str) -> None:
    """News and gold code "southern Israel" as the country (its location null), as they code
    "northern Mali": a division is never named by a compass word and its country's name."""
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in mentions] == [(None, "IL")]


@pytest.mark.parametrize(
    ("body", "country"),
    [
        pytest.param(
            "Gunmen killed twelve villagers on Monday in the village of Tamberi in the "
            "Democratic Republic of Congo, officials said.",
            "CD",
            id="Democratic Republic of Congo, without 'the' before Congo (en)",
        ),
        pytest.param(
            "Gunmen killed twelve villagers on Monday in the village of Tamberi in Congo, "
            "officials said.",
            "CD",
            id="Congo alone is the DRC in English reports (en)",
        ),
        pytest.param(
            "Gunmen killed twelve villagers on Monday in the village of Tamberi in the Republic "
            "of Congo, officials said.",
            "CG",
            id="Republic of Congo is Congo-Brazzaville (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué douze villageois lundi dans le village de Tamberi, en "
            "République démocratique du Congo.",
            "CD",
            id="République démocratique du Congo (fr)",
        ),
        pytest.param(
            "Des hommes armés ont tué douze villageois lundi dans le village de Tamberi, au "
            "Congo-Brazzaville.",
            "CG",
            id="Congo-Brazzaville (fr)",
        ),
    ],
)
def test_the_names_of_the_two_congos(world_extractor: Extractor, body: str, country: str) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in mentions] == [("Tamberi", country)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An Israeli strike killed nine people on Monday in Gaza City, and dozens of wounded "
            "were rushed to al-Shifa hospital, medics said.",
            id="rushed to a hospital: where the wounded went (en)",
        ),
        pytest.param(
            "Une frappe israélienne a tué neuf personnes lundi à Gaza-ville, et des dizaines de "
            "blessés ont été transportés à l'hôpital al-Chifa, selon des médecins.",
            id="transportés à l'hôpital : où sont allés les blessés (fr)",
        ),
    ],
)
def test_the_hospital_the_wounded_were_taken_to_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    assert _attack_places(world_extractor, body) == ["ps-gaza"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A hundred people were killed on Saturday in the villages of Tchoma Bangou and "
            "Zaroumadareye, in Niger.",
            id="in the villages of X and Y: two places, a joint toll (en, 0.18.0)",
        ),
        pytest.param(
            "Cent personnes ont été tuées samedi dans les villages de Tchoma Bangou et de "
            "Zaroumadareye, au Niger.",
            id="dans les villages de X et de Y : deux lieux, un bilan commun (fr, 0.18.0)",
        ),
    ],
)
def test_the_places_a_plural_place_noun_lists(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("Tchoma Bangou", "NE", None),
        ("Zaroumadareye", "NE", None),
    ]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Ukrainian drones struck an oil refinery in Ryazan on Wednesday, starting a fire. The "
            "Russian defence ministry said it had destroyed 58 Ukrainian drones overnight over "
            "eight regions, including the Belgorod, Kursk and Bryansk regions.",
            ["Ryazan’"],
            id="destroyed 58 drones over the X, Y and Z regions: a tally (en, already passed)",
        ),
        pytest.param(
            "Des drones ukrainiens ont frappé mercredi une raffinerie à Riazan, provoquant un "
            "incendie. Le ministère russe de la Défense a affirmé avoir détruit 58 drones "
            "ukrainiens dans la nuit au-dessus de huit régions, dont celles de Belgorod, Koursk "
            "et Briansk.",
            ["Ryazan’"],
            id="détruit 58 drones au-dessus des régions de X, Y et Z : un bilan (fr, 0.18.0)",
        ),
        pytest.param(
            "Russian air defences shot down 12 drones over Belgorod, where falling debris "
            "wounded two people.",
            ["Belgorod"],
            id="debris wounded people there: an attack there (en, guard)",
        ),
    ],
)
def test_the_places_many_drones_were_shot_down_over_are_a_tally(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 14))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "In Würzburg, a Somali man killed three women with a knife on Friday.",
            ["Würzburg"],
            id="a Somali man: a nationality, not Ethiopia's Somali region (en, 0.18.0)",
        ),
        pytest.param(
            "The attack revived memories of June 2021 in Würzburg, where a Somali man killed "
            "three women with a knife.",
            ["Würzburg"],
            id="a Somali man inside a passing reference (en, 0.18.0)",
        ),
        pytest.param(
            "À Wurtzbourg, un Somalien a tué vendredi trois femmes au couteau.",
            ["Würzburg"],
            id="un Somalien : une nationalité (fr, already passed)",
        ),
        pytest.param(
            "Des hommes armés ont tué vendredi trois personnes dans la région Somali, en Éthiopie.",
            ["Somali"],
            id="la région Somali reste un lieu (fr, guard)",
        ),
        pytest.param(
            "Gunmen killed three people in Ethiopia's Somali region on Friday.",
            ["Somali"],
            id="the Somali region stays a place (en, guard)",
        ),
    ],
)
def test_a_nationality_before_people_is_no_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A man suspected of killing three people in a knife attack at a festival in Solingen "
            "was ordered held on Sunday, prosecutors said.",
            id="ordered held on Sunday: the court's day (en, 0.18.0)",
        ),
        pytest.param(
            "Un homme soupçonné d'avoir tué trois personnes lors d'une attaque au couteau dans "
            "un festival à Solingen a été placé en détention dimanche, selon le parquet.",
            id="placé en détention dimanche : le jour du juge (fr, 0.18.0)",
        ),
    ],
)
def test_the_day_of_a_legal_step_is_no_attack_day(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 26))
    assert [(m.location_name, m.event_date, m.date_precision) for m in mentions] == [
        ("Solingen", date(2024, 8, 25), "week")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The president, who visited Lac province on Tuesday, said 92 soldiers had been killed "
            "in the attack on the army base at Bohoma.",
            id="who visited the region on Tuesday: the visit's day (en, 0.18.0)",
        ),
        pytest.param(
            "Le président, qui s'est rendu mardi dans la province du Lac, a annoncé que 92 "
            "soldats avaient été tués lors de l'attaque de leur base de Bohoma.",
            id="qui s'est rendu mardi : le jour de la visite (fr, 0.18.0)",
        ),
    ],
)
def test_the_day_of_a_visit_is_no_attack_day(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 3, 25))
    assert mentions
    assert {(m.event_date, m.date_precision) for m in mentions} == {(date(2020, 3, 24), "week")}


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "The attack targeted a mosque in the village of Rawda, some forty kilometres west of "
            "El-Arish, killing 235 people.",
            "Ar-Rawḍah",
            id="X, some forty kilometres west of Y (en, already passed)",
        ),
        pytest.param(
            "L'attaque a visé une mosquée de Bir al-Abed, à une quarantaine de kilomètres à "
            "l'ouest d'El-Arich, tuant 235 personnes.",
            "Bir al-Abed",
            id="X, à une quarantaine de kilomètres à l'ouest de Y (fr, 0.18.0)",
        ),
    ],
)
def test_a_town_a_distance_is_measured_from_situates_the_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2017, 11, 25))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [(place, "EG")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Israeli F-35 jets fired six missiles at the building in Damascus on Monday from the "
            "direction of the occupied Golan Heights, killing 11 people.",
            id="fired from the direction of X (en, 0.18.0)",
        ),
        pytest.param(
            "Lundi, des avions israéliens ont tiré six missiles contre le bâtiment à Damas depuis "
            "la direction du plateau du Golan occupé, tuant 11 personnes.",
            id="tiré depuis la direction de X (fr, 0.18.0)",
        ),
    ],
)
def test_the_direction_a_strike_came_from_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions] == [("Damascus", 11)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In April, Iran launched hundreds of drones and missiles at Israel in its first-ever "
            "direct attack.",
            id="X launched drones at Y (en, 0.18.0)",
        ),
        pytest.param(
            "En avril, l'Iran a lancé des centaines de drones et de missiles contre Israël, sa "
            "première attaque directe.",
            id="X a lancé des drones contre Y (fr, 0.18.0)",
        ),
    ],
)
def test_the_country_that_launched_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.country_iso2, m.attacker) for m in mentions] == [("IL", "Iranian Armed Forces")]


@pytest.mark.parametrize(
    ("body", "place", "attacker"),
    [
        pytest.param(
            "At least 70 people were killed on Thursday in an attack by the Gran Grif gang on the "
            "town of Pont-Sondé, in Artibonite department.",
            "Pont-Sondé",
            "Gran Grif",
            id="an attack by the X gang (en, already passed)",
        ),
        pytest.param(
            "Au moins 70 personnes ont été tuées jeudi lors d'une attaque du gang Gran Grif "
            "contre la localité de Pont-Sondé, dans le département de l'Artibonite.",
            "Pont-Sondé",
            "Gran Grif",
            id="une attaque du gang X (fr, 0.18.0)",
        ),
        pytest.param(
            "Six soldats ont été tués lundi dans une attaque du groupe jihadiste JNIM contre un "
            "poste de l'armée à Gao.",
            "Gao",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="une attaque du groupe jihadiste X (fr, 0.18.0)",
        ),
    ],
)
def test_a_group_named_after_its_common_noun_is_the_attacker(
    world_extractor: Extractor, body: str, place: str, attacker: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.attacker) for m in mentions] == [(place, attacker)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed seven pupils at a school in Kumba on Saturday. The killings are "
            "reminiscent of the January 2019 attack on the police academy, in Bogota, where a "
            "car bomb killed 22 people.",
            id="reminiscent of ..., in X, where ...: the earlier attack (en, already passed)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi sept élèves dans une école de Kumba. L'attentat "
            "rappelle celui de janvier 2019 contre l'école de police General Santander, à "
            "Bogota, où une voiture piégée avait tué 22 personnes.",
            id="rappelle celui de ..., à X, où ... : l'attaque rappelée (fr, 0.18.0)",
        ),
    ],
)
def test_the_town_of_an_attack_brought_to_mind_is_a_passing_reference(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    bogota = [(m.event_date, m.date_precision, m.is_background) for m in mentions
              if m.location_name == "Bogotá"]  # fmt: skip
    assert bogota == [(date(2019, 1, 1), "month", True)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed seven pupils at a school in Kumba on Saturday. The killings revived "
            "memories of the massacre in Ngarbuh, in the North-West region.",
            id="revived memories of the massacre in X (en, 0.18.0)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi sept élèves dans une école de Kumba. Cette tuerie "
            "ravive le souvenir de celle de Ngarbuh, dans la région du Nord-Ouest.",
            id="ravive le souvenir de celle de X (fr, 0.18.0)",
        ),
    ],
)
def test_an_attack_brought_to_mind_takes_no_date_of_the_article(
    world_extractor: Extractor, body: str
) -> None:
    """The earlier attack a comparison names is a passing reference, undated, if anything."""
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions if m.location_name == "Kumba"] == [
        ("Kumba", 7)
    ]
    others = [(m.location_name, m.event_date, m.is_background) for m in mentions]
    assert [o for o in others if o[0] != "Kumba"] in ([], [("Ngarbuh", None, True)])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A bomb killed six civilians in a church in Kasindi on Monday. It was not the first "
            "attack in North Kivu.",
            id="it was not the first attack in X (en, already passed)",
        ),
        pytest.param(
            "Une bombe a tué lundi six civils dans une église de Kasindi. Le Nord-Kivu n'en est "
            "pas à sa première attaque à l'explosif.",
            id="X n'en est pas à sa première attaque (fr, 0.18.0)",
        ),
    ],
)
def test_a_places_history_of_attacks_is_no_attack(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Kasindi"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The toll of the missile strike on an apartment building in Dnipro on Jan. 14 has "
            "risen to 40, local authorities reported on Jan. 16.",
            id="reported on Jan. 16: the statement's date (en, 0.18.0)",
        ),
        pytest.param(
            "Le bilan de la frappe de missile du 14 janvier à Dnipro s'est alourdi à 40 morts, "
            "ont annoncé les autorités locales le 16 janvier.",
            id="ont annoncé le 16 janvier : la date de la déclaration (fr, 0.18.0)",
        ),
    ],
)
def test_a_statements_date_is_no_second_attack_date(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.event_date) for m in mentions] == [("Dnipro", date(2023, 1, 14))]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Drones struck two oil sites in Abqaiq on Saturday. Secretary of State Mike Pompeo "
            "accused Tehran of launching the attack.",
            "Abqaiq oil processing facility",
            id="accused Tehran of launching the attack (en, already passed)",
        ),
        pytest.param(
            "Des drones ont frappé samedi deux sites pétroliers à Abqaiq. Le secrétaire d'État a "
            "accusé Téhéran d'avoir lancé l'attaque.",
            "Abqaiq oil processing facility",
            id="a accusé Téhéran d'avoir lancé l'attaque (fr, 0.18.0)",
        ),
        pytest.param(
            "Gunmen attacked a defence company near Ankara on Wednesday, killing five people. "
            "President Erdogan, who was attending a summit in Kazan, Russia, condemned the "
            "heinous terrorist attack.",
            "Ankara",
            id="who was attending a summit in X (en, 0.18.0)",
        ),
        pytest.param(
            "Des assaillants ont attaqué mercredi une entreprise de défense près d'Ankara, tuant "
            "cinq personnes. Le président Erdogan, qui participait au sommet des Brics à Kazan, "
            "en Russie, a dénoncé une attaque terroriste odieuse.",
            "Ankara",
            id="qui participait au sommet des Brics à X (fr, 0.18.0)",
        ),
        pytest.param(
            "Gunmen attacked a defence company near Ankara on Wednesday, killing five people. "
            "President Erdogan, speaking in the Russian city of Kazan, condemned the heinous "
            "terrorist attack.",
            "Ankara",
            id="speaking in the city of X: where the speaker is (en, 0.19.0)",
        ),
        pytest.param(
            "Des assaillants ont attaqué mercredi une entreprise de défense près d'Ankara, tuant "
            "cinq personnes. Le président Erdogan, s'exprimant depuis la ville russe de Kazan, a "
            "dénoncé une attaque terroriste odieuse.",
            "Ankara",
            id="s'exprimant depuis la ville de X : où parle l'orateur (fr, 0.19.0)",
        ),
    ],
)
def test_a_government_accused_and_a_summit_attended_are_no_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    ("body", "place", "killed"),
    [
        pytest.param(
            "Gunmen attacked the village of Zabarmari in Nigeria on Saturday, killing 40 "
            "farmers. In a video, a man speaking in Hausa and Arabic said the group carried out "
            "the killings.",
            "Zabarmari",
            40,
            id="speaking in Hausa and Arabic (en, 0.18.0)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué samedi le village de Zabarmari, au Nigeria, tuant 40 "
            "paysans. Dans une vidéo, un homme s'exprimant en Hausa a affirmé que le groupe "
            "avait mené l'attaque.",
            "Zabarmari",
            40,
            id="s'exprimant en Hausa (fr, 0.18.0)",
        ),
        pytest.param(
            "Al-Shabaab fighters attacked a police post in Mandera, Kenya, on Friday, killing "
            "nine officers. In an audio message in Somali, the group claimed the attack.",
            "Mandera",
            9,
            id="a message in Somali (en, already passed)",
        ),
        pytest.param(
            "Des combattants d'Al-Shabaab ont attaqué vendredi un poste de police à Mandera, au "
            "Kenya, tuant neuf policiers. Dans un message audio en somali, le groupe a "
            "revendiqué l'attaque.",
            "Mandera",
            9,
            id="un message en somali (fr, already passed)",
        ),
    ],
)
def test_a_language_someone_spoke_in_is_no_place(
    world_extractor: Extractor, body: str, place: str, killed: int
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions] == [(place, killed)]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        pytest.param("a man speaking in somali said", True, id="speaking in X (en, 0.18.0)"),
        pytest.param(
            "un homme s'exprimant en somali a affirme", True, id="s'exprimant en X (fr, 0.18.0)"
        ),
        pytest.param("a statement in somali and arabic", True, id="in X and Y (en, 0.18.0)"),
        pytest.param("gunmen attacked villages in somali region", False, id="in X region (en)"),
        pytest.param(
            "des hommes armes ont attaque en somali hier", False, id="en X, no speech (fr)"
        ),
    ],
)
def test_a_listed_place_named_like_a_language_someone_spoke_in(text: str, spoken: bool) -> None:
    """The listed side of the rule (``frame_places._a_language_spoken``), on folded text."""
    start = text.index("somali")
    place = Place("et-somali", "Somali", "admin1", "Somali", "ET", 7.0, 44.0, "et")
    hit = PlaceHit(start, start + len("somali"), place, False, False, False)
    assert _a_language_spoken(text, hit, 0) is spoken


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen attacked the village of Ogossagou on Saturday, killing 134 people. Many of "
            "the wounded were taken to health facilities in Bankass and Mopti.",
            id="taken to health facilities in X and Y (en, already passed)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué samedi le village d'Ogossagou, tuant 134 personnes. "
            "De nombreux blessés ont été transférés vers les structures de santé de Bankass et "
            "de Mopti.",
            id="transférés vers les structures de santé de X et de Y (fr, 0.18.0)",
        ),
    ],
)
def test_the_health_facilities_the_wounded_were_taken_to_are_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions] == [("Ogossagou", 134)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An Israeli strike on al-Shifa hospital killed nine people on Monday, medics said.",
            id="a strike on a hospital is where it happened (en)",
        ),
        pytest.param(
            "Une frappe israélienne sur l'hôpital al-Chifa a tué neuf personnes lundi, selon "
            "des médecins.",
            id="une frappe sur un hôpital : le lieu de l'attaque (fr)",
        ),
    ],
)
def test_a_hospital_struck_is_the_attack_place(world_extractor: Extractor, body: str) -> None:
    assert _attack_places(world_extractor, body) == ["ps-al-shifa-hospital"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An Israeli drone killed two men on Tuesday near Kfar Kila, in the Marjayoun caza, "
            "local media said.",
            id="the caza: a Lebanese district situates the village (en)",
        ),
        pytest.param(
            "Un drone israélien a tué deux hommes mardi près de Kfar Kila, localité frontalière "
            "du caza de Marjayoun, selon les médias locaux.",
            id="le caza : un district libanais situe la localité (fr)",
        ),
    ],
)
def test_a_caza_situates_the_village(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Kfar Kila"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "MEXICO CITY (AP) — Gunmen opened fire in a bar in the central city of Cortazar late "
            "Sunday, killing seven people, prosecutors said.",
            id="CITY (AP) — : the dateline of a wire story (en)",
        ),
        pytest.param(
            "MEXICO CITY (AFP) - Des hommes armés ont ouvert le feu dimanche soir dans un bar de "
            "Cortazar, dans le centre du pays, tuant sept personnes, selon le parquet.",
            id="VILLE (AFP) - : la date de dépêche (fr)",
        ),
        pytest.param(
            "MEXICO CITY — Gunmen opened fire in a bar in the central city of Cortazar late "
            "Sunday, killing seven people.",
            id="CITY — : a dateline without an agency (en)",
        ),
    ],
)
def test_a_dateline_with_a_dash_is_no_attack_place(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Cortazar"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Friday the army said its drones had struck rebel positions near Mweso, killing "
            "several fighters, a word Kinshasa uses for the M23.",
            id="a word Kinshasa uses: the government, not a place (en)",
        ),
        pytest.param(
            "Vendredi, des drones de l'armée ont frappé des positions rebelles près de Mweso, "
            "dans l'est de la RDC, tuant des combattants d'un groupe que Kinshasa qualifie de "
            "terroriste.",
            id="que Kinshasa qualifie : le gouvernement, pas un lieu (fr)",
        ),
    ],
)
def test_a_capital_that_speaks_is_its_government(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Mweso"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A merchant ship was hit by two missiles in the Gulf of Aden on Monday, about 70 "
            "nautical miles southeast of the Yemeni port city of Aden, the United Kingdom "
            "Maritime Trade Operations agency said.",
            id="a landmark town typed as a city, and a country inside an agency's name (en)",
        ),
        pytest.param(
            "Un navire marchand a été touché lundi par deux missiles dans le golfe d'Aden, à "
            "environ 70 milles nautiques au sud-est de la ville portuaire yéménite d'Aden, "
            "selon l'agence United Kingdom Maritime Trade Operations.",
            id="une ville repère et un pays dans le nom d'une agence (fr)",
        ),
    ],
)
def test_a_landmark_and_an_agency_name_are_no_attack_places(
    world_extractor: Extractor, body: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Gulf of Aden"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Derbent, an ancient city on the Caspian Sea, gunmen attacked a synagogue on "
            "Sunday and set it ablaze.",
            id="X, a city on the Y Sea: the sea only tells where the town lies (en)",
        ),
        pytest.param(
            "À Derbent, ville antique au bord de la mer Caspienne, des hommes armés ont attaqué "
            "dimanche une synagogue et l'ont incendiée.",
            id="X, ville au bord de la mer Y : la mer situe la ville (fr)",
        ),
    ],
)
def test_the_sea_a_town_lies_on_is_no_attack_place(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Derbent"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Au Burkina Faso, des jihadistes ont tué trente civils samedi dans l'attaque de "
            "Kougdiguin, selon des sources locales.",
            ["Kougdiguin"],
            id="l'attaque de X : X, un lieu que le gazetteer n'a pas (fr)",
        ),
        pytest.param(
            "Au Burkina Faso, trente civils ont été tués samedi dans l'attentat de Kougdiguin.",
            ["Kougdiguin"],
            id="l'attentat de X, après l'élision (fr)",
        ),
        pytest.param(
            "Au Burkina Faso, des jihadistes ont tué trente civils samedi dans l'attaque de "
            "Boko Haram, selon des sources locales.",
            [None],
            id="l'attaque de <groupe> : l'auteur, pas un lieu (fr, guard)",
        ),
        pytest.param(
            "In Burkina Faso, thirty civilians were killed on Saturday in the massacre at "
            "Kougdiguin, local sources said.",
            ["Kougdiguin"],
            id="the massacre at X (en, passed before)",
        ),
    ],
)
def test_the_attack_named_after_a_place_the_gazetteer_lacks(
    world_extractor: Extractor, body: str, expected: list[str | None]
) -> None:
    found = [m.location_name for m in _mentions_on(world_extractor, body, datetime(2021, 6, 6))]
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants ambushed a police patrol near Pahalgam in south Kashmir's Anantnag "
            "district on Monday, killing two officers.",
            id="near X in Z's Y district: Y, owned by Z, only situates X (en)",
        ),
        pytest.param(
            "Des militants ont tendu lundi une embuscade à une patrouille près de Pahalgam, dans "
            "le district d'Anantnag, au sud du Cachemire, tuant deux policiers.",
            id="près de X, dans le district d'Y : Y situe X (fr, passed before)",
        ),
    ],
)
def test_a_district_owned_by_an_area_only_situates_the_town(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions] == [("Pahalgam", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une bombe a explosé dimanche dans une église de Kasindi, ville frontalière de "
            "l'Ouganda située dans le territoire de Beni, au Nord-Kivu, tuant 14 fidèles.",
            id="X, ville frontalière de P située dans le territoire de Y : X, en RDC (fr)",
        ),
        pytest.param(
            "A bomb exploded on Sunday in a church in Kasindi, a town on the border with Uganda "
            "located in Beni territory, North Kivu, killing 14 worshippers.",
            id="X, a town on the border with P located in Y territory: X, in Congo (en)",
        ),
    ],
)
def test_a_border_country_is_a_neighbour_and_the_division_situates(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 1, 16))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("Kasindi", "CD", 14)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Les frappes américaines ont visé samedi plusieurs bâtiments à Sanaa. La province de "
            "Saada, fief du mouvement dans le nord-ouest du pays, a également été frappée.",
            id="la province de X a également été frappée : une attaque dans la province (fr)",
        ),
        pytest.param(
            "US strikes hit several buildings in Sanaa on Saturday. Saada province, the group's "
            "stronghold in the northwest, was also struck.",
            id="X province was also struck: an attack in the province (en)",
        ),
    ],
)
def test_a_province_struck_as_the_subject_is_an_attack_there(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 16))
    assert [(m.location_name, m.is_background) for m in mentions] == [
        ("Sanaa", False),
        ("Saada", False),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Deux frères israéliens, habitants de la colonie de Har Bracha, ont été tués par "
            "balles dimanche dans leur voiture dans la rue principale de Huwara.",
            id="X, habitants de la colonie de Y, tués à Z : Y est leur foyer (fr)",
        ),
        pytest.param(
            "Two Israeli brothers, residents of the settlement of Har Bracha, were shot dead in "
            "their car on Sunday on the main road of Huwara.",
            id="X, residents of the settlement of Y, shot dead in Z: Y is their home (en)",
        ),
    ],
)
def test_where_the_victims_live_is_no_attack_place(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 2, 27))
    assert [m.location_name for m in mentions] == ["Huwara"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au Niger, des assaillants ont tué vendredi des dizaines de villageois à Fambita. "
            "« Ceux qui fuyaient ont été abattus », a raconté par téléphone un commerçant de Téra "
            "dont deux cousins figurent parmi les victimes.",
            id="a raconté un commerçant de X : là où vit le témoin (fr)",
        ),
        pytest.param(
            "Au Niger, des assaillants ont tué vendredi des dizaines de villageois à Fambita. Un "
            "habitant de Téra a raconté par téléphone que ceux qui fuyaient avaient été abattus.",
            id="un habitant de X a raconté : là où vit le témoin (fr)",
        ),
        pytest.param(
            "In Niger, gunmen killed dozens of villagers in Fambita on Friday. Those who tried to "
            "flee were shot dead, a resident of Tera told AFP by phone.",
            id="a resident of X told AFP: where the witness lives (en)",
        ),
    ],
)
def test_where_a_witness_lives_is_no_attack_place(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 23))
    assert [m.location_name for m in mentions] == ["Fambita"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au Burkina Faso, des jihadistes ont tué samedi des dizaines de civils à Barsalogho. "
            "Plusieurs ministres se sont rendus à Kaya, le chef-lieu de la région du Centre-Nord, "
            "où ont été évacués la plupart des blessés.",
            id="à X, ..., où ont été évacués les blessés : pas un lieu de l'attaque (fr)",
        ),
        pytest.param(
            "In Burkina Faso, jihadists killed dozens of civilians in Barsalogho on Saturday. "
            "Several ministers went to Kaya, the regional capital, where most of the wounded were "
            "evacuated.",
            id="X, where the wounded were evacuated (en, passed before)",
        ),
    ],
)
def test_a_place_the_wounded_were_taken_to_after_it_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 26))
    assert [m.location_name for m in mentions] == ["Barsalogho"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen attacked a meeting in Kidal on Monday, killing two mayors.",
            id="killing two mayors: 'may' begins the word, no month (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué lundi une réunion à Kidal, tuant deux maires.",
            id="tuant deux maires : « mai » commence le mot, pas un mois (fr)",
        ),
    ],
)
def test_a_word_that_begins_like_a_month_is_no_date(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 7))
    assert [(m.location_name, m.killed) for m in mentions] == [("Kidal", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le Hamas a annoncé mercredi la mort de son chef, « tué dans un raid contre sa "
            "résidence à Téhéran ».",
            id="a annoncé la mort de X, tué dans un raid : ni auteur ni revendication (fr)",
        ),
        pytest.param(
            "Hamas announced on Wednesday the death of its leader, killed in a raid on his "
            "residence in Tehran.",
            id="Hamas announced the death of X, killed in a raid: no attacker, no claim (en)",
        ),
    ],
)
def test_a_group_announcing_a_death_claims_no_attack(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 1))
    assert [(m.location_name, m.attacker, m.claimed_by) for m in mentions] == [
        ("Tehran", None, None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "L'homme soupçonné d'avoir tué deux supporteurs suédois, lundi soir à Bruxelles, a "
            "été abattu mardi matin par la police dans un café de Schaerbeek.",
            id="le suspect abattu par la police à Y : la fin de l'attaque, pas une autre (fr)",
        ),
        pytest.param(
            "The man suspected of killing two Swedish fans in Brussels on Monday evening was shot "
            "dead by police on Tuesday morning in a cafe in Schaerbeek.",
            id="the suspect was shot dead by police in Y: no attack of its own (en)",
        ),
    ],
)
def test_the_police_shooting_the_suspect_is_no_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 10, 17))
    assert [(m.location_name, m.killed) for m in mentions] == [("Brussels", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un commandant, architecte de la stratégie régionale de Téhéran, a été tué mardi par "
            "une frappe de drone à Erbil.",
            id="la stratégie de X : le gouvernement, pas un lieu (fr)",
        ),
        pytest.param(
            "Un chef des alliés de Moscou a été tué mardi par une frappe de drone à Erbil.",
            id="les alliés de X : le gouvernement, pas un lieu (fr)",
        ),
        pytest.param(
            "A commander, the architect of Tehran's regional strategy, was killed by a drone "
            "strike in Erbil on Tuesday.",
            id="X's regional strategy: the government (en, passed before)",
        ),
    ],
)
def test_a_governments_policy_named_by_its_seat_is_no_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 1, 5))
    assert [(m.location_name, m.killed) for m in mentions] == [("Erbil", 1)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A missile struck a ship in the Gulf of Aden on Wednesday. The missile hit the bulk "
            "carrier about 50 nautical miles southwest of the port of Aden, killing three crew "
            "members.",
            id="N nautical miles off a town: at sea, the town only situates (en)",
        ),
        pytest.param(
            "Un missile a frappé mercredi un navire dans le golfe d'Aden. Le missile a touché le "
            "vraquier à environ 50 milles nautiques au sud-ouest du port d'Aden, tuant trois "
            "marins.",
            id="à N milles nautiques d'une ville : en mer, la ville situe (fr)",
        ),
        pytest.param(
            "A missile struck a ship in the Gulf of Aden on Wednesday. The missile hit the bulk "
            "carrier about 50 nautical miles (93 kilometers) southwest of the port city of Aden, "
            "killing three crew members.",
            id="the distance also in kilometres, a longer noun before the town (en, 0.18.0)",
        ),
        pytest.param(
            "Un missile a frappé mercredi un navire dans le golfe d'Aden. Le missile a touché le "
            "vraquier à environ 50 milles nautiques (93 kilomètres) au sud-ouest de la ville "
            "portuaire d'Aden, tuant trois marins.",
            id="la distance aussi en kilomètres (fr, 0.18.0)",
        ),
    ],
)
def test_a_town_measured_from_at_sea_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 7))
    assert [(m.location_name, m.killed) for m in mentions] == [("Gulf of Aden", 3)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "In Derbent, Russia, home to a small Jewish community, gunmen attacked a synagogue "
            "on Sunday.",
            ["Derbent"],
            id="a Jewish community: a faith, no place the gazetteer lacks (en)",
        ),
        pytest.param(
            "Gunmen attacked a synagogue of the small Jewish community in southern Russia on "
            "Sunday.",
            [None],
            id="the Jewish community in a country: the country only (en)",
        ),
        pytest.param(
            "À Derbent, en Russie, qui abrite une petite communauté juive, des hommes armés ont "
            "attaqué dimanche une synagogue.",
            ["Derbent"],
            id="une communauté juive : la foi, pas un lieu (fr, passed before: lower case)",
        ),
    ],
)
def test_a_faith_is_no_place_the_gazetteer_lacks(
    world_extractor: Extractor, body: str, expected: list[str | None]
) -> None:
    found = [m.location_name for m in _mentions_on(world_extractor, body, datetime(2024, 6, 24))]
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militia drones struck Tower 22 on Sunday, an outpost lying near the camp for "
            "displaced people of Rukban, wounding two soldiers.",
            id="near the camp for displaced people of X: a landmark named by a longer noun (en)",
        ),
        pytest.param(
            "Des drones ont frappé dimanche Tower 22, un avant-poste situé non loin du camp de "
            "déplacés de Rukban, blessant deux soldats.",
            id="non loin du camp de déplacés de X : un repère au nom plus long (fr)",
        ),
    ],
)
def test_a_landmark_named_by_a_longer_noun_only_situates_the_site(
    world_extractor: Extractor, body: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Tower 22"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Une frappe de drone israélienne a tué cinq personnes samedi à Touline, dans le "
            "caza de Marjayoun.",
            ["Touline"],
            id="à X, dans le caza de Y : X, que le gazetteer n'a pas ; Y le situe (fr)",
        ),
        pytest.param(
            "Israël a de nouveau frappé le Liban-Sud samedi, tuant cinq personnes à Touline, "
            "dans le caza de Marjayoun.",
            ["South Lebanon", "Touline"],
            id="une région frappée, puis à X, dans le caza de Y : X, pas Y (fr)",
        ),
        pytest.param(
            "An Israeli drone strike killed five people on Saturday in Touline, in the "
            "district of Marjayoun.",
            ["Touline"],
            id="in X, in the district of Y: X (en, passed before the rule)",
        ),
    ],
)
def test_a_town_named_as_its_division_only_situates_an_unlisted_place(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    found = [m.location_name for m in _mentions_on(world_extractor, body, datetime(2025, 3, 23))]
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen opened fire on a security post in the border town of Moreh in Tengnoupal "
            "district on Monday, killing a police commando.",
            id="X in Y district, no comma: Y situates X (en)",
        ),
        pytest.param(
            "Des hommes armés ont ouvert le feu lundi sur un poste à Moreh dans le district de "
            "Tengnoupal, tuant un commando de la police.",
            id="à X dans le district de Y : Y situe X, pas un quartier (fr)",
        ),
    ],
)
def test_a_district_named_after_its_town_situates_it(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Moreh"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A rocket hit a house in the Kabul suburb of Paghman on Sunday, killing two children.",
            "Paghmān",
            id="the CITY suburb of X: X, not the city (en)",
        ),
        pytest.param(
            "Gunmen killed four people in Carrefour, a suburb of Port-au-Prince, on Sunday.",
            "Carrefour",
            id="X, a suburb of CITY (en)",
        ),
        pytest.param(
            "Shelling killed three people in the Damascus suburb of Jobar on Sunday.",
            "Jobar",
            id="the CITY suburb of X, X missing from the gazetteer (en)",
        ),
        pytest.param(
            "Une roquette a frappé dimanche une maison à Paghman, en banlieue de Kaboul, tuant "
            "deux enfants.",
            "Paghmān",
            id="à X, en banlieue de CITY (fr)",
        ),
        pytest.param(
            "Des hommes armés ont tué quatre personnes dimanche à Carrefour, dans la banlieue de "
            "Port-au-Prince.",
            "Carrefour",
            id="à X, dans la banlieue de CITY (fr)",
        ),
        pytest.param(
            "Des tirs ont tué trois civils dimanche à Jobar, un quartier de Damas.",
            "Jobar",
            id="à X, un quartier de CITY (fr)",
        ),
    ],
)
def test_a_suburb_named_with_its_city_is_the_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "The attackers killed three soldiers in Marte and burned two vehicles before "
            "withdrawing towards the Lake Chad islands.",
            ["Marte"],
            id="withdrawing towards X: where the attackers went (en)",
        ),
        pytest.param(
            "Les assaillants ont tué trois soldats à Marte et incendié deux véhicules avant de se "
            "replier vers le lac Tchad.",
            ["Marte"],
            id="se replier vers X : où les assaillants sont partis (fr)",
        ),
        pytest.param(
            "An airstrike hit the bus station in Dessie at noon, when minibuses were loading "
            "passengers for the journey to Bahir Dar, killing 12.",
            ["Dessie"],
            id="the journey to X: where travellers were going (en)",
        ),
        pytest.param(
            "Une frappe aérienne a touché la gare routière de Dessie à midi, alors que des "
            "minibus chargeaient des passagers pour le trajet vers Bahir Dar, tuant 12 personnes.",
            ["Dessie"],
            id="le trajet vers X (fr)",
        ),
        pytest.param(
            "Gunmen ambushed a bus heading to Gao near Ansongo on Sunday, killing six passengers.",
            ["Ansongo"],
            id="heading to X near Y: Y (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué dimanche près d'Ansongo un bus à destination de Gao, "
            "tuant six passagers.",
            ["Ansongo"],
            id="à destination de X, près de Y : Y (fr)",
        ),
        pytest.param(
            "Gunmen ambushed a bus heading to Gao on Sunday, killing six passengers.",
            ["Gao"],
            id="heading to X alone: on the way, X stays (en)",
        ),
        pytest.param(
            "« Ils ont tiré sur tout ce qui bougeait », a témoigné une habitante réfugiée à "
            "Saint-Marc, qui dit avoir perdu son frère dans l'attaque.",
            [],
            id="réfugiée à X : où elle a fui (fr)",
        ),
        pytest.param(
            "They shot at everything that moved, said a resident who took refuge in Saint-Marc "
            "and lost her brother in the attack.",
            [],
            id="took refuge in X: where she fled (en)",
        ),
    ],
)
def test_where_people_went_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The Islamic State group claimed the bombing that hit a Shia mosque in Nahrin, in "
            "Baghlan province, on Friday, killing five worshippers.\n\nResidents said the toll "
            "was higher, as several badly wounded people died during their transfer to the "
            "hospital of Pul-e Khumri, the provincial capital.",
            id="died during their transfer to the hospital of X (en)",
        ),
        pytest.param(
            "Le groupe Etat islamique a revendiqué l'attentat qui a visé vendredi une mosquée "
            "chiite de Nahrin, dans la province de Baghlan, tuant cinq fidèles.\n\nSelon des "
            "habitants, le bilan serait plus lourd, plusieurs blessés ayant succombé pendant leur "
            "transfert vers l'hôpital de Pul-e Khumri, la capitale provinciale.",
            id="succombé pendant leur transfert vers l'hôpital de X (fr)",
        ),
        pytest.param(
            "A suicide bomber blew himself up in a mosque in Nahrin on Friday, killing seven "
            "worshippers.\n\nIt is not the first time the Shia community of Baghlan has been "
            "targeted.",
            id="not the first time X has been targeted: a history, no attack (en)",
        ),
        pytest.param(
            "Un kamikaze s'est fait exploser vendredi dans une mosquée de Nahrin, tuant sept "
            "fidèles.\n\nCe n'est pas la première fois que la communauté chiite de Baghlan est "
            "prise pour cible.",
            id="pas la première fois que X est prise pour cible (fr)",
        ),
    ],
)
def test_an_aside_after_the_attack_tells_no_other(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Nahrīn"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A roadside bomb killed four soldiers near Hawija on Monday.\n\nIt was the deadliest "
            "attack on the army in Kirkuk province since December, when militants killed an "
            "officer and two soldiers in an ambush near Dibis.",
            id="since MONTH, when ...: the earlier attack, dated to that month (en)",
        ),
        pytest.param(
            "Une bombe a tué quatre soldats lundi près de Hawija.\n\nC'est l'attaque la plus "
            "meurtrière contre l'armée dans la province de Kirkouk depuis décembre, lorsque des "
            "jihadistes avaient tué un officier et deux soldats dans une embuscade près de Dibis.",
            id="depuis MOIS, lorsque ... : l'attaque d'alors, datée de ce mois (fr)",
        ),
    ],
)
def test_the_attack_a_since_clause_tells(world_extractor: Extractor, body: str) -> None:
    found = [
        (m.location_name, m.event_date, m.date_precision, m.is_background, m.killed)
        for m in _mentions(world_extractor, body)
    ]
    assert found == [
        ("Al Ḩawījah", date(2023, 10, 30), "day", False, 4),
        ("Dibis", date(2022, 12, 1), "month", True, 3),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A roadside bomb killed four soldiers near Hawija on Monday.\n\nIt was the deadliest "
            "attack on the army in Kirkuk province since March, officials said.",
            id="it was the deadliest attack: the attack told, ranked (en)",
        ),
        pytest.param(
            "Une bombe a tué quatre soldats lundi près de Hawija.\n\nC'est l'attaque la plus "
            "meurtrière contre l'armée dans la province de Kirkouk depuis mars, selon des "
            "responsables.",
            id="c'est l'attaque la plus meurtrière : l'attaque racontée, classée (fr)",
        ),
    ],
)
def test_an_attack_ranked_against_others_is_the_one_told(
    world_extractor: Extractor, body: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Al Ḩawījah"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Sudan's army said on Tuesday its air defences had shot down most of a wave of drones "
            "launched by the paramilitary Rapid Support Forces (RSF) at the northern city of "
            "Shendi.",
            id="a wave of drones: one salvo, not a count of attacks (en)",
        ),
        pytest.param(
            "L'armée soudanaise a affirmé mardi avoir abattu la plupart d'une vague de drones "
            "lancés par les Forces de soutien rapide (FSR) contre la ville de Shendi.",
            id="une vague de drones : une salve, pas un décompte d'attaques (fr)",
        ),
    ],
)
def test_a_wave_of_drones_is_one_attack(world_extractor: Extractor, body: str) -> None:
    assert [(m.location_name, m.attacker) for m in _mentions(world_extractor, body)] == [
        ("Shendi", "Rapid Support Forces")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A court in Niamey sentenced three men to death for their role in the 2021 attack on "
            "Tillaberi.",
            id="sentenced for their role in the attack: a trial, no attack (en)",
        ),
        pytest.param(
            "Un tribunal de Niamey a condamné à mort trois hommes pour leur rôle dans l'attaque "
            "de 2021 contre Tillabéri.",
            id="condamnés pour leur rôle dans l'attaque : un procès, pas une attaque (fr)",
        ),
    ],
)
def test_a_trial_tells_no_attack(world_extractor: Extractor, body: str) -> None:
    assert list(_mentions(world_extractor, body)) == []


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "Des hommes armés ont abattu cinq ouvriers originaires du Pendjab dans le district "
            "de Kech, au Baloutchistan, dimanche.",
            5,
            id="ont abattu cinq ouvriers : cinq tués (fr)",
        ),
        pytest.param(
            "La défense antiaérienne a abattu vingt drones au-dessus de la région de Koursk, "
            "selon le ministère russe.",
            None,
            id="a abattu vingt drones : aucun mort (fr)",
        ),
        pytest.param(
            "Gunmen shot dead five laborers in Kech district on Sunday.",
            5,
            id="shot dead five laborers: five killed (en)",
        ),
    ],
)
def test_shot_dead_is_killed(world_extractor: Extractor, body: str, killed: int | None) -> None:
    assert [m.killed for m in _mentions(world_extractor, body)] == [killed]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "Militants killed an officer and two soldiers in an ambush near Dibis on Monday.",
            3,
            id="killed an officer and two soldiers: 3 (en)",
        ),
        pytest.param(
            "Des jihadistes ont tué un officier et deux soldats lundi dans une embuscade près de "
            "Dibis.",
            3,
            id="tué un officier et deux soldats : 3 (fr)",
        ),
        pytest.param(
            "Militants killed a soldier and wounded three others near Dibis on Monday.",
            1,
            id="killed a soldier and wounded three: 1 killed (en)",
        ),
    ],
)
def test_one_victim_and_a_group_add_up(world_extractor: Extractor, body: str, killed: int) -> None:
    assert [m.killed for m in _mentions(world_extractor, body)] == [killed]


@pytest.mark.parametrize(
    ("body", "town", "killed"),
    [
        pytest.param(
            "Jihadists attacked Aribinda in northern Burkina Faso on Sunday, killing 20 "
            "civilians.\n\nIn December 2019, an attack on the town killed more than 40 people.",
            "Aribinda",
            40,
            id="an attack on the town: the town told before (en)",
        ),
        pytest.param(
            "Dans le nord du Burkina Faso, des jihadistes ont attaqué dimanche Aribinda, tuant "
            "vingt civils.\n\nEn décembre 2019, une attaque contre la ville avait fait plus de "
            "quarante morts.",
            "Aribinda",
            40,
            id="une attaque contre la ville : la ville nommée avant (fr)",
        ),
        pytest.param(
            "ISWAP fighters attacked an army post in Marte on Sunday, killing three soldiers.\n\n"
            "In April 2021, ISWAP fighters overran the town and forced thousands of residents to "
            "flee.",
            "Marte",
            None,
            id="thousands who fled are no toll in thousands (en)",
        ),
        pytest.param(
            "Des combattants de l'Iswap ont attaqué dimanche un poste de l'armée à Marte, tuant "
            "trois soldats.\n\nEn avril 2021, des jihadistes avaient attaqué la ville, forçant "
            "des milliers d'habitants à fuir.",
            "Marte",
            None,
            id="des milliers qui fuient ne sont pas un bilan (fr)",
        ),
        pytest.param(
            "Jihadists attacked an army post in Aribinda on Sunday, killing 20 soldiers.\n\nThe "
            "army gave no toll.\n\nA local official said reinforcements had arrived on Monday."
            "\n\nResidents said shops stayed closed.\n\nAribinda, in Soum province, is "
            "regularly targeted by jihadist groups. In December 2019, an attack on the town "
            "killed more than 40 people.",
            "Aribinda",
            40,
            id="the town, named again in a sentence telling no attack (en)",
        ),
        pytest.param(
            "Des jihadistes ont attaqué dimanche un poste de l'armée à Aribinda, tuant vingt "
            "soldats.\n\nL'armée n'a pas donné de bilan.\n\nUn responsable local a indiqué que "
            "des renforts étaient arrivés lundi.\n\nSelon des habitants, les boutiques sont "
            "restées fermées.\n\nSituée dans la province du Soum, Aribinda est régulièrement "
            "prise pour cible par les groupes jihadistes. En décembre 2019, une attaque contre la "
            "ville avait fait plus de quarante morts.",
            "Aribinda",
            40,
            id="la ville, nommée de nouveau dans une phrase sans attaque (fr)",
        ),
    ],
)
def test_the_town_told_before_is_where_an_earlier_attack_was(
    world_extractor: Extractor, body: str, town: str, killed: int | None
) -> None:
    earlier = [m for m in _mentions(world_extractor, body) if m.is_background]
    assert [(m.location_name, m.killed) for m in earlier] == [(town, killed)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Boko Haram fighters killed at least 37 farmers in Zabarmari, Borno state, residents "
            "said on Sunday.",
            id="GROUP fighters killed at least N: 'at least' opens the object (en)",
        ),
        pytest.param(
            "Des combattants de Boko Haram ont tué au moins 37 agriculteurs à Zabarmari, dans "
            "l'Etat de Borno.",
            id="des combattants de GROUPE ont tué au moins N (fr)",
        ),
    ],
)
def test_killed_at_least_is_active(world_extractor: Extractor, body: str) -> None:
    assert [(m.attacker, m.killed) for m in _mentions(world_extractor, body)] == [
        ("Boko Haram", 37)
    ]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "Au Tchad, dix soldats ont été tués dans une attaque de Boko Haram contre une "
            "position de l'armée près de Bol.",
            "Boko Haram",
            id="une attaque de GROUPE : le groupe attaque (fr)",
        ),
        pytest.param(
            "Au Tchad, dix soldats ont été tués dans une attaque de jihadistes de Boko Haram "
            "contre une position de l'armée près de Bol.",
            "Boko Haram",
            id="une attaque de jihadistes de GROUPE (fr)",
        ),
        pytest.param(
            "In Chad, ten soldiers were killed in an attack by jihadists from Boko Haram near Bol.",
            "Boko Haram",
            id="an attack by jihadists from GROUP (en)",
        ),
        pytest.param(
            "Au Mali, les jihadistes ont attaqué des soldats de l'armée malienne près de Boni "
            "lundi.",
            None,
            id="ont attaqué des soldats de l'armée : l'armée est attaquée (fr)",
        ),
    ],
)
def test_the_attack_of_a_group(world_extractor: Extractor, body: str, attacker: str | None) -> None:
    assert [m.attacker for m in _mentions(world_extractor, body)] == [attacker]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday, U.S. Central Command said its forces had struck two uncrewed surface "
            "vessels in a Houthi-controlled area near the port of Salif.",
            id="a GROUP-controlled area names no actor (en)",
        ),
        pytest.param(
            "L'armée américaine a affirmé lundi que ses forces avaient frappé deux drones navals "
            "dans une zone contrôlée par les Houthis près du port de Salif.",
            id="une zone contrôlée par GROUPE ne nomme aucun acteur (fr)",
        ),
    ],
)
def test_a_groups_area_names_no_actor(world_extractor: Extractor, body: str) -> None:
    assert [m.claimed_by for m in _mentions(world_extractor, body)] == [
        "United States Armed Forces"
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The Houthis fired a missile at a tanker in the Red Sea on Sunday.\n\nOn Monday, U.S. "
            "Central Command said its forces had struck two uncrewed surface vessels in a "
            "Houthi-controlled area near the port of Salif.",
            id="a source the subject of a claim: its side, not the group named before (en)",
        ),
        pytest.param(
            "Les Houthis ont tiré dimanche un missile sur un pétrolier en mer Rouge.\n\nLundi, le "
            "Centcom a affirmé que ses forces avaient frappé deux drones navals dans une zone "
            "contrôlée par les Houthis près du port de Salif.",
            id="une source sujet de la revendication : son camp, pas le groupe nommé avant (fr)",
        ),
    ],
)
def test_a_source_claiming_is_not_the_group_named_before(
    world_extractor: Extractor, body: str
) -> None:
    salif = [m for m in _mentions(world_extractor, body) if m.sentence_index == 2]
    assert [m.claimed_by for m in salif] == ["United States Armed Forces"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday, U.S. Central Command said its forces had struck two uncrewed surface "
            "vessels near the port of Salif, north of Hodeidah.",
            id="COMMAND said its forces had struck: a state's claim (en)",
        ),
        pytest.param(
            "Lundi, l'armée américaine a affirmé que ses forces avaient frappé deux drones navals "
            "près du port de Salif, au nord de Hodeïda.",
            id="ARMÉE a affirmé que ses forces avaient frappé (fr)",
        ),
    ],
)
def test_a_command_saying_its_forces_did_it_claims(world_extractor: Extractor, body: str) -> None:
    assert [m.claimed_by for m in _mentions(world_extractor, body)] == [
        "United States Armed Forces"
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A car bomb killed eight soldiers at a base in Jowhar on Monday.\n\nAl-Shabaab said "
            'in a statement that its fighters had carried out a "martyrdom operation" against the '
            "base.",
            id="GROUP said its fighters had carried out: a claim (en)",
        ),
        pytest.param(
            "Une voiture piégée a tué huit soldats lundi dans une base de Jowhar.\n\nLes shebab "
            "ont affirmé dans un communiqué que leurs combattants avaient mené une « opération "
            "martyre » contre la base.",
            id="GROUPE a affirmé que ses combattants avaient mené : une revendication (fr)",
        ),
    ],
)
def test_a_group_saying_its_fighters_did_it_claims(world_extractor: Extractor, body: str) -> None:
    assert [(m.claimed_by, m.attribution) for m in _mentions(world_extractor, body)] == [
        ("Al-Shabaab", "claimed")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen opened fire on a minibus on the main road about 15 km south of Macomia on "
            "Sunday, wounding four passengers.",
            id="15 km south of X, no other place: near X (en)",
        ),
        pytest.param(
            "Des hommes armés ont ouvert le feu dimanche sur un minibus à une quinzaine de "
            "kilomètres au sud de Macomia, blessant quatre passagers.",
            id="à une quinzaine de kilomètres au sud de X, seul lieu : près de X (fr)",
        ),
    ],
)
def test_a_landmark_named_alone_is_near_where_it_happened(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.geo_precision, m.wounded) for m in found] == [("Macomia", 2, 4)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A merchant ship was hit by a missile on Tuesday about 40 nautical miles west of the "
            "port of Mokha, the UKMTO agency said.",
            id="miles west of the port of X, no sea named: near X (en)",
        ),
        pytest.param(
            "Un navire marchand a été touché mardi par un missile à environ 40 milles nautiques à "
            "l'ouest du port de Mokha, selon l'agence UKMTO.",
            id="à l'ouest du port de X, sans mer nommée : près de X (fr)",
        ),
    ],
)
def test_a_port_a_distance_at_sea_is_measured_from_is_the_place(
    world_extractor: Extractor, body: str
) -> None:
    """The most specific place the text names (the corpus convention, and ACLED's nearest
    named place): the port, at precision 2; with the sea named, the sea (see the test above)."""
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.geo_precision) for m in found] == [("Mocha", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Israel struck the port of Hodeidah in Yemen on Tuesday, two days after Houthi drones "
            "were fired at Israel.\n\nOn Sunday evening, two drones launched from Yemen targeted "
            "Eilat, on the Red Sea, the army said.",
            id="fired at COUNTRY: a town of it is no namesake (en)",
        ),
        pytest.param(
            "Israël a frappé mardi le port de Hodeïda, au Yémen, deux jours après des tirs de "
            "drones houthis vers Israël.\n\nDimanche soir, deux drones lancés depuis le Yémen "
            "avaient visé Eilat, sur la mer Rouge, selon l'armée.",
            id="tirs vers PAYS : une de ses villes n'est pas un homonyme (fr)",
        ),
    ],
)
def test_a_country_fired_at_is_where_things_land(world_extractor: Extractor, body: str) -> None:
    assert ("Eilat", "IL") in [
        (m.location_name, m.country_iso2) for m in _mentions(world_extractor, body)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A rocket fired from the Gaza Strip on Tuesday evening was intercepted over Sderot, "
            "the Israeli military said.",
            id="fired from PROVINCE, intercepted over TOWN of another country (en)",
        ),
        pytest.param(
            "Une roquette tirée depuis la bande de Gaza mardi soir a été interceptée au-dessus de "
            "Sdérot, a indiqué l'armée israélienne.",
            id="tirée depuis PROVINCE, interceptée au-dessus de VILLE (fr)",
        ),
    ],
)
def test_a_province_told_as_an_origin_places_nothing(world_extractor: Extractor, body: str) -> None:
    assert [(m.location_name, m.country_iso2) for m in _mentions(world_extractor, body)] == [
        ("Sderot", "IL")
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Bandits killed 23 villagers in a raid on a community in Faskari Local Government "
            "Area of Katsina State, police said.",
            "Faskari",
            id="X Local Government Area of Y State: X (en)",
        ),
        pytest.param(
            "Bandits killed 23 villagers in Dansadau, in Maru Local Government Area of Zamfara "
            "State.",
            "Dansadau",
            id="a village the gazetteer lacks, in X Local Government Area (en)",
        ),
        pytest.param(
            "Des bandits ont tué 23 villageois à Dansadau, dans la zone de gouvernement local de "
            "Maru, dans l'Etat de Zamfara.",
            "Dansadau",
            id="un village absent, dans la zone de gouvernement local de X (fr)",
        ),
    ],
)
def test_nigerias_local_government_areas(world_extractor: Extractor, body: str, place: str) -> None:
    assert [(m.location_name, m.country_iso2) for m in _mentions(world_extractor, body)] == [
        (place, "NG")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen attacked army posts in Damboa and Gwoza on Monday night, firing machine "
            "guns.\n\nThe attackers set fire to the barracks in Damboa, a soldier said. Five "
            "soldiers were killed there and two were wounded.",
            id="gunfire, then arson at one of two towns: one attack, its own toll (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué lundi soir des positions de l'armée à Damboa et à "
            "Gwoza, à la mitrailleuse.\n\nLes assaillants ont incendié la caserne de Damboa, "
            "selon un soldat. Cinq soldats y ont été tués et deux blessés.",
            id="tirs, puis incendie dans l'une des deux villes : une attaque, son bilan (fr)",
        ),
    ],
)
def test_a_site_told_again_alone_keeps_its_toll(world_extractor: Extractor, body: str) -> None:
    damboa = [m for m in _mentions(world_extractor, body) if m.location_name == "Damboa"]
    assert [(m.killed, m.wounded) for m in damboa] == [(5, 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The ELN guerrilla group attacked a military base in Puerto Jordan, Arauca, with a "
            "truck bomb, killing two soldiers and injuring 27.",
            id="in X Jordan, PROVINCE: a town named after a country (en)",
        ),
        pytest.param(
            "Des guérilleros de l'ELN ont attaqué dimanche une base militaire à Puerto Jordan, "
            "dans le département d'Arauca, tuant deux soldats.",
            id="à X Jordan, dans le département de Y (fr)",
        ),
    ],
)
def test_a_town_named_after_a_country_is_no_country(world_extractor: Extractor, body: str) -> None:
    assert [(m.location_name, m.country_iso2) for m in _mentions(world_extractor, body)] == [
        ("Puerto Jordan", "CO")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Gunmen killed five people in DR Congo on Sunday.", id="DR Congo (en)"),
        pytest.param(
            "Des hommes armés ont tué cinq personnes dimanche en RD Congo.", id="RD Congo (fr)"
        ),
    ],
)
def test_a_country_after_an_acronym_stays_the_country(
    world_extractor: Extractor, body: str
) -> None:
    assert [m.country_iso2 for m in _mentions(world_extractor, body)] == ["CD"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Mali, jihadists attacked an army post on Tuesday.\n\nOn March 12, an attack on "
            "an army position in Boni killed 17 Malian soldiers.",
            id="in X, X known only as a variant of a foreign city (en)",
        ),
        pytest.param(
            "Au Mali, des jihadistes ont attaqué mardi une position de l'armée.\n\nLe 12 mars, "
            "une attaque contre la position de l'armée à Boni avait fait 17 morts parmi les "
            "soldats maliens.",
            id="à X, X connu seulement comme variante d'une ville étrangère (fr)",
        ),
    ],
)
def test_a_namesake_abroad_is_a_village_of_the_articles_country(
    world_extractor: Extractor, body: str
) -> None:
    boni = [m for m in _mentions(world_extractor, body) if m.location_name == "Boni"]
    assert [(m.country_iso2, m.latitude, m.killed) for m in boni] == [("ML", None, 17)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "U.S. forces struck three militia sites in Iraq on Tuesday, hours after a drone "
            "attack wounded two soldiers, a White House spokesperson said.",
            id="'a White House spokesperson': the article 'a' is no locative (en)",
        ),
        pytest.param(
            "Les forces américaines ont frappé mardi trois sites de milices en Irak, quelques "
            "heures après une attaque de drone qui a blessé deux soldats, a indiqué un "
            "porte-parole de la White House.",
            id="'de la White House' : pas de lieu (fr)",
        ),
    ],
)
def test_a_speakers_institution_is_no_namesake(world_extractor: Extractor, body: str) -> None:
    assert "White House" not in [m.location_name for m in _mentions(world_extractor, body)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed four people in the suburbs of Port-au-Prince on Sunday.",
            id="in the suburbs of CITY: the city (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué quatre personnes dimanche dans la banlieue de "
            "Port-au-Prince.",
            id="dans la banlieue de CITY : la ville (fr)",
        ),
    ],
)
def test_the_suburbs_of_a_city_alone_are_the_city(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Port-au-Prince"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A military airstrike on a village monastery in Sagaing Region's Myaung Township "
            "on Saturday killed nine people.",
            ("Myaung", "MM"),
            id="Region's X Township: a township the gazetteer lacks, in that region (en)",
        ),
        pytest.param(
            "Une frappe aérienne de l'armée contre un monastère du township de Myaung, dans la "
            "région de Sagaing, a tué neuf personnes samedi.",
            ("Myaung", "MM"),
            id="le township de X, dans la région de Y (fr)",
        ),
        pytest.param(
            "Three policemen were killed in an assault on a police post in Khyber district's "
            "Bara tehsil on Sunday, officials said.",
            ("Bara", "PK"),
            id="district's X tehsil: not a foreign Bara, the tehsil of that district (en)",
        ),
        pytest.param(
            "Trois policiers ont été tués dimanche dans l'attaque d'un poste de police du tehsil "
            "de Bara, dans le district de Khyber, au Pakistan.",
            ("Bara", "PK"),
            id="le tehsil de X, dans le district de Y, au Pakistan (fr)",
        ),
    ],
)
def test_townships_and_tehsils_the_gazetteer_lacks(
    world_extractor: Extractor, body: str, place: tuple[str, str]
) -> None:
    assert [(m.location_name, m.country_iso2) for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A woman and her son were killed last week in an Israeli strike on their home in "
            "Majdal Zoun, in the Tyre district.",
            "Majdal Zoun",
            id="in X Y: the longer name, a place the gazetteer lacks (en)",
        ),
        pytest.param(
            "Une femme et son fils ont été tués la semaine dernière dans une frappe israélienne "
            "sur leur maison à Majdal Zoun, dans le caza de Tyr.",
            "Majdal Zoun",
            id="à X Y : le nom plus long, un lieu absent du gazetteer ; Tyr est Tyre (fr)",
        ),
    ],
)
def test_a_longer_name_after_a_locative_is_its_own_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in mentions] == [(place, "LB")]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "On Sunday a grenade exploded during a Roman Catholic Mass in a school hall in the "
            "southern Philippines, killing three worshippers.",
            (None, "PH"),
            id="a X Y: the English article, not French à; the town's name is an adjective (en)",
        ),
        pytest.param(
            "Gunmen opened fire on a Roman Catholic procession in Zamboanga on Sunday, killing "
            "two people.",
            ("Zamboanga", "PH"),
            id="a X Y ... in Z: the place is Z (en)",
        ),
        pytest.param(
            "Dimanche, une grenade a explosé pendant une messe à Bhata Dhurian, au Pakistan, "
            "tuant trois fidèles.",
            ("Bhata Dhurian", "PK"),
            id="à X Y: French à still gives the longer name (fr, guard)",
        ),
    ],
)
def test_a_name_after_the_english_article_is_no_longer_place(
    world_extractor: Extractor, body: str, place: tuple[str | None, str]
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in mentions] == [place]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Militants ambushed an army patrol on Monday near the town of Hajin, in the eastern "
            "countryside of Deir ez-Zor, killing three soldiers.",
            [("Hajīn", 3)],
            id="X, in the eastern countryside of Y: Y only situates X (en)",
        ),
        pytest.param(
            "Gunmen shot dead two guards in Jaramana, on the southeastern edge of Damascus, on "
            "Monday.",
            [("Jaramānā", 2)],
            id="X, on the edge of Y (en)",
        ),
        pytest.param(
            "On Monday, a roadside bomb hit a patrol near Tall Kalakh, in the western Homs "
            "countryside, wounding four.",
            [("Tallkalakh", None)],
            id="X, in the western Y countryside (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué lundi deux gardiens à Jaramana, à la périphérie de Damas.",
            [("Jaramānā", 2)],
            id="X, à la périphérie de Y (fr)",
        ),
        pytest.param(
            "Lundi, des hommes armés ont tué deux gardiens à Jaramana, dans la banlieue de Damas.",
            [("Jaramānā", 2)],
            id="X, dans la banlieue de Y (fr)",
        ),
    ],
)
def test_the_area_around_a_town_only_situates_the_place(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    found = [(m.location_name, m.killed) for m in _mentions(world_extractor, body)]
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Lundi, un ouvrier originaire du Bihar a été abattu par des inconnus à Shopian, selon "
            "la police.",
            id="originaire de X : d'où vient la victime (fr)",
        ),
        pytest.param(
            "On Monday, a labourer hailing from Bihar was shot dead by unknown gunmen in Shopian, "
            "police said.",
            id="hailing from X: where the victim comes from (en)",
        ),
    ],
)
def test_where_the_victims_come_from_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Shopian"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Un drone ukrainien a frappé samedi un dépôt à Valouïki, dans la région de Belgorod.",
            "Valuyki",
            id="ou and ï spelled the French way (fr)",
        ),
        pytest.param(
            "Des bombes planantes ont frappé samedi Vovtchansk, dans la région de Kharkiv.",
            "Vovchansk",
            id="tch spelled the French way (fr)",
        ),
        pytest.param(
            "A Ukrainian drone hit a depot in Valuyki, in the Belgorod region, on Saturday.",
            "Valuyki",
            id="the English romanisation is the gazetteer's own (en)",
        ),
    ],
)
def test_a_french_romanisation_finds_the_english_one(
    world_extractor: Extractor, body: str, expected: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Insurgents beheaded four civilians on Saturday in Ancuabe district, in Cabo Delgado "
            "province.",
            ["Ancuabe"],
            id="in X district: a district the gazetteer lacks (en)",
        ),
        pytest.param(
            "Des insurgés ont décapité samedi quatre civils dans le district d'Ancuabe, province "
            "de Cabo Delgado.",
            ["Ancuabe"],
            id="dans le district de X : un district absent du gazetteer (fr)",
        ),
        pytest.param(
            "Youths attacked a cattle camp on Sunday in Pibor's Pochalla county, killing five "
            "herders.",
            [],
            id="a possessive owns the name: no district of its own (en)",
        ),
    ],
)
def test_a_name_before_a_division_noun(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    found = [m.location_name for m in _mentions(world_extractor, body)]
    assert [name for name in found if name not in {"Cabo Delgado", "Pibor"}] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Maoist rebels blew up a police vehicle in Chhattisgarh's Dantewada district on "
            "Wednesday, killing ten policemen.",
            [("Dantewada", "Chhattisgarh", "IN")],
            id="an area's possessive owns a district the gazetteer lacks (en)",
        ),
        pytest.param(
            "Two soldiers were killed when militants fired on an army patrol in India's Poonch "
            "district on Monday.",
            [("Pūnch", "Jammu and Kashmir", "IN")],
            id="the area's country, not the namesake district abroad (en)",
        ),
        pytest.param(
            "Des rebelles maoïstes ont fait exploser mercredi un véhicule de police dans le "
            "district de Dantewada, dans l'État du Chhattisgarh, tuant dix policiers.",
            [("Dantewada", "Chhattisgarh", "IN")],
            id="le district de X, dans l'État de Y: passed before the rule (fr)",
        ),
        pytest.param(
            "Des militants ont tiré lundi sur une patrouille de l'armée dans le district de "
            "Poonch, en Inde, tuant deux soldats.",
            [("Pūnch", "Jammu and Kashmir", "IN")],
            id="le district de X, en Inde: the town of that name at home, not unlisted (fr)",
        ),
        pytest.param(
            "Gunmen shot dead two officers outside Punjab's Counter Terrorism Department office "
            "in Lahore on Thursday.",
            [("Lahore", "Punjab", "PK")],
            id="a department is a body, no division (en, guard)",
        ),
    ],
)
def test_a_division_an_areas_possessive_owns(
    world_extractor: Extractor, body: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(m.location_name, m.admin1, m.country_iso2) for m in _mentions(world_extractor, body)]
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Un drone a frappé lundi une voiture à Rubaya, dans le territoire de Masisi.",
            "Rubaya",
            id="X, dans le territoire de Y : X, absent du gazetteer, dans Y (fr)",
        ),
        pytest.param(
            "Gunmen killed three drivers on Sunday in an ambush near Komanda, in the territory "
            "of Irumu.",
            "Komanda",
            id="X, in the territory of Y: X, unlisted, in Y (en)",
        ),
    ],
)
def test_a_territory_situates_a_place_the_gazetteer_lacks(
    world_extractor: Extractor, body: str, expected: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.location_id, m.country_iso2) for m in found] == [
        (expected, None, "CD")
    ]


def test_arabic_names_are_also_written_without_article_and_final_h() -> None:
    from ingest.tools.gazetteer.drafts import arabic_variants

    assert arabic_variants("Al Ḩawījah") == ["Al Ḩawīja", "Ḩawīja", "Ḩawījah"]
    assert arabic_variants("Rafah") == []  # too short to lose its "h"
    # an article inside the name, assimilated in GeoNames, is "al-" in news copy
    assert arabic_variants("Jisr ash Shughūr") == ["Jisr al-Shughūr"]
    assert arabic_variants("Ma'arrat an Nu'mān") == ["Ma'arrat al-Nu'mān"]
    # (0.26.0) "Tall", a mound, is "Tal" or "Tell" in news copy
    assert arabic_variants("Tall Abyad") == ["Tal Abyad", "Tell Abyad"]
    assert arabic_variants("Tall Tamr") == ["Tal Tamr", "Tell Tamr"]
    assert arabic_variants("Al Bab") == []  # too short to lose its article


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Islamic State militants attacked an army checkpoint in Hawija on Monday, killing "
            "two soldiers.",
            id="Hawija is GeoNames' Al Hawijah (en)",
        ),
        pytest.param(
            "Des jihadistes ont attaqué lundi un poste de l'armée à Hawija, tuant deux soldats.",
            id="Hawija est Al Hawijah de GeoNames (fr)",
        ),
    ],
)
def test_an_arabic_name_without_its_article(world_extractor: Extractor, body: str) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in found] == [("Al Ḩawījah", "IQ", 2)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "At least 17 people were killed when bandits attacked Dansadau in Maru Local "
            "Government Area of Zamfara State on Sunday.",
            [("Dansadau", 17)],
            id="the town an attack verb takes, situated right after (en)",
        ),
        pytest.param(
            "Des bandits ont attaqué Dansadau, dans l'Etat de Zamfara, dimanche, tuant 17 "
            "personnes.",
            [("Dansadau", 17)],
            id="la ville qu'un verbe d'attaque prend pour objet, située juste après (fr)",
        ),
        pytest.param(
            "Gunmen attacked Christians in Bokkos on Sunday, killing nine.",
            [("Bokkos", 9)],
            id="people attacked are no place (en)",
        ),
    ],
)
def test_the_town_an_attack_verb_takes(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.location_name, m.killed) for m in _mentions(world_extractor, body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed five soldiers in western Niger on Sunday. Diffa was also targeted on "
            "Monday, when a bomb killed two soldiers.",
            id="a town opening its sentence as the side attacked (en)",
        ),
        pytest.param(
            "Des jihadistes ont tué cinq soldats dimanche dans l'ouest du Niger. Diffa a "
            "également été visée lundi par une bombe qui a tué deux soldats.",
            id="une ville en tête de phrase, sujet d'un verbe d'attaque au passif (fr)",
        ),
    ],
)
def test_a_town_that_was_attacked_opens_its_sentence(world_extractor: Extractor, body: str) -> None:
    found = _mentions(world_extractor, body)
    assert ("Diffa", 2) in [(m.location_name, m.killed) for m in found]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An Israeli drone killed two fighters on Tuesday at the entrance of Khiam, in "
            "southern Lebanon.",
            id="at the entrance of X: a locative (en)",
        ),
        pytest.param(
            "Un drone israélien a tué mardi deux combattants à l'entrée de Khiam, dans le sud du "
            "Liban.",
            id="à l'entrée de X : un locatif (fr)",
        ),
    ],
)
def test_the_entrance_of_a_town_places_it(world_extractor: Extractor, body: str) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.location_id, m.country_iso2) for m in found] == [
        ("Khiam", None, "LB")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least 21 Palestinians were killed by Israeli fire near an aid centre in Rafah on "
            "Sunday, the Gaza civil defence agency said.",
            id="'the Gaza civil defence agency said' (en, passed before the rule)",
        ),
        pytest.param(
            "Au moins 21 Palestiniens ont été tués dimanche par des tirs israéliens près d'un "
            "centre d'aide à Rafah, a affirmé la Défense civile de Gaza.",
            id="'a affirmé la Défense civile de Gaza' : une source, pas un second lieu (fr)",
        ),
        pytest.param(
            "Au moins 21 Palestiniens ont été tués dimanche par des tirs israéliens à Rafah, "
            "selon le ministère de la Santé de Gaza.",
            id="'selon le ministère de la Santé de Gaza' (fr, passed before the rule)",
        ),
    ],
)
def test_the_territory_of_a_rescue_or_health_agency_is_no_place(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in found] == [("Rafaḩ", "PS", 21)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Three police officers were killed on Sunday when their vehicle hit a bomb near El "
            "Wak in Mandera County, Kenya.\n\nThey were escorting a water truck from Elwak town "
            "to a border post when the device went off.",
            id="'Elwak town' is El Wak: the Arabic article written fused (en)",
        ),
        pytest.param(
            "Trois policiers ont été tués dimanche par une bombe près d'El Wak, dans le comté de "
            "Mandera, au Kenya.\n\nIls escortaient un camion-citerne depuis la ville d'Elwak "
            "vers un poste frontalier quand l'engin a explosé.",
            id="'la ville d'Elwak' est El Wak (fr)",
        ),
    ],
)
def test_a_name_with_its_arabic_article_fused_is_the_town_written_apart(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in found] == [("El Wak", "KE", 3)]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "An air strike hit a house in the Sabra neighbourhood of Gaza City on Saturday, "
            "killing six members of one family, the Palestinian civil defence said.",
            "Gaza",
            id="'the X neighbourhood of Gaza City': no namesake city abroad (en)",
        ),
        pytest.param(
            "An air strike hit a house in Gaza City's Sabra neighbourhood on Saturday, killing "
            "six members of one family, Palestinian medics said.",
            "Gaza",
            id="'Gaza City's X neighbourhood' (en)",
        ),
        pytest.param(
            "Une frappe aérienne a touché samedi une maison du quartier de Sabra, à Gaza-ville, "
            "tuant six membres d'une même famille, selon la Défense civile palestinienne.",
            "Sabra",
            id="'le quartier de X, à Gaza-ville' : un quartier de la ville (fr)",
        ),
    ],
)
def test_a_neighbourhood_is_no_namesake_city_abroad(
    world_extractor: Extractor, body: str, place: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in found] == [(place, "PS", 6)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least nine people were killed on Thursday when the Gran Grif gang attacked "
            "Verrettes, in Haiti.\n\nOn Friday, gang members also attacked the police station of "
            "Liancourt, causing no casualties.",
            id="'the police station of X' (en, passed before the rule)",
        ),
        pytest.param(
            "Au moins neuf personnes ont été tuées jeudi lors d'une attaque du gang Gran Grif "
            "contre Verrettes, en Haïti.\n\nVendredi, les hommes de Gran Grif ont également "
            "attaqué le poste de police de Liancourt, sans faire de victimes.",
            id="'le poste de police de X' : un village connu seulement à l'étranger (fr)",
        ),
    ],
)
def test_the_police_station_of_a_namesake_abroad_is_a_village_at_home(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in found] == [
        ("Verrettes", "HT"),
        ("Liancourt", "HT"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le groupe djihadiste JNIM a revendiqué l'attaque menée mardi dans plusieurs "
            "quartiers de Bamako.\n\nLe groupe avait tué des centaines de civils à Barsalogho, "
            "au Burkina Faso, en août.",
            id="guard: 'plusieurs quartiers de Bamako' are parts of the city named (fr)",
        ),
        pytest.param(
            "The jihadist group JNIM claimed the attack carried out on Tuesday in several "
            "neighbourhoods of Bamako.\n\nThe group killed hundreds of civilians in Barsalogho, "
            "Burkina Faso, in August.",
            id="guard: 'several neighbourhoods of Bamako' (en)",
        ),
    ],
)
def test_the_city_whose_neighbourhoods_are_named_is_the_place(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in found][:1] == [("Bamako", "ML")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Israeli warplanes struck rocket launchers near the Lebanese village of Khiam on "
            "Wednesday, the Israeli army said.",
            id="'the Lebanese village of X': in Lebanon, whatever the article's country (en)",
        ),
        pytest.param(
            "L'armée israélienne a frappé mercredi, avec des avions de combat, des lanceurs "
            "près de la localité libanaise de Khiam.",
            id="'la localité libanaise de X' : au Liban (fr)",
        ),
    ],
)
def test_a_place_noun_with_a_nationality_puts_the_place_in_its_country(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in found] == [("Khiam", "LB")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The deadliest was the April 2015 assault on Garissa University College, in which "
            "gunmen killed 148 people, most of them students.",
            id="'the assault on Garissa University College': the town of the institution hit (en)",
        ),
        pytest.param(
            "La plus meurtrière reste l'assaut d'avril 2015 contre l'université de Garissa, où "
            "des hommes armés ont tué 148 personnes, pour la plupart des étudiants.",
            id="'l'assaut contre l'université de Garissa' (fr, passed before the rule)",
        ),
    ],
)
def test_the_town_of_an_institution_an_attack_hit_is_the_place(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in found] == [("Garissa", "KE", 148)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen robbed a branch of Kabul Bank in Kunduz on Monday, killing two guards.",
            id="guard: 'a branch of Kabul Bank in Kunduz' is in Kunduz (en)",
        ),
    ],
)
def test_the_town_of_an_institution_named_elsewhere_is_no_place(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in found] == [("Kunduz", "AF")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Several drones struck a power station near Kosti, in White Nile state, at dawn on "
            "Tuesday, killing two guards.\n\nPort Sudan, the temporary seat of the government, "
            "had itself been targeted for the first time on May 4 by drones that hit an air "
            "base near the airport.",
            id="'X, the seat of the government, had itself been targeted': X (en)",
        ),
        pytest.param(
            "Plusieurs drones ont frappé mardi à l'aube une centrale près de Kosti, dans l'État "
            "du Nil Blanc, tuant deux gardiens.\n\nPort-Soudan, siège provisoire du "
            "gouvernement, avait elle-même été visée pour la première fois le 4 mai par des "
            "drones, qui avaient touché une base aérienne proche de l'aéroport.",
            id="'X, siège du gouvernement, avait elle-même été visée' : X (fr)",
        ),
    ],
)
def test_a_town_attacked_after_an_apposition_is_the_place(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.event_date) for m in found] == [
        ("Kosti", date(2023, 10, 31)),
        ("Port Sudan", date(2023, 5, 4)),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "CODECO militiamen attacked a village in Djugu territory, Ituri, on Sunday, killing "
            "14 people.\n\nThe militia was blamed for the attack on the Plaine Savo camp for "
            "displaced people in February 2022, in which at least 60 people were killed.",
            id="'the X camp for displaced people': a camp the gazetteer lacks (en)",
        ),
        pytest.param(
            "Des miliciens de la CODECO ont attaqué dimanche un village du territoire de Djugu, "
            "en Ituri, tuant 14 personnes.\n\nEn février 2022, la milice avait attaqué le camp "
            "de déplacés de Plaine Savo, tuant au moins 60 personnes.",
            id="'le camp de déplacés de X' (fr, passed before the rule)",
        ),
    ],
)
def test_a_camp_for_displaced_people_names_its_place(world_extractor: Extractor, body: str) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in found][-1:] == [
        ("Plaine Savo", "CD", 60)
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param(
            "A Turkish drone struck a convoy near the Tishreen Dam in northern Syria on "
            "Wednesday, killing five civilians, the SDF said.",
            "Tishreen Dam",
            id="'near the X Dam': a dam the gazetteer lacks (en)",
        ),
        pytest.param(
            "Un drone turc a frappé mercredi un convoi près du barrage de Tichrine, dans le nord "
            "de la Syrie, tuant cinq civils.",
            "Tichrine Dam",
            id="'près du barrage de X' (fr)",
        ),
    ],
)
def test_a_dam_names_its_place(world_extractor: Extractor, body: str, name: str) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in found] == [(name, "SY", 5)]


def test_a_barrage_of_rockets_is_no_dam(world_extractor: Extractor) -> None:
    found = _mentions(
        world_extractor, "A barrage of Grad rockets hit Kherson on Monday, killing two people."
    )
    assert [(m.location_name, m.weapon) for m in found] == [("Kherson", "rocket")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Turkish drone killed three civilians in Manbij on Monday.\n\nFurther east, "
            "fighting between Turkish-backed factions and the SDF continues around the Tishreen "
            "Dam.",
            id="'fighting ... continues around X' (en, passed before the rule)",
        ),
        pytest.param(
            "Un drone turc a tué trois civils lundi à Manbij.\n\nPlus à l'est, des combats "
            "opposent toujours les factions pro-turques et les FDS autour du barrage de "
            "Tichrine.",
            id="'des combats opposent toujours X et Y autour de Z' (fr)",
        ),
    ],
)
def test_fighting_still_going_on_is_no_attack(world_extractor: Extractor, body: str) -> None:
    found = _mentions(world_extractor, body)
    assert [m.location_name for m in found] == ["Manbij"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In January, RSF drones struck the Merowe Dam in northern Sudan, cutting power to "
            "several states.",
            id="'the Merowe Dam': a dam named after a listed town is at the town (en)",
        ),
        pytest.param(
            "En janvier, des drones des FSR ont frappé le barrage de Merowe, dans le nord du "
            "Soudan.",
            id="'le barrage de Merowe' : à Merowe (fr)",
        ),
    ],
)
def test_a_dam_named_after_a_listed_town_is_at_the_town(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2) for m in found] == [("Merowe", "SD")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Houthi drone hit a market in Taiz, Yemen, on Monday, killing three people.\n\n"
            "Marib, the government's last stronghold in the north, has been the target of many "
            "attacks since 2021. On 5 June 2021, a missile hit a petrol station in the city, "
            "killing 21 people.",
            id="'Marib, the last stronghold ...': 'the city' is Marib, not the governorate (en)",
        ),
        pytest.param(
            "Un drone houthi a frappé lundi un marché de Taïz, au Yémen, tuant trois "
            "personnes.\n\nMarib, dernier bastion du gouvernement dans le nord, a été la cible "
            "de nombreuses attaques depuis 2021. Le 5 juin 2021, un missile avait frappé une "
            "station-service de la ville, tuant 21 personnes.",
            id="'Marib, dernier bastion ...' : « la ville » est Marib (fr)",
        ),
    ],
)
def test_a_town_named_where_nothing_happens_is_the_town_told_next(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.event_date, m.killed) for m in found][-1:] == [
        ("Ma'rib", date(2021, 6, 5), 21)
    ]


def test_a_state_named_like_its_capital_is_no_town_told_next(world_extractor: Extractor) -> None:
    body = (
        "Gunmen opened fire in a bar in the city of Celaya in Mexico's Guanajuato state on "
        "Sunday, killing seven people.\n\nGuanajuato has for years been the scene of a turf war "
        "between cartels.\n\nOn Monday, a police officer was shot dead in Celaya's south side, "
        "the city government said."
    )
    found = _mentions(world_extractor, body)
    assert "Guanajuato" not in [m.location_name for m in found]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Senator Miguel Uribe died on Monday in a hospital in Bogota, two months after he was "
            "shot at a campaign rally.",
            id="'died in a hospital in X, two months after he was shot': no attack at X (en)",
        ),
        pytest.param(
            "Le sénateur Miguel Uribe est mort lundi dans une clinique de Bogotá, deux mois après "
            "avoir été grièvement blessé par balle lors d'un meeting.",
            id="'est mort dans une clinique de X' : pas d'attaque à X (fr)",
        ),
    ],
)
def test_where_the_wounded_later_died_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    assert list(_mentions(world_extractor, body)) == []


def test_a_strike_on_a_hospital_where_patients_died_stays_there(
    world_extractor: Extractor,
) -> None:
    found = _mentions(
        world_extractor, "An air strike hit a hospital in Bogota on Monday, and five patients died."
    )
    assert [(m.location_name, m.killed) for m in found] == [("Bogotá", 5)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Two CRPF jawans were killed on Tuesday when an improvised explosive device planted "
            "by Maoists went off in Sukma district, Chhattisgarh, India, police said.",
            id="'Maoists' in a report from India: the CPI (Maoist) (en)",
        ),
        pytest.param(
            "Deux soldats ont été tués mardi par une mine posée par des maoïstes dans le "
            "district de Sukma, en Inde.",
            id="« des maoïstes » dans une dépêche d'Inde : le PCI (maoïste) (fr)",
        ),
    ],
)
def test_an_alias_scoped_to_its_actors_country_names_it_there(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [(m.location_name, m.attacker) for m in found] == [
        ("Sukma", "Communist Party of India (Maoist)")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Maoist rebels attacked a police post in Rolpa district, Nepal, on Tuesday, killing "
            "two policemen.",
            id="guard: 'Maoist rebels' in a report from Nepal are no CPI (Maoist) (en)",
        ),
        pytest.param(
            "Des rebelles maoïstes ont attaqué mardi un poste de police du district de Rolpa, au "
            "Népal, tuant deux policiers.",
            id="guard: « des rebelles maoïstes » au Népal (fr)",
        ),
    ],
)
def test_an_alias_scoped_to_its_actors_country_names_nobody_abroad(
    world_extractor: Extractor, body: str
) -> None:
    found = _mentions(world_extractor, body)
    assert [m.attacker for m in found] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ukrainian drones struck the Engels air base on Saturday, where Russia keeps the "
            "strategic bombers it uses to fire missiles at Kyiv.",
            ["Engels-2 air base"],
            id="what a weapon is used for tells no attack (en)",
        ),
        pytest.param(
            "Des drones ukrainiens ont frappé samedi la base aérienne d'Engels, où la Russie garde "
            "les bombardiers qu'elle utilise pour tirer des missiles sur Kiev.",
            ["Engels-2 air base"],
            id="ce à quoi sert une arme ne dit aucune attaque (fr)",
        ),
        pytest.param(
            "Russia used forty drones to strike Odesa on Sunday, the Ukrainian air force said.",
            ["Odesa"],
            id="drones used to strike a place on a day: the attack (en, guard)",
        ),
        pytest.param(
            "Des drones, que l'armée russe a utilisés pour frapper le port, ont touché dimanche "
            "Odessa, dans le sud de l'Ukraine.",
            ["Odesa"],
            id="un participe passé ('utilisés pour frapper') dit l'attaque (fr, guard)",
        ),
    ],
)
def test_what_a_weapon_is_used_for(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "La Russie a utilisé quarante drones pour frapper Kharkiv dimanche.",
            id="un infinitif d'attaque devant le lieu le dit attaqué (fr)",
        ),
        pytest.param(
            "Russia used forty drones to strike Kharkiv on Sunday.",
            id="'to strike X': 'to' before it, passed before the rule (en)",
        ),
    ],
)
def test_an_attack_verb_in_the_infinitive_before_the_place(
    world_extractor: Extractor, body: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Kharkiv"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "PORT-AU-PRINCE, Haiti (AP) — Hundreds of Kenyan police officers landed in Haiti's "
            "capital on Tuesday, the first contingent of a long-awaited multinational force.",
            [],
            id="people who landed: an arrival, no attack (en)",
        ),
        pytest.param(
            "A chartered aircraft carrying about 400 officers landed at Port-au-Prince airport "
            "on Tuesday, where the team was received by Haitian officials.",
            [],
            id="an aircraft carrying people landed: an arrival, no attack (en, 0.20.0)",
        ),
        pytest.param(
            "Un avion de ligne transportant 60 passagers est tombé mardi près de Goma, selon les "
            "autorités.",
            [],
            id="un avion de ligne transportant des passagers est tombé : un accident (fr, 0.20.0)",
        ),
        pytest.param(
            "A drone landed on a house in Kharkiv on Tuesday, wounding two people.",
            ["Kharkiv"],
            id="a drone that landed: the attack (en, guard)",
        ),
        pytest.param(
            "Le gouvernement est tombé mardi à Kinshasa après un vote de défiance des députés.",
            [],
            id="un gouvernement tombé : aucune attaque (fr)",
        ),
        pytest.param(
            "L'avion de la délégation est tombé en panne mardi à Nairobi.",
            [],
            id="'tombé en panne' is masked (fr)",
        ),
        pytest.param(
            "Hezbollah fired a barrage of rockets at northern Israel on Tuesday. Two fell near "
            "Kiryat Shmona, the army said.",
            ["Qiryat Shmona"],
            id="rockets named in the sentence before: their fall is the attack (en, guard)",
        ),
        pytest.param(
            "Des débris sont tombés mardi sur un immeuble de Kharkiv, faisant deux blessés.",
            ["Kharkiv"],
            id="des débris tombés : l'attaque (fr, guard)",
        ),
    ],
)
def test_a_fall_is_an_attack_only_of_a_munition(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gunmen killed 12 worshippers at a church in Zamboanga on Sunday. It was the deadliest "
            "attack on a place of worship in Mindanao since January 2019, when twin suicide "
            "bombings tore through a cathedral in Jolo, Sulu, killing more than 20 people.",
            [("Zamboanga", False, 12), ("Jolo", True, 20)],
            id="since X, when ...: the relative clause runs past the province to its toll (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué douze fidèles dans une église de Zamboanga dimanche. Il "
            "s'agit de l'attaque la plus meurtrière contre un lieu de culte à Mindanao depuis "
            "janvier 2019, lorsque deux attentats-suicides avaient frappé une cathédrale de Jolo, "
            "dans l'archipel de Sulu, tuant plus de 20 personnes.",
            [("Zamboanga", False, 12), ("Jolo", True, 20)],
            id="depuis <mois>, lorsque ... : l'attaque d'alors, en arrière-plan (fr)",
        ),
    ],
)
def test_the_attack_a_ranking_goes_back_to(
    world_extractor: Extractor, body: str, expected: list[tuple[str, bool, int]]
) -> None:
    found = [(m.location_name, m.is_background, m.killed) for m in _mentions(world_extractor, body)]
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Des hommes armés ont fait irruption lundi dans le village de Tamberi, dans l'État de "
            "Borno.",
            ["Tamberi"],
            id="'ont fait irruption dans le village de X': an attack (fr)",
        ),
        pytest.param(
            "Gunmen stormed the village of Tamberi in Borno state on Monday.",
            ["Tamberi"],
            id="'stormed the village of X': passed before the rule (en)",
        ),
        pytest.param(
            "À la tombée de la nuit, des renforts de l'armée sont arrivés à Maiduguri.",
            [],
            id="'à la tombée de la nuit' is nightfall, no fall (fr, guard)",
        ),
        pytest.param(
            "At nightfall, army reinforcements arrived in Maiduguri.",
            [],
            id="nightfall: passed before the rule (en, guard)",
        ),
    ],
)
def test_storming_in_and_nightfall(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A suicide bomber killed nine soldiers at a checkpoint on Tuesday. The president, "
            "speaking on the sidelines of a summit in Kazan, Russia, condemned the attack.",
            id="where a visitor speaks is no attack place (en)",
        ),
        pytest.param(
            "Un kamikaze a tué neuf soldats mardi à un poste de contrôle. En visite à Paris, le "
            "président a dénoncé cette attaque.",
            id="en visite à X : là où parle le visiteur, pas l'attaque (fr)",
        ),
    ],
)
def test_where_a_visitor_speaks(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gunmen killed three soldiers in Marawi on Monday, a day after a magnitude 7.4 "
            "earthquake struck off Hinatuan, in Surigao del Sur.",
            ["Marawi City"],
            id="an earthquake that struck is no attack (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué trois soldats lundi à Marawi, au lendemain d'un séisme de "
            "magnitude 7,4 qui a frappé au large de Hinatuan, dans le Surigao del Sur.",
            ["Marawi City"],
            id="un séisme qui a frappé n'est pas une attaque ; au lendemain de : contexte (fr)",
        ),
        pytest.param(
            "A storm of rockets hit Kiryat Shmona on Monday, the army said.",
            ["Qiryat Shmona"],
            id="a storm of rockets is an attack (en, guard)",
        ),
        pytest.param(
            "Regime airstrikes have become increasingly frequent in Sagaing, a stronghold of the "
            "resistance.",
            [],
            id="strikes increasingly frequent: a trend (en)",
        ),
        pytest.param(
            "Les frappes aériennes de la junte se sont multipliées dans la région de Sagaing, "
            "bastion de la résistance.",
            [],
            id="des frappes qui se sont multipliées : une tendance (fr)",
        ),
    ],
)
def test_hazards_and_trends_are_no_attack(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Des drones russes ont frappé Kiev dans la nuit de lundi à mardi, tuant deux "
            "personnes, selon l'armée de l'air ukrainienne.",
            [("Kyiv", "city")],
            id="'Kiev' is the capital, not the oblast of that name (fr)",
        ),
        pytest.param(
            "Russian drones struck Kiev overnight, killing two people, Ukraine's air force said.",
            [("Kyiv", "city")],
            id="'Kiev' is the capital (en)",
        ),
        pytest.param(
            "Des missiles russes ont frappé mardi la région de Kiev, selon les autorités "
            "ukrainiennes.",
            [("Kiev", "admin1")],
            id="la région de Kiev: the oblast (fr, guard)",
        ),
        pytest.param(
            "Des frappes russes ont touché Soumy et Odessa mardi, en Ukraine.",
            [("Sumy", "city"), ("Odesa", "city")],
            id="a French spelling a province shares with its capital is the city (fr)",
        ),
        pytest.param(
            "Houthi shelling hit Taiz on Tuesday, killing three civilians in Yemen's third city.",
            [("Taiz", "city")],
            id="a province's capital of the same name (en, guard)",
        ),
        pytest.param(
            "Des frappes russes ont touché Kharkiv mardi. Côté russe, la mairie de Moscou a "
            "indiqué qu'un drone ukrainien avait été abattu mercredi au-dessus de la capitale.",
            [("Kharkiv", "city"), ("Moscow", "city")],
            id="a name a province shares with its capital names its country (fr)",
        ),
    ],
)
def test_a_capital_keeps_its_spellings(
    world_extractor: Extractor, body: str, expected: list[tuple[str, str]]
) -> None:
    found = [
        (m.location_name, _feature(world_extractor, m)) for m in _mentions(world_extractor, body)
    ]
    assert found == expected


def _feature(extractor: Extractor, mention: AttackMention) -> str | None:
    """The gazetteer feature of a mention's place."""
    places = extractor._lexicons.places  # (the test reads the extractor's table)
    if mention.location_id is None or mention.location_id not in places:
        return None
    return places[mention.location_id].feature_type


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A bomb exploded during Mass at a university gym in Marawi on Sunday, killing four "
            "people. Officials said 50 people were wounded and were being treated in hospitals in "
            "Marawi and nearby Iligan city.",
            ["Marawi City"],
            id="treated in hospitals in X and nearby Y: where the wounded are (en)",
        ),
        pytest.param(
            "Des jihadistes ont tué des dizaines de civils samedi à Barsalogho, au Burkina Faso. "
            "« Ceux qui ont couru ont été rattrapés », raconte un jeune homme blessé au bras, "
            "soigné depuis à Kaya.",
            ["Barsalogho"],
            id="soigné depuis à X : là où le blessé est soigné (fr)",
        ),
        pytest.param(
            "Russian missiles killed 20 people in Sumy on Sunday. Zelensky called on partners to "
            "respond with pressure on Moscow, saying the strike showed Russia had no interest in "
            "a ceasefire.",
            ["Sumy"],
            id="pressure on a capital: its government (en, passed before the rule)",
        ),
        pytest.param(
            "Des missiles russes ont tué 20 personnes dimanche à Soumy. Zelensky a appelé ses "
            "alliés à faire pression sur Moscou, estimant que la frappe montrait que la Russie ne "
            "voulait pas de cessez-le-feu.",
            ["Sumy"],
            id="pression sur une capitale : son gouvernement (fr)",
        ),
    ],
)
def test_where_the_wounded_are_and_who_is_pressed(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed 26 tourists near Pahalgam on Tuesday. Traders in Srinagar and other "
            "towns called a shutdown on Wednesday to protest the killings.",
            id="a shutdown to protest the killings tells no new attack (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué 26 touristes mardi près de Pahalgam. Les commerçants de "
            "Srinagar ont baissé le rideau mercredi pour protester contre les tueries.",
            id="pour protester contre les tueries : aucune nouvelle attaque (fr)",
        ),
    ],
)
def test_a_protest_against_attacks_told(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Pahalgam"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A suicide bombing killed 170 people outside Kabul airport on Thursday. The Taliban, "
            "who took control of Kabul on Aug. 15, condemned the attack.",
            id="a relative clause describing an actor gives no place or date (en)",
        ),
        pytest.param(
            "Un attentat-suicide a tué 170 personnes jeudi devant l'aéroport de Kaboul. Les "
            "talibans, qui ont pris le contrôle de Kaboul le 15 août, ont condamné l'attentat.",
            id="une relative qui décrit un acteur ne donne ni lieu ni date (fr)",
        ),
    ],
)
def test_what_a_relative_clause_says_of_an_actor(world_extractor: Extractor, body: str) -> None:
    assert [m.event_date for m in _mentions_on(world_extractor, body, datetime(2021, 8, 27))] == [
        date(2021, 8, 26)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen stormed a school in the Southwest town of Kumba on Monday and killed seven "
            "children.",
            id="the <province> town of X: the town is X, the province a modifier (en)",
        ),
        pytest.param(
            "Des hommes armés ont pris d'assaut lundi une école de la ville de Kumba, dans la "
            "région du Sud-Ouest, tuant sept enfants.",
            id="la ville de X, dans la région de Y: passed before the rule (fr)",
        ),
    ],
)
def test_a_province_named_before_the_town_noun(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Kumba"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Samedi, une voiture piégée a explosé dans le quartier de Dasht-e-Barchi, à Kaboul, "
            "tuant 12 personnes.",
            ["Dasht-e-Barchi"],
            id="le quartier de Y, à Z : Y est dans Z, une seule attaque (fr)",
        ),
        pytest.param(
            "Samedi, une voiture piégée a explosé devant l'hôpital Ibn Sina, dans le quartier de "
            "Karte Char, à Kaboul, tuant 12 personnes.",
            ["Ibn Sina"],
            id="un site, dans le quartier de Y, à Z : une chaîne, une seule attaque (fr)",
        ),
        pytest.param(
            "On Saturday, a car bomb exploded outside the Ibn Sina hospital in the Karte Char "
            "neighbourhood of Kabul, killing 12 people.",
            ["Kabul"],
            id="the X neighbourhood of Y: one attack, passed before the rule (en)",
        ),
        pytest.param(
            "Samedi, des voitures piégées ont explosé à Kidal, à Gao et à Tombouctou, tuant 12 "
            "personnes.",
            ["Kidal", "Gao", "Timbuktu"],
            id="a list of towns is no chain (fr, guard)",
        ),
    ],
)
def test_a_chain_of_places_in_apposition(
    world_extractor: Extractor, body: str, expected: list[str]
) -> None:
    found = [m.location_name for m in _mentions_on(world_extractor, body, datetime(2021, 5, 10))]
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Russian forces shelled Nikopol district overnight, injuring a man, the head of the "
            "Dnipropetrovsk RMA said on Wednesday.",
            id="a regional military administration by its acronym is no place (en)",
        ),
        pytest.param(
            "Les forces russes ont bombardé le district de Nikopol dans la nuit, blessant un "
            "homme, a indiqué mercredi le chef de l'administration militaire régionale de "
            "Dnipropetrovsk.",
            id="le chef de l'administration militaire régionale de X: the speaker's title (fr)",
        ),
    ],
)
def test_a_military_administration_is_no_place(world_extractor: Extractor, body: str) -> None:
    found = [m.location_name for m in _mentions_on(world_extractor, body, datetime(2024, 9, 11))]
    assert found == ["Nikopol Raion"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le double attentat a frappé Kerman, en Iran.\n\nQassem Soleimani avait été tué le 3 "
            "janvier 2020 par une frappe de drone américaine près de l'aéroport de Bagdad.",
            id="'l'aéroport de Bagdad' in a report on Iran: Baghdad's, no US namesake (fr, 0.19.0)",
        ),
        pytest.param(
            "The twin bombing struck Kerman, in Iran.\n\nQassem Soleimani was killed by a US drone "
            "strike near Baghdad airport on January 3, 2020.",
            id="'near Baghdad airport' in a report on Iran (en, already passed)",
        ),
    ],
)
def test_a_capital_s_airport_named_in_a_report_on_another_country(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 1, 5))
    assert "iq-baghdad-international-airport" in {m.location_id for m in mentions}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Maoists killed ten policemen in Dantewada, India, on Wednesday.\n\nOfficials said "
            "the Maoists usually step up attacks between February and June.",
            id="'step up attacks between February and June': months, no place (en, 0.20.0)",
        ),
        pytest.param(
            "Des maoïstes ont tué dix policiers mercredi à Dantewada, en Inde.\n\nSelon les "
            "autorités, les maoïstes multiplient les attaques entre février et juin.",
            id="guard: 'les attaques entre février et juin' (fr)",
        ),
    ],
)
def test_a_month_is_no_place(world_extractor: Extractor, body: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Dantewada"]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Gunmen attacked a train travelling from Abuja to Kaduna in Nigeria on Monday, "
            "killing eight people.",
            [None],
            id="'a train travelling from X to Y': somewhere on the way, in the country (en, "
            "0.20.0)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué lundi au Nigeria un train qui circulait entre Abuja et "
            "Kaduna, tuant huit personnes.",
            [None],
            id="'un train qui circulait entre X et Y' : quelque part en chemin (fr, 0.20.0)",
        ),
        pytest.param(
            "Gunmen ambushed a bus travelling from Abuja to Kaduna near Kachia on Monday, killing "
            "eight people.",
            ["Kachia"],
            id="'a bus travelling from X to Y near Z': Z (en, 0.20.0)",
        ),
        pytest.param(
            "Des hommes armés ont tendu lundi une embuscade à un bus en provenance d'Abuja, près "
            "de Kachia, tuant huit personnes.",
            ["Kachia"],
            id="'un bus en provenance de X, près de Z' : Z (fr, already passed)",
        ),
    ],
)
def test_the_ends_of_a_journey_are_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str | None]
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [m.location_name for m in mentions] == places
    assert {m.country_iso2 for m in mentions} == {"NG"}


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Gunmen killed nine people on Monday in Bavispe, in Sonora state, Mexico, near the "
            "border with Chihuahua.",
            "Bavispe",
            id="'near the border with X': the other side (en, 0.20.0)",
        ),
        pytest.param(
            "Des hommes armés ont tué neuf personnes lundi à Bavispe, dans l'État de Sonora, au "
            "Mexique, près de la frontière avec le Chihuahua.",
            "Bavispe",
            id="'près de la frontière avec le X' : l'autre côté (fr, 0.20.0)",
        ),
        pytest.param(
            "A rocket hit a farm in Sderot near the Gaza border on Monday, wounding a worker.",
            "Sderot",
            id="'near the X border' (en, 0.20.0)",
        ),
        pytest.param(
            "Une roquette a touché lundi une ferme de Sdérot, ville frontalière de Gaza, blessant "
            "un ouvrier.",
            "Sderot",
            id="'ville frontalière de X' (fr, 0.20.0)",
        ),
    ],
)
def test_the_neighbour_across_a_border_is_no_attack_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The gunman who killed five people in Kano on Sunday was arrested in Kaduna.",
            id="'was arrested in X': where the police caught him (en, 0.20.0)",
        ),
        pytest.param(
            "L'homme armé qui a tué cinq personnes dimanche à Kano a été arrêté lundi à Kaduna.",
            id="'a été arrêté lundi à X' : où la police l'a pris (fr, 0.20.0)",
        ),
        pytest.param(
            "The suspect in Sunday's shooting in Kano, which killed five people, was detained on "
            "Monday in the city of Kaduna.",
            id="'was detained on Monday in the city of X' (en, 0.20.0)",
        ),
    ],
)
def test_where_a_suspect_was_arrested_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.killed) for m in mentions] == [("Kano", 5)]


def test_gunmen_stopping_buses_is_no_arrest(world_extractor: Extractor) -> None:
    """ "ont arrêté un bus à X": gunmen stopping a bus, the attack's place (a guard, fr)."""
    body = "Des hommes armés ont arrêté dimanche un bus à Kaduna et tué cinq passagers."
    assert [m.location_name for m in _mentions(world_extractor, body)] == ["Kaduna"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Burkina Faso began three days of national mourning on Saturday after the massacre of "
            "Solhan, a town in Yagha province, where gunmen killed at least 132 civilians.",
            id="'X, a town in Y province': Y's town, not a namesake abroad (en, 0.20.0)",
        ),
        pytest.param(
            "Le Burkina Faso observe depuis samedi trois jours de deuil national après la tuerie "
            "de Solhan, un bourg de la province du Yagha. Au moins 132 civils ont été tués.",
            id="'X, un bourg de la province du Y' : pas l'homonyme turc (fr, 0.20.0)",
        ),
    ],
)
def test_a_town_apposed_to_its_province_is_in_that_provinces_country(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("Solhan", "BF", 132)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des hommes armés ont attaqué samedi le village dogon de Sobane Da, dans le centre du "
            "Mali, tuant 35 personnes.",
            id="'le village dogon de X' : le peuple du village entre le nom et 'de' (fr, 0.20.0)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué samedi la localité chrétienne de Sobane Da, dans le "
            "centre du Mali, tuant 35 personnes.",
            id="'la localité chrétienne de X' (fr, 0.20.0)",
        ),
        pytest.param(
            "Gunmen attacked the Dogon village of Sobane Da in central Mali on Saturday, killing "
            "35 people.",
            id="'the Dogon village of X' (en, already passed)",
        ),
    ],
)
def test_a_village_told_by_its_people_or_faith(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("Sobane Da", "ML", 35)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Twenty-six people were killed on Tuesday when gunmen opened fire on tourists near "
            "Pahalgam in Kashmir.\n\nThe Resistance Front on Saturday denied any role in the "
            "Pahalgam attack.",
            id="'on Saturday denied any role in the X attack': the denial's day (en, 0.20.0)",
        ),
        pytest.param(
            "Vingt-six personnes ont été tuées mardi lorsque des hommes armés ont ouvert le feu "
            "sur des touristes près de Pahalgam, au Cachemire.\n\nLe Front de la résistance a "
            "démenti samedi toute implication dans l'attentat de Pahalgam.",
            id="'a démenti samedi toute implication dans l'attentat' (fr, already passed)",
        ),
    ],
)
def test_the_day_of_a_denial_is_no_attack_day(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 27))
    assert [(m.location_name, m.event_date) for m in mentions] == [("Pahalgam", date(2025, 4, 22))]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des hommes armés ont tué sept élèves samedi dans une école de Kumba, au Cameroun.\n\n"
            "Les blessés ont été transportés à l'hôpital de district de Kumba, puis pour certains "
            "vers l'hôpital régional de Buea.",
            id="'transportés à l'hôpital de X, puis pour certains vers l'hôpital de Y' (fr, "
            "0.20.0)",
        ),
        pytest.param(
            "Gunmen killed seven pupils at a school in Kumba, Cameroon, on Saturday.\n\nThe "
            "wounded were first taken by ambulance to the district hospital in Kumba, and some of "
            "them were later moved on to the regional hospital of Buea.",
            id="'taken to the hospital in X, and some later moved on to the hospital of Y' (en, "
            "already passed)",
        ),
    ],
)
def test_a_second_hospital_is_no_attack_place(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 10, 26))
    assert [(m.location_name, m.killed) for m in mentions] == [("Kumba", 7)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gunmen killed 12 people in Beledweyne, Somalia, on Monday.\n\nThe attack comes two "
            "weeks after militants overran a Somali army base, killing 20 soldiers.",
            [("Beledweyne", "SO", False), (None, "SO", True)],
            id="'after militants overran a Somali army base': an attack in the country (en, "
            "0.20.0)",
        ),
        pytest.param(
            "Des hommes armés ont tué 12 personnes lundi à Beledweyne, en Somalie.\n\nCette "
            "attaque survient deux semaines après l'assaut de militants contre une base "
            "militaire somalienne, qui avait tué 20 soldats.",
            [("Beledweyne", "SO", False), (None, "SO", True)],
            id="'l'assaut contre une base militaire somalienne' : une attaque dans le pays (fr, "
            "0.20.0)",
        ),
        pytest.param(
            "Gunmen killed 12 people in Beledweyne, Somalia, on Monday.\n\nThe attack comes two "
            "weeks after militants overran a US military base, killing 20 soldiers.",
            [("Beledweyne", "SO", False)],
            id="guard: a foreign force's base places nothing (en)",
        ),
    ],
)
def test_a_passing_reference_to_a_base_of_the_countrys_forces(
    world_extractor: Extractor, body: str, expected: list[tuple[str | None, str, bool]]
) -> None:
    mentions = _mentions(world_extractor, body)
    assert [(m.location_name, m.country_iso2, m.is_background) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Maoists in Chhattisgarh, India, killed nine policemen on Tuesday.\n\nIn March, 12 "
            "soldiers were gunned down in an ambush near Minpa on the border of Bijapur and "
            "Sukma districts.",
            id="'in an ambush near X': X a village the gazetteer lacks, in the country (en, "
            "0.20.0)",
        ),
        pytest.param(
            "Des maoïstes ont tué neuf policiers mardi au Chhattisgarh, en Inde.\n\nEn mars, 12 "
            "soldats avaient été tués dans une embuscade près de Minpa, à la limite des districts "
            "de Bijapur et de Sukma.",
            id="'dans une embuscade près de X' (fr, 0.20.0)",
        ),
    ],
)
def test_an_ambush_near_a_village_the_gazetteer_lacks(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions(world_extractor, body)
    assert ("Minpa", "IN", 12) in {(m.location_name, m.country_iso2, m.killed) for m in mentions}


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Plus de vingt gardes-frontières égyptiens ont péri vendredi dans l'attaque d'un poste "
            "de l'armée près de l'oasis de Farafra, loin du Sinaï.",
            "Qaşr al Farāfirah",
            id="'loin du X' : pas là (fr, 0.20.0)",
        ),
        pytest.param(
            "More than 20 Egyptian border guards were killed on Friday in an attack on an army "
            "post near Farafra, far from Sinai.",
            "Qaşr al Farāfirah",
            id="'far from X': not there (en, already passed)",
        ),
        pytest.param(
            "Gunmen killed 55 people at a market in Punjab, Pakistan, on Sunday. Ambulances "
            "ferried the injured to hospitals in Lahore, where an emergency was declared.",
            "Punjab",
            id="'ferried the injured to hospitals in X' (en, 0.20.0)",
        ),
        pytest.param(
            "Des hommes armés ont tué 55 personnes dimanche dans un marché du Pendjab, au "
            "Pakistan. Des ambulances ont transporté les blessés vers les hôpitaux de Lahore.",
            "Punjab",
            id="'ont transporté les blessés vers les hôpitaux de X' (fr, already passed)",
        ),
    ],
)
def test_far_from_x_and_the_hospitals_the_injured_were_ferried_to(
    world_extractor: Extractor, body: str, place: str
) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Twenty-two people were killed when a suicide bomber detonated a bomb at Manchester "
            "Arena on Monday night.",
            "Manchester",
            id="'at Manchester Arena': a venue named after its town (en, 0.20.0)",
        ),
        pytest.param(
            "Vingt-deux personnes ont été tuées lundi soir lorsqu'un kamikaze a fait exploser "
            "une bombe à la Manchester Arena.",
            "Manchester",
            id="'à la Manchester Arena' (fr, 0.20.0)",
        ),
        pytest.param(
            "Un camion a foncé lundi soir sur le marché de Noël de la Breitscheidplatz, à "
            "Berlin, faisant 12 morts et 48 blessés.",
            "Berlin",
            id="'a foncé sur le marché de Noël de X, à Berlin': ramming; Noël no place (fr, "
            "0.20.0)",
        ),
        pytest.param(
            "A truck ploughed into the Christmas market on Breitscheidplatz in Berlin on Monday "
            "night.",
            "Berlin",
            id="'a truck ploughed into the Christmas market in Berlin' (en, 0.20.0)",
        ),
        pytest.param(
            "A car rammed into a crowd of protesters in Munich on Thursday.",
            "Munich",
            id="'a car rammed into a crowd in X' (en, 0.20.0)",
        ),
    ],
)
def test_venues_feasts_and_rammings(world_extractor: Extractor, body: str, place: str) -> None:
    assert [m.location_name for m in _mentions(world_extractor, body)] == [place]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le Premier ministre a présenté hier à Alger le bilan de la prise d'otages du site "
            "gazier, dans la wilaya d'Illizi : 37 otages étrangers ont été tués.",
            id="'a présenté hier à Alger le bilan' : où l'on parle (fr, 0.20.0)",
        ),
        pytest.param(
            "The prime minister presented in Algiers on Monday the toll of the hostage-taking at "
            "the gas plant in Illizi province: 37 foreign hostages were killed.",
            id="'presented in Algiers the toll' (en, 0.20.0)",
        ),
    ],
)
def test_where_a_toll_is_presented_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2013, 1, 22))
    assert [(m.location_name, m.killed) for m in mentions] == [("Illizi", 37)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A suicide bomber killed 59 people at a mosque in Peshawar, Pakistan, on Monday.\n\n"
            "The TTP ended a ceasefire in November, and attacks on police have risen sharply in "
            "Khyber Pakhtunkhwa since.",
            id="'attacks have risen sharply in X since': a trend, no attack (en, 0.20.0)",
        ),
        pytest.param(
            "Un kamikaze a tué 59 personnes lundi dans une mosquée de Peshawar, au Pakistan.\n\n"
            "Le TTP a mis fin en novembre à un cessez-le-feu, et les attaques contre la police "
            "ont fortement augmenté depuis dans le Khyber Pakhtunkhwa.",
            id="'les attaques ont fortement augmenté depuis' : une tendance (fr, 0.20.0)",
        ),
    ],
)
def test_a_sharp_trend_of_attacks_is_no_attack(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 1, 31))
    assert [m.location_name for m in mentions] == ["Peshawar"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The IS branch in Afghanistan also said it was behind two bombings in the Iranian "
            "city of Kerman in January, which killed about 90 people.",
            id="'the IS branch in Afghanistan': where the group is (en, 0.20.0)",
        ),
        pytest.param(
            "La branche de l'EI en Afghanistan avait aussi revendiqué deux attentats dans la ville "
            "iranienne de Kerman en janvier, qui avaient fait près de 90 morts.",
            id="'la branche de l'EI en Afghanistan' : où est le groupe (fr, 0.20.0)",
        ),
    ],
)
def test_a_groups_branch_in_a_country_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 24))
    assert [(m.location_name, m.killed) for m in mentions] == [("Kerman", 90)]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Insurgents killed 52 young men in the village of Xitaxi, in Cabo Delgado, "
            "Mozambique, on April 7.\n\nNews of the killings took two weeks to reach Maputo.",
            ["Xitaxi"],
            id="'news of the killings took two weeks to reach X' (en, 0.20.0)",
        ),
        pytest.param(
            "Des insurgés ont tué 52 jeunes hommes le 7 avril dans le village de Xitaxi, au Cabo "
            "Delgado, au Mozambique.\n\nLa nouvelle du massacre n'est parvenue à Maputo que deux "
            "semaines plus tard.",
            ["Xitaxi"],
            id="'la nouvelle n'est parvenue à X que...' (fr, 0.20.0)",
        ),
        pytest.param(
            "Chassés de Mogadiscio en août 2011 par les troupes de l'Amisom, les shebab "
            "multiplient les attentats dans la capitale somalienne.",
            [],
            id="'multiplient les attentats' : une campagne (fr, 0.20.0)",
        ),
        pytest.param(
            "Since they were driven out of Mogadishu in 2011, the Shebab have multiplied attacks "
            "in the capital.",
            [],
            id="'have multiplied attacks': a campaign (en, already passed)",
        ),
    ],
)
def test_where_news_arrived_and_a_multiplying_of_attacks(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 4, 22))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In April 2016, ten people were killed in an attack on a military convoy near Santo "
            "Domingo de Acobamba, in Peru's Junín region.",
            id="'Santo Domingo de X': one name, not the city of Santo Domingo (en, 0.20.0)",
        ),
        pytest.param(
            "En avril 2016, dix personnes avaient été tuées dans une attaque contre un convoi "
            "militaire près de Santo Domingo de Acobamba, dans la région de Junín, au Pérou.",
            id="'Santo Domingo de X' : un seul nom (fr, 0.20.0)",
        ),
    ],
)
def test_a_saints_name_going_on_with_de_is_one_name(world_extractor: Extractor, body: str) -> None:
    names = [m.location_name for m in _mentions_on(world_extractor, body, datetime(2021, 5, 25))]
    assert "Santo Domingo" not in names
    assert names  # (the attack is still told: the town after "de" places it for now)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un kamikaze s'est fait exploser dimanche dans un site de déplacés à Nguetchewe, "
            "localité de l'arrondissement de Mozogo, dans le département du Mayo-Tsanaga, tuant "
            "au moins 16 civils.",
            id="'X, localité de l'arrondissement de Y' : X, sans article (fr, 0.20.0)",
        ),
        pytest.param(
            "A suicide bomber blew himself up on Sunday in Nguetchewe, a village in Mozogo "
            "district, Cameroon, killing 16 civilians.",
            id="'X, a village in Y district' (en, already passed)",
        ),
    ],
)
def test_a_bare_settlement_noun_before_its_division(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 8, 3))
    assert "Nguetchewe" in {m.location_name for m in mentions}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An Israeli strike on a tent camp in al-Mawasi, in southern Gaza, killed 12 people on "
            "Tuesday, the territory's civil defence agency said.",
            id="two areas of one province, the finer named first (en, 0.21.0)",
        ),
        pytest.param(
            "Une frappe israélienne sur un camp de tentes à Al-Mawasi, dans le sud de Gaza, a tué "
            "12 personnes mardi, selon la défense civile.",
            id="deux zones d'une province, la plus fine d'abord (fr, 0.21.0)",
        ),
    ],
)
def test_two_areas_that_hold_each_other_keep_the_first(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 10))
    assert [m.location_name for m in mentions] == ["al-Mawasi"]


@pytest.mark.parametrize(
    ("body", "capital"),
    [
        pytest.param(
            "Two car bombs went off minutes apart at a crowded junction in Somalia's capital on "
            "Saturday, killing at least 100 people.",
            "Mogadishu",
            id="'in Somalia's capital' (en, 0.21.0)",
        ),
        pytest.param(
            "A suicide bomber struck a market in the capital of Somalia on Saturday, killing nine "
            "people.",
            "Mogadishu",
            id="'in the capital of Somalia' (en, 0.21.0)",
        ),
        pytest.param(
            "Deux kamikazes se sont fait exploser samedi devant une école de gendarmerie dans la "
            "capitale du Mali, tuant 70 personnes.",
            "Bamako",
            id="'dans la capitale du Mali' (fr, 0.21.0)",
        ),
        pytest.param(
            "Une voiture piégée a explosé samedi dans la capitale de la Somalie, faisant neuf "
            "morts.",
            "Mogadishu",
            id="'dans la capitale de la Somalie' (fr, 0.21.0)",
        ),
    ],
)
def test_a_countrys_name_with_capital_names_the_capital(
    world_extractor: Extractor, body: str, capital: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 10, 30))
    assert [m.location_name for m in mentions] == [capital]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Rockets struck Erbil airport, in the capital of Iraq's autonomous Kurdistan Region, "
            "on Monday night, killing a contractor.",
            id="'the capital of Iraq's Kurdistan Region' is not Baghdad (en, 0.21.0 guard)",
        ),
    ],
)
def test_the_capital_of_a_countrys_region_is_not_the_countrys(
    world_extractor: Extractor, body: str
) -> None:
    names = [m.location_name for m in _mentions_on(world_extractor, body, datetime(2021, 2, 16))]
    assert "Baghdad" not in names
    assert names


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "MOGADISHU, Somalia (AP) — Two car bombs exploded minutes apart in Mogadishu on "
            "Saturday, killing at least 40 people, police said. The blasts struck the Sayidka "
            "junction, near the defence ministry, at the busiest hour of the day.",
            id="a town's attack, then 'The blasts struck the X junction' (en, 0.21.0)",
        ),
        pytest.param(
            "MOGADISCIO (AFP) - Deux voitures piégées ont explosé samedi dans la capitale "
            "somalienne, tuant au moins 40 personnes, selon la police. Les explosions ont eu lieu "
            "dans le quartier de Sayidka, près du ministère de la Défense.",
            id="l'attaque d'une ville, puis 'Les explosions ont eu lieu à X' (fr, 0.21.0)",
        ),
    ],
)
def test_the_next_sentence_tells_the_spot_of_a_towns_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 10, 30))
    assert [(m.location_name, m.killed) for m in mentions] == [("Sayidka", 40)]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param(
            "Hamas's armed wing on Wednesday claimed responsibility for Tuesday evening's shooting "
            "in Jaffa, Israel, in which two gunmen killed seven people.",
            date(2024, 10, 1),
            id="'on Wednesday claimed ... Tuesday evening's shooting' (en, 0.21.0)",
        ),
        pytest.param(
            "The Islamic State group on Tuesday claimed responsibility for Sunday's shooting spree "
            "in Karak, Jordan, in which ten people were killed.",
            date(2024, 9, 29),
            id="'on Tuesday claimed ... Sunday's shooting spree' (en, 0.21.0)",
        ),
        pytest.param(
            "Le groupe État islamique a mardi revendiqué l'attentat de dimanche à Kaboul, en "
            "Afghanistan, qui a fait douze morts.",
            date(2024, 9, 29),
            id="'a mardi revendiqué l'attentat de dimanche' (fr, already passed)",
        ),
        pytest.param(
            "Le gouvernement burkinabè a revu à la hausse, dimanche, le bilan de l'attaque menée "
            "dans la nuit de vendredi à samedi contre le village de Solhan, au Burkina Faso.",
            date(2024, 9, 28),
            id="'a revu à la hausse, dimanche, le bilan' : le jour du bilan (fr, 0.21.0)",
        ),
        pytest.param(
            "The government of Burkina Faso revised upward, on Sunday, the toll of the attack on "
            "Friday night on the village of Solhan, in Burkina Faso.",
            date(2024, 9, 27),
            id="'revised upward, on Sunday, the toll': the toll's day (en, 0.21.0)",
        ),
        pytest.param(
            "A suicide bombing on Wednesday claimed the lives of 12 people in Kabul, Afghanistan.",
            date(2024, 10, 2),
            id="'on Wednesday claimed the lives': the attack's day (en, 0.21.0 guard)",
        ),
    ],
)
def test_the_day_of_a_claim_or_a_revision_dates_no_attack(
    world_extractor: Extractor, body: str, day: date
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 3))
    assert [(m.event_date, m.date_precision) for m in mentions] == [(day, "day")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The nuclear scientist was shot dead on a road near Absard, east of Tehran, on "
            "Friday, Iranian state media said.",
            id="'on a road near X': X situates the road (en, 0.21.0)",
        ),
        pytest.param(
            "Le scientifique a été tué par balles vendredi sur une route près d'Absard, à l'est "
            "de Téhéran, selon les médias d'État iraniens.",
            id="'sur une route près d'X' : X situe la route (fr, 0.21.0)",
        ),
    ],
)
def test_a_road_situated_near_a_town_is_at_the_town(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 11, 28))
    assert [m.location_id for m in mentions] == ["ir-ab-sard"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Officials said 60 people were killed in Kongoussi Bas and 25 in Tankoura Haut, two "
            "villages in Niger's Ouallam department.",
            id="'in X and 25 in Y, two villages in Z' (en, 0.21.0)",
        ),
        pytest.param(
            "Selon le gouvernement, 60 personnes ont été tuées à Kongoussi Bas et 25 autres à "
            "Tankoura Haut, deux villages situés dans le département de Ouallam, au Niger.",
            id="'à X et 25 autres à Y, deux villages' (fr, 0.21.0)",
        ),
    ],
)
def test_a_plural_settlement_noun_in_apposition_types_each_name(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2021, 1, 4))
    assert [(m.location_name, m.killed) for m in mentions] == [
        ("Kongoussi Bas", 60),
        ("Tankoura Haut", 25),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed 40 villagers on Saturday in Ethiopia's Oromia region. The attack "
            "targeted Haro Dimtu kebele, a rural area of Gimbi district, witnesses said.",
            id="'the attack targeted X kebele' (en, 0.21.0)",
        ),
        pytest.param(
            "Des hommes armés ont tué 40 villageois samedi dans le kebele de Haro Dimtu, dans le "
            "woreda de Kiramu, en Éthiopie.",
            id="'le kebele de X, dans le woreda de Y' (fr, 0.21.0)",
        ),
    ],
)
def test_ethiopias_wards_and_districts_type_their_names(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 6, 20))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [("Haro Dimtu", "ET")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "La junte a reconnu mercredi avoir mené une frappe aérienne sur le village de "
            "Kanbalu Ywa, dans la région de Sagaing, en Birmanie, où au moins 50 personnes ont "
            "été tuées mardi matin.",
            id="'a reconnu mercredi avoir mené' : le jour de l'aveu (fr, 0.21.0)",
        ),
        pytest.param(
            "Myanmar's junta on Wednesday admitted carrying out an air strike on the village of "
            "Kanbalu Ywa, in Sagaing region, where at least 50 people were killed on Tuesday "
            "morning.",
            id="'on Wednesday admitted carrying out': the avowal's day (en, 0.21.0)",
        ),
    ],
)
def test_the_day_of_an_avowal_dates_no_attack(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 4, 12))
    assert [(m.event_date, m.date_precision) for m in mentions] == [(date(2023, 4, 11), "day")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le 3 janvier 2020, un drone américain avait pulvérisé le convoi à la sortie de "
            "l'aéroport international de Bagdad, tuant au total dix personnes.",
            id="'tuant au total dix personnes' : le bilan d'une attaque (fr, 0.21.0)",
        ),
        pytest.param(
            "On January 3, 2020, a US drone strike hit the convoy near Baghdad International "
            "Airport, killing a total of ten people.",
            id="'killing a total of ten people': one attack's toll (en, 0.21.0)",
        ),
    ],
)
def test_a_total_after_a_casualty_verb_is_one_attacks_toll(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2021, 1, 3))
    assert [(m.location_id, m.killed) for m in mentions] == [
        ("iq-baghdad-international-airport", 10)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le 8 janvier 2020, l'Iran a riposté en tirant des missiles balistiques sur la base "
            "aérienne d'Aïn al-Assad, en Irak.",
            id="'a riposté en tirant des missiles sur X' (fr, 0.21.0)",
        ),
        pytest.param(
            "On January 8, 2020, Iran retaliated by firing ballistic missiles at the Ain al-Asad "
            "air base in Iraq.",
            id="'retaliated by firing missiles at X' (en, already passed)",
        ),
    ],
)
def test_firing_told_by_a_gerund_is_an_attack(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2021, 1, 3))
    assert [(m.location_id, m.weapon) for m in mentions] == [("iq-ain-al-asad-air-base", "missile")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Army commandos stormed a café in Dhaka's diplomatic zone of Gulshan yesterday "
            "morning, ending a hostage crisis that left 22 people dead.",
            id="'Dhaka's zone of Gulshan': not Iran's Tabas, a variant name abroad (en, 0.21.0)",
        ),
        pytest.param(
            "Des commandos ont donné l'assaut samedi à un café du quartier diplomatique de "
            "Gulshan, à Dacca, mettant fin à une prise d'otages qui a fait 22 morts.",
            id="'le quartier de Gulshan, à Dacca' : pas Tabas en Iran (fr, already passed)",
        ),
    ],
)
def test_a_variant_name_abroad_is_not_meant_beside_another_countrys_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2016, 7, 2))
    assert mentions
    assert {m.country_iso2 for m in mentions} == {"BD"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The mayor of Manta was assassinated on Sunday while inspecting road works in the "
            "Ecuadorian port city, police said.",
            id="'was assassinated': one killed (en, 0.21.0)",
        ),
        pytest.param(
            "Le maire de Manta a été assassiné dimanche alors qu'il inspectait des travaux dans "
            "cette ville portuaire de l'Équateur, selon la police.",
            id="'a été assassiné' : un mort (fr, 0.21.0)",
        ),
    ],
)
def test_an_assassination_is_an_attack_with_one_killed(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 7, 25))
    assert [(m.location_name, m.killed) for m in mentions] == [("Manta", 1)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Air raid sirens sounded across the country as Iran fired some 180 ballistic missiles "
            "at Israel.",
            id="'fired some 180 missiles at Israel': an approximate count is a figure (en, 0.21.0)",
        ),
        pytest.param(
            "Les sirènes ont retenti dans tout le pays après que l'Iran a tiré quelque 180 "
            "missiles balistiques sur Israël.",
            id="'quelque 180 missiles sur Israël' : un nombre approché (fr, 0.21.0)",
        ),
    ],
)
def test_an_approximate_number_of_projectiles_makes_a_country_attack_specific(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 2))
    assert [(m.country_iso2, m.location_id, m.weapon, m.projectile_count) for m in mentions] == [
        ("IL", None, "missile", None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Somali forces on Saturday ended a siege at a hotel in the port city of Kismayo that "
            "began the previous evening with a car bomb, killing 26 people.",
            id="'ended on Saturday a siege that began the previous evening' (en, 0.21.0)",
        ),
        pytest.param(
            "Les forces somaliennes ont mis fin samedi au siège d'un hôtel de Kismayo, en "
            "Somalie, qui avait commencé la veille au soir par l'explosion d'une voiture piégée.",
            id="'a mis fin samedi au siège qui avait commencé la veille' (fr, 0.21.0)",
        ),
    ],
)
def test_an_attack_dates_from_the_day_it_began(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 7, 14))
    assert [(m.location_name, m.event_date) for m in mentions] == [("Kismayo", date(2019, 7, 12))]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Two Israeli brothers, aged 19 and 21, residents of the Har Bracha settlement, were "
            "shot dead in their car in Huwara on Sunday.",
            id="'Two brothers, aged 19 and 21, residents of X, were shot dead' (en, 0.21.0)",
        ),
        pytest.param(
            "Deux frères israéliens de 19 et 21 ans, Hallel et Yagel, habitants de la colonie de "
            "Har Bracha, ont été tués par balles dimanche dans leur voiture à Huwara.",
            id="'Deux frères de 19 et 21 ans, X et Y, habitants de Z, ont été tués' (fr, 0.21.0)",
        ),
    ],
)
def test_a_toll_over_appositions_and_two_ages(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 2, 27))
    assert [(m.location_name, m.killed) for m in mentions] == [("Huwara", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A suicide bomber struck the border post at Rukban on June 21, killing seven soldiers. "
            "Earlier that month, a gunman killed five intelligence officers at an office in the "
            "Baqaa refugee camp north of Amman.",
            id="'Earlier that month': the month of the date told before (en, 0.21.0)",
        ),
        pytest.param(
            "Un kamikaze a frappé le poste frontière de Roukbane le 21 juin, en Jordanie, tuant "
            "sept soldats. Plus tôt dans le même mois, un homme armé avait tué cinq agents du "
            "renseignement dans le camp de réfugiés de Baqaa, au nord d'Amman.",
            id="'Plus tôt dans le même mois' : le mois de la date dite avant (fr, 0.21.0)",
        ),
    ],
)
def test_that_month_is_the_month_of_the_date_told_before(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2016, 12, 20))
    baqaa = [m for m in mentions if m.location_name == "Baqaa"]
    assert [(m.event_date, m.date_precision) for m in baqaa] == [(date(2016, 6, 1), "month")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Witnesses said three missiles were fired from the Al-Hawban area of Taiz province at "
            "the Al-Anad air base, killing 30 soldiers.",
            id="'fired from the X area of Y province': an origin (en, 0.21.0)",
        ),
        pytest.param(
            "Selon des témoins, trois missiles tirés depuis le secteur d'Al-Hawban, dans la "
            "province de Taëz, ont frappé la base d'Al-Anad, où 30 soldats ont été tués.",
            id="'tirés depuis le secteur d'X, dans la province de Y' : une origine (fr, 0.21.0)",
        ),
    ],
)
def test_an_origin_told_by_its_area_and_province_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2021, 8, 30))
    assert [m.location_id for m in mentions] == ["ye-al-anad-air-base"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Iran retaliated five days later by firing ballistic missiles at the Ain al-Asad air "
            "base in western Iraq.",
            id="'Iran retaliated by firing missiles at X': Iran's forces (en, 0.21.0)",
        ),
        pytest.param(
            "L'Iran a riposté cinq jours plus tard par des tirs de missiles balistiques sur la "
            "base aérienne d'Aïn al-Assad, dans l'ouest de l'Irak.",
            id="'l'Iran a riposté par des tirs de missiles' : ses forces (fr, 0.21.0)",
        ),
    ],
)
def test_a_country_that_retaliated_with_an_attack_is_its_attacker(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 1, 9))
    assert [(m.location_id, m.attacker) for m in mentions] == [
        ("iq-ain-al-asad-air-base", "Iranian Armed Forces")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Russian missiles struck Kyiv overnight, killing four people, officials said on "
            "Monday. In Dnipro, one person was killed and six injured. Missiles also hit "
            "Zaporizhzhia, where two people were wounded.",
            id="'In Dnipro, one person was killed', 'also hit X': the wave's attacker (en, 0.21.0)",
        ),
        pytest.param(
            "Des missiles russes ont frappé Kiev dans la nuit de dimanche à lundi, tuant quatre "
            "personnes. À Dnipro, une personne a été tuée. Des missiles ont également frappé "
            "Zaporijjia, faisant deux blessés.",
            id="'À Dnipro, une personne a été tuée', 'également frappé X' (fr, 0.21.0)",
        ),
    ],
)
def test_the_next_places_of_a_wave_take_its_attacker(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 10))
    assert [(m.attacker, m.weapon) for m in mentions] == [("Russian Armed Forces", "missile")] * 3


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Russian missiles struck Kyiv overnight, killing four people, officials said on "
            "Monday. In March, a bomb killed five people in Lviv.",
            id="'In March, a bomb killed ...': a date opens it, no place of the wave (en, guard)",
        ),
        pytest.param(
            "Des missiles russes ont frappé Kiev dans la nuit de dimanche à lundi, tuant quatre "
            "personnes. En mars, une bombe avait tué cinq personnes à Lviv.",
            id="'En mars, une bombe avait tué ...' : une date l'ouvre (fr, guard)",
        ),
    ],
)
def test_a_sentence_opened_by_a_date_takes_no_attacker_from_a_wave(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 10))
    assert [m.attacker for m in mentions if m.location_name == "Lviv"] == [None]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Al-Shabaab claimed a bombing in Baidoa on Monday that killed three people. A car "
            "bomb in Mogadishu, the capital, killed five people on Monday.",
            id="'A car bomb in X, ...': an English article, no 'À X,' (en, guard)",
        ),
        pytest.param(
            "Les shebab ont revendiqué un attentat lundi à Baidoa, qui a fait trois morts. Une "
            "voiture piégée à Mogadiscio, la capitale, a tué cinq personnes lundi.",
            id="'Une voiture piégée à X, ...' : pas une ouverture par le lieu (fr, guard)",
        ),
    ],
)
def test_an_article_opening_a_sentence_is_no_place_of_a_wave(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 10))
    assert [m.attacker for m in mentions if m.location_name == "Mogadishu"] == [None]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Tuesday gunmen opened fire on residents in Paoua, in the Central African "
            "Republic, killing 12 civilians.",
            id="'opened fire on residents in X': the residents struck, the place (en)",
        ),
        pytest.param(
            "Mardi, des hommes armés ont ouvert le feu sur des habitants à Paoua, en "
            "Centrafrique, tuant 12 civils.",
            id="'ont ouvert le feu sur des habitants à X' : les habitants visés, le lieu (fr)",
        ),
        pytest.param(
            "Gunmen killed 12 civilians in Paoua on Tuesday, residents in Bocaranga said.",
            id="'residents in X said': where the speakers live, no attack place (en, guard)",
        ),
        pytest.param(
            "Des hommes armés ont tué 12 civils mardi à Paoua, selon des habitants à Bocaranga.",
            id="'selon des habitants à X' : où vivent ceux qui parlent (fr, guard)",
        ),
    ],
)
def test_residents_an_attack_struck_are_where_it_happened(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 10))
    assert [m.location_name for m in mentions] == ["Paoua"]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "At least 60 people were killed on Tuesday in an attack on a camp in Bunia, Congo. "
            "The attackers, identified by local officials as CODECO militiamen, stormed the "
            "camp at about 9 p.m.",
            "Cooperative for the Development of Congo",
            id="'the attackers, identified by officials as X militiamen' (en)",
        ),
        pytest.param(
            "At least 60 people were killed on Tuesday in an attack on a camp in Bunia, Congo. "
            "The attackers, who police said were CODECO fighters, set shelters on fire.",
            "Cooperative for the Development of Congo",
            id="'the attackers, who police said were X fighters' (en)",
        ),
        pytest.param(
            "Au moins 60 personnes ont été tuées mardi lors d'une attaque contre un camp à "
            "Bunia, en RDC. Les assaillants, identifiés par les autorités locales comme des "
            "miliciens de la Codeco, ont fait irruption dans le camp vers 21 heures.",
            "Cooperative for the Development of Congo",
            id="'les assaillants, identifiés par les autorités comme des miliciens de X' (fr)",
        ),
        pytest.param(
            "At least 60 people were killed on Tuesday in an attack on a camp in Bunia, Congo. "
            "The attackers, who fled towards the forest, were chased by CODECO fighters.",
            None,
            id="'the attackers, who fled ..., were chased by X': not who they were (en, guard)",
        ),
        pytest.param(
            "Au moins 60 personnes ont été tuées mardi lors d'une attaque contre un camp à "
            "Bunia, en RDC. Les assaillants, qui ont fui vers la forêt, ont été poursuivis par "
            "des miliciens de la Codeco.",
            None,
            id="'les assaillants, qui ont fui ..., ont été poursuivis par X' (fr, guard)",
        ),
    ],
)
def test_attackers_identified_in_an_apposition(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 10))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Bunia", attacker)]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        pytest.param(
            "Gunmen attacked a gendarmerie school in Bamako on Tuesday, killing 77 people, "
            "according to a document seen on Thursday. The authorities gave no figure. JNIM "
            "claimed the attack, saying it had inflicted heavy losses on the army and its "
            "Russian allies.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'X claimed the attack, saying ... its Russian allies': what it says it did (en)",
        ),
        pytest.param(
            "L'attaque menée mardi contre une école de gendarmerie de Bamako a fait 77 morts, "
            "selon un document consulté jeudi. Les autorités n'ont communiqué aucun chiffre. Le "
            "JNIM a revendiqué l'opération en affirmant avoir infligé des pertes importantes à "
            "l'armée et à ses alliés russes.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'X a revendiqué l'opération en affirmant ... ses alliés russes' (fr)",
        ),
        pytest.param(
            "Gunmen attacked a gendarmerie school in Bamako on Tuesday, killing 77 people. The "
            "authorities gave no figure. Separately, JNIM claimed an attack on Russian "
            "instructors, saying it had destroyed their vehicle.",
            None,
            id="'claimed an attack on Russian instructors, saying ...': another attack (en, guard)",
        ),
        pytest.param(
            "L'attaque menée mardi contre une école de gendarmerie de Bamako a fait 77 morts. "
            "Les autorités n'ont communiqué aucun chiffre. Par ailleurs, le JNIM a revendiqué "
            "une attaque contre des instructeurs russes, en affirmant avoir détruit leur "
            "véhicule.",
            None,
            id="'revendiqué une attaque contre des instructeurs russes, en affirmant' (fr, guard)",
        ),
    ],
)
def test_what_a_claimant_says_it_did_places_no_claim_abroad(
    world_extractor: Extractor, body: str, claimant: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 19))
    assert [(m.location_name, m.claimed_by) for m in mentions] == [("Bamako", claimant)]


@pytest.mark.parametrize(
    ("body", "place", "attacker"),
    [
        pytest.param(
            "Mercredi, onze Palestiniens ont été tués lors d'un raid de l'armée israélienne à "
            "Naplouse.",
            "Nablus",
            "Israel Defense Forces",
            id="'un raid de l'armée X': a masculine attack noun, its 'de' the attacker (fr)",
        ),
        pytest.param(
            "Mardi, cinq civils ont été tués dans un bombardement de l'armée russe sur Kherson.",
            "Kherson",
            "Russian Armed Forces",
            id="'un bombardement de l'armée russe' (fr)",
        ),
        pytest.param(
            "On Wednesday, eleven Palestinians were killed in a raid by the Israeli army in "
            "Nablus.",
            "Nablus",
            "Israel Defense Forces",
            id="'a raid by the Israeli army' (en, already passed)",
        ),
        pytest.param(
            "Lundi, une attaque contre le camp de l'armée malienne à Boulkessi a fait dix morts.",
            "Boulkessi",
            None,
            id="'une attaque contre le camp de l'armée X': the side attacked (fr, guard)",
        ),
        pytest.param(
            "Lundi, un raid contre les positions de l'armée malienne à Boulkessi a fait dix morts.",
            "Boulkessi",
            None,
            id="'un raid contre les positions de l'armée X' (fr, guard)",
        ),
        pytest.param(
            "On Monday, an attack on the Malian army's camp in Boulkessi killed ten people.",
            "Boulkessi",
            None,
            id="'an attack on the Malian army's camp': the side attacked (en, guard)",
        ),
    ],
)
def test_the_de_of_an_attack_noun_names_its_attacker_not_its_target(
    world_extractor: Extractor, body: str, place: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 10))
    assert [(m.location_name, m.attacker) for m in mentions] == [(place, attacker)]


@pytest.mark.parametrize(
    ("body", "place", "attacker"),
    [
        pytest.param(
            "On Monday, JNIM fighters drove car bombs into the military camp in Kati, killing "
            "one soldier.",
            "Kati",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'X fighters drove car bombs into ..., killing one': the subject's deed (en)",
        ),
        pytest.param(
            "Lundi, les shebab ont assiégé un hôtel de Mogadiscio pendant 30 heures, tuant 21 "
            "personnes.",
            "Mogadishu",
            "Al-Shabaab",
            id="'les shebab ont assiégé un hôtel ..., tuant 21 personnes' (fr)",
        ),
        pytest.param(
            "On Monday, JNIM fighters were targeted by a drone in Kati, killing one of them.",
            "Kati",
            None,
            id="'X fighters were targeted by ..., killing one of them': the side hit (en, guard)",
        ),
        pytest.param(
            "Lundi, des combattants du JNIM ont été visés par un drone à Kati, tuant l'un d'eux.",
            "Kati",
            None,
            id="'des combattants de X ont été visés par un drone, tuant' (fr, guard)",
        ),
        pytest.param(
            "On Monday, Nigerian troops repelled a Boko Haram attack on a base in Monguno, "
            "killing 20 militants.",
            "Monguno",
            "Boko Haram",
            id="'troops repelled an X attack, killing 20 militants': X, not the defenders (en, "
            "guard; 0.32.0: X named, before none)",
        ),
        pytest.param(
            "Lundi, les soldats nigérians ont repoussé une attaque de Boko Haram contre une base "
            "à Monguno, tuant 20 jihadistes.",
            "Monguno",
            "Boko Haram",
            id="'les soldats ont repoussé une attaque de X, tuant' : X attaquait (fr, guard)",
        ),
    ],
)
def test_the_group_opening_a_sentence_did_the_killing_its_participle_tells(
    world_extractor: Extractor, body: str, place: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 10))
    assert [(m.location_name, m.attacker) for m in mentions] == [(place, attacker)]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        pytest.param(
            "Myanmar's military regime on Tuesday night confirmed that it had carried out an "
            "air strike on a crowd in Pazigyi village, in Sagaing Region.",
            "Myanmar Armed Forces",
            id="'confirmed that it had carried out an air strike': a state's claim (en)",
        ),
        pytest.param(
            "La junte birmane a reconnu, mardi dans la soirée, avoir mené une frappe aérienne "
            "sur le village de Pazigyi, dans la région de Sagaing.",
            "Myanmar Armed Forces",
            id="'a reconnu, mardi dans la soirée, avoir mené une frappe': across an aside (fr)",
        ),
        pytest.param(
            "L'armée birmane a affirmé, dans un communiqué publié mardi, avoir été attaquée "
            "près du village de Pazigyi, dans la région de Sagaing.",
            None,
            id="'a affirmé, dans un communiqué, avoir été attaquée': the side attacked (fr, guard)",
        ),
        pytest.param(
            "Myanmar's military on Tuesday denied that it had carried out an air strike on a "
            "crowd in Pazigyi village, in Sagaing Region.",
            None,
            id="'denied that it had carried out': a denial claims nothing (en, guard)",
        ),
    ],
)
def test_a_state_avowing_its_strike_claims_it(
    world_extractor: Extractor, body: str, claimant: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 4, 12))
    assert [m.claimed_by for m in mentions if m.claimed_by] == ([claimant] if claimant else [])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Forty policemen were killed on Thursday when a car bomb hit their bus in Pulwama "
            "district. The bomber came from a village in Pulwama, police said. It was the "
            "deadliest attack since the raid on the army base at Uri in 2016.",
            id="an Indian district named twice outweighs a Swiss canton's homonym once (en)",
        ),
        pytest.param(
            "Quarante policiers ont été tués jeudi lorsqu'une voiture piégée a percuté leur bus "
            "dans le district de Pulwama. Le kamikaze venait d'un village du district de "
            "Pulwama, selon la police. C'est l'attaque la plus meurtrière depuis l'assaut "
            "contre la base de l'armée à Uri en 2016.",
            id="le district de Pulwama, deux fois, contre le canton suisse d'Uri (fr)",
        ),
    ],
)
def test_districts_weigh_toward_the_home_country(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 2, 15))
    assert [m.country_iso2 for m in mentions if m.location_name == "Pulwama"] == ["IN"]


def _mentions_titled(
    extractor: Extractor, title: str, body: str, published: datetime
) -> Sequence[AttackMention]:
    text = normalize_article_text(f"{title}\n\n{body}")
    article = ArticleInput(
        article_id="t", version_id=stable_hash(text), source_uri="test://t", text=text,
        title=title, published_at=published, published_precision="day", language=None,
    )  # fmt: skip
    return extractor.extract(article).mentions


_PULWAMA_TITLE_EN: Final = (
    "40 police killed in Pulwama suicide attack; Jaish-e-Mohammed claims responsibility"
)
_PULWAMA_TITLE_FR: Final = (
    "Cachemire : 40 policiers tués dans un attentat-suicide à Pulwama, le Jaish-e-Mohammed "
    "revendique l'attaque"
)


@pytest.mark.parametrize(
    ("title", "body", "claimants"),
    [
        pytest.param(
            _PULWAMA_TITLE_EN,
            "SRINAGAR: At least 40 policemen were killed on Thursday when a suicide bomber "
            "rammed a car packed with explosives into a bus at Lethpora, in Pulwama district, "
            "officials said.",
            ["Jaish-e-Mohammed"],
            id="a headline's claim of the one attack told (en)",
        ),
        pytest.param(
            _PULWAMA_TITLE_FR,
            "SRINAGAR : Au moins 40 policiers ont été tués jeudi lorsqu'un kamikaze a précipité "
            "une voiture piégée contre un bus à Lethpora, dans le district de Pulwama, selon "
            "les autorités.",
            ["Jaish-e-Mohammed"],
            id="la revendication du titre, pour la seule attaque racontée (fr)",
        ),
        pytest.param(
            _PULWAMA_TITLE_EN,
            "SRINAGAR: At least 40 policemen were killed on Thursday when a suicide bomber "
            "rammed a car into a bus at Lethpora, in Pulwama district, officials said. "
            "Separately, gunmen killed two soldiers in Kupwara district on Thursday.",
            [],
            id="two attacks told: the headline's claim is no one's (en, guard)",
        ),
        pytest.param(
            _PULWAMA_TITLE_FR,
            "SRINAGAR : Au moins 40 policiers ont été tués jeudi lorsqu'un kamikaze a précipité "
            "une voiture piégée contre un bus à Lethpora, dans le district de Pulwama. Par "
            "ailleurs, des hommes armés ont tué deux soldats jeudi dans le district de Kupwara.",
            [],
            id="deux attaques racontées : la revendication du titre, à aucune (fr, guard)",
        ),
    ],
)
def test_a_headline_claims_the_one_attack_its_article_tells(
    world_extractor: Extractor, title: str, body: str, claimants: list[str]
) -> None:
    mentions = _mentions_titled(world_extractor, title, body, datetime(2019, 2, 15))
    assert [m.claimed_by for m in mentions if m.claimed_by] == claimants


_KONDUGA_EN: Final = (
    "Three suicide bombers detonated explosives near a football viewing centre in Konduga on "
    "Sunday night, killing at least 30 people, officials said. Rescue workers searched the "
    "site. The state governor visited the area. He promised support to the families. Schools "
    "were closed on Monday. "
)
_KONDUGA_FR: Final = (
    "Trois kamikazes se sont fait exploser dimanche soir près d'un centre de retransmission de "
    "football à Konduga, tuant au moins 30 personnes, selon les autorités. Les secouristes ont "
    "fouillé les lieux. Le gouverneur s'est rendu sur place. Il a promis son soutien aux "
    "familles. Les écoles sont restées fermées lundi. "
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _KONDUGA_EN + "A local militia commander blamed Boko Haram for the attack, which "
            "he said left 45 dead.",
            [("Konduga", "Boko Haram", 30)],
            id="a blame five sentences on names who did the one attack, not its toll (en)",
        ),
        pytest.param(
            _KONDUGA_FR + "Les autorités locales imputent l'attaque à Boko Haram.",
            [("Konduga", "Boko Haram", 30)],
            id="'les autorités imputent l'attaque à X', cinq phrases plus loin (fr)",
        ),
        pytest.param(
            _KONDUGA_EN + "Gunmen also killed two farmers in Dikwa on Sunday. A local militia "
            "commander blamed Boko Haram for the bombing.",
            [("Konduga", None, 30), ("Dikwa", None, 2)],
            id="two attacks told: a far blame of 'the bombing' is no one's (en, guard)",
        ),
    ],
)
def test_a_far_blame_names_who_did_the_one_attack_told(
    world_extractor: Extractor, body: str, expected: list[tuple[str, str | None, int]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 6, 17))
    assert [(m.location_name, m.attacker, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Gunmen killed three people in Konduga on Sunday. Rescue workers took the wounded "
            "to Maiduguri.",
            ["Konduga"],
            id="'took the wounded to X': where they were taken (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué trois personnes dimanche à Konduga. Les secouristes ont "
            "transporté les blessés vers Maiduguri.",
            ["Konduga"],
            id="'ont transporté les blessés vers X' : où on les a emmenés (fr)",
        ),
        pytest.param(
            "Gunmen killed three people and injured 12 in Konduga on Sunday.",
            ["Konduga"],
            id="'killed three and injured 12 in X': the attack's place (en, guard)",
        ),
        pytest.param(
            "Des hommes armés ont tué trois personnes et blessé 12 autres à Konduga dimanche.",
            ["Konduga"],
            id="'tué trois personnes et blessé 12 autres à X' (fr, guard)",
        ),
    ],
)
def test_where_the_wounded_were_taken_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 6, 17))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        pytest.param(
            "Two suicide bombings ripped through a market in central Baghdad on Thursday. Two "
            "more victims died in hospital, bringing the death toll to 32.",
            32,
            None,
            id="'two more died, bringing the death toll to 32': the total (en)",
        ),
        pytest.param(
            "Deux attentats-suicides ont frappé un marché du centre de Bagdad jeudi. Deux "
            "blessés sont morts à l'hôpital, portant le bilan à 32 morts.",
            32,
            None,
            id="'deux blessés sont morts, portant le bilan à 32 morts' : le total (fr)",
        ),
        pytest.param(
            "Two suicide bombings ripped through a market in central Baghdad on Thursday, as "
            "the health ministry raised the number of dead to 32 and said 110 people had been "
            "wounded.",
            32,
            110,
            id="'raised the number of dead to 32 and said 110 ... wounded' (en)",
        ),
        pytest.param(
            "Deux attentats ont frappé un marché de Bagdad jeudi. Le ministère a porté le "
            "nombre de morts à 32.",
            32,
            None,
            id="'a porté le nombre de morts à 32' (fr)",
        ),
        pytest.param(
            "Two suicide bombings ripped through a market in central Baghdad on Thursday, "
            "killing 30 people and wounding 110. The toll on the city's traders was heavy.",
            30,
            110,
            id="'the toll on the city's traders': no total (en, guard)",
        ),
    ],
)
def test_a_toll_brought_to_a_total_is_the_killed_figure(
    world_extractor: Extractor, body: str, killed: int, wounded: int | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 2, 15))
    assert [(m.location_name, m.killed, m.wounded) for m in mentions] == [
        ("Baghdad", killed, wounded)
    ]


@pytest.mark.parametrize(
    ("body", "place", "killed"),
    [
        pytest.param(
            "At least 40 members of the Central Reserve Police Force (CRPF) were killed on "
            "Thursday in Pulwama district.",
            "Pulwama",
            40,
            id="'40 members of the Central Reserve Police Force (CRPF) were killed' (en)",
        ),
        pytest.param(
            "Au moins 12 membres des Forces de défense et de sécurité (FDS) ont été tués jeudi "
            "à Djibo, au Burkina Faso.",
            "Djibo",
            12,
            id="'12 membres des Forces de défense et de sécurité (FDS) ont été tués' (fr)",
        ),
    ],
)
def test_victims_named_by_a_long_body_and_its_acronym(
    world_extractor: Extractor, body: str, place: str, killed: int
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 2, 15))
    assert [(m.location_name, m.killed) for m in mentions] == [(place, killed)]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "On Christmas Eve, more than 35 people, including women and children and two staff "
            "members of the aid group Save the Children, were killed near Mo So village in "
            "Kayah state, Myanmar.",
            35,
            id="a long 'including ...' aside between the victims and the verb (en)",
        ),
        pytest.param(
            "La veille de Noël, plus de 35 personnes, dont des femmes et des enfants ainsi que "
            "deux employés de l'organisation humanitaire Save the Children, ont été tuées près "
            "du village de Mo So, dans l'État Kayah, en Birmanie.",
            35,
            id="un long aparté 'dont ...' entre les victimes et le verbe (fr)",
        ),
    ],
)
def test_a_long_including_aside_keeps_the_victims_figure(
    world_extractor: Extractor, body: str, killed: int
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 1, 2))
    assert [(m.location_name, m.killed) for m in mentions] == [("Mo So", killed)]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "A suicide bomber killed 18 people at a wedding in Gwoza on Saturday. No group "
            "claimed responsibility, but suspicion quickly fell on Boko Haram.",
            "Boko Haram",
            id="'suspicion quickly fell on X': a suspected attacker (en)",
        ),
        pytest.param(
            "Une kamikaze a tué 18 personnes lors d'un mariage à Gwoza samedi. Aucun groupe n'a "
            "revendiqué l'attaque, mais les soupçons se portent sur Boko Haram.",
            "Boko Haram",
            id="'les soupçons se portent sur X' (fr)",
        ),
        pytest.param(
            "A suicide bomber killed 18 people at a wedding in Gwoza on Saturday. Police "
            "arrested a man suspected of links to Boko Haram.",
            None,
            id="'a man suspected of links to X': a suspect, no attacker (en, guard)",
        ),
        pytest.param(
            "Une kamikaze a tué 18 personnes lors d'un mariage à Gwoza samedi. Les autorités "
            "soupçonnent des groupes liés à Boko Haram ou à l'État islamique.",
            None,
            id="'soupçonnent des groupes liés à X ou à Y': no one named (fr, guard)",
        ),
    ],
)
def test_suspicion_falling_on_a_group_names_a_suspected_attacker(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 30))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Gwoza", attacker)]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "About ten rockets fired from Lebanon hit Safed on Wednesday. A soldier was killed. "
            "Hezbollah, which Israel blamed for the attack, did not claim it.",
            "Hezbollah",
            id="'X, which Israel blamed for the attack, did not claim it' (en)",
        ),
        pytest.param(
            "Une dizaine de roquettes tirées depuis le Liban se sont abattues mercredi sur "
            "Safed. Une soldate a été tuée. Le Hezbollah, auquel Israël impute l'attaque, ne "
            "l'a pas revendiquée.",
            "Hezbollah",
            id="'le Hezbollah, auquel Israël impute l'attaque, ne l'a pas revendiquée' (fr)",
        ),
        pytest.param(
            "About ten rockets fired from Lebanon hit Safed on Wednesday. A soldier was killed. "
            "Analysts said Islamic State Khorasan, which has accused the Kremlin of crimes, had "
            "no fighters there.",
            None,
            id="'X, which has accused Y of crimes': X accuses, no blame of X (en, guard)",
        ),
        pytest.param(
            "Une dizaine de roquettes tirées depuis le Liban se sont abattues mercredi sur "
            "Safed. Une soldate a été tuée. L'État islamique au Khorassan, qui accuse le Kremlin "
            "de crimes, n'a pas de combattants dans la région.",
            None,
            id="'X, qui accuse Y de crimes' : X accuse (fr, guard)",
        ),
    ],
)
def test_the_antecedent_of_a_clause_that_blames_it_is_the_attacker(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 15))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Safed", attacker)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In September 2016, a bombing at a night market in Davao left 14 dead, an attack "
            "blamed on the Maute group.",
            id="'left 14 dead, an attack blamed on X' (en)",
        ),
        pytest.param(
            "En septembre 2016, l'explosion d'une bombe sur un marché de Davao avait fait "
            "14 morts, un attentat attribué au groupe Maute.",
            id="'avait fait 14 morts, un attentat attribué au groupe X' (fr)",
        ),
    ],
)
def test_the_group_an_attack_is_blamed_on_after_its_toll_is_no_victim(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2018, 8, 1))
    assert [(m.location_name, m.killed, m.attacker) for m in mentions] == [
        ("Davao", 14, "Maute Group")
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            "DR Congo: attack on a church in Komanda",
            "Attackers killed 38 worshippers in a church in Komanda overnight on Saturday. "
            "The governor of Ituri confirmed the attack, giving a toll of 10 dead.",
            id="'... in X. The governor of Ituri confirmed the attack' (en)",
        ),
        pytest.param(
            "RDC : une attaque contre une église à Komanda",
            "Des assaillants ont tué 38 fidèles dans une église à Komanda dans la nuit de "
            "samedi à dimanche. Le porte-parole de l'armée en Ituri a confirmé l'attaque, "
            "évoquant pour sa part un bilan de 10 morts.",
            id="'... à X. Le porte-parole de l'armée en Ituri a confirmé l'attaque' (fr)",
        ),
    ],
)
def test_a_province_named_by_the_next_sentence_pointing_back_is_the_villages_attack(
    world_extractor: Extractor, title: str, body: str
) -> None:
    mentions = _mentions_titled(world_extractor, title, body, datetime(2025, 7, 28))
    assert [(m.location_name, m.killed) for m in mentions] == [("Komanda", 38)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed 38 worshippers in a church in Komanda, Ituri, overnight on Saturday. "
            "The army confirmed the attack.",
            id="'The army confirmed the attack' (en)",
        ),
        pytest.param(
            "Des assaillants ont tué 38 fidèles dans une église à Komanda, en Ituri, dans la "
            "nuit de samedi à dimanche. L'armée a confirmé l'attaque.",
            id="'L'armée a confirmé l'attaque' (fr)",
        ),
    ],
)
def test_the_army_confirming_an_attack_is_no_attacker(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 7, 28))
    assert [(m.location_name, m.attacker, m.claimed_by) for m in mentions] == [
        ("Komanda", None, None)
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            "Chad: soldiers killed in attack",
            "Gunmen attacked an army post in Bol on Sunday evening. The assault began around "
            "8 p.m. and gunfire lasted much of the night, a security source reached by Reuters "
            "in N'Djamena said.",
            id="'a security source reached by Reuters in X' (en)",
        ),
        pytest.param(
            "Tchad : des soldats tués dans une attaque",
            "Des assaillants ont attaqué un poste de l'armée à Bol dimanche soir. L'assaut a "
            "débuté vers 20 heures et les tirs ont duré une partie de la nuit, selon une source "
            "sécuritaire jointe par RFI à N'Djamena.",
            id="'une source sécuritaire jointe par RFI à X' (fr)",
        ),
    ],
)
def test_where_a_source_was_reached_by_a_medium_is_no_attack_place(
    world_extractor: Extractor, title: str, body: str
) -> None:
    mentions = _mentions_titled(world_extractor, title, body, datetime(2024, 10, 28))
    assert [m.location_name for m in mentions] == ["Bol"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least 29 people were killed on Monday in an attack on a camp for displaced "
            "people near Laiza in Myanmar's Kachin state, according to the Kachin Independence "
            "Army (KIA), which blamed the country's military for the shelling.",
            id="'which blamed the country's military' (en)",
        ),
        pytest.param(
            "At least 29 people were killed on Monday in an attack on a camp for displaced "
            "people near Laiza in Myanmar's Kachin state. The Kachin Independence Army accused "
            "the military of firing the shell.",
            id="'accused the military of firing the shell' (en)",
        ),
        pytest.param(
            "Au moins 29 personnes ont été tuées lundi dans une attaque contre un camp de "
            "déplacés près de Laiza, dans l'État kachin, au Myanmar, selon l'Armée pour "
            "l'indépendance kachin (KIA), qui accuse l'armée du pays d'avoir tiré l'obus.",
            id="'qui accuse l'armée du pays' (fr, already passed)",
        ),
    ],
)
def test_the_countrys_military_blamed_is_the_home_countrys_forces(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 10, 10))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Laiza", "Myanmar Armed Forces")]


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        pytest.param(
            "Sudan: 29 killed in shelling",
            "Shelling hit the Zamzam camp near El Fasher on Monday, killing 29 people.",
            "Zamzam camp",
            id="'the X camp near Y' (en; a listed camp since 0.28.0)",
        ),
        pytest.param(
            "Myanmar: 29 killed in attack on a camp",
            "The explosion tore through the Mung Lai Hkyet camp, near the town of Laiza, "
            "shortly before midnight on Monday, killing 29 people.",
            "Mung Lai Hkyet",
            id="'the X camp, near the town of Y' (en)",
        ),
        pytest.param(
            "Soudan : 29 morts dans des bombardements",
            "Des obus ont frappé le camp de Zamzam près d'El Fasher lundi, tuant 29 personnes.",
            "Zamzam camp",
            id="'le camp de X près d'Y' (fr; a listed camp since 0.28.0)",
        ),
        pytest.param(
            "Birmanie : 29 morts dans l'attaque d'un camp",
            "L'explosion a frappé le camp de déplacés de Mung Lai Hkyet, près de la ville de "
            "Laiza, lundi peu avant minuit, tuant 29 personnes.",
            "Mung Lai Hkyet",
            id="'le camp de déplacés de X, près de la ville de Y' (fr, already passed)",
        ),
    ],
)
def test_a_camp_named_before_its_noun_and_situated_by_a_town_is_the_place(
    world_extractor: Extractor, title: str, body: str, place: str
) -> None:
    mentions = _mentions_titled(world_extractor, title, body, datetime(2023, 10, 10))
    assert [(m.location_name, m.killed) for m in mentions] == [(place, 29)]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "In December, a barrage of more than 30 rockets hit the Ain al-Asad air base, "
            "killing a U.S. civilian contractor and wounding several service members.",
            1,
            id="'killing a U.S. civilian contractor' (en)",
        ),
        pytest.param(
            "En décembre, plus de 30 roquettes ont frappé la base aérienne d'Aïn al-Asad, tuant un "
            "jeune employé civil américain et blessant plusieurs militaires.",
            1,
            id="'tuant un jeune employé civil américain' (fr, already passed)",
        ),
        pytest.param(
            "In December, rockets hit the Ain al-Asad air base, killing two U.S. troops and a "
            "British soldier.",
            3,
            id="'killing two U.S. troops and a British soldier' (en)",
        ),
        pytest.param(
            "En décembre, des roquettes ont frappé la base aérienne d'Aïn al-Asad, tuant deux "
            "soldats américains et un militaire britannique.",
            3,
            id="'tuant deux soldats américains et un militaire britannique' (fr, already passed)",
        ),
        pytest.param(
            "In December, rockets hit the Ain al-Asad air base, killing a number of people.",
            None,
            id="'killing a number of people': no figure (en, guard)",
        ),
    ],
)
def test_one_victim_may_carry_two_modifiers_and_an_abbreviation_with_points(
    world_extractor: Extractor, body: str, killed: int | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 1, 10))
    assert [(m.location_name, m.killed) for m in mentions] == [("Ain al-Asad Air Base", killed)]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "Rockets struck the Ain al-Asad air base on Wednesday, killing two soldiers. A U.S. "
            "official said Kataib Hezbollah was the most likely culprit.",
            "Kataib Hezbollah",
            id="'X was the most likely culprit' (en)",
        ),
        pytest.param(
            "Rockets struck the Ain al-Asad air base on Wednesday, killing two soldiers, and "
            "officials said Kataib Hezbollah was behind the attack.",
            "Kataib Hezbollah",
            id="'officials said X was behind the attack' (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé la base d'Aïn al-Asad mercredi, tuant deux soldats. Selon "
            "un responsable américain, le Kataeb Hezbollah serait le principal suspect.",
            "Kataib Hezbollah",
            id="'X serait le principal suspect' (fr)",
        ),
        pytest.param(
            "Des roquettes ont frappé la base d'Aïn al-Asad mercredi, tuant deux soldats. Selon "
            "Washington, le Kataeb Hezbollah était derrière l'attaque.",
            "Kataib Hezbollah",
            id="'X était derrière l'attaque' (fr)",
        ),
        pytest.param(
            "Rockets struck the Ain al-Asad air base on Wednesday, killing two soldiers. "
            "Officials said Kataib Hezbollah was not behind the attack.",
            None,
            id="'X was not behind the attack': no attacker (en, guard)",
        ),
        pytest.param(
            "Rockets struck the Ain al-Asad air base on Wednesday, killing two soldiers. Kataib "
            "Hezbollah was behind the attack, an Iraqi army officer said.",
            "Kataib Hezbollah",
            id="'X was behind the attack, an Iraqi army officer said': the subject (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé la base d'Aïn al-Asad mercredi, tuant deux soldats. Le "
            "Kataeb Hezbollah serait le principal suspect, selon l'armée irakienne.",
            "Kataib Hezbollah",
            id="'X serait le principal suspect, selon l'armée irakienne': the subject (fr)",
        ),
    ],
)
def test_the_subject_of_a_copula_blame_is_the_attacker(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 3, 12))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Ain al-Asad Air Base", attacker)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The attack killed two soldiers in Iraq and raised tensions between Washington and "
            "Tehran.",
            id="'tensions between Washington and Tehran' (en)",
        ),
        pytest.param(
            "L'attaque a tué deux soldats en Irak et ravivé les tensions entre Washington et "
            "Téhéran.",
            id="'les tensions entre Washington et Téhéran' (fr)",
        ),
    ],
)
def test_the_parties_of_a_relation_are_no_road_ends(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 3, 12))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [(None, "IQ", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Seven members of the security forces, two civilians and a child were killed on "
            "Sunday when gunmen opened fire at the castle of Karak in Jordan.",
            id="'seven members of X, two civilians and a child were killed' (en)",
        ),
        pytest.param(
            "Sept membres des forces de sécurité, deux civils et un enfant ont été tués "
            "dimanche lorsque des hommes armés ont ouvert le feu au château de Karak, en Jordanie.",
            id="'sept membres de X, deux civils et un enfant ont été tués' (fr)",
        ),
    ],
)
def test_three_groups_of_victims_in_one_subject_add_up(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2016, 12, 20))
    assert [(m.location_name, m.killed) for m in mentions] == [("Karak City", 10)]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "Gunmen stormed a church in Komanda, Ituri, on Sunday, killing a catechist and a "
            "tourist.",
            2,
            id="'killing a catechist and a tourist' (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué une église à Komanda, en Ituri, dimanche, tuant une "
            "fidèle.",
            1,
            id="'tuant une fidèle' (fr)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué une église à Komanda, en Ituri, dimanche, tuant une "
            "policière et un passant.",
            2,
            id="'tuant une policière et un passant' (fr)",
        ),
    ],
)
def test_victims_named_one_at_a_time_in_the_feminine_and_more_trades(
    world_extractor: Extractor, body: str, killed: int
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 7, 28))
    assert [(m.location_name, m.killed) for m in mentions] == [("Komanda", killed)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Twelve Chadian soldiers serving with the UN mission in Mali were killed on Sunday "
            "when gunmen attacked their camp at Aguelhok.",
            id="'Twelve Chadian soldiers serving with the UN mission were killed' (en)",
        ),
        pytest.param(
            "Douze soldats tchadiens déployés au sein de la mission de l'ONU au Mali ont été tués "
            "dimanche lorsque des hommes armés ont attaqué leur camp à Aguelhok.",
            id="'Douze soldats tchadiens déployés au sein de la mission ont été tués' (fr)",
        ),
    ],
)
def test_victims_described_by_a_participle_keep_their_figure(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 1, 22))
    assert [m.killed for m in mentions] == [12]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Two Russian missiles struck the center of Pokrovsk in Donetsk Oblast on the evening "
            "of Aug. 7, killing seven people. The Russian Defence Ministry said it had struck a "
            "command post of the Ukrainian army in Pokrovsk.",
            id="'said it had struck a command post of the Ukrainian army' (en)",
        ),
        pytest.param(
            "Deux missiles russes ont frappé le centre de Pokrovsk, dans la région de Donetsk, le "
            "7 août au soir, tuant sept personnes. Le ministère russe de la Défense a affirmé "
            "avoir frappé un poste de commandement avancé de l'armée ukrainienne à Pokrovsk.",
            id="'avoir frappé un poste de commandement de l'armée ukrainienne' (fr)",
        ),
    ],
)
def test_a_force_whose_post_a_claim_says_was_hit_is_the_side_attacked(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 8, 8))
    assert [(m.location_name, m.killed, m.attacker) for m in mentions] == [
        ("Pokrovsk", 7, "Russian Armed Forces")
    ]


@pytest.mark.parametrize(
    ("body", "precision"),
    [
        pytest.param(
            "Two Russian missiles struck the center of Pokrovsk in Donetsk Oblast on the evening "
            "of Aug. 7, killing seven people, the minister said on Aug. 8.",
            "day",
            id="'struck on Aug. 7, the minister said on Aug. 8' (en)",
        ),
        pytest.param(
            "Deux missiles russes ont frappé le centre de Pokrovsk, dans la région de Donetsk, le "
            "7 août au soir, tuant sept personnes, a indiqué le ministre le 8 août.",
            "day",
            id="'ont frappé le 7 août, a indiqué le ministre le 8 août' (fr)",
        ),
        pytest.param(
            "Russian missiles struck Pokrovsk in Donetsk Oblast on Aug. 7 and 8, killing seven "
            "people.",
            "week",
            id="'struck on Aug. 7 and 8': a run of days (en, guard)",
        ),
    ],
)
def test_the_day_a_statement_was_made_makes_no_run_of_days(
    world_extractor: Extractor, body: str, precision: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 8, 9))
    assert [(m.location_name, m.event_date, m.date_precision) for m in mentions] == [
        ("Pokrovsk", date(2023, 8, 7), precision)
    ]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param(
            "Two Russian Iskander-M missiles struck the center of Pokrovsk in Donetsk Oblast on "
            "Aug. 7.",
            2,
            id="'Two Russian Iskander-M missiles' (en)",
        ),
        pytest.param(
            "Deux missiles balistiques russes Iskander-M ont frappé le centre de Pokrovsk, dans "
            "la région de Donetsk, le 7 août.",
            2,
            id="'Deux missiles balistiques russes Iskander-M' (fr, already passed)",
        ),
        pytest.param(
            "A Russian missile struck the center of Pokrovsk in Donetsk Oblast on Aug. 7.",
            None,
            id="'A Russian missile': an article before a nationality states no count (en, guard)",
        ),
    ],
)
def test_a_nationality_and_a_model_between_the_number_and_the_weapon_keep_the_count(
    world_extractor: Extractor, body: str, count: int | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 8, 8))
    assert [(m.location_name, m.projectile_count) for m in mentions] == [("Pokrovsk", count)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On April 3, 2021, 22 security personnel were killed in a gunbattle with Maoists near "
            "Bijapur.",
            id="'killed in a gunbattle' (en)",
        ),
        pytest.param(
            "Le 3 avril 2021, 22 membres des forces de sécurité ont été tués lors d'un échange de "
            "tirs avec des maoïstes près de Bijapur.",
            id="'tués lors d'un échange de tirs' (fr, already passed)",
        ),
    ],
)
def test_a_gunbattle_is_small_arms(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2021, 4, 5))
    assert [(m.killed, m.weapon) for m in mentions] == [(22, "small_arms")]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "Two soldiers were killed on Tuesday when a car packed with explosives blew up at an "
            "army base in Puerto Jordán, in Arauca department.",
            "ied",
            id="'a car packed with explosives blew up' (en)",
        ),
        pytest.param(
            "Deux soldats ont été tués mardi lorsqu'un camion chargé d'explosifs a sauté contre "
            "une base de l'armée à Puerto Jordán, dans le département d'Arauca.",
            "ied",
            id="'un camion chargé d'explosifs a sauté' (fr)",
        ),
        pytest.param(
            "A truck-ramming attack on the seafront in Nice killed 84 people on Thursday night.",
            "other",
            id="'a truck-ramming attack' (en)",
        ),
        pytest.param(
            "Un camion a foncé dans la foule sur le front de mer, à Nice, jeudi soir, tuant 84 "
            "personnes.",
            "other",
            id="'un camion a foncé dans la foule' (fr)",
        ),
        pytest.param(
            "Vendredi, un enseignant a été tué au couteau lors d'une attaque devant un lycée "
            "d'Annecy, en France.",
            "other",
            id="'tué au couteau lors d'une attaque' (fr)",
        ),
        pytest.param(
            "On Friday, a teacher was killed in a knife attack outside a school in Annecy, France.",
            "other",
            id="'killed in a knife attack' (en, already passed)",
        ),
    ],
)
def test_vehicles_laden_with_explosives_ramming_and_blades_name_their_weapon(
    world_extractor: Extractor, body: str, weapon: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 18))
    assert [m.weapon for m in mentions] == [weapon]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "Jeudi, l'attaque contre un hélicoptère de la police a fait 13 morts à Amalfi, dans "
            "le département d'Antioquia.",
            "unknown",
            id="'l'attaque contre un hélicoptère' (fr)",
        ),
        pytest.param(
            "Jeudi, un drone a abattu un hélicoptère de la police à Amalfi, dans le département "
            "d'Antioquia, tuant 13 policiers.",
            "drone",
            id="'un drone a abattu un hélicoptère' (fr)",
        ),
        pytest.param(
            "On Thursday, militants shot down an attack helicopter in Amalfi, in Antioquia "
            "department, killing 13 police officers.",
            "unknown",
            id="'shot down an attack helicopter' (en)",
        ),
        pytest.param(
            "Jeudi, des hélicoptères de l'armée ont bombardé des positions rebelles à Amalfi, "
            "dans le département d'Antioquia.",
            "airstrike",
            id="'des hélicoptères ont bombardé': the weapon (fr, guard)",
        ),
        pytest.param(
            "On Monday attack helicopters struck rebel positions in Amalfi, in Antioquia "
            "department.",
            "airstrike",
            id="'On Monday attack helicopters struck': the weapon (en, guard)",
        ),
    ],
)
def test_an_aircraft_attacked_or_downed_is_the_target_not_the_weapon(
    world_extractor: Extractor, body: str, weapon: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 8, 22))
    assert [(m.location_name, m.weapon) for m in mentions] == [("Amalfi", weapon)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ten policemen were killed on Wednesday when Maoists blew up their vehicle with an "
            "improvised explosive device near Sukma in Chhattisgarh, the police said.",
            id="'when Maoists blew up their vehicle' (en)",
        ),
        pytest.param(
            "Ten policemen were killed on Wednesday when Maoists set off a powerful improvised "
            "explosive device under their vehicle near Sukma in Chhattisgarh.",
            id="'when Maoists set off a powerful IED' (en)",
        ),
        pytest.param(
            "Dix policiers ont été tués mercredi lorsque des maoïstes ont fait sauter leur "
            "véhicule près de Sukma, dans le Chhattisgarh.",
            id="'des maoïstes ont fait sauter leur véhicule' (fr)",
        ),
    ],
)
def test_who_set_off_the_bomb_is_the_attacker(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 4, 27))
    assert [(m.location_name, m.attacker) for m in mentions] == [
        ("Sukma", "Communist Party of India (Maoist)")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ten policemen and a civilian driver were killed on Wednesday when Maoists attacked "
            "their vehicle near Sukma in Chhattisgarh.",
            id="'Ten policemen and a driver were killed when X attacked' (en)",
        ),
        pytest.param(
            "Dix policiers et un chauffeur civil ont été tués mercredi lorsque des maoïstes ont "
            "attaqué leur véhicule près de Sukma, dans le Chhattisgarh.",
            id="'Dix policiers et un chauffeur ont été tués lorsque X ont attaqué' (fr)",
        ),
    ],
)
def test_the_attackers_named_after_a_summed_subjects_verb_are_no_victims(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 4, 27))
    assert [(m.location_name, m.killed, m.attacker) for m in mentions] == [
        ("Sukma", 11, "Communist Party of India (Maoist)")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least 23 soldiers were killed when militants rammed a vehicle into a security "
            "post in the Daraban area of Dera Ismail Khan district early Tuesday. Dozens of "
            "wounded soldiers were moved to the military hospital in Dera Ismail Khan.",
            id="'the wounded were moved to the hospital in X' (en)",
        ),
        pytest.param(
            "Au moins 23 soldats ont été tués mardi à l'aube lorsque des militants ont lancé un "
            "véhicule piégé contre un poste de sécurité dans la zone de Daraban, district de Dera "
            "Ismail Khan. Des dizaines de soldats blessés ont été transférés à l'hôpital "
            "militaire de Dera Ismail Khan.",
            id="'les blessés ont été transférés à l'hôpital de X' (fr, already passed)",
        ),
    ],
)
def test_where_the_wounded_were_moved_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 12, 12))
    assert [(m.location_name, m.killed) for m in mentions] == [("Daraban", 23)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen opened fire on a car on Thursday in Russia's Bryansk region, bordering "
            "Ukrainian territory, killing two civilians.",
            id="'X region, bordering Ukrainian territory' (en)",
        ),
        pytest.param(
            "Des saboteurs ont ouvert le feu jeudi sur une voiture dans la région russe de "
            "Briansk, frontalière du territoire ukrainien, tuant deux civils.",
            id="'la région russe de X, frontalière du territoire ukrainien' (fr)",
        ),
    ],
)
def test_a_territory_a_region_borders_is_its_neighbour(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 3, 3))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [("Bryansk", "RU", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le gouvernement a revu à la hausse, ce dimanche 6 juin, le bilan de l'attaque "
            "terroriste perpétrée dans la nuit de vendredi à samedi contre Solhan, localité de la "
            "province du Yagha, au Burkina Faso.",
            id="'a revu à la hausse, ce dimanche 6 juin, le bilan de l'attaque' (fr)",
        ),
        pytest.param(
            "The government raised, this Sunday, the death toll of the attack carried out on "
            "Saturday against the village of Solhan in Burkina Faso's Yagha province to 132.",
            id="'raised, this Sunday, the death toll of the attack' (en, already passed)",
        ),
    ],
)
def test_a_toll_revised_this_day_dates_the_revision(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2021, 6, 6))
    assert [(m.location_name, m.event_date, m.date_precision) for m in mentions] == [
        ("Solhan", date(2021, 6, 5), "day")
    ]


@pytest.mark.parametrize(
    ("body", "published", "day"),
    [
        pytest.param(
            "The death toll from a bomb attack on a church in Kasindi, in eastern Democratic "
            "Republic of Congo, rose to 14 on Monday, the army said.",
            datetime(2023, 1, 16),
            date(2023, 1, 16),
            id="'the death toll ... rose to 14 on Monday' (en)",
        ),
        pytest.param(
            "Le bilan de l'attentat contre une église de Kasindi, dans l'est de la RDC, est passé "
            "à 14 morts lundi, a indiqué l'armée.",
            datetime(2023, 1, 16),
            date(2023, 1, 16),
            id="'le bilan ... est passé à 14 morts lundi' (fr)",
        ),
        pytest.param(
            "The death toll from the bombing of a church in Kasindi, in eastern Democratic "
            "Republic of Congo, rose to 10 on Sunday and to 14 on Monday, the army said.",
            datetime(2023, 1, 17),
            date(2023, 1, 15),
            id="'rose to 10 on Sunday and to 14 on Monday' (en)",
        ),
        pytest.param(
            "Le bilan de l'attentat contre une église de Kasindi, dans l'est de la RDC, est passé "
            "à 10 morts dimanche puis à 14 morts lundi, a indiqué l'armée.",
            datetime(2023, 1, 17),
            date(2023, 1, 15),
            id="'est passé à 10 morts dimanche puis à 14 morts lundi' (fr)",
        ),
    ],
)
def test_the_day_a_toll_rose_to_its_new_figure_dates_the_revision(
    world_extractor: Extractor, body: str, published: datetime, day: date
) -> None:
    mentions = _mentions_on(world_extractor, body, published)
    assert [(m.location_name, m.event_date, m.date_precision) for m in mentions] == [
        ("Kasindi", day, "week")
    ]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Borno State Governor Babagana Zulum on Sunday joined hundreds of mourners in "
            "Zabarmari, Jere Local Government Area, for the funeral of 43 farm workers killed by "
            "suspected Boko Haram insurgents in rice fields at nearby Koshobe village.",
            [("Koshobe", 43)],
            id="'joined mourners in X for the funeral of 43 killed at Y' (en)",
        ),
        pytest.param(
            "Des obsèques ont eu lieu dimanche à Maiduguri pour les 43 ouvriers agricoles tués "
            "samedi par des jihadistes présumés de Boko Haram dans des rizières du village de "
            "Koshobe, dans l'Etat de Borno.",
            [("Koshobe", 43)],
            id="'des obsèques ont eu lieu à X pour les 43 tués à Y' (fr)",
        ),
        pytest.param(
            "A suicide bomber struck mourners at a funeral in Gwoza on Saturday, killing 18 "
            "people.",
            [("Gwoza", 18)],
            id="'struck mourners at a funeral in X': the attack's place (en, guard)",
        ),
    ],
)
def test_where_the_dead_are_mourned_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[tuple[str, int]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 11, 29))
    assert [(m.location_name, m.killed) for m in mentions] == places


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "An army base on the island of Barkaram in Chad's Lac province was attacked on "
            "Sunday evening.",
            "Barkaram",
            id="'on the island of X' (en)",
        ),
        pytest.param(
            "Le 23 mars 2020, 98 soldats avaient péri lorsque des combattants de Boko Haram "
            "avaient pris d'assaut leur position sur la presqu'île de Bohoma, dans la province "
            "du Lac, au Tchad.",
            "Bohoma",
            id="'sur la presqu'île de X' (fr, already passed)",
        ),
        pytest.param(
            "On March 23, 2020, Boko Haram fighters overran an army position on the Bohoma "
            "peninsula in Chad's Lac province, killing 98 soldiers.",
            "Bohoma",
            id="'on the X peninsula' (en)",
        ),
    ],
)
def test_an_island_or_a_peninsula_named_is_the_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2020, 3, 25))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [(place, "TD")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The UN and aid groups on Friday called for an investigation into the coalition air "
            "strike that hit a bus carrying children in northern Yemen on Thursday, killing at "
            "least 43 people.",
            id="'on Friday called for an investigation into the strike ... on Thursday' (en)",
        ),
        pytest.param(
            "L'ONU et plusieurs ONG ont réclamé vendredi une enquête après la frappe aérienne de "
            "la coalition qui a touché jeudi un bus transportant des enfants dans le nord du "
            "Yémen, faisant au moins 43 morts.",
            id="'ont réclamé vendredi une enquête après la frappe qui a touché jeudi' (fr)",
        ),
    ],
)
def test_the_day_a_call_for_an_inquiry_was_made_is_no_attack_date(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2018, 8, 10))
    assert [(m.country_iso2, m.event_date, m.killed) for m in mentions] == [
        ("YE", date(2018, 8, 9), 43)
    ]


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Russian drones struck energy facilities in the Odesa region on Wednesday night, "
            "cutting power to thousands of homes.",
            [("UA", "drone")],
            id="'cutting power to thousands of homes' (en)",
        ),
        pytest.param(
            "Des drones russes ont frappé mercredi soir des installations énergétiques dans la "
            "région d'Odessa, privant d'électricité des milliers de foyers.",
            [("UA", "drone")],
            id="'privant d'électricité des milliers de foyers' (fr)",
        ),
        pytest.param(
            "Since 2022 the war has killed thousands of civilians, and Russian drones struck "
            "the Odesa region again on Wednesday night.",
            [],
            id="'has killed thousands of civilians' counts a war's dead (en, guard)",
        ),
        pytest.param(
            "Depuis 2012, des milliers de civils ont été tués et des drones ont frappé la "
            "région de Mopti mercredi.",
            [],
            id="'des milliers de civils ont été tués' counts a war's dead (fr, guard)",
        ),
    ],
)
def test_thousands_left_without_power_are_no_toll(
    world_extractor: Extractor, body: str, told: list[tuple[str, str]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 10))
    assert [(m.country_iso2, m.weapon) for m in mentions] == told


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hezbollah fired a barrage of rockets at an Israeli army base in the Golan Heights "
            "in retaliation.",
            id="'fired rockets at an army base in' an undated region (en)",
        ),
        pytest.param(
            "Le Hezbollah a tiré une salve de roquettes sur une base de l'armée israélienne "
            "dans le Golan, en représailles.",
            id="'a tiré des roquettes sur une base dans' une région sans date (fr)",
        ),
    ],
)
def test_projectiles_fired_at_one_target_in_a_region_are_one_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 13))
    assert [(m.location_name, m.weapon, m.attacker) for m in mentions] == [
        ("Golan Heights", "rocket", "Hezbollah")
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            "Dépêche",
            "Hezbollah said it fired a barrage of rockets at an Israeli army base in the Golan "
            "Heights on Sunday.",
            id="'said it fired' (en)",
        ),
        pytest.param(
            "Hezbollah says it fired rockets at Israeli base in Golan",
            "The group fired a barrage of rockets at an Israeli army base in the Golan Heights "
            "on Sunday.",
            id="'says it fired' in a headline (en)",
        ),
        pytest.param(
            "Dépêche",
            "Le Hezbollah a affirmé avoir tiré dimanche une salve de roquettes sur une base de "
            "l'armée israélienne dans le Golan.",
            id="'a affirmé avoir tiré' (fr, already passed)",
        ),
    ],
)
def test_a_side_that_says_it_fired_claims_the_attack(
    world_extractor: Extractor, title: str, body: str
) -> None:
    mentions = _mentions_titled(world_extractor, title, body, datetime(2024, 5, 13))
    assert [(m.location_name, m.attacker, m.claimed_by) for m in mentions] == [
        ("Golan Heights", "Hezbollah", "Hezbollah")
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "The city remained on edge on Sunday after a suicide bomber killed 12 people at a "
            "market in Maiduguri.",
            "Maiduguri",
            id="'remained on edge on Sunday after' (en)",
        ),
        pytest.param(
            "Colombia was reeling Sunday from a truck bomb in the city of Cali that killed six "
            "civilians.",
            "Cali",
            id="'was reeling Sunday from' (en)",
        ),
        pytest.param(
            "La ville de Cali était sous le choc dimanche après l'explosion d'un camion piégé "
            "qui a tué six civils.",
            "Cali",
            id="'était sous le choc dimanche après' (fr)",
        ),
    ],
)
def test_the_day_of_an_attacks_aftermath_is_no_attack_date(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 8, 18))
    assert [(m.location_name, m.date_precision) for m in mentions] == [(place, "week")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A car bomb killed five soldiers in Cali on Thursday. President Petro blamed the "
            "bombing on the ELN and said a drone attack near Amalfi was the work of the Clan "
            "del Golfo. Neither group has claimed responsibility.",
            id="'Neither group has claimed responsibility' (en)",
        ),
        pytest.param(
            "A car bomb killed five soldiers in Cali on Thursday. President Petro blamed the "
            "bombing on the ELN and said a drone attack near Amalfi was the work of the Clan "
            "del Golfo. None of them has claimed responsibility.",
            id="'None of them has claimed responsibility' (en)",
        ),
        pytest.param(
            "Une voiture piégée a tué cinq soldats jeudi à Cali. Le président Petro a imputé "
            "l'attentat à l'ELN et une attaque de drone près d'Amalfi au Clan del Golfo. Ni "
            "l'un ni l'autre n'a revendiqué ces attaques.",
            id="'Ni l'un ni l'autre n'a revendiqué' (fr, already passed)",
        ),
    ],
)
def test_neither_group_claiming_is_no_claim(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 8, 22))
    assert mentions
    assert [m.claimed_by for m in mentions] == [None] * len(mentions)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Rebels attacked a church in Komanda, in Ituri province, overnight Saturday into "
            "Sunday, killing at least 38 people.",
            id="'overnight Saturday into Sunday' (en)",
        ),
        pytest.param(
            "Rebels attacked a church in Komanda, in Ituri province, overnight Saturday to "
            "Sunday, killing at least 38 people.",
            id="'overnight Saturday to Sunday' (en)",
        ),
        pytest.param(
            "Des rebelles ont attaqué une église à Komanda, en Ituri, dans la nuit de samedi à "
            "dimanche, tuant au moins 38 personnes.",
            id="'dans la nuit de samedi à dimanche' (fr, already passed)",
        ),
    ],
)
def test_a_night_told_overnight_from_one_day_into_the_next_ends_on_the_later_day(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 7, 28))
    assert [(m.location_name, m.event_date, m.date_precision) for m in mentions] == [
        ("Komanda", date(2025, 7, 27), "day")
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "KYIV/MOSCOW, May 14 (Reuters) - A Russian missile struck a hospital in Kharkiv, "
            "killing four people, the regional governor said.",
            "Kharkiv",
            id="'KYIV/MOSCOW, May 14 (Reuters) -' (en)",
        ),
        pytest.param(
            "KINSHASA/GOMA, 14 mai (AFP) - Une attaque de rebelles a tué douze civils à Beni, "
            "a indiqué l'armée.",
            "Beni",
            id="'KINSHASA/GOMA, 14 mai (AFP) -' (fr)",
        ),
        pytest.param(
            "KYIV, May 14 (Reuters) - A Russian missile struck a hospital in Kharkiv, killing "
            "four people, the regional governor said.",
            "Kharkiv",
            id="'KYIV, May 14 (Reuters) -' (en, already passed)",
        ),
    ],
)
def test_a_datelines_date_after_two_towns_dates_the_dispatch(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 15))
    assert [(m.location_name, m.event_date, m.date_precision) for m in mentions] == [
        (place, date(2024, 5, 14), "week")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Drones struck the port of Port Sudan at dawn on Tuesday, a witness told Xinhua.",
            id="'a witness told Xinhua' (en)",
        ),
        pytest.param(
            "Des drones ont frappé mardi à l'aube le port de Port-Soudan, a rapporté un témoin à "
            "Xinhua.",
            id="'a rapporté un témoin à Xinhua' (fr)",
        ),
    ],
)
def test_a_medium_named_like_a_town_is_the_source_not_a_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 6))
    assert [(m.location_name, m.reported_by) for m in mentions] == [("Port Sudan", "Xinhua")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Tuesday US strikes hit positions in Abu Kamal and in Al-Mayadine, the Syrian "
            "Observatory said.",
            id="'in Abu Kamal and in Al-Mayadine' is the town (en, guard)",
        ),
        pytest.param(
            "Mardi, des frappes américaines ont visé des positions à Abou Kamal et à "
            "Al-Mayadine, selon l'OSDH.",
            id="'à Abou Kamal et à Al-Mayadine' is the town (fr, guard)",
        ),
    ],
)
def test_a_town_a_broadcaster_is_named_after_stays_a_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 7))
    assert len(mentions) == 2
    assert {m.country_iso2 for m in mentions} == {"SY"}


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "The 15-year-old insurgency has killed more than 35,000 people in northeastern "
            "Nigeria, according to the United Nations.",
            id="'The 15-year-old insurgency has killed' (en)",
        ),
        pytest.param(
            "The decade-long jihadist insurgency has killed more than 35,000 people in "
            "northeastern Nigeria.",
            id="'The decade-long jihadist insurgency has killed' (en)",
        ),
        pytest.param(
            "L'insurrection, vieille de quinze ans, a fait plus de 35 000 morts dans le nord-est "
            "du Nigeria, selon l'ONU.",
            id="'L'insurrection, vieille de quinze ans, a fait' (fr, already passed)",
        ),
    ],
)
def test_a_war_told_with_its_age_as_the_subject_of_a_toll_tallies_it(
    world_extractor: Extractor, second: str
) -> None:
    first = "Suicide bombers struck a wedding in the town of Gwoza on Saturday, officials said."
    mentions = _mentions_on(world_extractor, f"{first} {second}", datetime(2024, 7, 1))
    assert [(m.location_name, m.killed) for m in mentions] == [("Gwoza", None)]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "More than 190 aid workers have been killed in Gaza since Oct. 7, including 170 UN "
            "staff, the UN says.",
            id="'have been killed in Gaza since Oct. 7' (en)",
        ),
        pytest.param(
            "Selon l'ONU, au moins 190 travailleurs humanitaires ont été tués à Gaza depuis le "
            "7 oct.",
            id="'ont été tués à Gaza depuis le 7 oct.' (fr)",
        ),
    ],
)
def test_a_toll_since_an_abbreviated_month_is_a_tally(
    world_extractor: Extractor, second: str
) -> None:
    first = "An Israeli airstrike killed seven aid workers in Deir al-Balah on Monday."
    mentions = _mentions_on(world_extractor, f"{first} {second}", datetime(2024, 4, 2))
    assert [(m.country_iso2, m.killed) for m in mentions] == [("PS", 7)]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "An airstrike flattened the consular building next to the Iranian embassy in "
            "Damascus on Monday, killing seven people.",
            "Damascus",
            id="'flattened the building next to the embassy in X' (en)",
        ),
        pytest.param(
            "Une frappe aérienne a détruit lundi l'annexe consulaire à côté de l'ambassade "
            "iranienne à Damas, tuant sept personnes.",
            "Damascus",
            id="'a détruit l'annexe à côté de l'ambassade à X' (fr)",
        ),
        pytest.param(
            "The Iranian embassy in Damascus said an airstrike killed seven people in Aleppo on "
            "Monday.",
            "Aleppo",
            id="'the embassy in X said' speaks from X (en, guard)",
        ),
    ],
)
def test_the_town_of_an_embassy_an_attack_destroyed_or_struck_beside_is_the_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 4, 2))
    assert [(m.location_name, m.killed) for m in mentions] == [(place, 7)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A drone struck a ship in the Gulf of Aden, the navy said on February 19, 2024, "
            "16:05 local time.",
            id="'on February 19, 2024, 16:05' (en)",
        ),
        pytest.param(
            "Un drone a frappé un navire dans le golfe d'Aden, a indiqué la marine le 19 février "
            "2024, 16:05 heure locale.",
            id="'le 19 février 2024, 16:05' (fr, already passed)",
        ),
    ],
)
def test_the_hour_of_a_time_after_a_date_is_no_day_of_the_month(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 19))
    assert [(m.event_date, m.date_precision) for m in mentions] == [(date(2024, 2, 19), "week")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The bulk carrier was still afloat on Monday afternoon, a security source said, a day "
            "after it was struck by a missile in the Gulf of Aden. US Central Command said the "
            "missile hit the ship on Sunday evening.",
            id="'still afloat on Monday, a day after it was struck' (en)",
        ),
        pytest.param(
            "Le vraquier flottait toujours lundi après-midi, au lendemain de l'attaque au missile "
            "qui l'a touché dans le golfe d'Aden. Le commandement américain a indiqué que le "
            "missile avait frappé le navire dimanche soir.",
            id="'flottait toujours lundi, au lendemain de l'attaque' (fr, already passed)",
        ),
    ],
)
def test_a_day_told_as_one_after_the_attack_is_not_its_day(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 19))
    assert [(m.location_name, m.event_date) for m in mentions] == [
        ("Gulf of Aden", date(2024, 2, 18))
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Houthi missile landed near Ben Gurion airport on Sunday, wounding six people.",
            id="'Ben Gurion airport' (en)",
        ),
        pytest.param(
            "Un missile houthi est tombé dimanche près de l'aéroport Ben Gurion, faisant six "
            "blessés.",
            id="'l'aéroport Ben Gurion' (fr)",
        ),
        pytest.param(
            "Un missile houthi est tombé dimanche près de l'aéroport de Tel Aviv, faisant six "
            "blessés.",
            id="'l'aéroport de Tel Aviv', by its city (fr, already passed)",
        ),
    ],
)
def test_an_airport_named_after_someone_is_told_by_that_name(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 6))
    assert [(m.location_id, m.wounded) for m in mentions] == [
        ("il-ben-gurion-international-airport", 6)
    ]


def test_an_airport_named_after_someone_gets_that_name_with_the_airport_word() -> None:
    """(0.24.0) "Ben Gurion International Airport" is also "Ben Gurion airport", "aéroport Ben
    Gurion"; an airport named after its city gets nothing more ("aéroport Baghdad")."""
    airports = [
        Airport("LLBG", "TLV", "Ben Gurion International Airport", "Tel Aviv", "IL", 32.0, 34.9),
        Airport("ORBI", "BGW", "Baghdad International Airport", "Baghdad", "IQ", 33.26, 44.23),
    ]
    named, city = (
        {a.alias for a in d.aliases} for d in airport_drafts(airports, NearestCity([], {}), {})
    )
    assert {
        "Ben Gurion airport", "aéroport Ben Gurion", "aéroport international Ben Gurion",
        "Tel Aviv airport", "aéroport de Tel Aviv",
    } <= named  # fmt: skip
    assert not {"aéroport Baghdad", "aéroport international Baghdad"} & city


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Fifteen people were killed on Tuesday night in an attack on a checkpoint manned by "
            "village defence volunteers in Yala province. It was one of the deadliest attacks in "
            "the region in years. About a dozen gunmen opened fire on the post in the village of "
            "Lam Phaya, an army spokesman said.",
            id="province with the toll, then 'opened fire on the post in the village of X' (en)",
        ),
        pytest.param(
            "Quinze personnes ont été tuées mardi soir dans l'attaque d'un poste tenu par des "
            "volontaires dans la province de Yala. C'est l'une des attaques les plus meurtrières "
            "de ces dernières années. Une douzaine d'assaillants ont ouvert le feu sur le poste, "
            "situé dans le sous-district de Lam Phaya, selon l'armée.",
            id="province avec le bilan, puis 'ouvert le feu sur le poste, situé à X' (fr)",
        ),
    ],
)
def test_a_province_leads_with_the_toll_then_a_locality_soon_after_places_the_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2019, 11, 6))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("Lam Phaya", "TH", 15)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Russian drone hit an apartment block in Odesa, in southern Ukraine, early on "
            "Saturday. Rescuers pulled another body from the rubble on Sunday, bringing the "
            "death toll to 12.",
            id="'on Sunday, bringing the death toll to 12' (en)",
        ),
        pytest.param(
            "A Russian drone hit an apartment block in Odesa, in southern Ukraine, early on "
            "Saturday. Rescuers pulled another body from the rubble on Sunday, raising the death "
            "toll to 12.",
            id="'on Sunday, raising the death toll to 12' (en)",
        ),
        pytest.param(
            "Un drone russe a frappé un immeuble à Odessa, dans le sud de l'Ukraine, samedi à "
            "l'aube. Les secouristes ont retiré un autre corps des décombres dimanche, portant le "
            "bilan à 12 morts.",
            id="'dimanche, portant le bilan à 12 morts' (fr)",
        ),
    ],
)
def test_the_day_a_toll_was_brought_to_a_new_total_dates_the_revision(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 3))
    assert [(m.location_name, m.event_date, m.killed) for m in mentions] == [
        ("Odesa", date(2024, 3, 2), 12)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Russian drone hit an apartment block in Odesa, in southern Ukraine, early on "
            "Saturday. Rescuers pulled another body from the rubble, raising the death toll from "
            "the Russian drone strike on the city to 12.",
            id="'raising the death toll from the strike on the city to 12' (en)",
        ),
        pytest.param(
            "Un drone russe a frappé un immeuble à Odessa, dans le sud de l'Ukraine, samedi à "
            "l'aube. Les secouristes ont retiré un autre corps des décombres, portant le bilan de "
            "la frappe de drone russe sur la ville à 12 morts.",
            id="'portant le bilan de la frappe sur la ville à 12 morts' (fr, already passed)",
        ),
    ],
)
def test_a_toll_brought_to_a_total_after_a_long_complement_gives_the_killed(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 3))
    assert [(m.location_name, m.killed) for m in mentions] == [("Odesa", 12)]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Russian shelling killed three civilians in the Kherson and Zaporizhzhia regions on "
            "Saturday, officials said.",
            ["ua-kherson", "ua-zaporizhzhia"],
            id="'the X and Y regions' (en)",
        ),
        pytest.param(
            "Des bombardements russes ont tué trois civils samedi dans les régions d'Odessa et "
            "de Zaporijjia, selon les autorités ukrainiennes.",
            ["ua-odessa", "ua-zaporizhzhia"],
            id="'les régions d'X et de Y' (fr)",
        ),
    ],
)
def test_each_name_of_a_list_with_a_plural_division_noun_is_that_division(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 3))
    assert [m.location_id for m in mentions] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Shahed drone slammed into an apartment building in Odesa's Kyivskyi district in "
            "southern Ukraine early on Saturday, killing six people.",
            id="'Odesa's Kyivskyi district' (en)",
        ),
        pytest.param(
            "A Shahed drone slammed into an apartment building in the Kyivskyi neighbourhood of "
            "Odesa, in southern Ukraine, early on Saturday, killing six people.",
            id="'the Kyivskyi neighbourhood of Odesa' (en)",
        ),
        pytest.param(
            "Un drone Shahed a percuté samedi à l'aube un immeuble du quartier de Kyivskyi, à "
            "Odessa, dans le sud de l'Ukraine, tuant six personnes.",
            id="'du quartier de Kyivskyi, à Odessa' (fr)",
        ),
    ],
)
def test_a_part_of_a_city_named_like_a_town_of_another_province_is_the_city(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 3))
    assert [(m.location_id, m.killed) for m in mentions] == [("ua-odesa", 6)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Nine pilgrims were killed in Reasi district on Sunday when militants fired on a bus "
            "returning from a shrine.",
            id="'militants fired on a bus' (en)",
        ),
        pytest.param(
            "Militants stormed an army post in Reasi district on Sunday, killing nine soldiers.",
            id="'militants stormed an army post' (en)",
        ),
        pytest.param(
            "Dimanche, des combattants ont pris d'assaut un poste militaire dans le district de "
            "Reasi, tuant neuf soldats.",
            id="'ont pris d'assaut un poste militaire' (fr)",
        ),
        pytest.param(
            "Dimanche, des hommes armés ont tiré sur un bus de pèlerins dans le district de "
            "Reasi, tuant neuf personnes.",
            id="'ont tiré sur un bus' (fr)",
        ),
    ],
)
def test_firing_on_people_and_storming_a_post_are_small_arms(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 10))
    assert [(m.location_id, m.weapon, m.killed) for m in mentions] == [
        ("in-reasi", "small_arms", 9)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Three rockets were fired on Monday at the air base in Anbar province.",
            id="'rockets were fired on Monday' stays rocket (en, guard)",
        ),
        pytest.param(
            "Des roquettes ont été tirées lundi sur la base aérienne, dans la province d'Anbar.",
            id="'des roquettes ont été tirées sur' stays rocket (fr, guard)",
        ),
    ],
)
def test_projectiles_fired_on_a_day_keep_their_weapon(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 11))
    assert [m.weapon for m in mentions] == ["rocket"]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "A junta helicopter attack on a monastery school near Mandalay killed 11 "
            "children on Friday.",
            "airstrike",
            id="'a helicopter attack' is an airstrike (en)",
        ),
        pytest.param(
            "Une attaque d'hélicoptère de la junte contre une école monastique près de "
            "Mandalay a tué 11 enfants vendredi.",
            "airstrike",
            id="'une attaque d'hélicoptère' (fr, already passed)",
        ),
        pytest.param(
            "Vendredi, deux assaillants avaient attaqué l'entrée d'un poste de police à "
            "Mandalay : l'un s'était fait exploser et l'autre avait été abattu.",
            "ied",
            id="'l'un s'était fait exploser' is a suicide bombing (fr)",
        ),
        pytest.param(
            "On Friday two attackers struck the gate of a police post in Mandalay: one blew "
            "himself up and the other was shot dead.",
            "ied",
            id="'one blew himself up' (en, already passed)",
        ),
    ],
)
def test_a_helicopter_attack_and_a_bomber_who_had_blown_himself_up_name_their_weapon(
    world_extractor: Extractor, body: str, weapon: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 9, 20))
    assert [(m.country_iso2, m.weapon) for m in mentions] == [("MM", weapon)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A junta helicopter attack on a monastery school near Mandalay killed 11 children on "
            "Friday.",
            id="'a junta helicopter attack' (en)",
        ),
        pytest.param(
            "A junta attack on a monastery school near Mandalay killed 11 children on Friday.",
            id="'a junta attack' (en, already passed)",
        ),
        pytest.param(
            "Une attaque d'hélicoptère de la junte contre une école monastique près de Mandalay "
            "a tué 11 enfants vendredi.",
            id="'une attaque d'hélicoptère de la junte' (fr, already passed)",
        ),
    ],
)
def test_the_junta_before_its_attack_is_the_attacker(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 9, 20))
    assert [(m.attacker, m.target) for m in mentions] == [("Myanmar Armed Forces", None)]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "La double frappe de missiles balistiques russes qui a touché dimanche le centre de "
            "Soumy a fait 35 morts.",
            "Russian Armed Forces",
            id="'de missiles balistiques russes' (fr)",
        ),
        pytest.param(
            "Dimanche, des drones kamikazes russes ont frappé le centre de Soumy, tuant 35 "
            "personnes.",
            "Russian Armed Forces",
            id="'des drones kamikazes russes' (fr, already passed)",
        ),
        pytest.param(
            "Two Russian ballistic missiles struck central Sumy on Sunday, killing 35 people.",
            "Russian Armed Forces",
            id="'Russian ballistic missiles' (en, already passed)",
        ),
        pytest.param(
            "Two attack drones targeted Russian positions near Sumy on Sunday, killing 35 "
            "soldiers.",
            None,
            id="'drones targeted Russian positions': a verb between, the side attacked (en, guard)",
        ),
    ],
)
def test_an_arm_its_adjective_and_its_nationality_name_the_state_attacking(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 14))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Sumy", attacker)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Turkey carried out airstrikes in northern Iraq on Wednesday evening, hours after a "
            "deadly attack on a company headquarters, near Ankara.",
            id="'hours after an attack on X, near Ankara' (en)",
        ),
        pytest.param(
            "La Turquie a mené mercredi soir des frappes aériennes dans le nord de l'Irak, "
            "quelques heures après l'attaque meurtrière contre le siège d'une entreprise, près "
            "d'Ankara.",
            id="'quelques heures après l'attaque contre X, près d'Ankara' (fr)",
        ),
    ],
)
def test_a_town_near_which_a_context_clauses_attack_lies_is_that_attacks(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 24))
    assert [(m.location_id, m.is_background, m.weapon) for m in mentions] == [
        ("tr-ankara", True, "unknown"),
        ("iq-northern-iraq", False, "airstrike"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "JNIM claimed Saturday's attack on Barsalogho, in Burkina Faso's Centre-Nord region.",
            id="'the attack on X, in ... region' (en)",
        ),
        pytest.param(
            "Le JNIM a revendiqué l'attaque menée samedi contre Barsalogho, dans le Centre-Nord "
            "du Burkina Faso.",
            id="'l'attaque menée contre X, dans le Centre-Nord' (fr)",
        ),
    ],
)
def test_the_target_of_an_attack_an_area_situates_is_a_place_the_gazetteer_lacks(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 26))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [("Barsalogho", "BF")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "U.S. Africa Command said on Wednesday it had carried out an airstrike on Monday "
            "against al-Shabaab fighters near Jilib, killing two of them.",
            ("Jilib", date(2024, 2, 19), "United States Armed Forces", "Al-Shabaab"),
            id="'said on Wednesday it had carried out' (en)",
        ),
        pytest.param(
            'The Malian army for its part said in a statement that it had "neutralised" about '
            "twenty fighters in airstrikes on Monday near Boni, in central Mali.",
            ("Boni", date(2024, 2, 19), "Malian Armed Forces", None),
            id="'said in a statement that it had' (en)",
        ),
        pytest.param(
            "Le commandement américain pour l'Afrique (AFRICOM) a annoncé mercredi avoir mené "
            "lundi une frappe aérienne contre des combattants d'Al-Shabaab près de Jilib.",
            ("Jilib", date(2024, 2, 19), "United States Armed Forces", "Al-Shabaab"),
            id="'a annoncé mercredi avoir mené lundi' (fr)",
        ),
        pytest.param(
            "L'armée malienne a de son côté affirmé dans un communiqué avoir « neutralisé » une "
            "vingtaine de combattants lors de frappes aériennes menées lundi près de Boni, dans "
            "le centre du Mali.",
            ("Boni", date(2024, 2, 19), "Malian Armed Forces", None),
            id="'a de son côté affirmé dans un communiqué avoir' (fr)",
        ),
    ],
)
def test_a_statement_of_having_struck_claims_it_across_a_day_or_its_channel(
    world_extractor: Extractor, body: str, expected: tuple[object, ...]
) -> None:
    """A side's statement that it struck, with the statement's day or channel between the verb
    and what it did, claims the strike; the day after the deed's verb is the strike's; the
    group "against" whose fighters it was made is its target."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 21))
    assert [(m.location_name, m.event_date, m.attacker, m.target) for m in mentions] == [expected]
    assert mentions[0].claimed_by == expected[2]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "L'armée de l'air ukrainienne a annoncé mercredi avoir abattu 18 drones explosifs "
            "lancés dans la nuit contre la région de Kharkiv.",
            id="'a annoncé mercredi avoir abattu' drones (fr, guard)",
        ),
        pytest.param(
            "Ukraine's air force said on Wednesday it had shot down 18 attack drones launched "
            "overnight at the Kharkiv region.",
            id="'said on Wednesday it had shot down' drones (en, guard)",
        ),
    ],
)
def test_shooting_down_drones_after_a_day_claims_no_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 21))
    assert all(m.claimed_by != "Ukrainian Armed Forces" for m in mentions)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le 27 décembre, un minibus a sauté sur un engin explosif improvisé sur l'axe "
            "Téra-Dargol, au Niger.\n\nLe bilan fait état de 3 civils décédés et 9 blessés, "
            "évacués vers le CHR de Tillabéri.",
            id="'évacués vers le CHR de' (fr)",
        ),
        pytest.param(
            "Le 27 décembre, un minibus a sauté sur un engin explosif improvisé sur l'axe "
            "Téra-Dargol, au Niger.\n\nLe bilan fait état de 3 civils décédés et 9 blessés, "
            "pris en charge au CHU de Tillabéri.",
            id="'pris en charge au CHU de' (fr)",
        ),
        pytest.param(
            "On December 27, a minibus hit an improvised explosive device on the Tera-Dargol "
            "road in Niger.\n\nThree civilians died and nine were wounded, and were taken to the "
            "regional hospital in Tillaberi.",
            id="'taken to the regional hospital in' (en, already passed)",
        ),
    ],
)
def test_a_french_hospital_named_by_its_acronym_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    """ "le CHR de X", "le CHU de X" (centre hospitalier régional, universitaire) is where the
    wounded were taken, as "l'hôpital de X" is: the toll is the attack's, no attack there."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 12, 30))
    assert [(m.location_name, m.killed, m.wounded) for m in mentions] == [("Téra", 3, 9)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le 24 décembre, une unité de l'armée nigérienne en patrouille a été prise à partie "
            "par des terroristes aux environs de Chatoumane, dans le département de Téra.",
            id="'a été prise à partie par des terroristes' (fr)",
        ),
        pytest.param(
            "Le 24 décembre, un convoi de l'armée nigérienne a été pris à partie par des hommes "
            "armés aux environs de Chatoumane, dans le département de Téra.",
            id="'a été pris à partie par des hommes armés' (fr)",
        ),
        pytest.param(
            "On December 24, a Nigerien army patrol came under fire from militants near "
            "Chatoumane, in the Tera department.",
            id="'came under fire from militants' (en, already passed)",
        ),
    ],
)
def test_a_unit_set_upon_by_armed_men_is_attacked(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 12, 25))
    assert [(m.location_name, m.event_date) for m in mentions] == [
        ("Chatoumane", date(2024, 12, 24))
    ]


def test_a_minister_heckled_by_protesters_is_no_attack(world_extractor: Extractor) -> None:
    body = (
        "Le ministre a été pris à partie par des manifestants lundi à Niamey, devant le siège "
        "de son parti."
    )
    assert not _mentions_on(world_extractor, body, datetime(2024, 12, 25))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le 24 décembre, une patrouille a été attaquée près de Chatoumane, au Niger. Côté "
            "ami, nous déplorons 4 militaires tombés sur le champ d'honneur et 6 blessés.",
            id="'tombés sur le champ d'honneur' (fr)",
        ),
        pytest.param(
            "Le 24 décembre, une patrouille a été attaquée près de Chatoumane, au Niger. Quatre "
            "soldats sont morts au champ d'honneur et six ont été blessés.",
            id="'morts au champ d'honneur' (fr, already passed)",
        ),
        pytest.param(
            "On December 24, a patrol was attacked near Chatoumane, in Niger. Four soldiers were "
            "killed in action and six were wounded.",
            id="'killed in action' (en, already passed)",
        ),
    ],
)
def test_soldiers_fallen_on_the_field_of_honour_are_killed(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 12, 25))
    assert [(m.location_name, m.killed, m.wounded) for m in mentions] == [("Chatoumane", 4, 6)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen stormed the Kulachi police station in Dera Ismail Khan district on Sunday, "
            "killing four policemen.",
            id="'the Kulachi police station in Dera Ismail Khan district' (en)",
        ),
        pytest.param(
            "A suicide bomber struck the Kulachi checkpoint in Dera Ismail Khan district on "
            "Sunday, killing four policemen.",
            id="'the Kulachi checkpoint in Dera Ismail Khan district' (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué dimanche le poste de police de Kulachi, dans le "
            "district de Dera Ismail Khan, tuant quatre policiers.",
            id="'le poste de police de Kulachi, dans le district de' (fr, already passed)",
        ),
    ],
)
def test_a_site_named_after_its_town_keeps_the_town_in_the_district_after_it(
    world_extractor: Extractor, body: str
) -> None:
    """ "the X police station in Y district": Y's district holds the town X, as it does after
    "X in Y district"; the district's seat named like it is no second attack place."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 11, 6))
    assert [(m.location_name, m.killed) for m in mentions] == [("Kulachi", 4)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen stormed a police station in Kulachi on Sunday night, killing four "
            "policemen. The Tehreek-e-Taliban Pakistan (TTP) denied involvement in the attack, "
            "while a newly emerged group, Tehreek-e-Jihad Pakistan (TJP), claimed "
            "responsibility.",
            id="'X denied involvement, while Y claimed responsibility' (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué dimanche soir un commissariat à Kulachi, tuant quatre "
            "policiers. Le Tehreek-e-Taliban Pakistan (TTP) a démenti toute implication, tandis "
            "qu'un nouveau groupe, le Tehreek-e-Jihad Pakistan (TJP), a revendiqué l'attaque.",
            id="'X a démenti, tandis que Y a revendiqué' (fr)",
        ),
    ],
)
def test_the_group_that_denied_before_a_claim_is_not_the_claimant(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 11, 6))
    assert [(m.location_name, m.claimed_by) for m in mentions] == [
        ("Kulachi", "Tehreek-e-Jihad Pakistan")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Kalat district, militants opened fire on a police checkpost on the highway on "
            "Sunday night, killing three policemen.\n\nEarly on Monday, a suicide bomber rammed "
            "an explosives-laden vehicle into the gate of a paramilitary camp in Bela, killing "
            "two soldiers.\n\nThe Balochistan Liberation Army (BLA) claimed responsibility for "
            "the attacks in a statement sent to the media.",
            id="'claimed responsibility for the attacks' (en)",
        ),
        pytest.param(
            "Dans le district de Kalat, des hommes armés ont ouvert le feu dimanche soir sur un "
            "poste de police, tuant trois policiers.\n\nLundi matin, un kamikaze a précipité un "
            "véhicule piégé contre l'entrée d'un camp paramilitaire à Bela, tuant deux soldats."
            "\n\nL'Armée de libération du Baloutchistan (BLA) a revendiqué les attaques dans un "
            "communiqué.",
            id="'a revendiqué les attaques' (fr)",
        ),
    ],
)
def test_a_claim_of_the_attacks_covers_every_attack_told_before(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 27))
    assert [(m.location_name, m.claimed_by) for m in mentions] == [
        ("Kalat", "Baloch Liberation Army"),
        ("Bela", "Baloch Liberation Army"),
    ]


def test_a_claim_of_the_attack_covers_the_last_attack_only(world_extractor: Extractor) -> None:
    body = (
        "In Kalat district, militants opened fire on a police checkpost on the highway on "
        "Sunday night, killing three policemen.\n\nEarly on Monday, a suicide bomber rammed "
        "an explosives-laden vehicle into the gate of a paramilitary camp in Bela, killing "
        "two soldiers.\n\nThe Balochistan Liberation Army (BLA) claimed responsibility for the "
        "attack in a statement sent to the media."
    )
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 27))
    assert [(m.location_name, m.claimed_by) for m in mentions] == [
        ("Kalat", None),
        ("Bela", "Baloch Liberation Army"),
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A railway bridge was blown up on Monday in the Kolpur area of Kachhi district.",
            "Kolpur",
            id="'was blown up' (en)",
        ),
        pytest.param(
            "Militants blew up a girls' school in Miranshah on Monday night.",
            "Miran Shah",
            id="'blew up a' (en)",
        ),
        pytest.param(
            "Early on Monday, a suicide bomber rammed an explosives-laden vehicle into the gate "
            "of a paramilitary camp in Bela, Lasbela district.",
            "Bela",
            id="'rammed an explosives-laden vehicle into' (en)",
        ),
        pytest.param(
            "Des hommes armés ont dynamité lundi un pont ferroviaire à Kolpur, dans le district "
            "de Kachhi.",
            "Kolpur",
            id="'ont dynamité' (fr)",
        ),
        pytest.param(
            "Des insurgés ont fait sauter lundi une école de filles à Miranshah.",
            "Miran Shah",
            id="'ont fait sauter' (fr, already passed)",
        ),
    ],
)
def test_what_is_blown_up_or_rammed_with_a_vehicle_is_attacked(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 27))
    assert [(m.location_name, m.event_date) for m in mentions] == [(place, date(2024, 8, 26))]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The row over the budget blew up in Islamabad on Monday.",
            id="'blew up in' a row (en, guard)",
        ),
        pytest.param(
            "The minister blew up at reporters in Quetta on Monday.",
            id="'blew up at' reporters (en, guard)",
        ),
    ],
)
def test_blowing_up_in_a_figure_of_speech_is_no_attack(
    world_extractor: Extractor, body: str
) -> None:
    assert not _mentions_on(world_extractor, body, datetime(2024, 8, 27))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday, a railway bridge linking Quetta with the rest of the country was blown "
            "up in the Kolpur area of Kachhi district.",
            id="'a railway bridge linking X with' (en)",
        ),
        pytest.param(
            "Lundi, un pont ferroviaire reliant Quetta au reste du pays a été dynamité dans la "
            "zone de Kolpur, dans le district de Kachhi.",
            id="'un pont ferroviaire reliant X au' (fr)",
        ),
    ],
)
def test_a_link_named_by_its_end_is_not_attacked_at_that_end(
    world_extractor: Extractor, body: str
) -> None:
    """A bridge, a railway, a pipeline "linking X with Y", "reliant X à Y": X only names the
    link, as for a road, and goes when the sentence names the place it was hit."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 27))
    assert [m.location_name for m in mentions] == ["Kolpur"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            "Ukraine : frappes russes sur Kharkiv",
            "Au moins sept personnes ont été tuées mardi dans des frappes russes sur Kharkiv, la "
            "deuxième ville d'Ukraine.\n\nLa ville d'Odessa a également été visée mardi par des "
            "missiles balistiques Iskander, qui ont blessé trois employés.",
            id="'des missiles balistiques Iskander' (fr)",
        ),
        pytest.param(
            "Ukraine: Russian strikes on Kharkiv",
            "At least seven people were killed on Tuesday in Russian strikes on Kharkiv, "
            "Ukraine's second city.\n\nThe city of Odessa was also hit on Tuesday by Iskander "
            "ballistic missiles, which wounded three workers.",
            id="'Iskander ballistic missiles' (en)",
        ),
    ],
)
def test_a_spelling_of_unknown_language_hints_no_country_to_its_neighbours(
    world_extractor: Extractor, title: str, body: str
) -> None:
    """ "Iskander" is only a GeoNames variant of unknown language (of Iskandar, Uzbekistan): it
    tells the other names of its sentence nothing, and Odessa stays the Ukrainian city."""
    mentions = _mentions_titled(world_extractor, title, body, datetime(2024, 5, 14))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [
        ("Kharkiv", "UA"),
        ("Odesa", "UA"),
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Eleven soldiers were killed on Friday in an ambush in the Amazonian province of "
            "Orellana, the army said.",
            "Orellana",
            id="'the Amazonian province of Orellana' (en)",
        ),
        pytest.param(
            "Eleven soldiers were killed on Friday in an ambush in the Andean region of Cusco, "
            "the army said.",
            "Cuzco",
            id="'the Andean region of Cusco' (en)",
        ),
        pytest.param(
            "Onze militaires ont été tués vendredi dans une embuscade dans la province "
            "amazonienne d'Orellana, a annoncé l'armée.",
            "Orellana",
            id="'la province amazonienne d'Orellana' (fr, already passed)",
        ),
    ],
)
def test_a_capitalised_adjective_before_a_named_division_is_no_place(
    world_extractor: Extractor, body: str, place: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 10))
    assert [m.location_name for m in mentions] == [place]


def test_a_province_named_before_its_country_stays_the_place(world_extractor: Extractor) -> None:
    body = (
        "Two soldiers were killed on Friday in an ambush in the Nangarhar province of "
        "Afghanistan, officials said."
    )
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 10))
    assert [m.location_name for m in mentions] == ["Nangarhar"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Fighters of the New People's Army (NPA) attacked an army patrol in Las Navas on "
            "Tuesday. The raid came two days after the same group attacked a military truck on "
            "a road in Catubig on June 23, wounding three soldiers.",
            id="'two days after the same group attacked' (en)",
        ),
        pytest.param(
            "Des combattants de la Nouvelle armée du peuple (NPA) ont attaqué mardi une "
            "patrouille à Las Navas. Le raid est survenu deux jours après que le même groupe a "
            "attaqué un camion militaire à Catubig le 23 juin, blessant trois soldats.",
            id="'deux jours après que le même groupe a attaqué' (fr)",
        ),
    ],
)
def test_the_same_group_in_a_passing_reference_is_the_group_named_last(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 26))
    assert [(m.location_name, m.attacker, m.is_background) for m in mentions] == [
        ("Las Navas", "New People's Army", False),
        ("Catubig", "New People's Army", True),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An improvised explosive device planted by the New People's Army exploded as a "
            "military truck passed in Catubig on Sunday, wounding three soldiers.",
            id="'an IED planted by X exploded' (en)",
        ),
        pytest.param(
            "Une bombe artisanale posée par la Nouvelle armée du peuple a explosé dimanche au "
            "passage d'un camion militaire à Catubig, blessant trois soldats.",
            id="'une bombe posée par X a explosé' (fr)",
        ),
    ],
)
def test_the_agent_of_a_bomb_before_its_explosion_is_the_attacker(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 24))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Catubig", "New People's Army")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des dissidents des FARC ont par ailleurs largué des explosifs à l'aide de drones sur "
            "le commissariat d'Argelia dans la nuit de lundi à mardi, blessant un policier.",
            id="'ont par ailleurs largué' (fr)",
        ),
        pytest.param(
            "Des dissidents des FARC ont pour leur part attaqué le commissariat d'Argelia dans la "
            "nuit de lundi à mardi, blessant un policier.",
            id="'ont pour leur part attaqué' (fr)",
        ),
        pytest.param(
            "FARC dissidents also dropped explosives from drones on the police station in "
            "Argelia overnight Monday into Tuesday, wounding a police officer.",
            id="'also dropped explosives' (en, already passed)",
        ),
    ],
)
def test_an_adverb_between_auxiliary_and_participle_keeps_the_agent(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 26))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Argelia", "FARC dissidents")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The Nigerian Air Force said it carried out airstrikes on Monday on ISWAP hideouts at "
            "Tumbun Rago and Kwatar Daban Masara, in Borno state.",
            id="'hideouts at X and Y' (en)",
        ),
        pytest.param(
            "L'armée de l'air nigériane a annoncé avoir mené lundi des frappes sur des repaires "
            "de l'ISWAP à Tumbun Rago et Kwatar Daban Masara, dans l'État de Borno.",
            id="'des repaires de l'ISWAP à X et Y' (fr)",
        ),
    ],
)
def test_the_hideouts_struck_at_two_places_are_two_places(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 4, 16))
    assert [(m.location_name, m.admin1) for m in mentions] == [
        ("Tumbun Rago", "Borno"),
        ("Kwatar Daban Masara", "Borno"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The Nigerian Air Force said it carried out airstrikes on Monday on ISWAP hideouts at "
            "Tumbun Rago on the shores of Lake Chad.",
            id="'on the shores of Lake Chad' (en)",
        ),
        pytest.param(
            "L'armée de l'air nigériane a annoncé avoir mené lundi des frappes sur des repaires "
            "de l'ISWAP à Tumbun Rago, sur les rives du lac Tchad.",
            id="'sur les rives du lac Tchad' (fr, already passed)",
        ),
    ],
)
def test_the_shores_a_village_lies_on_only_situate_it(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 4, 16))
    assert [m.location_name for m in mentions] == ["Tumbun Rago"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Terrorists opened fire on a forward post in the Machil sector of Kupwara district "
            "on Wednesday night, injuring a soldier.",
            id="'the Machil sector of Kupwara district' (en)",
        ),
        pytest.param(
            "Des terroristes ont ouvert le feu mercredi soir sur un poste avancé dans le secteur "
            "de Machil, dans le district de Kupwara, blessant un soldat.",
            id="'le secteur de Machil, dans le district de' (fr, already passed)",
        ),
    ],
)
def test_a_sector_named_after_its_place_is_that_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 1))
    assert [m.location_name for m in mentions] == ["Machil"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Terrorists opened fire on a forward post in the Machil area of Jammu and Kashmir's "
            "Kupwara district on Wednesday night, injuring a soldier.",
            id="'the Machil area of Jammu and Kashmir's Kupwara district' (en)",
        ),
        pytest.param(
            "Des terroristes ont ouvert le feu mercredi soir sur un poste avancé dans la zone de "
            "Machil, dans le district de Kupwara au Jammu-et-Cachemire, blessant un soldat.",
            id="'la zone de Machil, dans le district de Kupwara au Jammu-et-Cachemire' "
            "(fr, already passed)",
        ),
    ],
)
def test_a_possessor_before_the_division_holding_a_place_only_situates_it(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 1))
    assert [m.location_name for m in mentions] == ["Machil"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "KYIV, Oct 9 (Reuters) - Russia struck the city of Odesa with missiles overnight, "
            "killing six people, Ukrainian officials said on Wednesday.",
            id="'(Reuters) - Russia struck' (en)",
        ),
        pytest.param(
            "KIEV, 9 octobre (AFP) - La Russie a frappé la ville d'Odessa avec des missiles dans "
            "la nuit, tuant six personnes, ont annoncé mercredi les autorités ukrainiennes.",
            id="'(AFP) - La Russie a frappé' (fr)",
        ),
    ],
)
def test_a_country_opening_a_wire_dispatch_is_the_subject_of_its_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 9))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Odesa", "Russian Armed Forces")]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            "J-K: Soldier injured in firing",
            "Kupwara (Jammu and Kashmir) [India], August 1 (ANI): An Army soldier was injured "
            "after terrorists opened fire on a forward post in the Machil sector of Kupwara "
            "district on Wednesday night, officials said.",
            id="'Kupwara (Jammu and Kashmir) [India], August 1 (ANI):' (en)",
        ),
        pytest.param(
            "J-K : un soldat blessé",
            "Kupwara (Jammu-et-Cachemire) [Inde], 1er août (ANI) : Un soldat a été blessé "
            "mercredi soir lorsque des terroristes ont ouvert le feu sur un poste avancé dans le "
            "secteur de Machil, dans le district de Kupwara, ont indiqué des responsables.",
            id="'Kupwara (Jammu-et-Cachemire) [Inde], 1er août (ANI) :' (fr)",
        ),
    ],
)
def test_a_dateline_with_its_state_and_country_in_brackets_dates_the_dispatch(
    world_extractor: Extractor, title: str, body: str
) -> None:
    mentions = _mentions_titled(world_extractor, title, body, datetime(2024, 8, 1))
    assert [(m.location_name, m.event_date) for m in mentions] == [("Machil", date(2024, 7, 31))]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au moins douze civils ont été tués lundi à Mayimoya, dans le secteur de Beni-Mbau, "
            "territoire de Beni, lors d'une attaque attribuée aux ADF. Les assaillants ont fait "
            "irruption lundi dans un quartier périphérique de la localité, tuant leurs victimes "
            "par balles.",
            id="'à X, dans le secteur de Y ... de la localité' (fr)",
        ),
        pytest.param(
            "At least twelve civilians were killed on Monday in Mayimoya, in the Beni-Mbau "
            "sector of Beni territory, in an attack blamed on the ADF. The attackers stormed an "
            "outlying neighbourhood of the village on Monday, shooting their victims.",
            id="'in X, in the Y sector ... of the village' (en)",
        ),
    ],
)
def test_the_locality_points_back_to_the_town_not_to_its_sector(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 12, 17))
    assert [(m.location_name, m.killed) for m in mentions] == [("Mayimoya", 12)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des centaines d'insurgés ont attaqué vendredi la ville de Macomia, dans la province "
            "de Cabo Delgado. L'État islamique a revendiqué l'attaque, affirmant avoir tué une "
            "vingtaine de soldats.",
            id="', affirmant avoir tué une vingtaine de soldats' (fr)",
        ),
        pytest.param(
            "Hundreds of insurgents attacked the town of Macomia in Cabo Delgado province on "
            "Friday. The Islamic State claimed the attack, saying it had killed about twenty "
            "soldiers.",
            id="', saying it had killed about twenty soldiers' (en)",
        ),
    ],
)
def test_the_figures_of_a_claim_are_no_toll(world_extractor: Extractor, body: str) -> None:
    """What a claimant says it killed is its boast: the attack's toll stays unknown."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 13))
    assert [(m.location_name, m.claimed_by, m.killed) for m in mentions] == [
        ("Macomia", "Islamic State", None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des centaines d'insurgés ont attaqué vendredi la ville de Macomia, dans la province "
            "de Cabo Delgado. Selon une source militaire, trois soldats ont été tués dans les "
            "combats.",
            id="'trois soldats ont été tués dans les combats.' (fr)",
        ),
        pytest.param(
            "Hundreds of insurgents attacked the town of Macomia in Cabo Delgado province on "
            "Friday. Three soldiers were killed in the fighting, a military source said.",
            id="'three soldiers were killed in the fighting' (en, already passed)",
        ),
    ],
)
def test_the_dead_of_the_fighting_just_told_are_the_attacks_toll(
    world_extractor: Extractor, body: str
) -> None:
    """Bare "dans les combats", "in the fighting" after an attack is its fighting; "dans les
    combats autour d'Erbil" (where or when they went on) stays a war's tally."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 13))
    assert [(m.location_name, m.killed) for m in mentions] == [("Macomia", 3)]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "The Houthis, who control much of northern Yemen, fired two missiles at a tanker in "
            "the Red Sea on Monday.",
            "Houthis",
            id="'X, who control ..., fired' (en)",
        ),
        pytest.param(
            "Les Houthis, qui contrôlent une grande partie du nord du Yémen, ont tiré lundi deux "
            "missiles sur un pétrolier en mer Rouge.",
            "Houthis",
            id="'X, qui contrôlent ..., ont tiré' (fr)",
        ),
        pytest.param(
            "Les combattants d'Al-Shabaab, armés de fusils et de grenades, ont pris d'assaut "
            "lundi un commissariat à Baidoa, tuant quatre policiers.",
            "Al-Shabaab",
            id="'X, armés de fusils, ont pris d'assaut' (fr)",
        ),
        pytest.param(
            "FARC dissidents, for their part, dropped explosives from drones on the police "
            "station in Argelia on Monday, wounding a police officer.",
            "FARC dissidents",
            id="'X, for their part, dropped' (en)",
        ),
    ],
)
def test_an_aside_between_the_subject_and_its_verb_keeps_the_attacker(
    world_extractor: Extractor, body: str, attacker: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 13))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen attacked the villages of Kwassa and Bagega in Zamfara state on Monday, "
            "killing 12 people.",
            id="'the villages of X and Y ..., killing 12' (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué lundi les villages de Kwassa et de Bagega, dans l'État "
            "de Zamfara, tuant 12 personnes.",
            id="'les villages de X et de Y ..., tuant 12' (fr)",
        ),
    ],
)
def test_a_toll_after_a_list_of_places_is_no_one_places_toll(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 14))
    assert [(m.location_name, m.killed) for m in mentions] == [
        ("Kwassa", None),
        ("Bagega", None),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An explosive-laden uncrewed surface vessel struck the bulk carrier west of Hodeidah "
            "on Wednesday.",
            id="'uncrewed surface vessel' (en)",
        ),
        pytest.param(
            "Une embarcation sans équipage chargée d'explosifs a frappé mercredi le vraquier à "
            "l'ouest de Hodeïda.",
            id="'embarcation sans équipage' (fr)",
        ),
    ],
)
def test_an_uncrewed_boat_is_a_drone(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 9))
    assert [m.weapon for m in mentions] == ["drone"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed seven villagers in Djibo, in northern Burkina Faso, on Sunday. "
            "Security sources suspect JNIM, which is active in the area.",
            id="'security sources suspect X' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué sept villageois dimanche à Djibo, dans le nord du Burkina "
            "Faso. Des sources sécuritaires soupçonnent le JNIM, actif dans la zone.",
            id="'des sources sécuritaires soupçonnent le X' (fr)",
        ),
    ],
)
def test_a_group_suspected_by_name_is_the_alleged_attacker(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 14))
    assert [(m.location_name, m.attacker, m.attribution) for m in mentions] == [
        ("Djibo", "Jama'at Nusrat al-Islam wal-Muslimin", "alleged")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Two soldiers were killed on Thursday when their vehicle hit an improvised explosive "
            "device near the town of Cotija, in Michoacan. Authorities have blamed similar "
            "attacks in the region on the Jalisco New Generation Cartel (CJNG).",
            id="'blamed similar attacks on X' (en)",
        ),
        pytest.param(
            "Deux soldats ont été tués jeudi lorsque leur véhicule a sauté sur un engin explosif "
            "improvisé près de la ville de Cotija, dans le Michoacan. Les autorités ont attribué "
            "des attaques similaires dans la région au Cartel Jalisco Nouvelle Génération (CJNG).",
            id="'attribué des attaques similaires à X' (fr)",
        ),
    ],
)
def test_the_culprit_of_similar_attacks_is_not_this_attacks(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 16))
    assert [(m.killed, m.attacker) for m in mentions] == [(2, None)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Wednesday, drones dropped explosives on several homes in El Aguaje, a farming "
            "community in the municipality of Aguililla, wounding a woman.",
            id="'X, a farming community in the municipality of Y' (en)",
        ),
        pytest.param(
            "Mercredi, des drones ont largué des explosifs sur plusieurs maisons à El Aguaje, une "
            "communauté agricole de la municipalité d'Aguililla, blessant une femme.",
            id="'X, une communauté agricole de la municipalité de Y' (fr)",
        ),
    ],
)
def test_a_division_in_a_described_apposition_holds_the_place(
    world_extractor: Extractor, body: str
) -> None:
    """The division named in a noun phrase set off after a place situates it: one attack."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 16))
    assert len(mentions) == 1
    assert mentions[0].location_name != "Aguililla"
    assert mentions[0].wounded == 1


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An army post in Djibo, Burkina Faso, was attacked on Sunday. The attackers, who had "
            "come on motorbikes via Kaya, opened fire on the soldiers.",
            id="'the attackers, who had come on motorbikes via X' (en)",
        ),
        pytest.param(
            "Le poste militaire de Djibo a été attaqué dimanche au Burkina Faso. Les assaillants, "
            "arrivés à moto par l'axe de Kaya, ont ouvert le feu sur les positions de l'armée.",
            id="'les assaillants, arrivés à moto par l'axe de X' (fr)",
        ),
    ],
)
def test_the_way_the_attackers_came_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    """Where the attackers came from or through is not where they struck, even named alone."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 8))
    assert [m.location_name for m in mentions] == ["Djibo"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Villagers were massacred on May 12 by JNIM fighters in Djibo, Burkina Faso.",
            id="'massacred on May 12 by X fighters' (en)",
        ),
        pytest.param(
            "Des villageois ont été massacrés le 12 mai par des combattants du JNIM à Djibo, au "
            "Burkina Faso.",
            id="'massacrés le 12 mai par des combattants du X' (fr)",
        ),
        pytest.param(
            "Four herders were killed on 12 May by JNIM fighters in Djibo, Burkina Faso.",
            id="'killed on 12 May by X fighters' (en, already passed)",
        ),
    ],
)
def test_the_agent_of_a_killing_told_after_its_date(world_extractor: Extractor, body: str) -> None:
    """A date between the participle of a killing and "by"/"par" keeps the agent the attacker."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 14))
    assert [(m.location_name, m.attacker) for m in mentions] == [
        ("Djibo", "Jama'at Nusrat al-Islam wal-Muslimin")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed three soldiers in Djibo, Burkina Faso, on Sunday. The attack recalled "
            "the tragedy of Yirgou, in neighbouring Sanmatenga province, where gunmen killed 12 "
            "civilians on June 5.",
            id="'the tragedy of X, in neighbouring Y province' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué trois soldats dimanche à Djibo, au Burkina Faso. L'attaque "
            "rappelle le drame de Yirgou, dans la province voisine du Sanmatenga, où des hommes "
            "armés avaient tué 12 civils le 5 juin.",
            id="'le drame de X, dans la province voisine de Y' (fr)",
        ),
    ],
)
def test_a_massacre_named_after_its_village_is_there(world_extractor: Extractor, body: str) -> None:
    """A village the gazetteer lacks, named by the drama or tragedy it saw, is the attack's
    place; the province beside it only situates it."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 8))
    assert [(m.location_name, m.event_date, m.killed) for m in mentions] == [
        ("Djibo", date(2024, 7, 7), 3),
        ("Yirgou", date(2024, 6, 5), 12),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Tuesday gunmen attacked the village of Kucheri in Zamfara State, Nigeria, killing "
            "12 people. On Wednesday they raided neighbouring Yandoto, killing two vigilantes.",
            id="'raided neighbouring X' (en)",
        ),
        pytest.param(
            "Mardi, des hommes armés ont attaqué le village de Kucheri, dans l'État de Zamfara, au "
            "Nigeria, tuant 12 personnes. Mercredi, ils ont attaqué le village voisin de Yandoto, "
            "tuant deux miliciens.",
            id="'le village voisin de X' (fr)",
        ),
    ],
)
def test_a_neighbouring_village_is_a_place(world_extractor: Extractor, body: str) -> None:
    """A name told as the neighbour of the place before is a place, where the gazetteer lacks
    it: its own attack."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 14))
    assert [(m.location_name, m.killed) for m in mentions] == [("Kucheri", 12), ("Yandoto", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed 12 people in the village of Kucheri in Zamfara State, Nigeria, on "
            "Tuesday night. The same night, the attackers killed two vigilantes in the village of "
            "Yandoto.",
            id="'The same night, the attackers killed' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué 12 personnes mardi soir dans le village de Kucheri, dans "
            "l'État de Zamfara, au Nigeria. La même nuit, les assaillants ont tué deux miliciens "
            "dans le village de Yandoto.",
            id="'La même nuit, les assaillants ont tué' (fr)",
        ),
        pytest.param(
            "Malian troops repelled an attack on their camp in Niono, Mali, on Monday. In the "
            "afternoon of the same day, gunmen killed three herders in the village of Siribala.",
            id="'in the afternoon of the same day' (en, already passed)",
        ),
        pytest.param(
            "Les FAMa ont repoussé lundi une attaque contre leur camp de Niono, au Mali. Dans "
            "l'après-midi du même jour, des hommes armés ont tué trois éleveurs dans le village "
            "de Siribala.",
            id="'dans l'après-midi du même jour' (fr)",
        ),
    ],
)
def test_the_same_night_tells_another_attack_that_day(
    world_extractor: Extractor, body: str
) -> None:
    """ "The same night", "la même nuit", "du même jour": the day told before, and another
    attack than the one told before."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 14))
    assert len(mentions) == 2
    assert mentions[1].event_date == mentions[0].event_date
    assert mentions[1].date_precision == "day"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A FAMa patrol was ambushed on Tuesday near Niono, leaving three soldiers dead.",
            id="'a FAMa patrol' (en)",
        ),
        pytest.param(
            "Une patrouille des FAMa a été prise en embuscade mardi près de Niono, faisant trois "
            "morts.",
            id="'une patrouille des FAMa' (fr)",
        ),
    ],
)
def test_an_armed_forces_acronym_is_no_town(world_extractor: Extractor, body: str) -> None:
    """An actor's acronym written with its capitals ("FAMa") names the actor, not a town
    abroad spelled alike (Fama, Brazil)."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 3))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [("Niono", "ML", 3)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday, an army patrol hit a roadside bomb on the Djibo-Bourzanga road in Burkina "
            "Faso, wounding three soldiers.",
            id="'on the X-Y road' (en, already passed)",
        ),
        pytest.param(
            "Lundi, une patrouille de l'armée a heurté un engin explosif improvisé sur l'axe "
            "Djibo-Bourzanga, au Burkina Faso, faisant trois blessés.",
            id="'sur l'axe X-Y' (fr, already passed)",
        ),
        pytest.param(
            "On Monday, an army patrol hit a roadside bomb on the Nassoumbou-Koutougou road in "
            "Burkina Faso, wounding three soldiers.",
            id="'on the X-Y road', X the gazetteer lacks (en)",
        ),
        pytest.param(
            "Lundi, une patrouille de l'armée a heurté un engin explosif improvisé sur l'axe "
            "Nassoumbou-Koutougou, au Burkina Faso, faisant trois blessés.",
            id="'sur l'axe X-Y', X the gazetteer lacks (fr)",
        ),
    ],
)
def test_a_road_named_by_its_ends_puts_the_attack_at_the_first(
    world_extractor: Extractor, body: str
) -> None:
    """A road named by its two ends joined by a dash: the attack is placed at its first end, a
    town the gazetteer lacks included."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 3))
    assert len(mentions) == 1
    assert mentions[0].location_name in {"Djibo", "Nassoumbou"}
    assert (mentions[0].country_iso2, mentions[0].wounded) == ("BF", 3)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday, a Malian army patrol hit a roadside bomb near Niono, wounding two "
            "soldiers.",
            id="'a Malian army patrol hit a roadside bomb' (en)",
        ),
        pytest.param(
            "Lundi, un véhicule de l'armée malienne a heurté une mine près de Niono, faisant deux "
            "blessés.",
            id="'un véhicule de l'armée malienne a heurté une mine' (fr, already passed)",
        ),
    ],
)
def test_forces_that_ran_onto_a_mine_are_its_victims(world_extractor: Extractor, body: str) -> None:
    """A patrol or a vehicle that hit a mine or a roadside bomb is what it struck, not who laid
    it."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 3))
    assert [(m.location_name, m.weapon, m.attacker, m.wounded) for m in mentions] == [
        ("Niono", "ied", None, 2)
    ]


def test_cyrillic_names_are_also_written_with_the_official_ukrainian_vowels() -> None:
    from ingest.tools.gazetteer.drafts import cyrillic_variants

    assert cyrillic_variants("Krasnopillya") == ["Krasnopillia"]
    assert cyrillic_variants("Kostiantynivka") == ["Kostyantynivka"]
    assert cyrillic_variants("Yunakivka") == []  # a "y" that starts the word stays
    assert cyrillic_variants("Kharkiv") == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Russian aircraft dropped two guided aerial bombs on Krasnopillia, in Ukraine's Sumy "
            "region, on Monday, injuring two women.",
            id="'Krasnopillia' for GeoNames' Krasnopillya (en)",
        ),
        pytest.param(
            "L'aviation russe a bombardé lundi Krasnopillia, dans le nord-est de l'Ukraine, "
            "blessant deux femmes.",
            id="'Krasnopillia' pour Krasnopillya (fr)",
        ),
    ],
)
def test_a_ukrainian_name_in_the_official_romanisation_is_found(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 13))
    assert [(m.location_id, m.wounded) for m in mentions] == [("ua-krasnopillya-sumy", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Russian aircraft dropped two guided aerial bombs on Kharkiv on Monday afternoon.",
            id="'dropped two guided aerial bombs on X' (en)",
        ),
        pytest.param(
            "L'aviation russe a largué deux bombes guidées sur Kharkiv lundi après-midi.",
            id="'a largué deux bombes guidées sur X' (fr)",
        ),
    ],
)
def test_bombs_dropped_with_their_number_are_an_attack(
    world_extractor: Extractor, body: str
) -> None:
    """Munitions dropped on a place, told with their number or kind, are an air strike even
    when the sentence tells no toll."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 13))
    assert [(m.location_id, m.weapon, m.event_date) for m in mentions] == [
        ("ua-kharkiv", "airstrike", date(2024, 8, 12))
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday, the villages of Khotin and Yunakivka in Ukraine came under mortar fire.",
            id="'X and Y came under mortar fire' (en)",
        ),
        pytest.param(
            "Lundi, les villages de Khotin et Yunakivka, en Ukraine, ont essuyé des tirs de "
            "mortier.",
            id="'X et Y ont essuyé des tirs de mortier' (fr)",
        ),
    ],
)
def test_places_listed_together_share_the_weapon_told_after(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 13))
    assert [(m.location_id, m.weapon) for m in mentions] == [
        ("ua-khotin", "mortar"),
        ("ua-yunakivka", "mortar"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A fighter jet bombed the town of Kanbalu in Myanmar on Tuesday night, destroying a "
            "school, a member of the local People's Defence Force told reporters.",
            id="'a member of the local X told reporters' (en)",
        ),
        pytest.param(
            "Un membre des Forces de défense du peuple a raconté qu'un avion de chasse avait "
            "bombardé mardi soir la ville de Kanbalu, en Birmanie, détruisant une école.",
            id="'un membre des X a raconté que' (fr)",
        ),
    ],
)
def test_a_member_telling_of_a_strike_does_not_claim_it(
    world_extractor: Extractor, body: str
) -> None:
    """One member of a group telling of a strike is a witness: the group does not claim it."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 23))
    assert [(m.location_id, m.attacker, m.claimed_by) for m in mentions] == [
        ("mm-kanbalu", None, None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed nine farmers near Beni on Tuesday. Civil society groups decried the "
            "recurring killings in the region and urged a stronger army presence on the "
            "Mbau-Kamango road, in North Kivu.",
            id="'urged a stronger army presence on the X-Y road' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué neuf cultivateurs mardi près de Beni. La société civile "
            "déplore la récurrence des tueries dans la région et demande de renforcer la présence "
            "militaire sur l'axe Mbau-Kamango, au Nord-Kivu.",
            id="'renforcer la présence militaire sur l'axe X-Y' (fr)",
        ),
    ],
)
def test_a_road_where_troops_are_asked_for_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    """A road named by its ends places an attack only when what happened there is told right
    before it."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 3))
    assert [m.location_name for m in mentions] == ["Beni"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least eleven civilians were killed on Tuesday by ADF rebels in the village of "
            "Mamove, in DR Congo. Islamic State claimed responsibility for the attack.",
            id="'Islamic State claimed' an ADF attack (en)",
        ),
        pytest.param(
            "Au moins onze civils ont été tués mardi par des rebelles ADF dans le village de "
            "Mamove, en RDC. L'État islamique a revendiqué l'attaque.",
            id="'l'État islamique a revendiqué' une attaque des ADF (fr)",
        ),
    ],
)
def test_a_parent_group_claims_its_branchs_attack(world_extractor: Extractor, body: str) -> None:
    """A claim by a group's parent (the ADF belong to Islamic State's Central Africa
    Province) fits the branch's attack: the branch stays the attacker, the parent claims."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 3))
    assert [(m.location_name, m.attacker, m.claimed_by) for m in mentions] == [
        ("Mamove", "Allied Democratic Forces", "Islamic State")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least eleven civilians were killed on Tuesday in an incursion by suspected ADF "
            "rebels into the village of Mamove, in DR Congo.",
            id="'an incursion by suspected X rebels' (en, already passed)",
        ),
        pytest.param(
            "Au moins onze civils ont été tués mardi lors d'une attaque de présumés rebelles ADF "
            "dans le village de Mamove, en RDC.",
            id="'une attaque de présumés rebelles X' (fr)",
        ),
        pytest.param(
            "Au moins onze civils ont été tués mardi lors d'une incursion de combattants ADF "
            "dans le village de Mamove, en RDC.",
            id="'une incursion de combattants X' (fr)",
        ),
    ],
)
def test_an_attack_of_a_groups_members_is_the_groups(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 3))
    assert [(m.location_name, m.attacker) for m in mentions] == [
        ("Mamove", "Allied Democratic Forces")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An incursion by Boko Haram fighters into the village of Mozogo, in Cameroon's Far "
            "North, left four civilians dead on Friday night.",
            id="'an incursion by X fighters into the village of Y' (en)",
        ),
        pytest.param(
            "Une incursion des combattants de Boko Haram a endeuillé vendredi soir la localité de "
            "Mozogo, dans l'Extrême-Nord du Cameroun.",
            id="'une incursion des combattants de X a endeuillé la localité de Y' (fr)",
        ),
    ],
)
def test_an_incursion_into_a_village_is_an_attack(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 6))
    assert [(m.location_name, m.attacker, m.event_date) for m in mentions] == [
        ("Mozogo", "Boko Haram", date(2025, 1, 3))
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une énième attaque des combattants de Boko Haram a endeuillé lundi la localité de "
            "Mozogo, au Cameroun.",
            id="'une énième attaque des combattants de X' (fr)",
        ),
        pytest.param(
            "Une autre attaque des combattants de Boko Haram a endeuillé lundi la localité de "
            "Mozogo, au Cameroun.",
            id="'une autre attaque des combattants de X' (fr)",
        ),
        pytest.param(
            "Yet another attack by Boko Haram fighters left the town of Mozogo in Cameroon in "
            "mourning on Monday.",
            id="'yet another attack by X fighters' (en, already passed)",
        ),
    ],
)
def test_yet_another_attack_of_a_group_is_the_groups(world_extractor: Extractor, body: str) -> None:
    """The attack noun keeps its agent after "énième" or "autre" between it and its article."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 8))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Mozogo", "Boko Haram")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Two Hezbollah members were killed by an Israeli drone strike on their car in "
            "Nabatieh, Lebanon, in the early afternoon. Last Wednesday, a strike on an apartment "
            "in Nabatieh had killed a party official.",
            id="'in the early afternoon' then 'Last Wednesday, a strike ... had killed' (en)",
        ),
        pytest.param(
            "Deux membres du Hezbollah ont été tués en début d'après-midi par une frappe de drone "
            "israélien contre leur voiture à Nabatiyé, au Liban. Mercredi dernier, une frappe "
            "contre un appartement à Nabatiyé avait tué un cadre du parti.",
            id="'en début d'après-midi' puis 'Mercredi dernier, une frappe ... avait tué' (fr)",
        ),
    ],
)
def test_a_dated_passing_reference_is_another_attack_at_the_place(
    world_extractor: Extractor, body: str
) -> None:
    """An attack told with no day, then a passing reference to an attack on a day told at the
    same place: two attacks, each with its own date and toll."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 14))
    assert [(m.is_background, m.event_date) for m in mentions] == [
        (False, date(2024, 2, 14)),
        (True, date(2024, 2, 7)),
    ]
    assert mentions[0].killed == 2


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "L'aviation israélienne a mené mercredi des raids sur les localités frontalières "
            "d'Aïta el-Chaab et de Ramyé, au Liban.",
            id="'les localités frontalières d'X et de Y' (fr)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué mardi les villages voisins de Kwassa et de Bagega, au "
            "Nigeria.",
            id="'les villages voisins de X et de Y' (fr)",
        ),
        pytest.param(
            "Israeli jets on Wednesday struck the border villages of Aita al-Shaab and Ramyeh in "
            "Lebanon.",
            id="'the border villages of X and Y' (en, already passed)",
        ),
    ],
)
def test_places_a_plural_noun_with_an_adjective_lists(
    world_extractor: Extractor, body: str
) -> None:
    """A French plural place noun with its adjective after it ("frontalières", "voisins")
    lists the places struck, one attack each; a border adjective there names no neighbour."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 15))
    assert len(mentions) == 2
    assert all(m.location_id is None for m in mentions)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Two policemen were killed when militants attacked the Tajori checkpost early on "
            "Monday in Pakistan.",
            id="'the X checkpost' (en)",
        ),
        pytest.param(
            "Deux policiers ont été tués lundi à l'aube lorsque des militants ont attaqué le "
            "poste de contrôle de Tajori, au Pakistan.",
            id="'le poste de contrôle de X' (fr)",
        ),
    ],
)
def test_a_checkpost_named_after_its_village_is_there(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 17))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [("Tajori", "PK", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Kalat district, militants opened fire on a Levies checkpost overnight, killing "
            "four personnel.",
            id="'a Levies checkpost' (en)",
        ),
        pytest.param(
            "Dans le district de Kalat, des militants ont ouvert le feu cette nuit sur un poste "
            "des Levies du Baloutchistan, tuant quatre agents.",
            id="'un poste des Levies du Baloutchistan' (fr, already passed)",
        ),
    ],
)
def test_the_levies_are_a_force_not_a_village(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 26))
    assert [m.location_name for m in mentions] != [] and "Levies" not in {
        m.location_name for m in mentions
    }


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed four farmers near Gondar, Ethiopia, on Sunday. Fighting has persisted "
            "in the region since August 2023. In the same month, a drone strike in Finote Selam "
            "killed at least 26 people.",
            id="'In the same month' after 'since August 2023' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué quatre paysans dimanche près de Gondar, en Éthiopie. Les "
            "combats durent dans la région depuis août 2023. Le même mois, une frappe de drone à "
            "Finote Selam avait tué au moins 26 personnes.",
            id="'Le même mois' après 'depuis août 2023' (fr, already passed)",
        ),
    ],
)
def test_the_same_month_is_the_month_told_last(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 19))
    strike = [m for m in mentions if m.location_name == "Finote Selam"]
    assert [(m.event_date, m.date_precision) for m in strike] == [(date(2023, 8, 1), "month")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Fano militia group active in North Wollo said on Monday that its fighters had "
            "attacked government forces stationed in Lalibela on Sunday.",
            id="'a group active in X said its fighters attacked forces stationed in Y' (en)",
        ),
        pytest.param(
            "Un groupe de miliciens Fano actif dans le Wollo-Nord a affirmé lundi que ses "
            "combattants avaient attaqué dimanche les forces gouvernementales stationnées à "
            "Lalibela.",
            id="'un groupe actif dans X ... les forces stationnées à Y' (fr)",
        ),
    ],
)
def test_forces_attacked_where_they_are_stationed_not_where_the_group_is_active(
    world_extractor: Extractor, body: str
) -> None:
    """Where a group is active is no attack place beside another; forces attacked where they
    are stationed were hit there."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 3, 19))
    assert [(m.location_id, m.attacker) for m in mentions] == [("et-lalibela", "Fano")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed five farmers near Managil, Sudan, on Sunday. The killings recall the "
            "June massacre in Wad El Noura, where at least 100 people were killed.",
            id="'the June massacre in X' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué cinq paysans dimanche près de Managil, au Soudan. Ces "
            "tueries rappellent le massacre de juin à Wad El Noura, où au moins 100 personnes "
            "avaient été tuées.",
            id="'le massacre de juin à X' (fr)",
        ),
    ],
)
def test_an_attack_named_by_its_month_is_dated_to_it(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 11, 26))
    massacre = [m for m in mentions if m.location_name == "Wad El Noura"]
    assert [(m.event_date, m.date_precision, m.is_background) for m in massacre] == [
        (date(2024, 6, 1), "month", True)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "By Monday evening, elders had counted dozens of bodies from Sunday's attack on "
            "Gashua, most of them farmers.",
            [("Gashua", date(2024, 9, 1))],
            id="first telling: 'bodies from Sunday's attack on X' (en)",
        ),
        pytest.param(
            "Les notables ont compté des dizaines de corps après l'attaque de dimanche contre "
            "Gashua.",
            [("Gashua", date(2024, 9, 1))],
            id="first telling: 'après l'attaque de dimanche contre X' (fr)",
        ),
        pytest.param(
            "Gunmen attacked Gashua on Sunday, killing four traders. Traders in Potiskum closed "
            "their shops after Sunday's attack.",
            [("Gashua", date(2024, 9, 1))],
            id="told before: 'after Sunday's attack' sets it in context (en, already passed)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué Gashua dimanche, tuant quatre commerçants. À Potiskum, "
            "les commerçants ont fermé leurs boutiques depuis l'attaque de dimanche.",
            [("Gashua", date(2024, 9, 1))],
            id="told before: 'depuis l'attaque de dimanche' is context (fr, already passed)",
        ),
    ],
)
def test_an_attack_named_by_its_day_is_told_when_none_was_before(
    world_extractor: Extractor, body: str, expected: list[tuple[str, date]]
) -> None:
    """'Sunday's attack' names an attack told before; before any was told, it tells it."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 3))
    assert [(m.location_name, m.event_date) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Insurgents raided Macomia town on Friday, killing five soldiers. Last week, the "
            "insurgents had killed two traders near Nacate, a village of Macomia district.",
            id="'raided X town on Friday ... Last week, near Y, a village of X district' (en)",
        ),
        pytest.param(
            "Des insurgés ont attaqué vendredi la ville de Macomia, tuant cinq soldats. La semaine "
            "dernière, ils avaient tué deux commerçants près de Nacate, un village du district "
            "de Macomia.",
            id="'attaqué vendredi X ... La semaine dernière, près de Y, district de X' (fr)",
        ),
    ],
)
def test_a_passing_reference_inside_the_town_is_another_attack(
    world_extractor: Extractor, body: str
) -> None:
    """The attack told and an earlier one in its district, each dated by its own sentence, are
    two attacks: the town's is not folded into the village's."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 13))
    assert sorted((m.location_name, m.killed, m.is_background) for m in mentions) == [
        ("Macomia", 5, False),
        ("Nacate", 2, True),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants killed at least 40 people in an attack on the town of Djibo on Saturday, "
            "security sources said. JNIM said in a statement on Sunday that it had taken control "
            "of an army position in Djibo and killed soldiers.",
            id="'said in a statement that it had taken control of an army position' (en)",
        ),
        pytest.param(
            "Militants killed at least 40 people in an attack on the town of Djibo on Saturday, "
            "security sources said. JNIM said it had overrun an army post in Djibo.",
            id="'said it had overrun an army post in X' (en)",
        ),
        pytest.param(
            "Des jihadistes ont tué au moins 40 personnes samedi lors d'une attaque contre la "
            "ville de Djibo. Le JNIM a affirmé avoir pris le contrôle d'une position de l'armée "
            "à Djibo.",
            id="'a affirmé avoir pris le contrôle d'une position de l'armée à X' (fr)",
        ),
    ],
)
def test_a_group_telling_it_took_a_post_claims_the_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 26))
    jnim = "Jama'at Nusrat al-Islam wal-Muslimin"
    assert [(m.location_name, m.killed, m.claimed_by) for m in mentions] == [("Djibo", 40, jnim)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des jihadistes ont tué au moins 40 personnes samedi lors d'une attaque contre la "
            "ville de Djibo. Le JNIM a affirmé avoir repris le contrôle de la commune.",
            id="'a affirmé avoir repris le contrôle de la commune': no claim (fr, already passed)",
        ),
        pytest.param(
            "Militants killed at least 40 people in an attack on the town of Djibo on Saturday. "
            "The army said it had taken back control of the town.",
            id="'said it had taken back control of the town': no claim (en, already passed)",
        ),
    ],
)
def test_a_town_retaken_claims_no_attack(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 26))
    assert [(m.location_name, m.claimed_by) for m in mentions] == [("Djibo", None)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen attacked Djibo on Saturday. The United Nations said health centres in Kaya "
            "had received dozens of wounded and were running short of blood.",
            id="'health centres in X had received dozens of wounded' (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué Djibo samedi. Selon l'ONU, les centres de santé de "
            "Kaya ont reçu des dizaines de blessés.",
            id="'les centres de santé de X ont reçu des dizaines de blessés' (fr, already passed)",
        ),
    ],
)
def test_where_hospitals_received_the_wounded_is_no_attack_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 26))
    assert [m.location_name for m in mentions] == ["Djibo"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "BEYROUTH, 25 juin 2023 (AFP) - Des frappes aériennes ont tué dimanche six civils "
            "à Ariha, dans la province d'Idleb.",
            (date(2023, 6, 25), "day"),
            id="'BEYROUTH, 25 juin 2023 (AFP) - ... dimanche' (fr)",
        ),
        pytest.param(
            "BEIRUT, June 25, 2023 (AFP) - Air strikes killed six civilians in Ariha, in Idlib "
            "province, on Sunday.",
            (date(2023, 6, 25), "day"),
            id="'BEIRUT, June 25, 2023 (AFP) - ... on Sunday' (en)",
        ),
        pytest.param(
            "BEIRUT, May 25, 2023 (AFP) - Air strikes killed six civilians in Ariha, in Idlib "
            "province, on Sunday.",
            (date(2023, 6, 15), "month"),
            id="a dateline outside the page's month gives no day (en, already passed)",
        ),
        pytest.param(
            "Des frappes aériennes ont tué dimanche six civils à Ariha, dans la province "
            "d'Idleb, a indiqué l'OSDH le 25 juin.",
            (date(2023, 6, 15), "month"),
            id="a date inside the text is no dateline (fr, already passed)",
        ),
    ],
)
def test_a_wire_dateline_gives_the_day_of_a_page_dated_to_its_month(
    world_extractor: Extractor, body: str, expected: tuple[date, str]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 6, 1), precision="month")
    assert [(m.event_date, m.date_precision) for m in mentions] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A drone killed three soldiers at an outpost in Jordan on Sunday, the first troops "
            "killed by hostile fire in the Middle East since the war began.",
            id="'in the Middle East' is a world region, no town (en)",
        ),
        pytest.param(
            "Un drone a tué dimanche trois soldats sur un avant-poste en Jordanie, les premiers "
            "militaires tués au Moyen-Orient depuis le début de la guerre.",
            id="'au Moyen-Orient' is a world region, no town (fr, already passed)",
        ),
    ],
)
def test_a_world_region_is_no_town(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 1, 29))
    assert [m.country_iso2 for m in mentions] == ["JO"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Nine soldiers were killed overnight in an attack on their post in a desert area "
            "north of Baghdad, security sources said. The assailants stormed an army outpost in "
            "Al-Azim district, in Diyala province, an officer said.",
            id="'north of Baghdad', then the district the next sentence names (en)",
        ),
        pytest.param(
            "Neuf soldats ont été tués dans la nuit dans une attaque contre leur poste dans une "
            "zone désertique au nord de Bagdad, selon des sources de sécurité. Les assaillants "
            "ont pris d'assaut un avant-poste de l'armée dans le district d'Al-Azim, dans la "
            "province de Diyala, a précisé un officier.",
            id="'au nord de Bagdad', puis le district que nomme la phrase suivante (fr)",
        ),
    ],
)
def test_a_landmark_town_folds_into_the_place_told_next(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 1, 21))
    assert [(m.location_name, m.killed) for m in mentions] == [("Al-Azim", 9)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Nine soldiers were killed in an attack on their post north of Baghdad on Thursday. "
            "In a separate attack, a roadside bomb wounded two policemen in Samarra.",
            id="'north of Baghdad', then 'in a separate attack' elsewhere (en, already passed)",
        ),
        pytest.param(
            "Neuf soldats ont été tués jeudi dans une attaque contre leur poste au nord de "
            "Bagdad. Dans une autre attaque, une bombe a blessé deux policiers à Samarra.",
            id="'au nord de Bagdad', puis 'dans une autre attaque' ailleurs (fr, already passed)",
        ),
    ],
)
def test_a_landmark_town_keeps_its_attack_before_another(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 1, 21))
    assert [m.location_name for m in mentions] == ["Baghdad", "Samarra"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen stormed an army outpost in the Al-Azim district of Diyala province on "
            "Thursday, killing nine soldiers.",
            id="'the X district of Y province' names the district X (en)",
        ),
        pytest.param(
            "Des hommes armés ont pris d'assaut jeudi un avant-poste de l'armée dans le district "
            "d'Al-Azim, dans la province de Diyala, tuant neuf soldats.",
            id="'le district d'X, dans la province de Y' (fr, already passed)",
        ),
    ],
)
def test_a_district_of_a_province_is_named_before_it(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 1, 21))
    assert [(m.location_name, m.admin1) for m in mentions] == [("Al-Azim", "Diyala")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au moins 20 personnes ont été tuées vendredi dans une frappe aérienne contre un "
            "marché de Saada, les rebelles accusant la coalition militaire dirigée par l'Arabie "
            "saoudite.",
            id="'la coalition militaire dirigée par l'Arabie saoudite' (fr)",
        ),
        pytest.param(
            "At least 20 people were killed on Friday in an air strike on a market in Saada, the "
            "rebels said, blaming the Saudi-led military coalition.",
            id="'the Saudi-led military coalition' (en, already passed)",
        ),
    ],
)
def test_the_saudi_led_coalition_with_its_adjective(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2022, 1, 22))
    assert [m.attacker for m in mentions] == ["Saudi-led coalition"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param(
            "In Mukhtariya, a village in Latakia province, gunmen killed at least 30 men on "
            "Friday, the Observatory said.",
            "Mukhtariya",
            id="'In X, a village in Y province, ...' opening the sentence (en)",
        ),
        pytest.param(
            "À Al-Moukhtariya, un village de la campagne de Lattaquié, au moins 30 hommes ont "
            "été tués vendredi, a indiqué l'OSDH.",
            "Al-Moukhtariya",
            id="'À X, un village de la campagne de Y, ...' en tête de phrase (fr)",
        ),
    ],
)
def test_a_sentence_opening_on_a_village_in_apposition(
    world_extractor: Extractor, body: str, name: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 8))
    assert [(m.location_name, m.admin1, m.killed) for m in mentions] == [(name, "Latakia", 30)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Jihadists struck Intazayene, Bakorat and Wirsnat, as well as several hamlets in the "
            "Tillia department of Niger, on Sunday, killing dozens of villagers.",
            id="'struck X, Y and Z, as well as several hamlets in ...' (en)",
        ),
        pytest.param(
            "Des jihadistes ont attaqué dimanche Intazayene, Bakorat et Wirsnat, dans le "
            "département de Tillia, au Niger, tuant des dizaines de villageois.",
            id="'ont attaqué dimanche X, Y et Z, dans le département de ...' (fr)",
        ),
    ],
)
def test_the_villages_an_attack_verb_lists_are_its_places(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2021, 3, 22))
    assert [(m.location_name, m.event_date) for m in mentions] == [
        (name, date(2021, 3, 21)) for name in ("Intazayene", "Bakorat", "Wirsnat")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen attacked Banibangou on Sunday. The assailants also struck Tillia, government "
            "spokesman Zakaria Abdourahamane said in a statement read on state television on "
            "Monday.",
            id="'said in a statement read on state television on Monday' (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué Banibangou dimanche. Les assaillants ont aussi frappé "
            "Tillia, a annoncé le porte-parole du gouvernement dans un communiqué lu à la "
            "télévision nationale lundi.",
            id="'a annoncé dans un communiqué lu à la télévision nationale lundi' (fr)",
        ),
    ],
)
def test_the_day_of_a_statement_read_on_television_is_no_attack_day(
    world_extractor: Extractor, body: str
) -> None:
    """The statement's Monday is not the attack's day: the sentence goes on with Sunday's."""
    mentions = _mentions_on(world_extractor, body, datetime(2021, 3, 23))
    tillia = [m for m in mentions if m.location_name == "Tillia"]
    assert [(m.event_date, m.date_precision) for m in tillia] == [(date(2021, 3, 21), "day")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des obus sont tombés vendredi sur un camp de déplacés près de Goma, en RDC, tuant 12 "
            "personnes. Le département d'État américain a condamné une attaque menée depuis des "
            "positions de l'armée rwandaise.",
            id="'le département d'État a condamné une attaque' (fr)",
        ),
        pytest.param(
            "Shells hit a displacement camp near Goma, in Congo, on Friday, killing 12 people. "
            "The U.S. Department of State condemned an attack launched from positions of the "
            "Rwandan army.",
            id="'the Department of State condemned an attack' (en, already passed)",
        ),
    ],
)
def test_the_state_of_a_state_department_is_no_place(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 5, 4))
    assert [m.location_name for m in mentions] == ["Goma"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au Tchad, des hommes armés ont tué trois pêcheurs samedi sur une île proche de "
            "Ngouboua, selon des sources locales.",
            id="'sur une île proche de X' (fr)",
        ),
        pytest.param(
            "In Chad, gunmen killed three fishermen on Saturday on an island close to Ngouboua, "
            "local sources said.",
            id="'on an island close to X' (en)",
        ),
        pytest.param(
            "Au Tchad, des hommes armés ont tué trois pêcheurs samedi non loin de Ngouboua, selon "
            "des sources locales.",
            id="'non loin de X' (fr)",
        ),
        pytest.param(
            "In Chad, gunmen killed three fishermen on Saturday not far from Ngouboua, local "
            "sources said.",
            id="'not far from X' is near it, not far from it (en)",
        ),
    ],
)
def test_a_village_told_as_near_is_the_attack_place(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 28))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [("Ngouboua", "TD")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An explosion at Kalsu military base in Babil province on Saturday killed a member of "
            "the Popular Mobilization Forces. The PMF said the base had been hit by an airstrike, "
            "but the US military said it had not conducted strikes in Iraq that day.",
            id="'the US military said it had not conducted strikes' (en)",
        ),
        pytest.param(
            "Une explosion a frappé samedi la base militaire de Kalsu, dans la province de "
            "Babylone, tuant un membre du Hachd al-Chaabi. Le Hachd a affirmé que la base avait "
            "été visée par une frappe aérienne, mais l'armée américaine a assuré qu'elle n'avait "
            "pas mené de frappes en Irak ce jour-là.",
            id="'l'armée américaine a assuré qu'elle n'avait pas mené de frappes' (fr, already "
            "passed)",
        ),
    ],
)
def test_a_side_denying_a_strike_is_not_its_attacker(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 4, 22))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Kalsu Military Base", None)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une frappe sur une maison du quartier d'Al-Amal, à Khan Younès, a tué quatre membres "
            "d'une même famille samedi.",
            id="'le quartier d'Al-Amal, à Khan Younès' (fr)",
        ),
        pytest.param(
            "A strike on a house in the Al-Amal neighbourhood, in Khan Younis, killed four "
            "members of one family on Saturday.",
            id="'the Al-Amal neighbourhood, in Khan Younis' (en)",
        ),
    ],
)
def test_an_arabic_name_is_no_namesake_abroad(world_extractor: Extractor, body: str) -> None:
    """The tail of 'Al-Amal' is not Sweden's Åmål."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 10))
    assert {m.country_iso2 for m in mentions} == {"PS"}


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "Lundi, une unité d'escorte est tombée dans une embuscade près de Sebba, au Burkina "
            "Faso. Le communiqué fait état de quatre soldats tombés et de six blessés.",
            4,
            id="'quatre soldats tombés' are four dead (fr)",
        ),
        pytest.param(
            "Lundi, des obus sont tombés près de Sebba, au Burkina Faso, tuant deux civils.",
            2,
            id="'des obus sont tombés' count nobody (fr, already passed)",
        ),
        pytest.param(
            "On Monday, shells fell near Sebba, in Burkina Faso, killing two civilians.",
            2,
            id="'shells fell' count nobody (en, already passed)",
        ),
    ],
)
def test_soldiers_fallen_are_dead(world_extractor: Extractor, body: str, killed: int) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 2, 22))
    assert [(m.location_name, m.killed) for m in mentions] == [("Sebba", killed)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des présumés rebelles ADF ont tué à la machette cinq cultivateurs samedi dans leurs "
            "champs près de Komanda, en Ituri.",
            id="'ont tué à la machette cinq cultivateurs' (fr)",
        ),
        pytest.param(
            "Suspected ADF rebels killed with machetes five farmers in their fields near "
            "Komanda, in Ituri, on Saturday.",
            id="'killed with machetes five farmers' (en)",
        ),
    ],
)
def test_the_victims_after_how_they_were_killed(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 6, 12))
    assert [(m.location_name, m.killed, m.weapon) for m in mentions] == [("Komanda", 5, "other")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The Houthis said on Sunday that the Israeli strikes carried out on Saturday on the "
            "port of Hodeidah had killed six people.",
            id="'The Houthis said that the Israeli strikes ... had killed' (en)",
        ),
        pytest.param(
            "Les Houthis ont affirmé dimanche que les frappes israéliennes menées samedi contre "
            "le port de Hodeida avaient fait six morts.",
            id="'Les Houthis ont affirmé que les frappes israéliennes' (fr, already passed)",
        ),
    ],
)
def test_the_speaker_is_not_the_agent_of_what_it_tells(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 21))
    assert [(m.killed, m.attacker) for m in mentions] == [(6, "Israel Defense Forces")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least 53 people were killed Friday when gunmen attacked truffle hunters near "
            "Sukhnah, in Syria, state media said Saturday. A day earlier, a land mine exploded "
            "under a vehicle near Uqayribat, killing three people.",
            id="'state media said Saturday. A day earlier, ...' (en)",
        ),
        pytest.param(
            "Au moins 53 personnes ont été tuées vendredi dans une attaque près de Soukhna, en "
            "Syrie, a annoncé samedi l'agence officielle. Un jour plus tôt, une mine avait "
            "explosé au passage d'un véhicule près d'Uqayribat, tuant trois personnes.",
            id="'a annoncé samedi ... Un jour plus tôt, ...' (fr)",
        ),
    ],
)
def test_a_day_earlier_goes_on_from_the_attack_not_the_statement(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 2, 18))
    mine = [m for m in mentions if m.killed == 3]
    assert [m.event_date for m in mine] == [date(2023, 2, 16)]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "Gunmen attacked Gashua on Sunday. Elders had counted at least 45 bodies, most of "
            "them farmers.",
            45,
            id="'counted at least 45 bodies' (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué Gashua dimanche. Au moins 45 corps ont été retrouvés, "
            "selon les secours.",
            45,
            id="'45 corps ont été retrouvés' (fr)",
        ),
        pytest.param(
            "Gunmen attacked Gashua on Sunday, killing 12. Police took the bodies to the "
            "hospital in Damaturu.",
            12,
            id="'took the bodies to the hospital': no figure of its own (en, already passed)",
        ),
    ],
)
def test_the_bodies_counted_are_the_dead(
    world_extractor: Extractor, body: str, killed: int
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 3))
    assert [(m.location_name, m.killed) for m in mentions] == [("Gashua", killed)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le ministère a annoncé la mort de vingt militaires et d'un civil lors d'une attaque "
            "mardi à Tassia, au Niger.",
            id="'la mort de vingt militaires et d'un civil' (fr)",
        ),
        pytest.param(
            "The ministry announced the deaths of twenty soldiers and one civilian in an attack "
            "on Tuesday in Tassia, Niger.",
            id="'the deaths of twenty soldiers and one civilian' (en, already passed)",
        ),
    ],
)
def test_two_groups_of_dead_after_de_are_summed(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 27))
    assert [m.killed for m in mentions] == [21]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le 20 mars, une embuscade près de Teguey, au Niger, avait visé une patrouille. Ce "
            "jour-là, 23 soldats avaient perdu la vie, selon l'armée.",
            id="'23 soldats avaient perdu la vie' (fr)",
        ),
        pytest.param(
            "On March 20, an ambush near Teguey, in Niger, targeted a patrol. That day, 23 "
            "soldiers had lost their lives, the army said.",
            id="'23 soldiers had lost their lives' (en, already passed)",
        ),
    ],
)
def test_lives_lost_in_the_pluperfect_are_the_dead(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 27))
    assert [(m.location_name, m.killed) for m in mentions] == [("Teguey", 23)]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "An Israeli strike on a building in Haret Hreik on July 30 killed senior Hezbollah "
            "commander Fuad Shukr along with five civilians.",
            6,
            id="'killed senior commander X along with five civilians' (en)",
        ),
        pytest.param(
            "Iranian missiles hit a house in Erbil on Monday, killing businessman Peshraw Dizayee "
            "and at least three other people.",
            4,
            id="'killing businessman X and at least three other people' (en)",
        ),
        pytest.param(
            "Une frappe israélienne sur Haret Hreik, au Liban, a tué mardi le commandant Fouad "
            "Chokr ainsi que cinq civils.",
            6,
            id="'a tué le commandant X ainsi que cinq civils' (fr)",
        ),
    ],
)
def test_a_named_victim_and_the_others_are_summed(
    world_extractor: Extractor, body: str, killed: int
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 1))
    assert [m.killed for m in mentions] == [killed]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A drone strike hit an SDF checkpoint near Amuda on Thursday, killing four fighters, "
            "the SDF said.",
            id="'hit an SDF checkpoint ..., the SDF said': the victim, no claimant (en)",
        ),
        pytest.param(
            "Une frappe de drone a touché jeudi un poste de contrôle des FDS près d'Amouda, "
            "tuant quatre combattants, ont indiqué les FDS.",
            id="'un poste de contrôle des FDS ..., ont indiqué les FDS' (fr)",
        ),
    ],
)
def test_a_group_telling_of_a_strike_on_its_post_does_not_claim_it(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 10, 6))
    assert [(m.attacker, m.claimed_by) for m in mentions] == [(None, None)]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "A suicide bombing in Gashua on Sunday claimed 12 lives.",
            12,
            id="'claimed 12 lives' (en)",
        ),
        pytest.param(
            "Un attentat-suicide à Gashua dimanche a coûté la vie à 12 personnes.",
            12,
            id="'a coûté la vie à 12 personnes' (fr, already passed)",
        ),
        pytest.param(
            "A suicide bombing in Gashua on Sunday killed two people. Residents said they feared "
            "for their lives.",
            2,
            id="'feared for their lives': no figure (en, already passed)",
        ),
    ],
)
def test_the_lives_an_attack_claimed_are_the_dead(
    world_extractor: Extractor, body: str, killed: int
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 3))
    assert [(m.location_name, m.killed) for m in mentions] == [("Gashua", killed)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des hommes armés ont attaqué Gashua dans la nuit du samedi 31 août au dimanche 1er "
            "septembre, tuant 12 personnes.",
            id="'la nuit du samedi 31 août au dimanche 1er septembre' (fr)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué Gashua dans la nuit du 31 août au 1er septembre, tuant "
            "12 personnes.",
            id="'la nuit du 31 août au 1er septembre' (fr)",
        ),
        pytest.param(
            "Gunmen attacked Gashua on the night of August 31 to September 1, killing 12.",
            id="'the night of August 31 to September 1' (en)",
        ),
    ],
)
def test_a_night_across_two_months_is_its_second_day(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 4))
    assert [(m.event_date, m.date_precision) for m in mentions] == [(date(2024, 9, 1), "day")]


@pytest.mark.parametrize(
    ("body", "wounded"),
    [
        pytest.param(
            "A bomb exploded in Gashua on Sunday. Two people were killed, while 15 others were "
            "injured.",
            15,
            id="'two were killed, while 15 others were injured' (en)",
        ),
        pytest.param(
            "Une bombe a explosé dimanche à Gashua. Deux personnes ont été tuées, tandis que "
            "quinze autres ont été blessées.",
            15,
            id="'deux tuées, tandis que quinze autres ont été blessées' (fr, already passed)",
        ),
        pytest.param(
            "Une bombe a explosé dimanche à Gashua. Deux personnes ont été tuées, tandis qu'une "
            "autre source évoque trois morts.",
            None,
            id="'tandis qu'une autre source évoque trois morts': another account (fr, already "
            "passed)",
        ),
    ],
)
def test_the_other_kind_of_casualty_after_a_contrast_completes_the_toll(
    world_extractor: Extractor, body: str, wounded: int | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 4))
    assert [(m.killed, m.wounded) for m in mentions] == [(2, wounded)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Twelve farmers were killed in Gashua on Sunday by gunmen believed to belong to Boko "
            "Haram.",
            id="'by gunmen believed to belong to X' (en)",
        ),
        pytest.param(
            "Douze paysans ont été tués dimanche à Gashua par des hommes armés qui seraient des "
            "membres de Boko Haram.",
            id="'par des hommes armés qui seraient des membres de X' (fr)",
        ),
        pytest.param(
            "Douze paysans ont été tués dimanche à Gashua par des hommes armés soupçonnés "
            "d'appartenir à Boko Haram.",
            id="'par des hommes armés soupçonnés d'appartenir à X' (fr)",
        ),
    ],
)
def test_gunmen_believed_to_belong_to_a_group_are_its_fighters(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 4))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Gashua", "Boko Haram")]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "A police van was riddled with bullets near Bannu on Sunday.",
            "small_arms",
            id="'riddled with bullets' (en)",
        ),
        pytest.param(
            "Militants strafed a police checkpoint near Bannu on Sunday.",
            "unknown",
            id="'strafed' (en)",
        ),
        pytest.param(
            "Dimanche, des inconnus ont mitraillé un poste de police près de Bannu.",
            "small_arms",
            id="'ont mitraillé' (fr)",
        ),
        pytest.param(
            "Un fourgon de police a été criblé de balles dimanche près de Bannu.",
            "small_arms",
            id="'criblé de balles' (fr)",
        ),
    ],
)
def test_a_target_machine_gunned_is_an_attack(
    world_extractor: Extractor, body: str, weapon: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 4))
    assert [(m.location_name, m.event_date, m.weapon) for m in mentions] == [
        ("Bannu", date(2024, 9, 1), weapon)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des hommes armés ont tué dimanche six touristes à Pahalgam. L'attaque ravive le "
            "souvenir de celle de Pulwama, en février 2019 : un attentat-suicide contre un convoi "
            "avait tué 40 hommes.",
            id="'ravive le souvenir de celle de X, en février 2019 : ...' (fr)",
        ),
        pytest.param(
            "Gunmen killed six tourists in Pahalgam on Sunday. The attack revived memories of the "
            "one in Pulwama, in February 2019: a suicide bombing against a convoy had killed 40 "
            "men.",
            id="'revived memories of the one in X, in February 2019: ...' (en)",
        ),
    ],
)
def test_a_colon_after_a_remembered_attack_tells_that_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.event_date, m.killed, m.is_background) for m in mentions] == [
        ("Pahalgam", date(2025, 4, 20), 6, False),
        ("Pulwama", date(2019, 2, 1), 40, True),
    ]
    assert mentions[0].weapon != "ied"
    assert mentions[1].weapon == "ied"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed six villagers in Gwoza on Saturday. On Sunday, the governor condemned "
            "the attack in a statement issued in Maiduguri.",
            id="'condemned the attack' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi six villageois à Gwoza. Dimanche, le gouverneur a "
            "condamné avec fermeté cet attentat dans un communiqué publié à Maiduguri.",
            id="'a condamné avec fermeté cet attentat' (fr)",
        ),
        pytest.param(
            "Gunmen killed six villagers in Gwoza on Saturday. On Sunday, the governor visited "
            "the wounded at a hospital in Maiduguri.",
            id="'visited the wounded' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi six villageois à Gwoza. Dimanche, le gouverneur a "
            "rendu visite aux blessés dans un hôpital de Maiduguri.",
            id="'a rendu visite aux blessés' (fr)",
        ),
    ],
)
def test_a_reaction_to_an_attack_told_tells_no_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.event_date, m.killed) for m in mentions] == [
        ("Gwoza", date(2025, 4, 19), 6)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The first explosion ripped through a wedding in the town of Gwoza on Saturday. "
            "Minutes later, a second bomber blew herself up near the General Hospital in Gwoza. "
            "Nobody immediately claimed responsibility, but suspicion fell on Boko Haram.",
            id="'suspicion fell on X' after two blasts in one town (en)",
        ),
        pytest.param(
            "Samedi, une kamikaze s'est fait exploser lors d'un mariage à Gwoza. Dans une autre "
            "attaque, une deuxième kamikaze s'est fait exploser près de l'hôpital général de "
            "Gwoza. L'attaque n'a pas été revendiquée, mais les soupçons se portent sur Boko "
            "Haram.",
            id="'les soupçons se portent sur X' after two blasts in one town (fr)",
        ),
    ],
)
def test_a_blame_covers_the_attacks_told_in_one_town_that_day(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.event_date, m.attacker) for m in mentions] == [
        ("Gwoza", date(2025, 4, 19), "Boko Haram"),
        ("Gwoza", date(2025, 4, 19), "Boko Haram"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A suicide bomber struck a ministry in Kabul on Wednesday, killing the minister, "
            "Karim Nouri, and at least four other people, officials said.",
            id="'killing the minister, X, and at least four other people' (en)",
        ),
        pytest.param(
            "Un kamikaze s'est fait exploser mercredi dans un ministère à Kaboul, tuant le "
            "ministre, Karim Nouri, et au moins quatre autres personnes.",
            id="'tuant le ministre, X, et au moins quatre autres personnes' (fr)",
        ),
    ],
)
def test_one_victim_and_the_others_killed_with_them_are_summed(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.killed, m.killed_low) for m in mentions] == [("Kabul", 5, 5)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen opened fire on hikers on Tuesday in the Baisaran meadow, a grassy plateau "
            "high above the resort town of Pahalgam.",
            id="'X, a plateau high above the town of Y' (en)",
        ),
        pytest.param(
            "Des hommes armés ont ouvert le feu mardi sur des randonneurs dans la prairie de "
            "Baisaran, un plateau accessible à cheval au-dessus de la station de Pahalgam.",
            id="'X, un plateau au-dessus de la station de Y' (fr)",
        ),
    ],
)
def test_a_site_above_a_town_is_where_the_attack_was(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.event_date) for m in mentions] == [
        ("Baisaran meadow", date(2025, 4, 22))
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants attacked the airport in Timbuktu on Tuesday, where a military aircraft "
            "was set on fire.",
            id="'where a military aircraft was set on fire' (en)",
        ),
        pytest.param(
            "Des assaillants ont attaqué mardi l'aéroport de Tombouctou, où un avion militaire a "
            "été incendié.",
            id="'où un avion militaire a été incendié' (fr)",
        ),
        pytest.param(
            "Des assaillants ont attaqué mardi l'aéroport de Tombouctou et détruit un avion "
            "militaire.",
            id="'et détruit un avion militaire' (fr)",
        ),
    ],
)
def test_an_aircraft_destroyed_on_the_ground_is_no_airstrike(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.event_date) for m in mentions] == [("Timbuktu", date(2025, 4, 22))]
    assert mentions[0].weapon != "airstrike"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Congo, militants attacked a church in Komanda on Sunday. They fired on "
            "worshippers during the night vigil.",
            id="'fired on worshippers' (en)",
        ),
        pytest.param(
            "In Congo, attackers armed with rifles and machetes attacked a church in Komanda on "
            "Sunday.",
            id="'armed with rifles and machetes' (en)",
        ),
        pytest.param(
            "En RDC, des assaillants armés de fusils et de machettes ont attaqué dimanche une "
            "église à Komanda.",
            id="'armés de fusils et de machettes' (fr)",
        ),
    ],
)
def test_guns_named_without_their_fire_are_small_arms(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.event_date, m.weapon) for m in mentions] == [
        ("Komanda", date(2025, 4, 20), "small_arms")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "It is not the first time the air force has struck civilians: in April 2023, an "
            "airstrike on the village of Pazigyi, in the Sagaing region, killed more than 160 "
            "people.",
            id="'not the first time ...: in April 2023, an airstrike on X killed 160' (en)",
        ),
        pytest.param(
            "Ce n'est pas la première fois que l'aviation frappe des civils : en avril 2023, un "
            "bombardement sur le village de Pazigyi, dans la région de Sagaing, avait fait plus "
            "de 160 morts.",
            id="'pas la première fois ... : en avril 2023, un bombardement sur X' (fr)",
        ),
    ],
)
def test_one_attack_told_after_a_colon_is_singled_out_of_a_count(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 1))
    assert [(m.location_name, m.event_date, m.killed, m.is_background) for m in mentions] == [
        ("Pazigyi", date(2023, 4, 1), 160, True)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Friday, an airstrike hit a school in the canton of Nawnghkio, in northern Shan "
            "State, killing seven people.",
            id="'in the canton of X' (en)",
        ),
        pytest.param(
            "Vendredi, une frappe aérienne a touché un village du canton de Nawnghkio, dans le "
            "nord de l'État Shan, tuant sept personnes.",
            id="'un village du canton de X' (fr)",
        ),
    ],
)
def test_a_canton_names_its_place(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 30))
    assert [(m.location_name, m.country_iso2, m.event_date, m.killed) for m in mentions] == [
        ("Nawnghkio", "MM", date(2025, 3, 28), 7)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Five people were killed on Wednesday in the attack on an arms factory in "
            "Kahramankazan. The minister said the two attackers had been identified as members "
            "of the PKK.",
            id="'the attackers had been identified as members of X' (en)",
        ),
        pytest.param(
            "Cinq personnes ont été tuées mercredi dans l'attaque contre une usine d'armement à "
            "Kahramankazan. Le ministre a indiqué que les deux assaillants avaient été "
            "identifiés comme membres du PKK.",
            id="'les assaillants avaient été identifiés comme membres de X' (fr)",
        ),
    ],
)
def test_attackers_identified_as_a_groups_members_are_its(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.attacker, m.claimed_by) for m in mentions] == [
        ("Kahramankazan", "Kurdistan Workers' Party", None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Eight policemen were killed on Monday when a powerful bomb went off under their "
            "vehicle in Chhattisgarh's Bijapur district, the police said. The blast took place "
            "on a road near Ambeli village, in southern Chhattisgarh.",
            id="district, then 'the blast took place near X village, in southern Y' (en)",
        ),
        pytest.param(
            "Huit policiers ont été tués lundi par une bombe placée sous leur véhicule dans le "
            "district de Bijapur, au Chhattisgarh. L'explosion s'est produite près du village "
            "d'Ambeli, dans le sud du Chhattisgarh.",
            id="district, then 'l'explosion s'est produite près du village de X, dans le sud' (fr)",
        ),
    ],
)
def test_a_village_of_the_districts_province_told_next_is_where_it_was(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.event_date, m.weapon, m.killed) for m in mentions] == [
        ("Ambeli", date(2025, 4, 21), "ied", 8)
    ]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "Eight policemen were killed on Monday when Maoists triggered an explosive device "
            "under their vehicle in Chhattisgarh's Bijapur district.",
            "Communist Party of India (Maoist)",
            id="'when Maoists triggered an explosive device' (en)",
        ),
        pytest.param(
            "Huit policiers ont été tués lundi quand des maoïstes ont déclenché un engin "
            "explosif sous leur véhicule dans le district de Bijapur, au Chhattisgarh.",
            "Communist Party of India (Maoist)",
            id="'quand des maoïstes ont déclenché un engin explosif' (fr)",
        ),
        pytest.param(
            "Eight policemen were killed on Monday when an army patrol triggered a landmine in "
            "Chhattisgarh's Bijapur district.",
            None,
            id="'an army patrol triggered a landmine': the victim (en, already passed)",
        ),
    ],
)
def test_a_group_that_triggered_a_bomb_set_it_off(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.event_date, m.weapon, m.attacker) for m in mentions] == [
        (date(2025, 4, 21), "ied", attacker)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Mardi, des drones ont frappé le port de Port-Soudan. Ces frappes interviennent "
            "quelques jours après que l'armée a elle-même revendiqué, le 3 mai, un bombardement "
            "aérien de l'aéroport de Nyala, dans le Darfour du Sud.",
            id="'quelques jours après que X a revendiqué, le 3 mai, un bombardement de Y' (fr)",
        ),
        pytest.param(
            "On Tuesday, drones struck the port of Port Sudan. The strikes came days after the "
            "army itself claimed an air strike on Nyala airport in South Darfur on May 3.",
            id="'came days after the army claimed an air strike on Y on May 3' (en, already "
            "passed)",
        ),
    ],
)
def test_a_clause_after_apres_que_is_the_earlier_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 7))
    assert [(m.location_name, m.event_date, m.is_background) for m in mentions] == [
        ("Port Sudan", date(2025, 5, 6), False),
        ("Nyala Airport", date(2025, 5, 3), True),
    ]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "On Saturday, a drone strike hit Goma international airport. The army blamed Rwanda.",
            "Rwandan Armed Forces",
            id="'the army blamed Rwanda' (en)",
        ),
        pytest.param(
            "Une frappe de drone a touché samedi l'aéroport de Goma. L'armée a accusé le Rwanda.",
            "Rwandan Armed Forces",
            id="'l'armée a accusé le Rwanda' (fr)",
        ),
        pytest.param(
            "On Saturday, a drone strike hit Goma international airport. Kinshasa has long "
            "accused Rwanda of backing the rebels.",
            None,
            id="'accused Rwanda of backing the rebels': a sponsor (en, already passed)",
        ),
        pytest.param(
            "Une frappe de drone a touché samedi l'aéroport de Goma. Kinshasa accuse le Rwanda "
            "de soutenir les rebelles.",
            None,
            id="'accuse le Rwanda de soutenir les rebelles': a sponsor (fr, already passed)",
        ),
    ],
)
def test_a_country_blamed_by_name_stands_for_its_forces(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 2, 18))
    assert [(m.location_name, m.event_date, m.attacker) for m in mentions] == [
        ("Goma International Airport", date(2024, 2, 17), attacker)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Zaporizhzhia, residents are still reeling from the Jan. 8 attack on an "
            "industrial plant, which killed 13 people.",
            id="'still reeling from the Jan. 8 attack' (en)",
        ),
        pytest.param(
            "In Zaporizhzhia, residents are still mourning the Jan. 8 attack on an industrial "
            "plant, which killed 13 people.",
            id="'still mourning the Jan. 8 attack' (en)",
        ),
        pytest.param(
            "À Zaporijjia, la ville est encore sous le choc de l'attaque du 8 janvier contre une "
            "usine, qui a tué 13 personnes.",
            id="'encore sous le choc de l'attaque du 8 janvier' (fr, already passed)",
        ),
    ],
)
def test_a_date_bound_to_the_attack_word_dates_the_attack(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.event_date, m.date_precision, m.killed) for m in mentions] == [
        (date(2025, 1, 8), "day", 13)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Kherson Oblast, a 61-year-old man was killed when Russian artillery shelled "
            "Kherson's Dniprovskyi district on Saturday afternoon, the governor said. Three other "
            "residents of the city were injured in the same attack.",
            id="'Kherson's Dniprovskyi district', then 'residents of the city' (en)",
        ),
        pytest.param(
            "Dans la région de Kherson, un homme a été tué samedi quand l'artillerie russe a "
            "pilonné le quartier de Dniprovskyi, à Kherson. Trois autres habitants de la ville "
            "ont été blessés dans la même attaque.",
            id="'le quartier de X, à Kherson', then 'habitants de la ville' (fr, already passed)",
        ),
    ],
)
def test_a_district_named_after_its_citys_possessive_is_part_of_the_city(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.event_date, m.killed, m.wounded) for m in mentions] == [
        ("Kherson", date(2025, 1, 11), 1, 3)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Sunday, gunmen killed twelve civilians in Jableh. More than 740 civilians have "
            "been killed since Thursday in the provinces of Latakia and Tartus, the monitor said.",
            id="'have been killed since Thursday in the provinces of X and Y' (en, already passed)",
        ),
        pytest.param(
            "Dimanche, des hommes armés ont tué douze civils à Jablé. Plus de 740 civils ont été "
            "tués depuis jeudi dans les provinces de Lattaquié et de Tartous, selon l'OSDH.",
            id="'ont été tués depuis jeudi dans les provinces de X et de Y' (fr)",
        ),
    ],
)
def test_a_toll_counted_since_a_day_is_a_tally(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 10))
    assert [(m.location_name, m.event_date, m.killed) for m in mentions] == [
        ("Jablah", date(2025, 3, 9), 12)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Saturday, a Russian drone hit a high-rise in Kyiv, killing two people.",
            id="'a drone hit a high-rise in X' (en)",
        ),
        pytest.param(
            "Samedi, un drone russe a frappé une tour d'habitation à Kyiv, tuant deux personnes.",
            id="'a frappé une tour d'habitation à X' (fr, already passed)",
        ),
    ],
)
def test_a_high_rise_is_a_building_not_a_rise_in_attacks(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.event_date, m.weapon, m.killed) for m in mentions] == [
        ("Kyiv", date(2025, 1, 11), "drone", 2)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gunmen killed six soldiers in Djibo on Saturday, and the army stepped up security in "
            "the town.",
            [("Djibo", 6)],
            id="'the army stepped up security' (en)",
        ),
        pytest.param(
            "Each of the six victims was a soldier, police said after gunmen attacked Djibo on "
            "Saturday.",
            [("Djibo", None)],
            id="'each of the six victims' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi six soldats à Djibo ; le bilan a augmenté dimanche.",
            [("Djibo", 6)],
            id="'le bilan a augmenté' (fr)",
        ),
        pytest.param(
            "Militants have stepped up attacks on the army in the Djibo area since January.",
            [],
            id="'stepped up attacks': a trend (en, already passed)",
        ),
        pytest.param(
            "Les attaques contre l'armée ont augmenté à Djibo depuis janvier.",
            [],
            id="'les attaques ont augmenté': a trend (fr, already passed)",
        ),
    ],
)
def test_a_trend_word_counts_attacks_only_beside_an_attack_word(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A total of six soldiers were killed in Saturday's attack on an army post in Djibo.",
            [("Djibo", 6)],
            id="'a total of six soldiers were killed in the attack' (en)",
        ),
        pytest.param(
            "Au total, six soldats ont été tués samedi dans l'attaque d'un poste militaire à "
            "Djibo.",
            [("Djibo", 6)],
            id="'au total, six soldats ont été tués dans l'attaque' (fr)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi six soldats à Djibo, et l'armée a intensifié ses "
            "patrouilles.",
            [("Djibo", 6)],
            id="'l'armée a intensifié ses patrouilles' (fr)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué samedi un poste de l'armée à Djibo ; l'attaque n'a pas "
            "été revendiquée jusqu'à présent.",
            [("Djibo", None)],
            id="'n'a pas été revendiquée jusqu'à présent' (fr)",
        ),
        pytest.param(
            "Au total, douze attaques ont visé la région de Djibo en janvier.",
            [],
            id="'au total, douze attaques': a count (fr, already passed)",
        ),
        pytest.param(
            "Jihadists have intensified their attacks around Djibo since January.",
            [],
            id="'have intensified their attacks': a trend (en, already passed)",
        ),
    ],
)
def test_a_total_counts_attacks_only_beside_attacks(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Des hommes armés ont tué samedi six soldats à Djibo, faisant craindre de nouvelles "
            "attaques.",
            [("Djibo", 6)],
            id="'faisant craindre de nouvelles attaques' (fr)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi six soldats à Djibo ; le bilan, en hausse, pourrait "
            "encore s'alourdir.",
            [("Djibo", 6)],
            id="'le bilan, en hausse' (fr)",
        ),
        pytest.param(
            "Gunmen killed six soldiers in Djibo on Saturday, raising fears of new attacks.",
            [("Djibo", 6)],
            id="'raising fears of new attacks' (en, already passed)",
        ),
        pytest.param(
            "De nouvelles attaques ont visé la région de Djibo ces dernières semaines.",
            [],
            id="'de nouvelles attaques ont visé': a count (fr, already passed)",
        ),
    ],
)
def test_attacks_feared_and_a_rising_toll_count_no_attacks(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gunmen killed six soldiers in Djibo on Saturday; the army denied reports that the "
            "town had fallen.",
            [("Djibo", 6)],
            id="'denied reports that the town had fallen' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi six soldats à Djibo ; l'armée a démenti la chute de "
            "la ville.",
            [("Djibo", 6)],
            id="'a démenti la chute de la ville' (fr)",
        ),
        pytest.param(
            "Israël a dit avoir frappé samedi un centre de commandement du Hamas à Gaza ; le "
            "Hamas a démenti cette affirmation.",
            [("Gaza", None)],
            id="'le Hamas a démenti cette affirmation' (fr)",
        ),
        pytest.param(
            "Russia denied striking the hospital in Kyiv on Saturday.",
            [],
            id="'denied striking the hospital': the attack denied (en, already passed)",
        ),
        pytest.param(
            "La Russie a démenti samedi toute frappe contre l'hôpital de Kyiv.",
            [],
            id="'a démenti toute frappe': the attack denied (fr, already passed)",
        ),
    ],
)
def test_a_denial_of_something_else_leaves_the_attack(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Two policemen were wounded by a mine near Dori on Saturday.",
            id="'wounded by a mine' (en)",
        ),
        pytest.param(
            "On Saturday, a mine wounded two policemen near Dori.",
            id="'a mine wounded' (en)",
        ),
        pytest.param(
            "Samedi, une mine a blessé deux policiers près de Dori.",
            id="'une mine a blessé' (fr)",
        ),
        pytest.param(
            "Deux policiers ont été blessés samedi par une mine près de Dori.",
            id="'blessés par une mine' (fr)",
        ),
    ],
)
def test_a_mine_that_hurt_people_is_an_explosive_device(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.weapon, m.wounded) for m in mentions] == [("Dori", "ied", 2)]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "Le maire de Tepalcatepec a été abattu samedi devant son domicile, selon le parquet.",
            "small_arms",
            id="'le maire a été abattu': shot dead (fr)",
        ),
        pytest.param(
            "Samedi, un drone russe a été abattu au-dessus de Kharkiv, selon l'armée de l'air.",
            "drone",
            id="'un drone a été abattu': shot down (fr)",
        ),
        pytest.param(
            "The mayor of Tepalcatepec was shot dead outside his home on Saturday, prosecutors "
            "said.",
            "small_arms",
            id="'was shot dead' (en, already passed)",
        ),
    ],
)
def test_a_person_abattu_was_shot_dead(world_extractor: Extractor, body: str, weapon: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.event_date, m.weapon) for m in mentions] == [(date(2025, 1, 11), weapon)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Since the coup, attacks have surged; on Saturday, gunmen killed six soldiers in "
            "Djibo.",
            [("Djibo", 6)],
            id="'attacks have surged; on Saturday, gunmen killed ...' (en)",
        ),
        pytest.param(
            "Depuis le début de l'année, les attaques se sont multipliées : samedi, des hommes "
            "armés ont tué six soldats à Djibo.",
            [("Djibo", 6)],
            id="'les attaques se sont multipliées : samedi, des hommes armés ont tué ...' (fr)",
        ),
        pytest.param(
            "Attacks have surged in Djibo; the army says it is reinforcing its positions.",
            [],
            id="a count, then a clause with no attack of its own (en, already passed)",
        ),
    ],
)
def test_a_dated_attack_after_a_count_and_a_semicolon_is_told(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed six soldiers in the Gao region, in northern Mali, on Saturday.",
            id="'in the Gao region, in northern Mali' (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué samedi six soldats dans la région de Gao, dans le nord du "
            "Mali.",
            id="'dans la région de Gao, dans le nord du Mali' (fr)",
        ),
    ],
)
def test_a_part_of_the_country_apposed_situates_the_place_before(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == [("Gao", 6)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Mali, gunmen killed six soldiers 30 km from Gao on Saturday.",
            id="'30 km from Gao' (en)",
        ),
        pytest.param(
            "Au Mali, des hommes armés ont tué samedi six soldats à 30 km de Gao.",
            id="'à 30 km de Gao' (fr, already passed)",
        ),
    ],
)
def test_a_distance_from_a_town_named_like_a_word_places_the_attack_near_it(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == [("Gao", 6)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "In Burkina Faso, gunmen killed four soldiers in Djibo and three others in "
            "Tongomayel on Saturday.",
            [("Djibo", 4), ("Tongomayel", 3)],
            id="'four soldiers in X and three others in Y' (en)",
        ),
        pytest.param(
            "Au Burkina Faso, des hommes armés ont tué samedi quatre soldats à Djibo, dans la "
            "province du Soum, et trois autres à Tongomayel.",
            [("Djibo", 4), ("Tongomayel", 3)],
            id="'quatre soldats à X, dans la province de Z, et trois autres à Y' (fr)",
        ),
        pytest.param(
            "In Burkina Faso, gunmen killed two villagers in Tongomayel and three in Djibo on "
            "Saturday.",
            [("Tongomayel", 2), ("Djibo", 3)],
            id="'two villagers in Y and three in X' (en)",
        ),
        pytest.param(
            "Au Burkina Faso, des hommes armés ont tué samedi deux villageois à Tongomayel et "
            "trois à Djibo.",
            [("Tongomayel", 2), ("Djibo", 3)],
            id="'deux villageois à Y et trois à X' (fr)",
        ),
    ],
)
def test_each_group_of_victims_is_told_at_its_own_place_listed_or_not(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In southern Lebanon, an Israeli strike killed five people in Nabatieh on Monday.",
            id="'in southern Lebanon ... in Nabatieh' (en)",
        ),
        pytest.param(
            "Dans le sud du Liban, une frappe israélienne a tué lundi cinq personnes à Nabatieh.",
            id="'dans le sud du Liban ... à Nabatieh' (fr)",
        ),
    ],
)
def test_southern_lebanon_is_a_loose_region_holding_nabatieh(
    world_extractor: Extractor, body: str
) -> None:
    # "southern Lebanon" spans the South and Nabatieh governorates: it situates a town of
    # either, and is no second place of the attack
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 14))
    assert [(m.country_iso2, m.killed) for m in mentions] == [("LB", 5)]
    assert mentions[0].location_name != "South Lebanon"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An Israeli drone struck a car in southern Lebanon on Monday, killing two people.",
            id="'in southern Lebanon' alone (en)",
        ),
        pytest.param(
            "Au Sud-Liban, une frappe de drone israélienne a tué deux personnes lundi.",
            id="'au Sud-Liban' alone (fr)",
        ),
    ],
)
def test_southern_lebanon_alone_is_the_loose_region(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 14))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("southern Lebanon", "LB", 2)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Cameroon, separatist fighters attacked the village of Egbekaw, near Mamfe, in "
            "Manyu department, on Saturday, killing at least 20 people.",
            id="'the village of X, near Y, in Z department' (en)",
        ),
        pytest.param(
            "Au Cameroun, des séparatistes ont attaqué samedi le village d'Egbekaw, près de "
            "Mamfe, dans le département de la Manyu (Sud-Ouest), tuant au moins 20 personnes.",
            id="'le village d'X, près de Y, dans le département de la Z (Sud-Ouest)' (fr)",
        ),
    ],
)
def test_a_division_after_a_landmark_aside_situates_the_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 12))
    assert [(m.location_name, m.killed) for m in mentions] == [("Egbekaw", 20)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Missiles struck a mosque in Muridke on the night of May 6-7, killing three people.",
            date(2025, 5, 7),
            id="'on the night of May 6-7' (en)",
        ),
        pytest.param(
            "Des missiles ont frappé une mosquée à Muridke dans la nuit du 6-7 mai, tuant trois "
            "personnes.",
            date(2025, 5, 7),
            id="'dans la nuit du 6-7 mai' (fr, already passed)",
        ),
        pytest.param(
            "Des missiles ont frappé une mosquée à Muridke dans la nuit du mardi 6-7 mai.",
            date(2025, 5, 7),
            id="'dans la nuit du mardi 6-7 mai' (fr)",
        ),
        pytest.param(
            "On the night of May 6 12 soldiers were killed in an ambush near Kidal.",
            date(2025, 5, 6),
            id="'the night of May 6' then a count: no night of two days (en, already passed)",
        ),
    ],
)
def test_a_night_of_two_days_joined_by_a_hyphen_is_the_later_day(
    world_extractor: Extractor, body: str, expected: date
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 8))
    assert [(m.event_date, m.date_precision) for m in mentions] == [(expected, "day")]


@pytest.mark.parametrize(
    ("body", "background"),
    [
        pytest.param(
            "In Benin, the death toll from the April 17 attack on army positions in Karimama "
            "has risen to 54, the government said on Thursday.",
            False,
            id="a lead: 'the death toll from the April 17 attack ... has risen to 54' (en)",
        ),
        pytest.param(
            "Au Bénin, le gouvernement a revu jeudi à la hausse le bilan de l'attaque du 17 "
            "avril contre des positions de l'armée à Karimama : 54 militaires ont été tués.",
            False,
            id="a lead: 'a revu à la hausse le bilan de l'attaque du 17 avril' (fr)",
        ),
        pytest.param(
            "In Benin, the April 17 attack on army positions in Karimama killed 54 soldiers, "
            "the government said on Thursday.",
            True,
            id="a lead told eight days later, no toll revised (en, already passed)",
        ),
    ],
)
def test_a_lead_revising_the_toll_of_an_earlier_attack_is_no_background(
    world_extractor: Extractor, body: str, background: bool
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 25))
    assert [(m.event_date, m.killed, m.is_background) for m in mentions] == [
        (date(2025, 4, 17), 54, background)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In India, a rocket landed in Moirang town in Manipur's Bishnupur district on "
            "Friday, killing a man.",
            id="'X town in Manipur's Y district' (en)",
        ),
        pytest.param(
            "En Inde, une roquette est tombée vendredi sur la ville de Moirang, dans le district "
            "de Bishnupur, tuant un homme.",
            id="'la ville de X, dans le district de Y' (fr, already passed)",
        ),
    ],
)
def test_a_settlement_typed_after_its_name_lies_in_the_division_after_it(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 7))
    assert [(m.country_iso2, m.killed) for m in mentions] == [("IN", 1)]
    assert mentions[0].location_name != "Bishnupur"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "In Thailand, the death toll from the collapse of a building under construction in "
            "Bangkok has risen to 10.",
            [],
            id="'the death toll from the collapse of a building' (en)",
        ),
        pytest.param(
            "En Thaïlande, le bilan de l'effondrement d'un immeuble en construction à Bangkok "
            "s'est alourdi à 10 morts.",
            [],
            id="'le bilan de l'effondrement d'un immeuble' (fr)",
        ),
        pytest.param(
            "In Myanmar, an air strike hit a village in Naungcho township on Friday, killing "
            "seven people. The number of people killed by Friday's earthquake has risen to "
            "1,644, with more than 3,400 injured.",
            [("Naungcho", 7, None)],
            id="an earthquake's toll beside an attack's: no figure of the attack (en)",
        ),
        pytest.param(
            "En Birmanie, une frappe aérienne a touché vendredi un village du canton de "
            "Naungcho, tuant sept personnes. Le séisme de vendredi a fait 1 644 morts et plus de "
            "3 400 blessés.",
            [("Naungcho", 7, None)],
            id="'le séisme a fait 1 644 morts et 3 400 blessés' beside an attack (fr)",
        ),
        pytest.param(
            "In Ukraine, a missile strike on Friday caused the collapse of a building in Dnipro, "
            "killing 10 people.",
            [("Dnipro", 10, None)],
            id="a collapse an attack caused (en, already passed)",
        ),
    ],
)
def test_a_toll_of_no_attack_tells_no_attack(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 29))
    assert [(m.location_name, m.killed, m.wounded) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Nigeria, a man armed with a pistol killed two guards at a bank in Lagos on Friday.",
            id="'armed with a pistol' (en)",
        ),
        pytest.param(
            "Au Nigeria, un homme armé d'un pistolet a tué vendredi deux gardes dans une banque "
            "de Lagos.",
            id="'armé d'un pistolet' (fr, already passed)",
        ),
        pytest.param(
            "In Nigeria, two guards were killed with firearms at a bank in Lagos on Friday.",
            id="'killed with firearms' (en)",
        ),
        pytest.param(
            "Au Nigeria, deux gardes ont été tués vendredi à l'arme à feu dans une banque de "
            "Lagos.",
            id="'tués à l'arme à feu' (fr)",
        ),
    ],
)
def test_firearms_and_pistols_are_small_arms(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 10))
    assert [(m.location_name, m.weapon, m.killed) for m in mentions] == [("Lagos", "small_arms", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Peru, soldiers were attacked on Friday with firearms, explosives and grenades "
            "near Pichari, leaving 11 dead.",
            id="'with firearms, explosives and grenades' (en)",
        ),
        pytest.param(
            "Au Pérou, des militaires ont été attaqués vendredi à l'arme à feu, à l'explosif et "
            "à la grenade près de Pichari, faisant 11 morts.",
            id="'à l'arme à feu, à l'explosif et à la grenade' (fr)",
        ),
    ],
)
def test_the_first_weapon_of_a_list_with_an_item_of_no_weapon_wins(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 10))
    assert [(m.weapon, m.killed) for m in mentions] == [("small_arms", 11)]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "In Myanmar, an army helicopter opened fire on a school in Let Yet Kone village on "
            "Friday, killing 13 people.",
            "airstrike",
            id="'an army helicopter opened fire on' (en)",
        ),
        pytest.param(
            "En Birmanie, un hélicoptère de l'armée a ouvert le feu vendredi sur une école du "
            "village de Let Yet Kone, tuant 13 personnes.",
            "airstrike",
            id="'un hélicoptère de l'armée a ouvert le feu sur' (fr)",
        ),
        pytest.param(
            "In Myanmar, after an army helicopter landed, soldiers opened fire on a school in "
            "Let Yet Kone village on Friday, killing 13 people.",
            "small_arms",
            id="soldiers firing after a helicopter landed (en, already passed)",
        ),
        pytest.param(
            "En Birmanie, après l'atterrissage d'un hélicoptère, des soldats ont ouvert le feu "
            "vendredi sur une école du village de Let Yet Kone, tuant 13 personnes.",
            "small_arms",
            id="des soldats tirant après l'atterrissage d'un hélicoptère (fr, already passed)",
        ),
    ],
)
def test_fire_an_aircraft_opened_is_an_air_attack(
    world_extractor: Extractor, body: str, weapon: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 10))
    assert [(m.weapon, m.killed) for m in mentions] == [(weapon, 13)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Colombia, six civilians were killed on Thursday in Cali.",
            id="'In Colombia, ... in Cali': the country, not its small town of that name (en)",
        ),
        pytest.param(
            "En Colombie, six civils ont été tués jeudi à Cali.",
            id="'En Colombie, ... à Cali' (fr, already passed: no town is named Colombie)",
        ),
    ],
)
def test_a_country_named_like_small_towns_here_and_abroad_is_the_country(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 8, 22))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [("Cali", "CO", 6)]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "En Colombie, au moins six civils ont été tués jeudi par l'explosion d'un camion "
            "piégé près d'une école d'aviation militaire à Cali.",
            "ied",
            id="'un camion piégé près d'une école d'aviation militaire' (fr)",
        ),
        pytest.param(
            "In Colombia, at least six civilians were killed on Thursday when a truck bomb "
            "exploded near a military aviation school in Cali.",
            "ied",
            id="'a truck bomb near a military aviation school' (en, already passed: no such term)",
        ),
        pytest.param(
            "En Colombie, l'aviation militaire a bombardé jeudi des positions rebelles près de "
            "Cali, tuant six combattants.",
            "airstrike",
            id="'l'aviation militaire a bombardé' stays an air strike (fr, already passed)",
        ),
    ],
)
def test_a_place_named_after_the_military_aviation_is_no_air_strike(
    world_extractor: Extractor, body: str, weapon: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 8, 22))
    assert [(m.weapon, m.killed) for m in mentions] == [(weapon, 6)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In the Central African Republic, armed men opened fire on workers at the Chimbolo "
            "mining site on Sunday, killing nine.",
            id="'the X mining site' (en)",
        ),
        pytest.param(
            "In the Central African Republic, armed men attacked the Chimbolo gold mine on "
            "Sunday, killing nine.",
            id="'the X gold mine' (en)",
        ),
        pytest.param(
            "En Centrafrique, des hommes armés ont ouvert le feu dimanche sur des ouvriers du "
            "site minier de Chimbolo, tuant neuf personnes.",
            id="'le site minier de X' (fr)",
        ),
        pytest.param(
            "En Centrafrique, des hommes armés ont attaqué dimanche la mine d'or de Chimbolo, "
            "tuant neuf personnes.",
            id="'la mine d'or de X' (fr)",
        ),
    ],
)
def test_a_mining_site_names_its_place(world_extractor: Extractor, body: str) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2023, 3, 20))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("Chimbolo", "CF", 9)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In the Central African Republic, nine workers were killed on Sunday in an attack on "
            "a gold mine near the town of Bambari. Armed men arrived at the Chimbolo mining "
            "site at dawn and opened fire on the workers, the mayor said.",
            id="'a gold mine near the town of X', then 'the Y mining site' (en)",
        ),
        pytest.param(
            "En Centrafrique, neuf ouvriers ont été tués dimanche dans l'attaque d'une mine d'or "
            "près de la ville de Bambari. Des hommes armés sont arrivés au site minier de "
            "Chimbolo à l'aube et ont ouvert le feu sur les ouvriers, a indiqué le maire.",
            id="'une mine d'or près de la ville de X', puis 'le site minier de Y' (fr)",
        ),
    ],
)
def test_near_the_town_of_a_place_is_near_it(world_extractor: Extractor, body: str) -> None:
    # the lead places the attack near a town; the next sentence names the site itself
    mentions = _mentions_on(world_extractor, body, datetime(2023, 3, 20))
    assert [(m.location_name, m.event_date, m.killed) for m in mentions] == [
        ("Chimbolo", date(2023, 3, 19), 9)
    ]


@pytest.mark.parametrize(
    ("body", "background"),
    [
        pytest.param(
            "In Mali, gunmen killed six soldiers in Kidal on Monday, a week after an earlier "
            "attack on the same base.",
            False,
            id="'on Monday, a week after an earlier attack' (en)",
        ),
        pytest.param(
            "Au Mali, des hommes armés ont tué lundi six soldats à Kidal, une semaine après une "
            "précédente attaque contre la même base.",
            False,
            id="'lundi, ..., une semaine après une précédente attaque' (fr)",
        ),
        pytest.param(
            "In Mali, gunmen killed six soldiers in Kidal last week.",
            True,
            id="'last week' dates the attack told (en, already passed)",
        ),
        pytest.param(
            "Au Mali, la semaine dernière, des hommes armés ont tué six soldats à Kidal.",
            True,
            id="'la semaine dernière' dates the attack told (fr, already passed)",
        ),
    ],
)
def test_a_background_cue_after_a_recent_date_tells_another_attack(
    world_extractor: Extractor, body: str, background: bool
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.killed, m.is_background) for m in mentions] == [
        ("Kidal", 6, background)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Chad, at least 40 soldiers were killed on Monday in Barkaram, on an island in "
            "Lake Chad.",
            id="'in X, on an island in Lake Chad' (en)",
        ),
        pytest.param(
            "Au Tchad, au moins 40 militaires ont été tués lundi à Barkaram, sur une île du lac "
            "Tchad.",
            id="'à X, sur une île du lac Tchad' (fr)",
        ),
        pytest.param(
            "Au Tchad, au moins 40 militaires ont été tués lundi à Barkaram, une île du lac Tchad.",
            id="'à X, une île du lac Tchad' (fr)",
        ),
    ],
)
def test_an_island_named_in_apposition_is_the_place_and_its_lake_situates_it(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 28))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [
        ("Barkaram", "TD", 40)
    ]


def test_curated_aliases_of_cyrillic_names_take_both_vowels_in_their_names_only() -> None:
    from ingest.tools.gazetteer.drafts import cyrillic_alias_variants

    assert cyrillic_alias_variants("aérodrome d'Olenya") == ["aérodrome d'Olenia"]
    assert cyrillic_alias_variants("Olenya air base") == ["Olenia air base"]
    # the common words stay as written ("aérienne" has an "rie" a name would turn to "rye")
    assert cyrillic_alias_variants("base aérienne de Kostiantynivka") == [
        "base aérienne de Kostyantynivka"
    ]
    assert cyrillic_alias_variants("base aérienne de Kharkiv") == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Russia, Ukrainian drones hit the Olenia air base in the Murmansk region on Sunday.",
            id="'the Olenia air base' for the curated 'Olenya air base' (en)",
        ),
        pytest.param(
            "En Russie, l'aérodrome d'Olenia, dans la région de Mourmansk, a été touché dimanche "
            "par des drones.",
            id="'l'aérodrome d'Olenia' for the curated 'aérodrome d'Olenya' (fr)",
        ),
    ],
)
def test_a_curated_site_is_found_in_either_romanisation(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 6, 2))
    assert [(m.location_name, m.weapon) for m in mentions] == [("Olenya air base", "drone")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "En Russie, dans la région d'Irkoutsk, la base de Belaïa a été visée dimanche par "
            "des drones.",
            id="'la base de Belaïa' (fr)",
        ),
        pytest.param(
            "In Russia, drones hit the Belaya air base in the Irkutsk region on Sunday.",
            id="'the Belaya air base' (en, already passed)",
        ),
    ],
)
def test_the_belaya_bomber_base_is_named_as_the_french_press_writes_it(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 6, 2))
    assert [(m.location_name, m.weapon) for m in mentions] == [("Belaya air base", "drone")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "An Israeli strike hit a UN school in Nuseirat on Thursday, killing 37 people. At the "
            "Al-Aqsa Martyrs Hospital in Deir al-Balah, an AFP journalist saw dozens of bodies "
            "wrapped in white sheets, while the wounded were treated on the floor.",
            [("An Nuşayrāt", 37)],
            id="'at the X hospital, a journalist saw bodies, the wounded were treated' (en)",
        ),
        pytest.param(
            "Une frappe israélienne a touché jeudi une école de l'ONU à Nuseirat, tuant 37 "
            "personnes. À l'hôpital des Martyrs d'Al-Aqsa, à Deir el-Balah, un journaliste de "
            "l'AFP a vu des dizaines de corps, tandis que des blessés étaient soignés à même le "
            "sol.",
            [("An Nuşayrāt", 37)],
            id="'à l'hôpital X, un journaliste a vu des corps, des blessés étaient soignés' (fr)",
        ),
        pytest.param(
            "Five patients were killed on Thursday when an Israeli strike hit the Al-Aqsa "
            "Martyrs Hospital in Deir al-Balah.",
            [("Al-Aqsa Martyrs Hospital", 5)],
            id="a strike on a hospital is an attack there (en, already passed)",
        ),
    ],
)
def test_victims_seen_or_cared_for_at_a_hospital_tell_no_attack_there(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int | None]]
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 7))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In Iran, US B-2 bombers dropped a dozen bombs on Fordow on Sunday.",
            id="'dropped a dozen bombs on' (en)",
        ),
        pytest.param(
            "In Iran, US B-2 bombers dropped twelve bombs on Fordow on Sunday.",
            id="'dropped twelve bombs on' (en)",
        ),
        pytest.param(
            "En Iran, des bombardiers B-2 ont largué dimanche une douzaine de bombes sur Fordo.",
            id="'ont largué une douzaine de bombes sur' (fr)",
        ),
    ],
)
def test_bombs_dropped_by_the_dozen_tell_an_air_strike(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 6, 23))
    assert [(m.location_name, m.weapon) for m in mentions] == [
        ("Fordow enrichment facility", "airstrike")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des jihadistes ont attaqué dimanche Djibo, chef-lieu de la province du Soum, tuant "
            "100 personnes.",
            id="'X, chef-lieu de la province du Y' (fr)",
        ),
        pytest.param(
            "Jihadists attacked Djibo, the provincial capital of Soum, on Sunday, killing 100 "
            "people.",
            id="'X, the provincial capital of Y' (en)",
        ),
    ],
)
def test_a_town_told_as_the_seat_of_its_division_is_the_one_place(
    world_extractor: Extractor, body: str
) -> None:
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 12))
    assert [(m.location_name, m.killed) for m in mentions] == [("Djibo", 100)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A rocket fired from the outskirts of Yaroun hit a house in Shlomi, in northern "
            "Israel, on Friday, wounding two people.",
            [("Shlomi", 2)],
            id="'fired from the outskirts of X hit Y': Y (en)",
        ),
        pytest.param(
            "Une roquette tirée depuis les environs de Yaroun a touché une maison à Shlomi, dans "
            "le nord d'Israël, vendredi, blessant deux personnes.",
            [("Shlomi", 2)],
            id="'tirée depuis les environs de X a touché Y': Y (fr)",
        ),
        pytest.param(
            "The drone that hit a house in Kiryat Shmona, in northern Israel, on Friday was "
            "launched by Hezbollah from an area east of the village of Aitaroun in southern "
            "Lebanon, wounding three people.",
            [("Qiryat Shmona", 3)],
            id="'launched from an area east of the village of X in southern Lebanon': no "
            "origin, nor the area that holds it (en)",
        ),
        pytest.param(
            "Le drone qui a frappé vendredi une maison à Kiryat Shmona, dans le nord d'Israël, "
            "a été lancé par le Hezbollah depuis une zone située à l'est du village d'Aitaroun, "
            "dans le sud du Liban, blessant trois personnes.",
            [("Qiryat Shmona", 3)],
            id="'lancé depuis une zone située à l'est du village de X, dans le sud du Liban': no "
            "origin, nor the area that holds it (fr)",
        ),
        pytest.param(
            "Militants fired two rockets from Ramadi in Anbar province at Baghdad on Monday, "
            "wounding four people, the police said.",
            [("Baghdad", 4)],
            id="'fired from X in Y province at Z': Z (en)",
        ),
        pytest.param(
            "Des militants ont tiré lundi deux roquettes depuis Ramadi, dans la province "
            "d'Anbar, sur Bagdad, blessant quatre personnes, selon la police.",
            [("Baghdad", 4)],
            id="'tiré depuis X, dans la province de Y, sur Z': Z (fr)",
        ),
        pytest.param(
            "The rocket, fired by Hezbollah from north of Halta, wounded two people in "
            "northern Israel on Friday, the army said.",
            [(None, 2)],
            id="'fired from north of X' (X unlisted): the country only (en)",
        ),
        pytest.param(
            "La roquette, tirée par le Hezbollah depuis le nord de Halta, a blessé deux "
            "personnes vendredi dans le nord d'Israël, selon l'armée.",
            [(None, 2)],
            id="'tirée depuis le nord de X' (X unlisted): the country only (fr)",
        ),
    ],
)
def test_where_a_launch_came_from_is_not_where_it_hit(
    world_extractor: Extractor, body: str, expected: list[tuple[str | None, int]]
) -> None:
    """(0.30.0) The town, the side of a town or the area a rocket or drone was launched from,
    and the area named right after that origin, are not where the attack happened."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.wounded) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen shot dead a farmer near Jiribam on Saturday, police said. More than 220 "
            "people have been killed since violence erupted between the two communities in May "
            "2023.",
            id="'have been killed since violence erupted': a running toll (en)",
        ),
        pytest.param(
            "Gunmen shot dead a farmer near Jiribam on Saturday, police said. A monitoring group "
            "says more than 220 people have been killed since the insurgency flared again in "
            "2004.",
            id="'have been killed since the insurgency flared again': a running toll (en)",
        ),
        pytest.param(
            "Des hommes armés ont abattu samedi un agriculteur près de Jiribam, selon la police. "
            "Plus de 220 civils ont été tués par les forces de sécurité depuis le putsch, selon "
            "une ONG.",
            id="'ont été tués depuis le putsch': a running toll (fr)",
        ),
        pytest.param(
            "Des hommes armés ont abattu samedi un agriculteur près de Jiribam, selon la police. "
            "Plus de 220 personnes ont été tuées depuis le début des violences entre les deux "
            "communautés en mai 2023.",
            id="'ont été tuées depuis le début des violences': a running toll (fr, already passed)",
        ),
    ],
)
def test_a_toll_since_a_war_or_a_coup_is_no_figure_of_the_attack_before(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) The dead counted since a war, an insurgency or a coup began, whatever verb
    tells its start, are a running toll: the attack told before keeps its own figure."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.killed) for m in mentions] == [("Jiribam", 1)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Eight policemen were killed on Monday when a roadside bomb hit their vehicle near "
            "the village of Ambeli, in Bijapur district. The charge had been buried under the "
            "road, a senior police officer of the Bastar region said, adding that the blast "
            "left a deep crater.",
            id="'a senior police officer of the X region said': where the officer serves (en)",
        ),
        pytest.param(
            "Eight policemen were killed on Monday when a roadside bomb hit their vehicle near "
            "the village of Ambeli, in Bijapur district. The blast left a deep crater, a police "
            "officer in Bastar said.",
            id="'a police officer in X said': where the officer serves (en)",
        ),
        pytest.param(
            "Huit policiers ont été tués lundi par l'explosion d'une bombe au passage de leur "
            "véhicule près du village d'Ambeli, dans le district de Bijapur. « La charge avait "
            "été enterrée sous la route », a déclaré un haut responsable de la police de la "
            "région du Bastar, précisant que l'explosion avait creusé un cratère.",
            id="'a déclaré un haut responsable de la police de la région de X': where the "
            "official serves (fr)",
        ),
    ],
)
def test_where_an_official_serves_is_no_second_attack(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) An official or an officer named by the place they serve in, who tells of the
    attack, puts no second attack there."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.killed) for m in mentions] == [("Ambeli", 8)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen killed five villagers in Jagdalpur on Monday, Bastar police said.",
            id="'X police said': the police's area, beside the town hit (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué lundi cinq villageois à Jagdalpur, a indiqué la police de "
            "Bastar.",
            id="'a indiqué la police de X': the police's area (fr)",
        ),
    ],
)
def test_the_area_of_the_police_that_speaks_is_no_second_attack(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) The area a police force is named after, when it tells of the attack, is where
    it serves, not a second attack."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.killed) for m in mentions] == [("Jagdalpur", 5)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Eight policemen were killed on Monday by a roadside bomb in Chhattisgarh state. "
            "Their vehicle was blown up near the village of Ambeli, in Bijapur district.",
            id="'in Bijapur district' in a report naming Chhattisgarh: its district (en)",
        ),
        pytest.param(
            "Huit policiers ont été tués lundi dans l'explosion d'une bombe dans l'État du "
            "Chhattisgarh. Leur véhicule a sauté près du village d'Ambeli, dans le district de "
            "Bijapur.",
            id="'dans le district de Bijapur' dans un récit qui nomme le Chhattisgarh (fr)",
        ),
    ],
)
def test_a_district_named_like_another_is_the_one_in_the_province_named(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) Of two districts of one name, the one in the province the article names; the
    village told in it is then the attack the lead told of."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.admin1, m.killed) for m in mentions] == [
        ("Ambeli", "Chhattisgarh", 8)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen opened fire on a group of tourists near Gulmarg on Tuesday, killing nine "
            "people, police said. The prime minister cut short a tour of Saudi Arabia and flew "
            "back to Delhi.",
            id="'cut short a tour of Saudi Arabia': no country things happen in (en)",
        ),
        pytest.param(
            "Des hommes armés ont ouvert le feu mardi sur un groupe de touristes près de "
            "Gulmarg, tuant neuf personnes, selon la police. Le Premier ministre a écourté une "
            "visite en Arabie saoudite.",
            id="'a écourté une visite en Arabie saoudite': no country things happen in (fr)",
        ),
        pytest.param(
            "Gunmen opened fire on a group of tourists near Gulmarg on Tuesday, killing nine "
            "people, police said. The minister, who was attending a summit in Saudi Arabia, "
            "condemned the attack.",
            id="'attending a summit in Saudi Arabia': no country things happen in (en)",
        ),
        pytest.param(
            "Des hommes armés ont ouvert le feu mardi sur un groupe de touristes près de "
            "Gulmarg, tuant neuf personnes, selon la police. Le ministre, qui participait à un "
            "sommet en Arabie saoudite, a condamné l'attaque.",
            id="'qui participait à un sommet en Arabie saoudite': no country things happen in (fr)",
        ),
    ],
)
def test_a_country_visited_is_not_where_the_article_places_things(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) A visit or a trip to a country places nothing there: the home country's towns
    stay its own."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [("Gulmarg", "IN", 9)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen opened fire on tourists near Gulmarg on Tuesday, killing at least 26 people "
            "in Indian-administered Kashmir.",
            id="'near X, killing 26 people in <the region that holds X>': X's toll (en)",
        ),
        pytest.param(
            "Des hommes armés ont ouvert le feu mardi sur des touristes près de Gulmarg, tuant "
            "au moins 26 personnes dans le Cachemire indien.",
            id="'près de X, tuant 26 personnes dans <la région de X>': le bilan de X (fr)",
        ),
        pytest.param(
            "Gunmen opened fire on a bus in Gulmarg on Tuesday, killing 26 people in India.",
            id="'in X, killing 26 people in <X's country>': X's toll (en)",
        ),
    ],
)
def test_a_toll_told_in_the_area_that_holds_the_place_is_the_places(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) A figure told at the region or the country that holds the place named before
    it is that place's toll (a total over several sites of the area stays no site's)."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.killed) for m in mentions] == [("Gulmarg", 26)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants attacked a passenger train in a remote stretch of Bolan, in Pakistan's "
            "Balochistan province, on Tuesday, killing ten people.",
            id="'Bolan': the district of Balochistan, renamed Kachhi (en)",
        ),
        pytest.param(
            "Des militants ont attaqué mardi un train de voyageurs dans le district de Bolan, au "
            "Baloutchistan, tuant dix personnes.",
            id="'le district de Bolan': the district of Balochistan, renamed Kachhi (fr)",
        ),
    ],
)
def test_bolan_is_the_district_of_balochistan_it_named(
    world_extractor: Extractor, body: str
) -> None:
    """Reference data: Balochistan's Kachhi district was Bolan district until 2008, and the
    press still names it so; not the Antiguan village GeoNames also calls Bolan."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [(m.location_name, m.country_iso2, m.killed) for m in mentions] == [("Kachhi", "PK", 10)]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param(
            "Security forces pressed on on Wednesday with an operation near Mach to free the "
            "passengers, a day after militants attacked the train, killing ten people.",
            date(2025, 3, 11),
            id="'on Wednesday ..., a day after militants attacked': Tuesday (en)",
        ),
        pytest.param(
            "The ship was still afloat near Hodeidah on Wednesday, a day after it was struck by "
            "a missile, killing two sailors.",
            date(2025, 3, 11),
            id="'still afloat on Wednesday, a day after it was struck': Tuesday (en)",
        ),
        pytest.param(
            "Le navire flottait toujours mercredi près de Hodeïda, deux jours après avoir été "
            "frappé par un missile qui a tué deux marins.",
            date(2025, 3, 10),
            id="'mercredi, deux jours après avoir été frappé': lundi (fr)",
        ),
    ],
)
def test_an_attack_told_some_days_before_the_day_told_is_dated_back(
    world_extractor: Extractor, body: str, day: date
) -> None:
    """(0.30.0) The sentence's day is the aftermath's; the attack told as "a day after" or
    "deux jours après" it is that many days before."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 13))
    assert [(m.event_date, m.date_precision) for m in mentions] == [(day, "day")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A suicide bomber blew himself up on Monday in a mosque in Peshawar's heavily "
            "guarded Police Lines district, killing 59 people.",
            id="'in Peshawar's heavily guarded Police Lines district': the town (en)",
        ),
        pytest.param(
            "A suicide bomber blew himself up on Monday in Peshawar's heavily fortified Green "
            "Zone, killing 59 people.",
            id="'in X's heavily fortified Green Zone': the town (en)",
        ),
        pytest.param(
            "Un kamikaze s'est fait exploser lundi dans la mosquée du quartier très surveillé "
            "de Police Lines, à Peshawar, tuant 59 personnes.",
            id="'le quartier très surveillé de Y, à X': the town (fr, already passed)",
        ),
    ],
)
def test_a_district_of_a_town_told_with_its_possessive_is_in_the_town(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) A town's possessive before a part of it, past up to four words, is where the
    attack was."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 1, 31))
    assert [(m.location_name, m.killed) for m in mentions] == [("Peshawar", 59)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des hommes armés ont ouvert le feu mardi soir sur des habitants qui dansaient dans "
            "une rue de Celaya, dans l'État de Guanajuato, tuant douze personnes.",
            id="'dans une rue de X': a street of the town (fr)",
        ),
        pytest.param(
            "Gunmen opened fire on Tuesday night on people dancing in a street of Celaya, in "
            "Guanajuato state, killing twelve people.",
            id="'in a street of X': a street of the town (en, already passed)",
        ),
    ],
)
def test_an_indefinite_street_of_a_town_is_in_the_town(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) "Une rue de X" is one of X's streets ("la rue de Paris" stays a street named
    after a town)."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 6, 26))
    assert [(m.location_name, m.killed) for m in mentions] == [("Celaya", 12)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Pakistani jets struck several villages in Afghanistan's Paktika province on Tuesday "
            "night, killing 46 people. The strikes coincided with a visit to Kabul by Pakistan's "
            "special envoy.",
            id="'coincided with a visit to X by the envoy': no attack at X (en)",
        ),
        pytest.param(
            "Des avions pakistanais ont bombardé mardi soir plusieurs villages de la province "
            "afghane de Paktika, tuant 46 personnes. Les frappes ont coïncidé avec la visite à "
            "Kaboul de l'envoyé spécial pakistanais.",
            id="'coïncidé avec la visite à X de l'envoyé': no attack at X (fr)",
        ),
    ],
)
def test_where_a_visit_took_place_is_no_attack_there(world_extractor: Extractor, body: str) -> None:
    """(0.30.0) A visit told with its determiner ("a visit to X", "la visite à X") places the
    visitor, not an attack."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 12, 25))
    assert [(m.location_name, m.killed) for m in mentions] == [("Paktika", 46)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le gouvernement afghan a accusé mercredi le Pakistan d'avoir bombardé mardi "
            "plusieurs villages de la province de Paktika, tuant 46 personnes.",
            id="'a accusé mercredi le Pakistan d'avoir bombardé': Pakistan's forces (fr)",
        ),
        pytest.param(
            "The Afghan government accused Pakistan on Wednesday of bombing several villages in "
            "Paktika province on Tuesday, killing 46 people.",
            id="'accused Pakistan on Wednesday of bombing': Pakistan's forces (en, already passed)",
        ),
    ],
)
def test_a_country_accused_past_the_day_of_the_accusation_is_the_attacker(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) The country a government accuses stands for its forces even when the day of
    the accusation comes between the verb and the country."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 12, 25))
    assert [(m.location_name, m.attacker, m.killed) for m in mentions] == [
        ("Paktika", "Pakistani Armed Forces", 46)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des attaques attribuées à l'EIGS avaient fait 21 morts à Libiri, dans l'ouest du "
            "Niger.",
            id="'des attaques attribuées à X': X (fr)",
        ),
        pytest.param(
            "Des embuscades attribuées à l'EIGS avaient fait 21 morts à Libiri, dans l'ouest du "
            "Niger.",
            id="'des embuscades attribuées à X': X (fr)",
        ),
        pytest.param(
            "Attacks attributed to IS Sahel had killed 21 people in Libiri, western Niger.",
            id="'attacks attributed to X': X (en, already passed)",
        ),
    ],
)
def test_attacks_attributed_in_the_plural_name_their_attacker(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) The plural participles "attribués", "attribuées" are attributions as the
    singular ones were."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 23))
    assert [(m.location_name, m.attacker, m.killed) for m in mentions] == [
        ("Libiri", "Islamic State Sahel Province", 21)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au moins 100 personnes, en majorité des soldats et des supplétifs VDP, ont été "
            "tuées dimanche lors de l'assaut lancé à l'aube par des centaines de combattants du "
            "JNIM contre le camp militaire de Djibo.",
            id="'l'assaut lancé à l'aube par des combattants de X': X (fr)",
        ),
        pytest.param(
            "At least 100 people, mostly soldiers and VDP auxiliaries, were killed on Sunday in "
            "the assault launched at dawn by hundreds of JNIM fighters against the army camp in "
            "Djibo.",
            id="'the assault launched at dawn by X fighters': X (en)",
        ),
    ],
)
def test_the_agent_of_an_attack_past_its_hour_is_the_attacker(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) The hour of the day may stand between the attack's verb and "par"/"by", as
    its day may."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 12))
    assert [(m.attacker, m.killed) for m in mentions] == [
        ("Jama'at Nusrat al-Islam wal-Muslimin", 100)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au Pakistan, deux véhicules bourrés d'explosifs ont explosé mardi soir près du "
            "cantonnement militaire de Bannu, tuant 18 personnes.",
            id="'deux véhicules bourrés d'explosifs': ied (fr)",
        ),
        pytest.param(
            "In Pakistan, two explosives-laden vehicles exploded on Tuesday evening near the "
            "Bannu military cantonment, killing 18 people.",
            id="'two explosives-laden vehicles': ied (en)",
        ),
    ],
)
def test_vehicles_laden_with_explosives_in_the_plural_are_ieds(
    world_extractor: Extractor, body: str
) -> None:
    """Lexicon (0.30.0): the plurals of the vehicles laden with explosives are `ied` as the
    singulars were."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 5))
    assert [(m.weapon, m.killed) for m in mentions] == [("ied", 18)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "New People's Army rebels fired at an army detachment in Guihulngan City on Monday, "
            "wounding a soldier.",
            id="'X rebels fired at a detachment': X (en)",
        ),
        pytest.param(
            "A soldier was wounded on Monday when New People's Army rebels fired on an army "
            "detachment in Guihulngan City.",
            id="'when X rebels fired on a detachment': X (en)",
        ),
        pytest.param(
            "Des rebelles de la NPA ont tiré lundi sur un détachement de l'armée à Guihulngan, "
            "blessant un soldat.",
            id="'des rebelles de X ont tiré sur un détachement': X (fr, already passed)",
        ),
    ],
)
def test_who_fired_at_a_target_is_the_attacker(world_extractor: Extractor, body: str) -> None:
    """(0.30.0) "Fired at", "fired on" are agent cues, as "fired" was (the longer attack
    words hid it)."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 22))
    assert [(m.attacker, m.wounded) for m in mentions] == [("New People's Army", 1)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des hommes armés ont tué lundi un policier à Culiacán, dans l'État de Sinaloa. "
            "Depuis septembre 2024, les affrontements entre « Los Chapitos » et les partisans "
            "de Zambada, surnommés « La Mayiza », ont fait plus de 1 700 morts dans l'État de "
            "Sinaloa, selon le parquet local.",
            id="'Depuis septembre 2024, <a long subject> ont fait 1 700 morts': a tally (fr)",
        ),
        pytest.param(
            "Gunmen killed a police officer in Culiacán, Sinaloa state, on Monday. Since "
            "September 2024, the fighting between the factions loyal to the sons of El Chapo "
            "and those of his former partner, known as La Mayiza, has left more than 1,700 "
            "people dead in Sinaloa, prosecutors say.",
            id="'Since September 2024, <a long subject> has left 1,700 dead': a tally (en)",
        ),
    ],
)
def test_a_toll_since_a_month_past_a_long_subject_is_a_tally(
    world_extractor: Extractor, body: str
) -> None:
    """(0.30.0) The dead counted since a month, told first, are a running tally however long
    the subject between the period and the toll (and "has left" tells such a toll)."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 8, 27))
    assert [(m.location_name, m.killed) for m in mentions] == [("Culiacán", 1)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Les forces de l'ordre ont tué plus de 700 personnes dans l'État de Rio de Janeiro "
            "en 2024, selon Human Rights Watch.",
            [],
            id="'ont tué plus de 700 personnes ... en 2024': a year's tally (fr)",
        ),
        pytest.param(
            "According to Human Rights Watch, Rio de Janeiro state police killed more than 700 "
            "people in Rio de Janeiro in 2024.",
            [],
            id="'killed more than 700 people ... in 2024': a year's tally (en)",
        ),
        pytest.param(
            "In 2019, a suicide bombing killed 40 soldiers in Pulwama, in Indian Kashmir.",
            [("Pulwama", 40)],
            id="'a suicide bombing killed 40 soldiers in 2019': one attack (en, already passed)",
        ),
        pytest.param(
            "En 2019, un attentat-suicide a tué 40 soldats à Pulwama, au Cachemire indien.",
            [("Pulwama", 40)],
            id="'un attentat-suicide a tué 40 soldats en 2019': one attack (fr, already passed)",
        ),
    ],
)
def test_the_dead_of_a_whole_year_are_a_tally(
    world_extractor: Extractor, body: str, expected: list[tuple[str, int]]
) -> None:
    """(0.30.0) The dead of a whole year, their killers the subject, are a tally; one attack
    told in the sentence stays an attack."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 10, 30))
    assert [(m.location_name, m.killed) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A junta jet bombed a school in Depayin, in Myanmar's Sagaing region, on Monday, "
            "killing 20 students. The army strikes from the sky to terrorise the population, "
            "said a researcher living in Bangkok.",
            id="'a researcher living in X': where the researcher lives (en)",
        ),
        pytest.param(
            "Un avion de la junte a bombardé lundi une école de Depayin, dans la région de "
            "Sagaing, en Birmanie, tuant 20 élèves. « L'armée frappe depuis le ciel pour "
            "terroriser la population », estime un chercheur installé à Bangkok.",
            id="'un chercheur installé à X': where the researcher lives (fr)",
        ),
    ],
)
def test_where_someone_lives_is_no_attack_there(world_extractor: Extractor, body: str) -> None:
    """(0.30.0) A person told as living or settled in a town ("living in", "installé à") is
    located there, as "based in" was; no attack there."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 14))
    assert [(m.location_name, m.killed) for m in mentions] == [("Depayin", 20)]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param(
            "Police have stepped up patrols since ethnic violence broke out in the State last "
            "year.\nOn September 1, a drone dropped explosives on Koutruk village in Imphal West "
            "district, killing two people.",
            date(2024, 9, 1),
            id="'... last year.' then 'On September 1': this year's (en)",
        ),
        pytest.param(
            "La police a renforcé les patrouilles depuis le début des violences l'an dernier. "
            "Le 1er septembre, un drone a largué des explosifs sur le village de Koutruk, dans "
            "le district d'Imphal West, tuant deux personnes.",
            date(2024, 9, 1),
            id="'... l'an dernier.' puis 'Le 1er septembre': this year's (fr)",
        ),
        pytest.param(
            "Last year, on June 9, gunmen killed nine pilgrims near Reasi.",
            date(2023, 6, 9),
            id="'Last year, on June 9': the year before (en, already passed)",
        ),
        pytest.param(
            "Le 9 juin de l'an dernier, des hommes armés ont tué neuf pèlerins près de Reasi.",
            date(2023, 6, 9),
            id="'Le 9 juin de l'an dernier': the year before (fr, already passed)",
        ),
    ],
)
def test_last_year_dates_a_day_and_month_of_its_own_sentence_only(
    world_extractor: Extractor, body: str, day: date
) -> None:
    """(0.30.0) "Last year" told in the sentence before does not move a day and month told
    without a year to the year before."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 8))
    assert [m.event_date for m in mentions] == [day]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "On Friday, troops killed 11 Dawlah Islamiyah militants in an assault in Datu "
            "Hoffer, Maguindanao del Sur, in the Philippines.",
            "Philippine Armed Forces",
            id="'troops killed 11 militants': the country's forces (en)",
        ),
        pytest.param(
            "Vendredi, les troupes ont tué 11 militants de Dawlah Islamiyah lors d'un assaut à "
            "Datu Hoffer, dans la province de Maguindanao del Sur, aux Philippines.",
            "Philippine Armed Forces",
            id="'les troupes ont tué 11 militants': the country's forces (fr)",
        ),
        pytest.param(
            "Vendredi, les troupes ont été attaquées près de Datu Hoffer, aux Philippines, et "
            "deux soldats ont été tués.",
            None,
            id="'les troupes ont été attaquées': the side attacked (fr, guard, already passed)",
        ),
        pytest.param(
            "On Friday, troops were attacked near Datu Hoffer, in the Philippines, and two "
            "soldiers were killed.",
            None,
            id="'troops were attacked': the side attacked (en, already passed)",
        ),
    ],
)
def test_bare_troops_acting_are_the_countrys_forces(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.30.0) Bare "troops", "les troupes" as the subject of an attack word are the forces of
    the article's country, as "the army" was; attacked ("ont été attaquées"), they are not."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 12, 4))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "weapons"),
    [
        pytest.param(
            "Officials said the suicide bombing was the deadliest this year in Pakistan. The "
            "bomber struck a mosque in Peshawar on Monday, killing 59 people.",
            ["ied"],
            id="'the bomber' after a suicide bombing: the person (en)",
        ),
        pytest.param(
            "Les autorités ont dit que l'attentat-suicide était le plus meurtrier de l'année au "
            "Pakistan. Le kamikaze a frappé lundi une mosquée de Peshawar, tuant 59 personnes.",
            ["ied"],
            id="'le kamikaze' after an attentat-suicide: the person (fr, already passed)",
        ),
        pytest.param(
            "A Russian bomber struck a bridge in Kharkiv on Monday, officials said.",
            ["airstrike"],
            id="'a Russian bomber' with no suicide bombing told: an aircraft (en, guard)",
        ),
        pytest.param(
            "Un bombardier russe a frappé lundi un pont à Kharkiv, selon les autorités.",
            ["airstrike"],
            id="'un bombardier russe': an aircraft (fr, guard)",
        ),
    ],
)
def test_the_bomber_of_a_suicide_bombing_told_before_is_a_person(
    world_extractor: Extractor, body: str, weapons: list[str]
) -> None:
    """(0.31.0) "The bomber" of an article that told of a suicide bombing before is the person
    who carried the bomb, not an aircraft."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 1, 31))
    assert [m.weapon for m in mentions] == weapons


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A suicide bomber struck on Monday in a mosque in Peshawar. The blast brought down "
            "the roof. More than 225 people were wounded, and dozens remained in hospital on "
            "Tuesday, said a spokesman for the city's main hospital.",
            id="'remained in hospital on Tuesday': the wounded's state (en)",
        ),
        pytest.param(
            "Un kamikaze a frappé lundi dans une mosquée de Peshawar. L'explosion a fait "
            "s'effondrer le toit. Plus de 225 personnes ont été blessées, et des dizaines étaient "
            "toujours hospitalisées mardi, selon un porte-parole de l'hôpital.",
            id="'étaient toujours hospitalisées mardi': the wounded's state (fr)",
        ),
    ],
)
def test_the_day_the_wounded_remain_in_hospital_is_no_attack_day(
    world_extractor: Extractor, body: str
) -> None:
    """(0.31.0) The day the wounded are still in hospital dates their state, not the attack: the
    wounded belong to Monday's attack, no second attack on Tuesday."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 1, 31))
    assert [(m.event_date, m.wounded) for m in mentions] == [(date(2023, 1, 30), 225)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Russian ballistic missile strike on Sumy killed 34 people on Sunday, officials "
            "said. It came nine days after a Russian missile hit a residential neighborhood in "
            "Kryvyi Rih, killing 20 people.",
            id="'It came nine days after': nine days before Sunday (en)",
        ),
        pytest.param(
            "Une frappe de missile balistique russe a tué 34 personnes dimanche à Soumy, selon "
            "les autorités. Elle intervient neuf jours après qu'un missile russe a frappé un "
            "quartier résidentiel de Kryvyï Rih, tuant 20 personnes.",
            id="'Elle intervient neuf jours après': nine days before Sunday (fr)",
        ),
    ],
)
def test_an_attack_that_came_up_to_twelve_days_after_another_dates_it(
    world_extractor: Extractor, body: str
) -> None:
    """(0.31.0) "It came nine days after", "intervient neuf jours après": the earlier attack is
    that many days before the date told last, for counts up to twelve, as for six before."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 13))
    assert [(m.event_date, m.is_background) for m in mentions] == [
        (date(2025, 4, 13), False),
        (date(2025, 4, 4), True),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Russian missile strike on Sumy killed 34 people on Sunday. The city has been "
            "shelled almost daily since troops withdrew from Kursk in March. The strike came two "
            "days after a Russian missile hit a residential neighborhood in Kryvyi Rih, killing "
            "20 people.",
            id="'came two days after', a month told last: no day (en)",
        ),
        pytest.param(
            "Une frappe de missile russe a tué 34 personnes dimanche à Soumy. La ville est "
            "bombardée presque chaque jour depuis le retrait des troupes de Koursk en mars. La "
            "frappe intervient deux jours après qu'un missile russe a frappé un quartier "
            "résidentiel de Kryvyï Rih, tuant 20 personnes.",
            id="'intervient deux jours après', a month told last: no day (fr)",
        ),
    ],
)
def test_days_after_count_back_from_a_day_only(world_extractor: Extractor, body: str) -> None:
    """(0.31.0) "came two days after" counts back from a day told last, never from a month:
    a month two days back is no day the text gives, so the earlier attack stays undated."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 13))
    assert [(m.event_date, m.is_background) for m in mentions] == [
        (date(2025, 4, 13), False),
        (None, True),
    ]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        pytest.param(
            "In November, Kyiv fired missiles at an ammunition depot near Karachev, in the "
            "Bryansk region.",
            [("Karachev", "Ukrainian Armed Forces")],
            id="'Kyiv fired missiles at': the government acting (en)",
        ),
        pytest.param(
            "En novembre, Kiev avait tiré des missiles sur un dépôt de munitions près de "
            "Karatchev, dans la région de Briansk.",
            [("Karachev", "Ukrainian Armed Forces")],
            id="'Kiev avait tiré des missiles sur': the government acting (fr)",
        ),
        pytest.param(
            "Kyiv was struck by missiles on Monday.",
            [("Kyiv", None)],
            id="'Kyiv was struck by': the place attacked (en, guard, already passed)",
        ),
        pytest.param(
            "Lundi, Kiev a été frappée par des missiles.",
            [("Kyiv", None)],
            id="'Kiev a été frappée par': the place attacked (fr, guard, already passed)",
        ),
    ],
)
def test_a_capital_as_the_subject_of_an_attack_verb_is_its_government(
    world_extractor: Extractor, body: str, found: list[tuple[str, str | None]]
) -> None:
    """(0.31.0) A national capital that is the subject of an attack verb ("Kyiv fired", "Kiev
    avait tiré") stands for its government, acting through its armed forces: it is the
    attacker, not a place attacked."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 11))
    assert [(m.location_name, m.attacker) for m in mentions] == found


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "On Friday, a drone launched by the Houthis struck a building near an annex of the "
            "US embassy in Tel Aviv, killing one man.",
            ["Tel Aviv"],
            id="'near an annex of the US embassy in X': the attack's place (en)",
        ),
        pytest.param(
            "Vendredi, un drone lancé par les Houthis a frappé un immeuble près d'une annexe de "
            "l'ambassade des États-Unis à Tel-Aviv, tuant un homme.",
            ["Tel Aviv"],
            id="'près d'une annexe de l'ambassade à X': the attack's place (fr)",
        ),
        pytest.param(
            "The US embassy's consular office in Baghdad said on Friday that a drone struck Erbil.",
            ["Erbil"],
            id="'the embassy's office in X said': no attack there (en, guard, already passed)",
        ),
        pytest.param(
            "Le bureau consulaire de l'ambassade américaine à Bagdad a indiqué vendredi qu'un "
            "drone avait frappé Erbil.",
            ["Erbil"],
            id="'le bureau de l'ambassade à X a indiqué': none there (fr, guard, already passed)",
        ),
    ],
)
def test_an_attack_near_a_part_of_an_embassy_is_in_its_town(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.31.0) An attack near a part of an embassy ("an annex of the US embassy in X") is in
    the embassy's town, as one near the embassy was; the embassy's office speaking is not."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 6, 1))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Greek-owned bulk carrier hit by Yemen's Houthi militia in the Red Sea was taking "
            "on water and one crew member remained missing on Thursday, maritime security "
            "sources said. The ship was struck on Wednesday by a small craft on its stern.",
            id="'remained missing on Thursday': the crew's state (en)",
        ),
        pytest.param(
            "Un vraquier grec touché par les Houthis en mer Rouge prenait l'eau et un membre "
            "d'équipage était toujours porté disparu jeudi, selon des sources maritimes. Le "
            "navire a été frappé mercredi par une petite embarcation.",
            id="'était toujours porté disparu jeudi': the crew's state (fr)",
        ),
    ],
)
def test_the_day_people_remain_missing_is_no_attack_day(
    world_extractor: Extractor, body: str
) -> None:
    """(0.31.0) The day a crew member is still missing, or a ship still taking on water, dates
    their state, not the attack, which the next sentence dates."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 13))
    assert {m.event_date for m in mentions} == {date(2024, 6, 12)}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The city, retaken by Ukrainian forces in November 2022, saw one of its worst days "
            "on May 3, 2023, when Russian shelling of a supermarket in Kherson killed 23 people.",
            id="'on May 3, 2023, when Russian shelling killed': that day (en)",
        ),
        pytest.param(
            "La ville, reprise par les forces ukrainiennes en novembre 2022, a connu l'une de ses "
            "pires journées le 3 mai 2023, lorsque des bombardements russes sur un supermarché de "
            "Kherson avaient fait 23 morts.",
            id="'le 3 mai 2023, lorsque des bombardements avaient fait': that day (fr)",
        ),
    ],
)
def test_the_date_before_a_when_clause_dates_its_attack(
    world_extractor: Extractor, body: str
) -> None:
    """(0.31.0) A date right before a "when" clause that tells an attack is that attack's day,
    over another date of the sentence."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 11, 20))
    assert [(m.event_date, m.date_precision, m.killed) for m in mentions] == [
        (date(2023, 5, 3), "day", 23)
    ]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Two brothers from the settlement of Har Bracha were shot dead in Huwara on Sunday.",
            ["Huwara"],
            id="'brothers from the settlement of X were shot dead in Y': Y (en)",
        ),
        pytest.param(
            "Deux frères originaires de la colonie de Har Bracha ont été abattus dimanche à "
            "Huwara.",
            ["Huwara"],
            id="'frères originaires de la colonie de X ont été abattus à Y': Y (fr)",
        ),
        pytest.param(
            "Un habitant de Kharkiv a été tué dimanche par un drone à Soumy.",
            ["Sumy"],
            id="'un habitant de X a été tué à Y': Y (fr)",
        ),
        pytest.param(
            "Un habitant de Kharkiv a été tué dimanche par un drone.",
            ["Kharkiv"],
            id="'un habitant de X a été tué', no other place: X (fr, guard, already passed)",
        ),
        pytest.param(
            "Des dizaines d'habitants de Tillia ont été tués dimanche dans la région de Tahoua.",
            ["Tillia"],
            id="'habitants de X tués dans la région de Y': X (fr, guard, already passed)",
        ),
    ],
)
def test_where_people_come_from_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.31.0) Where people come from or live, told right after them, is their home, not
    where they were attacked, when the sentence names another place."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 2, 27))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On March 22, three rockets fired from Lebanon toward Metula were intercepted by the "
            "Israeli army. Israel struck back that very day with a series of strikes on southern "
            "Lebanon that killed seven people.",
            id="'struck back that very day': the day told before (en)",
        ),
        pytest.param(
            "Le 22 mars, trois roquettes lancées depuis le Liban vers Metoula avaient été "
            "interceptées par l'armée israélienne. Israël avait riposté le jour même par une "
            "série de frappes sur le Liban-Sud qui avaient fait sept morts.",
            id="'avait riposté le jour même': the day told before (fr)",
        ),
    ],
)
def test_the_very_same_day_is_the_day_told_before(world_extractor: Extractor, body: str) -> None:
    """(0.31.0) "le jour même", "that very day" are the day told before, to the day, as "the
    same day" was."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 29))
    struck_back = [m for m in mentions if m.killed == 7]
    assert [(m.event_date, m.date_precision) for m in struck_back] == [(date(2025, 3, 22), "day")]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "On July 14, 2022, Kalibr cruise missiles fired from a Russian submarine in the Black "
            "Sea struck the centre of Vinnytsia, killing 23 people.",
            ["Vinnytsya"],
            id="'fired from a submarine in the Black Sea': the sea is the origin (en)",
        ),
        pytest.param(
            "Le 14 juillet 2022, des missiles de croisière Kalibr tirés depuis un sous-marin russe "
            "en mer Noire avaient frappé le centre de Vinnytsia, faisant 23 morts.",
            ["Vinnytsya"],
            id="'tirés depuis un sous-marin russe en mer Noire': the sea is the origin (fr)",
        ),
        pytest.param(
            "Le 14 juillet 2022, un missile a frappé un cargo en mer Noire.",
            ["Black Sea"],
            id="'a frappé un cargo en mer Noire': where it hit (fr, guard, already passed)",
        ),
        pytest.param(
            "On July 14, 2022, a missile struck a cargo ship in the Black Sea.",
            ["Black Sea"],
            id="'struck a cargo ship in the Black Sea': where it hit (en, guard, already passed)",
        ),
    ],
)
def test_the_sea_a_ship_fired_from_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.31.0) The sea or the sky a ship or an aircraft fired from is where the launch came
    from, not where it hit."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 7, 20))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "Russia's missile attack on Monday killed 33 people in Kyiv.",
            "Russian Armed Forces",
            id="'Russia's missile attack': Russia's forces (en)",
        ),
        pytest.param(
            "Russia's overnight barrage killed 33 people in Kyiv on Monday.",
            "Russian Armed Forces",
            id="'Russia's overnight barrage': Russia's forces (en)",
        ),
        pytest.param(
            "L'attaque de missiles russe de lundi a tué 33 personnes à Kiev.",
            "Russian Armed Forces",
            id="'l'attaque de missiles russe': Russia's forces (fr, already passed)",
        ),
        pytest.param(
            "Pakistan's deadliest attack in years killed 84 people in Peshawar on Monday.",
            None,
            id="'Pakistan's deadliest attack': where it was suffered (en, guard, already passed)",
        ),
        pytest.param(
            "Yemen's Houthi missile attack on Eilat on Monday wounded two people.",
            "Houthis",
            id="'Yemen's Houthi missile attack': the group's, not the state's (en, guard; 0.32.0: "
            "the group named, before none)",
        ),
    ],
)
def test_a_countrys_possessive_attack_is_its_forces(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.31.0) A country's possessive right before its attack ("Russia's missile attack") is
    that country's forces attacking; with a superlative it says where it was suffered, and a
    group named between is the one that attacked."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 9))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Russian missiles struck several cities in Ukraine on Monday. The barrage killed 33 "
            "people in the capital, officials said.",
            ["Kyiv"],
            id="'in the capital', the article placing things in Ukraine: Kyiv (en)",
        ),
        pytest.param(
            "Des missiles russes ont frappé lundi plusieurs villes d'Ukraine. Dans la capitale, "
            "au moins 22 personnes ont été tuées.",
            ["Kyiv"],
            id="'dans la capitale', the article placing things in Ukraine: Kyiv (fr)",
        ),
        pytest.param(
            "Russian missiles struck several cities in Ukraine on Monday, and two people were "
            "killed in the regional capital, officials said.",
            [None],
            id="'in the regional capital': no national capital (en, guard, already passed)",
        ),
    ],
)
def test_the_capital_alone_is_the_capital_of_the_country_things_are_placed_in(
    world_extractor: Extractor, body: str, places: list[str | None]
) -> None:
    """(0.31.0) "in the capital", "dans la capitale" alone, after a locative, is the capital of
    the one country the article places things in; a regional capital is none."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 9))
    assert [m.location_name for m in mentions if m.killed is not None] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "En août, les Chabab avaient pris d'assaut l'hôtel Hayat de Mogadiscio, un siège qui "
            "avait fait 21 morts.",
            id="'les Chabab': al-Shabaab (fr)",
        ),
        pytest.param(
            "In August, Shabab fighters stormed the Hayat hotel in Mogadishu, killing 21 people.",
            id="'Shabab fighters': al-Shabaab, not a village in Iran (en)",
        ),
    ],
)
def test_al_shabaab_by_its_french_and_bare_spellings(world_extractor: Extractor, body: str) -> None:
    """(0.31.0) "Chabab", "Shabab" name al-Shabaab, not a village of that name abroad."""
    mentions = _mentions_on(world_extractor, body, datetime(2022, 10, 31))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Mogadishu", "Al-Shabaab")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Au Niger, au moins 44 civils ont été tués vendredi dans le village de Fambita, dans "
            "la commune rurale de Kokorou.",
            id="'dans la commune rurale de Y': the division holding the village (fr)",
        ),
        pytest.param(
            "In Niger, at least 44 civilians were killed on Friday in the village of Fambita, in "
            "the rural commune of Kokorou.",
            id="'in the rural commune of Y': the division holding the village (en, already passed)",
        ),
    ],
)
def test_a_rural_commune_after_a_village_holds_it(world_extractor: Extractor, body: str) -> None:
    """(0.31.0) "dans la commune rurale de Y" after a village is the division that holds it, as
    "dans la commune de Y" was: one attack, at the village, with its toll."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 22))
    assert [(m.location_name, m.killed) for m in mentions] == [("Fambita", 44)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le dimanche 25 août 2024, les FAMa ont conduit des frappes aériennes de précision sur "
            "des cibles terroristes dans la localité de Tinzaouaten, dans la région de Kidal.",
            id="'les FAMa ont conduit des frappes': the FAMa struck (fr)",
        ),
        pytest.param(
            "On Sunday, August 25, 2024, the Malian army conducted precision airstrikes on "
            "terrorist targets in the locality of Tinzaouaten, in the Kidal region.",
            id="'the Malian army conducted airstrikes': the army struck (en, already passed)",
        ),
    ],
)
def test_conducting_strikes_makes_the_subject_the_attacker(
    world_extractor: Extractor, body: str
) -> None:
    """(0.31.0) "ont conduit des frappes" is an attack and its agent's verb, as "conducted
    strikes" and "ont mené des frappes" were."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 27))
    assert [m.attacker for m in mentions] == ["Malian Armed Forces"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Vendredi, un hélicoptère de la Mission des Nations unies au Soudan du Sud (Minuss) "
            "venu évacuer des soldats de la garnison de Nasir, dans l'État du Haut-Nil, a essuyé "
            "des tirs, tuant un membre d'équipage.",
            id="'un hélicoptère ..., a essuyé des tirs': the target (fr)",
        ),
        pytest.param(
            "On Friday, a helicopter of the UN mission, sent to evacuate soldiers from the "
            "garrison of Nasir, in South Sudan's Upper Nile state, came under fire, killing a "
            "crew member.",
            id="'a helicopter ..., came under fire': the target (en, already passed)",
        ),
    ],
)
def test_an_aircraft_that_came_under_fire_is_no_weapon(
    world_extractor: Extractor, body: str
) -> None:
    """(0.31.0) An aircraft that came under fire, past an apposition with commas, is the target:
    no air strike."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 9))
    assert [(m.location_name, m.weapon) for m in mentions] == [("Nasir", "unknown")]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "On July 14, 2022, Kalibr cruise missiles fired from a Russian submarine in the Black "
            "Sea struck the centre of Vinnytsia, killing 23 people.",
            "Russian Armed Forces",
            id="'fired from a Russian submarine': Russia's forces (en)",
        ),
        pytest.param(
            "Le 14 juillet 2022, des missiles de croisière Kalibr tirés depuis un sous-marin russe "
            "en mer Noire avaient frappé le centre de Vinnytsia, faisant 23 morts.",
            "Russian Armed Forces",
            id="'tirés depuis un sous-marin russe': Russia's forces (fr)",
        ),
        pytest.param(
            "Le 14 juillet 2022, des drones ukrainiens ont frappé un navire de guerre russe au "
            "large de Sébastopol.",
            "Ukrainian Armed Forces",
            id="'ont frappé un navire de guerre russe': the target (fr, guard, already passed)",
        ),
    ],
)
def test_the_nationality_of_a_launch_platform_is_the_attacker(
    world_extractor: Extractor, body: str, attacker: str
) -> None:
    """(0.31.0) The nationality of the ship or the aircraft a launch came from is that state's
    forces firing; a ship attacked is no attacker."""
    mentions = _mentions_on(world_extractor, body, datetime(2023, 7, 20))
    assert {m.attacker for m in mentions} == {attacker}


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Des explosions ont tué 11 personnes jeudi à Bukavu. Corneille Nangaa, le chef de "
            "l'AFC, accuse au contraire Kinshasa d'avoir commandité l'attaque.",
            ["Bukavu"],
            id="'accuse au contraire Kinshasa d'avoir commandité': the government (fr)",
        ),
        pytest.param(
            "Explosions killed 11 people in Bukavu on Thursday. The rebel leader accused "
            "Kinshasa of ordering the attack.",
            ["Bukavu"],
            id="'accused Kinshasa of ordering': the government (en, already passed)",
        ),
        pytest.param(
            "Des roquettes se sont abattues jeudi sur Kinshasa, a accusé l'armée.",
            ["Kinshasa"],
            id="'sur Kinshasa, a accusé l'armée': the place hit (fr, guard, already passed)",
        ),
    ],
)
def test_a_capital_accused_of_an_attack_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.31.0) A national capital accused of an attack stands for its government: no place
    where the attack was."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 2, 28))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Des combattants ont tué 18 personnes samedi dans le village de Lala, en Ituri. Des "
            "blessés ont été acheminés vers l'hôpital général de Bunia.",
            ["Lala"],
            id="'acheminés vers l'hôpital général de X': where they were taken (fr)",
        ),
        pytest.param(
            "A suicide bomber killed 18 people at a wedding in Gwoza on Saturday. The wounded "
            "were taken to the state capital, Maiduguri, about 135 km north, for treatment.",
            ["Gwoza"],
            id="'taken to the state capital, X': where they were taken (en)",
        ),
    ],
)
def test_where_the_wounded_were_taken_past_a_title_is_no_attack(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.31.0) The town the wounded were taken to is no attack place, when they were
    "acheminés" there or the town's title stands before its name."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 6, 30))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param(
            "Sudan's war began in April 2023, when long-simmering tensions between the military "
            "and the RSF exploded into open fighting in the capital, Khartoum, and elsewhere.",
            0,
            id="'tensions exploded into open fighting': no blast (en)",
        ),
        pytest.param(
            "La guerre au Soudan a éclaté en avril 2023, lorsque les tensions entre l'armée et "
            "les FSR ont explosé en combats ouverts dans la capitale, Khartoum.",
            0,
            id="'les tensions ont explosé en combats': no blast (fr)",
        ),
        pytest.param(
            "A car bomb exploded in Khartoum on Monday, killing five people.",
            1,
            id="'a car bomb exploded in X': a blast (en, guard, already passed)",
        ),
    ],
)
def test_tensions_exploding_into_fighting_are_no_attack(
    world_extractor: Extractor, body: str, count: int
) -> None:
    """(0.31.0) Tensions that "exploded into" fighting tell a war's outbreak, no blast."""
    assert len(_mentions_on(world_extractor, body, datetime(2025, 5, 6))) == count


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Des dizaines de civils ont été tués samedi à Djibo. À Ouagadougou, le gouvernement "
            "s'est contenté d'un communiqué évoquant une « attaque terroriste lâche ».",
            ["Djibo"],
            id="'À Ouagadougou, le gouvernement ...': where the government is (fr)",
        ),
        pytest.param(
            "Dozens of civilians were killed on Saturday in Djibo, in Burkina Faso. In "
            "Ouagadougou, the government issued a brief statement condemning a cowardly "
            "terrorist attack.",
            ["Djibo"],
            id="'In Ouagadougou, the government ...': where the government is (en)",
        ),
        pytest.param(
            "À Ouagadougou, une attaque a visé samedi une caserne, selon le gouvernement.",
            ["Ouagadougou"],
            id="'À Ouagadougou, une attaque a visé': the place (fr, guard, already passed)",
        ),
    ],
)
def test_a_capital_opening_before_its_government_speaking_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.31.0) A national capital opening the sentence before its government speaks is where
    the government is, not where the attack was."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 2))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    ("body", "earlier"),
    [
        pytest.param(
            "Israeli jets struck the port of Hodeidah on Monday, a day after a missile fired by "
            "the Houthis hit a car park at Ben Gurion Airport.",
            (date(2025, 5, 4), "day"),
            id="'on Monday, a day after a missile hit X': Sunday (en)",
        ),
        pytest.param(
            "Russian missiles struck Kharkiv on Monday, two days after a drone attack on Sumy "
            "killed three people.",
            (date(2025, 5, 3), "day"),
            id="'on Monday, two days after a drone attack on X': Saturday (en)",
        ),
        pytest.param(
            "L'armée israélienne a frappé lundi le port de Hodeïda, au Yémen, deux jours après "
            "qu'un missile houthiste a touché Tel-Aviv.",
            (date(2025, 5, 3), "day"),
            id="'a frappé lundi ..., deux jours après qu'un missile a touché X': samedi (fr)",
        ),
        pytest.param(
            "L'armée israélienne a frappé lundi le port de Hodeïda, au Yémen, au lendemain d'un "
            "tir de missile houthiste sur Tel-Aviv.",
            (date(2025, 5, 4), "day"),
            id="'a frappé lundi ..., au lendemain d'un tir sur X': dimanche (fr)",
        ),
        pytest.param(
            "L'armée israélienne a frappé lundi le port de Hodeïda, au Yémen, une semaine après "
            "qu'un missile houthiste a touché Tel-Aviv.",
            (date(2025, 4, 28), "week"),
            id="'a frappé lundi ..., une semaine après qu'un missile a touché X': la semaine (fr)",
        ),
    ],
)
def test_an_attack_counted_back_in_apposition_has_its_own_day(
    world_extractor: Extractor, body: str, earlier: tuple[date, str]
) -> None:
    """(0.32.0) ", a day after X", ", two days after X", ", au lendemain de X", after the day
    the sentence told: X is a passing reference dated that many days (or weeks) before that
    day, and the main attack keeps its own day."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 6))
    background = [(m.event_date, m.date_precision) for m in mentions if m.is_background]
    main = [(m.event_date, m.date_precision) for m in mentions if not m.is_background]
    assert (background, main) == ([earlier], [(date(2025, 5, 5), "day")])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Radios exploded across Lebanon on Wednesday, one day after a wave of pager "
            "explosions. One of the blasts hit the funeral of fighters killed the previous day in "
            "Dahiyeh.",
            id="'the previous day' after ', one day after X' (en, guard, already passed)",
        ),
        pytest.param(
            "Des talkies-walkies ont explosé mercredi au Liban, au lendemain d'une vague "
            "d'explosions de bipeurs. L'une des explosions a frappé les funérailles de combattants "
            "tués la veille à Dahiyeh.",
            id="'la veille' after ', au lendemain de X' (fr, guard, already passed)",
        ),
    ],
)
def test_a_day_counted_back_in_apposition_is_no_day_told_last(
    world_extractor: Extractor, body: str
) -> None:
    """(0.32.0) The day an apposition counts back to is an earlier attack's: "the previous day"
    told after it counts from the sentence's own day."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 19))
    dahiyeh = [m.event_date for m in mentions if m.location_name == "Dahiyeh"]
    assert dahiyeh == [date(2024, 9, 17)]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "An army helicopter opened fire on a school in Let Yet Kone village, Sagaing Region, "
            "Myanmar, on Monday, killing 13 people.",
            "Myanmar Armed Forces",
            id="'an army helicopter opened fire': the home army (en)",
        ),
        pytest.param(
            "Lundi, un hélicoptère de l'armée a ouvert le feu sur une école du village de Let Yet "
            "Kone, dans la région de Sagaing, en Birmanie, tuant 13 personnes.",
            "Myanmar Armed Forces",
            id="'un hélicoptère de l'armée a ouvert le feu': the home army (fr)",
        ),
        pytest.param(
            "An air force jet bombed a village in Zamfara State, Nigeria, on Monday, killing 13 "
            "people.",
            "Nigerian Armed Forces",
            id="'an air force jet bombed': the home army (en)",
        ),
        pytest.param(
            "Des avions de l'armée de l'air ont bombardé lundi un village de l'État de Zamfara, au "
            "Nigeria, tuant 13 personnes.",
            "Nigerian Armed Forces",
            id="'des avions de l'armée de l'air ont bombardé': the home army (fr)",
        ),
        pytest.param(
            "A military helicopter was shot down near Let Yet Kone village, Sagaing Region, "
            "Myanmar, on Monday, killing three soldiers.",
            None,
            id="'a military helicopter was shot down': the side attacked (en)",
        ),
        pytest.param(
            "Un hélicoptère de l'armée a été abattu lundi près du village de Let Yet Kone, dans la "
            "région de Sagaing, en Birmanie, tuant trois soldats.",
            None,
            id="'un hélicoptère de l'armée a été abattu': the side attacked (fr, guard, already "
            "passed)",
        ),
    ],
)
def test_the_armys_aircraft_are_the_home_army(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.32.0) The army's aircraft told without a nationality ("an army helicopter", "un
    hélicoptère de l'armée") are the forces of the article's country attacking, as "military
    helicopters" were; shot down, they are the side attacked."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "Suspected Kuki militants fired rockets at Moirang town in Manipur's Bishnupur "
            "district on Tuesday, killing a 70-year-old man.",
            "Kuki militants",
            id="'suspected Kuki militants fired rockets': Kuki militants (en)",
        ),
        pytest.param(
            "Des militants kukis ont tiré mardi des roquettes sur la ville de Moirang, dans "
            "l'État indien du Manipur, tuant un homme de 70 ans.",
            "Kuki militants",
            id="'des militants kukis ont tiré': Kuki militants (fr)",
        ),
        pytest.param(
            "Fulani gunmen attacked Yelwata village in Benue State, Nigeria, on Tuesday, killing "
            "40 people.",
            "Fulani militia",
            id="'Fulani gunmen attacked': Fulani militia (en)",
        ),
        pytest.param(
            "Des éleveurs peuls armés ont attaqué mardi le village de Yelwata, dans l'État de "
            "Benue, au Nigeria, tuant 40 personnes.",
            "Fulani militia",
            id="'des éleveurs peuls armés ont attaqué': Fulani militia (fr)",
        ),
        pytest.param(
            "Armed Murle youth attacked a cattle camp near Bor, in Jonglei State, on Tuesday, "
            "killing 12 people.",
            "Murle armed youth",
            id="'armed Murle youth attacked': Murle armed youth (en)",
        ),
        pytest.param(
            "Des jeunes Murle armés ont attaqué mardi un camp de bétail près de Bor, dans l'État "
            "du Jonglei, tuant 12 personnes.",
            "Murle armed youth",
            id="'des jeunes Murle armés ont attaqué': Murle armed youth (fr)",
        ),
        pytest.param(
            "Herders attacked Yelwata village in Benue State, Nigeria, on Tuesday, killing 40 "
            "people.",
            None,
            id="'herders attacked': no actor (en, guard, already passed)",
        ),
        pytest.param(
            "Des éleveurs ont attaqué mardi le village de Yelwata, dans l'État de Benue, au "
            "Nigeria, tuant 40 personnes.",
            None,
            id="'des éleveurs ont attaqué': no actor (fr, guard, already passed)",
        ),
    ],
)
def test_an_ethnic_militia_is_an_actor(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.32.0) The armed men of a communal conflict named by their community ("Kuki
    militants", "des éleveurs peuls armés", "armed Murle youth") are the ethnic militia ACLED
    codes; herders alone are no actor."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 23))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "NAIROBI, Kenya (AP) - Suspected jihadists killed 12 Somali soldiers in an attack on "
            "a military base on Thursday, officials said.",
            [],
            id="'NAIROBI, Kenya (AP) - ... Somali soldiers': no attack in Nairobi (en)",
        ),
        pytest.param(
            "DUBAI, United Arab Emirates (AP) - Airstrikes on a fuel port held by Yemen's Houthi "
            "rebels killed at least 74 people on Thursday, the rebels said.",
            [],
            id="'DUBAI (AP) - ... Yemen's Houthi rebels': no attack in Dubai (en)",
        ),
        pytest.param(
            "DAKAR (AFP) - Des jihadistes ont tué jeudi douze soldats maliens lors d'une attaque "
            "contre un camp militaire, a annoncé l'armée.",
            [],
            id="'DAKAR (AFP) - ... soldats maliens': pas d'attaque à Dakar (fr)",
        ),
        pytest.param(
            "MOGADISHU, Somalia (AP) - Suspected jihadists killed 12 Somali soldiers in an attack "
            "on a military base on Thursday, officials said.",
            ["Mogadishu"],
            id="'MOGADISHU (AP) - ... Somali soldiers': the dateline town (en, guard, already "
            "passed)",
        ),
        pytest.param(
            "BAMAKO (AFP) - Des jihadistes ont tué jeudi douze soldats maliens lors d'une attaque "
            "contre un camp militaire, a annoncé l'armée.",
            ["Bamako"],
            id="'BAMAKO (AFP) - ... soldats maliens': the dateline town (fr, guard, already "
            "passed)",
        ),
    ],
)
def test_a_dateline_abroad_is_no_attack_place(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.32.0) A dispatch's dateline town places the attack its first sentence tells without
    naming a place, unless that sentence names other countries, by name, nationality or state
    force, and not the dateline's: a correspondent's hub abroad."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 19))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            "US strikes on Yemen's Ras Isa fuel port kill 74",
            "U.S. airstrikes on a fuel port held by Yemen's Houthi rebels killed at least 74 "
            "people, the rebels said Friday, the deadliest attack of the American campaign. The "
            "strikes hit the Ras Isa port on the Red Sea coast late Thursday.",
            id="'U.S. airstrikes on a fuel port ..., the American campaign': not in the US (en)",
        ),
        pytest.param(
            "Frappes sur le port de Ras Isa au Yémen : 74 morts",
            "Des avions américains ont bombardé un port pétrolier tenu par les Houthis du Yémen, "
            "tuant au moins 74 personnes, le bilan le plus lourd de la campagne américaine, ont "
            "affirmé vendredi les rebelles. Les frappes ont touché le port de Ras Isa, sur la mer "
            "Rouge, jeudi soir.",
            id="'des avions américains ..., la campagne américaine': pas aux États-Unis (fr)",
        ),
    ],
)
def test_the_nationality_of_who_struck_is_no_country_of_the_attack(
    world_extractor: Extractor, title: str, body: str
) -> None:
    """(0.32.0) A sentence that tells an attack without its place names the attacker's
    nationality for who struck, not where: its figures and attacker go to the attack placed
    next, abroad."""
    mentions = _mentions_titled(world_extractor, title, body, datetime(2025, 4, 19))
    assert [(m.location_name, m.attacker, m.killed) for m in mentions] == [
        ("Ras Isa port", "United States Armed Forces", 74)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday, an airstrike by the Sudanese military on a market in Kabkabiya, a town in "
            "North Darfur, killed more than 100 people.",
            id="'an airstrike by the Sudanese military on X, a town in Y, killed' (en)",
        ),
        pytest.param(
            "On Monday, a bombing by the Sudanese military on a market in Kabkabiya, a town in "
            "North Darfur, killed more than 100 people.",
            id="'a bombing by the Sudanese military on X, a town in Y, killed' (en)",
        ),
        pytest.param(
            "Lundi, une frappe aérienne de l'armée soudanaise sur un marché de Kabkabiya, une "
            "ville du Darfour-Nord, a tué plus de 100 personnes.",
            id="'une frappe aérienne de l'armée soudanaise sur X, une ville de Y, a tué' (fr, "
            "guard, already passed)",
        ),
        pytest.param(
            "Lundi, un bombardement de l'armée soudanaise sur un marché de Kabkabiya, une ville du "
            "Darfour-Nord, a tué plus de 100 personnes.",
            id="'un bombardement de l'armée soudanaise sur X, une ville de Y, a tué' (fr, guard, "
            "already passed)",
        ),
    ],
)
def test_the_agent_after_an_attack_noun_and_by_the_is_the_attacker(
    world_extractor: Extractor, body: str
) -> None:
    """(0.32.0) "an airstrike by the X", "a bombing by the X": the agent of the attack noun, with
    its article, however far the verb ("by X" and "de l'X" were read already)."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 19))
    assert [m.attacker for m in mentions] == ["Sudanese Armed Forces"]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "A Nigerian army drone strike on a religious gathering in the village of Tudun Biri in "
            "Kaduna state killed 85 civilians on Monday.",
            "Nigerian Armed Forces",
            id="'a Nigerian army drone strike on X ... killed' (en)",
        ),
        pytest.param(
            "An al-Shabaab suicide bombing at a busy junction in the centre of Mogadishu killed "
            "nine people on Monday.",
            "Al-Shabaab",
            id="'an al-Shabaab suicide bombing at X ... killed' (en, guard, already passed)",
        ),
        pytest.param(
            "Une frappe de drone de l'armée nigériane sur un rassemblement religieux dans le "
            "village de Tudun Biri, dans l'État de Kaduna, a tué 85 civils lundi.",
            "Nigerian Armed Forces",
            id="'une frappe de drone de l'armée nigériane sur X ... a tué' (fr, guard, already "
            "passed)",
        ),
        pytest.param(
            "Un attentat-suicide des Chabab à un carrefour animé du centre de Mogadiscio a tué "
            "neuf personnes lundi.",
            "Al-Shabaab",
            id="'un attentat-suicide des Chabab à X ... a tué' (fr)",
        ),
        pytest.param(
            "A drone strike on a Nigerian army base in the village of Tudun Biri in Kaduna state "
            "killed 85 soldiers on Monday.",
            None,
            id="'a drone strike on a Nigerian army base': the side attacked (en, guard, already "
            "passed)",
        ),
    ],
)
def test_an_actor_right_before_its_attack_noun_is_the_attacker(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.32.0) An actor right before an attack noun, a weapon word at most between ("a Nigerian
    army drone strike", "an al-Shabaab suicide bombing") tells its attack, however far the
    verb; French names it after the noun ("une frappe de drone de l'armée nigériane"), read
    already."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 19))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "The statement said that the army carried out an airstrike on Thursday in the "
            "Anzourou area of Niger, killing 17 militants.",
            "Niger Armed Forces",
            id="'said that the army carried out an airstrike': the home army (en)",
        ),
        pytest.param(
            "Le communiqué affirme que l'armée a mené jeudi une frappe aérienne dans la zone "
            "d'Anzourou, au Niger, tuant 17 terroristes.",
            "Niger Armed Forces",
            id="'affirme que l'armée a mené une frappe': the home army (fr)",
        ),
        pytest.param(
            "Des habitants affirment que l'armée a été attaquée jeudi dans la zone d'Anzourou, au "
            "Niger.",
            None,
            id="'affirment que l'armée a été attaquée': the side attacked (fr, guard, already "
            "passed)",
        ),
    ],
)
def test_the_army_opening_what_is_reported_is_the_home_army(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.32.0) A bare "the army", "l'armée" right after "that", "que", the subject of what a
    statement reports, is the forces of the article's country, as after a comma."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 19))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "In March, an army drone strike on the village of Amasrakad, in Mali's Gao region, "
            "killed at least 13 civilians.",
            "Malian Armed Forces",
            id="'an army drone strike on X': the home army (en)",
        ),
        pytest.param(
            "En mars, une frappe de drone de l'armée sur le village d'Amasrakad, dans la région de "
            "Gao, au Mali, avait tué au moins 13 civils.",
            "Malian Armed Forces",
            id="'une frappe de drone de l'armée sur X': the home army (fr)",
        ),
        pytest.param(
            "In March, a drone strike on an army base near Amasrakad, in Mali's Gao region, killed "
            "at least 13 soldiers.",
            None,
            id="'a drone strike on an army base': the side attacked (en, guard, already passed)",
        ),
        pytest.param(
            "En mars, une frappe de drone sur une base de l'armée près d'Amasrakad, dans la région "
            "de Gao, au Mali, avait tué 13 soldats.",
            None,
            id="'une frappe de drone sur une base de l'armée': the side attacked (fr, guard, "
            "already passed)",
        ),
    ],
)
def test_the_armys_strike_is_the_home_armys(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.32.0) The army's strike told without a nationality ("an army drone strike", "une
    frappe de drone de l'armée") is the forces of the article's country attacking; an army base
    struck is the side attacked."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 19))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "JNIM claimed the attack on Djibo. The same day, its fighters also attacked the "
            "military detachment in Solle, in Loroum province, Burkina Faso.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'its fighters also attacked X': the group named before (en)",
        ),
        pytest.param(
            "Le JNIM a revendiqué l'attaque de Djibo. Le même jour, ses combattants ont également "
            "attaqué le détachement militaire de Sollé, dans la province du Loroum, au Burkina "
            "Faso.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'ses combattants ont également attaqué X': the group named before (fr)",
        ),
        pytest.param(
            "JNIM claimed the attack on Djibo. Its fighters also attacked the military "
            "detachment in Solle, in Loroum province, Burkina Faso.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'Its fighters also attacked X' opening the sentence (en)",
        ),
        pytest.param(
            "Le JNIM a revendiqué l'attaque de Djibo. Ses combattants ont également attaqué le "
            "détachement militaire de Sollé, dans la province du Loroum, au Burkina Faso.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'Ses combattants ont également attaqué X' opening the sentence (fr)",
        ),
        pytest.param(
            "JNIM claimed the attack on Djibo. The same day, its fighters were attacked in Solle, "
            "in Loroum province, Burkina Faso.",
            None,
            id="'its fighters were attacked': the side attacked (en, guard, already passed)",
        ),
        pytest.param(
            "Le JNIM a revendiqué l'attaque de Djibo. Le même jour, ses combattants ont été "
            "attaqués à Sollé, dans la province du Loroum, au Burkina Faso.",
            None,
            id="'ses combattants ont été attaqués': the side attacked (fr, guard, already passed)",
        ),
    ],
)
def test_a_groups_members_told_by_a_possessive_are_the_group(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.32.0) "its fighters", "ses combattants" opening a clause as the subject of an attack
    word are the group named just before."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 19))
    solle = [m.attacker for m in mentions if m.location_name in {"Solle", "Sollé"}]
    assert solle == [attacker]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "JNIM, linked to al-Qaeda, is very active in the north. The same day, its fighters "
            "attacked the military detachment in Solle, in Loroum province, Burkina Faso.",
            id="'JNIM, linked to al-Qaeda, ...': its fighters are JNIM's (en)",
        ),
        pytest.param(
            "Le JNIM, affilié à Al-Qaïda, est très actif dans le nord du pays. Le même jour, ses "
            "combattants ont attaqué le détachement militaire de Sollé, dans la province du "
            "Loroum, au Burkina Faso.",
            id="'Le JNIM, affilié à Al-Qaïda, ...': ses combattants sont ceux du JNIM (fr)",
        ),
    ],
)
def test_what_a_group_is_affiliated_to_is_no_group_named_last(
    world_extractor: Extractor, body: str
) -> None:
    """(0.32.0) The group a group is affiliated, linked or allied to, told after it, is not the
    one a later "its fighters", "ses combattants" means."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 19))
    assert [m.attacker for m in mentions] == ["Jama'at Nusrat al-Islam wal-Muslimin"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Overnight, American B-2 stealth bombers dropped a dozen bombs on the Fordow site in "
            "Iran.",
            id="'American B-2 stealth bombers dropped': the US forces (en)",
        ),
        pytest.param(
            "Dans la nuit de samedi à dimanche, des bombardiers furtifs B-2 américains ont largué "
            "une douzaine de bombes sur le site de Fordo, en Iran.",
            id="'des bombardiers furtifs B-2 américains ont largué': the US forces (fr)",
        ),
        pytest.param(
            "Dans la nuit de samedi à dimanche, des bombardiers furtifs américains ont largué une "
            "douzaine de bombes sur le site de Fordo, en Iran.",
            id="'des bombardiers furtifs américains ont largué' (fr, guard, already passed)",
        ),
    ],
)
def test_a_nationality_past_an_aircrafts_model_is_its_forces(
    world_extractor: Extractor, body: str
) -> None:
    """(0.32.0) A nationality next to an aircraft still names its forces past the aircraft's
    model and an adjective ("American B-2 stealth bombers", "des bombardiers furtifs B-2
    américains")."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 6, 23))
    assert [m.attacker for m in mentions] == ["United States Armed Forces"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A junta airstrike on Kyauk Ni Maw village in Rakhine State's Ramree Township on "
            "Wednesday killed at least 40 people.",
            id="'X village in Rakhine State's Ramree Township': the village (en)",
        ),
        pytest.param(
            "Une frappe aérienne de la junte sur le village de Kyauk Ni Maw, dans le canton de "
            "Ramree, dans l'État d'Arakan, a tué mercredi au moins 40 personnes.",
            id="'le village de X, dans le canton de Y': the village (fr)",
        ),
        pytest.param(
            "A junta airstrike on Kyauk Ni Maw village in Ramree Township, Rakhine State, on "
            "Wednesday killed at least 40 people.",
            id="'X village in Ramree Township, Rakhine State' (en, guard, already passed)",
        ),
    ],
)
def test_a_village_told_in_its_township_is_one_place(world_extractor: Extractor, body: str) -> None:
    """(0.32.0) A village the gazetteer lacks, told in a township, is in it: one attack, at the
    village, when a province of several words owns the township ("in Rakhine State's Ramree
    Township") and in French ("dans le canton de Ramree")."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 9))
    assert [(m.location_name, m.killed) for m in mentions] == [("Kyauk Ni Maw", 40)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A junta airstrike on Kyauk Ni Maw village in Ramree Township, Rakhine State, on "
            "Wednesday killed at least 40 people. A fighter jet dropped bombs on the village at "
            "around 1 pm, witnesses said.",
            id="'X village in Y Township ... the village': X (en)",
        ),
        pytest.param(
            "Une frappe aérienne de la junte sur le village de Kyauk Ni Maw, dans le canton de "
            "Ramree, dans l'État d'Arakan, a tué mercredi au moins 40 personnes. Un avion de "
            "chasse a largué des bombes sur le village vers 13 heures, selon des témoins.",
            id="'le village de X, dans le canton de Y ... le village': X (fr)",
        ),
    ],
)
def test_a_township_is_no_town_the_village_points_back_to(
    world_extractor: Extractor, body: str
) -> None:
    """(0.32.0) A name told as a township ("Ramree Township", "le canton de Ramree") is a
    division, no town a later "the village", "le village" points back to."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 1, 9))
    assert [(m.location_name, m.killed) for m in mentions] == [("Kyauk Ni Maw", 40)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "En janvier 2024, les Gardiens de la Révolution avaient revendiqué une salve de "
            "missiles balistiques sur Erbil, affirmant viser un « quartier général du Mossad » ; "
            "l'attaque avait tué quatre civils.",
            id="'viser un quartier général du Mossad': no neighbourhood (fr)",
        ),
        pytest.param(
            "In January 2024, the Revolutionary Guards claimed a salvo of ballistic missiles on "
            "Erbil, saying they targeted a Mossad headquarters; the attack killed four civilians.",
            id="'targeted a Mossad headquarters': no place (en, guard, already passed)",
        ),
    ],
)
def test_a_headquarters_owner_is_no_neighbourhood(world_extractor: Extractor, body: str) -> None:
    """(0.32.0) "quartier général du X" is a headquarters, whose owner is no neighbourhood the
    gazetteer lacks ("quartier" alone is: "le quartier de X")."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 7, 17))
    assert [m.location_name for m in mentions] == ["Erbil"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Onze militaires équatoriens ont été tués vendredi dans une embuscade tendue par un "
            "groupe armé dans la région amazonienne d'Alto Punino, a annoncé l'armée.",
            id="'dans la région amazonienne d'X': X (fr)",
        ),
        pytest.param(
            "Onze militaires équatoriens ont été tués vendredi dans une embuscade tendue par un "
            "groupe armé dans la zone frontalière d'Alto Punino, a annoncé l'armée.",
            id="'dans la zone frontalière d'X': X (fr)",
        ),
        pytest.param(
            "Eleven Ecuadorian soldiers were killed on Friday in an ambush by an armed group in "
            "the Amazon region of Alto Punino, the army said.",
            id="'in the Amazon region of X': X (en, guard, already passed)",
        ),
    ],
)
def test_an_area_noun_with_its_adjective_names_the_place(
    world_extractor: Extractor, body: str
) -> None:
    """(0.32.0) A French area noun keeps naming the place the gazetteer lacks past an adjective
    of where it lies or what it is ("la région amazonienne d'X", "la zone frontalière de X"),
    as past "rurale" ("la commune rurale de X")."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 5, 10))
    assert [(m.location_name, m.killed) for m in mentions] == [("Alto Punino", 11)]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "On Wednesday night, the military detachment in Diapaga, in eastern Burkina Faso, was "
            "overrun by JNIM fighters.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'was overrun by X fighters': X (en)",
        ),
        pytest.param(
            "Dans la nuit de mercredi à jeudi, le détachement militaire de Diapaga, dans l'est du "
            "Burkina Faso, a été submergé par des combattants du JNIM.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'a été submergé par des combattants de X': X (fr)",
        ),
        pytest.param(
            "Dans la nuit de mercredi à jeudi, des combattants du JNIM ont submergé le "
            "détachement militaire de Diapaga, dans l'est du Burkina Faso.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="'des combattants de X ont submergé le détachement': X (fr)",
        ),
    ],
)
def test_a_post_overrun_is_an_attack(world_extractor: Extractor, body: str, attacker: str) -> None:
    """(0.32.0) A post overrun is attacked, by whoever overran it: "was overrun by", "a été
    submergé par", "ont submergé" (a place flooded, "submergé par les eaux", is not)."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 28))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Diapaga", attacker)]


def test_a_place_flooded_is_no_attack(world_extractor: Extractor) -> None:
    """(0.32.0) "submergé par les eaux": a flood, no post overrun (fr; English says "flooded";
    a guard of the rule above, which passed before it)."""
    body = (
        "Le village de Diapaga, au Burkina Faso, a été submergé par les eaux mercredi après de "
        "fortes pluies."
    )
    assert list(_mentions_on(world_extractor, body, datetime(2025, 3, 28))) == []


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Au Pakistan, deux véhicules bourrés d'explosifs ont été lancés mardi soir contre "
            "l'enceinte du cantonnement militaire de Bannu, dans la province du Khyber "
            "Pakhtunkhwa.",
            ["Bannu Cantonment"],
            id="'deux véhicules bourrés d'explosifs ont été lancés contre X': an attack (fr)",
        ),
        pytest.param(
            "Mardi soir, deux véhicules piégés ont percuté le mur du cantonnement militaire de "
            "Bannu, dans le Khyber Pakhtunkhwa.",
            ["Bannu Cantonment"],
            id="'deux véhicules piégés ont percuté le mur de X': an attack (fr)",
        ),
        pytest.param(
            "On Tuesday evening, two car bombs were driven into the walls of the Bannu military "
            "cantonment in Khyber Pakhtunkhwa.",
            ["Bannu Cantonment"],
            id="'two car bombs were driven into the walls of X': an attack (en)",
        ),
        pytest.param(
            "Mardi soir, un camion a percuté un bus près de Bannu, dans le Khyber Pakhtunkhwa.",
            [],
            id="'un camion a percuté un bus': no attack (fr, guard, already passed)",
        ),
    ],
)
def test_a_vehicle_bomb_driven_into_its_target_is_an_attack(
    world_extractor: Extractor, body: str, places: list[str]
) -> None:
    """(0.32.0) A vehicle bomb driven, launched or crashed into its target tells the attack by
    the impact verb after it ("deux véhicules piégés ont percuté", "two car bombs were driven
    into"); the verb after another vehicle tells none."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 5))
    assert [m.location_name for m in mentions] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des membres présumés de Boko Haram ont fait irruption samedi soir dans le village "
            "de Kolofata, dans l'Extrême-Nord du Cameroun, tuant quatre habitants.",
            id="'des membres présumés de X ont fait irruption dans le village': X (fr)",
        ),
        pytest.param(
            "Suspected members of Boko Haram stormed the village of Kolofata in Cameroon's Far "
            "North region on Saturday evening, killing four residents.",
            id="'suspected members of X stormed the village': X (en, already passed)",
        ),
    ],
)
def test_who_stormed_in_is_the_attacker(world_extractor: Extractor, body: str) -> None:
    """(0.33.0) The subject of "ont fait irruption" stormed in, as that of "stormed" did: the
    attacker, however its members are hedged ("membres présumés")."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 10))
    assert [(m.location_name, m.attacker, m.killed) for m in mentions] == [
        ("Kolofata", "Boko Haram", 4)
    ]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "On Friday, an army offensive backed by airstrikes killed 11 suspected militants near "
            "the town of Datu Piang, in Maguindanao del Sur province.",
            "Philippine Armed Forces",
            id="'an army offensive killed 11 militants': the home army (en)",
        ),
        pytest.param(
            "Vendredi, une opération de l'armée a tué onze militants présumés près de Datu Piang, "
            "dans la province de Maguindanao del Sur, aux Philippines.",
            "Philippine Armed Forces",
            id="'une opération de l'armée a tué onze militants': the home army (fr)",
        ),
        pytest.param(
            "Vendredi, une opération militaire a tué onze militants présumés près de Datu Piang, "
            "dans la province de Maguindanao del Sur, aux Philippines.",
            "Philippine Armed Forces",
            id="'une opération militaire a tué': the home army (fr)",
        ),
        pytest.param(
            "During a military operation near Datu Piang, in Maguindanao del Sur province, "
            "gunmen ambushed a patrol on Friday, killing 11 soldiers.",
            None,
            id="'during a military operation, gunmen ambushed': not the army (en, guard, "
            "already passed)",
        ),
    ],
)
def test_an_army_operation_that_killed_is_the_home_army(
    world_extractor: Extractor, body: str, attacker: str | None
) -> None:
    """(0.33.0) An operation or offensive of the army, told without a nationality, as the subject
    of a killing ("an army offensive killed", "une opération de l'armée a tué") is the home
    country's forces; an operation only told as the time of another side's attack is not."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 10))
    assert [(m.location_name, m.attacker) for m in mentions] == [("Datu Piang", attacker)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Israeli airstrikes hit the city of Tyre in southern Lebanon on Saturday, killing 11 "
            "people, the health ministry said. On September 27, a strike on a building in "
            "Nabatieh had killed seven people.",
            [("Tyre", "Israel Defense Forces"), ("Nabatîyé et Tahta", "Israel Defense Forces")],
            id="'Israeli airstrikes hit X ... a strike on Y had killed': Israel's (en)",
        ),
        pytest.param(
            "Des frappes russes ont visé Kiev lundi, tuant 27 personnes, selon le maire. Le 25 "
            "mai, une frappe sur un hypermarché de Kharkiv avait fait 19 morts.",
            [("Kyiv", "Russian Armed Forces"), ("Kharkiv", "Russian Armed Forces")],
            id="'des frappes russes ont visé X ... une frappe sur Y avait fait': Russia's (fr)",
        ),
        pytest.param(
            "Russian missile strikes hit Kyiv on Monday, killing 27 people. Ukrainian drone "
            "strikes hit Belgorod on Sunday, killing two. On May 25, a strike on a hypermarket in "
            "Kharkiv killed 19 people.",
            [
                ("Kyiv", "Russian Armed Forces"),
                ("Belgorod", "Ukrainian Armed Forces"),
                ("Kharkiv", None),
            ],
            id="two states striking: the strike told alone has no attacker (en, guard, "
            "already passed)",
        ),
        pytest.param(
            "Des frappes israéliennes ont touché Tyr, dans le sud du Liban, samedi, tuant onze "
            "personnes. En juillet, une roquette avait frappé un terrain de football à Majdal "
            "Shams, tuant douze enfants.",
            [("Tyre", "Israel Defense Forces"), ("Majdal Shams", None)],
            id="a rocket in an article of a state's strikes: not that state's (fr, guard, "
            "already passed)",
        ),
    ],
)
def test_a_strike_in_one_states_campaign_is_that_states(
    world_extractor: Extractor, body: str, expected: list[tuple[str, str | None]]
) -> None:
    """(0.33.0) In an article whose strikes told with their attacker are all one state's, a
    strike or airstrike told without its attacker is that state's; not when two states strike,
    nor a rocket."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 11, 25))
    assert [(m.location_name, m.attacker) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A Russian missile hit the centre of Sumy on Monday, killing 35 people. Sumy had "
            "already been struck on November 17, 2024, when a missile hit an apartment block, "
            "killing eleven people.",
            id="'X had already been struck on November 17, when a missile hit' (en)",
        ),
        pytest.param(
            "Un missile russe a frappé lundi le centre de Soumy, tuant 35 personnes. Soumy avait "
            "déjà été frappée le 17 novembre 2024, lorsqu'un missile avait touché un immeuble "
            "d'habitation, tuant onze personnes.",
            id="'X avait déjà été frappée le 17 novembre, lorsqu'un missile' (fr, already passed)",
        ),
    ],
)
def test_a_town_told_as_struck_before_with_an_adverb_in_the_tense(
    world_extractor: Extractor, body: str
) -> None:
    """(0.33.0) A town that is the subject of a passive attack verb with an adverb inside the
    tense ("had already been struck", "avait déjà été frappée") is where the earlier attack
    happened: a passing reference of its own, with its own date and toll."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 4, 14))
    assert [(m.location_name, m.event_date, m.killed, m.is_background) for m in mentions] == [
        ("Sumy", date(2025, 4, 14), 35, False),
        ("Sumy", date(2024, 11, 17), 11, True),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On September 2, a drone-borne bomb landed in Senjam Chirang, in Manipur's Imphal "
            "West district, injuring three people.",
            id="'landed in Senjam Chirang': a village, not the district Chirang (en)",
        ),
        pytest.param(
            "Le 2 septembre, une bombe larguée par un drone est tombée à Senjam Chirang, dans le "
            "district d'Imphal West, au Manipur, blessant trois personnes.",
            id="'tombée à Senjam Chirang': a village, not the district Chirang (fr)",
        ),
    ],
)
def test_a_districts_name_after_another_capitalised_word_ends_a_longer_name(
    world_extractor: Extractor, body: str
) -> None:
    """(0.33.0) A district's one-word name right after a capitalised word that is no
    preposition ends a longer name the gazetteer lacks ("Senjam Chirang"), as a town's did:
    the village, in the district named beside it, not Assam's Chirang district."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 6))
    assert [(m.location_name, m.wounded) for m in mentions] == [("Senjam Chirang", 3)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Trente soldats ont été tués lundi dans l'attaque d'un poste de l'armée à Barkaram, "
            "au Tchad. C'est l'attaque la plus lourde depuis celle de Bohoma, en mars 2020, au "
            "cours de laquelle 98 militaires avaient été tués par Boko Haram.",
            id="'la plus lourde depuis celle de X, en mars 2020, au cours de laquelle' (fr)",
        ),
        pytest.param(
            "Thirty soldiers were killed on Monday in an attack on an army post in Barkaram, "
            "Chad. It was the heaviest attack since the one in Bohoma in March 2020, in which 98 "
            "soldiers were killed by Boko Haram.",
            id="'the heaviest since the one in X in March 2020, in which' (en, already passed)",
        ),
    ],
)
def test_the_attack_a_superlative_is_measured_from_told_by_its_pronoun(
    world_extractor: Extractor, body: str
) -> None:
    """(0.33.0) "depuis celle de X", "since the one in X": the earlier attack a superlative is
    measured from is a passing reference at X, with its own date, toll and attacker, told in
    the relative clause after its date ("au cours de laquelle", "in which"); the main attack
    keeps none of them."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 10, 29))
    assert [
        (m.location_name, m.event_date, m.killed, m.attacker, m.is_background) for m in mentions
    ] == [
        ("Barkaram", date(2024, 10, 28), 30, None, False),
        ("Bohoma", date(2020, 3, 1), 98, "Boko Haram", True),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A bomb exploded at the market in Kohat on Monday, killing five people. One of the "
            "victims was on his way to Peshawar for a wedding. On Tuesday, gunmen attacked a "
            "police post in the town, wounding two officers.",
            id="'on his way to X': not the town told again (en, already passed)",
        ),
        pytest.param(
            "Une bombe a explosé lundi au marché de Kohat, tuant cinq personnes. L'une des "
            "victimes était en route pour Peshawar pour un mariage. Mardi, des hommes armés ont "
            "attaqué un poste de police dans la ville, blessant deux policiers.",
            id="'en route pour X': not the town told again (fr)",
        ),
    ],
)
def test_a_travellers_destination_is_no_town_pointed_back_to(
    world_extractor: Extractor, body: str
) -> None:
    """(0.33.0) Where a traveller was going ("on his way to X", "en route pour X") is no town a
    later "the town", "la ville" points back to: that is still the attack's town."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 12))
    assert [(m.location_name, m.event_date) for m in mentions] == [
        ("Kohat", date(2025, 3, 10)),
        ("Kohat", date(2025, 3, 11)),
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "A suicide bomber blew himself up at the railway station in Quetta on Tuesday, "
            "killing 12 people. In November, another bomber killed 26 people at the same station.",
            "Quetta",
            id="'another bomber killed 26 people at the same station': its town (en)",
        ),
        pytest.param(
            "Un kamikaze s'est fait exploser mardi à la gare de Quetta, tuant 12 personnes. En "
            "novembre, un autre kamikaze avait tué 26 personnes dans la même gare.",
            "Quetta",
            id="'un autre kamikaze avait tué 26 personnes dans la même gare': its town (fr)",
        ),
        pytest.param(
            "JNIM fighters attacked an army post in Djibo on Thursday, killing 20 soldiers. On "
            "January 8, they had overrun the same post, killing 28 soldiers.",
            "Djibo",
            id="'had overrun the same post': the post's town (en)",
        ),
        pytest.param(
            "Des combattants du JNIM ont attaqué jeudi un poste de l'armée à Djibo, tuant 20 "
            "soldats. Le 8 janvier, 28 soldats avaient été tués au même poste.",
            "Djibo",
            id="'28 soldats avaient été tués au même poste': the post's town (fr)",
        ),
    ],
)
def test_the_same_station_or_post_is_the_one_told_before(
    world_extractor: Extractor, body: str, place: str
) -> None:
    """(0.33.0) An earlier attack told at "the same station", "la même gare", "the same post",
    "au même poste" happened where the one told before did: a passing reference of its own
    there, with its own date and toll."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 3, 12))
    assert [m.location_name for m in mentions] == [place, place]
    assert mentions[1].event_date is not None and mentions[1].event_date < date(2025, 3, 1)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A drone and missile barrage by Iran against Israel wounded a girl on Friday.",
            [("IL", "Iranian Armed Forces", False)],
            id="'a drone and missile barrage by Iran against Israel': Iran's forces (en)",
        ),
        pytest.param(
            "An Israeli drone struck an air base near Isfahan on Friday, six days after a missile "
            "attack by Iran on Israel that wounded a girl.",
            [("IL", "Iranian Armed Forces", True), ("IR", "Israel Defense Forces", False)],
            id="'six days after a missile attack by Iran on Israel': Iran's, in passing (en)",
        ),
        pytest.param(
            "Une attaque massive lancée par l'Iran contre le territoire israélien a blessé une "
            "fillette vendredi.",
            [("IL", "Iranian Armed Forces", False)],
            id="'une attaque lancée par l'Iran': Iran's forces (fr, already passed)",
        ),
    ],
)
def test_a_state_named_as_the_agent_of_an_attack_noun(
    world_extractor: Extractor, body: str, expected: list[tuple[str, str, bool]]
) -> None:
    """(0.33.0) A country after "an attack by", "strikes by", "a barrage by" acts through its
    armed forces, as after "launched by", in a main clause and in a passing reference."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 4, 19))
    assert [(m.country_iso2, m.attacker, m.is_background) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "In October 2024, Israel bombed missile production sites in Iran, killing four "
            "soldiers.",
            id="'In October 2024, Israel bombed sites in Iran': no attack in Israel (en)",
        ),
        pytest.param(
            "En octobre 2024, Israël avait bombardé des sites de production de missiles en Iran, "
            "tuant quatre militaires.",
            id="'En octobre 2024, Israël avait bombardé des sites en Iran': none in Israel (fr)",
        ),
    ],
)
def test_a_country_acting_is_no_place_of_its_attack(world_extractor: Extractor, body: str) -> None:
    """(0.33.0) A country that is the subject of an attack verb acts through its forces: it is
    no place of the attack, even after a date opened by "in", "en" ("In October 2024, Israel
    bombed"), as a capital acting was not (0.31.0)."""
    mentions = _mentions_on(world_extractor, body, datetime(2025, 6, 14))
    assert [(m.country_iso2, m.attacker, m.killed) for m in mentions] == [
        ("IR", "Israel Defense Forces", 4)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A drone and missile barrage by Tehran against Israel wounded a girl on Friday.",
            [("IL", "Iranian Armed Forces", False)],
            id="'a drone and missile barrage by Tehran': Iran's forces (en)",
        ),
        pytest.param(
            "Israeli jets struck an air base near Isfahan on Friday, six days after a missile "
            "attack by Tehran on Israel that wounded a girl.",
            [("IL", "Iranian Armed Forces", True), ("IR", "Israel Defense Forces", False)],
            id="'six days after a missile attack by Tehran on Israel' (en)",
        ),
        pytest.param(
            "Des frappes israéliennes ont touché vendredi une base près d'Ispahan, une semaine "
            "après des frappes lancées par Téhéran sur le territoire israélien, qui avaient "
            "blessé une fillette.",
            [("IL", "Iranian Armed Forces", True), ("IR", "Israel Defense Forces", False)],
            id="'une semaine après des frappes lancées par Téhéran' (fr)",
        ),
    ],
)
def test_a_capital_named_as_the_agent_after_by(
    world_extractor: Extractor, body: str, expected: list[tuple[str, str, bool]]
) -> None:
    """(0.33.0) A national capital after "an attack by", "lancées par" stands for its
    government acting through its forces, as when it is the subject of an attack verb; in a
    passing reference too."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 4, 19))
    assert [(m.country_iso2, m.attacker, m.is_background) for m in mentions] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Russian missile strikes hit Kharkiv on Monday, killing five people. On Tuesday, a "
            "drone hit an apartment block in Marhanets, wounding two residents.",
            [("Kharkiv", "Russian Armed Forces"), ("Marhanets", "Russian Armed Forces")],
            id="'Russian strikes hit X ... a drone hit Y': Russia's, in the country it struck (en)",
        ),
        pytest.param(
            "Des frappes de missiles russes ont touché Kharkiv lundi, tuant cinq personnes. "
            "Mardi, un drone a touché un immeuble à Marhanets, blessant deux habitants.",
            [("Kharkiv", "Russian Armed Forces"), ("Marhanets", "Russian Armed Forces")],
            id="'des frappes russes ont touché X ... un drone a touché Y': Russia's (fr)",
        ),
        pytest.param(
            "Russian missile strikes hit Kharkiv on Monday, killing five people. On Tuesday, a "
            "drone hit a refinery in Belgorod, wounding two workers.",
            [("Kharkiv", "Russian Armed Forces"), ("Belgorod", None)],
            id="a drone in the striking state's own country: none (en, guard, already passed)",
        ),
        pytest.param(
            "US airstrikes hit Abu Kamal in Syria on Monday, killing five militants. On Tuesday, "
            "a drone hit the Tanf base in Syria, wounding two American soldiers.",
            [("Abu Kamal", "United States Armed Forces"), ("Al-Tanf Garrison", None)],
            id="a drone on the striking state's own troops: none (en, guard, already passed)",
        ),
    ],
)
def test_a_drone_in_the_country_one_state_strikes_is_that_states(
    world_extractor: Extractor, body: str, expected: list[tuple[str, str | None]]
) -> None:
    """(0.33.0) When every attacker an article names is one state force, whose strikes hit a
    country, a drone or missile attack told without its attacker in that country is that
    state's; not in the state's own country, nor when the state's own forces were attacked."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 11))
    assert [(m.location_name, m.attacker) for m in mentions] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Russian missile strikes hit Odessa on Monday, killing five people.",
            id="'hit Odessa': Ukraine's city, not Odessa, Texas (en)",
        ),
        pytest.param(
            "Une frappe russe a tué cinq personnes lundi à Odessa.",
            id="'à Odessa': la ville ukrainienne, pas Odessa au Texas (fr)",
        ),
    ],
)
def test_a_city_sharing_its_provinces_name_is_named_by_it(
    world_extractor: Extractor, body: str
) -> None:
    """(0.33.0) A city that bears its province's name only as a variant ("Odessa" for Odesa,
    the oblast's name) is named as much as a namesake town abroad that bears it as its own name:
    with no country told, the province and its seat outweigh Odessa, Texas."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 9, 11))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [("Odesa", "UA")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Israël a affirmé mercredi avoir éliminé Ali Karaki, un haut commandant du Hezbollah, "
            "dans la frappe qui a visé mardi soir un immeuble de Haret Hreik, dans la banlieue "
            "sud de Beyrouth.",
            id="'a affirmé avoir éliminé X dans la frappe': Israel's, claimed (fr)",
        ),
        pytest.param(
            "Israel said on Wednesday it had eliminated Ali Karaki, a senior Hezbollah commander, "
            "in the strike that hit a building in Haret Hreik, in Beirut's southern suburbs, on "
            "Tuesday evening.",
            id="'said it had eliminated X in the strike': Israel's, claimed (en)",
        ),
    ],
)
def test_a_state_saying_it_eliminated_someone_claims_the_strike(
    world_extractor: Extractor, body: str
) -> None:
    """(0.33.0) "avoir éliminé", "had eliminated": the agent's verb of a killing, as "avoir
    tué", "had killed" are; a state saying it eliminated a commander in a strike claims it."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 31))
    assert [(m.attacker, m.claimed_by) for m in mentions] == [
        ("Israel Defense Forces", "Israel Defense Forces")
    ]


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "Israel said on Wednesday it had eliminated a senior Hezbollah commander in the "
            "strike that hit a building in Haret Hreik, near Beirut, on Tuesday evening.",
            "Israel Defense Forces",
            id="'a Hezbollah commander in the strike that hit': not Hezbollah (en)",
        ),
        pytest.param(
            "Israël a affirmé mercredi avoir éliminé un haut commandant du Hezbollah dans la "
            "frappe qui a visé mardi soir un immeuble de Haret Hreik, près de Beyrouth.",
            "Israel Defense Forces",
            id="'un commandant du Hezbollah dans la frappe qui a visé': not Hezbollah (fr)",
        ),
        pytest.param(
            "Hezbollah fighters that attacked an Israeli post near Metula on Tuesday killed two "
            "soldiers.",
            "Hezbollah",
            id="'Hezbollah fighters that attacked': the group (en, guard, already passed)",
        ),
    ],
)
def test_the_verb_after_an_attack_nouns_relative_pronoun_is_the_attacks(
    world_extractor: Extractor, body: str, attacker: str
) -> None:
    """(0.33.0) The verb right after an attack noun's relative pronoun ("the strike that hit",
    "la frappe qui a visé") is the attack's: a group named before the noun (the victim's) is
    not its agent; its own members' relative ("fighters that attacked") still are."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 7, 31))
    assert [m.attacker for m in mentions] == [attacker]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Un attentat a fait 32 morts vendredi soir sur la plage du Lido, à Mogadiscio.",
            ("Mogadishu", "SO"),
            id="'la plage du Lido, à Mogadiscio': no Lido of Italy (fr)",
        ),
        pytest.param(
            "A bombing killed 32 people on Friday evening at Lido beach in Mogadishu.",
            ("Mogadishu", "SO"),
            id="'at Lido beach in Mogadishu': no Lido Beach of New York (en)",
        ),
        pytest.param(
            "A bombing killed 32 people on Friday evening in Paris, in Texas.",
            ("Paris", "US"),
            id="'in Paris, in Texas': a state after a town is no city abroad (en, guard, "
            "already passed)",
        ),
    ],
)
def test_a_namesake_abroad_named_before_a_city_is_a_part_of_the_city(
    world_extractor: Extractor, body: str, place: tuple[str, str]
) -> None:
    """(0.33.0) A town named right before a city joined by a locative ("X, à Mogadiscio", "X in
    Mogadishu") whose namesakes all lie in other countries than that city's is a part of the
    city the gazetteer lacks, not the namesake abroad: the city is the place."""
    mentions = _mentions_on(world_extractor, body, datetime(2024, 8, 3))
    assert [(m.location_name, m.country_iso2) for m in mentions] == [place]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            "[titre non disponible]",
            "Kharkiv, deuxième ville d'Ukraine, a de nouveau été durement frappée samedi 25 mai.",
            id="'X a de nouveau été durement frappée samedi': where it happened (fr)",
        ),
        pytest.param(
            "[title not captured]",
            "Kharkiv, Ukraine's second city, was heavily shelled again on Saturday, May 25.",
            id="'X was heavily shelled again on Saturday': where it happened (en)",
        ),
    ],
)
def test_a_town_attacked_with_an_adverb_before_the_participle(
    world_extractor: Extractor, title: str, body: str
) -> None:
    """(0.33.0) A town that is the subject of a passive attack verb with an adverb of manner or
    repetition before the participle ("a été durement frappée", "a été à nouveau visée", "was
    heavily shelled") is where the attack happened: on a page whose title was not captured,
    under its section and date lines, nothing else makes the sentence's first name a place."""
    text = normalize_article_text(f"{title}\n\nEurope\ndate 2024-05\n{body}")
    article = ArticleInput(
        article_id="t", version_id=stable_hash(text), source_uri="test://t", text=text,
        title=title, published_at=datetime(2024, 5, 1), published_precision="month",
        language=None,
    )  # fmt: skip
    mentions = world_extractor.extract(article).mentions
    assert [(m.location_name, m.event_date) for m in mentions] == [("Kharkiv", date(2024, 5, 25))]
