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
    # each excluding phrase found once in the sentence, not once for every trigger
    phrases: dict[str, list[tuple[int, int]]] = {}
    verbs = lex.markers.finite_verbs | dated_mention_lexicon().auxiliaries
    for trigger in lex.find_triggers(text):
        clause = clause_of(clauses, trigger.start)
        if trigger.entry.requires:
            # (the words before the clause are cased only for a trigger that requires some)
            clause_text = text[clause.start : clause.end].casefold()
            opening = text[clause.start : trigger.start]
            if not opening.strip(_OPENING) or _resumes(opening, verbs):
                # "het detachement, bestaande uit ..., werd operationeel": a clause that opens
                # with its trigger resumes a sentence whose subject came before; so does one
                # that opens with a finite verb ("het detachement, dat ... deelneemt, zal ...
                # vertrekken")
                clause_text = text[: clause.end].casefold()
            if not any(_required(word, clause_text) for word in trigger.entry.requires):
                continue
        if trigger.entry.excludes:
            excluded = [
                span for phrase in trigger.entry.excludes for span in _spans(phrases, phrase, text)
            ]
            if any(s <= trigger.start and trigger.end <= e for s, e in excluded):
                continue
        window = words_before(text, trigger.start, clause.start)[-lex.markers.negation_window :]
        if any(word in lex.markers.negations for word in window):
            continue
        kept.append(trigger)
    return kept


def _spans(
    found: dict[str, list[tuple[int, int]]], phrase: str, text: str
) -> list[tuple[int, int]]:
    if phrase not in found:
        found[phrase] = [
            (m.start(), m.end()) for m in re.finditer(re.escape(phrase), text, re.IGNORECASE)
        ]
    return found[phrase]


def _resumes(opening: str, verbs: frozenset[str]) -> bool:
    words = opening.strip(_OPENING).split(maxsplit=1)
    return bool(words) and words[0].casefold() in verbs


def _required(word: str, text: str) -> bool:
    if word.startswith("*"):
        return word[1:] in text
    return re.search(r"(?<![\w])" + re.escape(word), text) is not None
