"""Letters typeset as PDF in the test suite (reportlab), the way Kamerstukken are printed.

``letter_parts`` takes a letter read from its text and returns what a typesetter gets: the
letterhead lines, the body paragraphs with their footnote markers, the footnotes and the
closing lines. ``write_pdf`` sets them on A4 pages: Helvetica 10 pt body text wrapped to the
measure with long words hyphenated across lines, superscript footnote markers, each page's
footnotes in 8 pt at its foot, a running header and a page number on every page, and, when
asked, one page set in two columns.
"""

from __future__ import annotations

import bisect
import io
from collections.abc import Sequence

import attrs
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from iraq_events.documents import Document

BODY, NOTE, MARK = 10.0, 8.0, 6.0
LEADING, NOTE_LEADING, GAP = 13.0, 10.0, 7.0
WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 72.0, WIDTH - 72.0, HEIGHT - 80.0, 70.0
HEADER = "Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 946"


@attrs.frozen
class Word:
    text: str
    marker: int | None = None  # a footnote marker glued after the word
    tail: str = ""  # punctuation after the marker ("2024" + "2" + ",")


@attrs.frozen
class LetterParts:
    front: tuple[str, ...]
    paragraphs: tuple[tuple[Word, ...], ...]
    footnotes: dict[int, str]
    closing: tuple[str, ...]


def letter_parts(document: Document) -> LetterParts:
    """The parts of ``document`` as a typesetter would get them (markers at their places)."""
    clean = document.clean
    pieces = clean.text.split("\n\n")
    body_count = len(document.paragraphs) - len(document.footnotes)
    assert len(pieces) == len(document.paragraphs)
    # the body comes first in the clean view, in the order of the original (footnotes follow)
    body_end = sum(len(piece) + 2 for piece in pieces[:body_count])
    markers = sorted(
        (bisect.bisect_right(clean.offsets, marker.start - 1, 0, body_end), marker.number)
        for marker in document.markers
    )
    paragraphs = []
    position = 0
    for piece in pieces[:body_count]:
        words = []
        cursor = position
        for token in piece.split(" "):
            end = cursor + len(token)
            inside = [(at, n) for at, n in markers if cursor < at <= end]
            if inside:
                at, number = inside[0]
                words.append(Word(token[: at - cursor], number, token[at - cursor :]))
            else:
                words.append(Word(token))
            cursor = end + 1
        paragraphs.append(tuple(words))
        position += len(piece) + 2
    front_end = document.paragraphs[0].start
    front = tuple(
        line.strip()
        for line in document.text[:front_end].splitlines()
        if line.strip() and not line.strip().isdigit()
    )
    last_body = document.paragraphs[body_count - 1].end
    spans = [(footnote.start, footnote.end) for footnote in document.footnotes]
    closing = []
    offset = last_body
    for line in document.text[last_body:].splitlines(keepends=True):
        inside = any(start <= offset < end for start, end in spans)
        stripped = line.strip()
        if stripped and not inside and not stripped.isdigit():
            closing.append(stripped)
        offset += len(line)
    footnotes = {footnote.number: footnote.text for footnote in document.footnotes}
    return LetterParts(front, tuple(paragraphs), footnotes, tuple(closing))


def _width(word: Word, size: float = BODY) -> float:
    width = stringWidth(word.text, "Helvetica", size)
    if word.marker is not None:
        width += stringWidth(str(word.marker), "Helvetica", MARK)
    return width + stringWidth(word.tail, "Helvetica", size)


def _hyphenate(word: Word, room: float) -> tuple[Word, Word] | None:
    """Split ``word`` so that its first part and a hyphen fit ``room``: long lower-case words
    anywhere (``veilig-`` / ``heid``), compounds at their hyphen after a capital (``NAVO-``)."""
    text = word.text
    if word.tail:
        return None
    if "-" in text[1:-1]:
        cut = text.index("-", 1) + 1
        if text[cut - 2].isupper() and stringWidth(text[:cut], "Helvetica", BODY) <= room:
            return Word(text[:cut]), Word(text[cut:], word.marker)
        return None
    if len(text) < 10 or not text.isalpha() or not text.islower():
        return None
    for cut in range(len(text) - 4, 3, -1):
        if stringWidth(text[:cut] + "-", "Helvetica", BODY) <= room:
            return Word(text[:cut] + "-"), Word(text[cut:], word.marker)
    return None


def _first_line(words: Sequence[Word], measure: float) -> tuple[list[Word], list[Word]]:
    """The words of the next line set to ``measure`` (the last one hyphenated where it splits)
    and the words left for the lines after it."""
    line: list[Word] = []
    used = 0.0
    space = stringWidth(" ", "Helvetica", BODY)
    for index, word in enumerate(words):
        needed = _width(word) + (space if line else 0.0)
        if used + needed <= measure or not line:
            line.append(word)
            used += needed
            continue
        split = _hyphenate(word, measure - used - space)
        if split is not None:
            return [*line, split[0]], [split[1], *words[index + 1 :]]
        return line, list(words[index:])
    return line, []


def _note_lines(number: int, text: str) -> list[str]:
    words = f"{number} {text}".split(" ")
    lines = [""]
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        if stringWidth(candidate, "Helvetica", NOTE) <= RIGHT - LEFT or not lines[-1]:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


class _Setter:
    def __init__(self, parts: LetterParts, two_column_page: int | None) -> None:
        self.parts = parts
        self.two_column_page = two_column_page
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4, invariant=True)
        self.page = 1
        self.notes: list[int] = []
        self.column = 0
        self.y = TOP

    def columns(self) -> list[tuple[float, float]]:
        if self.page == self.two_column_page:
            middle = (LEFT + RIGHT) / 2
            return [(LEFT, middle - 12), (middle + 12, RIGHT)]
        return [(LEFT, RIGHT)]

    def floor(self, extra_notes: Sequence[int] = ()) -> float:
        lines = sum(
            len(_note_lines(n, self.parts.footnotes[n])) for n in (*self.notes, *extra_notes)
        )
        return BOTTOM + (lines * NOTE_LEADING + 12 if lines else 0)

    def finish_page(self) -> None:
        canvas = self.canvas
        canvas.setFont("Helvetica", 8)
        canvas.drawString(LEFT, HEIGHT - 50, HEADER)
        y = (
            BOTTOM
            - 12
            + sum(len(_note_lines(n, self.parts.footnotes[n])) for n in self.notes) * NOTE_LEADING
        )
        for number in self.notes:
            for line in _note_lines(number, self.parts.footnotes[number]):
                canvas.setFont("Helvetica", NOTE)
                canvas.drawString(LEFT, y, line)
                y -= NOTE_LEADING
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(WIDTH / 2, 40, str(self.page))
        canvas.showPage()
        self.page += 1
        self.notes = []
        self.column = 0
        self.y = TOP

    def next_column(self) -> None:
        if self.column + 1 < len(self.columns()):
            self.column += 1
            self.y = TOP
        else:
            self.finish_page()

    def line(self, words: Sequence[Word], font: str = "Helvetica") -> None:
        markers = [w.marker for w in words if w.marker is not None]
        while self.y - LEADING < self.floor(markers):
            self.next_column()
        x, _ = self.columns()[self.column]
        text = self.canvas.beginText(x, self.y)
        for index, word in enumerate(words):
            text.setFont(font, BODY)
            text.textOut(("" if index == 0 else " ") + word.text)
            if word.marker is not None:
                text.setFont(font, MARK)
                text.setRise(4)
                text.textOut(str(word.marker))
                text.setRise(0)
                text.setFont(font, BODY)
                text.textOut(word.tail)
        self.canvas.drawText(text)
        self.notes.extend(markers)
        self.y -= LEADING

    def paragraph(self, words: Sequence[Word]) -> None:
        rest = list(words)
        while rest:
            # each line is set to the measure of the column it lands in
            while self.y - LEADING < self.floor():
                self.next_column()
            x0, x1 = self.columns()[self.column]
            first, rest = _first_line(rest, x1 - x0)
            self.line(first)
        self.y -= GAP

    def write(self) -> bytes:
        for line in self.parts.front:
            self.paragraph([Word(w) for w in line.split(" ")])
        for paragraph in self.parts.paragraphs:
            self.paragraph(paragraph)
        for line in self.parts.closing:
            self.paragraph([Word(w) for w in line.split(" ")])
        self.finish_page()
        self.canvas.save()
        return self.buffer.getvalue()


def write_pdf(parts: LetterParts, *, two_column_page: int | None = None) -> bytes:
    """The letter typeset as a PDF (deterministic: the same parts give the same bytes)."""
    return _Setter(parts, two_column_page).write()


def scanned_pdf() -> bytes:
    """A PDF of two pages with only drawn shapes, as a scan without a text layer looks."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    for _ in range(2):
        for row in range(40):
            canvas.rect(LEFT, TOP - row * LEADING, 300, 4, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
