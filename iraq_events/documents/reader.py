"""``read_document``: a letter's bytes or file read into a ``Document``.

The stages, each in its own module: decoding (``decoding.py``), layout (pages, footnote
blocks, markers, letterhead, closing block, paragraphs, headings), the clean view, sentences,
citations, metadata and dates. ``docs/documents.md`` describes what is read and how offsets map.
"""

from __future__ import annotations

import bisect
import datetime
import hashlib
import os
from array import array
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import overload

import attrs

from iraq_events.documents import metadata as letter_metadata
from iraq_events.documents.citations import dossier_key, find_citations
from iraq_events.documents.clean import CleanBuilder, CleanParagraph
from iraq_events.documents.dates import document_dates, find_paragraph_dates, reporting_period
from iraq_events.documents.decoding import (
    Decoded,
    checked,
    checked_layer,
    decode,
    decode_text,
)
from iraq_events.documents.layout import Line, analyse
from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.model import (
    Citation,
    CleanText,
    Document,
    DocumentError,
    DocumentMetadata,
    Footnote,
    FootnoteMarker,
    Page,
    Paragraph,
    Section,
    SentenceTexts,
)
from iraq_events.documents.officiele import MarkupLetter, is_markup, read_markup
from iraq_events.documents.offsets import offset_typecode
from iraq_events.documents.pdf import is_pdf, pdf_text
from iraq_events.documents.sentences import split_sentences
from iraq_events.documents.tables import SentenceTable, date_table, paragraph_table

__all__ = [
    "LETTER_SUFFIXES",
    "MAX_LETTER_BYTES",
    "Decoded",
    "decode",
    "decode_text",
    "read_document",
]

# the file names read_document reads as letters: a build over a folder can glob these
LETTER_SUFFIXES = (".txt", ".pdf", ".xml", ".html", ".htm")

# a letter larger than this is refused before it is read: the longest letter of the series is
# under 1 MB as text, a PDF with its fonts a few MB; a bigger file is almost certainly not one
# letter. Reading and extracting a letter takes about 8 times its size in memory (issue 16:
# benchmarks/bench_big_letter.py), so the largest letter allowed costs about 550 MB; issue 16
# asks that a 50 MB letter be read, which this allows with room to spare
MAX_LETTER_BYTES = 64 * 1024 * 1024


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    document_id: str | None = None,
    reference: datetime.date | None = None,
) -> Document:
    """Read a letter from a file path or from its bytes.

    A ``str`` is a path. A PDF (recognised by its ``%PDF-`` header) is read from its text
    layer into the PDF text form (``iraq_events.documents.pdf``), which is then
    ``Document.text``; its pages are the PDF's, numbered as the PDF labels them, and
    ``Document.encoding`` is ``"pdf"``. A PDF without a text layer (a scan) is a
    ``DocumentError``. ``reference`` is the date of a text that states none of its own in a
    letterhead ("Den Haag, 15 mei 2024"): a news item, a web page, an excerpt. The text's own
    date wins when it has one; ``metadata.date_source`` says which was used (``"letterhead"``,
    ``"caller"`` or ``None`` when neither gave a date). Raises ``DocumentError`` naming the
    source and the problem when it is missing, a directory, unreadable, empty, binary or in an
    encoding that is neither UTF-8 nor cp1252 (cp1252 text is read and reported in
    ``Document.encoding``). Bytes of a UTF-8 letter that do not decode are replaced by U+FFFD
    and listed in ``Document.replaced``.
    """
    data, name = _load(source)
    label = name or "<bytes>"
    pages: tuple[tuple[int, int | None], ...] | None = None
    markup: MarkupLetter | None = None
    if is_pdf(data):
        layer = pdf_text(data, label)
        decoded = Decoded(text=checked_layer(layer.text, label), encoding="pdf")
        pages = layer.pages
    elif name is not None and name.lower().endswith(".pdf"):
        raise DocumentError(f"{name}: is named .pdf but is not a PDF (no %PDF- header)")
    elif is_markup(data, name):
        markup = read_markup(data, label)
        kind = "xml" if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5].lower() == b"<?xml" else "html"
        decoded = Decoded(text=checked(markup.text, label), encoding=kind)
    else:
        decoded = decode_text(data, label)
    if reference is not None and not isinstance(reference, datetime.date):
        raise TypeError(f"reference must be a datetime.date, not {type(reference).__name__}")
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    sha256 = hashlib.sha256(data).hexdigest()
    del data  # the letter's bytes, not kept beside its text while it is analysed
    return _build(decoded, sha256, name, document_id, reference, pages, markup)


def _load(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        check_size(len(source), "<bytes>")
        return bytes(source), None
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"read_document takes a path or bytes, not {type(source).__name__}")
    if isinstance(source, str) and ("\n" in source or len(source) > 4096):
        raise DocumentError(
            f"{source[:30]!r}...: is text, not a path; to read a letter's text, pass its bytes "
            "(text.encode('utf-8'))"
        )
    path = Path(os.fspath(source))
    # every OSError (a folder that may not be searched, a name too long, a broken link) is a
    # DocumentError naming the path, never a raw PermissionError
    try:
        if not path.exists():
            raise DocumentError(f"{path}: no such file")
        if path.is_dir():
            raise DocumentError(f"{path}: is a directory, not a letter")
        check_size(path.stat().st_size, str(path))
        return path.read_bytes(), str(path)
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error})") from error


def check_size(size: int, name: str) -> None:
    """Raise ``DocumentError`` naming ``name`` when ``size`` bytes exceed ``MAX_LETTER_BYTES``."""
    if size > MAX_LETTER_BYTES:
        raise DocumentError(
            f"{name}: is {size / 1e6:.1f} MB, more than the {MAX_LETTER_BYTES / 1e6:.1f} MB a "
            "letter may be (not one letter?); split it, or raise "
            "iraq_events.documents.reader.MAX_LETTER_BYTES"
        )


@attrs.frozen(kw_only=True)
class _Part:
    """A paragraph of the clean view: a body paragraph or heading, or a footnote."""

    index: int
    clean: CleanParagraph
    # a body paragraph (or heading), not a footnote; the layout's lines are not kept, so that
    # they can be freed once the clean view is built
    body: bool = False
    heading: bool = False
    level: int = 1
    footnote: int | None = None


class _PartTable(Sequence[_Part]):
    """The parts of a letter column by column, each ``_Part`` made when asked for: a part
    object with its own integers costs about 300 bytes, about one byte for every character
    of a letter (issue 16), and the parts are held until the whole letter is read."""

    def __init__(self, length: int) -> None:
        code = offset_typecode(length)
        # clean_start, clean_end, start, end, level, footnote (-1: none); body and heading
        self._numbers: tuple[array[int], ...] = tuple(array(code) for _ in range(6))
        self._flags = bytearray()

    def append(self, part: _Part) -> None:
        if part.index != len(self):
            raise ValueError(f"part {part.index} appended at position {len(self)}")
        clean = part.clean
        values = (clean.clean_start, clean.clean_end, clean.start, clean.end, part.level)
        for column, value in zip(self._numbers, (*values, _NO_FOOTNOTE), strict=True):
            column.append(value)
        if part.footnote is not None:
            self._numbers[5][-1] = part.footnote
        self._flags.append(part.body | part.heading << 1)

    def __len__(self) -> int:
        return len(self._flags)

    def _make(self, index: int) -> _Part:
        clean_start, clean_end, start, end, level, footnote = (
            column[index] for column in self._numbers
        )
        flags = self._flags[index]
        return _Part(
            index=index,
            clean=CleanParagraph(
                clean_start=clean_start, clean_end=clean_end, start=start, end=end
            ),
            body=bool(flags & 1),
            heading=bool(flags & 2),
            level=level,
            footnote=None if footnote == _NO_FOOTNOTE else footnote,
        )

    @overload
    def __getitem__(self, index: int) -> _Part: ...

    @overload
    def __getitem__(self, index: slice) -> list[_Part]: ...

    def __getitem__(self, index: int | slice) -> _Part | list[_Part]:
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("part index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[_Part]:
        return (self._make(index) for index in range(len(self)))


_NO_FOOTNOTE = -1


@attrs.frozen(kw_only=True)
class _Laid:
    """What the reader keeps of the layout: the per-line objects are dropped here."""

    front: list[str]
    closing: list[str]
    parts: _PartTable
    clean: CleanText
    marker_positions: dict[FootnoteMarker, int]
    markers: tuple[FootnoteMarker, ...]
    pages: tuple[tuple[int, int | None], ...]
    footnote_starts: dict[int, int]


def _lay_out(text: str, single_spaced: bool) -> _Laid:
    # the layout's lines are freed (with _paragraphs' frame) before the clean text is joined,
    # which holds the text twice for a moment
    builder, laid = _paragraphs(text, single_spaced)
    return attrs.evolve(laid, clean=builder.build())


def _paragraphs(text: str, single_spaced: bool) -> tuple[CleanBuilder, _Laid]:
    layout = analyse(text, single_spaced=single_spaced)
    builder = CleanBuilder(text, layout.markers)
    parts = _PartTable(len(text) + 1)
    for paragraph in layout.paragraphs:
        clean_paragraph = builder.lines(paragraph.lines)
        if clean_paragraph is not None:
            parts.append(
                _Part(
                    index=len(parts),
                    clean=clean_paragraph,
                    body=True,
                    heading=paragraph.heading,
                    level=paragraph.level,
                )
            )
    for draft in layout.footnotes:
        first, *rest = draft.lines
        spans = [(draft.text_start, first.lend)]
        spans.extend((line.lstart, line.lend) for line in rest if not line.blank)
        clean_paragraph = builder.paragraph(spans)
        if clean_paragraph is not None:
            parts.append(_Part(index=len(parts), clean=clean_paragraph, footnote=draft.number))
    return builder, _Laid(
        front=[_content(text, line) for line in layout.front],
        closing=[_content(text, line) for line in layout.closing],
        parts=parts,
        clean=CleanText("", (0,)),
        marker_positions=builder.marker_positions,
        markers=layout.markers,
        pages=layout.pages,
        footnote_starts={draft.number: draft.lines[0].lstart for draft in layout.footnotes},
    )


def _build(
    decoded: Decoded,
    sha256: str,
    name: str | None,
    document_id: str | None,
    reference: datetime.date | None = None,
    pdf_pages: tuple[tuple[int, int | None], ...] | None = None,
    markup: MarkupLetter | None = None,
) -> Document:
    text, encoding = decoded.text, decoded.encoding
    laid = _lay_out(text, single_spaced=pdf_pages is not None or markup is not None)
    letterhead = letter_metadata.read_letterhead(laid.front)
    if letterhead.date is not None:
        letterhead = attrs.evolve(letterhead, date_source="letterhead")
    if markup is not None:
        letterhead = _with_markup(letterhead, markup)
    # a text that states no date of its own (a news item, a web page) speaks of the days
    # around the date it is given: a year-less date its sentence's tense leaves open ("komen in
    # maart aan", "bleek donderdag") is the occurrence nearest that date
    states_date = letterhead.date is not None
    if markup is None and reference is not None:
        letterhead = attrs.evolve(letterhead, date=reference, date_source="caller")
    signatories = letter_metadata.read_signatories(laid.closing)
    parts, clean = laid.parts, laid.clean

    # a PDF's pages are its own (numbered as the PDF labels them), not read from the text
    pages = _pages(text, laid.pages if pdf_pages is None else pdf_pages)
    # the page lookup is the Document's own; a document of pages alone lends it
    page_of = Document(
        text=text, document_id="", sha256="", metadata=DocumentMetadata(), pages=pages
    ).page_of

    sections = _sections(parts, clean)
    citations = _citations(text, clean, parts)
    footnote_citations: dict[int, tuple[Citation, ...]] = {}
    for citation in citations:
        if citation.footnote is not None:
            footnote_citations[citation.footnote] = (
                *footnote_citations.get(citation.footnote, ()),
                citation,
            )
    footnote_starts = laid.footnote_starts
    markers_of: dict[int, tuple[FootnoteMarker, ...]] = {}
    for marker in laid.markers:
        markers_of[marker.number] = (*markers_of.get(marker.number, ()), marker)
    footnotes = tuple(
        Footnote(
            number=part.footnote,
            text=clean.text[part.clean.clean_start : part.clean.clean_end],
            start=footnote_starts[part.footnote],
            end=part.clean.end,
            citations=footnote_citations.get(part.footnote, ()),
            markers=markers_of.get(part.footnote, ()),
        )
        for part in parts
        if part.footnote is not None
    )
    sentences = _sentences(
        text,
        clean,
        parts,
        sections,
        laid.marker_positions,
        citations,
        footnote_citations,
        page_of,
    )
    sentence_starts, sentence_ends = sentences.clean_starts, sentences.clean_ends

    def sentence_index_at(clean_offset: int) -> int | None:
        position = bisect.bisect_right(sentence_starts, clean_offset) - 1
        if position < 0 or clean_offset >= sentence_ends[position]:
            return None
        return position

    dated = find_paragraph_dates(
        clean,
        ((p.clean.clean_start, p.clean.clean_end, p.footnote is None) for p in parts),
        letterhead.date,
        text,
        prefer=None if states_date else "nearest",
    )
    period = reporting_period(dated, sentence_index_at, lambda index: sentences[index].clean_text)
    dates = date_table(len(text), text)
    for date in document_dates(dated, period, sentence_index_at, page_of):
        dates.append(date)
    paragraphs = paragraph_table(len(text))
    for part in parts:
        paragraphs.append(Paragraph(index=part.index, start=part.clean.start, end=part.clean.end))

    meta = attrs.evolve(letterhead, signatories=signatories or (), reporting_period=period)
    return Document(
        text=text,
        document_id=document_id or _document_id(meta, sha256),
        sha256=sha256,
        metadata=meta,
        source_name=name,
        encoding=encoding,
        replaced=decoded.replaced,
        pages=pages,
        sections=sections,
        paragraphs=paragraphs,
        sentences=sentences,
        footnotes=footnotes,
        markers=laid.markers,
        citations=tuple(citations),
        clean=clean,
        dates=dates,
    )


def _with_markup(letterhead: DocumentMetadata, markup: MarkupLetter) -> DocumentMetadata:
    """The letterhead's metadata with what the official markup states put first."""
    changes: dict[str, object] = {"document_type": markup.document_type}
    if markup.dossier:
        changes["dossier"] = markup.dossier
    if markup.number:
        changes["letter_code"] = markup.number
    if markup.chamber and lexicon().chamber_named(markup.chamber) is not None:
        changes["chamber"] = markup.chamber
    if markup.parliamentary_year:
        changes["parliamentary_year"] = markup.parliamentary_year
    if markup.date is not None:
        changes["date"] = markup.date
        changes["date_source"] = "markup"
    return attrs.evolve(letterhead, **changes)  # type: ignore[arg-type]


def _content(text: str, line: Line) -> str:
    return text[line.lstart : line.lend]


def _document_id(meta: DocumentMetadata, sha256: str) -> str:
    """``ek-27925-AP-2024-05-15`` from chamber, dossier, letter code and date, else a hash."""
    if meta.dossier is None or meta.date is None:
        return f"sha256:{sha256[:16]}"
    chamber = lexicon().chamber_named(meta.chamber) if meta.chamber else None
    parts = [
        chamber.short if chamber else None,
        dossier_key(meta.dossier),
        meta.letter_code,
        meta.date.isoformat(),
    ]
    return "-".join(part for part in parts if part)


def _pages(text: str, starts: Sequence[tuple[int, int | None]]) -> tuple[Page, ...]:
    pages = []
    for index, (start, number) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        pages.append(Page(index=index, number=number, start=start, end=end))
    return tuple(pages)


def _heading_title(clean: CleanText, part: _Part) -> str:
    return clean.text[part.clean.clean_start : part.clean.clean_end].rstrip(" :")


def _sections(parts: Sequence[_Part], clean: CleanText) -> tuple[Section, ...]:
    body = [part for part in parts if part.body]
    if not body:
        return ()
    body_end = body[-1].clean.end
    headings = [part for part in body if part.heading]
    sections = []
    for position, part in enumerate(headings):
        level = part.level
        end = body_end
        for later in headings[position + 1 :]:
            if later.level <= level:
                end = later.clean.start
                break
        sections.append(
            Section(title=_heading_title(clean, part), start=part.clean.start, end=end, level=level)
        )
    return tuple(sections)


def _citations(text: str, clean: CleanText, parts: Sequence[_Part]) -> list[Citation]:
    citations: list[Citation] = []
    for part in parts:
        citations.extend(
            find_citations(clean, text, part.clean.clean_start, part.clean.clean_end, part.footnote)
        )
    return sorted(citations, key=lambda citation: citation.start)


def _sentences(
    text: str,
    clean: CleanText,
    parts: Sequence[_Part],
    sections: Sequence[Section],
    marker_positions: dict[FootnoteMarker, int],
    citations: Sequence[Citation],
    footnote_citations: dict[int, tuple[Citation, ...]],
    page_of: Callable[[int], int | None],
) -> SentenceTable:
    # every lookup below is a bisect or a dict, never a scan per sentence: linear in the letter
    markers_by_clean = sorted(
        ((position, marker) for marker, position in marker_positions.items()),
        key=lambda item: (item[0], item[1].start),
    )
    marker_clean_positions = [position for position, _ in markers_by_clean]
    marker_at_offset = {marker.start: marker for marker in marker_positions}
    section_starts = [section.start for section in sections]
    citation_starts = [citation.start for citation in citations]
    sentences = SentenceTable(SentenceTexts(text=text, clean=clean.text))
    for part in parts:
        paragraph_text = clean.text[part.clean.clean_start : part.clean.clean_end]
        for span_start, span_end in split_sentences(paragraph_text):
            clean_start = part.clean.clean_start + span_start
            clean_end = part.clean.clean_start + span_end
            start = clean.offsets[clean_start]
            end = clean.offsets[clean_end - 1] + 1
            glued = marker_at_offset.get(end)
            if glued is not None and marker_positions[glued] == clean_end:
                end = glued.end
            numbers = tuple(
                marker.number
                for _, marker in markers_by_clean[
                    bisect.bisect_right(marker_clean_positions, clean_start) : bisect.bisect_right(
                        marker_clean_positions, clean_end
                    )
                ]
            )
            own = tuple(
                c
                for c in citations[
                    bisect.bisect_left(citation_starts, start) : bisect.bisect_left(
                        citation_starts, end
                    )
                ]
                if c.footnote == part.footnote
            )
            linked = tuple(c for number in numbers for c in footnote_citations.get(number, ()))
            section = None
            if part.footnote is None:
                position = bisect.bisect_right(section_starts, start) - 1
                section = sections[position].title if position >= 0 else None
            sentences.append(
                start=start,
                end=end,
                clean_start=clean_start,
                clean_end=clean_end,
                paragraph=part.index,
                page=page_of(start),
                section=section,
                footnote=part.footnote,
                footnote_numbers=numbers,
                citations=(*linked, *(c for c in own if c not in linked)),
            )
    return sentences
