"""SentenceWords.masks: one pass over the text gives each sentence the mask of a pass over it."""

from __future__ import annotations

import random
import re

import pytest

from ingest.extraction import Extractor  # noqa: F401  (every pass registers its word sets)
from ingest.extraction.normalize import fold
from ingest.extraction.sentences import split_sentences
from ingest.extraction.wordregex import SentenceWords, words_in

TEXT = (
    "Three soldiers were killed near Gao on Monday's attack, and no casualties were reported "
    "in Mopti. Aucune victime à Kidal (Nord), les assaillants ont été tués par l'armée.\n\n"
    "The strikes hit the port; the group said the attacks would go on since Sunday. Selon "
    "une source, 20 drones ont été abattus.the most of the"
)


@pytest.mark.parametrize(
    "spans",
    [
        pytest.param(None, id="the sentences of the text"),
        pytest.param([(0, 40), (40, 41), (41, 120), (130, 200)], id="adjacent spans and a gap"),
        pytest.param([(5, 6)], id="one span inside a word"),
        pytest.param([], id="no span"),
    ],
)
def test_masks_are_the_masks_of_each_span(spans: list[tuple[int, int]] | None) -> None:
    words = SentenceWords()
    folded = fold(TEXT)
    if spans is None:
        spans = [(s.start, s.end) for s in split_sentences(TEXT)]
    assert words.masks(folded, spans) == [words.mask(folded, a, b) for a, b in spans]


def test_masks_of_random_cuts() -> None:
    """Words cut by a span's edge count for no span, as in a pass over each span alone."""
    words = SentenceWords()
    folded = fold(TEXT)
    chance = random.Random(3)
    for _ in range(200):
        cuts = sorted(chance.sample(range(len(folded) + 1), 6))
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, 6, 2)]
        assert words.masks(folded, spans) == [words.mask(folded, a, b) for a, b in spans]


@pytest.mark.parametrize("apostrophe", [False, True], ids=["[a-z0-9]+", "[a-z0-9']+"])
def test_words_in_is_the_regex_findall(apostrophe: bool) -> None:
    """words_in gives what the word regex finds in any window, non-ASCII characters included."""
    word = re.compile(r"[a-z0-9']+" if apostrophe else r"[a-z0-9]+")
    texts = [fold(TEXT), "l'armée à Gao, 20 km — près d’Ansongo; مدينة غزة 12/10 ÉTAT", ""]
    chance = random.Random(5)
    alphabet = "ab z09'-.,é\u2019\u0645 \n\u00a0Ab"
    texts += ["".join(chance.choice(alphabet) for _ in range(80)) for _ in range(100)]
    for text in texts:
        for _ in range(30):
            low, high = chance.randrange(-3, len(text) + 3), chance.randrange(-3, len(text) + 3)
            low = max(low, 0)  # (the callers' windows start at 0 or after)
            expected = word.findall(text, low, max(high, 0))
            assert words_in(text, low, max(high, 0), apostrophe) == expected
