"""The layout of a letter's plain text that the temporal engine reads around: where its
paragraphs begin (raw PDF text doubles every line break) and the date it is signed on.

``find_dates`` (``iraq_events.temporal``) works on text and a reference date; when it is not
told where the paragraphs begin it asks ``paragraph_starts`` here. ``find_letter_date`` gives the
reference a letter speaks from. Both are re-exported under their old names from
``iraq_events.temporal`` (and ``iraq_events.temporal.api``).
"""

from __future__ import annotations

import datetime
import re

from iraq_events.temporal.types import DateParseError, Granularity

__all__ = ["find_letter_date", "paragraph_starts"]

# Raw PDF text as the seed letters come: every line is followed by an empty line ("\n\n"), and a
# paragraph ends at a line holding only spaces ("\n\n \n\n") or at three or more newlines.
# (each pattern starts with a literal newline, which the regex engine searches for quickly)
_PDF_PARAGRAPH = re.compile(r"\n(?:[^\S\n]+(?=\n)|\n\n+)")
_PLAIN_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
_SPACE_LINE = re.compile(r"\n[ \t]+\n")


def paragraph_starts(text: str) -> list[int]:
    """The offsets where a new paragraph begins in ``text`` (after the first).

    When most line breaks in ``text`` are doubled ("\\n\\n", as in text extracted from the
    letters' PDFs) and some line holds only spaces, a paragraph break is a line holding only
    whitespace or a run of three or more newlines; otherwise it is any blank line. A form feed
    always breaks a paragraph.
    """
    # the PDF convention: at least three quarters of the newlines come in pairs, and some line
    # holds only spaces (the paragraph marker)
    doubled = 8 * text.count("\n\n") >= 3 * text.count("\n") > 0 and bool(_SPACE_LINE.search(text))
    pattern = _PDF_PARAGRAPH if doubled else _PLAIN_PARAGRAPH
    starts = [match.end() for match in pattern.finditer(text)]
    if "\f" in text:
        starts = sorted({*starts, *(m.end() for m in re.finditer("\f", text))})
    return starts


# "Den Haag, 15 mei 2024", "'s-Gravenhage, 3 juni 2024", or a header line "Datum 15 mei 2024"
_SIGNING_LINE = re.compile(
    r"^[^\S\n]*(?:(?:['’]s-)?[A-Z][\w'’.-]*(?:[^\S\n]+[\w'’.-]+){0,3},|Datum)"
    r"[^\S\n]*(?P<date>\d{1,2}\s+\w+\.?\s+\d{4})",
    re.MULTILINE,
)


def find_letter_date(text: str) -> datetime.date | None:
    """The date a letter is signed on, read from its place-and-date line ("Den Haag, 15 mei
    2024"); None when the text has no such line with a valid date."""
    if not isinstance(text, str):
        return None
    from iraq_events.temporal.api import parse_date

    for match in _SIGNING_LINE.finditer(text):
        try:
            found = parse_date(match.group("date"))
        except DateParseError:
            continue
        if found.granularity is Granularity.DAY and found.earliest is not None:
            return found.earliest
    return None
