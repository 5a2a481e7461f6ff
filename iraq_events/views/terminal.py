"""The timeline as rows for the terminal: one readable record per event, in timeline order.

``table_records`` gives what a person reads (date as written at its precision, type, a
headline, the source); ``dataset_records`` gives what a program reads (the dataset's own
column names), both ready for ``iraq_events.cli._output.write_records``.
"""

from __future__ import annotations

from typing import Any

from iraq_events.timeline import Timeline
from iraq_events.views.labels import date_label, headline, source_label, status_suffix

__all__ = ["TABLE_COLUMNS", "dataset_records", "table_records"]

TABLE_COLUMNS = ("date", "type", "event", "source")


def table_records(timeline: Timeline) -> list[dict[str, Any]]:
    """One row per event: "2024-05-24 (planned)", "handover", a headline, "doc p.6; kst-..."."""
    return [
        {
            "date": date_label(event) + status_suffix(event),
            "type": event.event_type.value,
            "event": headline(event, with_type=False),
            "source": source_label(event),
        }
        for event in timeline
    ]


def dataset_records(timeline: Timeline) -> tuple[list[dict[str, Any]], list[str]]:
    """One record per event keyed by the dataset's column names, and those columns, in order.

    The columns and their values come from ``iraq_events.dataset.to_dataframe``, so the JSON
    and CSV a user gets here have the same names and meanings as ``datasets/events.parquet``.
    """
    frame = timeline.to_frame()
    columns = [str(column) for column in frame.columns]
    records = [
        {column: _plain(value) for column, value in zip(columns, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]
    return records, columns


def _plain(value: Any) -> Any:
    """pandas/NumPy scalars and missing values as plain Python for JSON and CSV."""
    import pandas as pd

    if isinstance(value, (list, tuple, dict)):
        return value
    if hasattr(value, "tolist") and not isinstance(value, str):
        return _plain(value.tolist())
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value
