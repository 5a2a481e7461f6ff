"""`iraq-events dates FILE|- [--reference YYYY-MM-DD] [--prefer ...] [--format ...]`: every date.

Without ``--reference`` the letter's own date (its "Den Haag, 15 mei 2024" line) is the
reference; the command says on stderr which reference it used.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import Any

from iraq_events.cli import CliError, warn_replaced
from iraq_events.cli._output import FORMATS, write_records

__all__ = ["register"]

COLUMNS = (
    "start",
    "end",
    "text",
    "kind",
    "earliest",
    "latest",
    "granularity",
    "mod",
    "anchoring",
    "value",
    "rule",
    "problem",
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "dates",
        help="list every date expression in a text, with offsets and interval",
        description=(
            "List every temporal expression in FILE (or standard input with -): its character "
            "offsets, the interval it denotes, precision, modifier, anchoring and TIMEX3 value."
        ),
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a text file (UTF-8, UTF-16 or cp1252), or - for standard input",
    )
    parser.add_argument(
        "--reference",
        metavar="YYYY-MM-DD",
        help="the date relative expressions are resolved against (default: the letter's date)",
    )
    parser.add_argument(
        "--prefer",
        choices=("past", "future", "nearest"),
        help="where neither the paragraph nor the sentence's tense decides the year of a "
        "year-less date: the occurrence before the reference, after it, or the closer one "
        "(default: leave it unresolved)",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.set_defaults(func=_run)


def _read(name: str) -> str:
    """The text of FILE (or of standard input for ``-``), decoded exactly as every other command
    reads a letter (``iraq_events.documents.reader.decode_text``: UTF-8, a UTF-16 or UTF-8 BOM, or
    cp1252; empty, whitespace-only and binary input is an error)."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)  # a text-only stdin (a test) has no bytes
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        label = "<stdin>"
    else:
        path = Path(name)
        try:
            if path.is_file():
                from iraq_events.documents.reader import check_size

                check_size(path.stat().st_size, name)
            data = path.read_bytes()
        except FileNotFoundError:
            raise CliError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise CliError(f"{name}: is a directory, not a text file") from None
        except OSError as error:
            raise CliError(f"{name}: cannot read: {error.strerror or error}") from None
        label = name
    from iraq_events.documents.reader import decode_text

    decoded = decode_text(data, label)
    warn_replaced(label, decoded.replaced)
    return decoded.text


def _reference(value: str | None, text: str) -> tuple[datetime.date | None, str]:
    if value is not None:
        try:
            return datetime.date.fromisoformat(value), "given with --reference"
        except ValueError:
            raise CliError(f"--reference {value!r}: not a date of the form YYYY-MM-DD") from None
    from iraq_events.documents.letter import find_letter_date

    letter_date = find_letter_date(text)
    if letter_date is not None:
        return letter_date, "the letter's own date"
    return None, ""


def _run(args: argparse.Namespace) -> int:
    text = _read(args.file)
    label = "<stdin>" if args.file == "-" else args.file
    reference, source = _reference(args.reference, text)
    if reference is None:
        print(
            "iraq-events dates: no reference date (no --reference and no letter date found); "
            "relative expressions stay unresolved",
            file=sys.stderr,
        )
    else:
        print(f"iraq-events dates: reference {reference.isoformat()} ({source})", file=sys.stderr)
    from iraq_events.temporal import find_dates  # the grammar: imported when a command runs

    found = find_dates(text, reference, prefer=args.prefer)
    for expression in found:
        if expression.problem is not None:
            print(
                f"iraq-events dates: warning: {label}: {expression.text!r} at {expression.start}: "
                f"{expression.problem}",
                file=sys.stderr,
            )
    records = [{column: getattr(expression, column) for column in COLUMNS} for expression in found]
    write_records(records, COLUMNS, args.format, sys.stdout)
    return 0
