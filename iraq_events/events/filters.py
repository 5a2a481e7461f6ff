"""Filters: what drops a dated mention that is no event, each by a named rule.

Each rule reads the mention's date, clause and sentence and the tables of
``lexicon/dated_mentions.json``; the name of the rule that drops a mention is what
``drop_reason`` returns, so a reader can see why a date made no event.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from iraq_events.events.cues import DatedMentionLexicon
from iraq_events.events.names import ends_a_name
from iraq_events.events.sentence_index import (
    MentionContext,
    SentenceIndex,
    content_openers,
    participle,
)
from iraq_events.events.tokens import TokenPattern, tokenize
from iraq_events.temporal.types import ExpressionKind, Granularity, Mod

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
