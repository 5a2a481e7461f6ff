"""Properties of the interval arithmetic behind parts of periods, anaphora and paragraphs."""

from __future__ import annotations

import calendar
import datetime

from hypothesis import given
from hypothesis import strategies as st

from iraq_events.documents.letter import paragraph_starts
from iraq_events.temporal import Anchoring, ExpressionKind, Granularity, Mod, TemporalExpression
from iraq_events.temporal.resolution import apply_part, resolve_anaphor

PARTS = (Mod.START, Mod.MID, Mod.END)


def _month_end(day: datetime.date) -> datetime.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@st.composite
def intervals(draw: st.DrawFn) -> tuple[datetime.date, datetime.date]:
    first = draw(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 1, 1)))
    if draw(st.booleans()):  # whole months
        first = first.replace(day=1)
        months = draw(st.integers(min_value=0, max_value=30))
        index = first.year * 12 + first.month - 1 + months
        last = _month_end(datetime.date(index // 12, index % 12 + 1, 1))
    else:
        last = first + datetime.timedelta(days=draw(st.integers(min_value=0, max_value=400)))
    return first, last


@given(intervals())
def test_parts_lie_inside_the_period_in_order(
    interval: tuple[datetime.date, datetime.date],
) -> None:
    earliest, latest = interval
    start, mid, end = (apply_part(earliest, latest, mod) for mod in PARTS)
    for part_earliest, part_latest in (start, mid, end):
        assert earliest <= part_earliest <= part_latest <= latest
    assert start[0] == earliest and end[1] == latest
    assert start[0] <= mid[0] and mid[1] <= end[1]


@given(intervals())
def test_parts_of_a_single_month_are_its_thirds_by_day(
    interval: tuple[datetime.date, datetime.date],
) -> None:
    first = interval[0].replace(day=1)
    last = _month_end(first)
    assert apply_part(first, last, Mod.START) == (first, first.replace(day=10))
    assert apply_part(first, last, Mod.MID) == (first.replace(day=11), first.replace(day=20))
    assert apply_part(first, last, Mod.END) == (first.replace(day=21), last)


def _period(earliest: datetime.date, latest: datetime.date) -> TemporalExpression:
    return TemporalExpression(
        text="mei 2023 tot en met april 2024",
        start=0,
        end=30,
        kind=ExpressionKind.RANGE,
        granularity=Granularity.MONTH,
        earliest=earliest,
        latest=latest,
        value="period",
        rule="range.month_tm_month",
    )


def _anaphor(mod: Mod | None) -> TemporalExpression:
    return TemporalExpression(
        text="deze rapportageperiode",
        start=40,
        end=62,
        kind=ExpressionKind.RANGE,
        granularity=Granularity.PERIOD,
        mod=mod,
        anchoring=Anchoring.UNRESOLVED,
        rule="anaphor.reporting_period.this",
    )


@given(intervals(), st.sampled_from([None, *PARTS]))
def test_resolve_anaphor_stays_inside_the_period(
    interval: tuple[datetime.date, datetime.date], mod: Mod | None
) -> None:
    resolved = resolve_anaphor(_anaphor(mod), _period(*interval))
    assert resolved.anchoring is Anchoring.CONTEXTUAL
    assert resolved.earliest is not None and resolved.latest is not None
    assert interval[0] <= resolved.earliest <= resolved.latest <= interval[1]
    assert (resolved.text, resolved.start, resolved.end, resolved.mod) == (
        "deze rapportageperiode",
        40,
        62,
        mod,
    )
    if mod is None:
        assert (resolved.earliest, resolved.latest) == interval


@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "\t", "\f"]), max_size=80))
def test_paragraph_starts_follow_a_line_break(text: str) -> None:
    starts = paragraph_starts(text)
    assert starts == sorted(set(starts))
    for start in starts:
        assert 0 < start <= len(text)
        assert text[start - 1] in "\n\f" or text[start - 1].isspace()


def test_a_list_of_full_dates_joined_by_en_reads_every_date() -> None:
    # "en" outside "tussen ... en" lists dates; the rejected range must not swallow the last one
    import datetime

    from iraq_events.temporal import find_dates

    found = find_dates(
        "de brieven van 2 april 2024, 18 juni 2024 en 27 oktober 2024.", datetime.date(2025, 1, 1)
    )
    assert [e.earliest for e in found] == [
        datetime.date(2024, 4, 2),
        datetime.date(2024, 6, 18),
        datetime.date(2024, 10, 27),
    ]
