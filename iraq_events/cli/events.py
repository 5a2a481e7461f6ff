"""`iraq-events events FILE`: the dated events a letter reports, one record per event.

``--format json`` and ``--format csv`` write the dataset's own rows (the same records as
``iraq-events timeline FILE --format json/csv`` and ``datasets/events.parquet``/``.csv``);
``table`` and ``markdown`` show a compact view of a few of those columns.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iraq_events.cli import document_date_problems, warn_date_problems, warn_replaced
from iraq_events.cli._output import FORMATS, reference_date, write_records

__all__ = ["TABLE_COLUMNS", "register", "table_record"]

# the compact human view: a few of the dataset's columns, in the order a reader scans them
TABLE_COLUMNS = (
    "event_id",
    "event_type",
    "status",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "actors",
    "location",
    "page",
    "quote",
)
_TABLE_QUOTE = 70


def table_record(row: dict[str, Any]) -> dict[str, Any]:
    """The compact table view of one dataset row (from ``dataset_records``)."""
    location = row["location"]
    quote = " ".join(str(row["quote"]).split())
    if len(quote) > _TABLE_QUOTE:
        quote = quote[: _TABLE_QUOTE - 1] + "…"
    record = {name: row[name] for name in TABLE_COLUMNS}
    record["actors"] = [f"{actor['name']} ({actor['role']})" for actor in row["actors"]]
    record["location"] = location["name"] if location else None
    record["quote"] = quote
    return record


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "events",
        help="list the dated events a letter reports",
        description="Read a letter and list every dated event it reports, with its source.",
    )
    parser.add_argument("file", metavar="FILE", help="the letter (plain text)")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="output format (default: table; json and csv carry the dataset's columns)",
    )
    parser.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        type=reference_date,
        default=None,
        help="the text's date when it states none in a letterhead (a news item, an excerpt)",
    )
    parser.add_argument(
        "--no-typer",
        action="store_true",
        help="the rules' event types alone, without the learned typer's retyping",
    )
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from iraq_events.documents import read_document
    from iraq_events.events import extract_events
    from iraq_events.timeline import Timeline
    from iraq_events.views.terminal import dataset_csv, dataset_records

    document = read_document(args.file, reference=args.reference_date)
    warn_replaced(args.file, document.replaced)
    warn_date_problems("events", str(args.file), document_date_problems(document))
    timeline = Timeline(extract_events(document, typer=not args.no_typer))
    if args.format == "csv":
        sys.stdout.write(dataset_csv(timeline))
        return 0
    records, columns = dataset_records(timeline)
    if args.format == "json":
        write_records(records, columns, args.format, sys.stdout)
    else:
        write_records([table_record(r) for r in records], TABLE_COLUMNS, args.format, sys.stdout)
    return 0
