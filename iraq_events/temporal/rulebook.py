"""The register of the grammar's rules and what their builders share: reading a match's
words as numbers, months, units and markers, checking a day against its month, and the
look at the words around a match (a preposition before a bare month or year)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import NamedTuple

from iraq_events.temporal.patterns import _LEX, _RULE_WORDS, _connector_alt, _words
from iraq_events.temporal.types import Granularity
from iraq_events.temporal.values import CalendarValue, Value, YearSource, month_length

# --- the rules -------------------------------------------------------------------------------
# Each rule: (name, pattern with "@" standing for the rule's group prefix, builder). Order
# matters where two rules can start at the same position: the longer reading comes first.

Groups = Callable[[str], str | None]
Span = Callable[[str], tuple[int, int]]


class _Built(NamedTuple):
    """What a rule's builder read (a named tuple: one is built for every candidate)."""

    rule: str
    value: Value
    end: int | None = None  # span end when it is not the end of the rule's match
    problem: str | None = None
    keep_open: bool = True  # False: an open modifier before it is a plain preposition
    keep_part: bool = True
    before_is_for: bool = False  # "voor 2024" is "for 2024", not "before 2024"
    needs_context: bool = False  # a bare name ("in januari", "in de zomer") needs a preposition
    needs_modifier: bool = False  # "de maand" is a date only after a modifier ("tot het einde van")
    approx: bool = False  # "de komende paar dagen": a count of about that many


Builder = Callable[[Groups, Span, str, int], _Built | None]

_RULES: list[tuple[str, str, Builder]] = []


def _rule(name: str, pattern: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        _RULES.append((name, pattern, builder))
        return builder

    return register


def _month(word: str | None) -> int | None:
    if word is None:
        return None
    return _LEX.months[word.lower().rstrip(".")]


def _number(word: str) -> float | None:
    word = " ".join(word.lower().split())
    if word in _LEX.numbers:
        return _LEX.numbers[word]
    return float(word.replace(",", "."))


def _unit(word: str) -> str:
    return _LEX.units[word.lower()]


def _marker(word: str | None) -> YearSource:
    if word is None:
        return YearSource.CONTEXT
    return YearSource.PAST if _LEX.markers[word.lower()] == "past" else YearSource.FUTURE


def _check_day(year: int | None, month: int, day: int) -> str | None:
    last = month_length(year if year is not None else 2000, month)
    if day > last:
        name = _LEX.month_names[month - 1]
        where = f"{name} {year}" if year is not None else name
        return f"{where} has no day {day}"
    return None


# the calendar values most rules build, every field by position through tuple.__new__ (by
# keywords a named tuple costs about twice as much, and its own __new__ is a Python function):
# grain, year, month, day, detail, year_source, year_offset, weekday, position, holiday
_new_tuple = tuple.__new__
_WRITTEN = YearSource.WRITTEN


def _day_value(year: int | None, month: int, day: int, source: YearSource) -> CalendarValue:
    return _new_tuple(CalendarValue, (Granularity.DAY, year, month, day, None, source, 0, None,
                                      None, None))  # fmt: skip


def _month_value(year: int | None, month: int, source: YearSource) -> CalendarValue:
    return _new_tuple(CalendarValue, (Granularity.MONTH, year, month, None, None, source, 0,
                                      None, None, None))  # fmt: skip


def _year_value(year: int) -> CalendarValue:
    return _new_tuple(CalendarValue, (Granularity.YEAR, year, None, None, None, _WRITTEN, 0,
                                      None, None, None))  # fmt: skip


_CONNECTOR_NAMES = _RULE_WORDS["connector"]
_EXCLUSIVE = {_CONNECTOR_NAMES[word] for word in _RULE_WORDS["exclusive"]}
_NEEDS_BETWEEN = {_CONNECTOR_NAMES[word] for word in _RULE_WORDS["needs_between"]}
_CONNECTOR_AHEAD = re.compile(_connector_alt(_CONNECTOR_NAMES))
_AFTER_BETWEEN = re.compile(rf"(?i)(?<!\w){_words('between')}\s+$")


def _connector(word: str | None) -> tuple[str, bool]:
    """The rule-name part of a range connector and whether the range is inclusive."""
    key = " ".join((word or "-").lower().split())
    name = _CONNECTOR_NAMES.get(key, "dash")
    return name, name not in _EXCLUSIVE


def _after_tussen(text: str, start: int) -> bool:
    """Whether "1 en 15 maart" is one range: after "tussen", or standing alone at the start
    (so that the span of "tussen 1 en 15 maart" reads back as the same range)."""
    before = text[max(0, start - 12) : start]
    at_start = start <= 12 and not before.strip()
    return at_start or _AFTER_BETWEEN.search(before) is not None


def _standing_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all there is (bar brackets and punctuation); looks at a
    few characters only, so that scanning stays linear."""
    if start > 8 or len(text) - end > 8:
        return False
    return not text[:start].strip(" \t([") and not text[end:].strip(" \t.,;:!?)]")


def _check_weekday(word: str | None, year: int, month: int, day: int) -> str | None:
    """A weekday that contradicts the date makes the date doubtful: a problem, not a guess."""
    if word is None:
        return None
    stated = _LEX.weekdays[word.lower().rstrip(".")]
    actual = calendar.weekday(year, month, day) + 1
    if stated == actual:
        return None
    written = f"{day} {_LEX.month_names[month - 1]} {year}"
    names = _LEX.weekday_names
    return f"{written} is a {names[actual - 1]}, not a {names[stated - 1]}"


_MARKER_NAMES = {value: name for name, value in _RULE_WORDS["marker_name"].items()}


def _marker_name(source: YearSource) -> str:
    return _MARKER_NAMES["past" if source is YearSource.PAST else "future"]


def _optional_year(text: str | None) -> int | None:
    return int(text) if text else None


def _unit_value(grain: Granularity, year: int | None, detail: int | str) -> CalendarValue:
    """A quarter, half or season; without a written year it takes the year from context."""
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    return CalendarValue(grain=grain, year=year, detail=detail, year_source=source)


_OPENING_MARKS = "\"'“„‘«(["


def _word_before(text: str, position: int) -> str:
    """The run of non-space characters before ``position`` (within 40 characters: a
    compound such as "VN-Veiligheidsraadresolutie" is one word)."""
    words = text[max(0, position - 40) : position].rsplit(None, 1)
    if not words:
        return ""
    # a quotation or a bracket that opens on the word ('“In 2014 ...', '(In 2014 ...') is no
    # part of it; a bare opening mark stays (a year right after "(" is a year)
    word = words[-1].lower()
    return word.lstrip(_OPENING_MARKS) or word


_WORD_AFTER = re.compile(r"\s*(\w+)")


def _word_after(text: str, position: int) -> str:
    found = _WORD_AFTER.match(text, position, position + 20)
    return found.group(1).lower() if found else ""


def _month_context(text: str, start: int) -> bool:
    """A bare month name reads as a date only after a temporal preposition ("in mei")."""
    return _word_before(text, start) in _LEX.date_context_words


def _year_context(text: str, start: int, end: int) -> bool:
    """Whether a bare four-digit number is a year: after a temporal preposition, or standing
    alone before punctuation; never after "nr.", "artikel", "€" or a count word like "circa"."""
    before = _word_before(text, start)
    if before in _LEX.number_context_words or before.endswith("€"):
        return False
    if before in _LEX.rule_words.get("number_list", ()):
        # "resoluties 1970 en 1973": the second number is what the first is
        words = text[max(0, start - 60) : start].split()
        if (
            len(words) >= 3
            and words[-2].isdigit()
            and words[-3].lower() in _LEX.number_context_words
        ):
            return False
    if before.rstrip(".") in _LEX.months:  # a month-year that was rejected ("32 mei 2024")
        return False
    if before in _LEX.date_context_words or before.endswith("("):
        return True
    after = text[end : end + 3].lstrip(" \t")
    return after == "" or after[0] in ".,;:)]\n\r'’\""
