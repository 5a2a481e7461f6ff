"""The timeline as a chart (matplotlib, drawn on an Agg canvas; pyplot is never touched).

One horizontal lane per event type (or per actor with ``by="actor"``). In each lane:

* a day-precise event is a point;
* an event known to a month, a quarter, a year or a range of days is a bar over its interval;
* an open interval ("vanaf mei 2024") is a bar fading in steps of transparency to the edge
  of the plot, ending in an arrowhead;
* a planned or expected event is hollow (no fill), whatever its shape;
* unresolved dates cannot be placed and are counted in a note under the chart.

Labels sit to the right of where their event starts; within a lane each event takes the first
row where its mark and label fit without touching anything already placed, so no two labels
overlap. That layout (lanes, rows, label places, the time scale) is computed in
:mod:`iraq_events.views.chart_layout`; this module draws it.

Every mark carries a ``gid`` of the form ``"<shape>|<lane>|<event_id>"`` with shape one of
``point``, ``bar``, ``fade``, ``arrow``, ``label``, so a test or a caller can find what was
drawn without looking at pixels.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iraq_events.events.model import EventStatus, EventType
from iraq_events.timeline import Timeline
from iraq_events.views.chart_layout import (
    _DPI,
    _FIGURE_WIDTH,
    _FONT_SIZE,
    _LEFT,
    _RIGHT,
    LANE_MODES,
    ChartItem,
    LaneBy,
    TimeScale,
    _day_number,
    _lane_name,
    _pixels_per_day,
    default_title,
    plan_lanes,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "LANE_MODES",
    "ChartItem",
    "LaneBy",
    "TimeScale",
    "default_title",
    "draw_timeline",
    "plan_lanes",
    "save_chart",
]

_TOP = 0.7  # the title
_BOTTOM = 1.1  # the date axis, the legend and the note
_ROW = 0.27  # inches per row of marks
_FADE_STEPS = 10
_BAR_HEIGHT = 0.5  # in rows


def _colours() -> dict[str, tuple[float, float, float, float]]:
    from matplotlib import colormaps

    palette = colormaps["tab20"]
    return {member.value: palette(index % 20) for index, member in enumerate(EventType)}


def draw_timeline(
    timeline: Timeline,
    *,
    by: LaneBy = "type",
    title: str | None = None,
    width: float = _FIGURE_WIDTH,
) -> Figure:
    """Draw ``timeline`` on a new figure (not registered with pyplot) and return it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    lanes, items, x_range, unplaced, scale = plan_lanes(timeline, by=by, width=width)
    lane_rows = {
        lane: 1 + max((i.row for i in items if i.lane == lane), default=0) for lane in lanes
    }
    total_rows = max(1, sum(lane_rows.values()))
    height = _TOP + _BOTTOM + total_rows * _ROW
    figure = Figure(figsize=(width, height), dpi=_DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes(
        (
            _LEFT / width,
            _BOTTOM / height,
            (width - _LEFT - _RIGHT) / width,
            (height - _TOP - _BOTTOM) / height,
        )
    )
    axes.set_xscale("function", functions=(scale.forward, scale.inverse))
    axes.set_xlim(*x_range)
    axes.set_ylim(total_rows - 0.5, -0.5)  # row 0 on top
    _date_ticks(axes, scale, x_range, pixels_per_day=_pixels_per_day(scale, x_range, width))
    for low, high in scale.gaps:
        axes.axvspan(low, high, facecolor="0.94", edgecolor="none", zorder=0)
    axes.grid(axis="x", color="0.88", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)

    colours = _colours()
    first_row: dict[str, int] = {}
    offset = 0
    for lane in lanes:
        first_row[lane] = offset
        offset += lane_rows[lane]
        if offset < total_rows:
            axes.axhline(offset - 0.5, color="0.75", linewidth=0.6)
    axes.set_yticks([first_row[lane] + (lane_rows[lane] - 1) / 2 for lane in lanes])
    axes.set_yticklabels([_lane_name(lane) for lane in lanes], fontsize=8)
    axes.tick_params(axis="y", length=0)

    # the fading part of an open interval: 6% of the plot's width, measured from the edge
    u_left, u_right = scale.at(x_range[0]), scale.at(x_range[1])
    fade_width = x_range[1] - scale.day_at(u_right - 0.06 * (u_right - u_left))
    for item in items:
        event = item.event
        colour = colours[event.event_type.value]
        hollow = event.status in (EventStatus.PLANNED, EventStatus.EXPECTED)
        face = "none" if hollow else colour
        y = first_row[item.lane] + item.row
        gid = f"{item.lane}|{event.event_id}"
        single_day = not (item.open_start or item.open_end) and item.end - item.start <= 1
        if single_day:
            axes.add_line(
                Line2D(
                    [item.start + 0.5],
                    [y],
                    marker="o",
                    markersize=6,
                    color=colour,
                    markerfacecolor=face,
                    markeredgecolor=colour,
                    linestyle="none",
                    gid=f"point|{gid}",
                )
            )
        else:
            both_open = item.open_start and item.open_end
            fade_length = min(fade_width, (item.end - item.start) / (2 if both_open else 1))
            solid_start = item.start + (fade_length if item.open_start else 0)
            solid_end = item.end - (fade_length if item.open_end else 0)
            if solid_end > solid_start:
                axes.add_patch(
                    Rectangle(
                        (solid_start, y - _BAR_HEIGHT / 2),
                        solid_end - solid_start,
                        _BAR_HEIGHT,
                        facecolor=face,
                        edgecolor=colour,
                        alpha=0.55 if not hollow else 1.0,
                        linewidth=1.0,
                        gid=f"bar|{gid}",
                    )
                )
            step = fade_length / _FADE_STEPS
            for is_open, from_x, direction in (
                (item.open_end, solid_end, 1.0),
                (item.open_start, solid_start, -1.0),
            ):
                if not is_open:
                    continue
                # steps of falling opacity away from the known bound: the fading arrow
                for index in range(_FADE_STEPS):
                    alpha = 0.55 * (1 - (index + 0.5) / _FADE_STEPS)
                    left = from_x + direction * index * step - (step if direction < 0 else 0)
                    axes.add_patch(
                        Rectangle(
                            (left, y - _BAR_HEIGHT / 2),
                            step,
                            _BAR_HEIGHT,
                            facecolor=face if not hollow else "none",
                            edgecolor="none" if not hollow else colour,
                            alpha=alpha if not hollow else max(alpha, 0.1),
                            linewidth=0.8,
                            gid=f"fade|{gid}",
                        )
                    )
                edge = x_range[1] if direction > 0 else x_range[0]
                axes.add_line(
                    Line2D(
                        [edge - direction * step / 2],
                        [y],
                        marker=">" if direction > 0 else "<",
                        markersize=5,
                        color=colour,
                        alpha=0.35,
                        markerfacecolor=face,
                        linestyle="none",
                        gid=f"arrow|{gid}",
                    )
                )
        axes.text(
            item.label_x,
            y,
            item.label,
            fontsize=_FONT_SIZE,
            verticalalignment="center",
            horizontalalignment="right" if item.label_left else "left",
            gid=f"label|{gid}",
            clip_on=True,
            parse_math=False,  # a "$" in a quote or a name is text, not TeX
        )

    figure.suptitle(
        title if title is not None else default_title(timeline), fontsize=11, parse_math=False
    )
    present = [t for t in EventType if t.value in {i.event.event_type.value for i in items}]
    handles: list[Line2D | Patch] = [
        Patch(facecolor=colours[t.value], edgecolor=colours[t.value], label=t.value)
        for t in present
    ]
    grey = "0.35"
    handles += [
        Line2D([], [], marker="o", color=grey, linestyle="none", label="on a known day"),
        Patch(facecolor=grey, alpha=0.55, label="within a month / range"),
        Patch(facecolor="none", edgecolor=grey, label="planned or expected"),
        Line2D([], [], marker=">", color=grey, alpha=0.4, linestyle="none", label="open-ended"),
    ]
    figure.legend(
        handles=handles,
        loc="lower center",
        ncol=min(8, len(handles)),
        fontsize=7,
        frameon=False,
        bbox_to_anchor=(0.5, 0.08 / height),
    )
    if unplaced:
        figure.text(
            0.99,
            0.02 / height + 0.005,
            f"{unplaced} event(s) with an unresolved date not shown",
            horizontalalignment="right",
            fontsize=7,
            color="0.4",
        )
    return figure


_TICK_STEPS_MONTHS = (1, 2, 3, 6, 12, 24, 60, 120)
_TICK_PIXELS = 48.0  # the least room between two date ticks


def _date_ticks(
    axes: Any, scale: TimeScale, x_range: tuple[float, float], *, pixels_per_day: float
) -> None:
    """Month or year ticks on every uniform stretch of the axis, and the length of each gap.

    The step is the smallest of 1, 2, 3, 6 months or 1, 2, 5, 10 years that keeps ticks
    ``_TICK_PIXELS`` apart; January ticks show the year, others the month.
    """
    from matplotlib.dates import num2date
    from matplotlib.ticker import FixedFormatter, FixedLocator

    step = next(
        (m for m in _TICK_STEPS_MONTHS if m * 30.4 * pixels_per_day >= _TICK_PIXELS),
        _TICK_STEPS_MONTHS[-1],
    )
    bounds = [x_range[0], *(day for gap in scale.gaps for day in gap), x_range[1]]
    stretches = list(zip(bounds[::2], bounds[1::2], strict=True))
    first = num2date(x_range[0]).date()  # type: ignore[no-untyped-call]
    last = num2date(x_range[1]).date()  # type: ignore[no-untyped-call]
    positions: list[float] = []
    labels: list[str] = []
    ticked: set[int] = set()
    month = first.year * 12 + first.month - 1
    while month <= last.year * 12 + last.month - 1:
        year, month_index = divmod(month, 12)
        on_step = (
            month_index % step == 0
            if step < 12
            else (month_index == 0 and year % (step // 12) == 0)
        )
        if on_step:
            day = _day_number(datetime.date(year, month_index + 1, 1))
            stretch = next((i for i, (a, b) in enumerate(stretches) if a <= day <= b), None)
            if stretch is not None:
                # January names its year, and so does the first tick after a gap
                first_in_stretch = stretch not in ticked
                ticked.add(stretch)
                if month_index == 0:
                    labels.append(str(year))
                elif first_in_stretch:
                    labels.append(f"{_MONTHS[month_index]}\n{year}")
                else:
                    labels.append(_MONTHS[month_index])
                positions.append(day)
        month += 1
    axes.xaxis.set_major_locator(FixedLocator(positions))
    axes.xaxis.set_major_formatter(FixedFormatter(labels))
    axes.tick_params(axis="x", labelsize=8)
    gap_middles = [scale.day_at((scale.at(low) + scale.at(high)) / 2) for low, high in scale.gaps]
    axes.xaxis.set_minor_locator(FixedLocator(gap_middles))
    axes.xaxis.set_minor_formatter(
        FixedFormatter([f"≈{_years(high - low)}" for low, high in scale.gaps])
    )
    axes.tick_params(axis="x", which="minor", length=0, labelsize=7, labelcolor="0.45")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _years(days: float) -> str:
    years = days / 365.25
    if years < 2:
        return f"{round(days / 30.44)} months"
    return f"{years:.0f} years"


def save_chart(
    timeline: Timeline,
    path: str | os.PathLike[str],
    *,
    by: LaneBy = "type",
    title: str | None = None,
) -> Path:
    """Draw and write the chart; the format follows the suffix (``.png``, ``.svg``, ``.pdf``)."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in _SAVE_FORMATS:
        raise ValueError(
            f"cannot write a chart to {target.name!r}: use a "
            f"{', '.join('.' + f for f in _SAVE_FORMATS)} file"
        )
    from iraq_events.dataset.parquet import atomic_write

    figure = draw_timeline(timeline, by=by, title=title)
    # written beside the target and renamed, so a failure never leaves half an image; an
    # unwritable target raises DatasetError naming ``target`` and leaves any old file intact
    return atomic_write(
        target,
        lambda stream: figure.savefig(stream, format=fmt, dpi=_DPI * 1.5, metadata=_metadata(fmt)),
    )


_SAVE_FORMATS: Sequence[str] = ("png", "svg", "pdf")


def _metadata(fmt: str) -> dict[str, str | None]:
    # no timestamps or software versions in the file, so the committed image only changes
    # when the chart does
    if fmt == "png":
        return {"Software": None}
    if fmt == "svg":
        return {"Date": None, "Creator": None}
    return {"CreationDate": None, "Producer": None, "Creator": None}
