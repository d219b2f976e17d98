"""Tables for a terminal: they fit its width, or become one record per block when they cannot.

Everything here is plain text (no rich markup is ever read from data) and pure: rows in, lines
out. Values are shown so that a missing value (``null``), an empty string (``(empty)``) and a
zero never look alike; control characters (an escape sequence in a title, a newline in a
sentence) are written as visible escapes, so data can neither move the cursor nor colour the
terminal. Column names wrap at spaces and are never cut; long values wrap.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from rich.cells import cell_len

NULL = "null"
EMPTY = "(empty)"
# Below this many cells a column wraps its values too much to be read as a table.
MIN_COLUMN = 4
# Words of values up to this long (dates, names) stay whole while the table can fit; longer ones
# (ids, URLs) may be broken.
LONG_WORD = 16
_CONTROL_NAMES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def terminal_width(default: int = 80) -> int:
    """The width to fit: ``$COLUMNS`` or the terminal's, else ``default`` (pipes, files)."""
    return max(20, shutil.get_terminal_size((default, 24)).columns)


def show(value: object) -> str:
    """A value as one line of text: null, (empty) and 0 distinct, control characters escaped."""
    if value is None:
        return NULL
    if isinstance(value, str):
        return escape_controls(value) if value else EMPTY
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return escape_controls(str(value))


def escape_controls(text: str) -> str:
    r"""``text`` with every control character (C0, DEL, C1) written as ``\n``, ``\x1b``..."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 or 0x7F <= code < 0xA0:
            out.append(_CONTROL_NAMES.get(char) or f"\\x{code:02x}")
        else:
            out.append(char)
    return "".join(out)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells, broken at spaces, and inside words only when needed."""
    if width < 1:
        raise ValueError("width must be positive")
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if cell_len(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while cell_len(word) > width:
            head, word = _split_cells(word, width)
            lines.append(head)
        current = word
    lines.append(current)
    return lines


def _split_cells(word: str, width: int) -> tuple[str, str]:
    taken = 0
    for index, char in enumerate(word):
        taken += cell_len(char)
        if taken > width:
            return word[: max(1, index)], word[max(1, index) :]
    return word, ""


def _longest_word(text: str) -> int:
    return max((cell_len(w) for w in text.split(" ")), default=0)


@dataclass(frozen=True, slots=True)
class Column:
    """A column's name and whether its values are numbers (right-aligned)."""

    name: str
    numeric: bool = False


def render(
    columns: Sequence[str | Column],
    rows: Sequence[Sequence[object]],
    *,
    width: int,
    title: str | None = None,
) -> list[str]:
    """The rows as a boxed table of at most ``width`` cells, else as vertical records."""
    cols = [c if isinstance(c, Column) else Column(c) for c in columns]
    cells = [[show(v) for v in row] for row in rows]
    numeric = [
        col.numeric
        or (
            bool(rows)
            and all(isinstance(r[i], int | float | Decimal) for r in rows if r[i] is not None)
            and any(r[i] is not None for r in rows)
        )
        for i, col in enumerate(cols)
    ]
    lines = [*wrap(escape_controls(title), width)] if title else []
    if not cols:
        return [*lines, "(no columns)"]
    if not rows:
        names = ", ".join(escape_controls(c.name) for c in cols)
        return [*lines, *wrap(f"(no rows; columns: {names})", width)]
    widths = _fit(cols, cells, width)
    if widths is None:
        return [*lines, *_vertical(cols, cells, width)]
    return [*lines, *_boxed(cols, cells, widths, numeric)]


def _fit(cols: Sequence[Column], cells: list[list[str]], width: int) -> list[int] | None:
    """Column widths whose table fits ``width``, or None when none readable does.

    Each column starts at its widest value or name; the widest columns give up cells first,
    down to the longest word of the name (never cut), of its values (up to ``LONG_WORD``) and
    at least ``MIN_COLUMN``.
    """
    available = width - (3 * len(cols) + 1)
    natural = [
        max(cell_len(escape_controls(col.name)), *(cell_len(row[i]) for row in cells))
        for i, col in enumerate(cols)
    ]
    floor = [
        min(
            natural[i],
            max(
                MIN_COLUMN,
                _longest_word(escape_controls(col.name)),
                min(LONG_WORD, max(_longest_word(row[i]) for row in cells)),
            ),
        )
        for i, col in enumerate(cols)
    ]
    if sum(floor) > available:
        return None
    widths = list(natural)
    excess = sum(widths) - available
    while excess > 0:
        widest = max(
            (i for i in range(len(widths)) if widths[i] > floor[i]), key=lambda i: widths[i]
        )
        others = [w for j, w in enumerate(widths) if j != widest and w > floor[j]]
        target = max(floor[widest], max(others, default=0), widths[widest] - excess)
        if target == widths[widest]:
            target -= 1
        excess -= widths[widest] - target
        widths[widest] = target
    return widths


def _boxed(
    cols: Sequence[Column], cells: list[list[str]], widths: list[int], numeric: list[bool]
) -> list[str]:
    def line(left: str, fill: str, middle: str, right: str) -> str:
        return left + middle.join(fill * (w + 2) for w in widths) + right

    def block(values: Sequence[str], align_right: Sequence[bool]) -> list[str]:
        wrapped = [wrap(v, w) for v, w in zip(values, widths, strict=True)]
        height = max(len(w) for w in wrapped)
        out = []
        for k in range(height):
            parts = []
            for piece, w, right in zip(wrapped, widths, align_right, strict=True):
                text = piece[k] if k < len(piece) else ""
                pad = " " * (w - cell_len(text))
                parts.append(f" {pad}{text} " if right else f" {text}{pad} ")
            out.append("│" + "│".join(parts) + "│")
        return out

    lines = [line("┌", "─", "┬", "┐")]
    lines += block([escape_controls(c.name) for c in cols], numeric)
    lines.append(line("├", "─", "┼", "┤"))
    for row in cells:
        lines += block(row, numeric)
    lines.append(line("└", "─", "┴", "┘"))
    return lines


def _vertical(cols: Sequence[Column], cells: list[list[str]], width: int) -> list[str]:
    """One block per row, ``name │ value``, as psql's expanded display."""
    names = [escape_controls(c.name) for c in cols]
    label = min(max(cell_len(n) for n in names), max(8, width // 3))
    value_width = max(8, width - label - 3)
    lines: list[str] = []
    for number, row in enumerate(cells, start=1):
        head = f"─[ record {number} ]"
        lines.append(head + "─" * max(0, width - cell_len(head)))
        for name, value in zip(names, row, strict=True):
            name_lines = wrap(name, label)
            value_lines = wrap(value, value_width)
            for k in range(max(len(name_lines), len(value_lines))):
                left = name_lines[k] if k < len(name_lines) else ""
                right = value_lines[k] if k < len(value_lines) else ""
                lines.append(f"{left}{' ' * (label - cell_len(left))} │ {right}".rstrip())
    return lines


def markdown_table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A GitHub-flavoured Markdown table; ``|`` in values escaped, nulls as ``null``."""

    def cell(value: str) -> str:
        return value.replace("|", "\\|")

    lines = ["| " + " | ".join(cell(escape_controls(c)) for c in columns) + " |"]
    lines.append("|" + "|".join(" --- " for _ in columns) + "|")
    lines += ["| " + " | ".join(cell(show(v)) for v in row) + " |" for row in rows]
    return lines
