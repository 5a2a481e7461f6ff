"""A date that points back over a stretch: "Nederland verzorgt sindsdien de force protection"
runs from the last single day that the sentences before it in its paragraph named up to the
letter's own date, as "sinds 1 juli" would (the words are ``since_then_words`` in
``lexicon/dated_mentions.json``; rule ``events.since-then``). Whether it dates an event is left
to the filters: a state of affairs since then stays none, an ongoing deployment is one."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

import attrs

from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.parts import DatedSpan
from iraq_events.events.tokens import tokenize
from iraq_events.temporal.types import Anchoring, Mod, TemporalExpression

__all__ = ["SINCE_THEN_RULES", "since_then"]

# the rule name of a date counted from the day before it: what followed that day's event
SINCE_THEN_RULE = "events.since-then"
# ... and the temporal layer's own reading of the word ("sindsdien" after a date in its paragraph)
SINCE_THEN_RULES = (SINCE_THEN_RULE, "anaphor.since")


def since_then(
    text: str,
    dates: Sequence[DatedSpan],
    previous: TemporalExpression | None,
    reference: datetime.date | None,
    to_original: Callable[[int], int],
) -> DatedSpan | None:
    """The span of a since-then word of ``text`` dated from ``previous`` to ``reference``
    (offsets: ``text``'s for the span, ``to_original`` of them for the expression), if the
    sentence has one and no date of its own."""
    lexicon = dated_mention_lexicon()
    if previous is None or reference is None or previous.earliest is None or dates:
        return None
    if previous.earliest > reference:
        return None
    folded = text.casefold()
    if not any(word in folded for word in lexicon.since_then_words):
        return None
    for token in tokenize(text):
        if token.lower not in lexicon.since_then_words:
            continue
        expression = attrs.evolve(
            previous,
            text=text[token.start : token.end],
            start=to_original(token.start),
            end=to_original(token.end),
            latest=reference,
            mod=Mod.ON_OR_AFTER,
            anchoring=Anchoring.CONTEXTUAL,
            anchor=previous.earliest,
            rule=SINCE_THEN_RULE,
        )
        return DatedSpan(expression=expression, start=token.start, end=token.end)
    return None
