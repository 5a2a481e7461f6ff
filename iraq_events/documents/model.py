"""The document model: a Kamerbrief read into metadata, pages, sections, sentences, footnotes
and citations, every part with character offsets into the original, unchanged text.

``read_document`` (in ``iraq_events.documents.reader``) builds these; nothing here parses.
"""

from __future__ import annotations

import bisect
import datetime
import enum
from array import array
from collections.abc import Iterator, Sequence
from typing import Any, Protocol, TypeVar, overload

import attrs

from iraq_events.documents.offsets import OffsetMap, offset_typecode
from iraq_events.errors import IraqEventsError
from iraq_events.temporal.types import TemporalExpression

__all__ = [
    "Citation",
    "CitationKind",
    "CleanText",
    "Document",
    "DocumentDate",
    "DocumentError",
    "DocumentMetadata",
    "ExpressionColumn",
    "Footnote",
    "FootnoteMarker",
    "Page",
    "Paragraph",
    "RecordTable",
    "Section",
    "Sentence",
    "SentenceTable",
    "SentenceTexts",
    "Signatory",
]


class DocumentError(IraqEventsError):
    """A source that cannot be read as a letter (missing, a directory, empty, binary, ...)."""


class CitationKind(enum.StrEnum):
    KAMERSTUK = "kamerstuk"
    WEB = "web"
    MOTION = "motion"


@attrs.frozen(kw_only=True)
class Citation:
    """A reference to another paper: a Kamerstuk, a web page or a named motion.

    For a Kamerstuk, ``identifier`` is the official publication identifier
    (``kst-27925-943``) and ``url`` its page on officielebekendmakingen.nl; for a web link both
    are the URL; a motion without a number has ``identifier`` ``motion:<names>``.
    """

    kind: CitationKind
    text: str
    start: int
    end: int
    identifier: str
    url: str | None = None
    chamber: str | None = None
    dossier: str | None = None
    number: str | None = None
    date: datetime.date | None = None
    footnote: int | None = None


@attrs.frozen(kw_only=True)
class Signatory:
    name: str
    office: str


@attrs.frozen(kw_only=True)
class DocumentMetadata:
    """What the letter says about itself; every field is ``None``/empty when the text lacks it."""

    chamber: str | None = None
    parliamentary_year: str | None = None
    dossier: str | None = None
    dossier_title: str | None = None
    letter_code: str | None = None
    title: str | None = None
    place: str | None = None
    date: datetime.date | None = None
    # where ``date`` came from: "letterhead" (the text), "caller" (read_document's reference),
    # "markup" (the official XML/HTML's metadata)
    date_source: str | None = None
    # the kind of paper as the official markup types it ("Kamerstuk"); None for text and PDF
    document_type: str | None = None
    senders: tuple[str, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    reporting_period: TemporalExpression | None = None


@attrs.frozen(kw_only=True)
class Page:
    """A page of the original PDF text; ``number`` as printed, ``None`` where the text omits it."""

    index: int
    number: int | None
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Section:
    title: str
    start: int
    end: int
    level: int = 1


@attrs.frozen(kw_only=True)
class Paragraph:
    index: int
    start: int
    end: int


@attrs.frozen(kw_only=True)
class FootnoteMarker:
    """A footnote reference in the body; ``start``/``end`` cover the marker digits only."""

    number: int
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Footnote:
    number: int
    text: str
    start: int
    end: int
    citations: tuple[Citation, ...] = ()
    markers: tuple[FootnoteMarker, ...] = ()


@attrs.frozen(kw_only=True)
class SentenceTexts:
    """The two texts a document's sentences are slices of: the original and the clean view.

    One is shared by every sentence of a document, so that a sentence's ``text`` and
    ``clean_text`` are sliced when asked for instead of copied into every sentence (two more
    copies of the letter, at 2 bytes a character when it holds a character beyond Latin-1).
    """

    text: str = attrs.field(repr=False)
    clean: str = attrs.field(repr=False)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Sentence:
    """A sentence of the body or of a footnote (``footnote`` is then its number).

    ``text`` is the original slice; ``clean_text`` has line breaks joined and footnote markers
    removed, which is what later stages read; it is ``document.clean.text[clean_start:clean_end]``.
    Both are given as strings, or sliced on demand from ``source`` (what ``read_document`` does).
    """

    index: int
    start: int
    end: int
    _given_text: str | None = attrs.field(default=None, alias="text")
    _given_clean_text: str | None = attrs.field(default=None, alias="clean_text")
    clean_start: int
    clean_end: int
    paragraph: int | None
    page: int | None
    section: str | None = None
    footnote: int | None = None
    footnote_numbers: tuple[int, ...] = ()
    citations: tuple[Citation, ...] = ()
    source: SentenceTexts | None = None

    def __attrs_post_init__(self) -> None:
        if self.source is None and (self._given_text is None or self._given_clean_text is None):
            raise TypeError("a Sentence needs text and clean_text, or the source to slice them")

    @property
    def text(self) -> str:
        if self._given_text is not None:
            return self._given_text
        assert self.source is not None
        return self.source.text[self.start : self.end]

    @property
    def clean_text(self) -> str:
        if self._given_clean_text is not None:
            return self._given_clean_text
        assert self.source is not None
        return self.source.clean[self.clean_start : self.clean_end]

    def _key(self) -> tuple[object, ...]:
        return (
            self.index,
            self.start,
            self.end,
            self.text,
            self.clean_text,
            self.clean_start,
            self.clean_end,
            self.paragraph,
            self.page,
            self.section,
            self.footnote,
            self.footnote_numbers,
            self.citations,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Sentence(index={self.index!r}, start={self.start!r}, end={self.end!r}, "
            f"text={self.text!r}, clean_text={self.clean_text!r}, "
            f"clean_start={self.clean_start!r}, clean_end={self.clean_end!r}, "
            f"paragraph={self.paragraph!r}, page={self.page!r}, section={self.section!r}, "
            f"footnote={self.footnote!r}, footnote_numbers={self.footnote_numbers!r}, "
            f"citations={self.citations!r})"
        )


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


def _paragraphs(values: Sequence[Paragraph]) -> Sequence[Paragraph]:
    return values if isinstance(values, RecordTable) else tuple(values)


def _dates(values: Sequence[DocumentDate]) -> Sequence[DocumentDate]:
    return values if isinstance(values, RecordTable) else tuple(values)


def _sentences(values: Sequence[Sentence]) -> Sequence[Sentence]:
    return values if isinstance(values, SentenceTable) else tuple(values)


@attrs.frozen(kw_only=True)
class DocumentDate:
    """A temporal expression of the document.

    ``expression.start``/``end`` (and ``expression.text``) are in the original text;
    ``clean_start``/``clean_end`` locate the same words in ``document.clean.text``.
    """

    expression: TemporalExpression
    clean_start: int
    clean_end: int
    page: int | None
    sentence: int | None


def _offset_map(values: Sequence[int]) -> OffsetMap:
    return OffsetMap.of(values)


@attrs.frozen
class CleanText:
    """The letter as later stages read it, with a map from every clean offset to the original.

    The body comes first (line breaks inside sentences joined, footnote markers, footnote blocks
    and page numbers removed), then each footnote's text as a paragraph of its own.

    ``offsets[i]`` is the original offset of ``text[i]``; ``offsets[len(text)]`` is the original
    offset just past the last character, so spans map as ``to_original(start)`` ..
    ``to_original(end)``. ``offsets`` is an ``OffsetMap``, a sequence of ints stored as runs
    (any sequence of ints given is converted), so that the map costs bytes per line of the
    letter, not per character.
    """

    text: str
    offsets: OffsetMap = attrs.field(converter=_offset_map)

    @offsets.validator
    def _one_more_offset_than_characters(
        self, attribute: attrs.Attribute[OffsetMap], value: OffsetMap
    ) -> None:
        if len(value) != len(self.text) + 1:
            raise ValueError(f"clean text has {len(self.text)} characters but {len(value)} offsets")

    def to_original(self, offset: int) -> int:
        return self.offsets[offset]


@attrs.frozen(kw_only=True)
class Document:
    """A letter read from its text.

    ``text`` is the original, unchanged, and every offset of every part points into it.
    """

    text: str
    document_id: str
    sha256: str
    metadata: DocumentMetadata
    source_name: str | None = None
    encoding: str = "utf-8"
    # offsets in ``text`` of the U+FFFD characters standing for bytes that were not UTF-8 (one
    # per byte); empty when the letter decoded cleanly
    replaced: tuple[int, ...] = ()
    pages: tuple[Page, ...] = ()
    sections: tuple[Section, ...] = ()
    paragraphs: Sequence[Paragraph] = attrs.field(default=(), converter=_paragraphs)
    # a SentenceTable from read_document; any other sequence of sentences is kept as a tuple
    sentences: Sequence[Sentence] = attrs.field(default=(), converter=_sentences)
    footnotes: tuple[Footnote, ...] = ()
    markers: tuple[FootnoteMarker, ...] = ()
    citations: tuple[Citation, ...] = ()
    clean: CleanText = CleanText("", (0,))
    dates: Sequence[DocumentDate] = attrs.field(default=(), converter=_dates)
    # derived from ``pages`` once, so that ``page_of`` is a bisect, not a scan of every page
    _page_starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    @_page_starts.default
    def _starts_of_pages(self) -> tuple[int, ...]:
        return tuple(page.start for page in self.pages)

    @property
    def date(self) -> datetime.date | None:
        return self.metadata.date

    def page_of(self, offset: int) -> int | None:
        """The printed page number (or page index + 1 where unprinted) holding ``offset``."""
        position = bisect.bisect_right(self._page_starts, offset) - 1
        if position < 0:
            return None
        page = self.pages[position]
        return page.number if page.number is not None else page.index + 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The innermost sentence holding ``offset``.

        A body sentence broken by a page break spans the footnote block printed inside it, so
        several sentences can hold an offset; the shortest is the one the words belong to.
        """
        holding = [s for s in self.sentences if s.start <= offset < s.end]
        return min(holding, key=lambda s: s.end - s.start, default=None)
