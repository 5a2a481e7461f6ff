"""The grammar's rules for calendar dates after the ranges and numeric dates of
``rules_ranges.py``, in the order they are tried: positions in a month, weekdays, holidays, days
and months with or without a year."""

from __future__ import annotations

# the ranges and numeric dates come first in the register: imported for that, before these
from iraq_events.temporal import rules_ranges  # noqa: F401
from iraq_events.temporal.patterns import (
    _CALENDAR_UNIT,
    _COMMON,
    _CONNECTOR,
    _DIGITS,
    _LEX,
    _OF,
    _ORDINAL_SUFFIX,
    _P,
    _RELATIVE_YEAR,
    _RULE_WORDS,
    _WEEK_UNIT,
    _WS,
    _alt,
    _day,
    _shift,
    _weekday,
    _words,
    _year,
    _year_fn,
)
from iraq_events.temporal.rulebook import (
    _CONNECTOR_AHEAD,
    Groups,
    Span,
    _Built,
    _check_day,
    _check_weekday,
    _day_value,
    _marker,
    _marker_name,
    _month,
    _month_value,
    _optional_year,
    _rule,
    _unit,
    _word_before,
)
from iraq_events.temporal.rules_ranges import _range_connector
from iraq_events.temporal.types import Granularity
from iraq_events.temporal.values import (
    CalendarValue,
    RangeValue,
    RelativeValue,
    YearSource,
)


@_rule(
    "position",
    rf"(?:{_COMMON}{_WS})?(?P<@pos>{_P.position}){_WS}"
    rf"(?:(?P<@wd>{_P.full_weekday})|(?P<@u>{_P.day_unit}))"
    rf"{_WS}{_words('position_link')}{_WS}(?P<@m>{_P.full_month})(?:{_WS}{_year('@y')})?",
)
def _position(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "laatste maandag van maart", "derde dinsdag in september 2014", "eerste week van
    oktober 2014", "laatste dag van oktober 2015": a position in a month."""
    month = _month(g("m"))
    assert month is not None
    year = _optional_year(g("y"))
    position = _LEX.positions[(g("pos") or "").lower()]
    grain = Granularity.DAY
    weekday = None
    if g("wd") is not None:
        weekday = _weekday(g("wd"))
    elif _unit(g("u") or "") == "W":
        grain = Granularity.WEEK
    value = CalendarValue(
        grain=grain,
        year=year,
        month=month,
        weekday=weekday,
        position=position,
        year_source=YearSource.WRITTEN if year is not None else YearSource.CONTEXT,
    )
    return _Built("position", value)


@_rule(
    "weekday.week",
    rf"(?P<@shift>{_P.shift}){_WS}{_WEEK_UNIT}{_WS}(?P<@wd>{_P.full_weekday})"
    rf"|(?P<@wd2>{_P.full_weekday}){_WS}(?:(?P<@shift2>{_P.shift}){_WS}{_WEEK_UNIT}"
    rf"|(?P<@ahead>{_words('ahead')}){_WS}(?:{_words('one')}|1){_WS}{_WEEK_UNIT})",
)
def _weekday_week(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "volgende week dinsdag", "dinsdag deze week", "dinsdag over een week": the weekday of
    the calendar week before, of or after R's."""
    if g("ahead") is not None:
        shift = 1
    else:
        shift = _shift(g("shift") or g("shift2"))
    weekday = _weekday(g("wd") or g("wd2"))
    return _Built("weekday.week", RelativeValue(op="week_weekday", amount=shift, weekday=weekday))


@_rule("weekday.shift", rf"(?P<@shift>{_P.shift}|{_P.marker}){_WS}(?P<@wd>{_P.full_weekday})")
def _weekday_shift(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "afgelopen zondag", "komende woensdag", "aanstaande maandag": the last such day before R
    or the next after it."""
    word = " ".join((g("shift") or "").lower().split())
    shift = _LEX.shifts.get(word)
    if shift is None:
        shift = -1 if _LEX.markers.get(word) == "past" else 1
    if shift == 0:
        return _Built("weekday.shift", RelativeValue(op="week_weekday", weekday=_weekday(g("wd"))))
    return _Built(
        "weekday.shift", RelativeValue(op="weekday", amount=shift, weekday=_weekday(g("wd")))
    )


@_rule(
    "week_of",
    rf"(?:{_COMMON}{_WS})?{_WEEK_UNIT}{_WS}{_OF}{_WS}{_day('@d')}{_WS}(?P<@m>{_P.month})"
    rf"(?:{_WS}{_year_fn('@y')})?",
)
def _week_of(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "de week van 10 april": the Monday..Sunday week holding that day."""
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    year = _optional_year(g("y"))
    value = CalendarValue(
        grain=Granularity.WEEK,
        year=year,
        month=month,
        day=day,
        year_source=YearSource.WRITTEN if year is not None else YearSource.CONTEXT,
    )
    end = span("y")[1] if year is not None else None
    return _Built("week_of", value, end=end, problem=_check_day(year, month, day))


@_rule(
    "ordinal_day",
    rf"{_COMMON}{_WS}(?P<@n>(?:0?[1-9]|[12]\d|3[01]){_ORDINAL_SUFFIX}(?!\w)|(?P<@w>{_P.position}))"
    rf"(?:{_WS}(?P<@m>{_P.month})(?:{_WS}{_year_fn('@y')})?)?",
)
def _ordinal_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "op de 15de", "op de eerste" (of a month by tense or prefer), "de 15de februari"."""
    if g("w") is not None:
        day = _LEX.positions[(g("w") or "").lower()]
        if day < 1:
            return None
    else:
        day = int(_DIGITS.match(g("n") or "").group())  # type: ignore[union-attr]
    month = _month(g("m"))
    if month is None:
        after = span("n")[1] if g("n") is not None else span("w")[1]
        # alone, an ordinal is a day only after "op" and before the end of the phrase
        if (
            _word_before(text, start) not in _RULE_WORDS["lone_ordinal_after"]
            or text[after : after + 2].strip(" ")[:1].isalnum()
        ):
            return None
        return _Built("ordinal_day", RelativeValue(op="month_day", amount=day))
    written = _optional_year(g("y"))
    source = YearSource.WRITTEN if written is not None else YearSource.CONTEXT
    end = span("y")[1] if written is not None else None
    value = _day_value(written, month, day, source)
    return _Built("ordinal_day", value, end=end, problem=_check_day(written, month, day))


@_rule(
    "holiday",
    rf"(?P<@h>{_P.holiday})(?:{_WS}(?:{_OF}{_WS})?{_year_fn('@y')})?",
)
def _holiday(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """A named day of the year (holidays.tsv): "Kerstmis", "Koningsdag 2014", "Pasen"."""
    name, _rule_text = _LEX.holidays[" ".join((g("h") or "").lower().split())]
    year = _optional_year(g("y"))
    value = CalendarValue(
        grain=Granularity.DAY,
        year=year,
        holiday=name,
        year_source=YearSource.WRITTEN if year is not None else YearSource.CONTEXT,
    )
    end = span("y")[1] if year is not None else None
    return _Built(f"holiday.{name}", value, end=end)


@_rule(
    "month.year_first",
    rf"{_RELATIVE_YEAR}{_WS}(?P<@m>{_P.full_month})",
)
def _month_year_first(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "volgend jaar maart": the month of the year before, of or after R's."""
    return _relative_month(g, "month.year_first")


@_rule(
    "relative.earlier_later",
    rf"(?P<@el>{_alt(_LEX.cut_modifiers)}){_WS}(?P<@shift>{_P.shift}){_WS}"
    rf"{_CALENDAR_UNIT}",
)
def _earlier_later(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "later dit jaar", "eerder deze maand": the part of R's calendar unit after or before R."""
    if _shift(g("shift")) != 0:
        return None
    op = _LEX.cut_modifiers[(g("el") or "").lower()]
    value = RelativeValue(op=op, unit=_unit(g("u") or ""))
    return _Built("relative.earlier_later", value, keep_open=False, keep_part=False)


@_rule(
    "day_month.relative_year",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?{_day('@d')}{_WS}(?P<@m>{_P.month}){_WS}{_RELATIVE_YEAR}",
)
def _day_month_relative_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    value = CalendarValue(
        grain=Granularity.DAY,
        year=None,
        month=month,
        day=day,
        year_source=YearSource.RELATIVE,
        year_offset=_LEX.shifts[(g("shift") or "").lower()],
    )
    return _Built("day_month.relative_year", value, problem=_check_day(None, month, day))


@_rule("month.relative_year", rf"(?P<@m>{_P.month}){_WS}{_RELATIVE_YEAR}")
def _month_relative_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "maart volgend jaar": the same, the month first."""
    return _relative_month(g, "month.relative_year")


def _relative_month(g: Groups, rule: str) -> _Built:
    """A month in the year a shift names ("volgend jaar", "vorig jaar") from R's."""
    month = _month(g("m"))
    assert month is not None
    value = CalendarValue(
        grain=Granularity.MONTH,
        year=None,
        month=month,
        year_source=YearSource.RELATIVE,
        year_offset=_LEX.shifts[(g("shift") or "").lower()],
    )
    return _Built(rule, value)


@_rule(
    "day_month_year",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?{_day('@d')}{_WS}(?P<@m>{_P.month}){_WS}{_year_fn('@y')}",
)
def _day_month_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    year, day = int(g("y") or 0), int(g("d") or 0)
    rule = "weekday_day_month_year" if g("wd") else "day_month_year"
    value = _day_value(year, month, day, YearSource.WRITTEN)
    problem = _check_day(year, month, day) or _check_weekday(g("wd"), year, month, day)
    return _Built(rule, value, span("y")[1], problem)


@_rule(
    "day_month",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?{_day('@d')}{_WS}(?P<@m>{_P.month})"
    rf"(?:\s*(?P<@mark>{_P.marker}))?",
)
def _day_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    mark = g("mark")
    source = _marker(mark)
    rule = "day_month" if mark is None else f"day_month.{_marker_name(source)}"
    problem = _check_day(None, month, day)
    value = _day_value(None, month, day, source)
    if g("wd") is not None:  # "maandag 18 februari": the weekday fixes the year
        rule = "weekday_" + rule
        value = value._replace(weekday=_weekday(g("wd")))
    return _Built(rule, value, problem=problem)


@_rule(
    "range.month_day",
    rf"(?P<@m1>{_P.month}){_WS}{_day('@d1')}{_CONNECTOR.format('@conn')}(?P<@m2>{_P.month}){_WS}"
    rf"{_day('@d2')}(?:,?{_WS}{_year('@y')})?(?![.,]?\d)",
)
def _range_month_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "juli 13 - juli 15", "aug 8 - aug 12": a range of two month-first days."""
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    conn, inclusive = connector
    m1, m2 = _month(g("m1")), _month(g("m2"))
    assert m1 is not None and m2 is not None
    d1, d2 = int(g("d1") or 0), int(g("d2") or 0)
    year = _optional_year(g("y"))
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    value = RangeValue(
        first=_day_value(year, m1, d1, source),
        last=_day_value(year, m2, d2, source),
        inclusive=inclusive,
    )
    problem = _check_day(year, m1, d1) or _check_day(year, m2, d2)
    return _Built(f"range.month_day_{conn}_month_day", value, problem=problem)


@_rule(
    "month_day",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?(?P<@m>{_P.month}){_WS}{_day('@d')}"
    rf"(?:,?{_WS}{_year('@y')})?(?![.,]?\d)",
)
def _month_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "februari 15", "Aug 8", "Maandag feb 18", "April 14, 2015": month before day."""
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    year = _optional_year(g("y"))
    end = span("y")[1] if year is not None else span("d")[1]
    after = text[end : end + 6].lstrip(" \t")
    if after and after[0].isalnum() and not _CONNECTOR_AHEAD.match(after):
        return None  # "in februari 15 militairen": a count, not a day
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    value = _day_value(year, month, day, source)
    problem = _check_day(year, month, day)
    if g("wd") is not None:
        value = value._replace(weekday=_weekday(g("wd")))
        if year is not None and problem is None:
            problem = _check_weekday(g("wd"), year, month, day)
    return _Built("month_day", value, end=end, problem=problem)


@_rule("month_year", rf"(?P<@m>{_P.month}){_WS}{_year_fn('@y')}")
def _month_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    if _word_before(text, start).isdigit():  # "32 mei 2024": not a day, so not a date at all
        return None
    value = _month_value(int(g("y") or 0), month, YearSource.WRITTEN)
    return _Built("month_year", value, span("y")[1])


@_rule("month.marked", rf"(?P<@m>{_P.full_month})\s*(?P<@mark>{_P.marker})")
def _month_marked(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    source = _marker(g("mark"))
    return _Built(f"month.{_marker_name(source)}", _month_value(None, month, source))
