"""The layout of a letter's text as a PDF extractor leaves it: lines, pages, footnote blocks,
footnote markers, the letterhead and closing block, paragraphs and section headings.

Everything is located by offsets into the original text, which is never changed. What the text
of these letters looks like (see the seed letter with ``cat -A``):

- lines are usually separated by an empty line (``"\\n\\n"``); a line holding a single space
  separates paragraphs;
- a page number stands alone on a line at the top of some pages;
- at the foot of a page, after a line holding a single space, come the page's footnotes, each
  starting with its number (``1 Tweede Kamerstuk 27 925, nr. 943.``); the body then resumes on
  the next page with a line that starts with a single space, directly after the last footnote
  line;
- a body line directly followed by a line starting with a single space is the last line of a
  page too;
- a form feed, where an extractor writes one, starts a page.

Text that has none of this (plain paragraphs separated by blank lines) reads as one page of
paragraphs.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from iraq_events.documents import metadata
from iraq_events.documents.footnotes import find_marker
from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.lines import Line, Lines, LineTexts, Role, split_lines
from iraq_events.documents.model import FootnoteMarker

__all__ = ["Layout", "Line", "Lines", "ParagraphLines", "Role", "analyse"]

_PAGE_NUMBER = re.compile(r"\s*(\d{1,3})\s*")
_FOOTNOTE_START = re.compile(r"(\d{1,3})[ \t\u00a0]+(?=\S)")
_NUMBERED_HEADING = re.compile(r"\d{1,2}[.)]\s+\S")
_SENTENCE_END = ".;,!?"
_INNER_SENTENCE_END = re.compile(r"[^\W\d_][.!?]\s")
_NUMBERED_HEADING_PREFIX = re.compile(r"\d{1,2}[.)]\s+")


@attrs.define(kw_only=True)
class _PageDraft:
    start: int
    number: int | None = None
    has_content: bool = False


@attrs.define(kw_only=True)
class FootnoteDraft:
    number: int
    lines: list[Line]
    text_start: int


@attrs.frozen(kw_only=True)
class ParagraphLines:
    """A paragraph (or heading) of the body: the lines it is made of."""

    lines: tuple[Line, ...]
    heading: bool = False
    level: int = 1


@attrs.frozen(kw_only=True)
class Layout:
    lines: Lines
    pages: tuple[tuple[int, int | None], ...]  # (start, printed number)
    footnotes: tuple[FootnoteDraft, ...]
    markers: tuple[FootnoteMarker, ...]
    front: tuple[Line, ...]
    closing: tuple[Line, ...]
    paragraphs: tuple[ParagraphLines, ...]
    double_spaced: bool


def _is_double_spaced(lines: Sequence[Line]) -> bool:
    """True when consecutive text lines are mostly separated by an empty line (PDF extraction)."""
    doubled = single = 0
    for previous, current in itertools.pairwise(lines):
        if previous.blank:
            continue
        if current.blank and current.start == current.end:
            doubled += 1
        elif not current.blank:
            single += 1
    return doubled > single


def _continues_page(text: str, line: Line) -> bool:
    """A line starting with exactly one space: the first body line of a new page."""
    return not line.blank and line.lstart == line.start + 1 and text[line.start] == " "


class _Walker:
    """One pass over the lines: pages, footnote blocks and the markers that point at them."""

    def __init__(self, text: str, lines: Lines, double_spaced: bool) -> None:
        self.text = text
        self.lines = lines
        self.double_spaced = double_spaced
        self.pages = [_PageDraft(start=0)]
        self.footnotes: list[FootnoteDraft] = []
        self.markers: list[FootnoteMarker] = []
        self.body: list[Line] = []
        self.body_cursor = 0  # index into self.body of the first line to search for markers
        self.offset_cursor = 0  # offset after the last marker found
        self.break_pending = False
        # the number of the last page that prints one (every number is set by number_page),
        # kept so that a page-number line is checked without a scan of every page
        self.last_printed: int | None = None

    @property
    def expected(self) -> int:
        return self.footnotes[-1].number + 1 if self.footnotes else 1

    def new_page(self, start: int, number: int | None = None) -> None:
        page = self.pages[-1]
        if not page.has_content:
            page.number = page.number if number is None else number
            return
        self.pages.append(_PageDraft(start=start, number=number))

    def marker_for(self, number: int) -> FootnoteMarker | None:
        for position in range(self.body_cursor, len(self.body)):
            line = self.body[position]
            search_from = max(line.lstart, self.offset_cursor)
            if search_from >= line.lend:
                continue
            found = find_marker(self.text, search_from, line.lend, number, floor=line.lstart)
            if found is not None:
                marker = FootnoteMarker(number=number, start=found, end=found + len(str(number)))
                self.markers.append(marker)
                self.body_cursor = position
                self.offset_cursor = marker.end
                return marker
        return None

    def footnote_start(self, line: Line) -> int | None:
        match = _FOOTNOTE_START.match(self.text, line.start, line.lend)
        if match is None or int(match.group(1)) != self.expected:
            return None
        if self.marker_for(self.expected) is None:
            return None
        return match.end()

    def page_number(self, position: int) -> int | None:
        line = self.lines[position]
        match = _PAGE_NUMBER.fullmatch(self.text, line.start, line.end)
        if match is None:
            return None
        previous_blank = position == 0 or self.lines[position - 1].blank
        next_blank = position + 1 >= len(self.lines) or self.lines[position + 1].blank
        number = int(match.group(1))
        printed = self.last_printed
        if not (previous_blank and next_blank) or (printed is not None and number <= printed):
            return None
        return number

    def walk(self) -> None:
        in_footnote = False
        for position, line in enumerate(self.lines):
            if "\f" in self.text[line.start : line.lstart]:
                in_footnote = False
                self.new_page(line.start)
            if in_footnote:
                if _continues_page(self.text, line):
                    in_footnote = False
                    self.new_page(line.start)
                elif line.blank and line.start != line.end:
                    in_footnote = False
                elif self.page_number(position) is None:
                    self.footnote_line(line)
                    continue
                else:
                    in_footnote = False
            in_footnote = self.body_line(position, line)

    def footnote_line(self, line: Line) -> None:
        line.role = Role.FOOTNOTE
        text_start = None if line.blank else self.footnote_start(line)
        if text_start is not None:
            self.footnotes.append(
                FootnoteDraft(number=self.expected, lines=[line], text_start=text_start)
            )
        else:
            self.footnotes[-1].lines.append(line)

    def body_line(self, position: int, line: Line) -> bool:
        """Classify a line outside a footnote block; True when it opens one."""
        if line.blank:
            line.role = Role.EMPTY if line.start == line.end else Role.SPACE
            return False
        number = self.page_number(position)
        if number is not None:
            line.role = Role.PAGE_NUMBER
            self.number_page(number, line)
            return False
        previous = self.lines[position - 1] if position else None
        if (
            self.double_spaced
            and previous is not None
            and not previous.blank
            and previous.role is not Role.PAGE_NUMBER
            and _continues_page(self.text, line)
        ):
            self.new_page(line.start)
        if (previous is None or previous.blank) and (text_start := self.footnote_start(line)):
            line.role = Role.FOOTNOTE
            if previous is not None and previous.role is Role.SPACE:
                previous.role = Role.FOOTNOTE_SEPARATOR
            self.footnotes.append(
                FootnoteDraft(number=self.expected, lines=[line], text_start=text_start)
            )
            return True
        if self.break_pending:
            self.break_pending = False
            self.new_page(line.start)
        line.role = Role.BODY
        self.body.append(line)
        self.pages[-1].has_content = True
        return False

    def number_page(self, number: int, line: Line) -> None:
        self.last_printed = number
        page = self.pages[-1]
        natural = len(self.pages)
        if not page.has_content:
            page.number = number
        elif page.number is None and number == natural:
            # a footer: it closes the page it is printed on
            page.number = number
            self.break_pending = True
        else:
            self.new_page(line.start, number)


def _strip_markers(text: str, line: Line, markers: Sequence[FootnoteMarker]) -> str:
    pieces: list[str] = []
    position = line.lstart
    # markers are found in reading order, so sorted by offset: a bisect, not a scan of them all
    first = bisect.bisect_left(markers, line.lstart, key=lambda marker: marker.start)
    for marker in markers[first:]:
        if marker.start >= line.lend:
            break
        if line.lstart <= marker.start < line.lend:
            pieces.append(text[position : marker.start])
            position = marker.end
    pieces.append(text[position : line.lend])
    return "".join(pieces)


def _is_heading(
    text: str, line: Line, following: Line | None, markers: Sequence[FootnoteMarker], width: float
) -> bool:
    content = _strip_markers(text, line, markers).strip()
    if not content or len(content) > 0.9 * width:
        return False
    first = content[0]
    if not (first.isupper() or _NUMBERED_HEADING.match(content)):
        return False
    if content[-1] in _SENTENCE_END:
        return False
    if _INNER_SENTENCE_END.search(_NUMBERED_HEADING_PREFIX.sub("", content, count=1)):
        return False
    if content.endswith(":") and len(content.split()) > 8:
        return False
    if following is None:
        return True
    next_first = text[following.lstart]
    return next_first.isupper() or next_first.isdigit() or _starts_bullet(text, following)


def _starts_bullet(text: str, line: Line) -> bool:
    for bullet in lexicon().bullets:
        if text.startswith(bullet, line.lstart):
            after = line.lstart + len(bullet)
            return after < line.lend and text[after].isspace()
    return False


def _separated(text: str, previous: Line, gap: Sequence[Line], current: Line, double: bool) -> bool:
    if _starts_bullet(text, current):
        return True
    if not double:
        # a page's footnote block followed by a form feed (the PDF text form) interrupts a
        # paragraph broken by the page: only a blank line after the block separates
        notes = [index for index, line in enumerate(gap) if line.role is Role.FOOTNOTE]
        if notes and "\f" in text[gap[notes[-1]].end : current.lstart]:
            gap = gap[notes[-1] + 1 :]
        return any(line.role in (Role.EMPTY, Role.SPACE) for line in gap)
    if any(line.role is Role.SPACE for line in gap):
        return True
    empties = sum(1 for line in gap if line.role is Role.EMPTY)
    if empties >= 2:
        return True
    if not gap:
        # a single line break in double-spaced text: a new paragraph if a sentence ended
        ends = text[previous.lend - 1] in ".!?:"
        return ends and text[current.lstart].isupper()
    return False


def _heading_after_footnotes(
    text: str,
    previous: Line,
    gap: Sequence[Line],
    current: Line,
    following: Line | None,
    markers: Sequence[FootnoteMarker],
    width: float,
) -> bool:
    """A page that starts with a heading right after the previous page's footnote block.

    The body resumes after footnotes without a paragraph separator, so a finished sentence
    before the block and a heading-like line after it are the only signs of a new section.
    """
    if not any(line.role is Role.FOOTNOTE for line in gap):
        return False
    if text[previous.lend - 1] not in ".!?:":
        return False
    return _is_heading(text, current, following, markers, width)


def _line_width(text: str, body: Sequence[Line]) -> float:
    lengths = sorted(line.lend - line.lstart for line in body)
    if not lengths:
        return 80.0
    return max(40.0, float(lengths[(len(lengths) * 3) // 4]))


def _paragraphs(
    text: str, lines: Sequence[Line], markers: Sequence[FootnoteMarker], double: bool
) -> list[ParagraphLines]:
    body = [line for line in lines if line.role is Role.BODY]
    width = _line_width(text, body)
    groups: list[list[Line]] = []
    previous: Line | None = None
    gap: list[Line] = []
    # the body lines come in the order of ``body``: the one after each is found by its
    # position there, not by a map of every line (tens of bytes a line of a long letter)
    at = -1
    for line in lines:
        if line.role is not Role.BODY:
            if previous is not None:
                gap.append(line)
            continue
        at += 1
        following = body[at + 1] if at + 1 < len(body) else None
        if (
            previous is None
            or _separated(text, previous, gap, line, double)
            or _heading_after_footnotes(text, previous, gap, line, following, markers, width)
        ):
            groups.append([line])
        else:
            groups[-1].append(line)
        previous = line
        gap = []
    paragraphs: list[ParagraphLines] = []
    level_of_last_unnumbered = 0
    for group in groups:
        position = 0
        run = 0
        while position < len(group):
            line = group[position]
            following = group[position + 1] if position + 1 < len(group) else None
            if not _is_heading(text, line, following, markers, width):
                break
            heading_lines = [line]
            # a heading wrapped over two lines: the first is nearly as wide as the text
            while (
                following is not None
                and heading_lines[-1].lend - heading_lines[-1].lstart >= 0.75 * width
                and _is_heading(
                    text,
                    following,
                    group[position + len(heading_lines) + 1]
                    if position + len(heading_lines) + 1 < len(group)
                    else None,
                    markers,
                    width,
                )
            ):
                heading_lines.append(following)
                nxt = position + len(heading_lines)
                following = group[nxt] if nxt < len(group) else None
            run += 1
            if _NUMBERED_HEADING.match(text, line.lstart):
                level = level_of_last_unnumbered + 1
            else:
                level = run
                level_of_last_unnumbered = level
            paragraphs.append(ParagraphLines(lines=tuple(heading_lines), heading=True, level=level))
            position += len(heading_lines)
        if position < len(group):
            paragraphs.append(ParagraphLines(lines=tuple(group[position:])))
    return paragraphs


def _mark_front_and_closing(lines: Sequence[Line], text: str) -> tuple[list[Line], list[Line]]:
    body = [line for line in lines if line.role is Role.BODY]
    contents = LineTexts(text, body)
    front_count = metadata.front_matter_length(contents)
    front = body[:front_count]
    closing_index = metadata.closing_start(contents, earliest=front_count)
    closing = body[closing_index:] if closing_index is not None else []
    for line in front:
        line.role = Role.FRONT
    for line in closing:
        line.role = Role.CLOSING
    return front, closing


def analyse(text: str, *, single_spaced: bool = False) -> Layout:
    """The layout of ``text``; ``single_spaced`` says that a blank line separates paragraphs
    (the PDF text form, whose paragraphs are one line each) instead of judging the spacing."""
    lines = split_lines(text)
    double = not single_spaced and _is_double_spaced(lines)
    walker = _Walker(text, lines, double)
    walker.walk()
    # footnote blocks are single-spaced even where the body is not: judge the body alone
    body_double = not single_spaced and _is_double_spaced(
        [line for line in lines if line.role is not Role.FOOTNOTE]
    )
    if body_double != double:
        lines = split_lines(text)
        double = body_double
        walker = _Walker(text, lines, double)
        walker.walk()
    front, closing = _mark_front_and_closing(lines, text)
    markers = tuple(walker.markers)
    paragraphs = _paragraphs(text, lines, markers, double)
    return Layout(
        lines=lines,
        pages=tuple((page.start, page.number) for page in walker.pages),
        footnotes=tuple(walker.footnotes),
        markers=markers,
        front=tuple(front),
        closing=tuple(closing),
        paragraphs=tuple(paragraphs),
        double_spaced=double,
    )
