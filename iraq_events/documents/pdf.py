"""PDF letters: the text layer of each page, laid out again as the text form the reader parses.

A Kamerbrief PDF is read page by page with pypdf, which reports every piece of text it shows
with its position and font size. From those pieces each page is rebuilt as lines in reading
order, and written into **the PDF text form** — the ``Document.text`` of a PDF letter, into
which every offset points; the same PDF always gives the same text, character for character:

- pages in the order of the PDF, each after the first starting with a form feed (``"\\f"``);
- on a page, the body lines in reading order (a two-column page: the left column, then the
  right), one per line; a blank line between paragraphs (a vertical gap wider than the usual
  line spacing);
- then, when the page has footnotes (lines in a smaller font below the body, the first starting
  with its number), a blank line and the footnotes, one line per printed line;
- running headers (a line in the top margin repeated on other pages, digits aside) and page
  numbers (a line that is only a number, ``- 2 -`` or ``Pagina 2 van 9``) are left out; a
  footnote marker (a number in a smaller font) is glued to the word before it (``Irak1``);
- a word hyphenated across lines is joined on the first line: ``veilig-`` + ``heid`` gives
  ``veiligheid`` when a lower-case letter comes before the hyphen and after it; after a capital
  or a digit the hyphen stays (``NAVO-`` + ``verband`` gives ``NAVO-verband``); before a
  conjunction (``politieke-`` + ``en``) nothing is joined; a soft hyphen (U+00AD) always joins.

pypdf rather than pdfplumber: pypdf is pure Python without dependencies, and its text
visitor gives what the layout needs here (the start of each shown string, its font size, its
order in the content stream); the character boxes pdfplumber adds are not needed to tell
columns, footnotes and headers apart.
"""

from __future__ import annotations

import collections
import io
import itertools
import logging
import math
import re
from collections.abc import Sequence

import attrs

from iraq_events.documents.model import DocumentError

__all__ = ["PDF_MAGIC", "PdfText", "is_pdf", "pdf_text"]

PDF_MAGIC = b"%PDF-"
_MAGIC_WINDOW = 1024  # the header may follow some bytes of junk, as readers accept
_PAGE_NUMBER = re.compile(
    r"\s*(?:-\s*(\d{1,4})\s*-|(?:pagina|blz\.?|p\.)\s*(\d{1,4})(?:\s*(?:van|/)\s*\d{1,4})?"
    r"|(\d{1,4})(?:\s*(?:van|/)\s*\d{1,4})?)\s*",
    re.IGNORECASE,
)
_FOOTNOTE_START = re.compile(r"(\d{1,3})\s+\S")
_CONJUNCTIONS = frozenset(("en", "of", "tot", "noch", "als"))
_TOP_MARGIN = 0.88  # above this share of the page height: the top margin (and below 1 - it)
_SMALL = 0.85  # a font smaller than this share of the body size is a footnote or a marker


def is_pdf(data: bytes) -> bool:
    """True when ``data`` starts (within its first kilobyte) with the PDF header."""
    return PDF_MAGIC in data[:_MAGIC_WINDOW]


@attrs.frozen(kw_only=True)
class PdfText:
    """A PDF letter in the PDF text form: ``text`` and, per page, its start in ``text`` and its
    number as the PDF labels it (``None`` for a label that is not a number)."""

    text: str
    pages: tuple[tuple[int, int | None], ...]


@attrs.frozen
class _Piece:
    x: float
    y: float
    size: float
    text: str


@attrs.define
class _Line:
    x: float
    y: float
    size: float
    text: str
    column: int = 0


def pdf_text(data: bytes, name: str) -> PdfText:
    """The PDF text form of the PDF ``data``; ``DocumentError`` naming ``name`` when it is not
    a readable PDF, is encrypted, or has no text layer (a scan)."""
    pages = _read_pages(data, name)
    if not any(line.text.strip() for _, lines, _ in pages for line in lines):
        raise DocumentError(
            f"{name}: is a PDF without a text layer ({len(pages)} "
            f"page{'s' if len(pages) != 1 else ''}, no text: a scan?); run OCR on it first "
            "(for example ocrmypdf) and read the result"
        )
    headers = _running_headers([lines for _, lines, _ in pages])
    split: list[tuple[list[list[_Line]], list[list[_Line]]]] = []
    expected = 1  # the next footnote number, counted over the whole letter
    for _, lines, height in pages:
        body, notes, expected = _split_page(lines, headers, height, expected)
        split.append((body, notes))
    opening: list[bool] = []  # per page: does its body open a paragraph?
    last: _Line | None = None  # the last body line so far
    for body, _ in split:
        opens = True
        if last is not None and body:
            opens = _new_paragraph(last.text, body[0][0].text)
            if not opens:
                _join_across(last, body[0])
        opening.append(opens)
        if body and body[-1]:
            last = body[-1][-1]
    texts: list[str] = []
    for (body, notes), opens in zip(split, opening, strict=True):
        page = _page_text([paragraph for paragraph in body if paragraph], notes)
        if texts and body and opens:
            page = "\n" + page  # a blank line after the form feed: the page opens a paragraph
        texts.append(page)
    text = "\f".join(texts)
    feeds = [index for index, char in enumerate(text) if char == "\f"]
    labels = [label for label, _, _ in pages]
    starts = [(0, labels[0]), *zip(feeds, labels[1:], strict=True)]
    return PdfText(text=text, pages=tuple(starts))


def _join_across(last: _Line, paragraph: list[_Line]) -> None:
    """A word hyphenated across a page break (its footnotes in between): the rest of the word
    moves up to the last line of the page before, as within a page."""
    first = paragraph[0]
    joined = _join_hyphens(f"{_clean_line(last.text)}\n{_clean_line(first.text)}")
    if joined == f"{_clean_line(last.text)}\n{_clean_line(first.text)}":
        return
    head, _, rest = joined.partition("\n")
    last.text = head
    if rest.strip():
        first.text = rest
    else:
        paragraph.pop(0)


def _read_pages(data: bytes, name: str) -> list[tuple[int | None, list[_Line], float]]:
    # pypdf is a third-party parser of untrusted bytes: whatever it raises is this PDF's
    # problem, reported as a DocumentError naming it, never a crash deep inside pypdf
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except ImportError as error:  # pragma: no cover - pypdf is a dependency
        raise DocumentError(f"{name}: is a PDF, and reading PDFs needs pypdf ({error})") from error
    # pypdf logs what it repairs ("EOF marker not found") on its own logger; the reader's
    # DocumentError says what matters, so those lines are kept off the user's terminal
    pypdf_logger = logging.getLogger("pypdf")
    level = pypdf_logger.level
    pypdf_logger.setLevel(logging.ERROR + 10)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{name}: is an encrypted PDF that needs a password")
        labels = reader.page_labels
        result = []
        for index, page in enumerate(reader.pages):
            pieces: list[_Piece] = []

            def visit(
                text: str,
                cm: Sequence[float],
                tm: Sequence[float],
                font: object,
                size: float,
                pieces: list[_Piece] = pieces,
            ) -> None:
                if not text.strip("\n"):
                    return
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]) or 1.0
                pieces.append(_Piece(float(x), float(y), float(size) * scale, text))

            page.extract_text(visitor_text=visit)
            height = float(page.mediabox.height)
            width = float(page.mediabox.width)
            label = labels[index] if index < len(labels) else str(index + 1)
            number = int(label) if label.isdigit() else None
            result.append((number, _lines(pieces, width), height))
    except DocumentError:
        raise
    except FileNotDecryptedError as error:
        raise DocumentError(f"{name}: is an encrypted PDF that needs a password") from error
    except (PdfReadError, Exception) as error:
        raise DocumentError(f"{name}: is not a readable PDF ({error})") from error
    finally:
        pypdf_logger.setLevel(level)
    return result


def _lines(pieces: Sequence[_Piece], width: float) -> list[_Line]:
    """The page's lines in reading order: pieces in stream order joined into lines (a piece on
    the same baseline as the line before, within half its font size, continues it), then the
    columns of a two-column page read one after the other."""
    lines: list[_Line] = []
    for piece in pieces:
        for index, part in enumerate(piece.text.split("\n")):
            if not part.strip():
                continue
            last = lines[-1] if lines else None
            same_line = (
                last is not None
                and index == 0
                and abs(piece.y - last.y) <= 0.5 * max(last.size, piece.size)
            )
            if same_line and last is not None:
                last.text += part
                last.size = max(last.size, piece.size)
            else:
                lines.append(_Line(piece.x, piece.y, piece.size, part))
    if not lines:
        return []
    # a two-column page: at least three lines start right of the middle, at heights where
    # lines start at the left too
    gutter = width * 0.45
    left_ys = [line.y for line in lines if line.x < gutter]
    right = [line for line in lines if line.x >= gutter]
    beside = [line for line in right if left_ys and min(left_ys) <= line.y <= max(left_ys)]
    if len(beside) >= 3:
        for line in lines:
            line.column = int(line.x >= gutter)
        columns = sorted(lines, key=lambda line: (line.column, -line.y))
    else:
        columns = sorted(lines, key=lambda line: -line.y)
    return columns


def _normal(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()))


def _running_headers(pages: Sequence[Sequence[_Line]]) -> frozenset[str]:
    """The lines (digits aside) that open at least two pages and half of them: running heads."""
    if len(pages) < 2:
        return frozenset()
    counts: collections.Counter[str] = collections.Counter()
    for lines in pages:
        counts.update({_normal(line.text) for line in lines[:2]})
    need = max(2, len(pages) // 2)
    return frozenset(text for text, count in counts.items() if count >= need and text != "#")


def _split_page(
    lines: list[_Line], headers: frozenset[str], height: float, expected: int
) -> tuple[list[list[_Line]], list[list[_Line]], int]:
    """The body paragraphs and the footnotes of a page, headers and page numbers left out."""
    content = [
        line
        for position, line in enumerate(lines)
        if not (position < 2 and _normal(line.text) in headers)
        and not _is_page_number(line, height)
    ]
    if not content:
        return [], [], expected
    sizes: collections.Counter[float] = collections.Counter()
    for line in content:
        sizes[round(line.size, 1)] += len(line.text)
    body_size = sizes.most_common(1)[0][0]
    lowest_body = min(
        (line.y for line in content if line.size >= _SMALL * body_size), default=height
    )
    notes: list[list[_Line]] = []
    body_lines: list[_Line] = []
    # a line in a smaller font in the top margin is a running head, even on a one-page letter
    content = [
        line
        for line in content
        if not (line.y > height * _TOP_MARGIN and line.size < _SMALL * body_size)
    ]
    for line in content:
        small = line.size < _SMALL * body_size and line.y < lowest_body
        start = _FOOTNOTE_START.match(line.text.strip())
        # the next footnote, or one a little further when the one expected was not found
        if small and start is not None and expected <= int(start.group(1)) <= expected + 2:
            notes.append([line])
            expected = int(start.group(1)) + 1
        elif small and notes:
            notes[-1].append(line)
        else:
            body_lines.append(line)
    return _paragraphs(body_lines, body_size), notes, expected


def _is_page_number(line: _Line, height: float) -> bool:
    in_margin = line.y > height * _TOP_MARGIN or line.y < height * (1 - _TOP_MARGIN)
    return in_margin and _PAGE_NUMBER.fullmatch(line.text) is not None


def _paragraphs(lines: Sequence[_Line], body_size: float) -> list[list[_Line]]:
    if not lines:
        return []
    gaps = [
        previous.y - line.y
        for previous, line in itertools.pairwise(lines)
        if 0 < previous.y - line.y < 3 * body_size
    ]
    # the line spacing inside a paragraph: the small end of the gaps between lines (in a short
    # letter of one-line paragraphs most gaps are paragraph gaps)
    spacing = sorted(gaps)[len(gaps) // 10] if gaps else 1.2 * body_size
    paragraphs: list[list[_Line]] = [[lines[0]]]
    for previous, line in itertools.pairwise(lines):
        gap = previous.y - line.y
        # at the top of a new column (the line is higher than the one before) a paragraph
        # continues unless a sentence ended and a capital opens the column
        if gap > 1.4 * spacing or (gap < 0 and _new_paragraph(previous.text, line.text)):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _new_paragraph(last: str, first: str) -> bool:
    """Whether a page whose body opens with the line ``first`` starts a paragraph, after a page
    that ended with ``last``: a sentence ended there and a capital, digit or bullet opens it."""
    last, first = last.rstrip(), first.lstrip()
    if not last or not first:
        return True
    opens = first[0].isupper() or first[0].isdigit() or first[0] in "•\x7f-–"
    return last[-1] in ".!?:" and opens


def _page_text(body: Sequence[Sequence[_Line]], notes: Sequence[Sequence[_Line]]) -> str:
    blocks = ["\n".join(_reflow(paragraph, _measure(body))) for paragraph in body]
    if notes:
        measure = _measure(notes)
        blocks.append("\n".join(line for note in notes for line in _reflow(note, measure)))
    return "\n\n".join(block for block in blocks if block) + "\n"


def _measure(blocks: Sequence[Sequence[_Line]]) -> dict[int, int]:
    """The longest line of each column among ``blocks`` (the body, or the footnotes): the
    measure, in characters, its lines are set to."""
    longest: dict[int, int] = {}
    for line in (line for block in blocks for line in block):
        longest[line.column] = max(longest.get(line.column, 0), len(_clean_line(line.text)))
    return longest


def _reflow(lines: Sequence[_Line], longest: dict[int, int]) -> list[str]:
    """The lines of a paragraph with its wrapped lines joined: a line at least 70% as long as
    the longest of its column on the page ran to the margin, so the next line continues it; a
    shorter line (a letterhead line, a heading, the last line) ends a line of the text form,
    unless the next line's first word would not have fitted after it."""
    result: list[str] = []
    texts = [_clean_line(line.text) for line in lines]
    for index, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if index and _wrapped(texts[index - 1], text, longest[lines[index - 1].column]):
            result[-1] = _joined(result[-1], text) if result[-1] and text else result[-1] + text
        else:
            result.append(text)
        del line
    return result


def _wrapped(line: str, following: str, measure: int) -> bool:
    """Whether ``line`` ran to the margin and ``following`` continues it: it is nearly as long
    as the measure, or the first word of ``following`` would not have fitted after it (with
    room for the difference between proportional and counted widths)."""
    if not line or not following:
        return False
    word = following.split(" ", 1)[0]
    return len(line) >= 0.7 * measure or len(line) + 1 + len(word) > 0.85 * measure


def _joined(first: str, second: str) -> str:
    """Two wrapped lines as one, a word hyphenated across them joined (``_join_hyphens``)."""
    joined = _join_hyphens(f"{first}\n{second}")
    joined = joined.removesuffix("\n")
    return joined.replace("\n", " ", 1)


def _clean_line(text: str) -> str:
    # WinAnsiEncoding maps its unused codes (0x7F among them) to the bullet; pypdf leaves 0x7F
    return " ".join(text.replace("\f", " ").replace("\x7f", "\u2022").split())


_HYPHENATED = re.compile(
    r"(?P<before>[^\W\d_])(?P<hyphen>[-\u00ad])\n(?P<feed>\f?)(?P<word>[^\W_][\w-]*[.,;:!?)\]]*)"
    r"(?P<after>[ ]|\n|$)"
)


def _join_hyphens(text: str) -> str:
    """Join words hyphenated across lines (see the module docstring): the rest of the word is
    moved up to the end of the first line, the line break (and form feed) kept after it."""

    def join(match: re.Match[str]) -> str:
        before, hyphen, word = match["before"], match["hyphen"], match["word"]
        # the line break (and form feed) stays after the word; when the word was the whole
        # next line, the line break that ended that line stands for both
        tail = f"\n{match['feed']}"
        if hyphen == "\u00ad":
            return f"{before}{word}{tail}"
        if word.casefold() in _CONJUNCTIONS or not word[0].isalpha():
            return match[0]
        if before.islower() and word[0].islower():
            return f"{before}{word}{tail}"
        return f"{before}-{word}{tail}"

    return _HYPHENATED.sub(join, text)
