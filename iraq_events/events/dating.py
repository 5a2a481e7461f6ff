"""Dating: which date governs each trigger of a sentence — the date of its own clause, one
borrowed from a clause that reports nothing itself, every date of a countable plural, or the
day after the date of a fronted "after" clause — and which triggers sharing a date are one
event, named by the strongest type."""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence

import attrs

from iraq_events.documents.dates import ANAPHOR_RULE_PREFIX
from iraq_events.events.clauses import ClauseCutter, clause_of
from iraq_events.events.cues import CueMatch, dated_mention_lexicon
from iraq_events.events.filters import content_openers
from iraq_events.events.lexicon import EventLexicon, TriggerMatch, any_of
from iraq_events.events.model import EventType
from iraq_events.events.parts import Clause, DatedSpan
from iraq_events.events.phrase_rules import attributive_date
from iraq_events.events.spans import (
    bracketed_after,
    bracketed_before,
    modifies,
    nearest_cue_before,
)
from iraq_events.events.structure import is_rolling, modifies_a_noun, nominal_in_prefield
from iraq_events.events.tokens import tokenize
from iraq_events.temporal.types import Anchoring, ExpressionKind, Mod

__all__ = ["Assigned", "DatePlan", "Dater", "after_date"]

Assigned = tuple[TriggerMatch, DatedSpan, str]


@attrs.frozen
class DatePlan:
    """The dates of a sentence's triggers: ``chosen`` pairs each event's naming trigger (with
    its date and dating rule) with the triggers it groups."""

    clause_of_trigger: dict[int, Clause]
    lending: list[Clause]
    chosen: list[tuple[Assigned, list[Assigned]]]
    # the starts of the dates a frame silenced
    silenced: frozenset[int] = frozenset()

    def clause(self, trigger: TriggerMatch) -> Clause:
        return self.clause_of_trigger[id(trigger)]


class Dater:
    """Dates triggers with one lexicon, one reference date and one reporting period."""

    def __init__(
        self,
        lexicon: EventLexicon,
        cutter: ClauseCutter,
        reference: datetime.date | None,
        reporting_period: tuple[datetime.date | None, datetime.date | None] | None,
    ) -> None:
        self.lex = lexicon
        self.cutter = cutter
        self.reference = reference
        self.reporting_period = reporting_period
        self._joint = re.compile(r"\s" + any_of([lexicon.markers.conjunction]) + r"\s")
        table = self._table = dated_mention_lexicon()
        self._modifiers = table.purposes + table.comparisons
        self._comparisons = table.comparisons
        self._verbs = frozenset(table.table.auxiliaries) | lexicon.markers.finite_verbs
        self._ends: tuple[str, list[CueMatch], list[int]] | None = None

    def _compared(self, text: str, start: int, end: int) -> bool:
        words = tokenize(text[start:end])
        return any(p.end_at(words, i) for p in self._comparisons for i in range(len(words)))

    def usable(self, date: DatedSpan) -> bool:
        """A date that can date an event: a resolved date or range, not the letter's frame."""
        expression = date.expression
        if expression.kind is ExpressionKind.DURATION:
            # "het afgelopen jaar": a window that ends at the letter dates what happened in
            # it; "het komende jaar" holds plans, no event
            return (
                is_rolling(expression.rule, expression.latest is not None)
                and self.reference is not None
                and expression.latest is not None
                and expression.latest <= self.reference
            )
        if expression.kind not in (ExpressionKind.DATE, ExpressionKind.RANGE):
            return False
        if expression.earliest is None and expression.latest is None:
            return False
        if expression.mod is None and expression.rule.startswith(ANAPHOR_RULE_PREFIX):
            return False  # the letter's frame; "het einde van de rapportageperiode" is a date
        if self.reporting_period == (expression.earliest, expression.latest) and (
            expression.mod is None
        ):
            return False
        return True

    def is_now(self, date: DatedSpan) -> bool:
        return " ".join(date.expression.text.casefold().split()) in self.lex.markers.now_words

    def plan(
        self,
        text: str,
        clauses: Sequence[Clause],
        dates: Sequence[DatedSpan],
        triggers: Sequence[TriggerMatch],
    ) -> DatePlan:
        clause_of_trigger = {id(t): clause_of(clauses, t.start) for t in triggers}
        trigger_clauses = set(clause_of_trigger.values())
        lending = [c for c in clauses if c not in trigger_clauses and not c.subordinate]
        lending_set = set(lending)
        lendable = [d for d in dates if clause_of(clauses, d.start) in lending_set]

        openers = self._openers(text)
        # looked up by bisect, not by a scan of every date and trigger for each trigger (a
        # sentence of many dated events was quadratic): the dates by start, the triggers by
        # clause, and the openers' ends (one word each, so in order)
        by_start = sorted(range(len(dates)), key=lambda i: dates[i].start)
        date_starts = [dates[i].start for i in by_start]
        opener_ends = [end for _, end in openers]
        first_end = min((d.end for d in dates), default=0)
        in_clause: dict[Clause, list[TriggerMatch]] = {}
        for trigger in triggers:
            in_clause.setdefault(clause_of_trigger[id(trigger)], []).append(trigger)

        # each trigger's date(s)
        assigned: list[Assigned] = []
        for trigger in triggers:
            clause = clause_of_trigger[id(trigger)]
            first = bisect.bisect_left(date_starts, clause.start)
            last = bisect.bisect_left(date_starts, clause.end)
            own = [dates[i] for i in sorted(by_start[first:last])]
            if openers:
                # "de brief d.d. 13 april inzake het verzoek van ...": a trigger after what
                # opens a paper's content names what the paper is about; a date before the
                # opener is the paper's (read by the date-first stage), never the trigger's,
                # whether in its own clause or lent by another. A date is opened between
                # (``opened_between``) when it ends at or before the start of the last
                # opener that ends at or before the trigger
                k = bisect.bisect_right(opener_ends, trigger.start) - 1
                paper_end = openers[k][0] if k >= 0 else -1
                about = k >= 0 and first_end <= paper_end
                if about and own and all(d.end <= paper_end for d in own):
                    continue
                own = [d for d in own if not d.end <= paper_end]
            else:
                paper_end = -1  # no date is about a paper
            siblings = in_clause[clause]
            if own:
                # "Dit verzoek is gedaan tijdens de regeling van werkzaamheden d.d. 17 juni":
                # a date right after another event's noun is that noun's, not the trigger's
                held = [d for d in own if self._held_by_noun(text, trigger, d)]
                if held and len(held) == len(own):
                    continue
                own = [d for d in own if d not in held]
            else:
                lendable_here = [
                    d
                    for d in lendable
                    if not d.end <= paper_end and not bracketed_before(text, trigger, d)
                ]
            if clause.descriptive and not own:
                continue
            pool, pattern = (own, "clause-date") if own else (lendable_here, "borrowed-date")
            # "afgenomen ten opzichte van het eerste jaar van ontplooiing (2013)": what a
            # comparison names is no event, nor are the brackets after it
            bracketed = [] if own else bracketed_after(text, dates, trigger)
            if bracketed and self._compared(text, clause.start, trigger.start):
                pool, bracketed = [d for d in pool if d not in bracketed], []
            if bracketed:
                # "de voortgangsrapportage (Kamerstuk ..., d.d. 20 mei 2020)": the brackets
                # right after a noun say which one it is
                pool, pattern = bracketed, "bracket-date"
            if not pool and not clause.subordinate:
                derived = self._following(text, clauses, dates, trigger)
                if derived is not None:
                    assigned.append((trigger, derived, "after-clause-date"))
                continue
            if not pool:
                continue
            firm = [d for d in pool if not self.is_now(d)] or pool
            # "heeft op 12 maart de begroting voor 2026 aangenomen": a date that modifies a
            # noun ("voor 2026") is not the verb's while the clause has another
            if own and len(firm) > 1:
                firm = [d for d in firm if not self._modifies(text, clause, d)] or firm
            if all(self.is_now(d) for d in firm):
                # "bezint zich momenteel op ... na de afronding van X", "De kans op een aanval
                # wordt momenteel klein geacht": a word for the present moment dates a state
                continue
            if (
                trigger.countable
                and len(firm) > 1
                and (len([s for s in siblings if not s.entry.frame]) == 1 or not own)
            ):
                assigned.extend((trigger, d, "countable-multi-date") for d in firm)
            else:
                # "het bezoek van X op 6 februari en het bezoek van Y op 14 februari": a date
                # that follows a trigger before the next one is that trigger's
                later = [t.start for t in siblings if t.start > trigger.start]
                limit = min(later) if later else clause.end
                after = [
                    d
                    for d in firm
                    if trigger.end <= d.start < limit
                    and (not later or self._joint.search(text[d.end : limit]))
                ]
                held_by = attributive_date(text, trigger.start, trigger.end, firm, self._table)
                assigned.append((trigger, held_by or _nearest(after or firm, trigger), pattern))

        # a frame ("voorbereidingen voor X") silences what shares its date, and makes no event
        assigned_all = list(assigned)
        frames = {id(d) for t, d, _ in assigned if t.entry.frame}
        assigned = [(t, d, p) for t, d, p in assigned if id(d) not in frames]

        # triggers that share a date in one clause are one event
        groups: dict[tuple[int, int], list[Assigned]] = {}
        for trigger, date, pattern in assigned:
            clause = clause_of_trigger[id(trigger)]
            groups.setdefault((clause.start, id(date)), []).append((trigger, date, pattern))
        chosen = [
            (self._strongest(group, text, clause_of_trigger[id(group[0][0])]), group)
            for group in groups.values()
        ]
        chosen.sort(key=lambda item: item[0][0].start)
        silenced = frozenset(d.start for t, d, _ in assigned_all if t.entry.frame)
        return DatePlan(clause_of_trigger, lending, chosen, silenced)

    def _held_by_noun(self, text: str, trigger: TriggerMatch, date: DatedSpan) -> bool:
        """Whether a cue of another type between the trigger and the date ends right before
        the date (at most one modifying word, "d.d.", "van", "op", between)."""
        if date.end <= trigger.start:
            return bracketed_before(text, trigger, date)
        if date.start < trigger.end:
            return False
        table = dated_mention_lexicon()
        kind = trigger.entry.event_type
        cues, ends = self._cue_ends(text)
        # only cues ending within a word of the date can hold it: found by bisect, so a
        # sentence of many triggers and dates costs no scan of all its cues per pair
        at = bisect.bisect_right(ends, date.start) - 1
        while at >= 0 and date.start - ends[at] <= _HOLD_REACH:
            cue = cues[at]
            at -= 1
            if cue.start < trigger.end or cue.family.type is kind:
                continue
            words = text[cue.end : date.start].split()
            if len(words) <= 1 and all(w.casefold() in table.modifying_words for w in words):
                return True
        return False

    def _cue_ends(self, text: str) -> tuple[list[CueMatch], list[int]]:
        """The sentence's cues sorted by where they end, and those ends (kept for the last
        sentence)."""
        cached = self._ends
        if cached is None or cached[0] != text:
            cues = sorted(dated_mention_lexicon().find_in(text), key=lambda c: c.end)
            cached = (text, cues, [c.end for c in cues])
            self._ends = cached
        return cached[1], cached[2]

    def _openers(self, text: str) -> list[tuple[int, int]]:
        table = dated_mention_lexicon()
        lowered = text.casefold()
        if not any(word in lowered for word in table.opener_heads):
            return []
        return content_openers(tokenize(text), table)

    def _modifies(self, text: str, clause: Clause, date: DatedSpan) -> bool:
        """A date after a purpose or comparison word modifies the noun before it: "de
        begroting voor 2026" is not passed in 2026, nor "het wetsvoorstel voor 2026"."""
        if date.expression.mod is not None:
            return False  # "voor 31 juli" read as a deadline is the expression's own word
        return modifies_a_noun(text, date.start, clause.start, self._modifiers)

    def _following(
        self,
        text: str,
        clauses: Sequence[Clause],
        dates: Sequence[DatedSpan],
        trigger: TriggerMatch,
    ) -> DatedSpan | None:
        """ "Na X op <datum>, begonnen ... aanvallen": the events after X, from the next day on."""
        for clause in clauses:
            if clause.start >= trigger.start:
                return None
            if not (clause.subordinate and self.cutter.opens_after(text, clause.start)):
                continue
            inside = [d for d in dates if clause.start <= d.start < clause.end]
            if not inside or inside[-1].expression.latest is None:
                continue
            if _paper_dated(text, clause, inside[-1]):
                continue  # "In navolging van de brief van 7 juli": further to a paper
            return after_date(inside[-1])
        return None

    def _strongest(self, group: list[Assigned], text: str, clause: Clause) -> Assigned:
        def priority(item: Assigned) -> int:
            return self.lex.types[item[0].entry.event_type].priority

        best = max(group, key=priority)
        heads = self._prefield_heads(group, text, clause)
        if heads:
            # "De arrestatie van vijf strijders op 7 februari werd ... bekendgemaakt": the
            # date closes the noun phrase before the verb; the noun names the event
            best = max(heads, key=priority)
            return (best[0], best[1], f"{best[2]} prefield-head")
        if best[0].entry.event_type is EventType.ANNOUNCEMENT:
            # "maakten vandaag in een artikel 100-brief bekend": what is made known in a
            # paper is the paper's content; the paper is the dated event
            media = dated_mention_lexicon().paper_media
            papers = [
                g
                for g in group
                if self.lex.types[g[0].entry.event_type].paper
                and " ".join(text[max(0, g[0].start - 16) : g[0].start].casefold().split()[-2:])
                in media
            ]
            if papers:
                return max(papers, key=priority)
        date = best[1].expression
        # an announcement is a past speech act: a future date belongs to what it announces
        if (
            best[0].entry.event_type is EventType.ANNOUNCEMENT
            and self.reference is not None
            and date.earliest is not None
            and date.earliest > self.reference
        ):
            others = [g for g in group if g[0].entry.event_type is not EventType.ANNOUNCEMENT]
            if others:
                best = max(others, key=priority)
        return best

    def _prefield_heads(self, group: list[Assigned], text: str, clause: Clause) -> list[Assigned]:
        """The nouns of a group whose date closes their phrase before the clause's verb,
        when every other trigger of the group follows the date."""
        date = group[0][1]
        before = [g for g in group if g[0].last <= date.start]
        if not before or len(before) == len(group):
            return []
        if any(g[2] != "clause-date" for g in group):
            return []
        if any(g[0].start < date.end for g in group if g not in before):
            return []
        return [
            g
            for g in before
            if nominal_in_prefield(
                text,
                clause.start,
                g[0].start,
                date.start,
                determiners=self.lex.markers.determiners,
                verbs=self._verbs,
            )
        ]


# how far before a date a cue may end and still hold it (one modifying word, "d.d.", between)
_HOLD_REACH = 16


def _nearest(dates: Sequence[DatedSpan], trigger: TriggerMatch) -> DatedSpan:
    def distance(date: DatedSpan) -> tuple[int, int]:
        if date.end <= trigger.start:
            return trigger.start - date.end, 1
        if date.start >= trigger.end:
            return date.start - trigger.end, 0
        return 0, 0

    return min(dates, key=distance)


def _paper_dated(text: str, clause: Clause, date: DatedSpan) -> bool:
    """Whether ``date`` is the date of the paper whose noun it modifies ("de brief van 7 juli")."""
    lexicon = dated_mention_lexicon()
    cue = nearest_cue_before(text, clause.start, date.start, lexicon)
    if cue is None or cue.family.type not in lexicon.paper_types:
        return False
    return modifies(tokenize(text), cue, date, lexicon)


def after_date(date: DatedSpan) -> DatedSpan:
    """What follows "Na X op <datum>": from the day after the date on, open-ended."""
    expression = date.expression
    assert expression.latest is not None
    derived = attrs.evolve(
        expression,
        earliest=expression.latest + datetime.timedelta(days=1),
        latest=None,
        mod=Mod.AFTER,
        anchoring=Anchoring.CONTEXTUAL,
        anchor=expression.latest,
        rule=f"events.after-clause({expression.rule})",
    )
    return attrs.evolve(date, expression=derived)
