"""Hypothesis strategies for Dutch date expressions, each drawn together with what it denotes.

Every strategy here generates :class:`DutchDateExample` values: the text of a Dutch temporal
expression (``"woensdag 15 mei 2024"``, ``"7 t/m 8 augustus 2023"``, ``"6 februari jl."``,
``"sinds juli 2021"``) and the interval, granularity, mod and anchoring that the project's date
semantics contract (``docs/dates.md``) says it denotes. The expected values are computed with
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

This module is the Hypothesis layer: it checks the arguments and draws the parameters. The
oracle it draws from is in modules without Hypothesis: ``_common`` (the example type, word
tables, option names), ``_calendar`` (calendar arithmetic and units), ``_absolute`` (dates and
ranges), ``_relative`` (relative dates and modifiers), ``_durations`` (durations and sets) and
``_prose`` (filler sentences); its argument checks are in ``_arguments``.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Collection
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

from iraq_events.temporal.types import Granularity
from iraq_events.testing._absolute import (
    _between,
    _dash,
    _date_example,
    _day_span,
    _from_to,
    _range_form_fits,
    _vergaderjaar,
    _vergaderjaar_bounds,
    _with_pdf_artifacts,
    _year_span,
)
from iraq_events.testing._absolute import _write_day as _write_day
from iraq_events.testing._arguments import (
    SUPPORTED_MAX,
    as_granularity,
    as_str,
    check_choices,
    check_flag,
    check_range,
    check_reference,
)
from iraq_events.testing._calendar import (
    _UNIT_ORDINALS,
    _add_months,
    _fitting,
    _fitting_pairs,
    _month_end,
    _Unit,
    _units_between,
)
from iraq_events.testing._calendar import _prinsjesdag as _prinsjesdag
from iraq_events.testing._common import (
    _DATE_GRANULARITIES,
    DAY_FORMATS,
    MODIFIERS,
    RANGE_FORMS,
    RELATIVE_FORMS,
    WEEKDAY_NAMES,
    Date,
    DutchDateExample,
)

# the word tables were defined here before the oracle moved to its own modules: still importable
from iraq_events.testing._common import MONTH_ABBREVIATIONS as MONTH_ABBREVIATIONS
from iraq_events.testing._common import MONTH_NAMES as MONTH_NAMES
from iraq_events.testing._common import NUMBER_WORDS as NUMBER_WORDS
from iraq_events.testing._common import ORDINAL_WORDS as ORDINAL_WORDS
from iraq_events.testing._common import SEASON_ARTICLES as SEASON_ARTICLES
from iraq_events.testing._common import SEASON_WORDS as SEASON_WORDS
from iraq_events.testing._durations import (
    _APPROX_WORDS,
    _SET_WORDS,
    _VAGUE_UNITS,
    _counted_duration,
    _set,
    _vague_duration,
)
from iraq_events.testing._prose import _COMPLEMENTS, _OBJECTS, _SUBJECTS, _VERBS
from iraq_events.testing._relative import (
    _CALENDAR_WORDS,
    _COUNT_UNITS,
    _PART_WORDS,
    _ago_or_ahead,
    _calendar_relative,
    _day_month_aanstaande,
    _day_month_jl,
    _modified,
    _modifier_granularities,
    _month_aanstaande,
    _month_jl,
    _relative_modifiers,
    _window,
)

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

_DEFAULT_MIN = Date(1900, 1, 1)
_DEFAULT_MAX = Date(2099, 12, 31)


def _draw_unit(draw: st.DrawFn, granularity: Granularity, low: Date, high: Date) -> _Unit:
    bounds = _units_between(granularity, low, high)
    if bounds is None:  # callers only pass granularities that fit
        raise AssertionError(f"no {granularity} between {low} and {high}")
    return _UNIT_ORDINALS[granularity].unit(draw(st.integers(*bounds)))


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
    low, high = check_range(min_value, max_value)
    wanted = check_choices("granularities", granularities, _DATE_GRANULARITIES, as_granularity)
    day_formats = check_choices("formats", formats, DAY_FORMATS, as_str)
    with_artifacts = check_flag("pdf_artifacts", pdf_artifacts)
    usable = _fitting(wanted, low, high)
    if not usable:
        raise InvalidArgument(
            f"no whole {' or '.join(g.value for g in wanted)} lies between {low} and {high}"
        )
    unit = _draw_unit(draw, draw(st.sampled_from(usable)), low, high)
    example = _date_example(unit, draw(st.integers(0, 11)), draw(st.sampled_from(day_formats)))
    return _maybe_pdf_artifacts(draw, example, with_artifacts)


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
    low, high = check_range(min_value, max_value)
    chosen = check_choices("forms", forms, RANGE_FORMS, as_str)
    with_artifacts = check_flag("pdf_artifacts", pdf_artifacts)
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
    fixed = check_reference(reference)
    chosen = check_choices("forms", forms, RELATIVE_FORMS, as_str)
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


def _draw_modified_relative(draw: st.DrawFn, r: Date) -> DutchDateExample:
    inner_form = draw(
        st.sampled_from(("day-jl", "day-aanstaande", "month-jl", "month-aanstaande", "calendar"))
    )
    inner = _draw_relative(draw, inner_form, r)
    modifier = draw(st.sampled_from(_relative_modifiers(inner, r)))
    return _modified(modifier, inner, r)


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
    low, high = check_range(min_value, max_value)
    chosen = check_choices("modifiers", modifiers, MODIFIERS, as_str)
    fixed = check_reference(reference)
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
            horizon = min(SUPPORTED_MAX, _add_months(unit.earliest, 12 * 30))
            r = draw(st.dates(min_value=unit.earliest, max_value=horizon))
    return _modified(modifier, inner, r)


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
    low, high = check_range(min_value, max_value)
    fixed = check_reference(reference)
    return draw(
        st.one_of(
            dutch_dates(min_value=low, max_value=high),
            dutch_ranges(min_value=low, max_value=high),
            dutch_modified_dates(min_value=low, max_value=high, reference=fixed),
            dutch_relative_dates(reference=fixed),
        )
    )


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
    check_flag("with_numbers", with_numbers)
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
