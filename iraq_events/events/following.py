"""What follows a dated "after" phrase: "Na X in <datum> is Y <participle>" reports Y as an
event of its own, dated from the day after the date on (open-ended), when no trigger of the
main clause dated it already and the main clause has no date of its own.

The main clause is typed like a dated mention (``cues.py``): the first cue of a type that frames
nothing, else the first cue, else ``other``; it reports an event only when it holds a past
participle (a completed change: "omgeschakeld", "aangescherpt"), not a state ("is ... actief").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.dating import after_date
from iraq_events.events.filters import participle
from iraq_events.events.model import EventType
from iraq_events.events.parts import Clause, Draft, SentenceInput
from iraq_events.events.reader import Reader
from iraq_events.events.roles import Memory, mentions, roles
from iraq_events.events.tokens import tokenize

__all__ = ["following_event"]


def following_event(
    reader: Reader,
    sentence: SentenceInput,
    clauses: Sequence[Clause],
    drafts: Sequence[Draft],
) -> Draft | None:
    text = sentence.text
    lexicon = dated_mention_lexicon()
    for clause, main in itertools.pairwise(clauses):
        if not (clause.subordinate and reader.cutter.opens_after(text, clause.start)):
            continue
        inside = [d for d in sentence.dates if clause.start <= d.start < clause.end]
        if not inside or inside[-1].end != main.start or main.subordinate:
            continue
        date = inside[-1]
        if not reader.dater.usable(date) or date.expression.latest is None:
            continue
        if any(main.start <= d.start < main.end for d in sentence.dates):
            continue
        if any(
            d.trigger_start is not None and main.start <= d.trigger_start < main.end for d in drafts
        ):
            continue
        words = tokenize(text[main.start : main.end])
        if not any(participle(w.lower, lexicon) for w in words):
            continue
        cues = lexicon.find(words)
        cue = next((c for c in cues if c.family.type not in lexicon.yielding), None) or next(
            iter(cues), None
        )
        event_type = cue.family.type if cue is not None else EventType.OTHER
        profile = reader.lex.types[event_type]
        named = [
            m for m in mentions(reader.lex, text, Memory(reader.lex), []) if m.start >= main.start
        ]
        following = after_date(date)
        return Draft(
            event_type=event_type,
            trigger_ids=[f"cue.{cue.family.id}" if cue is not None else "dated-mention"],
            patterns=["dated-mention", "after-clause"],
            date=following,
            sentence=sentence,
            status=reader.status.status(following.expression, profile, text[main.start : main.end]),
            actors=roles(reader.lex, text, named, profile, event_type, ()),
            location=None,
            quantities=[],
            fatalities=(None, None, None),
            subtype=cue.family.subtype if cue is not None else None,
            acled=profile.acled,
        )
    return None
