"""Constructions of official Dutch found on the tenth outside development set (issue 14).

Each test is a sentence written for it, with a twin that must not fire. No sentence is taken
from a letter: the texts of the outside sets stay outside the repository.
"""

from __future__ import annotations

import datetime

from events_helpers import LETTER_HEADER, letter_events, letter_typed

from iraq_events.documents import read_document
from iraq_events.events import extract_events

D = datetime.date
HEADER = LETTER_HEADER


events_of = letter_events


typed = letter_typed


# -- a quotation that opens its sentence is speech, not a title --------------------------------


def test_a_quoted_statement_dates_what_it_says() -> None:
    # the meeting is in what the minister said, a clause with its finite verb
    found = typed('"Het beraad van de ministers zal in juni 2025 plaatsvinden", aldus de minister.')
    assert found == [("meeting", D(2025, 6, 1), D(2025, 6, 30))]


def test_a_quoted_title_inside_a_sentence_dates_nothing() -> None:
    # the twin: a title in quotation marks inside the sentence names a paper, not an event
    found = typed('De minister stuurde de nota "Het beraad zal in juni 2025 plaatsvinden" mee.')
    assert ("meeting", D(2025, 6, 1), D(2025, 6, 30)) not in found


# -- a clause that opens with a finite verb resumes its subject ---------------------------------


def test_the_subject_before_a_relative_clause_is_the_verbs() -> None:
    # "vertrekken" needs a unit; the unit is the subject, before the relative clause
    found = typed(
        "Het detachement van veertig militairen, dat sinds februari in het gebied is, "
        "zal in september 2025 vertrekken."
    )
    assert ("withdrawal", D(2025, 9, 1), D(2025, 9, 30)) in found


def test_a_departure_without_a_unit_is_no_withdrawal() -> None:
    found = typed(
        "De minister, die sinds februari in functie is, zal in september 2025 vertrekken."
    )
    assert all(kind != "withdrawal" for kind, _, _ in found)


# -- a committee of an international organisation decides a mandate ----------------------------


def test_the_political_and_security_committee_decides_a_mandate() -> None:
    found = events_of(
        "Het Politiek en Veiligheidscomité heeft op 3 maart 2025 ingestemd met een wijziging "
        "van het operatieplan."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("mandate", D(2025, 3, 3))]
    assert "decided-by.decision.council" in found[0].method


def test_a_working_group_agreeing_is_a_decision_not_a_mandate() -> None:
    assert typed(
        "De werkgroep heeft op 3 maart 2025 ingestemd met een wijziging van het operatieplan."
    ) == [("announcement", D(2025, 3, 3), D(2025, 3, 3))]


# -- a request to consider an extension is the request ------------------------------------------


def test_asking_to_consider_an_extension_is_a_request() -> None:
    found = events_of(
        "De VN heeft in maart 2025 gevraagd de mogelijkheden tot verlenging van de bijdrage "
        "te bezien."
    )
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("announcement", "request", D(2025, 3, 1))
    ]


def test_considering_an_extension_without_asking_stays_the_extension() -> None:
    assert typed(
        "De VN heeft in maart 2025 de mogelijkheden tot verlenging van de bijdrage bezien."
    ) == [("mandate", D(2025, 3, 1), D(2025, 3, 31))]


# -- a letter that informed by the article 100 procedure is an article 100 letter ---------------


def test_a_letter_that_informed_under_article_100_is_a_mandate() -> None:
    found = events_of(
        "In de brief van 1 maart 2025 (Kamerstuk 29 521, nr. 400) heeft het kabinet u, "
        "conform artikel 100 van de Grondwet, geïnformeerd over de verlenging van de bijdrage."
    )
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("mandate", "article-100 letter", D(2025, 3, 1))
    ]
    assert "informed-by-procedure" in found[0].method
    assert [a.name for a in found[0].actors] == ["Government of the Netherlands"]


def test_article_100_inside_what_a_letter_is_about_labels_nothing() -> None:
    assert typed(
        "In de brief van 1 maart 2025 (Kamerstuk 29 521, nr. 400) heeft het kabinet u "
        "geïnformeerd over de voorbereiding van een besluit conform artikel 100 van de Grondwet."
    ) == [("report", D(2025, 3, 1), D(2025, 3, 1))]


# -- a headline that is a clause is read; a title is not ----------------------------------------

NEWS_BODY = (
    "\n\nHet kabinet heeft dat vandaag bekendgemaakt. De militairen keren daarna naar huis.\n"
)


def news(headline: str) -> list[tuple[str, D | None, D | None]]:
    document = read_document((headline + NEWS_BODY).encode("utf-8"), reference=D(2025, 4, 15))
    assert [s.title for s in document.sections] == [headline]
    return [(e.event_type.value, e.date_start, e.date_end) for e in extract_events(document)]


def test_a_headline_with_a_finite_verb_reports_its_event() -> None:
    assert ("withdrawal", D(2025, 6, 21), D(2025, 6, 30)) in news(
        "Trainingsmissie wordt eind juni 2025 beëindigd"
    )


def test_a_title_without_a_verb_stays_a_heading() -> None:
    assert all(kind != "withdrawal" for kind, _, _ in news("Beëindiging trainingsmissie juni 2025"))


# -- one event told twice: a phrase restated, a demonstrative pointing back ---------------------

BRIEFING = "De ambtenaren nemen deel aan een technische briefing op 19 mei 2025 over de missie."


def test_a_phrase_restated_with_its_date_is_one_event() -> None:
    found = events_of(
        BRIEFING + "\n\nDe commissie heeft op 2 april 2025 verzocht om een technische briefing "
        "op 19 mei 2025 over de missie."
    )
    meetings = [e for e in found if e.event_type.value == "meeting"]
    assert [(e.date_start, len(e.mentions)) for e in meetings] == [(D(2025, 5, 19), 2)]


def test_other_words_before_the_same_date_are_another_event() -> None:
    found = events_of(
        BRIEFING + "\n\nDe commissie heeft op 2 april 2025 verzocht om een werkoverleg "
        "op 19 mei 2025 over de missie."
    )
    assert [e.date_start for e in found if e.event_type.value == "meeting"] == [
        D(2025, 5, 19),
        D(2025, 5, 19),
    ]


CONFERENCE = "De minister neemt op 2 en 3 juni 2025 deel aan een conferentie in Rome. "


def test_this_meeting_points_back_to_the_meeting_before() -> None:
    found = events_of(
        CONFERENCE + "Tijdens deze bijeenkomst werd op 2 juni 2025 ook de begroting besproken."
    )
    assert [(e.date_start, e.date_end, len(e.mentions)) for e in found] == [
        (D(2025, 6, 2), D(2025, 6, 3), 2)
    ]


def test_a_meeting_is_another_meeting() -> None:
    found = events_of(
        CONFERENCE + "Tijdens een bijeenkomst werd op 2 juni 2025 ook de begroting besproken."
    )
    assert [(e.date_start, e.date_end) for e in found] == [
        (D(2025, 6, 2), D(2025, 6, 3)),
        (D(2025, 6, 2), D(2025, 6, 2)),
    ]


# -- what a comparison names is no event, nor are the brackets after it ------------------------


def test_a_deployment_compared_with_dates_nothing() -> None:
    assert (
        typed(
            "Het gebruik van raketten is afgenomen ten opzichte van het eerste jaar van "
            "ontplooiing (2023)."
        )
        == []
    )


def test_a_deployment_with_its_year_in_brackets_is_dated() -> None:
    assert typed("Het gebruik van raketten is afgenomen na de ontplooiing (2023).") == [
        ("deployment", D(2023, 1, 1), D(2023, 12, 31))
    ]


# -- a period in the phrase a paper heads is the paper's scope ----------------------------------


def test_the_year_of_what_an_evaluation_covers_dates_no_paper() -> None:
    assert (
        typed(
            "Dit naar aanleiding van de evaluatie van de inzet in 2023 (Kamerstuk 29 521, nr. 500)."
        )
        == []
    )


def test_the_year_of_the_evaluation_itself_dates_the_paper() -> None:
    assert typed("Dit naar aanleiding van de evaluatie van 2024 (Kamerstuk 29 521, nr. 500).") == [
        ("report", D(2024, 1, 1), D(2024, 12, 31))
    ]
