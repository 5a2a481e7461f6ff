"""Who decides types a dated decision.

"Op 27 maart heeft de Noordatlantische Raad besloten de operatie onder NAVO-commando te
brengen" and "besloot de Raad Buitenlandse Zaken op 23 mei het mandaat uit te breiden" are
decisions of an international council on an operation: mandates, as a Security Council
resolution is. "besloot het kabinet in december de bijdrage te verlengen" and "De ministerraad
stemde vandaag in met deze deelname" are the government's decisions: announcements, whatever
the decided infinitive or the verb of approval would otherwise make of the date.

The date is the decision's only where it stands in the decision's own frame: before the
decision word in its clause, inside a separable decision verb ("stemde vandaag in"), or right
after the decision word or the decider that follows it ("besloot het kabinet in december",
at most one of ``decision_date_words`` between). A date further on, inside the decided
infinitive ("besloten de helikopters vanaf 1 september in te zetten"), is the decided event's.
The decider must stand next to the decision word: at most ``decider_gap`` words before it
("de Raad heeft besloten"), or after it with only determiners and names between ("besloot de
EU Raad"). Words in ``lexicon/dated_mentions.json`` (``deciders``, ``decision_words``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from iraq_events.events.cues import CueFamily, DatedMentionLexicon
from iraq_events.events.tokens import Token, tokenize

__all__ = ["decided_by"]

# the clause read last: a clause of many dates is tokenized once, not once for each date
_last: list[tuple[str, int, list[Token], list[tuple[int, int]]]] = []


def _reading(
    clause_text: str, lexicon: DatedMentionLexicon
) -> tuple[list[Token], list[tuple[int, int]]]:
    if _last and _last[0][0] == clause_text and _last[0][1] == id(lexicon):
        return _last[0][2], _last[0][3]
    tokens = tokenize(clause_text)
    decisions = lexicon.decisions.spans(tokens)
    _last[:] = [(clause_text, id(lexicon), tokens, decisions)]
    return tokens, decisions


def decided_by(
    text: str, clause: tuple[int, int], date: tuple[int, int], lexicon: DatedMentionLexicon
) -> CueFamily | None:
    """The decider's family when the date in ``text`` dates a decision of its clause."""
    if not lexicon.deciders:
        return None
    tokens, decisions = _reading(text[clause[0] : clause[1]], lexicon)
    if not decisions:
        return None
    start, end = date[0] - clause[0], date[1] - clause[0]
    first = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    last = first
    while last < len(tokens) and tokens[last].end <= end:
        last += 1
    if last == first:
        return None
    if _held_by_noun(text, date[0], lexicon):
        return None  # "Na de aanslag van 3 maart besloot het kabinet": the attack's date
    for word, word_end in decisions:
        if first <= word < last:
            continue
        for family, pattern in lexicon.deciders:
            for held, held_end in pattern.spans(tokens):
                if _decides(tokens, (word, word_end), (held, held_end), (first, last), lexicon):
                    return family
    return None


def _decides(
    tokens: Sequence[Token],
    decision: tuple[int, int],
    decider: tuple[int, int],
    date: tuple[int, int],
    lexicon: DatedMentionLexicon,
) -> bool:
    word, word_end = decision
    held, held_end = decider
    first, last = date
    if held_end <= word:
        # "de Raad heeft besloten", "De ministerraad stemde ... in"
        gap = [i for i in range(held_end, word) if not first <= i < last]
        if len(gap) > lexicon.table.decider_gap:
            return False
        frame_end = word + 1
    elif held > word:
        # "besloot de EU Raad", "de beslissing van de Noordatlantische Raad"
        between = tokens[word + 1 : held]
        if not all(_names(t, lexicon) for t in between):
            return False
        frame_end = held_end
    else:
        return False
    if last <= word:
        # the prefield: "Op 27 maart heeft de Raad besloten", the date right before the verb
        # or the decider and its verb
        following = held if last <= held < word else word
        return following - last <= lexicon.table.decider_gap
    if word < first and last <= word_end:
        return True  # inside a separable verb: "stemde vandaag in"
    between = tokens[frame_end:first]
    return first >= frame_end and (
        len(between) <= 1 and all(t.lower in lexicon.decision_date_words for t in between)
    )


def _held_by_noun(text: str, date_start: int, lexicon: DatedMentionLexicon) -> bool:
    """Whether an event noun that is no decider ends right before the date (at most one
    modifying word between): the date is that noun's ("de aanslag van 3 maart")."""
    window = text[max(0, date_start - _WINDOW) : date_start]
    tokens = tokenize(window)
    if tokens and tokens[-1].lower in lexicon.modifying_words:
        tokens = tokens[:-1]
    if not tokens:
        return False
    ends = tokens[-1].end
    deciding = {
        tokens[end - 1].end for _, pattern in lexicon.deciders for _, end in pattern.spans(tokens)
    }
    return any(cue.end == ends and cue.end not in deciding for cue in lexicon.find(tokens))


# how far before a date its noun is looked for
_WINDOW = 80


def _names(token: Token, lexicon: DatedMentionLexicon) -> bool:
    """A determiner, a link word or a capitalised word: part of the decider's name."""
    return (
        token.lower in lexicon.name_determiners
        or token.lower in lexicon.head_links
        or token.text[:1].isupper()
    )
