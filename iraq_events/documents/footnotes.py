"""Footnote markers: digits glued to the body text that point at a footnote.

A marker is never guessed from the digits alone. The layout walks the letter in order and asks
for the marker of the footnote it is about to read (the next number of the footnote sequence);
only a digit run whose value is that number, glued to what precedes it, qualifies:

- glued to a letter or a closing bracket or quote: ``Irak1``, ``Syrië7``, ``(AAAB)6``;
- glued to punctuation that follows a word: ``Irak,2``, ``gemeenschap.3``, ``inzet.9``;
- glued to a four-digit year, which it extends: ``2023`` + ``8`` written ``20238``.

``nr. 446 over``, ``Tower 22``, ``100 militairen``, ``€20,1`` or ``F-16`` never qualify: the
digits stand apart, follow a digit that is not a year, or follow a hyphen.
"""

from __future__ import annotations

import re

__all__ = ["find_marker", "marker_span"]

_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_CLOSERS = frozenset(")]}\"'”’»")
_PUNCTUATION = frozenset(".,;:!?")


def _glued_to_word(text: str, position: int, floor: int) -> bool:
    """True when ``text[position - 1]`` ends a word, a bracket or a quote (not a number)."""
    if position <= floor:
        return False
    before = text[position - 1]
    return before.isalpha() or before in _CLOSERS


def _preceded_by_year(text: str, position: int, floor: int) -> bool:
    start = position - 4
    if start < floor or not _YEAR.fullmatch(text, start, position):
        return False
    return start == floor or not text[start - 1].isalnum()


def marker_span(text: str, run_start: int, run_end: int, number: int, floor: int = 0) -> int | None:
    """Where footnote ``number``'s marker starts inside the digit run ``text[run_start:run_end]``.

    ``floor`` is the first offset of the line (nothing before it counts as glue). Returns
    ``None`` when the run does not end in a marker for ``number``.
    """
    digits = str(number)
    if not text.endswith(digits, run_start, run_end):
        return None
    if run_end < len(text) and text[run_end].isalpha():
        return None
    marker_start = run_end - len(digits)
    if marker_start > run_start:
        # digits glued to digits: only a year followed by the footnote number
        if marker_start - run_start == 4 and _preceded_by_year(text, marker_start, floor):
            return marker_start
        return None
    if _glued_to_word(text, marker_start, floor):
        return marker_start
    if marker_start - 1 > floor and text[marker_start - 1] in _PUNCTUATION:
        punctuation = marker_start - 1
        if _glued_to_word(text, punctuation, floor) or _preceded_by_year(text, punctuation, floor):
            return marker_start
    return None


def find_marker(
    text: str, start: int, end: int, number: int, floor: int | None = None
) -> int | None:
    """The offset of the first marker of footnote ``number`` in ``text[start:end]``, if any."""
    line_floor = start if floor is None else floor
    for run in _DIGITS.finditer(text, start, end):
        found = marker_span(text, run.start(), run.end(), number, line_floor)
        if found is not None:
            return found
    return None
