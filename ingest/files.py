"""Open input files safely: regular files only, inside the paths given, read with a cap.

A FIFO, a device or a socket is never opened (opening a FIFO waits for a writer, reading
``/dev/zero`` never ends). A symbolic link is followed only when it leads to a path inside the
files and folders the user named. Sizes are checked on the bytes actually read, never only on what
``stat`` claims: ``/proc`` files and growing files report a size that is not what they hold.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.records import RejectReason

_READ_BLOCK = 1 << 20
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)


class InputProblem(Exception):
    """An input that cannot be read as given: its reject reason and a message one can act on."""

    def __init__(self, reason: RejectReason, message: str, byte_size: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.byte_size = byte_size


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as stored and printed: bytes of a file name that are not UTF-8 written as ``\\xNN``.

    File names are bytes on Linux; Python decodes the undecodable ones to lone surrogates
    (``surrogateescape``), which no UTF-8 column can hold. Names that are valid UTF-8, nearly all
    of them, are unchanged, so keys derived from paths stay what they were.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Roots:
    """The real paths of the files and folders named by the user; links may not lead elsewhere."""

    real_paths: tuple[str, ...]

    @classmethod
    def of(cls, paths: Sequence[Path]) -> Roots:
        """The roots of ``paths``; a file given alone brings its sidecar (``NAME.json`` beside
        it) when that is a plain file, not a link leading elsewhere."""
        roots = [os.path.realpath(p) for p in paths]
        for path in paths:
            sidecar = Path(path).with_suffix(".json")
            if sidecar != Path(path) and os.path.isfile(path) and os.path.isfile(sidecar):
                absolute = os.path.abspath(sidecar)
                if os.path.realpath(sidecar) == absolute:
                    roots.append(absolute)
        return cls(tuple(roots))

    def contains(self, real_path: str) -> bool:
        """Whether ``real_path`` is one of the roots or lies below one."""
        for root in self.real_paths:
            if real_path == root or real_path.startswith(root.rstrip(os.sep) + os.sep):
                return True
        return False


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def inspect_file(path: Path, roots: Roots) -> tuple[str, os.stat_result]:
    """The real path and status of an input file, without opening it; raise InputProblem.

    Checks, in order: the path exists (a broken link is reported as one), it leads inside the
    roots, and it is a regular file.
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputProblem(
                RejectReason.UNREADABLE, "broken symbolic link: its target does not exist"
            ) from None
        raise InputProblem(RejectReason.UNREADABLE, "no such file or folder") from None
    except OSError as exc:
        raise InputProblem(RejectReason.UNREADABLE, f"cannot read: {_why(exc)}") from None
    real = os.path.realpath(path)
    if not roots.contains(real):
        raise InputProblem(
            RejectReason.OUTSIDE_ROOT,
            f"symbolic link to {display_path(real)}, outside the files and folders given; not read",
        )
    if not stat.S_ISREG(status.st_mode):
        raise InputProblem(
            RejectReason.NOT_A_REGULAR_FILE,
            f"{_kind(status.st_mode)}, not a regular file; not opened",
        )
    return real, status


def read_capped(real: str, status: os.stat_result, cap: int) -> bytes:
    """All bytes of the regular file at ``real``, at most ``cap``; raise InputProblem.

    The file is opened without following a link and without blocking, and checked again once
    open: a file swapped for a FIFO or another file between the check and the read is refused.
    """
    if status.st_size > cap:
        raise InputProblem(
            RejectReason.OVERSIZED,
            f"file is {status.st_size:,} bytes, over the limit of {cap:,}",
            status.st_size,
        )
    with _open_checked(real, status) as fd:
        chunks: list[bytes] = []
        total = 0
        while total <= cap:
            chunk = os.read(fd.number, min(_READ_BLOCK, cap + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > cap:
        raise InputProblem(
            RejectReason.OVERSIZED,
            f"file holds more than {cap:,} bytes (the limit), though it reported "
            f"{status.st_size:,}",
            total,
        )
    return b"".join(chunks)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a file: its 1-based number, its bytes (None when over the cap), its size."""

    number: int
    data: bytes | None
    size: int


def iter_capped_lines(real: str, status: os.stat_result, cap: int) -> Iterator[Line]:
    """The lines of a regular file (each with its ``\\n``), never holding more than ``cap`` bytes.

    A line longer than ``cap`` is skipped to its end and given with ``data=None`` and its size, so
    that one enormous line costs time but never memory.
    """
    with _open_checked(real, status) as fd:
        yield from _split_lines(fd.number, cap)


def _split_lines(fd: int, cap: int) -> Iterator[Line]:
    number = 0
    pending = bytearray()
    skipped: int | None = None  # bytes of an over-long line read so far, while skipping it
    while block := os.read(fd, _READ_BLOCK):
        start = 0
        while (end := block.find(b"\n", start)) >= 0:
            number += 1
            piece = block[start : end + 1]
            if skipped is not None:
                yield Line(number, None, skipped + len(piece))
            elif len(pending) + len(piece) > cap:
                yield Line(number, None, len(pending) + len(piece))
            else:
                line = bytes(pending) + piece
                yield Line(number, line, len(line))
            pending.clear()
            skipped = None
            start = end + 1
        rest = block[start:]
        if skipped is not None:
            skipped += len(rest)
        elif len(pending) + len(rest) > cap:
            skipped = len(pending) + len(rest)
            pending.clear()
        else:
            pending += rest
    if skipped is not None:
        yield Line(number + 1, None, skipped)
    elif pending:
        yield Line(number + 1, bytes(pending), len(pending))


class _Descriptor:
    """An open file descriptor that closes itself (``os.open`` has no context manager)."""

    def __init__(self, number: int) -> None:
        self.number = number

    def __enter__(self) -> _Descriptor:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.number)


def _open_checked(real: str, status: os.stat_result) -> _Descriptor:
    try:
        fd = os.open(real, _OPEN_FLAGS)
    except OSError as exc:
        raise InputProblem(RejectReason.UNREADABLE, f"cannot open: {_why(exc)}") from None
    opened = os.fstat(fd)
    if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
        status.st_dev,
        status.st_ino,
    ):
        os.close(fd)
        raise InputProblem(
            RejectReason.NOT_A_REGULAR_FILE,
            "the file changed between its check and its opening; not read",
        )
    return _Descriptor(fd)


def _why(exc: OSError) -> str:
    """The system's reason for an OSError, without the file name (the reject row has it)."""
    return exc.strerror or type(exc).__name__
