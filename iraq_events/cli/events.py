"""`iraq-events events FILE`: the dated events a letter reports, one record per event."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iraq_events.cli._output import FORMATS, write_records
from iraq_events.events.model import Event

__all__ = ["COLUMNS", "event_record", "register"]

# the dataset's column names, in the order a reader scans them
COLUMNS = (
    "event_id",
    "event_type",
    "subtype",
    "status",
    "date_start",
    "date_end",
    "date_precision",
    "date_mod",
    "date_text",
    "actors",
    "location",
    "location_country",
    "fatalities_best",
    "quantities",
    "acled_event_type",
    "acled_sub_event_type",
    "document_id",
    "page",
    "char_start",
    "char_end",
    "date_char_start",
    "date_char_end",
    "quote",
    "citations",
    "mentions",
    "method",
)
_TABLE_COLUMNS = (
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


def event_record(event: Event, *, nested: bool) -> dict[str, Any]:
    """One flat record; ``nested`` keeps actors and quantities as objects (for JSON)."""
    actors: Any
    quantities: Any
    if nested:
        actors = [
            {
                "name": a.name,
                "surface": a.surface,
                "role": a.role,
                "kind": a.kind,
                "country": a.country,
            }
            for a in event.actors
        ]
        quantities = [{"name": q.name, "value": q.value, "unit": q.unit} for q in event.quantities]
    else:
        actors = [f"{a.name} ({a.role.value})" for a in event.actors]
        quantities = [f"{q.name}={q.value:g} {q.unit}" for q in event.quantities]
    source = event.source
    return {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "subtype": event.subtype,
        "status": event.status,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "date_mod": event.date_mod,
        "date_text": " ".join(event.date.text.split()),
        "actors": actors,
        "location": event.location.name if event.location else None,
        "location_country": event.location.country if event.location else None,
        "fatalities_best": event.fatalities_best,
        "quantities": quantities,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "document_id": source.document_id,
        "page": source.page,
        "char_start": source.char_start,
        "char_end": source.char_end,
        "date_char_start": source.date_char_start,
        "date_char_end": source.date_char_end,
        "quote": source.quote,
        "citations": list(source.citations),
        "mentions": len(event.mentions) or 1,
        "method": event.method,
    }


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
        help="output format (default: table; json and csv carry every column)",
    )
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from iraq_events.documents import read_document
    from iraq_events.events import extract_events

    document = read_document(args.file)
    events = extract_events(document)
    nested = args.format == "json"
    records = [event_record(event, nested=nested) for event in events]
    columns: tuple[str, ...] = COLUMNS
    if args.format in ("table", "markdown"):
        columns = _TABLE_COLUMNS
        for record in records:
            quote = record["quote"]
            if len(quote) > _TABLE_QUOTE:
                record["quote"] = quote[: _TABLE_QUOTE - 1] + "…"
    write_records(records, columns, args.format, sys.stdout)
    return 0
