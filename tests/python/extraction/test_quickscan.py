"""quick_compile: the matches of re.compile, searched from the characters a match starts with."""

from __future__ import annotations

import re

import pytest

from ingest.extraction.quickscan import first_characters, quick_compile

TEXT = (
    "Three soldiers were killed near Gao, and no casualties were reported in Mopti; "
    "aucune victime à Kidal (Nord), les assaillants ont été tués. Wadi Horan, el-Fasher."
)


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        pytest.param(r"\b(?:no casualties|aucune victime)\b", "an", id="word alternation"),
        pytest.param(r"(?:, | \()[A-Z]", " ,", id="a comma or a bracket"),
        pytest.param(r"(?<![\w'])(?:à |near )(?=[A-Z])", "nà", id="lookarounds add nothing"),
        pytest.param(r"x?[ab]+c", "abx", id="an optional first element"),
        pytest.param(r"[a-c]d", "abc", id="a range"),
    ],
)
def test_first_characters(pattern: str, starts: str) -> None:
    assert first_characters(pattern) == frozenset(starts)


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(r"\w+ killed", id="a class of any word character"),
        pytest.param(r"a?b?", id="may match the empty string"),
        pytest.param(r"(?i)aucune victime", id="case-blind"),
        pytest.param(r"[^,]+,", id="a negated class"),
    ],
)
def test_first_characters_unknown(pattern: str) -> None:
    assert first_characters(pattern) is None
    assert quick_compile(pattern).pattern == pattern


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:no casualties|aucune victime|killed|tues?)\b",
        r"\b(?:Wadi|Jebel|Tell)[ -]",
        r"(?:(?:al|el)-)?[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,2}",
        r"(?<![\w'])(?:à |near |in )(?=[A-Z])",
        r"(?:, | \(\s*)[A-Z]",
    ],
)
def test_same_matches_everywhere(pattern: str) -> None:
    plain, quick = re.compile(pattern), quick_compile(pattern)
    assert quick.pattern != pattern  # the lookahead is there
    for start in range(len(TEXT)):
        for end in (len(TEXT), min(len(TEXT), start + 30)):
            left, right = plain.search(TEXT, start, end), quick.search(TEXT, start, end)
            assert (left and left.span()) == (right and right.span())
            assert (left and left.groups()) == (right and right.groups())
        assert [m.span() for m in plain.finditer(TEXT, start)] == [
            m.span() for m in quick.finditer(TEXT, start)
        ]
