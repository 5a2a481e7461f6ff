"""Calendar arithmetic, the oracle of the strategies: the interval and TIMEX3 value of a day,
month, season, quarter, half or year, month shifts that clamp the day, Prinsjesdag, the
begin/medio/eind parts of the contract, and the units that fit between two dates.

Computed from the date semantics contract with :mod:`calendar`, never by calling the engine
(:mod:`iraq_events.temporal`), so that the strategies stay an independent oracle.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable, Sequence

import attrs

from iraq_events.temporal.types import Granularity, Mod
from iraq_events.testing._common import Date


def _month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: Date, months: int) -> Date:
    """``day`` moved by whole months, the day clamped to the target month's length."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return Date(year, month0 + 1, min(day.day, last))


def _month_interval(year: int, month: int) -> tuple[Date, Date]:
    return Date(year, month, 1), _month_end(year, month)


def _season_interval(year: int, first_month: int) -> tuple[Date, Date]:
    start = Date(year, first_month, 1)
    last = _add_months(start, 2)
    return start, _month_end(last.year, last.month)


def _quarter_interval(year: int, quarter: int) -> tuple[Date, Date]:
    return Date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)


def _half_interval(year: int, half: int) -> tuple[Date, Date]:
    return Date(year, 6 * half - 5, 1), _month_end(year, 6 * half)


def _year_interval(year: int) -> tuple[Date, Date]:
    return Date(year, 1, 1), Date(year, 12, 31)


def _prinsjesdag(year: int) -> Date:
    """The third Tuesday of September, when the parliamentary year opens."""
    first = Date(year, 9, 1)
    first_tuesday = first + datetime.timedelta(days=(1 - first.weekday()) % 7)
    return first_tuesday + datetime.timedelta(weeks=2)


def _iso_week(day: Date) -> tuple[Date, Date]:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


_SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def _unit_value(granularity: Granularity, day: Date) -> str:
    """The TIMEX3 value of the ``granularity`` unit that holds ``day``."""
    if granularity is Granularity.DAY:
        return day.isoformat()
    if granularity is Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity is Granularity.SEASON:
        year = day.year - 1 if day.month <= 2 else day.year
        first_month = 12 if day.month in (12, 1, 2) else 3 * (day.month // 3)
        return f"{year:04d}-{_SEASON_CODES[first_month]}"
    if granularity is Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity is Granularity.HALF:
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity is Granularity.YEAR:
        return f"{day.year:04d}"
    raise ValueError(f"no unit value for {granularity}")


def _part_interval(
    granularity: Granularity, earliest: Date, latest: Date, part: Mod
) -> tuple[Date, Date]:
    """The contract's begin/medio/eind thirds of a month, year or quarter."""
    if granularity is Granularity.MONTH:
        days = {Mod.START: (1, 10), Mod.MID: (11, 20), Mod.END: (21, latest.day)}[part]
        return earliest.replace(day=days[0]), earliest.replace(day=days[1])
    if granularity is Granularity.YEAR:
        months = {Mod.START: (1, 4), Mod.MID: (5, 8), Mod.END: (9, 12)}[part]
        return Date(earliest.year, months[0], 1), _month_end(earliest.year, months[1])
    if granularity is Granularity.QUARTER:
        month = earliest.month if part is Mod.START else latest.month
        return _month_interval(earliest.year, month)
    raise ValueError(f"no {part} part defined for {granularity}")


# Units that fit in [min_value, max_value]


@attrs.frozen
class _Unit:
    """One calendar unit a date expression can name, with its expected interval."""

    granularity: Granularity
    year: int
    index: int  # month 1-12, season first month, quarter 1-4, half 1-2; 0 for year/day
    earliest: Date
    latest: Date


def _units_between(granularity: Granularity, low: Date, high: Date) -> tuple[int, int] | None:
    """The first and last ordinal (in a unit-specific numbering) of the units inside low..high."""
    ordinal = _UNIT_ORDINALS[granularity]
    first, last = ordinal.of(low), ordinal.of(high)
    if ordinal.interval(first)[0] < low:
        first += 1
    if ordinal.interval(last)[1] > high:
        last -= 1
    return (first, last) if first <= last else None


@attrs.frozen
class _Ordinal:
    of: Callable[[Date], int]
    interval: Callable[[int], tuple[Date, Date]]
    unit: Callable[[int], _Unit]


def _day_unit(n: int) -> _Unit:
    day = Date.fromordinal(n)
    return _Unit(Granularity.DAY, day.year, 0, day, day)


def _month_unit(n: int) -> _Unit:
    year, month0 = divmod(n, 12)
    return _Unit(Granularity.MONTH, year, month0 + 1, *_month_interval(year, month0 + 1))


def _season_of(day: Date) -> int:
    # seasons numbered year*4 + (0 spring, 1 summer, 2 autumn, 3 winter); Jan/Feb are the
    # winter of the previous year
    if day.month <= 2:
        return (day.year - 1) * 4 + 3
    return day.year * 4 + (day.month - 3) // 3


def _season_unit(n: int) -> _Unit:
    year, number = divmod(n, 4)
    first_month = 3 + 3 * number
    return _Unit(Granularity.SEASON, year, first_month, *_season_interval(year, first_month))


def _quarter_unit(n: int) -> _Unit:
    year, quarter0 = divmod(n, 4)
    return _Unit(Granularity.QUARTER, year, quarter0 + 1, *_quarter_interval(year, quarter0 + 1))


def _half_unit(n: int) -> _Unit:
    year, half0 = divmod(n, 2)
    return _Unit(Granularity.HALF, year, half0 + 1, *_half_interval(year, half0 + 1))


def _year_unit(n: int) -> _Unit:
    return _Unit(Granularity.YEAR, n, 0, *_year_interval(n))


def _ordinal(unit: Callable[[int], _Unit], of: Callable[[Date], int]) -> _Ordinal:
    def interval(n: int) -> tuple[Date, Date]:
        u = unit(n)
        return u.earliest, u.latest

    return _Ordinal(of=of, interval=interval, unit=unit)


_UNIT_ORDINALS: dict[Granularity, _Ordinal] = {
    Granularity.DAY: _ordinal(_day_unit, Date.toordinal),
    Granularity.MONTH: _ordinal(_month_unit, lambda d: d.year * 12 + d.month - 1),
    Granularity.SEASON: _ordinal(_season_unit, _season_of),
    Granularity.QUARTER: _ordinal(_quarter_unit, lambda d: d.year * 4 + (d.month - 1) // 3),
    Granularity.HALF: _ordinal(_half_unit, lambda d: d.year * 2 + (d.month - 1) // 6),
    Granularity.YEAR: _ordinal(_year_unit, lambda d: d.year),
}


def _fitting(granularities: Sequence[Granularity], low: Date, high: Date) -> list[Granularity]:
    return [g for g in granularities if _units_between(g, low, high) is not None]


def _fitting_pairs(
    granularities: Sequence[Granularity], low: Date, high: Date
) -> list[Granularity]:
    """Granularities with at least two whole units between low and high."""
    result = []
    for g in granularities:
        bounds = _units_between(g, low, high)
        if bounds is not None and bounds[0] < bounds[1]:
            result.append(g)
    return result
