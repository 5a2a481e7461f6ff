"""Constructions of official Dutch prose met in unseen letters (issue 14, detection): one test
each, with a twin that must not fire.

Every sentence is written for these tests; none is taken from a letter of any set.
"""

from __future__ import annotations

import datetime

from events_helpers import LETTER_HEADER, letter_events, letter_typed

D = datetime.date
HEADER = LETTER_HEADER


events_of = letter_events


typed = letter_typed


# -- 1. a comma between a cited paper's date and what the paper is about -----------------------


def test_a_content_opener_after_the_comma_of_a_cited_date() -> None:
    # ", inzake de toezegging ...": what the letter is about is not what its date dates
    assert typed(
        "De commissie besprak de brief van de minister van Defensie, d.d. 3 februari 2011, "
        "inzake de toezegging over de kosten van de inzet van mariniers."
    ) == [("report", D(2011, 2, 3), D(2011, 2, 3))]


def test_a_clause_after_the_comma_that_opens_no_content_keeps_its_cue() -> None:
    # the clause after the comma opens with no subject word: the meeting keeps its date
    assert typed(
        "Tijdens het overleg van 3 februari 2011, kort na de brief inzake de kosten, is de "
        "inzet van mariniers besproken."
    ) == [("meeting", D(2011, 2, 3), D(2011, 2, 3))]


# -- 2. questions submitted on a date ---------------------------------------------------------


def test_questions_submitted_on_a_date_are_a_report() -> None:
    assert typed(
        "De commissie heeft een schriftelijk overleg gevoerd over de Raad. Zij heeft haar "
        "vragen op 12 maart 2024 aan de Minister van Defensie voorgelegd."
    ) == [("report", D(2024, 3, 12), D(2024, 3, 12))]


def test_ministers_meeting_on_a_date_stay_a_meeting() -> None:
    assert typed(
        "De vaste commissie heeft een schriftelijk overleg gevoerd over de Raad. De ministers "
        "zijn op 12 maart 2024 in Brussel bijeengekomen."
    ) == [("meeting", D(2024, 3, 12), D(2024, 3, 12))]


# -- 3. a ship or unit coming home ------------------------------------------------------------


def test_a_ship_arriving_in_its_home_port_is_a_withdrawal() -> None:
    # an arrival is a deployment, unless the place is home: the ship returns from the mission
    assert typed("Het fregat Zr.Ms. Tromp is op 17 juli 2009 in de thuishaven aangekomen.") == [
        ("withdrawal", D(2009, 7, 17), D(2009, 7, 17))
    ]
    assert typed("De mariniers zijn op 17 juli 2009 teruggekomen in Nederland.") == [
        ("withdrawal", D(2009, 7, 17), D(2009, 7, 17))
    ]


def test_a_ship_arriving_in_a_foreign_port_is_a_deployment() -> None:
    assert typed(
        "Het fregat Zr.Ms. Tromp is op 17 juli 2009 in de haven van Djibouti aangekomen."
    ) == [("deployment", D(2009, 7, 17), D(2009, 7, 17))]


# -- 4. "twee dagen later": a day counted from the date before ---------------------------------


def test_days_later_counts_from_the_date_before_in_the_sentence() -> None:
    found = events_of(
        "Het fregat werd op 27 maart 2009 ingezet bij de missie en twee dagen later werden "
        "vijf piraten gearresteerd."
    )
    assert sorted((e.event_type.value, e.date_start) for e in found) == [
        ("deployment", D(2009, 3, 27)),
        ("other", D(2009, 3, 29)),
    ]


def test_a_week_later_counts_from_the_sentence_before() -> None:
    found = events_of(
        "Het fregat werd op 27 maart 2009 ingezet bij de missie. Een week daarna werden vijf "
        "piraten gearresteerd."
    )
    assert ("other", D(2009, 4, 3)) in [(e.event_type.value, e.date_start) for e in found]


def test_days_later_with_no_date_before_stays_a_duration() -> None:
    # nothing to count from: no day is made up
    assert typed("Het fregat voer uit. Twee dagen later werden vijf piraten gearresteerd.") == []


# -- 5. continuing to a date; an end date shared by a conjunct ---------------------------------


def test_continuing_to_contribute_to_a_date_is_an_extension() -> None:
    found = events_of(
        "Daarnaast blijft Nederland met twee helikopters bijdragen aan de missie in Irak, "
        "tot en met 2027.",
        header="Den Haag, 15 juni 2025\n\n",
    )
    assert [(e.event_type.value, e.subtype, e.date_end) for e in found] == [
        ("mandate", "extension", D(2027, 12, 31))
    ]


def test_contributing_to_a_date_without_continuing_is_no_extension() -> None:
    # no continuation named: the date stays uncued
    assert typed(
        "Daarnaast draagt Nederland met twee helikopters bij aan de missie in Irak, "
        "tot en met 2027.",
        header="Den Haag, 15 juni 2025\n\n",
    ) == [("other", None, D(2027, 12, 31))]


def test_an_end_date_bounds_its_verb_and_dates_no_conjunct() -> None:
    # "tot en met 2027" is how long the extension runs, not when the expansion happens
    assert typed(
        "De inzet van de mariniers in Irak wordt verlengd tot en met 2027 en uitgebreid met "
        "een staf.",
        header="Den Haag, 15 juni 2025\n\n",
    ) == [("mandate", None, D(2027, 12, 31))]


def test_a_day_shared_by_two_conjuncts_dates_both() -> None:
    assert typed(
        "De bijdrage aan de missie in Irak werd op 3 mei 2025 verlengd en uitgebreid met "
        "60 militairen.",
        header="Den Haag, 15 juni 2025\n\n",
    ) == [("mandate", D(2025, 5, 3), D(2025, 5, 3)), ("deployment", D(2025, 5, 3), D(2025, 5, 3))]


# -- 6. what dates no event --------------------------------------------------------------------


def test_a_past_window_filled_only_by_the_mission_noun_is_no_event() -> None:
    # how the mission fared over the past year: no event in that year
    assert (
        typed(
            "Het tekort aan personeel raakte de inzet in Irak in het afgelopen jaar.",
            header="Den Haag, 15 mei 2024\n\n",
        )
        == []
    )


def test_a_past_window_with_a_change_in_it_is_an_event() -> None:
    assert typed(
        "De bijdrage is in het afgelopen jaar uitgebreid.", header="Den Haag, 15 mei 2024\n\n"
    ) == [("deployment", D(2023, 5, 15), D(2024, 5, 15))]


def test_a_question_for_figures_over_a_period_is_no_event() -> None:
    assert (
        typed(
            "Kunt u een overzicht geven van het aantal militairen dat per jaar heeft "
            "deelgenomen aan missies, over de periode 2010–2019?",
            header="Den Haag, 26 juli 2018\n\n",
        )
        == []
    )


def test_the_same_period_stated_is_an_event() -> None:
    assert typed(
        "Nederland heeft in de periode 2010–2019 aan vijf missies deelgenomen.",
        header="Den Haag, 26 juli 2018\n\n",
    ) == [("deployment", D(2010, 1, 1), D(2019, 12, 31))]


def test_a_question_about_one_day_keeps_its_event() -> None:
    assert [
        e.date_start
        for e in events_of(
            "Kunt u aangeven hoeveel militairen op 3 mei 2017 gewond zijn geraakt?",
            header="Den Haag, 26 juli 2018\n\n",
        )
    ] == [D(2017, 5, 3)]


# -- two days in a row, one event --------------------------------------------------------------


def test_two_weekdays_in_a_row_are_one_visit() -> None:
    header = "Den Haag, 15 november 2016\n\n"
    expected = [("visit", D(2016, 11, 10), D(2016, 11, 11))]
    assert (
        typed(
            "De minister heeft op donderdag 10 en vrijdag 11 november 2016 de militairen in "
            "Mali bezocht.",
            header=header,
        )
        == expected
    )
    assert typed("De minister bezocht op 10 en 11 november 2016 Mali.", header=header) == expected


def test_two_days_apart_are_not_joined() -> None:
    found = typed(
        "De minister bezocht op maandag 7 en vrijdag 11 november 2016 Mali.",
        header="Den Haag, 15 november 2016\n\n",
    )
    assert ("visit", D(2016, 11, 10), D(2016, 11, 11)) not in found
    assert all(start == end for _, start, end in found)


# -- a date inside an attributive participle phrase --------------------------------------------


def test_a_date_before_an_attributive_participle_dates_that_participle() -> None:
    found = typed(
        "Op de agenda: de brief van de minister d.d. 20 mei 2009 ter aanbieding van de "
        "evaluatie van de in december 2008 beëindigde inzet van het fregat alsmede de "
        "evaluatie van de kleine missies in 2008.",
        header="Den Haag, 9 maart 2010\n\n",
    )
    assert ("withdrawal", D(2008, 12, 1), D(2008, 12, 31)) in found
    assert ("report", D(2008, 12, 1), D(2008, 12, 31)) not in found


def test_a_date_after_the_noun_it_dates_is_not_attributive() -> None:
    assert typed(
        "Op de agenda: de brief van december 2008 over de beëindigde inzet van het fregat.",
        header="Den Haag, 9 maart 2010\n\n",
    ) == [("report", D(2008, 12, 1), D(2008, 12, 31))]
