"""Underspecified values: what the grammar reads, before resolution against a reference date.

A value states only what the text states (ctparse style: unknown parts are ``None``); the
resolution step (``resolution.py``) turns it into an interval against an explicit reference
date and the surrounding context.
"""

from __future__ import annotations

import datetime
import enum
from typing import NamedTuple

import attrs

from iraq_events.temporal.types import Granularity, Mod

__all__ = [
    "AnaphorValue",
    "CalendarValue",
    "DurationValue",
    "OpenKind",
    "ParliamentaryYearValue",
    "Parse",
    "RangeValue",
    "RecessValue",
    "RelativeValue",
    "SetValue",
    "Value",
    "YearSource",
    "month_length",
    "prinsjesdag",
]


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    """The number of days of ``month`` (1-12) of ``year``; ``calendar.monthrange`` without
    the weekday it also computes (read for every date of a text)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def prinsjesdag(year: int) -> datetime.date:
    """Prinsjesdag of ``year``: the third Tuesday of September, opening the parliamentary year."""
    first = datetime.date(year, 9, 1)
    first_tuesday = first + datetime.timedelta(days=(1 - first.weekday()) % 7)
    return first_tuesday + datetime.timedelta(days=14)


class YearSource(enum.Enum):
    """Where the year of a calendar value comes from."""

    WRITTEN = "written"  # "15 mei 2024"
    PAST = "past"  # "6 februari jl.": the latest occurrence on or before R
    FUTURE = "future"  # "24 mei aanstaande": the next occurrence on or after R
    CONTEXT = "context"  # "op 31 januari": the year of the nearest preceding written date
    RELATIVE = "relative"  # "oktober vorig jaar": R's year plus ``year_offset``


class OpenKind(enum.Enum):
    """How an open-interval modifier turns a date into an interval (see docs/dates.md)."""

    SINCE = "since"  # start .. R
    FROM = "from"  # start .. open
    THROUGH = "through"  # open .. end
    UNTIL = "until"  # open .. the day before the start
    BEFORE = "before"  # open .. the day before the start
    AFTER = "after"  # the day after the end .. open


class CalendarValue(NamedTuple):
    """A calendar unit: a day, month, quarter, half, season, year or decade of some year.

    ``detail`` is the quarter or half number, the TIMEX3 season code, or the first year of a
    decade, depending on ``grain``. A named tuple (immutable, ``_replace`` for a changed copy):
    one is built for most expressions of a text, and a frozen attrs class sets each of its ten
    fields by a call.
    """

    grain: Granularity
    year: int | None
    month: int | None = None
    day: int | None = None
    detail: int | str | None = None
    year_source: YearSource = YearSource.WRITTEN
    year_offset: int = 0
    # a written weekday ("maandag 18 februari"): it fixes a missing year; with a position, the
    # weekday counted ("laatste maandag van maart")
    weekday: int | None = None
    # a position in the month: 1..5, or -1 for the last; of a weekday, a day or a week
    position: int | None = None
    holiday: str | None = None  # a named day (holidays.tsv) when month and day are not fixed


# the value classes below are frozen without slots: attrs then fills the instance's dictionary
# instead of setting each field through object.__setattr__, which costs about twice as much
@attrs.frozen(kw_only=True, slots=False)
class RangeValue:
    """Two calendar values joined into one interval; ``inclusive`` is False for "tot"."""

    first: CalendarValue
    last: CalendarValue
    inclusive: bool = True
    # the part of each side ("van medio februari tot eind juni 2010"): set only when two
    # modified expressions were composed into one range (``compose.py``)
    first_part: Mod | None = None
    last_part: Mod | None = None


@attrs.frozen(kw_only=True, slots=False)
class ParliamentaryYearValue:
    """A vergaderjaar: Prinsjesdag of ``first_year`` to the day before the next Prinsjesdag."""

    first_year: int


@attrs.frozen(kw_only=True, slots=False)
class RelativeValue:
    """A time named relative to the reference date R.

    ``op`` is one of: ``now``; ``day`` (vandaag, gisteren: ``amount`` days from R);
    ``calendar`` (the calendar ``unit`` ``amount`` units from the one holding R: vorig jaar);
    ``window`` (``amount`` units ending at R when negative, starting at R when positive:
    de afgelopen vier jaar, het komende jaar); ``offset`` (the unit holding R plus ``amount``
    units: een jaar geleden, over drie maanden); ``weekday`` (``weekday`` before R when
    ``amount`` is negative, after R when positive, by tense or ``prefer`` when 0: afgelopen
    zondag, komende woensdag, maandag); ``week_weekday`` (``weekday`` of the calendar week
    ``amount`` weeks from R's: volgende week dinsdag); ``month_day`` (day ``amount`` of a month,
    by tense or ``prefer``: op de 15de); ``earlier``/``later`` (the part of the calendar
    ``unit`` holding R before or after R: eerder deze maand, later dit jaar).
    """

    op: str
    unit: str = "D"
    amount: float = 0
    season: str | None = None
    weekday: int | None = None  # ops ``weekday`` and ``week_weekday``: ISO weekday 1..7


@attrs.frozen(kw_only=True, slots=False)
class DurationValue:
    """An amount of time; ``amount`` is None when the text leaves it vague ("de jaren")."""

    unit: str
    amount: float | None


@attrs.frozen(kw_only=True, slots=False)
class SetValue:
    """A recurring time (TIMEX3 set)."""

    value: str
    grain: Granularity


@attrs.frozen(kw_only=True, slots=False)
class AnaphorValue:
    """A phrase that points back at a period or event: ``reporting_period`` or ``since``."""

    kind: str


@attrs.frozen(kw_only=True, slots=False)
class RecessValue:
    """A parliamentary recess of ``year`` (None: the recess of R's year)."""

    name: str
    year: int | None


Value = (
    CalendarValue
    | RangeValue
    | ParliamentaryYearValue
    | RelativeValue
    | DurationValue
    | SetValue
    | AnaphorValue
    | RecessValue
)


class Parse(NamedTuple):
    """One match of the grammar: a named rule, its span and the underspecified value it read.

    ``problem`` is set when the text names a date that does not exist ("31 februari 2024");
    ``find_dates`` skips such a parse and ``parse_date`` raises with the problem. A named tuple,
    as ``CalendarValue``: one is built for every candidate.
    """

    rule: str
    start: int
    end: int
    value: Value
    open_kind: OpenKind | None = None
    approx: bool = False
    part: Mod | None = None
    problem: str | None = None
    # a range composed of two adjacent parses (``compose.py``): the two, resolved on their own
    # when the range cannot be (it would end before it starts)
    parts: tuple[Parse, Parse] | None = None
