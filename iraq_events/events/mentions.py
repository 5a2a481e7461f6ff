"""Dated mentions: every resolved date of a sentence is a candidate event.

The trigger stage reads the events whose words it knows; this stage reads the rest of what a
letter dates. Each date expression that no trigger claimed becomes a candidate with its clause,
passes the filters (``filters.py``) or is dropped by a named rule, and is typed by the cue
families (``cues.py``): the nearest cue before the date in its clause (the noun phrase the date
modifies: "de brief van 11 september"), else the nearest after it, else the nearest in the
sentence, else the type of the date it continues in a list ("van 2 april, 18 juni en
27 oktober"), else ``other``. The cue lookups within a span that the trigger stage shares sit in
``spans.py``; their names stay importable from here.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Protocol

import attrs

from iraq_events.events import phrase_rules as phrases
from iraq_events.events.cues import CueFamily, CueMatch, DatedMentionLexicon
from iraq_events.events.filters import (
    MentionContext,
    SentenceIndex,
    content_opened,
    drop_reason,
)
from iraq_events.events.labels import bracket_labelled, labelled, paper_between
from iraq_events.events.model import EventType
from iraq_events.events.spans import (
    cited_paper,
    cues_between,
    first_cue_after,
    framed,
    head_cue,
    is_thing,
    modifies,
    nearest_cue_before,
    phrase_cue_before,
    relative_between,
    started_by,
    verb_between,
)
from iraq_events.events.states import state_reason
from iraq_events.events.takeover import taken_over
from iraq_events.events.tokens import Token, first_at, tokenize, without_brackets
from iraq_events.temporal.types import ExpressionKind, TemporalExpression

__all__ = [
    "DatedCandidate",
    "DroppedMention",
    "cues_between",
    "dated_candidates",
    "first_cue_after",
    "is_thing",
    "nearest_cue_before",
    "phrase_cue_before",
    "relative_between",
]


@attrs.frozen(kw_only=True)
class DatedCandidate:
    """A date that reports an event: its type's cue family (``None``: no cue) and the rule."""

    expression: TemporalExpression
    start: int
    end: int
    clause: tuple[int, int]
    family: CueFamily | None
    rule: str
    # the cue's words in the text ("" without a cue)
    cue: str = ""


@attrs.frozen(kw_only=True)
class DroppedMention:
    expression: TemporalExpression
    start: int
    end: int
    reason: str


_COPULA = "state-copula"  # the state reason of a clause a copula states

# the rules by which a cue's noun phrase holds the date ("de brief van 11 september")
_PHRASE_RULES = ("cue-modified-by-date", "cue-heads-phrase")


class _Dated(Protocol):
    """What the stage needs of a date of the sentence (``extraction.DatedSpan`` fits)."""

    @property
    def expression(self) -> TemporalExpression: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def dated_candidates(
    text: str,
    dates: Sequence[_Dated],
    clauses: Sequence[tuple[int, int]],
    *,
    claimed: Callable[[_Dated], bool],
    usable: Callable[[_Dated], bool],
    lexicon: DatedMentionLexicon,
    priority: Callable[[EventType], int] = lambda _: 0,
    in_footnote: bool = False,
) -> tuple[list[DatedCandidate], list[DroppedMention]]:
    """The candidates of one sentence (offsets in ``text``) and what was dropped, and why."""
    if not any(usable(d) and not claimed(d) for d in dates):
        return [], []
    tokens = tokenize(text)
    index = SentenceIndex(text, tokens, lexicon, [d.start for d in dates])
    cues = lexicon.find_in(text, tokens)
    # a clause that says when ("..., wanneer België zijn rotatie afrondt") names an event of
    # its own; its cue types no date of another clause
    when = [c for c in clauses if _opens_when(text, c, lexicon)]
    distant = [c for c in cues if not any(s <= c.start < e for s, e in when)]
    recurring = tuple((d.start, d.end) for d in dates if d.expression.kind is ExpressionKind.SET)
    kept: list[DatedCandidate] = []
    dropped: list[DroppedMention] = []
    previous: DatedCandidate | None = None
    for date in sorted(dates, key=lambda d: d.start):
        if claimed(date):
            continue
        reason = None if usable(date) else "not-an-event-date"
        clause = _clause_of(clauses, date.start)
        context = MentionContext(
            text=text,
            index=index,
            expression=date.expression,
            start=date.start,
            end=date.end,
            clause_start=clause[0],
            clause_end=clause[1],
            recurring=recurring,
        )
        if reason is None:
            reason = drop_reason(context, lexicon)
        typed = None
        if reason == _SINCE:
            # "Nederland levert sinds eind maart een bijdrage": a deployment going on since a
            # date is dated by its start, where a verb of its type types the date in its clause
            typed = _type(
                text, tokens, cues, distant, date, clause, previous, lexicon, priority, index
            )
            # "de functionarissen die sinds januari werkzaam zijn": a relative clause's date
            # is its own verb's, not the cue's before it
            if _ongoing_since(*typed, lexicon) and not (
                typed[1] == "cue-before-in-clause"
                and phrases.after_relative(index, date.start, lexicon)
            ):
                reason = None
        if reason is not None:
            dropped.append(
                DroppedMention(
                    expression=date.expression, start=date.start, end=date.end, reason=reason
                )
            )
            continue
        family, rule, cue = typed or _type(
            text, tokens, cues, distant, date, clause, previous, lexicon, priority, index
        )
        family, rule = phrases.informed_by_procedure(text, index, date.end, family, rule, lexicon)
        if phrases.mission_window(date.expression, cue, lexicon):
            family, rule, cue = None, "uncued", ""
        reason = state_reason(
            context,
            lexicon,
            cued=rule.endswith("in-clause") or rule in _PHRASE_RULES,
            modified=rule in _PHRASE_RULES,
            headed=rule == _PHRASE_RULES[1],
            in_footnote=in_footnote,
            typed=family,
        )
        if reason == _COPULA and phrases.mission_role_begins(context, lexicon):
            reason, family, rule = None, lexicon.start_family, "mission-role-begins"
        if reason is not None:
            dropped.append(
                DroppedMention(
                    expression=date.expression, start=date.start, end=date.end, reason=reason
                )
            )
            continue
        candidate = DatedCandidate(
            expression=date.expression,
            start=date.start,
            end=date.end,
            clause=clause,
            family=family,
            rule=rule,
            cue=cue,
        )
        kept.append(candidate)
        previous = candidate
    return kept, dropped


def _type(
    text: str,
    tokens: Sequence[Token],
    cues: Sequence[CueMatch],
    distant: Sequence[CueMatch],
    date: _Dated,
    clause: tuple[int, int],
    previous: DatedCandidate | None,
    lexicon: DatedMentionLexicon,
    priority: Callable[[EventType], int],
    index: SentenceIndex,
) -> tuple[CueFamily | None, str, str]:
    if (
        previous is not None
        and previous.family is not None
        and _continues(text, previous, date, lexicon)
    ):
        return previous.family, "list-continuation", previous.cue
    first = first_at(cues, clause[0])  # cues are in order: bisect, not a scan for each date
    inside = [
        c
        for c in cues[first : first_at(cues, clause[1])]
        if not _overlaps(c, date) and _may_type(tokens, c, date, lexicon)
    ]
    before = [c for c in inside if c.end <= date.start]
    # a verb whose particle closes the clause after the date ("sprak op 4 mei met") is the
    # clause's verb, read as a cue after the date
    around = [
        c
        for c in cues[first : first_at(cues, date.start)]
        if c.end > date.end and not c.family.only_modified
    ]
    after = [c for c in inside if c.start >= date.end] + around
    skip = (0, 0)  # where the content of a cited paper lies: its cues date nothing
    bracket = index.bracket_around(date.start, date.end)
    inner = 0 if bracket is None else first_at(cues, bracket[0] + 1)  # the first cue inside
    if bracket is not None and not (inner < len(cues) and cues[inner].start < bracket[1]):
        # "de regeringsreactie op het advies «...» (Kamerstuk 32 706, nr. 5, 1 april 2011) en
        # de artikel 100-brief": a citation's date in brackets is the date of the noun the
        # brackets follow
        held = bisect.bisect_right(cues, bracket[0], key=lambda c: c.end)
        if held:
            noun = phrases.cited_in_bracket(
                text, index, cues[:held], bracket, lexicon
            ) or phrases.listed_in_order(
                text,
                cues[max(0, held - 2) : held],
                cues[held - 1],
                bracket,
                index.place_in(date.start, bracket),
                lexicon,
            )
            return noun.family, "bracket-of-noun", text[noun.start : noun.end]
    requested = phrases.requested_on(index, cues, date.start, clause[0], lexicon)
    if requested is not None:
        return requested, "requested-on", ""
    paper = cited_paper(text, date, before, lexicon)
    if paper is not None:
        return paper.family, "cited-by-citation", text[paper.start : paper.end]
    opened = content_opened(index, date.end, clause[1])
    if (
        opened is not None
        and before
        and labelled(tokens, opened, lexicon)
        and not paper_between(cues, date.end, opened, lexicon)
    ):
        # "d.d. 7 juli inzake artikel 100-brief inzake ...": the content opens by saying what
        # the cited paper itself is
        assert lexicon.paper_label_family is not None
        return lexicon.paper_label_family, "paper-labelled", text[before[-1].start : before[-1].end]
    if (
        opened is not None
        and before
        and before[-1].family.type is EventType.REPORT
        and bracket_labelled(text, tokens, cues, before[-1], opened, index, lexicon)
    ):
        assert lexicon.paper_label_family is not None
        return (
            lexicon.paper_label_family,
            "paper-bracket-labelled",
            text[before[-1].start : before[-1].end],
        )
    if opened is not None:
        # "de brief d.d. 13 april inzake het verzoek van ...": what follows the opener is the
        # paper's content, not what its date dates
        after = [c for c in after if c.start < opened]
        # opened by the next clause ("d.d. 4 maart 2012, inzake ..."): the rest is content
        content_end = clause[1] if opened <= clause[1] else len(text)
        skip = (opened, content_end)
    attributive = phrases.attributive_cue(tokens, after, date.start, date.end, lexicon)
    if attributive is not None:
        return attributive.family, "attributive-participle", attributive.cue
    chosen: CueMatch | None = None
    rule = "uncued"
    head = head_cue(tokens, before, lexicon) if before else None
    if head is not None:
        chosen, rule = head, "cue-heads-phrase"
    elif before and modifies(tokens, before[-1], date, lexicon):
        chosen, rule = before[-1], "cue-modified-by-date"
    elif before and (opened_by := framed(tokens, before, date, lexicon)) is not None:
        chosen, rule = opened_by, "cue-framed-by-preposition"
    elif before and not (
        after
        and (
            is_thing(before[-1], lexicon)
            or (
                verb_between(tokens, before[-1], date, lexicon)
                and any(c.family.type is not before[-1].family.type for c in after)
            )
        )
    ):
        chosen, rule = before[-1], "cue-before-in-clause"
    elif after:
        # the first of the strongest, the catch-all type last: "door een ongeval om het leven
        # gekomen" is a death
        chosen = max(
            after,
            key=lambda c: (c.family.type is not EventType.OTHER, priority(c.family.type), -c.start),
        )
        rule = "cue-after-in-clause"
    elif (started := started_by(text, tokens, clause, lexicon, date.end)) is not None:
        return started, "start-of-mission", ""
    elif rest := [c for c in _rest(distant, date, skip) if not c.family.only_modified]:
        chosen = min(rest, key=lambda c: min(abs(c.start - date.end), abs(date.start - c.end)))
        rule = "cue-in-sentence"
    if chosen is None:
        return None, rule, ""
    family = taken_over(chosen.family, tokens, date.end, lexicon)
    return family, rule, text[chosen.start : chosen.end]


_SINCE = "state-since"


def _ongoing_since(
    family: CueFamily | None, rule: str, cue: str, lexicon: DatedMentionLexicon
) -> bool:
    return (
        family is not None
        and family.type in lexicon.since_event_types
        and (rule.endswith("in-clause") or rule in _PHRASE_RULES)
        and cue.casefold() not in lexicon.yielding_complements
    )


def _may_type(
    tokens: Sequence[Token], cue: CueMatch, date: _Dated, lexicon: DatedMentionLexicon
) -> bool:
    return not cue.family.only_modified or (
        cue.end <= date.start and modifies(tokens, cue, date, lexicon)
    )


def _rest(cues: Sequence[CueMatch], date: _Dated, skip: tuple[int, int]) -> list[CueMatch]:
    return [c for c in cues if not _overlaps(c, date) and not skip[0] <= c.start < skip[1]]


def _opens_when(text: str, clause: tuple[int, int], lexicon: DatedMentionLexicon) -> bool:
    words = text[clause[0] : min(clause[1], clause[0] + 20)].split(maxsplit=1)
    return bool(words) and words[0].strip(",;:()").casefold() in lexicon.date_relatives


def _continues(
    text: str, previous: DatedCandidate, date: _Dated, lexicon: DatedMentionLexicon
) -> bool:
    """Only list material between two dates: commas, a connector, bracketed citations."""
    between = without_brackets(text[previous.end : date.start])
    words = [t.lower for t in tokenize(between)]
    return all(w in lexicon.list_connectors for w in words) and len(words) <= 1


def _overlaps(cue: CueMatch, date: _Dated) -> bool:
    """A cue whose words are the date's; one that only encloses it ("keren 2 januari terug")
    does not overlap it."""
    head_end = cue.head_end if cue.head_end >= 0 else cue.end
    if cue.start < date.start and date.end < cue.end and head_end <= date.start:
        return False
    return cue.start < date.end and date.start < cue.end


def _clause_of(clauses: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
    at = bisect.bisect_right(clauses, position, key=lambda c: c[0]) - 1
    if at >= 0 and position < clauses[at][1]:
        return clauses[at]
    for clause in clauses:
        if clause[0] <= position < clause[1]:
            return clause
    return (0, 0) if not clauses else min(clauses, key=lambda c: abs(c[0] - position))
