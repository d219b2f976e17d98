"""huge_pages: the anonymous mappings a block adds get 2 MB pages; never an error, never data."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extraction import hugepages

MAPS = """\
55d0c0a00000-55d0c0a29000 r--p 00000000 fd:01 1234 /usr/bin/python3.11
55d0c1e00000-55d0c3000000 rw-p 00000000 00:00 0 [heap]
7f2a10000000-7f2a18000000 rw-p 00000000 00:00 0
7f2a18000000-7f2a18021000 rw-p 00000000 fd:01 99 /usr/lib/libc.so.6
7f2a19000000-7f2a19100000 r--p 00000000 00:00 0
7ffd2c000000-7ffd2c021000 rw-p 00000000 00:00 0 [stack]
"""


def test_anonymous_mappings_reads_the_heap_and_unnamed_writable_memory(tmp_path: Path) -> None:
    maps = tmp_path / "maps"
    maps.write_text(MAPS, encoding="ascii")
    assert hugepages.anonymous_mappings(maps) == {
        (0x55D0C1E00000, 0x55D0C3000000),
        (0x7F2A10000000, 0x7F2A18000000),
    }


def test_no_maps_file_no_mappings(tmp_path: Path) -> None:
    assert hugepages.anonymous_mappings(tmp_path / "missing") == set()


def test_advice_covers_whole_huge_pages_only() -> None:
    # (a mapping shorter than one aligned 2 MB block is left alone, so nothing is advised)
    assert hugepages.advise_huge_pages({(0x1000, 0x1FF000)}) == 0
    assert hugepages.advise_huge_pages(set()) == 0


def test_the_block_runs_and_its_memory_stays_readable(monkeypatch: pytest.MonkeyPatch) -> None:
    with hugepages.huge_pages():
        block = bytearray(b"x" * (8 << 20))  # new anonymous memory, advised on the way out
    assert block.count(b"x") == 8 << 20
    monkeypatch.setenv(hugepages.DISABLE_ENV, "1")
    with hugepages.huge_pages():
        other = [1, 2, 3]
    assert other == [1, 2, 3]
