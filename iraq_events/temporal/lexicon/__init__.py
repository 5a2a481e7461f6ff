"""The Dutch date lexicon: word tables kept as data files beside this module, loaded once.

Each ``nl/*.tsv`` file is a table of tab-separated rows (``#`` starts a comment line). The
grammar builds its patterns from these tables, so adding a spelling of a month, a number word
or a modifier is one row in a table (plus one example row in the corpus).
"""

from __future__ import annotations

import datetime
import functools
from importlib import resources

import attrs

__all__ = ["Lexicon", "lexicon"]


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("nl", name).read_text(encoding="utf-8")
    rows: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _month_day(text: str) -> tuple[int, int] | None:
    if not text:
        return None
    month, day = text.split("-")
    return int(month), int(day)


@attrs.frozen(kw_only=True)
class Lexicon:
    """Every word table the grammar reads, keyed by the lower-case written form."""

    months: dict[str, int]
    full_months: frozenset[str]
    month_names: tuple[str, ...]  # the full name of month 1..12, for messages
    weekdays: dict[str, int]
    full_weekdays: frozenset[str]
    bare_weekday_abbreviations: frozenset[str]  # a date alone when written with a period
    weekday_names: tuple[str, ...]  # the full name of ISO weekday 1..7
    numbers: dict[str, float | None]
    units: dict[str, str]
    plural_units: frozenset[str]
    ordinals: dict[str, int]
    seasons: dict[str, str]
    open_modifiers: dict[str, str]
    approx_modifiers: frozenset[str]
    part_modifiers: dict[str, str]
    duration_modifiers: frozenset[str]
    during_modifiers: frozenset[str]  # inside the span, the interval unchanged: de loop van
    cut_modifiers: dict[str, str]  # eerder / later + R's unit: earlier / later
    markers: dict[str, str]
    tense_words: dict[str, str]  # sentence tense markers: word -> future / past
    holidays: dict[str, tuple[str, str]]  # phrase -> (holiday name, rule)
    positions: dict[str, int]  # ordinal positions in a month: 1..5, -1 = the last
    relative_days: dict[str, int]
    now_words: frozenset[str]
    shifts: dict[str, int]
    sets: dict[str, tuple[str, str]]
    anaphora: dict[str, str]
    recess_fallbacks: dict[str, tuple[tuple[int, int], tuple[int, int]] | None]
    recess_dates: dict[tuple[str, int], tuple[datetime.date, datetime.date]]
    date_context_words: frozenset[str]
    number_context_words: frozenset[str]
    dotted_date_words: frozenset[str]  # before a year-less day-month with a dot (op 10.10)
    approx_numbers: frozenset[str]  # "paar": about that many, so the expression is APPROX
    dated_words: frozenset[str]  # "d.d.", "gedateerd": the date of a paper, so in the past
    paper_words: tuple[str, ...]  # "brief", "verzoek": a paper dated after its complement
    paper_links: frozenset[str]  # "van": what joins that complement to the paper's date
    # the words the rules spell out (rule_words.tsv): role -> {phrase: value}
    rule_words: dict[str, dict[str, str]]


def _load() -> Lexicon:
    months = {word: int(number) for word, number, _ in _rows("months.tsv")}
    weekdays = {word: int(number) for word, number, _ in _rows("weekdays.tsv")}
    modifiers = [(*row, "")[:3] for row in _rows("modifiers.tsv")]
    fallbacks: dict[str, tuple[tuple[int, int], tuple[int, int]] | None] = {}
    for row in _rows("recesses.tsv"):
        row = [*row, "", ""]
        first, last = _month_day(row[1]), _month_day(row[2])
        fallbacks[row[0]] = (first, last) if first and last else None
    context = _rows("context_words.tsv")
    rule_words: dict[str, dict[str, str]] = {}
    for row in _rows("rule_words.tsv"):
        phrase, role, value = (*row, "")[:3]
        rule_words.setdefault(role, {})[phrase] = value
    month_rows, weekday_rows = _rows("months.tsv"), _rows("weekdays.tsv")
    return Lexicon(
        months=months,
        month_names=tuple(
            w for w, _, form in sorted(month_rows, key=lambda r: int(r[1])) if form == "full"
        ),
        weekday_names=tuple(
            w for w, _, form in sorted(weekday_rows, key=lambda r: int(r[1])) if form == "full"
        ),
        full_months=frozenset(w for w, _, form in _rows("months.tsv") if form == "full"),
        weekdays=weekdays,
        full_weekdays=frozenset(
            w for w, _, form in _rows("weekdays.tsv") if form.split(".")[0] == "full"
        ),
        bare_weekday_abbreviations=frozenset(
            w for w, _, form in _rows("weekdays.tsv") if form == "abbr.bare"
        ),
        numbers={w: (None if v == "X" else float(v)) for w, v, *_ in _rows("numbers.tsv")},
        approx_numbers=frozenset(w for w, _, *how in _rows("numbers.tsv") if how == ["approx"]),
        units={word: unit for word, unit, _ in _rows("units.tsv")},
        plural_units=frozenset(w for w, _, number in _rows("units.tsv") if number == "pl"),
        ordinals={word: int(value) for word, value in _rows("ordinals.tsv")},
        seasons={word: code for word, code in _rows("seasons.tsv")},
        open_modifiers={p: meaning for p, role, meaning in modifiers if role == "open"},
        approx_modifiers=frozenset(p for p, role, _ in modifiers if role == "approx"),
        part_modifiers={p: meaning for p, role, meaning in modifiers if role == "part"},
        duration_modifiers=frozenset(p for p, role, _ in modifiers if role == "duration"),
        during_modifiers=frozenset(p for p, role, *_ in modifiers if role == "during"),
        cut_modifiers={p: meaning for p, role, meaning in modifiers if role == "cut"},
        markers={marker: direction for marker, direction in _rows("markers.tsv")},
        tense_words={word.lower(): direction for word, direction in _rows("tense.tsv")},
        holidays={phrase: (name, rule) for phrase, name, rule in _rows("holidays.tsv")},
        positions={word: int(value) for word, value in _rows("positions.tsv")},
        relative_days={word: int(offset) for word, offset in _rows("relative_days.tsv")},
        now_words=frozenset(row[0] for row in _rows("now.tsv")),
        shifts={word: int(direction) for word, direction in _rows("shifts.tsv")},
        sets={word: (value, grain) for word, value, grain in _rows("sets.tsv")},
        anaphora={phrase: suffix for phrase, suffix in _rows("anaphora.tsv")},
        recess_fallbacks=fallbacks,
        recess_dates={
            (name, int(year)): (datetime.date.fromisoformat(a), datetime.date.fromisoformat(b))
            for name, year, a, b in _rows("recess_dates.tsv")
        },
        date_context_words=frozenset(w for w, role in context if role == "date"),
        number_context_words=frozenset(w.lower() for w, role in context if role == "number"),
        dotted_date_words=frozenset(w.lower() for w, role in context if role == "dotted"),
        dated_words=frozenset(w.lower() for w, role in context if role == "dated"),
        paper_words=tuple(w.lower() for w, role in context if role == "paper"),
        paper_links=frozenset(w.lower() for w, role in context if role == "paper_link"),
        rule_words=rule_words,
    )


@functools.cache
def lexicon() -> Lexicon:
    """The Dutch lexicon, read from the package data on first use and shared afterwards."""
    return _load()
