"""The timeline as rows for the terminal: one readable record per event, in timeline order.

``table_records`` gives what a person reads (date as written at its precision, type, a
headline, the source); ``dataset_records`` and ``dataset_csv`` give what a program reads (the
dataset's own column names and values).
"""

from __future__ import annotations

from typing import Any

from iraq_events.timeline import Timeline
from iraq_events.views.labels import date_label, headline, source_label, status_suffix

__all__ = ["QUOTE_COLUMN", "TABLE_COLUMNS", "dataset_csv", "dataset_records", "table_records"]

TABLE_COLUMNS = ("date", "type", "event", "source")
QUOTE_COLUMN = "quote"


def table_records(timeline: Timeline, *, quotes: bool = False) -> list[dict[str, Any]]:
    """One row per event: "2024-05-24 (planned)", "handover", a headline, "doc p.6; kst-...".

    With ``quotes``, a ``quote`` column holds the Dutch sentence the event was read from.
    """
    rows: list[dict[str, Any]] = []
    for event in timeline:
        row = {
            "date": date_label(event) + status_suffix(event),
            "type": event.event_type.value,
            "event": headline(event, with_type=False),
            "source": source_label(event),
        }
        if quotes:
            row["quote"] = " ".join(event.source.quote.split())
        rows.append(row)
    return rows


def dataset_records(timeline: Timeline) -> tuple[list[dict[str, Any]], list[str]]:
    """One record per event keyed by the dataset's column names, and those columns, in order.

    The rows come from the dataset's own converter (``event_to_row``), so JSON written from
    here has the same names and values as a row of ``datasets/events.parquet``.
    """
    from iraq_events.dataset.convert import event_to_row
    from iraq_events.dataset.schema import EVENTS

    return [dict(event_to_row(event)) for event in timeline], [c.name for c in EVENTS]


def dataset_csv(timeline: Timeline) -> str:
    """The events as CSV exactly like ``datasets/events.csv`` (nested columns as text)."""
    from iraq_events.dataset.build import events_csv

    return events_csv(list(timeline))
