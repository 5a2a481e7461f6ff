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
    # the date right after "beëindigen per" is the ending's, whichever stage reads it
    assert "withdrawal.end" in found[0].method


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


# -- the vocabulary of the genres: one dated sentence per cue row, and twins that must not fire ----

VOCABULARY = [
    ("Op 13 februari 2025 vergaderden de NAVO-ministers van Defensie in Brussel.", "meeting", None),
    ("De vergadering van de Veiligheidsraad op 21 februari 2025 ging over Irak.", "meeting", None),
    (
        "Op 7 maart 2025 heeft de minister zijn Iraakse ambtgenoot telefonisch gesproken.",
        "meeting",
        None,
    ),
    ("Op 22 mei 2024 ontving de minister haar Jordaanse ambtgenoot in Den Haag.", "meeting", None),
    (
        "Op 4 maart 2025 vond een hoorzitting plaats over de evaluatie van de missie.",
        "meeting",
        "parliamentary debate",
    ),
    ("Het verdrag werd op 12 maart 2025 door de Tweede Kamer geratificeerd.", "legislation", None),
    ("De minister reisde op 3 februari 2025 naar Amman.", "visit", None),
    ("Op 9 januari 2025 ontplofte een autobom in het centrum van Kirkuk.", "attack", None),
    ("Op 3 april 2025 werden drie drones onderschept boven Erbil.", "attack", None),
    ("Op 14 februari 2025 arriveerden de eerste militairen in Jordanië.", "deployment", None),
    (
        "Met ingang van 1 maart 2025 is het hoofdkwartier verplaatst naar Bagdad.",
        "deployment",
        None,
    ),
    (
        "Op 1 februari 2025 werd de ambassadeur ontboden op het ministerie.",
        "announcement",
        "statement",
    ),
    ("Op 20 maart 2025 koos het parlement een nieuwe voorzitter.", "election", None),
    (
        "Op 2 november 2024 koos het parlement na lange onderhandelingen de oud-minister van "
        "Financiën tot president.",
        "election",
        None,
    ),
    ("Op 4 april 2025 werd tussen de partijen een wapenstilstand gesloten.", "agreement", None),
    (
        "Op 14 maart 2025 beantwoordde de minister de schriftelijke vragen over de missie.",
        "report",
        None,
    ),
    ("Het commando werd op 1 mei 2025 overgedragen aan een Italiaanse generaal.", "handover", None),
    ("Op 8 maart 2025 bestormden betogers het parlementsgebouw in Bagdad.", "protest", None),
    ("Op 3 maart 2025 werd een nieuwe gezant voor Irak benoemd.", "other", "appointment"),
    ("Op 6 maart 2025 trad de Libanese premier af.", "other", "resignation"),
    ("Op 8 maart 2025 ontsnapten twintig gevangenen uit een kamp in Syrië.", "other", "escape"),
    (
        "De Europese Unie kondigde op 25 maart 2025 nieuwe sancties aan tegen de militie.",
        "announcement",
        None,
    ),
    ("Eind maart 2025 zijn de eerste helikopters verscheept naar Jordanië.", "deployment", None),
    ("Het nieuwe parlement is op 2 december 2024 voor het eerst bijeengekomen.", "meeting", None),
    ("De commandant werd op 2 maart 2025 afgelost door een Spaanse generaal.", "handover", None),
    (
        "Bagdad en Erbil kwamen op 27 september 2024 overeen de olie-export te hervatten.",
        "agreement",
        None,
    ),
    # an event noun heading the phrase its date closes
    (
        "De opening van het nieuwe consulaat in Erbil op 3 maart 2025 werd bijgewoond door de "
        "minister.",
        "other",
        "opening",
    ),
    (
        "De vrijlating van twee hulpverleners op 9 februari 2025 is verwelkomd door het kabinet.",
        "other",
        "release",
    ),
    ("De evacuatie van Nederlanders uit Libanon begon op 2 oktober 2024.", "other", "evacuation"),
    (
        "De inname van de stad door ISIS in juni 2014 leidde tot grote vluchtelingenstromen.",
        "other",
        None,
    ),
    ("Op 4 maart 2025 vond een technische briefing plaats voor de Kamerleden.", "meeting", None),
    ("De start van de missie op 1 juni 2025 verliep voorspoedig.", "deployment", None),
    # a pledge of money is funding; a promise without money is a decision
    ("Op 3 maart 2025 zegde Nederland 5 miljoen euro toe aan UNDP.", "funding", None),
    ("De minister zegde op 3 maart 2025 toe de Kamer te informeren.", "announcement", None),
    ("De laatste militairen verlieten op 15 februari 2025 het land.", "withdrawal", None),
]


@pytest.mark.parametrize(("text", "event_type", "subtype"), VOCABULARY)
def test_the_vocabulary_of_the_genres_types_a_dated_sentence(
    text: str, event_type: str, subtype: str | None
) -> None:
    found = [(kind, sub) for kind, sub, *_ in typed(text)]
    assert len(found) == 1, found
    assert found[0][0] == event_type
    if subtype is not None:
        assert found[0][1] == subtype


# words that name an event elsewhere, here in their everyday sense: no event of that type
EVERYDAY = [
    ("De verkiezingen zijn op 3 maart 2025 rustig verlopen.", "mandate"),
    ("Het bezoek van de minister op 3 maart 2025 verliep voorspoedig.", "mandate"),
    ("Het kabinet koos in januari 2025 voor een bredere aanpak.", "election"),
    ("Het jaar 2024 werd getekend door geweld.", "agreement"),
    ("In mei 2025 viel de nadruk op steun aan de Peshmerga.", "attack"),
    ("Het kabinet nam op 4 maart 2025 een besluit over de begroting.", "handover"),
    # a frame for a discussion, not a dated event
    ("Het kabinet plaatst de besluiten in de context van 2002-2003.", "report"),
    # "formatie" of units, not of a government: the letter is what the date names
    ("Zie de formatie van de eenheden in de bijlage bij de brief van 2 maart 2025.", "other"),
]


@pytest.mark.parametrize(("text", "event_type"), EVERYDAY)
def test_a_word_in_its_everyday_sense_names_no_event_of_its_type(
    text: str, event_type: str
) -> None:
    assert event_type not in [kind for kind, *_ in typed(text)]


# -- the governing date by clause structure ------------------------------------------------------


def test_a_date_closing_the_noun_phrase_before_the_verb_dates_that_noun() -> None:
    # the noun and its date stand before the finite verb: one constituent, the arrest
    found = events_of(
        "De arrestatie van vijf strijders in Anbar op 7 februari 2025 werd door de Iraakse "
        "autoriteiten bekendgemaakt."
    )
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("other", "arrest", D(2025, 2, 7))
    ]
    assert "prefield-head" in found[0].method


def test_a_date_after_the_verb_dates_the_verb_not_its_object() -> None:
    # twin: the verb comes first, the date is its adverbial, the announcement is the event
    found = events_of(
        "De Iraakse autoriteiten maakten op 7 februari 2025 de arrestatie van vijf strijders "
        "bekend."
    )
    assert [e.event_type.value for e in found] == ["announcement"]
    assert "prefield-head" not in found[0].method


def test_a_noun_deep_in_the_clause_is_no_prefield_head() -> None:
    # "Het kabinet" opens the clause; "de aanvallen" is an object, the threat level the event
    found = events_of(
        "Het kabinet zag in de aanvallen aanleiding om in november 2024 het dreigingsniveau te "
        "verhogen."
    )
    assert [(e.event_type.value, e.subtype) for e in found] == [
        ("announcement", "threat level raised")
    ]


def test_a_visit_named_before_the_verb_keeps_its_date_when_cancelled() -> None:
    found = events_of(
        "Het bezoek van de minister aan Bagdad op 3 maart 2025 werd wegens de veiligheidssituatie "
        "afgelast."
    )
    assert [(e.event_type.value, e.date_start, e.status.value) for e in found] == [
        ("visit", D(2025, 3, 3), "cancelled")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De Tweede Kamer heeft op 12 maart 2025 de begroting voor 2026 aangenomen.",
        "De Tweede Kamer heeft de begroting voor 2026 op 12 maart 2025 aangenomen.",
    ],
)
def test_a_date_that_modifies_a_noun_is_not_the_verbs(text: str) -> None:
    # "voor 2026" says which budget; the vote is dated by the adverbial, whatever the order
    assert typed(text) == [("legislation", None, D(2025, 3, 12), D(2025, 3, 12))]


def test_a_noun_and_an_auxiliary_before_the_date_leave_it_to_the_participle() -> None:
    # "Het verdrag werd op ... geratificeerd": the treaty is the subject, the ratification the
    # event
    assert [
        t for t, *_ in typed("Het verdrag werd op 12 maart 2025 door de Kamer geratificeerd.")
    ] == ["legislation"]


def test_the_noun_before_the_date_keeps_it_without_an_auxiliary() -> None:
    # twin: "het verdrag van 12 maart" is the treaty's own date
    assert [t for t, *_ in typed("Het verdrag van 12 maart 2025 regelt de samenwerking.")] == [
        "agreement"
    ]


# -- rolling periods: a window that ends at the letter dates what happened in it ---------------


def test_a_past_year_dates_the_strikes_flown_in_it() -> None:
    assert typed("Het afgelopen jaar voerde de coalitie meer dan 200 luchtaanvallen uit.") == [
        ("airstrike", None, D(2024, 4, 15), D(2025, 4, 15))
    ]


def test_a_past_window_of_weeks_dates_the_attacks_in_it() -> None:
    assert typed("De afgelopen twee weken vonden drie aanslagen plaats in Bagdad.") == [
        ("attack", None, D(2025, 4, 1), D(2025, 4, 15))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a window no event word fills is a duration
        "Het afgelopen jaar is de dreiging in de regio toegenomen.",
        # a window after the letter holds plans and forecasts
        "Het komende jaar worden meer luchtaanvallen verwacht.",
        # a vague window has no bounds
        "De afgelopen maanden is de situatie in het noorden verslechterd.",
    ],
)
def test_a_rolling_period_without_an_event_is_no_event(text: str) -> None:
    assert typed(text) == []


# -- two events on one date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Op 4 februari 2025 sprak de minister met zijn Iraakse ambtgenoot en bezocht hij het "
        "hoofdkwartier van de missie.",
        "Op 4 februari 2025 bezocht de minister het hoofdkwartier en sprak hij met de commandant.",
    ],
)
def test_two_conjuncts_name_two_events_on_one_date(text: str) -> None:
    found = events_of(text)
    assert sorted((e.event_type.value, e.date_start) for e in found) == [
        ("meeting", D(2025, 2, 4)),
        ("visit", D(2025, 2, 4)),
    ]
    assert any("shared-date-conjunct" in e.method for e in found)


def test_a_conjunct_before_the_date_is_not_dated_by_it() -> None:
    # twin: the meeting stands before "en op 3 maart": the date is the agreement's alone
    assert [
        t
        for t, *_ in typed(
            "De ministers kwamen bijeen en op 3 maart 2025 werd een akkoord ondertekend."
        )
    ] == ["agreement"]


def test_a_clause_that_says_when_is_a_second_event_on_the_date() -> None:
    found = events_of(
        "Vanaf 1 juni 2025 neemt Spanje de leiding over, wanneer Nederland zijn rotatie afrondt."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("handover", D(2025, 6, 1)),
        ("withdrawal", D(2025, 6, 1)),
    ]
    assert "shared-date-when" in found[1].method
    # who acts in the clause that says when
    assert [name for name, _ in actors(found[1])] == ["Netherlands"]


def test_a_clause_that_says_when_without_an_event_adds_none() -> None:
    assert [
        t
        for t, *_ in typed(
            "Vanaf 1 juni 2025 neemt Spanje de leiding over, wanneer de omstandigheden dat "
            "toelaten."
        )
    ] == ["handover"]


def test_a_decided_continuation_is_an_extension_not_the_contribution() -> None:
    # the continuation heads its phrase ("voortzetting van de bijdrage"); the decision keeps
    # its own date
    assert typed(
        "Het kabinet heeft op 3 maart 2025 besloten tot voortzetting van de bijdrage in 2026."
    ) == [
        ("announcement", "decision", D(2025, 3, 3), D(2025, 3, 3)),
        ("mandate", "extension", D(2026, 1, 1), D(2026, 12, 31)),
    ]


def test_the_decided_infinitive_beats_the_noun_for_who_acts() -> None:
    # "de bijdrage" names who acts; "voort te zetten" what is decided
    assert typed(
        "Het kabinet heeft besloten de bijdrage aan de missie in 2026 voort te zetten."
    ) == [("mandate", "extension", D(2026, 1, 1), D(2026, 12, 31))]


# -- states of affairs, and the dates that belong to a noun's phrase instead -------------------


def test_a_count_that_lay_lower_in_a_year_is_no_event() -> None:
    assert typed("Het aantal aanslagen lag in 2024 lager dan in 2023.") == []


def test_a_plan_with_a_state_verb_and_a_participle_is_an_event() -> None:
    # twin: "staan ... gepland" is a plan, not a state
    assert typed("De uitgestelde verkiezingen staan nu gepland op 10 juni 2025.") == [
        ("election", None, D(2025, 6, 10), D(2025, 6, 10))
    ]


def test_a_letter_cited_in_a_clause_with_a_state_verb_is_still_cited() -> None:
    # the date belongs to "de brief van", not to "staat"
    assert typed("In de brief van 3 maart 2025 staat hoe de evacuatie verloopt.") == [
        ("report", "letter", D(2025, 3, 3), D(2025, 3, 3))
    ]


def test_a_place_where_something_stood_in_a_year_is_no_event() -> None:
    # twin: no noun holds the date, the state verb does
    assert typed("Het hoofdkwartier stond in 2024 in Bagdad.") == []


# -- what a paper or a message is about is not what its date dates ------------------------------


def test_a_cited_letter_whose_subject_names_a_request_is_the_letter() -> None:
    found = events_of(
        "• de brief van de Minister van Defensie d.d. 3 maart 2025 inzake het verzoek van de "
        "Iraakse regering om training van militairen (Kamerstuk 29 521, nr. 501);"
    )
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("report", "letter", D(2025, 3, 3))
    ]


def test_a_request_dated_in_its_own_clause_stays_a_request() -> None:
    # the twin: no letter, no subject word; the request is the event
    assert typed("Op 3 maart 2025 deed de Iraakse regering een verzoek om training.") == [
        ("announcement", "request", D(2025, 3, 3), D(2025, 3, 3))
    ]


def test_informing_parliament_about_a_deployment_is_a_report() -> None:
    assert typed(
        "Op 10 februari 2025 heeft het kabinet de Kamer geïnformeerd over de inzet van twee "
        "fregatten in de Rode Zee."
    ) == [("report", "letter", D(2025, 2, 10), D(2025, 2, 10))]


def test_a_deployment_that_began_on_a_date_stays_a_deployment() -> None:
    assert typed("Op 10 februari 2025 is de inzet van twee fregatten in de Rode Zee begonnen.") == [
        ("deployment", None, D(2025, 2, 10), D(2025, 2, 10))
    ]


def test_what_the_government_reported_to_parliament_is_the_content_of_a_report() -> None:
    assert typed(
        "Op 2 juni 2024 heeft de regering de Kamer gemeld de mogelijkheid van een bijdrage aan "
        "de missie te zullen onderzoeken."
    ) == [("report", "letter", D(2024, 6, 2), D(2024, 6, 2))]


def test_a_year_that_ends_a_name_dates_nothing() -> None:
    # without the rule the year of the framework's name is a second letter, of 2014
    assert typed(
        "Op 4 april 2025 heeft de regering, overeenkomstig het Toetsingskader 2014, de Kamer "
        "geïnformeerd over de missie."
    ) == [("report", "letter", D(2025, 4, 4), D(2025, 4, 4))]


def test_a_trigger_is_not_dated_by_the_year_of_a_name() -> None:
    # without the rule the handover takes the nearer year of the white paper's name
    assert typed(
        "Op 4 april 2025 is, overeenkomstig de Defensienota 2022, het eerste fregat "
        "overgedragen aan de marine."
    ) == [("handover", None, D(2025, 4, 4), D(2025, 4, 4))]


def test_a_year_after_a_verb_is_a_date_not_a_name() -> None:
    assert typed("Het eerste fregat werd in 2022 overgedragen aan de marine.") == [
        ("handover", None, D(2022, 1, 1), D(2022, 12, 31))
    ]


def test_a_meeting_dated_to_the_day_inside_a_cited_subject_is_an_event() -> None:
    assert typed(
        "• de brief van de Minister van Buitenlandse Zaken d.d. 2 mei 2025 inzake verslag van "
        "de bijeenkomst van de EU-ministers op 28 april (Kamerstuk 21 501-02, nr. 3001);"
    ) == [
        ("report", "letter", D(2025, 5, 2), D(2025, 5, 2)),
        ("meeting", None, D(2025, 4, 28), D(2025, 4, 28)),
    ]


def test_the_years_a_cited_subject_is_about_date_no_event() -> None:
    # the twin: a period in the subject is the paper's scope
    assert typed(
        "• de brief van de Minister van Buitenlandse Zaken d.d. 2 mei 2025 inzake de bijdrage "
        "aan de missie in 2025 en 2026 (Kamerstuk 29 521, nr. 480);"
    ) == [("report", "letter", D(2025, 5, 2), D(2025, 5, 2))]


def test_a_verb_before_its_object_heads_the_phrase() -> None:
    # "verlengt zijn bijdrage" is read as "de verlenging van de bijdrage": the extension
    assert typed("Nederland verlengt zijn bijdrage aan de maritieme missie tot eind 2025.") == [
        ("mandate", "extension", None, D(2025, 8, 31))
    ]


def test_a_separable_deployment_verb_in_the_present() -> None:
    assert typed("Defensie zet in juni 2025 een fregat in voor de kust van Jemen.") == [
        ("deployment", None, D(2025, 6, 1), D(2025, 6, 30))
    ]


def test_committing_oneself_is_no_deployment() -> None:
    # an uncued date is still a dated mention ("other"), but no deployment
    found = typed("Het kabinet zet zich in 2025 in voor de wederopbouw van scholen.")
    assert [t[0] for t in found] == ["other"]


def test_an_offer_accepted_is_two_announcements() -> None:
    found = events_of("Op 3 maart heeft de VN het Nederlandse bod van 10 februari aanvaard.")
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("announcement", D(2025, 3, 3)),
        ("announcement", D(2025, 2, 10)),
    ]


def test_a_motion_adopted_stays_legislation() -> None:
    assert typed("Op 3 maart 2025 heeft de Kamer de motie-Jansen aanvaard.") == [
        ("legislation", "motion", D(2025, 3, 3), D(2025, 3, 3))
    ]


@pytest.mark.parametrize(
    "item",
    [
        "d.d. 4 maart 2025 houdende een reactie op het verzoek van de commissie",
        "d.d. 4 maart 2025 over de verlenging van de missie",
        "d.d. 4 maart 2025 inzake de voorbereidingen voor de trainingsmissie",
    ],
)
def test_a_cited_letter_is_the_letter_whatever_its_subject_names(item: str) -> None:
    assert typed(
        f"• de brief van de minister van Defensie {item} (Kamerstuk 29 521, nr. 490);"
    ) == [("report", "letter", D(2025, 3, 4), D(2025, 3, 4))]


def test_a_date_line_run_into_the_first_sentence_is_no_event() -> None:
    # a text layer that lost its line breaks: the "Vastgesteld" date is the report's own
    assert typed(
        "29 521 Nederlandse deelname aan vredesmissies Nr. 500 VERSLAG VAN EEN COMMISSIEDEBAT "
        "Vastgesteld 10 april 2025 De vaste commissie voor Defensie heeft op 2 april 2025 "
        "overleg gevoerd met de Minister van Defensie."
    ) == [("meeting", "parliamentary debate", D(2025, 4, 2), D(2025, 4, 2))]


def test_a_separable_verb_whose_particle_closes_a_long_clause() -> None:
    # more words between "zet" and "in" than a cue's gap allows: the trigger reads the clause
    assert typed("Defensie zet volgend najaar voor de kust van Jemen 1 marineschip in.") == [
        ("deployment", None, D(2025, 9, 1), D(2025, 11, 30))
    ]


def test_a_frame_in_a_cited_subject_after_a_comma_silences_nothing() -> None:
    # the comma cuts the subject into another clause, which would borrow the letter's date
    assert typed(
        "• de brief van de minister d.d. 20 maart 2025 houdende de beantwoording van vragen van "
        "de commissies van Defensie, Buitenlandse Zaken en Justitie over de voorbereidingen "
        "voor de trainingsmissie (29 521, nr. 480)."
    ) == [("report", "letter", D(2025, 3, 20), D(2025, 3, 20))]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Nederland neemt sinds september 2023 deel aan de maritieme coalitie.", D(2023, 9, 1)),
        ("De marine doet al sinds 2019 mee aan operaties tegen piraterij.", D(2019, 1, 1)),
    ],
)
def test_taking_part_since_a_date_is_an_ongoing_deployment(sentence: str, start: D) -> None:
    found = events_of(sentence)
    assert [(e.event_type.value, e.status.value, e.date_start) for e in found] == [
        ("deployment", "ongoing", start)
    ]


def test_taking_part_in_a_debate_is_no_deployment_and_no_law() -> None:
    # "nam ... deel aan": the particle of "aannemen" must close its phrase to adopt a budget
    assert typed("De minister nam op 3 maart 2025 deel aan het debat over de begroting.") == [
        ("meeting", "parliamentary debate", D(2025, 3, 3), D(2025, 3, 3))
    ]


def test_a_cited_letter_with_its_content_after_met() -> None:
    assert typed(
        "• de brief van de minister van Defensie d.d. 4 maart 2025 met reactie op het verzoek "
        "van de commissie over de missie (Kamerstuk 29 521, nr. 490);"
    ) == [("report", "letter", D(2025, 3, 4), D(2025, 3, 4))]


def test_a_cited_subject_makes_no_second_event_on_the_letters_date() -> None:
    assert typed(
        "• de brief van de minister van Buitenlandse Zaken d.d. 7 maart 2025 inzake verlenging "
        "en wijziging mandaat van de missie (Kamerstuk 29 521, nr. 491);"
    ) == [("report", "letter", D(2025, 3, 7), D(2025, 3, 7))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierbij bieden wij u de evaluatie over het jaar 2024 aan.",
        "De resultaten zullen worden opgenomen in de evaluatie over 2025.",
        "Daarnaast beschrijft de brief hoe het fonds in 2025 wordt ingezet.",
    ],
)
def test_the_period_a_paper_covers_is_no_event(sentence: str) -> None:
    assert typed(sentence) == []


def test_a_mandate_for_a_contribution_runs_until_a_date() -> None:
    # "het mandaat voor de bijdrage": the mandate heads the phrase, not the contribution
    assert typed(
        "Het mandaat voor de Nederlandse bijdrage aan de missie loopt tot en met 31 december 2025."
    ) == [("mandate", "extension", None, D(2025, 12, 31))]


def test_a_cited_letter_whose_subject_labels_it_an_article_100_letter() -> None:
    found = events_of(
        "– de brief van de Minister van Buitenlandse Zaken d.d. 7 juli 2025 inzake aanvullende "
        "artikel 100-brief inzake de bijdrage aan de missie (Kamerstuk 27 925, nr. 990);"
    )
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("mandate", "article-100 letter", D(2025, 7, 7))
    ]
    assert "paper-labelled" in found[0].method


def test_an_article_100_letter_named_further_on_in_the_subject_labels_nothing() -> None:
    # the twin: the words "artikel 100" elsewhere do not make the cited letter a mandate
    assert typed(
        "– de brief van de Minister van Buitenlandse Zaken d.d. 7 juli 2025 inzake vragen over "
        "de bijdrage aan de missie uit de artikel 100-brief (Kamerstuk 27 925, nr. 991);"
    ) == [("report", "letter", D(2025, 7, 7), D(2025, 7, 7))]


def test_two_letters_of_one_day_citing_different_papers_are_two_events() -> None:
    found = events_of(
        "• de brief van de minister van Defensie d.d. 24 januari 2025 inzake de evaluatie van de "
        "missie (27 925, nr. 448);\n\n"
        "• de brief van de minister van Defensie d.d. 24 januari 2025 met de antwoorden op "
        "vragen over de evaluatie (27 925, nr. 449)."
    )
    assert [(e.event_type.value, e.date_start, e.source.citations) for e in found] == [
        ("report", D(2025, 1, 24), ("kst-27925-448",)),
        ("report", D(2025, 1, 24), ("kst-27925-449",)),
    ]


def test_one_letter_cited_twice_is_one_event() -> None:
    # the twin: the same paper told again joins the first telling
    found = events_of(
        "In de brief van de minister van Defensie van 24 januari 2025 (27 925, nr. 448) staat "
        "de evaluatie.\n\nDe brief van de minister van Defensie van 24 januari 2025 (27 925, "
        "nr. 448) noemt ook de kosten."
    )
    assert [(e.event_type.value, len(e.mentions)) for e in found] == [("report", 2)]


def test_a_cited_subject_runs_over_its_commas_to_the_citation() -> None:
    assert typed(
        "– de brief van de Minister van Buitenlandse Zaken d.d. 29 september 2025 inzake het "
        "leveren van een commandant, ondersteunende staf en een eenheid helikopters vanaf mei "
        "2026 (Kamerstuk 27 925, nr. 999);"
    ) == [("report", "letter", D(2025, 9, 29), D(2025, 9, 29))]


def test_a_clause_after_a_comma_with_no_citation_is_not_a_subject() -> None:
    # the twin: no citation closes the phrase, so the later clause dates its own event
    found = typed(
        "De brief inzake de missie is verstuurd, en vanaf mei 2026 worden drie helikopters ingezet."
    )
    assert ("deployment", None, D(2026, 5, 1), None) in found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Nederland stopt per vandaag met het leveren van trainers aan de missie.", "withdrawal"),
        ("Dat schrijft het kabinet vandaag aan de Tweede Kamer.", "report"),
    ],
)
def test_today_dates_an_event_like_any_day(sentence: str, kind: str) -> None:
    # "vandaag" is a day; words for the present moment ("momenteel") date states
    assert typed(sentence) == [
        (kind, "letter" if kind == "report" else None, D(2025, 4, 15), D(2025, 4, 15))
    ]


def test_the_present_moment_dates_no_event() -> None:
    assert typed("Momenteel zijn er ongeveer honderd militairen in het land.") == []


def test_a_cited_letter_labelled_with_a_determiner_and_an_adjective() -> None:
    found = events_of(
        "• de brief van de Minister van Buitenlandse Zaken d.d. 29 januari 2025 inzake de "
        "aanvullende artikel 100-brief over de missie (Kamerstuk 27 925, nr. 980);"
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("mandate", D(2025, 1, 29))]


def test_a_trigger_dated_only_by_the_present_moment_is_a_state() -> None:
    assert typed("De kans op een aanval op de hoofdstad wordt momenteel klein geacht.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Militairen trainen onder leiding van instructeurs (2016).",
        "Het vliegveld (archieffoto 2021).",
    ],
)
def test_a_date_alone_in_brackets_is_a_reference(sentence: str) -> None:
    assert typed(sentence) == []


def test_a_dated_event_in_brackets_is_still_an_event() -> None:
    # the twin: a cue in the brackets names the event
    assert [t[0] for t in typed("De missie (gestart in 2016) loopt door.")] != []


def test_a_ship_taking_part_is_a_deployment() -> None:
    assert typed("Zr.Ms. Tromp neemt in september 2025 deel aan een NAVO-vlootverband.") == [
        ("deployment", None, D(2025, 9, 1), D(2025, 9, 30))
    ]


def test_an_interception_is_an_attack() -> None:
    assert typed(
        "Het leger is er op 18 juni 2025 in geslaagd de rebellen bij de grens te onderscheppen."
    ) == [("attack", None, D(2025, 6, 18), D(2025, 6, 18))]


def test_a_date_right_after_another_events_noun_is_that_nouns() -> None:
    # "verzoek" is the sentence's trigger, but "d.d. 17 maart" dates the plenary's business
    found = events_of(
        "Dit verzoek is gedaan tijdens de regeling van werkzaamheden d.d. 17 maart 2025."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("meeting", D(2025, 3, 17))]
    assert "cue-modified-by-date" in found[0].method


def test_a_trigger_keeps_a_date_no_other_noun_holds() -> None:
    assert typed("Het verzoek werd gedaan op 17 maart 2025.") == [
        ("announcement", "request", D(2025, 3, 17), D(2025, 3, 17))
    ]


def test_a_citations_date_in_brackets_is_the_noun_before_it() -> None:
    found = events_of(
        "In de regeringsreactie op het advies «Veiligheid op zee» (Kamerstuk 32 706, nr. 5, "
        "1 april 2025) en de artikel 100-brief staat de inzet beschreven."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("report", D(2025, 4, 1))]
    assert "bracket-of-noun" in found[0].method


def test_a_year_in_a_papers_code_is_no_date() -> None:
    assert typed(
        "• het voorstel van de Europese Commissie d.d. 5 december 2024 inzake het "
        "Defensieactieplan COM (2024) 950;"
    ) == [("report", "letter", D(2024, 12, 5), D(2024, 12, 5))]


def test_the_year_a_cited_letters_content_covers_is_its_scope() -> None:
    assert typed(
        "• de brief van de Minister van Defensie d.d. 18 mei 2025 met de evaluatie van de "
        "bijdrage aan missies in 2024 (Kamerstuk 29 521, nr. 500);"
    ) == [("report", "letter", D(2025, 5, 18), D(2025, 5, 18))]


def test_taking_part_in_the_infinitive_with_ships() -> None:
    assert typed("Nederland zal in 2026 wederom met twee schepen deelnemen aan de missie.") == [
        ("deployment", None, D(2026, 1, 1), D(2026, 12, 31))
    ]


def test_leaving_for_a_region_next_month_is_a_planned_deployment() -> None:
    # the present "vertrekt" speaks of what comes: January after the letter of April 2025
    found = events_of("Het fregat Zr.Ms. Tromp vertrekt in januari naar de Golfregio.")
    assert [(e.event_type.value, e.date_start, e.status.value) for e in found] == [
        ("deployment", D(2026, 1, 1), "planned")
    ]


def test_leaving_a_country_is_a_withdrawal() -> None:
    assert typed("De laatste militairen vertrokken op 3 maart 2025 uit Irak.") == [
        ("withdrawal", None, D(2025, 3, 3), D(2025, 3, 3))
    ]


# -- issue 14, second round: constructions read on the outside development letters ----------


@pytest.mark.parametrize(
    "item",
    [
        "– de brief van de Minister van Defensie d.d. 3 maart 2024 inzake de Nederlandse "
        "bijdrage aan de trainingsmissie in 2025 (artikel 100) (Kamerstuk 12 345, nr. 6);",
        "• de brief van de Minister van Defensie d.d. 3 maart 2024 over verlenging van de "
        "bijdrage aan de trainingsmissie (Artikel-100 Grondwet) (Kamerstuk 12 345, nr. 6);",
    ],
)
def test_a_cited_letter_whose_subject_closes_with_an_article_100_label_is_a_mandate(
    item: str,
) -> None:
    found = events_of(item)
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("mandate", "article-100 letter", D(2024, 3, 3))
    ]
    assert "paper-bracket-labelled" in found[0].method


def test_answers_about_an_article_100_letter_stay_a_report() -> None:
    # the subject opens with the answers: the cited paper is the answers, not the letter
    assert typed(
        "– de brief van de Minister van Defensie d.d. 9 april 2024 inzake beantwoording "
        "vragen commissie over de bijdrage aan de trainingsmissie (artikel 100) "
        "(Kamerstuk 12 345, nr. 7);"
    ) == [("report", "letter", D(2024, 4, 9), D(2024, 4, 9))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 12 maart heeft de Noordatlantische Raad besloten de missie onder NAVO-commando te "
        "brengen.",
        "Daarom besloot de Raad Buitenlandse Zaken op 12 maart jl. het mandaat van de operatie uit "
        "te breiden en de bewapende VN-resolutie mee uit te voeren.",
    ],
)
def test_a_dated_decision_of_an_international_council_is_a_mandate(sentence: str) -> None:
    found = events_of(sentence)
    assert [(e.event_type.value, e.date_start) for e in found] == [("mandate", D(2025, 3, 12))]
    assert "decided-by.decision.council" in found[0].method


@pytest.mark.parametrize(
    "sentence",
    [
        "De ministerraad stemde op 12 maart 2025 in met deze deelname.",
        "Naast het beëindigen van de ene bijdrage besloot het kabinet op 12 maart 2025 de "
        "andere bijdrage te verlengen.",
    ],
)
def test_a_dated_decision_of_the_cabinet_is_an_announcement(sentence: str) -> None:
    found = events_of(sentence)
    assert [(e.event_type.value, e.date_start) for e in found] == [("announcement", D(2025, 3, 12))]
    assert "decided-by.decision.cabinet" in found[0].method


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the date inside the decided infinitive is the decided event's
        (
            "Het kabinet heeft besloten de helikopters vanaf 1 september 2025 in te zetten.",
            "deployment",
        ),
        # a parliament voting is no decider of the table: a vote
        ("De Tweede Kamer stemde op 12 maart 2025 in met de motie.", "legislation"),
    ],
)
def test_a_decision_frame_without_a_dated_decider_keeps_the_decided_event(
    sentence: str, kind: str
) -> None:
    found = events_of(sentence)
    assert [e.event_type.value for e in found] == [kind]
    assert not any("decided-by" in e.method for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij bespreken vandaag de verlenging van de Nederlandse bijdrage aan de missie.",
        "Wij zullen vandaag spreken over de voortgangsrapportage die wij van de regering "
        "hebben ontvangen.",
    ],
)
def test_the_day_a_debates_speakers_sit_is_no_new_event(sentence: str) -> None:
    # the minutes' "vandaag" is the debate already read from their opening
    assert typed(sentence) == []


def test_today_without_a_sitting_still_dates_its_event() -> None:
    # a paper received today: no verb of discussing, so no sitting
    assert typed("Wij hebben vandaag de voortgangsrapportage ontvangen.") == [
        ("report", None, D(2025, 4, 15), D(2025, 4, 15))
    ]


def test_the_period_an_overview_covers_frames_it() -> None:
    # a news digest's lede: the period is what the overview covers, not an event
    assert (
        typed(
            "Een overzicht van de operaties van Defensie in de periode 26 maart tot en met "
            "2 april 2025."
        )
        == []
    )


def test_a_period_of_a_deployment_outside_an_overview_stays() -> None:
    assert typed(
        "Het detachement was van 26 maart tot en met 2 april 2025 ingezet in Jordanië."
    ) == [("deployment", None, D(2025, 3, 26), D(2025, 4, 2))]


def test_the_event_noun_a_frame_preposition_opens_heads_the_phrase_to_the_date() -> None:
    found = events_of(
        "Tijdens het Algemeen Overleg over de evaluatie van de operaties op 26 maart 2025 is "
        "een aantal vragen gesteld."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("meeting", D(2025, 3, 26))]
    assert "cue-framed-by-preposition" in found[0].method


def test_a_finite_verb_ends_the_framed_phrase_before_the_date() -> None:
    # "werd" closes "tijdens het debat": the date is the evaluation's
    assert typed(
        "Tijdens het debat werd de evaluatie van de missie in Irak op 26 maart 2025 aangeboden."
    ) == [("report", "letter", D(2025, 3, 26), D(2025, 3, 26))]


def test_a_mission_that_began_on_a_date_is_its_deployment() -> None:
    found = events_of(
        "Op 1 augustus 2026 eindigt de huidige Nederlandse missie in Mali, die begon in "
        "augustus 2022."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("withdrawal", D(2026, 8, 1)),
        ("deployment", D(2022, 8, 1)),
    ]
    assert "start-of-mission" in found[1].method


def test_something_else_that_began_takes_the_sentences_type() -> None:
    # the antecedent is no mission: the date is typed as before, by the sentence's cue
    assert [
        e.event_type.value
        for e in events_of("Op 1 augustus 2026 eindigt het verdrag, dat begon in augustus 2022.")
    ] == ["agreement", "agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nederland levert sinds maart 2024 een bijdrage aan de missie.",
        "Honderd militairen bewaken sinds maart 2024 het vliegveld van Erbil.",
    ],
)
def test_a_deployment_going_on_since_a_date_is_dated_by_its_start(sentence: str) -> None:
    found = events_of(sentence)
    assert [(e.event_type.value, e.date_start, e.date_end) for e in found] == [
        ("deployment", D(2024, 3, 1), D(2025, 4, 15))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nederland is sinds 2019 betrokken bij de missie.",
        # "bijdrage" names who acts, not what it does: a state of the contribution
        "De bijdrage is sinds 2019 ongewijzigd.",
    ],
)
def test_a_state_since_a_date_stays_no_event(sentence: str) -> None:
    assert typed(sentence) == []


def test_what_is_made_known_in_a_paper_is_the_papers_content() -> None:
    found = events_of(
        "Dat maakten de ministers van Buitenlandse Zaken en Defensie vandaag in een artikel "
        "100-brief aan de Tweede Kamer bekend."
    )
    assert [(e.event_type.value, e.subtype, e.date_start) for e in found] == [
        ("mandate", "article-100 letter", D(2025, 4, 15))
    ]


def test_an_announcement_in_a_statement_stays_an_announcement() -> None:
    # a statement is no paper: the speech act is the event
    found = events_of(
        "De minister maakte op 3 maart 2025 in een verklaring bekend dat de missie stopt."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("announcement", D(2025, 3, 3))]


def test_a_prefield_phrase_a_frame_preposition_opens_holds_its_date() -> None:
    # the date closes "in het algemeen overleg ... op": the debate, not the announcement
    found = events_of(
        "In het algemeen overleg met de Tweede Kamer op 16 januari jl. kondigden wij aan dat "
        "Nederland zou bijdragen."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("meeting", D(2025, 1, 16))]


def test_a_framed_noun_does_not_reach_a_date_of_a_later_infinitive() -> None:
    # "aanleiding om in november": the date is the decided raising's, not the attacks'
    found = events_of(
        "Het kabinet zag in de aanvallen aanleiding om in november 2024 het dreigingsniveau "
        "te verhogen."
    )
    assert [e.event_type.value for e in found] == ["announcement"]


def test_a_negation_in_a_cited_papers_content_does_not_negate_the_paper() -> None:
    assert typed(
        "– de brief van de Minister van Defensie d.d. 30 augustus 2024 houdende de mededeling "
        "dat het onderzoek niet voor het eind van de zomer zal zijn afgerond (12 345, nr. 6);"
    ) == [("report", "letter", D(2024, 8, 30), D(2024, 8, 30))]


def test_a_negation_in_the_dates_own_clause_still_reports_an_absence() -> None:
    assert typed("Sinds juli 2024 is er in de provincie geen aanslag gepleegd.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarmee is er nu één operatie ter uitvoering van resolutie 1973.",
        "Het doel is het handhaven van het wapenembargo (VNVR resoluties 1970 en 1973).",
    ],
)
def test_a_year_that_numbers_a_resolution_is_no_date(sentence: str) -> None:
    assert typed(sentence) == []


def test_a_year_after_a_resolution_number_still_dates_its_adoption() -> None:
    assert typed("De Veiligheidsraad nam resolutie 1973 aan in maart 2011.") == [
        ("mandate", None, D(2011, 3, 1), D(2011, 3, 31))
    ]


def test_leading_a_mission_from_a_date_is_taking_over_its_lead() -> None:
    found = events_of("Vanaf mei 2025 zal Nederland de NAVO-missie leiden en coördineren.")
    assert [(e.event_type.value, e.date_start) for e in found] == [("handover", D(2025, 5, 1))]


def test_leading_to_something_is_no_lead() -> None:
    # "leiden tot": an outcome, not the lead of a mission
    assert [
        e.event_type.value
        for e in events_of("Vanaf mei 2025 zal de inzet leiden tot meer stabiliteit in de regio.")
    ] != ["handover"]


def test_taking_part_named_by_its_noun_is_the_deployment() -> None:
    found = events_of(
        "Zoals bekend heeft het kabinet reeds op 19 december 2024 besloten tot Nederlandse "
        "deelname aan de operatie voor de kust van Somalië van medio augustus tot medio "
        "december 2025."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("announcement", D(2024, 12, 19)),
        ("deployment", D(2025, 8, 11)),
    ]


def test_being_part_of_a_mission_for_a_period_is_a_deployment() -> None:
    assert [
        e.event_type.value
        for e in events_of("Van april tot juni 2024 maakte het fregat deel uit van de NAVO-missie.")
    ] == ["deployment"]


def test_extending_the_participation_is_the_extension() -> None:
    # "deelname" names what acts; the verb after the date names the event
    assert typed(
        "Nederland wil de deelname aan de missie in Litouwen tot 31 december 2026 verlengen."
    ) == [("mandate", "extension", None, D(2026, 12, 30))]


def test_the_period_a_letter_informs_about_frames_the_letter() -> None:
    assert (
        typed(
            "Hierbij informeert het kabinet uw Kamer over de samenhang van de Nederlandse "
            "inspanningen voor missies en operaties tot en met 2027."
        )
        == []
    )


def test_a_day_the_letter_informs_about_still_dates_its_event() -> None:
    # the frame rule takes periods only: a day is the event's
    assert [
        e.event_type.value
        for e in events_of(
            "Hierbij informeert het kabinet uw Kamer over de verlenging van de missie tot en met "
            "31 december 2026."
        )
    ] == ["mandate"]


def test_a_date_between_two_straight_quoted_titles_is_no_title() -> None:
    found = events_of(
        "Aan de orde is de behandeling van: de brief d.d. 19 juni 2024 houdende het rapport "
        '"Inzet met instemming"; de brief van de minister d.d. 18 augustus 2024 met de reactie '
        'op het rapport "Inzet met instemming".'
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("report", D(2024, 6, 19)),
        ("report", D(2024, 8, 18)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'Zie ook de nota "Samenhang van de inzet in 2019" van de minister.',
        # the second title of a pair still holds its year
        'Zie ook de nota "Samenhang" en de nota "Inzet in 2019" van de minister.',
    ],
)
def test_a_date_inside_a_straight_quoted_title_stays_a_title(sentence: str) -> None:
    assert typed(sentence) == []


def test_a_day_in_a_cited_papers_subject_after_a_contribution_is_its_scope() -> None:
    # "de bijdrage ... na 1 augustus" names who acts, no event: the subject's scope
    assert typed(
        "– de brief van de Minister van Defensie d.d. 30 november 2024 inzake de Nederlandse "
        "bijdrage aan de missie na 1 augustus 2025 (12 345, nr. 9);"
    ) == [("report", "letter", D(2024, 11, 30), D(2024, 11, 30))]


def test_a_day_in_a_cited_papers_subject_after_an_event_noun_is_that_event() -> None:
    found = events_of(
        "– de brief van de Minister van Defensie d.d. 30 november 2024 inzake verslag "
        "bijeenkomst NAVO-Raad op 14 november 2024 (12 345, nr. 9);"
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("report", D(2024, 11, 30)),
        ("meeting", D(2024, 11, 14)),
    ]


def test_escorting_a_transport_is_a_deployment_and_a_request_it_follows_no_request() -> None:
    # "op verzoek van" says on whose request the escort sailed: no dated request
    assert [
        e.event_type.value
        for e in events_of(
            "Vorig jaar begeleidden de fregatten op verzoek van de Verenigde Naties "
            "voedseltransporten naar Somalië."
        )
    ] == ["deployment"]


def test_being_accompanied_is_no_escort() -> None:
    assert [
        e.event_type.value
        for e in events_of("De minister werd op 3 maart 2025 begeleid door de commandant.")
    ] == ["other"]


def test_a_negated_main_clause_does_not_negate_its_prefield_event() -> None:
    found = events_of(
        "Sinds het uitbreken van grootschalige gewelddadigheden tussen bevolkingsgroepen in "
        "december 2023 is het de leiders niet gelukt een akkoord te sluiten."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("attack", D(2023, 12, 1))]


def test_a_negated_date_with_no_event_noun_before_it_stays_an_absence() -> None:
    assert typed("In december 2023 is er in de provincie geen aanslag gepleegd.") == []


def test_a_date_right_before_a_papers_citation_dates_the_paper() -> None:
    found = events_of(
        "Deze brief bouwt voort op de brief over de inzet van de reactiemachten in 2025 van "
        "19 oktober 2024 (Kamerstuk 29 521, nr. 369)."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [("report", D(2024, 10, 19))]
    assert "cited-by-citation" in found[0].method


def test_a_date_before_a_bracket_that_cites_nothing_keeps_its_noun() -> None:
    # no citation after the date: the deployment the subject names keeps its date
    assert [
        e.event_type.value
        for e in events_of(
            "De brief beschreef de inzet van de helikopters van 19 oktober 2024 (twee toestellen)."
        )
    ] != ["report"]
