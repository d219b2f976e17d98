"""The claim, attribution, merge and background hard cases, each in French and in English.

Every sentence here was written for these tests; none comes from a real article. Publication is
Tuesday 31 October 2023 (see conftest).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from ingest.extraction import ArticleInput, AttackMention, Extractor

MakeArticle = Callable[..., ArticleInput]


def mentions(
    extractor: Extractor, make_article: MakeArticle, body: str, **kwargs: object
) -> list[AttackMention]:
    article = make_article(body, **kwargs)
    result = extractor.extract(article)
    for mention in result.mentions:
        assert article.text[mention.evidence_start : mention.evidence_end] == mention.evidence_text
    return list(result.mentions)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des roquettes ont visé le champ gazier de Conoco mardi. "
            "La Résistance islamique en Irak a revendiqué cette attaque.",
            id="a claim in the next sentence refers back to cette attaque (fr)",
        ),
        pytest.param(
            "Rockets targeted the Conoco gas field on Tuesday. "
            "The Islamic Resistance in Iraq claimed responsibility for the attack.",
            id="a claim in the next sentence refers back to the attack (en)",
        ),
        pytest.param(
            "La Résistance islamique en Irak a revendiqué mardi une attaque à la roquette contre "
            "le champ gazier de Conoco.",
            id="a claim in the same sentence (fr)",
        ),
        pytest.param(
            "The Islamic Resistance in Iraq said it targeted the Conoco gas field with rockets "
            "on Tuesday.",
            id="said it targeted is a claim (en)",
        ),
    ],
)
def test_claims(extractor: Extractor, make_article: MakeArticle, body: str) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    mention = found[0]
    assert (mention.location_name, mention.weapon) == ("Conoco gas field", "rocket")
    assert (mention.claimed_by, mention.attacker, mention.attribution) == (
        "Islamic Resistance in Iraq",
        "Islamic Resistance in Iraq",
        "claimed",
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une attaque de drone contre la base de Harir a été imputée mardi par le Pentagone "
            "aux milices pro-iraniennes.",
            id="officials blaming militias is an attribution, not a claim (fr)",
        ),
        pytest.param(
            "A drone attack struck the Harir Air Base on Tuesday, an attack the Pentagon blamed "
            "on Iran-backed militias.",
            id="officials blaming militias is an attribution, not a claim (en)",
        ),
    ],
)
def test_attribution_is_kept_apart_from_claims(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert (found[0].attacker, found[0].claimed_by, found[0].attribution) == (
        "Iran-backed militias",
        None,
        "attributed",
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des drones ont visé mardi la base de Harir et la base d'Aïn al-Assad.",
            id="one sentence, two bases, two mentions (fr)",
        ),
        pytest.param(
            "Drones targeted the Harir Air Base and the Ain al-Asad Air Base on Tuesday.",
            id="one sentence, two bases, two mentions (en)",
        ),
    ],
)
def test_one_sentence_two_attacks(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert sorted(m.location_name or "" for m in found) == [
        "Ain al-Asad Air Base",
        "Harir Air Base",
    ]
    assert {m.weapon for m in found} == {"drone"}
    assert {m.event_date for m in found} == {date(2023, 10, 31)}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une nouvelle attaque a visé la base d'Aïn al-Assad, dans la province d'Anbar. "
            "Selon Reuters, deux drones ont frappé la base tôt ce mardi, sans faire de blessés.",
            id="two sentences about one attack merge into one mention (fr)",
        ),
        pytest.param(
            "A new attack targeted the Ain al-Asad Air Base in Anbar province. "
            "Two drones struck the base early Tuesday, causing no injuries, Reuters reported.",
            id="two sentences about one attack merge into one mention (en)",
        ),
    ],
)
def test_several_sentences_one_attack(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    mention = found[0]
    assert (mention.location_name, mention.weapon, mention.projectile_count) == (
        "Ain al-Asad Air Base",
        "drone",
        2,
    )
    assert (mention.wounded, mention.event_date, mention.date_precision) == (
        0,
        date(2023, 10, 31),
        "day",
    )
    assert mention.reported_by == "Reuters"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        pytest.param(
            "Trois roquettes ont été tirées mardi contre la base d'Aïn al-Assad, selon l'armée "
            "irakienne.",
            "Irak : trois roquettes tirées sur la base d'Aïn al-Assad",
            id="the title repeats the lead attack and is not counted twice (fr)",
        ),
        pytest.param(
            "Three rockets were fired at the Ain al-Asad Air Base on Tuesday, the Iraqi army said.",
            "Rockets fired at Ain al-Asad Air Base in Iraq",
            id="the title repeats the lead attack and is not counted twice (en)",
        ),
    ],
)
def test_title_is_not_counted_twice(
    extractor: Extractor, make_article: MakeArticle, body: str, title: str
) -> None:
    found = mentions(extractor, make_article, body, title=title)
    assert len(found) == 1 and found[0].sentence_index > 0
    assert found[0].projectile_count == 3


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Deux drones ont visé la base d'Aïn al-Assad mardi. "
            "La semaine dernière, une attaque de drone avait déjà frappé la base aérienne de "
            "Harir.",
            id="an attack last week is a background reference (fr)",
        ),
        pytest.param(
            "Two drones targeted the Ain al-Asad Air Base on Tuesday. "
            "Last week, a drone attack had already struck the Harir Air Base.",
            id="an attack last week is a background reference (en)",
        ),
    ],
)
def test_background_reference(extractor: Extractor, make_article: MakeArticle, body: str) -> None:
    found = {m.location_name: m for m in mentions(extractor, make_article, body)}
    assert found["Harir Air Base"].is_background
    assert not found["Ain al-Asad Air Base"].is_background


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Deux drones ont frappé la base de Harir tôt mardi. "
            "Lundi, trois roquettes avaient été tirées sur la base de Harir.",
            id="the same base on two days is two attacks (fr)",
        ),
        pytest.param(
            "Two drones struck the Harir Air Base early Tuesday. "
            "On Monday, three rockets were fired at the Harir Air Base.",
            id="the same base on two days is two attacks (en)",
        ),
    ],
)
def test_same_place_different_days_stay_apart(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert sorted((m.event_date or date.min, m.weapon or "") for m in found) == [
        (date(2023, 10, 30), "rocket"),
        (date(2023, 10, 31), "drone"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The Islamic Resistance in Iraq said they fired rockets at the Conoco gas field on "
            "Tuesday.",
            id="a group saying 'they fired' claims the attack (en)",
        ),
        pytest.param(
            "La Résistance islamique en Irak a affirmé avoir tiré mardi des roquettes sur le "
            "champ gazier de Conoco.",
            id="un groupe qui affirme avoir tiré revendique l'attaque (fr, already passed)",
        ),
    ],
)
def test_a_group_saying_they_fired_claims(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.claimed_by, m.weapon) for m in found] == [("Islamic Resistance in Iraq", "rocket")]
