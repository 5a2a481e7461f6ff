"""The clean view: the body as running text, then each footnote, with a map back to the original.

Rules (each clean character either is a copy of the original character at ``offsets[i]`` or
is whitespace standing for original whitespace at ``offsets[i]``):

- the lines of a paragraph are joined with one space, which maps to the first whitespace
  character after the earlier line (its trailing space or its line break);
- a line ending in a hyphen glued to a letter joins the next line without a space, keeping the
  hyphen (``NAVO-`` + ``verband`` → ``NAVO-verband``), unless the next word is a conjunction
  (``politieke-`` + ``en`` → ``politieke- en``);
- runs of whitespace inside a line become one space (mapped to the run's first character);
- footnote markers are left out; their position in the clean text is kept;
- control characters that are not whitespace (a stray NUL) are left out;
- paragraphs are separated by ``"\\n\\n"``, both characters mapping to the whitespace just
  before the later paragraph (a line break, or the space after a footnote's number);
- the body paragraphs come first, then each footnote's text (without its number) as a
  paragraph of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from iraq_events.documents.layout import Line
from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.model import CleanText, FootnoteMarker
from iraq_events.documents.offsets import OffsetMapBuilder

__all__ = ["CleanBuilder", "CleanParagraph"]

_WHITESPACE_RUN = re.compile(r"\s+")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# control characters that are not whitespace (a stray NUL of a damaged file): left out
_STRAY_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f]+")

PARAGRAPH_SEPARATOR = "\n\n"
# characters joined into one chunk: small enough that most chunks of a letter with a few
# characters beyond Latin-1 (a '€' or '–' every few hundred characters) stay one byte a
# character, large enough that a chunk's own cost (about 50 bytes) is small beside it
_CHUNK_CHARACTERS = 512


@attrs.frozen(kw_only=True)
class CleanParagraph:
    clean_start: int
    clean_end: int
    start: int  # original offset of the first character
    end: int  # original offset just past the last character


class CleanBuilder:
    def __init__(self, text: str, markers: Sequence[FootnoteMarker]) -> None:
        self.text = text
        self.markers = sorted(markers, key=lambda marker: marker.start)
        self.marker_starts = [marker.start for marker in self.markers]
        self.pieces: list[str] = []
        # the pieces joined so far, a few thousand at a time: a small string costs about 50
        # bytes beside its characters, so a letter's lines held as pieces cost more than its text
        self.chunks: list[str] = []
        self.pending = 0  # characters in ``pieces``
        self.offsets = OffsetMapBuilder()
        self.length = 0
        self.marker_positions: dict[FootnoteMarker, int] = {}
        self.last_end = 0

    def _copy(self, start: int, end: int) -> None:
        if start >= end:
            return
        segment = self.text[start:end]
        position = 0
        for run in _WHITESPACE_RUN.finditer(segment):
            if run.group() == " ":
                continue
            self._append(segment[position : run.start()], start + position)
            self._insert(" ", start + run.start())
            position = run.end()
        self._append(segment[position:], start + position)

    def _append(self, piece: str, origin: int) -> None:
        if _STRAY_CONTROL.search(piece):
            position = 0
            for stray in _STRAY_CONTROL.finditer(piece):
                self._append(piece[position : stray.start()], origin + position)
                position = stray.end()
            piece, origin = piece[position:], origin + position
        if piece:
            self._add(piece)
            self.offsets.copy(origin, len(piece))

    def _insert(self, piece: str, origin: int) -> None:
        self._add(piece)
        self.offsets.repeat(origin, len(piece))

    def _add(self, piece: str) -> None:
        pieces = self.pieces
        pieces.append(piece)
        self.length += len(piece)
        self.pending += len(piece)
        if self.pending >= _CHUNK_CHARACTERS:
            self.chunks.append("".join(pieces))
            pieces.clear()
            self.pending = 0

    def _copy_line(self, start: int, end: int) -> None:
        position = start
        first = bisect.bisect_left(self.marker_starts, start)  # not a scan of every marker
        for marker in self.markers[first:]:
            if marker.start >= end:
                break
            if marker.start >= position:
                self._copy(position, marker.start)
                self.marker_positions[marker] = self.length
                position = marker.end
        self._copy(position, end)

    def _joins_without_space(self, previous_end: int, line_start: int) -> bool:
        text = self.text
        if (
            previous_end < 2
            or text[previous_end - 1] != "-"
            or not text[previous_end - 2].isalpha()
        ):
            return False
        word = _FIRST_WORD.match(text, line_start)
        if word is None or word.start() != line_start:
            return False
        return word.group().lower() not in lexicon().hyphen_keeps_space_before

    def paragraph(self, spans: Sequence[tuple[int, int]]) -> CleanParagraph | None:
        """Append a paragraph made of the line ``spans`` (original start, end of content)."""
        spans = [(start, end) for start, end in spans if start < end]
        if not spans:
            return None
        if self.length:
            first = spans[0][0]
            before = first - 1 if first and self.text[first - 1].isspace() else self.last_end
            self._insert(PARAGRAPH_SEPARATOR, before)
        clean_start = self.length
        previous_end: int | None = None
        for start, end in spans:
            if previous_end is not None and not self._joins_without_space(previous_end, start):
                self._insert(" ", previous_end)
            self._copy_line(start, end)
            previous_end = end
        self.last_end = spans[-1][1]
        return CleanParagraph(
            clean_start=clean_start,
            clean_end=self.length,
            start=spans[0][0],
            end=spans[-1][1],
        )

    def lines(self, lines: Sequence[Line]) -> CleanParagraph | None:
        return self.paragraph([(line.lstart, line.lend) for line in lines if not line.blank])

    def build(self) -> CleanText:
        last = self.offsets.last
        self.offsets.copy(len(self.text) if last is None else last + 1, 1)
        self.chunks.append("".join(self.pieces))
        self.pieces = []
        text = "".join(self.chunks)
        self.chunks = []  # a copy of the letter in chunks: not kept beside the text
        return CleanText(text, self.offsets.build())
