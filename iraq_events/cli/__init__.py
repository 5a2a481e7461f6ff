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

from iraq_events import __version__
from iraq_events.errors import IraqEventsError

__all__ = ["BROKEN_PIPE_STATUS", "CliError", "main", "warn_replaced"]

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
