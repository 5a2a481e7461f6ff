"""The chart's layout, without drawing: lanes, rows, label places and the time scale.

Each event goes in a lane (its type, or its main actor with ``by="actor"``). Labels sit to the
right of where their event starts; within a lane each event takes the first row where its mark
and label fit without touching anything already placed (greedy stacking, measured in pixels
with the renderer's own font metrics), so no two labels overlap. Long stretches with nothing on
them are drawn short (:class:`TimeScale`). :mod:`iraq_events.views.chart` draws the result.
"""

from __future__ import annotations

import datetime
import itertools
from typing import Any, Literal

import attrs

from iraq_events.events.model import ActorRole, Event, EventStatus, EventType
from iraq_events.timeline import Timeline
from iraq_events.views.labels import _shorten, date_label, headline

__all__ = [
    "LANE_MODES",
    "ChartItem",
    "LaneBy",
    "TimeScale",
    "default_title",
    "plan_lanes",
]

LaneBy = Literal["type", "actor"]
LANE_MODES: tuple[LaneBy, ...] = ("type", "actor")

_FIGURE_WIDTH = 14.0  # inches
_DPI = 100
_LEFT = 2.1  # inches for the lane names
_RIGHT = 0.3
_FONT_SIZE = 7.0
_LABEL_CHARACTERS = 48
_LANE_CHARACTERS = 34
_GAP_PIXELS = 6.0  # kept free between neighbours in a row
_NO_ACTOR = "(no actor)"
_COVER_PAD = 45.0  # days kept around every mark before a stretch counts as empty
_LONG_GAP_DAYS = 365.0  # empty stretches longer than this are shortened ...
_SHORT_GAP_DAYS = 75.0  # ... to this width


@attrs.frozen
class ChartItem:
    """One event as placed on the chart (days are matplotlib date numbers)."""

    event: Event
    lane: str
    row: int  # the row within its lane, 0 on top
    start: float
    end: float  # the last day's end, so a one-day bar has width 1
    open_start: bool
    open_end: bool
    label: str
    label_x: float  # where the label is anchored
    label_left: bool  # True when the label ends at label_x (no room to the right of the mark)


def _lane_of(event: Event, by: LaneBy) -> str:
    if by == "type":
        return event.event_type.value
    for role in (ActorRole.INITIATOR, ActorRole.HOST, ActorRole.PARTICIPANT):
        for actor in event.actors:
            if actor.role is role:
                return actor.name
    return event.actors[0].name if event.actors else _NO_ACTOR


def _lane_name(lane: str) -> str:
    """The lane's name as it fits the margin, "$" kept as text."""
    return _shorten(lane, _LANE_CHARACTERS).replace("$", r"\$")


def _label(event: Event, by: LaneBy) -> str:
    if by == "type":
        text = headline(event, with_type=False)
    else:
        text = headline(event, omit=(_lane_of(event, by),))
    text = f"{date_label(event)} {text}".strip()
    if event.status is not EventStatus.OCCURRED:
        text += f" ({event.status.value})"
    return _shorten(text, _LABEL_CHARACTERS)


def _day_number(day: datetime.date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(day))  # type: ignore[no-untyped-call]


@attrs.frozen
class TimeScale:
    """A piecewise-linear time axis: long stretches with nothing on them are drawn short.

    ``gaps`` are the shortened stretches (in day numbers); everywhere else one day has the
    same width. The chart marks each gap with a grey band and the time it leaves out, so the
    axis never pretends to be uniform where it is not.
    """

    knots: tuple[tuple[float, float], ...]  # (day number, scaled position), increasing
    gaps: tuple[tuple[float, float], ...] = ()

    def forward(self, days: Any) -> Any:
        import numpy as np

        xs, us = zip(*self.knots, strict=True)
        return np.interp(days, xs, us)

    def inverse(self, positions: Any) -> Any:
        import numpy as np

        xs, us = zip(*self.knots, strict=True)
        return np.interp(positions, us, xs)

    def at(self, day: float) -> float:
        return float(self.forward(day))

    def day_at(self, position: float) -> float:
        return float(self.inverse(position))


def _time_scale(covered: list[tuple[float, float]]) -> tuple[TimeScale, tuple[float, float]]:
    """The scale for marks covering ``covered`` (day-number intervals), and the x range."""
    merged: list[list[float]] = []
    for low, high in sorted((low - _COVER_PAD, high + _COVER_PAD) for low, high in covered):
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    gaps = [
        (left[1], right[0])
        for left, right in itertools.pairwise(merged)
        if right[0] - left[1] > _LONG_GAP_DAYS
    ]
    first, last = merged[0][0] + _COVER_PAD, merged[-1][1] - _COVER_PAD
    shown = (last - first) - sum(high - low - _SHORT_GAP_DAYS for low, high in gaps)
    padding = max(15.0, shown * 0.03)
    x_range = (first - padding, last + padding)
    far = 1e6  # straight continuation beyond the plot, for ticks and margins
    knots = [(x_range[0] - far, x_range[0] - far), (x_range[0], x_range[0])]
    shift = 0.0
    for low, high in gaps:
        knots.append((low, low - shift))
        shift += (high - low) - _SHORT_GAP_DAYS
        knots.append((high, high - shift))
    knots += [(x_range[1], x_range[1] - shift), (x_range[1] + far, x_range[1] + far - shift)]
    return TimeScale(knots=tuple(knots), gaps=tuple(gaps)), x_range


def plan_lanes(
    timeline: Timeline, *, by: LaneBy = "type", width: float = _FIGURE_WIDTH
) -> tuple[list[str], list[ChartItem], tuple[float, float], int, TimeScale]:
    """Place every dated event: lanes in order, items with rows, the x range (day numbers),
    the number of events that cannot be placed, and the time scale.

    Pure layout, no drawing, so the stacking can be tested on its own. Collisions are judged
    in scaled positions, where pixels are proportional.
    """
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    if by not in LANE_MODES:
        raise ValueError(f"unknown lane grouping {by!r}; choose one of {', '.join(LANE_MODES)}")
    placed = [e for e in timeline if e.date.is_resolved and (e.date_start or e.date_end)]
    unplaced = len(timeline) - len(placed)
    covered = []
    for event in placed:
        low, high = event.date_start, event.date_end
        known = low if low is not None else high
        assert known is not None
        covered.append(
            (
                _day_number(low if low is not None else known),
                _day_number(high if high is not None else known) + 1,
            )
        )
    if not covered:
        some_day = _day_number(datetime.date(2000, 1, 1))
        covered = [(some_day, some_day + 1)]
    scale, x_range = _time_scale(covered)
    u_range = (scale.at(x_range[0]), scale.at(x_range[1]))
    pixels_per_day = _pixels_per_day(scale, x_range, width)
    renderer = RendererAgg(10, 10, _DPI)  # type: ignore[no-untyped-call]
    font = FontProperties(size=_FONT_SIZE)

    def label_days(text: str) -> float:
        pixels, _, _ = renderer.get_text_width_height_descent(text, font, ismath=False)  # type: ignore[no-untyped-call]
        # a little slack: hinting at the export resolution can widen text by a few pixels
        return float(pixels) * 1.05 / pixels_per_day

    if by == "type":
        order = {member.value: index for index, member in enumerate(EventType)}
        lanes = sorted({_lane_of(e, by) for e in placed}, key=lambda lane: order[lane])
    else:
        counts: dict[str, int] = {}
        for event in placed:
            counts[_lane_of(event, by)] = counts.get(_lane_of(event, by), 0) + 1
        lanes = sorted(counts, key=lambda lane: (lane == _NO_ACTOR, -counts[lane], lane))

    gap = _GAP_PIXELS / pixels_per_day
    marker_room = 6.0 / pixels_per_day
    items: list[ChartItem] = []
    for lane in lanes:
        rows: list[list[tuple[float, float]]] = []  # the occupied x extents of each row
        for event in (e for e in placed if _lane_of(e, by) == lane):
            open_start, open_end = event.date_start is None, event.date_end is None
            start = x_range[0] if open_start else _day_number(event.date_start)  # type: ignore[arg-type]
            end = x_range[1] if open_end else _day_number(event.date_end) + 1  # type: ignore[arg-type]
            label = _label(event, by)
            width_days = label_days(label)
            u_start, u_end = scale.at(start), scale.at(end)
            # the label goes right of the mark; left of it when that saves a row or the
            # right edge is too close
            right = (
                u_start + marker_room,
                False,
                u_start - marker_room,
                max(u_end, u_start + marker_room + width_days),
            )
            left = (u_start - marker_room, True, u_start - marker_room - width_days, u_end)
            inside = [
                c for c in (right, left) if u_range[0] - marker_room <= c[2] and c[3] <= u_range[1]
            ]
            choices = inside or [right]
            row, choice = _first_free(rows, choices, gap)
            label_u, label_left, occupied_from, occupied_to = choice
            label_x = scale.day_at(label_u)
            if row == len(rows):
                rows.append([])
            rows[row].append((occupied_from, occupied_to))
            items.append(
                ChartItem(
                    event=event,
                    lane=lane,
                    row=row,
                    start=start,
                    end=end,
                    open_start=open_start,
                    open_end=open_end,
                    label=label,
                    label_x=label_x,
                    label_left=label_left,
                )
            )
    return lanes, items, x_range, unplaced, scale


def _first_free(
    rows: list[list[tuple[float, float]]],
    choices: list[tuple[float, bool, float, float]],
    gap: float,
) -> tuple[int, tuple[float, bool, float, float]]:
    """The first row where a choice fits (trying each choice in every row before the next
    choice), or a new row with the first choice."""
    for choice in choices:
        low, high = choice[2], choice[3]
        for index, row in enumerate(rows):
            if all(high + gap <= left or right + gap <= low for left, right in row):
                return index, choice
    return len(rows), choices[0]


def _pixels_per_day(scale: TimeScale, x_range: tuple[float, float], width: float) -> float:
    return (width - _LEFT - _RIGHT) * _DPI / (scale.at(x_range[1]) - scale.at(x_range[0]))


def default_title(timeline: Timeline) -> str:
    """ "Events reported in <documents>, <first>–<last>"."""
    documents = ", ".join(timeline.document_ids) or "no documents"
    span = timeline.span
    when = f", {span[0].isoformat()} – {span[1].isoformat()}" if span else ""
    return f"Events reported in {documents}{when}"
