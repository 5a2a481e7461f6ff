"""Constructions of official Dutch prose met in an eleventh set of unseen texts (issue 14,
detection): one test each, with a twin that must not fire.

Every sentence is written for these tests; none is taken from a text of any set.
"""

from __future__ import annotations

import datetime

from events_helpers import LETTER_HEADER, letter_events, letter_typed

from iraq_events.documents.sentences import split_sentences

D = datetime.date
HEADER = LETTER_HEADER


events_of = letter_events


typed = letter_typed


# -- 1. a cited report of a meeting: the date after the meeting's name is the meeting's --------


def test_the_date_after_a_meeting_named_in_a_cited_report_is_the_meeting() -> None:
    assert typed(
        "Wij bespraken de brief van 9 maart 2022 inzake het verslag van de Raad Buitenlandse "
        "Zaken Defensie van 3 en 4 maart 2022 (Kamerstuk 21 501-28, nr. 230)."
    ) == [
        ("report", D(2022, 3, 9), D(2022, 3, 9)),
        ("meeting", D(2022, 3, 3), D(2022, 3, 4)),
    ]


def test_a_date_after_other_words_than_the_meetings_name_stays_the_papers() -> None:
    # the subject runs on past the meeting's name: the date before the citation is the paper's
    assert typed(
        "Wij bespraken het verslag van de Raad Buitenlandse Zaken en de gevolgen voor de "
        "missie van 9 maart 2022 (Kamerstuk 21 501-28, nr. 230)."
    ) == [("report", D(2022, 3, 9), D(2022, 3, 9))]


# -- 2. a parliamentary paper's citation dates the paper, not the title or subject before it ---


def test_a_citation_after_a_papers_title_dates_the_paper() -> None:
    # the title in quotation marks names a mission; the date in the brackets is the letter's
    assert typed(
        "Met verwijzing naar de Kamerbrief «Verkenning van een bijdrage aan de missie in "
        "Kosovo» (Kamerstuk 29 521, nr. 410, d.d. 8 april 2021) informeren wij u hierbij."
    ) == [("report", D(2021, 4, 8), D(2021, 4, 8))]
    assert typed(
        "Wij verwijzen naar de brief inzake de inzet van mijnenjagers (Kamerstuk 29 521, "
        "nr. 410, d.d. 8 april 2021)."
    ) == [("report", D(2021, 4, 8), D(2021, 4, 8))]


def test_a_citation_after_a_decision_without_a_paper_keeps_the_noun_before_it() -> None:
    # no paper is named: the bracket's date stays with the noun the brackets follow
    assert typed(
        "Wij verwijzen naar het besluit tot de inzet van mijnenjagers (Kamerstuk 29 521, "
        "nr. 410, d.d. 8 april 2021)."
    ) == [("deployment", D(2021, 4, 8), D(2021, 4, 8))]


# -- 3. a decision to deploy, with the deployment's period in brackets ------------------------


def test_a_decision_to_deploy_with_its_period_in_brackets_is_the_deployment() -> None:
    # the bracket's period ends the phrase "besloten tot inzet van ...": the deployment's
    assert typed(
        "Het kabinet heeft besloten tot inzet van een fregat (met ongeveer tweehonderd "
        "bemanningsleden voor de periode maart 2024 tot maart 2025)."
    ) == [("deployment", D(2024, 3, 1), D(2025, 2, 28))]


def test_a_decision_with_a_day_in_brackets_and_no_cue_between_stays_the_decision() -> None:
    assert typed(
        "Het kabinet heeft besloten tot deze stap (op 3 maart 2025, na overleg met de partners)."
    ) == [("announcement", D(2025, 3, 3), D(2025, 3, 3))]


# -- 4. "voor de periode" after a noun for the mission is the mission's window ---------------


def test_a_period_after_a_noun_for_the_mission_is_its_window() -> None:
    # the bracket between the noun and its period does not count
    assert typed(
        "Nederland stelt een fregat beschikbaar, evenals de inzet van een medisch team "
        "(twaalf personen) voor de periode juni 2025 tot en met mei 2026."
    ) == [("deployment", D(2025, 6, 1), D(2026, 5, 31))]
    # nor does a name with its abbreviation in brackets
    assert typed(
        "Nederland stelt een fregat beschikbaar, evenals de inzet van een Explosive Ordnance "
        "Disposal (EOD) team (zes personen) voor de periode juni 2025 tot en met mei 2026."
    ) == [("deployment", D(2025, 6, 1), D(2026, 5, 31))]


def test_a_period_a_budget_is_for_stays_a_plan() -> None:
    assert (
        typed(
            "Nederland stelt een fregat beschikbaar; het budget voor de periode 2025–2027 "
            "bedraagt twee miljard euro."
        )
        == []
    )


# -- 5. "jl." before a citation in brackets does not end the sentence ---------------------------


def test_an_abbreviation_before_a_citation_that_runs_on_ends_no_sentence() -> None:
    text = "Het kabinet heeft op 7 maart jl. (Kamerstuk 29 521, nr. 300) besloten te helpen."
    assert [text[a:b] for a, b in split_sentences(text)] == [text]
    assert typed(
        "Het kabinet heeft op 7 maart jl. (Kamerstuk 29 521, nr. 300) besloten om een fregat "
        "te sturen."
    ) == [("announcement", D(2025, 3, 7), D(2025, 3, 7))]


def test_a_bracketed_sentence_after_an_abbreviation_stands_alone() -> None:
    text = "Het kabinet besloot dit op 7 maart jl. (Zie de bijlage.) De minister reisde af."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Het kabinet besloot dit op 7 maart jl.",
        "(Zie de bijlage.)",
        "De minister reisde af.",
    ]


# -- 6. "in navolging van de brief van <datum>": further to a paper, no event after it ----------


def test_further_to_a_dated_letter_the_letter_is_the_event() -> None:
    # the decision the letter reports has no date of its own: none after the earlier letter
    assert typed(
        "In navolging van de brief van 7 maart jl. (Kamerstuk 29 521, nr. 300) informeren wij "
        "u over het besluit van het kabinet om een fregat te sturen."
    ) == [("report", D(2025, 3, 7), D(2025, 3, 7))]


def test_after_a_dated_meeting_a_decision_is_dated_after_it() -> None:
    assert typed(
        "Na het overleg van 7 maart jl. heeft het kabinet besloten om een fregat te sturen."
    ) == [("announcement", D(2025, 3, 8), None)]


# -- 7. the answer's line of received in written questions is the paper's own date -------------


def test_the_received_line_of_an_answer_is_no_event() -> None:
    assert typed("Antwoord van minister Jansen (Defensie) (ontvangen 3 maart 2025).") == []


def test_answers_received_on_a_date_in_a_sentence_are_a_report() -> None:
    assert typed("De antwoorden van minister Jansen zijn op 3 maart 2025 ontvangen.") == [
        ("report", D(2025, 3, 3), D(2025, 3, 3))
    ]


# -- 8. what a news report said is the content of the request it prompted ---------------------


def test_a_strike_in_the_news_that_prompted_a_request_borrows_no_date() -> None:
    assert typed(
        "De Kamer heeft bij de regeling van werkzaamheden van 4 maart 2025 (Handelingen II "
        "2024/25, nr. 50, item 3) verzocht om een brief naar aanleiding van het bericht dat er "
        "burgerdoden vielen bij een Nederlands bombardement."
    ) == [("announcement", D(2025, 3, 4), D(2025, 3, 4))]


def test_a_strike_beside_a_relative_clause_on_a_message_keeps_its_date() -> None:
    # "het bericht dat wij ontvingen" is a relative clause; the strike is the sentence's own
    assert typed(
        "De coalitie heeft op 4 maart 2025 (zie bijlage 2) volgens het bericht dat wij "
        "ontvingen een bombardement uitgevoerd."
    ) == [("airstrike", D(2025, 3, 4), D(2025, 3, 4))]


# -- 9. a question's footnote markers do not glue it to the next question ---------------------


def test_a_question_mark_with_footnote_markers_ends_the_sentence() -> None:
    text = "Waarom las de Kamer dit in de krant?1 2 Was het tekort al in mei bekend?"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Waarom las de Kamer dit in de krant?1 2",
        "Was het tekort al in mei bekend?",
    ]


def test_a_full_stop_before_digits_stays_inside_a_number() -> None:
    text = "Het kost 1.5 miljoen euro. Dat is veel."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Het kost 1.5 miljoen euro.",
        "Dat is veel.",
    ]
