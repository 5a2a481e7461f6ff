"""`iraq-events events`: placeholder until its stage lands (replaced by its owner)."""

from __future__ import annotations

import argparse
from typing import Any

from iraq_events.cli import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("events", help="(not yet available)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    raise CliError("this command is not available yet")
