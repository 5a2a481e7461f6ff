"""Expressions relative to the reference date R: shifts ("vorige maand"), windows ("de
afgelopen vier jaar"), weekdays and days of the month near R, seasons, and durations."""

from __future__ import annotations

import datetime

from iraq_events.temporal.anchoring import _Base, _day_base, _direction, _unresolved
from iraq_events.temporal.context import Context, InvalidDate
from iraq_events.temporal.intervals import (
    _DAY,
    _UNIT_GRAIN,
    _add_months,
    _isoweek,
    _month_end,
    _month_span,
    _shift,
    calendar_interval,
    format_value,
)
from iraq_events.temporal.types import Anchoring, ExpressionKind, Granularity, Mod
from iraq_events.temporal.values import CalendarValue, RelativeValue, month_length, prinsjesdag


def _weekday_near(
    reference: datetime.date, weekday: int, direction: str, *, inclusive: bool = False
) -> datetime.date:
    """The ``weekday`` before R (past), after R (future), or the nearer of the two (R itself
    when it is that weekday). ``inclusive``: R itself is the past one — a bare weekday in the
    past tense ("Dit heeft het kabinet maandag bekendgemaakt" in a Monday's news item) is that
    Monday, as a bare day-month by tense is on or before R; "afgelopen maandag" is not, and a
    future weekday is the next one after R (Duckling's convention: "dinsdag" on a Tuesday)."""
    if inclusive and direction == "past" and reference.isoweekday() == weekday:
        return reference
    before = reference - datetime.timedelta(days=(reference.isoweekday() - weekday) % 7 or 7)
    after = reference + datetime.timedelta(days=(weekday - reference.isoweekday()) % 7 or 7)
    if direction == "past":
        return before
    if direction == "future":
        return after
    if reference.isoweekday() == weekday:
        return reference
    return before if reference - before < after - reference else after


def _month_day_near(reference: datetime.date, day: int, direction: str) -> datetime.date:
    """Day ``day`` of the month on or before R (past), on or after R (future), or the nearer."""
    candidates = []
    for months in range(-13, 14):
        first = _add_months(reference.replace(day=1), months)
        if day <= month_length(first.year, first.month):
            candidates.append(first.replace(day=day))
    before = max(d for d in candidates if d <= reference)
    after = min(d for d in candidates if d >= reference)
    if direction == "past":
        return before
    if direction == "future":
        return after
    return before if reference - before < after - reference else after


def _relative(value: RelativeValue, reference: datetime.date | None, context: Context) -> _Base:
    unit_grain = _UNIT_GRAIN.get(value.unit, Granularity.DAY)
    if value.op in ("weekday", "week_weekday", "month_day"):
        if reference is None:
            return _unresolved(ExpressionKind.DATE, Granularity.DAY)
        if value.op == "week_weekday":
            assert value.weekday is not None
            monday = reference - datetime.timedelta(days=reference.weekday())
            day = monday + datetime.timedelta(weeks=value.amount, days=value.weekday - 1)
            return _day_base(day, reference)
        direction: str | None = "past" if value.amount < 0 else "future"
        if value.op == "month_day" or value.amount == 0:
            direction, how = _direction(context)
            if direction is None:
                return _unresolved(ExpressionKind.DATE, Granularity.DAY)
            context.resolved_by = how
        assert direction is not None
        if value.op == "month_day":
            return _day_base(_month_day_near(reference, round(value.amount), direction), reference)
        assert value.weekday is not None
        near = _weekday_near(reference, value.weekday, direction, inclusive=value.amount == 0)
        return _day_base(near, reference)
    if value.op == "units":
        if reference is None:
            return _unresolved(ExpressionKind.RANGE, unit_grain)
        own_first, own_last = _unit_holding(reference, value.unit)
        if value.amount < 0:
            first = _unit_holding(_shift(own_first, value.unit, value.amount), value.unit)[0]
            last = own_first - _DAY
        else:
            first = own_last + _DAY
            last = _unit_holding(_shift(own_first, value.unit, value.amount), value.unit)[1]
        text_value = (
            f"{format_value(unit_grain, first)}/"
            f"{format_value(unit_grain, _unit_holding(last, value.unit)[0])}"
        )
        return _Base(
            ExpressionKind.RANGE,
            unit_grain,
            first,
            last,
            Anchoring.DOCUMENT_RELATIVE,
            text_value,
            reference,
        )
    if value.op in ("earlier", "later"):
        if reference is None:
            return _unresolved(ExpressionKind.DATE, unit_grain)
        first, last = _unit_holding(reference, value.unit)
        if value.op == "earlier":
            first, last = first, reference - _DAY
        else:
            first, last = reference + _DAY, last
        if last < first:
            raise InvalidDate(f"R is at the {'start' if value.op == 'earlier' else 'end'} of it")
        return _Base(
            ExpressionKind.DATE,
            unit_grain,
            first,
            last,
            Anchoring.DOCUMENT_RELATIVE,
            format_value(unit_grain, _unit_holding(reference, value.unit)[0]),
            reference,
        )
    if value.op == "now":
        if reference is None:
            return _unresolved(ExpressionKind.DATE, Granularity.DAY, "PRESENT_REF")
        return _Base(
            ExpressionKind.DATE,
            Granularity.DAY,
            reference,
            reference,
            Anchoring.DOCUMENT_RELATIVE,
            "PRESENT_REF",
            reference,
        )
    if value.op == "window":
        duration = _duration_value(value.unit, abs(value.amount))
        if reference is None:
            return _Base(
                ExpressionKind.DURATION,
                unit_grain,
                None,
                None,
                Anchoring.UNRESOLVED,
                duration,
                duration=duration,
            )
        if value.amount < 0:
            earliest, latest = _shift(reference, value.unit, value.amount), reference
        else:
            earliest, latest = reference, _shift(reference, value.unit, value.amount) - _DAY
        return _Base(
            ExpressionKind.DURATION,
            unit_grain,
            earliest,
            latest,
            Anchoring.DOCUMENT_RELATIVE,
            duration,
            reference,
            duration,
        )
    if reference is None:
        grain = Granularity.DAY if value.op in ("day", "prinsjesdag") else unit_grain
        return _unresolved(ExpressionKind.DATE, grain)
    if value.op in ("day", "prinsjesdag"):
        if value.op == "day":
            day = reference + datetime.timedelta(days=round(value.amount))
        else:
            day = prinsjesdag(reference.year)
        return _day_base(day, reference)
    if value.op == "calendar":
        if value.unit == "S":
            return _relative_season(value, reference)
        earliest, latest = _unit_holding(_shift(reference, value.unit, value.amount), value.unit)
        return _Base(
            ExpressionKind.DATE,
            unit_grain,
            earliest,
            latest,
            Anchoring.DOCUMENT_RELATIVE,
            format_value(unit_grain, earliest),
            reference,
        )
    # offset: "een jaar geleden" = the month one year before R, approximately; "twee weken
    # geleden" = the ISO week holding R - 2 weeks, approximately; "drie dagen geleden" = that day
    target = _shift(reference, value.unit, value.amount)
    if value.unit == "D":
        return _Base(
            ExpressionKind.DATE,
            Granularity.DAY,
            target,
            target,
            Anchoring.DOCUMENT_RELATIVE,
            target.isoformat(),
            reference,
        )
    grain = Granularity.WEEK if value.unit == "W" else Granularity.MONTH
    earliest, latest = _unit_holding(target, "W" if value.unit == "W" else "M")
    return _Base(
        ExpressionKind.DATE,
        grain,
        earliest,
        latest,
        Anchoring.DOCUMENT_RELATIVE,
        format_value(grain, earliest),
        reference,
        mod=Mod.APPROX,
    )


def _unit_holding(day: datetime.date, unit: str) -> tuple[datetime.date, datetime.date]:
    if unit == "D":
        return day, day
    if unit == "W":
        return _isoweek(day)
    if unit == "M":
        return day.replace(day=1), _month_end(day.year, day.month)
    if unit == "Q":
        return _month_span(day.year, 3 * ((day.month - 1) // 3) + 1, 3)
    if unit == "DE":
        first = day.year - day.year % 10
        return datetime.date(first, 1, 1), datetime.date(first + 9, 12, 31)
    return datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31)


def _relative_season(value: RelativeValue, reference: datetime.date) -> _Base:
    """ "deze zomer" = that season of R's year; "afgelopen zomer" = the latest one that ended
    before R; "komende zomer" = the next one that starts after R."""
    code = value.season or "SU"
    season = CalendarValue(grain=Granularity.SEASON, year=None, detail=code)
    this_year = reference.year - 1 if code == "WI" and reference.month <= 2 else reference.year
    year = this_year
    if value.amount < 0:
        while calendar_interval(season, year)[1] >= reference:
            year -= 1
    elif value.amount > 0:
        while calendar_interval(season, year)[0] <= reference:
            year += 1
    earliest, latest = calendar_interval(season, year)
    return _Base(
        ExpressionKind.DATE,
        Granularity.SEASON,
        earliest,
        latest,
        Anchoring.DOCUMENT_RELATIVE,
        format_value(Granularity.SEASON, earliest, season),
        reference,
    )


def _duration_value(unit: str, amount: float | None) -> str:
    if amount is None:
        return f"PX{'Y' if unit == 'DE' else unit}"
    if unit == "Q":
        amount, unit = amount * 3, "M"
    elif unit == "DE":
        amount, unit = amount * 10, "Y"
    number = f"{amount:g}"
    return f"P{number}{unit}"
