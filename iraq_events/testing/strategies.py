"""Hypothesis strategies for Dutch date expressions, each drawn together with what it denotes.

Every strategy here generates :class:`DutchDateExample` values: the text of a Dutch temporal
expression (``"woensdag 15 mei 2024"``, ``"7 t/m 8 augustus 2023"``, ``"6 februari jl."``,
``"sinds juli 2021"``) and the interval, granularity, mod and anchoring that the project's date
semantics contract (``docs/dates.md``) says it denotes. The expected values are computed here with
plain calendar arithmetic, independently of :mod:`iraq_events.temporal`, so the strategies are an
oracle for any Dutch date parser — ours or yours::

    from hypothesis import given
    from iraq_events.testing.strategies import dutch_dates

    @given(dutch_dates())
    def test_my_parser(example):
        parsed = my_parser(example.text)
        assert (parsed.start, parsed.end) == (example.earliest, example.latest)

The API follows Hypothesis's own conventions: plural names, keyword-only options, and argument
errors raised as :class:`hypothesis.errors.InvalidArgument` when the strategy is drawn from, not
when it is built. Hypothesis is a development dependency; this module is the only part of the
package that imports it.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as error:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "iraq_events.testing.strategies needs Hypothesis, a development dependency of "
        "iraq-events: install it with `pip install hypothesis` "
        "(or `pip install 'iraq-events[dev]'`)"
    ) from error

import attrs

from iraq_events.temporal.types import Anchoring, ExpressionKind, Granularity, Mod

__all__ = [
    "DAY_FORMATS",
    "MODIFIERS",
    "RANGE_FORMS",
    "RELATIVE_FORMS",
    "DutchDateExample",
    "dutch_date_expressions",
    "dutch_dates",
    "dutch_durations",
    "dutch_modified_dates",
    "dutch_prose",
    "dutch_ranges",
    "dutch_relative_dates",
    "dutch_sets",
]

_T = TypeVar("_T")
Date = datetime.date

# ---------------------------------------------------------------------------------------------
# Word tables. Deliberately our own, not the engine's lexicon, so that the oracle stays
# independent of the code it checks.

MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
# Abbreviations as the Dutch style guides (and letters) write them; "mei" has none.
MONTH_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    1: ("jan.",),
    2: ("feb.", "febr."),
    3: ("mrt.",),
    4: ("apr.",),
    5: ("mei",),
    6: ("jun.",),
    7: ("jul.",),
    8: ("aug.",),
    9: ("sep.", "sept."),
    10: ("okt.",),
    11: ("nov.",),
    12: ("dec.",),
}
WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    1: ("een", "één"),
    2: ("twee",),
    3: ("drie",),
    4: ("vier",),
    5: ("vijf",),
    6: ("zes",),
    7: ("zeven",),
    8: ("acht",),
    9: ("negen",),
    10: ("tien",),
    11: ("elf",),
    12: ("twaalf",),
}
ORDINAL_WORDS = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}
# season word -> (first month, number of months); winter runs into the next year
SEASON_WORDS: dict[str, int] = {
    "voorjaar": 3,
    "lente": 3,
    "zomer": 6,
    "najaar": 9,
    "herfst": 9,
    "winter": 12,
}
SEASON_ARTICLES = {
    "voorjaar": "het",
    "lente": "de",
    "zomer": "de",
    "najaar": "het",
    "herfst": "de",
    "winter": "de",
}

DAY_FORMATS = ("words", "abbreviated", "weekday", "numeric", "iso")
"""How ``dutch_dates`` may write a day: ``15 mei 2024``, ``15 jan. 2024``,
``woensdag 15 mei 2024``, ``15-05-2024`` / ``15/5/2024`` / ``15.05.2024``, ``2024-05-15``."""

RANGE_FORMS = ("day-span", "between", "from-to", "dash", "year-span", "vergaderjaar")
"""The range shapes of ``dutch_ranges``: ``7-8 augustus 2023`` / ``7 t/m 8 augustus 2023``;
``tussen 1 en 15 maart 2024``; ``van mei 2023 tot en met april 2024`` (and exclusive ``tot``);
``mei 2023 – april 2024``; ``2023-2027``; ``vergaderjaar 2023-2024``."""

MODIFIERS = (
    "begin",
    "medio",
    "half",
    "eind",
    "sinds",
    "vanaf",
    "tot en met",
    "tot",
    "voor",
    "uiterlijk",
    "na",
    "rond",
    "circa",
    "ongeveer",
)
"""The modifier words of ``dutch_modified_dates``."""

RELATIVE_FORMS = (
    "day-jl",
    "day-aanstaande",
    "month-jl",
    "month-aanstaande",
    "calendar",
    "ago",
    "ahead",
    "past-span",
    "coming-span",
    "modified",
)
"""The relative shapes of ``dutch_relative_dates``: ``6 februari jl.``, ``24 mei aanstaande``,
``juli jl.``, ``september a.s.``, ``vorig jaar``/``deze maand``/``gisteren``,
``twee weken geleden``, ``over drie maanden``, ``de afgelopen vier jaar``, ``het komende jaar``;
and a modifier before one of the first five: ``sinds vorig jaar``, ``eind vorige maand``."""

_DEFAULT_MIN = Date(1900, 1, 1)
_DEFAULT_MAX = Date(2099, 12, 31)
_SUPPORTED_MIN = Date(1000, 1, 1)
_SUPPORTED_MAX = Date(9998, 12, 31)
# relative expressions shift R by up to a dozen years; keep the result four-digit
_REFERENCE_LIMITS = (Date(1100, 1, 1), Date(9899, 12, 31))
_DATE_GRANULARITIES = (
    Granularity.DAY,
    Granularity.MONTH,
    Granularity.SEASON,
    Granularity.QUARTER,
    Granularity.HALF,
    Granularity.YEAR,
)


# ---------------------------------------------------------------------------------------------
# The example type


def _default_span_end(instance: DutchDateExample) -> int:
    return len(instance.text)


@attrs.frozen(kw_only=True)
class DutchDateExample:
    """A Dutch temporal expression and what it denotes under the date semantics contract.

    ``text`` is the phrase as a writer would put it in a sentence; ``text[span_start:span_end]``
    is the expression span the contract defines (a leading plain preposition such as ``van`` or
    ``tussen``, or a footnote marker glued to a year, stays outside it). ``earliest``/``latest``
    are inclusive, ``None`` for an open end. ``reference`` is the date R the relative parts were
    resolved against (``None`` when nothing depends on it). ``value`` is the TIMEX3 value
    (``2024-02-06``, ``2023-11``, ``2024-Q1``, ``2023-SU``, ``2023-05/2024-04``, ``P4Y``; a
    modified date keeps the value of the date it modifies). ``form`` names the shape that was
    generated, for readable failure reports.
    """

    text: str
    earliest: Date | None
    latest: Date | None
    granularity: Granularity
    kind: ExpressionKind = ExpressionKind.DATE
    mod: Mod | None = None
    anchoring: Anchoring = Anchoring.ABSOLUTE
    reference: Date | None = None
    duration: str | None = None
    value: str = ""
    form: str = ""
    span_start: int = 0
    span_end: int = attrs.field(default=attrs.Factory(_default_span_end, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if self.earliest is not None and self.latest is not None:
            if self.earliest > self.latest:
                raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        if not 0 <= self.span_start < self.span_end <= len(self.text):
            raise ValueError(
                f"span {self.span_start}:{self.span_end} does not lie inside {self.text!r}"
            )

    @property
    def expression(self) -> str:
        """The part of ``text`` the contract counts as the expression's span."""
        return self.text[self.span_start : self.span_end]


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic (the oracle)


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


# ---------------------------------------------------------------------------------------------
# Argument validation (runs inside the draw, so errors surface at draw time)


def _check_date(name: str, value: object) -> Date:
    if not isinstance(value, Date) or isinstance(value, datetime.datetime):
        raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    if not _SUPPORTED_MIN <= value <= _SUPPORTED_MAX:
        raise InvalidArgument(
            f"{name}={value!r} is outside the four-digit years {_SUPPORTED_MIN}..{_SUPPORTED_MAX}"
        )
    return value


def _check_range(min_value: object, max_value: object) -> tuple[Date, Date]:
    low = _check_date("min_value", min_value)
    high = _check_date("max_value", max_value)
    if low > high:
        raise InvalidArgument(f"min_value={low} is after max_value={high}")
    return low, high


def _check_choices(
    name: str, value: object, allowed: Sequence[_T], convert: Callable[[object], _T]
) -> list[_T]:
    if value is None:
        return list(allowed)
    if isinstance(value, str) or not isinstance(value, Collection):
        raise InvalidArgument(f"{name}={value!r} must be a collection such as a list or tuple")
    chosen: list[_T] = []
    for item in value:
        try:
            converted = convert(item)
        except (ValueError, TypeError):
            converted = None
        if converted is None or converted not in allowed:
            raise InvalidArgument(
                f"{name} contains {item!r}; choose from {', '.join(map(str, allowed))}"
            )
        if converted not in chosen:
            chosen.append(converted)
    if not chosen:
        raise InvalidArgument(f"{name} must not be empty")
    return chosen


def _as_granularity(item: object) -> Granularity:
    return item if isinstance(item, Granularity) else Granularity(str(item))


def _as_str(item: object) -> str:
    if not isinstance(item, str):
        raise TypeError(item)
    return item


def _check_reference(reference: object) -> Date | None:
    if reference is None:
        return None
    if not isinstance(reference, Date) or isinstance(reference, datetime.datetime):
        raise InvalidArgument(f"reference={reference!r} must be a datetime.date")
    if not _REFERENCE_LIMITS[0] <= reference <= _REFERENCE_LIMITS[1]:
        raise InvalidArgument(
            f"reference={reference} is outside {_REFERENCE_LIMITS[0]}..{_REFERENCE_LIMITS[1]}"
        )
    return reference


# ---------------------------------------------------------------------------------------------
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


def _draw_unit(draw: st.DrawFn, granularity: Granularity, low: Date, high: Date) -> _Unit:
    bounds = _units_between(granularity, low, high)
    if bounds is None:  # callers only pass granularities that fit
        raise AssertionError(f"no {granularity} between {low} and {high}")
    return _UNIT_ORDINALS[granularity].unit(draw(st.integers(*bounds)))


def _fitting(granularities: Sequence[Granularity], low: Date, high: Date) -> list[Granularity]:
    return [g for g in granularities if _units_between(g, low, high) is not None]


# ---------------------------------------------------------------------------------------------
# Writing units in Dutch (pure builders: parameters in, example out)


def _month_word(month: int) -> str:
    return MONTH_NAMES[month - 1]


def _write_day(day: Date, day_format: str, variant: int = 0) -> str:
    """Write ``day`` in one of ``DAY_FORMATS``; ``variant`` picks among equivalent spellings."""
    if day_format == "words":
        return f"{day.day} {_month_word(day.month)} {day.year}"
    if day_format == "abbreviated":
        abbreviations = MONTH_ABBREVIATIONS[day.month]
        return f"{day.day} {abbreviations[variant % len(abbreviations)]} {day.year}"
    if day_format == "weekday":
        return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {_month_word(day.month)} {day.year}"
    if day_format == "numeric":
        separator = "-/."[variant % 3]
        padded = variant // 3 % 2 == 0 or separator == "."
        if padded:
            return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"
        return f"{day.day}{separator}{day.month}{separator}{day.year}"
    if day_format == "iso":
        return day.isoformat()
    raise ValueError(f"unknown day format {day_format!r}")


def _write_unit(unit: _Unit, variant: int = 0, day_format: str = "words") -> str:
    g = unit.granularity
    if g is Granularity.DAY:
        return _write_day(unit.earliest, day_format, variant)
    if g is Granularity.MONTH:
        return f"{_month_word(unit.index)} {unit.year}"
    if g is Granularity.YEAR:
        return str(unit.year)
    if g is Granularity.SEASON:
        words = [w for w, m in SEASON_WORDS.items() if m == unit.index]
        word = words[variant % len(words)]
        if variant // 2 % 2:
            return f"{SEASON_ARTICLES[word]} {word} van {unit.year}"
        return f"{word} {unit.year}"
    if g is Granularity.QUARTER:
        if variant % 3 == 0:
            return f"Q{unit.index} {unit.year}"
        if variant % 3 == 1:
            return f"{ORDINAL_WORDS[unit.index]} kwartaal {unit.year}"
        return f"het {ORDINAL_WORDS[unit.index]} kwartaal van {unit.year}"
    if g is Granularity.HALF:
        prefix = "de " if variant % 2 else ""
        return f"{prefix}{ORDINAL_WORDS[unit.index]} helft van {unit.year}"
    raise ValueError(f"cannot write a {g}")


def _date_example(
    unit: _Unit, variant: int = 0, day_format: str = "words", form: str = ""
) -> DutchDateExample:
    written_as = day_format if unit.granularity is Granularity.DAY else "words"
    return DutchDateExample(
        text=_write_unit(unit, variant, day_format),
        earliest=unit.earliest,
        latest=unit.latest,
        granularity=unit.granularity,
        value=_unit_value(unit.granularity, unit.earliest),
        form=form or f"{unit.granularity.value}-{written_as}",
    )


def _with_pdf_artifacts(
    example: DutchDateExample, line_break: int | None, footnote: int | None
) -> DutchDateExample:
    """Break the phrase over a PDF line (after the ``line_break``-th space) and/or glue a
    footnote marker to a final year, as extracted PDF text does."""
    text, span_end = example.text, example.span_end
    if line_break is not None:
        spaces = [i for i, c in enumerate(text) if c == " " and i >= example.span_start]
        if spaces:
            at = spaces[line_break % len(spaces)]
            text = text[:at] + " \n\n" + text[at + 1 :]
            span_end += 2
    glue_to = (Granularity.DAY, Granularity.MONTH)
    if (
        footnote is not None
        and example.granularity in glue_to
        and text[-5:-4].isspace()
        and text[-4:].isdigit()
    ):
        text += str(footnote)
    if text == example.text:
        return example
    return attrs.evolve(example, text=text, span_end=span_end, form=example.form + "+pdf")


# ---------------------------------------------------------------------------------------------
# Public strategies


def dutch_dates(
    *,
    min_value: Date = _DEFAULT_MIN,
    max_value: Date = _DEFAULT_MAX,
    granularities: Collection[Granularity | str] | None = None,
    formats: Collection[str] | None = None,
    pdf_artifacts: bool = False,
) -> st.SearchStrategy[DutchDateExample]:
    """Absolute Dutch dates — ``15 mei 2024``, ``mei 2023``, ``2023``, ``zomer 2023``,
    ``het najaar van 2023``, ``Q1 2024``, ``eerste kwartaal 2024``, ``tweede helft van 2024`` —
    with the interval each one denotes.

    ``granularities`` chooses among day, month, season, quarter, half and year (default all);
    ``formats`` restricts how days are written (a subset of :data:`DAY_FORMATS`; the other
    granularities are always written in words). Every drawn example's whole interval lies
    within ``min_value``..``max_value``. With ``pdf_artifacts=True`` some examples are broken
    over a PDF line break (``17 \\n\\njuni 2022``) or carry a footnote marker glued to the year
    (``augustus 20238``), which stays outside the expression span.
    """
    return _dutch_dates(min_value, max_value, granularities, formats, pdf_artifacts)


@st.composite
def _dutch_dates(
    draw: st.DrawFn,
    min_value: object,
    max_value: object,
    granularities: object,
    formats: object,
    pdf_artifacts: object,
) -> DutchDateExample:
    low, high = _check_range(min_value, max_value)
    wanted = _check_choices("granularities", granularities, _DATE_GRANULARITIES, _as_granularity)
    day_formats = _check_choices("formats", formats, DAY_FORMATS, _as_str)
    with_artifacts = _check_flag("pdf_artifacts", pdf_artifacts)
    usable = _fitting(wanted, low, high)
    if not usable:
        raise InvalidArgument(
            f"no whole {' or '.join(g.value for g in wanted)} lies between {low} and {high}"
        )
    unit = _draw_unit(draw, draw(st.sampled_from(usable)), low, high)
    example = _date_example(unit, draw(st.integers(0, 11)), draw(st.sampled_from(day_formats)))
    return _maybe_pdf_artifacts(draw, example, with_artifacts)


def _range_example(
    text: str,
    earliest: Date,
    latest: Date,
    granularity: Granularity,
    form: str,
    span_start: int = 0,
    value: str | None = None,
) -> DutchDateExample:
    """A range; its value names the units holding its first and last day ("2023-05/2024-04";
    for "tot april 2024" the last unit is March)."""
    if value is None:
        value = f"{_unit_value(granularity, earliest)}/{_unit_value(granularity, latest)}"
    return DutchDateExample(
        text=text,
        earliest=earliest,
        latest=latest,
        granularity=granularity,
        kind=ExpressionKind.RANGE,
        value=value,
        form=form,
        span_start=span_start,
    )


def _day_span(first: Date, last: Date, variant: int) -> DutchDateExample:
    """``7-8 augustus 2023``: two days of one month written once."""
    joiner = ("-", "–", " t/m ", " tot en met ")[variant % 4]
    text = f"{first.day}{joiner}{last.day} {_month_word(first.month)} {first.year}"
    return _range_example(text, first, last, Granularity.DAY, "range-day-span")


def _between(first: Date, last: Date) -> DutchDateExample:
    """``tussen 1 en 15 maart 2024``; ``tussen`` is a plain preposition, outside the span."""
    text = f"tussen {first.day} en {last.day} {_month_word(first.month)} {first.year}"
    return _range_example(
        text, first, last, Granularity.DAY, "range-between", span_start=len("tussen ")
    )


def _from_to(first: _Unit, last: _Unit, variant: int) -> DutchDateExample:
    """``van mei 2023 tot en met april 2024`` (inclusive) or ``van mei 2023 tot april 2024``
    (exclusive: ends the day before the second unit starts)."""
    inclusive = variant % 3 != 2
    joiner = (" tot en met ", " t/m ", " tot ")[variant % 3]
    with_van = variant // 3 % 2 == 0
    text = f"{_write_unit(first)}{joiner}{_write_unit(last)}"
    latest = last.latest if inclusive else last.earliest - datetime.timedelta(days=1)
    prefix = "van " if with_van else ""
    return _range_example(
        prefix + text,
        first.earliest,
        latest,
        first.granularity,
        "range-from-to" + ("" if inclusive else "-exclusive"),
        span_start=len(prefix),
    )


def _dash(first: _Unit, last: _Unit, variant: int) -> DutchDateExample:
    """``mei 2023 – april 2024``."""
    dash = (" – ", " - ", " — ", "–")[variant % 4]
    text = f"{_write_unit(first)}{dash}{_write_unit(last)}"
    return _range_example(text, first.earliest, last.latest, first.granularity, "range-dash")


def _year_span(first: int, last: int, variant: int) -> DutchDateExample:
    """``2023-2027``, ``2022—2025``."""
    dash = ("-", "–", "—")[variant % 3]
    return _range_example(
        f"{first}{dash}{last}",
        Date(first, 1, 1),
        Date(last, 12, 31),
        Granularity.YEAR,
        "range-year-span",
    )


def _vergaderjaar(first_year: int, variant: int) -> DutchDateExample:
    """``vergaderjaar 2023-2024``: Prinsjesdag of the first year .. the day before the next."""
    word = ("vergaderjaar", "Vergaderjaar")[variant % 2]
    first = _prinsjesdag(first_year)
    last = _prinsjesdag(first_year + 1) - datetime.timedelta(days=1)
    return _range_example(
        f"{word} {first_year}-{first_year + 1}",
        first,
        last,
        Granularity.YEAR,
        "range-vergaderjaar",
        value=f"{first.isoformat()}/{last.isoformat()}",
    )


def dutch_ranges(
    *,
    min_value: Date = _DEFAULT_MIN,
    max_value: Date = _DEFAULT_MAX,
    forms: Collection[str] | None = None,
    pdf_artifacts: bool = False,
) -> st.SearchStrategy[DutchDateExample]:
    """Ranges written as one expression — ``7-8 augustus 2023``, ``7 t/m 8 augustus 2023``,
    ``tussen 1 en 15 maart 2024``, ``van mei 2023 tot en met april 2024``, ``van mei 2023 tot
    april 2024`` (``tot`` excludes its end), ``mei 2023 – april 2024``, ``2023-2027``,
    ``vergaderjaar 2023-2024`` — with kind ``RANGE`` and the interval from the first unit's
    start to the last unit's end. ``forms`` is a subset of :data:`RANGE_FORMS`; the whole
    interval lies within ``min_value``..``max_value``. ``pdf_artifacts`` as for
    :func:`dutch_dates` (``7-8 augustus 20238``: footnote 8 stays outside the span).
    """
    return _dutch_ranges(min_value, max_value, forms, pdf_artifacts)


def _check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be True or False")
    return value


def _maybe_pdf_artifacts(
    draw: st.DrawFn, example: DutchDateExample, pdf_artifacts: bool
) -> DutchDateExample:
    if pdf_artifacts and draw(st.booleans()):
        line_break = draw(st.none() | st.integers(0, 5))
        footnote = draw(st.none() | st.integers(1, 9))
        return _with_pdf_artifacts(example, line_break, footnote)
    return example


@st.composite
def _dutch_ranges(
    draw: st.DrawFn, min_value: object, max_value: object, forms: object, pdf_artifacts: object
) -> DutchDateExample:
    low, high = _check_range(min_value, max_value)
    chosen = _check_choices("forms", forms, RANGE_FORMS, _as_str)
    with_artifacts = _check_flag("pdf_artifacts", pdf_artifacts)
    candidates = [f for f in chosen if _range_form_fits(f, low, high)]
    if not candidates:
        raise InvalidArgument(
            f"no range of the forms {', '.join(chosen)} lies between {low} and {high}"
        )
    return _maybe_pdf_artifacts(draw, _draw_range(draw, low, high, candidates), with_artifacts)


def _draw_range(draw: st.DrawFn, low: Date, high: Date, candidates: list[str]) -> DutchDateExample:
    form = draw(st.sampled_from(candidates))
    variant = draw(st.integers(0, 11))
    if form in ("day-span", "between"):
        first = draw(
            st.dates(min_value=low, max_value=high - datetime.timedelta(days=1)).filter(
                lambda d: d < _month_end(d.year, d.month)
            )
        )
        last = draw(
            st.dates(
                min_value=first + datetime.timedelta(days=1),
                max_value=min(high, _month_end(first.year, first.month)),
            )
        )
        return _day_span(first, last, variant) if form == "day-span" else _between(first, last)
    if form in ("from-to", "dash"):
        granularity = draw(
            st.sampled_from(
                _fitting_pairs((Granularity.MONTH, Granularity.DAY, Granularity.YEAR), low, high)
            )
        )
        first_unit, last_unit = _draw_unit_pair(draw, granularity, low, high)
        if form == "from-to":
            return _from_to(first_unit, last_unit, variant)
        return _dash(first_unit, last_unit, variant)
    if form == "year-span":
        bounds = _units_between(Granularity.YEAR, low, high)
        assert bounds is not None
        first_year = draw(st.integers(bounds[0], bounds[1] - 1))
        return _year_span(first_year, draw(st.integers(first_year + 1, bounds[1])), variant)
    first_year = draw(st.integers(*_vergaderjaar_bounds(low, high)))
    return _vergaderjaar(first_year, variant)


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


def _draw_unit_pair(
    draw: st.DrawFn, granularity: Granularity, low: Date, high: Date
) -> tuple[_Unit, _Unit]:
    bounds = _units_between(granularity, low, high)
    assert bounds is not None
    ordinal = _UNIT_ORDINALS[granularity]
    first = draw(st.integers(bounds[0], bounds[1] - 1))
    # keep most ranges short, as letters write them, but allow long ones
    last = draw(
        st.integers(first + 1, min(bounds[1], first + 40)) | st.integers(first + 1, bounds[1])
    )
    return ordinal.unit(first), ordinal.unit(last)


def _vergaderjaar_bounds(low: Date, high: Date) -> tuple[int, int]:
    first = low.year if _prinsjesdag(low.year) >= low else low.year + 1
    last = (
        high.year - 1
        if _prinsjesdag(high.year) - datetime.timedelta(days=1) <= high
        else high.year - 2
    )
    return first, last


def _range_form_fits(form: str, low: Date, high: Date) -> bool:
    if form in ("day-span", "between"):
        # two consecutive days of one month: low itself, or the day after a month's last day
        next_day = datetime.timedelta(days=1)
        first_day = low if low < _month_end(low.year, low.month) else low + next_day
        return first_day < high
    if form in ("from-to", "dash"):
        return bool(
            _fitting_pairs((Granularity.MONTH, Granularity.DAY, Granularity.YEAR), low, high)
        )
    if form == "year-span":
        bounds = _units_between(Granularity.YEAR, low, high)
        return bounds is not None and bounds[0] < bounds[1]
    first, last = _vergaderjaar_bounds(low, high)
    return first <= last


# ----- relative to the reference date


def _number_word(n: int, variant: int) -> str:
    if variant % 3 == 2 and n > 1:
        return str(n)
    words = NUMBER_WORDS[n]
    return words[variant % len(words)]


def _relative(
    text: str,
    interval: tuple[Date, Date],
    granularity: Granularity,
    reference: Date,
    form: str,
    *,
    kind: ExpressionKind = ExpressionKind.DATE,
    mod: Mod | None = None,
    duration: str | None = None,
) -> DutchDateExample:
    return DutchDateExample(
        text=text,
        earliest=interval[0],
        latest=interval[1],
        granularity=granularity,
        kind=kind,
        mod=mod,
        anchoring=Anchoring.DOCUMENT_RELATIVE,
        reference=reference,
        duration=duration,
        value=duration if duration is not None else _unit_value(granularity, interval[0]),
        form=form,
    )


def _day_month_jl(month: int, day: int, reference: Date, marker: str) -> DutchDateExample:
    """``6 februari jl.``: the most recent such day before R (29 February: the last leap day)."""
    year = reference.year
    while True:
        if day <= calendar.monthrange(year, month)[1] and Date(year, month, day) < reference:
            break
        year -= 1
    found = Date(year, month, day)
    return _relative(
        f"{day} {_month_word(month)} {marker}", (found, found), Granularity.DAY, reference, "day-jl"
    )


def _day_month_aanstaande(month: int, day: int, reference: Date, marker: str) -> DutchDateExample:
    """``24 mei aanstaande``: the next such day after R."""
    year = reference.year
    while True:
        if day <= calendar.monthrange(year, month)[1] and Date(year, month, day) > reference:
            break
        year += 1
    found = Date(year, month, day)
    return _relative(
        f"{day} {_month_word(month)} {marker}",
        (found, found),
        Granularity.DAY,
        reference,
        "day-aanstaande",
    )


def _month_jl(month: int, reference: Date, marker: str) -> DutchDateExample:
    """``juli jl.``: the most recent such month before R's month."""
    year = reference.year if month < reference.month else reference.year - 1
    return _relative(
        f"{_month_word(month)} {marker}",
        _month_interval(year, month),
        Granularity.MONTH,
        reference,
        "month-jl",
    )


def _month_aanstaande(month: int, reference: Date, marker: str) -> DutchDateExample:
    year = reference.year if month > reference.month else reference.year + 1
    return _relative(
        f"{_month_word(month)} {marker}",
        _month_interval(year, month),
        Granularity.MONTH,
        reference,
        "month-aanstaande",
    )


_CALENDAR_WORDS: dict[str, tuple[Granularity, int]] = {
    "vorig jaar": (Granularity.YEAR, -1),
    "dit jaar": (Granularity.YEAR, 0),
    "volgend jaar": (Granularity.YEAR, 1),
    "vorige maand": (Granularity.MONTH, -1),
    "deze maand": (Granularity.MONTH, 0),
    "volgende maand": (Granularity.MONTH, 1),
    "gisteren": (Granularity.DAY, -1),
    "vandaag": (Granularity.DAY, 0),
}


def _calendar_relative(words: str, reference: Date) -> DutchDateExample:
    """``vorig jaar``, ``deze maand``, ``gisteren``: the calendar unit before/of/after R."""
    granularity, shift = _CALENDAR_WORDS[words]
    interval: tuple[Date, Date]
    if granularity is Granularity.YEAR:
        interval = _year_interval(reference.year + shift)
    elif granularity is Granularity.MONTH:
        month = _add_months(reference.replace(day=1), shift)
        interval = _month_interval(month.year, month.month)
    else:
        day = reference + datetime.timedelta(days=shift)
        interval = (day, day)
    return _relative(words, interval, granularity, reference, "calendar")


# unit word -> (plural, ISO designator, granularity of the unit itself)
_COUNT_UNITS: dict[str, tuple[str, str, Granularity]] = {
    "jaar": ("jaar", "Y", Granularity.YEAR),
    "maand": ("maanden", "M", Granularity.MONTH),
    "week": ("weken", "W", Granularity.WEEK),
    "dag": ("dagen", "D", Granularity.DAY),
}


def _iso_week(day: Date) -> tuple[Date, Date]:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def _shift(reference: Date, unit: str, count: int) -> Date:
    if unit == "jaar":
        return _add_months(reference, 12 * count)
    if unit == "maand":
        return _add_months(reference, count)
    days = count * (7 if unit == "week" else 1)
    return reference + datetime.timedelta(days=days)


def _count_phrase(unit: str, count: int, variant: int) -> str:
    plural = _COUNT_UNITS[unit][0]
    return f"{_number_word(count, variant)} {unit if count == 1 else plural}"


def _ago_or_ahead(
    unit: str, count: int, reference: Date, ahead: bool, variant: int
) -> DutchDateExample:
    """``een jaar geleden`` is the month one year before R, APPROX (the contract's rule, for any
    count); ``N maanden geleden`` the month holding R − N months and ``N weken geleden`` the
    ISO week (Monday..Sunday) holding R − N weeks, both APPROX; ``N dagen geleden`` the exact
    day. ``over N ...`` likewise forward."""
    point = _shift(reference, unit, count if ahead else -count)
    interval: tuple[Date, Date]
    mod: Mod | None = Mod.APPROX
    if unit in ("jaar", "maand"):
        granularity = Granularity.MONTH
        interval = _month_interval(point.year, point.month)
    elif unit == "week":
        granularity = Granularity.WEEK
        interval = _iso_week(point)
    else:
        granularity, interval, mod = Granularity.DAY, (point, point), None
    phrase = _count_phrase(unit, count, variant)
    text = f"over {phrase}" if ahead else f"{phrase} geleden"
    return _relative(text, interval, granularity, reference, "ahead" if ahead else "ago", mod=mod)


def _window(unit: str, count: int, reference: Date, variant: int, past: bool) -> DutchDateExample:
    """An anchored duration: ``de afgelopen vier jaar`` (R − N units .. R) or ``het komende
    jaar``/``de komende drie maanden`` (R .. R + N units − 1 day)."""
    if past:
        interval = (_shift(reference, unit, -count), reference)
    else:
        interval = (reference, _shift(reference, unit, count) - datetime.timedelta(days=1))
    word = "afgelopen" if past else "komende"
    if count == 1:
        text = f"het {word} {unit}" if unit == "jaar" else f"de {word} {unit}"
    else:
        text = f"de {word} {_count_phrase(unit, count, variant)}"
    _, designator, granularity = _COUNT_UNITS[unit]
    return _relative(
        text,
        interval,
        granularity,
        reference,
        "past-span" if past else "coming-span",
        kind=ExpressionKind.DURATION,
        duration=f"P{count}{designator}",
    )


_REFERENCE_MIN = Date(1950, 1, 1)
_REFERENCE_MAX = Date(2090, 12, 31)


def _draw_reference(draw: st.DrawFn, reference: Date | None) -> Date:
    if reference is not None:
        return reference
    return draw(st.dates(min_value=_REFERENCE_MIN, max_value=_REFERENCE_MAX))


def dutch_relative_dates(
    *, reference: Date | None = None, forms: Collection[str] | None = None
) -> st.SearchStrategy[DutchDateExample]:
    """Expressions resolved against a reference date R — ``6 februari jl.``,
    ``24 mei aanstaande``/``a.s.``, ``juli jl.``, ``vorig jaar``, ``deze maand``, ``gisteren``,
    ``twee weken geleden``, ``over drie maanden``, ``de afgelopen vier jaar``,
    ``het komende jaar`` (number words and digits) — with the interval relative to R.

    ``reference`` fixes R; by default each example draws its own (1950..2090) and records it in
    ``example.reference``. ``forms`` is a subset of :data:`RELATIVE_FORMS`. A ``jl.`` or
    ``aanstaande`` date on R's own day (or month, for months) is never generated: whether it
    means R itself is not settled by the contract.
    """
    return _dutch_relative_dates(reference, forms)


@st.composite
def _dutch_relative_dates(draw: st.DrawFn, reference: object, forms: object) -> DutchDateExample:
    fixed = _check_reference(reference)
    chosen = _check_choices("forms", forms, RELATIVE_FORMS, _as_str)
    r = _draw_reference(draw, fixed)
    form = draw(st.sampled_from(chosen))
    if form == "modified":
        return _draw_modified_relative(draw, r)
    return _draw_relative(draw, form, r)


def _draw_relative(draw: st.DrawFn, form: str, r: Date) -> DutchDateExample:
    variant = draw(st.integers(0, 11))
    if form in ("day-jl", "day-aanstaande"):
        month = draw(st.integers(1, 12))
        # 29 February is possible: "29 februari jl." is the last leap day before R
        day = draw(st.integers(1, calendar.monthrange(2024, month)[1]))
        if (month, day) == (r.month, r.day):
            day = day % calendar.monthrange(2024, month)[1] + 1
        if form == "day-jl":
            return _day_month_jl(month, day, r, ("jl.", "jongstleden")[variant % 2])
        return _day_month_aanstaande(month, day, r, ("aanstaande", "a.s.")[variant % 2])
    if form in ("month-jl", "month-aanstaande"):
        month = draw(st.integers(1, 11))
        if month >= r.month:
            month += 1  # never R's own month
        if form == "month-jl":
            return _month_jl(month, r, ("jl.", "jongstleden")[variant % 2])
        return _month_aanstaande(month, r, ("aanstaande", "a.s.")[variant % 2])
    if form == "calendar":
        return _calendar_relative(draw(st.sampled_from(sorted(_CALENDAR_WORDS))), r)
    unit = draw(st.sampled_from(sorted(_COUNT_UNITS)))
    count = draw(st.integers(1, 12))
    if form in ("ago", "ahead"):
        return _ago_or_ahead(unit, count, r, form == "ahead", variant)
    if count == 1 and unit != "jaar":
        count = 2  # "het afgelopen jaar" is Dutch, "de afgelopen één dag" is not
    return _window(unit, count, r, variant, past=form == "past-span")


def _relative_modifiers(inner: DutchDateExample, reference: Date) -> list[str]:
    """The modifiers that make sense before a relative date: ``sinds vorig jaar``,
    ``eind vorige maand``, ``uiterlijk 24 mei a.s.``, ``circa 6 februari jl.``."""
    assert inner.earliest is not None
    allowed = []
    for modifier in MODIFIERS:
        if modifier in _PART_WORDS:
            ok = modifier != "half" and inner.granularity in (Granularity.MONTH, Granularity.YEAR)
        elif modifier == "sinds":
            ok = inner.earliest <= reference
        elif modifier == "voor":
            # "voor vandaag", "voor volgende maand", "voor 2024" mostly mean "for"
            ok = inner.form != "calendar" and inner.granularity is not Granularity.YEAR
        elif modifier in ("rond", "circa", "ongeveer"):
            ok = inner.form != "calendar"  # "circa 6 februari jl.", not "circa gisteren"
        else:
            ok = True
        if ok:
            allowed.append(modifier)
    return allowed


def _draw_modified_relative(draw: st.DrawFn, r: Date) -> DutchDateExample:
    inner_form = draw(
        st.sampled_from(("day-jl", "day-aanstaande", "month-jl", "month-aanstaande", "calendar"))
    )
    inner = _draw_relative(draw, inner_form, r)
    modifier = draw(st.sampled_from(_relative_modifiers(inner, r)))
    return _modified(modifier, inner, r)


# ----- modifiers

_PART_WORDS = {"begin": Mod.START, "medio": Mod.MID, "half": Mod.MID, "eind": Mod.END}


def _modified(modifier: str, inner: DutchDateExample, reference: Date | None) -> DutchDateExample:
    """Apply a contract modifier word to a date example (absolute or relative to R)."""
    earliest, latest = inner.earliest, inner.latest
    assert earliest is not None and latest is not None
    one_day = datetime.timedelta(days=1)
    bounds: tuple[Date | None, Date | None]
    uses_reference = False
    if modifier in _PART_WORDS:
        mod = _PART_WORDS[modifier]
        bounds = _part_interval(inner.granularity, earliest, latest, mod)
    elif modifier == "sinds":
        assert reference is not None and earliest <= reference
        mod, bounds, uses_reference = Mod.ON_OR_AFTER, (earliest, reference), True
    elif modifier == "vanaf":
        mod, bounds = Mod.ON_OR_AFTER, (earliest, None)
    elif modifier in ("tot en met", "uiterlijk"):
        mod, bounds = Mod.ON_OR_BEFORE, (None, latest)
    elif modifier in ("tot", "voor"):
        mod, bounds = Mod.BEFORE, (None, earliest - one_day)
    elif modifier == "na":
        mod, bounds = Mod.AFTER, (latest + one_day, None)
    elif modifier in ("rond", "circa", "ongeveer"):
        mod, bounds = Mod.APPROX, (earliest, latest)
    else:
        raise ValueError(f"unknown modifier {modifier!r}")
    # the upper bound of "sinds" is R itself, so it is anchored to the document
    relative = uses_reference or inner.anchoring is Anchoring.DOCUMENT_RELATIVE
    return DutchDateExample(
        text=f"{modifier} {inner.text}",
        value=inner.value,
        earliest=bounds[0],
        latest=bounds[1],
        granularity=inner.granularity,
        mod=mod,
        anchoring=Anchoring.DOCUMENT_RELATIVE if relative else Anchoring.ABSOLUTE,
        reference=reference if relative else None,
        form=f"modifier-{modifier.replace(' ', '-')}",
    )


def dutch_modified_dates(
    *,
    min_value: Date = _DEFAULT_MIN,
    max_value: Date = _DEFAULT_MAX,
    modifiers: Collection[str] | None = None,
    reference: Date | None = None,
) -> st.SearchStrategy[DutchDateExample]:
    """A modifier word applied to an absolute date: ``begin 2024`` (Jan–Apr), ``medio mei
    2024`` (11–20 May), ``eind april 2024``, ``begin Q1 2024``, ``sinds juli 2021`` (.. R),
    ``vanaf mei 2024`` (open end), ``tot en met april 2024``, ``voor 31 juli 2024`` (.. the day
    before), ``uiterlijk 31 juli 2024``, ``na 1 juni 2024`` (the day after ..), ``rond``/
    ``circa``/``ongeveer`` (APPROX) — with the contract's interval and mod.

    ``modifiers`` is a subset of :data:`MODIFIERS`. ``sinds`` needs R: ``reference`` fixes it,
    otherwise one is drawn after the date. The inner date lies within ``min_value``..``max_value``.
    """
    return _dutch_modified_dates(min_value, max_value, modifiers, reference)


@st.composite
def _dutch_modified_dates(
    draw: st.DrawFn, min_value: object, max_value: object, modifiers: object, reference: object
) -> DutchDateExample:
    low, high = _check_range(min_value, max_value)
    chosen = _check_choices("modifiers", modifiers, MODIFIERS, _as_str)
    fixed = _check_reference(reference)
    options = {m: _modifier_granularities(m, low, high, fixed) for m in chosen}
    candidates = [m for m in chosen if options[m]]
    if not candidates:
        raise InvalidArgument(
            f"none of the modifiers {', '.join(chosen)} can apply to a date between {low} and "
            f"{high}" + (f" with reference={fixed}" if fixed is not None else "")
        )
    modifier = draw(st.sampled_from(candidates))
    granularity = draw(st.sampled_from(options[modifier]))
    top = high if modifier != "sinds" or fixed is None else min(high, fixed)
    unit = _draw_unit(draw, granularity, low, top)
    variant = draw(st.integers(0, 11))
    if modifier in _PART_WORDS:
        variant %= 2  # "begin Q1 2024", "eind eerste kwartaal 2024"; not "begin het ..."
    inner = _date_example(unit, variant, "words")
    r: Date | None = None
    if modifier == "sinds":
        r = fixed
        if r is None:
            horizon = min(_SUPPORTED_MAX, _add_months(unit.earliest, 12 * 30))
            r = draw(st.dates(min_value=unit.earliest, max_value=horizon))
    return _modified(modifier, inner, r)


# "voor 2024" is as often "for 2024" ("doelstellingen voor 2024") and "circa 2000" a count
# ("circa 2000 militairen"): the contract's examples of these modifiers never take a bare year
_NOT_WITH_BARE_YEARS = ("voor", "rond", "circa", "ongeveer")


def _modifier_granularities(
    modifier: str, low: Date, high: Date, reference: Date | None
) -> list[Granularity]:
    """The granularities a modifier can apply to within low..high (sinds: up to R)."""
    if modifier in _PART_WORDS:
        # the contract defines begin/eind of a month, year or quarter; medio of a month or year
        parts: tuple[Granularity, ...] = {
            "begin": (Granularity.MONTH, Granularity.YEAR, Granularity.QUARTER),
            "eind": (Granularity.MONTH, Granularity.YEAR, Granularity.QUARTER),
            "medio": (Granularity.MONTH, Granularity.YEAR),
            "half": (Granularity.MONTH,),
        }[modifier]
    elif modifier in _NOT_WITH_BARE_YEARS:
        parts = tuple(g for g in _DATE_GRANULARITIES if g is not Granularity.YEAR)
    else:
        parts = _DATE_GRANULARITIES
    if modifier == "sinds" and reference is not None:
        high = min(high, reference)
    return _fitting(parts, low, high) if low <= high else []


def dutch_date_expressions(
    *,
    min_value: Date = _DEFAULT_MIN,
    max_value: Date = _DEFAULT_MAX,
    reference: Date | None = None,
) -> st.SearchStrategy[DutchDateExample]:
    """Any of the above: absolute dates, ranges, modified and relative expressions."""
    return _dutch_date_expressions(min_value, max_value, reference)


@st.composite
def _dutch_date_expressions(
    draw: st.DrawFn, min_value: object, max_value: object, reference: object
) -> DutchDateExample:
    # validate every argument before choosing a branch, so a bad one always raises
    low, high = _check_range(min_value, max_value)
    fixed = _check_reference(reference)
    return draw(
        st.one_of(
            dutch_dates(min_value=low, max_value=high),
            dutch_ranges(min_value=low, max_value=high),
            dutch_modified_dates(min_value=low, max_value=high, reference=fixed),
            dutch_relative_dates(reference=fixed),
        )
    )


# ----- durations and sets

_VAGUE_UNITS = {"jaren": ("Y", Granularity.YEAR), "maanden": ("M", Granularity.MONTH)}
_APPROX_WORDS = ("ruim", "bijna", "circa", "ongeveer", "meer dan")


def _duration(
    text: str, value: str, granularity: Granularity, form: str, mod: Mod | None = None
) -> DutchDateExample:
    return DutchDateExample(
        text=text,
        earliest=None,
        latest=None,
        granularity=granularity,
        kind=ExpressionKind.DURATION,
        mod=mod,
        duration=value,
        value=value,
        form=form,
    )


def _counted_duration(
    unit: str, count: int, variant: int, approx_word: str | None
) -> DutchDateExample:
    """``vier jaar``, ``een periode van 4 jaar``, ``ruim een jaar`` (APPROX): no bounds."""
    _, designator, granularity = _COUNT_UNITS[unit]
    phrase = _count_phrase(unit, count, variant)
    value = f"P{count}{designator}"
    if approx_word is not None:
        return _duration(
            f"{approx_word} {phrase}", value, granularity, "duration-approx", Mod.APPROX
        )
    if variant // 3 % 2:
        return _duration(f"een periode van {phrase}", value, granularity, "duration-period")
    return _duration(phrase, value, granularity, "duration")


def _vague_duration(plural: str, past: bool) -> DutchDateExample:
    """``de afgelopen jaren``, ``de komende maanden``: a vague number, ``PXY``/``PXM``."""
    designator, granularity = _VAGUE_UNITS[plural]
    text = f"de {'afgelopen' if past else 'komende'} {plural}"
    return _duration(text, f"PX{designator}", granularity, "duration-vague")


def dutch_durations() -> st.SearchStrategy[DutchDateExample]:
    """Durations — ``vier jaar``, ``4 jaar``, ``een periode van 4 jaar``, ``twee weken``,
    ``ruim een jaar``/``bijna twee jaar``/``circa drie maanden`` (APPROX), ``de afgelopen jaren``
    (a vague number: ``PXY``) — with kind ``DURATION``, the ISO 8601 value in ``duration`` and
    ``value``, and no bounds (the contract anchors none of these)."""
    return _dutch_durations()


@st.composite
def _dutch_durations(draw: st.DrawFn) -> DutchDateExample:
    if draw(st.integers(0, 5)) == 0:
        return _vague_duration(draw(st.sampled_from(sorted(_VAGUE_UNITS))), draw(st.booleans()))
    unit = draw(st.sampled_from(sorted(_COUNT_UNITS)))
    approx_word = draw(st.none() | st.sampled_from(_APPROX_WORDS))
    return _counted_duration(unit, draw(st.integers(1, 12)), draw(st.integers(0, 11)), approx_word)


# adverb / adjective -> (TIMEX3 value, granularity)
_SET_WORDS: dict[str, tuple[str, Granularity]] = {
    "dagelijks": ("P1D", Granularity.DAY),
    "wekelijks": ("P1W", Granularity.WEEK),
    "maandelijks": ("P1M", Granularity.MONTH),
    "jaarlijks": ("P1Y", Granularity.YEAR),
}


def _set(text: str, value: str, granularity: Granularity, form: str) -> DutchDateExample:
    return DutchDateExample(
        text=text,
        earliest=None,
        latest=None,
        granularity=granularity,
        kind=ExpressionKind.SET,
        value=value,
        form=form,
    )


def dutch_sets() -> st.SearchStrategy[DutchDateExample]:
    """Recurrences — ``wekelijks``, ``dagelijkse``, ``maandelijkse``, ``jaarlijks`` (``P1W``,
    ``P1D``, ``P1M``, ``P1Y``) and ``elke maandag``/``iedere vrijdag`` (``XXXX-WXX-1``..``7``) —
    with kind ``SET`` and no bounds."""
    return _dutch_sets()


@st.composite
def _dutch_sets(draw: st.DrawFn) -> DutchDateExample:
    if draw(st.booleans()):
        word = draw(st.sampled_from(sorted(_SET_WORDS)))
        value, granularity = _SET_WORDS[word]
        return _set(word + draw(st.sampled_from(("", "e"))), value, granularity, "set-word")
    weekday = draw(st.integers(0, 6))
    every = draw(st.sampled_from(("elke", "iedere")))
    text = f"{every} {WEEKDAY_NAMES[weekday]}"
    return _set(text, f"XXXX-WXX-{weekday + 1}", Granularity.DAY, "set-weekday")


# ----- prose without dates

_SUBJECTS = (
    "Het kabinet",
    "De missie",
    "Nederland",
    "De Iraakse regering",
    "De coalitie",
    "De adviseur",
    "Het ministerie",
    "De commissie",
    "Deze eenheid",
    "De politie",
)
_VERBS = (
    "steunt",
    "versterkt",
    "bespreekt",
    "evalueert",
    "onderzoekt",
    "financiert",
    "begeleidt",
    "bevordert",
    "volgt",
)
_OBJECTS = (
    "de hervorming van de veiligheidssector",
    "de civiele experts",
    "het overleg met partners",
    "de opleiding van militairen",
    "duurzame oplossingen",
    "de bescherming van burgers",
    "de samenwerking",
    "het beleid",
    "de inzet",
    "de opvang van ontheemden",
)
_COMPLEMENTS = (
    "",
    " in Bagdad",
    " in de regio",
    " samen met bondgenoten",
    " op strategisch niveau",
    " binnen de NAVO",
    " met veel zorg",
)


@st.composite
def _non_date_number(draw: st.DrawFn) -> str:
    """Numbers the contract says are not temporal: dossiers, counts, amounts, percentages."""
    shape = draw(st.integers(0, 6))
    n = draw(st.integers(1, 999))
    m = draw(st.integers(1, 999))
    if shape == 0:
        return f"Kamerstuk {draw(st.integers(10, 99))} {draw(st.integers(100, 999))}, nr. {n}"
    if shape == 1:
        return f"{min(n, m)} van de {max(n, m) + 1} zetels"
    if shape == 2:
        return f"{draw(st.integers(1, 100))}%"
    if shape == 3:
        return f"€{n},{draw(st.integers(0, 9))} miljoen"
    if shape == 4:
        low = draw(st.integers(1, 8))
        return f"{low}.{n:03d} – {low + 1}.{m:03d} strijders"
    if shape == 5:
        return f"de {draw(st.sampled_from(('Eerste', 'Tweede')))} Kamer"
    return f"Tower {draw(st.integers(1, 99))}"


def dutch_prose(
    *, min_sentences: int = 1, max_sentences: int = 4, with_numbers: bool = False
) -> st.SearchStrategy[str]:
    """Dutch filler sentences that contain no temporal expression, for embedding examples.

    With ``with_numbers=True`` the sentences also carry numbers the contract says are not
    dates (``Kamerstuk 27 925, nr. 943``, ``128 van de 285 zetels``, ``41%``,
    ``€20,1 miljoen``, ``1.500 – 2.000 strijders``, ``de Tweede Kamer``, ``Tower 22``), so that
    ``find_dates`` on such text should return nothing.
    """
    return _dutch_prose(min_sentences, max_sentences, with_numbers)


@st.composite
def _dutch_prose(
    draw: st.DrawFn, min_sentences: object, max_sentences: object, with_numbers: object
) -> str:
    for name, value in (("min_sentences", min_sentences), ("max_sentences", max_sentences)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InvalidArgument(f"{name}={value!r} must be a positive integer")
    assert isinstance(min_sentences, int) and isinstance(max_sentences, int)
    if min_sentences > max_sentences:
        raise InvalidArgument(
            f"min_sentences={min_sentences} exceeds max_sentences={max_sentences}"
        )
    _check_flag("with_numbers", with_numbers)
    sentences = []
    for _ in range(draw(st.integers(min_sentences, max_sentences))):
        sentence = (
            f"{draw(st.sampled_from(_SUBJECTS))} {draw(st.sampled_from(_VERBS))} "
            f"{draw(st.sampled_from(_OBJECTS))}{draw(st.sampled_from(_COMPLEMENTS))}"
        )
        if with_numbers and draw(st.booleans()):
            sentence += f" ({draw(_non_date_number())})"
        sentences.append(sentence + ".")
    return " ".join(sentences)
