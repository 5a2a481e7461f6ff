"""Resolution by tense and by the caller's choice (``prefer``) of year-less dates with nothing
explicit before them in their paragraph (docs/dates.md, "Tense and prefer")."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.cli import main
from iraq_events.temporal import Anchoring, find_dates, parse_date
from iraq_events.temporal.resolution import sentence_tense

R = datetime.date(2024, 5, 15)
D = datetime.date.fromisoformat


@pytest.mark.parametrize(
    ("text", "found", "earliest", "rule"),
    [
        ("De minister zal in december Bagdad bezoeken.", "december", "2024-12-01", "month.tense"),
        ("De minister bezocht in december Bagdad.", "december", "2023-12-01", "month.tense"),
        ("Het bezoek wordt in maart verwacht.", "maart", "2025-03-01", "month.tense"),
        ("De verkiezingen zijn gepland op 3 februari.", "3 februari", "2025-02-03",
         "day_month.tense"),
        ("De militairen keren 2 januari terug.", "2 januari", "2025-01-02", "day_month.tense"),
        ("Op 3 juni werd de basis aangevallen.", "3 juni", "2023-06-03", "day_month.tense"),
        ("Het fregat vertrekt in januari naar de Golf.", "januari", "2025-01-01", "month.tense"),
        ("Het fregat vertrok in januari naar de Golf.", "januari", "2024-01-01", "month.tense"),
    ],
)  # fmt: skip
def test_the_tense_of_the_sentence_picks_the_occurrence(
    text: str, found: str, earliest: str, rule: str
) -> None:
    (expression,) = find_dates(text, R)
    assert (expression.text, expression.earliest, expression.rule) == (found, D(earliest), rule)
    assert expression.anchoring is Anchoring.DOCUMENT_RELATIVE and expression.anchor == R


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("De compagnie wordt vanaf oktober in Irak ingezet.", "2024-10-01", None),
        ("Het schip neemt tot juni deel aan de missie.", None, "2024-05-31"),
        ("Nederland blijft tot maart bijdragen aan de missie.", None, "2025-02-28"),
    ],
)
def test_a_present_tense_puts_a_period_opened_toward_the_future_ahead(
    text: str, earliest: str | None, latest: str | None
) -> None:
    (expression,) = find_dates(text, R)
    assert (expression.earliest, expression.latest) == (
        D(earliest) if earliest else None,
        D(latest) if latest else None,
    )
    assert expression.rule == "month.tense"


@pytest.mark.parametrize(
    "text",
    [
        "Het schip nam tot juni deel aan de missie.",  # a past verb no table lists: nothing decides
        "In oktober wordt de evaluatie besproken.",  # no opener toward the future
        "Na oktober wordt de compagnie ingezet.",  # "na" opens no period toward the future
    ],
)
def test_a_present_tense_alone_does_not_decide_other_dates(text: str) -> None:
    (expression,) = find_dates(text, R)
    assert expression.earliest is None and expression.latest is None
    assert not expression.rule.endswith(".tense")


def test_an_explicit_date_earlier_in_the_paragraph_wins_over_the_tense() -> None:
    text = "Op 7 februari 2023 was er een aanval. De minister zal op 31 januari reageren."
    bare = find_dates(text, R)[1]
    assert (bare.earliest, bare.anchoring, bare.rule) == (
        D("2023-01-31"),
        "contextual",
        "day_month",
    )


def test_mixed_or_no_tense_is_left_to_prefer() -> None:
    text = "Het bezoek werd in maart verwacht."
    assert find_dates(text, R)[0].earliest is None
    assert sentence_tense(text, text.index("maart"), text.index("maart") + 5) is None
    (future,) = find_dates(text, R, prefer="future")
    assert (future.earliest, future.rule) == (D("2025-03-01"), "month.prefer")


@pytest.mark.parametrize(
    ("prefer", "earliest"),
    [(None, None), ("past", "2023-08-08"), ("future", "2024-08-08"), ("nearest", "2024-08-08")],
)
def test_prefer_picks_the_occurrence_before_after_or_nearest(
    prefer: str | None, earliest: str | None
) -> None:
    found = parse_date("8 augustus", R, prefer=prefer)
    assert found.earliest == (D(earliest) if earliest else None)
    assert found.rule == ("day_month" if prefer is None else "day_month.prefer")


def test_prefer_never_overrides_a_written_or_marked_year() -> None:
    for text in ("8 augustus 2020", "6 februari jl.", "24 mei aanstaande"):
        assert parse_date(text, R, prefer="past") == parse_date(text, R, prefer="future")


def test_prefer_without_a_reference_leaves_the_date_unresolved() -> None:
    assert parse_date("8 augustus", None, prefer="future").anchoring is Anchoring.UNRESOLVED


def test_an_unknown_prefer_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="prefer"):
        find_dates("8 augustus", R, prefer="later")


def test_the_dates_command_takes_prefer(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "t.txt"
    path.write_text("Op 8 augustus is er overleg.", encoding="utf-8")
    assert main(["dates", str(path), "--reference", "2024-05-15", "--prefer", "past",
                 "--format", "json"]) == 0  # fmt: skip
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["earliest"], row["rule"]) == ("2023-08-08", "day_month.prefer")


@given(
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    reference=st.dates(datetime.date(1950, 1, 1), datetime.date(2090, 12, 31)),
)
def test_prefer_past_is_on_or_before_future_on_or_after_and_nearest_is_one_of_them(
    month: int, day: int, reference: datetime.date
) -> None:
    from iraq_events.temporal.lexicon import lexicon

    text = f"{day} {lexicon().month_names[month - 1]}"
    past = parse_date(text, reference, prefer="past")
    future = parse_date(text, reference, prefer="future")
    nearest = parse_date(text, reference, prefer="nearest")
    assert past.earliest is not None and past.earliest <= reference
    assert future.earliest is not None and future.earliest >= reference
    assert (past.earliest.month, past.earliest.day) == (month, day)
    assert future.earliest.year - past.earliest.year in (0, 1)
    assert nearest.earliest in (past.earliest, future.earliest)
    gap = min(reference - past.earliest, future.earliest - reference)
    assert nearest.earliest is not None and abs(nearest.earliest - reference) == gap


def test_a_past_weekday_on_its_own_day_is_that_day_and_a_future_one_next_week() -> None:
    monday = datetime.date(2014, 8, 25)
    (past,) = find_dates("Dit heeft het kabinet maandag bekendgemaakt.", monday)
    (future,) = find_dates("De minister zal maandag spreken.", monday)
    (shifted,) = find_dates("Afgelopen maandag sprak de minister.", monday)
    assert (past.earliest, past.rule) == (monday, "weekday.tense")
    assert future.earliest == datetime.date(2014, 9, 1)
    assert shifted.earliest == datetime.date(2014, 8, 18)
