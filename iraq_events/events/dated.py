"""The date-first stage, joined to the trigger reader: what it keeps of the trigger events
(habits are no events; a yielding trigger takes the type of the cue between it and its date),
then an event for every date no trigger claimed (``mentions.py``), with actors, place and status
read from the date's clause by the same stages as trigger events."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from iraq_events.events.clauses import clause_of, next_clause
from iraq_events.events.cues import CueMatch, dated_mention_lexicon
from iraq_events.events.deciders import decided_by
from iraq_events.events.filters import (
    MentionContext,
    SentenceIndex,
    participle,
    subject_of_paper,
)
from iraq_events.events.following import following_event
from iraq_events.events.lists import introduction_family, item_candidates
from iraq_events.events.mentions import DatedCandidate, dated_candidates
from iraq_events.events.model import ActorRole, EventType
from iraq_events.events.owners import (
    across_citation,
    bracketed_paper_owners,
    date_adjunct,
    relative_antecedent,
)
from iraq_events.events.parts import (
    SPECIFICITY,
    Clause,
    DatedSpan,
    Draft,
    Mention,
    SentenceInput,
    add_actor,
    make_actor,
    make_location,
)
from iraq_events.events.places import closer, places
from iraq_events.events.reader import Reader
from iraq_events.events.retyping import apply_cue, retype
from iraq_events.events.roles import Memory, listed, roles, unsubjected
from iraq_events.events.roles import mentions as mentions_of
from iraq_events.events.shared_date import Claim, shared_date_candidates
from iraq_events.events.sitting import sitting_itself, spoken_now
from iraq_events.events.states import habitual
from iraq_events.events.tokens import tokenize
from iraq_events.temporal.types import ExpressionKind

__all__ = ["dated_drafts"]


def dated_drafts(
    reader: Reader,
    sentence: SentenceInput,
    memory: Memory,
    drafts: Sequence[Draft],
    introduction: SentenceInput | None = None,
) -> list[Draft]:
    """The trigger events kept (``filters.habitual``) and retyped, then the events of the dates
    no trigger claimed (the date-first stage, ``mentions.py``)."""
    text = sentence.text
    clauses = reader.cutter.clauses(text, sentence.dates)
    reader.cutter.split_after(text, clauses, [d for d in sentence.dates if reader.dater.usable(d)])
    recurring = tuple(
        (d.start, d.end) for d in sentence.dates if d.expression.kind is ExpressionKind.SET
    )
    kept = []
    lowered = text.casefold()
    # only a sentence with a subject word ("inzake") can cite a paper's subject
    subject_words = any(w in lowered for w in dated_mention_lexicon().subject_heads)
    index = SentenceIndex(
        text, tokenize(text) if drafts and subject_words else [], dated_mention_lexicon()
    )
    for draft in drafts:
        clause = clause_of(clauses, draft.date.start)
        context = MentionContext(
            text=text,
            index=index,
            expression=draft.date.expression,
            start=draft.date.start,
            end=draft.date.end,
            clause_start=clause.start,
            clause_end=clause.end,
            recurring=recurring,
        )
        if reader.dater.is_now(draft.date) and habitual(context):
            continue
        if subject_words and subject_of_paper(context, dated_mention_lexicon()):
            continue
        if _stated(text, clause, draft):
            continue
        retyped = len(draft.patterns)
        retype(reader, draft, clauses)
        start = draft.trigger_start
        if len(draft.patterns) > retyped and start is not None and start >= clause.end:
            # "Op 11 december meldde het kabinet in een kennisgevingsbrief dat het, naar
            # aanleiding van Franse verzoeken, ...": a trigger of a later clause retyped by the
            # cue of its date's clause is that cue's event, whose actors its clause names (a
            # decision before its decided date keeps its decider)
            named = mentions_of(reader.lex, text, memory, [])
            own = [m for m in named if clause.start <= m.start < clause.end]
            profile = reader.lex.types[draft.event_type]
            draft.actors = roles(reader.lex, text, own, profile, draft.event_type, ()) or (
                draft.actors
            )
        kept.append(draft)
    claimed = {d.date.start for d in drafts} | reader.silenced
    candidates, dropped = dated_candidates(
        text,
        sentence.dates,
        [(c.start, c.end) for c in clauses],
        claimed=lambda d: d.start in claimed,
        usable=lambda d: (
            isinstance(d, DatedSpan) and reader.dater.usable(d) and not reader.dater.is_now(d)
        ),
        lexicon=dated_mention_lexicon(),
        priority=lambda kind: reader.lex.types[kind].priority,
        in_footnote=isinstance(sentence.paragraph, tuple)
        and sentence.paragraph[:1] == ("footnote",),
    )
    if introduction is not None:
        # an item of a list: the introduction's cue types its dates (``lists.py``)
        candidates = item_candidates(
            candidates,
            dropped,
            lambda at: (clause_of(clauses, at).start, clause_of(clauses, at).end),
            introduction_family(introduction, dated_mention_lexicon(), reader.dater.usable),
        )
    following = following_event(reader, sentence, clauses, kept)
    if following is not None:
        kept.append(following)
    candidates += _second_events(reader, sentence, clauses, kept, candidates)
    if not candidates:
        return _decided(reader, kept, clauses)
    found_places = places(reader.lex, text, [])
    mentions = mentions_of(reader.lex, text, memory, [(p.start, p.end) for p in found_places])
    found: list[Draft] = []
    dates_at = {d.start: d for d in sentence.dates}
    antecedent = _antecedent(reader, text, memory)
    for candidate in candidates:
        family = candidate.family
        event_type = family.type if family is not None else EventType.OTHER
        subtype = family.subtype if family is not None else None
        trigger_id = f"cue.{family.id}" if family is not None else "dated-mention"
        patterns = ["dated-mention", candidate.rule]
        if family is None and antecedent is not None and antecedent.event_type is not None:
            # "Dat vond plaats op 22 maart": the event the sentence before named
            event_type, subtype = antecedent.event_type, antecedent.subtype
            patterns.append("refers-back")
        profile = reader.lex.types[event_type]
        clause = clause_of(clauses, candidate.start)
        if candidate.rule.startswith(_SHARED):
            # a second event on a claimed date: its own part of the sentence
            clause = attrs.evolve(clause, start=candidate.clause[0], end=candidate.clause[1])
        date = dates_at[candidate.start]
        own = listed(
            reader.lex,
            text,
            mentions,
            # a name a comma cuts ("de vaste commissie voor Buitenlandse Zaken, Defensie en
            # Ontwikkelingssamenwerking") belongs to each clause it reaches into
            [m for m in mentions if m.start < clause.end and clause.start < m.end],
        )
        # who acts and where, read back over a citation or from a relative clause's antecedent
        reach = (
            across_citation(text, clauses, clause, dated_mention_lexicon().citation_openers)
            or relative_antecedent(text, clauses, clause, reader.lex.markers.relative_pronouns)
            or date_adjunct(text, clauses, clause, (candidate.start, candidate.end))
        )
        if not own and reach is not None:
            own = listed(
                reader.lex, text, mentions, [m for m in mentions if reach[0] <= m.start < reach[1]]
            )
        if candidate.rule == _BRACKETED and candidate.cue:
            opening = text.rfind("(", 0, candidate.start)
            noun = text.rfind(candidate.cue, 0, max(opening, 0))
            if noun >= 0:
                phrase = clause_of(clauses, noun)
                own = listed(
                    reader.lex,
                    text,
                    mentions,
                    bracketed_paper_owners(
                        text,
                        mentions,
                        (phrase.start, phrase.end),
                        (noun, noun + len(candidate.cue)),
                    ),
                )
        if event_type is EventType.REPORT:
            # a mandate's subject is the mission it mandates; a report's is only its topic
            own = unsubjected(text, own, date.end)
        actors = roles(reader.lex, text, own, profile, event_type, ())
        if not actors and antecedent is not None and antecedent.mentions:
            # "Die wordt vanaf 15 augustus ingezet": whoever the sentence before named
            actors = roles(
                reader.lex, antecedent.text, antecedent.mentions, profile, event_type, ()
            )
            patterns.append("refers-back-actors")
        for name in family.default_actors if family is not None else ():
            entry = reader.lex.actor_by_name[name]
            actors = add_actor(actors, make_actor(entry, candidate.cue, ActorRole.INITIATOR))
        location = None
        if family is None or family.locate:
            inside = [p for p in found_places if clause.start <= p.start < clause.end]
            if not inside and reach is not None:
                inside = [p for p in found_places if reach[0] <= p.start < reach[1]]
            after = next_clause(clauses, clause)
            if inside and after is not None:
                inside += closer(reader.lex, text, found_places, clauses, after, inside)
            if inside and len({p.entry.country for p in inside}) == 1:
                best = min(inside, key=lambda p: SPECIFICITY[p.entry.kind])
                location = make_location(best.entry, best.surface)
        found.append(
            Draft(
                event_type=event_type,
                trigger_ids=[trigger_id],
                patterns=patterns,
                date=date,
                sentence=sentence,
                status=reader.status.status(
                    date.expression, profile, text[clause.start : clause.end]
                ),
                actors=actors,
                location=location,
                quantities=[],
                fatalities=(None, None, None),
                subtype=subtype,
                acled=profile.acled,
            )
        )
    return _decided(reader, kept + found, clauses)


def _decided(reader: Reader, drafts: list[Draft], clauses: Sequence[Clause]) -> list[Draft]:
    """A dated decision takes the type of who decides (``deciders.py``); the day a debate's
    speakers sit is no event of its own (``sitting.py``)."""
    lexicon = dated_mention_lexicon()
    sitting = []
    for draft in drafts:
        clause = clause_of(clauses, draft.date.start)
        span = (draft.date.start, draft.date.end)
        if sitting_itself(draft.sentence.text, (clause.start, clause.end), span, lexicon) or (
            draft.event_type is EventType.OTHER and spoken_now(draft.sentence.text, span, lexicon)
        ):
            sitting.append(draft)
            continue
        family = decided_by(draft.sentence.text, (clause.start, clause.end), span, lexicon)
        if family is not None:
            cue = CueMatch(family, draft.date.start, draft.date.end, family.id)
            apply_cue(reader, draft, cue, clause, "decided-by")
    # a second event on a claimed date names another type than the claim's; once the claim
    # is retyped to that type, the two are one
    drafts = [d for d in drafts if d not in sitting]
    kinds = {(d.event_type, d.date.start) for d in drafts if not _is_shared(d)}
    return [d for d in drafts if not (_is_shared(d) and (d.event_type, d.date.start) in kinds)]


def _is_shared(draft: Draft) -> bool:
    return any(p.startswith(_SHARED) for p in draft.patterns)


_SHARED = "shared-date"
_BRACKETED = "bracket-of-noun"


def _stated(text: str, clause: Clause, draft: Draft) -> bool:
    """ "Het aantal aanslagen lag in 2024 lager dan in 2023": a state verb ("lag", "bedroeg")
    in the clause of a trigger noun that does not hold the date in its own phrase ("de
    aanslag van 3 maart", or a noun and its date before the verb) states a fact about a
    period, not an event on it."""
    lexicon = dated_mention_lexicon()
    if draft.trigger_start is None or draft.trigger_end is None:
        return False
    if lexicon.state_verb_search(text, clause.start, clause.end) is None:
        return False
    words = tokenize(text[clause.start : clause.end])
    if any(participle(t.lower, lexicon) for t in words):
        return False  # "staan nu gepland op 10 juni": a plan, not a state
    if any(p.endswith("prefield-head") for p in draft.patterns):
        return False
    date = draft.date
    if draft.trigger_end <= date.start:
        between = tokenize(text[draft.trigger_end : date.start])
        if len(between) <= 1 and all(t.lower in lexicon.modifying_words for t in between):
            return False
    return True


def _second_events(
    reader: Reader,
    sentence: SentenceInput,
    clauses: Sequence[Clause],
    kept: Sequence[Draft],
    candidates: Sequence[DatedCandidate],
) -> list[DatedCandidate]:
    """Events that share a date another event of the sentence claimed (``shared_date.py``)."""
    text = sentence.text
    if not candidates and not any(d.sentence is sentence for d in kept):
        return []

    def occupied() -> list[tuple[int, int]]:
        return [(t.start, t.last) for t in reader.lex.find_triggers(text)]

    # a separable verb reaches to its particle ("maakten X en Y bekend")
    reach = dict(occupied()) if kept else {}
    claims = [
        Claim(
            d.date.start, d.event_type, d.trigger_start, reach.get(d.trigger_start, d.trigger_start)
        )
        for d in kept
        if d.trigger_start is not None and d.sentence is sentence
    ]
    for candidate in candidates:
        if candidate.family is None:
            claims.append(Claim(candidate.start, EventType.OTHER, -1, -1))
            continue
        at = text.find(candidate.cue, candidate.clause[0]) if candidate.cue else -1
        claims.append(Claim(candidate.start, candidate.family.type, at, at + len(candidate.cue)))
    return shared_date_candidates(
        text,
        [d for d in sentence.dates if reader.dater.usable(d)],
        clauses,
        claims,
        occupied,
        dated_mention_lexicon(),
        reader.lex.markers.conjunction,
    )


@attrs.frozen
class _Antecedent:
    """The sentence a pointing word refers to: its event (type and subtype, ``None`` when it
    names none) and the actors it names."""

    text: str
    event_type: EventType | None
    subtype: str | None
    mentions: tuple[Mention, ...]


def _antecedent(reader: Reader, text: str, memory: Memory) -> _Antecedent | None:
    """The sentence before, when this one opens by pointing back to it: a pointing word ("Die
    wordt ... ingezet") or a definite article with a noun of that sentence ("Het bezoek vond
    plaats op ...")."""
    previous = memory.previous
    if previous is None:
        return None
    lexicon = dated_mention_lexicon()
    words = tokenize(text)
    if not words:
        return None
    first = words[0].lower
    before = tokenize(previous.text)
    if first not in lexicon.pointers and not (
        first in reader.lex.markers.definite_articles
        and len(words) > 1
        and any(t.lower.endswith(words[1].lower) for t in before)
    ):
        return None
    event_type: EventType | None = None
    subtype: str | None = None
    cues = lexicon.find(before)
    # the event noun: the first cue of a type that does not frame others, else the first cue
    cue = next((c for c in cues if c.family.type not in lexicon.yielding), None) or next(
        iter(cues), None
    )
    if cue is not None:
        event_type, subtype = cue.family.type, cue.family.subtype
    else:
        triggers = reader.lex.find_triggers(previous.text)
        if triggers:
            event_type = triggers[0].entry.event_type
    mentions = tuple(
        Mention(m.entry, m.start, m.end, m.surface) for m in reader.lex.find_actors(previous.text)
    )
    return _Antecedent(previous.text, event_type, subtype, mentions)
