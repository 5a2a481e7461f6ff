"""Filters: what drops a dated mention that is no event, each by a named rule.

Each rule reads the mention's date, clause and sentence and the tables of
``lexicon/dated_mentions.json``; the name of the rule that drops a mention is what
``drop_reason`` returns, so a reader can see why a date made no event.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from iraq_events.events.cues import CueFamily, DatedMentionLexicon
from iraq_events.events.tokens import Token, TokenPattern
from iraq_events.temporal.types import ExpressionKind, Granularity, Mod, TemporalExpression

__all__ = [
    "MentionContext",
    "drop_reason",
    "habitual",
    "participle",
    "state_reason",
    "subject_of_paper",
]


@attrs.frozen(kw_only=True)
class MentionContext:
    """A date of a sentence with what the filters read around it (offsets in ``text``)."""

    text: str
    tokens: Sequence[Token]
    expression: TemporalExpression
    start: int
    end: int
    clause_start: int
    clause_end: int
    # spans of the sentence's recurring expressions ("maandelijks", "wekelijks")
    recurring: tuple[tuple[int, int], ...] = ()


def drop_reason(mention: MentionContext, lexicon: DatedMentionLexicon) -> str | None:
    for name, rule in _RULES:
        if rule(mention, lexicon):
            return name
    return None


def _clause_tokens(mention: MentionContext) -> list[Token]:
    return [t for t in mention.tokens if mention.clause_start <= t.start < mention.clause_end]


def _date_line(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "Den Haag, 15 mei 2024", "Vastgesteld 27 februari 2020": a label and a date."""
    if mention.text.rstrip().endswith(lexicon.table.sentence_stops):
        return False  # "Dit vertrekt op 2 juni." is a sentence, not a line
    others = [t for t in mention.tokens if not (mention.start <= t.start < mention.end)]
    return len(others) <= lexicon.table.date_line_max_words


def _title(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "de brief «Samenhang ... in 2018»": a date inside a quoted title."""
    for opening, closing in lexicon.table.title_quotes:
        before = mention.text.rfind(opening, 0, mention.start)
        if before < 0:
            continue
        after = mention.text.find(closing, mention.end)
        if after >= 0 and mention.text.find(closing, before + 1, mention.start) < 0:
            return True
    return False


def _negated(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "sinds juli 2021 geen aanslag": an absence is no event."""
    return any(t.lower in lexicon.negations for t in _clause_tokens(mention))


def _preceded_by(mention: MentionContext, patterns: Sequence[TokenPattern]) -> bool:
    before = [t for t in mention.tokens if t.end <= mention.start]
    for pattern in patterns:
        size = len(pattern.parts)
        if len(before) >= size and pattern.matches_at(before, len(before) - size):
            gap = mention.text[before[-1].end : mention.start]
            if not gap.strip(" \n,"):
                return True
    return False


def _comparison(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "ten opzichte van vorig jaar": a date compared with is no event."""
    return _preceded_by(mention, lexicon.comparisons)


def _purpose(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "de doelstellingen voor 2024": the period a plan is for dates no event."""
    if mention.expression.mod is not None:
        return False  # "voor 31 juli" read as a deadline is the expression's own word
    return _preceded_by(mention, lexicon.purposes)


def _state_since(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "is sinds 2019 betrokken": a state of affairs since a date."""
    words = mention.expression.text.casefold().split()
    return (
        bool(words)
        and words[0] in lexicon.since
        and mention.expression.mod in (Mod.ON_OR_AFTER, Mod.AFTER)
    )


def subject_of_paper(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """Whether the date is the subject of a cited paper (asked of trigger events too: "de
    brief ... inzake de artikel 100-brief over de bijdrage in 2020" dates no mandate)."""
    return _subject(mention, lexicon)


def _subject(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "de brief ... inzake de bijdrage in 2020 en 2021": the subject of a cited paper."""
    before = [t for t in _clause_tokens(mention) if t.end <= mention.start]
    return any(
        pattern.matches_at(before, index)
        for index in range(len(before))
        for pattern in lexicon.subjects
    )


def state_reason(
    mention: MentionContext,
    lexicon: DatedMentionLexicon,
    *,
    cued: bool,
    in_footnote: bool,
    typed: CueFamily | None = None,
    modified: bool = False,
) -> str | None:
    """Why a date no trigger claimed dates no event, read once it is typed (``cued``: a cue
    of its own clause typed it; ``typed``: the cue family that typed it, if any; ``modified``:
    the date modifies a cue's noun phrase, whose copula describes the event, not a state)."""
    if in_footnote and not cued:
        return "footnote-reference"  # "UNAMI, Report on ..., Bagdad, maart 2025."
    expression = mention.expression
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
    words = [t.lower for t in _clause_tokens(mention)]
    if any(w in lexicon.strong_state_verbs for w in words):
        return "state-verb"  # "stond in 2023 in het teken van"
    if (
        not modified
        and any(w in lexicon.copulas for w in words)
        and not any(_participle(w, lexicon) for w in words)
    ):
        return "state-copula"  # "Tot en met eind april 2024 was het NSE ondersteunend"
    return None


def participle(word: str, lexicon: DatedMentionLexicon) -> bool:
    """Whether ``word`` looks like a past participle ("omgeschakeld", "afgerond")."""
    return _participle(word, lexicon)


def _participle(word: str, lexicon: DatedMentionLexicon) -> bool:
    """ "opgericht", "aangenomen", "afgerond", "besloten": a past participle, roughly."""
    table = lexicon.table
    if len(word) <= 4 or not word.endswith(table.participle_endings):
        return False
    if word.startswith(table.participle_prefixes):
        return True
    # a separable verb puts its participle's "ge" after the particle ("af-ge-rond")
    return any(
        word.startswith(particle) and word[len(particle) :].startswith(table.participle_prefixes[0])
        for particle in table.separable_particles
    )


def habitual(mention: MentionContext) -> bool:
    """ "Momenteel plegen ISIS-netwerken maandelijks tientallen aanslagen": a recurring
    expression in the clause of a date makes it a habit (the caller asks this of a "now"
    date only: "tot en met 2021 ... jaarlijks evaluatiemoment" still dates its event)."""
    return any(mention.clause_start <= start < mention.clause_end for start, _ in mention.recurring)


def _letter_frame(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "Met deze brief informeert het kabinet u over ... de periode van juni tot december":
    a period in a sentence about the letter itself is the letter's frame."""
    expression = mention.expression
    if expression.granularity is Granularity.DAY and expression.kind is not ExpressionKind.RANGE:
        return False
    tokens = mention.tokens
    return any(
        pattern.matches_at(tokens, index)
        for index in range(len(tokens))
        for pattern in lexicon.self_references
    )


_RULES = (
    ("date-line", _date_line),
    ("title", _title),
    ("negated", _negated),
    ("comparison", _comparison),
    ("purpose", _purpose),
    ("state-since", _state_since),
    ("subject-of-paper", _subject),
    ("letter-frame", _letter_frame),
)
