"""The reader: one sentence at a time, the stages in order — clauses, triggers, dates, then
for each event its stretch of the clause, actors and roles, subtype, place, numbers and status
— and the undated sentences that only say more about the events just read."""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Sequence

import attrs

from iraq_events.events import places as place_stage
from iraq_events.events import roles as role_stage
from iraq_events.events.clauses import ClauseCutter, clause_of
from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.dating import Assigned, Dater
from iraq_events.events.lexicon import EventLexicon, TriggerMatch, any_of
from iraq_events.events.merge import continue_draft, fold, without_fatalities
from iraq_events.events.model import ActorKind, ActorRole, EventType, LocationKind
from iraq_events.events.names import ends_a_name
from iraq_events.events.parts import (
    VIOLENT,
    Clause,
    DatedSpan,
    Draft,
    SentenceInput,
    add_actor,
    make_actor,
    words_before,
)
from iraq_events.events.quantities import read_fatalities, read_quantities
from iraq_events.events.status import StatusReader, subtype_of
from iraq_events.events.triggers import find_triggers

__all__ = ["Reader"]


class Reader:
    """Reads the events of a letter's sentences with one lexicon and one reference date."""

    def __init__(
        self,
        lexicon: EventLexicon,
        reference: datetime.date | None,
        reporting_period: tuple[datetime.date | None, datetime.date | None] | None,
    ) -> None:
        self.lex = lexicon
        self.cutter = ClauseCutter(lexicon)
        self.dater = Dater(lexicon, self.cutter, reference, reporting_period)
        self.status = StatusReader(lexicon, reference)
        # what each word of the letter read as a number word (the lexicon's quantity words)
        self.number_words: dict[str, int | None] = {}
        # the dates of the last sentence read that a frame silenced ("voorbereidingen voor X"),
        # which the date-first stage leaves alone too
        self.silenced: frozenset[int] = frozenset()
        # the last sentence's date spans by start, and the longest (see ``_masked``)
        self._spans: tuple[object, list[int], list[tuple[int, int]], int] | None = None
        self._frame = re.compile(
            r"(?<![\w])(?:"
            + "|".join(re.escape(w) for w in lexicon.markers.frame_verbs)
            + r")(?:\s+\w+){0,3}?\s+"
            + any_of(lexicon.markers.frame_complementizers)
            + r"\s",
            re.IGNORECASE,
        )
        self._joint = re.compile(r"\s" + any_of([lexicon.markers.conjunction]) + r"\s")
        self._complement = re.compile(r"\s" + any_of(lexicon.markers.complementizers) + r"\s")

    def read(self, sentence: SentenceInput, memory: role_stage.Memory) -> list[Draft]:
        self.silenced = frozenset()
        text = sentence.text
        clauses = self.cutter.clauses(text, sentence.dates)
        names = dated_mention_lexicon()
        dates = [
            d
            for d in sentence.dates
            if self.dater.usable(d) and not ends_a_name(text, d.start, d.expression.text, names)
        ]
        self.cutter.split_after(text, clauses, dates)
        # a sentence with no usable date reports no trigger event: its triggers are not read
        # here (most sentences), only where a later stage asks for them
        if not dates:
            return []
        triggers = find_triggers(self.lex, text, clauses)
        if not triggers:
            return []
        plan = self.dater.plan(text, clauses, dates, triggers)
        self.silenced = plan.silenced
        chosen = plan.chosen
        drafts: list[Draft] = []
        single = len(chosen) == 1 or len({(g[0][1].start, g[0][1].end) for g in chosen}) == 1
        for (trigger, date, pattern), group in chosen:
            clause = plan.clause(trigger)
            segment = self._segment(text, clause, trigger, chosen, pattern)
            drafts.append(
                self._draft(
                    sentence,
                    clauses,
                    plan.lending,
                    clause,
                    segment,
                    trigger,
                    date,
                    [g[0] for g in group],
                    pattern,
                    single,
                    memory,
                    triggers,
                )
            )
        return fold(drafts)

    def _segment(
        self,
        text: str,
        clause: Clause,
        trigger: TriggerMatch,
        chosen: Sequence[tuple[Assigned, object]],
        pattern: str,
    ) -> tuple[int, int]:
        """The stretch of the clause that belongs to this event when a clause reports several."""
        if pattern == "countable-multi-date":
            return clause.start, clause.end
        # ``chosen`` is in the order of its triggers: the clause's by bisect
        first = bisect.bisect_left(chosen, clause.start, key=lambda c: c[0][0].start)
        last = bisect.bisect_left(chosen, clause.end, key=lambda c: c[0][0].start)
        same = [c[0] for c in chosen[first:last]]
        same.sort(key=lambda item: item[0].start)
        start, end = clause.start, clause.end
        for previous, following in itertools.pairwise(same):
            cut = following[0].start
            date = previous[1]
            if previous[0].end <= date.start and date.end <= following[0].start:
                cut = date.end
            else:
                # a separable verb reaches to its particle ("maakten X en Y bekend")
                reach = min(previous[0].last, following[0].start)
                joint = list(self._joint.finditer(text[reach : following[0].start]))
                # "maakten bekend dat de missie ... wordt afgerond": what is announced
                # starts at "dat", with the names the second event needs
                complement = self._complement.search(text[reach : following[0].start])
                if joint:
                    cut = reach + joint[-1].start()
                elif complement:
                    cut = reach + complement.start()
            if previous[0] is trigger:
                end = cut
            if following[0] is trigger:
                start = cut
        # "Het kabinet hecht eraan dat de afronding van de missie ...": the frame's speaker is
        # no actor of what it speaks about
        frame = self._frame.search(text, start, trigger.start)
        if frame is not None:
            start = frame.end()
        return start, end

    def _draft(
        self,
        sentence: SentenceInput,
        clauses: Sequence[Clause],
        lending: Sequence[Clause],
        clause: Clause,
        segment: tuple[int, int],
        trigger: TriggerMatch,
        date: DatedSpan,
        group: Sequence[TriggerMatch],
        pattern: str,
        single: bool,
        memory: role_stage.Memory,
        triggers: Sequence[TriggerMatch],
    ) -> Draft:
        lex = self.lex
        text = sentence.text
        event_type = trigger.entry.event_type
        profile = lex.types[event_type]
        if trigger.entry.first_role is not None:
            profile = attrs.evolve(profile, first_role=trigger.entry.first_role)
        seg_text = text[segment[0] : segment[1]]
        patterns = [pattern]

        places = place_stage.places(lex, text, triggers)
        if profile.countries_are_parties:
            places = [
                p
                for p in places
                if not (p.entry.kind is LocationKind.COUNTRY and p.cue in profile.cues)
            ]
        place_spans = [(p.start, p.end) for p in places]
        mentions = role_stage.mentions(lex, text, memory, place_spans)

        def inside(start: int, lo: int, hi: int) -> bool:
            return lo <= start < hi

        own = role_stage.listed(
            lex,
            text,
            mentions,
            [m for m in mentions if m.start < segment[1] and segment[0] < m.end],
        )
        if event_type is EventType.REPORT:
            # a mandate's subject is the mission it mandates; a report's is only its topic
            own = role_stage.unsubjected(text, own, max(date.end, trigger.end))
        actors = role_stage.roles(lex, text, own, profile, event_type, triggers)
        if not clause.subordinate and not any(
            a.role in (profile.first_role, ActorRole.INITIATOR) for a in actors
        ):
            lent = [m for m in mentions if any(inside(m.start, c.start, c.end) for c in lending)]
            if lent:
                patterns.append("borrowed-actors")
            for actor in role_stage.roles(lex, text, lent, profile, event_type, triggers):
                actors = add_actor(actors, actor)
        partners = role_stage.partners(lex, text, clauses, clause, sentence.dates, triggers)
        for mention in (m for m in mentions if partners[0] <= m.start < partners[1]):
            # ", via UNMAS en UNHCR": who the event was carried out with or through
            actors = add_actor(
                actors, make_actor(mention.entry, mention.surface, ActorRole.PARTICIPANT)
            )
        if event_type in VIOLENT and single:
            # "...; daarbij raakten vijf Amerikaanse militairen gewond": the soldiers an
            # undated clause of the sentence names are what the event hit
            for mention in mentions:
                if inside(mention.start, *segment) or not role_stage.victim(lex, text, mention):
                    continue
                home = clause_of(clauses, mention.start)
                if any(home.start <= d.start < home.end for d in sentence.dates):
                    continue
                victim = make_actor(mention.entry, mention.surface, ActorRole.TARGET)
                actors = add_actor(actors, victim)
        if not any(a.role is ActorRole.INITIATOR for a in actors):
            # "de artikel 100-brief" is the Dutch government's, whoever else is named
            for name in trigger.entry.default_actors:
                entry = lex.actor_by_name[name]
                actors = add_actor(actors, make_actor(entry, trigger.surface, ActorRole.INITIATOR))
        if not actors:
            referred = role_stage.anaphora(lex, sentence, memory)
            if referred:
                patterns.append("anaphora")
                actors = role_stage.roles(lex, text, referred, profile, event_type, ())

        subtype, acled = subtype_of(trigger, group, seg_text, profile)
        rule = profile.by_state
        if (
            rule is not None
            and subtype is None
            and any(a.role is ActorRole.INITIATOR and a.kind is ActorKind.STATE for a in actors)
        ):
            # a state's attack of unstated means is a strike (see "by_state" in event_types.json)
            patterns.append(f"by-state-{event_type.value}")
            if rule.event_type is not None:
                event_type = rule.event_type
                profile = lex.types[event_type]
                acled = profile.acled
            subtype = rule.subtype
            acled = rule.acled or acled

        location = None
        if trigger.entry.locate:
            located = [p for p in places if p.cue not in profile.away_cues]
            location = place_stage.location(
                lex, text, located, segment, clauses, clause, lending, date, pattern, sentence.dates
            )
        if event_type is EventType.VISIT:
            actors, location = place_stage.visit(
                lex, actors, location, subtype, places, segment, mentions
            )
            if location is None and trigger.entry.locate:
                location = place_stage.visited(lex, text, segment, mentions)

        quantity_text, offset = (text, 0) if single else (seg_text, segment[0])
        masked = self._masked(sentence, offset, offset + len(quantity_text))
        quantities = read_quantities(quantity_text, lex.quantities, masked, self.number_words)
        fatal = read_fatalities(quantity_text, quantities, lex.quantities)
        quantities = without_fatalities(quantities, fatal)

        status = self.status.status(date.expression, profile, text[clause.start : clause.end])
        method = "+".join(dict.fromkeys(t.entry.id for t in group))
        return Draft(
            event_type=event_type,
            trigger_ids=[method],
            trigger_start=min(t.start for t in group),
            trigger_end=max(t.end for t in group),
            patterns=patterns,
            date=date,
            sentence=sentence,
            status=status,
            actors=actors,
            location=location,
            quantities=quantities,
            fatalities=(fatal.low, fatal.best, fatal.high),
            subtype=subtype,
            acled=acled,
        )

    def _masked(self, sentence: SentenceInput, start: int, end: int) -> list[tuple[int, int]]:
        """The sentence's dates that overlap ``[start, end)``, shifted by ``start``: found by
        bisect over the dates sorted once a sentence, not by a scan of all for every event."""
        cached = self._spans
        if cached is None or cached[0] is not sentence.dates:
            spans = sorted((d.start, d.end) for d in sentence.dates)
            longest = max((e - s for s, e in spans), default=0)
            cached = (sentence.dates, [s for s, _ in spans], spans, longest)
            self._spans = cached
        _, starts, spans, longest = cached
        first = bisect.bisect_left(starts, start - longest)
        last = bisect.bisect_left(starts, end)
        return [(s - start, e - start) for s, e in spans[first:last] if e > start]

    # -- sentences that refer back --------------------------------------------------------------

    def continues(self, sentence: SentenceInput, drafts: Sequence[Draft]) -> bool:
        """An undated sentence that only says more about the events just read."""
        if any(self.dater.usable(d) for d in sentence.dates):
            return False
        # "other" gathers unrelated kinds: "de repatriëring" does not refer back to a founding
        types = {d.event_type if d.event_type is not EventType.OTHER else d.subtype for d in drafts}
        clauses = self.cutter.clauses(sentence.text, sentence.dates)
        for trigger in find_triggers(self.lex, sentence.text, clauses):
            kind = trigger.entry.event_type
            if kind is EventType.CASUALTIES and VIOLENT & types:
                continue
            same = (kind if kind is not EventType.OTHER else trigger.entry.subtype) in types
            before = words_before(sentence.text, trigger.start)[-2:]
            if same and any(w in self.lex.markers.definite_determiners for w in before):
                continue
            return False
        return True

    def extend(
        self, sentence: SentenceInput, drafts: Sequence[Draft], memory: role_stage.Memory
    ) -> None:
        """Add what a continuation sentence says to the events just read."""
        lex = self.lex
        text = sentence.text
        quantities = read_quantities(
            text, lex.quantities, [(d.start, d.end) for d in sentence.dates], self.number_words
        )
        triggers = find_triggers(lex, text, self.cutter.clauses(text, sentence.dates))
        if not quantities and not triggers:
            return
        places = place_stage.places(lex, text, triggers)
        mentions = role_stage.mentions(lex, text, memory, [(p.start, p.end) for p in places])
        fatal = read_fatalities(text, quantities, lex.quantities)
        for draft in drafts:
            actors = role_stage.roles(
                lex, text, mentions, lex.types[draft.event_type], draft.event_type, triggers
            )
            continue_draft(draft, actors, quantities, fatal)
