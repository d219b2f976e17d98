"""The generated actor table as the extractor sees it, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.extraction import ArticleInput, AttackMention, Extractor, Lexicons
from ingest.extraction.matching import ACTOR, Matcher
from ingest.extraction.normalize import fold

MakeArticle = Callable[..., ArticleInput]


@pytest.fixture(scope="module")
def matcher(lexicons: Lexicons) -> Matcher:
    return Matcher(lexicons)


def actors_named(matcher: Matcher, text: str) -> list[str]:
    """The actor ids the automaton finds in ``text``, in order."""
    return [m.entry.ref for m in matcher.scan(fold(text)).entities if m.entry.family == ACTOR]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Malian troops returned fire.", ["ml-armed-forces"], id="EN adjective template"
        ),
        pytest.param(
            "Les soldats maliens ont riposté.", ["ml-armed-forces"], id="FR adjective template"
        ),
        pytest.param("L'armée du Mali a riposté.", ["ml-armed-forces"], id="FR country template"),
        pytest.param("The FAMa said on Monday.", ["ml-armed-forces"], id="acronym from countries"),
        pytest.param("La police irakienne a bouclé le quartier.", ["iq-police"], id="FR police"),
        pytest.param("Iraqi police sealed off the area.", ["iq-police"], id="EN police"),
        pytest.param(
            "The Pakistani Taliban claimed it.",
            ["tehrik-e-taliban-pakistan"],
            id="the longer alias wins: Pakistani Taliban is the TTP",
        ),
        pytest.param(
            "Les talibans pakistanais l'ont revendiqué.",
            ["tehrik-e-taliban-pakistan"],
            id="talibans pakistanais is the TTP",
        ),
        pytest.param(
            "South Sudanese soldiers crossed the border.",
            ["ss-armed-forces"],
            id="South Sudanese is not Sudanese",
        ),
        pytest.param(
            "Le JNIM a revendiqué l'embuscade.",
            ["jamaat-nusrat-al-islam-wal-muslimin"],
            id="FR group acronym",
        ),
        pytest.param(
            "ISWAP fighters overran the base.",
            ["islamic-state-west-africa-province"],
            id="EN group acronym",
        ),
        pytest.param(
            "Les Forces de soutien rapide ont pris la ville.",
            ["rapid-support-forces"],
            id="RSF by its French name",
        ),
        pytest.param(
            "RSF fighters shelled the camp.",
            ["rapid-support-forces"],
            id="RSF, the English acronym of the Rapid Support Forces",
        ),
        pytest.param(
            "The Moro Islamic Liberation Front signed the peace deal.",
            ["moro-islamic-liberation-front"],
            id="a group whose name holds a word that is also a place",
        ),
        pytest.param(
            "Le Front moro islamique de libération a signé l'accord de paix.",
            ["moro-islamic-liberation-front"],
            id="the same group by its French name",
        ),
        pytest.param(
            "The military blamed the Dawlah Islamiyah-Maute group.",
            ["maute-group"],
            id="the Philippine military's name of the Maute group",
        ),
    ],
)
def test_actor_aliases_are_found(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert actors_named(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gunmen and bandits attacked the village.", id="EN generic words"),
        pytest.param(
            "Des hommes armés et des jihadistes ont attaqué le village.", id="FR generic words"
        ),
        pytest.param("Le rapport est disponible en PDF.", id="PDF is left out"),
    ],
)
def test_generic_words_and_colliding_acronyms_name_no_actor(matcher: Matcher, text: str) -> None:
    assert actors_named(matcher, text) == []


def _mentions(extractor: Extractor, make_article: MakeArticle, body: str) -> list[AttackMention]:
    return list(extractor.extract(make_article(body)).mentions)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Iranian drones struck Harir Air Base on Monday.", id="en"),
        pytest.param("Des drones iraniens ont frappé lundi la base aérienne de Harir.", id="fr"),
    ],
)
def test_a_nationality_before_drones_is_the_national_army(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    """Iran has its army, its police and the IRGC: the nationality is the army."""
    found = _mentions(extractor, make_article, body)
    assert [(m.location_name, m.attacker) for m in found] == [
        ("Harir Air Base", "Iranian Armed Forces")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Islamic State Khorasan Province claimed a rocket attack on Abu Kamal on Monday.",
            id="en",
        ),
        pytest.param(
            "L'EI-K a revendiqué lundi une attaque à la roquette contre Abu Kamal.", id="fr"
        ),
    ],
)
def test_a_branch_claims_under_its_own_name(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = _mentions(extractor, make_article, body)
    assert [(m.location_name, m.claimed_by) for m in found] == [
        ("Abu Kamal", "Islamic State Khorasan Province")
    ]
