"""Terminal tables: they fit the width or become records; values never read as markup."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from ingest.terminal import Column, escape_controls, markdown_table, render, show, wrap

ATTACK_COLUMNS = [
    "date",
    "place",
    "weapon",
    "by",
    Column("killed", numeric=True),
    Column("wounded", numeric=True),
    Column("articles", numeric=True),
]
ATTACK_ROWS = [
    ("2024-01-28", "Tower 22", "drone", "Islamic Resistance in Iraq", 3, 34, 6),
    ("2024-02-02", "Ain al-Asad Air Base", "airstrike", "United States Armed Forces", "?", "?", 3),
]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_a_table_fits_the_width_and_keeps_every_word(width: int) -> None:
    lines = render(ATTACK_COLUMNS, ATTACK_ROWS, width=width, title="Most reported attacks")
    assert all(cell_len(line) <= width for line in lines), lines
    text = " ".join(lines)
    for word in ("Islamic", "Resistance", "Iraq", "Ain", "al-Asad", "2024-01-28", "airstrike"):
        assert word in text, word
    assert "…" not in text


def test_column_names_wrap_at_spaces_and_are_never_cut() -> None:
    lines = render(["first reported (UTC)", "x"], [("2023-10-18 15:42", 1)], width=24)
    header = [line for line in lines[: lines.index(next(x for x in lines if x.startswith("├")))]]
    words = " ".join(header)
    assert "reported" in words and "(UTC)" in words


def test_a_table_too_wide_becomes_one_record_per_block() -> None:
    columns = [f"column_{i}" for i in range(20)]
    lines = render(columns, [tuple(range(20)), tuple(range(20, 40))], width=80)
    assert lines[0].startswith("─[ record 1 ]")
    assert "column_19 │ 19" in lines
    assert any(line.startswith("─[ record 2 ]") for line in lines)
    assert all(cell_len(line) <= 80 for line in lines)


def test_a_long_value_wraps_inside_its_record() -> None:
    sentence = "word " * 60
    lines = render([f"c{i}" for i in range(12)], [(sentence, *range(11))], width=50)
    assert all(cell_len(line) <= 50 for line in lines)
    assert sum(line.count("word") for line in lines) == 60


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        pytest.param(None, "null", id="null is null"),
        pytest.param("", "(empty)", id="an empty string says so"),
        pytest.param(0, "0", id="zero is zero"),
        pytest.param("[bold]x[/] :bomb:", "[bold]x[/] :bomb:", id="markup stays text"),
        pytest.param("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m", id="escapes are visible"),
        pytest.param("a\nb\tc", "a\\nb\\tc", id="newlines and tabs are visible"),
        pytest.param("\x9b2J", "\\x9b2J", id="C1 controls are visible"),
        pytest.param(True, "true", id="booleans"),
    ],
)
def test_values_are_shown_as_text(value: object, shown: str) -> None:
    assert show(value) == shown


def test_no_rows_names_the_columns() -> None:
    assert render(["a", "b"], [], width=80) == ["(no rows; columns: a, b)"]


def test_numbers_align_right_and_text_left() -> None:
    lines = render(["name", "n"], [("a", 5), ("bbbbbb", 12345)], width=80)
    assert "│ a      │     5 │" in lines


def test_wrap_breaks_at_spaces_then_inside_long_words() -> None:
    assert wrap("a bb ccc", 4) == ["a bb", "ccc"]
    assert wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"]
    assert wrap("", 4) == [""]


def test_wide_characters_count_as_two_cells() -> None:
    lines = render(["名前", "x"], [("北京市 朝阳区 " * 8, 1)], width=30)
    assert all(cell_len(line) <= 30 for line in lines), lines


def test_markdown_escapes_pipes_and_controls() -> None:
    lines = markdown_table(["a|b"], [("x|y\nz",), (None,)])
    assert lines == ["| a\\|b |", "| --- |", "| x\\|y\\nz |", "| null |"]
    assert escape_controls("plain") == "plain"
