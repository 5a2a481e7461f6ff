"""Events of the seed letter: the gold's hardest cases asserted directly, the source-span
properties, and ids that survive an unrelated edit of the letter."""

from __future__ import annotations

import datetime
import functools
import json
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iraq_events.documents import read_document
from iraq_events.events import Event, EventStatus, EventType, extract_events

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7ba65e5599d72e72.txt"
GOLD = json.loads((ROOT / "tests" / "data" / "seed_events_gold.json").read_text(encoding="utf-8"))
D = datetime.date


@functools.cache
def seed_events() -> tuple[Event, ...]:
    return tuple(extract_events(read_document(SEED)))


def find(kind: EventType, start: datetime.date | None, end: datetime.date | None = None) -> Event:
    matches = [
        e
        for e in seed_events()
        if e.event_type is kind and e.date_start == start and (end is None or e.date_end == end)
    ]
    assert len(matches) == 1, [(e.event_type, e.date_start) for e in seed_events()]
    return matches[0]


def names(event: Event) -> set[str]:
    return {a.name for a in event.actors}


def quantity(event: Event, name: str) -> float | None:
    return next((q.value for q in event.quantities if q.name == name), None)


def test_provincial_elections_with_seats_and_turnout() -> None:
    event = find(EventType.ELECTION, D(2023, 12, 18))
    assert event.status is EventStatus.OCCURRED
    assert event.location is not None and event.location.name == "Iraq"
    assert "Shia Coordination Framework" in names(event)
    assert (quantity(event, "seats"), quantity(event, "seats_total")) == (128, 285)
    assert quantity(event, "turnout") == 41


def test_kurdish_elections_planned_and_the_boycott_announced() -> None:
    election = find(EventType.ELECTION, D(2024, 6, 10))
    assert election.status is EventStatus.PLANNED
    assert election.location is not None and election.location.name == "Kurdistan Region"
    boycott = find(EventType.ANNOUNCEMENT, D(2024, 3, 18))
    assert boycott.status is EventStatus.OCCURRED
    assert boycott.subtype == "boycott"
    assert names(boycott) == {"Kurdistan Democratic Party"}


def test_storming_of_the_swedish_embassy() -> None:
    event = find(EventType.PROTEST, D(2023, 7, 1), D(2023, 7, 31))
    assert event.subtype == "storming"
    assert {(a.name, a.role.value) for a in event.actors} == {
        ("Muqtada al-Sadr", "initiator"),
        ("Sweden", "target"),
    }


def test_visits_of_6_and_14_february() -> None:
    outgoing = find(EventType.VISIT, D(2024, 2, 6))
    assert "Minister of Foreign Affairs of the Netherlands" in names(outgoing)
    assert outgoing.location is not None and outgoing.location.name == "Iraq"
    incoming = find(EventType.VISIT, D(2024, 2, 14))
    assert {(a.name, a.role.value) for a in incoming.actors} == {
        ("Mohammed Shia al-Sudani", "initiator"),
        ("Netherlands", "host"),
    }
    assert incoming.location is not None and incoming.location.name == "Netherlands"


def test_amendments_and_the_statement_of_27_april() -> None:
    assert find(EventType.LEGISLATION, D(2024, 4, 27)).status is EventStatus.OCCURRED
    statement = find(EventType.ANNOUNCEMENT, D(2024, 4, 27))
    assert names(statement) == {"Government of the Netherlands"}


def test_unitad_mandate_ends_17_september_2024() -> None:
    event = find(EventType.MANDATE, D(2024, 9, 17))
    assert event.status is EventStatus.PLANNED
    assert names(event) == {"UNITAD"}


@pytest.mark.parametrize(
    ("day", "place", "subtype"),
    [
        (D(2023, 11, 21), None, None),
        (D(2024, 1, 4), "Baghdad", "targeted killing"),
        (D(2024, 2, 2), None, None),
        (D(2024, 2, 7), "Baghdad", "targeted killing"),
    ],
)
def test_us_strikes(day: datetime.date, place: str | None, subtype: str | None) -> None:
    event = find(EventType.AIRSTRIKE, day)
    roles = {a.name: a.role.value for a in event.actors}
    assert roles["United States"] == "initiator"
    assert (event.location.name if event.location else None) == place
    # a state's killing of unstated means is a strike, subtype targeted killing, as ACLED codes it
    assert event.acled_sub_event_type == "Air/drone strike"
    assert event.subtype == subtype


def test_strikes_of_2_february_count_targets_and_locations() -> None:
    event = find(EventType.AIRSTRIKE, D(2024, 2, 2))
    assert (quantity(event, "targets"), quantity(event, "locations")) == (85, 7)
    assert event.acled_sub_event_type == "Air/drone strike"


def test_tower_22_attack_with_two_us_fatalities() -> None:
    event = find(EventType.ATTACK, D(2024, 1, 28))
    assert event.fatalities_best == 2
    assert event.quantities == ()  # the two dead are the fatalities, not a second count
    assert event.subtype == "drone"
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Tower 22", "JOR")
    assert {(a.name, a.role.value) for a in event.actors} == {
        ("Iran-aligned militias", "initiator"),
        ("United States", "target"),
    }


def test_kataib_hezbollah_announcement_takes_its_year_from_context() -> None:
    event = find(EventType.ANNOUNCEMENT, D(2024, 1, 31))
    assert " ".join(event.date.text.split()) == "31 januari"
    assert {(a.name, a.role.value) for a in event.actors} == {
        ("Kataib Hezbollah", "initiator"),
        ("United States", "target"),
    }


def test_attacks_on_aaab_one_per_date_and_merged_mentions() -> None:
    first = find(EventType.ATTACK, D(2023, 11, 21))
    second = find(EventType.ATTACK, D(2024, 1, 20))
    for event in (first, second):
        assert event.location is not None and event.location.name == "Ayn al-Asad Air Base"
        assert event.subtype == "missile"
    # 21 November is reported in the body and again in footnote 6: one event, two mentions
    assert len(first.mentions) == 2
    assert first.source == first.mentions[0]
    assert first.mentions[1].char_start == second.source.char_start


def test_security_dialogue_7_8_august_2023() -> None:
    event = find(EventType.MEETING, D(2023, 8, 7), D(2023, 8, 8))
    assert names(event) == {"United States", "Iraq"}
    assert event.source.citations == ("kst-27925-946",)


def test_white_house_visit() -> None:
    event = find(EventType.VISIT, D(2024, 4, 15))
    assert event.location is not None and event.location.name == "Washington, D.C."
    assert {(a.name, a.role.value) for a in event.actors} >= {
        ("Mohammed Shia al-Sudani", "initiator"),
        ("United States", "host"),
    }


def test_nmi_command_handover_is_planned_from_spain_to_the_netherlands() -> None:
    event = find(EventType.HANDOVER, D(2024, 5, 24))
    assert event.status is EventStatus.PLANNED
    assert event.subtype == "command"
    assert {(a.name, a.role.value) for a in event.actors} == {
        ("Spain", "initiator"),
        ("Netherlands", "target"),
    }


def test_report_after_the_summer_recess_is_planned_and_open_ended() -> None:
    event = find(EventType.REPORT, D(2024, 9, 1))
    assert event.date_end is None
    assert event.status is EventStatus.PLANNED
    assert names(event) == {"Sorgdrager Commission"}


def test_every_gold_event_is_found_with_its_source_span() -> None:
    found = {(e.event_type.value, str(e.date_start), str(e.date_end)): e for e in seed_events()}
    for gold in GOLD["events"]:
        key = (gold["event_type"], str(gold["date_start"]), str(gold["date_end"]))
        assert key in found, gold["key"]
        event = found[key]
        assert event.status.value == gold["status"], gold["key"]
        assert (event.source.date_char_start, event.source.date_char_end) == (
            gold["date_char_start"],
            gold["date_char_end"],
        ), gold["key"]
        assert event.source.char_start <= gold["char_start"] < event.source.char_end


def test_no_event_outside_the_gold() -> None:
    gold = {(g["event_type"], str(g["date_start"]), str(g["date_end"])) for g in GOLD["events"]}
    extra = [
        (e.event_type.value, e.date_start, e.source.quote[:60])
        for e in seed_events()
        if (e.event_type.value, str(e.date_start), str(e.date_end)) not in gold
    ]
    assert extra == []


def test_source_spans_lie_in_the_document_and_hold_the_date() -> None:
    text = SEED.read_text(encoding="utf-8")
    document = read_document(SEED)
    quotes = {s.clean_text for s in document.sentences}
    for event in seed_events():
        for source in event.mentions:
            assert 0 <= source.char_start < source.char_end <= len(text)
            assert source.quote in quotes
            assert source.document_id == document.document_id
            assert source.page is not None
        source = event.source
        assert source.date_char_start is not None and source.date_char_end is not None
        assert source.char_start <= source.date_char_start < source.date_char_end <= source.char_end
        assert text[source.date_char_start : source.date_char_end] == event.date.text


def test_ids_are_unique_and_stable_across_runs() -> None:
    ids = [e.event_id for e in seed_events()]
    assert len(set(ids)) == len(ids)
    assert ids == [e.event_id for e in extract_events(read_document(SEED))]


_UNRELATED = "Het kabinet hecht aan het rapporteren over voortgang op de doelstellingen."


@settings(max_examples=8)
@given(
    words=st.lists(
        st.sampled_from(["het", "kabinet", "steun", "missie", "overleg", "Irak", "verder", "goed"]),
        min_size=1,
        max_size=12,
    ),
    replace=st.booleans(),
)
def test_ids_survive_an_unrelated_edit_elsewhere_in_the_letter(
    words: list[str], replace: bool
) -> None:
    """Insert or rewrite a sentence in a paragraph that reports no event: every offset after it
    moves, no id changes."""
    original = SEED.read_bytes().decode("utf-8")
    assert _UNRELATED in original
    sentence = " ".join(words).capitalize() + "."
    edited = original.replace(_UNRELATED, sentence if replace else f"{sentence} {_UNRELATED}")
    events = extract_events(read_document(edited.encode("utf-8")))
    assert [e.event_id for e in events] == [e.event_id for e in seed_events()]
    shift = len(edited) - len(original)
    assert [e.source.char_start for e in events] == [
        e.source.char_start + shift for e in seed_events()
    ]


def test_iri_campaign_is_dated_after_the_clause_that_governs_it() -> None:
    event = find(EventType.ATTACK, D(2023, 10, 19))
    assert event.date_end is None
    assert event.date.mod is not None and event.date.mod.value == "AFTER"
    assert event.date.rule.startswith("events.after-clause(")
    assert " ".join(event.date.text.split()) == "18 oktober 2023"
    assert {"Iran-aligned militias", "Islamic Resistance in Iraq"} <= {
        a.name for a in event.actors if a.role.value == "initiator"
    }


def test_growth_at_the_end_of_the_reporting_period_is_its_own_deployment() -> None:
    event = find(EventType.DEPLOYMENT, D(2024, 1, 1), D(2024, 4, 30))
    assert quantity(event, "troops") == 200
    assert len(event.mentions) == 1  # not merged into the January reinforcement
