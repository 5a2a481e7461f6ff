"""Lists: the items under a line that introduces them.

"De Nederlandse bijdrage bestaat uit:" followed by "• een fregat (tot 4 april);" and
"• zes jachtvliegtuigen vanaf 1 mei;": the cue sits in the introduction, the dates in the
items. Each dated item that names no event of its own is an event of the introduction's type.
An introduction that carries a date of its own ("hebben op 17 december overleg gevoerd
over:") dates its own event, and its items ("– de brief van 30 november") are what the event
was about: they keep their own cues and lend it none.

An item is a sentence that opens with a list bullet (the documents layer's bullets) or a
number or letter of a numbered list; an introduction is the sentence before the first item,
ending in a colon. The bullets are data of the documents layer; this module holds only the
mechanism.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from iraq_events.documents.lexicon import lexicon as document_lexicon
from iraq_events.events.cues import CueFamily, DatedMentionLexicon
from iraq_events.events.mentions import DatedCandidate, DroppedMention
from iraq_events.events.parts import DatedSpan, SentenceInput
from iraq_events.events.tokens import tokenize

__all__ = ["ListReader", "item_candidates"]

# "1. ", "2) ", "(3) ", "a. ", "b) ": the numbering of a numbered list
_NUMBERED = re.compile(r"\(?(?:\d{1,2}|[a-z])[.)]\s")

# an item is read by its introduction's cue where only its being a short line dropped it:
# "• Een tankvliegtuig tot 4 april;" is no date line of a letter's heading
RESCUED = frozenset({"date-line"})

LIST_RULE = "list-item-of-introduction"


def is_item(text: str) -> bool:
    """Whether a sentence opens with a list bullet or a list number."""
    stripped = text.lstrip()
    for bullet in document_lexicon().bullets:
        if stripped.startswith(bullet) and stripped[len(bullet) : len(bullet) + 1].isspace():
            return True
    return _NUMBERED.match(stripped) is not None


def introduces(text: str) -> bool:
    return text.rstrip().endswith(":")


class ListReader:
    """Follows a letter's sentences in reading order: the introduction of the list each item
    stands in (``None`` outside a list)."""

    def __init__(self) -> None:
        self._introduction: SentenceInput | None = None

    def introduction(self, sentence: SentenceInput) -> SentenceInput | None:
        """The introduction ``sentence`` is an item under, and remember it as the next
        introduction when it is one itself."""
        found = self._introduction if is_item(sentence.text) else None
        if introduces(sentence.text):
            self._introduction = sentence
        elif found is None:
            self._introduction = None
        return found


def introduction_family(
    introduction: SentenceInput,
    lexicon: DatedMentionLexicon,
    usable: Callable[[DatedSpan], bool],
) -> tuple[CueFamily, str] | None:
    """The cue of an undated introduction: the first of a type that does not frame others
    (an announcement of a contribution speaks of the contribution), else the first."""
    if any(usable(d) for d in introduction.dates):
        return None
    cues = lexicon.find(tokenize(introduction.text))
    cue = next((c for c in cues if c.family.type not in lexicon.yielding), None) or next(
        iter(cues), None
    )
    if cue is None:
        return None
    return cue.family, cue.cue


def item_candidates(
    candidates: Sequence[DatedCandidate],
    dropped: Sequence[DroppedMention],
    clause_of: Callable[[int], tuple[int, int]],
    introduced: tuple[CueFamily, str] | None,
) -> list[DatedCandidate]:
    """The candidates of an item: those without a cue of their own take the introduction's,
    and a date dropped only as a short line comes back with it."""
    if introduced is None:
        return list(candidates)
    # the cue's words stand in another sentence: the candidate names none of this one's
    family, _ = introduced
    found = [
        attrs.evolve(c, family=family, rule=LIST_RULE, cue="") if c.family is None else c
        for c in candidates
    ]
    for mention in dropped:
        if mention.reason in RESCUED:
            found.append(
                DatedCandidate(
                    expression=mention.expression,
                    start=mention.start,
                    end=mention.end,
                    clause=clause_of(mention.start),
                    family=family,
                    rule=LIST_RULE,
                )
            )
    found.sort(key=lambda c: c.start)
    return found
