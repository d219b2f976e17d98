"""Sentence spans slice the text exactly and do not split on abbreviations."""

from __future__ import annotations

import pytest

from ingest.extraction.normalize import fold
from ingest.extraction.sentences import is_furniture_line, is_furniture_sentence, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "U.S. forces were hit. Nobody was hurt.",
            ["U.S. forces were hit.", "Nobody was hurt."],
            id="U.S. is not a sentence end (en)",
        ),
        pytest.param(
            "The war began on Oct. 7 in the south. It spread.",
            ["The war began on Oct. 7 in the south.", "It spread."],
            id="Oct. before a number is an abbreviation (en)",
        ),
        pytest.param(
            "Le général Lt. Gen. Smith a parlé. La base a été visée.",
            ["Le général Lt. Gen. Smith a parlé.", "La base a été visée."],
            id="titles are abbreviations (fr)",
        ),
        pytest.param(
            "Titre sans point\n\nDeux drones ont frappé. « Nous répondrons », a-t-il dit.",
            ["Titre sans point", "Deux drones ont frappé.", "« Nous répondrons », a-t-il dit."],
            id="lines and quotes split sentences (fr)",
        ),
        pytest.param(
            "Qui a été visé ? Une base américaine.",
            ["Qui a été visé ?", "Une base américaine."],
            id="a question ends a sentence (fr)",
        ),
        pytest.param(
            'Un acte qualifié de "terroriste".Des images montrent la scène.Le bilan est lourd.',
            [
                'Un acte qualifié de "terroriste".',
                "Des images montrent la scène.",
                "Le bilan est lourd.",
            ],
            id="scraped text without a space after the period still splits (fr)",
        ),
        pytest.param(
            "A bomb hit Mogadishu.It was claimed. U.S.Army units and Al-Jazeera.com reported it.",
            [
                "A bomb hit Mogadishu.",
                "It was claimed.",
                "U.S.Army units and Al-Jazeera.com reported it.",
            ],
            id="scraped text without a space splits, not initials nor domains (en)",
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Partager cet article", id="share button (fr)"),
        pytest.param("You may also like", id="related links (en)"),
        pytest.param("Lire aussi : une autre attaque", id="read also link (fr)"),
        pytest.param("Copyright 2025 - Tous droits réservés", id="copyright line (fr)"),
    ],
)
def test_furniture_sentences(line: str) -> None:
    assert is_furniture_sentence(fold(line)) or is_furniture_line(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Des soldats près de la base, le 2 mai 2019. (Photo d'archives)",
            id="archive photo caption (fr)",
        ),
        pytest.param("Troops at the base in 2020 (AFP photo)", id="agency photo caption (en)"),
        pytest.param("Accueil / Monde / Moyen-Orient", id="breadcrumb menu (fr)"),
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture_line(fold(line))


def test_body_line_is_not_furniture() -> None:
    assert not is_furniture_line(fold("Deux drones ont visé la base mardi, selon Reuters."))
