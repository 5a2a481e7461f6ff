"""The public entry points of the temporal engine: ``find_dates`` and ``parse_date``."""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence
from typing import Any

import attrs

from iraq_events.temporal.compose import compose
from iraq_events.temporal.grammar import glued_footnote_end, scan
from iraq_events.temporal.resolution import Context, InvalidDate, resolve
from iraq_events.temporal.types import (
    Anchoring,
    DateParseError,
    ExpressionKind,
    Granularity,
    TemporalExpression,
)
from iraq_events.temporal.values import CalendarValue, Parse, RangeValue

__all__ = ["find_dates", "parse_date"]


def __getattr__(name: str) -> Any:
    """``find_letter_date`` and ``paragraph_starts`` moved to ``iraq_events.documents.letter``
    (document layout); they are still found here under their old names."""
    if name in ("find_letter_date", "paragraph_starts"):
        from iraq_events.documents import letter

        return getattr(letter, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# the control characters counted as binary (each one byte in UTF-8, never part of a longer
# sequence) and the replacement character
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])
_REPLACEMENT = "\ufffd".encode()


_SAMPLE = 65536


def _encoded(text: str) -> bytes | None:
    """``text`` in UTF-8 when it is short enough to be its own binary sample and not ASCII: the
    binary check and the lower-casing (``scan``) both read these bytes."""
    if len(text) > _SAMPLE or text.isascii():
        return None
    return text.encode("utf-8", "surrogatepass")


def _looks_binary(text: str, encoded: bytes | None = None) -> bool:
    """Binary-looking: more than 1% of the (first 64 KiB of) text is control characters or
    replacement characters; one stray NUL byte in a letter does not make it binary.
    ``encoded``: the whole ``text`` in UTF-8 (``_encoded``), when the caller has it."""
    sample = text[:_SAMPLE]
    # counted on the UTF-8 bytes, which C loops do faster than a regex over the characters
    data = encoded if encoded is not None else sample.encode("utf-8", "surrogatepass")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return (controls + data.count(_REPLACEMENT)) * 100 > len(sample)


PREFERENCES = (None, "past", "future", "nearest")


def _check_prefer(prefer: str | None) -> None:
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be None, 'past', 'future' or 'nearest', not {prefer!r}")


def find_dates(
    text: str,
    reference: datetime.date | None = None,
    *,
    prefer: str | None = None,
    paragraphs: Sequence[int] | None = None,
) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, in order and non-overlapping.

    ``reference`` is the date the text speaks from (a letter's own date); expressions relative
    to it ("6 februari jl.", "vorig jaar") are unresolved without one. A day and month without
    a year take the year of the nearest preceding written date in the same paragraph; with
    none, the tense of their sentence ("zal", "werd") picks the next or the last occurrence,
    else ``prefer`` ("past", "future", "nearest") does, else they stay unresolved. A date that
    does not exist ("31 februari 2024") is reported unresolved with its ``problem``; a weekday
    that contradicts its date keeps the date, with the ``problem``.
    ``paragraphs`` are the offsets where paragraphs begin, in order; by default they are read
    from the text's layout (``iraq_events.documents.letter.paragraph_starts``: blank lines, or
    in raw PDF text the lines holding only spaces).
    Empty, binary or garbage text gives ``[]``; this never raises on text.
    Raises ``TypeError`` naming the type when ``text`` is not a ``str`` (bytes, None), and
    ``ValueError`` for another ``prefer``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates takes text (str), not {type(text).__name__}")
    _check_prefer(prefer)
    encoded = _encoded(text)
    if not text.strip() or _looks_binary(text, encoded):
        return []
    if paragraphs is None:
        from iraq_events.documents.letter import paragraph_starts

        paragraphs = paragraph_starts(text)
    starts = paragraphs
    found: list[TemporalExpression] = []
    context = Context(prefer=prefer)
    paragraph = 0
    for composed in compose(scan(text, encoded), text):
        current = bisect.bisect_right(starts, composed.start)
        if current != paragraph:
            paragraph, context = current, Context(prefer=prefer)
        for parse in _resolvable(composed, text, reference, context):
            try:
                expression = resolve(parse, text, reference, context)
            except (ValueError, OverflowError) as error:  # InvalidDate, or beyond the calendar
                # reported, never dropped: unresolved, with what is wrong with it
                found.append(_impossible(parse, text, parse.problem or str(error)))
                continue
            if parse.problem is not None:  # a weekday that contradicts its date: the date wins
                expression = attrs.evolve(expression, problem=parse.problem)
            found.append(expression)
            context.update(parse, expression)
    return found


def _resolvable(
    parse: Parse, text: str, reference: datetime.date | None, context: Context
) -> tuple[Parse, ...]:
    """``parse``, or for a composed range that would end before it starts, its two sides:
    two expressions that are each fine are not turned into one impossible one."""
    if parse.parts is None:
        return (parse,)
    trial = Context(year=context.year, year_anchor=context.year_anchor, prefer=context.prefer)
    try:
        resolve(parse, text, reference, trial)
    except (ValueError, OverflowError):
        return parse.parts
    return (parse,)


def _impossible(parse: Parse, text: str, problem: str) -> TemporalExpression:
    """A date that does not exist ("31 februari 2024"), reported unresolved with its problem."""
    kind = ExpressionKind.RANGE if isinstance(parse.value, RangeValue) else ExpressionKind.DATE
    grain = Granularity.DAY
    if isinstance(parse.value, CalendarValue):
        grain = parse.value.grain
    return TemporalExpression(
        text=text[parse.start : parse.end],
        start=parse.start,
        end=parse.end,
        kind=kind,
        granularity=grain,
        anchoring=Anchoring.UNRESOLVED,
        rule=parse.rule,
        problem=problem,
    )


# words that may stand before or after a single expression given to ``parse_date``
_PREPOSITIONS = re.compile(
    r"[(\[]?\s*(?:(?:in|op|van|per|d\.d\.|tegen|gedurende|tussen|tijdens|om|voor|vóór)\s+)?",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s.,;:!?)\]]*")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
_AMOUNT = re.compile(r"[%€$£]")


def parse_date(
    expression: str, reference: datetime.date | None = None, *, prefer: str | None = None
) -> TemporalExpression:
    """The one temporal expression that ``expression`` is, resolved against ``reference``.

    Offsets point into ``expression`` as given. A plain preposition before it ("in mei 2023")
    and closing punctuation after it are allowed. Raises ``DateParseError`` naming the input
    when it is empty, holds no date or more than one, or names a date that does not exist
    ("31 februari 2024" is an error, never shifted to March). ``prefer`` is as for
    ``find_dates``.
    """
    if not isinstance(expression, str):
        raise DateParseError(repr(expression), "not a string")
    _check_prefer(prefer)
    stripped = expression.strip()
    if not stripped:
        raise DateParseError(expression, "the text is empty")
    if _looks_binary(stripped):
        raise DateParseError(expression, "the text is not readable text")
    offset = len(expression) - len(expression.lstrip())
    parses = list(compose(scan(stripped), stripped))
    for parse in parses:
        if parse.problem is not None:
            raise DateParseError(expression, parse.problem)
    if len(parses) > 1:
        texts = ", ".join(repr(stripped[p.start : p.end]) for p in parses)
        raise DateParseError(expression, f"holds more than one date expression ({texts})")
    if parses:
        parse = parses[0]
        lead = _PREPOSITIONS.fullmatch(stripped, 0, parse.start)
        after = glued_footnote_end(stripped, parse.end)
        trail = _TRAILING.fullmatch(stripped, after)
        if lead is not None and trail is not None:
            try:
                found = resolve(parse, stripped, reference, Context(prefer=prefer))
            except InvalidDate as error:
                raise DateParseError(expression, str(error)) from None
            except (ValueError, OverflowError):
                raise DateParseError(expression, "the date falls outside years 1-9999") from None
            return attrs.evolve(found, start=found.start + offset, end=found.end + offset)
    fallback = _dateparser_fallback(stripped, offset, reference)
    if fallback is not None:
        return fallback
    if parses:
        covered = stripped[parses[0].start : parses[0].end]
        raise DateParseError(expression, f"only {covered!r} is a date, not the whole text")
    raise DateParseError(expression, "no date expression found")


# English month names: dateparser is asked for Dutch and English, and the Dutch names and
# abbreviations come from the lexicon (months.tsv)
_ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb", "febr"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# the only other words a fallback date may hold: ordinal suffixes, "of", "the", prepositions
_FALLBACK_FILLER = frozenset({"st", "nd", "rd", "th", "e", "ste", "de", "of", "the", "van", "on"})
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


def _dateparser_fallback(
    text: str, offset: int, reference: datetime.date | None
) -> TemporalExpression | None:
    """A written-out date the grammar does not cover, read by dateparser (imported only here).

    Nothing may come from the clock or be guessed: the text must literally write a year, exactly
    one month name (Dutch from the lexicon, or English) and, for day precision, the day number,
    with no other number and no word beyond ordinal suffixes and "of"/"the"; dateparser's reading
    is kept only when it agrees with those written parts. A bare year is left to the grammar,
    whose guards know a count from a year ("€2023", "2023%").
    """
    if not _WRITTEN_YEAR.search(text) or len(text) > 80 or _AMOUNT.search(text):
        return None
    from iraq_events.temporal.lexicon import lexicon

    dutch = lexicon().months
    months: list[int] = []
    for word in _WORD.findall(text.lower()):
        month = dutch.get(word, _ENGLISH_MONTHS.get(word))
        if month is not None:
            months.append(month)
        elif word not in _FALLBACK_FILLER:
            return None
    if len(months) != 1:
        return None
    numbers = [int(number) for number in _NUMBER.findall(text)]
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    # a fixed base (the reference, else a fixed day): dateparser never consults the clock
    base = datetime.datetime.combine(reference or datetime.date(2000, 1, 1), datetime.time())
    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": base,
        "REQUIRE_PARTS": ["month", "year"],
        "RETURN_TIME_AS_PERIOD": True,
        "PARSERS": ["absolute-time"],
    }
    try:
        parser = DateDataParser(languages=["nl", "en"], settings=settings)
        data: Any = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    day = data["date_obj"] if data else None
    period = data["period"] if data else None
    if day is None or day.month != months[0] or day.year not in numbers:
        return None
    rest = list(numbers)
    rest.remove(day.year)
    date = day.date()
    if period == "day" and rest == [date.day]:
        earliest, latest, grain, value = date, date, Granularity.DAY, date.isoformat()
    elif period == "month" and not rest:
        earliest = date.replace(day=1)
        latest = (earliest + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(
            days=1
        )
        grain, value = Granularity.MONTH, f"{date.year:04d}-{date.month:02d}"
    else:
        return None
    return TemporalExpression(
        text=text,
        start=offset,
        end=offset + len(text),
        kind=ExpressionKind.DATE,
        granularity=grain,
        earliest=earliest,
        latest=latest,
        anchoring=Anchoring.ABSOLUTE,
        value=value,
        rule="fallback.dateparser",
    )
