"""The Timeline query API: filters, the two window semantics, ordering, relations, grouping."""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies_events import events as generated_events
from strategies_timeline import BAGHDAD, MILITIAS, US, D, make_event, sample_events

from iraq_events import Timeline
from iraq_events.events.model import EventStatus, EventType
from iraq_events.temporal.types import ExpressionKind, Granularity
from iraq_events.timeline import after, before, between, event_interval, relation, sort_key

SAMPLE = sample_events()


def ids(timeline: Timeline) -> list[str]:
    return [event.event_id for event in timeline]


@pytest.fixture
def timeline() -> Timeline:
    return Timeline(SAMPLE.values())


# --- ordering ---------------------------------------------------------------------------------


def test_order_is_chronological_with_open_start_first_and_unresolved_last(
    timeline: Timeline,
) -> None:
    assert ids(timeline) == [
        "until-2024-04",  # open start: minus infinity
        "since-2021-07",  # open-ended and range-like dates sit on their first day
        "period-2023-05-2024-04",
        "storming-2023-07",  # a moment in July 2023: after July's known days, of which none
        "dialogue-2023-08-07-08",
        "strike-2023-11-21",  # known to the day: before the month it falls in ...
        "threat-2023-11",  # ... which sorts on its last day
        "quarter-2023-q4",
        "year-2023",
        "strike-2024-01-04",
        "late-2024-04",
        "from-2024-05",
        "handover-2024-05-24",
        "unresolved",
    ]


@pytest.mark.parametrize("day_of_month", [1, 15, 31])
def test_a_day_precise_event_sorts_before_the_month_it_falls_in(day_of_month: int) -> None:
    month = make_event("may", D(2023, 5, 1), D(2023, 5, 31), granularity=Granularity.MONTH)
    day = make_event("day", D(2023, 5, day_of_month), D(2023, 5, day_of_month), char_start=999)
    year = make_event("year", D(2023, 1, 1), D(2023, 12, 31), granularity=Granularity.YEAR)
    assert ids(Timeline([year, month, day])) == ["day", "may", "year"]


def test_ties_are_broken_by_document_position_then_event_id() -> None:
    a = make_event("b-id", D(2024, 2, 6), D(2024, 2, 6), char_start=10)
    b = make_event("a-id", D(2024, 2, 6), D(2024, 2, 6), char_start=20)
    c = make_event("c-id", D(2024, 2, 6), D(2024, 2, 6), char_start=20)
    assert ids(Timeline([c, b, a])) == ["b-id", "a-id", "c-id"]


@given(st.lists(generated_events(), max_size=12), st.randoms(use_true_random=False))
def test_order_does_not_depend_on_input_order(events: list, random) -> None:  # type: ignore[type-arg,no-untyped-def]
    shuffled = list(events)
    random.shuffle(shuffled)
    assert [sort_key(e) for e in Timeline(events)] == [sort_key(e) for e in Timeline(shuffled)]
    distinct = {e.event_id: e for e in events}.values()
    if len({sort_key(e) for e in distinct}) == len(distinct):
        assert list(Timeline(distinct)) == list(Timeline(reversed(list(distinct))))


@given(st.lists(generated_events(), max_size=12))
def test_order_is_total_and_stable(events: list) -> None:  # type: ignore[type-arg]
    timeline = Timeline(events)
    keys = [sort_key(e) for e in timeline]
    # total: any two keys compare without error, and the sequence never goes down
    assert all(k1 <= k2 for k1, k2 in itertools.pairwise(keys))
    # stable: events with equal keys keep the order they were given in
    for key in set(keys):
        given_order = [i for i, e in enumerate(events) if sort_key(e) == key]
        kept = [e for e in timeline if sort_key(e) == key]
        assert kept == [events[i] for i in given_order]


@given(generated_events(), generated_events())
def test_certain_before_agrees_with_the_order_and_its_mirror(a, b) -> None:  # type: ignore[no-untyped-def]
    assert before(a, b) == after(b, a)
    if before(a, b):
        assert sort_key(a) < sort_key(b)
        assert relation(a, b) == "before" and relation(b, a) == "after"
        assert before(b, a) is False


CONVERSE = {
    "before": "after",
    "after": "before",
    "during": "contains",
    "contains": "during",
    "overlaps": "overlaps",
    "unknown": "unknown",
}


@given(generated_events(), generated_events(), generated_events())
def test_relations_are_converse_and_between_is_consistent(a, b, x) -> None:  # type: ignore[no-untyped-def]
    assert relation(b, a) == CONVERSE[relation(a, b)]
    # certain answers never contradict each other
    assert not (before(a, b) and before(b, a))
    if between(x, a, b):
        assert before(a, b) is True  # x after a and before b puts a certainly before b


@given(generated_events(), st.dates(), st.dates())
def test_certainly_inside_implies_possibly_inside(event, start, end) -> None:  # type: ignore[no-untyped-def]
    start, end = min(start, end), max(start, end)
    timeline = Timeline([event])
    if len(timeline.within(start, end)):
        assert len(timeline.overlapping(start, end)) == 1


# --- date windows -----------------------------------------------------------------------------


def test_month_is_possibly_but_not_certainly_on_or_before_the_15th() -> None:
    may = make_event("may", D(2023, 5, 1), D(2023, 5, 31), granularity=Granularity.MONTH)
    timeline = Timeline([may])
    assert ids(timeline.within(None, D(2023, 5, 15))) == []
    assert ids(timeline.overlapping(None, D(2023, 5, 15))) == ["may"]
    assert ids(timeline.within(D(2023, 5, 1), D(2023, 5, 31))) == ["may"]
    assert ids(timeline.overlapping(D(2023, 6, 1), None)) == []


def test_certain_window_keeps_only_whole_intervals_inside(timeline: Timeline) -> None:
    assert ids(timeline.within("2023-11-01", "2023-12-31")) == [
        "strike-2023-11-21",
        "threat-2023-11",
    ]
    assert ids(timeline.within(D(2023, 1, 1), D(2023, 12, 31))) == [
        "storming-2023-07",
        "dialogue-2023-08-07-08",
        "strike-2023-11-21",
        "threat-2023-11",
        "quarter-2023-q4",
        "year-2023",
    ]


def test_possible_window_keeps_every_overlap_and_open_ends_reach_infinity(
    timeline: Timeline,
) -> None:
    assert ids(timeline.overlapping("2023-11-15", "2023-11-30")) == [
        "until-2024-04",
        "since-2021-07",
        "period-2023-05-2024-04",
        "strike-2023-11-21",
        "threat-2023-11",
        "quarter-2023-q4",
        "year-2023",
    ]
    # "tot en met april 2024" is open at the start, so it reaches back forever ...
    assert "until-2024-04" in ids(timeline.overlapping("1990-01-01", "1990-12-31"))
    # ... and "vanaf mei 2024" forward forever; neither is ever certainly inside a finite window
    assert "from-2024-05" in ids(timeline.overlapping("2090-01-01", "2090-01-02"))
    assert "from-2024-05" not in ids(timeline.within("2024-01-01", "2999-12-31"))
    assert "until-2024-04" not in ids(timeline.within("1000-01-01", "2024-12-31"))


def test_an_unbounded_window_side_accepts_an_open_end_on_that_side(timeline: Timeline) -> None:
    assert "from-2024-05" in ids(timeline.within("2024-05-01", None))
    assert "until-2024-04" in ids(timeline.within(None, "2024-04-30"))
    assert "until-2024-04" not in ids(timeline.within(None, "2024-04-29"))


def test_an_unresolved_date_is_in_no_window(timeline: Timeline) -> None:
    assert "unresolved" not in ids(timeline.overlapping(None, None))
    assert "unresolved" not in ids(timeline.within(None, None))
    assert len(timeline.overlapping(None, None)) == len(timeline) - 1


def test_window_mode_selects_the_semantics_and_rejects_bad_input(timeline: Timeline) -> None:
    assert timeline.window("2023-11-15", "2023-11-30", mode="certain") == timeline.within(
        "2023-11-15", "2023-11-30"
    )
    assert timeline.window("2023-11-15", "2023-11-30", mode="possible") == timeline.overlapping(
        "2023-11-15", "2023-11-30"
    )
    with pytest.raises(ValueError, match="mode"):
        timeline.window(None, None, mode="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="2023-02-30"):
        timeline.within("2023-02-30", None)
    with pytest.raises(ValueError, match="after it ends"):
        timeline.within("2024-01-02", "2024-01-01")


# --- filters ----------------------------------------------------------------------------------


def test_filter_by_type_and_status(timeline: Timeline) -> None:
    assert ids(timeline.filter(event_type="airstrike")) == [
        "strike-2023-11-21",
        "strike-2024-01-04",
    ]
    assert ids(timeline.filter(event_type=[EventType.HANDOVER, "protest"])) == [
        "storming-2023-07",
        "handover-2024-05-24",
    ]
    assert ids(timeline.filter(status=EventStatus.PLANNED)) == ["handover-2024-05-24"]
    with pytest.raises(ValueError, match="bombing"):
        timeline.filter(event_type="bombing")
    with pytest.raises(ValueError, match="unknown status"):
        timeline.filter(status="happened")


def test_filter_by_actor_name_or_surface_any_case(timeline: Timeline) -> None:
    strikes = ["strike-2023-11-21", "strike-2024-01-04"]
    assert ids(timeline.filter(actor="united states")) == strikes
    assert ids(timeline.filter(actor="DE VS")) == strikes
    assert ids(timeline.filter(actor=["Iran-aligned militias"])) == strikes
    assert ids(timeline.filter(actor="Iran")) == []
    # an alias from the actor lexicon finds the canonical name
    assert ids(timeline.filter(actor="Verenigde Staten")) == strikes
    assert ids(timeline.filter(actor="verenigde staten")) == strikes


def test_filter_by_country_location_and_document() -> None:
    in_doc_b = make_event("b", D(2024, 2, 6), D(2024, 2, 6), document_id="doc-b", location=BAGHDAD)
    usa = make_event("u", D(2024, 2, 7), D(2024, 2, 7), actors=(US, MILITIAS))
    timeline = Timeline([in_doc_b, usa])
    assert ids(timeline.filter(country="irq")) == ["b"]
    assert ids(timeline.filter(country=["USA", "IRQ"])) == ["b", "u"]
    assert ids(timeline.filter(location="bagdad")) == ["b"]
    assert ids(timeline.filter(location="Baghdad", country="USA")) == []
    assert ids(timeline.filter(document="doc-b")) == ["b"]
    assert ids(timeline.filter(document=["doc-a", "doc-b"])) == ["b", "u"]


def test_queries_return_new_timelines_and_leave_the_original_alone(timeline: Timeline) -> None:
    before_query = list(timeline)
    strikes = timeline.filter(event_type="airstrike")
    assert isinstance(strikes, Timeline) and strikes is not timeline
    assert list(timeline) == before_query
    assert isinstance(timeline[1:3], Timeline) and len(timeline[1:3]) == 2
    assert timeline[0].event_id == "until-2024-04"


# --- relations --------------------------------------------------------------------------------


def test_a_month_and_a_day_inside_it_have_no_certain_order() -> None:
    may = make_event("may", D(2023, 5, 1), D(2023, 5, 31), granularity=Granularity.MONTH)
    mid_may = make_event("15may", D(2023, 5, 15), D(2023, 5, 15))
    assert before(may, mid_may) is None and after(may, mid_may) is None
    assert relation(may, mid_may) == "unknown"
    assert relation(mid_may, may) == "unknown"


def test_certain_relations() -> None:
    s = SAMPLE
    assert before(s["strike-2023-11-21"], s["strike-2024-01-04"]) is True
    assert after(s["strike-2023-11-21"], s["strike-2024-01-04"]) is False
    assert relation(s["strike-2023-11-21"], s["strike-2024-01-04"]) == "before"
    assert relation(s["handover-2024-05-24"], s["strike-2023-11-21"]) == "after"
    # a strike on one day lies during the reporting period (a range) ...
    assert relation(s["strike-2023-11-21"], s["period-2023-05-2024-04"]) == "during"
    assert relation(s["period-2023-05-2024-04"], s["strike-2023-11-21"]) == "contains"
    # ... but a moment somewhere in 2023 is not known to fall during a day-precise event
    assert relation(s["strike-2023-11-21"], s["year-2023"]) == "unknown"
    # two ranges that share days without one containing the other
    assert relation(s["since-2021-07"], s["from-2024-05"]) == "overlaps"
    same_day = make_event("same", D(2023, 11, 21), D(2023, 11, 21))
    assert relation(same_day, s["strike-2023-11-21"]) == "overlaps"
    assert before(same_day, s["strike-2023-11-21"]) is False


def test_open_ends_give_certain_answers_only_on_their_closed_side() -> None:
    s = SAMPLE
    assert before(s["until-2024-04"], s["handover-2024-05-24"]) is True
    assert before(s["strike-2023-11-21"], s["from-2024-05"]) is True
    assert before(s["from-2024-05"], s["handover-2024-05-24"]) is None
    assert after(s["from-2024-05"], s["until-2024-04"]) is True


def test_unresolved_dates_relate_to_nothing() -> None:
    s = SAMPLE
    assert before(s["unresolved"], s["strike-2023-11-21"]) is None
    assert relation(s["strike-2023-11-21"], s["unresolved"]) == "unknown"
    assert event_interval(s["unresolved"]) is None


def test_between_is_three_valued() -> None:
    s = SAMPLE
    first, last = s["strike-2023-11-21"], s["handover-2024-05-24"]
    assert between(s["strike-2024-01-04"], first, last) is True
    assert between(s["storming-2023-07"], first, last) is False
    assert between(s["late-2024-04"], first, last) is True
    assert between(s["year-2023"], first, last) is None  # late December 2023 would be
    assert between(s["threat-2023-11"], first, last) is None  # November vs 21 November
    assert between(s["unresolved"], first, last) is None


def test_timeline_relation_queries(timeline: Timeline) -> None:
    tower = make_event("tower", D(2024, 1, 28), D(2024, 1, 28))
    assert ids(timeline.after(tower)) == [
        "late-2024-04",
        "from-2024-05",
        "handover-2024-05-24",
    ]
    possibly_after = ids(timeline.after(tower, mode="possible"))
    assert "since-2021-07" in possibly_after and "strike-2024-01-04" not in possibly_after
    assert ids(timeline.before(SAMPLE["storming-2023-07"])) == []
    with pytest.raises(ValueError, match="maybe"):
        timeline.after(tower, mode="maybe")  # type: ignore[arg-type]
    assert ids(timeline.between(SAMPLE["strike-2023-11-21"], SAMPLE["handover-2024-05-24"])) == [
        "strike-2024-01-04",
        "late-2024-04",
    ]


# --- grouping and frames ----------------------------------------------------------------------


def test_group_by_month_quarter_year(timeline: Timeline) -> None:
    by_quarter = timeline.group_by("quarter")
    assert list(by_quarter) == [
        "2021-Q3",
        "2023-Q1",
        "2023-Q2",
        "2023-Q3",
        "2023-Q4",
        "2024-Q1",
        "2024-Q2",
        "undated",
    ]
    assert ids(by_quarter["2023-Q4"]) == ["strike-2023-11-21", "threat-2023-11", "quarter-2023-q4"]
    assert ids(by_quarter["undated"]) == ["until-2024-04", "unresolved"]
    assert list(timeline.group_by("year")) == ["2021", "2023", "2024", "undated"]
    assert ids(timeline.group_by("month")["2023-11"]) == ["strike-2023-11-21", "threat-2023-11"]
    assert sum(len(group) for group in by_quarter.values()) == len(timeline)
    with pytest.raises(ValueError, match="week"):
        timeline.group_by("week")  # type: ignore[arg-type]


def test_to_frame_has_the_dataset_columns_in_timeline_order(timeline: Timeline) -> None:
    pytest.importorskip("iraq_events.dataset")
    frame = timeline.to_frame()
    assert list(frame["event_id"]) == ids(timeline)
    for column in ("event_type", "date_start", "date_end", "date_precision", "status"):
        assert column in frame.columns
    row = frame.set_index("event_id").loc["from-2024-05"]
    assert row["date_start"] == datetime.date(2024, 5, 1)


def test_empty_timeline() -> None:
    empty = Timeline()
    assert len(empty) == 0 and empty.group_by("year") == {} and empty.span is None
    assert empty.within("2020-01-01", "2020-12-31") == empty


def test_span_and_documents(timeline: Timeline) -> None:
    assert timeline.span == (D(2021, 7, 1), D(2024, 5, 24))
    assert timeline.document_ids == ("doc-a",)


def test_durations_without_bounds_are_undated() -> None:
    duration = make_event("dur", None, None, kind=ExpressionKind.DURATION)
    assert event_interval(duration) is None
    assert ids(Timeline([duration]).overlapping(None, None)) == []


def test_location_filter_knows_the_gazetteer_aliases() -> None:
    from iraq_events.events.model import Location, LocationKind

    capital = Location(
        name="Baghdad", surface="de Iraakse hoofdstad", kind=LocationKind.CITY, country="IRQ"
    )
    event = make_event("c", D(2024, 2, 7), D(2024, 2, 7), location=capital)
    assert ids(Timeline([event]).filter(location="Bagdad")) == ["c"]
    assert ids(Timeline([event]).filter(location="Erbil")) == []


def test_a_window_bound_that_is_not_a_date_says_what_it_needs(timeline: Timeline) -> None:
    with pytest.raises(TypeError, match=r"start must be a datetime\.date or a YYYY-MM-DD string"):
        timeline.within(20240101, None)  # type: ignore[arg-type]


def test_a_country_that_is_not_an_alpha3_code_is_refused(timeline: Timeline) -> None:
    with pytest.raises(ValueError, match="alpha-3"):
        timeline.filter(country="xx")
    assert len(timeline.filter(country="usa")) == len(timeline.filter(country="USA"))
