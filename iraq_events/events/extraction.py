"""Extraction: every dated real-world event a letter reports, read sentence by sentence.

A sentence is cut into clauses (at commas, brackets, dashes and temporal subordinators such as
"na"). Trigger words from the lexicon propose events; each trigger takes the date of its own
clause, or else a date from a clause that reports nothing itself ("De VS reageerden op
21 november 2023, na een aanval ..., met luchtaanvallen ..." dates both the attack and the air
strikes). Triggers that share a date in one clause are one event, named by the strongest type
("kondigde aan ... de aanvallen te staken" is an announcement). A countable plural with several
dates is one event per date. Actors, place, quantities and status are read from the event's
stretch of the clause. Undated sentences that follow an event in the same paragraph and refer
back to it ("Deze aanvallen ...", "De opkomst lag op 41%") add to it; the same event mentioned
twice in a letter becomes one event with two mentions.

Every choice is made from the lexicons in ``iraq_events/events/lexicon``; nothing here names a
particular letter's facts.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import re
from collections.abc import Iterable, Sequence

import attrs

from iraq_events.documents.model import Document
from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.filters import MentionContext, habitual
from iraq_events.events.lexicon import (
    ActorEntry,
    EventLexicon,
    Match,
    PlaceEntry,
    TriggerMatch,
    TypeProfile,
    event_lexicon,
)
from iraq_events.events.mentions import (
    dated_candidates,
    first_cue_after,
    nearest_cue_before,
    relative_between,
)
from iraq_events.events.model import (
    Actor,
    ActorKind,
    ActorRole,
    Event,
    EventStatus,
    EventType,
    Location,
    LocationKind,
    Quantity,
    Source,
)
from iraq_events.events.quantities import Fatalities, read_fatalities, read_quantities
from iraq_events.temporal.types import Anchoring, ExpressionKind, Mod, TemporalExpression

__all__ = ["SentenceInput", "extract_events", "extract_from_sentences"]

_VIOLENT = frozenset(
    {EventType.ATTACK, EventType.AIRSTRIKE, EventType.KILLING, EventType.CASUALTIES}
)
_SPECIFICITY = {
    LocationKind.BASE: 0,
    LocationKind.CITY: 1,
    LocationKind.REGION: 2,
    LocationKind.COUNTRY: 3,
}
_WORDS = re.compile(r"[\w'’.+-]+")
# a name or abbreviation in brackets, "(UNAMI)", "(Kataib Hezbollah)": part of its clause
_NAME_IN_BRACKETS = re.compile(r"\((?:[^\W\d][\w'’.-]*\s?){1,3}\)")


@attrs.frozen(kw_only=True)
class DatedSpan:
    """A date expression of a sentence: ``start``/``end`` index the sentence's clean text."""

    expression: TemporalExpression
    start: int
    end: int


@attrs.frozen(kw_only=True)
class SentenceInput:
    """What extraction reads of one sentence; ``extract_events`` builds these from a Document.

    ``text`` is the clean sentence; ``start``/``end`` are its span in the original file and
    ``dates`` carry their expressions with original offsets. ``paragraph`` is any hashable key
    shared by the sentences of one paragraph (or one footnote).
    """

    index: int
    text: str
    start: int
    end: int
    dates: tuple[DatedSpan, ...] = ()
    paragraph: object = None
    page: int | None = None
    citations: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# the working parts of one sentence


@attrs.frozen
class _Clause:
    start: int
    end: int
    subordinate: bool
    # "waar ook militairen gestationeerd zijn": a relative clause that describes a place
    # states a circumstance; it reports an event only with a date of its own
    descriptive: bool = False


@attrs.frozen
class _Mention:
    """An actor named in the sentence (or a pronoun resolved to one)."""

    entry: ActorEntry
    start: int
    end: int
    surface: str


@attrs.frozen
class _Place:
    entry: PlaceEntry
    start: int
    end: int
    surface: str
    cue: str | None


@attrs.define
class _Draft:
    """An event while it is being read; frozen into an ``Event`` at the end."""

    event_type: EventType
    trigger_ids: list[str]
    patterns: list[str]
    date: DatedSpan
    sentence: SentenceInput
    status: EventStatus
    actors: list[Actor]
    location: Location | None
    quantities: list[Quantity]
    fatalities: tuple[int | None, int | None, int | None]
    subtype: str | None
    acled: tuple[str, str] | None
    mentions: list[Source] = attrs.Factory(list)
    # where the trigger starts and ends in the sentence (None for a date-first event)
    trigger_start: int | None = None
    trigger_end: int | None = None

    @property
    def source(self) -> Source:
        return _source(self.sentence, self.date)


def _source(sentence: SentenceInput, date: DatedSpan | None) -> Source:
    return Source(
        document_id="",
        page=sentence.page,
        quote=sentence.text,
        char_start=sentence.start,
        char_end=sentence.end,
        date_char_start=None if date is None else date.expression.start,
        date_char_end=None if date is None else date.expression.end,
        citations=sentence.citations,
    )


def _words_before(text: str, position: int, lower_bound: int = 0) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text[lower_bound:position])]


class _Reader:
    """Reads the events of a letter's sentences with one lexicon and one reference date."""

    def __init__(
        self,
        lexicon: EventLexicon,
        reference: datetime.date | None,
        reporting_period: tuple[datetime.date | None, datetime.date | None] | None,
    ) -> None:
        self.lex = lexicon
        # the dates of the last sentence read that a frame silenced ("voorbereidingen voor X")
        self.silenced: set[int] = set()
        self.reference = reference
        self.reporting_period = reporting_period
        marks = lexicon.markers
        self._status_patterns = {
            status: re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])",
                re.IGNORECASE,
            )
            for status, words in marks.status.items()
        }
        self._split = re.compile(
            r"[,;:()\[\]]|\s[–—-]\s|(?=\s(?:"
            + "|".join(re.escape(w) for w in sorted(marks.subordinators, key=len, reverse=True))
            + r")\s)"
        )
        self._frame = re.compile(
            r"(?<![\w])(?:"
            + "|".join(re.escape(w) for w in marks.frame_verbs)
            + r")(?:\s+\w+){0,3}?\s+dat\s",
            re.IGNORECASE,
        )
        self._after = re.compile(
            r"\s*(?:" + "|".join(re.escape(w) for w in marks.after_markers) + r")\s",
            re.IGNORECASE,
        )

    # -- clauses, dates, triggers -------------------------------------------------------------

    def clauses(self, text: str, dates: Sequence[DatedSpan] = ()) -> list[_Clause]:
        clauses: list[_Clause] = []
        position = 0
        # "de VN-missie in Irak (UNAMI)": a name in brackets is no clause of its own
        named = {
            offset
            for m in _NAME_IN_BRACKETS.finditer(text)
            if not any(m.start() <= d.start < m.end() for d in dates)
            for offset in (m.start(), m.end() - 1)
        }
        for cut in self._split.finditer(text):
            if cut.start() == cut.end() and any(d.start == cut.end() + 1 for d in dates):
                continue  # "na het zomerreces" is a date, not a clause of its own
            if cut.start() in named:
                continue
            clauses.append(self._clause(text, position, cut.start()))
            position = cut.end()
        clauses.append(self._clause(text, position, len(text)))
        return [c for c in clauses if text[c.start : c.end].strip()]

    def _clause(self, text: str, start: int, end: int) -> _Clause:
        lowered = text[start:end].casefold().lstrip()
        marks = self.lex.markers
        subordinate = any(lowered.startswith(word + " ") for word in marks.subordinators)
        descriptive = any(lowered.startswith(word + " ") for word in marks.descriptive_relatives)
        return _Clause(start, end, subordinate, descriptive)

    def after_clause(self, text: str, clauses: list[_Clause], dates: Sequence[DatedSpan]) -> None:
        """Cut "Na X op <datum> is Y ingericht" after the date: X is dated, Y follows it."""
        for i, clause in enumerate(clauses):
            if not self._after.match(text, clause.start):
                continue
            inside = [d for d in dates if clause.start <= d.start and d.end < clause.end]
            if not inside:
                continue
            cut = inside[0].end
            # Dutch puts the main clause's verb right after a fronted phrase ("... 2023 is ...")
            rest = _words_before(text, clause.end, cut)
            if not rest or rest[0] not in self.lex.markers.finite_verbs:
                continue
            clauses[i : i + 1] = [
                _Clause(clause.start, cut, True),
                _Clause(cut, clause.end, False),
            ]
            return

    def usable(self, date: DatedSpan) -> bool:
        """A date that can date an event: a resolved date or range, not the letter's frame."""
        expression = date.expression
        if expression.kind not in (ExpressionKind.DATE, ExpressionKind.RANGE):
            return False
        if expression.earliest is None and expression.latest is None:
            return False
        lowered = " ".join(expression.text.casefold().split())
        if expression.mod is None and any(w in lowered for w in self.lex.markers.period_words):
            return False  # the letter's frame; "het einde van de rapportageperiode" is a date
        if self.reporting_period == (expression.earliest, expression.latest) and (
            expression.mod is None
        ):
            return False
        return True

    def is_now(self, date: DatedSpan) -> bool:
        return " ".join(date.expression.text.casefold().split()) in self.lex.markers.now_words

    def triggers(self, text: str, clauses: Sequence[_Clause]) -> list[TriggerMatch]:
        kept = []
        for trigger in self.lex.find_triggers(text):
            clause = _clause_of(clauses, trigger.start)
            clause_text = text[clause.start : clause.end].casefold()
            if not text[clause.start : trigger.start].strip(" ,;:()–—-"):
                # "het detachement, bestaande uit ..., werd operationeel": a clause that opens
                # with its trigger resumes a sentence whose subject came before
                clause_text = text[: clause.end].casefold()
            if trigger.entry.requires and not any(
                _required(word, clause_text) for word in trigger.entry.requires
            ):
                continue
            if any(
                found.start() <= trigger.start and trigger.end <= found.end()
                for phrase in trigger.entry.excludes
                for found in re.finditer(re.escape(phrase), text, re.IGNORECASE)
            ):
                continue
            window = _words_before(text, trigger.start, clause.start)[
                -self.lex.markers.negation_window :
            ]
            if any(word in self.lex.markers.negations for word in window):
                continue
            kept.append(trigger)
        return kept

    # -- one sentence -------------------------------------------------------------------------

    def read(self, sentence: SentenceInput, context: Sequence[SentenceInput]) -> list[_Draft]:
        self.silenced = set()
        text = sentence.text
        clauses = self.clauses(text, sentence.dates)
        dates = [d for d in sentence.dates if self.usable(d)]
        self.after_clause(text, clauses, dates)
        triggers = self.triggers(text, clauses)
        if not triggers or not dates:
            return []
        clause_of_trigger = {id(t): _clause_of(clauses, t.start) for t in triggers}
        trigger_clauses = {clause_of_trigger[id(t)] for t in triggers}
        lending = [c for c in clauses if c not in trigger_clauses and not c.subordinate]
        lendable = [d for d in dates if _clause_of(clauses, d.start) in lending]

        # each trigger's date(s)
        assigned: list[tuple[TriggerMatch, DatedSpan, str]] = []
        for trigger in triggers:
            clause = clause_of_trigger[id(trigger)]
            own = [d for d in dates if clause.start <= d.start < clause.end]
            siblings = [t for t in triggers if clause_of_trigger[id(t)] == clause]
            if clause.descriptive and not own:
                continue
            pool, pattern = (own, "clause-date") if own else (lendable, "borrowed-date")
            if not pool and not clause.subordinate:
                derived = self._following(text, clauses, dates, trigger)
                if derived is not None:
                    assigned.append((trigger, derived, "after-clause-date"))
                continue
            if not pool:
                continue
            firm = [d for d in pool if not self.is_now(d)] or pool
            if not own and all(self.is_now(d) for d in firm):
                continue  # "bezint zich momenteel op ... na de afronding van X": now dates no X
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
                    and (not later or re.search(r"\sen\s", text[d.end : limit]))
                ]
                assigned.append((trigger, _nearest(after or firm, trigger), pattern))

        # a frame ("voorbereidingen voor X") silences what shares its date, and makes no event
        frames = {id(d) for t, d, _ in assigned if t.entry.frame}
        self.silenced = {d.start for t, d, _ in assigned if t.entry.frame}
        assigned = [(t, d, p) for t, d, p in assigned if id(d) not in frames]

        # triggers that share a date in one clause are one event
        groups: dict[tuple[int, int], list[tuple[TriggerMatch, DatedSpan, str]]] = {}
        for trigger, date, pattern in assigned:
            clause = clause_of_trigger[id(trigger)]
            groups.setdefault((clause.start, id(date)), []).append((trigger, date, pattern))
        chosen = [(self._strongest(group), group) for group in groups.values()]
        chosen.sort(key=lambda item: item[0][0].start)

        drafts: list[_Draft] = []
        single = len(chosen) == 1 or len({(g[0][1].start, g[0][1].end) for g in chosen}) == 1
        for (trigger, date, pattern), group in chosen:
            clause = clause_of_trigger[id(trigger)]
            segment = self._segment(text, clause, trigger, chosen, pattern)
            drafts.append(
                self._draft(
                    sentence,
                    clauses,
                    lending,
                    clause,
                    segment,
                    trigger,
                    date,
                    [g[0] for g in group],
                    pattern,
                    single,
                    context,
                    triggers,
                )
            )
        return _fold(drafts)

    def _following(
        self,
        text: str,
        clauses: Sequence[_Clause],
        dates: Sequence[DatedSpan],
        trigger: TriggerMatch,
    ) -> DatedSpan | None:
        """ "Na X op <datum>, begonnen ... aanvallen": the events after X, from the next day on."""
        for clause in clauses:
            if clause.start >= trigger.start:
                return None
            if not (clause.subordinate and self._after.match(text, clause.start)):
                continue
            inside = [d for d in dates if clause.start <= d.start < clause.end]
            if not inside or inside[-1].expression.latest is None:
                continue
            date = inside[-1]
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
        return None

    def _strongest(
        self, group: list[tuple[TriggerMatch, DatedSpan, str]]
    ) -> tuple[TriggerMatch, DatedSpan, str]:
        def priority(item: tuple[TriggerMatch, DatedSpan, str]) -> int:
            return self.lex.types[item[0].entry.event_type].priority

        best = max(group, key=priority)
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

    def _segment(
        self,
        text: str,
        clause: _Clause,
        trigger: TriggerMatch,
        chosen: Sequence[tuple[tuple[TriggerMatch, DatedSpan, str], object]],
        pattern: str,
    ) -> tuple[int, int]:
        """The stretch of the clause that belongs to this event when a clause reports several."""
        if pattern == "countable-multi-date":
            return clause.start, clause.end
        same = [c[0] for c in chosen if clause.start <= c[0][0].start < clause.end]
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
                joint = list(re.finditer(r"\sen\s", text[reach : following[0].start]))
                # "maakten bekend dat de missie ... wordt afgerond": what is announced
                # starts at "dat", with the names the second event needs
                complement = re.search(r"\s(?:dat|om)\s", text[reach : following[0].start])
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

    # -- one event ----------------------------------------------------------------------------

    def _draft(
        self,
        sentence: SentenceInput,
        clauses: Sequence[_Clause],
        lending: Sequence[_Clause],
        clause: _Clause,
        segment: tuple[int, int],
        trigger: TriggerMatch,
        date: DatedSpan,
        group: Sequence[TriggerMatch],
        pattern: str,
        single: bool,
        context: Sequence[SentenceInput],
        triggers: Sequence[TriggerMatch],
    ) -> _Draft:
        text = sentence.text
        event_type = trigger.entry.event_type
        profile = self.lex.types[event_type]
        if trigger.entry.first_role is not None:
            profile = attrs.evolve(profile, first_role=trigger.entry.first_role)
        seg_text = text[segment[0] : segment[1]]
        patterns = [pattern]

        places = self.places(text, triggers)
        if profile.countries_are_parties:
            places = [
                p
                for p in places
                if not (p.entry.kind is LocationKind.COUNTRY and p.cue in profile.cues)
            ]
        place_spans = [(p.start, p.end) for p in places]
        mentions = self.mentions(text, context, place_spans)

        def inside(start: int, lo: int, hi: int) -> bool:
            return lo <= start < hi

        own = [m for m in mentions if inside(m.start, *segment)]
        actors = self.roles(text, own, profile, event_type, clause.start, triggers)
        if not clause.subordinate and not any(
            a.role in (profile.first_role, ActorRole.INITIATOR) for a in actors
        ):
            lent = [m for m in mentions if any(inside(m.start, c.start, c.end) for c in lending)]
            if lent:
                patterns.append("borrowed-actors")
            for actor in self.roles(text, lent, profile, event_type, 0, triggers):
                actors = _add_actor(actors, actor)
        partners = self._partners(text, clauses, clause, sentence.dates, triggers)
        for mention in (m for m in mentions if partners[0] <= m.start < partners[1]):
            # ", via UNMAS en UNHCR": who the event was carried out with or through
            actors = _add_actor(
                actors, _actor(mention.entry, mention.surface, ActorRole.PARTICIPANT)
            )
        if event_type in _VIOLENT and single:
            # "...; daarbij raakten vijf Amerikaanse militairen gewond": the soldiers an
            # undated clause of the sentence names are what the event hit
            for mention in mentions:
                if inside(mention.start, *segment) or not self._victim(text, mention):
                    continue
                home = _clause_of(clauses, mention.start)
                if any(home.start <= d.start < home.end for d in sentence.dates):
                    continue
                victim = _actor(mention.entry, mention.surface, ActorRole.TARGET)
                actors = _add_actor(actors, victim)
        if not any(a.role is ActorRole.INITIATOR for a in actors):
            # "de artikel 100-brief" is the Dutch government's, whoever else is named
            for name in trigger.entry.default_actors:
                entry = self.lex.actor_by_name[name]
                actors = _add_actor(actors, _actor(entry, trigger.surface, ActorRole.INITIATOR))
        if not actors:
            referred = self.anaphora(sentence, context)
            if referred:
                patterns.append("anaphora")
                actors = self.roles(text, referred, profile, event_type, 0, ())

        subtype, acled = self.subtype(trigger, group, seg_text, profile)
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
                profile = self.lex.types[event_type]
                acled = profile.acled
            subtype = rule.subtype
            acled = rule.acled or acled

        location = None
        if trigger.entry.locate:
            located = [p for p in places if p.cue not in profile.away_cues]
            location = self.location(
                text, located, segment, clauses, clause, lending, date, pattern, sentence.dates
            )
        if event_type is EventType.VISIT:
            actors, location = self.visit(actors, location, subtype, places, segment, mentions)
            if location is None and trigger.entry.locate:
                location = self._visited(text, segment, mentions)

        quantity_text, offset = (text, 0) if single else (seg_text, segment[0])
        masked = [(d.start - offset, d.end - offset) for d in sentence.dates]
        quantities = read_quantities(quantity_text, self.lex.quantities, masked)
        fatal = read_fatalities(quantity_text, quantities, self.lex.quantities)
        quantities = _without_fatalities(quantities, fatal)

        status = self.status(date.expression, profile, text[clause.start : clause.end])
        method = "+".join(dict.fromkeys(t.entry.id for t in group))
        return _Draft(
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

    def subtype(
        self,
        trigger: TriggerMatch,
        group: Sequence[TriggerMatch],
        text: str,
        profile: TypeProfile,
    ) -> tuple[str | None, tuple[str, str] | None]:
        if trigger.entry.subtype is not None:
            return trigger.entry.subtype, profile.acled
        lowered = text.casefold()
        for rule in profile.subtypes:
            if any(word.casefold() in lowered for word in rule.words):
                return rule.subtype, rule.acled or profile.acled
        return None, profile.acled

    def status(self, date: TemporalExpression, profile: TypeProfile, clause: str) -> EventStatus:
        def marked(status: str) -> bool:
            pattern = self._status_patterns.get(status)
            return pattern is not None and pattern.search(clause) is not None

        if marked("cancelled"):
            return EventStatus.CANCELLED
        future = EventStatus.EXPECTED if marked("expected") else EventStatus.PLANNED
        reference = self.reference
        if reference is None:
            return future if marked("planned") or marked("expected") else EventStatus.OCCURRED
        if date.latest is not None and date.latest < reference:
            return EventStatus.OCCURRED
        if date.earliest is not None and date.earliest > reference:
            return future
        if date.earliest is None and date.latest is not None and date.latest > reference:
            return future
        if date.mod in (Mod.ON_OR_AFTER, Mod.AFTER) and date.earliest is not None:
            return EventStatus.ONGOING if profile.durative else EventStatus.OCCURRED
        if marked("planned") or marked("expected"):
            return future
        return EventStatus.OCCURRED

    # -- actors -------------------------------------------------------------------------------

    def mentions(
        self, text: str, context: Sequence[SentenceInput], place_spans: Sequence[tuple[int, int]]
    ) -> list[_Mention]:
        found = [
            _Mention(m.entry, m.start, m.end, m.surface)
            for m in self.lex.find_actors(text)
            if not any(s <= m.start < e for s, e in place_spans)
        ]
        # "de Iraakse Premier X": the nationality belongs to the person, it is no second actor;
        # "het kabinet van de KRG" is the KRG's cabinet, not the one "kabinet" names alone
        kept: list[_Mention] = []
        for i, mention in enumerate(found):
            following = found[i + 1] if i + 1 < len(found) else None
            if (
                kept
                and mention.surface[:1].islower()
                and mention.entry.kind is ActorKind.GOVERNMENT
                and kept[-1].entry.kind is ActorKind.STATE
                and kept[-1].entry.country != mention.entry.country
                and mention.start - kept[-1].end <= 1
            ):
                continue  # "het Turkse kabinet" is Turkey's, not the one "kabinet" names alone
            if (
                following is not None
                and mention.surface[:1].islower()
                and mention.entry.kind is ActorKind.GOVERNMENT
                and re.fullmatch(r"\s+van\s+(?:de\s+|het\s+)?", text[mention.end : following.start])
            ):
                continue
            if (
                following is not None
                and mention.entry.kind is ActorKind.STATE
                and following.entry.country == mention.entry.country
                and following.start - mention.end <= 1
            ):
                continue
            if mention.entry.kind is ActorKind.STATE and self._describes(text, mention):
                continue
            kept.append(mention)
        lowered = text.casefold()
        for phrase in self.lex.markers.pronoun_phrases:
            for m in re.finditer(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", lowered):
                person = self._last_person(context)
                if person is not None:
                    kept.append(
                        _Mention(person.entry, m.start(), m.end(), text[m.start() : m.end()])
                    )
        return sorted(kept, key=lambda m: m.start)

    def _partners(
        self,
        text: str,
        clauses: Sequence[_Clause],
        clause: _Clause,
        dates: Sequence[DatedSpan],
        triggers: Sequence[TriggerMatch],
    ) -> tuple[int, int]:
        """The clause right after this one when it only names partners ("via X en Y")."""
        following = next((c for c in clauses if c.start >= clause.end), None)
        if following is None:
            return 0, 0
        opening = text[following.start : following.end].casefold().lstrip()
        if not any(opening.startswith(p + " ") for p in self.lex.markers.partner_phrases):
            return 0, 0
        if any(following.start <= d.start < following.end for d in dates) or any(
            following.start <= t.start < following.end for t in triggers
        ):
            return 0, 0
        return following.start, following.end

    def _describes(self, text: str, mention: _Mention) -> bool:
        """ "Syrische vluchtelingen", "Iraakse detentiecentra": a nationality that only says
        whose people or things are meant names no actor (`described_nouns`)."""
        if " " in mention.surface or not mention.surface.casefold().endswith("e"):
            return False
        following = re.match(r"\s+([\w-]+)", text[mention.end :])
        if following is None:
            return False
        head = following.group(1).casefold()
        return any(head.endswith(noun) for noun in self.lex.markers.described_nouns)

    def _last_person(self, context: Sequence[SentenceInput]) -> _Mention | None:
        for sentence in reversed(context):
            people = [
                m for m in self.lex.find_actors(sentence.text) if m.entry.kind is ActorKind.PERSON
            ]
            if people:
                m = people[-1]
                return _Mention(m.entry, m.start, m.end, m.surface)
        return None

    def anaphora(self, sentence: SentenceInput, context: Sequence[SentenceInput]) -> list[_Mention]:
        """Actors of an earlier sentence this one refers back to ("De commissie", "Deze ...")."""
        words = _words_before(sentence.text, len(sentence.text))
        if len(words) < 2:
            return []
        first, noun = words[0], words[1]
        if first in ("de", "het"):
            for previous in reversed(context):
                for m in reversed(self.lex.find_actors(previous.text)):
                    if noun in m.surface.casefold():
                        return [_Mention(m.entry, m.start, m.end, m.surface)]
            return []
        if first in self.lex.markers.definite_determiners:
            for previous in reversed(context):
                found = self.lex.find_actors(previous.text)
                if found:
                    return [_Mention(m.entry, m.start, m.end, m.surface) for m in found]
        return []

    def roles(
        self,
        text: str,
        mentions: Iterable[_Mention],
        profile: TypeProfile,
        event_type: EventType,
        lower_bound: int,
        triggers: Sequence[TriggerMatch],
    ) -> list[Actor]:
        actors: list[Actor] = []
        first_taken = False
        previous: tuple[_Mention, ActorRole] | None = None
        for mention in mentions:
            cue = self._cue(text, mention.start)
            role: ActorRole | None
            before = text[max(0, mention.start - 30) : mention.start].casefold().rstrip()
            if actors and any(before.endswith(p) for p in self.lex.markers.apposition_phrases):
                role = actors[-1].role  # "de milities, onder de naam van X": X is the same party
            elif previous is not None and self._coordinated(text, previous[0], mention):
                role = previous[1]  # "de VS en de Iraakse regering": one role for both
            elif cue == "van" and self._agent_head(text, mention.start):
                role = ActorRole.INITIATOR  # "een operatie van Iraakse eenheden"
            elif (" " not in mention.surface and mention.surface.casefold().endswith("e")) and any(
                0 <= t.start - mention.end <= 1 for t in triggers
            ):
                role = profile.first_role  # "de Israëlische grondoperatie": the adjective acts
            elif cue is not None and cue in self.lex.common_cues:
                previous = None
                continue
            elif cue is not None and cue in profile.cues:
                role = profile.cues[cue]
                if role is None:
                    previous = None
                    continue
            elif event_type in _VIOLENT and self._victim(text, mention):
                role = ActorRole.TARGET
            elif not first_taken:
                role = profile.first_role
                first_taken = True
            else:
                role = profile.other_role
            if role is profile.first_role:
                first_taken = True
            actors = _add_actor(actors, _actor(mention.entry, mention.surface, role))
            previous = (mention, role)
        return actors

    def _coordinated(self, text: str, first: _Mention, second: _Mention) -> bool:
        """ "X en Y", "X, Y en Z": names joined by a coordinator share their role."""
        between = _words_before(text, second.start, first.end)
        marks = self.lex.markers
        if not between or between[0] not in marks.coordinators:
            return False
        return all(w in marks.determiners for w in between[1:])

    def _agent_head(self, text: str, position: int) -> bool:
        """ "een operatie van X": X carries out what the noun before "van" names."""
        words = _words_before(text, position, max(0, position - 60))
        while words and words[-1] in self.lex.markers.determiners:
            words.pop()
        return len(words) >= 2 and words[-1] == "van" and words[-2] in self.lex.markers.agent_heads

    def _victim(self, text: str, mention: _Mention) -> bool:
        """ "twee Amerikaanse militairen": soldiers of a party are what a violent event hits."""
        head = mention.surface.casefold().split()[-1]
        following = re.match(r"\s+(\w+)", text[mention.end :])
        nouns = self.lex.markers.victim_nouns
        return head in nouns or (following is not None and following.group(1).casefold() in nouns)

    def _cue(self, text: str, position: int) -> str | None:
        """The preposition just before a name, skipping determiners ("van de Spaanse")."""
        words = _words_before(text, position, max(0, position - 60))[-3:]
        for word in reversed(words):
            if word in self.lex.markers.determiners:
                continue
            return word
        return None

    # -- places -------------------------------------------------------------------------------

    def _place_cue(self, text: str, position: int) -> str | None:
        """The preposition before a place, past the words that say which part of it:
        "in de provincie Anbar", "ten westen van Mosoel", "in federaal Irak"."""
        marks = self.lex.markers
        words = _words_before(text, position, max(0, position - 80))[-6:]
        while words:
            word = words[-1]
            if word in marks.determiners or word in marks.place_heads:
                words.pop()
            elif word == "van" and len(words) > 1 and words[-2] in marks.place_heads:
                words.pop()
            else:
                return word
        return None

    def places(self, text: str, triggers: Sequence[TriggerMatch]) -> list[_Place]:
        found: list[_Place] = []
        previous_locative: _Place | None = None
        names = [(m.start, m.end) for m in self.lex.find_actors(text)]
        for match in self.lex.find_places(text):
            if any(
                s <= match.start and match.end <= e and e - s > match.end - match.start
                for s, e in names
            ):
                continue
            place = self._place(text, match, triggers, previous_locative)
            if place is not None:
                found.append(place)
                previous_locative = place
        return found

    def _place(
        self,
        text: str,
        match: Match,
        triggers: Sequence[TriggerMatch],
        previous: _Place | None,
    ) -> _Place | None:
        entry: PlaceEntry = match.entry
        if match.adjective:
            # "Koerdische parlementsverkiezingen": an adjective places the event it modifies
            # ... or with another adjective between ("Iraakse provinciale verkiezingen")
            step = re.match(r"(\s+)(?:\w+e\s+)?", text[match.end :])
            if step and any(
                t.start in (match.end + step.end(1), match.end + step.end()) for t in triggers
            ):
                return _Place(entry, match.start, match.end, match.surface, None)
            return None
        cue = self._place_cue(text, match.start)
        if cue in self.lex.markers.locative_prepositions:
            return _Place(entry, match.start, match.end, match.surface, cue)
        if previous is not None and re.fullmatch(
            r"[\s,]*(?:en|of)?\s*", text[previous.end : match.start]
        ):
            return _Place(entry, match.start, match.end, match.surface, previous.cue)
        if entry.kind is LocationKind.BASE:
            return _Place(entry, match.start, match.end, match.surface, cue)
        return None

    def location(
        self,
        text: str,
        places: Sequence[_Place],
        segment: tuple[int, int],
        clauses: Sequence[_Clause],
        clause: _Clause,
        lending: Sequence[_Clause],
        date: DatedSpan,
        pattern: str,
        dates: Sequence[DatedSpan],
    ) -> Location | None:
        candidates: list[_Place] = []
        if pattern == "countable-multi-date":
            earlier = [d.end for d in dates if d.end <= date.start]
            lower = max(earlier) if earlier else 0
            between = [p for p in places if lower <= p.start < date.start]
            if between:
                candidates = [between[-1]]
        if not candidates:
            candidates = [p for p in places if segment[0] <= p.start < segment[1]]
        following = next((c for c in clauses if c.start >= clause.end), None)
        if candidates and following is not None:
            # "in de KAR, onder meer in de omgeving van Sulaymaniyah": a closer look at it
            opening = text[following.start : following.end].casefold().lstrip()
            if any(opening.startswith(w + " ") for w in self.lex.markers.specifiers):
                candidates += [p for p in places if following.start <= p.start < following.end]
        if not candidates and segment != (clause.start, clause.end):
            # the events that share a clause share its place
            candidates = [p for p in places if clause.start <= p.start < clause.end]
        if not candidates and not clause.subordinate:
            candidates = [p for p in places if any(c.start <= p.start < c.end for c in lending)]
        if not candidates:
            return None
        if len({p.entry.country for p in candidates}) > 1:
            return None  # "in Syrië en Irak": no single place
        best = min(_SPECIFICITY[p.entry.kind] for p in candidates)
        finest = [p for p in candidates if _SPECIFICITY[p.entry.kind] == best]
        return _location(finest[0].entry, finest[0].surface)

    def visit(
        self,
        actors: list[Actor],
        location: Location | None,
        subtype: str | None,
        places: Sequence[_Place],
        segment: tuple[int, int],
        mentions: Sequence[_Mention],
    ) -> tuple[list[Actor], Location | None]:
        """Who hosts a visit, and where: "inkomend" is at home, "uitgaand" at the counterpart."""
        marks = self.lex.markers
        host: ActorEntry | None = None
        surface = ""
        direction = marks.visit_hosts.get(subtype or "")
        if direction == "home":
            host = self.lex.state_by_country.get(marks.home_country)
            surface = subtype or ""
        elif direction == "counterpart":
            for mention in mentions:
                if mention.entry.country not in (
                    None,
                    marks.home_country,
                ) and mention.entry.kind in (
                    ActorKind.STATE,
                    ActorKind.GOVERNMENT,
                ):
                    host, surface = mention.entry, mention.surface
                    break
        else:
            hosted = [
                p
                for p in places
                if segment[0] <= p.start < segment[1]
                and p.cue is not None
                and self.lex.types[EventType.VISIT].cues.get(p.cue) is ActorRole.HOST
            ]
            if hosted and hosted[0].entry.country:
                host = self.lex.state_by_country.get(hosted[0].entry.country)
                surface = hosted[0].surface
        if host is None:
            return actors, location
        existing = next((a for a in actors if a.name == host.name), None)
        if existing is not None:
            actors = [attrs.evolve(a, role=ActorRole.HOST) if a is existing else a for a in actors]
        else:
            actors = [*actors, _actor(host, surface, ActorRole.HOST)]
        if location is None and host.country:
            place = self.lex.country_place.get(host.country)
            if place is not None:
                location = _location(place, surface)
        return actors, location

    def _visited(
        self, text: str, segment: tuple[int, int], mentions: Sequence[_Mention]
    ) -> Location | None:
        """ "bezocht de minister Bagdad": what a visit names without a preposition is where
        it went, when the names point to one country."""
        # a country named as a state ("bezocht Koeweit") still says where the visit went
        names = [
            (m.start, m.end)
            for m in mentions
            if not (m.entry.kind is ActorKind.STATE and m.entry.country in self.lex.country_place)
        ]
        found = [
            m
            for m in self.lex.find_places(text[segment[0] : segment[1]])
            if not m.adjective and not any(s <= m.start + segment[0] < e for s, e in names)
        ]
        if not found or len({m.entry.country for m in found}) > 1:
            return None
        best = min(found, key=lambda m: _SPECIFICITY[m.entry.kind])
        return _location(best.entry, best.surface)

    # -- sentences that refer back --------------------------------------------------------------

    def continues(self, sentence: SentenceInput, drafts: Sequence[_Draft]) -> bool:
        """An undated sentence that only says more about the events just read."""
        if any(self.usable(d) for d in sentence.dates):
            return False
        # "other" gathers unrelated kinds: "de repatriëring" does not refer back to a founding
        types = {d.event_type if d.event_type is not EventType.OTHER else d.subtype for d in drafts}
        clauses = self.clauses(sentence.text, sentence.dates)
        for trigger in self.triggers(sentence.text, clauses):
            kind = trigger.entry.event_type
            if kind is EventType.CASUALTIES and _VIOLENT & types:
                continue
            same = (kind if kind is not EventType.OTHER else trigger.entry.subtype) in types
            before = _words_before(sentence.text, trigger.start)[-2:]
            if same and any(w in self.lex.markers.definite_determiners for w in before):
                continue
            return False
        return True

    def extend(
        self, sentence: SentenceInput, drafts: Sequence[_Draft], context: Sequence[SentenceInput]
    ) -> None:
        text = sentence.text
        quantities = read_quantities(
            text, self.lex.quantities, [(d.start, d.end) for d in sentence.dates]
        )
        triggers = self.triggers(text, self.clauses(text, sentence.dates))
        refers = bool(triggers)
        if not quantities and not refers:
            return
        places = self.places(text, triggers)
        mentions = self.mentions(text, context, [(p.start, p.end) for p in places])
        for draft in drafts:
            profile = self.lex.types[draft.event_type]
            for actor in self.roles(text, mentions, profile, draft.event_type, 0, triggers):
                if (
                    actor.role is profile.first_role
                    and any(a.role is profile.first_role for a in draft.actors)
                    and profile.first_role is not profile.other_role
                ):
                    actor = attrs.evolve(actor, role=profile.first_role)
                draft.actors = _add_actor(draft.actors, actor)
            draft.quantities = _merge_quantities(draft.quantities, quantities)
            if draft.fatalities == (None, None, None):
                fatal = read_fatalities(text, quantities, self.lex.quantities)
                draft.fatalities = (fatal.low, fatal.best, fatal.high)
                draft.quantities = _without_fatalities(draft.quantities, fatal)
            if "continuation" not in draft.patterns:
                draft.patterns.append("continuation")


def _absorb(twin: _Draft, draft: _Draft) -> None:
    """What a second report of one event adds to the first: actors, place, numbers."""
    for actor in draft.actors:
        twin.actors = _add_actor(twin.actors, actor)
    twin.quantities = _merge_quantities(twin.quantities, draft.quantities)
    if twin.location is None:
        twin.location = draft.location
    if twin.fatalities == (None, None, None):
        twin.fatalities = draft.fatalities
    if twin.subtype is None:
        twin.subtype = draft.subtype


def _fold(drafts: Sequence[_Draft]) -> list[_Draft]:
    """One sentence, one date, one event: "Dat ISIS aanslagen pleegt, bleek op 3 maart, toen
    bij een aanval ..." reports one attack; an undated "daarbij raakten ... gewond" is the
    casualties of the attack its sentence dates."""
    kept: list[_Draft] = []
    for draft in drafts:
        twin = next((k for k in kept if _one_in_sentence(k, draft)), None)
        if twin is None:
            kept.append(draft)
            continue
        if twin.event_type is EventType.CASUALTIES and draft.event_type is not EventType.CASUALTIES:
            kept[kept.index(twin)] = draft
            twin, draft = draft, twin
        _absorb(twin, draft)
        twin.trigger_ids = list(dict.fromkeys([*twin.trigger_ids, *draft.trigger_ids]))
        twin.patterns.append("same-sentence")
    return kept


def _one_in_sentence(first: _Draft, second: _Draft) -> bool:
    if first.date != second.date or "countable-multi-date" in (*first.patterns, *second.patterns):
        return False
    kinds = {first.event_type, second.event_type}
    if len(kinds) > 1 and not (EventType.CASUALTIES in kinds and kinds <= _VIOLENT):
        return False
    if first.location is not None and second.location is not None:
        return first.location.name == second.location.name
    return True


def _required(word: str, text: str) -> bool:
    if word.startswith("*"):
        return word[1:] in text
    return re.search(r"(?<![\w])" + re.escape(word), text) is not None


def _clause_of(clauses: Sequence[_Clause], position: int) -> _Clause:
    for clause in clauses:
        if clause.start <= position < clause.end:
            return clause
    return min(clauses, key=lambda c: min(abs(c.start - position), abs(c.end - position)))


def _nearest(dates: Sequence[DatedSpan], trigger: TriggerMatch) -> DatedSpan:
    def distance(date: DatedSpan) -> tuple[int, int]:
        if date.end <= trigger.start:
            return trigger.start - date.end, 1
        if date.start >= trigger.end:
            return date.start - trigger.end, 0
        return 0, 0

    return min(dates, key=distance)


def _actor(entry: ActorEntry, surface: str, role: ActorRole) -> Actor:
    return Actor(
        name=entry.name, surface=surface, role=role, kind=entry.kind, country=entry.country
    )


def _add_actor(actors: list[Actor], actor: Actor) -> list[Actor]:
    if any(a.name == actor.name for a in actors):
        return actors
    return [*actors, actor]


def _location(entry: PlaceEntry, surface: str) -> Location:
    return Location(
        name=entry.name,
        surface=surface,
        kind=entry.kind,
        country=entry.country,
        latitude=entry.latitude,
        longitude=entry.longitude,
    )


def _without_fatalities(quantities: list[Quantity], fatal: Fatalities) -> list[Quantity]:
    """The count of the dead is the event's fatalities, not a second quantity."""
    counts = {fatal.low, fatal.best, fatal.high} - {None}
    if not counts:
        return quantities
    return [q for q in quantities if not (q.unit in ("persons", "troops") and q.value in counts)]


def _merge_quantities(first: Sequence[Quantity], second: Sequence[Quantity]) -> list[Quantity]:
    merged = list(first)
    for quantity in second:
        if quantity not in merged:
            merged.append(quantity)
    return merged


# ---------------------------------------------------------------------------------------------
# the letter


def extract_from_sentences(
    sentences: Sequence[SentenceInput],
    *,
    document_id: str,
    reference: datetime.date | None,
    reporting_period: tuple[datetime.date | None, datetime.date | None] | None = None,
    lexicon: EventLexicon | None = None,
) -> list[Event]:
    """The events of a letter given as sentences in document order (see ``extract_events``)."""
    reader = _Reader(lexicon or event_lexicon(), reference, reporting_period)
    drafts: list[_Draft] = []
    paragraphs: dict[object, list[SentenceInput]] = {}
    last: dict[object, list[_Draft]] = {}
    for sentence in sorted(sentences, key=lambda s: s.start):
        context = paragraphs.setdefault(sentence.paragraph, [])
        found = _dated_drafts(reader, sentence, context, reader.read(sentence, context))
        if found:
            drafts.extend(found)
            last[sentence.paragraph] = found
        elif last.get(sentence.paragraph) and reader.continues(sentence, last[sentence.paragraph]):
            reader.extend(sentence, last[sentence.paragraph], context)
        else:
            last.pop(sentence.paragraph, None)
        context.append(sentence)
    return _finish(_merge(drafts), document_id)


def _dated_drafts(
    reader: _Reader,
    sentence: SentenceInput,
    context: Sequence[SentenceInput],
    drafts: Sequence[_Draft],
) -> list[_Draft]:
    """The trigger events kept (``filters.habitual``) and retyped, then the events of the dates
    no trigger claimed (the date-first stage, ``mentions.py``)."""
    text = sentence.text
    claimed = {d.date.start for d in drafts} | reader.silenced
    clauses = reader.clauses(text, sentence.dates)
    reader.after_clause(text, clauses, [d for d in sentence.dates if reader.usable(d)])
    recurring = tuple(
        (d.start, d.end) for d in sentence.dates if d.expression.kind is ExpressionKind.SET
    )
    kept = []
    for draft in drafts:
        clause = _clause_of(clauses, draft.date.start)
        if reader.is_now(draft.date) and habitual(
            MentionContext(
                text=text,
                tokens=(),
                expression=draft.date.expression,
                start=draft.date.start,
                end=draft.date.end,
                clause_start=clause.start,
                clause_end=clause.end,
                recurring=recurring,
            )
        ):
            continue
        _retype(reader, draft, clauses)
        kept.append(draft)
    candidates, _ = dated_candidates(
        text,
        sentence.dates,
        [(c.start, c.end) for c in clauses],
        claimed=lambda d: d.start in claimed,
        usable=lambda d: isinstance(d, DatedSpan) and reader.usable(d) and not reader.is_now(d),
        lexicon=dated_mention_lexicon(),
        priority=lambda kind: reader.lex.types[kind].priority,
        in_footnote=isinstance(sentence.paragraph, tuple)
        and sentence.paragraph[:1] == ("footnote",),
    )
    if not candidates:
        return kept
    places = reader.places(text, [])
    mentions = reader.mentions(text, context, [(p.start, p.end) for p in places])
    found: list[_Draft] = []
    for candidate in candidates:
        family = candidate.family
        event_type = family.type if family is not None else EventType.OTHER
        profile = reader.lex.types[event_type]
        clause = _clause_of(clauses, candidate.start)
        date = next(d for d in sentence.dates if d.start == candidate.start)
        own = [m for m in mentions if clause.start <= m.start < clause.end]
        actors = reader.roles(text, own, profile, event_type, clause.start, ())
        for name in family.default_actors if family is not None else ():
            entry = reader.lex.actor_by_name[name]
            actors = _add_actor(actors, _actor(entry, candidate.cue, ActorRole.INITIATOR))
        location = None
        if family is None or family.locate:
            inside = [p for p in places if clause.start <= p.start < clause.end]
            if inside and len({p.entry.country for p in inside}) == 1:
                best = min(inside, key=lambda p: _SPECIFICITY[p.entry.kind])
                location = _location(best.entry, best.surface)
        found.append(
            _Draft(
                event_type=event_type,
                trigger_ids=[f"cue.{family.id}" if family is not None else "dated-mention"],
                patterns=["dated-mention", candidate.rule],
                date=date,
                sentence=sentence,
                status=reader.status(date.expression, profile, text[clause.start : clause.end]),
                actors=actors,
                location=location,
                quantities=[],
                fatalities=(None, None, None),
                subtype=family.subtype if family is not None else None,
                acled=profile.acled,
            )
        )
    return kept + found


def _retype(reader: _Reader, draft: _Draft, clauses: Sequence[_Clause]) -> None:
    """A cue between a trigger and its date names what the date dates: "het besluit ... de
    bijdrage te verlengen tot 31 december" (the extension), "Over dit verzoek bent u per
    kennisgevingsbrief op 23 september geïnformeerd" (the letter), "Op 11 december meldde het
    kabinet in een kennisgevingsbrief dat ... verzoeken" (the letter)."""
    lexicon = dated_mention_lexicon()
    if draft.event_type not in lexicon.yielding or draft.trigger_end is None:
        return
    clause = _clause_of(clauses, draft.date.start)
    text = draft.sentence.text
    if draft.date.start >= draft.trigger_end:
        lower = max(clause.start, draft.trigger_end)
        cue = None
        if relative_between(text, lower, draft.date.start, lexicon):
            # "de beëindiging van de missie waartoe op 14 april werd besloten": the date is
            # the relative clause's, and so is the verb after it
            cue = first_cue_after(text, draft.date.end, clause.end, lexicon)
        cue = cue or nearest_cue_before(text, lower, draft.date.start, lexicon)
    else:
        # the date before the trigger: the first cue after the date, before the trigger
        trigger_start = draft.trigger_start if draft.trigger_start is not None else clause.end
        cue = first_cue_after(text, draft.date.end, min(clause.end, trigger_start), lexicon)
    if cue is None or cue.family.type is draft.event_type:
        return
    profile = reader.lex.types[cue.family.type]
    draft.event_type = cue.family.type
    draft.subtype = cue.family.subtype
    draft.acled = profile.acled
    draft.status = reader.status(draft.date.expression, profile, text[clause.start : clause.end])
    draft.patterns.append(f"retyped-by-cue.{cue.family.id}")


def _merge(drafts: Sequence[_Draft]) -> list[_Draft]:
    """One event per real-world event: a second mention joins the first."""
    merged: list[_Draft] = []
    for draft in drafts:
        twin = next((m for m in merged if _same_event(m, draft)), None)
        if twin is None:
            merged.append(draft)
            continue
        twin.mentions.append(draft.source)
        _absorb(twin, draft)
        twin.patterns.append("merged-mention")
    return merged


def _same_event(first: _Draft, second: _Draft) -> bool:
    if first.event_type is not second.event_type or first.sentence is second.sentence:
        return False
    a, b = first.date.expression, second.date.expression
    if a.earliest != b.earliest:
        return False
    if a.earliest is None and (a.latest is None or a.latest != b.latest):
        return False  # "uiterlijk 30 september" twice is one deadline; two open ends are not
    # "in januari" and "sinds januari" date one start; "het einde van" a period is another date
    if a.latest != b.latest and Mod.ON_OR_AFTER not in (a.mod, b.mod):
        return False
    if first.location is not None and second.location is not None:
        return first.location.name == second.location.name
    names = {x.name for x in first.actors} & {x.name for x in second.actors}
    return bool(names)


def _finish(drafts: Sequence[_Draft], document_id: str) -> list[Event]:
    events: list[Event] = []
    seen: set[str] = set()
    for draft in sorted(drafts, key=lambda d: (d.sentence.start, d.date.expression.start)):
        source = attrs.evolve(draft.source, document_id=document_id)
        mentions = (source, *(attrs.evolve(m, document_id=document_id) for m in draft.mentions))
        event_id = _event_id(document_id, draft, seen)
        seen.add(event_id)
        low, best, high = draft.fatalities
        events.append(
            Event(
                event_id=event_id,
                event_type=draft.event_type,
                date=draft.date.expression,
                status=draft.status,
                source=source,
                actors=tuple(draft.actors),
                location=draft.location,
                quantities=tuple(draft.quantities),
                fatalities_low=low,
                fatalities_best=best,
                fatalities_high=high,
                subtype=draft.subtype,
                acled_event_type=draft.acled[0] if draft.acled else None,
                acled_sub_event_type=draft.acled[1] if draft.acled else None,
                mentions=mentions,
                method=" ".join([*draft.trigger_ids, *dict.fromkeys(draft.patterns)]),
            )
        )
    return events


def _event_id(document_id: str, draft: _Draft, taken: set[str]) -> str:
    """From what the event is (document, type, date, main actors), never from where it sits."""
    date = draft.date.expression
    day = (date.earliest or date.latest or datetime.date.min).isoformat()
    parts = [
        document_id,
        draft.event_type.value,
        f"{date.earliest}/{date.latest}/{date.mod}",
        ";".join(sorted(a.name for a in draft.actors)),
    ]
    disambiguators = [
        draft.location.name if draft.location else "",
        draft.subtype or "",
        " ".join(draft.sentence.text.split()),
    ]
    for extra in ["", *disambiguators]:
        if extra:
            parts.append(extra)
        digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]
        event_id = f"{document_id}:{draft.event_type.value}:{day}:{digest}"
        if event_id not in taken:
            return event_id
    return f"{event_id}-{len(taken)}"


def _is_heading(document: Document, start: int) -> bool:
    return any(section.start == start for section in document.sections)


def _is_bibliographic(
    sentence_start: int, footnote: int | None, citation_starts: Sequence[int]
) -> bool:
    """A footnote that opens with a citation gives the title of a paper, not a report."""
    return footnote is not None and any(0 <= s - sentence_start <= 3 for s in citation_starts)


def extract_events(document: Document) -> list[Event]:
    """Every dated real-world event the letter reports, in document order.

    Dates are read relative to the letter's own date (``document.date``); the reporting period
    the letter states is its frame and dates no event.
    """
    footnote_citations = {
        f.number: tuple(c.identifier for c in f.citations) for f in document.footnotes
    }
    dates_by_sentence: dict[int, list[DatedSpan]] = {i: [] for i in range(len(document.sentences))}
    for date in document.dates:
        for index, sentence in enumerate(document.sentences):
            if sentence.clean_start <= date.clean_start and date.clean_end <= sentence.clean_end:
                dates_by_sentence[index].append(
                    DatedSpan(
                        expression=date.expression,
                        start=date.clean_start - sentence.clean_start,
                        end=date.clean_end - sentence.clean_start,
                    )
                )
                break
    inputs: list[SentenceInput] = []
    for index, sentence in enumerate(document.sentences):
        if _is_heading(document, sentence.start):
            continue
        if _is_bibliographic(
            sentence.start, sentence.footnote, [c.start for c in sentence.citations]
        ):
            continue
        citations = [c.identifier for c in sentence.citations]
        for number in sentence.footnote_numbers:
            citations.extend(footnote_citations.get(number, ()))
        paragraph: object = (
            ("footnote", sentence.footnote)
            if sentence.footnote is not None
            else ("paragraph", sentence.paragraph)
        )
        inputs.append(
            SentenceInput(
                index=sentence.index,
                text=sentence.clean_text,
                start=sentence.start,
                end=sentence.end,
                dates=tuple(dates_by_sentence[index]),
                paragraph=paragraph,
                page=sentence.page,
                citations=tuple(dict.fromkeys(citations)),
            )
        )
    period = document.metadata.reporting_period
    return extract_from_sentences(
        inputs,
        document_id=document.document_id,
        reference=document.date,
        reporting_period=None if period is None else (period.earliest, period.latest),
    )
