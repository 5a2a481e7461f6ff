"""Property tests of the temporal engine against the independent oracle in
``iraq_events.testing.strategies``.

Each strategy draws a Dutch expression together with the interval the date semantics contract
says it denotes; the engine must agree — alone (``parse_date``) and embedded in Dutch prose
(``find_dates``, with exact offsets). ``find_dates`` must also never raise and always return
sorted, non-overlapping, exactly-sliced results, whatever the text.
"""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.temporal import find_dates, format_date, parse_date
from iraq_events.temporal.types import (
    Anchoring,
    DateParseError,
    ExpressionKind,
    Granularity,
    Mod,
    TemporalExpression,
)
from iraq_events.testing.strategies import (
    MONTH_NAMES,
    DutchDateExample,
    _calendar_relative,
    _modified,
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


def _denotation(
    found: TemporalExpression | DutchDateExample,
) -> dict[str, object]:
    denotation: dict[str, object] = {
        "earliest": found.earliest,
        "latest": found.latest,
        "granularity": found.granularity,
        "kind": found.kind,
        "mod": found.mod,
        "anchoring": found.anchoring,
        "value": found.value,
    }
    return denotation


def assert_denotes(found: TemporalExpression, example: DutchDateExample) -> None:
    """The engine's reading equals the contract's, field by field (a readable diff on failure)."""
    assert _denotation(found) == _denotation(example), (
        f"{example.text!r} (reference {example.reference}, form {example.form})"
    )
    if example.duration is not None:
        assert found.duration == example.duration, example.text


def assert_well_formed_results(text: str, found: list[TemporalExpression]) -> None:
    """Sorted, non-overlapping, exact offsets, well-ordered bounds."""
    assert isinstance(found, list)
    previous_end = 0
    for expression in found:
        assert isinstance(expression, TemporalExpression)
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= previous_end, "results overlap or are out of order"
        assert expression.end > expression.start
        previous_end = expression.end
        if expression.earliest is not None and expression.latest is not None:
            assert expression.earliest <= expression.latest


# --- parse_date agrees with the contract -------------------------------------------------------


@given(dutch_dates())
def test_parse_date_reads_absolute_dates(example: DutchDateExample) -> None:
    assert_denotes(parse_date(example.text, reference=example.reference), example)


@given(
    dutch_dates() | dutch_ranges(),
    st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)),
)
def test_absolute_expressions_do_not_depend_on_the_reference(
    example: DutchDateExample, reference: D
) -> None:
    assert_denotes(parse_date(example.text, reference=reference), example)


@given(dutch_ranges())
def test_parse_date_reads_ranges_as_one_expression(example: DutchDateExample) -> None:
    assert_denotes(parse_date(example.text, reference=example.reference), example)


@given(dutch_relative_dates())
def test_parse_date_resolves_relative_dates_against_the_reference(
    example: DutchDateExample,
) -> None:
    assert_denotes(parse_date(example.text, reference=example.reference), example)


@given(dutch_modified_dates())
def test_parse_date_applies_modifiers(example: DutchDateExample) -> None:
    assert_denotes(parse_date(example.text, reference=example.reference), example)


@given(dutch_durations() | dutch_sets())
def test_parse_date_reads_durations_and_sets(example: DutchDateExample) -> None:
    assert_denotes(parse_date(example.text), example)


@pytest.mark.parametrize(
    ("modifier", "day_word"),
    [("sinds", "gisteren"), ("tot", "gisteren"), ("vanaf", "vandaag"), ("uiterlijk", "vandaag"),
     ("na", "gisteren")],
)  # fmt: skip
def test_modifiers_apply_to_gisteren_and_vandaag(modifier: str, day_word: str) -> None:
    """Once an engine bug (fixed): "sinds gisteren" and the like were not read."""
    reference = D(2024, 5, 15)
    example = _modified(modifier, _calendar_relative(day_word, reference), reference)
    assert_denotes(parse_date(example.text, reference=reference), example)


@st.composite
def impossible_days(draw: st.DrawFn) -> str:
    """Day-month-year triples that do not exist: 31 april, 30 februari, 29 februari 2023."""
    year = draw(st.integers(1900, 2099))
    month = draw(st.sampled_from([2, 4, 6, 9, 11]))
    last = 29 if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    if month != 2:
        last = 30
    day = draw(st.integers(last + 1, 31))
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


@given(impossible_days())
def test_parse_date_rejects_days_that_do_not_exist(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert text in str(caught.value)


# --- find_dates finds an embedded expression exactly -------------------------------------------

# lead-ins end in a word that cannot join a date ("dit" would: "dit voorjaar"); "" puts the
# phrase at the start of its sentence, capitalized ("Sinds juli 2021 ...", "Van mei 2023 ...")
_LEADS = ("Dit gebeurde", "Het kabinet rapporteerde", "Zo besloot de missie", "")
# the contract's plain prepositions, which stay outside the span ("in mei 2023", "d.d. 7-8
# augustus 2023"); put only before phrases that start with the date or a begin/medio/eind word
_PREPOSITIONS = ("in", "op", "per", "d.d.", "tegen", "gedurende")


def _embed(
    before: str, lead: str, example: DutchDateExample, after: str, preposition: str = ""
) -> tuple[str, int]:
    """Prose, the phrase in a sentence of its own, prose; returns the text and the phrase's
    offset. With an empty ``lead`` the phrase (or its preposition) opens the sentence."""
    takes_preposition = example.span_start == 0 and example.mod in (
        None,
        Mod.START,
        Mod.MID,
        Mod.END,
    )
    if example.text.isdigit() and preposition not in ("in", "gedurende"):
        # "tegen 1500", "per 1000", "op 2000" are as often counts: only "in"/"gedurende"
        # make a bare number a year
        preposition = ""
    words = [w for w in (lead, preposition if takes_preposition else "") if w]
    if example.text.isdigit() and not words:
        # a bare number opening a sentence before a verb may be a count ("1900 militairen
        # ..."); the engine reads bare years only where their context says so
        lead = _LEADS[0]
        words = [lead]
    opening = " ".join(words)
    phrase = example.text
    if opening:
        opening = opening[0].upper() + opening[1:]
    else:
        phrase = phrase[0].upper() + phrase[1:]
    head = f"{before} {opening} " if opening else f"{before} "
    if lead:
        tail = " " if example.text.endswith(".") else ". "
    else:
        tail = " rapporteerde het kabinet. "
    return f"{head}{phrase}{tail}{after}", len(head)


@given(
    dutch_date_expressions()
    | dutch_dates(pdf_artifacts=True)
    | dutch_ranges(pdf_artifacts=True)
    | dutch_durations()
    | dutch_sets(),
    dutch_prose(),
    st.sampled_from(_LEADS),
    dutch_prose(),
    st.sampled_from(("", *_PREPOSITIONS)),
)
def test_find_dates_finds_an_embedded_expression_exactly(
    example: DutchDateExample, before: str, lead: str, after: str, preposition: str
) -> None:
    text, offset = _embed(before, lead, example, after, preposition)
    found = find_dates(text, reference=example.reference)
    assert [(e.start, e.end) for e in found] == [
        (offset + example.span_start, offset + example.span_end)
    ], f"in {text!r}: {[e.text for e in found]}"
    assert_denotes(found[0], example)
    # the span find_dates reports reads back, alone, as the same expression
    again = parse_date(found[0].text, reference=example.reference)
    assert _denotation(again) == _denotation(found[0]), found[0].text


@st.composite
def several_embedded(draw: st.DrawFn) -> tuple[str, list[tuple[int, DutchDateExample]]]:
    reference = draw(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
    examples = draw(st.lists(dutch_date_expressions(reference=reference), min_size=2, max_size=4))
    text = draw(dutch_prose(max_sentences=2))
    placed = []
    for example in examples:
        text, offset = _embed(text, draw(st.sampled_from(_LEADS)), example, "")
        placed.append((offset, example))
        text += draw(dutch_prose(max_sentences=2))
    return text, placed


@given(several_embedded())
def test_find_dates_returns_every_expression_in_order(
    case: tuple[str, list[tuple[int, DutchDateExample]]],
) -> None:
    text, placed = case
    references = {e.reference for _, e in placed} - {None}
    found = find_dates(text, reference=references.pop() if references else None)
    assert_well_formed_results(text, found)
    assert [(e.start, e.end) for e in found] == [
        (offset + example.span_start, offset + example.span_end) for offset, example in placed
    ], f"in {text!r}: {[e.text for e in found]}"
    for expression, (_, example) in zip(found, placed, strict=True):
        assert_denotes(expression, example)


@st.composite
def day_months(draw: st.DrawFn) -> tuple[int, int]:
    """A day and month that exist in every year (no 29 February)."""
    month = draw(st.integers(1, 12))
    return draw(st.integers(1, calendar.monthrange(2023, month)[1])), month


@given(
    dutch_dates(
        granularities=[Granularity.DAY, Granularity.MONTH],
        formats=["words", "weekday"],
        min_value=D(1950, 1, 1),
        max_value=D(2090, 12, 31),
    ),
    day_months(),
    dutch_prose(max_sentences=2),
    dutch_prose(max_sentences=2),
    st.booleans(),
)
def test_a_day_without_year_takes_the_year_of_the_preceding_date_in_its_paragraph(
    anchor: DutchDateExample,
    day_month: tuple[int, int],
    before: str,
    between: str,
    new_paragraph: bool,
) -> None:
    """Contract: "op 31 januari" after "28 januari 2024" in the same paragraph is 2024-01-31,
    contextual; in a new paragraph, with no reference date, there is nothing to anchor to."""
    assert anchor.earliest is not None
    day, month = day_month
    bare = f"{day} {MONTH_NAMES[month - 1]}"
    first = f"{before} Op {anchor.text} rapporteerde het kabinet. {between}"
    # a line holding only a space: a paragraph break in plain and in PDF-extracted text alike
    separator = "\n\n \n\n" if new_paragraph else " "
    text = f"{first}{separator}Op {bare} besloot de missie."
    found = find_dates(text)
    assert [e.text for e in found] == [anchor.text, bare], text
    assert found[1].start == len(first) + len(separator) + len("Op ")
    assert found[1].kind is ExpressionKind.DATE and found[1].granularity is Granularity.DAY
    if new_paragraph:
        assert found[1].anchoring is Anchoring.UNRESOLVED, text
        assert (found[1].earliest, found[1].latest) == (None, None)
    else:
        expected = D(anchor.earliest.year, month, day)
        assert found[1].anchoring is Anchoring.CONTEXTUAL, text
        assert (found[1].earliest, found[1].latest) == (expected, expected)


@given(dutch_prose(with_numbers=True, min_sentences=2, max_sentences=6))
def test_find_dates_ignores_numbers_that_are_not_dates(text: str) -> None:
    found = find_dates(text, reference=D(2024, 5, 15))
    assert found == [], [e.text for e in found]


# --- find_dates never raises -------------------------------------------------------------------

_DATEISH_TOKENS = [*"0123456789 -/.–—\n\t,%€", "mei", "jl.", "t/m", " tot en met ", "januari", "Q"]
_DATEISH = st.lists(st.sampled_from(_DATEISH_TOKENS), max_size=30).map("".join)


@given(st.text() | st.binary().map(lambda raw: raw.decode("latin-1")) | _DATEISH)
def test_find_dates_never_raises_and_results_are_well_formed(text: str) -> None:
    found = find_dates(text, reference=D(2024, 5, 15))
    assert_well_formed_results(text, found)


def test_find_dates_on_empty_text_is_empty() -> None:
    assert find_dates("") == []
    assert find_dates("\x00\x01\xff" * 10) == []


# --- text -> date -> text ----------------------------------------------------------------------


def _has_no_dutch_text(example: DutchDateExample) -> bool:
    """What format_date documents it cannot write: windows from R ("de afgelopen vier jaar")
    and vague durations ("de afgelopen jaren")."""
    return example.form in ("past-span", "coming-span") or "X" in (example.duration or "")


@given(
    dutch_date_expressions()
    | dutch_dates(pdf_artifacts=True)
    | dutch_ranges(pdf_artifacts=True)
    | dutch_durations()
    | dutch_sets()
)
def test_text_date_text_round_trip(example: DutchDateExample) -> None:
    """format_date writes Dutch that parse_date reads as the same bounds, granularity, mod,
    kind and value (a relative date is written as the date it resolved to, so its anchoring
    may become absolute)."""
    parsed = parse_date(example.expression, reference=example.reference)
    if _has_no_dutch_text(example):
        with pytest.raises(ValueError):
            format_date(parsed)
        return
    text = format_date(parsed)
    again = parse_date(text, reference=example.reference)
    expected = {**_denotation(parsed), "anchoring": None}
    assert {**_denotation(again), "anchoring": None} == expected, (example.text, text)


def test_a_one_year_range_round_trips() -> None:
    """Once an engine bug (fixed): format_date wrote "2023 tot en met 2023", unreadable."""
    parsed = parse_date("van 2023 tot 2024")  # "tot" excludes 2024: all of 2023, as a range
    again = parse_date(format_date(parsed))
    assert _denotation(again) == _denotation(parsed)
