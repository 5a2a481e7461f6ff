"""Retyping a trigger event by the cue its date belongs to: a yielding trigger ("besluit",
"verzoek", "geïnformeerd") takes the type of the cue between it and its date, and a date that
closes an event noun's phrase before the verb dates that noun's event. Each retyping names its
rule in the draft's patterns."""

from __future__ import annotations

from collections.abc import Sequence

from iraq_events.events.clauses import clause_of
from iraq_events.events.cues import CueMatch, dated_mention_lexicon
from iraq_events.events.parts import Clause, Draft
from iraq_events.events.reader import Reader
from iraq_events.events.spans import (
    first_cue_after,
    framed,
    is_thing,
    nearest_cue_before,
    phrase_cue_before,
    relative_between,
)
from iraq_events.events.tokens import first_at, tokenize

__all__ = ["apply_cue", "retype"]

_BORROWED = "borrowed-date"


def retype(reader: Reader, draft: Draft, clauses: Sequence[Clause]) -> None:
    """A cue between a trigger and its date names what the date dates: "het besluit ... de
    bijdrage te verlengen tot 31 december" (the extension), "Over dit verzoek bent u per
    kennisgevingsbrief op 23 september geïnformeerd" (the letter), "Op 11 december meldde het
    kabinet in een kennisgevingsbrief dat ... verzoeken" (the letter)."""
    lexicon = dated_mention_lexicon()
    if draft.trigger_end is None:
        return
    clause = clause_of(clauses, draft.date.start)
    text = draft.sentence.text
    if draft.event_type not in lexicon.yielding:
        trigger_start = draft.trigger_start if draft.trigger_start is not None else clause.end
        if draft.date.end > trigger_start or trigger_start >= clause.end:
            return  # the date after its trigger, or in another clause ("Na X op <datum>, ...")
        # "in het debat ... op 22 april jl. ontvangt uw Kamer ... over de terugtrekking": the
        # date ends the phrase of the event noun before it, not the trigger after it
        # ... a phrase of its own conjunct: "De ministers kwamen bijeen en op 3 maart werd
        # een akkoord ondertekend" dates the agreement
        words = tokenize(text[clause.start : draft.date.start])
        joints = [t.end for t in words if t.lower == reader.lex.markers.conjunction]
        start = clause.start + joints[-1] if joints else clause.start
        before = nearest_cue_before(text, start, draft.date.start, lexicon)
        if (
            before is None
            or before.family.type in lexicon.yielding
            or before.cue.strip("*").casefold() in lexicon.yielding_complements
        ):
            return  # "Deze bijdrage is sinds mei 2023 beëindigd": who acts, not an event
        if first_cue_after(text, draft.date.end, trigger_start, lexicon) is not None:
            return
        apply_cue(reader, draft, before, clause, "date-of-phrase-before")
        return
    if draft.date.start >= draft.trigger_end:
        lower = max(clause.start, draft.trigger_end)
        if _BORROWED in draft.patterns and draft.trigger_end < clause.start:
            # "besloten tot inzet van een compagnie (... voor de periode oktober 2023 tot
            # oktober 2024)": a date borrowed from a clause after the trigger's ends the
            # phrase the trigger opens, so the cue between them names what it dates
            lower = draft.trigger_end
        cue = None
        if relative_between(text, lower, draft.date.start, lexicon):
            # "de beëindiging van de missie waartoe op 14 april werd besloten": the date is
            # the relative clause's, and so is the verb after it
            cue = first_cue_after(text, draft.date.end, clause.end, lexicon)
        cue = cue or phrase_cue_before(text, lower, draft.date.start, lexicon)
        if (cue is None or is_thing(cue, lexicon)) and any(
            t.lower in lexicon.infinitive_markers
            for t in tokenize(text[draft.date.end : clause.end])
        ):
            # "heeft besloten om de helikopters vanaf 1 september in te zetten": the date is
            # the decided infinitive's, and so is the cue after it; a noun for who acts
            # before the date ("de bijdrage ... in 2026 voort te zetten") yields to it
            cue = first_cue_after(text, draft.date.end, clause.end, lexicon) or cue
    else:
        # the date before the trigger: the first cue after the date, before the trigger
        trigger_start = draft.trigger_start if draft.trigger_start is not None else clause.end
        # "In het algemeen overleg met de Kamer op 16 januari kondigden wij aan": the date
        # closes the phrase a frame preposition opens, and names its event, before any cue
        # between the date and the trigger ("Tijdens het AO van 6 juli informeert het
        # kabinet u in deze brief over ...": the debate, not the letter)
        sentence_words = lexicon.tokens_in(text)
        cues = lexicon.find_in(text)  # in order of their starts: the clause's by bisects
        held = [
            c
            for c in cues[first_at(cues, clause.start) : first_at(cues, draft.date.start)]
            if c.end <= draft.date.start
        ]
        cue = framed(sentence_words, held, draft.date, lexicon) if held else None
        if cue is None:
            cue = first_cue_after(text, draft.date.end, min(clause.end, trigger_start), lexicon)
        if (
            cue is None
            and draft.date.end <= trigger_start
            and not tokenize(text[draft.date.end : trigger_start])
        ):
            # "In het overleg met de Kamer op 16 januari kondigden wij aan": the date closes
            # the phrase of the event noun before the verb, so it dates that event
            before = nearest_cue_before(text, clause.start, draft.date.start, lexicon)
            if before is not None and before.family.type not in lexicon.yielding:
                apply_cue(reader, draft, before, clause, "date-of-phrase-before")
                return
    if cue is not None:
        apply_cue(reader, draft, cue, clause, "retyped-by-cue")


def apply_cue(reader: Reader, draft: Draft, cue: CueMatch, clause: Clause, rule: str) -> None:
    if cue.family.type is draft.event_type:
        return
    profile = reader.lex.types[cue.family.type]
    draft.event_type = cue.family.type
    draft.subtype = cue.family.subtype
    draft.acled = profile.acled
    text = draft.sentence.text
    draft.status = reader.status.status(
        draft.date.expression, profile, text[clause.start : clause.end]
    )
    draft.patterns.append(f"{rule}.{cue.family.id}")
