"""Readings of a phrase that decide how the date-first stage types a date.

- An attributive participle: "het verslag over de in juni 2015 beëindigde inzet" puts the
  date between a determiner and a participle; the date belongs to the participle (rule
  ``attributive-participle``), not to the noun before the phrase.
- A letter that informed by a procedure: "In de brief van 1 juni (Kamerstuk ...) hebben wij u,
  conform artikel 100 van de Grondwet, geïnformeerd over ..." names the procedure between the
  letter's date and the verb of informing that opens its content: the letter is that
  procedure's letter (rule ``informed-by-procedure``), where "artikel 100" inside the content
  ("geïnformeerd over de voorbereiding van een artikel 100-procedure") labels nothing.
- A window of the mission: "het tekort raakte de inzet ... in het afgelopen jaar" fills a rolling
  window only with a noun for the mission (``yielding_complements``): how the mission fared
  over that window, no event in it.
- A parliamentary paper's citation: "de Kamerbrief «Kennisgeving ... inzet ...» (Kamerstuk 29 521,
  nr. 448, d.d. 17 juni 2022)" dates the paper; its title or its subject between the paper and
  the brackets names no event of that date (rule ``bracket-of-noun``, typed by the paper).
"""

from __future__ import annotations

from collections.abc import Sequence

from iraq_events.events.cues import CueFamily, CueMatch, DatedMentionLexicon
from iraq_events.events.filters import MentionContext, SentenceIndex, content_opened, participle
from iraq_events.events.model import EventType
from iraq_events.events.parts import DatedSpan
from iraq_events.events.tokens import Token, first_at
from iraq_events.temporal.types import ExpressionKind, TemporalExpression

__all__ = [
    "after_relative",
    "attributive_cue",
    "attributive_date",
    "cited_in_bracket",
    "informed_by_procedure",
    "listed_in_order",
    "mission_role_begins",
    "mission_window",
    "requested_on",
]

# how many words may stand between a paper and the phrase that opens its subject ("de brief
# van de minister over")
_SUBJECT_REACH = 6


def attributive_cue(
    tokens: Sequence[Token],
    after: Sequence[CueMatch],
    start: int,
    end: int,
    lexicon: DatedMentionLexicon,
) -> CueMatch | None:
    """The participle cue right after the date at ``[start, end)`` when a determiner (a
    preposition may follow it) comes right before the date, else ``None``."""
    cue = next((c for c in after if c.start >= end), None)
    after_date = first_at(tokens, end)
    word = tokens[after_date] if after_date < len(tokens) else None
    if cue is None or word is None or cue.start != word.start:
        return None
    # an attributive participle is inflected: "beëindigde", "aangekondigde"
    if not (participle(word.lower, lexicon) or participle(word.lower[:-1], lexicon)):
        return None
    last = first_at(tokens, start)  # the tokens before the date, by a bisect
    before = [t.lower for t in tokens[max(0, last - 3) : last] if t.end <= start][-2:]
    determiners = lexicon.name_determiners
    return cue if before and (before[-1] in determiners or before[0] in determiners) else None


def attributive_date(
    text: str,
    trigger_start: int,
    trigger_end: int,
    dates: Sequence[DatedSpan],
    lexicon: DatedMentionLexicon,
) -> DatedSpan | None:
    """The date right before a participle trigger that a determiner opens ("de in december
    2008 beëindigde inzet"): the participle's own date, before any date after it ("... en de
    evaluatie van de missies in 2008" is what a paper is about)."""
    word = text[trigger_start:trigger_end].casefold()
    if not (participle(word, lexicon) or participle(word[:-1], lexicon)):
        return None
    for date in dates:
        if date.end > trigger_start or text[date.end : trigger_start].strip():
            continue
        before = text[max(0, date.start - 40) : date.start].casefold().split()[-2:]
        if before and (
            before[-1] in lexicon.name_determiners or before[0] in lexicon.name_determiners
        ):
            return date
    return None


def mission_window(expression: TemporalExpression, cue: str, lexicon: DatedMentionLexicon) -> bool:
    """Whether a rolling window (a duration) is typed only by a noun for the mission."""
    return (
        expression.kind is ExpressionKind.DURATION
        and cue.strip("*").casefold() in lexicon.yielding_complements
    )


def informed_by_procedure(
    text: str,
    index: SentenceIndex,
    date_end: int,
    family: CueFamily | None,
    rule: str,
    lexicon: DatedMentionLexicon,
) -> tuple[CueFamily | None, str]:
    """The procedure's paper family when a letter's date is followed, before the verb of
    informing that opens the letter's content, by the procedure it informed by; else the
    family and rule as they were."""
    label = lexicon.paper_label_family
    if family is None or family.type is not EventType.REPORT or label is None:
        return family, rule
    opened = content_opened(index, date_end, len(text))
    if opened is None:
        return family, rule
    tokens = index.tokens[index.before(date_end) : index.before(opened)]
    if not lexicon.paper_procedures.spans(tokens):
        return family, rule
    return label, "informed-by-procedure"


def cited_in_bracket(
    text: str,
    index: SentenceIndex,
    held: Sequence[CueMatch],
    bracket: tuple[int, int],
    lexicon: DatedMentionLexicon,
) -> CueMatch | None:
    """The paper a citation in ``bracket`` cites, when the last paper cue of ``held`` (the cues
    before the brackets) is followed only by its title in quotation marks or by its subject."""
    words = text[bracket[0] + 1 : bracket[1]].split(maxsplit=1)
    if not words or words[0].strip(",").casefold() not in lexicon.citation_openers:
        return None
    papers = [c for c in held if c.family.type in lexicon.paper_types]
    if not papers or papers[-1] is held[-1]:
        return None
    paper = papers[-1]
    gap = text[paper.end : bracket[0]].strip()
    quotes = lexicon.table.title_quotes
    if any(gap[:1] == opening and gap.endswith(closing) for opening, closing in quotes):
        return paper
    reach = index.span(paper.end, bracket[0])
    opened = content_opened(index, paper.end, bracket[0])
    if opened is None or len(reach) == 0:
        return None
    words_before = index.before(opened) - reach.start
    return paper if words_before <= _SUBJECT_REACH else None


def listed_in_order(
    text: str,
    held: Sequence[CueMatch],
    noun: CueMatch,
    bracket: tuple[int, int],
    place: tuple[int, int],
    lexicon: DatedMentionLexicon,
) -> CueMatch:
    """The paper a citation of a mixed list cites: "de artikel 100-brieven en
    voortgangsrapportages (nr. 1 d.d. ..., nr. 2 d.d. ... en nr. 3 d.d. ...)" lists its items
    in the order of its nouns, so the first half (rounded up) are the first noun's and the rest
    the second's. ``place`` is the date's position among the bracket's dates and their count."""
    if len(held) < 2 or held[-1] is not noun or text[noun.end : bracket[0]].strip():
        return noun
    first = held[-2]
    papers = lexicon.paper_types
    if first.family is noun.family or not {first.family.type, noun.family.type} <= papers:
        return noun
    between = text[first.end : noun.start].split()
    if len(between) != 1 or between[0].casefold() not in lexicon.list_connectors:
        return noun
    position, count = place
    return first if position < (count + 1) // 2 else noun


def requested_on(
    index: SentenceIndex,
    cues: Sequence[CueMatch],
    start: int,
    clause_start: int,
    lexicon: DatedMentionLexicon,
) -> CueFamily | None:
    """The request's family when the date at ``start`` follows the requester of a request
    phrase and a link word ("Op verzoek van de vaste commissie voor Defensie van
    3 maart"), in its clause and with no cue between; else ``None``."""
    tokens = index.tokens
    last = index.before(start)
    if lexicon.requester_family is None or not last:
        return None
    if tokens[last - 1].lower not in lexicon.table.requester_links:
        return None
    for at in range(last - 2, max(-1, last - 2 - lexicon.table.requester_reach), -1):
        if tokens[at].start < clause_start:
            return None
        for phrase in lexicon.requesters:
            opening = at - len(phrase) + 1
            if opening < 0 or tuple(t.lower for t in tokens[opening : at + 1]) != phrase:
                continue
            cue = first_at(cues, tokens[at].end)  # a cue between names another phrase
            if cue < len(cues) and cues[cue].start < start:
                return None
            return lexicon.requester_family
    return None


def mission_role_begins(mention: MentionContext, lexicon: DatedMentionLexicon) -> bool:
    """Whether a date a copula states ("Het fregat is vanaf 13 augustus vlaggenschip van de
    EU-operatie Atalanta") opens a role in a mission: it opens with an onset word and a
    mission noun follows it within a few words of its clause."""
    words = mention.expression.text.casefold().split()
    table = lexicon.table
    if not any(words[: len(w.split())] == w.split() for w in table.onset_words):
        return False
    tokens = mention.index.tokens
    after = mention.index.span(mention.end, mention.clause_end)
    for at in after[: table.onset_reach]:
        word = tokens[at].lower
        if any(
            word.endswith(m.lstrip("*")) if m[:1] == "*" else word == m
            for m in table.onset_missions
        ):
            return True
    return False


def after_relative(index: SentenceIndex, start: int, lexicon: DatedMentionLexicon) -> bool:
    """Whether the word right before ``start`` opens a relative clause ("die sinds januari
    werkzaam zijn")."""
    last = index.before(start)
    return bool(last) and index.tokens[last - 1].lower in lexicon.relative_markers
