"""Calendar arithmetic: the interval of a calendar value in a given year (days, weeks,
months, quarters, seasons, holidays, positions in a month), its TIMEX3 value, and the
start, middle or end part of an interval."""

from __future__ import annotations

import datetime

from iraq_events.temporal.context import InvalidDate
from iraq_events.temporal.lexicon import lexicon
from iraq_events.temporal.types import Granularity, Mod
from iraq_events.temporal.values import CalendarValue, month_length

_DAY = datetime.timedelta(days=1)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNIT_GRAIN = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Q": Granularity.QUARTER,
    "Y": Granularity.YEAR,
    "DE": Granularity.DECADE,
    "S": Granularity.SEASON,
}


# --- calendar arithmetic --------------------------------------------------------------------


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, month_length(year, month))


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, month_length(year, month)))


def _shift(day: datetime.date, unit: str, amount: float) -> datetime.date:
    """``day`` moved by ``amount`` units (fractions of months and years in whole months)."""
    if unit == "D":
        return day + datetime.timedelta(days=round(amount))
    if unit == "W":
        return day + datetime.timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120}[unit]
    return _add_months(day, round(amount * months))


def _month_span(year: int, first_month: int, count: int) -> tuple[datetime.date, datetime.date]:
    first = datetime.date(year, first_month, 1)
    return first, _month_end_of(_add_months(first, count - 1))


def _isoweek(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def calendar_interval(value: CalendarValue, year: int) -> tuple[datetime.date, datetime.date]:
    """The days a calendar value covers once its year is known."""
    grain = value.grain
    try:
        if value.holiday is not None:
            day = holiday(value.holiday, year)
            return day, day
        if value.position is not None:
            return _position(value, year)
        if grain is Granularity.WEEK and value.month is not None and value.day is not None:
            return _isoweek(datetime.date(year, value.month, value.day))
        if grain is Granularity.DAY:
            assert value.month is not None and value.day is not None
            if value.day > month_length(year, value.month):
                month_name = lexicon().month_names[value.month - 1]
                raise InvalidDate(f"{month_name} {year} has no day {value.day}")
            day = datetime.date(year, value.month, value.day)
            return day, day
        if grain is Granularity.MONTH:
            assert value.month is not None
            return datetime.date(year, value.month, 1), _month_end(year, value.month)
        if grain is Granularity.QUARTER:
            return _month_span(year, 3 * int(value.detail or 1) - 2, 3)
        if grain is Granularity.HALF:
            return _month_span(year, 6 * int(value.detail or 1) - 5, 6)
        if grain is Granularity.SEASON:
            return _month_span(year, _SEASON_START[str(value.detail)], 3)
        if grain is Granularity.DECADE:
            return datetime.date(year, 1, 1), datetime.date(year + 9, 12, 31)
        if grain is Granularity.WEEK:  # ISO week ``detail`` of ``year``
            week = int(value.detail or 1)
            if week > datetime.date(year, 12, 28).isocalendar()[1]:
                raise InvalidDate(f"{year} has no ISO week {week}")
            monday = datetime.date.fromisocalendar(year, week, 1)
            return monday, monday + datetime.timedelta(days=6)
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError as error:
        raise InvalidDate(str(error)) from None


def easter(year: int) -> datetime.date:
    """Easter Sunday of ``year`` (Gregorian calendar; the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lx) // 433
    month = (h + lx - 7 * m + 90) // 25
    return datetime.date(year, month, (h + lx - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    """The ``nth`` ISO ``weekday`` of the month (``nth`` -1: the last)."""
    if nth < 0:
        last = _month_end(year, month)
        return last - datetime.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    day = first + datetime.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    if day.month != month:
        raise InvalidDate(f"{lexicon().month_names[month - 1]} {year} has no such weekday")
    return day


def holiday(name: str, year: int) -> datetime.date:
    """The day of holiday ``name`` (a name in ``holidays.tsv``) in ``year``."""
    rules = {n: rule for n, rule in lexicon().holidays.values()}
    rule = rules[name]
    if rule.startswith("easter"):
        return easter(year) + datetime.timedelta(days=int(rule[6:]))
    parts = rule.split("-")
    if len(parts) == 3 and parts[2] == "notsunday":  # Koningsdag: a Sunday moves back a day
        day = datetime.date(year, int(parts[0]), int(parts[1]))
        return day - _DAY if day.isoweekday() == 7 else day
    if len(parts) == 3:
        return _nth_weekday(year, int(parts[0]), int(parts[1]), int(parts[2]))
    return datetime.date(year, int(parts[0]), int(parts[1]))


def _position(value: CalendarValue, year: int) -> tuple[datetime.date, datetime.date]:
    """ "de laatste maandag van maart", "de derde dag in oktober", "de eerste week van oktober"
    (the first Monday..Sunday week that starts in the month; the last is the last that ends in
    it)."""
    assert value.month is not None and value.position is not None
    month, nth = value.month, value.position
    if value.weekday is not None:
        day = _nth_weekday(year, month, value.weekday, nth)
        return day, day
    if value.grain is Granularity.WEEK:
        if nth > 0:
            monday = _nth_weekday(year, month, 1, nth)
        else:
            monday = _nth_weekday(year, month, 7, -1) - datetime.timedelta(days=6)
        return monday, monday + datetime.timedelta(days=6)
    last = _month_end(year, month)
    day = last if nth < 0 else datetime.date(year, month, 1) + datetime.timedelta(days=nth - 1)
    if day.month != month:
        raise InvalidDate(f"{lexicon().month_names[month - 1]} {year} has no day {nth}")
    return day, day


def format_value(grain: Granularity, day: datetime.date, value: CalendarValue | None = None) -> str:
    """The TIMEX3 value of the unit of ``grain`` that starts on ``day``."""
    if grain is Granularity.DAY:
        return day.isoformat()
    if grain is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if grain is Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain is Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain is Granularity.HALF:
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if grain is Granularity.SEASON:
        code = value.detail if value is not None else _season_of(day.month)
        return f"{day.year:04d}-{code}"
    if grain is Granularity.DECADE:
        return f"{day.year // 10:03d}"
    return f"{day.year:04d}"


def _season_of(month: int) -> str:
    return {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[month - (month % 3)] if month >= 3 else "WI"


def _unresolved_value(value: CalendarValue) -> str:
    if value.holiday is not None or value.position is not None:
        return ""
    if value.grain is Granularity.WEEK and value.month is not None:
        return ""
    if value.grain is Granularity.DAY:
        return f"XXXX-{value.month:02d}-{value.day:02d}"
    if value.grain is Granularity.MONTH:
        return f"XXXX-{value.month:02d}"
    if value.grain is Granularity.QUARTER:
        return f"XXXX-Q{value.detail}"
    if value.grain is Granularity.WEEK:
        return f"XXXX-W{int(value.detail or 0):02d}"
    if value.grain is Granularity.HALF:
        return f"XXXX-H{value.detail}"
    if value.grain is Granularity.SEASON:
        return f"XXXX-{value.detail}"
    return "XXXX"


# --- parts of a period ---------------------------------------------------------------------


def apply_part(
    earliest: datetime.date, latest: datetime.date, mod: Mod
) -> tuple[datetime.date, datetime.date]:
    """The START / MID / END part of an interval (docs/dates.md): a single month splits into days
    1-10, 11-20 and 21-last; whole months split into thirds by month (a year: Jan-Apr, May-Aug,
    Sep-Dec; a quarter: one month each); anything else into thirds by day."""
    if mod not in (Mod.START, Mod.MID, Mod.END):
        return earliest, latest
    whole_months = earliest.day == 1 and latest == _month_end(latest.year, latest.month)
    months = (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1
    if whole_months and months == 1:
        bounds = {Mod.START: (1, 10), Mod.MID: (11, 20), Mod.END: (21, latest.day)}[mod]
        return earliest.replace(day=bounds[0]), earliest.replace(day=bounds[1])
    if whole_months:
        third = max(1, months // 3)
        if mod is Mod.START:
            return earliest, _month_end_of(_add_months(earliest, third - 1))
        if mod is Mod.END:
            return _add_months(earliest, months - third), latest
        if months - 2 * third < 1:
            return earliest, latest
        return _add_months(earliest, third), _month_end_of(
            _add_months(earliest, months - third - 1)
        )
    days = (latest - earliest).days + 1
    third = max(1, days // 3)
    if mod is Mod.START:
        return earliest, earliest + datetime.timedelta(days=third - 1)
    if mod is Mod.END:
        return latest - datetime.timedelta(days=third - 1), latest
    if days - 2 * third < 1:
        return earliest, latest
    return earliest + datetime.timedelta(days=third), latest - datetime.timedelta(days=third)


def _month_end_of(day: datetime.date) -> datetime.date:
    return _month_end(day.year, day.month)
