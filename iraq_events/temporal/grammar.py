"""The Dutch date grammar: named rules that read text into underspecified values.

All rules are alternatives of one compiled pattern, tried in order (longer rules first at the
same position), behind a shared prefix of modifier words (``sinds``, ``tot en met``,
``circa``, ``eind`` ...). Each rule has a builder that turns the match into a ``Parse`` (or
rejects it, for example a bare four-digit number that is a count, not a year). The pattern is
only tried where a cheap trigger search says an expression can start. The words come from the
lexicon tables; no letter's facts live here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from iraq_events.temporal.patterns import (
    _GUARD_START,
    _LEX,
    _RULE_WORDS,
    _WS,
    _alt,
    _words,
    glued_footnote_end,
)
from iraq_events.temporal.regex_tree import (
    _LETTER_RUN,
    _MOST_DIGITS,
    _first_class,
    _leading_words,
    _letter_starts_literal,
    _optional,
    _parsed,
    _start_chars,
    _uncaptured,
    digit_runs,
)
from iraq_events.temporal.rulebook import _RULES, _month_context, _standing_alone, _year_context
from iraq_events.temporal.triggers import _FOLLOWERS, _lower, _triggers
from iraq_events.temporal.types import Mod
from iraq_events.temporal.values import AnaphorValue, DurationValue, OpenKind, Parse

__all__ = ["RULE_NAMES", "glued_footnote_end", "scan"]

# the rules in the order they are tried; a result's ``rule`` is this name or a refinement of it
# (``range.day_day_month`` reads "7-8 augustus" as ``range.day_dash_day_month``)
RULE_NAMES: tuple[str, ...] = tuple(name for name, _, _ in _RULES)

_SUFFIX = r"(?![\w%])"
# the year-less rules that read as a date when they are the whole text ("derde kwartaal"), else
# only after a temporal preposition: in a letter a bare "Eerste kwartaal" is a heading
_READ_ALONE = ("month", "quarter")


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


def _master(indices: Iterable[int], capture: bool = False, bare: bool = False) -> re.Pattern[str]:
    """The prefix, then the rules ``indices`` in order as alternatives, by default without the
    rules' own groups (``_single_rule`` reads those once the rule is known). ``bare``: without
    the modifier prefix, for a position where no modifier starts (the optional modifiers cost
    the regex engine as much as a short rule even when none is there)."""
    rules = "|".join(_rule_pattern(i, capture=capture) for i in indices)
    return re.compile((_GUARD_START if bare else _PREFIX) + "(?:" + rules + ")" + _SUFFIX)


@functools.cache
def _master_all() -> re.Pattern[str]:
    """Every rule behind the modifier prefix: tried where a modifier starts. Compiled when first
    needed, not at import (it is the largest pattern, and many texts never need it)."""
    return _master(range(len(_RULES)))


_RULE_STARTS = tuple(
    _start_chars(pattern.replace("@", f"r{index}_")) for index, (_, pattern, _) in enumerate(_RULES)
)


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
# _plan relies on it: a modifier phrase that began with another character could start anywhere
assert all(
    phrase[:1].isalpha()
    for table in (_LEX.open_modifiers, _LEX.approx_modifiers, _LEX.part_modifiers,
                  _LEX.during_modifiers)
    for phrase in table
), "a modifier phrase must start with a letter"  # fmt: skip


@functools.cache
def _word_rules(word: str) -> tuple[int, ...]:
    """The rules that can match where the letter run ``word`` starts and no modifier does."""
    return tuple(
        i for i in _starting_with(word[0]) if (leads := _RULE_LEADS[i]) is None or word in leads
    )


# per trigger word: whether a modifier may start there, the rules that can match there when
# none does, and their master pattern (None: no rule can); bounded, since a phrase's spacing
# varies
Plan = tuple[re.Pattern[str] | None, bool, tuple[int, ...], re.Pattern[str] | None]
_PLANS: dict[str, Plan] = {}
_PLANS_AT_MOST = 4096


def _plan(word: str) -> Plan:
    """What to try where the trigger ``word`` starts: the lookahead the word must pass first
    (``_FOLLOWERS``), whether a modifier may start there (every modifier phrase begins with a
    letter run, so only when the word's first run is a modifier's), and where none does, only
    the rules that can start with that run (a letter word) or character, and their master."""
    plan = _PLANS.get(word)
    if plan is not None:
        return plan
    run = _LETTER_RUN.match(word)
    if run is None:
        check, rules = False, _RULES_FROM.get(word[0]) or _starting_with(word[0])
        digits = _DIGIT_RUN.match(word)
        if digits is not None:  # the trigger holds the text's whole run of digits
            rules = _digit_rules(rules, len(digits.group()))
    else:
        check, rules = run.group() in _MODIFIER_WORDS, _word_rules(run.group())
    follower = _FOLLOWERS.get(word if word.isalpha() else " ".join(word.split()))
    plan = (follower, check, rules, _master_of(rules) if rules else None)
    if len(_PLANS) < _PLANS_AT_MOST:
        _PLANS[word] = plan
    return plan


_DIGIT_RUN = re.compile(r"\d+")
_RULE_DIGITS = tuple(
    digit_runs(pattern.replace("@", f"r{index}_")) for index, (_, pattern, _) in enumerate(_RULES)
)


def _digit_rules(rules: tuple[int, ...], length: int) -> tuple[int, ...]:
    """Those of ``rules`` that can start with a run of ``length`` digits (``digit_runs``)."""
    length = min(length, _MOST_DIGITS)
    kept = []
    for index in rules:
        runs = _RULE_DIGITS[index]
        if runs is None or length in runs[0] or (runs[1] is not None and length >= runs[1]):
            kept.append(index)
    return tuple(kept)


def _starting_with(char: str) -> tuple[int, ...]:
    return tuple(i for i, chars in enumerate(_RULE_STARTS) if chars is None or char in chars)


_RULES_FROM = {char: _starting_with(char) for chars in _RULE_STARTS if chars for char in chars}


# a master of at most this many rules keeps the rules' groups: few branches save few groups,
# and the chosen rule need not be matched again to read them
_CAPTURED_UP_TO = 8


@functools.cache
def _master_of(indices: tuple[int, ...]) -> re.Pattern[str]:
    # used only where no modifier starts (``scan``): bare
    return _master(indices, capture=len(indices) <= _CAPTURED_UP_TO, bare=True)


@functools.cache
def _single_rule(index: int, bare: bool = False) -> re.Pattern[str]:
    """Rule ``index`` alone, with its groups: read once the master pattern has chosen the
    rule, and tried when a longer rule matched but its builder said no. ``bare``: without the
    modifier prefix (``_master``)."""
    return re.compile((_GUARD_START if bare else _PREFIX) + _rule_pattern(index) + _SUFFIX)


# two patterns, each with a literal prefix that the regex engine searches for quickly
_URLS = (re.compile(r"https?://\S+"), re.compile(r"www\.\S+"))


_RULE_LEADS = tuple(_rule_leads(index) for index in range(len(_RULES)))


def scan(text: str, encoded: bytes | None = None) -> Iterator[Parse]:
    """Every grammar match in ``text``, left to right and non-overlapping (invalid dates included,
    with ``problem`` set). Matching is case-insensitive. ``encoded``: ``text`` in UTF-8 (with
    surrogates passed), when the caller has it already."""
    low = _lower(text, encoded)
    urls = sorted((m.start(), m.end()) for pattern in _URLS for m in pattern.finditer(low))
    next_url = 0  # parses come left to right, so one pointer walks the URLs once
    position = 0
    plans = _PLANS
    for trigger in _triggers(low):
        # group 1 is the trigger word (by number: a group name is looked up on each call),
        # and it runs to the end of the match (what follows it is only looked at)
        start, end = trigger.span(1)
        if start < position:
            continue
        word = low[start:end]
        plan = plans.get(word)
        follower, check, rules, master = plan if plan is not None else _plan(word)
        if follower is not None and follower.match(low, end) is None:
            continue
        if check and _MODIFIER_START.match(low, start) is not None:
            found = _modified_parse(low, start)
        elif master is None:
            continue
        else:
            match = master.match(low, start)
            found = None if match is None else _first_parse(match, low, rules)
        if found is None:
            continue
        parse, matched_end = found
        if urls:
            while next_url < len(urls) and urls[next_url][1] <= parse.start:
                next_url += 1
            if next_url < len(urls) and urls[next_url][0] < parse.end:
                position = matched_end
                continue
        yield parse
        position = max(matched_end, parse.end)


_PREFIX_ALONE = re.compile(_PREFIX)
# per letter run, or per character and length of digit run: the rules that can start there
_RULES_AT: dict[str | tuple[str, int], tuple[int, ...]] = {}


def _rules_at(text: str, position: int) -> tuple[int, ...]:
    """The rules that can match at ``position`` where no modifier starts, as ``_plan`` reads
    them from a trigger word: by the run of letters there, else by the character (and the
    length of the run of digits)."""
    run = _LETTER_RUN.match(text, position)
    if run is not None:
        return _word_rules(run.group())
    char = text[position : position + 1]
    digits = _DIGIT_RUN.match(text, position)
    key = (char, 0 if digits is None else min(len(digits.group()), _MOST_DIGITS))
    rules = _RULES_AT.get(key)
    if rules is None:
        rules = _RULES_FROM.get(char) or (_starting_with(char) if char else ())
        if digits is not None:
            rules = _digit_rules(rules, key[1])
        if len(_RULES_AT) < _PLANS_AT_MOST:
            _RULES_AT[key] = rules
    return rules


def _modified_parse(text: str, start: int) -> tuple[Parse, int] | None:
    """The parse at ``start``, where a modifier word starts ("tot", "medio", "circa").

    ``_master_all`` tries every rule behind every reading of the modifiers, and a match holds
    the first reading (in the regex engine's order) behind which a rule matches. The first
    reading is that of the modifier prefix matched alone; behind it, only the rules that can
    start with the word there are tried, by their own small master. Where none matches there
    or the builder says no, ``_master_all`` reads the other readings as before."""
    mods = _PREFIX_ALONE.match(text, start)
    if mods is None:  # the guard before the expression fails: so would every reading
        return None
    after = mods.end()
    rules = _rules_at(text, after)
    if rules:
        match = _master_of(rules).match(text, after)
        if match is not None:
            index = _RULE_OF_GROUP[match.lastgroup or ""]
            full: re.Match[str] | None = match
            if len(rules) > _CAPTURED_UP_TO:
                full = _single_rule(index, True).match(text, after)
            assert full is not None and full.end() == match.end()
            parse = _build(full, index, text, mods)
            if parse is not None:
                return parse, match.end()
    everything = _master_all().match(text, start)
    return None if everything is None else _first_parse(everything, text, None)


def _first_parse(
    match: re.Match[str], text: str, rules: tuple[int, ...] | None
) -> tuple[Parse, int] | None:
    """The parse of ``match`` (by the bare master of ``rules``, None: by ``_master_all``) and where
    the match that built it ends; when its rule's builder rejects it, the next rule that
    matches at the same position (whose shorter match leaves the rest to later parses:
    "18 juni 2024 en 27 oktober 2024" lists two dates)."""
    index = _RULE_OF_GROUP[match.lastgroup or ""]
    bare = rules is not None
    full: re.Match[str] | None = match
    if rules is None or len(rules) > _CAPTURED_UP_TO:
        # the same match again with the rule's own groups (the master pattern has none)
        full = _single_rule(index, bare).match(text, match.start())
    assert full is not None and full.end() == match.end()
    parse = _build(full, index, text, None if bare else full)
    if parse is not None:
        return parse, match.end()
    for later in range(index + 1, len(_RULES)) if rules is None else rules:
        if later <= index:
            continue
        retry = _single_rule(later, bare).match(text, match.start())
        if retry is not None:
            parse = _build(retry, later, text, None if bare else retry)
            if parse is not None:
                return parse, retry.end()
    return None


# the rule's own group ("R12" for rule 12) is the last one to close in a master pattern
_RULE_OF_GROUP = {f"R{index}": index for index in range(len(_RULES))}


def _modifier(table: dict[str, str], word: str) -> str:
    return table[" ".join(word.lower().split())]


_new_tuple = tuple.__new__
_GROUP_PREFIXES = tuple(f"r{index}_" for index in range(len(_RULES)))
_CORE_GROUPS = tuple(f"R{index}" for index in range(len(_RULES)))


def _build(
    match: re.Match[str], index: int, text: str, mods: re.Match[str] | None = None
) -> Parse | None:
    """The parse of rule ``index``'s ``match``, with the modifier groups of ``mods`` (None:
    matched by a pattern without the modifier prefix), or None when its builder or the words
    around it say it is no date."""
    prefix = _GROUP_PREFIXES[index]
    core_start, core_end = match.span(_CORE_GROUPS[index])

    def groups(name: str) -> str | None:
        return match.group(prefix + name)

    def span(name: str) -> tuple[int, int]:
        return match.span(prefix + name)

    built = _RULES[index][2](groups, span, text, core_start)
    if built is None:
        return None
    rule, value = built.rule, built.value
    end = built.end if built.end is not None else core_end
    if mods is None:
        open_word = approx_word = part_word = during_word = None
        mods = match  # its modifier groups are never read below: every word is None
    else:
        open_word, approx_word, part_word, during_word = mods.group(
            "open", "approx", "part", "during"
        )
    open_kind = None
    if open_word is not None and built.keep_open:
        open_kind = OpenKind(_modifier(_LEX.open_modifiers, open_word))
        inner = _RULE_WORDS["inner"].get(mods.group("inner") or "")
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
    if during_word is not None:
        start = mods.start("during")
    if part is not None:
        start = mods.start("part")
    if approx_word is not None:
        start = mods.start("approx")
        if isinstance(value, DurationValue):
            rule = "duration.approx"
    if open_kind is not None:
        start = mods.start("open")
    if rule == "year" and open_kind is None and part is None:
        if not _year_context(text, core_start, end):
            return None
    if built.needs_modifier and not (open_kind or part or approx_word):
        return None
    if built.needs_context and not (open_kind or part or approx_word):
        if (
            during_word is None
            and not _month_context(text, core_start)
            and not (rule in _READ_ALONE and _standing_alone(text, core_start, end))
        ):
            return None
    if isinstance(value, AnaphorValue):
        open_kind = None
        start = mods.start("part") if part is not None else core_start
        # "tot het einde van de rapportageperiode": the part inside the open phrase
        _, _, tail = " ".join((open_word or "").lower().split()).partition(" ")
        if part is None and tail in _LEX.part_modifiers:
            part = Mod(_LEX.part_modifiers[tail])
            head = len(open_word or "") - len((open_word or "").split(None, 1)[1])
            start = mods.start("open") + head
        if value.kind == "period" and part is not None:
            rule = f"anaphor.reporting_period.{part.name.lower()}"
    # every field by position through tuple.__new__: the named tuple's own __new__ is a
    # Python function of its own (a frame for every candidate); ``parts`` is None
    return _new_tuple(
        Parse,
        (rule, start, end, value, open_kind, approx_word is not None or built.approx, part,
         built.problem, None),
    )  # fmt: skip
