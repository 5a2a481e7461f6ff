"""Who acts, third round: constructions read from the actor errors of the outside
development sets. Every sentence is written for these tests; each rule has a twin it must
not fire on."""

from __future__ import annotations

import datetime

import pytest
from events_helpers import events_of, sentences

from iraq_events.events.extraction import extract_from_sentences
from iraq_events.events.lexicon import event_lexicon
from iraq_events.events.model import Event

LEX = event_lexicon()
REFERENCE = datetime.date(2019, 6, 1)


def names(text: str) -> list[str]:
    return [m.entry.name for m in LEX.find_actors(text)]


def actor_sets(*paragraphs: str | list[str]) -> list[set[str]]:
    events: list[Event] = events_of(*paragraphs, reference=REFERENCE)
    return [{a.name for a in e.actors} for e in events]


# --- the Council's configurations by their own names ---


def test_the_foreign_affairs_council_is_named_as_a_configuration() -> None:
    assert names("de Raad Buitenlandse Zaken Defensie") == ["Foreign Affairs Council"]
    assert names("tijdens de RBZ") == ["Foreign Affairs Council"]
    assert actor_sets("Op 18 maart 2019 kwam de Raad Buitenlandse Zaken bijeen in Brussel.") == [
        {"Foreign Affairs Council"}
    ]


def test_a_council_decision_is_the_councils() -> None:
    assert names("werd het Raadsbesluit tot oprichting van het fonds aangenomen") == [
        "Council of the European Union"
    ]
    # twin: a decision of a town council is no compound of the Council's name
    assert names("het gemeenteraadsbesluit over de haven") == []


def test_the_council_itself_stays_the_council_of_the_union() -> None:
    # twin: the institution named as such is no configuration of it
    assert names("een besluit van de Raad van de Europese Unie") == [
        "Council of the European Union"
    ]


# --- bodies, units and missions the letters name ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het Politiek en Veiligheidscomité stemde in", ["EU Political and Security Committee"]),
        ("hebben de EU-lidstaten besloten", ["European Union member states"]),
        ("de vaste commissie voor Europese Zaken", ["Standing Committee on European Affairs"]),
        (
            "Kamervoorzitter Jansen bezocht",
            ["Speaker of the House of Representatives of the Netherlands"],
        ),
        ("de Commandant der Strijdkrachten", ["Chief of Defence of the Netherlands"]),
        ("het ministerie van Defensie meldt", ["Ministry of Defence of the Netherlands"]),
        ("een compagnie van het Korps Mariniers", ["Netherlands Marine Corps"]),
        ("de taken van de SOLTG", ["Special Operations Land Task Group"]),
        ("twee VPD's aan boord", ["Vessel Protection Detachments"]),
        ("de bevoorrading van AMISOM", ["AMISOM"]),
        ("de rechtsstaatmissie EULEX Kosovo", ["EULEX Kosovo"]),
        ("de EU-operatie Aspides in de Rode Zee", ["EU Operation Aspides"]),
    ],
)
def test_bodies_units_and_missions_are_named(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_address_line_names_no_speaker() -> None:
    # twin: the formal address of every letter is no act of the speaker
    assert "Speaker of the House of Representatives of the Netherlands" not in names(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    )


def test_lower_case_words_are_no_abbreviations() -> None:
    # twin: the capitals-only abbreviations match case-sensitively
    assert names("de psc en de cds van de vpd") == []


# --- a paper dated in a citation's brackets: its owner is named before them ---


def test_the_owner_of_a_paper_dated_in_brackets_is_named_before_them() -> None:
    assert actor_sets(
        "In de regeringsreactie op het advies (Kamerstuk 32 706, nr. 5, 1 april 2019) wordt "
        "hierop ingegaan."
    ) == [{"Government of the Netherlands"}]
    assert actor_sets(
        "Zie de brief van de minister van Defensie over de inzet in Irak "
        "(Kamerstuk 27 925, nr. 12, 3 mei 2019)."
    ) == [{"Minister of Defence of the Netherlands"}]


def test_what_the_bracketed_paper_is_about_does_not_own_it() -> None:
    # twin: a name in the paper's topic or title is what it is about, not who wrote it
    assert actor_sets(
        "Zie de brief over de rol van de Verenigde Staten (Kamerstuk 27 925, nr. 12, 3 mei 2019)."
    ) == [set()]
    assert actor_sets(
        "Zie de nota «De rol van de NAVO» (Kamerstuk 27 925, nr. 12, 3 mei 2019)."
    ) == [set()]


def test_a_letter_to_the_chamber_is_the_governments() -> None:
    assert names("met verwijzing naar de Kamerbrief over de missie") == [
        "Government of the Netherlands"
    ]
    assert names("in navolging van de kennisgevingsbrief") == ["Government of the Netherlands"]
    # twin: a letter of the chamber's own committee is not the government's
    assert names("de brief van de vaste commissie voor Defensie") == [
        "Standing Committee on Defence"
    ]


# --- a mandate for a state's contribution is its government's decision ---


def test_a_mandate_for_a_states_contribution_brings_in_its_government() -> None:
    (actors,) = actor_sets("De Nederlandse bijdrage aan de missie wordt verlengd tot eind 2019.")
    assert {"Government of the Netherlands", "Netherlands"} <= actors


def test_the_state_named_as_a_noun_or_outside_a_mandate_brings_in_no_government() -> None:
    # twins: "Nederland verlengt" names the state acting; a deployment is no decision
    (extension,) = actor_sets("Nederland verlengt zijn bijdrage aan de missie tot eind 2019.")
    assert "Government of the Netherlands" not in extension
    (deployment,) = actor_sets("De Nederlandse bijdrage aan de missie start op 1 juli 2019.")
    assert "Government of the Netherlands" not in deployment


# --- the offices questions were put to own the paper the questions are about ---

ASKED = "De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan "
LETTERS_TO_HOUSE = "Tweede Kamer der Staten-Generaal"


def asked_actors(text: str) -> set[str]:
    (event,) = [
        e
        for e in extract_from_sentences(
            sentences([[text]], REFERENCE),
            document_id="test-letter",
            reference=REFERENCE,
            addressee=LETTERS_TO_HOUSE,
        )
    ]
    return {a.name for a in event.actors}


def test_the_offices_asked_own_the_paper_not_the_committee_that_asked() -> None:
    assert asked_actors(
        ASKED + "de Minister van Defensie over de brief van 15 maart 2019 inzake de inzet."
    ) == {"Minister of Defence of the Netherlands"}
    assert asked_actors(
        ASKED + "de Minister van Buitenlandse Zaken, de Minister van Defensie en de Minister van "
        "Justitie en Veiligheid over de brief van 15 maart 2019 inzake de inzet."
    ) == {
        "Minister of Foreign Affairs of the Netherlands",
        "Minister of Defence of the Netherlands",
        "Minister of Justice and Security of the Netherlands",
        "Government of the Netherlands",
    }


def test_a_paper_in_another_clause_than_the_question_is_not_the_askeds() -> None:
    # twin: the paper does not follow the offices asked ("over"): no joint owner is read
    assert "Government of the Netherlands" not in asked_actors(
        "De commissie heeft vragen voorgelegd aan de Minister van Defensie en de brief van "
        "15 maart 2019 van de Minister van Buitenlandse Zaken besproken."
    )


# --- "de Kamer" in a text addressed to no chamber ---


def letter_actors(text: str, addressee: str | None) -> list[set[str]]:
    events = extract_from_sentences(
        sentences([[text]], REFERENCE),
        document_id="test-letter",
        reference=REFERENCE,
        addressee=addressee,
    )
    return [{a.name for a in e.actors} for e in events]


def test_de_kamer_in_a_news_item_is_the_house() -> None:
    text = "Dat schreef het kabinet op 12 mei 2019 aan de Kamer."
    assert letter_actors(text, None) == [
        {"Government of the Netherlands", "House of Representatives of the Netherlands"}
    ]


def test_de_kamer_in_a_letter_to_the_senate_is_the_senate() -> None:
    # twin: where the letter names its chamber, "de Kamer" is that chamber
    (actors,) = letter_actors(
        "De Kamer heeft op 12 mei 2019 om een brief verzocht.", "Eerste Kamer"
    )
    assert "Senate of the Netherlands" in actors
    assert "House of Representatives of the Netherlands" not in actors
    # and "u" stays unnamed in a news item
    assert letter_actors("Het kabinet heeft u op 12 mei 2019 een brief gestuurd.", None) == [
        {"Government of the Netherlands"}
    ]


# --- a citation in brackets interrupts its clause but does not end it ---


def test_the_clause_after_a_citation_reaches_back_over_it() -> None:
    (actors,) = letter_actors(
        "De huidige Nederlandse bijdrage aan de operatie Atalanta (Kamerstuk 29 521, nr. 214) "
        "loopt eind 2019 af.",
        LETTERS_TO_HOUSE,
    )
    assert {"EU Operation Atalanta", "Government of the Netherlands"} <= actors


def test_other_brackets_still_end_the_clause() -> None:
    # twin: a remark in brackets is no citation; who acts after it is not read back over it
    assert letter_actors(
        "De huidige Nederlandse bijdrage aan de operatie Atalanta (zie de tabel op pagina twee) "
        "loopt eind 2019 af.",
        LETTERS_TO_HOUSE,
    ) == [set()]


# --- a relative clause tells of the noun before its comma ---


def test_a_relative_clause_takes_who_and_where_from_its_antecedent() -> None:
    events = events_of(
        "Op 1 augustus 2010 eindigt de huidige Nederlandse missie in Uruzgan, die begon in "
        "augustus 2006.",
        reference=REFERENCE,
    )
    start = next(e for e in events if e.date_start == datetime.date(2006, 8, 1))
    assert "Netherlands" in {a.name for a in start.actors}
    assert start.location is not None and start.location.name == "Uruzgan"


def test_a_clause_that_opens_with_no_relative_pronoun_reaches_back_to_nothing() -> None:
    # twin: a new clause after the comma is no relative clause of the noun before it
    events = events_of(
        "Op 1 augustus 2010 eindigt de huidige Nederlandse missie in Uruzgan, de missie begon "
        "in augustus 2006.",
        reference=REFERENCE,
    )
    (start,) = [e for e in events if e.date_start == datetime.date(2006, 8, 1)]
    assert "Netherlands" not in {a.name for a in start.actors}
    assert start.location is None


# --- a date set off by a comma, alone in its clause, is an adjunct of the clause before ---


def test_a_date_alone_after_a_comma_takes_who_and_where_from_the_clause_before() -> None:
    (event,) = events_of(
        "Ook blijft Nederland bijdragen aan de NAVO-inzet in Litouwen, tot en met 2020.",
        reference=REFERENCE,
    )
    assert {"Netherlands", "NATO"} <= {a.name for a in event.actors}
    assert event.location is not None and event.location.name == "Lithuania"


def test_a_date_with_a_clause_of_its_own_does_not_reach_back() -> None:
    # twin: after "maar" the date's clause says something else than the clause before
    (event,) = events_of(
        "Nederland verlengt de bijdrage aan de missie in Mali, maar het mandaat loopt tot eind "
        "2020.",
        reference=REFERENCE,
    )
    assert event.actors == () and event.location is None


# --- a later trigger retyped by its date's cue: that cue's clause names who acts ---


def test_a_later_trigger_retyped_by_the_dates_cue_takes_that_clauses_actors() -> None:
    assert letter_actors(
        "Op 3 maart 2019 meldde het kabinet in een brief dat het, naar aanleiding van Duitse "
        "verzoeken, een bijdrage onderzoekt.",
        LETTERS_TO_HOUSE,
    ) == [{"Government of the Netherlands"}]


def test_a_decision_before_its_decided_date_keeps_its_decider() -> None:
    # twin: the decision governs the clause of the decided date; its decider stays
    assert letter_actors(
        "Het kabinet heeft besloten, gezien de lage dreiging, de bijdrage van de Verenigde "
        "Staten te verlengen tot en met 31 december 2019.",
        LETTERS_TO_HOUSE,
    ) == [{"Government of the Netherlands"}]


def test_u_opening_a_sentence_is_the_chamber_addressed() -> None:
    text = "U bent hierover op 7 juli 2019 per brief geïnformeerd."
    (actors,) = letter_actors(text, LETTERS_TO_HOUSE)
    assert "House of Representatives of the Netherlands" in actors
    # twin: in a text addressed to no chamber, "U" names no one
    assert letter_actors(text, None) == [set()]


# --- a country named right after a mission is where it works ---


def test_a_country_right_after_a_mission_noun_is_its_place() -> None:
    (event,) = events_of("De trainingsmissie Irak wordt eind januari 2019 beëindigd.")
    assert event.location is not None and event.location.name == "Iraq"
    assert "Iraq" not in {a.name for a in event.actors}


def test_a_country_before_a_mission_noun_stays_a_party() -> None:
    # twin: the country is the subject, the mission its object
    events = events_of("Irak beëindigt eind januari 2019 de missie.")
    assert events and all(e.location is None for e in events)
