"""Cues within a span of a sentence, and the noun-phrase tests the trigger and date stages share.

``mentions.py`` types a dated mention by the cue around its date; the trigger stage
(``dated.py``) asks the same lexicon narrower questions about a stretch of text: the cue
before or after a date, the head of a noun phrase whose complement is a cue ("de verlenging
van de bijdrage"), whether a relative clause opens between two words. Both read the cue
families of ``lexicon/dated_mentions.json``; no Dutch words here.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol

import attrs

from iraq_events.events.cues import CueFamily, CueMatch, DatedMentionLexicon
from iraq_events.events.lexicon import TriggerMatch
from iraq_events.events.parts import DatedSpan
from iraq_events.events.tokens import Token, first_at, tokenize, tokens_between


class Dated(Protocol):
    """Where a date of the sentence stands (``extraction.DatedSpan`` fits)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


__all__ = [
    "Dated",
    "bracketed_after",
    "bracketed_before",
    "cited_paper",
    "cues_between",
    "first_cue_after",
    "framed",
    "head_cue",
    "is_thing",
    "modifies",
    "nearest_cue_before",
    "phrase_cue_before",
    "relative_between",
    "started_by",
    "verb_between",
]


def head_cue(
    tokens: Sequence[Token], before: Sequence[CueMatch], lexicon: DatedMentionLexicon
) -> CueMatch | None:
    """ "de verlenging van de bijdrage tot en met 31 december": a complement cue ("bijdrage")
    joined by a link word ("van") to the cue before it yields the date to that head cue."""
    if len(before) < 2:
        return None
    last, head = before[-1], before[-2]
    if last.cue.rstrip("*").casefold() not in lexicon.yielding_complements:
        return None
    if head.family is last.family:
        return None
    most = lexicon.table.head_link_max_words
    between = tokens_between(tokens, head.end, last.start, most + 1)
    if not between or len(between) > most:
        return None
    return head if between[0].lower in lexicon.head_links else None


def cues_between(text: str, start: int, end: int, lexicon: DatedMentionLexicon) -> list[CueMatch]:
    """The cues wholly inside ``text[start:end]``, with offsets in ``text``."""
    return [
        attrs.evolve(
            cue,
            start=cue.start + start,
            end=cue.end + start,
            head_end=cue.head_end + start if cue.head_end >= 0 else -1,
        )
        for cue in lexicon.find(tokenize(text[start:end]))
    ]


def nearest_cue_before(
    text: str, start: int, end: int, lexicon: DatedMentionLexicon
) -> CueMatch | None:
    """The last cue wholly inside ``text[start:end]``, if any."""
    found = cues_between(text, start, end, lexicon)
    return found[-1] if found else None


def phrase_cue_before(
    text: str, start: int, end: int, lexicon: DatedMentionLexicon
) -> CueMatch | None:
    """The cue of the phrase that ends at ``end``: the head where the last cue is its
    complement ("de voortzetting van de bijdrage"), else the last cue."""
    found = cues_between(text, start, end, lexicon)
    if not found:
        return None
    head = head_cue(tokenize(text), found, lexicon) if len(found) > 1 else None
    return head or found[-1]


def is_thing(cue: CueMatch, lexicon: DatedMentionLexicon) -> bool:
    """ "het detachement", "de bijdrage": a noun for what acts, not for what it does."""
    return cue.cue.rstrip("*").lstrip("*").casefold() in lexicon.yielding_complements


def first_cue_after(
    text: str, start: int, end: int, lexicon: DatedMentionLexicon
) -> CueMatch | None:
    """The first cue wholly inside ``text[start:end]``, if any."""
    found = cues_between(text, start, end, lexicon)
    return found[0] if found else None


def relative_between(text: str, start: int, end: int, lexicon: DatedMentionLexicon) -> bool:
    """Whether a relative or complement clause opens in ``text[start:end]`` ("waartoe", "dat")."""
    return any(t.lower in lexicon.relative_markers for t in tokenize(text[start:end]))


def modifies(
    tokens: Sequence[Token], cue: CueMatch, date: Dated, lexicon: DatedMentionLexicon
) -> bool:
    """ "de brief van 11 september", "het overleg op 3 mei": the date right after its noun."""
    between = tokens_between(tokens, cue.end, date.start, 2)
    return len(between) <= 1 and all(t.lower in lexicon.modifying_words for t in between)


def verb_between(
    tokens: Sequence[Token], cue: CueMatch, date: Dated, lexicon: DatedMentionLexicon
) -> bool:
    """ "Het verdrag werd op 12 maart geratificeerd": a finite verb between a noun and the
    date makes the noun the subject, and the word after the date the event."""
    return any(t.lower in lexicon.auxiliaries for t in tokens_between(tokens, cue.end, date.start))


def framed(
    tokens: Sequence[Token], before: Sequence[CueMatch], date: Dated, lexicon: DatedMentionLexicon
) -> CueMatch | None:
    """ "Tijdens het algemeen overleg over de evaluatie van 2013 op 26 november": the event
    noun a frame preposition opens heads the phrase up to the date, when no finite verb ends
    the phrase before the date and the phrase closes on a modifying word ("op", "van")
    before the date ("aanleiding om in november" is no such close)."""
    # the last token that ends by the date (tokens are in text order: a bisect, not a scan)
    at = first_at(tokens, date.start) - 1
    while at >= 0 and tokens[at].end > date.start:
        at -= 1
    closing = tokens[at : at + 1] if at >= 0 else []
    if not closing or closing[0].lower not in lexicon.modifying_words:
        return None
    for cue in reversed(before):
        first = first_at(tokens, cue.start)
        if first >= len(tokens):
            continue
        opening = tokens[max(0, first - 2) : first]
        if not any(t.lower in lexicon.frame_prepositions for t in opening):
            continue
        last = opening[-1].lower
        if last not in lexicon.frame_prepositions and last not in lexicon.name_determiners:
            continue
        if verb_between(tokens, cue, date, lexicon):
            return None
        return cue
    return None


# the sentence read last: where its verbs of starting stand, found once for all its dates
_STARTS: list[tuple[str, int, tuple[int, ...]]] = []


def _start_verbs(
    text: str, tokens: Sequence[Token], lexicon: DatedMentionLexicon
) -> tuple[int, ...]:
    if _STARTS and _STARTS[0][0] == text and _STARTS[0][1] == id(lexicon):
        return _STARTS[0][2]
    found = tuple(i for i, t in enumerate(tokens) if t.lower in lexicon.start_verbs)
    _STARTS[:] = [(text, id(lexicon), found)]
    return found


def started_by(
    text: str,
    tokens: Sequence[Token],
    clause: tuple[int, int],
    lexicon: DatedMentionLexicon,
    date_end: int = 0,
) -> CueFamily | None:
    """ "de missie in Uruzgan, die begon in augustus 2006", "De bijdrage startte in 2019": a
    verb of starting whose subject is a mission noun (``yielding_complements``) in its clause,
    or the antecedent right before a relative clause, or whose object is one ("Het schip begon
    op 27 maart aan de missie", the date before the object: one after it belongs to a next
    coordinate, "en twee dagen later assisteerde ..."), dates the mission's start."""
    if lexicon.start_family is None:
        return None
    lo, hi = first_at(tokens, clause[0]), first_at(tokens, clause[1])
    starts = _start_verbs(text, tokens, lexicon)
    at = bisect.bisect_left(starts, lo)
    if at == len(starts) or starts[at] >= hi:
        return None
    inside = list(tokens[lo:hi])
    verb = starts[at] - lo
    subject = inside[:verb]
    if subject and subject[0].lower in lexicon.relative_markers:
        reach = lexicon.antecedent_reach
        subject = [t for t in tokens[max(0, lo - reach - 1) : lo] if t.end <= clause[0]][-reach:]
    if any(t.lower in lexicon.yielding_complements for t in subject):
        return lexicon.start_family
    after = inside[verb + 1 :]
    for i, t in enumerate(after):
        if (
            t.start >= date_end
            and t.lower in lexicon.start_objects
            and any(n.lower in lexicon.yielding_complements for n in after[i + 1 : i + 3])
        ):
            return lexicon.start_family
    return None


# how far a citation after a date is looked for
_BRACKET_REACH = 80


def cited_paper(
    text: str, date: Dated, before: Sequence[CueMatch], lexicon: DatedMentionLexicon
) -> CueMatch | None:
    """ "de brief over de inzet in 2019 van 19 oktober 2018 (Kamerstuk 29 521, nr. 369)": a
    date right after "van" and right before a parliamentary paper's citation is the date of
    the last paper named before it, whatever its subject names in between."""
    after = text[date.end : date.end + _BRACKET_REACH].lstrip()
    words = after[1:].split(maxsplit=1) if after.startswith("(") else []
    if not words or words[0].casefold() not in lexicon.citation_openers:
        return None
    ahead = text[max(0, date.start - _BRACKET_REACH) : date.start].split()
    if not ahead or ahead[-1].casefold() not in lexicon.modifying_words:
        return None
    papers = [c for c in before if c.family.type in lexicon.paper_types]
    if not papers:
        return None
    return _meeting_named(text, papers[-1], date, before, lexicon) or papers[-1]


def _meeting_named(
    text: str,
    paper: CueMatch,
    date: Dated,
    before: Sequence[CueMatch],
    lexicon: DatedMentionLexicon,
) -> CueMatch | None:
    """ "inzake het verslag van de Raad Buitenlandse Zaken Gymnich van 15 en 16 februari
    (Kamerstuk ...)": a meeting named after the paper, its name running up to the date's
    "van"/"d.d.", is what the date dates; other words between the name and the date ("het
    verslag van de Raad en de gevolgen voor de missie van ...") leave the date to the paper."""
    meetings = [
        c for c in before if c.start >= paper.end and c.family.type in lexicon.meeting_types
    ]
    if not meetings:
        return None
    gap = tokenize(text[meetings[-1].end : date.start])
    if not gap or gap[-1].lower not in lexicon.modifying_words:
        return None
    if all(t.text[:1].isupper() for t in gap[:-1]):
        return meetings[-1]
    return None


# how far a citation's opening bracket may stand before its date
_CITATION_REACH = 80


def bracketed_before(text: str, trigger: TriggerMatch, date: DatedSpan) -> bool:
    """ "de regeringsreactie (Kamerstuk 32 706, nr. 5, 1 april 2011) en de artikel 100-brief":
    a citation's date in brackets that close before the trigger is the noun's they follow."""
    if date.end > trigger.start:
        return False
    opening = text.rfind("(", max(0, date.start - _CITATION_REACH), date.start)
    closing = text.find(")", date.end, trigger.start)
    return opening >= 0 and closing >= 0 and ")" not in text[opening : date.start]


def bracketed_after(
    text: str, dates: Sequence[DatedSpan], trigger: TriggerMatch
) -> list[DatedSpan]:
    """The dates inside the brackets that open right after the trigger, if any."""
    rest = text[trigger.last :]
    opening = trigger.last + len(rest) - len(rest.lstrip())
    if not text.startswith("(", opening):
        return []
    closing = text.find(")", opening)
    if closing < 0:
        return []
    return [d for d in dates if opening < d.start and d.end <= closing]
