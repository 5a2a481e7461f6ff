"""Extraction on sentences written for these tests (not taken from the seed letter): one case
per trigger family, the sentence-level rules, and what must not become an event."""

from __future__ import annotations

import datetime

import pytest
from events_helpers import REFERENCE, events_of
from hypothesis import given, settings
from hypothesis import strategies as st

from iraq_events.events.model import ActorRole, Event, EventStatus, EventType, LocationKind

D = datetime.date


def only(text: str, reference: datetime.date = REFERENCE) -> Event:
    found = events_of(text, reference=reference)
    assert len(found) == 1, [(e.event_type, e.date.text) for e in found]
    return found[0]


def roles(event: Event) -> dict[str, ActorRole]:
    return {a.name: a.role for a in event.actors}


# --- one case per trigger family --------------------------------------------------------------

FAMILIES = [
    # sentence, type, date_start, location, {actor: role}
    (
        "Op 12 mei 2025 vonden in Irak parlementsverkiezingen plaats.",
        EventType.ELECTION,
        D(2025, 5, 12),
        "Iraq",
        {},
    ),
    (
        "Op 3 maart 2025 werd Erbil airport getroffen door een droneaanval door aan Iran "
        "gelieerde milities.",
        EventType.ATTACK,
        D(2025, 3, 3),
        "Erbil Air Base",
        {"Iran-aligned militias": ActorRole.INITIATOR},
    ),
    (
        "Op 9 april 2025 voerden de VS luchtaanvallen uit op doelen in Syrië.",
        EventType.AIRSTRIKE,
        D(2025, 4, 9),
        "Syria",
        {"United States": ActorRole.INITIATOR},
    ),
    (
        "Op 2 april 2025 schakelde Kataib Hezbollah in Bagdad een commandant van ISIS uit.",
        EventType.KILLING,
        D(2025, 4, 2),
        "Baghdad",
        {"Kataib Hezbollah": ActorRole.INITIATOR, "Islamic State": ActorRole.TARGET},
    ),
    (
        "Op 1 juli 2025 vindt de commando-overdracht van de Nederlandse naar de Deense "
        "commandant plaats.",
        EventType.HANDOVER,
        D(2025, 7, 1),
        None,
        {"Netherlands": ActorRole.INITIATOR, "Denmark": ActorRole.TARGET},
    ),
    (
        "Op 5 maart jl. bracht de Iraakse minister van Buitenlandse Zaken een inkomend bezoek "
        "aan Nederland.",
        EventType.VISIT,
        D(2025, 3, 5),
        "Netherlands",
        {"Minister of Foreign Affairs of Iraq": ActorRole.INITIATOR, "Netherlands": ActorRole.HOST},
    ),
    (
        "Op 10 september 2024 vond in Bagdad een conferentie van de anti-ISIS-coalitie plaats.",
        EventType.MEETING,
        D(2024, 9, 10),
        "Baghdad",
        {"Global Coalition against ISIS": ActorRole.PARTICIPANT},
    ),
    (
        "Op 21 januari 2025 heeft het Iraakse parlement de amnestiewet aangenomen.",
        EventType.LEGISLATION,
        D(2025, 1, 21),
        None,
        {"Council of Representatives of Iraq": ActorRole.INITIATOR},
    ),
    (
        "Op 8 februari 2025 kondigde de KDP aan deel te nemen aan de verkiezingen.",
        EventType.ANNOUNCEMENT,
        D(2025, 2, 8),
        None,
        {"Kurdistan Democratic Party": ActorRole.INITIATOR},
    ),
    (
        "Op 27 september 2024 ondertekenden de VS en Irak een akkoord over de coalitie.",
        EventType.AGREEMENT,
        D(2024, 9, 27),
        None,
        {"United States": ActorRole.PARTICIPANT, "Iraq": ActorRole.PARTICIPANT},
    ),
    (
        "De Nederlandse bijdrage aan OIR is in april 2025 beëindigd.",
        EventType.WITHDRAWAL,
        D(2025, 4, 1),
        None,
        {"Netherlands": ActorRole.INITIATOR, "Operation Inherent Resolve": ActorRole.SUBJECT},
    ),
    (
        "Het mandaat van UNAMI verloopt op 31 december 2025.",
        EventType.MANDATE,
        D(2025, 12, 31),
        None,
        {"United Nations Assistance Mission for Iraq": ActorRole.SUBJECT},
    ),
    (
        "Op 14 april 2025 vonden in Bagdad grootschalige protesten plaats.",
        EventType.PROTEST,
        D(2025, 4, 14),
        "Baghdad",
        {},
    ),
    (
        "In 2024 bedroegen de uitgaven voor NMI €4,2 miljoen.",
        EventType.FUNDING,
        D(2024, 1, 1),
        None,
        {"NATO Mission Iraq": ActorRole.SUBJECT},
    ),
    (
        "Het evaluatierapport verschijnt naar verwachting in oktober 2025.",
        EventType.REPORT,
        D(2025, 10, 1),
        None,
        {},
    ),
    (
        "Sinds maart 2025 levert Nederland een eenheid van zestig militairen aan NMI.",
        EventType.DEPLOYMENT,
        D(2025, 3, 1),
        None,
        {"Netherlands": ActorRole.INITIATOR, "NATO Mission Iraq": ActorRole.SUBJECT},
    ),
    (
        "Op 3 februari 2025 begon de sluiting van het kamp al-Hol.",
        EventType.OTHER,
        D(2025, 2, 3),
        None,
        {},
    ),
]


@pytest.mark.parametrize(("text", "kind", "start", "place", "expected_roles"), FAMILIES)
def test_each_trigger_family(
    text: str,
    kind: EventType,
    start: datetime.date,
    place: str | None,
    expected_roles: dict[str, ActorRole],
) -> None:
    event = only(text)
    assert event.event_type is kind
    assert event.date_start == start
    location = event.location
    assert (location.name if location else None) == place
    assert roles(event) == expected_roles or expected_roles.items() <= roles(event).items()


def test_subtypes_and_acled_pairs() -> None:
    drone = only("Op 3 maart 2025 vond een droneaanval op Erbil airport plaats.")
    assert drone.subtype == "drone"
    assert drone.acled_sub_event_type == "Air/drone strike"
    rocket = only("Op 4 maart 2025 vond een raketaanval op Harir Air Base plaats.")
    assert rocket.subtype == "missile"
    assert rocket.acled_event_type == "Explosions/Remote violence"
    storming = only("Op 20 juli 2023 volgde de bestorming van de Zweedse ambassade in Bagdad.")
    assert storming.acled_event_type == "Riots"
    assert roles(storming) == {"Sweden": ActorRole.TARGET}


# --- sentence-level rules -------------------------------------------------------------------


def test_plural_trigger_with_two_dates_is_two_events() -> None:
    found = events_of("Op AAAB vonden op zowel 3 maart 2025 als op 9 maart 2025 aanvallen plaats.")
    assert [(e.event_type, e.date_start) for e in found] == [
        (EventType.ATTACK, D(2025, 3, 3)),
        (EventType.ATTACK, D(2025, 3, 9)),
    ]
    assert {e.location.name for e in found if e.location} == {"Ayn al-Asad Air Base"}
    assert len({e.event_id for e in found}) == 2


def test_each_date_in_brackets_places_its_own_event() -> None:
    found = events_of(
        "Dat blijkt uit de aanslagen in Iran (januari 2025) en in Moskou (maart 2025)."
    )
    assert [(e.date_start, e.location.name if e.location else None) for e in found] == [
        (D(2025, 1, 1), "Iran"),
        (D(2025, 3, 1), "Moscow"),
    ]


def test_a_date_after_a_trigger_belongs_to_it_not_to_the_one_before() -> None:
    found = events_of(
        "Dat gebeurde tijdens het bezoek van de minister van Defensie op 6 maart jl. en het "
        "bezoek van Premier al-Sudani op 14 maart jl."
    )
    assert [(e.date_start, next(a.name for a in e.actors)) for e in found] == [
        (D(2025, 3, 6), "Minister of Defence of the Netherlands"),
        (D(2025, 3, 14), "Mohammed Shia al-Sudani"),
    ]


def test_a_reporting_clause_lends_its_date_to_the_events_it_frames() -> None:
    found = events_of(
        "De VS reageerden op 5 maart 2025, na een aanval met raketten op Harir Air Base, met "
        "luchtaanvallen op aan Iran gelieerde milities."
    )
    kinds = {e.event_type: e for e in found}
    assert set(kinds) == {EventType.ATTACK, EventType.AIRSTRIKE}
    assert all(e.date_start == D(2025, 3, 5) for e in found)
    assert roles(kinds[EventType.AIRSTRIKE])["United States"] is ActorRole.INITIATOR
    assert "United States" not in roles(kinds[EventType.ATTACK])
    attack_place = kinds[EventType.ATTACK].location
    assert attack_place is not None and attack_place.name == "Harir Air Base"
    assert kinds[EventType.AIRSTRIKE].location is None


def test_an_announcement_of_a_halt_to_attacks_is_one_announcement() -> None:
    event = only(
        "Op 31 januari 2025 kondigde Kataib Hezbollah aan dat de militie alle aanvallen op de "
        "VS staakt."
    )
    assert event.event_type is EventType.ANNOUNCEMENT
    assert event.subtype == "halt"
    assert roles(event) == {
        "Kataib Hezbollah": ActorRole.INITIATOR,
        "United States": ActorRole.TARGET,
    }


def test_a_frame_silences_the_event_it_prepares_but_not_a_dated_one() -> None:
    found = events_of(
        "In 2025 zijn de voorbereidingen gestart voor de ontplooiing van het detachement en de "
        "commando-overdracht op 1 juli aanstaande."
    )
    assert [(e.event_type, e.date_start, e.status) for e in found] == [
        (EventType.HANDOVER, D(2025, 7, 1), EventStatus.PLANNED)
    ]


def test_casualties_become_the_fatalities_of_the_attack() -> None:
    event = only(
        "Op 4 mei 2025 kwamen drie Amerikaanse militairen om het leven door een droneaanval op "
        "Tower 22."
    )
    assert event.event_type is EventType.ATTACK
    assert event.fatalities_best == 3
    assert roles(event)["United States"] is ActorRole.TARGET
    assert event.location is not None
    assert (event.location.kind, event.location.country) == (LocationKind.BASE, "JOR")


def test_a_range_of_deaths_gives_low_best_and_high() -> None:
    event = only(
        "Op 4 mei 2025 kwamen tussen de drie en vijf burgers om het leven bij een aanslag in "
        "Bagdad."
    )
    fatalities = (event.fatalities_low, event.fatalities_best, event.fatalities_high)
    assert fatalities == (3, 3, 5)


def test_undated_sentences_after_an_event_add_to_it() -> None:
    found = events_of(
        [
            "Op 12 mei 2025 vonden in Irak provinciale verkiezingen plaats.",
            "Met 101 van de 285 zetels won het SCF.",
            "De opkomst lag volgens de Iraakse kiescommissie op 39%.",
            "Er vond bovendien een aanval plaats in Bagdad.",
            "Daarbij vielen twee doden.",
        ]
    )
    assert len(found) == 1
    election = found[0]
    assert {(q.name, q.value) for q in election.quantities} == {
        ("seats", 101),
        ("seats_total", 285),
        ("turnout", 39),
    }
    # "volgens" names a source, not an actor; the undated attack is no event and ends the story
    assert [a.name for a in election.actors] == ["Shia Coordination Framework"]


def test_the_same_event_twice_is_one_event_with_two_mentions() -> None:
    found = events_of(
        "Op 3 maart 2025 vond een aanval op AAAB plaats.",
        "Eerder, op 3 maart 2025, was AAAB al doelwit van een aanval met raketten.",
    )
    assert len(found) == 1
    event = found[0]
    assert len(event.mentions) == 2
    assert event.source == event.mentions[0]
    assert event.mentions[1].char_start > event.source.char_end


@pytest.mark.parametrize(
    ("text", "reference", "status"),
    [
        ("De verkiezingen staan nu gepland op 10 juni 2025.", D(2025, 6, 1), EventStatus.PLANNED),
        ("De overdracht vindt plaats op 24 juni aanstaande.", D(2025, 6, 1), EventStatus.PLANNED),
        (
            "Het rapport wordt naar verwachting in september 2025 gepubliceerd.",
            D(2025, 6, 1),
            EventStatus.EXPECTED,
        ),
        # a boycott announced (in the past) for a future election is an occurred announcement
        (
            "Op 18 maart jl. kondigde de KDP aan de verkiezingen te zullen boycotten.",
            D(2025, 6, 1),
            EventStatus.OCCURRED,
        ),
        (
            "Sinds januari 2025 levert Nederland een eenheid van honderd militairen aan NMI.",
            D(2025, 6, 1),
            EventStatus.ONGOING,
        ),
        ("De top van 3 maart 2025 werd afgelast.", D(2025, 6, 1), EventStatus.CANCELLED),
        # the same words read against an earlier letter date: still to come
        ("Op 12 mei 2025 vonden in Irak verkiezingen plaats.", D(2025, 4, 1), EventStatus.PLANNED),
    ],
)
def test_status(text: str, reference: datetime.date, status: EventStatus) -> None:
    assert only(text, reference=reference).status is status


def test_boycott_announcement_is_an_announcement_about_the_election() -> None:
    found = events_of(
        "De Koerdische parlementsverkiezingen staan nu gepland op 10 juni 2025, maar op 18 maart "
        "jl. kondigde de KDP aan de verkiezingen te zullen boycotten."
    )
    assert [(e.event_type, e.date_start, e.status, e.subtype) for e in found] == [
        (EventType.ELECTION, D(2025, 6, 10), EventStatus.PLANNED, "parliamentary"),
        (EventType.ANNOUNCEMENT, D(2025, 3, 18), EventStatus.OCCURRED, "boycott"),
    ]
    place = found[0].location
    assert place is not None and place.name == "Kurdistan Region"


# --- what is not an event ---------------------------------------------------------------------

NOT_EVENTS = [
    "ISIS is er sinds juli 2021 niet meer in geslaagd een aanslag te plegen in Bagdad.",
    "Sindsdien hebben er geen aanvallen meer plaatsgevonden op coalitiebases.",
    "Het kabinet blijft zich inzetten voor de bestrijding van ISIS en de bescherming van burgers.",
    "Zo worden in Irak wekelijks tot vijf kleinschalige aanslagen gepleegd.",
    "Nederland is sinds 2019 op verzoek van de Koerdische regionale autoriteiten betrokken.",
    "De aanvallen werden doorgaans onderschept door de luchtverdediging.",
    "In de periode mei 2023 tot en met april 2024 is de slagkracht van ISIS teruggedrongen.",
    "Tweede Kamerstuk 27 925, nr. 943 over de bredere veiligheidsinzet in Irak.",
    # a death without a leader is no targeted killing, and undated it is nothing
    "Bij gevechten worden regelmatig strijders gedood.",
    # staying operational is not becoming so, and a state since a date is no event
    "De luchthaven van Mosoel is sinds maart 2025 weer operationeel.",
    "Nederland draagt sinds mei 2025 bij aan de discussie over repatriëring.",
    # "momenteel" dates the reflection, not what follows the mission's end
    "Het kabinet beraadt zich momenteel op de inzet na de afronding van de trainingsmissie.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text: str) -> None:
    assert events_of(text) == []


# Trigger words in their everyday senses. The sentences are dated, so the date-first stage may
# read an event in them (of another type, or ``other``); what must not happen is the type
# the everyday sense of the word would suggest.
NOT_OF_TYPE = [
    # agreeing with someone is no agreement between parties
    ("Het kabinet ging op 3 maart 2025 akkoord met het voorstel van de Kamer.", "agreement", None),
    # having worked for something is no deployment
    ("Het kabinet heeft zich in maart 2025 ingezet voor een staakt-het-vuren.", "deployment", None),
    ("Op 3 mei 2025 kwamen de ministers bijeen om de situatie te bespreken.", "casualties", None),
    ("De aanbevelingen zijn in maart 2025 opgepakt.", "other", "arrest"),
    ("Het jaar 2024 werd getekend door geweld.", "agreement", None),
    (
        "Op 3 mei 2025 is gekozen als uitgangspunt de bestaande afspraken te volgen.",
        "election",
        None,
    ),
    ("In mei 2025 viel de nadruk op steun aan de Peshmerga.", "attack", None),
    (
        "Op 2 mei 2025 trad het kabinet in overleg met de partners aan de hand van een notitie.",
        "other",
        "inauguration",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "subtype"), NOT_OF_TYPE)
def test_not_of_the_everyday_type(text: str, event_type: str, subtype: str | None) -> None:
    found = [(e.event_type.value, e.subtype) for e in events_of(text)]
    assert all(
        not (kind == event_type and (subtype is None or sub == subtype)) for kind, sub in found
    ), found


def test_a_meeting_told_with_a_separable_verb() -> None:
    found = events_of("Op 3 mei 2025 kwamen de ministers bijeen om de situatie te bespreken.")
    assert [e.event_type.value for e in found] == ["meeting"]


# --- identity ---------------------------------------------------------------------------------

STORY = [
    ["Op 3 maart 2025 vond een droneaanval op Erbil airport plaats."],
    ["Het kabinet hecht aan de voortgang van de missie."],
    ["Op 9 april 2025 voerden de VS luchtaanvallen uit in Syrië.", "Er vielen twee doden."],
]


def test_ids_are_stable_across_runs_and_distinct() -> None:
    first = [e.event_id for e in events_of(*STORY)]
    assert first == [e.event_id for e in events_of(*STORY)]
    assert len(set(first)) == len(first) == 2
    assert all(i.startswith("test-letter:") for i in first)


@settings(max_examples=40)
@given(
    inserted=st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=60),
    where=st.sampled_from(["before", "after"]),
)
def test_ids_survive_an_unrelated_edit_of_another_paragraph(inserted: str, where: str) -> None:
    """Text added to a paragraph without events moves every offset but changes no id."""
    before = [e.event_id for e in events_of(*STORY)]
    edited = [list(p) for p in STORY]
    sentence = f"Zie {inserted.strip() or 'x'}."
    if where == "before":
        edited[1].insert(0, sentence)
    else:
        edited[1].append(sentence)
    after = events_of(*edited)
    assert [e.event_id for e in after] == before
    assert after[-1].source.char_start > events_of(*STORY)[-1].source.char_start


def test_a_fronted_after_clause_dates_what_follows_it() -> None:
    found = events_of(
        "Na de verkiezingen van 12 mei 2025 in Irak, begonnen milities met aanvallen op "
        "coalitiebases in Anbar."
    )
    kinds = {e.event_type: e for e in found}
    assert kinds[EventType.ELECTION].date_start == D(2025, 5, 12)
    attack = kinds[EventType.ATTACK]
    assert (attack.date_start, attack.date_end) == (D(2025, 5, 13), None)
    assert attack.status is EventStatus.OCCURRED
    assert attack.location is not None and attack.location.name == "Anbar Governorate"


# --- generated letters --------------------------------------------------------------------------

_FILLER = [
    "Het kabinet hecht aan de voortgang van de missie.",
    "De situatie blijft zorgelijk.",
    "Nederland draagt met één militair adviseur bij aan de MNAG.",
]


@settings(max_examples=30)
@given(
    paragraphs=st.lists(
        st.lists(st.sampled_from([f[0] for f in FAMILIES] + _FILLER), min_size=1, max_size=3),
        min_size=1,
        max_size=4,
    ),
    breaks=st.booleans(),
)
def test_spans_of_generated_letters_hold_their_dates(
    paragraphs: list[list[str]], breaks: bool
) -> None:
    """Whatever the letter, every source lies inside it and holds its date expression."""
    from iraq_events.documents import read_document
    from iraq_events.events import extract_events

    def lay_out(sentence: str) -> str:
        # a PDF line break in the middle of a sentence, as the letters have them
        if breaks and len(sentence) > 40:
            cut = sentence.index(" ", 30)
            return sentence[:cut] + " \n\n" + sentence[cut + 1 :]
        return sentence

    body = "\n\n".join(" ".join(lay_out(s) for s in p) for p in paragraphs)
    text = "Den Haag, 15 april 2025\n\n" + body + "\n"
    document = read_document(text.encode("utf-8"))
    events = extract_events(document)
    quotes = {s.clean_text for s in document.sentences}
    ids = [e.event_id for e in events]
    assert len(set(ids)) == len(ids)
    for event in events:
        for source in event.mentions:
            assert 0 <= source.char_start < source.char_end <= len(text)
            assert source.quote in quotes
        start, end = event.source.date_char_start, event.source.date_char_end
        assert start is not None and end is not None
        assert event.source.char_start <= start < end <= event.source.char_end
        assert text[start:end] == event.date.text


# --- constructions of later letters (sentences written for these tests) ----------------------

GENERAL = [
    # sentence, type, subtype (None: any), date_start, location, {actor: role} that must hold
    (
        "Op 14 februari 2025 werd het konvooi nabij Tikrit aangevallen door ISIS-strijders.",
        EventType.ATTACK,
        None,
        D(2025, 2, 14),
        "Tikrit",
        {"Islamic State": ActorRole.INITIATOR},
    ),
    (
        "Op 2 maart 2025 vielen strijders van ISIS een controlepost in de provincie Diyala aan.",
        EventType.ATTACK,
        None,
        D(2025, 3, 2),
        "Diyala Governorate",
        {},
    ),
    (
        "Op 6 mei 2025 beschoot een militie de basis Camp Taji met mortieren.",
        EventType.ATTACK,
        "indirect fire",
        D(2025, 5, 6),
        "Camp Taji",
        {},
    ),
    (
        "Op 11 april 2025 werd bij een inval van Iraakse eenheden ten noorden van Bakoeba een "
        "kopstuk van ISIS gedood.",
        EventType.KILLING,
        "raid",
        D(2025, 4, 11),
        "Baqubah",
        {"Iraq": ActorRole.INITIATOR, "Islamic State": ActorRole.TARGET},
    ),
    (
        "Op 20 mei 2025 kwamen bij een overstroming in Nasiriya vier burgers om.",
        EventType.CASUALTIES,
        None,
        D(2025, 5, 20),
        "Nasiriyah",
        {},
    ),
    (
        "Op 1 april 2025 droeg Duitsland het bevel over het trainingscentrum over aan Noorwegen.",
        EventType.HANDOVER,
        None,
        D(2025, 4, 1),
        None,
        {"Germany": ActorRole.INITIATOR, "Norway": ActorRole.TARGET},
    ),
    (
        "Op 3 mei 2025 bereikten Bagdad en Erbil overeenstemming over de olie-export.",
        EventType.AGREEMENT,
        None,
        D(2025, 5, 3),
        None,
        {},
    ),
    (
        "Op 8 mei 2025 sloten Irak en Turkije een akkoord over de waterverdeling.",
        EventType.AGREEMENT,
        None,
        D(2025, 5, 8),
        None,
        {"Iraq": ActorRole.PARTICIPANT, "Turkey": ActorRole.PARTICIPANT},
    ),
    (
        "De nieuwe kieswet trad op 15 januari 2025 in werking.",
        EventType.LEGISLATION,
        "entry into force",
        D(2025, 1, 15),
        None,
        {},
    ),
    (
        "Het Verenigd Koninkrijk trekt in juli 2025 zijn trainers uit Irak terug.",
        EventType.WITHDRAWAL,
        None,
        D(2025, 7, 1),
        "Iraq",
        {"United Kingdom": ActorRole.INITIATOR},
    ),
    (
        "Op 9 maart 2025 werd de Belgische eenheid, met vier F-16's, operationeel in Jordanië.",
        EventType.DEPLOYMENT,
        None,
        D(2025, 3, 9),
        "Jordan",
        {"Belgium": ActorRole.INITIATOR},
    ),
    (
        "In maart 2025 stelde de minister € 3 miljoen beschikbaar voor UNICEF in Irak.",
        EventType.FUNDING,
        None,
        D(2025, 3, 1),
        "Iraq",
        {"UNICEF": ActorRole.SUBJECT},
    ),
    (
        "Op 2 mei 2025 publiceerde UNHCR een overzicht van de terugkeer van ontheemden.",
        EventType.REPORT,
        None,
        D(2025, 5, 2),
        None,
        {"UNHCR": ActorRole.INITIATOR},
    ),
    (
        "Op 17 maart 2025 werd de nieuwe gouverneur van Basra beëdigd.",
        EventType.OTHER,
        "inauguration",
        D(2025, 3, 17),
        None,
        {},
    ),
    (
        "Eind april 2025 werden in Karbala zes leden van een smokkelnetwerk aangehouden.",
        EventType.OTHER,
        "arrest",
        D(2025, 4, 21),
        "Karbala",
        {},
    ),
    (
        "Op 4 maart 2025 reisde de minister van Buitenlandse Zaken naar Amman.",
        EventType.VISIT,
        None,
        D(2025, 3, 4),
        "Amman",
        {"Minister of Foreign Affairs of the Netherlands": ActorRole.INITIATOR},
    ),
    (
        "De NAVO-top vindt op 24 juni 2025 plaats in Den Haag.",
        EventType.MEETING,
        "summit",
        D(2025, 6, 24),
        "The Hague",
        {},
    ),
    (
        "Op 30 mei 2025 werd door de VN-Veiligheidsraad unaniem een resolutie over UNAMI "
        "aangenomen.",
        EventType.MANDATE,
        None,
        D(2025, 5, 30),
        None,
        {"United Nations Security Council": ActorRole.INITIATOR},
    ),
    (
        "Op 19 mei 2025 liet de Iraakse regering weten de grens met Syrië te sluiten.",
        EventType.ANNOUNCEMENT,
        None,
        D(2025, 5, 19),
        None,
        {"Government of Iraq": ActorRole.INITIATOR},
    ),
    (
        "Op 1 mei 2025 gingen in Nasiriya honderden studenten de straat op.",
        EventType.PROTEST,
        None,
        D(2025, 5, 1),
        "Nasiriyah",
        {},
    ),
    (
        "Op 5 mei 2025 werd Abdul Latif Rashid gekozen tot voorzitter van de raad.",
        EventType.ELECTION,
        None,
        D(2025, 5, 5),
        None,
        {"Abdul Latif Rashid": ActorRole.PARTICIPANT},
    ),
    (
        "In april 2025 stuurde Canada een fregat naar de Golf.",
        EventType.DEPLOYMENT,
        None,
        D(2025, 4, 1),
        None,
        {"Canada": ActorRole.INITIATOR},
    ),
    (
        "Op 22 mei 2025 keerde het laatste Nederlandse detachement terug naar Nederland.",
        EventType.WITHDRAWAL,
        None,
        D(2025, 5, 22),
        None,
        {"Netherlands": ActorRole.INITIATOR},
    ),
    (
        "Op 9 mei 2025 werd in Bagdad een nieuwe kieswet goedgekeurd.",
        EventType.LEGISLATION,
        None,
        D(2025, 5, 9),
        "Baghdad",
        {},
    ),
    (
        "Op 28 april 2025 nam Noorwegen de leiding van het trainingsprogramma over van Canada.",
        EventType.HANDOVER,
        None,
        D(2025, 4, 28),
        None,
        {"Norway": ActorRole.TARGET, "Canada": ActorRole.INITIATOR},
    ),
    (
        "Op 19 mei 2025 vertrok het Belgische detachement uit Koeweit.",
        EventType.WITHDRAWAL,
        None,
        D(2025, 5, 19),
        "Kuwait",
        {"Belgium": ActorRole.INITIATOR},
    ),
    (
        "Op 7 mei 2025 werden uit het kamp Roj 120 Iraakse gezinnen gerepatrieerd.",
        EventType.OTHER,
        "repatriation",
        D(2025, 5, 7),
        None,
        {},
    ),
    (
        "Op 23 mei 2025 kwam het regime in Damascus ten val.",
        EventType.OTHER,
        "regime change",
        D(2025, 5, 23),
        "Damascus",
        {},
    ),
    (
        "Op 2 april 2025 werd de Saoedische ambassade in Bagdad heropend.",
        EventType.OTHER,
        "opening",
        D(2025, 4, 2),
        "Baghdad",
        {"Saudi Arabia": ActorRole.INITIATOR},
    ),
]


@pytest.mark.parametrize(("text", "kind", "subtype", "start", "place", "expected_roles"), GENERAL)
def test_constructions_of_later_letters(
    text: str,
    kind: EventType,
    subtype: str | None,
    start: datetime.date,
    place: str | None,
    expected_roles: dict[str, ActorRole],
) -> None:
    event = only(text)
    assert (event.event_type, event.date_start) == (kind, start)
    if subtype is not None:
        assert event.subtype == subtype
    location = event.location
    assert (location.name if location else None) == place
    assert expected_roles.items() <= roles(event).items(), roles(event)


@pytest.mark.parametrize(
    "text",
    [
        "De top van 12 juni 2025 werd uitgesteld.",
        "Het geplande bezoek van de minister van Defensie aan Koeweit op 3 juni 2025 is "
        "geannuleerd.",
    ],
)
def test_postponed_and_cancelled_events_are_cancelled(text: str) -> None:
    assert only(text).status is EventStatus.CANCELLED


def test_a_death_at_an_attack_is_its_fatality_not_a_killing() -> None:
    event = only("Op 7 april 2025 werden bij een bomaanslag in Basra drie agenten gedood.")
    assert (event.event_type, event.subtype, event.fatalities_best) == (EventType.ATTACK, "IED", 3)


def test_one_date_in_one_sentence_is_one_event() -> None:
    event = only(
        "Dat milities nog tot aanvallen in staat zijn, bleek op 4 april 2025, toen bij een aanval "
        "op een konvooi ten oosten van Ramadi twee Iraakse militairen gewond raakten."
    )
    assert event.event_type is EventType.ATTACK
    assert event.location is not None and event.location.name == "Ramadi"
    assert roles(event)["Iraq"] is ActorRole.TARGET
    assert "same-sentence" in event.method


def test_victims_in_an_undated_clause_are_the_targets() -> None:
    event = only(
        "Op 2 mei 2025 werd Harir Air Base met drones aangevallen; daarbij raakten twee Franse "
        "militairen lichtgewond."
    )
    assert (event.event_type, event.subtype) == (EventType.ATTACK, "drone")
    assert roles(event)["France"] is ActorRole.TARGET


def test_a_relative_clause_of_place_reports_no_event() -> None:
    event = only(
        "Op 5 mei 2025 werd de basis bij Erbil, waar ook Duitse militairen gestationeerd zijn, "
        "met raketten beschoten."
    )
    assert event.event_type is EventType.ATTACK


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Op 8 april 2025 bezocht de minister van Defensie Koeweit.", "Kuwait"),
        ("Op 8 april 2025 bezochten de ministers Tikrit en Samarra.", "Tikrit"),
        ("Op 8 april 2025 bezocht de minister Amman en Bagdad.", None),
    ],
)
def test_what_a_visit_names_is_where_it_went(text: str, place: str | None) -> None:
    location = only(text).location
    assert (location.name if location else None) == place


def test_a_name_in_brackets_stays_in_its_clause() -> None:
    event = only(
        "Op 12 mei 2025 publiceerde de Internationale Organisatie voor Migratie (IOM) een rapport "
        "over ontheemden in Duhok."
    )
    assert roles(event) == {"International Organization for Migration": ActorRole.INITIATOR}


def test_coordinated_names_share_their_role() -> None:
    event = only(
        "Op 6 mei 2025 maakten Frankrijk en de Italiaanse regering bekend dat zij hun "
        "bijdrage aan NMI verlengen."
    )
    assert event.event_type is EventType.ANNOUNCEMENT
    assert roles(event)["France"] is roles(event)["Italy"] is ActorRole.INITIATOR


def test_places_past_the_words_that_say_which_part() -> None:
    cases = {
        "Op 3 mei 2025 vond een aanslag plaats in de provincie Anbar.": "Anbar Governorate",
        "Op 3 mei 2025 vond een aanslag plaats ten zuiden van Kirkoek.": "Kirkuk",
        "Op 3 mei 2025 vond een aanslag plaats in de omgeving van Soelaimaniya.": "Sulaymaniyah",
        "Op 3 mei 2025 vond een aanslag plaats in de provincie Kirkuk.": "Kirkuk Governorate",
        "Op 3 mei 2025 vonden aanslagen plaats in Ninewa, onder meer in Tal Afar.": "Tal Afar",
    }
    for text, place in cases.items():
        location = only(text).location
        assert location is not None and location.name == place, text


def test_the_article_100_letter_is_the_dutch_governments_whoever_else_is_named() -> None:
    event = only("Op 2 mei 2025 ontving de Kamer de artikel 100-brief over de inzet in Koeweit.")
    assert roles(event)["Government of the Netherlands"] is ActorRole.INITIATOR


def test_another_governments_cabinet_is_not_the_dutch_cabinet() -> None:
    event = only("Het nieuwe kabinet van de KRG werd op 4 mei 2025 beëdigd.")
    assert "Government of the Netherlands" not in roles(event)
    assert "Kurdistan Regional Government" in roles(event)


def test_the_trigger_decides_the_role_of_an_uncued_name() -> None:
    arrest = only("Op 9 mei 2025 werden in Mosoel drie PKK-leden gearresteerd.")
    assert roles(arrest) == {"Kurdistan Workers' Party": ActorRole.TARGET}
    by_police = only("Op 9 mei 2025 werden drie verdachten door de Federale Politie opgepakt.")
    assert roles(by_police) == {"Iraqi Federal Police": ActorRole.INITIATOR}
    sworn_in = only("Op 9 mei 2025 werd de nieuwe KRG beëdigd.")
    assert roles(sworn_in) == {"Kurdistan Regional Government": ActorRole.SUBJECT}


def test_who_extends_a_mandate_and_whose_mandate_it_is() -> None:
    event = only("De VN-Veiligheidsraad verlengde op 30 mei 2025 het mandaat van UNITAD.")
    assert (event.event_type, event.subtype) == (EventType.MANDATE, "extension")
    assert roles(event) == {
        "United Nations Security Council": ActorRole.INITIATOR,
        "UNITAD": ActorRole.SUBJECT,
    }


def test_a_foreign_cabinet_is_its_own_countrys() -> None:
    event = only("Het nieuwe Turkse kabinet trad op 3 mei 2025 aan.")
    assert (event.event_type, event.subtype) == (EventType.OTHER, "inauguration")
    assert roles(event) == {"Turkey": ActorRole.SUBJECT}


def test_fighting_with_deaths_counted_by_compound_nouns() -> None:
    event = only(
        "Op 14 mei 2025 sneuvelden bij gevechten met ISIS nabij Makhmour vier Peshmerga-strijders."
    )
    assert (event.event_type, event.subtype, event.fatalities_best) == (
        EventType.ATTACK,
        "ground",
        4,
    )
    assert roles(event)["Peshmerga"] is ActorRole.TARGET


def test_a_different_kind_of_other_does_not_refer_back() -> None:
    (founding,) = events_of(
        [
            "Op 3 mei 2025 is in Erbil een coördinatiecentrum opgericht.",
            "Het centrum bespreekt ook de repatriëring van ISIS-strijders uit Syrië.",
        ]
    )
    assert (founding.subtype, [a.name for a in founding.actors]) == ("establishment", [])


def test_partners_named_after_a_comma_take_part() -> None:
    event = only(
        "In april 2025 stelde Duitsland € 5 miljoen beschikbaar voor wederopbouw in Mosoel, via "
        "UNDP en de Wereldbank."
    )
    assert event.event_type is EventType.FUNDING
    assert roles(event) == {
        "Germany": ActorRole.INITIATOR,
        "UNDP": ActorRole.PARTICIPANT,
        "World Bank": ActorRole.PARTICIPANT,
    }


def test_a_nationality_that_describes_people_or_things_is_no_actor() -> None:
    event = only(
        "Op 5 mei 2025 bezocht de minister van Defensie Iraakse detentiecentra en kampen met "
        "Syrische vluchtelingen in Duhok."
    )
    assert set(roles(event)) == {"Minister of Defence of the Netherlands"}


def test_the_same_deadline_twice_is_one_event() -> None:
    found = events_of(
        "De missie van de coalitie in Irak wordt uiterlijk 30 september 2026 afgerond.",
        "Het kabinet verwacht dat de missie van de coalitie uiterlijk 30 september 2026 is "
        "afgerond.",
    )
    assert [(e.event_type, e.date_start, e.date_end) for e in found] == [
        (EventType.WITHDRAWAL, None, D(2026, 9, 30))
    ]
    assert len(found[0].mentions) == 2


def test_the_speaker_of_a_frame_is_no_actor_of_what_it_speaks_about() -> None:
    event = only("Het kabinet verwacht dat de Iraakse verkiezingen op 3 november 2025 doorgaan.")
    assert event.event_type is EventType.ELECTION
    assert "Government of the Netherlands" not in roles(event)


def test_a_compound_mission_is_a_mission() -> None:
    event = only("De trainingsmissie van de EU werd op 3 maart 2025 afgerond.")
    assert event.event_type is EventType.WITHDRAWAL
    assert "European Union" in roles(event)


# --- entries that fit only the seed letter are gone ---------------------------------------------


def test_idf_as_the_israel_defense_forces_is_no_indirect_fire() -> None:
    found = events_of("Op 3 maart 2024 voerde de IDF een aanval uit op doelen in Gaza.")
    assert [e.event_type for e in found] and all(e.subtype != "indirect fire" for e in found)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Op 3 maart 2024 werd het dreigingsniveau verlaagd.", "threat level lowered"),
        (
            "In maart 2024 besloot het kabinet het dreigingsniveau te verlagen.",
            "threat level lowered",
        ),
        ("Op 3 maart 2024 werd het dreigingsniveau verhoogd.", "threat level raised"),
    ],
)
def test_a_threat_level_is_raised_or_lowered_as_the_text_says(text: str, subtype: str) -> None:
    found = [e for e in events_of(text) if e.event_type is EventType.ANNOUNCEMENT]
    assert [e.subtype for e in found] == [subtype]
