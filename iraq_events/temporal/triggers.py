"""The trigger prefilter: where in a text an expression can start, so that the grammar is
tried only there. Its words come from every lexicon table and from the rules' own leading
words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import attrs

# every rule registered: their leading words are trigger words
from iraq_events.temporal import rules_periods  # noqa: F401
from iraq_events.temporal.lexicon import Lexicon
from iraq_events.temporal.patterns import (
    _ARTICLES,
    _BEFORE_START,
    _LEX,
    _OF,
    _ORDINAL_SUFFIX,
    _RULE_WORDS,
    _words,
)
from iraq_events.temporal.regex_tree import _first_words, _leading_words, _trie
from iraq_events.temporal.rulebook import _RULES

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
     "plural_units", "rule_words", "dated_words", "dotted_date_words", "paper_words",
     "paper_links"}
)  # fmt: skip


def _rests(word: str, tables: Iterable[Iterable[str]]) -> set[str]:
    """What follows ``word`` in the table phrases that start with it ("op dit moment")."""
    return {
        " ".join(p.split()[1:]) for table in tables for p in table if p.split()[:1] == [word]
    } - {""}


def _trigger_pattern(
    lex: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, re.Pattern[str]]]:
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
        **{word: rf"(?=\s+(?:\d|{_OF}))" for word in _RULE_WORDS["isoweek"]},
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
    # the most frequent words carry their lookahead in the pattern; the others are checked
    # after a hit (``followers``), with each distinct lookahead compiled once: written into
    # the pattern for every word, the large ones (every word a date can start with, after
    # each modifier) made it thirty times longer and seconds to compile
    inline = {
        word: followed.pop(word)  # a lookahead already
        for word in (*_ARTICLES, *_RULE_WORDS["one"], *now_starts)
        if word in followed
    }
    words = plain | set(followed) | set(inline)
    # the trie's alternatives (one per first letter) stand beside the number and the bracket:
    # one alternation to walk at every word start instead of two nested ones (the regex engine
    # enters an alternative that is itself an alternation with a jump of its own)
    trie = _trie(words, {**loose, **inline}, grouped=False)
    # The pattern starts with the character before the trigger (a character class), which
    # lets the regex engine skip quickly to candidate positions; a trigger at the very start
    # of the text is looked for with ``_trigger_at_start``.
    starts = rf"(?P<t>{trie}|{_DIGIT_START}|\({_words('almost')}\))"
    pattern = re.compile(rf"{_BEFORE_START}{starts}")
    compiled: dict[str, re.Pattern[str]] = {}
    followers = {
        word: compiled.setdefault(ending, re.compile(ending)) for word, ending in followed.items()
    }
    return pattern, re.compile(starts), followers


_TRIGGER, _TRIGGER_AT_START, _FOLLOWERS = _trigger_pattern(_LEX)


def _triggers(low: str) -> Iterable[re.Match[str]]:
    """The trigger matches in ``low``; each has the trigger word in group ``t`` (group 1)."""
    first = _TRIGGER_AT_START.match(low)
    if first is None:
        return _TRIGGER.finditer(low)
    return itertools.chain((first,), _TRIGGER.finditer(low))


_ASCII = bytes(range(128))


def _lower(text: str, encoded: bytes | None = None) -> str:
    """``text`` in lower case with every character at the same offset (``encoded``: the text
    in UTF-8 with surrogates passed, when the caller has it already)."""
    if not text.isascii():
        # the ASCII letters lowered on the UTF-8 bytes (str.lower of a text holding one "€" or
        # "ë" takes the Unicode path for every character, three times slower); enough when no
        # other character has a lower case of its own, as in almost every Dutch letter
        data = encoded if encoded is not None else text.encode("utf-8", "surrogatepass")
        others = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
        if others.lower() == others:
            return data.lower().decode("utf-8", "surrogatepass")
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # rare: "İ"
