"""The grammar's rules for calendar dates, in the order they are tried: ranges, numeric
dates, positions in a month, weekdays, holidays, days and months with or without a year."""

from __future__ import annotations

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
    _NEEDS_BETWEEN,
    Groups,
    Span,
    _after_tussen,
    _Built,
    _check_day,
    _check_weekday,
    _connector,
    _day_value,
    _marker,
    _marker_name,
    _month,
    _month_context,
    _month_value,
    _optional_year,
    _rule,
    _standing_alone,
    _unit,
    _word_after,
    _word_before,
    _year_value,
)
from iraq_events.temporal.types import Granularity
from iraq_events.temporal.values import (
    CalendarValue,
    ParliamentaryYearValue,
    RangeValue,
    RelativeValue,
    YearSource,
)


@_rule("parliamentary_year", rf"vergaderjaar\s+{_year('@y1')}\s*[-–—/]\s*{_year('@y2')}")
def _parliamentary_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    first, second = int(g("y1") or 0), int(g("y2") or 0)
    if second != first + 1:
        return None
    return _Built("parliamentary_year", ParliamentaryYearValue(first_year=first))


def _range_connector(g: Groups, text: str, start: int) -> tuple[str, bool] | None:
    """The connector of a range rule and whether it is inclusive.

    ``None`` for "en" outside "tussen ... en ...": there the words list two dates, not a range.
    """
    conn, inclusive = _connector(g("conn"))
    if conn in _NEEDS_BETWEEN and not _after_tussen(text, start):
        return None
    return conn, inclusive


def _month_range_head(
    g: Groups, text: str, start: int
) -> tuple[str, bool, int, int, int | None, int | None] | None:
    """Connector, inclusiveness, both months and both years of a range between two months.

    ``None`` when the words are not one range: "en" outside "tussen ... en ...", or a year
    written on the first side only ("mei 2023 tot juni").
    """
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    m1, m2 = _month(g("m1")), _month(g("m2"))
    assert m1 is not None and m2 is not None
    y1 = int(v) if (v := g("y1")) else None
    y2 = int(v) if (v := g("y2")) else None
    if y1 is not None and y2 is None:
        return None
    return (*connector, m1, m2, y1, y2)


@_rule(
    "range.day_day_month",
    rf"{_day('@d1')}{_CONNECTOR.format('@conn')}{_day('@d2')}{_WS}(?P<@m>{_P.month})"
    rf"(?:{_WS}{_year_fn('@y')}|\s*(?P<@mark>{_P.marker}))?",
)
def _range_day_day_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    conn, inclusive = connector
    month = _month(g("m"))
    assert month is not None
    year = int(y) if (y := g("y")) else None
    source = YearSource.WRITTEN if year is not None else _marker(g("mark"))
    d1, d2 = int(g("d1") or 0), int(g("d2") or 0)
    if d2 < d1 or (d2 == d1 and not inclusive):
        return None
    problem = _check_day(year, month, d2)
    end = span("y")[1] if year is not None else None
    value = RangeValue(
        first=_day_value(year, month, d1, source),
        last=_day_value(year, month, d2, source),
        inclusive=inclusive,
    )
    return _Built(f"range.day_{conn}_day_month", value, end=end, problem=problem)


@_rule(
    "day_month.listed",
    rf"{_day('@d')}(?={_WS}{_words('number_list')}{_WS}{_day('@d2')}{_WS}(?P<@m>{_P.month})"
    rf"(?:{_WS}{_year_fn('@y')}|\s*(?P<@mark>{_P.marker}))?)",
)
def _listed_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "de brieven van 7 en 18 december 2012": the first day of a list, in the month (and year)
    of the day after it, which is read on its own; "tussen 7 en 18 december" is a range."""
    if _after_tussen(text, start):
        return None
    month = _month(g("m"))
    assert month is not None
    year = _optional_year(g("y"))
    source = YearSource.WRITTEN if year is not None else _marker(g("mark"))
    day, following = int(g("d") or 0), int(g("d2") or 0)
    problem = _check_day(year, month, day)
    if following == day + 1:
        # "op 7 en 8 juni": two days running, one stretch of time
        end = span("y")[1] if year is not None else span("mark" if g("mark") else "m")[1]
        value = RangeValue(
            first=_day_value(year, month, day, source),
            last=_day_value(year, month, following, source),
            inclusive=True,
        )
        problem = problem or _check_day(year, month, following)
        return _Built("day_month.listed.range", value, end=end, problem=problem)
    return _Built("day_month.listed", _day_value(year, month, day, source), problem=problem)


@_rule(
    "range.day_month_day_month",
    rf"{_day('@d1')}{_WS}(?P<@m1>{_P.month})(?:{_WS}{_year('@y1')})?"
    rf"{_CONNECTOR.format('@conn')}{_day('@d2')}{_WS}(?P<@m2>{_P.month})"
    rf"(?:{_WS}{_year_fn('@y2')}|\s*(?P<@mark>{_P.marker}))?",
)
def _range_day_month_day_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    head = _month_range_head(g, text, start)
    if head is None:
        return None
    conn, inclusive, m1, m2, y1, y2 = head
    source = YearSource.WRITTEN if y2 is not None else _marker(g("mark"))
    d1, d2 = int(g("d1") or 0), int(g("d2") or 0)
    problem = _check_day(y1 if y1 is not None else y2, m1, d1) or _check_day(y2, m2, d2)
    value = RangeValue(
        first=_day_value(y1, m1, d1, YearSource.WRITTEN if y1 is not None else source),
        last=_day_value(y2, m2, d2, source),
        inclusive=inclusive,
    )
    end = span("y2")[1] if y2 is not None else None
    return _Built(f"range.day_month_{conn}_day_month", value, end=end, problem=problem)


@_rule(
    "range.month_month",
    rf"(?P<@m1>{_P.full_month})(?:{_WS}{_year('@y1')})?{_CONNECTOR.format('@conn')}"
    rf"(?P<@m2>{_P.full_month})"
    rf"(?:{_WS}{_year_fn('@y2')}|{_WS}{_RELATIVE_YEAR}|\s*(?P<@mark>{_P.marker}))?",
)
def _range_month_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    head = _month_range_head(g, text, start)
    if head is None:
        return None
    conn, inclusive, m1, m2, y1, y2 = head
    shift = g("shift")
    if y2 is None and g("mark") is None and shift is None and not _month_context(text, start):
        return None
    source = YearSource.WRITTEN if y2 is not None else _marker(g("mark"))
    first = _month_value(y1, m1, YearSource.WRITTEN if y1 is not None else source)
    last = _month_value(y2, m2, source)
    if shift is not None and y1 is None:
        # "van april tot juni dit jaar": both months in the year the shift names
        offset = _LEX.shifts[shift.lower()]
        first, last = (
            side._replace(year_source=YearSource.RELATIVE, year_offset=offset)
            for side in (first, last)
        )
    value = RangeValue(first=first, last=last, inclusive=inclusive)
    end = span("y2")[1] if y2 is not None else None
    return _Built(f"range.month_{conn}_month", value, end=end)


@_rule(
    "range.year_year",
    rf"{_year('@y1')}{_CONNECTOR.format('@conn')}{_year('@y2')}(?![.,]\d)",
)
def _range_year_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    conn, inclusive = connector
    y1, y2 = int(g("y1") or 0), int(g("y2") or 0)
    if y2 < y1 or (y2 == y1 and not inclusive):  # "2023 tot en met 2023" is one year
        return None
    value = RangeValue(first=_year_value(y1), last=_year_value(y2), inclusive=inclusive)
    # "voor 2023-2027" is "for", not "before": a preposition before a span of years
    return _Built(f"range.year_{conn}_year", value, before_is_for=True)


_NUM_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])"
_NUM_YEAR = r"(?:1[89]\d\d|2[01]\d\d|\d\d)"


def _numeric_side(name: str) -> str:
    return (
        rf"(?P<{name}d>{_NUM_DAY})(?P<{name}punct>[-/.])(?P<{name}m>{_NUM_MONTH})"
        rf"(?:(?P={name}punct)(?P<{name}y>{_NUM_YEAR}))?(?![\d\w]|[-/.]\d)"
    )


def _full_year(text: str) -> int:
    """A written year; two digits are 1970-2069 ("74" = 1974, "14" = 2014)."""
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 70 else 2000
    return year


def _numeric_allowed(text: str, start: int, end: int, separator: str | None) -> bool:
    """A day-month written in numbers without a year ("15-2", "op 10.10") is a date only after
    a temporal preposition (with a dot: only after "op" and the like) or standing alone:
    elsewhere "3-1" is a score, "voor 1.1" a section."""
    before = _word_before(text, start)
    if before in _LEX.number_context_words or _word_after(text, end) in _LEX.units:
        return False  # "nr. 3-1", "2-3 weken": a reference or a count
    context = _LEX.dotted_date_words if separator == "." else _LEX.date_context_words
    return before in context or _standing_alone(text, start, end)


def _numeric_value(g: Groups, prefix: str) -> tuple[CalendarValue, str | None] | None:
    day, month = int(g(prefix + "d") or 0), int(g(prefix + "m") or 0)
    written = g(prefix + "y")
    year = _full_year(written) if written else None
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    return _day_value(year, month, day, source), _check_day(year, month, day)


@_rule(
    "range.numeric",
    rf"{_numeric_side('@a')}{_CONNECTOR.format('@conn')}{_numeric_side('@b')}",
)
def _range_numeric(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "14/10 - 15/10", "14/10/2013 tot 15/10/2013": a range of two numeric dates."""
    connector = _range_connector(g, text, start)
    if connector is None or g("apunct") != g("bpunct"):
        return None
    conn, inclusive = connector
    first, last = _numeric_value(g, "a"), _numeric_value(g, "b")
    if first is None or last is None:
        return None
    if g("by") is None and not _numeric_allowed(text, start, span("bm")[1], g("apunct")):
        return None
    if last[0].year is None and first[0].year is not None:
        return None
    value = RangeValue(first=first[0], last=last[0], inclusive=inclusive)
    return _Built(f"range.numeric_{conn}", value, problem=first[1] or last[1])


@_rule("date.iso", r"(?P<@y>1[89]\d\d|2[01]\d\d)-(?P<@m>\d\d)-(?P<@d>\d\d)(?![\d\w])")
def _date_iso(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    return _numeric("date.iso", int(g("y") or 0), int(g("m") or 0), int(g("d") or 0))


@_rule(
    "date.numeric",
    r"(?P<@d>\d{1,2})(?P<@sep>[-/.])(?P<@m>\d{1,2})(?P=@sep)(?P<@y>1[89]\d\d|2[01]\d\d|\d\d)"
    r"(?![\d\w]|[-/.]\d)",
)
def _date_numeric(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = _full_year(g("y") or "0")
    return _numeric("date.numeric", year, int(g("m") or 0), int(g("d") or 0))


@_rule("day_month.numeric", _numeric_side("@a"))
def _day_month_numeric(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "15-2", "op 10.10", "10/10": a day-month in numbers, day first, without a year."""
    if g("ay") is None and not _numeric_allowed(text, start, span("am")[1], g("apunct")):
        return None
    found = _numeric_value(g, "a")
    if found is None:
        return None
    return _Built("day_month.numeric", found[0], problem=found[1])


def _numeric(rule: str, year: int, month: int, day: int) -> _Built | None:
    if not 1 <= month <= 12 or day < 1:
        return None
    problem = _check_day(year, month, day)
    return _Built(rule, _day_value(year, month, day, YearSource.WRITTEN), problem=problem)


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
    return _Built(rule, value, end=span("y")[1], problem=problem)


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
    return _Built("month_year", value, end=span("y")[1])


@_rule("month.marked", rf"(?P<@m>{_P.full_month})\s*(?P<@mark>{_P.marker})")
def _month_marked(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    source = _marker(g("mark"))
    return _Built(f"month.{_marker_name(source)}", _month_value(None, month, source))
