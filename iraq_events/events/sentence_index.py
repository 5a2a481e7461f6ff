"""The sentence index: what the filters and phrase readings look up in one sentence, found
once (positions of negations, copulas, participles, brackets, content openers), and a dated
mention's context. Each question is a bisect over these positions, never a scan per date.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from iraq_events.events.cues import DatedMentionLexicon
from iraq_events.events.tokens import Token
from iraq_events.temporal.types import TemporalExpression

__all__ = ["MentionContext", "SentenceIndex", "content_openers", "participle"]


# how far brackets that enclose a date may reach on either side of it (a list of citations)
_BRACKET_SPAN = 400


class SentenceIndex:
    """What the filters look up in one sentence, found once: every rule asks of a date's
    clause or of the words before it, and a sentence may hold hundreds of dates, so each
    question is a bisect over positions found in one pass, never a scan per date."""

    def __init__(
        self,
        text: str,
        tokens: Sequence[Token],
        lexicon: DatedMentionLexicon,
        dates: Sequence[int] = (),
    ) -> None:
        self.tokens = tokens
        self.dates = sorted(dates)  # where the sentence's dates start
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        words = [t.lower for t in tokens]
        self.negations = [i for i, w in enumerate(words) if w in lexicon.negations]
        self.strong_states = [i for i, w in enumerate(words) if w in lexicon.strong_state_verbs]
        self.copulas = [i for i, w in enumerate(words) if w in lexicon.copulas]
        self.subclauses = [i for i, w in enumerate(words) if w in lexicon.state_clause_ends]
        # a copula's complement that tells of a change ("is weer terug") counts as a participle
        events = lexicon.table.copula_complements
        self.participles = [
            i for i, w in enumerate(words) if w in events or _participle(w, lexicon)
        ]
        # (first token, last token) of every phrase that names a cited paper's subject
        self.subjects = [(index, end - 1) for index, end in lexicon.subject_set.spans(tokens)]
        # (start, end) of the last word of every phrase that opens a paper's or a message's
        # content ("d.d. 3 mei over" opens it at "over")
        self.openers = content_openers(tokens, lexicon)
        self.self_reference = bool(lexicon.self_reference_set.spans(tokens))
        # where each kind of quotation mark opens and closes, for titles
        self.quotes = [
            (_positions(text, opening), _positions(text, closing))
            for opening, closing in lexicon.table.title_quotes
        ]
        # where brackets open and close: a list of citations in one bracket runs far past
        # the reach of a look around one date
        self.brackets = (_positions(text, "("), _positions(text, ")"))

    def bracket_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The brackets that enclose ``[start, end)`` (within ``_BRACKET_SPAN``), if any."""
        openings, closings = self.brackets
        at = bisect.bisect_left(openings, start)
        if not at or openings[at - 1] < start - _BRACKET_SPAN:
            return None
        shut = bisect.bisect_left(closings, end)
        if shut == len(closings) or closings[shut] > end + _BRACKET_SPAN:
            return None
        # no bracket closes between the opening and the date, none opens before the closing
        if shut and closings[shut - 1] > openings[at - 1]:
            return None
        if at < len(openings) and openings[at] < closings[shut]:
            return None
        return openings[at - 1], closings[shut]

    def place_in(self, start: int, span: tuple[int, int]) -> tuple[int, int]:
        """The position of the date at ``start`` among the dates in ``span``, and their count."""
        first = bisect.bisect_left(self.dates, span[0])
        return (
            bisect.bisect_left(self.dates, start) - first,
            bisect.bisect_left(self.dates, span[1]) - first,
        )

    def span(self, start: int, end: int) -> range:
        """The indices of the tokens that start in ``[start, end)``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def before(self, position: int) -> int:
        """How many tokens end at or before ``position``."""
        return bisect.bisect_right(self.ends, position)

    def main_part(self, indices: range, position: int) -> range:
        """``indices`` up to the first word after ``position`` that opens a subordinate
        clause ("rekende in 2013 uit dat ... was": the copula is not the date's verb)."""
        at = bisect.bisect_left(self.subclauses, max(indices.start, self.before(position)))
        if at < len(self.subclauses) and self.subclauses[at] < indices.stop:
            return range(indices.start, self.subclauses[at])
        return indices

    @staticmethod
    def any_in(positions: Sequence[int], indices: range) -> bool:
        at = bisect.bisect_left(positions, indices.start)
        return at < len(positions) and positions[at] < indices.stop


@attrs.frozen(kw_only=True)
class MentionContext:
    """A date of a sentence with what the filters read around it (offsets in ``text``)."""

    text: str
    index: SentenceIndex
    expression: TemporalExpression
    start: int
    end: int
    clause_start: int
    clause_end: int
    # spans of the sentence's recurring expressions ("maandelijks", "wekelijks")
    recurring: tuple[tuple[int, int], ...] = ()

    @property
    def clause(self) -> range:
        return self.index.span(self.clause_start, self.clause_end)


def _positions(text: str, mark: str) -> list[int]:
    """Every position of ``mark`` in ``text`` (``str.find`` runs in C, not a loop a char)."""
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def content_openers(tokens: Sequence[Token], lexicon: DatedMentionLexicon) -> list[tuple[int, int]]:
    """(start, end) of the last word of every phrase of ``tokens`` that opens what a paper or a
    message is about ("inzake", "geïnformeerd over"; "d.d. 3 mei over" opens it at "over")."""
    return sorted(
        (tokens[end - 1].start, tokens[end - 1].end) for _, end in lexicon.opener_set.spans(tokens)
    )


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
