"""Triggers: the lexicon's trigger words found in a sentence, kept when their clause has a
word they require, they sit in no phrase that excludes them, and no negation precedes them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from iraq_events.events.clauses import clause_of
from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.lexicon import EventLexicon, TriggerMatch
from iraq_events.events.parts import Clause, words_before

__all__ = ["find_triggers"]

# what may separate a clause's opening from its trigger when the trigger opens the clause
_OPENING = " ,;:()–—-"


def find_triggers(lex: EventLexicon, text: str, clauses: Sequence[Clause]) -> list[TriggerMatch]:
    kept = []
    verbs = lex.markers.finite_verbs | dated_mention_lexicon().auxiliaries
    for trigger in lex.find_triggers(text):
        clause = clause_of(clauses, trigger.start)
        clause_text = text[clause.start : clause.end].casefold()
        if not text[clause.start : trigger.start].strip(_OPENING) or _resumes(
            text[clause.start : trigger.start], verbs
        ):
            # "het detachement, bestaande uit ..., werd operationeel": a clause that opens
            # with its trigger resumes a sentence whose subject came before; so does one that
            # opens with a finite verb ("het detachement, dat ... deelneemt, zal ... vertrekken")
            clause_text = text[: clause.end].casefold()
        if trigger.entry.requires and not any(
            _required(word, clause_text) for word in trigger.entry.requires
        ):
            continue
        if trigger.entry.excludes:
            excluded = [
                (found.start(), found.end())
                for phrase in trigger.entry.excludes
                for found in re.finditer(re.escape(phrase), text, re.IGNORECASE)
            ]
            if any(s <= trigger.start and trigger.end <= e for s, e in excluded):
                continue
        window = words_before(text, trigger.start, clause.start)[-lex.markers.negation_window :]
        if any(word in lex.markers.negations for word in window):
            continue
        kept.append(trigger)
    return kept


def _resumes(opening: str, verbs: frozenset[str]) -> bool:
    words = opening.strip(_OPENING).split(maxsplit=1)
    return bool(words) and words[0].casefold() in verbs


def _required(word: str, text: str) -> bool:
    if word.startswith("*"):
        return word[1:] in text
    return re.search(r"(?<![\w])" + re.escape(word), text) is not None
