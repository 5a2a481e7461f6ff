"""The matchers built from the lexicon entries: names and places found in a text, and the
trigger words of events, in one pass over a sentence however long the lists."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from iraq_events.events.lexicon.entries import (
    ActorEntry,
    Markers,
    Match,
    PlaceEntry,
    QuantityWords,
    TriggerEntry,
    TriggerMatch,
    TypeProfile,
)
from iraq_events.events.lexicon.named import NamedFinder
from iraq_events.events.lexicon.offices import OfficeFinder
from iraq_events.events.lexicon.verbs import Conjugation, TriggerPattern, Word
from iraq_events.events.model import ActorKind, ActorRole, EventType, LocationKind

__all__ = ["EventLexicon", "any_of"]


def any_of(words: Iterable[str]) -> str:
    """A group that matches any of ``words`` literally, tried in the order given."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _trie(words: Iterable[str]) -> str:
    """A pattern that matches the same as ``_alternation(words)`` (the longest word that
    matches at a position, the next longest where what follows rejects it), written as a trie
    of characters: the regex engine follows one branch a character instead of trying every
    word at every position. Case-sensitive only: under IGNORECASE two branches could match."""
    root: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    children = sorted(char for char in node if char)
    if not children:
        return ""
    written = [re.escape(char) + _branches(node[char]) for char in children]
    body = written[0] if len(written) == 1 else "(?:" + "|".join(written) + ")"
    # a word ends here: the longer words through the children are tried first
    return "(?:" + body + ")?" if "" in node else body


def _longest_first(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, preferring the longer one where two overlap."""
    chosen: list[Match] = []
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


_EDGE_BEFORE = r"(?<![\w])"
# a footnote number may follow a name ("de vaste commissie voor Defensie1"); a letter may not,
# nor a digit after a name that ends in one
_EDGE_AFTER = r"(?![^\W\d])(?!(?<=\d)\d)"
# how many (kind, sentence) answers the lexicon keeps: a paragraph's worth of sentences
_MEMO_SIZE = 256
# "anti-ISIS" is no mention of ISIS as an actor; "pro-Iraanse" is no mention of Iran
_NEGATING_PREFIX = re.compile(r"(?:anti|pro)-$", re.IGNORECASE)


class _NameIndex:
    """Finds the aliases of entries in text: capitals match case-sensitively, the rest not."""

    def __init__(self, entries: Sequence[tuple[str, Any, bool]]) -> None:
        self._lookup: dict[tuple[str, bool], Any] = {}
        exact: list[str] = []
        folded: list[str] = []
        for alias, entry, adjective in entries:
            if alias.isupper():
                exact.append(alias)
                self._lookup.setdefault((alias, adjective), entry)
            else:
                folded.append(alias)
                self._lookup.setdefault((alias.casefold(), adjective), entry)
        self._adjectives = {a.casefold() for a, _, adj in entries if adj}
        self._exact = (
            re.compile(_EDGE_BEFORE + "(?:" + _trie(exact) + ")" + _EDGE_AFTER) if exact else None
        )
        self._folded = (
            re.compile(
                _EDGE_BEFORE + "(?:" + _alternation(folded) + ")" + _EDGE_AFTER, re.IGNORECASE
            )
            if folded
            else None
        )
        # the same aliases in lower case, matched on the lowered text: a case-insensitive
        # alternation of hundreds of names is several times slower in the regex engine
        self._lowered = (
            re.compile(
                _EDGE_BEFORE + "(?:" + _trie(alias.lower() for alias in folded) + ")" + _EDGE_AFTER
            )
            if folded
            else None
        )

    def find(self, text: str) -> list[Match]:
        found: list[Match] = []
        lowered = text.lower()
        # lowering keeps every offset for nearly all text; where it does not ("İ"), the slow way
        folded, target = (
            (self._lowered, lowered) if len(lowered) == len(text) else (self._folded, text)
        )
        for pattern, fold, searched in ((self._exact, False, text), (folded, True, target)):
            if pattern is None:
                continue
            for m in pattern.finditer(searched):
                if _NEGATING_PREFIX.search(text, max(0, m.start() - 5), m.start()):
                    continue
                surface = text[m.start() : m.end()]
                key = surface.casefold() if fold else surface
                adjective = fold and key in self._adjectives
                entry = self._lookup.get((key, adjective)) or self._lookup.get((key, False))
                if entry is None:
                    continue
                found.append(
                    Match(
                        start=m.start(),
                        end=m.end(),
                        surface=surface,
                        entry=entry,
                        adjective=adjective,
                    )
                )
        return _longest_first(found)


class EventLexicon:
    """Every event word table, with the matchers built from them."""

    def __init__(
        self,
        *,
        actors: Sequence[ActorEntry],
        places: Sequence[PlaceEntry],
        triggers: Sequence[TriggerEntry],
        particle_followers: frozenset[str] = frozenset(),
        conjugation: Conjugation | None = None,
        types: Mapping[EventType, TypeProfile],
        common_cues: Mapping[str, ActorRole | None],
        markers: Markers,
        quantities: QuantityWords,
    ) -> None:
        self.actors = tuple(actors)
        self.places = tuple(places)
        self.triggers = tuple(triggers)
        self.particle_followers = particle_followers
        # the rules that wrote the forms of the triggers' lemmas
        self.conjugation = conjugation
        self.types = dict(types)
        self.common_cues = dict(common_cues)
        self.markers = markers
        self.quantities = quantities
        self.actor_by_name = {a.name: a for a in self.actors}
        # the first state and the first country place of a code: the gazetteer's, which the
        # loader puts first (a state body such as the Quds Force shares Iran's code)
        self.state_by_country: dict[str, ActorEntry] = {}
        for a in self.actors:
            if a.kind is ActorKind.STATE and a.country:
                self.state_by_country.setdefault(a.country, a)
        # the first government of a code: the gazetteer's (its countries come before actors.json)
        self.government_by_country: dict[str, ActorEntry] = {}
        for a in self.actors:
            if a.kind is ActorKind.GOVERNMENT and a.country:
                self.government_by_country.setdefault(a.country, a)
        self.country_place: dict[str, PlaceEntry] = {}
        for p in self.places:
            if p.kind is LocationKind.COUNTRY and p.country:
                self.country_place.setdefault(p.country, p)
        self._actor_index = _NameIndex([(al, a, False) for a in self.actors for al in a.aliases])
        self._offices = OfficeFinder(self.actors, markers)
        self._named = NamedFinder(markers)
        self._memo_table: dict[tuple[str, str], tuple[Any, ...]] = {}
        self._place_index = _NameIndex(
            [(al, p, False) for p in self.places for al in p.aliases]
            + [(adj, p, True) for p in self.places for adj in p.adjectives]
        )
        # single words are looked up, compound tails matched at a word's end, phrases and
        # separable verbs searched as patterns: one pass over a sentence, however long the lists
        self._word_forms: dict[str, list[tuple[TriggerEntry, str]]] = {}
        self._tail_forms: dict[str, list[tuple[TriggerEntry, str]]] = {}
        phrases: dict[str, list[tuple[TriggerEntry, str]]] = {}
        # token patterns by their first word (the finite verb)
        self._verb_patterns: dict[str, list[tuple[TriggerPattern, TriggerEntry]]] = {}
        for trigger in self.triggers:
            for form in trigger.forms:
                key = form.casefold()
                if not re.fullmatch(r"[\w-]+", key):
                    phrases.setdefault(key, []).append((trigger, form))
                    continue
                self._word_forms.setdefault(key, []).append((trigger, form))
                if form in trigger.compound:
                    self._tail_forms.setdefault(key, []).append((trigger, form))
            for pattern in trigger.patterns:
                for word in pattern.first_words:
                    self._verb_patterns.setdefault(word, []).append((pattern, trigger))
        self._phrase_forms = phrases
        self._phrase_re = re.compile(
            r"(?<![\w-])(?:" + _alternation(phrases) + r")(?![\w])", re.IGNORECASE
        )
        # a word's compound tail is its longest ending in the table: looked up by the
        # lengths the table holds, longest first (a regex search per word cost more)
        self._tail_lengths = sorted({len(tail) for tail in self._tail_forms}, reverse=True)
        # the endings every tail shares the length of: most words end in none of them
        self._tail_shortest = min(self._tail_lengths, default=0)
        self._tail_ends = {tail[-self._tail_shortest :] for tail in self._tail_forms}

    def find_actors(self, text: str) -> list[Match]:
        return list(self._memo("actors", text, self._find_actors))

    def _find_actors(self, text: str) -> list[Match]:
        # "minister Hillen van Defensie" is longer than the office alone, and wins over it
        return _longest_first(
            self._actor_index.find(text) + self._offices.find(text) + self._named.find(text)
        )

    def find_places(self, text: str) -> list[Match]:
        return list(self._memo("places", text, self._place_index.find))

    def find_triggers(self, text: str) -> list[TriggerMatch]:
        """Trigger words, one per word: the most literal form wins where several match."""
        return list(self._memo("triggers", text, self._find_triggers))

    def forget(self) -> None:
        """Drop the memo of answers (extraction does at the start of every letter, so a
        letter's timing never rests on an earlier one's work)."""
        self._memo_table.clear()

    def _memo(self, kind: str, text: str, find: Callable[[str], Sequence[Any]]) -> tuple[Any, ...]:
        """Each stage asks again of the sentence it reads; the matches are frozen, so the
        last sentences' answers are kept (a bounded memo, cleared when full)."""
        key = (kind, text)
        found = self._memo_table.get(key)
        if found is None:
            if len(self._memo_table) >= _MEMO_SIZE:
                self._memo_table.clear()
            found = self._memo_table[key] = tuple(find(text))
        return found

    def _tail_of(self, word: str) -> str | None:
        """The longest ending of ``word`` that is a compound tail, where it is not the whole
        word (the whole word is looked up as a word)."""
        if len(word) <= self._tail_shortest or word[-self._tail_shortest :] not in self._tail_ends:
            return None
        for length in self._tail_lengths:
            if length <= len(word) and word[-length:] in self._tail_forms:
                return word[-length:] if length < len(word) else None
        return None

    def _find_triggers(self, text: str) -> list[TriggerMatch]:
        found: list[TriggerMatch] = []

        def add(
            start: int,
            end: int,
            trigger: TriggerEntry,
            form: str,
            specificity: int,
            reach: int = -1,
        ) -> None:
            found.append(
                TriggerMatch(
                    start=start,
                    end=end,
                    surface=text[start:end],
                    entry=trigger,
                    countable=form in trigger.countable,
                    specificity=specificity,
                    reach=reach,
                )
            )

        words: list[Word] = []
        verbs: list[int] = []  # the words that may open a token pattern
        for word in _TOKEN.finditer(text):
            key = word.group().casefold()
            if key in self._verb_patterns:
                verbs.append(len(words))
            words.append(Word(word.start(), word.end(), key))
            for trigger, form in self._word_forms.get(key, ()):
                add(word.start(), word.end(), trigger, form, len(form))
            tail = self._tail_of(key)
            if tail is not None:
                for trigger, form in self._tail_forms[tail]:
                    add(word.start(), word.end(), trigger, form, len(form))
        for phrase in self._phrase_re.finditer(text):
            for trigger, form in self._phrase_forms[phrase.group().casefold()]:
                add(phrase.start(), phrase.end(), trigger, form, len(form))
        for index in verbs:
            verb = words[index]
            for pattern, trigger in self._verb_patterns[verb.lower]:
                hit = pattern.match_at(text, words, index, self.particle_followers)
                if hit is not None:
                    add(verb.start, verb.end, trigger, "", 0, words[hit.last].end)
        chosen: list[TriggerMatch] = []
        # the chosen matches do not overlap: kept by start, a match can overlap only the one
        # before its start and the one after it (bisect, not a scan of every chosen match)
        spans: list[tuple[int, int]] = []
        for match in sorted(found, key=lambda t: (-t.specificity, -(t.end - t.start), t.start)):
            at = bisect.bisect_right(spans, (match.start, match.end))
            if all(
                match.end <= c_start or match.start >= c_end
                for c_start, c_end in spans[max(0, at - 1) : at + 1]
            ):
                bisect.insort(spans, (match.start, match.end), lo=at)
                chosen.append(match)
        return sorted(chosen, key=lambda t: t.start)


_TOKEN = re.compile(r"\w[\w-]*\w|\w")
