"""Who an event's actors are in the constructions of committee reports, cited papers and
letters to a chamber: offices named with their holder, lists cut by commas, the chamber "uw
Kamer" names, members and ships by name, missions as their own actors and the places their
names give. Every sentence is written for these tests; each rule has a twin it must not fire on.
"""

from __future__ import annotations

import datetime

import pytest
from events_helpers import events_of, sentences

from iraq_events.documents.metadata import addressed_chamber
from iraq_events.events.extraction import extract_from_sentences
from iraq_events.events.lexicon import event_lexicon
from iraq_events.events.model import Event
from iraq_events.events.roles import Memory, listed, mentions

LEX = event_lexicon()
REFERENCE = datetime.date(2016, 6, 1)


def names(text: str) -> list[str]:
    return [m.entry.name for m in LEX.find_actors(text)]


def only(events: list[Event]) -> Event:
    assert len(events) == 1, events
    return events[0]


def actor_set(event: Event) -> set[str]:
    return {a.name for a in event.actors}


# --- offices named with their holder -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met minister Jansen van Defensie", ["Minister of Defence of the Netherlands"]),
        (
            "met Minister De Vries-Bakker voor Buitenlandse Handel en Ontwikkelingssamenwerking",
            ["Minister for Foreign Trade and Development Cooperation of the Netherlands"],
        ),
        (
            "met staatssecretaris Van der Berg van Buitenlandse Zaken",
            ["State Secretary for Foreign Affairs of the Netherlands"],
        ),
        (
            "met mevrouw Pietersen, Minister van Defensie, en de heer Smit, Minister van "
            "Buitenlandse Zaken",
            [
                "Minister of Defence of the Netherlands",
                "Minister of Foreign Affairs of the Netherlands",
            ],
        ),
        (
            "de brief van de ministers van Buitenlandse Zaken, Defensie en voor "
            "Ontwikkelingssamenwerking",
            [
                "Minister of Foreign Affairs of the Netherlands",
                "Minister of Defence of the Netherlands",
                "Minister for Development Cooperation of the Netherlands",
            ],
        ),
        (
            "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE",
            [
                "Minister of Foreign Affairs of the Netherlands",
                "Minister of Defence of the Netherlands",
            ],
        ),
    ],
)
def test_an_office_named_with_its_holder_is_the_office(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title without a portfolio names no office
        ("sprak minister Jansen met de pers", []),
        # a name in apposition to something that is no office
        ("mevrouw Pietersen, die de vergadering voorzat", []),
        # the allies' ministers are not the home office
        ("de bijeenkomst van de NAVO-ministers van Defensie", ["NATO"]),
        # a plural title with no portfolio of the lexicon
        ("de ministers van de coalitielanden", []),
    ],
)
def test_a_title_without_an_office_names_none(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de vaste commissie voor Veiligheid en Justitie",
            ["Standing Committee on Security and Justice"],
        ),
        (
            "de vaste commissie voor Justitie en Veiligheid",
            ["Standing Committee on Justice and Security"],
        ),
        ("de vaste commissie voor Justitie", ["Standing Committee on Justice"]),
        (
            "de minister van Veiligheid en Justitie",
            ["Minister of Security and Justice of the Netherlands"],
        ),
        (
            "de minister van Justitie en Veiligheid",
            ["Minister of Justice and Security of the Netherlands"],
        ),
        (
            "de vaste commissie voor Binnenlandse Zaken en Koninkrijksrelaties",
            ["Standing Committee on the Interior and Kingdom Relations"],
        ),
        # a footnote number after a name does not hide it ...
        ("de vaste commissie voor Defensie1 en", ["Standing Committee on Defence"]),
        # ... but a name that ends in a digit takes no further digit
        ("de SNMG 23", []),
        ("deelname aan SNMG 2", ["Standing NATO Maritime Group 2"]),
    ],
)
def test_committees_and_offices_by_their_name_of_the_time(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- a list cut by commas is one party -----------------------------------------------------------


def test_a_committee_report_opening_names_every_committee_and_minister() -> None:
    event = only(
        events_of(
            "De vaste commissie voor Buitenlandse Zaken, de vaste commissie voor Defensie en de "
            "vaste commissie voor Veiligheid en Justitie hebben op 12 maart 2015 overleg gevoerd "
            "met minister Jansen van Defensie, minister Smit van Buitenlandse Zaken en "
            "staatssecretaris Van Dam van Veiligheid en Justitie over:",
            reference=REFERENCE,
        )
    )
    assert actor_set(event) == {
        "Standing Committee on Foreign Affairs",
        "Standing Committee on Defence",
        "Standing Committee on Security and Justice",
        "Minister of Defence of the Netherlands",
        "Minister of Foreign Affairs of the Netherlands",
        "State Secretary for Security and Justice of the Netherlands",
    }


def test_a_list_joins_names_only_by_commas_coordinators_and_determiners() -> None:
    text = "Irak, Iran en de Verenigde Staten spraken, waarna Turkije reageerde"
    found = mentions(LEX, text, Memory(LEX), [])
    first = [m for m in found if m.entry.name == "Iraq"]
    joined = [m.entry.name for m in listed(LEX, text, found, first)]
    assert joined == ["Iraq", "Iran", "United States"]
    # the twin: a name after a clause of its own words is no member of the list
    last = [m for m in found if m.entry.name == "Turkey"]
    assert [m.entry.name for m in listed(LEX, text, found, last)] == ["Turkey"]


# --- the chamber a letter is addressed to --------------------------------------------------------


def _letter(text: str, addressee: str | None) -> list[Event]:
    return extract_from_sentences(
        sentences([[text]], REFERENCE),
        document_id="test-letter",
        reference=REFERENCE,
        addressee=addressee,
    )


def test_uw_kamer_is_the_chamber_the_letter_is_addressed_to() -> None:
    text = "Op 12 mei jl. ontving uw Kamer de eerste maandelijkse brief."
    house = only(_letter(text, "Tweede Kamer der Staten-Generaal"))
    assert "House of Representatives of the Netherlands" in actor_set(house)
    senate = only(_letter(text, "Eerste Kamer der Staten-Generaal"))
    assert "Senate of the Netherlands" in actor_set(senate)
    # the twins: a letter of unknown addressee, and a room written without the capital
    assert not {"House of Representatives of the Netherlands", "Senate of the Netherlands"} & (
        actor_set(only(_letter(text, None)))
    )
    room = "Op 12 mei jl. ontving de kamer de eerste maandelijkse brief."
    assert "House of Representatives of the Netherlands" not in actor_set(
        only(_letter(room, "Tweede Kamer der Staten-Generaal"))
    )


def test_de_regering_is_the_home_government_unless_another_owns_it() -> None:
    assert names("Op 3 maart heeft de regering gemeld") == ["Government of the Netherlands"]
    owned = "de regering van Irak"
    assert [m.entry.name for m in mentions(LEX, owned, Memory(LEX), [])] == ["Iraq"]


def test_the_addressee_line_names_the_chamber_when_the_letterhead_is_not_read() -> None:
    head = "29 000\nEen dossier\n\nnr. 12\nBRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
    assert (
        addressed_chamber(head + "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n")
        == "Eerste Kamer der Staten-Generaal"
    )
    # the twins: no addressee line, and an addressee named only deep in the text
    assert addressed_chamber(head + "Den Haag, 3 mei 2010\n") is None
    deep = head + "\n".join(["Een regel."] * 20) + "\nAan de Voorzitter van de Tweede Kamer\n"
    assert addressed_chamber(deep) is None


# --- members of parliament and ships by name -----------------------------------------------------


def test_members_and_ships_by_their_names() -> None:
    assert names("de schriftelijke vragen van de leden Jansen en Van den Berg") == [
        "Jansen",
        "Van den Berg",
    ]
    assert names("Zr.Ms. Karel Doorman vertrekt") == ["HNLMS Karel Doorman"]
    # the twins: members of an organisation, and a ship's type without a name
    assert names("de leden van de NAVO") == ["NATO"]
    assert names("het fregat vertrekt") == []


# --- missions as their own actors, and the place their name gives --------------------------------


def test_a_mission_is_its_own_actor_not_its_parent() -> None:
    event = only(
        events_of(
            "Nederland stopt op 28 maart 2018 met de bijdrage aan EUTM Somalië.",
            reference=REFERENCE,
        )
    )
    assert "EUTM Somalia" in actor_set(event)
    assert "European Union" not in actor_set(event)


def test_a_mission_named_with_its_place_places_the_event() -> None:
    event = only(
        events_of(
            "Nederland stopt op 28 maart 2018 met de bijdrage aan de EU-trainingsmissie in "
            "Somalië.",
            reference=REFERENCE,
        )
    )
    assert event.location is not None and event.location.name == "Somalia"
    # the twin: the mission's name without a place gives none
    twin = only(
        events_of(
            "Nederland stopt op 28 maart 2018 met de bijdrage aan EUTM Somalië.",
            reference=REFERENCE,
        )
    )
    assert twin.location is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Op 1 augustus 2010 eindigt de missie in Uruzgan.", "Uruzgan"),
        ("Op 3 april 2023 werd een team in Sarajevo ingezet.", "Sarajevo"),
        ("Op 2 maart 1995 eindigde de oorlog in Bosnië en Herzegovina.", "Bosnia and Herzegovina"),
    ],
)
def test_provinces_cities_and_countries_of_the_missions(text: str, place: str) -> None:
    event = only(events_of(text, reference=REFERENCE))
    assert event.location is not None and event.location.name == place


# --- what a cited paper is about acts in it, not in the paper ------------------------------------


def test_the_subject_of_a_cited_letter_names_no_actor_of_the_letter() -> None:
    event = only(
        events_of(
            "• de brief van de minister van Defensie d.d. 12 maart 2015 inzake de bijdrage van "
            "Frankrijk aan EUTM Mali (29 521, nr. 250);",
            reference=REFERENCE,
        )
    )
    assert actor_set(event) == {"Minister of Defence of the Netherlands"}
    # the twin: without the subject word the names are the sentence's as before
    twin = only(
        events_of(
            "Op 12 maart 2015 schreef de minister van Defensie een brief met Frankrijk.",
            reference=REFERENCE,
        )
    )
    assert "France" in actor_set(twin)


def test_a_closer_look_further_on_refines_the_place_within_its_country() -> None:
    event = only(
        events_of(
            "De missie vond plaats tussen 2011 en 2013 in Afghanistan en had als doel de politie "
            "te versterken, met name in de provincie Kunduz.",
            reference=REFERENCE,
        )
    )
    assert event.location is not None and event.location.name == "Kunduz"
    # the twin: a place of another country further on is no closer look
    twin = only(
        events_of(
            "De missie vond plaats tussen 2011 en 2013 in Afghanistan en had als doel de politie "
            "te versterken, met name in Irak.",
            reference=REFERENCE,
        )
    )
    assert twin.location is not None and twin.location.name == "Afghanistan"
