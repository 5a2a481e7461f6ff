"""The constructions of issue 14 §3, one test each, on sentences written for these tests.

General official Dutch; no sentence is taken from a letter of ``seeds/``. Each test states the
event a reader finds and checks the type, the date and what the construction decides (who, the
subtype, the rule in ``method``).
"""

from __future__ import annotations

import datetime

import pytest

from iraq_events.documents import read_document
from iraq_events.events import Event, extract_events

D = datetime.date
HEADER = "Den Haag, 15 april 2025\n\n"


def events_of(text: str) -> list[Event]:
    return extract_events(read_document((HEADER + text + "\n").encode("utf-8")))


def typed(text: str) -> list[tuple[str, str | None, D | None, D | None]]:
    return [(e.event_type.value, e.subtype, e.date_start, e.date_end) for e in events_of(text)]


def actors(event: Event) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in event.actors]


# -- the event named in a noun phrase, a title or a subject -------------------------------------


def test_an_extension_named_as_the_head_of_a_noun_phrase() -> None:
    # "bijdrage" is the complement of "verlenging": the phrase's head names the event
    found = events_of(
        "Het kabinet kondigt de verlenging van de bijdrage tot en met 31 december 2025 aan."
    )
    assert [(e.event_type.value, e.subtype, e.date_end) for e in found] == [
        ("mandate", "extension", D(2025, 12, 31))
    ]
    assert "cue-heads-phrase" in found[0].method


def test_an_extension_as_the_subject_of_a_copula_is_no_state() -> None:
    assert typed(
        "De verlenging van de Nederlandse bijdrage tot en met 31 december 2025 is voorzien."
    ) == [("mandate", "extension", None, D(2025, 12, 31))]


def test_a_visit_named_in_the_subject() -> None:
    found = events_of(
        "Het bezoek van de minister van Defensie aan Bagdad op 22 maart 2025 verliep goed."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("visit", D(2025, 3, 22))]
    assert found[0].location is not None and found[0].location.name == "Baghdad"


def test_a_visit_named_in_a_title_line() -> None:
    found = events_of(
        "Werkbezoek van de minister van Buitenlandse Zaken aan Erbil op 3 februari 2025"
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("visit", D(2025, 2, 3))]


def test_a_numbered_title_names_the_extension_it_dates() -> None:
    document = read_document(
        (
            HEADER + "1. Verlenging van de bijdrage tot en met 31 december 2025\n\n"
            "Het kabinet informeert u hierover.\n"
        ).encode("utf-8")
    )
    found = extract_events(document)
    assert [(e.event_type.value, e.subtype, e.date_end) for e in found] == [
        ("mandate", "extension", D(2025, 12, 31))
    ]


# -- pointing back to the sentence before ---------------------------------------------------------


def test_a_pronoun_takes_the_actors_of_the_sentence_before() -> None:
    found = events_of(
        "Duitsland stuurt een fregat naar de regio. Die wordt vanaf 15 augustus 2025 ingezet in "
        "de Golf."
    )
    assert [(e.event_type.value, e.date_start, e.date_end) for e in found] == [
        ("deployment", D(2025, 8, 15), None)
    ]
    assert actors(found[0]) == [("Germany", "initiator")]
    assert "refers-back-actors" in found[0].method


def test_a_pronoun_takes_the_type_of_the_event_noun_before() -> None:
    found = events_of(
        "De minister van Defensie bracht een bezoek aan de troepen. Dat vond plaats op "
        "22 maart 2025."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("visit", D(2025, 3, 22))]
    assert [a.name for a in found[0].actors] == ["Minister of Defence of the Netherlands"]
    assert "refers-back" in found[0].method


def test_a_definite_description_of_the_thing_before_points_back() -> None:
    found = events_of(
        "Nederland levert een transportvliegtuig aan de coalitie. Het vliegtuig wordt vanaf "
        "1 juni 2025 ingezet."
    )
    assert [e.event_type.value for e in found] == ["deployment"]
    assert ("Netherlands", "initiator") in actors(found[0])


def test_a_sentence_that_points_nowhere_borrows_nothing() -> None:
    found = events_of(
        "Duitsland stuurt een fregat naar de regio. Op 2 juni 2025 landde een delegatie in de "
        "hoofdstad."
    )
    assert [(e.event_type.value, e.actors) for e in found] == [("other", ())]


def test_a_short_sentence_with_a_stop_is_no_date_line() -> None:
    # "Vastgesteld 15 april 2025" is a date line; a sentence closed by a stop is not
    assert typed("Dit vertrekt op 2 juni 2025.") == [("other", None, D(2025, 6, 2), D(2025, 6, 2))]


# -- cited letters, lists of dates, bulleted and numbered lists ---------------------------------


def test_a_cited_note_and_a_cited_article_100_letter_in_one_sentence() -> None:
    found = typed(
        "In aanvulling op de artikel 100-brief van 4 maart 2024 en de nota d.d. 9 september "
        "2024 informeren wij u over de stand van zaken."
    )
    assert found == [
        ("mandate", "article-100 letter", D(2024, 3, 4), D(2024, 3, 4)),
        ("report", "letter", D(2024, 9, 9), D(2024, 9, 9)),
    ]


def test_one_plural_cue_over_dates_each_with_a_citation() -> None:
    found = typed(
        "Eerder ontving uw Kamer de artikel 100-brieven van 5 februari 2021 (Kamerstuk 27 925, "
        "nr. 801), 9 juli 2021 (Kamerstuk 27 925, nr. 812) en 3 december 2021."
    )
    assert [(t, d) for t, _, d, _ in found] == [
        ("mandate", D(2021, 2, 5)),
        ("mandate", D(2021, 7, 9)),
        ("mandate", D(2021, 12, 3)),
    ]


def test_a_bulleted_list_under_a_line_that_holds_the_cue() -> None:
    found = typed(
        "Uw Kamer ontving de volgende brieven:\n"
        "- de brief van 2 april 2024 (Kamerstuk 29 521, nr. 470);\n"
        "- de brief van 18 juni 2024 (Kamerstuk 29 521, nr. 475)."
    )
    assert [(t, d) for t, _, d, _ in found] == [
        ("report", D(2024, 4, 2)),
        ("report", D(2024, 6, 18)),
    ]


def test_a_numbered_list_whose_items_hold_only_dates() -> None:
    found = typed(
        "Uw Kamer is geïnformeerd met de volgende brieven:\n"
        "1. 2 april 2024 (Kamerstuk 29 521, nr. 470);\n"
        "2. 18 juni 2024 (Kamerstuk 29 521, nr. 475)."
    )
    assert [(t, d) for t, _, d, _ in found] == [
        ("report", D(2024, 4, 2)),
        ("report", D(2024, 6, 18)),
    ]


# -- a decision frame and the decided event -----------------------------------------------------


def test_consent_to_a_deployment_dates_the_deployment() -> None:
    found = events_of("Het kabinet stemt in met de inzet van een mijnenjager vanaf 1 maart 2026.")
    assert [(e.event_type.value, e.date_start, e.date_end, e.status.value) for e in found] == [
        ("deployment", D(2026, 3, 1), None, "planned")
    ]


def test_a_decision_to_end_dates_the_end() -> None:
    found = events_of(
        "Het kabinet heeft besloten de bijdrage aan de missie te beëindigen per 1 juli 2025."
    )
    assert [(e.event_type.value, e.date_start, e.status.value) for e in found] == [
        ("withdrawal", D(2025, 7, 1), "planned")
    ]
    assert "retyped-by-cue.withdrawal.end" in found[0].method


def test_a_dated_decision_is_an_announcement() -> None:
    found = events_of("Op 3 februari 2025 besloot het kabinet tot de aankoop van drones.")
    assert [(e.event_type.value, e.date_start) for e in found] == [("announcement", D(2025, 2, 3))]
    assert actors(found[0]) == [("Government of the Netherlands", "initiator")]


@pytest.mark.parametrize(
    "text",
    [
        "Het kabinet heeft besloten om de helikopters vanaf 1 september 2025 in te zetten in Irak.",
        "Het kabinet heeft besloten de helikopters vanaf 1 september 2025 in te zetten.",
    ],
)
def test_a_decision_to_deploy_from_a_date_is_the_deployment(text: str) -> None:
    # the date sits in the decided infinitive clause: it dates the deployment, not the decision
    found = events_of(text)
    assert [(e.event_type.value, e.date_start, e.date_end, e.status.value) for e in found] == [
        ("deployment", D(2025, 9, 1), None, "planned")
    ]


def test_a_decision_with_its_own_date_is_the_announcement() -> None:
    found = typed(
        "Het kabinet heeft op 3 maart 2025 besloten de inzet van de fregatten te beëindigen."
    )
    assert [(t, d) for t, _, d, _ in found] == [("announcement", D(2025, 3, 3))]


# -- meetings and debates -----------------------------------------------------------------------


def test_consultations_held_on_a_date_are_a_meeting() -> None:
    assert [
        t
        for t, *_ in typed(
            "Op 12 maart 2025 heeft de minister overleg gevoerd met zijn Iraakse ambtgenoot."
        )
    ] == ["meeting"]


def test_spoke_with_around_the_date_is_a_meeting() -> None:
    found = typed("De minister sprak op 4 februari 2025 met de Iraakse premier.")
    assert [(t, d) for t, _, d, _ in found] == [("meeting", D(2025, 2, 4))]


def test_a_chamber_that_debated_on_a_date() -> None:
    found = typed("Op 20 maart 2025 debatteerde de Kamer over de missie.")
    assert found == [("meeting", "parliamentary debate", D(2025, 3, 20), D(2025, 3, 20))]


def test_a_committee_debate_held_on_a_date() -> None:
    found = typed("Het commissiedebat, gehouden op 5 maart 2025, ging over de missie.")
    assert found == [("meeting", "parliamentary debate", D(2025, 3, 5), D(2025, 3, 5))]


# -- mandates extended, expiring or ended ---------------------------------------------------------


def test_a_mandate_extended_to_a_date() -> None:
    found = typed("Het mandaat van de missie is verlengd tot en met 31 oktober 2025.")
    assert [(t, e) for t, _, _, e in found] == [("mandate", D(2025, 10, 31))]


def test_a_mandate_that_expires_on_a_date() -> None:
    assert typed("Het mandaat van de missie loopt af op 30 september 2025.") == [
        ("mandate", "expiry", D(2025, 9, 30), D(2025, 9, 30))
    ]


def test_a_mandate_that_ends_on_a_date() -> None:
    assert typed("Het mandaat eindigt op 31 december 2025.") == [
        ("mandate", "expiry", D(2025, 12, 31), D(2025, 12, 31))
    ]


def test_a_contribution_that_ends_on_a_date_is_a_withdrawal() -> None:
    assert [t for t, *_ in typed("De bijdrage eindigt op 31 december 2025.")] == ["withdrawal"]


# -- offers and acceptances ---------------------------------------------------------------------


def test_a_request_granted_is_an_acceptance() -> None:
    found = events_of("De Iraakse regering heeft op 3 maart 2025 het verzoek ingewilligd.")
    assert [(e.event_type.value, e.subtype) for e in found] == [("announcement", "acceptance")]
    assert actors(found[0]) == [("Government of Iraq", "initiator")]


def test_heeding_a_request_is_an_acceptance() -> None:
    assert typed("Duitsland gaf op 3 maart 2025 gehoor aan het verzoek van de coalitie.") == [
        ("announcement", "acceptance", D(2025, 3, 3), D(2025, 3, 3))
    ]


def test_a_request_alone_stays_a_request() -> None:
    assert [
        s for _, s, _, _ in typed("Op 2 maart 2025 verzocht de coalitie om extra helikopters.")
    ] == ["request"]


def test_an_offer_is_an_announcement_not_what_it_offers() -> None:
    assert [
        t for t, *_ in typed("Nederland heeft op 10 januari 2025 aangeboden een staf te leveren.")
    ] == ["announcement"]


def test_a_request_honoured_on_a_later_date() -> None:
    found = events_of(
        "Het verzoek van de VS van 3 januari 2025 om steun werd op 10 januari 2025 gehonoreerd."
    )
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("announcement", "request", D(2025, 1, 3)),
        ("announcement", "acceptance", D(2025, 1, 10)),
    ]


# -- motions and votes --------------------------------------------------------------------------


def test_a_motion_rejected_on_a_date() -> None:
    assert typed("De motie van het lid De Vries werd op 11 februari 2025 verworpen.") == [
        ("legislation", "motion", D(2025, 2, 11), D(2025, 2, 11))
    ]


def test_a_vote_of_the_house_is_legislation() -> None:
    assert typed("De Tweede Kamer stemde op 11 februari 2025 in met het voorstel.") == [
        ("legislation", "vote", D(2025, 2, 11), D(2025, 2, 11))
    ]


# -- handovers of a role between countries -------------------------------------------------------


def test_command_handed_over_to_another_country() -> None:
    found = events_of("Nederland droeg het commando over aan Noorwegen op 1 februari 2025.")
    assert [(e.event_type.value, e.subtype, e.date_start, e.status.value) for e in found] == [
        ("handover", "command", D(2025, 2, 1), "occurred")
    ]
    assert actors(found[0]) == [("Netherlands", "initiator"), ("Norway", "target")]


def test_command_taken_over_from_another_country() -> None:
    found = events_of("Noorwegen nam op 1 februari 2025 het commando over van Nederland.")
    assert [(e.event_type.value, e.date_start) for e in found] == [("handover", D(2025, 2, 1))]
    assert dict(actors(found[0])) == {"Norway": "target", "Netherlands": "initiator"}


def test_the_command_of_a_mission_handed_over_with_bevel() -> None:
    found = events_of("Italië draagt het bevel over de missie op 1 juni 2025 over aan Spanje.")
    assert [(e.event_type.value, e.subtype, e.status.value) for e in found] == [
        ("handover", "command", "planned")
    ]
    assert actors(found[0]) == [("Italy", "initiator"), ("Spain", "target")]


# -- events inside prepositional phrases ---------------------------------------------------------


def test_an_attack_inside_an_after_phrase() -> None:
    found = events_of(
        "Na de aanval op de basis op 4 januari 2025 werden de maatregelen aangescherpt."
    )
    # the attack, and the change the main clause reports, dated from the next day on
    assert [(e.event_type.value, e.date_start, e.date_end) for e in found] == [
        ("attack", D(2025, 1, 4), D(2025, 1, 4)),
        ("other", D(2025, 1, 5), None),
    ]
    assert "after-clause" in found[1].method


def test_a_state_after_an_after_phrase_is_no_event() -> None:
    found = events_of("Na de aanval op 4 januari 2025 is de dreiging hoog.")
    assert [e.event_type.value for e in found] == ["attack"]


def test_an_attack_inside_a_since_phrase_is_dated_by_its_day() -> None:
    found = events_of("Sinds de aanslag in Bagdad op 4 januari 2025 is de dreiging toegenomen.")
    assert [(e.event_type.value, e.date_start, e.date_end) for e in found] == [
        ("attack", D(2025, 1, 4), D(2025, 1, 4))
    ]
    assert found[0].location is not None and found[0].location.name == "Baghdad"


# -- found on the development letters (general rules, sentences written here) --------------------


def test_deaths_in_an_accident_are_casualties_not_the_accident() -> None:
    # of the cues after a date, the catch-all type comes last
    assert [
        t
        for t, *_ in typed(
            "Op 3 juni 2024 zijn twee militairen door een ongeval om het leven gekomen."
        )
    ] == ["casualties"]


def test_a_cited_paper_about_a_period_dates_no_mandate_in_that_period() -> None:
    found = typed(
        "Bijgaand ontvangt u de brief van 3 maart 2025 inzake vragen over de artikel 100-brief "
        "inzake de bijdrage in 2026."
    )
    assert found == [("report", "letter", D(2025, 3, 3), D(2025, 3, 3))]


def test_the_brackets_after_a_cited_paper_date_it() -> None:
    found = events_of(
        "Wij verwijzen naar de artikel 100-brief (Kamerstuk 27 925, nr. 700, d.d. 3 februari "
        "2024) en de voortgangsrapportage (Kamerstuk 27 925, nr. 720, d.d. 6 mei 2024)."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("mandate", D(2024, 2, 3)),
        ("report", D(2024, 5, 6)),
    ]
    assert all("bracket-date" in e.method for e in found)


def test_a_date_in_a_sentence_before_dates_the_same_day_phrase() -> None:
    document = read_document(
        (
            HEADER + "Op 6 juni 2024 kwamen twee militairen om het leven. U bent hierover "
            "diezelfde\ndag geïnformeerd (Kamerstuk 29 521, nr. 400).\n"
        ).encode("utf-8")
    )
    found = extract_events(document)
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("casualties", D(2024, 6, 6)),
        ("report", D(2024, 6, 6)),
    ]
    report = found[1].source
    assert report.date_char_start is not None and report.date_char_end is not None
    assert document.text[report.date_char_start : report.date_char_end] == "diezelfde\ndag"
    assert found[1].date.rule == "events.same-day"


def test_a_same_day_phrase_with_no_day_before_dates_nothing() -> None:
    assert typed("In 2024 was het onrustig. U bent hierover diezelfde dag geïnformeerd.") == []


def test_the_verb_after_the_date_beats_a_noun_for_who_acts_before_it() -> None:
    # "het detachement" names who acts; the verb after the date names what it does
    found = events_of(
        "Het grootste deel van het detachement zet later deze maand weer voet op Nederlandse bodem."
    )
    assert [(e.event_type.value, e.status.value) for e in found] == [("withdrawal", "planned")]


def test_returning_home_is_a_withdrawal() -> None:
    assert [t for t, *_ in typed("De toestellen keren op 2 juni 2025 terug in Nederland.")] == [
        "withdrawal"
    ]


def test_a_date_that_ends_an_event_nouns_phrase_is_not_the_later_triggers() -> None:
    # the date closes "het debat over de missie op 4 maart"; the withdrawal after the verb is
    # only what the minister writes about
    found = events_of(
        "Zoals gemeld tijdens het debat over de missie op 4 maart 2025 informeert de minister u "
        "over de terugtrekking van de troepen."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("meeting", D(2025, 3, 4))]
    assert "date-of-phrase-before.meeting.debate" in found[0].method


def test_a_noun_for_who_acts_before_the_date_leaves_the_trigger_its_date() -> None:
    assert [t for t, *_ in typed("Het detachement is sinds 1 maart 2025 teruggetrokken.")] == [
        "withdrawal"
    ]
