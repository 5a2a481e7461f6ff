"""Issue 15 item 4's leftovers: a year-less quarter standing alone, "paar", the turn of the
year, and the recesses without tabled dates."""

from __future__ import annotations

import datetime

from iraq_events import find_dates, parse_date

D = datetime.date.fromisoformat
R = D("2013-02-12")


def test_a_year_less_quarter_standing_alone_is_a_quarter_by_tense_or_prefer() -> None:
    assert parse_date("derde kwartaal", R).earliest is None  # nothing decides its year
    e = parse_date("derde kwartaal", R, prefer="future")
    assert (e.earliest, e.latest, e.rule) == (D("2013-07-01"), D("2013-09-30"), "quarter.prefer")
    assert parse_date("eerste kwartaal", R, prefer="past").earliest == D("2013-01-01")
    # a heading in a letter is not a date: the quarter is not the whole text
    assert find_dates("Eerste kwartaal\nDe missie verliep voorspoedig.", R) == []
    assert find_dates("Het rapport over het derde kwartaal kwam.", R, prefer="future") == []


def test_paar_is_about_two() -> None:
    e = parse_date("de komende paar dagen", R)
    assert (e.earliest, e.latest, e.mod) == (R, D("2013-02-13"), "APPROX")
    e = parse_date("komende paar dagen", R)
    assert (e.earliest, e.latest, e.mod) == (D("2013-02-13"), D("2013-02-14"), "APPROX")
    assert parse_date("een paar jaar").value == "PXY"  # "een paar" stays a vague count


def test_the_turn_of_the_year_is_its_last_day() -> None:
    (e,) = find_dates("Rond de jaarwisseling zal de missie eindigen.", D("2016-03-30"))
    assert (e.earliest, e.mod, e.rule) == (
        D("2016-12-31"),
        "APPROX",
        "holiday.jaarwisseling.tense",
    )
    (e,) = find_dates("Rond de jaarwisseling werd het rustiger.", D("2016-03-30"))
    assert e.earliest == D("2015-12-31")


def test_a_recess_without_tabled_dates_uses_the_months_of_its_schedule() -> None:
    # the kerstreces of a letter of January is the one that runs into that January
    e = parse_date("na het kerstreces", D("2016-01-10"))
    assert (e.earliest, e.mod) == (D("2016-02-01"), "AFTER")
    assert parse_date("het kerstreces", D("2016-06-30")).earliest == D("2015-12-01")
    assert parse_date("het kerstreces", D("2016-07-02")).earliest == D("2016-12-01")
    e = parse_date("het herfstreces", D("2016-03-30"))
    assert (e.earliest, e.latest) == (D("2016-10-01"), D("2016-10-31"))
    assert parse_date("het kerstreces").earliest is None  # no R: nothing to anchor to
