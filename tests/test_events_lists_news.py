"""Constructions of issue 14 found on the seventh outside set: lists under an introduction,
news items, numbers that are not years, ranges with a year after them, requests and papers cited
without a letter word. Sentences written for these tests; each rule has a twin that must not
fire."""

from __future__ import annotations

import datetime

from events_helpers import LETTER_HEADER, letter_events, letter_typed

from iraq_events.documents import read_document
from iraq_events.events import Event, extract_events

D = datetime.date
HEADER = LETTER_HEADER


events_of = letter_events


typed = letter_typed


# -- lists: the cue in the introduction, the dates in the items ----------------------------------


def test_dated_items_of_a_list_are_events_of_the_introductions_type() -> None:
    found = events_of(
        "Het kabinet heeft de bijdrage als volgt samengesteld. De Nederlandse bijdrage zal "
        "bestaan uit:\n\n"
        "• twee transportvliegtuigen tot 4 mei 2025;\n\n"
        "• vier F-16 jachtvliegtuigen vanaf 10 mei 2025;\n\n"
        "• een fregat voor de duur van drie maanden.\n"
    )
    assert [(e.event_type.value, e.date_start, e.date_end) for e in found] == [
        ("deployment", None, D(2025, 5, 3)),
        ("deployment", D(2025, 5, 10), None),
    ]
    assert all("list-item-of-introduction" in e.method for e in found)


def test_an_introduction_that_dates_its_own_event_lends_its_items_no_type() -> None:
    # the meeting is the introduction's; the items are what it was about
    assert typed(
        "De vaste commissie heeft op 3 maart 2025 overleg gevoerd met de minister over:\n\n"
        "• twee transportvliegtuigen tot 4 mei 2025;\n\n"
        "• vier F-16 jachtvliegtuigen.\n"
    ) == [("meeting", D(2025, 3, 3), D(2025, 3, 3))]


def test_bullets_after_a_sentence_that_introduces_nothing_stay_untyped() -> None:
    found = typed(
        "De Nederlandse bijdrage is gisteren besproken.\n\n"
        "• vier F-16 jachtvliegtuigen vanaf 10 mei 2025;\n\n"
        "• twee transportvliegtuigen tot 4 mei 2025;\n"
    )
    assert ("deployment", D(2025, 5, 10), None) not in found
    assert ("deployment", None, D(2025, 5, 3)) not in found


def test_a_year_less_item_takes_the_tense_of_its_introduction() -> None:
    # "zal bestaan uit:": the items are planned, so 4 May is the next one after the letter
    assert typed(
        "De Nederlandse bijdrage zal bestaan uit:\n\n• een tankvliegtuig tot 4 mei;\n\n"
        "• een mijnenjager voor de duur van drie maanden.\n"
    ) == [("deployment", None, D(2025, 5, 3))]


def test_a_year_less_item_without_an_introduction_stays_unresolved() -> None:
    assert (
        typed(
            "De Nederlandse bijdrage is als volgt samengesteld.\n\n"
            "• een tankvliegtuig tot 4 mei;\n\n"
            "• een mijnenjager voor de duur van drie maanden.\n"
        )
        == []
    )


# -- numbers that are not years ------------------------------------------------------------------


def test_a_resolution_number_is_no_year() -> None:
    assert (
        typed(
            "Nederland levert een bijdrage aan de uitvoering van resolutie 1999 van de "
            "Veiligheidsraad.\n\nDe operatie dient de uitvoering van de VNVR-resoluties 1970 en "
            "1999.\n\nDe missie steunt op VN-Veiligheidsraadresolutie 2085.\n"
        )
        == []
    )


def test_a_year_near_a_resolution_is_still_a_year() -> None:
    assert typed("In 1999 nam de Veiligheidsraad een resolutie aan over de missie.\n") == [
        ("mandate", D(1999, 1, 1), D(1999, 12, 31))
    ]


# -- a range followed by the year it lies in ------------------------------------------------------


def test_a_month_range_takes_the_year_expression_after_it() -> None:
    found = events_of(
        "Van februari tot april vorig jaar nam een Nederlands fregat deel aan de operatie.\n"
    )
    assert [(e.date_start, e.date_end) for e in found] == [(D(2024, 2, 1), D(2024, 3, 31))]
    assert found[0].date.text == "februari tot april vorig jaar"


def test_a_month_range_with_a_year_in_another_phrase_stays_apart() -> None:
    # "van dit jaar" belongs to the noun after it, not to the range
    found = events_of(
        "Van februari tot april nam een Nederlands fregat deel aan de operatie van dit jaar.\n"
    )
    assert all(e.date.text != "februari tot april dit jaar" for e in found)
    assert (D(2024, 2, 1), D(2024, 3, 31)) not in [(e.date_start, e.date_end) for e in found]


# -- news items: the dateline is the item's own date; "vandaag", "vanmiddag" are that date ---------


def news(text: str) -> list[Event]:
    document = read_document(text.encode("utf-8"), reference=D(2025, 4, 15))
    return extract_events(document)


def test_a_news_items_dateline_is_no_event_and_today_is_its_date() -> None:
    found = news(
        "Fregat vertrekt naar de Golf 15 april 2025, 10.30 uur Het fregat Hr. Ms. Tromp is "
        "vandaag uit Den Helder vertrokken richting de Golf van Aden.\n"
    )
    assert [(e.event_type.value, e.date_start, e.date.text) for e in found] == [
        ("deployment", D(2025, 4, 15), "vandaag")
    ]


def test_a_date_with_its_hour_after_a_preposition_is_an_event() -> None:
    found = news("Op 3 april 2025, 14.00 uur, vond een aanval op de basis plaats.\n")
    assert [(e.event_type.value, e.date_start) for e in found] == [("attack", D(2025, 4, 3))]


def test_this_afternoon_in_a_news_item_is_its_date() -> None:
    found = news(
        "De Noord-Atlantische Raad besloot vanmiddag de operatie met drie maanden te verlengen.\n"
    )
    assert [(e.date_start, e.date_end, e.date.text) for e in found] == [
        (D(2025, 4, 15), D(2025, 4, 15), "vanmiddag")
    ]


# -- papers and requests cited without a letter verb ---------------------------------------------


def test_a_letter_that_was_sent_to_you_is_a_report() -> None:
    # "is toegegaan": the participle of a separable verb ending in -aan, so the copula
    # states nothing
    assert typed(
        "Met verwijzing naar de kennisgevingsbrief die u op 3 maart 2025 is toegegaan, "
        "informeert het kabinet u over de missie.\n"
    ) == [("report", D(2025, 3, 3), D(2025, 3, 3))]


def test_a_copula_with_a_preposition_aan_still_states() -> None:
    assert typed("De brief aan de Kamer was in 2024 kort.\n") == []


def test_two_letters_of_one_month_are_two_reports() -> None:
    found = typed(
        "Hierbij ontvangt u de antwoorden op de vragen over de brieven van 3 en 10 maart 2025.\n"
    )
    assert found == [
        ("report", D(2025, 3, 3), D(2025, 3, 3)),
        ("report", D(2025, 3, 10), D(2025, 3, 10)),
    ]


def test_two_days_running_are_one_meeting() -> None:
    assert typed("De NAVO-ministers kwamen op 3 en 4 maart 2025 bijeen in Brussel.\n") == [
        ("meeting", D(2025, 3, 3), D(2025, 3, 4))
    ]


def test_between_two_days_is_still_a_range() -> None:
    from iraq_events.temporal import find_dates

    found = find_dates("tussen 3 en 10 maart 2025", D(2025, 4, 15))
    assert [(e.earliest, e.latest) for e in found] == [(D(2025, 3, 3), D(2025, 3, 10))]


def test_a_date_that_closes_the_meeting_before_the_verb_dates_the_meeting() -> None:
    found = events_of(
        "In het algemeen overleg met de Kamer op 3 maart 2025 kondigde de minister aan dat het "
        "kabinet een bijdrage aan de missie zal bezien.\n"
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("meeting", D(2025, 3, 3))]
    # the framed-phrase rule (ev-detect) and date-of-phrase-before both read this; either
    # must say that the meeting's cue, not the announcing verb, typed the event
    assert "retyped-by-cue.meeting" in found[0].method or (
        "date-of-phrase-before" in found[0].method
    )


def test_a_date_after_the_verb_dates_the_announcement() -> None:
    assert typed(
        "In het algemeen overleg met de Kamer kondigde de minister op 3 maart 2025 aan dat het "
        "kabinet een bijdrage aan de missie zal bezien.\n"
    ) == [("announcement", D(2025, 3, 3), D(2025, 3, 3))]


def test_a_message_made_in_a_paper_on_a_date_is_the_paper() -> None:
    found = news(
        "Nederland verlengt de missie. Dat maakte de minister van Defensie vandaag in een "
        "artikel 100-brief bekend.\n"
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("mandate", D(2025, 4, 15))]
    assert "mandate.artikel-100-brief" in found[0].method


def test_a_message_made_in_a_speech_stays_an_announcement() -> None:
    found = news(
        "Nederland verlengt de missie. Dat maakte de minister van Defensie vandaag in een "
        "toespraak bekend.\n"
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("announcement", D(2025, 4, 15))]


def test_a_negation_in_a_cited_papers_content_does_not_negate_the_paper() -> None:
    assert typed(
        "De commissie sprak over de brief van de minister d.d. 3 maart 2025 houdende de "
        "mededeling dat het onderzoek niet voor de zomer zal zijn afgerond.\n"
    ) == [("report", D(2025, 3, 3), D(2025, 3, 3))]


def test_a_negation_before_the_subject_word_still_tells_an_absence() -> None:
    assert typed("Sinds maart 2025 is er geen aanslag gepleegd inzake de missie.\n") == []
