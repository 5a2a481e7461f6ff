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


def tokenize(text: str) -> list[Token]:
    tokens = []
    for found in _WORD.finditer(text):
        word = found.group()
        end = found.end()
        if word.endswith(".") and "." not in word[:-1]:
            word, end = word[:-1], end - 1  # the full stop of a sentence is no part of a word
        tokens.append(Token(word, found.start(), end, word.casefold()))
    return tokens


def _test(part: str, word: str) -> bool:
    if part == "*":
        return True
    if part.startswith("*") and part.endswith("*") and len(part) > 2:
        return part[1:-1] in word
    if part.endswith("*"):
        return word.startswith(part[:-1])
    if part.startswith("*"):
        return word.endswith(part[1:])
    return word == part


@attrs.frozen
class TokenPattern:
    """One pattern of data, e.g. ``TokenPattern.parse("artikel 100*")``."""

    parts: tuple[str, ...]

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
        return _match(self.parts, 0, tokens, index)


def _match(parts: Sequence[str], part: int, tokens: Sequence[Token], index: int) -> int | None:
    if part == len(parts):
        return index
    if parts[part] == GAP:
        for skip in range(GAP_WORDS + 1):
            if index + skip > len(tokens):
                break
            end = _match(parts, part + 1, tokens, index + skip)
            if end is not None:
                return end
        return None
    if index >= len(tokens) or not _test(parts[part], tokens[index].lower):
        return None
    return _match(parts, part + 1, tokens, index + 1)


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
        for index, token in enumerate(tokens):
            for pattern in (*self._by_head.get(token.lower, ()), *self._anywhere):
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
