"""Who acts, second round: the offices, councils and missions the lexicon names, the owner
of a cited paper whose date a comma sets off, questions that carry the parties of the
sentence that put them, and a ship named by its kind after its name. Every sentence is
written for these tests; each rule has a twin it must not fire on."""

from __future__ import annotations

import datetime

import pytest
from events_helpers import events_of, sentences

from iraq_events.events.extraction import extract_from_sentences
from iraq_events.events.lexicon import event_lexicon
from iraq_events.events.model import Event

LEX = event_lexicon()
REFERENCE = datetime.date(2016, 6, 1)


def names(text: str) -> list[str]:
    return [m.entry.name for m in LEX.find_actors(text)]


def actor_sets(*paragraphs: str | list[str]) -> list[set[str]]:
    events: list[Event] = events_of(*paragraphs, reference=REFERENCE)
    return [{a.name for a in e.actors} for e in events]


# --- councils, offices and operations by their names ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Ministerraad stemde in.", ["Council of Ministers of the Netherlands"]),
        ("besloot de Noordatlantische Raad", ["North Atlantic Council"]),
        ("de beslissing van de Noord Atlantische Raad", ["North Atlantic Council"]),
        (
            "de staatssecretaris van Verkeer en Waterstaat",
            ["State Secretary for Transport and Water Management of the Netherlands"],
        ),
        ("de eindevaluatie van EUFOR Tsjaad/RCA", ["EUFOR Tchad/RCA"]),
        ("deelname aan de NAVO-operatie Allied Protector", ["NATO Operation Allied Protector"]),
        ("operatie Unified Protector", ["NATO Operation Unified Protector"]),
    ],
)
def test_councils_offices_and_operations_are_named(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_raad_of_a_town_names_no_council() -> None:
    # twin: "raad" alone, or another town's council, is no NATO or Dutch organ
    assert names("de gemeenteraad en de raad van bestuur") == []


# --- the owner of a cited paper whose date a comma sets off ---


def test_the_owner_before_the_comma_acts_in_the_cited_paper() -> None:
    sets = actor_sets(
        "• de brief van de staatssecretaris van Defensie, d.d. 4 april 2015, inzake de "
        "evaluatie van de inzet van een patrouilleschip (29 521, nr. 250);"
    )
    assert sets == [{"State Secretary for Defence of the Netherlands"}]


def test_a_name_before_a_comma_without_a_date_label_owns_nothing() -> None:
    # twin: no "d.d." opens the date, and the name is no owner after "van"
    sets = actor_sets("Over de inzet in Irak, op 4 april 2015 besproken, is de Kamer geïnformeerd.")
    assert all("Iraq" not in s for s in sets)


# --- questions that carry the parties of the sentence that put them ---


def test_the_questions_carry_the_committee_and_the_minister_across_paragraphs() -> None:
    sets = actor_sets(
        "De vaste commissie voor Defensie heeft enkele vragen voorgelegd aan de Minister van "
        "Buitenlandse Zaken over:",
        "– het verslag van de bijeenkomst;",
        [
            "De vragen zijn op 3 mei 2016 aan de Minister van Buitenlandse Zaken voorgelegd.",
            "Bij brief van 12 mei 2016 zijn de vragen beantwoord.",
        ],
    )
    assert sets[0] == {
        "Standing Committee on Defence",
        "Minister of Foreign Affairs of the Netherlands",
    }
    # the answers: the party named in the latest sentence about the questions
    assert "Minister of Foreign Affairs of the Netherlands" in sets[1]


def test_questions_no_earlier_sentence_named_carry_nobody() -> None:
    # twin: the first mention of questions has nobody to carry
    assert actor_sets("Bij brief van 12 mei 2016 zijn de vragen beantwoord.") == [set()]


# --- a ship named by its kind ---


def test_the_frigate_is_the_ship_the_paragraph_named() -> None:
    sets = actor_sets(
        [
            "Zr.Ms. Van Amstel voer op 2 maart 2016 uit.",
            "Op 9 maart 2016 onderschepte het fregat een boot met smokkelaars.",
        ]
    )
    assert "HNLMS Van Amstel" in sets[-1]


def test_a_frigate_in_another_paragraph_is_not_that_ship() -> None:
    # twin: the ship was named in an earlier paragraph; "het fregat" is not resolved across it
    sets = actor_sets(
        "Zr.Ms. Van Amstel voer op 2 maart 2016 uit.",
        "Op 9 maart 2016 onderschepte het fregat een boot met smokkelaars.",
    )
    assert "HNLMS Van Amstel" not in sets[-1]


# --- holders listed under a plural title, a portfolio in brackets ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "schrijven de ministers Anna de Groot (Defensie) en Piet Bakker (Buitenlandse Zaken)",
            [
                "Minister of Defence of the Netherlands",
                "Minister of Foreign Affairs of the Netherlands",
            ],
        ),
        (
            "maakten ministers Piet Bakker van Buitenlandse Zaken en Anna de Groot van Defensie",
            [
                "Minister of Foreign Affairs of the Netherlands",
                "Minister of Defence of the Netherlands",
            ],
        ),
        ("Antwoord van Minister De Groot (Defensie)", ["Minister of Defence of the Netherlands"]),
        (
            "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE",
            [
                "Minister of Foreign Affairs of the Netherlands",
                "Minister of Defence of the Netherlands",
            ],
        ),
    ],
)
def test_holders_under_a_plural_title_and_bracketed_portfolios(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_name_after_a_singular_title_lists_no_further_holders() -> None:
    # twin: "en Bakker (Financiën)" after a singular title is no second office of the list,
    # and a bracket that holds no portfolio names none
    assert names("minister De Groot van Defensie en Bakker (Buitenlandse Zaken)") == [
        "Minister of Defence of the Netherlands"
    ]
    assert names("minister De Groot (CDA)") == []


# --- a paper named by a compound of its owner ---


def test_a_cabinet_letter_is_the_governments() -> None:
    sets = actor_sets("Zoals gesteld in de kabinetsbrief van 4 maart 2016 is de bijdrage nuttig.")
    assert sets == [{"Government of the Netherlands"}]


def test_a_cabinet_formation_names_no_letter_of_the_government() -> None:
    # twin: "kabinetsformatie" is no alias (whole words only)
    assert names("tijdens de kabinetsformatie") == []


# --- the chamber a letter addresses as "u", "uw" and "De Kamer" ---


def _letter(text: str, addressee: str | None) -> list[Event]:
    return extract_from_sentences(
        sentences([[text]], REFERENCE),
        document_id="test-letter",
        reference=REFERENCE,
        addressee=addressee,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hiermee geef ik gevolg aan uw verzoek van 12 mei jl. om nadere informatie.",
        "Ik verwijs naar de kennisgevingsbrief die u op 12 mei jl. is toegezonden.",
        # "De Kamer" in a text of no addressee: test_events_roles_round3 (the House)
    ],
)
def test_u_and_uw_are_the_chamber_the_letter_is_addressed_to(text: str) -> None:
    house = "House of Representatives of the Netherlands"
    assert any(house in {a.name for a in e.actors} for e in _letter(text, "Tweede Kamer"))
    # the twin: a text of unknown addressee (a news item) names no chamber with "u"
    assert all(house not in {a.name for a in e.actors} for e in _letter(text, None))


def test_wij_in_a_letter_to_a_chamber_is_the_government() -> None:
    text = "In het algemeen overleg van 12 mei jl. kondigden wij een nieuwe bijdrage aan."
    government = "Government of the Netherlands"
    assert any(government in {a.name for a in e.actors} for e in _letter(text, "Tweede Kamer"))
    # the twin: a news item (no addressee) whose "wij" is whoever speaks
    assert all(government not in {a.name for a in e.actors} for e in _letter(text, None))


# --- the one office questions were put to owns the papers they are about ---


def test_the_office_asked_owns_the_letter_asked_about() -> None:
    sets = actor_sets(
        "De vaste commissie voor Defensie heeft enkele vragen voorgelegd aan de Minister van "
        "Defensie over de agenda, en over de brief van 2 april 2016 inzake het verslag."
    )
    assert sets == [{"Minister of Defence of the Netherlands"}]


def test_questions_put_to_several_offices_name_them_and_their_government() -> None:
    # put to two ministers, the letter is theirs jointly, so their government's too (the gold
    # sets name either the ministers or the government: owners.asked_owner, round 3)
    sets = actor_sets(
        "De vaste commissie voor Defensie heeft enkele vragen voorgelegd aan de ministers van "
        "Defensie en van Buitenlandse Zaken over de agenda, en over de brief van 2 april 2016 "
        "inzake het verslag."
    )
    assert sets == [
        {
            "Minister of Defence of the Netherlands",
            "Minister of Foreign Affairs of the Netherlands",
            "Government of the Netherlands",
        }
    ]


def test_committees_listed_under_a_plural_title() -> None:
    assert names(
        "door de vaste commissies voor Buitenlandse Zaken, voor Defensie en voor Justitie"
    ) == [
        "Standing Committee on Foreign Affairs",
        "Standing Committee on Defence",
        "Standing Committee on Justice",
    ]
    # twin: a plural with no portfolio after it names no committee
    assert names("alle vaste commissies van de Kamer") == []
