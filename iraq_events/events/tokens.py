"""Tokens: the words of a text with their offsets, and token patterns matched over them.

A pattern is a sequence of token tests written in data: ``word`` (the whole word),
``stem*`` (a word that starts with stem), ``*tail`` (a word that ends with tail: compounds),
``*`` (any one word), ``...`` (up to ``GAP_WORDS`` words). Words are compared casefolded.
Offsets always index the text given.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol

import attrs

__all__ = [
    "GAP",
    "GAP_WORDS",
    "PatternSet",
    "Token",
    "TokenPattern",
    "first_at",
    "tokenize",
    "tokens_between",
    "without_brackets",
]

# "viel ... binnen": a separable verb's particle within a few words of it
GAP = "..."
GAP_WORDS = 6

# a word: letters or digits, joined by inner hyphens, dots and apostrophes ("artikel-100",
# "d.d.", "F-16's"); a trailing dot is kept only where the word has an inner one ("d.d.")
_WORD = re.compile(r"\w+(?:[-'’.+]\w+)*\.?")


@attrs.frozen
class Token:
    text: str
    start: int
    end: int
    lower: str


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


def first_at(items: Sequence[_Spanned], position: int) -> int:
    """The index of the first of ``items`` (in order of their starts: tokens, cues) that
    starts at or after ``position``: a bisect, where a scan for every date was quadratic."""
    return bisect.bisect_left(items, position, key=lambda item: item.start)


def tokens_between(
    tokens: Sequence[Token], start: int, end: int, most: int | None = None
) -> list[Token]:
    """The tokens wholly inside ``[start, end)``, at most ``most`` of them when given."""
    found: list[Token] = []
    for at in range(first_at(tokens, start), len(tokens)):  # (islice would step to the first)
        if tokens[at].end > end or (most is not None and len(found) >= most):
            break
        found.append(tokens[at])
    return found


# the words of the last texts tokenized: the stages of one sentence tokenize it again and
# again (a third of the calls over the seed letters); entries are never mutated, and texts
# longer than a long sentence are not kept, so that the memo holds little
_RECENT: dict[str, tuple[Token, ...]] = {}
_RECENT_SIZE = 16
_RECENT_LONGEST = 10_000


def tokenize(text: str) -> list[Token]:
    if len(text) > _RECENT_LONGEST:
        return _tokenize(text)
    known = _RECENT.get(text)
    if known is None:
        if len(_RECENT) >= _RECENT_SIZE:
            _RECENT.clear()
        known = _RECENT[text] = tuple(_tokenize(text))
    return list(known)


def _tokenize(text: str) -> list[Token]:
    tokens = []
    for found in _WORD.finditer(text):
        word = found.group()
        end = found.end()
        if word.endswith(".") and "." not in word[:-1]:
            word, end = word[:-1], end - 1  # the full stop of a sentence is no part of a word
        tokens.append(Token(word, found.start(), end, word.casefold()))
    return tokens


# the kinds of a part's test, decided once a pattern (not once a token it is tried at)
_ANY, _CONTAINS, _PREFIX, _SUFFIX, _EXACT, _GAP = range(6)


def _compiled(part: str) -> tuple[int, str]:
    if part == GAP:
        return _GAP, ""
    if part == "*":
        return _ANY, ""
    if part.startswith("*") and part.endswith("*") and len(part) > 2:
        return _CONTAINS, part[1:-1]
    if part.endswith("*"):
        return _PREFIX, part[:-1]
    if part.startswith("*"):
        return _SUFFIX, part[1:]
    return _EXACT, part


def _passes(kind: int, arg: str, word: str) -> bool:
    if kind == _EXACT:
        return word == arg
    if kind == _PREFIX:
        return word.startswith(arg)
    if kind == _SUFFIX:
        return word.endswith(arg)
    if kind == _CONTAINS:
        return arg in word
    return kind == _ANY


@attrs.frozen
class TokenPattern:
    """One pattern of data, e.g. ``TokenPattern.parse("artikel 100*")``."""

    parts: tuple[str, ...]
    _tests: tuple[tuple[int, str], ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_tests", tuple(_compiled(part) for part in self.parts))

    @classmethod
    def parse(cls, written: str) -> TokenPattern:
        parts = tuple(tokenize_pattern(written))
        if not parts:
            raise ValueError(f"empty token pattern {written!r}")
        return cls(parts)

    def matches_at(self, tokens: Sequence[Token], index: int) -> bool:
        return self.end_at(tokens, index) is not None

    def end_at(self, tokens: Sequence[Token], index: int) -> int | None:
        """The index after the last token of a match starting at ``index``, else ``None``."""
        return _match(self._tests, 0, tokens, index)


def _match(
    tests: Sequence[tuple[int, str]], part: int, tokens: Sequence[Token], index: int
) -> int | None:
    # most tries fail at the first word: a loop over the parts up to a gap, recursing only
    # where a gap may skip words
    while part < len(tests):
        kind, arg = tests[part]
        if kind == _GAP:
            for skip in range(GAP_WORDS + 1):
                if index + skip > len(tokens):
                    break
                end = _match(tests, part + 1, tokens, index + skip)
                if end is not None:
                    return end
            return None
        if index >= len(tokens) or not _passes(kind, arg, tokens[index].lower):
            return None
        part += 1
        index += 1
    return index


class PatternSet:
    """Patterns looked up by their first word: a token tries only the patterns that can start
    at it (a first word with a wildcard is tried everywhere), so a sentence costs one dict
    lookup a token, not one match a pattern and a token."""

    def __init__(self, patterns: Sequence[TokenPattern]) -> None:
        self.patterns = tuple(patterns)
        self._by_head: dict[str, list[TokenPattern]] = {}
        self._anywhere: list[TokenPattern] = []
        for pattern in self.patterns:
            head = pattern.parts[0]
            if "*" in head or "|" in head or head == GAP:
                self._anywhere.append(pattern)
            else:
                self._by_head.setdefault(head, []).append(pattern)

    def spans(self, tokens: Sequence[Token]) -> list[tuple[int, int]]:
        """(first token, index after the last) of every match, sorted."""
        found = []
        by_head, anywhere = self._by_head, self._anywhere
        for index, token in enumerate(tokens):
            # (no tuple of the candidates is built a token: most words head no pattern)
            heads = by_head.get(token.lower)
            if heads is not None:
                for pattern in heads:
                    end = pattern.end_at(tokens, index)
                    if end is not None:
                        found.append((index, end))
            for pattern in anywhere:
                end = pattern.end_at(tokens, index)
                if end is not None:
                    found.append((index, end))
        return sorted(found)


def tokenize_pattern(written: str) -> list[str]:
    """A pattern's parts: its words, casefolded, with their ``*`` wildcards kept."""
    return [part.casefold() for part in written.split()]


def without_brackets(text: str) -> str:
    """``text`` with what stands in brackets left out (nested brackets too)."""
    depth = 0
    kept = []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(char)
    return "".join(kept)
