"""Splitting running Dutch text into sentences.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by
whitespace and a capital letter, an opening quote or bracket, or a list bullet — unless the
word ending in the full stop is an abbreviation that never ends a sentence (``nr.``, ``d.d.``,
``m.n.``, ``o.a.``, ...) or a run of initials (``K.H.``). Other abbreviations (``jl.``,
``a.s.``) end it when a capital follows: ``op 14 februari jl. In de verklaring``.
Decimals (``€20,1``, ``1.500``, ``1.1``) never split because no space follows the separator,
and a title in guillemets keeps its full stops (``«Uruzgan: 2006–2010. A TLO assessment»``).
The abbreviation lists are data in ``lexicon.toml``.
"""

from __future__ import annotations

import re

from iraq_events.documents.lexicon import lexicon

__all__ = ["split_sentences"]

_BULLET = r"(?:[•▪●◦]\s+)?"
_OPENERS = "\"'“‘«(["
# a question or exclamation may carry its footnote markers ("bekend?1 2 Was het ..."); a full
# stop before digits is a number's ("1.5 miljoen") as often as a footnote's
_BOUNDARY = re.compile(
    rf"(?:[.!?…]+[\"'”’»)\]]*|[?!]+\d{{1,2}}(?:\s\d{{1,2}})*)"
    rf"(?=\s+{_BULLET}[{re.escape(_OPENERS)}]*[^\W\d_])"
)
_NEXT_CHAR = re.compile(rf"\s+{_BULLET}[{re.escape(_OPENERS)}]*(.)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,4}")


# how far a title in guillemets may reach around a full stop inside it
_TITLE_REACH = 300


def _inside_title(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a title in guillemets ("«The Dutch Engagement in
    Uruzgan: 2006–2010. A TLO social-political assessment»"); both marks are looked for within
    a bounded reach, so a letter on one line is not searched back to its start each time."""
    opening = text.rfind("«", max(0, position - _TITLE_REACH), position)
    if opening < 0 or "»" in text[opening:position]:
        return False
    closing = text.find("»", position, position + _TITLE_REACH)
    return closing >= 0 and "\n\n" not in text[position:closing]


def _ends_sentence(text: str, boundary: re.Match[str]) -> bool:
    if _inside_title(text, boundary.start()):
        return False
    if text[boundary.start()] != ".":
        return True
    end = boundary.start() + 1
    # the token runs back to the last space, line break or tab: search back to the last space,
    # then within that word only, so that a paragraph without line breaks is not searched
    # back to its start at every boundary (quadratic on a letter written on one line)
    space = text.rfind(" ", 0, end) + 1
    word = text[space:end]
    token_start = space + max(word.rfind("\n"), word.rfind("\t")) + 1
    token = text[token_start:end].lstrip("([\"'“‘")
    if token[:-1].isdigit() and not text[:token_start].strip():
        return False  # list numbering opening the text: "1. Draagvlak voor ..."
    lex = lexicon()
    if token in lex.never_end or token.lower() in lex.never_end:
        return False
    following = _NEXT_CHAR.match(text, boundary.end())
    if following is None or not following.group(1).isupper():
        return False
    if _bracket_runs_on(text, boundary.end()):
        return False
    if _INITIALS.fullmatch(token) and token[0].isupper():
        return False
    return True


# how far a bracket after a full stop may reach to its closing bracket
_BRACKET_REACH = 120
_AFTER_BRACKET = re.compile(r"\)\s+(.)")
_OPEN_BRACKET = re.compile(r"\s*\(")


def _bracket_runs_on(text: str, position: int) -> bool:
    """ "heeft op 7 oktober jl. (Kamerstuk 29 521, nr. 327) besloten": a bracket after an
    abbreviation's full stop whose sentence runs on in lower case after it is inside the
    sentence; "(Zie de bijlage.) De minister ..." opens a sentence of its own."""
    opening = _OPEN_BRACKET.match(text, position)
    if opening is None:
        return False
    at = opening.end() - 1
    closing = text.find(")", at, at + _BRACKET_REACH)
    if closing < 0 or "\n\n" in text[at:closing]:
        return False
    after = _AFTER_BRACKET.match(text, closing)
    return after is not None and after.group(1).islower()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``text``.

    The spans are in order, do not overlap, start and end on non-whitespace and cover every
    non-whitespace character of ``text``: the sentences tile the text up to the whitespace
    between them.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.end() <= start or not _ends_sentence(text, boundary):
            continue
        spans.append((start, boundary.end()))
        start = boundary.end()
    spans.append((start, len(text)))
    tiled: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        while span_start < span_end and text[span_start].isspace():
            span_start += 1
        while span_end > span_start and text[span_end - 1].isspace():
            span_end -= 1
        if span_start < span_end:
            tiled.append((span_start, span_end))
    return tiled
