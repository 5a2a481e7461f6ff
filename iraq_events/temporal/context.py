"""What the text around an expression tells its resolution: the written year and date before
it in the paragraph (``Context``), and the tense of its sentence."""

from __future__ import annotations

import datetime
import re

import attrs

from iraq_events.temporal.lexicon import lexicon
from iraq_events.temporal.types import ExpressionKind, TemporalExpression
from iraq_events.temporal.values import CalendarValue, Parse, RangeValue, YearSource


class InvalidDate(ValueError):
    """The text names a date that does not exist once its year is known ("29 februari jl.")."""


@attrs.define
class Context:
    """What the text before an expression says, within one paragraph."""

    year: int | None = None  # the year of the nearest preceding written date
    year_anchor: datetime.date | None = None  # that expression's last day
    last_date: TemporalExpression | None = None  # the nearest preceding resolved date
    prefer: str | None = None  # the caller's choice where nothing else decides: past/future/nearest
    # the text and span of the expression being resolved, for its sentence's tense
    source: str = ""
    span: tuple[int, int] = (0, 0)
    resolved_by: str | None = None  # "tense" or "prefer" once the last resolution used one

    def update(self, parse: Parse, expression: TemporalExpression) -> None:
        """Remember ``expression`` for the expressions after it in the same paragraph."""
        stated = _stated_year(parse, expression)
        if stated is not None:
            self.year = stated
            self.year_anchor = expression.latest or expression.earliest
        if (
            expression.kind in (ExpressionKind.DATE, ExpressionKind.RANGE)
            and expression.earliest is not None
            and not parse.rule.startswith("anaphor.")
        ):
            self.last_date = expression


def _stated_year(parse: Parse, expression: TemporalExpression) -> int | None:
    """The year a later bare day-month of the paragraph may take from this expression.

    A written year ("28 januari 2024"), or the year a letter-relative year marker fixed
    ("14 januari jl.", "oktober vorig jaar"): a reader carries both forward the same way.
    """
    value = parse.value
    if isinstance(value, RangeValue):
        value = value.last
    if not isinstance(value, CalendarValue):
        return None
    if value.year_source is YearSource.WRITTEN:
        return value.year
    relative = (YearSource.PAST, YearSource.FUTURE, YearSource.RELATIVE)
    last = expression.latest
    if value.year_source in relative and expression.is_resolved and last is not None:
        return last.year
    return None


# a blank line after a colon or a semicolon runs on into a list's items
_SENTENCE_END = re.compile(r"[.!?](?=\s)|(?<![:;])\n[^\S\n]*\n")
_TENSE_WINDOW = 300  # characters looked at on each side: bounded, so find_dates stays linear
_WORDS = re.compile(r"[^\W\d_]+")


def sentence_tense(text: str, start: int, end: int) -> str | None:
    """``future`` or ``past`` when the sentence around ``text[start:end]`` holds tense markers
    (``tense.tsv``) of one direction only; ``present`` when it holds only present-tense verbs;
    else ``None``."""
    if not text:
        return None
    left = max(0, start - _TENSE_WINDOW)
    right = min(len(text), end + _TENSE_WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start) if _ends(text, m)]
    first = ends[-1] if ends else left
    last = next(
        (m.start() for m in _SENTENCE_END.finditer(text, end, right) if _ends(text, m)), right
    )
    # a complement clause ("heeft de Kamer geïnformeerd dat het schip van mei tot augustus
    # deelneemt") has its own tense: the reporting verb before it tells when it was said
    for opener in _OPENERS.finditer(text, first, start) if _OPENERS else ():
        first = opener.end()
    table = lexicon().tense_words
    sentence = text[first:start] + " " + text[end:last]
    found = {table[w] for w in _WORDS.findall(sentence.lower()) if w in table}
    directed = found - {_PRESENT}
    if directed:
        return directed.pop() if len(directed) == 1 else None
    # a present tense alone points nowhere by itself; the caller reads it with the period's opener
    return _PRESENT if found else None


_PRESENT = "present"


def _openers() -> re.Pattern[str] | None:
    words = sorted(lexicon().rule_words.get("complementizer", ()))
    if not words:
        return None
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


_OPENERS = _openers()


def _ends(text: str, found: re.Match[str]) -> bool:
    """Whether a sentence-end match ends a sentence: not the full stop of "d.d." (the words
    of context_words.tsv role dated that end in one)."""
    if text[found.start()] != "." or not _DOTTED_DATED:
        return True
    return _DOTTED_DATED.search(text, max(0, found.start() - 16), found.start() + 1) is None


def _dotted_dated() -> re.Pattern[str] | None:
    words = sorted(w for w in lexicon().dated_words if w.endswith("."))
    if not words:
        return None
    return re.compile(r"(?i)(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")\Z")


_DOTTED_DATED = _dotted_dated()
_BEFORE_WORDS = 24  # characters looked at before an expression for a dated-paper word


def dated(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is a paper's date: right after a word of
    context_words.tsv role dated ("de brief d.d. 6 februari"), or after one and a temporal
    preposition ("gedateerd op 6 februari")."""
    lex = lexicon()
    words = text[max(0, start - _BEFORE_WORDS) : start].lower().split()[-2:]
    words = [w.strip("([,") for w in words]
    if words and words[-1] in lex.date_context_words and words[-1] not in lex.dated_words:
        words = words[:-1]
    return bool(words) and words[-1] in lex.dated_words


_PAPER_REACH = 9  # words between a paper and the link word before its date, the paper counted
_CLAUSE_MARKS = ",;:()"


def paper_dated(text: str, start: int, end: int) -> bool:
    """Whether the single day at ``text[start:end]`` dates a paper named a few words before it,
    after the paper's complement and a word of context_words.tsv role paper_link ("de brief
    aan uw Kamer van 7 december", "op verzoek van de commissie van 11 december"), with no
    clause mark or verb of tense.tsv between them. A period opened there ("de brief over de
    inzet van 3 maart tot 1 juni") is the complement's."""
    lex = lexicon()
    if any(w in lex.date_context_words for w in text[start:end].lower().split()[1:]):
        return False  # a range or a list: "3 maart tot 1 juni"
    words = text[max(0, start - 12 * _PAPER_REACH) : start].lower().split()[-_PAPER_REACH - 1 :]
    if not words or words[-1] not in lex.paper_links:
        return False
    for word in reversed(words[:-1]):
        if any(mark in word for mark in _CLAUSE_MARKS) or word in lex.tense_words:
            return False  # another clause, or a verb: the date is not the paper's
        if word.endswith(lex.paper_words):
            return True
    return False
