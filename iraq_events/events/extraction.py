"""Extraction: every dated real-world event a letter reports, read sentence by sentence.

A sentence is cut into clauses (at commas, brackets, dashes and temporal subordinators such as
"na"). Trigger words from the lexicon propose events; each trigger takes the date of its own
clause, or else a date from a clause that reports nothing itself ("De VS reageerden op
21 november 2023, na een aanval ..., met luchtaanvallen ..." dates both the attack and the air
strikes). Triggers that share a date in one clause are one event, named by the strongest type
("kondigde aan ... de aanvallen te staken" is an announcement). A countable plural with several
dates is one event per date. Actors, place, quantities and status are read from the event's
stretch of the clause. Undated sentences that follow an event in the same paragraph and refer
back to it ("Deze aanvallen ...", "De opkomst lag op 41%") add to it; the same event mentioned
twice in a letter becomes one event with two mentions.

The stages live in their own modules (``clauses``, ``triggers``, ``dating``, ``roles``,
``places``, ``status``, ``reader``, ``merge``); this module turns a ``Document`` into their
input and runs them over the letter. Every choice is made from the lexicons in
``iraq_events/events/lexicon``; nothing here names a particular letter's facts.
"""

from __future__ import annotations

import bisect
import collections
import datetime
import functools
import itertools
from array import array
from collections.abc import Iterable, Iterator, Sequence

import attrs

from iraq_events.documents.metadata import addressed_chamber
from iraq_events.documents.model import Document, Sentence
from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.dated import dated_drafts
from iraq_events.events.lexicon import ActorEntry, EventLexicon, event_lexicon
from iraq_events.events.lists import ListReader
from iraq_events.events.memory import Letter
from iraq_events.events.merge import Merger, finish
from iraq_events.events.model import Event
from iraq_events.events.news import without_datelines
from iraq_events.events.parts import DatedSpan, Draft, SentenceInput
from iraq_events.events.reader import Reader
from iraq_events.events.reported import reported_now
from iraq_events.events.roles import Memory
from iraq_events.events.same_day import days_later, joined_days, last_day, same_day
from iraq_events.events.since_then import since_then
from iraq_events.events.tokens import tokenize
from iraq_events.events.typer import retype, shipped_typer
from iraq_events.temporal.types import TemporalExpression

__all__ = ["DatedSpan", "SentenceInput", "extract_events", "extract_from_sentences"]


def extract_from_sentences(
    sentences: Sequence[SentenceInput],
    *,
    document_id: str,
    reference: datetime.date | None,
    reporting_period: tuple[datetime.date | None, datetime.date | None] | None = None,
    lexicon: EventLexicon | None = None,
    addressee: str | None = None,
) -> list[Event]:
    """The events of a letter given as sentences in document order (see ``extract_events``);
    ``addressee`` names the chamber the letter is addressed to ("Tweede Kamer der
    Staten-Generaal"), whom "uw Kamer" and "de Kamer" then name."""
    ordered = sorted(sentences, key=lambda s: s.start)
    # the line each list item stands under, where the caller did not say
    lists = ListReader()
    for position, sentence in enumerate(ordered):
        introduction = lists.introduction(sentence)
        if sentence.introduction is None and introduction is not None:
            ordered[position] = attrs.evolve(sentence, introduction=introduction)
    return _extract(
        ordered,
        _last_of_paragraph([sentence.paragraph for sentence in ordered]),
        document_id=document_id,
        reference=reference,
        reporting_period=reporting_period,
        lexicon=lexicon,
        addressee=addressee,
    )


def _extract(
    ordered: Iterable[SentenceInput],
    last_of_paragraph: Sequence[int],
    *,
    document_id: str,
    reference: datetime.date | None,
    reporting_period: tuple[datetime.date | None, datetime.date | None] | None,
    lexicon: EventLexicon | None,
    addressee: str | None = None,
) -> list[Event]:
    """The events of ``ordered`` (sentences sorted by start, made one at a time if it is a
    generator); ``last_of_paragraph[i]`` is 1 where the i-th is its paragraph's last sentence."""
    reader = Reader(lexicon or event_lexicon(), reference, reporting_period)
    reader.lex.forget()
    chamber = _addressed(reader.lex, addressee)
    papers = frozenset(kind for kind, profile in reader.lex.types.items() if profile.paper)
    merger = Merger(papers)
    # drafts in the order found, each merged once its paragraph has ended (nothing changes it
    # then), so that a long letter's drafts are not all held until the end
    drafts: collections.deque[Draft] = collections.deque()
    # what each paragraph named so far, for pronouns and descriptions that point back; a
    # paragraph's memory is dropped after its last sentence, so that a long letter's sentences
    # are not all kept until the end
    memories: dict[object, Memory] = {}
    # what the whole letter named with a noun that carries its parties ("vragen")
    letter = Letter()
    last: dict[object, list[Draft]] = {}
    for position, given in enumerate(ordered):
        # a news item's dateline is its own date, no event's
        sentence = without_datelines(given, reference)
        memory = memories.setdefault(sentence.paragraph, Memory(reader.lex, chamber, letter))
        found = dated_drafts(
            reader,
            sentence,
            memory,
            reader.read(sentence, memory),
            sentence.introduction,
        )
        if found and _asks_for_figures(sentence.text):
            found = [d for d in found if d.date.expression.earliest == d.date.expression.latest]
        if found:
            drafts.extend(found)
            last[sentence.paragraph] = found
        elif last.get(sentence.paragraph) and reader.continues(sentence, last[sentence.paragraph]):
            reader.extend(sentence, last[sentence.paragraph], memory)
        else:
            last.pop(sentence.paragraph, None)
        memory.add(sentence)
        if last_of_paragraph[position]:
            del memories[sentence.paragraph]
            last.pop(sentence.paragraph, None)
            while drafts and drafts[0].sentence.paragraph not in memories:
                merger.add(drafts.popleft())
    for draft in drafts:
        merger.add(draft)
    return finish(merger.merged, document_id)


def _asks_for_figures(text: str) -> bool:
    """ "Kunt u een overzicht geven van het aantal militairen per jaar, over de periode
    2010–2019?": a question for figures over a period asks for a table, it reports no event."""
    if not text.rstrip().endswith("?"):
        return False
    words = dated_mention_lexicon().table.figure_questions
    return any(t.lower in words for t in tokenize(text))


def _addressed(lex: EventLexicon, addressee: str | None) -> ActorEntry | None:
    """The actor the whole of ``addressee`` names, else ``None``."""
    if not addressee:
        return None
    found = lex.find_actors(addressee)
    if len(found) == 1 and found[0].surface == addressee.strip():
        entry: ActorEntry = found[0].entry
        return entry
    return None


def _last_of_paragraph(paragraphs: Iterable[object]) -> bytearray:
    """1 for each sentence (by its paragraph key, in reading order) that is the last of its
    paragraph, else 0: one byte a sentence, where a map of keys would cost a hundred."""
    keys = list(paragraphs)
    flags = bytearray(len(keys))
    seen: set[object] = set()
    for position in range(len(keys) - 1, -1, -1):
        if keys[position] not in seen:
            seen.add(keys[position])
            flags[position] = 1
    return flags


def _is_bibliographic(
    sentence_start: int, footnote: int | None, citation_starts: Sequence[int]
) -> bool:
    """A footnote that opens with a citation gives the title of a paper, not a report."""
    return footnote is not None and any(0 <= s - sentence_start <= 3 for s in citation_starts)


def _shifted(document: Document, base: int, offset: int) -> int:
    """The original offset of a sentence's clean offset."""
    return document.clean.to_original(base + offset)


def extract_events(document: Document, *, typer: bool = True) -> list[Event]:
    """Every dated real-world event the letter reports, in document order.

    Dates are read relative to the letter's own date (``document.date``); the reporting period
    the letter states is its frame and dates no event. With ``typer`` (the default) an event
    the rules typed weakly is retyped where the learned typer is confident
    (``iraq_events.events.typer``; its provenance then says ``typer.retyped``); ``typer=False``
    gives the rules' types alone.
    """
    # a path or a string would fail far inside ("'str' object has no attribute 'footnotes'"),
    # and typer="no" would be true
    if not isinstance(document, Document):
        raise TypeError(
            f"extract_events takes a Document (from read_document), not {type(document).__name__}"
        )
    if not isinstance(typer, bool):
        raise TypeError(f"extract_events: typer must be True or False, not {typer!r}")
    footnote_citations = {
        f.number: tuple(c.identifier for c in f.citations) for f in document.footnotes
    }
    sentences = document.sentences
    # a heading is read only where it is a clause with a finite verb: a news headline
    # ("Missie wordt eind januari beëindigd"), not a title ("Verlenging bijdrage 2025")
    verbs = dated_mention_lexicon().auxiliaries
    headings = {
        section.start
        for section in document.sections
        if not any(t.lower in verbs for t in tokenize(section.title))
    }

    def kept(sentence: Sentence) -> bool:
        return sentence.start not in headings and not _is_bibliographic(
            sentence.start, sentence.footnote, [c.start for c in sentence.citations]
        )

    def paragraph_of(sentence: Sentence) -> object:
        if sentence.footnote is not None:
            return ("footnote", sentence.footnote)
        return ("paragraph", sentence.paragraph)

    # what the reading order needs of every sentence, in one pass: the table makes a sentence
    # anew on every access, and each was made five times
    starts = array("q")
    ends = array("q")
    reading_starts = array("q")
    kept_flags = bytearray()
    paragraphs: list[object] = []
    for sentence in sentences:
        starts.append(sentence.clean_start)
        ends.append(sentence.clean_end)
        reading_starts.append(sentence.start)
        kept_flags.append(kept(sentence))
        paragraphs.append(paragraph_of(sentence))
    # sentences are in order and do not overlap: the one that may hold a date is the last one
    # that starts at or before it
    clean_starts = starts[:]
    order: Sequence[int] = range(len(starts))
    if any(later < earlier for earlier, later in itertools.pairwise(starts)):
        order = sorted(order, key=starts.__getitem__)
        starts = array("q", (starts[i] for i in order))
    # the sentence holding each date (-1: none), and the dates grouped by it (in the order of
    # document.dates within a sentence): two numbers a date; a sentence's spans are made when
    # it is read
    owner = array("q")
    for date in document.dates:
        at = bisect.bisect_right(starts, date.clean_start) - 1
        index = order[at] if at >= 0 else -1
        if index >= 0 and not (
            clean_starts[index] <= date.clean_start and date.clean_end <= ends[index]
        ):
            index = -1
        owner.append(index)
    del starts, order
    by_owner = array("q", sorted(range(len(owner)), key=owner.__getitem__))
    owners = array("q", (owner[position] for position in by_owner))
    del owner

    def spans_of(index: int, sentence: Sentence) -> list[DatedSpan]:
        first = bisect.bisect_left(owners, index)
        last = bisect.bisect_right(owners, index, first)
        spans = []
        for position in by_owner[first:last]:
            date = document.dates[position]
            spans.append(
                DatedSpan(
                    expression=date.expression,
                    start=date.clean_start - sentence.clean_start,
                    end=date.clean_end - sentence.clean_start,
                )
            )
        return spans

    # every sentence in the order extract_from_sentences reads them (its sort is stable): the
    # inputs are made one at a time, each holding a copy of its sentence's clean text
    reading = array("q", sorted(range(len(reading_starts)), key=reading_starts.__getitem__))
    del reading_starts, clean_starts, ends

    def inputs() -> Iterator[SentenceInput]:
        # the last single day each paragraph named, for "diezelfde dag"; a paragraph's
        # sentences come in the same order here as in the text, so it is read as it goes
        days: dict[object, TemporalExpression] = {}
        # the line each list item stands under ("De bijdrage bestaat uit:"), seen even where
        # it is a heading that is not read for events
        lists = ListReader()
        # the last single day of the sentence read last in each paragraph, for "twee dagen later"
        recent: dict[object, TemporalExpression | None] = {}
        for index in reading:
            sentence = sentences[index]
            paragraph_key: object = (sentence.footnote, sentence.paragraph)
            spans = spans_of(index, sentence)
            # (the clean text is a slice of the document made on every access: made once here)
            text = sentence.clean_text
            original = functools.partial(_shifted, document, sentence.clean_start)
            pointed = same_day(text, spans, days.get(paragraph_key), original)
            if pointed is not None:
                spans.append(pointed)
            since = since_then(text, spans, days.get(paragraph_key), document.date, original)
            if since is not None:
                spans.append(since)
            spans = joined_days(text, spans, original)
            spans = days_later(text, spans, recent.get(paragraph_key), original)
            spans = reported_now(text, spans)
            day = recent[paragraph_key] = last_day(spans)
            if day is not None:
                days[paragraph_key] = day
            read = SentenceInput(
                index=sentence.index,
                text=text,
                start=sentence.start,
                end=sentence.end,
                dates=tuple(spans),
                paragraph=paragraph_of(sentence),
                page=sentence.page,
            )
            introduction = lists.introduction(read)
            if not kept_flags[index]:
                continue
            citations = [c.identifier for c in sentence.citations]
            for number in sentence.footnote_numbers:
                citations.extend(footnote_citations.get(number, ()))
            yield attrs.evolve(
                read,
                citations=tuple(dict.fromkeys(citations)),
                introduction=introduction,
            )

    # where each paragraph's last sentence is read, after which its memory is dropped
    last_of_paragraph = _last_of_paragraph(
        paragraphs[index] for index in reading if kept_flags[index]
    )
    del paragraphs
    period = document.metadata.reporting_period
    events = _extract(
        inputs(),
        last_of_paragraph,
        document_id=document.document_id,
        reference=document.date,
        reporting_period=None if period is None else (period.earliest, period.latest),
        lexicon=None,
        addressee=document.metadata.chamber or addressed_chamber(document.text),
    )
    if not typer:
        return events
    return retype(events, document.text, shipped_typer())
