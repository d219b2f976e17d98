"""2 MB pages for the matching automaton's memory: ``with huge_pages(): build()``.

The gazetteer's automaton (about 3 M trie nodes, 160 MB) is read at random for every article:
with 4 KB pages nearly every node the scan visits misses the TLB as well as the caches (the
scan took 450 us per article between extractions against 160 us in a tight loop). Linux can
back such memory with 2 MB pages, but this machine's setting (``transparent_hugepage`` in
``madvise`` mode, the usual default) only does so where the process asks, and CPython's
allocator maps its memory 1 MB at a time, so it never asks. ``huge_pages`` compares the
process's anonymous mappings before and after the block it wraps and asks for 2 MB pages in
those that are new or have grown (``MADV_HUGEPAGE``), then has the kernel move them now
(``MADV_COLLAPSE``, Linux 6.1 and later; about 0.15 to 0.4 s for the automaton).

It changes where the bytes live, never what they hold: the output is the same with or
without it. Elsewhere (no ``/proc/self/maps``, no ``madvise``, an older kernel, huge pages
disabled) every step quietly does nothing. Not compiled: an I/O edge, like ``gazetteer.py``.
"""

from __future__ import annotations

import ctypes
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

_MAPS: Final = Path("/proc/self/maps")
_HUGE_PAGE: Final = 2 << 20
_MADV_HUGEPAGE: Final = 14
_MADV_COLLAPSE: Final = 25  # (Linux 6.1: collapse now, not when khugepaged comes by)
DISABLE_ENV: Final = "ATTACK_LEDGER_NO_HUGE_PAGES"

Mapping = tuple[int, int]


def anonymous_mappings(maps: Path = _MAPS) -> set[Mapping]:
    """The address ranges of the process's private writable memory that no file backs (the
    heap and the allocators' own mappings); empty where ``maps`` cannot be read."""
    try:
        lines = maps.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    found: set[Mapping] = set()
    for line in lines:
        fields = line.split()
        if len(fields) < 5 or fields[1] != "rw-p":
            continue
        if len(fields) > 5 and fields[5] != "[heap]":
            continue  # a file, the stack, vdso...
        low, _, high = fields[0].partition("-")
        found.add((int(low, 16), int(high, 16)))
    return found


def _madvise() -> Callable[[int, int, int], int] | None:
    """libc's ``madvise(address, length, advice)``, if there is one to call."""
    try:
        function = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    function.restype = ctypes.c_int
    advise: Callable[[int, int, int], int] = function
    return advise


# How long the collapse may take in all, and how much it collapses at a time. Collapsing
# compacts memory: 0.15 to 0.4 s for the automaton on a fresh machine, but 2.2 to 2.5 s on one
# whose memory many processes have churned for hours (measured 2026-12-06, 01:51), which made
# the lexicon build 3.5 to 4 s instead of 1.3. Past the budget the rest keeps 4 KB pages
# (khugepaged may still collapse it later): the load stays bounded, the gain partial.
_COLLAPSE_BUDGET_S: Final = 0.5
_COLLAPSE_CHUNK: Final = 16 * _HUGE_PAGE


def advise_huge_pages(mappings: set[Mapping], budget: float = _COLLAPSE_BUDGET_S) -> int:
    """Ask for 2 MB pages over the whole 2 MB blocks of ``mappings`` and collapse them now,
    chunk by chunk while ``budget`` seconds last; the bytes advised (whatever the kernel made
    of it)."""
    advise = _madvise()
    if advise is None:
        return 0
    advised = 0
    deadline = time.monotonic() + budget
    for low, high in sorted(mappings):
        start = -(-low // _HUGE_PAGE) * _HUGE_PAGE
        end = high // _HUGE_PAGE * _HUGE_PAGE
        if end - start < _HUGE_PAGE:
            continue
        if advise(start, end - start, _MADV_HUGEPAGE) != 0:
            continue
        advised += end - start
        for chunk in range(start, end, _COLLAPSE_CHUNK):
            if time.monotonic() >= deadline:
                break
            # (fails harmlessly before Linux 6.1)
            advise(chunk, min(_COLLAPSE_CHUNK, end - chunk), _MADV_COLLAPSE)
    return advised


@contextmanager
def huge_pages() -> Iterator[None]:
    """Run the block, then back the anonymous memory it mapped with 2 MB pages (see the
    module doc); nothing when ``ATTACK_LEDGER_NO_HUGE_PAGES=1``."""
    if os.environ.get(DISABLE_ENV, "") not in {"", "0"}:
        yield
        return
    before = anonymous_mappings()
    yield
    if before:
        advise_huge_pages(anonymous_mappings() - before)
