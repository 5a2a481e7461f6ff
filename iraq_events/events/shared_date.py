"""Two events on one date: a second event that shares the date another event of the sentence
already claimed.

- **Conjuncts.** "Op 4 februari sprak de minister met zijn ambtgenoot en bezocht hij het
  hoofdkwartier": a clause joined by a conjunction into parts, one part naming the event that
  claimed the date and another part, without a date of its own, naming an event of another
  type by a cue: that part is an event on the same date (rule ``shared-date-conjunct``). A
  date with an end and no start ("tot en met 2021") is not shared: it bounds the claimant.
- **A clause that says when.** "... vanaf 1 december aantreden, wanneer België zijn rotatie
  afrondt": a clause opening with a word of ``date_relatives`` right after a dated clause, with
  no date of its own, is dated by the date it qualifies (rule ``shared-date-when``).

Only cues of a type other than the claimant's count, and not the catch-all type, nor a noun for
who acts ("de bijdrage"), nor a word that frames another event (a decision, a request): the
second event must be named, not merely implied.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence

import attrs

from iraq_events.events.cues import CueMatch, DatedMentionLexicon
from iraq_events.events.filters import content_openers, opened_between
from iraq_events.events.mentions import DatedCandidate
from iraq_events.events.model import EventType
from iraq_events.events.parts import Clause, DatedSpan
from iraq_events.events.tokens import Token, tokenize

__all__ = ["Claim", "shared_date_candidates"]


@attrs.frozen
class Claim:
    """An event of the sentence: its date's start, its type, where the word naming it is."""

    date_start: int
    event_type: EventType
    word_start: int
    word_end: int


def shared_date_candidates(
    text: str,
    dates: Sequence[DatedSpan],
    clauses: Sequence[Clause],
    claims: Sequence[Claim],
    occupied: Callable[[], Sequence[tuple[int, int]]],
    lexicon: DatedMentionLexicon,
    conjunction: str,
) -> list[DatedCandidate]:
    """The second events of the sentence's claimed dates (``occupied`` gives the spans of
    every trigger of the sentence; a cue inside one is that trigger's, not a second event)."""
    if not claims:
        return []
    # the conjunction's word, if the sentence has it at all, is where conjuncts part
    tokens = lexicon.tokens_in(text) if f" {conjunction} " in text.casefold() else []
    by_start = {d.start: d for d in dates}
    # positions looked up by bisect, not by a scan of the sentence for every claim (a sentence
    # of many dated events was quadratic)
    date_starts = sorted(d.start for d in dates)
    clause_starts = [c.start for c in clauses]  # in order, not overlapping
    places: list[tuple[Claim, DatedSpan, tuple[int, int], str]] = []
    for claim in claims:
        date = by_start.get(claim.date_start)
        if date is None:
            continue
        at = bisect.bisect_right(clause_starts, date.start) - 1
        if at < 0 or not date.start < clauses[at].end:
            continue
        clause = clauses[at]
        for part, rule in _parts(text, tokens, clause, clauses, date, claim, lexicon, conjunction):
            # another date in the part: the dates starting in it, less this one
            inside = bisect.bisect_left(date_starts, part[1]) - bisect.bisect_left(
                date_starts, part[0]
            )
            if inside - (part[0] <= date.start < part[1]) <= 0:
                places.append((claim, date, part, rule))
    if not places:
        return []  # most sentences: no part to look at, no cue looked up
    # a cue overlaps a trigger's span when a span starting before the cue ends reaches past
    # its start: the spans sorted, with the furthest end of each prefix
    spans = sorted(occupied())
    span_starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    cues = [
        c
        for c in lexicon.find_in(text)
        if c.family.type is not EventType.OTHER
        and c.family.type not in lexicon.yielding
        and c.cue.strip("*").casefold() not in lexicon.yielding_complements
        and not _occupied(span_starts, reach, c.start, c.end)
    ]
    lowered = text.casefold()
    openers = (
        content_openers(lexicon.tokens_in(text), lexicon)
        if any(word in lowered for word in lexicon.opener_heads)
        else []
    )
    found: list[DatedCandidate] = []
    taken: set[tuple[int, int]] = set()
    types_at: dict[int, set[EventType]] = {}
    for claim in claims:
        types_at.setdefault(claim.date_start, set()).add(claim.event_type)
    cue_order = sorted(range(len(cues)), key=lambda i: cues[i].start)
    cue_starts = [cues[i].start for i in cue_order]
    for claim, date, part, rule in places:
        if part in taken:
            continue
        types = types_at[claim.date_start]
        # "d.d. 7 juli inzake verlenging en wijziging mandaat": a cue after what opens a
        # paper's content is what the paper is about, no second event on its date; only
        # the cues in the part are looked at
        lo = bisect.bisect_left(cue_starts, part[0])
        hi = bisect.bisect_left(cue_starts, part[1])
        usable = [
            cues[i]
            for i in sorted(cue_order[lo:hi])
            if not opened_between(openers, date.end, cues[i].start)
        ]
        cue = _first(usable, part, types)
        if cue is None:
            continue
        taken.add(part)
        found.append(
            DatedCandidate(
                expression=date.expression,
                start=date.start,
                end=date.end,
                clause=part,
                family=cue.family,
                rule=rule,
                cue=text[cue.start : cue.end],
            )
        )
    return found


def _parts(
    text: str,
    tokens: Sequence[Token],
    clause: Clause,
    clauses: Sequence[Clause],
    date: DatedSpan,
    claim: Claim,
    lexicon: DatedMentionLexicon,
    conjunction: str,
) -> list[tuple[tuple[int, int], str]]:
    """The stretches that may hold a second event on the claim's date."""
    parts: list[tuple[tuple[int, int], str]] = []
    # the conjuncts of the date's clause, other than the claimant's
    first = bisect.bisect_left(tokens, clause.start, key=lambda t: t.start)
    last = bisect.bisect_left(tokens, clause.end, key=lambda t: t.start)
    cuts = [t.start for t in tokens[first:last] if t.lower == conjunction]
    # an end with no start ("wordt verlengd tot en met 2027 en uitgebreid met ...") bounds how
    # long the claimant lasts; it dates nothing that a conjunct does
    if date.expression.earliest is None:
        cuts = []
    bounds = [clause.start, *cuts, clause.end]
    for start, end in itertools.pairwise(bounds):
        # a part before the date's is dated by nothing here: "De ministers kwamen bijeen en
        # op 3 maart werd ..." leaves the meeting undated
        overlaps = start < max(claim.word_end, claim.word_start + 1) and claim.word_start < end
        if len(bounds) > 2 and not overlaps and end > date.start:
            parts.append(((start, end), "shared-date-conjunct"))
    # the clause right after the date's clause that says when
    after = bisect.bisect_left(clauses, clause.end, key=lambda c: c.start)
    following = clauses[after] if after < len(clauses) else None
    if following is not None and text[clause.end : following.start].strip(" ,") == "":
        words = tokenize(text[following.start : min(following.end, following.start + 40)])
        if words and words[0].lower in lexicon.date_relatives:
            parts.append(((following.start, following.end), "shared-date-when"))
    return parts


def _first(
    cues: Sequence[CueMatch], part: tuple[int, int], types: set[EventType]
) -> CueMatch | None:
    return next(
        (c for c in cues if part[0] <= c.start < part[1] and c.family.type not in types), None
    )


def _occupied(starts: Sequence[int], reach: Sequence[int], start: int, end: int) -> bool:
    """Whether a span (``starts`` sorted, ``reach`` the furthest end of each prefix) overlaps
    ``[start, end)``."""
    before = bisect.bisect_left(starts, end)
    return before > 0 and reach[before - 1] > start
