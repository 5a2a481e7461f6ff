"""The hot constructors that build named tuples by position through ``tuple.__new__`` (for
speed) give what the named tuple's own constructor gives by keywords: a field added to
``CalendarValue``, ``Parse`` or ``_Base`` must be added to them too, or these fail."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from iraq_events.temporal import find_dates
from iraq_events.temporal.anchoring import _Base, _calendar
from iraq_events.temporal.context import Context
from iraq_events.temporal.grammar import scan
from iraq_events.temporal.rulebook import _day_value, _month_value, _year_value
from iraq_events.temporal.types import Granularity
from iraq_events.temporal.values import CalendarValue, Parse, YearSource

years = st.none() | st.integers(1, 9999)
months = st.integers(1, 12)
days = st.integers(1, 31)
sources = st.sampled_from(YearSource)


@given(years, months, days, sources)
def test_day_and_month_values_are_the_keyword_built_ones(
    year: int | None, month: int, day: int, source: YearSource
) -> None:
    built = _day_value(year, month, day, source)
    assert built == CalendarValue(
        grain=Granularity.DAY, year=year, month=month, day=day, year_source=source
    )
    assert len(built) == len(CalendarValue._fields)
    assert built._replace(weekday=3).weekday == 3
    monthly = _month_value(year, month, source)
    assert monthly == CalendarValue(
        grain=Granularity.MONTH, year=year, month=month, year_source=source
    )
    assert len(monthly) == len(CalendarValue._fields)


@given(st.integers(1, 9999))
def test_year_values_are_the_keyword_built_ones(year: int) -> None:
    built = _year_value(year)
    assert built == CalendarValue(grain=Granularity.YEAR, year=year)
    assert len(built) == len(CalendarValue._fields)


@given(st.integers(1, 9999), months, st.integers(1, 28))
def test_a_calendar_base_has_every_field(year: int, month: int, day: int) -> None:
    base = _calendar(_day_value(year, month, day, YearSource.WRITTEN), None, Context())
    assert len(base) == len(_Base._fields)
    expected = _Base(
        base.kind, Granularity.DAY, datetime.date(year, month, day),
        datetime.date(year, month, day), base.anchoring, f"{year:04d}-{month:02d}-{day:02d}",
    )  # fmt: skip
    assert base == expected


def test_parses_have_every_field() -> None:
    text = "Op 15 mei 2024 en tot eind juni, circa drie weken, deze rapportageperiode."
    parses = list(scan(text))
    assert len(parses) >= 3
    for parse in parses:
        assert len(parse) == len(Parse._fields)
        assert parse == Parse(**parse._asdict())
        assert parse.parts is None
    assert [found.text for found in find_dates(text, datetime.date(2024, 5, 15))]
