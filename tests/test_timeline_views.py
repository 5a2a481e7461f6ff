"""The views: dates as written, the terminal rows, the chart's artists, TimelineJS JSON."""

from __future__ import annotations

import datetime
import json
import sys
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies_events import events as generated_events
from strategies_timeline import D, make_event, sample_events

from iraq_events import Timeline
from iraq_events.events.model import EventStatus, EventType
from iraq_events.temporal.types import ExpressionKind, Granularity, Mod
from iraq_events.views.labels import date_label, headline, interval_label, source_label
from iraq_events.views.terminal import TABLE_COLUMNS, table_records
from iraq_events.views.timelinejs import date_parts, to_timelinejs

SAMPLE = sample_events()

# --- dates as written -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (D(2024, 2, 6), D(2024, 2, 6), "2024-02-06"),
        (D(2023, 11, 1), D(2023, 11, 30), "2023-11"),
        (D(2024, 2, 1), D(2024, 2, 29), "2024-02"),
        (D(2023, 10, 1), D(2023, 12, 31), "2023-Q4"),
        (D(2024, 7, 1), D(2024, 12, 31), "2024-H2"),
        (D(2023, 6, 1), D(2023, 8, 31), "2023-SU"),
        (D(2023, 12, 1), D(2024, 2, 29), "2023-WI"),
        (D(2023, 1, 1), D(2023, 12, 31), "2023"),
        (D(2024, 1, 29), D(2024, 2, 4), "2024-W05"),
        (D(2023, 5, 1), D(2024, 4, 30), "2023-05/2024-04"),
        (D(2023, 1, 1), D(2027, 12, 31), "2023/2027"),
        (D(2023, 8, 7), D(2023, 8, 8), "2023-08-07/2023-08-08"),
        (D(2021, 7, 1), D(2024, 5, 15), "2021-07-01/2024-05-15"),
        (D(2024, 5, 1), None, "2024-05-01/.."),
        (None, D(2024, 4, 30), "../2024-04-30"),
        (None, None, "?"),
    ],
)
def test_interval_label(
    low: datetime.date | None, high: datetime.date | None, expected: str
) -> None:
    assert interval_label(low, high) == expected


def test_date_label_uses_the_expression_precision_modifier_and_status() -> None:
    labels = {key: date_label(event) for key, event in SAMPLE.items()}
    assert labels["from-2024-05"] == "2024-05/.."
    assert labels["until-2024-04"] == "../2024-04"
    assert labels["since-2021-07"] == "2021-07-01/2024-05-15"
    assert labels["late-2024-04"] == "late 2024-04"
    assert labels["storming-2023-07"] == "2023-07"
    assert labels["unresolved"] == "? (op 31 januari)"
    rows = {row["date"] for row in table_records(Timeline(SAMPLE.values()))}
    assert "2024-05-24 (planned)" in rows and "2023-11-21" in rows
    approx = make_event(
        "a", D(2023, 5, 1), D(2023, 5, 31), granularity=Granularity.MONTH, mod=Mod.APPROX
    )
    assert date_label(approx) == "~2023-05"


@given(generated_events())
def test_every_event_gets_a_one_line_date_label(event) -> None:  # type: ignore[no-untyped-def]
    label = date_label(event)
    assert label and "\n" not in label.replace(event.date.text, "")


def test_headline_and_source() -> None:
    strike = SAMPLE["strike-2024-01-04"]
    assert headline(strike) == "Airstrike by United States on Iran-aligned militias in Baghdad"
    assert headline(strike, with_type=False) == "United States on Iran-aligned militias in Baghdad"
    assert source_label(SAMPLE["strike-2023-11-21"]) == "doc-a p.3; kst-27925-943"


def test_table_records_are_in_timeline_order_with_the_table_columns() -> None:
    records = table_records(Timeline(SAMPLE.values()).filter(event_type="airstrike"))
    assert [tuple(r) for r in records] == [TABLE_COLUMNS, TABLE_COLUMNS]
    assert [r["date"] for r in records] == ["2023-11-21", "2024-01-04"]
    assert records[0]["source"] == "doc-a p.3; kst-27925-943"


# --- TimelineJS -------------------------------------------------------------------------------


def _validate_timelinejs(document: dict) -> None:  # type: ignore[type-arg]
    """The fields TimelineJS reads, with the types it expects."""
    assert set(document) == {"title", "events"}
    assert set(document["title"]["text"]) == {"headline", "text"}
    unique = [slide["unique_id"] for slide in document["events"]]
    assert len(unique) == len(set(unique))
    for slide in document["events"]:
        assert set(slide) <= {
            "start_date",
            "end_date",
            "display_date",
            "text",
            "group",
            "unique_id",
        }
        for key in ("start_date", "end_date"):
            if key in slide:
                parts = slide[key]
                assert "year" in parts and set(parts) <= {"year", "month", "day"}
                assert all(isinstance(value, int) for value in parts.values())
                # a day only with a month: TimelineJS reads the parts coarse to fine
                assert "day" not in parts or "month" in parts
                datetime.date(parts["year"], parts.get("month", 1), parts.get("day", 1))
        assert set(slide["text"]) == {"headline", "text"}
        assert slide["group"] in {member.value for member in EventType}


def test_timelinejs_keeps_each_event_at_its_real_precision() -> None:
    document = to_timelinejs(Timeline(SAMPLE.values()), title="Irak")
    _validate_timelinejs(document)
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert "unresolved" not in slides and len(slides) == len(SAMPLE) - 1
    assert slides["strike-2023-11-21"]["start_date"] == {"year": 2023, "month": 11, "day": 21}
    assert "end_date" not in slides["strike-2023-11-21"]
    assert slides["storming-2023-07"]["start_date"] == {"year": 2023, "month": 7}
    assert "end_date" not in slides["storming-2023-07"]
    assert slides["year-2023"]["start_date"] == {"year": 2023}
    assert slides["quarter-2023-q4"]["start_date"] == {"year": 2023, "month": 10}
    assert slides["quarter-2023-q4"]["end_date"] == {"year": 2023, "month": 12}
    assert slides["period-2023-05-2024-04"]["end_date"] == {"year": 2024, "month": 4}
    assert slides["dialogue-2023-08-07-08"]["end_date"] == {"year": 2023, "month": 8, "day": 8}
    assert slides["from-2024-05"]["start_date"] == {"year": 2024, "month": 5}
    assert "Open-ended" in slides["from-2024-05"]["text"]["text"]
    assert slides["until-2024-04"]["start_date"] == {"year": 2024, "month": 4}
    assert slides["handover-2024-05-24"]["display_date"] == "2024-05-24 (planned)"
    assert slides["strike-2023-11-21"]["group"] == "airstrike"
    assert [s["unique_id"] for s in document["events"]] == [
        e.event_id for e in Timeline(SAMPLE.values()) if e.event_id != "unresolved"
    ]
    assert document["title"]["text"]["headline"] == "Irak"


def test_timelinejs_body_has_the_dutch_quote_and_the_citation() -> None:
    event = make_event(
        "s",
        D(2023, 11, 21),
        D(2023, 11, 21),
        quote="De VS reageerden op 21 november 2023 met luchtaanvallen <op> milities.",
        citations=("kst-27925-943",),
    )
    body = to_timelinejs(Timeline([event]))["events"][0]["text"]["text"]
    assert "De VS reageerden op 21 november 2023 met luchtaanvallen &lt;op&gt; milities." in body
    assert "doc-a" in body and "page 3" in body and "kst-27925-943" in body
    json.dumps(body)


@given(st.dates(), st.dates())
def test_timelinejs_parts_never_claim_more_precision_than_the_interval(
    a: datetime.date, b: datetime.date
) -> None:
    low, high = min(a, b), max(a, b)
    start, end = date_parts(low, high)
    end = end or start
    # the parts name a span that starts on low and ends on high
    first = datetime.date(start["year"], start.get("month", 1), start.get("day", 1))
    assert first == low
    last_month = end.get("month", 12)
    next_month = datetime.date(end["year"] + last_month // 12, last_month % 12 + 1, 1)
    last = (
        datetime.date(end["year"], last_month, end["day"])
        if "day" in end
        else next_month - datetime.timedelta(days=1)
    )
    assert last == high


# --- the chart --------------------------------------------------------------------------------


def _artists(figure):  # type: ignore[no-untyped-def]
    axes = figure.axes[0]
    found: Counter[tuple[str, str]] = Counter()
    by_gid = {}
    for artist in [*axes.lines, *axes.patches, *axes.texts]:
        gid = artist.get_gid()
        if gid:
            shape, lane, event_id = gid.split("|")
            found[(shape, lane)] += 1
            by_gid[(shape, event_id)] = artist
    return found, by_gid


def test_chart_draws_points_bars_fades_and_hollow_planned_events() -> None:
    from matplotlib.colors import to_rgba

    from iraq_events.views.chart import draw_timeline

    figure = draw_timeline(Timeline(SAMPLE.values()), title="Test chart")
    found, by_gid = _artists(figure)
    assert found[("point", "airstrike")] == 2 and found[("bar", "airstrike")] == 0
    assert found[("point", "handover")] == 1
    assert found[("bar", "protest")] == 1 and found[("point", "protest")] == 0
    assert found[("bar", "other")] == 3  # the quarter, "sinds juli 2021", "eind april 2024"
    assert found[("bar", "meeting")] == 1  # a two-day range is a bar
    # open intervals: a solid part, then fading steps with falling alpha, then an arrowhead
    assert found[("fade", "deployment")] == 20 and found[("arrow", "deployment")] == 2
    fades = [a for a in figure.axes[0].patches if a.get_gid() == "fade|deployment|from-2024-05"]
    alphas = [patch.get_alpha() for patch in sorted(fades, key=lambda p: p.get_x())]
    assert alphas == sorted(alphas, reverse=True) and alphas[0] > alphas[-1]
    assert max(p.get_x() + p.get_width() for p in fades) == pytest.approx(
        figure.axes[0].get_xlim()[1]
    )
    # planned is hollow, occurred is filled
    assert by_gid[("point", "handover-2024-05-24")].get_markerfacecolor() == "none"
    assert by_gid[("point", "strike-2023-11-21")].get_markerfacecolor() != "none"
    assert to_rgba(by_gid[("bar", "storming-2023-07")].get_facecolor())[3] > 0
    # every placed event has a label; the unresolved one is counted in a note instead
    assert sum(n for (shape, _), n in found.items() if shape == "label") == len(SAMPLE) - 1
    assert any("1 event(s) with an unresolved date" in t.get_text() for t in figure.texts)
    assert figure.get_suptitle() == "Test chart"
    assert figure.legends and "airstrike" in [t.get_text() for t in figure.legends[0].texts]


def test_planned_bar_is_hollow() -> None:
    from iraq_events.views.chart import draw_timeline

    planned_month = make_event(
        "p",
        D(2024, 9, 1),
        D(2024, 9, 30),
        granularity=Granularity.MONTH,
        status=EventStatus.PLANNED,
        event_type=EventType.VISIT,
    )
    _, by_gid = _artists(draw_timeline(Timeline([planned_month])))
    assert by_gid[("bar", "p")].get_facecolor()[3] == 0  # "none" is transparent


def test_chart_by_actor_has_one_lane_per_main_actor() -> None:
    from iraq_events.views.chart import plan_lanes

    lanes, items, _, unplaced, _ = plan_lanes(Timeline(SAMPLE.values()), by="actor")
    assert lanes[0] == "United States" and lanes[-1] == "(no actor)"
    assert {i.event.event_id for i in items if i.lane == "United States"} == {
        "strike-2023-11-21",
        "strike-2024-01-04",
    }
    assert unplaced == 1


def test_labels_in_a_lane_never_overlap() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from iraq_events.views.chart import draw_timeline

    crowded = [
        make_event(
            f"e{i}",
            D(2024, 1, 1) + datetime.timedelta(days=i),
            None if i == 3 else D(2024, 1, 1) + datetime.timedelta(days=i + (i % 4) * 20),
            kind=ExpressionKind.RANGE,
            event_type=EventType.ATTACK,
            char_start=i,
        )
        for i in range(25)
    ]
    figure = draw_timeline(Timeline(crowded))
    renderer = FigureCanvasAgg(figure).get_renderer()
    boxes = [t.get_window_extent(renderer) for t in figure.axes[0].texts]
    assert len(boxes) == 25
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), "two labels overlap"


def test_chart_is_not_registered_with_pyplot(tmp_path: Path) -> None:
    from iraq_events.views.chart import save_chart

    pyplot_loaded = "matplotlib.pyplot" in sys.modules
    written = save_chart(Timeline(SAMPLE.values()), tmp_path / "t.svg")
    assert written.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    if not pyplot_loaded:
        assert "matplotlib.pyplot" not in sys.modules
    png = save_chart(Timeline(SAMPLE.values()), tmp_path / "t.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValueError, match=r"\.gif"):
        save_chart(Timeline(SAMPLE.values()), tmp_path / "t.gif")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.png", "t.svg"]


def test_letters_title() -> None:
    from iraq_events.views.labels import LetterHeading, letters_title

    seed = LetterHeading(
        D(2024, 5, 15),
        "Eerste Kamer der Staten-Generaal",
        "27 925",
        "Bestrijding internationaal terrorisme",
    )
    assert letters_title([seed]) == (
        "Events reported in the letter of 2024-05-15 to the Eerste Kamer der Staten-Generaal"
        " — 27 925 Bestrijding internationaal terrorisme"
    )
    older = LetterHeading(D(2023, 11, 20), None, None, None)
    assert letters_title([seed, older]) == ("Events reported in 2 letters, 2023-11-20 – 2024-05-15")
    assert letters_title([LetterHeading(None, None, None, None)]) == (
        "Events reported in the letter"
    )
    assert letters_title([]) is None


def test_a_part_of_a_period_that_is_not_one_unit_shows_its_interval() -> None:
    odd = make_event("odd", None, D(2024, 4, 30), granularity=Granularity.MONTH, mod=Mod.END)
    assert date_label(odd) == "../2024-04"
    # "het einde van de rapportageperiode" (mei 2023 t/m april 2024): four months, not January
    end_of_period = make_event(
        "end", D(2024, 1, 1), D(2024, 4, 30), granularity=Granularity.MONTH, mod=Mod.END
    )
    assert date_label(end_of_period) == "2024-01/2024-04"
    early_2024 = make_event(
        "early", D(2024, 1, 1), D(2024, 4, 30), granularity=Granularity.YEAR, mod=Mod.START
    )
    assert date_label(early_2024) == "early 2024"
    mid_may = make_event(
        "mid", D(2024, 5, 11), D(2024, 5, 20), granularity=Granularity.MONTH, mod=Mod.MID
    )
    assert date_label(mid_may) == "mid 2024-05"


@given(st.lists(generated_events(), max_size=8))
def test_text_views_accept_any_valid_events(events: list) -> None:  # type: ignore[type-arg]
    timeline = Timeline(events)
    assert len(table_records(timeline)) == len(events)
    _validate_timelinejs(to_timelinejs(timeline))


def _plain_words(event):  # type: ignore[no-untyped-def]
    # font fallback for arbitrary Unicode is slow and says nothing about the layout
    return attrs.evolve(event, actors=(), location=None, date=attrs.evolve(event.date, text="date"))


@given(st.lists(generated_events().map(_plain_words), max_size=8))
def test_chart_layout_places_any_valid_events_inside_the_plot(events: list) -> None:  # type: ignore[type-arg]
    from iraq_events.views.chart import plan_lanes

    lanes, items, (left, right), unplaced, scale = plan_lanes(Timeline(events))
    assert len(items) + unplaced == len(events)
    assert all(left <= item.start <= item.end <= right for item in items)
    assert all(scale.at(item.start) <= scale.at(item.end) for item in items)
    assert {item.lane for item in items} == set(lanes)


def test_dollar_signs_in_names_are_text_not_tex(tmp_path: Path) -> None:
    from iraq_events.events.model import Actor, ActorKind, ActorRole
    from iraq_events.views.chart import save_chart

    payer = Actor(
        name=r"$\nocommand{x}$", surface="$", role=ActorRole.INITIATOR, kind=ActorKind.STATE
    )
    event = make_event("m", D(2024, 1, 1), D(2024, 1, 1), actors=(payer,))
    path = save_chart(Timeline([event]), tmp_path / "m.png", title=r"cost $\nocommand$")
    assert save_chart(Timeline([event]), tmp_path / "a.png", by="actor").stat().st_size > 0
    assert path.stat().st_size > 0


def test_a_long_empty_stretch_is_shortened_and_marked() -> None:
    from iraq_events.views.chart import draw_timeline, plan_lanes

    founded = make_event("f", D(2017, 1, 1), D(2017, 12, 31), granularity=Granularity.YEAR)
    recent = [
        make_event(f"r{i}", D(2023, 5, 1 + i), D(2023, 5, 1 + i), char_start=i) for i in range(5)
    ]
    timeline = Timeline([founded, *recent])
    *_, scale = plan_lanes(timeline)
    assert len(scale.gaps) == 1
    low, high = scale.gaps[0]
    assert D(2018, 1, 1) < num2date(low).date() < num2date(high).date() < D(2023, 5, 1)
    # the empty years take less room than one real year does
    assert scale.at(high) - scale.at(low) < 365 / 2
    # everywhere else a day is a day: 2023 keeps its proportions
    day = _day(D(2023, 5, 3))
    assert scale.at(day + 10) - scale.at(day) == pytest.approx(10)
    axes = draw_timeline(timeline).axes[0]
    assert [t.get_text() for t in axes.xaxis.get_minorticklabels()] == ["≈5 years"]
    major = [t.get_text() for t in axes.xaxis.get_majorticklabels()]
    assert "2017" in major and "Apr\n2023" in major
    assert not any("2020" in label for label in major)


def num2date(day: float):  # type: ignore[no-untyped-def]
    from matplotlib.dates import num2date as convert

    return convert(day)


def _day(day: datetime.date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(day))


def test_headline_roles_and_omitted_lane_actor() -> None:
    from iraq_events.events.model import Actor, ActorKind, ActorRole

    spain = Actor(name="Spain", surface="Spaanse", role=ActorRole.INITIATOR, kind=ActorKind.STATE)
    dutch = Actor(
        name="Netherlands", surface="Nederlandse", role=ActorRole.TARGET, kind=ActorKind.STATE
    )
    handover = make_event(
        "h", D(2024, 5, 24), D(2024, 5, 24), event_type=EventType.HANDOVER, actors=(spain, dutch)
    )
    assert headline(handover) == "Handover by Spain to Netherlands"
    assert headline(handover, omit=("Spain",)) == "Handover to Netherlands"
    pm = Actor(name="al-Sudani", surface="Premier", role=ActorRole.INITIATOR, kind=ActorKind.PERSON)
    host = attrs.evolve(dutch, role=ActorRole.HOST)
    visit = make_event(
        "v", D(2024, 2, 14), D(2024, 2, 14), event_type=EventType.VISIT, actors=(pm, host)
    )
    assert headline(visit, with_type=False) == "al-Sudani hosted by Netherlands"
    lonely = make_event(
        "l",
        D(2024, 4, 27),
        D(2024, 4, 27),
        event_type=EventType.LEGISLATION,
        quote="Op 27 april jl. zijn wetswijzigingen aangenomen.",
    )
    assert headline(lonely) == "Legislation — Op 27 april jl. zijn wetswijzigingen aangenomen."
    assert headline(lonely, with_type=False) == "Op 27 april jl. zijn wetswijzigingen aangenomen."
