"""The grammar's first rules for calendar dates, in the order they are tried: the parliamentary
year, ranges of days, months and years, and dates written in numbers (day first). The other
calendar-date rules (``rules_dates.py``) come after these in the register."""

from __future__ import annotations

from iraq_events.temporal.patterns import (
    _CONNECTOR,
    _LEX,
    _P,
    _RELATIVE_YEAR,
    _WS,
    _day,
    _words,
    _year,
    _year_fn,
)
from iraq_events.temporal.rulebook import (
    _NEEDS_BETWEEN,
    Groups,
    Span,
    _after_tussen,
    _Built,
    _check_day,
    _connector,
    _day_value,
    _marker,
    _month,
    _month_context,
    _month_value,
    _optional_year,
    _rule,
    _standing_alone,
    _word_after,
    _word_before,
    _year_value,
)
from iraq_events.temporal.values import (
    CalendarValue,
    ParliamentaryYearValue,
    RangeValue,
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
