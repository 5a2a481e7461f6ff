"""The ``iraq-events`` command line: one subcommand module per stage of the pipeline.

Each module in ``SUBCOMMANDS`` exposes ``register(subparsers)``, which adds its parser and sets
``func`` to a handler taking the parsed arguments and returning an exit status. Errors the
library raises on purpose about its input become one line on stderr and a non-zero exit, never
a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from iraq_events import __version__
from iraq_events.errors import IraqEventsError

if TYPE_CHECKING:
    from iraq_events.documents import Document

__all__ = [
    "BROKEN_PIPE_STATUS",
    "CliError",
    "document_date_problems",
    "main",
    "warn_date_problems",
    "warn_replaced",
]

SUBCOMMANDS = ("dates", "inspect", "events", "build", "timeline")
# the status of a process ended by SIGPIPE, as shells report it: 128 + 13
BROKEN_PIPE_STATUS = 141


class CliError(IraqEventsError):
    """A problem with the command line itself (a bad option value, a missing file)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iraq-events",
        description="Dated, typed, sourced event timelines from Dutch parliamentary letters.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        module = importlib.import_module(f"iraq_events.cli.{name}")
        module.register(subparsers)
    return parser


def _silence_stdout() -> None:
    """Point standard output at the null device, so that nothing left in its buffer is written
    (and fails again) when the interpreter exits."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # a stdout without a file descriptor (a test)
        pass


def warn_replaced(name: str, replaced: Sequence[int]) -> None:
    """One warning line on stderr when bytes of the letter ``name`` did not decode."""
    if replaced:
        count = len(replaced)
        print(
            f"iraq-events: warning: {name}: {count} byte{'s' if count != 1 else ''} "
            f"did not decode as UTF-8 and {'were' if count != 1 else 'was'} replaced by U+FFFD "
            f"(first at character offset {replaced[0]})",
            file=sys.stderr,
        )


def document_date_problems(document: Document) -> list[tuple[str, int, str]]:
    """``(text, offset, problem)`` of each date of ``document`` that does not exist, the
    letterhead's included (a letterhead date that does not exist leaves the letter undated)."""
    from iraq_events.temporal import find_dates

    head_end = document.paragraphs[0].start if document.paragraphs else len(document.text)
    head = find_dates(document.text[:head_end]) if document.metadata.date is None else []
    found = [*head, *(date.expression for date in document.dates)]
    return [(e.text, e.start, e.problem) for e in found if e.problem is not None]


def warn_date_problems(command: str, name: str, problems: Sequence[tuple[str, int, str]]) -> None:
    """One warning line on stderr per date of the letter ``name`` that does not exist
    (``(text, offset, problem)``: "'31 februari 2024' at 10: februari 2024 has no day 31")."""
    for text, offset, problem in problems:
        print(
            f"iraq-events {command}: warning: {name}: {text!r} at {offset}: {problem}",
            file=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
    except BrokenPipeError:
        # the reader went away (``| head -1``): end quietly, as a killed pipeline member does
        _silence_stdout()
        return BROKEN_PIPE_STATUS
    except (IraqEventsError, OSError) as error:
        print(f"iraq-events {args.command}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return status
