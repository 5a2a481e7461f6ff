"""Merging: the drafts of one sentence folded into one event per date, what an undated
continuation sentence adds, the mentions of one event across the letter joined, and the
drafts finished into ``Event``s with ids that say what the event is, never where it sits."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Sequence

import attrs

from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.model import Actor, Event, EventType, Quantity
from iraq_events.events.parts import VIOLENT, Draft, add_actor, merge_quantities, words_before
from iraq_events.events.quantities import Fatalities
from iraq_events.events.since_then import SINCE_THEN_RULES
from iraq_events.temporal.types import Mod

__all__ = ["Merger", "continue_draft", "finish", "fold", "merge", "without_fatalities"]

_NO_FATALITIES: tuple[int | None, int | None, int | None] = (None, None, None)


def without_fatalities(quantities: list[Quantity], fatal: Fatalities) -> list[Quantity]:
    """The count of the dead is the event's fatalities, not a second quantity."""
    counts = {fatal.low, fatal.best, fatal.high} - {None}
    if not counts:
        return quantities
    return [q for q in quantities if not (q.unit in ("persons", "troops") and q.value in counts)]


def continue_draft(
    draft: Draft, actors: Sequence[Actor], quantities: Sequence[Quantity], fatal: Fatalities
) -> None:
    """What an undated sentence that refers back adds to an event: actors, numbers, deaths."""
    for actor in actors:
        draft.actors = add_actor(draft.actors, actor)
    draft.quantities = merge_quantities(draft.quantities, quantities)
    if draft.fatalities == _NO_FATALITIES:
        draft.fatalities = (fatal.low, fatal.best, fatal.high)
        draft.quantities = without_fatalities(draft.quantities, fatal)
    if "continuation" not in draft.patterns:
        draft.patterns.append("continuation")


def _absorb(twin: Draft, draft: Draft) -> None:
    """What a second report of one event adds to the first: actors, place, numbers."""
    for actor in draft.actors:
        twin.actors = add_actor(twin.actors, actor)
    twin.quantities = merge_quantities(twin.quantities, draft.quantities)
    if twin.location is None:
        twin.location = draft.location
    if twin.fatalities == _NO_FATALITIES:
        twin.fatalities = draft.fatalities
    if twin.subtype is None:
        twin.subtype = draft.subtype


def fold(drafts: Sequence[Draft]) -> list[Draft]:
    """One sentence, one date, one event: "Dat ISIS aanslagen pleegt, bleek op 3 maart, toen
    bij een aanval ..." reports one attack; an undated "daarbij raakten ... gewond" is the
    casualties of the attack its sentence dates."""
    kept: list[Draft] = []
    # only drafts of one date are one event: the kept ones by their date's span (positions in
    # ``kept``, in order), not every kept draft for every draft of a long sentence
    by_span: dict[tuple[int, int], list[int]] = {}
    for draft in drafts:
        span = (draft.date.start, draft.date.end)
        at = next((i for i in by_span.get(span, ()) if _one_in_sentence(kept[i], draft)), None)
        if at is None:
            by_span.setdefault(span, []).append(len(kept))
            kept.append(draft)
            continue
        twin = kept[at]
        if twin.event_type is EventType.CASUALTIES and draft.event_type is not EventType.CASUALTIES:
            kept[at] = draft
            twin, draft = draft, twin
        _absorb(twin, draft)
        twin.trigger_ids = list(dict.fromkeys([*twin.trigger_ids, *draft.trigger_ids]))
        twin.patterns.append("same-sentence")
    return kept


def _one_in_sentence(first: Draft, second: Draft) -> bool:
    if first.date != second.date or "countable-multi-date" in (*first.patterns, *second.patterns):
        return False
    kinds = {first.event_type, second.event_type}
    if len(kinds) > 1 and not (EventType.CASUALTIES in kinds and kinds <= VIOLENT):
        return False
    if first.location is not None and second.location is not None:
        return first.location.name == second.location.name
    return True


def merge(drafts: Sequence[Draft], papers: frozenset[EventType] = frozenset()) -> list[Draft]:
    """One event per real-world event: a second mention joins the first (``papers``: the types
    whose events are papers, told apart by what their sentences cite)."""
    merger = Merger(papers)
    for draft in drafts:
        merger.add(draft)
    return merger.merged


class Merger:
    """``merge`` one draft at a time, in the order ``merge`` reads them: a draft that joins an
    earlier one leaves only its ``Source`` behind, so a long letter's drafts need not all be
    held until the end (issue 16). A draft is added once nothing will change it any more."""

    def __init__(self, papers: frozenset[EventType] = frozenset()) -> None:
        self.papers = papers
        self.merged: list[Draft] = []
        # only events of one type and one first day, read from another sentence, can be one
        # event: look among those alone (a sentence of a thousand dates compares with no one).
        # The sentences are keyed by id: every one of them is held by a draft in ``merged``
        self._by_key: dict[tuple[object, object], dict[int, list[Draft]]] = {}
        self._paragraphs: dict[tuple[object, object], Draft] = {}
        # the letter's latest event named by a trigger or a cue, which an uncued date within
        # its days tells more of
        self._latest_named: Draft | None = None

    def add(self, draft: Draft) -> None:
        key = (draft.event_type, draft.date.expression.earliest)
        sentences = self._by_key.setdefault(key, {})
        # "Tijdens deze bijeenkomst ...": the event a demonstrative points back to in its
        # paragraph, on a date within that event's
        twin = _pointed_to(
            draft, self._paragraphs.get((draft.event_type, draft.sentence.paragraph))
        )
        if twin is None:
            twin = _told_more(draft, self._latest_named)
        if twin is None:
            twin = next(
                (
                    m
                    for sentence, kept in sentences.items()
                    if sentence != id(draft.sentence)
                    for m in kept
                    if _same_event(m, draft, self.papers) or _restated(m, draft, self.papers)
                ),
                None,
            )
        if twin is None:
            self.merged.append(draft)
            sentences.setdefault(id(draft.sentence), []).append(draft)
            # only the latest event of a type in a paragraph is pointed back to
            self._paragraphs[(draft.event_type, draft.sentence.paragraph)] = draft
            if _UNCUED not in draft.patterns:
                self._latest_named = draft
            return
        twin.mentions.append(draft.source)
        _absorb(twin, draft)
        twin.patterns.append("merged-mention")


def _same_event(first: Draft, second: Draft, papers: frozenset[EventType]) -> bool:
    if first.event_type is not second.event_type or first.sentence is second.sentence:
        return False
    cited, citing = first.sentence.citations, second.sentence.citations
    if first.event_type in papers and cited and citing and not set(cited) & set(citing):
        # "d.d. 24 januari 2012 ... (27 925, nr. 448)" and "d.d. 24 januari 2012 ... (27 925,
        # nr. 449)": two letters of one day
        return False
    a, b = first.date.expression, second.date.expression
    if a.earliest != b.earliest or {a.rule, b.rule} & set(SINCE_THEN_RULES):
        # "België nam op 1 juli de inzet over. Nederland verzorgt sindsdien ...": what went on
        # since a day's event is not that event told again
        return False
    if a.earliest is None and (a.latest is None or a.latest != b.latest):
        return False  # "uiterlijk 30 september" twice is one deadline; two open ends are not
    # "in januari" and "sinds januari" date one start; "het einde van" a period is another date
    if a.latest != b.latest and Mod.ON_OR_AFTER not in (a.mod, b.mod):
        return False
    if first.location is not None and second.location is not None:
        return first.location.name == second.location.name
    names = {x.name for x in first.actors} & {x.name for x in second.actors}
    return bool(names)


def _restated(first: Draft, second: Draft, papers: frozenset[EventType]) -> bool:
    """ "een technische briefing op 19 november" in a subject line and again in the letter:
    one phrase restated, the same words before the same date, is one event, whether or not
    its actors are named (where both name theirs, they share one)."""
    if first.event_type is not second.event_type or first.sentence is second.sentence:
        return False
    if first.event_type in papers:
        return False  # two letters of one day may share their words
    a, b = first.date.expression, second.date.expression
    if (a.earliest, a.latest) != (b.earliest, b.latest) or a.earliest is None:
        return False
    if first.location is not None and second.location is not None:
        if first.location.name != second.location.name:
            return False
    names = [{x.name for x in d.actors} for d in (first, second)]
    if all(names) and not names[0] & names[1]:
        return False  # "Duitsland bezocht Irak op 3 maart", "Frankrijk bezocht Irak op 3 maart"
    return _lead(first) == _lead(second)


def _lead(draft: Draft) -> list[str]:
    """The date's words and the words right before it."""
    date = draft.date
    before = words_before(draft.sentence.text, date.start)[-_LEAD_WORDS:]
    return [*before, *words_before(draft.sentence.text, date.end, date.start)]


# how many words before a date must repeat for a phrase to be restated
_LEAD_WORDS = 3


def _pointed_to(draft: Draft, earlier: Draft | None) -> Draft | None:
    """The earlier event of the paragraph that ``draft``'s trigger points back to with a
    demonstrative ("deze bijeenkomst"), when its date lies within that event's."""
    if earlier is None or draft.trigger_start is None or earlier.sentence is draft.sentence:
        return None
    before = words_before(draft.sentence.text, draft.trigger_start)[-1:]
    if not before or before[0] not in dated_mention_lexicon().demonstratives:
        return None
    a, b = earlier.date.expression, draft.date.expression
    if a.earliest is None or b.earliest is None or a.latest is None or b.latest is None:
        return None
    return earlier if a.earliest <= b.earliest and b.latest <= a.latest else None


_UNCUED = "uncued"  # the rule of a date-first candidate that no cue typed (mentions.py)


def _told_more(draft: Draft, named: Draft | None) -> Draft | None:
    """ "Zij bezochten zaterdag 16 en zondag 17 april de eenheid. ... Op zondag kregen zij
    uitleg over ...": a date no trigger or cue types, on a day within the days of the letter's
    latest named event of several days, in a later sentence, tells more of that event."""
    if named is None or _UNCUED not in draft.patterns or named.sentence is draft.sentence:
        return None
    a, b = named.date.expression, draft.date.expression
    if None in (a.earliest, a.latest, b.earliest, b.latest) or a.earliest == a.latest:
        return None
    assert a.earliest is not None and a.latest is not None
    assert b.earliest is not None and b.latest is not None
    return named if a.earliest <= b.earliest and b.latest <= a.latest else None


def finish(drafts: Sequence[Draft], document_id: str) -> list[Event]:
    events: list[Event] = []
    seen: set[str] = set()
    # a sentence's words with its line breaks joined, once per sentence (ids may need them)
    spoken: dict[int, str] = {}
    digests: dict[tuple[str, int], str] = {}

    def words_of(draft: Draft) -> str:
        key = id(draft.sentence)
        if key not in spoken:
            spoken[key] = " ".join(draft.sentence.text.split())
        return spoken[key]

    for draft in sorted(drafts, key=lambda d: (d.sentence.start, d.date.expression.start)):
        source = attrs.evolve(draft.source, document_id=document_id)
        mentions = (source, *(attrs.evolve(m, document_id=document_id) for m in draft.mentions))
        event_id = _event_id(document_id, draft, seen, words_of, digests)
        seen.add(event_id)
        low, best, high = draft.fatalities
        events.append(
            Event(
                event_id=event_id,
                event_type=draft.event_type,
                date=draft.date.expression,
                status=draft.status,
                source=source,
                actors=tuple(draft.actors),
                location=draft.location,
                quantities=tuple(draft.quantities),
                fatalities_low=low,
                fatalities_best=best,
                fatalities_high=high,
                subtype=draft.subtype,
                acled_event_type=draft.acled[0] if draft.acled else None,
                acled_sub_event_type=draft.acled[1] if draft.acled else None,
                mentions=mentions,
                method=" ".join([*draft.trigger_ids, *dict.fromkeys(draft.patterns)]),
            )
        )
    return events


def _event_id(
    document_id: str,
    draft: Draft,
    taken: set[str],
    words_of: Callable[[Draft], str],
    digests: dict[tuple[str, int], str],
) -> str:
    """From what the event is (document, type, date, main actors), never from where it sits;
    place, subtype and the sentence's words only where two events would share an id."""
    date = draft.date.expression
    day = (date.earliest or date.latest or datetime.date.min).isoformat()
    parts = [
        document_id,
        draft.event_type.value,
        f"{date.earliest}/{date.latest}/{date.mod}",
        ";".join(sorted(a.name for a in draft.actors)),
    ]
    disambiguators: list[Callable[[], str]] = [
        lambda: "",
        lambda: draft.location.name if draft.location else "",
        lambda: draft.subtype or "",
        lambda: words_of(draft),
    ]
    for number, disambiguator in enumerate(disambiguators):
        extra = disambiguator()
        if extra:
            parts.append(extra)
        # the sentence's words (the last, kept by ``words_of``) are hashed once for all the
        # events of the sentence that need them, not once for each (quadratic on one sentence)
        key = ("|".join(parts[:-1]), id(extra)) if number == 3 and extra else None
        digest = digests.get(key) if key else None
        if digest is None:
            digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]
            if key:
                digests[key] = digest
        event_id = f"{document_id}:{draft.event_type.value}:{day}:{digest}"
        if event_id not in taken:
            return event_id
    return f"{event_id}-{len(taken)}"
