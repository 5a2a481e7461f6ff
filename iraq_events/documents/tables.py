"""Column tables of a document's records: sentences, paragraphs and date expressions kept in
arrays, each record made when asked for and equal to the record it stands for (issue 16: a
long letter's records cost a few bytes each, not an object each)."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import Any, Protocol, TypeVar, overload

import attrs

from iraq_events.documents.model import (
    Citation,
    DocumentDate,
    Paragraph,
    Sentence,
    SentenceTexts,
)
from iraq_events.documents.offsets import offset_typecode
from iraq_events.temporal.types import TemporalExpression

__all__ = ["ExpressionColumn", "RecordTable", "SentenceTable", "date_table", "paragraph_table"]


_NONE = -1  # an absent paragraph, page or footnote in a SentenceTable's arrays


class SentenceTable(Sequence[Sentence]):
    """A document's sentences stored column by column, each ``Sentence`` made when asked for.

    A ``Sentence`` object with its own integers costs about 300 bytes, two bytes for every
    character of a letter; the table keeps its positions in arrays (eight bytes a number) and
    its sections, footnote numbers and citations as shared references. It behaves like the
    tuple of sentences it stands for: ``len``, indexing, slices (a tuple), iteration and
    equality with any sequence of sentences; ``table[i].index == i``.
    """

    def __init__(self, source: SentenceTexts) -> None:
        self._source = source
        code = offset_typecode(len(source.text))
        self._numbers: tuple[array[int], ...] = tuple(array(code) for _ in range(7))
        self._sections: list[str | None] = []
        self._footnote_numbers: list[tuple[int, ...]] = []
        self._citations: list[tuple[Citation, ...]] = []

    def append(
        self,
        *,
        start: int,
        end: int,
        clean_start: int,
        clean_end: int,
        paragraph: int | None,
        page: int | None,
        section: str | None,
        footnote: int | None,
        footnote_numbers: tuple[int, ...],
        citations: tuple[Citation, ...],
    ) -> None:
        values = (start, end, clean_start, clean_end, paragraph, page, footnote)
        for column, value in zip(self._numbers, values, strict=True):
            if value is not None and value < 0:
                raise ValueError(f"a sentence's positions are not negative, not {value}")
            column.append(_NONE if value is None else value)
        self._sections.append(section)
        self._footnote_numbers.append(footnote_numbers or ())
        self._citations.append(citations or ())

    def __len__(self) -> int:
        return len(self._sections)

    @property
    def clean_starts(self) -> Sequence[int]:
        """``clean_start`` of every sentence, in order (for a bisect without making them)."""
        return self._numbers[2]

    @property
    def clean_ends(self) -> Sequence[int]:
        return self._numbers[3]

    def _make(self, index: int) -> Sentence:
        start, end, clean_start, clean_end, paragraph, page, footnote = (
            column[index] for column in self._numbers
        )
        return Sentence(
            index=index,
            start=start,
            end=end,
            clean_start=clean_start,
            clean_end=clean_end,
            paragraph=None if paragraph == _NONE else paragraph,
            page=None if page == _NONE else page,
            section=self._sections[index],
            footnote=None if footnote == _NONE else footnote,
            footnote_numbers=self._footnote_numbers[index],
            citations=self._citations[index],
            source=self._source,
        )

    @overload
    def __getitem__(self, index: int) -> Sentence: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Sentence, ...]: ...

    def __getitem__(self, index: int | slice) -> Sentence | tuple[Sentence, ...]:
        if isinstance(index, slice):
            return tuple(self._make(i) for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sentence index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[Sentence]:
        return (self._make(index) for index in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (SentenceTable, tuple, list)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))  # as the tuple it stands for, which it equals

    def __repr__(self) -> str:
        return f"SentenceTable({len(self)} sentences)"


_Record = TypeVar("_Record", "Paragraph", "DocumentDate")


class _Column(Protocol):
    def append(self, value: Any, /) -> None: ...

    def __getitem__(self, index: int, /) -> Any: ...


# the fields of a TemporalExpression that ExpressionColumn keeps as numbers or slices
_SPAN_FIELDS = ("text", "start", "end")


class ExpressionColumn:
    """The temporal expressions of a document's dates, each made when asked for.

    A ``TemporalExpression`` object with its own text, integers and dates costs about 400
    bytes, about one byte for every character of a letter dense in dates (issue 16); here its
    span is two numbers in arrays, its text is sliced from the document's text (kept only where
    it differs), and its other fields are one tuple shared by every expression that has the
    same ones (a long letter names the same days, by the same rules, many times).
    """

    def __init__(self, source: str) -> None:
        self._source = source
        code = offset_typecode(len(source))
        self._starts: array[int] = array(code)
        self._ends: array[int] = array(code)
        self._names = tuple(
            field.name
            for field in attrs.fields(TemporalExpression)
            if field.name not in _SPAN_FIELDS
        )
        self._rests: list[tuple[object, ...]] = []
        self._shared: dict[tuple[object, ...], tuple[object, ...]] = {}
        self._texts: dict[int, str] = {}  # the texts that are not their span of the source

    def append(self, expression: TemporalExpression) -> None:
        index = len(self._rests)
        start, end = expression.start, expression.end
        self._starts.append(start)
        self._ends.append(end)
        if self._source[start:end] != expression.text:
            self._texts[index] = expression.text
        rest = tuple(getattr(expression, name) for name in self._names)
        self._rests.append(self._shared.setdefault(rest, rest))

    def __len__(self) -> int:
        return len(self._rests)

    def span(self, index: int) -> tuple[int, int]:
        """The start and end of the ``index``-th expression (without making it)."""
        return self._starts[index], self._ends[index]

    def __getitem__(self, index: int) -> TemporalExpression:
        start, end = self._starts[index], self._ends[index]
        text = self._texts.get(index)
        return TemporalExpression(
            text=self._source[start:end] if text is None else text,
            start=start,
            end=end,
            **dict(zip(self._names, self._rests[index], strict=True)),  # type: ignore[arg-type]
        )


class RecordTable(Sequence[_Record]):
    """Records of one attrs class stored column by column, each record made when asked for.

    Integer fields (``None`` stored as -1; they are never negative) go to arrays, eight bytes a
    number instead of a Python integer's thirty-two and a record's own object; other fields are
    kept as references. Behaves like the tuple of records it stands for: ``len``, indexing,
    slices (a tuple), iteration and equality with any sequence of them. ``index`` fields are
    the position and are not stored.
    """

    def __init__(
        self,
        kind: type[_Record],
        numbers: tuple[str, ...],
        others: tuple[str, ...],
        length: int = 2**63 - 1,
        columns: dict[str, _Column] | None = None,
    ) -> None:
        self._kind: type[_Record] = kind
        self._names = numbers
        self._others = others
        # ``length``: of the text the numbers are offsets into, which bounds them all
        code = offset_typecode(length)
        self._numbers: tuple[array[int], ...] = tuple(array(code) for _ in numbers)
        # ``columns``: a field kept by a column of its own instead of a list of references
        given = columns or {}
        self._objects: tuple[_Column, ...] = tuple(given.get(name, []) for name in others)
        self._index = "index" in attrs.fields_dict(kind)
        self._length = 0

    def append(self, record: _Record) -> None:
        for name, column in zip(self._names, self._numbers, strict=True):
            value = getattr(record, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} is not negative in a RecordTable, not {value}")
            column.append(_NONE if value is None else value)
        for name, objects in zip(self._others, self._objects, strict=True):
            objects.append(getattr(record, name))
        self._length += 1

    def __len__(self) -> int:
        return self._length

    def _make(self, index: int) -> _Record:
        values: dict[str, Any] = {
            name: None if column[index] == _NONE else column[index]
            for name, column in zip(self._names, self._numbers, strict=True)
        }
        for name, objects in zip(self._others, self._objects, strict=True):
            values[name] = objects[index]
        if self._index:
            values["index"] = index
        record: _Record = self._kind(**values)
        return record

    @overload
    def __getitem__(self, index: int) -> _Record: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_Record, ...]: ...

    def __getitem__(self, index: int | slice) -> _Record | tuple[_Record, ...]:
        if isinstance(index, slice):
            return tuple(self._make(i) for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("record index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[_Record]:
        return (self._make(index) for index in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (RecordTable, tuple, list)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"RecordTable({len(self)} {self._kind.__name__} records)"


def paragraph_table(length: int) -> RecordTable[Paragraph]:
    """A table of the paragraphs of a text of ``length`` characters."""
    return RecordTable(Paragraph, ("start", "end"), (), length)


def date_table(length: int, text: str | None = None) -> RecordTable[DocumentDate]:
    """A table of the dates of a text of ``length`` characters; given the ``text`` their
    expressions are spans of, the expressions are kept column by column too."""
    return RecordTable(
        DocumentDate,
        ("clean_start", "clean_end", "page", "sentence"),
        ("expression",),
        length,
        None if text is None else {"expression": ExpressionColumn(text)},
    )
