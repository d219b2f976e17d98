"""Scoring rules on hand-made cases, and the targets on the sample and dev corpora."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from ingest.evaluation import (
    EvaluationReport,
    GoldEvent,
    PlaceResolver,
    actors_agree,
    distance_km,
    parse_gold,
    read_gold_points,
    run_evaluation,
    score,
    spelled_alike,
)
from ingest.extraction import AttackMention, Lexicons, load_seed_tables

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "ingest" / "sample_corpus"
DEV = ROOT.parent / "shared" / "corpus" / "dev"  # the shared corpus beside the clone
WORLD = ROOT.parent / "shared" / "corpus" / "world"
# The level the world corpus has reached (issue 9 asks the CI guard to cover it): a drop below
# these is a regression. Measured 2026-12-05 (0.14.0): F1 0.879, place found 88.2 %, actor
# 86.7 % (0.13.0: 0.872, 87.1 %, 86.7 %); every field on matched events at 0.85 or more (issue
# 9's target), the lowest attacker or claimant, 0.855 (date 0.947: one Ukrainian shelling told
# "in the evening" before a Wednesday statement is dated to the statement's week).
# (f1 0.869 at 0.16.0: two correct finer places the evaluator's matching counts as false alarms,
# Pūnch for a gold place told only as an area's end, and a second site of one city's attacks)
# Raised 2026-12-06 (0.20.0): F1 0.875, place found 90.3 % (issue 8's 90 %), actor 86.7 %;
# attacker or claimant 0.857 the lowest field.
WORLD_FLOORS = {"f1": 0.87, "place_found": 0.90, "actor_found": 0.86}
WORLD_FIELDS = (
    "date",
    "place",
    "attacker_or_claimant",
    "weapon",
    "killed",
    "wounded",
    "casualties",
)
SAMPLE_INPUTS = [SAMPLE / name for name in ("articles", "html", "batches", "corrections")]
TARGETS = {
    "date": 0.85,
    "place": 0.90,
    "weapon": 0.90,
    "attacker_or_claimant": 0.85,
    "casualties": 0.90,
}

GOLD = GoldEvent(
    event_id="g1", article_id="a", event_date=date(2023, 10, 30), date_precision="day",
    location="Harir Air Base", admin1="Erbil", country="IQ", attacker="Kataib Hezbollah",
    target=None, weapon="drone", projectile_count=2, killed=None, wounded=None,
    claimed_by="Kataib Hezbollah", reported_by=None, background=False, optional=False,
)  # fmt: skip
PREDICTED = AttackMention(
    mention_id="m1", article_id="a", version_id="v", source_uri="u", sentence_index=1,
    evidence_start=0, evidence_end=1, evidence_text="x", event_date=date(2023, 10, 30),
    date_precision="day", date_basis=None, location_name="Harir Air Base",
    location_id="iq-harir-air-base", admin1="Erbil", country_iso2="IQ", latitude=None,
    longitude=None, geo_precision=1, attacker=None, target=None, claimed_by="Kataib Hezbollah",
    attribution="claimed", weapon="drone", projectile_count=2, killed=None, killed_low=None,
    killed_high=None, wounded=None, wounded_low=None, wounded_high=None, reported_by=None,
    is_background=False, certainty="claimed", extractor_version="0",
)  # fmt: skip


@pytest.fixture(scope="module")
def resolver(lexicons: Lexicons) -> PlaceResolver:
    return PlaceResolver(lexicons)


def test_exact_match_scores_every_field(resolver: PlaceResolver) -> None:
    report = score([GOLD], {"a": [PREDICTED]}, resolver)
    assert (report.true_positives, report.precision, report.recall) == (1, 1.0, 1.0)
    assert all(report.accuracy(name) == 1.0 for name in TARGETS)


def test_incompatible_date_is_a_miss_and_a_false_alarm(resolver: PlaceResolver) -> None:
    wrong_day = replace(PREDICTED, event_date=date(2023, 10, 28))
    report = score([GOLD], {"a": [wrong_day]}, resolver)
    assert (report.true_positives, report.gold, report.predicted) == (0, 1, 1)


def test_week_precision_window(resolver: PlaceResolver) -> None:
    near = replace(PREDICTED, event_date=date(2023, 10, 26), date_precision="week")
    report = score([GOLD], {"a": [near]}, resolver)
    assert report.true_positives == 1
    assert report.accuracy("date") == 0.0  # the gold is day-precise


def test_optional_gold_is_neither_rewarded_nor_penalised(resolver: PlaceResolver) -> None:
    optional = replace(GOLD, event_id="g2", optional=True)
    report = score([optional], {"a": [PREDICTED]}, resolver)
    assert (report.gold, report.predicted, report.true_positives) == (0, 0, 0)
    missed_optional = score([optional], {"a": []}, resolver)
    assert (missed_optional.gold, missed_optional.recall) == (0, 1.0)


def test_region_contains_the_predicted_site(resolver: PlaceResolver) -> None:
    region = replace(GOLD, location="eastern Syria", admin1=None, country="SY")
    site = replace(
        PREDICTED, location_name="Abu Kamal", location_id="sy-abu-kamal", country_iso2="SY"
    )
    report = score([region], {"a": [site]}, resolver)
    assert report.true_positives == 1 and report.accuracy("place") == 0.0


def test_country_only_events_match_on_country(resolver: PlaceResolver) -> None:
    gold = replace(GOLD, location=None, admin1=None, country="JO")
    mention = replace(PREDICTED, location_name=None, location_id=None, country_iso2="JO")
    assert score([gold], {"a": [mention]}, resolver).true_positives == 1
    elsewhere = replace(mention, country_iso2="SY")
    assert score([gold], {"a": [elsewhere]}, resolver).true_positives == 0


def test_a_loose_region_agrees_with_a_country_only_gold_event(resolver: PlaceResolver) -> None:
    # "dans l'est de la Syrie": gold codes the country (location null), the extractor the loose
    # region "eastern Syria"; the event agrees, its place field does not
    gold = replace(GOLD, location=None, admin1=None, country="SY")
    region = replace(
        PREDICTED, location_name="eastern Syria", location_id="sy-eastern-syria", country_iso2="SY"
    )
    report = score([gold], {"a": [region]}, resolver)
    assert report.true_positives == 1 and report.accuracy("place") == 0.0
    town = replace(region, location_name="Abu Kamal", location_id="sy-abu-kamal")
    assert score([gold], {"a": [town]}, resolver).true_positives == 0
    abroad = replace(
        region, location_name="western Iraq", location_id="iq-western-iraq", country_iso2="IQ"
    )
    assert score([gold], {"a": [abroad]}, resolver).true_positives == 0


def test_a_sea_has_no_country_in_gold(resolver: PlaceResolver) -> None:
    gold = replace(GOLD, location="Red Sea", admin1=None, country=None)
    at_sea = replace(
        PREDICTED, location_name="Red Sea", location_id="xz-red-sea", admin1=None, country_iso2="XZ"
    )
    report = score([gold], {"a": [at_sea]}, resolver)
    assert report.true_positives == 1 and report.accuracy("country") == 1.0
    ashore = replace(at_sea, country_iso2="YE")
    assert score([gold], {"a": [ashore]}, resolver).accuracy("country") == 0.0


def test_a_predicted_point_near_the_gold_point_is_the_same_place(lexicons: Lexicons) -> None:
    # A village the gold names one way and the gazetteer, in another language, another way: the
    # corpus's point decides.
    gold = replace(GOLD, location="Kafr Hammam", admin1=None, country="LB")
    points = {"Kafr Hammam": (33.3167, 35.7167)}
    near = replace(
        PREDICTED, location_name="Hammam el Kfour", location_id="lb-x", country_iso2="LB",
        latitude=33.33, longitude=35.70,
    )  # fmt: skip
    report = score([gold], {"a": [near]}, PlaceResolver(lexicons, points))
    assert report.true_positives == 1 and report.accuracy("place") == 1.0
    far = replace(near, latitude=33.60, longitude=35.70)  # about 31 km north
    assert score([gold], {"a": [far]}, PlaceResolver(lexicons, points)).true_positives == 0
    assert score([gold], {"a": [near]}, PlaceResolver(lexicons)).true_positives == 0


def test_an_unlisted_place_spelled_alike_is_the_same_place(resolver: PlaceResolver) -> None:
    gold = replace(GOLD, location="Makalondi", admin1=None, country="NE")
    unlisted = replace(PREDICTED, location_name="Makolondi", location_id=None, country_iso2="NE")
    assert score([gold], {"a": [unlisted]}, resolver).true_positives == 1
    other = replace(unlisted, location_name="Torodi")
    assert score([gold], {"a": [other]}, resolver).true_positives == 0


def test_spelling_variants_and_distances() -> None:
    assert spelled_alike("Tiloua", "Tilloa") and spelled_alike("Khamelock", "Khamenlok")
    assert not spelled_alike("Kaya", "Kayes") and not spelled_alike("Tilloa", "Filloa")
    # q and k transliterate one letter: "Quarit" / "Kuarit", "Qandahar" / "Kandahar"
    assert spelled_alike("Quarit", "Kuarit") and spelled_alike("Qandahar", "Kandahar")
    assert not spelled_alike("Quarit", "Kurmuk")
    assert distance_km((0.0, 0.0), (0.0, 1.0)) == pytest.approx(111.2, abs=0.1)


def test_gold_points_skip_rows_without_numbers(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text("name,lat,lon\nBamako,12.65,-8.0\nSomewhere,,\n", encoding="utf-8")
    assert read_gold_points(path) == {"Bamako": (12.65, -8.0)}


def test_one_to_one_matching_prefers_more_matches(resolver: PlaceResolver) -> None:
    second = replace(GOLD, event_id="g2", event_date=None, date_precision=None)
    report = score(
        [GOLD, second],
        {"a": [PREDICTED, replace(PREDICTED, mention_id="m2", event_date=None)]},
        resolver,
    )
    assert report.true_positives == 2


def test_report_json_and_render(resolver: PlaceResolver) -> None:
    report = score([GOLD], {"a": [PREDICTED]}, resolver)
    payload = json.loads(report.to_json())
    assert payload["overall"]["f1"] == 1.0 and payload["fields"]["weapon"]["accuracy"] == 1.0
    console = Console(record=True, width=120)
    report.render(console)
    assert "overall" in console.export_text()


def test_parse_gold_skips_blank_lines() -> None:
    line = json.dumps({"event_id": "e", "article_id": "a", "event_date": None, "optional": True})
    events = parse_gold(["", line, "  "])
    assert len(events) == 1 and events[0].optional and events[0].event_date is None


def _assert_targets(report: EvaluationReport) -> None:
    assert report.f1 >= 0.85, f"event F1 {report.f1:.3f}"
    for name, target in TARGETS.items():
        assert report.accuracy(name) >= target, f"{name} {report.accuracy(name):.3f} < {target}"


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev corpus is not on this machine")
def test_dev_corpus_targets() -> None:
    report = run_evaluation(DEV / "gold_events.jsonl", DEV / "articles", ROOT / "seeds")
    _assert_targets(report)


@pytest.mark.skipif(not WORLD.exists(), reason="the shared world corpus is not on this machine")
def test_world_corpus_holds_its_level() -> None:
    report = run_evaluation(WORLD / "gold_events.jsonl", WORLD / "articles", ROOT / "seeds")
    reached = {
        "f1": report.f1,
        "place_found": report.place_found,
        "actor_found": report.actor_found,
    }
    assert all(reached[name] >= floor for name, floor in WORLD_FLOORS.items()), reached
    fields = {name: report.accuracy(name) for name in WORLD_FIELDS}
    assert all(value >= 0.85 for value in fields.values()), fields


def test_sample_corpus_targets() -> None:
    # Every bundled input: text files, HTML pages, JSONL batches and the corrected version.
    report = run_evaluation(SAMPLE / "gold_events.jsonl", SAMPLE_INPUTS, ROOT / "seeds")
    assert report.gold >= 80  # all four folders were read
    _assert_targets(report)


def test_the_site_of_a_site_town_gold_place_predicted_unlisted(resolver: PlaceResolver) -> None:
    gold = replace(GOLD, location="Desnianskyi District, Kyiv", admin1=None, country="UA")
    site = replace(PREDICTED, location_name="Desnianski", location_id=None, country_iso2="UA")
    report = score([gold], {"a": [site]}, resolver)
    assert report.true_positives == 1 and report.accuracy("place") == 1.0
    other = replace(site, location_name="Obolonskyi")
    assert score([gold], {"a": [other]}, resolver).true_positives == 0


def test_a_state_in_gold_is_its_armed_forces(resolver: PlaceResolver) -> None:
    # Gold may name the state ("Iraq") where the extractor names its armed forces.
    gold = replace(GOLD, attacker="Iraq", claimed_by=None)
    forces = replace(PREDICTED, attacker="Iraqi Security Forces", claimed_by=None)
    peshmerga = replace(PREDICTED, attacker="Peshmerga", claimed_by=None)
    assert actors_agree(gold, forces, resolver)
    assert not actors_agree(gold, peshmerga, resolver)
    assert resolver.actor("United States") == resolver.actor("United States Armed Forces")


def test_a_site_without_a_point_named_after_the_gold_town(resolver: PlaceResolver) -> None:
    # "le camp de Sokolo" predicted as "Sokolo camp" (no point) is gold's "Sokolo"
    gold = replace(GOLD, location="Sokolo", admin1=None, country="ML")
    camp = replace(PREDICTED, location_name="Sokolo camp", location_id=None, country_iso2="ML")
    other = replace(camp, location_name="Niono camp")
    assert score([gold], {"a": [camp]}, resolver).true_positives == 1
    assert score([gold], {"a": [other]}, resolver).true_positives == 0
    # "the Sarsang field" predicted as the curated "Sarsang oil field" (no point) is gold's
    # "Sarsang" too
    field = replace(camp, location_name="Sokolo oil field")
    assert score([gold], {"a": [field]}, resolver).true_positives == 1
    assert (
        score(
            [gold], {"a": [replace(field, location_name="Niono gas field")]}, resolver
        ).true_positives
        == 0
    )


def test_an_unlisted_place_for_gold_named_with_its_unit_word(resolver: PlaceResolver) -> None:
    # "the Kuyambana forest" predicted as "Kuyambana" (no point) is gold's "Kuyambana Forest"
    gold = replace(GOLD, location="Kuyambana Forest", admin1=None, country="NG")
    bare = replace(PREDICTED, location_name="Kuyambana", location_id=None, country_iso2="NG")
    other = replace(bare, location_name="Dansadau")
    assert score([gold], {"a": [bare]}, resolver).true_positives == 1
    assert score([gold], {"a": [other]}, resolver).true_positives == 0


def test_a_district_named_after_the_gold_town() -> None:
    # "in Pakistan's Panjgur district" predicted as the district, for gold's town "Panjgur"
    district = {"location_id": "pk-panjgur", "location_name": "Panjgur District",
                "feature_type": "admin2", "admin1": "Balochistan", "country_iso2": "PK",
                "country_iso3": "PAK", "latitude": "26.9", "longitude": "64.1",
                "parent_location_id": None, "geonames_id": None, "source": "test"}  # fmt: skip
    tables = load_seed_tables(ROOT / "seeds")
    tables["gazetteer_places"] = [district]
    tables["gazetteer_place_aliases"] = [
        {"location_id": "pk-panjgur", "alias": "Panjgur District", "language": "en",
         "alias_kind": "name"}
    ]  # fmt: skip
    resolver = PlaceResolver(Lexicons.from_tables(tables))
    gold = replace(GOLD, location="Panjgur", admin1=None, country="PK")
    named = replace(
        PREDICTED, location_name="Panjgur District", location_id="pk-panjgur", country_iso2="PK"
    )
    other = replace(gold, location="Turbat")
    assert score([gold], {"a": [named]}, resolver).true_positives == 1
    assert score([other], {"a": [named]}, resolver).true_positives == 0
