"""The timeline as Knight Lab TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).

Each event becomes a slide whose ``start_date``/``end_date`` carry only the parts of the date
the letter gives: a day-precise event has year, month and day; "mei 2023" has year and month
only; "2023" the year only; "mei 2023 tot en met april 2024" starts at 2023-05 and ends at
2024-04. ``display_date`` shows the date as written ("2023-Q4", "2021-07/..", with "(planned)"
for what has not happened). The body holds the Dutch sentence the event was read from and the
source: document, page and the papers it cites. ``group`` is the event type, ``unique_id`` the
``event_id`` (numbered if it repeats).

TimelineJS needs a start date, so an event with an open start begins at its known end (and
says so), and an event with an unresolved date is left out.
"""

from __future__ import annotations

import datetime
import html
from typing import Any

from iraq_events.events.model import Event
from iraq_events.timeline import Timeline
from iraq_events.views.labels import date_label, headline, status_suffix

__all__ = ["date_parts", "to_timelinejs"]

TimelineDate = dict[str, int]


def date_parts(low: datetime.date, high: datetime.date) -> tuple[TimelineDate, TimelineDate | None]:
    """TimelineJS start and end objects for the inclusive interval ``low .. high``.

    Both bounds are written at the coarsest unit they both sit on (whole years, whole
    months, else days); ``end`` is ``None`` when the interval is exactly one such unit.
    """
    whole_months = low.day == 1 and (high + datetime.timedelta(days=1)).day == 1
    whole_years = whole_months and low.month == 1 and high.month == 12
    if whole_years:
        start: TimelineDate = {"year": low.year}
        end: TimelineDate = {"year": high.year}
        return start, (None if low.year == high.year else end)
    if whole_months:
        start = {"year": low.year, "month": low.month}
        end = {"year": high.year, "month": high.month}
        same = (low.year, low.month) == (high.year, high.month)
        return start, (None if same else end)
    start = {"year": low.year, "month": low.month, "day": low.day}
    end = {"year": high.year, "month": high.month, "day": high.day}
    return start, (None if low == high else end)


def _open_parts(day: datetime.date, *, is_start: bool) -> TimelineDate:
    at_month_edge = day.day == 1 if is_start else (day + datetime.timedelta(days=1)).day == 1
    if at_month_edge:
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _body(event: Event, note: str) -> str:
    source = event.source
    parts = [f'<blockquote lang="nl">{html.escape(source.quote)}</blockquote>']
    if note:
        parts.append(f"<p><em>{html.escape(note)}</em></p>")
    where = f"Source: {html.escape(source.document_id)}"
    if source.page is not None:
        where += f", page {source.page}"
    if source.citations:
        where += "; cites " + ", ".join(html.escape(c) for c in source.citations)
    parts.append(f"<p>{where}.</p>")
    return "".join(parts)


def _slide(event: Event) -> dict[str, Any] | None:
    low, high = event.date_start, event.date_end
    if not event.date.is_resolved or (low is None and high is None):
        return None
    note = ""
    end: TimelineDate | None
    if low is not None and high is not None:
        start, end = date_parts(low, high)
    elif low is not None:
        start, end = _open_parts(low, is_start=True), None
        note = "Open-ended: no end date is known."
    else:
        assert high is not None
        start, end = _open_parts(high, is_start=False), None
        note = "Open start: only the latest date is known."
    slide: dict[str, Any] = {
        "start_date": start,
        "display_date": date_label(event) + status_suffix(event),
        "text": {"headline": html.escape(headline(event)), "text": _body(event, note)},
        "group": event.event_type.value,
        "unique_id": event.event_id,
    }
    if end is not None:
        slide["end_date"] = end
    return slide


def to_timelinejs(timeline: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The TimelineJS document for ``timeline``: a title slide and one slide per dated event.

    Events whose date is unresolved have no slide (``len(timeline) - len(result["events"])``).
    """
    slides = [slide for event in timeline if (slide := _slide(event)) is not None]
    # TimelineJS needs unique ids; event ids are unique in a dataset, but a caller may merge
    # timelines, so a repeated (or empty) id gets a numbered suffix rather than a broken page
    seen: set[str] = set()
    for index, slide in enumerate(slides):
        unique_id = slide["unique_id"] or f"event-{index + 1}"
        number = 1
        candidate = unique_id
        while candidate in seen:
            number += 1
            candidate = f"{unique_id}-{number}"
        seen.add(candidate)
        slide["unique_id"] = candidate
    heading = (
        title
        if title is not None
        else "Events reported in " + (", ".join(timeline.document_ids) or "no documents")
    )
    documents = ", ".join(timeline.document_ids)
    return {
        "title": {
            "text": {
                "headline": html.escape(heading),
                "text": f"<p>{len(slides)} events from {html.escape(documents)}.</p>",
            }
        },
        "events": slides,
    }
