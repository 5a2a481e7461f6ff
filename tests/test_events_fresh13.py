"""Constructions of Dutch official and news prose met in the thirteenth unseen set (issue 14,
detection): one test each, with a twin that must not fire.

Every sentence is written for these tests; none is taken from a text of any set.
"""

from __future__ import annotations

import datetime

from events_helpers import letter_events, letter_typed

D = datetime.date
HEADER = "Den Haag, 9 december 2016\n\n"


# -- a date that closes a phrase a frame preposition opens, before a cue after the date -------


def test_a_framed_debate_keeps_its_date_against_a_letter_between_date_and_trigger() -> None:
    # the yielding trigger after the date is retyped by the debate its date closes, not by the
    # paper between the date and the trigger
    found = letter_typed(
        "Tijdens het AO over de missie van 6 juli 2016 heeft de minister in een brief een "
        "verklaring afgelegd over de inzet.",
        HEADER,
    )
    assert found == [("meeting", D(2016, 7, 6), D(2016, 7, 6))]


def test_an_unframed_date_still_dates_the_letter_between_it_and_the_trigger() -> None:
    found = letter_typed(
        "Op 6 juli 2016 heeft de minister in een brief een verklaring afgelegd over de inzet.",
        HEADER,
    )
    assert found == [("report", D(2016, 7, 6), D(2016, 7, 6))]


# -- news prose: what became known and who explained it ---------------------------------------

NEWS = "Den Haag, 8 maart 2024\n\n"


def test_what_became_known_yesterday_and_was_explained_today_are_two_announcements() -> None:
    found = letter_typed(
        "Gisteren werd al duidelijk dat het kabinet een fregat naar de regio wil sturen en de "
        "minister lichtte dat vandaag toe.",
        NEWS,
    )
    assert found == [
        ("announcement", D(2024, 3, 7), D(2024, 3, 7)),
        ("announcement", D(2024, 3, 8), D(2024, 3, 8)),
    ]


def test_a_dated_fact_without_a_word_of_making_known_is_no_announcement() -> None:
    # "werd" with a participle of its own is a passive, not "werd ... bekend/duidelijk"
    found = letter_typed("Gisteren werd het fregat in de haven van Den Helder bevoorraad.", NEWS)
    assert found == [("other", D(2024, 3, 7), D(2024, 3, 7))]


# -- a visit's programme: a tour is given where the visitors are -----------------------------


def test_a_tour_given_to_a_delegation_is_a_visit_at_its_place() -> None:
    found = letter_typed(
        "Op 3 maart 2016 kreeg de delegatie een rondleiding op het kamp in Gao.", HEADER
    )
    assert found == [("visit", D(2016, 3, 3), D(2016, 3, 3))]


def test_a_briefing_given_to_a_delegation_is_no_visit() -> None:
    found = letter_typed(
        "Op 3 maart 2016 kreeg de delegatie een briefing over de missie in Gao.", HEADER
    )
    assert found == [("meeting", D(2016, 3, 3), D(2016, 3, 3))]


# -- a copula of a subordinate clause is not the date's verb -----------------------------------


def test_a_copula_after_dat_leaves_the_dated_calculation_an_event() -> None:
    found = letter_typed(
        "De Wereldbank rekende in 2013 uit dat de schade voor de scheepvaart groot was.", HEADER
    )
    assert found == [("report", D(2013, 1, 1), D(2013, 12, 31))]


def test_a_copula_of_the_date_s_own_clause_still_states() -> None:
    # the same words with the copula in the date's clause: a state of affairs, no event
    assert letter_typed("In 2013 was de schade voor de scheepvaart groot.", HEADER) == []


def test_relying_on_help_from_abroad_is_no_calculation() -> None:
    found = letter_typed("De Wereldbank rekende in 2013 op steun uit Europa.", HEADER)
    assert ("report", D(2013, 1, 1), D(2013, 12, 31)) not in found


# -- the end of a period that has not ended yet is still ahead ---------------------------------


def test_an_expiry_at_the_end_of_the_letter_s_own_year_is_planned() -> None:
    events = letter_events("De Nederlandse bijdrage aan de missie loopt eind 2016 af.", HEADER)
    assert [(e.event_type.value, e.status.value) for e in events] == [("mandate", "planned")]


def test_an_expiry_at_the_end_of_a_past_year_occurred() -> None:
    events = letter_events("De Nederlandse bijdrage aan de missie liep eind 2015 af.", HEADER)
    assert [(e.event_type.value, e.status.value) for e in events] == [("mandate", "occurred")]


# -- a request dated by the phrase that names who asked ---------------------------------------


def test_a_request_dated_right_after_its_owner_is_the_request() -> None:
    found = letter_typed(
        "Op verzoek van de vaste commissie voor Defensie van 2 december 2016 informeert het "
        "kabinet u met deze brief over de inzet.",
        HEADER,
    )
    assert found == [("announcement", D(2016, 12, 2), D(2016, 12, 2))]


def test_a_request_that_only_frames_a_dated_escort_is_no_request() -> None:
    found = letter_typed(
        "Vorig jaar begeleidden twee fregatten op verzoek van de Verenigde Naties schepen van "
        "het Voedselprogramma.",
        HEADER,
    )
    assert [kind for kind, _, _ in found] == ["deployment"]


# -- a participle trigger's own date stands between its determiner and it ----------------------


def test_a_participle_trigger_takes_the_date_of_its_attributive_phrase() -> None:
    found = letter_typed(
        "Wij ontvingen de evaluatie van de in december 2008 beëindigde inzet van het fregat en "
        "van de kleine missies in 2008.",
        HEADER,
    )
    assert ("withdrawal", D(2008, 12, 1), D(2008, 12, 31)) in found
    assert ("withdrawal", D(2008, 1, 1), D(2008, 12, 31)) not in found


def test_a_participle_trigger_without_an_attributive_date_takes_the_date_after_it() -> None:
    found = letter_typed(
        "Wij ontvingen de evaluatie van de beëindigde inzet van het fregat in 2008.", HEADER
    )
    assert ("withdrawal", D(2008, 1, 1), D(2008, 12, 31)) in found


# -- arriving in the navy's home port is coming home --------------------------------------------


def test_a_ship_arriving_in_the_navy_s_home_port_has_come_home() -> None:
    found = letter_typed(
        "Het fregat is op 3 juni 2016 aangekomen in de haven van Den Helder.", HEADER
    )
    assert found == [("withdrawal", D(2016, 6, 3), D(2016, 6, 3))]


def test_a_ship_arriving_in_a_foreign_port_is_deployed() -> None:
    found = letter_typed(
        "Het fregat is op 3 juni 2016 aangekomen in de haven van Djibouti.", HEADER
    )
    assert found == [("deployment", D(2016, 6, 3), D(2016, 6, 3))]
