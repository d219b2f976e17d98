"""Folding keeps every offset: the folded copy has the text's length."""

from __future__ import annotations

import pytest

from ingest.extraction.normalize import fold, fold_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Aïn al-Assad", "ain al assad", id="accents and hyphens fold (fr)"),
        pytest.param(
            "l’attaque d’hier", "l'attaque d'hier", id="curly apostrophes become straight (fr)"
        ),
        pytest.param(
            "2\u00a0500 soldats", "2 500 soldats", id="non-breaking space folds to a space (fr)"
        ),
        pytest.param(
            "«\u202fdrones\u202f»", '" drones "', id="narrow no-break space and guillemets (fr)"
        ),
        pytest.param("ÉTATS-UNIS", "etats unis", id="capitals with accents (fr)"),
        pytest.param(
            "Iraq’s base — north", "iraq's base - north", id="apostrophe and em dash (en)"
        ),
        pytest.param("Œuvre", "ouvre", id="ligature keeps one character"),
        pytest.param("İzmir", "izmir", id="dotted capital I keeps one character"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    folded = fold(text)
    assert folded == expected
    assert len(folded) == len(text)


def test_fold_keeps_length_on_mixed_scripts() -> None:
    text = "Drone sur ʿAyn al-Asad قاعدة عين الأسد, ß et Ǆ"
    assert len(fold(text)) == len(text)


def test_fold_key_collapses_spaces() -> None:
    assert fold_key("  Résistance   islamique en Irak ") == "resistance islamique en irak"
