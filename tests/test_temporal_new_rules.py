"""Property tests of the issue-15 rules: weekdays, numeric dates, holidays, positions, windows of
whole units, and the corpus at references shifted by whole years."""

from __future__ import annotations

import datetime
from importlib import resources

from hypothesis import assume, given
from hypothesis import strategies as st

from iraq_events.temporal import Anchoring, find_dates, parse_date
from iraq_events.temporal.lexicon import lexicon
from iraq_events.temporal.resolution import easter, holiday

LEX = lexicon()
WEEKDAYS = LEX.weekday_names
MONTHS = LEX.month_names
references = st.dates(datetime.date(1950, 3, 1), datetime.date(2090, 10, 31))


@given(
    reference=references, weekday=st.integers(1, 7), word=st.sampled_from(["afgelopen", "vorige"])
)
def test_a_past_weekday_is_the_last_one_before_r(
    reference: datetime.date, weekday: int, word: str
) -> None:
    found = parse_date(f"{word} {WEEKDAYS[weekday - 1]}", reference)
    assert found.earliest is not None and found.earliest.isoweekday() == weekday
    assert 1 <= (reference - found.earliest).days <= 7


@given(
    reference=references, weekday=st.integers(1, 7), word=st.sampled_from(["komende", "aanstaande"])
)
def test_a_coming_weekday_is_the_next_one_after_r(
    reference: datetime.date, weekday: int, word: str
) -> None:
    found = parse_date(f"{word} {WEEKDAYS[weekday - 1]}", reference)
    assert found.earliest is not None and found.earliest.isoweekday() == weekday
    assert 1 <= (found.earliest - reference).days <= 7


@given(reference=references, weekday=st.integers(1, 7), weeks=st.sampled_from([-1, 0, 1]))
def test_a_weekday_of_a_shifted_week_lies_in_that_calendar_week(
    reference: datetime.date, weekday: int, weeks: int
) -> None:
    shift = {-1: "vorige", 0: "deze", 1: "volgende"}[weeks]
    found = parse_date(f"{shift} week {WEEKDAYS[weekday - 1]}", reference)
    assert found.earliest is not None and found.earliest.isoweekday() == weekday
    r_year, r_week, _ = (reference + datetime.timedelta(weeks=weeks)).isocalendar()
    assert found.earliest.isocalendar()[:2] == (r_year, r_week)


@given(reference=references, day=st.dates(datetime.date(1945, 1, 1), datetime.date(2095, 12, 31)))
def test_a_weekday_with_a_year_less_date_falls_on_that_weekday(
    reference: datetime.date, day: datetime.date
) -> None:
    assume((day.month, day.day) != (2, 29))
    text = f"{WEEKDAYS[day.isoweekday() - 1]} {day.day} {MONTHS[day.month - 1]}"
    found = parse_date(text, reference)
    assert found.earliest is not None
    assert (found.earliest.month, found.earliest.day) == (day.month, day.day)
    assert found.earliest.isoweekday() == day.isoweekday()
    assert abs(found.earliest.year - reference.year) <= 7


@given(day=st.dates(datetime.date(1970, 1, 1), datetime.date(2069, 12, 31)),
       separator=st.sampled_from("-/."), two_digits=st.booleans())  # fmt: skip
def test_a_numeric_date_reads_day_first(
    day: datetime.date, separator: str, two_digits: bool
) -> None:
    year = f"{day.year % 100:02d}" if two_digits else str(day.year)
    text = f"{day.day}{separator}{day.month:02d}{separator}{year}"
    found = parse_date(text)
    assert (found.earliest, found.latest, found.rule) == (day, day, "date.numeric")


@given(day=st.integers(1, 31), month=st.integers(1, 12), separator=st.sampled_from("-/"))
def test_a_year_less_numeric_date_is_read_after_op_and_never_invents_a_day(
    day: int, month: int, separator: str
) -> None:
    text = f"Het overleg is op {day}{separator}{month} gehouden."
    found = find_dates(text, datetime.date(2024, 5, 15))
    last = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    assert len(found) == 1
    assert (found[0].problem is None) == (day <= last)
    assert found[0].anchoring is Anchoring.UNRESOLVED


@given(first=st.integers(1, 40), second=st.integers(100, 999))
def test_a_dossier_number_is_never_a_numeric_date(first: int, second: int) -> None:
    assert find_dates(f"Kamerstuk {first}-{second}, nr. 3", datetime.date(2024, 5, 15)) == []


@given(year=st.integers(1583, 9000))
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    day = easter(year)
    assert day.isoweekday() == 7
    assert datetime.date(year, 3, 22) <= day <= datetime.date(year, 4, 25)
    assert holiday("hemelvaartsdag", year).isoweekday() == 4
    assert holiday("pinksteren", year).isoweekday() == 7


@given(year=st.integers(1900, 2100))
def test_koningsdag_is_27_april_or_the_saturday_before_a_sunday(year: int) -> None:
    day = parse_date(f"Koningsdag {year}").earliest
    assert day is not None and day.isoweekday() != 7
    assert day == datetime.date(year, 4, 27) or (
        day == datetime.date(year, 4, 26) and day.isoweekday() == 6
    )
    mothers = parse_date(f"Moederdag {year}").earliest
    assert mothers is not None and mothers.isoweekday() == 7 and mothers.month == 5
    assert 8 <= mothers.day <= 14


@given(year=st.integers(1900, 2100), month=st.integers(1, 12), weekday=st.integers(1, 7),
       position=st.sampled_from(["eerste", "tweede", "derde", "vierde", "laatste"]))  # fmt: skip
def test_a_position_in_a_month_has_its_weekday_and_its_place(
    year: int, month: int, weekday: int, position: str
) -> None:
    text = f"de {position} {WEEKDAYS[weekday - 1]} van {MONTHS[month - 1]} {year}"
    day = parse_date(text).earliest
    assert day is not None and (day.year, day.month, day.isoweekday()) == (year, month, weekday)
    if position == "laatste":
        assert (day + datetime.timedelta(days=7)).month != month
    else:
        nth = ["eerste", "tweede", "derde", "vierde"].index(position) + 1
        assert (day.day - 1) // 7 + 1 == nth


@given(reference=references, amount=st.integers(1, 6),
       unit=st.sampled_from([("dagen", 1), ("weken", 7)]), past=st.booleans())  # fmt: skip
def test_whole_units_without_an_article_touch_r_s_own_unit_and_never_hold_r(
    reference: datetime.date, amount: int, unit: tuple[str, int], past: bool
) -> None:
    word, days = unit
    found = parse_date(f"{'afgelopen' if past else 'komende'} {amount} {word}", reference)
    assert found.earliest is not None and found.latest is not None
    assert (found.latest - found.earliest).days + 1 == amount * days
    assert not found.earliest <= reference <= found.latest


def test_tot_het_einde_van_is_through_the_end_and_keeps_an_anaphor_s_part() -> None:
    r = datetime.date(2024, 5, 15)
    found = parse_date("tot het einde van 2024", r)
    assert (found.earliest, found.latest, found.mod) == (
        None,
        datetime.date(2024, 12, 31),
        "ON_OR_BEFORE",
    )
    assert parse_date("tot eind 2024", r).latest == datetime.date(2024, 8, 31)
    (anaphor,) = find_dates("Dat loopt tot het einde van de rapportageperiode.", r)
    assert (anaphor.text, anaphor.rule) == (
        "het einde van de rapportageperiode",
        "anaphor.reporting_period.end",
    )


def test_zo_is_sunday_only_before_a_date_or_as_the_whole_text() -> None:
    r = datetime.date(2013, 2, 12)
    assert parse_date("zo.", r, prefer="future").earliest == datetime.date(2013, 2, 17)
    assert parse_date("zo. 10 februari 2013", r).earliest == datetime.date(2013, 2, 10)
    for text in ("Dat is zo.", "Zo. Dan verder.", "Het is zo. En verder"):
        assert find_dates(text, r, prefer="future") == [], text


# --- the corpus at references shifted by whole years ----------------------------------------


def _corpus() -> list[dict[str, str]]:
    text = resources.files("iraq_events.temporal.lexicon").joinpath("nl", "corpus.tsv")
    lines = [line for line in text.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]  # fmt: skip
    header, *body = lines
    return [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in body]


CORPUS = [row for row in _corpus() if row["reference"] and row["anchoring"] != "unresolved"]


def _shift(day: datetime.date | None, years: int) -> datetime.date | None:
    if day is None:
        return None
    return day.replace(year=day.year + years)


@given(row=st.sampled_from(CORPUS), years=st.integers(-30, 30).filter(lambda y: y % 4 == 0))
def test_shifting_the_reference_by_whole_years_shifts_relative_expressions_only(
    row: dict[str, str], years: int
) -> None:
    """Four-year steps keep leap days and (all but century years) the calendar's shape;
    weekdays drift, so rules that read a weekday or a week are left out."""
    expression = row["expression"].replace("\\n", "\n")
    weekly = ("weekday", "week", "units", "holiday", "position", "prinsjesdag")
    assume(not any(word in row["rule"] for word in weekly))
    reference = datetime.date.fromisoformat(row["reference"])
    base = parse_date(expression, reference)
    shifted = parse_date(expression, _shift(reference, years))
    assume(base.granularity.value not in ("week",))
    moved = _shift(reference, years)
    assert moved is not None
    first, _, rest = expression.partition(" ")
    if LEX.open_modifiers.get(first.lower()) == "since":
        # "sinds juli 2021": the inner date's start, the end at R (open when R is before it)
        inner = parse_date(rest, reference)
        start = inner.earliest if inner.anchoring is Anchoring.ABSOLUTE else None
        start = start or _shift(inner.earliest, years)
        assert start is not None and shifted.earliest == start
        assert shifted.latest == (moved if moved >= start else None)
    elif base.anchoring is Anchoring.ABSOLUTE:
        assert (shifted.earliest, shifted.latest) == (base.earliest, base.latest)
    else:
        assert shifted.earliest == _shift(base.earliest, years), (expression, years)
        assert shifted.latest == _shift(base.latest, years), (expression, years)


@given(year=st.integers(1950, 2090), mark=st.sampled_from(["“", '"', "(", "„", "‘"]))
def test_a_year_after_a_preposition_that_opens_a_quotation_or_a_bracket_is_a_year(
    year: int, mark: str
) -> None:
    # the opening mark sits on the preposition: 'zei: “In 2014 heeft de commissie ...'
    found = find_dates(f"De voorzitter zei: {mark}In {year} heeft de commissie Mali bezocht.")
    assert [(e.text, e.earliest) for e in found] == [(str(year), datetime.date(year, 1, 1))]
    # twin: a count word stays a count behind the same mark
    assert find_dates(f"De voorzitter zei: {mark}Circa {year} militairen waren er.") == []
