"""The document model: a Kamerbrief read into metadata, pages, sections, sentences, footnotes
and citations, every part with character offsets into the original, unchanged text.

``read_document`` (in ``iraq_events.documents.reader``) builds these; nothing here parses.
"""

from __future__ import annotations

import bisect
import datetime
import enum
from collections.abc import Sequence

import attrs

from iraq_events.documents.offsets import OffsetMap
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
    "Footnote",
    "FootnoteMarker",
    "Page",
    "Paragraph",
    "Section",
    "Sentence",
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


def _paragraphs(values: Sequence[Paragraph]) -> Sequence[Paragraph]:
    # the tables are made by the reader; imported here, where they are asked of, because they
    # are tables of this module's records
    from iraq_events.documents.tables import RecordTable

    return values if isinstance(values, RecordTable) else tuple(values)


def _dates(values: Sequence[DocumentDate]) -> Sequence[DocumentDate]:
    from iraq_events.documents.tables import RecordTable

    return values if isinstance(values, RecordTable) else tuple(values)


def _sentences(values: Sequence[Sentence]) -> Sequence[Sentence]:
    from iraq_events.documents.tables import SentenceTable

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
