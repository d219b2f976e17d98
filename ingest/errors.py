"""Errors a user can act on, and the exit codes the command line gives for them.

Every problem a user can cause (a missing path, a busy or foreign warehouse file, an unwritable
folder) is raised as a :class:`UserError`: the command line prints its message as one line and
exits with its code. Any other exception is a bug in attack-ledger and is reported as one.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit codes of ``attack-ledger``, documented in the README."""

    OK = 0
    CHECKS_FAILED = 1  # dbt build (a model or test) or a Great Expectations suite failed
    BAD_INPUT = 2  # bad arguments, paths or warehouse file; nothing to do; nothing loaded
    BUSY = 3  # another run or another program holds the warehouse
    INTERNAL = 70  # a bug in attack-ledger (EX_SOFTWARE): a traceback is printed
    INTERRUPTED = 130  # Ctrl-C


class UserError(Exception):
    """A problem the user can fix, with a one-line message and the exit code it gives."""

    def __init__(self, message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
