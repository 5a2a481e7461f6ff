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

__all__ = ["CliError", "main"]

SUBCOMMANDS = ("dates", "inspect", "events", "build", "timeline")


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except (IraqEventsError, OSError) as error:
        print(f"iraq-events {args.command}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return status
