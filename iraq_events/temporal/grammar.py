"""The Dutch date grammar: named rules that read text into underspecified values.

All rules are alternatives of one compiled pattern, tried in order (longer rules first at the
same position), behind a shared prefix of modifier words (``sinds``, ``tot en met``,
``circa``, ``eind`` ...). Each rule has a builder that turns the match into a ``Parse`` (or
rejects it, for example a bare four-digit number that is a count, not a year). The pattern is
only tried where a cheap trigger search says an expression can start. The words come from the
lexicon tables; no letter's facts live here.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

import attrs

from iraq_events.temporal.lexicon import Lexicon, lexicon
from iraq_events.temporal.types import Granularity, Mod
from iraq_events.temporal.values import (
    AnaphorValue,
    CalendarValue,
    DurationValue,
    OpenKind,
    ParliamentaryYearValue,
    Parse,
    RangeValue,
    RecessValue,
    RelativeValue,
    SetValue,
    Value,
    YearSource,
    month_length,
)

__all__ = ["RULE_NAMES", "glued_footnote_end", "scan"]

_LEX = lexicon()


def _alt(words: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first; a phrase ending in a letter or digit
    must not run on into a longer word."""
    items = sorted(set(words), key=len, reverse=True)
    parts = []
    for word in items:
        pattern = r"\s+".join(re.escape(piece) for piece in word.split())
        if word[-1].isalnum():
            pattern += r"(?!\w)"
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


# an expression never starts right after a letter, digit or one of these characters
_NOT_BEFORE = r"\w.,/€$@#%&+=\-"
_GUARD_START = rf"(?<![{_NOT_BEFORE}])"
# the character before an expression, as a class the regex engine tests quickly: the ASCII
# characters outside _NOT_BEFORE, or any other character that the lookbehind then checks (a
# negated class with ``\w`` is a slow test on every character of the text)
_BEFORE_START = (
    "["
    + "".join(re.escape(chr(c)) for c in range(128) if not re.match(f"[{_NOT_BEFORE}]", chr(c)))
    + r"\x80-\U0010ffff]"
)
_WS = r"\s+"
_RULE_WORDS = lexicon().rule_words


def _words(role: str) -> str:
    """An alternation of the phrases of ``role`` in rule_words.tsv (``_alt``)."""
    return _alt(_RULE_WORDS[role])


def _connector_alt(phrases: Iterable[str]) -> str:
    """The range connectors, longest first; a word ("tot", "en") must end there, a sign
    ("t/m") may run on into the date."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(piece) for piece in phrase.split())
        parts.append(pattern + (r"(?!\w)" if phrase.replace(" ", "").isalpha() else ""))
    return "|".join(parts)


_CONNECTOR = (
    r"\s*(?P<{}>[-–—]|" + _connector_alt(_RULE_WORDS["connector"]).replace("{", "{{") + r")\s*"
)


@attrs.frozen
class _Pieces:
    """Pattern pieces built from the lexicon."""

    month: str
    full_month: str
    weekday: str
    full_weekday: str
    marker: str
    number: str
    unit: str
    plural_unit: str
    ordinal: str
    season: str
    shift: str
    set_word: str
    anaphor: str
    recess: str
    now: str
    relative_day: str
    bare_weekday: str
    holiday: str
    position: str
    day_unit: str


def _pieces(lex: Lexicon) -> _Pieces:
    weekday_words = [w for w in lex.weekdays if w in lex.full_weekdays]
    weekday_words += [w + "." for w in lex.weekdays if w not in lex.full_weekdays]
    weekday_words += [w for w in lex.weekdays if w not in lex.full_weekdays]
    months = [w for w in lex.months if w in lex.full_months]
    months += [w + "." for w in lex.months if w not in lex.full_months]
    months += [w for w in lex.months if w not in lex.full_months]
    return _Pieces(
        month=_alt(months),
        full_month=_alt(lex.full_months),
        weekday=_alt(weekday_words),
        full_weekday=_alt(lex.full_weekdays),
        marker=_alt(lex.markers),
        number=r"(?:(?<![\d.,])\d{1,3}(?:,5)?(?![\d.,]\d)|" + _alt(lex.numbers) + ")",
        unit=_alt(lex.units),
        plural_unit=_alt(lex.plural_units),
        ordinal=_alt(lex.ordinals),
        season=_alt(lex.seasons),
        shift=_alt(lex.shifts),
        set_word=_alt(lex.sets),
        anaphor=_alt(lex.anaphora),
        recess=_alt(lex.recess_fallbacks),
        now=_alt(lex.now_words),
        relative_day=_alt(lex.relative_days),
        bare_weekday=_alt(
            [*lex.full_weekdays, *(w + "." for w in lex.weekdays if w not in lex.full_weekdays)]
        ),
        holiday=_alt(lex.holidays),
        position=_alt(lex.positions),
        day_unit=_alt(
            w
            for w, unit in lex.units.items()
            if unit in ("D", "W") and w in {u for u in lex.units if u not in lex.plural_units}
        ),
    )


_P = _pieces(_LEX)


_ORDINAL_SUFFIX = _words("ordinal_suffix").replace(r"(?!\w)", "")


def _day(name: str) -> str:
    """A day of the month, also written as an ordinal ("18de juli", "4e jan")."""
    return rf"(?P<{name}>0?[1-9]|[12]\d|3[01]){_ORDINAL_SUFFIX}?(?!\d)"


def _year(name: str) -> str:
    return rf"(?P<{name}>1[89]\d\d|2[01]\d\d)(?!\d)"


# A footnote marker glued to a year ("20238" = 2023 + footnote 8): one or two digits, read as
# part of the match and left out of the expression's span; handled here only (``_year_fn`` in
# the rules, ``glued_footnote_end`` for what follows a parse).
_GLUED_FOOTNOTE = r"\d{1,2}"
_FOOTNOTE_AFTER = re.compile(_GLUED_FOOTNOTE + r"(?=[\s.,;:!?)\]]|$)")


def _year_fn(name: str) -> str:
    """A year that may carry a glued footnote marker ("20238" = 2023 + footnote 8)."""
    return rf"(?P<{name}>1[89]\d\d|2[01]\d\d)(?:{_GLUED_FOOTNOTE})?(?!\d)"


def glued_footnote_end(text: str, end: int) -> int:
    """Where a footnote marker glued to the year that ends at ``end`` ends (``end`` if none)."""
    if not text[end - 1 : end].isdigit():
        return end
    footnote = _FOOTNOTE_AFTER.match(text, end)
    return footnote.end() if footnote else end


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


# --- the rules -------------------------------------------------------------------------------
# Each rule: (name, pattern with "@" standing for the rule's group prefix, builder). Order
# matters where two rules can start at the same position: the longer reading comes first.

Groups = Callable[[str], str | None]
Span = Callable[[str], tuple[int, int]]


@attrs.frozen
class _Built:
    rule: str
    value: Value
    end: int | None = None  # span end when it is not the end of the rule's match
    problem: str | None = None
    keep_open: bool = True  # False: an open modifier before it is a plain preposition
    keep_part: bool = True
    before_is_for: bool = False  # "voor 2024" is "for 2024", not "before 2024"
    needs_context: bool = False  # a bare name ("in januari", "in de zomer") needs a preposition
    needs_modifier: bool = False  # "de maand" is a date only after a modifier ("tot het einde van")


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


def _day_value(year: int | None, month: int, day: int, source: YearSource) -> CalendarValue:
    return CalendarValue(grain=Granularity.DAY, year=year, month=month, day=day, year_source=source)


def _month_value(year: int | None, month: int, source: YearSource) -> CalendarValue:
    return CalendarValue(grain=Granularity.MONTH, year=year, month=month, year_source=source)


def _year_value(year: int) -> CalendarValue:
    return CalendarValue(grain=Granularity.YEAR, year=year)


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


@_rule("parliamentary_year", rf"vergaderjaar\s+{_year('@y1')}\s*[-–—/]\s*{_year('@y2')}")
def _parliamentary_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    first, second = int(g("y1") or 0), int(g("y2") or 0)
    if second != first + 1:
        return None
    return _Built("parliamentary_year", ParliamentaryYearValue(first_year=first))


def _range_connector(g: Groups, text: str, start: int) -> tuple[str, bool] | None:
    """The connector of a range rule and whether it is inclusive.

    ``None`` for "en" outside "tussen ... en ...": there the words list two dates, not a range.
    """
    conn, inclusive = _connector(g("conn"))
    if conn in _NEEDS_BETWEEN and not _after_tussen(text, start):
        return None
    return conn, inclusive


def _month_range_head(
    g: Groups, text: str, start: int
) -> tuple[str, bool, int, int, int | None, int | None] | None:
    """Connector, inclusiveness, both months and both years of a range between two months.

    ``None`` when the words are not one range: "en" outside "tussen ... en ...", or a year
    written on the first side only ("mei 2023 tot juni").
    """
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    m1, m2 = _month(g("m1")), _month(g("m2"))
    assert m1 is not None and m2 is not None
    y1 = int(v) if (v := g("y1")) else None
    y2 = int(v) if (v := g("y2")) else None
    if y1 is not None and y2 is None:
        return None
    return (*connector, m1, m2, y1, y2)


@_rule(
    "range.day_day_month",
    rf"{_day('@d1')}{_CONNECTOR.format('@conn')}{_day('@d2')}{_WS}(?P<@m>{_P.month})"
    rf"(?:{_WS}{_year_fn('@y')}|\s*(?P<@mark>{_P.marker}))?",
)
def _range_day_day_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    conn, inclusive = connector
    month = _month(g("m"))
    assert month is not None
    year = int(y) if (y := g("y")) else None
    source = YearSource.WRITTEN if year is not None else _marker(g("mark"))
    d1, d2 = int(g("d1") or 0), int(g("d2") or 0)
    if d2 < d1 or (d2 == d1 and not inclusive):
        return None
    problem = _check_day(year, month, d2)
    end = span("y")[1] if year is not None else None
    value = RangeValue(
        first=_day_value(year, month, d1, source),
        last=_day_value(year, month, d2, source),
        inclusive=inclusive,
    )
    return _Built(f"range.day_{conn}_day_month", value, end=end, problem=problem)


@_rule(
    "range.day_month_day_month",
    rf"{_day('@d1')}{_WS}(?P<@m1>{_P.month})(?:{_WS}{_year('@y1')})?"
    rf"{_CONNECTOR.format('@conn')}{_day('@d2')}{_WS}(?P<@m2>{_P.month})"
    rf"(?:{_WS}{_year_fn('@y2')}|\s*(?P<@mark>{_P.marker}))?",
)
def _range_day_month_day_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    head = _month_range_head(g, text, start)
    if head is None:
        return None
    conn, inclusive, m1, m2, y1, y2 = head
    source = YearSource.WRITTEN if y2 is not None else _marker(g("mark"))
    d1, d2 = int(g("d1") or 0), int(g("d2") or 0)
    problem = _check_day(y1 if y1 is not None else y2, m1, d1) or _check_day(y2, m2, d2)
    value = RangeValue(
        first=_day_value(y1, m1, d1, YearSource.WRITTEN if y1 is not None else source),
        last=_day_value(y2, m2, d2, source),
        inclusive=inclusive,
    )
    end = span("y2")[1] if y2 is not None else None
    return _Built(f"range.day_month_{conn}_day_month", value, end=end, problem=problem)


@_rule(
    "range.month_month",
    rf"(?P<@m1>{_P.full_month})(?:{_WS}{_year('@y1')})?{_CONNECTOR.format('@conn')}"
    rf"(?P<@m2>{_P.full_month})(?:{_WS}{_year_fn('@y2')}|\s*(?P<@mark>{_P.marker}))?",
)
def _range_month_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    head = _month_range_head(g, text, start)
    if head is None:
        return None
    conn, inclusive, m1, m2, y1, y2 = head
    if y2 is None and g("mark") is None and not _month_context(text, start):
        return None
    source = YearSource.WRITTEN if y2 is not None else _marker(g("mark"))
    value = RangeValue(
        first=_month_value(y1, m1, YearSource.WRITTEN if y1 is not None else source),
        last=_month_value(y2, m2, source),
        inclusive=inclusive,
    )
    end = span("y2")[1] if y2 is not None else None
    return _Built(f"range.month_{conn}_month", value, end=end)


@_rule(
    "range.year_year",
    rf"{_year('@y1')}{_CONNECTOR.format('@conn')}{_year('@y2')}(?![.,]\d)",
)
def _range_year_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    conn, inclusive = connector
    y1, y2 = int(g("y1") or 0), int(g("y2") or 0)
    if y2 < y1 or (y2 == y1 and not inclusive):  # "2023 tot en met 2023" is one year
        return None
    value = RangeValue(first=_year_value(y1), last=_year_value(y2), inclusive=inclusive)
    # "voor 2023-2027" is "for", not "before": a preposition before a span of years
    return _Built(f"range.year_{conn}_year", value, before_is_for=True)


_NUM_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])"
_NUM_YEAR = r"(?:1[89]\d\d|2[01]\d\d|\d\d)"


def _numeric_side(name: str) -> str:
    return (
        rf"(?P<{name}d>{_NUM_DAY})(?P<{name}punct>[-/.])(?P<{name}m>{_NUM_MONTH})"
        rf"(?:(?P={name}punct)(?P<{name}y>{_NUM_YEAR}))?(?![\d\w]|[-/.]\d)"
    )


def _full_year(text: str) -> int:
    """A written year; two digits are 1970-2069 ("74" = 1974, "14" = 2014)."""
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 70 else 2000
    return year


def _standing_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all there is (bar brackets and punctuation); looks at a
    few characters only, so that scanning stays linear."""
    if start > 8 or len(text) - end > 8:
        return False
    return not text[:start].strip(" \t([") and not text[end:].strip(" \t.,;:!?)]")


def _numeric_allowed(text: str, start: int, end: int, separator: str | None) -> bool:
    """A day-month written in numbers without a year ("15-2", "op 10.10") is a date only after
    a temporal preposition (with a dot: only after "op" and the like) or standing alone:
    elsewhere "3-1" is a score, "voor 1.1" a section."""
    before = _word_before(text, start)
    if before in _LEX.number_context_words or _word_after(text, end) in _LEX.units:
        return False  # "nr. 3-1", "2-3 weken": a reference or a count
    context = _LEX.dotted_date_words if separator == "." else _LEX.date_context_words
    return before in context or _standing_alone(text, start, end)


def _numeric_value(g: Groups, prefix: str) -> tuple[CalendarValue, str | None] | None:
    day, month = int(g(prefix + "d") or 0), int(g(prefix + "m") or 0)
    written = g(prefix + "y")
    year = _full_year(written) if written else None
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    return _day_value(year, month, day, source), _check_day(year, month, day)


@_rule(
    "range.numeric",
    rf"{_numeric_side('@a')}{_CONNECTOR.format('@conn')}{_numeric_side('@b')}",
)
def _range_numeric(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "14/10 - 15/10", "14/10/2013 tot 15/10/2013": a range of two numeric dates."""
    connector = _range_connector(g, text, start)
    if connector is None or g("apunct") != g("bpunct"):
        return None
    conn, inclusive = connector
    first, last = _numeric_value(g, "a"), _numeric_value(g, "b")
    if first is None or last is None:
        return None
    if g("by") is None and not _numeric_allowed(text, start, span("bm")[1], g("apunct")):
        return None
    if last[0].year is None and first[0].year is not None:
        return None
    value = RangeValue(first=first[0], last=last[0], inclusive=inclusive)
    return _Built(f"range.numeric_{conn}", value, problem=first[1] or last[1])


@_rule("date.iso", r"(?P<@y>1[89]\d\d|2[01]\d\d)-(?P<@m>\d\d)-(?P<@d>\d\d)(?![\d\w])")
def _date_iso(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    return _numeric("date.iso", int(g("y") or 0), int(g("m") or 0), int(g("d") or 0))


@_rule(
    "date.numeric",
    r"(?P<@d>\d{1,2})(?P<@sep>[-/.])(?P<@m>\d{1,2})(?P=@sep)(?P<@y>1[89]\d\d|2[01]\d\d|\d\d)"
    r"(?![\d\w]|[-/.]\d)",
)
def _date_numeric(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = _full_year(g("y") or "0")
    return _numeric("date.numeric", year, int(g("m") or 0), int(g("d") or 0))


@_rule("day_month.numeric", _numeric_side("@a"))
def _day_month_numeric(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "15-2", "op 10.10", "10/10": a day-month in numbers, day first, without a year."""
    if g("ay") is None and not _numeric_allowed(text, start, span("am")[1], g("apunct")):
        return None
    found = _numeric_value(g, "a")
    if found is None:
        return None
    return _Built("day_month.numeric", found[0], problem=found[1])


def _numeric(rule: str, year: int, month: int, day: int) -> _Built | None:
    if not 1 <= month <= 12 or day < 1:
        return None
    problem = _check_day(year, month, day)
    return _Built(rule, _day_value(year, month, day, YearSource.WRITTEN), problem=problem)


_RELATIVE_YEAR = rf"(?P<@shift>{_words('year_shift')}){_WS}{_words('year')}"
_ARTICLES = _RULE_WORDS["article"]
_COMMON = _alt(w for w, gender in _ARTICLES.items() if gender == "common")  # "de"
_NEUTER = _alt(w for w, gender in _ARTICLES.items() if gender == "neuter")  # "het"
_ARTICLE = _alt(_ARTICLES)
_DIGITS = re.compile(r"\d+")
_OF = _words("of")
_CALENDAR_UNIT = rf"(?P<@u>{_words('calendar_unit')})"


def _weekday(word: str | None) -> int:
    return _LEX.weekdays[(word or "").lower().rstrip(".")]


def _shift(word: str | None) -> int:
    return _LEX.shifts[" ".join((word or "").lower().split())]


_WEEK_UNIT = _alt(w for w, unit in _LEX.units.items() if unit == "W" and w not in _LEX.plural_units)


@_rule(
    "position",
    rf"(?:{_COMMON}{_WS})?(?P<@pos>{_P.position}){_WS}"
    rf"(?:(?P<@wd>{_P.full_weekday})|(?P<@u>{_P.day_unit}))"
    rf"{_WS}{_words('position_link')}{_WS}(?P<@m>{_P.full_month})(?:{_WS}{_year('@y')})?",
)
def _position(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "laatste maandag van maart", "derde dinsdag in september 2014", "eerste week van
    oktober 2014", "laatste dag van oktober 2015": a position in a month."""
    month = _month(g("m"))
    assert month is not None
    year = _optional_year(g("y"))
    position = _LEX.positions[(g("pos") or "").lower()]
    grain = Granularity.DAY
    weekday = None
    if g("wd") is not None:
        weekday = _weekday(g("wd"))
    elif _unit(g("u") or "") == "W":
        grain = Granularity.WEEK
    value = CalendarValue(
        grain=grain,
        year=year,
        month=month,
        weekday=weekday,
        position=position,
        year_source=YearSource.WRITTEN if year is not None else YearSource.CONTEXT,
    )
    return _Built("position", value)


@_rule(
    "weekday.week",
    rf"(?P<@shift>{_P.shift}){_WS}{_WEEK_UNIT}{_WS}(?P<@wd>{_P.full_weekday})"
    rf"|(?P<@wd2>{_P.full_weekday}){_WS}(?:(?P<@shift2>{_P.shift}){_WS}{_WEEK_UNIT}"
    rf"|(?P<@ahead>{_words('ahead')}){_WS}(?:{_words('one')}|1){_WS}{_WEEK_UNIT})",
)
def _weekday_week(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "volgende week dinsdag", "dinsdag deze week", "dinsdag over een week": the weekday of
    the calendar week before, of or after R's."""
    if g("ahead") is not None:
        shift = 1
    else:
        shift = _shift(g("shift") or g("shift2"))
    weekday = _weekday(g("wd") or g("wd2"))
    return _Built("weekday.week", RelativeValue(op="week_weekday", amount=shift, weekday=weekday))


@_rule("weekday.shift", rf"(?P<@shift>{_P.shift}|{_P.marker}){_WS}(?P<@wd>{_P.full_weekday})")
def _weekday_shift(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "afgelopen zondag", "komende woensdag", "aanstaande maandag": the last such day before R
    or the next after it."""
    word = " ".join((g("shift") or "").lower().split())
    shift = _LEX.shifts.get(word)
    if shift is None:
        shift = -1 if _LEX.markers.get(word) == "past" else 1
    if shift == 0:
        return _Built("weekday.shift", RelativeValue(op="week_weekday", weekday=_weekday(g("wd"))))
    return _Built(
        "weekday.shift", RelativeValue(op="weekday", amount=shift, weekday=_weekday(g("wd")))
    )


@_rule(
    "week_of",
    rf"(?:{_COMMON}{_WS})?{_WEEK_UNIT}{_WS}{_OF}{_WS}{_day('@d')}{_WS}(?P<@m>{_P.month})"
    rf"(?:{_WS}{_year_fn('@y')})?",
)
def _week_of(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "de week van 10 april": the Monday..Sunday week holding that day."""
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    year = _optional_year(g("y"))
    value = CalendarValue(
        grain=Granularity.WEEK,
        year=year,
        month=month,
        day=day,
        year_source=YearSource.WRITTEN if year is not None else YearSource.CONTEXT,
    )
    end = span("y")[1] if year is not None else None
    return _Built("week_of", value, end=end, problem=_check_day(year, month, day))


@_rule(
    "ordinal_day",
    rf"{_COMMON}{_WS}(?P<@n>(?:0?[1-9]|[12]\d|3[01]){_ORDINAL_SUFFIX}(?!\w)|(?P<@w>{_P.position}))"
    rf"(?:{_WS}(?P<@m>{_P.month})(?:{_WS}{_year_fn('@y')})?)?",
)
def _ordinal_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "op de 15de", "op de eerste" (of a month by tense or prefer), "de 15de februari"."""
    if g("w") is not None:
        day = _LEX.positions[(g("w") or "").lower()]
        if day < 1:
            return None
    else:
        day = int(_DIGITS.match(g("n") or "").group())  # type: ignore[union-attr]
    month = _month(g("m"))
    if month is None:
        after = span("n")[1] if g("n") is not None else span("w")[1]
        # alone, an ordinal is a day only after "op" and before the end of the phrase
        if (
            _word_before(text, start) not in _RULE_WORDS["lone_ordinal_after"]
            or text[after : after + 2].strip(" ")[:1].isalnum()
        ):
            return None
        return _Built("ordinal_day", RelativeValue(op="month_day", amount=day))
    written = _optional_year(g("y"))
    source = YearSource.WRITTEN if written is not None else YearSource.CONTEXT
    end = span("y")[1] if written is not None else None
    value = _day_value(written, month, day, source)
    return _Built("ordinal_day", value, end=end, problem=_check_day(written, month, day))


@_rule(
    "holiday",
    rf"(?P<@h>{_P.holiday})(?:{_WS}(?:{_OF}{_WS})?{_year_fn('@y')})?",
)
def _holiday(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """A named day of the year (holidays.tsv): "Kerstmis", "Koningsdag 2014", "Pasen"."""
    name, _rule_text = _LEX.holidays[" ".join((g("h") or "").lower().split())]
    year = _optional_year(g("y"))
    value = CalendarValue(
        grain=Granularity.DAY,
        year=year,
        holiday=name,
        year_source=YearSource.WRITTEN if year is not None else YearSource.CONTEXT,
    )
    end = span("y")[1] if year is not None else None
    return _Built(f"holiday.{name}", value, end=end)


@_rule(
    "month.year_first",
    rf"{_RELATIVE_YEAR}{_WS}(?P<@m>{_P.full_month})",
)
def _month_year_first(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "volgend jaar maart": the month of the year before, of or after R's."""
    month = _month(g("m"))
    assert month is not None
    value = CalendarValue(
        grain=Granularity.MONTH,
        year=None,
        month=month,
        year_source=YearSource.RELATIVE,
        year_offset=_LEX.shifts[(g("shift") or "").lower()],
    )
    return _Built("month.year_first", value)


@_rule(
    "relative.earlier_later",
    rf"(?P<@el>{_alt(_LEX.cut_modifiers)}){_WS}(?P<@shift>{_P.shift}){_WS}"
    rf"{_CALENDAR_UNIT}",
)
def _earlier_later(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "later dit jaar", "eerder deze maand": the part of R's calendar unit after or before R."""
    if _shift(g("shift")) != 0:
        return None
    op = _LEX.cut_modifiers[(g("el") or "").lower()]
    value = RelativeValue(op=op, unit=_unit(g("u") or ""))
    return _Built("relative.earlier_later", value, keep_open=False, keep_part=False)


@_rule(
    "day_month.relative_year",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?{_day('@d')}{_WS}(?P<@m>{_P.month}){_WS}{_RELATIVE_YEAR}",
)
def _day_month_relative_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    value = CalendarValue(
        grain=Granularity.DAY,
        year=None,
        month=month,
        day=day,
        year_source=YearSource.RELATIVE,
        year_offset=_LEX.shifts[(g("shift") or "").lower()],
    )
    return _Built("day_month.relative_year", value, problem=_check_day(None, month, day))


@_rule("month.relative_year", rf"(?P<@m>{_P.month}){_WS}{_RELATIVE_YEAR}")
def _month_relative_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    value = CalendarValue(
        grain=Granularity.MONTH,
        year=None,
        month=month,
        year_source=YearSource.RELATIVE,
        year_offset=_LEX.shifts[(g("shift") or "").lower()],
    )
    return _Built("month.relative_year", value)


@_rule(
    "day_month_year",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?{_day('@d')}{_WS}(?P<@m>{_P.month}){_WS}{_year_fn('@y')}",
)
def _day_month_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    year, day = int(g("y") or 0), int(g("d") or 0)
    rule = "weekday_day_month_year" if g("wd") else "day_month_year"
    value = _day_value(year, month, day, YearSource.WRITTEN)
    problem = _check_day(year, month, day) or _check_weekday(g("wd"), year, month, day)
    return _Built(rule, value, end=span("y")[1], problem=problem)


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


@_rule(
    "day_month",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?{_day('@d')}{_WS}(?P<@m>{_P.month})"
    rf"(?:\s*(?P<@mark>{_P.marker}))?",
)
def _day_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    mark = g("mark")
    source = _marker(mark)
    rule = "day_month" if mark is None else f"day_month.{_marker_name(source)}"
    problem = _check_day(None, month, day)
    value = _day_value(None, month, day, source)
    if g("wd") is not None:  # "maandag 18 februari": the weekday fixes the year
        rule = "weekday_" + rule
        value = attrs.evolve(value, weekday=_weekday(g("wd")))
    return _Built(rule, value, problem=problem)


@_rule(
    "range.month_day",
    rf"(?P<@m1>{_P.month}){_WS}{_day('@d1')}{_CONNECTOR.format('@conn')}(?P<@m2>{_P.month}){_WS}"
    rf"{_day('@d2')}(?:,?{_WS}{_year('@y')})?(?![.,]?\d)",
)
def _range_month_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "juli 13 - juli 15", "aug 8 - aug 12": a range of two month-first days."""
    connector = _range_connector(g, text, start)
    if connector is None:
        return None
    conn, inclusive = connector
    m1, m2 = _month(g("m1")), _month(g("m2"))
    assert m1 is not None and m2 is not None
    d1, d2 = int(g("d1") or 0), int(g("d2") or 0)
    year = _optional_year(g("y"))
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    value = RangeValue(
        first=_day_value(year, m1, d1, source),
        last=_day_value(year, m2, d2, source),
        inclusive=inclusive,
    )
    problem = _check_day(year, m1, d1) or _check_day(year, m2, d2)
    return _Built(f"range.month_day_{conn}_month_day", value, problem=problem)


@_rule(
    "month_day",
    rf"(?:(?P<@wd>{_P.weekday}),?{_WS})?(?P<@m>{_P.month}){_WS}{_day('@d')}"
    rf"(?:,?{_WS}{_year('@y')})?(?![.,]?\d)",
)
def _month_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "februari 15", "Aug 8", "Maandag feb 18", "April 14, 2015": month before day."""
    month = _month(g("m"))
    assert month is not None
    day = int(g("d") or 0)
    year = _optional_year(g("y"))
    end = span("y")[1] if year is not None else span("d")[1]
    after = text[end : end + 6].lstrip(" \t")
    if after and after[0].isalnum() and not _CONNECTOR_AHEAD.match(after):
        return None  # "in februari 15 militairen": a count, not a day
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    value = _day_value(year, month, day, source)
    problem = _check_day(year, month, day)
    if g("wd") is not None:
        value = attrs.evolve(value, weekday=_weekday(g("wd")))
        if year is not None and problem is None:
            problem = _check_weekday(g("wd"), year, month, day)
    return _Built("month_day", value, end=end, problem=problem)


_MARKER_NAMES = {value: name for name, value in _RULE_WORDS["marker_name"].items()}


def _marker_name(source: YearSource) -> str:
    return _MARKER_NAMES["past" if source is YearSource.PAST else "future"]


@_rule("month_year", rf"(?P<@m>{_P.month}){_WS}{_year_fn('@y')}")
def _month_year(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    if _word_before(text, start).isdigit():  # "32 mei 2024": not a day, so not a date at all
        return None
    value = _month_value(int(g("y") or 0), month, YearSource.WRITTEN)
    return _Built("month_year", value, end=span("y")[1])


@_rule("month.marked", rf"(?P<@m>{_P.full_month})\s*(?P<@mark>{_P.marker})")
def _month_marked(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    source = _marker(g("mark"))
    return _Built(f"month.{_marker_name(source)}", _month_value(None, month, source))


@_rule(
    "quarter",
    rf"(?:{_NEUTER}{_WS})?(?P<@ord>{_P.ordinal}){_WS}{_words('quarter')}"
    rf"(?:(?:{_WS}{_OF})?(?:{_WS}{_NEUTER}{_WS}{_words('year')})?{_WS}{_year('@y')})?"
    rf"|q(?P<@q>[1-4])\s*(?:[-/']\s*)?{_year('@y2')}"
    rf"|{_year('@y3')}[-\s]?q(?P<@q2>[1-4])(?!\w)",
)
def _quarter(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year: int | None
    if g("ord") is not None:
        number, year = _LEX.ordinals[(g("ord") or "").lower()], _optional_year(g("y"))
    elif g("q") is not None:
        number, year = int(g("q") or 0), int(g("y2") or 0)
    else:
        number, year = int(g("q2") or 0), int(g("y3") or 0)
    return _Built("quarter", _unit_value(Granularity.QUARTER, year, number), needs_context=not year)


@_rule(
    "half",
    rf"(?:{_COMMON}{_WS})?(?P<@ord>{_words('ordinal_of_halves')}){_WS}{_words('halves')}"
    rf"(?:{_WS}{_OF})?(?:{_WS}{_NEUTER}{_WS}{_words('year')})?{_WS}{_year('@y')}"
    rf"|h(?P<@h>[12])\s*{_year('@y2')}",
)
def _half(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    # always with a year: "de tweede helft" alone is as often half a match as half a year
    if g("ord") is not None:
        number, year = _LEX.ordinals[(g("ord") or "").lower()], int(g("y") or 0)
    else:
        number, year = int(g("h") or 0), int(g("y2") or 0)
    return _Built("half", _unit_value(Granularity.HALF, year, number))


@_rule(
    "season",
    rf"(?:{_ARTICLE}{_WS})?(?P<@s>{_P.season})(?:(?:{_WS}{_OF})?{_WS}{_year('@y')})?",
)
def _season(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    code = _LEX.seasons[(g("s") or "").lower()]
    year = _optional_year(g("y"))
    return _Built("season", _unit_value(Granularity.SEASON, year, code), needs_context=not year)


def _optional_year(text: str | None) -> int | None:
    return int(text) if text else None


def _unit_value(grain: Granularity, year: int | None, detail: int | str) -> CalendarValue:
    """A quarter, half or season; without a written year it takes the year from context."""
    source = YearSource.WRITTEN if year is not None else YearSource.CONTEXT
    return CalendarValue(grain=grain, year=year, detail=detail, year_source=source)


@_rule("season.relative", rf"(?P<@shift>{_P.shift}){_WS}(?P<@s>{_P.season})")
def _season_relative(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    code = _LEX.seasons[(g("s") or "").lower()]
    shift = _LEX.shifts[(g("shift") or "").lower()]
    value = RelativeValue(op="calendar", unit="S", amount=shift, season=code)
    return _Built("season.relative", value)


@_rule(
    "recess",
    rf"(?:{_NEUTER}{_WS})?(?P<@r>{_P.recess})(?:{_WS}(?:{_OF}{_WS})?{_year('@y')})?",
)
def _recess(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = int(y) if (y := g("y")) else None
    return _Built("recess", RecessValue(name=(g("r") or "").lower(), year=year))


@_rule(
    "week",
    rf"{_words('iso_week')}{_WS}(?P<@w>[1-9]|[1-4]\d|5[0-3])(?!\d)"
    rf"(?:(?:{_WS}{_OF})?{_WS}{_year('@y')})?",
)
def _week(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """An ISO week: "week 23 van 2024", or "in week 23" with the year from context."""
    year = _optional_year(g("y"))
    value = _unit_value(Granularity.WEEK, year, int(g("w") or 0))
    return _Built("week", value, needs_context=not year)


@_rule("prinsjesdag", rf"prinsjesdag(?:{_WS}{_year('@y')})?")
def _prinsjesdag(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = int(y) if (y := g("y")) else None
    if year is None:
        return _Built("prinsjesdag", RelativeValue(op="prinsjesdag"))
    return _Built("prinsjesdag", ParliamentaryYearValue(first_year=year), keep_part=False)


@_rule(
    "decade",
    rf"(?:{_COMMON}\s+)?{_words('decades')}\s+(?:(?P<@c>19|20)?(?P<@d>[1-9]0)(?!\d)"
    rf"|['’](?P<@d2>[1-9]0)(?!\d)|(?P<@w>{_words('decade')}))",
)
def _decade(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    if g("w") is not None:
        first = int(_RULE_WORDS["decade"][(g("w") or "").lower()])
    elif g("d") is not None:
        first = int((g("c") or "19") + (g("d") or ""))
    else:
        first = 1900 + int(g("d2") or 0)
    return _Built("decade", CalendarValue(grain=Granularity.DECADE, year=first))


@_rule(
    "anaphor.reporting_period",
    rf"(?P<@a>{_P.anaphor})",
)
def _anaphor(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    phrase = " ".join((g("a") or "").lower().split())
    return _Built(f"anaphor.reporting_period.{_LEX.anaphora[phrase]}", AnaphorValue(kind="period"))


@_rule("anaphor.since", _words("since"))
def _since(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    return _Built("anaphor.since", AnaphorValue(kind="since"), keep_part=False)


@_rule("relative.now", rf"(?P<@w>{_P.now})")
def _now(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    return _Built("relative.now", RelativeValue(op="now"), keep_part=False)


@_rule("relative.day", rf"(?P<@w>{_P.relative_day})")
def _relative_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    offset = _LEX.relative_days[(g("w") or "").lower()]
    return _Built("relative.day", RelativeValue(op="day", amount=offset))


@_rule("relative.ago", rf"(?P<@n>{_P.number}){_WS}(?P<@u>{_P.unit}){_WS}geleden(?!\w)")
def _ago(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    amount = _number(g("n") or "")
    if amount is None:
        return None
    return _Built(
        "relative.ago", RelativeValue(op="offset", unit=_unit(g("u") or ""), amount=-amount)
    )


@_rule("relative.later", rf"{_words('ahead')}{_WS}(?P<@n>{_P.number}){_WS}(?P<@u>{_P.unit})")
def _later(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    amount = _number(g("n") or "")
    if amount is None:
        return None
    return _Built(
        "relative.later", RelativeValue(op="offset", unit=_unit(g("u") or ""), amount=amount)
    )


@_rule(
    "relative.window",
    rf"(?:(?P<@article>{_ARTICLE}){_WS})?(?P<@shift>{_P.shift}){_WS}(?P<@n>{_P.number}){_WS}"
    rf"(?P<@u>{_P.unit})",
)
def _window(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "de afgelopen vier jaar": a window from R; without the article ("afgelopen twee
    weken", "komende 3 dagen") the whole calendar units before or after R's own."""
    shift = _LEX.shifts[(g("shift") or "").lower()]
    amount = _number(g("n") or "")
    if shift == 0 or amount is None:
        return None
    unit = _unit(g("u") or "")
    if g("article") is None and amount == int(amount) and unit in ("D", "W", "M", "Q", "Y"):
        value = RelativeValue(op="units", unit=unit, amount=shift * amount)
        return _Built("relative.units", value, keep_open=False, keep_part=False)
    value = RelativeValue(op="window", unit=unit, amount=shift * amount)
    return _Built("relative.window", value, keep_open=False, keep_part=False)


@_rule(
    "duration.vague",
    rf"(?:{_COMMON}{_WS})?(?P<@shift>{_words('vague_shift')}){_WS}"
    rf"(?P<@u>{_P.plural_unit})",
)
def _duration_vague(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    value = DurationValue(unit=_unit(g("u") or ""), amount=None)
    return _Built("duration.vague", value, keep_open=False, keep_part=False)


@_rule(
    "relative.rolling",
    rf"{_ARTICLE}{_WS}(?P<@shift>{_words('rolling_shift')}){_WS}{_CALENDAR_UNIT}",
)
def _rolling(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    shift = _LEX.shifts[(g("shift") or "").lower()]
    value = RelativeValue(op="window", unit=_unit(g("u") or ""), amount=shift)
    return _Built("relative.rolling", value, keep_open=False)


@_rule(
    "relative.calendar",
    rf"(?P<@shift>{_P.shift}){_WS}{_CALENDAR_UNIT}",
)
def _calendar(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    shift = _LEX.shifts[(g("shift") or "").lower()]
    return _Built(
        "relative.calendar", RelativeValue(op="calendar", unit=_unit(g("u") or ""), amount=shift)
    )


@_rule(
    "duration",
    rf"(?:(?P<@dm>{_alt(_LEX.duration_modifiers)}){_WS})?"
    rf"(?:(?:{_words('one')}{_WS})?{_words('period')}{_WS}{_OF}{_WS})?"
    rf"(?P<@n>{_P.number}){_WS}(?P<@u>{_P.unit})",
)
def _duration(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    amount = _number(g("n") or "")
    unit = _unit(g("u") or "")
    value = DurationValue(unit=unit, amount=amount)
    rule = "duration.approx" if g("dm") else "duration"
    return _Built(rule, value, keep_open=False, keep_part=False)


@_rule(
    "set",
    rf"(?P<@almost>\({_words('almost')}\)\s*|{_words('almost')}{_WS})?(?:(?P<@w>{_P.set_word})"
    rf"|{_words('every')}{_WS}(?:(?P<@wd>{_P.weekday})|(?P<@u>{_words('set_unit')})))",
)
def _set(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    if g("w") is not None:
        value, grain = _LEX.sets[(g("w") or "").lower()]
        result = SetValue(value=value, grain=Granularity(grain))
    elif g("wd") is not None:
        day = _LEX.weekdays[(g("wd") or "").lower().rstrip(".")]
        result = SetValue(value=f"XXXX-WXX-{day}", grain=Granularity.DAY)
    else:
        unit = _unit(g("u") or "")
        grains = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
        period = "P3M" if unit == "Q" else f"P1{unit}"
        result = SetValue(value=period, grain=Granularity(grains[unit]))
    rule = "set.approx" if g("almost") else "set"
    return _Built(rule, result, keep_open=False, keep_part=False)


@_rule("year", _year("@y") + r"(?![.,]\d|\w|%)")
def _year_rule(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = int(g("y") or 0)
    if not 1900 <= year <= 2099:
        return None
    return _Built("year", _year_value(year), before_is_for=True)


@_rule("month", rf"(?P<@m>{_P.full_month})")
def _bare_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    return _Built("month", _month_value(None, month, YearSource.CONTEXT), needs_context=True)


@_rule("weekday", rf"(?P<@wd>{_P.bare_weekday})")
def _bare_weekday(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "maandag", "ma.": that weekday nearest R by tense or ``prefer``, else unresolved.
    "zo." (form ``abbr``) is Sunday alone only when it is all the text: in a text it is the
    word "zo" ending a sentence."""
    word = (g("wd") or "").lower().rstrip(".")
    if word not in _LEX.full_weekdays and word not in _LEX.bare_weekday_abbreviations:
        if not _standing_alone(text, start, span("wd")[1]):
            return None
    return _Built("weekday", RelativeValue(op="weekday", weekday=_weekday(g("wd"))))


@_rule("relative.this", rf"{_ARTICLE}{_WS}{_CALENDAR_UNIT}")
def _this_unit(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "tot het einde van de maand": after a modifier, "de maand" is R's month."""
    value = RelativeValue(op="calendar", unit=_unit(g("u") or ""), amount=0)
    return _Built("relative.this", value, needs_modifier=True)


# the rules in the order they are tried; a result's ``rule`` is this name or a refinement of it
# (``range.day_day_month`` reads "7-8 augustus" as ``range.day_dash_day_month``)
RULE_NAMES: tuple[str, ...] = tuple(name for name, _, _ in _RULES)

_SUFFIX = r"(?![\w%])"


def _first_set(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern can start with (None: any) and whether it can match
    the empty string."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "LITERAL":
            chars.add(chr(av))
            return chars, False
        if op is sre_constants.IN:
            for inner_op, inner in av:
                inner_name = str(inner_op)
                if inner_name == "LITERAL":
                    chars.add(chr(inner))
                elif inner_name == "RANGE":
                    chars.update(chr(c) for c in range(inner[0], inner[1] + 1))
                elif inner_name == "CATEGORY" and str(inner) == "CATEGORY_DIGIT":
                    chars.update("0123456789")
                else:
                    return None, False
            return chars, False
        if name == "BRANCH":
            nullable = False
            for alternative in av[1]:
                found, empty = _first_set(alternative)
                if found is None:
                    return None, False
                chars |= found
                nullable = nullable or empty
            if not nullable:
                return chars, False
            continue
        if name == "SUBPATTERN":
            found, empty = _first_set(av[3])
            if found is None:
                return None, False
            chars |= found
            if not empty:
                return chars, False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            found, empty = _first_set(av[2])
            if found is None:
                return None, False
            chars |= found
            if av[0] > 0 and not empty:
                return chars, False
            continue
        return None, False
    return chars, True


@functools.cache
def _parsed(pattern: str) -> Any:
    """The parse tree of ``pattern`` (read once for the start class and the start words)."""
    return sre_parser.parse(pattern).data


def _first_class(pattern: str) -> str:
    """A lookahead that fails fast where ``pattern`` (case-insensitive) cannot start."""
    found, empty = _first_set(_parsed(pattern))
    if found is None or empty:
        return ""
    chars = {c for char in found for c in (char, char.lower(), char.upper()) if len(c) == 1}
    body = "".join(re.escape(c) for c in sorted(chars))
    return f"(?=[{body}])"


def _optional(pattern: str) -> str:
    return f"(?:{_first_class(pattern)}{pattern})?"


_NAMED_GROUP = re.compile(r"\(\?P<([^>]+)>")
_BACKREFERENCE = re.compile(r"\(\?P=([^)]+)\)")


def _uncaptured(pattern: str) -> str:
    """``pattern`` with its named groups made non-capturing (bar those a backreference
    needs): the regex engine saves every group's position at each branch, so a pattern with
    hundreds of groups is slow to try."""
    kept = set(_BACKREFERENCE.findall(pattern))
    return _NAMED_GROUP.sub(lambda m: m.group(0) if m.group(1) in kept else "(?:", pattern)


_MODIFIERS = (
    # "uiterlijk in september 2025", "tot op 1 juni": a plain preposition after the modifier
    rf"(?P<open>{_alt(_LEX.open_modifiers)}){_WS}(?:(?P<inner>{_words('inner')}){_WS})?",
    rf"(?P<approx>{_alt(_LEX.approx_modifiers)}){_WS}",
    rf"(?P<part>{_alt(_LEX.part_modifiers)}){_WS}",
    rf"(?P<during>{_alt(_LEX.during_modifiers)}){_WS}",
)
_PREFIX = _GUARD_START + "".join(_optional(modifier) for modifier in _MODIFIERS)
# whether any modifier word starts here: if none does, the prefix can only be empty, and only
# the rules that can start with the character here can match
_MODIFIER_START = re.compile("|".join(_uncaptured(modifier) for modifier in _MODIFIERS))


def _rule_pattern(index: int, capture: bool = True) -> str:
    pattern = _RULES[index][1].replace("@", f"r{index}_")
    body = pattern if capture else _uncaptured(pattern)
    return f"{_first_class(pattern)}(?P<R{index}>{body})"


def _master(indices: Iterable[int], capture: bool = False) -> re.Pattern[str]:
    """The prefix, then the rules ``indices`` in order as alternatives, by default without the
    rules' own groups (``_single_rule`` reads those once the rule is known)."""
    rules = "|".join(_rule_pattern(i, capture=capture) for i in indices)
    return re.compile(_PREFIX + "(?:" + rules + ")" + _SUFFIX)


_MASTER = _master(range(len(_RULES)))


def _start_chars(pattern: str) -> frozenset[str] | None:
    """The lower-case characters ``pattern`` can start with; None: any, or it can be empty."""
    found, empty = _first_set(_parsed(pattern))
    return None if found is None or empty else frozenset(c.lower() for c in found)


_RULE_STARTS = tuple(
    _start_chars(pattern.replace("@", f"r{index}_")) for index, (_, pattern, _) in enumerate(_RULES)
)


def _rules_from(text: str, start: int) -> tuple[int, ...] | None:
    """The rules that can match at ``start``: where no modifier word starts there, only those
    that can start with its character; None where one does (any rule can)."""
    if start >= len(text) or _MODIFIER_START.match(text, start) is not None:
        return None
    rules = _RULES_FROM.get(text[start])
    return rules if rules is not None else _starting_with(text[start])


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _letter_starts_literal(items: Any) -> bool:
    """Whether every way ``items`` can start with a letter spells that letter out (so that
    the pattern's leading words, ``_leading_words``, are all the words it can start with)."""
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "LITERAL":
            return True
        if op is sre_constants.IN:
            return not any(
                (str(inner_op) != "LITERAL" and not _digits_only(inner_op, inner))
                or (str(inner_op) == "LITERAL" and chr(inner).isalpha())
                for inner_op, inner in av
            )
        if name == "BRANCH":
            if not all(_letter_starts_literal(alternative) for alternative in av[1]):
                return False
            if not any(_first_set(alternative)[1] for alternative in av[1]):
                return True
            continue
        if name == "SUBPATTERN":
            if not _letter_starts_literal(av[3]):
                return False
            if not _first_set(av[3])[1]:
                return True
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            if not _letter_starts_literal(av[2]):
                return False
            if av[0] > 0 and not _first_set(av[2])[1]:
                return True
            continue
        return False
    return True


def _digits_only(op: Any, av: Any) -> bool:
    name = str(op)
    if name == "RANGE":
        return all(not chr(c).isalpha() for c in range(av[0], av[1] + 1))
    return name == "CATEGORY" and str(av) == "CATEGORY_DIGIT"


def _rule_leads(index: int) -> frozenset[str] | None:
    """The words rule ``index`` can start with; None when a letter may start it otherwise."""
    pattern = _RULES[index][1].replace("@", f"r{index}_")
    if not _letter_starts_literal(_parsed(pattern)):
        return None
    return frozenset(_leading_words(pattern))


_MODIFIER_WORDS = frozenset(
    found.group()
    for table in (_LEX.open_modifiers, _LEX.approx_modifiers, _LEX.part_modifiers,
                  _LEX.during_modifiers)
    for phrase in table
    if (found := _LETTER_RUN.match(phrase)) is not None
)  # fmt: skip


@functools.cache
def _word_rules(word: str) -> tuple[int, ...]:
    """The rules that can match where the letter run ``word`` starts and no modifier does."""
    return tuple(
        i for i in _starting_with(word[0]) if (leads := _RULE_LEADS[i]) is None or word in leads
    )


def _candidates(text: str, start: int, trigger: str) -> tuple[int, ...] | None:
    """``_rules_from``, narrowed by the trigger word found at ``start``: where it starts with
    a letter and is no modifier's first word, only the rules that can start with that word."""
    run = _LETTER_RUN.match(trigger)
    if run is None or run.start() != 0 or run.group() in _MODIFIER_WORDS:
        return _rules_from(text, start)
    return _word_rules(run.group())


def _starting_with(char: str) -> tuple[int, ...]:
    return tuple(i for i, chars in enumerate(_RULE_STARTS) if chars is None or char in chars)


_RULES_FROM = {char: _starting_with(char) for chars in _RULE_STARTS if chars for char in chars}


# a master of at most this many rules keeps the rules' groups: few branches save few groups,
# and the chosen rule need not be matched again to read them
_CAPTURED_UP_TO = 8


@functools.cache
def _master_of(indices: tuple[int, ...]) -> re.Pattern[str]:
    return _master(indices, capture=len(indices) <= _CAPTURED_UP_TO)


@functools.cache
def _single_rule(index: int) -> re.Pattern[str]:
    """Rule ``index`` alone, with its groups: read once the master pattern has chosen the
    rule, and tried when a longer rule matched but its builder said no."""
    return re.compile(_PREFIX + _rule_pattern(index) + _SUFFIX)


# two patterns, each with a literal prefix that the regex engine searches for quickly
_URLS = (re.compile(r"https?://\S+"), re.compile(r"www\.\S+"))


def _word_before(text: str, position: int) -> str:
    """The run of non-space characters before ``position`` (within 20 characters)."""
    words = text[max(0, position - 20) : position].rsplit(None, 1)
    return words[-1].lower() if words else ""


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
    if before.rstrip(".") in _LEX.months:  # a month-year that was rejected ("32 mei 2024")
        return False
    if before in _LEX.date_context_words or before.endswith("("):
        return True
    after = text[end : end + 3].lstrip(" \t")
    return after == "" or after[0] in ".,;:)]\n\r'’\""


def _trie(phrases: Iterable[str], endings: dict[str, str] | None = None) -> str:
    """A regex alternation of ``phrases`` factored by common prefixes (fast to try). A space
    in a phrase stands for any whitespace; a phrase ends with ``endings[phrase]`` if given,
    else, when it ends in a letter, at the end of a word."""
    endings = endings or {}
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = endings.get(phrase, r"\b" if phrase[-1].isalpha() else "")

    def emit(node: dict[str, Any]) -> str:
        branches = []
        for char, sub in sorted(node.items()):
            if char == "":
                continue
            piece = r"\s+" if char == " " else re.escape(char)
            branches.append(piece + emit(sub))
        if "" in node:
            branches.append(node[""])
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(tree)


def _first_words(*tables: Iterable[str]) -> set[str]:
    return {phrase.split()[0] for table in tables for phrase in table}


# where a number can start an expression: a year, an ordinal ("1e kwartaal"), or a day or count
# followed by a word, or by a dash or date separator and a digit ("15 mei", "7-8", "15-05-2024",
# "4 jaar"; not "100-brief")
# (written to start with a digit class, which the regex engine checks before entering it)
_DIGIT_START = (
    r"\d(?:(?<=1)[89]\d\d(?!\d)|(?<=2)[01]\d\d(?!\d)|\d?" + _ORDINAL_SUFFIX + r"\b"
    r"|\d{0,2}(?:,5)?(?=\s*[-–—/.]\s*\d|\s+[^\W\d]|\s+t/m))"
)


# lexicon tables whose words are read around an expression but never start one
_NOT_STARTS = frozenset(
    {"tense_words", "date_context_words", "number_context_words", "recess_dates", "units",
     "plural_units", "rule_words"}
)  # fmt: skip


def _leading_words(pattern: str) -> set[str]:
    """The words (runs of letters) that ``pattern`` can start with, read from its parse tree;
    a start that is not a letter (a digit, a bracket) gives no word."""
    parsed = _parsed(pattern)
    running, ended = _word_prefixes(parsed, {""})
    return {word for word in running | ended if word}


def _word_prefixes(items: Any, running: set[str]) -> tuple[set[str], set[str]]:
    """The letter runs of ``items`` continuing ``running``: those still running at the end of
    ``items``, and those that ended at an item that is not a letter."""
    ended: set[str] = set()
    for op, av in items:
        if not running:
            break
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "LITERAL" and chr(av).isalpha():
            running = {p + chr(av) for p in running}
        elif name == "SUBPATTERN":
            running, inner = _word_prefixes(av[3], running)
            ended |= inner
        elif name == "BRANCH":
            results = [_word_prefixes(alternative, running) for alternative in av[1]]
            running = set().union(*(r for r, _ in results))
            ended |= set().union(*(e for _, e in results))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            taken, inner = _word_prefixes(av[2], running)
            ended |= inner
            if av[0] == 0 and not taken and inner == running:
                running = set()  # optional space or punctuation ("mei\\s*jl."): the word ends
            else:
                running = taken | running if av[0] == 0 else taken
        else:
            ended |= running
            running = set()
    return running, ended


def _rests(word: str, tables: Iterable[Iterable[str]]) -> set[str]:
    """What follows ``word`` in the table phrases that start with it ("op dit moment")."""
    return {
        " ".join(p.split()[1:]) for table in tables for p in table if p.split()[:1] == [word]
    } - {""}


def _trigger_pattern(
    lex: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where an expression can start, so that the full grammar is tried only there: a number
    that can start a date, "(bijna)", or the first word of a phrase the grammar reads. Frequent
    words ("de", "het", "een", "voor", "tot", "na", number words, ...) count only before a word
    that can follow them in some rule (looked at, not consumed: it may start an expression)."""
    # every phrase table of the lexicon (a word added to any table is found), and the words the
    # rules themselves spell out at their start; only the tables that never start an expression
    # (words read around one) are left out, by name
    tables: list[Iterable[str]] = [
        table
        for field in attrs.fields(Lexicon)
        if field.name not in _NOT_STARTS
        and isinstance(table := getattr(lex, field.name), dict | frozenset)
    ]
    literal = {
        word
        for index, (_, pattern, _) in enumerate(_RULES)
        for word in _leading_words(pattern.replace("@", f"r{index}_"))
    }
    table_words = {" ".join(phrase.split()) for table in tables for phrase in table}
    # a rule word that only begins a table phrase ("meer" of "meer dan") is the phrase's start
    starts_of_phrases = {p.split()[0] for p in table_words if " " in p} - {
        p for p in table_words if " " not in p
    }
    literal -= starts_of_phrases
    phrases = table_words | literal
    # a word the rules spell out but no table holds may run on into a digit ("q1", "h2")
    loose = {w: r"(?![^\W\d_])" for w in literal - table_words}
    numbers = {w for w in lex.numbers if " " not in w} | set("0123456789")
    after_article = (
        set(lex.shifts)
        | set(lex.ordinals)
        | set(lex.seasons)
        | set(lex.recess_fallbacks)
        | {p.split()[1] for p in lex.anaphora if p.split()[0] in _ARTICLES and " " in p}
        | {rest.split()[0] for article in _ARTICLES for rest in _rests(article, tables)}
        | _first_words(lex.anaphora)
        | {p for p in lex.part_modifiers if " " not in p}
        | set(_RULE_WORDS["decades"])
        | set(lex.positions)
        | set("0123456789")
        | {w for p in lex.during_modifiers for w in p.split()[1:2]}
        | {w for w, unit in lex.units.items() if unit == "W" and w not in lex.plural_units}
    )
    article = rf"(?=\s+{_trie(after_article)})"
    # after a modifier, "de"/"het" may also start R's own unit ("tot het einde van de maand")
    singular_units = {w for w in lex.units if w not in lex.plural_units}
    modifier_article = rf"(?=\s+{_trie(after_article | singular_units)})"
    after_shift = (
        numbers
        | set(lex.units)
        | set(lex.seasons)
        | set(lex.full_weekdays)
        | {w for p in lex.anaphora for w in p.split()[1:]}
    )
    # what can follow a modifier: the first word of anything the grammar reads (and "in"/"op",
    # which a modifier may take before the date: "uiterlijk in september")
    date_starts = (
        {phrase.split()[0] for phrase in phrases}
        | numbers
        | {m + "." for m in lex.months if m not in lex.full_months}
        | set(_RULE_WORDS["ahead"])
        | {*_ARTICLES, *_RULE_WORDS["one"], *_RULE_WORDS["every"], *_RULE_WORDS["inner"]}
        | {f"({word})" for word in _RULE_WORDS["almost"]}
    )
    after_modifier = modifier_article[3:-1]
    date_start = (
        rf"(?=\s+{_trie(date_starts, {**loose, **dict.fromkeys(_ARTICLES, after_modifier)})})"
    )
    # the second words of number phrases ("een half", "een paar"), which may stand for a unit
    number_rests = {w for phrase in lex.numbers for w in phrase.split()[1:]}
    # "op dit moment": a first word of a phrase for now, only before the rest of the phrase
    now_starts = _first_words(lex.now_words) & starts_of_phrases
    followed: dict[str, str] = {
        **dict.fromkeys(_ARTICLES, article),
        **{
            word: rf"(?=\s+{_trie(set(lex.units) | number_rests | set(_RULE_WORDS['period']))})"
            for word in _RULE_WORDS["one"]
        },
        **{word: rf"(?=\s+{_trie(_rests(word, tables))})" for word in now_starts},
        **{word: rf"(?=\s+{_trie(numbers)})" for word in _RULE_WORDS["ahead"]},
        **{word: rf"(?=\s+{_OF})" for word in _RULE_WORDS["period"]},
        **{word: rf"(?=\s+(?:\d|{_OF}))" for word in _RULE_WORDS["iso_week"]},
    }
    units = rf"(?=\s+{_trie(set(lex.units) | number_rests)})"
    followed.update(
        {word: units for word in numbers if word[0].isalpha() and word not in _RULE_WORDS["one"]}
    )
    second_words = {p.split()[1] for table in tables for p in table if len(p.split()) > 1}
    parts = {*_RULE_WORDS["quarter"], *_RULE_WORDS["halves"]}
    after_ordinal = set(lex.units) | parts | set(lex.full_weekdays) | second_words
    quarter_or_half = rf"(?=\s+{_trie(after_ordinal)})"
    followed.update({word: quarter_or_half for word in lex.ordinals if word[0].isalpha()})
    for word in _RULE_WORDS["every"]:
        followed[word] = rf"(?=\s+{_trie(set(lex.units) | set(lex.weekdays))})"
    followed.update({shift: rf"(?=\s+{_trie(after_shift)})" for shift in lex.shifts})
    # a year marker starts an expression only before a weekday ("aanstaande maandag"); after
    # a date ("6 februari jl.") it is read by the date's rule
    for marker in lex.markers:
        followed.setdefault(marker, rf"(?=\s+{_trie(lex.full_weekdays)})")
    followed.update(
        {day: r"\.?,?\s+\d|\.\s*\Z" for day in lex.weekdays if day not in lex.full_weekdays}
    )
    followed.update({day: r"\.?,?\s+\d|\." for day in lex.bare_weekday_abbreviations})
    modifiers = [*lex.open_modifiers, *lex.approx_modifiers, *lex.part_modifiers]
    for phrase in modifiers:
        if not phrase.startswith(tuple(article + " " for article in _ARTICLES)):
            followed.setdefault(" ".join(phrase.split()), date_start)
    plain = {p for p in phrases if p[0].isalpha() and p.split()[0] not in followed}
    # every word carries its lookahead in the pattern (tried only where the word matched)
    words = plain | set(followed)
    trie = _trie(words, {**loose, **{word: f"(?:{end})" for word, end in followed.items()}})
    # The pattern starts with the character before the trigger (a character class), which
    # lets the regex engine skip quickly to candidate positions; a trigger at the very start
    # of the text is looked for with ``_trigger_at_start``.
    starts = rf"(?P<t>{trie}|{_DIGIT_START}|\({_words('almost')}\))"
    pattern = re.compile(rf"{_BEFORE_START}{starts}")
    return pattern, re.compile(starts)


_TRIGGER, _TRIGGER_AT_START = _trigger_pattern(_LEX)
_RULE_LEADS = tuple(_rule_leads(index) for index in range(len(_RULES)))


def _triggers(low: str) -> Iterator[re.Match[str]]:
    """The trigger matches in ``low``; each has the trigger word in group ``t``."""
    first = _TRIGGER_AT_START.match(low)
    if first is not None:
        yield first
    yield from _TRIGGER.finditer(low)


def _lower(text: str) -> str:
    """``text`` in lower case with every character at the same offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # rare: "İ"


def scan(text: str) -> Iterator[Parse]:
    """Every grammar match in ``text``, left to right and non-overlapping (invalid dates included,
    with ``problem`` set). Matching is case-insensitive."""
    low = _lower(text)
    urls = sorted((m.start(), m.end()) for pattern in _URLS for m in pattern.finditer(low))
    next_url = 0  # parses come left to right, so one pointer walks the URLs once
    position = 0
    for trigger in _triggers(low):
        start = trigger.start("t")
        if start < position:
            continue
        word = trigger.group("t")
        rules = _candidates(low, start, word)
        if rules is None:
            match = _MASTER.match(low, start)
        elif not rules:
            continue
        else:
            match = _master_of(rules).match(low, start)
        if match is None:
            continue
        found = _first_parse(match, low, rules)
        if found is None:
            continue
        parse, matched_end = found
        while next_url < len(urls) and urls[next_url][1] <= parse.start:
            next_url += 1
        if next_url < len(urls) and urls[next_url][0] < parse.end:
            position = matched_end
            continue
        yield parse
        position = max(matched_end, parse.end)


def _first_parse(
    match: re.Match[str], text: str, rules: tuple[int, ...] | None
) -> tuple[Parse, int] | None:
    """The parse of ``match`` (by the master of ``rules``, None: all) and where the match that
    built it ends; when its rule's builder rejects it, the next rule that matches at the same
    position (whose shorter match leaves the rest to later parses: "18 juni 2024 en
    27 oktober 2024" lists two dates)."""
    index = _rule_index(match)
    full: re.Match[str] | None = match
    if rules is None or len(rules) > _CAPTURED_UP_TO:
        # the same match again with the rule's own groups (the master pattern has none)
        full = _single_rule(index).match(text, match.start())
    assert full is not None and full.end() == match.end()
    parse = _build(full, index, text)
    if parse is not None:
        return parse, match.end()
    for later in range(index + 1, len(_RULES)) if rules is None else rules:
        if later <= index:
            continue
        retry = _single_rule(later).match(text, match.start())
        if retry is not None:
            parse = _build(retry, later, text)
            if parse is not None:
                return parse, retry.end()
    return None


def _rule_index(match: re.Match[str]) -> int:
    # the rule's own group is the last one to close in the master pattern
    name = match.lastgroup
    assert name is not None and name.startswith("R")
    return int(name[1:])


def _modifier(table: dict[str, str], word: str) -> str:
    return table[" ".join(word.lower().split())]


def _build(match: re.Match[str], index: int, text: str) -> Parse | None:
    prefix = f"r{index}_"
    core_start, core_end = match.span(f"R{index}")

    def groups(name: str) -> str | None:
        return match.group(prefix + name)

    def span(name: str) -> tuple[int, int]:
        return match.span(prefix + name)

    built = _RULES[index][2](groups, span, text, core_start)
    if built is None:
        return None
    rule, value = built.rule, built.value
    end = built.end if built.end is not None else core_end
    open_word, approx_word, part_word = match.group("open", "approx", "part")
    open_kind = None
    if open_word is not None and built.keep_open:
        open_kind = OpenKind(_modifier(_LEX.open_modifiers, open_word))
        inner = _RULE_WORDS["inner"].get(match.group("inner") or "")
        if open_kind is OpenKind.UNTIL and (inner == "through" or rule == "relative.now"):
            # "tot in 2025": into 2025, so through its end; "tot nu", "tot op heden": up to now
            open_kind = OpenKind.THROUGH
        if rule == "relative.now" and open_kind in (OpenKind.BEFORE, OpenKind.AFTER):
            open_kind = None  # "voor nu" is "for now"
        if open_kind is OpenKind.BEFORE and built.before_is_for and not part_word:
            open_kind = None
    part = None
    if part_word is not None and built.keep_part:
        part = Mod(_modifier(_LEX.part_modifiers, part_word))
    # the span starts at the first modifier kept; dropped ones are plain prepositions
    start = core_start
    if match.group("during") is not None:
        start = match.start("during")
    if part is not None:
        start = match.start("part")
    if approx_word is not None:
        start = match.start("approx")
        if isinstance(value, DurationValue):
            rule = "duration.approx"
    if open_kind is not None:
        start = match.start("open")
    if rule == "year" and open_kind is None and part is None:
        if not _year_context(text, core_start, end):
            return None
    if built.needs_modifier and not (open_kind or part or approx_word):
        return None
    if built.needs_context and not (open_kind or part or approx_word):
        if (
            match.group("during") is None
            and not _month_context(text, core_start)
            and not (rule == "month" and _standing_alone(text, core_start, end))
        ):
            return None
    if isinstance(value, AnaphorValue):
        open_kind = None
        start = match.start("part") if part is not None else core_start
        # "tot het einde van de rapportageperiode": the part inside the open phrase
        _, _, tail = " ".join((open_word or "").lower().split()).partition(" ")
        if part is None and tail in _LEX.part_modifiers:
            part = Mod(_LEX.part_modifiers[tail])
            head = len(open_word or "") - len((open_word or "").split(None, 1)[1])
            start = match.start("open") + head
        if value.kind == "period" and part is not None:
            rule = f"anaphor.reporting_period.{part.name.lower()}"
    return Parse(
        rule=rule,
        start=start,
        end=end,
        value=value,
        open_kind=open_kind,
        approx=approx_word is not None,
        part=part,
        problem=built.problem,
    )
