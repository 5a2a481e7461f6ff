"""What a regular expression can start with, read from its parse tree: the characters and
words it may begin with (for the trigger prefilter and the choice of rules at a position),
and patterns built from those (a trie of phrases, a pattern without its groups)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any


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


def _start_chars(pattern: str) -> frozenset[str] | None:
    """The lower-case characters ``pattern`` can start with; None: any, or it can be empty."""
    found, empty = _first_set(_parsed(pattern))
    return None if found is None or empty else frozenset(c.lower() for c in found)


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


def _trie(
    phrases: Iterable[str], endings: dict[str, str] | None = None, *, grouped: bool = True
) -> str:
    """A regex alternation of ``phrases`` factored by common prefixes (fast to try). A space
    in a phrase stands for any whitespace; a phrase ends with ``endings[phrase]`` if given,
    else, when it ends in a letter, at the end of a word. ``grouped=False``: the top level's
    alternatives without the group around them, for a caller that puts them into a group
    of its own."""
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

    if grouped:
        return emit(tree)
    return "|".join(emit({char: sub}) for char, sub in sorted(tree.items()) if char != "") + (
        "|" + tree[""] if "" in tree else ""
    )


def _first_words(*tables: Iterable[str]) -> set[str]:
    return {phrase.split()[0] for table in tables for phrase in table}


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


_MOST_DIGITS = 5  # runs of digits are counted up to this; longer ones count as this many


def digit_runs(pattern: str) -> tuple[frozenset[int], int | None] | None:
    """How long a run of digits ``pattern`` can start with: the lengths after which a
    character that is not a digit must follow, and the shortest run after which the pattern
    may end (``None``: never at a digit). ``None`` when the parse tree says neither (a class
    mixing digits and other characters at the start); lengths count up to ``_MOST_DIGITS``."""
    found = _digit_runs(_parsed(pattern), {0})
    if found is None:
        return None
    running, ended = found
    return frozenset(ended), min(running) if running else None


def _digit_runs(items: Any, counts: set[int]) -> tuple[set[int], set[int]] | None:
    """The digit counts still running after ``items`` (from ``counts``) and those whose run
    ended there; None where a start could be a digit or not."""
    running, ended = set(counts), set[int]()
    kind: str | None
    for op, av in items:
        if not running:
            break
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "LITERAL":
            kind = "digit" if chr(av).isdigit() else "other"
        elif op is sre_constants.IN:
            kind = _class_kind(av)
        elif name == "SUBPATTERN":
            inner = _digit_runs(av[3], running)
            if inner is None:
                return None
            running, more = inner
            ended |= more
            continue
        elif name == "BRANCH":
            joined: set[int] = set()
            for alternative in av[1]:
                result = _digit_runs(alternative, running)
                if result is None:
                    return None
                joined |= result[0]
                ended |= result[1]
            running = joined
            continue
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, body = av
            current, reached = set(running), set[int]()
            for times in range(min(high, 2 * _MOST_DIGITS) + 1):
                if times >= low:
                    reached |= current
                if not current or times == high:
                    break
                inner = _digit_runs(body, current)
                if inner is None:
                    return None
                current, more = inner
                ended |= more
            else:
                reached |= current  # more repeats only saturate the count
            running = reached
            continue
        else:
            return None
        if kind is None:
            return None
        if kind == "digit":
            running = {min(count + 1, _MOST_DIGITS) for count in running}
        else:
            ended |= running
            running = set()
    return running, ended


def _class_kind(members: Any) -> str | None:
    """ "digit" when a character class holds only digits, "other" when none, else None."""
    kinds: set[str] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            kinds.add("digit" if chr(av).isdigit() else "other")
        elif name == "RANGE":
            digits = {chr(c).isdigit() for c in range(av[0], min(av[1], 0x2000) + 1)}
            if av[1] > 0x2000 or (digits != {False} and digits != {True}):
                return None
            kinds.add("digit" if digits == {True} else "other")
        elif name == "CATEGORY":
            category = str(av)
            if category == "CATEGORY_DIGIT":
                kinds.add("digit")
            elif category in ("CATEGORY_SPACE", "CATEGORY_NOT_DIGIT"):
                kinds.add("other")
            else:
                return None
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None
