"""The one converter between the model and table rows.

``cattrs`` turns model objects into nested dicts of plain values (enums by value, tuples as
lists, dates kept as dates, which is what Arrow's ``date32`` takes) and back, running the
model's validators. The schema's column paths then flatten a nested dict into a row and nest a
row back, so adding a column is one line in ``schema.py``.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import cattrs

from iraq_events.dataset.errors import DatasetError
from iraq_events.dataset.schema import DOCUMENTS, EVENTS, TEMPORAL_EXPRESSIONS, Column
from iraq_events.documents.model import Citation, Document, DocumentDate, Sentence
from iraq_events.events.model import Event

__all__ = [
    "converter",
    "document_dates_to_rows",
    "document_to_row",
    "event_to_row",
    "events_to_rows",
    "iter_document_date_rows",
    "row_to_event",
]

Row = dict[str, Any]

converter = cattrs.Converter()
converter.register_unstructure_hook(enum.Enum, lambda member: member.value)
converter.register_unstructure_hook(datetime.date, lambda day: day)


def _structure_date(value: object, _: type) -> datetime.date:
    if isinstance(value, datetime.datetime):
        raise ValueError(f"expected a date, got the date-time {value.isoformat()}")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        return datetime.date.fromisoformat(value)
    raise ValueError(f"expected a date, got {value!r}")


converter.register_structure_hook(datetime.date, _structure_date)


def _flatten(nested: Mapping[str, Any], columns: Sequence[Column]) -> Row:
    row: Row = {}
    for column in columns:
        if column.path is None:
            continue
        value: Any = nested
        for key in column.path:
            value = None if value is None else value[key]
        row[column.name] = value
    return row


def _nest(row: Mapping[str, Any], columns: Sequence[Column]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for column in columns:
        if column.path is None:
            continue
        *parents, leaf = column.path
        target = nested
        for key in parents:
            target = target.setdefault(key, {})
        target[leaf] = row[column.name]
    return nested


def _format_exception(error: BaseException, type_: type | None) -> str:
    if isinstance(error, KeyError):
        return f"missing {error}"
    return f"{type(error).__name__}: {error}"


def _describe(error: Exception) -> str:
    if isinstance(error, cattrs.BaseValidationError):
        return "; ".join(cattrs.transform_error(error, format_exception=_format_exception))
    return str(error)


def event_to_row(event: Event) -> Row:
    """The ``events`` row of ``event``: one flat dict keyed by column name."""
    return _flatten(converter.unstructure(event), EVENTS)


def events_to_rows(events: Sequence[Event]) -> list[Row]:
    return [event_to_row(event) for event in events]


def row_to_event(row: Mapping[str, Any]) -> Event:
    """The ``Event`` of an ``events`` row; invalid values raise ``DatasetError`` naming them."""
    try:
        return converter.structure(_nest(row, EVENTS), Event)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        event_id = row.get("event_id", "<no event_id>")
        raise DatasetError(f"event {event_id!r} is not valid: {_describe(error)}") from error


def document_to_row(document: Document) -> Row:
    # only the fields the table holds: unstructuring the whole document would copy its text,
    # sentences, dates and offset map into dicts and lists (about 8 times a large letter)
    nested = {
        "document_id": document.document_id,
        "sha256": document.sha256,
        "source_name": document.source_name,
        "encoding": document.encoding,
        "metadata": converter.unstructure(document.metadata),
        "citations": converter.unstructure(document.citations, tuple[Citation, ...]),
    }
    row = _flatten(nested, DOCUMENTS)
    row.update(
        pages=len(document.pages),
        sentences=len(document.sentences),
        footnotes=len(document.footnotes),
        characters=len(document.text),
    )
    return row


def document_dates_to_rows(document: Document) -> list[Row]:
    """One ``temporal_expressions`` row per date expression of ``document``, in text order."""
    return list(iter_document_date_rows(document))


def iter_document_date_rows(document: Document) -> Iterator[Row]:
    """The rows of ``document_dates_to_rows`` made one at a time (a large letter has many)."""
    sentences = document.sentences
    by_index: dict[int, Sentence] | None = None

    def sentence_of(index: int) -> Sentence | None:
        nonlocal by_index
        # read_document numbers sentences by position: no map of every sentence is needed
        if 0 <= index < len(sentences) and sentences[index].index == index:
            return sentences[index]
        if by_index is None:
            by_index = {sentence.index: sentence for sentence in sentences}
        return by_index.get(index)

    for index, date in enumerate(document.dates):
        row = _flatten(converter.unstructure(date, DocumentDate), TEMPORAL_EXPRESSIONS)
        sentence = sentence_of(date.sentence) if date.sentence is not None else None
        row.update(
            document_id=document.document_id,
            index=index,
            sentence_text=sentence.text if sentence is not None else None,
        )
        yield row
