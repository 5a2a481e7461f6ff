"""Constructions of official Dutch prose left open by the outside development sets (issue 14,
detection, a later round): one test each, with a twin that must not fire.

Every sentence is written for these tests; none is taken from a text of any set.
"""

from __future__ import annotations

import datetime

from events_helpers import letter_typed

from iraq_events.temporal import find_dates

D = datetime.date
typed = letter_typed


# -- 1. a list of citations in one bracket, and a list under two coordinated paper nouns -------


def test_a_long_bracket_of_citations_dates_the_paper_before_it_for_every_item() -> None:
    # the last citation lies far past the bracket's opening: it is still the letters'
    assert typed(
        "Met verwijzing naar de eerdere artikel 100-brieven (Kamerstuk 29 521, nr. 301, d.d. "
        "2 oktober 2017, Kamerstuk 29 521, nr. 340 d.d. 9 november 2018 en Kamerstuk 29 521, "
        "nr. 377 d.d. 14 oktober 2019) informeren wij u over de verlenging van de inzet tot en "
        "met 31 december 2025."
    ) == [
        ("mandate", D(2017, 10, 2), D(2017, 10, 2)),
        ("mandate", D(2018, 11, 9), D(2018, 11, 9)),
        ("mandate", D(2019, 10, 14), D(2019, 10, 14)),
        ("mandate", None, D(2025, 12, 31)),
    ]


def test_a_mixed_list_of_papers_gives_its_items_to_its_nouns_in_order() -> None:
    # two nouns over four citations: the first two are the first noun's, the rest the second's
    assert typed(
        "Met verwijzing naar de eerdere artikel 100-brieven en voortgangsrapportages "
        "(Kamerstuk 29 521, nr. 301, d.d. 2 oktober 2017, Kamerstuk 29 521, nr. 340 d.d. "
        "9 november 2018, Kamerstuk 29 521, nr. 377 d.d. 14 mei 2019 en Kamerstuk 29 521, "
        "nr. 390 d.d. 20 mei 2020) informeren wij u over de inzet."
    ) == [
        ("mandate", D(2017, 10, 2), D(2017, 10, 2)),
        ("mandate", D(2018, 11, 9), D(2018, 11, 9)),
        ("report", D(2019, 5, 14), D(2019, 5, 14)),
        ("report", D(2020, 5, 20), D(2020, 5, 20)),
    ]


def test_a_list_after_a_second_paper_of_its_own_phrase_is_all_that_papers() -> None:
    # twin: the first paper has its own date and the bracket follows the second noun alone
    assert typed(
        "De artikel 100-brief van 2 oktober 2017 en de bijgaande voortgangsrapportages "
        "(Kamerstuk 29 521, nr. 377 d.d. 14 mei 2019 en Kamerstuk 29 521, nr. 390 d.d. "
        "20 mei 2020) zijn besproken."
    ) == [
        ("mandate", D(2017, 10, 2), D(2017, 10, 2)),
        ("report", D(2019, 5, 14), D(2019, 5, 14)),
        ("report", D(2020, 5, 20), D(2020, 5, 20)),
    ]


# -- 2. a request dated after its requester; a paper dated after its complement ----------------


def test_a_date_after_the_requester_of_op_verzoek_van_dates_the_request() -> None:
    # the year-less days are a request's and a letter's: the last ones before the letter
    assert typed(
        "Op verzoek van de vaste commissie voor Defensie van 3 maart en onder verwijzing naar "
        "de brief aan uw Kamer van 28 februari inzake de inzet van fregatten licht het kabinet "
        "met deze brief zijn visie toe."
    ) == [
        ("announcement", D(2025, 3, 3), D(2025, 3, 3)),
        ("report", D(2025, 2, 28), D(2025, 2, 28)),
    ]


def test_op_verzoek_van_before_a_verb_and_its_own_date_names_no_request() -> None:
    # twin: the date follows a verb and 'op', not the requester: the meeting is the event
    assert typed(
        "Op verzoek van de commissie is op 3 maart 2025 een technische briefing gehouden."
    ) == [("meeting", D(2025, 3, 3), D(2025, 3, 3))]
    # and a request whose date opens the requested period is the deployment
    assert typed(
        "Op verzoek van de Verenigde Naties zet Nederland van 3 maart 2025 tot 1 juni 2025 een "
        "fregat in."
    ) == [("deployment", D(2025, 3, 3), D(2025, 5, 31))]


# -- 3. a role in a mission that begins on a date ---------------------------------------------


def test_a_copula_with_vanaf_and_a_mission_noun_starts_a_deployment() -> None:
    assert typed(
        "Het fregat is vanaf 13 augustus 2025 voor de duur van vier maanden vlaggenschip van "
        "de EU-operatie Atalanta."
    ) == [("deployment", D(2025, 8, 13), None)]


def test_a_copula_state_without_an_onset_or_a_mission_stays_a_state() -> None:
    # twins: a membership that begins (no mission), and a role held in a year (no onset word)
    assert (
        typed("Nederland is vanaf 1 januari 2025 voor twee jaar lid van de Veiligheidsraad.") == []
    )
    assert typed("Het fregat was in 2024 vlaggenschip van de EU-operatie Atalanta.") == []


def test_an_airlift_that_lasted_from_day_to_day_is_a_deployment_in_the_past() -> None:
    # 'duurde' is a past tense: the year-less days are the last April before the letter
    assert typed(
        "De luchtbrug van Amman naar Khartoum en terug duurde van 2 tot en met 7 april."
    ) == [("deployment", D(2025, 4, 2), D(2025, 4, 7))]
    # twin: a present tense decides no year for a period opened by 'van'
    assert typed("De luchtbrug van Amman naar Khartoum duurt van 2 tot en met 7 april.") == []


# -- 4. a word of now in what a dated message said -------------------------------------------


def test_a_word_of_now_in_a_dated_messages_complement_counts_from_the_message() -> None:
    # 9 April 2025 is a Wednesday: the end of its week is 12-13 April, not the letter's week
    assert typed(
        "Het kabinet heeft de Kamer op 9 april jl. geïnformeerd ernaar te streven de antwoorden "
        "eind deze week naar de Kamer te sturen."
    ) == [
        ("report", D(2025, 4, 9), D(2025, 4, 9)),
        ("report", D(2025, 4, 12), D(2025, 4, 13)),
    ]


def test_a_word_of_now_outside_a_messages_complement_counts_from_the_letter() -> None:
    # twin: the message is told in a sentence of its own; the next one speaks for the letter
    assert typed(
        "Het kabinet heeft de Kamer op 9 april jl. geïnformeerd. De antwoorden worden eind deze "
        "week naar de Kamer gestuurd."
    ) == [
        ("report", D(2025, 4, 9), D(2025, 4, 9)),
        ("report", D(2025, 4, 19), D(2025, 4, 20)),
    ]


# -- 5. a period 'van X tot uiterlijk Y' in a present-tense sentence ---------------------------


def test_van_tot_uiterlijk_is_one_range_and_a_present_tense_puts_it_ahead() -> None:
    (e,) = find_dates(
        "Het schip neemt van begin mei tot uiterlijk eind augustus deel aan de operatie.",
        D(2024, 4, 5),
    )
    assert (e.earliest, e.latest, e.rule) == (
        D(2024, 5, 1),
        D(2024, 8, 31),
        "range.compose_tm.tense",
    )
    # the complement after 'dat' has its own tense: the reporting 'heeft' is not its past
    assert typed(
        "Het kabinet heeft de Kamer geïnformeerd dat het fregat van begin juni tot uiterlijk "
        "eind augustus deelneemt aan de EU-operatie."
    ) == [("deployment", D(2025, 6, 1), D(2025, 8, 31))]


def test_a_complement_in_the_past_keeps_its_past() -> None:
    # twin: the complement's own verb is a past tense
    (e,) = find_dates(
        "Het kabinet heeft de Kamer geïnformeerd dat het fregat van begin juni tot eind "
        "augustus heeft deelgenomen aan de operatie.",
        D(2024, 4, 5),
    )
    assert e.earliest == D(2023, 6, 1)  # 'tot eind augustus' closes before that end (20 August)
    assert e.latest is not None and e.latest.year == 2023


def test_uiterlijk_without_a_connector_joins_nothing_and_a_bare_month_stays_open() -> None:
    # twins: 'en uiterlijk' is no range connector; a present tense with 'in' decides no year
    found = find_dates(
        "Het schip vertrekt op 1 mei 2024 en keert uiterlijk 31 augustus 2024 terug.", D(2024, 4, 5)
    )
    assert [e.text for e in found] == ["op 1 mei 2024", "uiterlijk 31 augustus 2024"] or [
        e.text for e in found
    ] == ["1 mei 2024", "uiterlijk 31 augustus 2024"]
    (e,) = find_dates("In mei neemt het schip deel aan de operatie.", D(2024, 4, 5))
    assert e.earliest is None


# -- 6. a 'sinds' date in a relative clause is its own verb's ----------------------------------


def test_a_since_date_in_a_relative_clause_with_a_state_is_no_deployment() -> None:
    assert (
        typed(
            "Deze bijdrage betreft een aanvulling op de vier Nederlandse staffunctionarissen die "
            "sinds januari 2023 werkzaam zijn op het hoofdkwartier."
        )
        == []
    )


def test_a_since_date_with_its_own_verb_or_cue_stays_an_ongoing_deployment() -> None:
    # twins: the relative clause's own verb is a deployment; a main clause's cue types it
    assert typed(
        "Deze bijdrage betreft een aanvulling op de vier fregatten die sinds januari 2023 zijn "
        "ingezet."
    ) == [("deployment", D(2023, 1, 1), D(2025, 4, 15))]
    assert typed("Nederland levert sinds januari 2023 een bijdrage aan de missie.") == [
        ("deployment", D(2023, 1, 1), D(2025, 4, 15))
    ]


# -- 7. what went on 'sindsdien' is not the event of the day it counts from --------------------


def test_a_deployment_since_then_is_not_folded_into_the_event_it_counts_from() -> None:
    assert typed(
        "Zoals gemeld heeft België met ingang van 1 juli 2024 de inzet van F-16's van Nederland "
        "overgenomen. Nederland verzorgt sindsdien de force protection van het Belgische "
        "detachement."
    ) == [
        ("deployment", D(2024, 7, 1), D(2024, 7, 1)),
        ("deployment", D(2024, 7, 1), D(2025, 4, 15)),
    ]


def test_a_state_since_then_stays_no_event() -> None:
    # twin: a state of affairs since that day names no event to keep apart
    assert typed(
        "Zoals gemeld heeft België met ingang van 1 juli 2024 de inzet van F-16's van Nederland "
        "overgenomen. Sindsdien is de situatie rustig."
    ) == [("deployment", D(2024, 7, 1), D(2024, 7, 1))]


# -- 8. a label after another paper named in a cited letter's content ---------------------------


def test_answers_about_an_article_100_letter_are_a_report() -> None:
    assert typed(
        "Wij bespraken de brief van de minister van 27 november 2024 met de beantwoording van "
        "de vragen van de commissie inzake de artikel 100-brief over een bijdrage aan MINUSMA "
        "(Kamerstuk 29 521, nr. 215)."
    ) == [("report", D(2024, 11, 27), D(2024, 11, 27))]


def test_a_content_that_opens_with_the_label_still_says_what_the_paper_is() -> None:
    # twin: no other paper between the date and the opener: the label is the cited letter's
    assert typed(
        "Wij bespraken de brief van de minister d.d. 7 juli 2024 inzake artikel 100-brief "
        "inzake de bijdrage aan MINUSMA."
    ) == [("mandate", D(2024, 7, 7), D(2024, 7, 7))]


# -- 9. a day word in a speaker's turn of a debate's minutes is the sitting's ------------------


def test_a_day_word_no_cue_types_in_a_speakers_turn_is_the_sitting() -> None:
    assert (
        typed(
            "De voorzitter: Ik heet iedereen van harte welkom, in het bijzonder de minister en de "
            "ambtenaren die hem vandaag ondersteunen."
        )
        == []
    )


def test_a_day_word_outside_a_turn_or_with_a_cue_stays_an_event() -> None:
    # twins: the same words with no speaker's label; a speaker telling of a dated decision
    assert typed(
        "Ik heet iedereen van harte welkom, in het bijzonder de minister en de ambtenaren die "
        "hem vandaag ondersteunen."
    ) == [("other", D(2025, 4, 15), D(2025, 4, 15))]
    assert typed("Minister Jansen: Vandaag heeft de NAVO besloten de missie te verlengen.") == [
        ("announcement", D(2025, 4, 15), D(2025, 4, 15))
    ]
