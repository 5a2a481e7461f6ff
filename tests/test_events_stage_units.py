"""Each stage of ``iraq_events/events/`` on its own: small inputs, behaviour that could be false.

The sentences are written for these tests. Dates come from the temporal layer
(``find_dates``), as the facade gives them to the stages.
"""

from __future__ import annotations

import datetime

import pytest

from iraq_events.events.clauses import ClauseCutter
from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.dating import Dater
from iraq_events.events.filters import MentionContext, SentenceIndex, drop_reason
from iraq_events.events.lexicon import event_lexicon
from iraq_events.events.mentions import dated_candidates
from iraq_events.events.merge import finish, fold, merge
from iraq_events.events.model import EventStatus, EventType
from iraq_events.events.parts import DatedSpan, Draft, SentenceInput
from iraq_events.events.places import places
from iraq_events.events.roles import Memory, anaphora, mentions, roles
from iraq_events.events.same_day import last_day, same_day
from iraq_events.events.states import state_reason
from iraq_events.events.status import StatusReader, subtype_of
from iraq_events.events.tokens import tokenize
from iraq_events.events.triggers import find_triggers
from iraq_events.temporal import find_dates

D = datetime.date
REFERENCE = D(2025, 4, 15)
LEX = event_lexicon()
CUES = dated_mention_lexicon()
CUTTER = ClauseCutter(LEX)


def spans(text: str) -> list[DatedSpan]:
    return [DatedSpan(expression=e, start=e.start, end=e.end) for e in find_dates(text, REFERENCE)]


def trigger_ids(text: str) -> list[str]:
    return [t.entry.id for t in find_triggers(LEX, text, CUTTER.clauses(text, spans(text)))]


def sentence(text: str, index: int = 0, paragraph: object = 0) -> SentenceInput:
    return SentenceInput(
        index=index,
        text=text,
        start=index * 1000,
        end=index * 1000 + len(text),
        dates=tuple(spans(text)),
        paragraph=paragraph,
    )


# -- triggers.py ----------------------------------------------------------------------------------


def test_a_trigger_is_found_and_a_negated_one_dropped() -> None:
    assert "attack.aanval" in trigger_ids("Op 3 maart 2025 vond een aanval plaats op de basis.")
    assert "attack.aanval" not in trigger_ids("Op 3 maart 2025 vond geen aanval plaats.")


def test_a_trigger_needs_a_word_it_requires_in_its_clause() -> None:
    assert "deployment.ingezet" not in trigger_ids("Op 3 maart 2025 is het budget ingezet.")
    assert "deployment.ingezet" in trigger_ids("Op 3 maart 2025 zijn de militairen ingezet.")


def test_a_trigger_inside_an_excluded_phrase_reports_nothing() -> None:
    assert "announcement.verzoek" not in trigger_ids("Op verzoek van Irak bleef de staf langer.")
    assert "announcement.verzoek" in trigger_ids("Irak deed op 3 maart 2025 een verzoek.")


# -- dating.py ------------------------------------------------------------------------------------


def test_a_duration_and_the_reporting_period_date_nothing() -> None:
    dater = Dater(LEX, CUTTER, REFERENCE, None)
    (duration,) = spans("De missie duurde drie maanden.")
    (day,) = spans("Op 3 maart 2025 landde het toestel.")
    assert not dater.usable(duration)
    assert dater.usable(day)
    framed = Dater(LEX, CUTTER, REFERENCE, (D(2025, 1, 1), D(2025, 3, 31)))
    (period,) = spans("In de periode van 1 januari 2025 tot en met 31 maart 2025 is gewerkt.")
    assert not framed.usable(period)
    assert dater.usable(period)


def test_each_trigger_takes_the_date_of_its_own_clause() -> None:
    text = "Na het bezoek op 2 maart 2025, volgde op 9 maart 2025 een aanval op de basis."
    dates = spans(text)
    clauses = CUTTER.clauses(text, dates)
    triggers = find_triggers(LEX, text, clauses)
    plan = Dater(LEX, CUTTER, REFERENCE, None).plan(text, clauses, dates, triggers)
    dated = {t.entry.event_type: d.expression.earliest for (t, d, _), _ in plan.chosen}
    assert dated == {EventType.VISIT: D(2025, 3, 2), EventType.ATTACK: D(2025, 3, 9)}


def test_a_countable_plural_with_two_dates_is_dated_twice() -> None:
    text = "Er waren aanvallen op 2 maart 2025 en op 9 maart 2025."
    dates = spans(text)
    clauses = CUTTER.clauses(text, dates)
    plan = Dater(LEX, CUTTER, REFERENCE, None).plan(
        text, clauses, dates, find_triggers(LEX, text, clauses)
    )
    assert sorted((d.expression.earliest, rule) for (_, d, rule), _ in plan.chosen) == [
        (D(2025, 3, 2), "countable-multi-date"),
        (D(2025, 3, 9), "countable-multi-date"),
    ]


def test_the_strongest_trigger_names_what_shares_a_date() -> None:
    text = "Op 3 maart 2025 kondigde de militie aan alle aanvallen te staken."
    dates = spans(text)
    clauses = CUTTER.clauses(text, dates)
    plan = Dater(LEX, CUTTER, REFERENCE, None).plan(
        text, clauses, dates, find_triggers(LEX, text, clauses)
    )
    assert [t.entry.event_type for (t, _, _), _ in plan.chosen] == [EventType.ANNOUNCEMENT]


# -- roles.py -------------------------------------------------------------------------------------


def test_coordinated_names_share_one_role() -> None:
    text = "Duitsland en Frankrijk bezochten Irak op 3 maart 2025."
    found = mentions(LEX, text, Memory(LEX), [])
    actors = roles(LEX, text, found, LEX.types[EventType.VISIT], EventType.VISIT, ())
    by_name = {a.name: a.role for a in actors}
    assert by_name["Germany"] is by_name["France"]


def test_memory_keeps_the_paragraphs_latest_actors_and_sentence() -> None:
    memory = Memory(LEX)
    assert memory.previous is None
    memory.add(sentence("Duitsland stuurt een fregat."))
    memory.add(sentence("Het weer was slecht.", 1))
    assert [m.entry.name for m in memory.last_actors()] == ["Germany"]
    assert memory.previous is not None and memory.previous.text == "Het weer was slecht."


def test_a_demonstrative_points_back_and_a_new_subject_does_not() -> None:
    memory = Memory(LEX)
    memory.add(sentence("Duitsland stuurt een fregat naar de regio."))
    pointing = anaphora(LEX, sentence("Deze eenheid vertrekt morgen.", 1), memory)
    assert [m.entry.name for m in pointing] == ["Germany"]
    assert anaphora(LEX, sentence("Een storm trok over het land.", 1), memory) == []


# -- places.py ------------------------------------------------------------------------------------


def test_a_place_after_a_locative_preposition_is_a_place() -> None:
    found = places(LEX, "De aanslag vond plaats in Bagdad.", [])
    assert [(p.entry.name, p.cue) for p in found] == [("Baghdad", "in")]


def test_a_place_named_without_a_preposition_is_not_where_it_happened() -> None:
    assert places(LEX, "Bagdad verklaarde dat de grens dicht blijft.", []) == []


# -- status.py ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause", "status"),
    [
        ("3 maart 2025", "de ministers kwamen bijeen", EventStatus.OCCURRED),
        ("3 juni 2025", "de ministers komen bijeen", EventStatus.PLANNED),
        ("3 juni 2025", "naar verwachting komen de ministers bijeen", EventStatus.EXPECTED),
        ("3 juni 2025", "de top is afgelast", EventStatus.CANCELLED),
    ],
)
def test_status_from_the_date_and_the_clause(text: str, clause: str, status: EventStatus) -> None:
    (date,) = find_dates(text, REFERENCE)
    reader = StatusReader(LEX, REFERENCE)
    assert reader.status(date, LEX.types[EventType.MEETING], clause) is status


def test_a_fixed_subtype_of_a_same_type_trigger_names_the_event() -> None:
    text = "Irak heeft op 3 maart 2025 het verzoek ingewilligd."
    triggers = find_triggers(LEX, text, CUTTER.clauses(text, spans(text)))
    request = next(t for t in triggers if t.entry.id == "announcement.verzoek")
    profile = LEX.types[EventType.ANNOUNCEMENT]
    assert subtype_of(request, triggers, text, profile)[0] == "acceptance"
    assert subtype_of(request, [request], text, profile)[0] != "acceptance"


# -- merge.py -------------------------------------------------------------------------------------


def draft(text: str, event_type: EventType, index: int, actors: tuple[str, ...] = ()) -> Draft:
    read = sentence(text, index)
    return Draft(
        event_type=event_type,
        trigger_ids=["test"],
        patterns=[],
        date=read.dates[0],
        sentence=read,
        status=EventStatus.OCCURRED,
        actors=[
            a
            for name in actors
            for a in roles(
                LEX,
                text,
                [m for m in mentions(LEX, text, Memory(LEX), []) if m.entry.name == name],
                LEX.types[event_type],
                event_type,
                (),
            )
        ],
        location=None,
        quantities=[],
        fatalities=(None, None, None),
        subtype=None,
        acled=None,
    )


def test_two_mentions_sharing_an_actor_merge_and_others_do_not() -> None:
    first = draft("Duitsland bezocht Irak op 3 maart 2025.", EventType.VISIT, 0, ("Germany",))
    again = draft(
        "Het bezoek van Duitsland op 3 maart 2025 was kort.", EventType.VISIT, 1, ("Germany",)
    )
    other = draft("Frankrijk bezocht Irak op 3 maart 2025.", EventType.VISIT, 2, ("France",))
    merged = merge([first, again, other])
    assert len(merged) == 2
    assert len(merged[0].mentions) == 1 and "merged-mention" in merged[0].patterns


def test_two_types_on_one_date_of_one_sentence_stay_two() -> None:
    text = "Op 3 maart 2025 volgden een bezoek en een aanval."
    folded = fold([draft(text, EventType.VISIT, 0), draft(text, EventType.ATTACK, 0)])
    assert [d.event_type for d in folded] == [EventType.VISIT, EventType.ATTACK]
    same = fold([draft(text, EventType.ATTACK, 0), draft(text, EventType.ATTACK, 0)])
    assert len(same) == 1


def test_ids_name_the_letter_type_and_day_and_are_distinct() -> None:
    events = finish(
        [
            draft("Op 3 maart 2025 een aanval in het noorden.", EventType.ATTACK, 0),
            draft("Op 3 maart 2025 een aanval in het zuiden.", EventType.ATTACK, 1),
        ],
        "letter-x",
    )
    ids = [e.event_id for e in events]
    assert all(i.startswith("letter-x:attack:2025-03-03:") for i in ids)
    assert len(set(ids)) == 2


# -- filters.py -----------------------------------------------------------------------------------


def context(text: str, which: int = 0) -> MentionContext:
    date = spans(text)[which]
    return MentionContext(
        text=text,
        index=SentenceIndex(text, tokenize(text), dated_mention_lexicon()),
        expression=date.expression,
        start=date.start,
        end=date.end,
        clause_start=0,
        clause_end=len(text),
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Vastgesteld 3 maart 2025", "date-line"),
        ("Op 3 maart 2025 landde het toestel.", None),
        ("Dit vertrekt op 2 juni 2025.", None),
        ("Zie het rapport «Missies in 2023» voor details.", "title"),
        ("In maart 2025 vond er geen aanval plaats.", "negated"),
        ("Dat is meer dan ten opzichte van 2023 werd gemeld.", "comparison"),
        ("Het is sinds 2019 zo geregeld.", "state-since"),
        ("Bijgaand de nota inzake de inzet in 2024.", "subject-of-paper"),
    ],
)
def test_each_filter_drops_by_its_name(text: str, reason: str | None) -> None:
    assert drop_reason(context(text), CUES) == reason


def test_a_copula_states_unless_the_date_is_held_by_an_event_noun() -> None:
    text = "In 2023 was de staf ondersteunend."
    assert state_reason(context(text), CUES, cued=False, in_footnote=False) == "state-copula"
    assert state_reason(context(text), CUES, cued=True, in_footnote=False, modified=True) is None
    assert (
        state_reason(context("In 2023 was de staf ingezet."), CUES, cued=False, in_footnote=False)
        is None
    )


# -- cues.py --------------------------------------------------------------------------------------


def test_a_cue_in_an_excluded_phrase_is_no_cue() -> None:
    found = CUES.find(tokenize("Nederland heeft zich in 2024 ingezet voor vrede."))
    assert [m.family.id for m in found] == []
    found = CUES.find(tokenize("In 2024 is een fregat ingezet."))
    assert [m.family.id for m in found] == ["deployment.deployment"]


def test_a_compound_tail_and_a_gapped_verb_are_cues() -> None:
    found = CUES.find(tokenize("de kamerbrief; het mandaat loopt eind mei af"))
    assert [(m.family.id, m.cue) for m in found] == [
        ("report.letter", "*brief"),
        ("mandate.extension", "mandaat"),
        ("mandate.expiry", "loopt ... af"),
    ]


# -- mentions.py ----------------------------------------------------------------------------------


def candidates(text: str, claimed: frozenset[int] = frozenset()) -> list[tuple[str | None, str]]:
    dates = spans(text)
    kept, _ = dated_candidates(
        text,
        dates,
        [(c.start, c.end) for c in CUTTER.clauses(text, dates)],
        claimed=lambda d: d.start in claimed,
        usable=lambda d: d.expression.earliest is not None or d.expression.latest is not None,
        lexicon=CUES,
    )
    return [(c.family.id if c.family else None, c.rule) for c in kept]


def test_the_noun_a_date_modifies_types_it() -> None:
    assert candidates("Wij verwijzen naar de brief van 3 maart 2025.") == [
        ("report.letter", "cue-modified-by-date")
    ]


def test_the_head_of_a_phrase_types_the_date_of_its_complement() -> None:
    assert candidates("Wij melden de verlenging van de inzet tot 1 mei 2026.") == [
        ("mandate.extension", "cue-heads-phrase")
    ]
    # an event noun as the complement keeps its own date
    assert candidates("Wij sturen het verslag van het debat van 3 maart 2025.") == [
        ("meeting.debate", "cue-modified-by-date")
    ]


def test_dates_in_a_list_take_the_type_of_the_first() -> None:
    found = candidates("Zie de brieven van 2 april 2024, 18 juni 2024 en 27 oktober 2024.")
    assert [f for f, _ in found] == ["report.letter"] * 3
    assert [r for _, r in found][1:] == ["list-continuation", "list-continuation"]


def test_a_claimed_date_is_no_candidate_and_an_uncued_one_is_other() -> None:
    text = "Op 3 maart 2025 landde het toestel."
    assert candidates(text) == [(None, "uncued")]
    assert candidates(text, frozenset({spans(text)[0].start})) == []


def test_a_verb_around_its_date_types_it() -> None:
    assert candidates("De minister sprak op 4 februari 2025 met zijn ambtgenoot.") == [
        ("meeting.talks", "cue-after-in-clause")
    ]


# -- same_day.py ----------------------------------------------------------------------------------


def test_the_last_single_day_is_the_one_a_same_day_phrase_takes() -> None:
    dates = spans("Van maart 2025 tot 2 april 2025, en op 9 april 2025.")
    day = last_day(dates)
    assert day is not None and day.earliest == D(2025, 4, 9)
    assert last_day(spans("In maart 2025 en in 2024.")) is None


def test_a_same_day_phrase_copies_the_day_with_its_own_span() -> None:
    text = "U bent daarover diezelfde dag geïnformeerd."
    (before,) = find_dates("Op 9 april 2025 viel een aanval.", REFERENCE)
    found = same_day(text, [], before, lambda offset: offset + 100)
    assert found is not None
    assert text[found.start : found.end] == "diezelfde dag"
    assert (found.expression.earliest, found.expression.latest) == (D(2025, 4, 9), D(2025, 4, 9))
    assert (found.expression.start, found.expression.end) == (found.start + 100, found.end + 100)
    assert found.expression.rule == "events.same-day"
    assert same_day(text, [], None, lambda offset: offset) is None
    assert same_day("Het was een rustige dag.", [], before, lambda offset: offset) is None
