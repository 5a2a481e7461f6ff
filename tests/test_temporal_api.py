"""The public API on bad input, on raw PDF text and on context: errors name the input, garbage
gives no dates, nothing is guessed."""

from __future__ import annotations

import datetime
import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.documents.letter import find_letter_date, paragraph_starts
from iraq_events.temporal import (
    Anchoring,
    DateParseError,
    ExpressionKind,
    Granularity,
    Mod,
    find_dates,
    parse_date,
)

R = datetime.date(2024, 5, 15)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("morgenavond het weer", "no date expression"),
        ("31 februari 2024", "februari 2024 has no day 31"),
        ("29 februari 2023", "februari 2023 has no day 29"),
        ("30-02-2024", "februari 2024 has no day 30"),
        ("31 april", "april has no day 31"),
        ("Tower 22", "no date expression"),
        ("6 februari jl. en 7 maart jl.", "more than one"),
        ("vorige week was het 15 mei 2024 niet", "more than one"),
    ],
)
def test_parse_date_raises_naming_the_input(text: str, problem: str) -> None:
    with pytest.raises(DateParseError) as raised:
        parse_date(text, R)
    message = str(raised.value)
    assert repr(text) in message
    assert problem in message
    assert raised.value.expression == text
    assert isinstance(raised.value, ValueError)


def test_parse_date_never_shifts_an_invalid_day() -> None:
    with pytest.raises(DateParseError):
        parse_date("31 februari 2024")
    # reported, never silently dropped (issue 16): unresolved, with what is wrong with it
    (found,) = find_dates("De vergadering van 31 februari 2024 ging niet door.", R)
    assert (found.text, found.anchoring, found.earliest, found.latest) == (
        "31 februari 2024",
        Anchoring.UNRESOLVED,
        None,
        None,
    )
    assert found.problem == "februari 2024 has no day 31"


def test_parse_date_rejects_partial_matches() -> None:
    with pytest.raises(DateParseError, match="only 'mei 2023' is a date"):
        parse_date("mei 2023 was een goede maand")


def test_parse_date_offsets_point_into_the_input() -> None:
    found = parse_date("  in mei 2023. ", R)
    assert (found.start, found.end, found.text) == (5, 13, "mei 2023")


def test_parse_date_falls_back_to_dateparser_keeping_the_stated_precision() -> None:
    found = parse_date("May 2024")
    assert found.rule == "fallback.dateparser"
    assert (found.earliest, found.latest) == (datetime.date(2024, 5, 1), datetime.date(2024, 5, 31))
    assert found.granularity is Granularity.MONTH
    day = parse_date("15 May 2024")
    assert (day.earliest, day.granularity) == (datetime.date(2024, 5, 15), Granularity.DAY)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01\x02binary\x00 15 mei 2024", "\ufffd" * 50 + "2024", "!!!%%%^^^"],
)
def test_find_dates_on_empty_or_binary_text_is_empty(text: str) -> None:
    assert find_dates(text, R) == []


@pytest.mark.parametrize(("value", "name"), [(b"15 mei 2024", "bytes"), (None, "NoneType")])
def test_find_dates_on_non_text_raises_type_error_naming_the_type(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=name):
        find_dates(value, R)  # type: ignore[arg-type]


def test_one_stray_nul_byte_does_not_make_a_letter_binary() -> None:
    letter = (
        "Den Haag, 15 mei 2024\n\nGeachte voorzitter,\x00\n\n"
        + "Sinds juli 2021 loopt de missie. " * 5
    )
    assert [e.text for e in find_dates(letter, R)] == ["15 mei 2024"] + ["Sinds juli 2021"] * 5
    assert find_dates("\x00\x01" * 10 + " 15 mei 2024", R) == []


def test_a_date_broken_over_pdf_line_breaks_is_one_expression() -> None:
    text = "de brief d.d. 17 \n\njuni 2022 over de inzet"
    (found,) = find_dates(text, R)
    assert found.text == "17 \n\njuni 2022"
    assert found.earliest == datetime.date(2022, 6, 17)


def test_a_footnote_marker_glued_to_a_year_is_outside_the_span() -> None:
    text = "de veiligheidsdialoog d.d. 7-8 augustus 20238 is een commissie ingericht"
    (found,) = find_dates(text, R)
    assert found.text == "7-8 augustus 2023"
    assert (found.earliest, found.latest) == (datetime.date(2023, 8, 7), datetime.date(2023, 8, 8))
    assert found.kind is ExpressionKind.RANGE


def test_a_bare_day_month_takes_the_year_of_the_preceding_date_in_its_paragraph() -> None:
    text = "Op 28 januari 2024 viel een aanval. Op 31 januari volgde een verklaring."
    _, second = find_dates(text, R)
    assert second.earliest == datetime.date(2024, 1, 31)
    assert second.anchoring is Anchoring.CONTEXTUAL
    assert second.anchor == datetime.date(2024, 1, 28)


def test_a_bare_day_month_does_not_take_a_year_across_a_paragraph_break() -> None:
    text = "Op 28 januari 2024 viel een aanval.\n\nOp 31 januari volgde een verklaring."
    _, second = find_dates(text, R)
    assert second.anchoring is Anchoring.UNRESOLVED
    assert second.earliest is None and second.latest is None


def test_a_bare_day_month_takes_the_year_a_jl_date_before_it_was_given() -> None:
    first, second = find_dates("Op 6 februari jl. en op 14 maart vergaderde men.", R)
    assert (second.text, second.earliest) == ("14 maart", datetime.date(2024, 3, 14))
    assert (second.anchoring, second.anchor) == (Anchoring.CONTEXTUAL, first.latest)
    _, after_last_year = find_dates("In oktober vorig jaar en op 3 november was er overleg.", R)
    assert after_last_year.earliest == datetime.date(2023, 11, 3)


def test_a_bare_day_month_after_an_unresolvable_jl_date_stays_unresolved() -> None:
    _, second = find_dates("Op 6 februari jl. en op 14 maart vergaderde men.")
    assert second.text == "14 maart"
    assert second.anchoring is Anchoring.UNRESOLVED


def test_sindsdien_runs_from_the_preceding_date_to_the_reference() -> None:
    text = "Op 7 februari 2024 volgde een aanval. Sindsdien is het rustig."
    _, since = find_dates(text, R)
    assert (since.earliest, since.latest, since.mod) == (
        datetime.date(2024, 2, 7),
        R,
        Mod.ON_OR_AFTER,
    )
    (alone,) = find_dates("Sindsdien is het rustig.", R)
    assert alone.anchoring is Anchoring.UNRESOLVED


def test_relative_expressions_without_a_reference_are_reported_unresolved() -> None:
    found = find_dates("vorig jaar, op 6 februari jl. en een jaar geleden")
    assert [f.text for f in found] == ["vorig jaar", "6 februari jl.", "een jaar geleden"]
    assert all(f.anchoring is Anchoring.UNRESOLVED for f in found)
    assert all(f.earliest is None and f.latest is None for f in found)


def test_paragraph_detection_in_plain_and_pdf_text() -> None:
    plain = "een\ntwee\n\ndrie"
    assert paragraph_starts(plain) == [plain.index("drie")]
    pdf = "een \n\ntwee \n\n \n\ndrie \n\nvier"
    assert paragraph_starts(pdf) == [pdf.index("\n\ndrie")]
    single_lines = "een\n\ntwee\n\ndrie"  # blank lines but no space-only line: plain text
    assert paragraph_starts(single_lines) == [5, 11]


def test_find_letter_date_reads_the_signing_line() -> None:
    assert find_letter_date("Brief\n\n Den Haag, 15 mei 2024 \n\nTekst") == R
    assert find_letter_date("Geen datumregel, 31 februari 2024") is None
    assert find_letter_date("geen datum") is None


def test_find_dates_is_linear_in_the_text_length() -> None:
    # a coarse guard against quadratic scans (the benchmark measures speed properly)
    sentence = "Op 7 februari 2024 en sinds mei 2023, zie https://x.org/2024/05/1, circa 1.500. "
    small, large = sentence * 200, sentence * 2000
    find_dates(small, R)
    start = time.perf_counter()
    find_dates(small, R)
    small_time = time.perf_counter() - start
    start = time.perf_counter()
    assert len(find_dates(large, R)) == 4000
    large_time = time.perf_counter() - start
    assert large_time < 40 * small_time + 0.5


def test_days_joined_by_en_are_one_range_after_tussen_or_alone() -> None:
    (between,) = find_dates("tussen 1 en 15 maart 2024 vergaderde men", R)
    assert between.text == "1 en 15 maart 2024" and between.kind is ExpressionKind.RANGE
    alone = parse_date(between.text)  # the span reads back as the same range
    assert (alone.earliest, alone.latest) == (between.earliest, between.latest)
    # two days, not a range: the first takes the month and year of the second
    first, second = find_dates("op 1 en 15 maart 2024 vergaderde men", R)
    assert (first.text, first.earliest, first.latest) == (
        "1",
        datetime.date(2024, 3, 1),
        datetime.date(2024, 3, 1),
    )
    assert second.text == "15 maart 2024" and second.kind is ExpressionKind.DATE


def test_a_season_or_quarter_without_year_takes_the_year_from_context() -> None:
    text = "In 2023 was het rustig. In het najaar en in het eerste kwartaal kwam er meer."
    _, autumn, quarter = find_dates(text, R)
    assert (autumn.text, autumn.earliest, autumn.latest) == (
        "het najaar",
        datetime.date(2023, 9, 1),
        datetime.date(2023, 11, 30),
    )
    assert autumn.anchoring is Anchoring.CONTEXTUAL and autumn.value == "2023-FA"
    assert quarter.value == "2023-Q1" and quarter.anchor == datetime.date(2023, 12, 31)


def test_a_weekday_that_contradicts_the_date_is_an_error_not_a_guess() -> None:
    assert parse_date("woensdag 15 mei 2024").earliest == R
    with pytest.raises(DateParseError, match="16 mei 2024 is a donderdag, not a woensdag"):
        parse_date("woensdag 16 mei 2024")
    # find_dates reports it: the written date wins, the contradiction is its problem
    (found,) = find_dates("Op woensdag 16 mei 2024 vergaderde men.", R)
    assert found.earliest == datetime.date(2024, 5, 16)
    assert found.problem == "16 mei 2024 is a donderdag, not a woensdag"
    assert parse_date("woensdag 15 mei 2024").problem is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("'s-Gravenhage, 3 juni 2024", datetime.date(2024, 6, 3)),
        ("Datum 12 maart 2023", datetime.date(2023, 3, 12)),
        ("  Den Haag,\t1 februari 2022 ", datetime.date(2022, 2, 1)),
    ],
)
def test_find_letter_date_reads_other_signing_lines(line: str, day: datetime.date) -> None:
    assert find_letter_date(f"Kamerbrief\n\n{line}\n\nGeachte voorzitter,") == day


@pytest.mark.parametrize("text", ["€2023", "2023%", "$ 2024", "the year 2020", "Tower 2022"])
def test_the_dateparser_fallback_never_reads_amounts_or_bare_numbers(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text)


@pytest.mark.parametrize(
    "text", ["15 2024", "om 15:00 2024", "5 of 2024", "2024 15", "Wednesday 15 May 2024"]
)
def test_the_dateparser_fallback_never_fills_parts_from_the_clock(text: str) -> None:
    with pytest.raises(DateParseError) as raised:
        parse_date(text)
    assert repr(text) in str(raised.value)


@given(st.integers(1, 99), st.integers(1900, 2100))
def test_a_number_and_a_year_is_never_a_date_unless_the_grammar_reads_it(d: int, y: int) -> None:
    text = f"{d} {y}"
    try:
        found = parse_date(text)
    except DateParseError as error:
        assert repr(text) in str(error)
    else:
        assert found.rule != "fallback.dateparser"


_ABSOLUTE = st.sampled_from(
    [
        "May 2024",
        "15 May 2024",
        "15th of May 2024",
        "May 15, 2024",
        "15 2024",
        "mei 2023",
        "1 May 1999",
    ]
)


@given(_ABSOLUTE, st.dates(), st.dates())
def test_absolute_results_do_not_depend_on_the_reference(
    text: str, first: datetime.date, second: datetime.date
) -> None:
    def read(reference: datetime.date | None) -> object:
        try:
            return parse_date(text, reference)
        except DateParseError as error:
            return str(error)

    assert read(first) == read(second) == read(None)


@pytest.mark.parametrize(
    ("text", "found", "problem"),
    [
        ("Op 30 februari was er overleg.", "30 februari", "februari has no day 30"),
        ("In week 53 van 2021 was er overleg.", "week 53 van 2021", "2021 has no ISO week 53"),
        ("Op 29 februari 2023 was er overleg.", "29 februari 2023", "februari 2023 has no day 29"),
    ],
)
def test_a_date_that_does_not_exist_is_reported_with_its_problem(
    text: str, found: str, problem: str
) -> None:
    (expression,) = find_dates(text, R)
    assert (expression.text, expression.anchoring) == (found, Anchoring.UNRESOLVED)
    assert expression.earliest is None and expression.latest is None
    assert expression.problem is not None and problem in expression.problem


def test_layout_lives_in_documents_and_keeps_its_old_names() -> None:
    import iraq_events.temporal
    import iraq_events.temporal.api
    from iraq_events.documents import letter

    assert iraq_events.temporal.find_letter_date is letter.find_letter_date
    assert iraq_events.temporal.api.find_letter_date is letter.find_letter_date
    assert iraq_events.temporal.api.paragraph_starts is letter.paragraph_starts
    assert "find_letter_date" not in vars(iraq_events.temporal.api)


def test_find_dates_takes_the_paragraphs_it_is_given() -> None:
    text = "Op 7 februari 2024 volgde een aanval. Op 31 januari was dat al aangekondigd."
    together = find_dates(text, R)[-1]
    apart = find_dates(text, R, paragraphs=[text.index("Op 31")])[-1]
    assert together.rule == "day_month" and together.anchor == datetime.date(2024, 2, 7)
    assert apart.text == "31 januari" and apart.rule == "day_month.tense"  # a new paragraph


def test_a_footnote_glued_to_a_year_is_read_in_one_place() -> None:
    from iraq_events.temporal.grammar import glued_footnote_end

    text = "op 6 december 20242."
    year_end = text.index("2024") + 4
    assert glued_footnote_end(text, year_end) == year_end + 1
    assert glued_footnote_end("op 6 december 2024.", year_end) == year_end
    assert parse_date("6 december 20242").earliest == datetime.date(2024, 12, 6)


@pytest.mark.parametrize(
    ("span", "bounds"),
    [
        ((-1, 2), (None, None)),
        ((3, 2), (None, None)),
        ((0, 2), (datetime.date(2024, 2, 1), datetime.date(2024, 1, 1))),
    ],
)
def test_an_expression_refuses_a_span_or_interval_that_cannot_be(
    span: tuple[int, int], bounds: tuple[datetime.date | None, datetime.date | None]
) -> None:
    from iraq_events.temporal.types import ExpressionKind, Granularity, TemporalExpression

    with pytest.raises(ValueError, match="'x'"):
        TemporalExpression(
            text="x",
            start=span[0],
            end=span[1],
            kind=ExpressionKind.DATE,
            granularity=Granularity.DAY,
            earliest=bounds[0],
            latest=bounds[1],
        )


_FIELDS = (
    st.text(max_size=5),
    st.integers(-2, 40),
    st.integers(-2, 40),
    st.sampled_from(ExpressionKind),
    st.sampled_from(Granularity),
    st.none() | st.dates(),
    st.none() | st.dates(),
    st.none() | st.sampled_from(Mod),
    st.sampled_from(Anchoring),
    st.text(max_size=5),
    st.none() | st.text(max_size=5),
    st.text(max_size=5),
    st.none() | st.dates(),
    st.none() | st.text(max_size=5),
)


@given(st.tuples(*_FIELDS))
def test_new_expression_builds_what_the_class_builds(fields: tuple[object, ...]) -> None:
    """``new_expression`` (used by ``resolve`` for speed) takes the class's fields in the
    class's order and gives an equal instance, or the same error for a bad span or interval."""
    import attrs

    from iraq_events.temporal.types import TemporalExpression, new_expression

    names = [field.name for field in attrs.fields(TemporalExpression)]
    try:
        expected = TemporalExpression(**dict(zip(names, fields, strict=True)))
    except ValueError as error:
        with pytest.raises(ValueError, match="^" + re.escape(str(error)) + "$"):
            new_expression(*fields)
        return
    built = new_expression(*fields)
    assert built == expected
    assert attrs.astuple(built, recurse=False) == fields
    assert vars(built) == vars(expected)
    assert hash(built) == hash(expected) and repr(built) == repr(expected)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.start = 0  # type: ignore[misc]
