"""States of affairs: why a date that no trigger claimed, once typed, dates no event (a
footnote's reference, a rolling window, a long process no cue names, a caption's date in
brackets, a state verb or a copula), and whether a date's clause tells of a habit. Each reason
is a named rule, as in ``filters.py``."""

from __future__ import annotations

from iraq_events.events.cues import CueFamily, DatedMentionLexicon
from iraq_events.events.filters import MentionContext
from iraq_events.events.model import EventType
from iraq_events.temporal.types import ExpressionKind, Granularity

__all__ = ["habitual", "state_reason"]


# how many words may stand beside a date alone in brackets ("(archieffoto 2021)")
_BRACKET_WORDS = 1


def _bracketed_alone(mention: MentionContext) -> bool:
    text = mention.text
    opening = text.rfind("(", max(0, mention.start - 40), mention.start)
    if opening < 0 or ")" in text[opening : mention.start]:
        return False
    closing = text.find(")", mention.end, mention.end + 40)
    if closing < 0 or "(" in text[mention.end : closing]:
        return False
    beside = text[opening + 1 : mention.start].split() + text[mention.end : closing].split()
    return len(beside) <= _BRACKET_WORDS


def state_reason(
    mention: MentionContext,
    lexicon: DatedMentionLexicon,
    *,
    cued: bool,
    in_footnote: bool,
    typed: CueFamily | None = None,
    modified: bool = False,
    headed: bool = False,
) -> str | None:
    """Why a date no trigger claimed dates no event, read once it is typed (``cued``: a cue
    of its own clause typed it; ``typed``: the cue family that typed it, if any; ``modified``:
    the date modifies a cue's noun phrase, whose copula describes the event, not a state;
    ``headed``: the date is in the complement of a cue that heads the phrase)."""
    if in_footnote and not cued:
        return "footnote-reference"  # "UNAMI, Report on ..., Bagdad, maart 2025."
    expression = mention.expression
    if headed and typed is not None and typed.type is EventType.REPORT:
        if expression.granularity is not Granularity.DAY:
            # "de Evaluatie van de inzet in 2013 (Kamerstuk ...)": a period in the phrase a
            # paper heads is what the paper is about, not when it was written
            return "scope-of-paper"
    if expression.kind is ExpressionKind.DURATION and not cued:
        # "Het afgelopen jaar is de dreiging toegenomen": a window that no cue of its own
        # clause fills with an event is only a duration
        return "rolling-period"
    if (
        typed is None
        and expression.kind is ExpressionKind.RANGE
        and expression.earliest is not None
        and expression.latest is not None
        and (expression.latest - expression.earliest).days > lexicon.table.process_min_days
    ):
        # "In de periode mei 2023 tot en met april 2024 is de slagkracht teruggedrongen": a
        # process over a long period that no cue names is no dated event
        return "process"
    if not cued and _bracketed_alone(mention):
        # "Somalische militairen trainen (2016).", "(archieffoto 2021)", "COM (2016) 950": a
        # caption's or a reference's date in brackets with at most one word beside it
        return "bracketed-date"
    # a state verb or a copula of a subordinate clause after the date is not the date's verb
    index, clause = mention.index, mention.index.main_part(mention.clause, mention.end)
    if not modified and index.any_in(index.strong_states, clause):
        # "stond in 2023 in het teken van"; but "In de brief van 3 maart staat ..." cites the
        # letter: the date belongs to the noun's phrase, not to the state verb
        return "state-verb"
    if (
        not modified
        and index.any_in(index.copulas, clause)
        and not index.any_in(index.participles, clause)
    ):
        return "state-copula"  # "Tot en met eind april 2024 was het NSE ondersteunend"
    return None


def habitual(mention: MentionContext) -> bool:
    """ "Momenteel plegen ISIS-netwerken maandelijks tientallen aanslagen": a recurring
    expression in the clause of a date makes it a habit (the caller asks this of a "now"
    date only: "tot en met 2021 ... jaarlijks evaluatiemoment" still dates its event)."""
    return any(mention.clause_start <= start < mention.clause_end for start, _ in mention.recurring)
