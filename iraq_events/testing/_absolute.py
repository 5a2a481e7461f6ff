"""Absolute dates and ranges written in Dutch (``15 mei 2024``, ``het najaar van 2023``,
``van mei 2023 tot april 2024``, ``vergaderjaar 2023-2024``), each built with what it denotes.

Pure builders: parameters in, example out; the strategies draw the parameters.
"""

from __future__ import annotations

import datetime

import attrs

from iraq_events.temporal.types import ExpressionKind, Granularity
from iraq_events.testing._calendar import (
    _fitting_pairs,
    _month_end,
    _prinsjesdag,
    _Unit,
    _unit_value,
    _units_between,
)
from iraq_events.testing._common import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    ORDINAL_WORDS,
    SEASON_ARTICLES,
    SEASON_WORDS,
    WEEKDAY_NAMES,
    Date,
    DutchDateExample,
)


def _month_word(month: int) -> str:
    return MONTH_NAMES[month - 1]


def _write_day(day: Date, day_format: str, variant: int = 0) -> str:
    """Write ``day`` in one of ``DAY_FORMATS``; ``variant`` picks among equivalent spellings."""
    if day_format == "words":
        return f"{day.day} {_month_word(day.month)} {day.year}"
    if day_format == "abbreviated":
        abbreviations = MONTH_ABBREVIATIONS[day.month]
        return f"{day.day} {abbreviations[variant % len(abbreviations)]} {day.year}"
    if day_format == "weekday":
        return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {_month_word(day.month)} {day.year}"
    if day_format == "numeric":
        separator = "-/."[variant % 3]
        padded = variant // 3 % 2 == 0 or separator == "."
        if padded:
            return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"
        return f"{day.day}{separator}{day.month}{separator}{day.year}"
    if day_format == "iso":
        return day.isoformat()
    raise ValueError(f"unknown day format {day_format!r}")


def _write_unit(unit: _Unit, variant: int = 0, day_format: str = "words") -> str:
    g = unit.granularity
    if g is Granularity.DAY:
        return _write_day(unit.earliest, day_format, variant)
    if g is Granularity.MONTH:
        return f"{_month_word(unit.index)} {unit.year}"
    if g is Granularity.YEAR:
        return str(unit.year)
    if g is Granularity.SEASON:
        words = [w for w, m in SEASON_WORDS.items() if m == unit.index]
        word = words[variant % len(words)]
        if variant // 2 % 2:
            return f"{SEASON_ARTICLES[word]} {word} van {unit.year}"
        return f"{word} {unit.year}"
    if g is Granularity.QUARTER:
        if variant % 3 == 0:
            return f"Q{unit.index} {unit.year}"
        if variant % 3 == 1:
            return f"{ORDINAL_WORDS[unit.index]} kwartaal {unit.year}"
        return f"het {ORDINAL_WORDS[unit.index]} kwartaal van {unit.year}"
    if g is Granularity.HALF:
        prefix = "de " if variant % 2 else ""
        return f"{prefix}{ORDINAL_WORDS[unit.index]} helft van {unit.year}"
    raise ValueError(f"cannot write a {g}")


def _date_example(
    unit: _Unit, variant: int = 0, day_format: str = "words", form: str = ""
) -> DutchDateExample:
    written_as = day_format if unit.granularity is Granularity.DAY else "words"
    return DutchDateExample(
        text=_write_unit(unit, variant, day_format),
        earliest=unit.earliest,
        latest=unit.latest,
        granularity=unit.granularity,
        value=_unit_value(unit.granularity, unit.earliest),
        form=form or f"{unit.granularity.value}-{written_as}",
    )


def _with_pdf_artifacts(
    example: DutchDateExample, line_break: int | None, footnote: int | None
) -> DutchDateExample:
    """Break the phrase over a PDF line (after the ``line_break``-th space) and/or glue a
    footnote marker to a final year, as extracted PDF text does."""
    text, span_end = example.text, example.span_end
    if line_break is not None:
        spaces = [i for i, c in enumerate(text) if c == " " and i >= example.span_start]
        if spaces:
            at = spaces[line_break % len(spaces)]
            text = text[:at] + " \n\n" + text[at + 1 :]
            span_end += 2
    glue_to = (Granularity.DAY, Granularity.MONTH)
    if (
        footnote is not None
        and example.granularity in glue_to
        and text[-5:-4].isspace()
        and text[-4:].isdigit()
    ):
        text += str(footnote)
    if text == example.text:
        return example
    return attrs.evolve(example, text=text, span_end=span_end, form=example.form + "+pdf")


def _range_example(
    text: str,
    earliest: Date,
    latest: Date,
    granularity: Granularity,
    form: str,
    span_start: int = 0,
    value: str | None = None,
) -> DutchDateExample:
    """A range; its value names the units holding its first and last day ("2023-05/2024-04";
    for "tot april 2024" the last unit is March)."""
    if value is None:
        value = f"{_unit_value(granularity, earliest)}/{_unit_value(granularity, latest)}"
    return DutchDateExample(
        text=text,
        earliest=earliest,
        latest=latest,
        granularity=granularity,
        kind=ExpressionKind.RANGE,
        value=value,
        form=form,
        span_start=span_start,
    )


def _day_span(first: Date, last: Date, variant: int) -> DutchDateExample:
    """``7-8 augustus 2023``: two days of one month written once."""
    joiner = ("-", "–", " t/m ", " tot en met ")[variant % 4]
    text = f"{first.day}{joiner}{last.day} {_month_word(first.month)} {first.year}"
    return _range_example(text, first, last, Granularity.DAY, "range-day-span")


def _between(first: Date, last: Date) -> DutchDateExample:
    """``tussen 1 en 15 maart 2024``; ``tussen`` is a plain preposition, outside the span."""
    text = f"tussen {first.day} en {last.day} {_month_word(first.month)} {first.year}"
    return _range_example(
        text, first, last, Granularity.DAY, "range-between", span_start=len("tussen ")
    )


def _from_to(first: _Unit, last: _Unit, variant: int) -> DutchDateExample:
    """``van mei 2023 tot en met april 2024`` (inclusive) or ``van mei 2023 tot april 2024``
    (exclusive: ends the day before the second unit starts)."""
    inclusive = variant % 3 != 2
    joiner = (" tot en met ", " t/m ", " tot ")[variant % 3]
    with_van = variant // 3 % 2 == 0
    text = f"{_write_unit(first)}{joiner}{_write_unit(last)}"
    latest = last.latest if inclusive else last.earliest - datetime.timedelta(days=1)
    prefix = "van " if with_van else ""
    return _range_example(
        prefix + text,
        first.earliest,
        latest,
        first.granularity,
        "range-from-to" + ("" if inclusive else "-exclusive"),
        span_start=len(prefix),
    )


def _dash(first: _Unit, last: _Unit, variant: int) -> DutchDateExample:
    """``mei 2023 – april 2024``."""
    dash = (" – ", " - ", " — ", "–")[variant % 4]
    text = f"{_write_unit(first)}{dash}{_write_unit(last)}"
    return _range_example(text, first.earliest, last.latest, first.granularity, "range-dash")


def _year_span(first: int, last: int, variant: int) -> DutchDateExample:
    """``2023-2027``, ``2022—2025``."""
    dash = ("-", "–", "—")[variant % 3]
    return _range_example(
        f"{first}{dash}{last}",
        Date(first, 1, 1),
        Date(last, 12, 31),
        Granularity.YEAR,
        "range-year-span",
    )


def _vergaderjaar(first_year: int, variant: int) -> DutchDateExample:
    """``vergaderjaar 2023-2024``: Prinsjesdag of the first year .. the day before the next."""
    word = ("vergaderjaar", "Vergaderjaar")[variant % 2]
    first = _prinsjesdag(first_year)
    last = _prinsjesdag(first_year + 1) - datetime.timedelta(days=1)
    return _range_example(
        f"{word} {first_year}-{first_year + 1}",
        first,
        last,
        Granularity.YEAR,
        "range-vergaderjaar",
        value=f"{first.isoformat()}/{last.isoformat()}",
    )


def _vergaderjaar_bounds(low: Date, high: Date) -> tuple[int, int]:
    first = low.year if _prinsjesdag(low.year) >= low else low.year + 1
    last = (
        high.year - 1
        if _prinsjesdag(high.year) - datetime.timedelta(days=1) <= high
        else high.year - 2
    )
    return first, last


def _range_form_fits(form: str, low: Date, high: Date) -> bool:
    if form in ("day-span", "between"):
        # two consecutive days of one month: low itself, or the day after a month's last day
        next_day = datetime.timedelta(days=1)
        first_day = low if low < _month_end(low.year, low.month) else low + next_day
        return first_day < high
    if form in ("from-to", "dash"):
        return bool(
            _fitting_pairs((Granularity.MONTH, Granularity.DAY, Granularity.YEAR), low, high)
        )
    if form == "year-span":
        bounds = _units_between(Granularity.YEAR, low, high)
        return bounds is not None and bounds[0] < bounds[1]
    first, last = _vergaderjaar_bounds(low, high)
    return first <= last
