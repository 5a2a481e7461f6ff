"""The pieces the grammar's rules are written with: alternations of lexicon phrases, the
guards around an expression, days, years and footnote markers glued to a year."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from iraq_events.temporal.lexicon import Lexicon, lexicon
from iraq_events.temporal.regex_tree import _trie

_LEX = lexicon()


def _alt(words: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first; a phrase ending in a letter or digit
    must not run on into a longer word.

    Written as a trie (phrases factored by their common starts): the regex engine then follows
    one branch per character instead of trying every phrase that shares a first letter (a rule
    tried at a month name read some forty month names). It matches as the plain alternation
    longest first would: only phrases that are starts of one another can match at the same
    place, and the trie tries the longer one first.
    """
    phrases = {" ".join(word.split()) for word in words}
    endings = {phrase: r"(?!\w)" if phrase[-1].isalnum() else "" for phrase in phrases}
    return "(?:" + _trie(phrases, endings) + ")"


# an expression never starts right after a letter, digit or one of these characters
_NOT_BEFORE = r"\w.,/€$@#%&+=\-"
_GUARD_START = rf"(?<![{_NOT_BEFORE}])"
# the character before an expression, as a class the regex engine tests quickly: any character
# but the ASCII ones of _NOT_BEFORE (a non-ASCII one is checked by the lookbehind later). Written
# negated over ASCII characters only, it compiles to a 256-bit table; written as the ASCII
# characters allowed plus the range of all others, to a two-level table that costs more on
# every character of the text; a negated class with ``\w`` is slower still (a Unicode lookup)
_BEFORE_START = (
    "[^"
    + "".join(re.escape(chr(c)) for c in range(128) if re.match(f"[{_NOT_BEFORE}]", chr(c)))
    + "]"
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
