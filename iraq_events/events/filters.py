"""Filters: what drops a dated mention that is no event, each by a named rule.

Each rule reads the mention's date, clause and sentence and the tables of
``lexicon/dated_mentions.json``; the name of the rule that drops a mention is what
``drop_reason`` returns, so a reader can see why a date made no event.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from iraq_events.events.cues import DatedMentionLexicon
from iraq_events.events.names import ends_a_name
from iraq_events.events.tokens import Token, TokenPattern, tokenize
from iraq_events.temporal.types import ExpressionKind, Granularity, Mod, TemporalExpression

__all__ = [
    "MentionContext",
    "SentenceIndex",
    "content_opened",
    "content_openers",
    "drop_reason",
    "ends_a_name",
    "opened_between",
    "participle",
    "subject_of_paper",
]


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
        self.participles = [i for i, w in enumerate(words) if _participle(w, lexicon)]
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


def drop_reason(mention: MentionContext, lexicon: DatedMentionLexicon) -> str | None:
    for name, rule in _RULES:
        if rule(mention, lexicon):
            return name
    return None


def _date_line(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "Den Haag, 15 mei 2024", "Vastgesteld 27 februari 2020": a label and a date."""
    if _preceded_by(mention, lexicon.date_labels):
        return True  # a header that runs into the first sentence keeps its date line
    if mention.text.rstrip().endswith(lexicon.table.sentence_stops):
        return False  # "Dit vertrekt op 2 juni." is a sentence, not a line
    index = mention.index
    others = len(index.tokens) - len(index.span(mention.start, mention.end))
    return others <= lexicon.table.date_line_max_words


def _title(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "de brief «Samenhang ... in 2018»": a date inside a quoted title."""
    for openings, closings in mention.index.quotes:
        if openings == closings:
            # a mark that opens and closes ('"'): the marks pair in order, so the date is
            # inside a title after an odd number of them ('"A" van 3 mei en "B"' is not)
            before = bisect.bisect_left(openings, mention.start)
            if before % 2 and before < len(openings) and openings[before] >= mention.end:
                return not _speech(mention, openings[before - 1], openings[before], lexicon)
            continue
        # the last opening mark before the date, with no closing mark between it and the date
        # and one after the date
        at = bisect.bisect_left(openings, mention.start) - 1
        if at < 0:
            continue
        opened = openings[at]
        closing = bisect.bisect_right(closings, opened)
        if closing < len(closings) and closings[closing] >= mention.end:
            return not _speech(mention, opened, closings[closing], lexicon)
    return False


def _speech(
    mention: MentionContext, opened: int, closed: int, lexicon: DatedMentionLexicon
) -> bool:
    """ "'Het detachement zal in maart vertrekken', zei de minister": a quotation that opens
    its sentence and holds a finite verb is what someone said, not a title."""
    if mention.text[:opened].strip():
        return False
    index = mention.index
    return any(index.tokens[i].lower in lexicon.auxiliaries for i in index.span(opened, closed))


def _name_with_year(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    return ends_a_name(mention.text, mention.start, mention.expression.text, lexicon)


def _negated(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "sinds juli 2021 geen aanslag": an absence is no event; a negation in the content of
    the paper the date dates ("d.d. 30 augustus houdende de mededeling dat ... niet") is not."""
    index, clause = mention.index, mention.clause
    for at in index.negations[bisect.bisect_left(index.negations, clause.start) :]:
        if at >= clause.stop:
            break
        where = index.tokens[at].start
        if where > mention.end and (
            opened_between(index.openers, mention.end, where) or _prefield(mention, lexicon)
        ):
            continue
        return True
    return False


def _prefield(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "Sinds het uitbreken van geweld in december 2013 is het niet gelukt ...": a date that
    closes an event noun's phrase right before the finite verb is that noun's; a negation
    after the verb negates the main clause, not the noun's event."""
    index = mention.index
    first, verb = index.before(mention.start), index.before(mention.end)
    if verb >= len(index.tokens) or index.tokens[verb].lower not in lexicon.auxiliaries:
        return False
    found = lexicon.find(index.tokens[mention.clause.start : first])
    return any(c.cue.strip("*").casefold() not in lexicon.yielding_complements for c in found)


def _preceded_by(mention: MentionContext, patterns: Sequence[TokenPattern]) -> bool:
    count = mention.index.before(mention.start)
    if not count:
        return False
    tokens = mention.index.tokens
    gap = mention.text[tokens[count - 1].end : mention.start]
    if gap.strip(" \n,"):
        return False
    for pattern in patterns:
        size = len(pattern.parts)
        if count >= size and pattern.end_at(tokens, count - size) == count:
            return True
    return False


def _comparison(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "ten opzichte van vorig jaar": a date compared with is no event."""
    return _preceded_by(mention, lexicon.comparisons)


def _purpose(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "de doelstellingen voor 2024": the period a plan is for dates no event."""
    if mention.expression.mod is not None:
        return False  # "voor 31 juli" read as a deadline is the expression's own word
    if _preceded_by(mention, lexicon.windows) and _mission_before(mention, lexicon):
        return False
    return _preceded_by(mention, lexicon.purposes)


def _mission_before(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "inzet van een team (maximaal tien personen) voor de periode juni 2023 tot ...": a
    period that a noun for the mission has just named is the mission's window, not a plan's."""
    depth, kept = 0, []
    for char in mention.text[: mention.start]:
        depth += (char == "(") - (char == ")")
        kept.append(char if depth <= 0 and char not in "()" else " ")
    words = [t.lower for t in tokenize("".join(kept))][::-1]
    return any(w in lexicon.yielding_complements for w in words[: lexicon.table.window_reach])


def _state_since(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "is sinds 2019 betrokken": a state of affairs since a date."""
    words = mention.expression.text.casefold().split()
    return (
        bool(words)
        and words[0] in lexicon.since
        and mention.expression.mod in (Mod.ON_OR_AFTER, Mod.AFTER)
    )


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


def opened_between(openers: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``openers`` (from ``content_openers``) lies wholly in ``[start, end)``."""
    at = bisect.bisect_left(openers, (start, -1))
    return at < len(openers) and openers[at][1] <= end


def content_opened(index: SentenceIndex, start: int, end: int) -> int | None:
    """Where the first phrase that opens a content ("inzake", "geïnformeerd over") between
    ``start`` and ``end`` ends, if one does: what follows it is what a paper is about. A
    clause that ends at ``end`` and is followed by one that opens with such a phrase ("d.d.
    4 maart 2012, inzake ...") counts too: the comma sets off the date, not the content."""
    at = bisect.bisect_left(index.openers, (start, -1))
    if at < len(index.openers) and index.openers[at][1] <= end:
        return index.openers[at][1]
    following = bisect.bisect_left(index.starts, end)
    if at < len(index.openers) and following < len(index.tokens):
        if index.openers[at][0] == index.starts[following]:
            return index.openers[at][1]
    return None


def subject_of_paper(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """Whether the date is the subject of a cited paper (asked of trigger events too: "de
    brief ... inzake de artikel 100-brief over de bijdrage in 2020" dates no mandate)."""
    return _subject(mention, lexicon)


def _subject(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "de brief ... inzake de bijdrage in 2020 en 2021": the subject of a cited paper."""
    index = mention.index
    clause = mention.clause
    last = index.before(mention.start)  # the phrase lies wholly before the date
    at = bisect.bisect_left(index.subjects, (clause.start, -1))
    subjects = []
    for first, end in (index.subjects[i] for i in range(at, len(index.subjects))):
        if first >= clause.stop:
            break  # in order: the clause's subjects only, not the rest of the sentence's
        if end < last:
            subjects.append((first, end))
    if not subjects:
        subjects = _item_subject(mention, last)
    if not subjects:
        return False
    if mention.expression.granularity is Granularity.DAY:
        # "inzake verslag bijeenkomst NAVO-Raad op 14 april": an event noun dated to the day
        # inside the subject tells a real event; a year or a period there is the paper's scope
        # ("de bijdrage aan ISAF na 1 augustus": a noun for who acts names no event)
        found = lexicon.find(index.tokens[subjects[-1][1] + 1 : last])
        return not any(
            c.cue.strip("*").casefold() not in lexicon.yielding_complements for c in found
        )
    return True


# how far a cited item's subject reaches over commas to its date, and its date to the citation
_ITEM_REACH = 300


def _item_subject(mention: MentionContext, last: int) -> list[tuple[int, int]]:
    """ "inzake het leveren van X, Y en Z vanaf mei 2024 (Kamerstuk ...)": a cited item's
    subject runs over its commas to the citation that closes it."""
    index = mention.index
    at = bisect.bisect_left(index.subjects, (last, -1)) - 1
    while at >= 0 and index.subjects[at][1] >= last:
        at -= 1
    if at < 0:
        return []
    subject_end = index.tokens[index.subjects[at][1]].end
    text = mention.text
    if mention.start - subject_end > _ITEM_REACH or any(
        c in text[subject_end : mention.start] for c in "();"
    ):
        return []
    bracket = text.find("(", mention.end, mention.end + _ITEM_REACH)
    stop = text.find(";", mention.end, mention.end + _ITEM_REACH)
    if bracket < 0 or 0 <= stop < bracket:
        return []
    return [index.subjects[at]]


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


def _letter_frame(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """ "Met deze brief informeert het kabinet u over ... de periode van juni tot december":
    a period in a sentence about the letter itself is the letter's frame."""
    expression = mention.expression
    if expression.granularity is Granularity.DAY and expression.kind is not ExpressionKind.RANGE:
        return False
    return mention.index.self_reference


_RULES = (
    ("date-line", _date_line),
    ("title", _title),
    ("name-with-year", _name_with_year),
    ("negated", _negated),
    ("comparison", _comparison),
    ("purpose", _purpose),
    ("state-since", _state_since),
    ("subject-of-paper", _subject),
    ("letter-frame", _letter_frame),
)
