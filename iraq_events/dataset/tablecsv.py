"""The ``events`` table as CSV, for spreadsheets: one line per event, nested columns as text
(the Parquet files keep them whole)."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Mapping, Sequence
from typing import Any

from iraq_events.dataset.convert import event_to_row
from iraq_events.dataset.schema import EVENTS
from iraq_events.events.model import Event

__all__ = ["EVENT_COLUMNS", "csv_lines", "events_csv"]

EVENT_COLUMNS = [column.name for column in EVENTS]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _nested_cell(column: str, value: Any) -> str:
    """A spreadsheet-friendly rendering of a nested column."""
    if column == "actors":
        return "; ".join(f"{actor['name']} ({actor['role']})" for actor in value)
    if column == "location":
        return "" if value is None else str(value["name"])
    if column == "quantities":
        return "; ".join(f"{q['name']}={_cell(q['value'])} {q['unit']}".strip() for q in value)
    if column == "citations":
        return "; ".join(value)
    if column == "mentions":
        return "; ".join(f"{m['char_start']}-{m['char_end']}" for m in value)
    return _cell(value)


def csv_lines(rows: Sequence[Mapping[str, Any]]) -> str:
    """The CSV lines (no header) of ``events`` rows."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    for row in rows:
        writer.writerow([_nested_cell(name, row[name]) for name in EVENT_COLUMNS])
    return stream.getvalue()


def events_csv(events: Sequence[Event]) -> str:
    """The ``events`` table as CSV: one line per event, nested columns flattened to text."""
    header = ",".join(EVENT_COLUMNS) + "\n"
    return header + csv_lines([event_to_row(event) for event in events])
