"""Paper labels: where the content of a cited paper opens by saying what the paper itself is
("d.d. 7 juli inzake artikel 100-brief inzake ...", or a label in brackets closing the subject:
"(artikel 100)"), that label types the paper's date (``paper_labels`` and
``paper_bracket_labels`` in ``lexicon/dated_mentions.json``)."""

from __future__ import annotations

from collections.abc import Sequence

from iraq_events.events.cues import CueMatch, DatedMentionLexicon
from iraq_events.events.filters import SentenceIndex, content_opened
from iraq_events.events.tokens import Token, first_at

__all__ = ["bracket_labelled", "labelled", "paper_between"]


def labelled(tokens: Sequence[Token], opened: int, lexicon: DatedMentionLexicon) -> bool:
    """Whether the words right after ``opened`` (a few modifiers allowed) label the paper."""
    first = first_at(tokens, opened)
    if first >= len(tokens):
        return False
    return any(
        pattern.end_at(tokens, at) is not None
        for at in range(first, min(len(tokens), first + lexicon.paper_label_reach + 1))
        for pattern in lexicon.paper_labels
    )


def bracket_labelled(
    text: str,
    tokens: Sequence[Token],
    cues: Sequence[CueMatch],
    paper: CueMatch,
    opened: int,
    index: SentenceIndex,
    lexicon: DatedMentionLexicon,
) -> bool:
    """ "de brief d.d. 14 maart inzake de bijdrage aan X (artikel 100)": a label in brackets
    closes the subject and says what the cited paper is; not when the subject opens with a
    paper of the cited paper's own kind (the answers to questions about that letter)."""
    if not lexicon.paper_bracket_labels:
        return False
    at = opened
    while True:
        bracket = text.find("(", at)
        close = text.find(")", bracket) if bracket >= 0 else -1
        if close < 0 or content_opened(index, opened, bracket) is not None:
            # no label, or one that closes the subject of a later paper of the sentence
            return False
        if " ".join(text[bracket + 1 : close].casefold().split()) in lexicon.paper_bracket_labels:
            break
        at = close + 1
    first = first_at(tokens, opened)
    if first >= len(tokens):
        return False
    reach = tokens[min(len(tokens) - 1, first + lexicon.paper_label_reach)].end
    return not any(c.family is paper.family and opened <= c.start < reach for c in cues)


def paper_between(
    cues: Sequence[CueMatch], start: int, end: int, lexicon: DatedMentionLexicon
) -> bool:
    """ "de brief van 27 november met de beantwoording van de vragen inzake de artikel
    100-brief": a paper named between the date and the content's opener is what the content
    is about, so its label says nothing of the dated paper."""
    at = first_at(cues, start)
    return at < len(cues) and cues[at].start < end and cues[at].family.type in lexicon.paper_types
