"""Issue 15 items 1 and 2: two modified expressions joined into one range with the year carried
from one side; a paper's year-less date ("d.d. 6 februari") resolved as past."""

from __future__ import annotations

import datetime

import pytest

from iraq_events import find_dates, parse_date
from iraq_events.temporal.context import sentence_tense

D = datetime.date.fromisoformat
NOV_2009 = D("2009-11-13")


def _found(text: str, reference: datetime.date) -> list[tuple[str, object, object, str]]:
    return [(e.text, e.earliest, e.latest, e.rule) for e in find_dates(text, reference)]


def test_the_brief_sentence_is_one_range_with_the_year_of_its_right_side() -> None:
    text = "om vanaf medio februari tot eind juni 2010 een fregat in te zetten"
    assert _found(text, NOV_2009) == [
        ("vanaf medio februari tot eind juni 2010", D("2010-02-11"), D("2010-06-20"),
         "range.compose_tot"),
    ]  # fmt: skip
    # the range ends where "tot eind juni 2010" read alone ends
    (alone,) = find_dates("tot eind juni 2010", NOV_2009)
    assert alone.latest == D("2010-06-20")


def test_a_year_is_carried_from_the_left_side_and_a_year_turn_is_crossed() -> None:
    (e,) = find_dates("van medio november 2009 tot eind januari", NOV_2009)
    assert (e.earliest, e.latest) == (D("2009-11-11"), D("2010-01-20"))
    (e,) = find_dates("van eind juni tot medio februari 2010", NOV_2009)
    assert (e.earliest, e.latest) == (D("2009-06-21"), D("2010-02-10"))


def test_a_part_of_a_year_gives_its_year_to_a_year_less_first_side() -> None:
    (e,) = find_dates("van het eerste kwartaal tot eind 2014", NOV_2009)
    assert (e.earliest, e.latest) == (D("2014-01-01"), D("2014-08-31"))
    (e,) = find_dates("van maart tot eind 2014", NOV_2009)
    assert (e.earliest, e.latest) == (D("2014-03-01"), D("2014-08-31"))
    assert len(find_dates("Ajax won in maart tot 2010", NOV_2009)) == 2


def test_tot_het_einde_van_runs_through_the_end() -> None:
    (e,) = find_dates("van begin maart tot het einde van juni 2010", NOV_2009)
    assert (e.earliest, e.latest, e.rule) == (D("2010-03-01"), D("2010-06-30"), "range.compose_tm")


@pytest.mark.parametrize(
    "text",
    [
        "vanaf medio februari uiterlijk eind juni 2010",  # "uiterlijk" joins nothing
        "van medio 2011 tot eind juni 2010",  # would end before it starts: two dates stay two
        "in maart. Tot eind juni 2010 bleef het rustig",  # a sentence between them
        "rond medio februari tot eind juni 2010",  # an approximate side is no range end
    ],
)
def test_words_that_make_no_range_leave_two_expressions(text: str) -> None:
    assert len(find_dates(text, NOV_2009)) == 2, _found(text, NOV_2009)


def test_a_year_less_range_takes_its_year_from_the_tense() -> None:
    (e,) = find_dates("De missie zal van medio februari tot eind juni worden ingezet.", NOV_2009)
    assert (e.earliest, e.latest, e.rule) == (
        D("2010-02-11"),
        D("2010-06-20"),
        "range.compose_tot.tense",
    )
    assert parse_date("van medio februari tot eind juni", NOV_2009).earliest is None


MARCH_2016 = D("2016-03-30")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("de brief d.d. 6 februari houdende de antwoorden", "2016-02-06"),
        ("de brief d.d. 6 mei houdende de antwoorden", "2015-05-06"),
        ("Ik zal de brief gedateerd op 6 mei volgende week bespreken.", "2015-05-06"),
        ("(d.d. 30 maart)", "2016-03-30"),
    ],
)
def test_a_papers_year_less_date_is_the_last_on_or_before_the_reference(
    text: str, day: str
) -> None:
    (e,) = [e for e in find_dates(text, MARCH_2016) if e.granularity == "day"]
    assert (e.earliest, e.rule, e.anchoring, e.anchor) == (
        D(day),
        "day_month.tense",
        "document-relative",
        MARCH_2016,
    )


def test_without_a_dated_word_the_same_day_month_stays_unresolved() -> None:
    # no paper before "van" either (context_words.tsv role paper): a day of the deployment
    (e,) = find_dates("de inzet van 6 februari houdende de antwoorden", MARCH_2016)
    assert e.earliest is None


@pytest.mark.parametrize(
    "text",
    [
        "de brief van 6 februari houdende de antwoorden",
        "de brief aan uw Kamer van 6 februari inzake de inzet",
        "Op verzoek van de vaste commissie voor Defensie van 6 februari stuur ik u dit.",
    ],
)
def test_a_paper_dated_after_its_complement_is_in_the_past(text: str) -> None:
    (e,) = find_dates(text, MARCH_2016)
    assert (e.earliest, e.rule) == (D("2016-02-06"), "day_month.tense")


@pytest.mark.parametrize(
    "text",
    [
        "De brief gaat over de inzet van 6 februari.",  # a verb: the date is the inzet's
        "Het verzoek betreft de inzet, van 6 februari.",  # another clause
        "de brief over de inzet van 6 februari tot 1 juni",  # a period, not the paper's day
    ],
)
def test_a_date_after_a_papers_verb_or_clause_is_not_the_papers(text: str) -> None:
    assert all(e.earliest is None for e in find_dates(text, MARCH_2016))


def test_the_full_stop_of_dd_ends_no_sentence() -> None:
    text = "De minister zal de brief d.d. 3 maart in juni bespreken."
    start = text.index("juni")
    assert sentence_tense(text, start, start + 4) == "future"
    text = "De minister zal komen. In juni bespreken."
    start = text.index("juni")
    assert sentence_tense(text, start, start + 4) is None


def test_a_year_less_day_on_the_reference_day_is_that_day_whatever_the_tense() -> None:
    # looking back or ahead, the occurrence that holds R is the same one
    (e,) = find_dates("Na het overleg van 30 maart licht het kabinet dit toe.", MARCH_2016)
    assert (e.earliest, e.rule) == (MARCH_2016, "day_month.holds-reference")
    # twin: a day one day off is ahead or a year back; without a tense it stays open
    (e,) = find_dates("Op 31 maart licht het kabinet toe.", MARCH_2016)
    assert e.earliest is None
    # nor does a month that holds R name a day of its own
    (e,) = find_dates("In maart licht het kabinet toe.", MARCH_2016)
    assert e.earliest is None
