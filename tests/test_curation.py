"""Curation: reviewed corrections, rejections and additions applied to extracted events."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest
from dataset_helpers import SECOND, extract_two, read_letter, write_seeds
from hypothesis import given
from hypothesis import strategies as st
from strategies_events import events

from iraq_events.dataset.curation import (
    Correction,
    CurationPlan,
    Rejection,
    apply_curation,
    read_curation,
)
from iraq_events.dataset.errors import CurationError, DatasetError
from iraq_events.documents.model import Document
from iraq_events.events.model import Curation, Event, EventStatus, EventType, LocationKind


@pytest.fixture
def letter(tmp_path: Path) -> Document:
    return read_letter(write_seeds(tmp_path / "seeds", "doc") / "doc.txt")


def curate(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "curation" / "doc.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_correction_sets_fields_and_marks_the_event(tmp_path: Path, letter: Document) -> None:
    path = curate(
        tmp_path,
        """
[[correct]]
event_id = "doc-attack"
reason = "a targeted strike, not an attack"
set = { event_type = "airstrike", location = { name = "Baghdad", surface = "Bagdad", kind = "city", country = "IRQ" } }
""",  # noqa: E501
    )
    result = apply_curation(extract_two(letter), read_curation(path.parent), [letter])
    election, strike = result.events
    assert election.curation is Curation.EXTRACTED
    assert strike.curation is Curation.CORRECTED
    assert strike.event_type is EventType.AIRSTRIKE
    assert strike.location is not None and strike.location.kind is LocationKind.CITY
    assert strike.event_id == "doc-attack"
    assert strike.source == extract_two(letter)[1].source
    assert result.corrected == 1


def test_rejection_drops_the_event(tmp_path: Path, letter: Document) -> None:
    path = curate(tmp_path, '[[reject]]\nevent_id = "doc-election"\nreason = "not in scope"\n')
    result = apply_curation(extract_two(letter), read_curation(path), [letter])
    assert [event.event_id for event in result.events] == ["doc-attack"]
    assert [entry.reason for entry in result.rejected] == ["not in scope"]


def test_addition_reads_quote_and_date_text_from_the_letter(
    tmp_path: Path, letter: Document
) -> None:
    start = SECOND + 3
    path = curate(
        tmp_path,
        f"""
[[add]]
reason = "the extraction misses the planned follow-up"
event_type = "announcement"
status = "planned"
document_id = "doc"
char_start = {SECOND}
char_end = {len(letter.text) - 1}
date_char_start = {start}
date_char_end = {start + 14}
date_start = 2024-01-04
date_end = 2024-01-04
date_precision = "day"
date_value = "2024-01-04"
actors = [{{ name = "United States", surface = "de VS", role = "initiator", kind = "state", country = "USA" }}]
""",  # noqa: E501
    )
    result = apply_curation(extract_two(letter), read_curation(path), [letter])
    added = result.events[-1]
    assert added.curation is Curation.ADDED
    assert added.status is EventStatus.PLANNED
    assert added.source.quote == letter.sentences[1].text
    assert added.date.text == "4 januari 2024"
    assert added.date_start == datetime.date(2024, 1, 4)
    assert added.source.page == 1
    assert added.method == "curation:doc.toml"
    assert added.event_id.startswith("added-")
    again = apply_curation(extract_two(letter), read_curation(path), [letter]).events[-1]
    assert again.event_id == added.event_id


def test_stale_event_id_fails_loudly_naming_id_and_file(tmp_path: Path, letter: Document) -> None:
    path = curate(
        tmp_path,
        '[[correct]]\nevent_id = "gone"\nreason = "r"\nset = { status = "planned" }\n',
    )
    with pytest.raises(CurationError, match=r"doc\.toml: correction targets event_id 'gone'"):
        apply_curation(extract_two(letter), read_curation(path), [letter])
    path.write_text('[[reject]]\nevent_id = "gone"\nreason = "r"\n', encoding="utf-8")
    with pytest.raises(CurationError, match="rejection targets event_id 'gone'"):
        apply_curation(extract_two(letter), read_curation(path), [letter])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[reject]]\nevent_id = 'x'\n", "'reason' must be a non-empty string"),
        ("[[correct]]\nevent_id = 'x'\nreason = 'r'\n", "'set' must be a table"),
        ("[[correct]]\nevent_id='x'\nreason='r'\nset={colour='red'}\n", "unknown column.*colour"),
        ("[[correct]]\nevent_id='x'\nreason='r'\nset={quote='q'}\n", "quote cannot be set"),
        ("[[add]]\nreason = 'r'\nevent_type = 'attack'\n", "missing status, document_id"),
        ("[[remove]]\nevent_id = 'x'\n", "unknown section.*remove"),
        ("[[reject]\n", "not valid TOML"),
    ],
)
def test_malformed_files_are_named(tmp_path: Path, text: str, problem: str) -> None:
    path = curate(tmp_path, text)
    with pytest.raises(CurationError, match=problem) as caught:
        read_curation(path)
    assert "doc.toml" in str(caught.value)
    assert isinstance(caught.value, DatasetError)


def test_invalid_correction_value_is_named(tmp_path: Path, letter: Document) -> None:
    path = curate(
        tmp_path, '[[correct]]\nevent_id="doc-attack"\nreason="r"\nset={status="rumoured"}\n'
    )
    with pytest.raises(CurationError, match=r"doc\.toml: correction of event 'doc-attack'"):
        apply_curation(extract_two(letter), read_curation(path), [letter])


def test_twice_curated_id_and_bad_addition_span(tmp_path: Path, letter: Document) -> None:
    path = curate(
        tmp_path,
        '[[reject]]\nevent_id="doc-attack"\nreason="r"\n'
        '[[correct]]\nevent_id="doc-attack"\nreason="r"\nset={status="planned"}\n',
    )
    with pytest.raises(CurationError, match="curated twice"):
        apply_curation(extract_two(letter), read_curation(path), [letter])
    path.write_text(
        "[[add]]\nreason='r'\nevent_type='attack'\nstatus='occurred'\ndocument_id='doc'\n"
        "char_start=0\nchar_end=99999\ndate_char_start=3\ndate_char_end=19\n"
        "date_precision='day'\n",
        encoding="utf-8",
    )
    with pytest.raises(CurationError, match=r"span 0\.\.99999 is not inside the letter"):
        apply_curation(extract_two(letter), read_curation(path), [letter])


def test_missing_curation_path(tmp_path: Path) -> None:
    with pytest.raises(CurationError, match="no curation file or folder"):
        read_curation(tmp_path / "nowhere")


@given(
    st.lists(events(), max_size=6, unique_by=lambda event: event.event_id),
    st.data(),
)
def test_rejections_and_corrections_apply_by_id(
    generated: list[Event], data: st.DataObject
) -> None:
    ids = [event.event_id for event in generated]
    rejected = data.draw(st.sets(st.sampled_from(ids)) if ids else st.just(set()))
    kept = [i for i in ids if i not in rejected]
    corrected = data.draw(st.sets(st.sampled_from(kept)) if kept else st.just(set()))
    by_id = {event.event_id: event for event in generated}
    # a status other than the extracted one, since a correction must change something
    new_status = {i: next(s for s in EventStatus if s is not by_id[i].status) for i in corrected}
    plan = CurationPlan(
        rejections=tuple(Rejection(event_id=i, reason="r", file="f") for i in sorted(rejected)),
        corrections=tuple(
            Correction(event_id=i, changes={"status": new_status[i].value}, reason="r", file="f")
            for i in sorted(corrected)
        ),
    )
    result = apply_curation(generated, plan)
    assert [event.event_id for event in result.events] == kept
    for after in result.events:
        before = by_id[after.event_id]
        if before.event_id in corrected:
            expected = attrs.evolve(
                before, status=new_status[before.event_id], curation=Curation.CORRECTED
            )
            assert after == expected
        else:
            assert after == before


def test_correction_that_changes_nothing_is_an_error(tmp_path: Path, letter: Document) -> None:
    path = curate(
        tmp_path, '[[correct]]\nevent_id="doc-attack"\nreason="r"\nset={status="occurred"}\n'
    )
    with pytest.raises(CurationError, match="'doc-attack' changes nothing"):
        apply_curation(extract_two(letter), read_curation(path), [letter])
