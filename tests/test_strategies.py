"""Tests of the public Hypothesis strategies themselves (the oracle, not the engine).

The calendar arithmetic that computes each example's expected interval is checked against the
rows of the date semantics contract (``/work/shared/date-semantics.md``, ``docs/dates.md``);
the strategies are checked for argument validation at draw time and for well-formed,
in-bounds examples.
"""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from iraq_events.temporal.types import Anchoring, ExpressionKind, Granularity, Mod
from iraq_events.testing import strategies as s
from iraq_events.testing.strategies import (
    DutchDateExample,
    dutch_date_expressions,
    dutch_dates,
    dutch_durations,
    dutch_modified_dates,
    dutch_prose,
    dutch_ranges,
    dutch_relative_dates,
    dutch_sets,
)

D = datetime.date
R = D(2024, 5, 15)  # the seed letter's date


def _bounds(example: DutchDateExample) -> tuple[D | None, D | None, Mod | None]:
    return example.earliest, example.latest, example.mod


def _unit(granularity: Granularity, day: D) -> Any:
    ordinal = s._UNIT_ORDINALS[granularity]
    return ordinal.unit(ordinal.of(day))


# --- the oracle against the contract's table ---------------------------------------------------


@pytest.mark.parametrize(
    ("granularity", "day", "variant", "text", "earliest", "latest"),
    [
        (Granularity.DAY, D(2024, 5, 15), 0, "15 mei 2024", D(2024, 5, 15), D(2024, 5, 15)),
        (Granularity.MONTH, D(2023, 5, 9), 0, "mei 2023", D(2023, 5, 1), D(2023, 5, 31)),
        (Granularity.YEAR, D(2023, 7, 1), 0, "2023", D(2023, 1, 1), D(2023, 12, 31)),
        (Granularity.SEASON, D(2023, 7, 1), 0, "zomer 2023", D(2023, 6, 1), D(2023, 8, 31)),
        (Granularity.SEASON, D(2023, 10, 1), 2, "het najaar van 2023", D(2023, 9, 1),
         D(2023, 11, 30)),
        (Granularity.SEASON, D(2024, 4, 1), 1, "lente 2024", D(2024, 3, 1), D(2024, 5, 31)),
        (Granularity.SEASON, D(2023, 7, 1), 2, "de zomer van 2023", D(2023, 6, 1),
         D(2023, 8, 31)),
        # winter 2023 = Dec 2023 .. Feb 2024 (a leap February)
        (Granularity.SEASON, D(2024, 1, 5), 0, "winter 2023", D(2023, 12, 1), D(2024, 2, 29)),
        (Granularity.QUARTER, D(2024, 2, 1), 1, "eerste kwartaal 2024", D(2024, 1, 1),
         D(2024, 3, 31)),
        (Granularity.QUARTER, D(2024, 2, 1), 0, "Q1 2024", D(2024, 1, 1), D(2024, 3, 31)),
        (Granularity.HALF, D(2024, 9, 1), 0, "tweede helft van 2024", D(2024, 7, 1),
         D(2024, 12, 31)),
    ],
)  # fmt: skip
def test_absolute_units_follow_the_contract(
    granularity: Granularity, day: D, variant: int, text: str, earliest: D, latest: D
) -> None:
    example = s._date_example(_unit(granularity, day), variant)
    assert (example.text, example.earliest, example.latest) == (text, earliest, latest)
    assert example.granularity is granularity
    assert example.kind is ExpressionKind.DATE and example.anchoring is Anchoring.ABSOLUTE


@pytest.mark.parametrize(
    ("day_format", "variant", "text"),
    [
        ("words", 0, "15 mei 2024"),
        ("abbreviated", 0, "15 mei 2024"),
        ("weekday", 0, "woensdag 15 mei 2024"),
        ("numeric", 0, "15-05-2024"),
        ("numeric", 4, "15/5/2024"),
        ("numeric", 2, "15.05.2024"),
        ("iso", 0, "2024-05-15"),
    ],
)
def test_day_formats_are_day_first_dutch(day_format: str, variant: int, text: str) -> None:
    assert s._write_day(D(2024, 5, 15), day_format, variant) == text


def test_abbreviated_month_with_a_dot() -> None:
    assert s._write_day(D(2024, 1, 15), "abbreviated") == "15 jan. 2024"
    assert s._write_day(D(2024, 3, 1), "abbreviated") == "1 mrt. 2024"


def test_ranges_follow_the_contract() -> None:
    day_span = s._day_span(D(2023, 8, 7), D(2023, 8, 8), 0)
    assert (day_span.text, day_span.earliest, day_span.latest) == (
        "7-8 augustus 2023",
        D(2023, 8, 7),
        D(2023, 8, 8),
    )
    assert s._day_span(D(2023, 8, 7), D(2023, 8, 8), 2).text == "7 t/m 8 augustus 2023"
    may, april = _unit(Granularity.MONTH, D(2023, 5, 1)), _unit(Granularity.MONTH, D(2024, 4, 1))
    inclusive = s._from_to(may, april, 0)
    assert inclusive.text == "van mei 2023 tot en met april 2024"
    assert inclusive.expression == "mei 2023 tot en met april 2024"  # "van" stays outside
    assert (inclusive.earliest, inclusive.latest) == (D(2023, 5, 1), D(2024, 4, 30))
    assert inclusive.granularity is Granularity.MONTH and inclusive.kind is ExpressionKind.RANGE
    exclusive = s._from_to(may, april, 2)  # "tot" is not inclusive
    assert exclusive.text == "van mei 2023 tot april 2024"
    assert exclusive.latest == D(2024, 3, 31)
    dash = s._dash(may, april, 0)
    assert (dash.text, dash.earliest, dash.latest) == (
        "mei 2023 – april 2024",
        D(2023, 5, 1),
        D(2024, 4, 30),
    )
    between = s._between(D(2024, 3, 1), D(2024, 3, 15))
    assert between.expression == "1 en 15 maart 2024" and between.text.startswith("tussen ")
    years = s._year_span(2023, 2027, 0)
    assert (years.text, years.earliest, years.latest) == (
        "2023-2027",
        D(2023, 1, 1),
        D(2027, 12, 31),
    )
    assert s._year_span(2022, 2025, 2).text == "2022—2025"


def test_vergaderjaar_runs_from_prinsjesdag_to_the_day_before_the_next() -> None:
    # Prinsjesdag (third Tuesday of September) 2023 was 19 September, in 2024 17 September
    assert s._prinsjesdag(2023) == D(2023, 9, 19)
    assert s._prinsjesdag(2024) == D(2024, 9, 17)
    assert s._prinsjesdag(2020) == D(2020, 9, 15)  # 1 September 2020 was a Tuesday
    example = s._vergaderjaar(2023, 0)
    assert (example.text, example.earliest, example.latest) == (
        "vergaderjaar 2023-2024",
        D(2023, 9, 19),
        D(2024, 9, 16),
    )


@pytest.mark.parametrize(
    ("modifier", "granularity", "day", "earliest", "latest", "mod"),
    [
        ("begin", Granularity.MONTH, D(2024, 4, 1), D(2024, 4, 1), D(2024, 4, 10), Mod.START),
        ("medio", Granularity.MONTH, D(2024, 4, 1), D(2024, 4, 11), D(2024, 4, 20), Mod.MID),
        ("half", Granularity.MONTH, D(2024, 5, 1), D(2024, 5, 11), D(2024, 5, 20), Mod.MID),
        ("eind", Granularity.MONTH, D(2024, 4, 1), D(2024, 4, 21), D(2024, 4, 30), Mod.END),
        ("eind", Granularity.MONTH, D(2024, 2, 1), D(2024, 2, 21), D(2024, 2, 29), Mod.END),
        ("begin", Granularity.YEAR, D(2024, 1, 1), D(2024, 1, 1), D(2024, 4, 30), Mod.START),
        ("medio", Granularity.YEAR, D(2024, 1, 1), D(2024, 5, 1), D(2024, 8, 31), Mod.MID),
        ("eind", Granularity.YEAR, D(2024, 1, 1), D(2024, 9, 1), D(2024, 12, 31), Mod.END),
        ("begin", Granularity.QUARTER, D(2024, 1, 1), D(2024, 1, 1), D(2024, 1, 31), Mod.START),
        ("eind", Granularity.QUARTER, D(2024, 1, 1), D(2024, 3, 1), D(2024, 3, 31), Mod.END),
        ("sinds", Granularity.MONTH, D(2021, 7, 1), D(2021, 7, 1), R, Mod.ON_OR_AFTER),
        ("vanaf", Granularity.MONTH, D(2024, 5, 1), D(2024, 5, 1), None, Mod.ON_OR_AFTER),
        ("tot en met", Granularity.MONTH, D(2024, 4, 1), None, D(2024, 4, 30), Mod.ON_OR_BEFORE),
        ("tot", Granularity.DAY, D(2024, 5, 1), None, D(2024, 4, 30), Mod.BEFORE),
        ("voor", Granularity.DAY, D(2024, 7, 31), None, D(2024, 7, 30), Mod.BEFORE),
        ("uiterlijk", Granularity.DAY, D(2024, 7, 31), None, D(2024, 7, 31), Mod.ON_OR_BEFORE),
        ("na", Granularity.DAY, D(2024, 6, 1), D(2024, 6, 2), None, Mod.AFTER),
        ("circa", Granularity.MONTH, D(2024, 6, 1), D(2024, 6, 1), D(2024, 6, 30), Mod.APPROX),
    ],
)  # fmt: skip
def test_modifiers_follow_the_contract(
    modifier: str,
    granularity: Granularity,
    day: D,
    earliest: D | None,
    latest: D | None,
    mod: Mod,
) -> None:
    inner = s._date_example(_unit(granularity, day))
    example = s._modified(modifier, inner, R)
    assert example.text == f"{modifier} {inner.text}"
    assert _bounds(example) == (earliest, latest, mod)
    assert example.granularity is granularity
    assert (example.reference == R) is (modifier == "sinds")


@pytest.mark.parametrize(
    ("build", "text", "earliest", "latest", "granularity", "mod"),
    [
        (lambda: s._day_month_jl(2, 6, R, "jl."), "6 februari jl.", D(2024, 2, 6),
         D(2024, 2, 6), Granularity.DAY, None),
        (lambda: s._day_month_jl(11, 6, R, "jl."), "6 november jl.", D(2023, 11, 6),
         D(2023, 11, 6), Granularity.DAY, None),
        # the most recent 29 February before 15 May 2025 is in 2024
        (lambda: s._day_month_jl(2, 29, D(2025, 5, 15), "jongstleden"),
         "29 februari jongstleden", D(2024, 2, 29), D(2024, 2, 29), Granularity.DAY, None),
        (lambda: s._day_month_aanstaande(5, 24, R, "aanstaande"), "24 mei aanstaande",
         D(2024, 5, 24), D(2024, 5, 24), Granularity.DAY, None),
        (lambda: s._day_month_aanstaande(2, 6, R, "a.s."), "6 februari a.s.", D(2025, 2, 6),
         D(2025, 2, 6), Granularity.DAY, None),
        (lambda: s._month_jl(7, R, "jl."), "juli jl.", D(2023, 7, 1), D(2023, 7, 31),
         Granularity.MONTH, None),
        (lambda: s._month_jl(1, R, "jl."), "januari jl.", D(2024, 1, 1), D(2024, 1, 31),
         Granularity.MONTH, None),
        (lambda: s._calendar_relative("vorig jaar", R), "vorig jaar", D(2023, 1, 1),
         D(2023, 12, 31), Granularity.YEAR, None),
        (lambda: s._calendar_relative("volgend jaar", R), "volgend jaar", D(2025, 1, 1),
         D(2025, 12, 31), Granularity.YEAR, None),
        (lambda: s._calendar_relative("vorige maand", D(2024, 1, 10)), "vorige maand",
         D(2023, 12, 1), D(2023, 12, 31), Granularity.MONTH, None),
        (lambda: s._calendar_relative("gisteren", D(2024, 3, 1)), "gisteren", D(2024, 2, 29),
         D(2024, 2, 29), Granularity.DAY, None),
        (lambda: s._window("jaar", 1, R, 0, past=False), "het komende jaar", R, D(2025, 5, 14),
         Granularity.YEAR, None),
        (lambda: s._window("jaar", 4, R, 0, past=True), "de afgelopen vier jaar", D(2020, 5, 15), R,
         Granularity.YEAR, None),
        (lambda: s._ago_or_ahead("jaar", 1, R, False, 0), "een jaar geleden", D(2023, 5, 1),
         D(2023, 5, 31), Granularity.MONTH, Mod.APPROX),
        # R − 2 weeks = Wednesday 1 May 2024, in the ISO week 29 April .. 5 May
        (lambda: s._ago_or_ahead("week", 2, R, False, 0), "twee weken geleden", D(2024, 4, 29),
         D(2024, 5, 5), Granularity.WEEK, Mod.APPROX),
        (lambda: s._ago_or_ahead("dag", 3, R, False, 0), "drie dagen geleden", D(2024, 5, 12),
         D(2024, 5, 12), Granularity.DAY, None),
        (lambda: s._ago_or_ahead("maand", 3, R, True, 0), "over drie maanden", D(2024, 8, 1),
         D(2024, 8, 31), Granularity.MONTH, Mod.APPROX),
    ],
)  # fmt: skip
def test_relative_expressions_follow_the_contract(
    build: Callable[[], DutchDateExample],
    text: str,
    earliest: D,
    latest: D,
    granularity: Granularity,
    mod: Mod | None,
) -> None:
    example = build()
    assert (example.text, example.earliest, example.latest) == (text, earliest, latest)
    assert example.granularity is granularity and example.mod is mod
    assert example.anchoring is Anchoring.DOCUMENT_RELATIVE
    assert example.reference is not None


def test_anchored_durations_carry_an_iso_duration() -> None:
    example = s._window("jaar", 4, R, 0, past=True)
    assert example.kind is ExpressionKind.DURATION and example.duration == "P4Y"
    assert s._window("maand", 3, R, 2, past=False).text == "de komende 3 maanden"


def test_month_arithmetic_clamps_to_the_month_end() -> None:
    assert s._add_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert s._add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert s._add_months(D(2024, 1, 31), 13) == D(2025, 2, 28)


# --- the example type --------------------------------------------------------------------------


def test_example_rejects_an_inverted_interval() -> None:
    with pytest.raises(ValueError, match="after latest"):
        DutchDateExample(
            text="mei 2024",
            earliest=D(2024, 5, 31),
            latest=D(2024, 5, 1),
            granularity=Granularity.MONTH,
        )


def test_example_rejects_a_span_outside_its_text() -> None:
    with pytest.raises(ValueError, match="span"):
        DutchDateExample(
            text="2024",
            earliest=D(2024, 1, 1),
            latest=D(2024, 12, 31),
            granularity=Granularity.YEAR,
            span_start=3,
            span_end=9,
        )


# --- argument validation happens at draw time --------------------------------------------------

_BAD_ARGUMENTS: list[tuple[Callable[..., st.SearchStrategy[Any]], dict[str, Any]]] = [
    (dutch_dates, {"min_value": D(2025, 1, 1), "max_value": D(2024, 1, 1)}),
    (dutch_dates, {"min_value": "2024-01-01"}),
    (dutch_dates, {"max_value": datetime.datetime(2024, 1, 1, 12, 0)}),
    (dutch_dates, {"min_value": D(1, 1, 1)}),
    (dutch_dates, {"granularities": ["fortnight"]}),
    (dutch_dates, {"granularities": [Granularity.PERIOD]}),
    (dutch_dates, {"granularities": []}),
    (dutch_dates, {"granularities": "day"}),
    (dutch_dates, {"formats": ["american"]}),
    (dutch_dates, {"pdf_artifacts": "yes"}),
    (
        dutch_dates,
        {"min_value": D(2024, 3, 1), "max_value": D(2024, 6, 1), "granularities": ["year"]},
    ),
    (dutch_ranges, {"forms": ["weekly"]}),
    (dutch_ranges, {"min_value": D(2024, 1, 31), "max_value": D(2024, 2, 1),
                    "forms": ["day-span"]}),
    (dutch_ranges, {"min_value": D(2024, 1, 1), "max_value": D(2024, 6, 1),
                    "forms": ["vergaderjaar"]}),
    (dutch_relative_dates, {"reference": "2024-05-15"}),
    (dutch_relative_dates, {"reference": D(1, 1, 1)}),
    (dutch_relative_dates, {"forms": ["tomorrow"]}),
    (dutch_modified_dates, {"modifiers": ["ergens"]}),
    (dutch_modified_dates, {"modifiers": ["sinds"], "reference": D(1950, 1, 1),
                            "min_value": D(2000, 1, 1)}),
    (dutch_modified_dates, {"modifiers": ["half"], "min_value": D(2024, 5, 2),
                            "max_value": D(2024, 5, 30)}),
    (dutch_date_expressions, {"min_value": "2024-01-01"}),
    (dutch_date_expressions, {"reference": 20240515}),
    (dutch_prose, {"min_sentences": 0}),
    (dutch_prose, {"min_sentences": 3, "max_sentences": 2}),
    (dutch_prose, {"with_numbers": 1}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("factory", "kwargs"), _BAD_ARGUMENTS, ids=[f"{f.__name__}-{k}" for f, k in _BAD_ARGUMENTS]
)
def test_bad_arguments_raise_invalid_argument_when_drawn(
    factory: Callable[..., st.SearchStrategy[Any]], kwargs: dict[str, Any]
) -> None:
    strategy = factory(**kwargs)  # building never raises: errors surface at draw time

    @given(strategy)
    def draw_one(example: object) -> None:
        pass

    with pytest.raises(InvalidArgument):
        draw_one()


# --- drawn examples are well formed ------------------------------------------------------------


@st.composite
def _date_bounds(draw: st.DrawFn) -> tuple[D, D]:
    low = draw(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
    span = draw(st.integers(0, 6000))
    return low, min(low + datetime.timedelta(days=span), D(2099, 12, 31))


_TEMPORAL_WORDS = re.compile(
    r"\b(" + "|".join(s.MONTH_NAMES + s.WEEKDAY_NAMES + tuple(s.SEASON_WORDS)) + r"|jaar|maand"
    r"|jaren|maanden|week|weken|dag|dagen|kwartaal|helft|gisteren|vandaag|nu|momenteel|jl|sinds"
    r"|vanaf|\w+lijkse?|elke|iedere)\b",
    re.I,
)


def _check_well_formed(example: DutchDateExample) -> None:
    assert example.text == example.text.strip() and example.text
    assert example.expression.strip() == example.expression
    if example.earliest is not None and example.latest is not None:
        assert example.earliest <= example.latest
    assert re.search(r"\d", example.text) or _TEMPORAL_WORDS.search(example.text)


@given(st.data(), _date_bounds())
def test_dutch_dates_lie_within_bounds_at_the_requested_granularity(
    data: st.DataObject, bounds: tuple[D, D]
) -> None:
    low, high = bounds
    wanted = data.draw(st.sets(st.sampled_from(s._DATE_GRANULARITIES), min_size=1))
    if not s._fitting(sorted(wanted), low, high):
        return  # the InvalidArgument case has its own test
    example = data.draw(dutch_dates(min_value=low, max_value=high, granularities=wanted))
    _check_well_formed(example)
    assert example.earliest is not None and example.latest is not None
    assert low <= example.earliest <= example.latest <= high
    assert example.granularity in wanted
    assert example.kind is ExpressionKind.DATE and example.mod is None


@given(dutch_dates(granularities=[Granularity.DAY]))
def test_day_examples_name_a_single_day_the_text_spells(example: DutchDateExample) -> None:
    assert example.earliest == example.latest and example.earliest is not None
    day = example.earliest
    numeric = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", example.text)
    if numeric:  # Dutch numeric dates are day-first
        assert tuple(map(int, numeric.groups())) == (day.day, day.month, day.year)
    elif re.fullmatch(r"\d{4}-\d\d-\d\d", example.text):
        assert example.text == day.isoformat()
    else:
        assert example.text.split()[-1] == str(day.year)
        assert str(day.day) in example.text.split()


@given(dutch_dates(granularities=["day"], formats=["weekday"]))
def test_weekday_names_match_the_day(example: DutchDateExample) -> None:
    assert example.earliest is not None
    expected = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    assert example.text.split()[0] == expected[example.earliest.weekday()]


@given(dutch_dates(pdf_artifacts=True))
def test_pdf_artifacts_keep_the_span_on_the_date(example: DutchDateExample) -> None:
    _check_well_formed(example)
    assert example.expression.replace(" \n\n", " ") != ""
    if example.span_end < len(example.text):  # a glued footnote marker stays outside the span
        assert example.text[example.span_end :].isdigit()
        assert example.expression[-4:] == str(example.latest.year if example.latest else "")


@given(st.data(), _date_bounds())
def test_dutch_ranges_are_ranges_within_bounds(data: st.DataObject, bounds: tuple[D, D]) -> None:
    low, high = bounds
    if not any(s._range_form_fits(form, low, high) for form in s.RANGE_FORMS):
        return
    example = data.draw(dutch_ranges(min_value=low, max_value=high))
    _check_well_formed(example)
    assert example.kind is ExpressionKind.RANGE
    assert example.earliest is not None and example.latest is not None
    assert low <= example.earliest <= example.latest <= high
    if "exclusive" not in example.form:  # "van 1 januari tot 2 januari" is one day
        assert example.earliest < example.latest


@given(dutch_relative_dates(reference=R))
def test_relative_dates_keep_their_reference_and_direction(example: DutchDateExample) -> None:
    _check_well_formed(example)
    assert example.reference == R
    assert example.anchoring is Anchoring.DOCUMENT_RELATIVE
    if example.form.startswith("modifier-"):
        assert example.mod is not None
        if example.mod in (Mod.BEFORE, Mod.ON_OR_BEFORE):
            assert example.earliest is None and example.latest is not None
        if example.mod is Mod.AFTER or example.form == "modifier-vanaf":
            assert example.latest is None and example.earliest is not None
        if example.form == "modifier-sinds":
            assert example.latest == R and example.earliest is not None
            assert example.earliest <= R
        return
    assert example.earliest is not None and example.latest is not None
    if example.form.endswith("-jl") or example.form == "ago":
        assert example.latest <= R
    if example.form.endswith("-aanstaande") or example.form == "ahead":
        assert example.earliest > R or example.form == "ahead"
    if example.form == "past-span":
        assert example.latest == R
    if example.form == "coming-span":
        assert example.earliest == R


@given(dutch_relative_dates())
def test_relative_dates_draw_a_reference_when_none_is_given(example: DutchDateExample) -> None:
    assert example.reference is not None
    assert D(1950, 1, 1) <= example.reference <= D(2090, 12, 31)


@given(dutch_modified_dates(reference=R, min_value=D(2000, 1, 1)))
def test_modified_dates_open_the_end_their_modifier_names(example: DutchDateExample) -> None:
    _check_well_formed(example)
    assert example.mod is not None
    open_start = example.mod in (Mod.BEFORE, Mod.ON_OR_BEFORE)
    open_end = example.mod is Mod.AFTER or example.form == "modifier-vanaf"
    assert (example.earliest is None) is open_start
    assert (example.latest is None) is open_end
    if example.form == "modifier-sinds":
        assert example.latest == R and example.reference == R


@given(dutch_date_expressions(reference=R))
def test_every_public_example_is_well_formed(example: DutchDateExample) -> None:
    _check_well_formed(example)


@given(dutch_prose())
def test_prose_has_no_dates_or_digits(text: str) -> None:
    assert text and not re.search(r"\d", text)
    assert not _TEMPORAL_WORDS.search(text)


@given(dutch_prose(with_numbers=True, min_sentences=3, max_sentences=6))
def test_prose_with_numbers_has_only_non_temporal_numbers(text: str) -> None:
    assert not _TEMPORAL_WORDS.search(text)
    assert text.count(".") >= 3


def test_module_explains_a_missing_hypothesis() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "import iraq_events.testing\n"
        "try:\n"
        "    import iraq_events.testing.strategies\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "pip install hypothesis" in out


def test_the_library_itself_does_not_import_hypothesis() -> None:
    """Hypothesis is a development dependency: only the strategies module may import it."""
    code = (
        "import importlib, pkgutil, sys, iraq_events\n"
        "for info in pkgutil.walk_packages(iraq_events.__path__, 'iraq_events.'):\n"
        "    skip = info.name.endswith(('.testing.strategies', '__main__'))\n"
        "    if not skip:\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'hypothesis'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_timex_values_follow_the_issue_examples() -> None:
    """The TIMEX3 values named in the issue: 2024-02-06, 2023-11, 2024-Q1, 2023-SU, P4Y,
    2023-05/2024-04; a modified date keeps its date's value."""
    assert s._day_month_jl(2, 6, R, "jl.").value == "2024-02-06"
    assert s._date_example(_unit(Granularity.MONTH, D(2023, 11, 1))).value == "2023-11"
    assert s._date_example(_unit(Granularity.QUARTER, D(2024, 2, 1))).value == "2024-Q1"
    assert s._date_example(_unit(Granularity.SEASON, D(2023, 7, 1))).value == "2023-SU"
    assert s._date_example(_unit(Granularity.SEASON, D(2024, 2, 1))).value == "2023-WI"
    assert s._date_example(_unit(Granularity.HALF, D(2024, 9, 1))).value == "2024-H2"
    assert s._window("jaar", 4, R, 0, past=True).value == "P4Y"
    may, april = _unit(Granularity.MONTH, D(2023, 5, 1)), _unit(Granularity.MONTH, D(2024, 4, 1))
    assert s._from_to(may, april, 0).value == "2023-05/2024-04"
    assert s._from_to(may, april, 2).value == "2023-05/2024-03"  # "tot" april: through March
    assert s._year_span(2023, 2027, 0).value == "2023/2027"
    assert s._ago_or_ahead("week", 2, R, False, 0).value == "2024-W18"
    inner = s._date_example(_unit(Granularity.YEAR, D(2024, 1, 1)))
    assert s._modified("begin", inner, R).value == "2024"


def test_durations_and_sets_follow_the_contract() -> None:
    period = s._counted_duration("jaar", 4, 5, None)  # variant 5: digits, "een periode van"
    assert (period.text, period.duration, period.kind) == (
        "een periode van 4 jaar",
        "P4Y",
        ExpressionKind.DURATION,
    )
    assert (period.earliest, period.latest, period.mod) == (None, None, None)
    vague = s._counted_duration("jaar", 1, 0, "ruim")
    assert (vague.text, vague.duration, vague.mod) == ("ruim een jaar", "P1Y", Mod.APPROX)
    assert s._counted_duration("week", 2, 0, None).value == "P2W"
    assert s._vague_duration("jaren", past=True).text == "de afgelopen jaren"
    assert s._vague_duration("jaren", past=True).duration == "PXY"
    assert s._set("elke maandag", "XXXX-WXX-1", Granularity.DAY, "").kind is ExpressionKind.SET


@given(dutch_durations() | dutch_sets())
def test_durations_and_sets_have_no_bounds(example: DutchDateExample) -> None:
    _check_well_formed(example)
    assert (example.earliest, example.latest) == (None, None)
    assert example.kind in (ExpressionKind.DURATION, ExpressionKind.SET)
    if example.kind is ExpressionKind.DURATION:
        assert example.duration == example.value and re.fullmatch(r"P(\d+|X)[YMWD]", example.value)
    else:
        assert example.duration is None
        assert re.fullmatch(r"P1[DWMY]|XXXX-WXX-[1-7]", example.value)
