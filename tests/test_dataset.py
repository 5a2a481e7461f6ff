"""The Parquet contract: exact round trips, explicit schema, atomic writes, clear errors."""

from __future__ import annotations

import datetime
import enum
import json
import os
import stat
from pathlib import Path

import attrs
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies_events import events, temporal_expressions

import iraq_events
from iraq_events.dataset import DatasetError, read_events, to_dataframe, write_parquet
from iraq_events.dataset import parquet as parquet_module
from iraq_events.dataset.convert import event_to_row, row_to_event
from iraq_events.dataset.schema import (
    EVENTS,
    METADATA_SCHEMA_VERSION,
    SCHEMA_VERSION,
    TABLES,
    arrow_schema,
)
from iraq_events.errors import IraqEventsError
from iraq_events.events.model import (
    Actor,
    ActorKind,
    ActorRole,
    Event,
    EventStatus,
    EventType,
    Location,
    LocationKind,
    Quantity,
    Source,
)
from iraq_events.temporal.types import (
    Anchoring,
    ExpressionKind,
    Granularity,
    Mod,
    TemporalExpression,
)

SENTENCE = "Op 28 januari 2024 kwamen twee Amerikaanse militairen om het leven."


def make_event(event_id: str = "evt-1", **changes: object) -> Event:
    date = TemporalExpression(
        text="28 januari 2024",
        start=3,
        end=18,
        kind=ExpressionKind.DATE,
        granularity=Granularity.DAY,
        earliest=datetime.date(2024, 1, 28),
        latest=datetime.date(2024, 1, 28),
        value="2024-01-28",
        rule="day_month_year",
    )
    source = Source(
        document_id="doc-a",
        page=4,
        quote=SENTENCE,
        char_start=100,
        char_end=100 + len(SENTENCE),
        date_char_start=103,
        date_char_end=118,
        citations=("kst-27925-943",),
    )
    event = Event(
        event_id=event_id,
        event_type=EventType.ATTACK,
        date=date,
        status=EventStatus.OCCURRED,
        source=source,
        actors=(
            Actor(
                name="United States",
                surface="Amerikaanse militairen",
                role=ActorRole.TARGET,
                kind=ActorKind.STATE,
                country="USA",
            ),
        ),
        location=Location(name="Tower 22", surface="Tower 22", kind=LocationKind.BASE,
                          country="JOR"),
        quantities=(Quantity(name="fatalities", value=2, unit="persons"),),
        fatalities_low=2,
        fatalities_best=2,
        fatalities_high=2,
        subtype="drone",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Air/drone strike",
        mentions=(source,),
        method="trigger:attack/droneaanval",
    )  # fmt: skip
    return attrs.evolve(event, **changes)


@given(st.lists(events(), max_size=5))
def test_write_then_read_gives_the_same_events(tmp_path_factory: pytest.TempPathFactory,
                                               generated: list[Event]) -> None:  # fmt: skip
    path = tmp_path_factory.mktemp("roundtrip") / "events.parquet"
    assert read_events(write_parquet(generated, path)) == generated


@given(events())
def test_row_conversion_is_exact(event: Event) -> None:
    assert row_to_event(event_to_row(event)) == event


def test_every_model_field_has_a_column() -> None:
    paths = {column.path for column in EVENTS}
    for field in attrs.fields(Event):
        if field.name in ("date", "source"):
            continue
        assert (field.name,) in paths
    for field in attrs.fields(TemporalExpression):
        assert ("date", field.name) in paths
    for field in attrs.fields(Source):
        assert ("source", field.name) in paths


def test_schema_has_the_issue_columns_and_types(tmp_path: Path) -> None:
    schema = pq.read_schema(write_parquet([make_event()], tmp_path / "e.parquet"))
    assert pa.types.is_dictionary(schema.field("event_type").type)
    assert pa.types.is_dictionary(schema.field("status").type)
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("date_end").type == pa.date32()
    actor = schema.field("actors").type.value_type
    assert [actor.field(i).name for i in range(actor.num_fields)] == [
        "name", "surface", "role", "kind", "country",
    ]  # fmt: skip
    location = schema.field("location").type
    assert [location.field(i).name for i in range(location.num_fields)] == [
        "name", "surface", "kind", "country", "latitude", "longitude",
    ]  # fmt: skip
    assert schema.field("citations").type == pa.list_(pa.string())
    metadata = schema.metadata
    assert metadata[METADATA_SCHEMA_VERSION.encode()] == SCHEMA_VERSION.encode()
    assert metadata[b"iraq_events.library_version"] == iraq_events.__version__.encode()
    assert json.loads(metadata[b"iraq_events.documents"]) == [
        {"document_id": "doc-a", "sha256": None}
    ]
    assert all(field.metadata[b"description"] for field in schema)


def test_document_hashes_are_recorded(tmp_path: Path) -> None:
    path = write_parquet([make_event()], tmp_path / "e.parquet", documents=[("doc-a", "ab12")])
    documents = json.loads(pq.read_schema(path).metadata[b"iraq_events.documents"])
    assert documents == [{"document_id": "doc-a", "sha256": "ab12"}]


def test_same_events_give_the_same_bytes(tmp_path: Path) -> None:
    events_ = [make_event("b"), make_event("a")]
    first = write_parquet(events_, tmp_path / "one.parquet").read_bytes()
    second = write_parquet(events_, tmp_path / "two.parquet").read_bytes()
    assert first == second


def test_empty_list_writes_the_full_schema(tmp_path: Path) -> None:
    path = write_parquet([], tmp_path / "empty.parquet")
    table = pq.read_table(path)
    assert table.num_rows == 0
    assert table.schema.equals(arrow_schema("events"), check_metadata=False)
    assert read_events(path) == []
    frame = pd.read_parquet(path)
    assert list(frame.columns) == [column.name for column in EVENTS]
    assert isinstance(frame["event_type"].dtype, pd.CategoricalDtype)


def test_missing_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "events.parquet"
    write_parquet([make_event()], path)
    assert read_events(path) == [make_event()]


def test_read_only_file_is_refused_and_kept(tmp_path: Path) -> None:
    path = write_parquet([make_event("old")], tmp_path / "events.parquet")
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(DatasetError, match="read-only"):
            write_parquet([make_event("new")], path)
        assert path.read_bytes() == before
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert os.listdir(tmp_path) == ["events.parquet"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_parquet([make_event("old")], tmp_path / "events.parquet")
    before = path.read_bytes()

    def half_write(table: pa.Table, where: object, **options: object) -> None:
        where.write(b"PAR1 half")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(parquet_module.pq, "write_table", half_write)
    with pytest.raises(DatasetError, match="No space left"):
        write_parquet([make_event("new")], path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["events.parquet"]


def test_unstorable_event_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="events"):
        write_parquet([make_event(fatalities_best=2**70)], tmp_path / "e.parquet")
    assert not (tmp_path / "e.parquet").exists()


def _rewrite(path: Path, table: pa.Table) -> None:
    pq.write_table(table, path)


def test_other_schema_version_is_named(tmp_path: Path) -> None:
    path = write_parquet([make_event()], tmp_path / "e.parquet")
    table = pq.read_table(path)
    metadata = dict(table.schema.metadata)
    metadata[METADATA_SCHEMA_VERSION.encode()] = b"0"
    _rewrite(path, table.replace_schema_metadata(metadata))
    with pytest.raises(DatasetError, match=f"schema_version 0 .* schema_version {SCHEMA_VERSION}"):
        read_events(path)


def test_missing_columns_are_named(tmp_path: Path) -> None:
    path = write_parquet([make_event()], tmp_path / "e.parquet")
    table = pq.read_table(path).drop_columns(["quote", "status"])
    _rewrite(path, table)
    with pytest.raises(DatasetError, match="status, quote"):
        read_events(path)


def test_changed_column_type_is_named(tmp_path: Path) -> None:
    path = write_parquet([make_event()], tmp_path / "e.parquet")
    table = pq.read_table(path)
    index = table.schema.get_field_index("page")
    table = table.set_column(index, "page", table["page"].cast(pa.string()))
    _rewrite(path, table)
    with pytest.raises(DatasetError, match="'page' has type string, expected int32"):
        read_events(path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"", "as Parquet"), (b"not parquet at all", "as Parquet")],
)
def test_bad_files_are_clear_errors(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "e.parquet"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DatasetError, match=problem) as caught:
        read_events(path)
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, IraqEventsError)


def test_foreign_parquet_and_other_table_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "foreign.parquet"
    pq.write_table(pa.table({"a": [1]}), path)
    with pytest.raises(DatasetError, match="not an iraq-events table"):
        read_events(path)
    from iraq_events.dataset.parquet import make_table, write_table

    other = write_table(make_table("documents", []), tmp_path / "documents.parquet")
    with pytest.raises(DatasetError, match="holds the 'documents' table"):
        read_events(other)


def test_invalid_values_in_a_file_name_the_event(tmp_path: Path) -> None:
    path = write_parquet([make_event()], tmp_path / "e.parquet")
    table = pq.read_table(path)
    index = table.schema.get_field_index("char_end")
    table = table.set_column(index, table.schema.field(index), pa.array([5], pa.int64()))
    _rewrite(path, table)
    with pytest.raises(DatasetError, match=r"event 'evt-1' is not valid: .*char_end"):
        read_events(path)


def test_dataframe_dtypes(tmp_path: Path) -> None:
    events_ = [make_event(), make_event("evt-2", location=None, fatalities_best=None)]
    frame = to_dataframe(events_)
    assert list(frame.columns) == [column.name for column in EVENTS]
    for name in ("event_type", "status", "date_precision", "date_mod", "curation"):
        assert isinstance(frame[name].dtype, pd.CategoricalDtype), name
    assert str(frame["date_start"].dtype) == "date32[day][pyarrow]"
    assert frame["date_start"].iloc[0] == datetime.date(2024, 1, 28)
    assert frame["date_start"].dt.year.iloc[0] == 2024
    assert str(frame["fatalities_best"].dtype) == "Int64"
    assert frame["fatalities_best"].isna().tolist() == [False, True]
    assert str(frame["page"].dtype) == "Int32"
    assert frame["location"].iloc[1] is None
    assert frame["actors"].iloc[0][0]["name"] == "United States"
    read_back = pd.read_parquet(write_parquet(events_, tmp_path / "e.parquet"))
    assert read_back.dtypes.to_dict() == frame.dtypes.to_dict()


def test_open_interval_and_modifier_survive(tmp_path: Path) -> None:
    open_date = TemporalExpression(
        text="vanaf mei 2024", start=0, end=14, kind=ExpressionKind.DATE,
        granularity=Granularity.MONTH, earliest=datetime.date(2024, 5, 1), latest=None,
        mod=Mod.ON_OR_AFTER, anchoring=Anchoring.ABSOLUTE, value="2024-05",
    )  # fmt: skip
    event = make_event(date=open_date, status=EventStatus.PLANNED)
    frame = pd.read_parquet(write_parquet([event], tmp_path / "e.parquet"))
    assert frame["date_end"].isna().all()
    assert frame["date_mod"].tolist() == ["ON_OR_AFTER"]
    assert read_events(tmp_path / "e.parquet") == [event]


def test_public_names() -> None:
    assert iraq_events.write_parquet is write_parquet
    assert issubclass(iraq_events.DatasetError, IraqEventsError)
    assert set(TABLES) == {"events", "temporal_expressions", "documents"}


@given(st.lists(temporal_expressions(), max_size=5))
def test_temporal_expression_rows_hold_every_field(
    tmp_path_factory: pytest.TempPathFactory, expressions: list[TemporalExpression]
) -> None:
    from iraq_events.dataset.convert import document_dates_to_rows
    from iraq_events.dataset.parquet import make_table, read_table, write_table
    from iraq_events.documents.model import Document, DocumentDate, DocumentMetadata

    dates = tuple(
        DocumentDate(expression=e, clean_start=e.start, clean_end=e.end, page=None, sentence=None)
        for e in expressions
    )
    document = Document(
        text="", document_id="doc", sha256="0" * 64, metadata=DocumentMetadata(), dates=dates
    )
    path = tmp_path_factory.mktemp("expressions") / "temporal_expressions.parquet"
    table = make_table("temporal_expressions", document_dates_to_rows(document))
    rows = read_table(write_table(table, path), "temporal_expressions").to_pylist()
    assert [row["index"] for row in rows] == list(range(len(expressions)))
    for row, expression in zip(rows, expressions, strict=True):
        for field in attrs.fields(TemporalExpression):
            value = getattr(expression, field.name)
            assert row[field.name] == (value.value if isinstance(value, enum.Enum) else value)


def test_paths_that_are_folders_or_through_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="it is a directory, not a Parquet file"):
        read_events(tmp_path)
    with pytest.raises(DatasetError, match="it is a directory"):
        write_parquet([], tmp_path)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"file is a file, not a folder"):
        write_parquet([], tmp_path / "file" / "events.parquet")
    assert (tmp_path / "file").read_text() == "x"
