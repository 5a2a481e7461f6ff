"""What the earlier sentences of a paragraph (and of the letter) named: the memory that
pronouns, definite descriptions and pointing words read back into."""

from __future__ import annotations

import functools

from iraq_events.events.lexicon import ActorEntry, EventLexicon
from iraq_events.events.model import ActorKind
from iraq_events.events.parts import Mention, SentenceInput, first_words, words_before

__all__ = ["Letter", "Memory", "anaphora"]


class Letter:
    """What the whole letter named with a carried noun ("vragen"): the actors of the latest
    sentence that named both, for a later paragraph's "De vragen zijn ... voorgelegd"."""

    def __init__(self) -> None:
        self.carried: dict[str, tuple[ActorEntry, ...]] = {}
        # grows with every record, so that a cached answer knows it is stale
        self.version = 0

    def record(self, lex: EventLexicon, sentence: SentenceInput) -> None:
        nouns = lex.markers.carried_nouns
        # (a word of the sentence, casefolded, is a substring of the casefolded sentence: one
        # in-C search first, the sentence's words only where a noun may be one of them)
        lowered = sentence.text.casefold()
        if not any(noun in lowered for noun in nouns):
            return
        words = set(words_before(sentence.text, len(sentence.text)))
        named = [noun for noun in nouns if noun in words]
        if not named:
            return
        found = tuple(dict.fromkeys(m.entry for m in lex.find_actors(sentence.text)))
        if not found:
            return
        for noun in named:
            self.carried[noun] = found
        self.version += 1


class Memory:
    """What the earlier sentences of one paragraph named, kept as it grows: the latest
    mention of every surface, the actors of the latest sentence that named any, and the
    latest person. Sentences are read into it only when a lookup needs them."""

    def __init__(
        self, lex: EventLexicon, addressee: ActorEntry | None = None, letter: Letter | None = None
    ) -> None:
        self.lex = lex
        # the letter's record across paragraphs (None: this paragraph only)
        self.letter = letter
        # the chamber the letter is addressed to, whom "uw Kamer" names (None: not known)
        self.addressee = addressee
        self._pending: list[SentenceInput] = []
        self._by_surface: dict[str, Mention] = {}
        self._last_actors: list[Mention] = []
        self._last_person: Mention | None = None
        self._last_vessel: Mention | None = None
        self._previous: SentenceInput | None = None

    def add(self, sentence: SentenceInput) -> None:
        self._pending.append(sentence)
        self._previous = sentence
        if self.letter is not None:
            self.letter.record(self.lex, sentence)

    def carried(self, noun: str) -> tuple[ActorEntry, ...]:
        """The actors of the latest earlier sentence of the letter that named ``noun``."""
        return self.letter.carried.get(noun, ()) if self.letter is not None else ()

    def last_vessel(self) -> Mention | None:
        """The last ship named in this paragraph ("het fregat" is that ship)."""
        self._catch_up()
        return self._last_vessel

    @property
    def previous(self) -> SentenceInput | None:
        """The sentence read last in this paragraph (the one a pointing word refers to)."""
        return self._previous

    def _catch_up(self) -> None:
        for sentence in self._pending:
            found = [
                Mention(m.entry, m.start, m.end, m.surface)
                for m in self.lex.find_actors(sentence.text)
            ]
            for mention in found:
                self._by_surface.pop(mention.surface, None)
                self._by_surface[mention.surface] = mention
            if found:
                self._last_actors = found
            people = [m for m in found if m.entry.kind is ActorKind.PERSON]
            if people:
                self._last_person = people[-1]
            vessels = [m for m in found if _vessel(self.lex, m.entry)]
            if vessels:
                self._last_vessel = vessels[-1]
        self._pending.clear()

    def last_person(self) -> Mention | None:
        """The last person named in the latest sentence that names one."""
        self._catch_up()
        return self._last_person

    def last_actors(self) -> list[Mention]:
        """Every actor of the latest sentence that names any."""
        self._catch_up()
        return list(self._last_actors)

    def latest_named(self, word: str) -> Mention | None:
        """The latest mention whose words hold ``word`` ("De commissie" → "de kiescommissie")."""
        self._catch_up()
        for mention in reversed(self._by_surface.values()):
            if word in mention.surface.casefold():
                return mention
        return None


@functools.lru_cache(maxsize=2)
def _words_of(text: str) -> tuple[str, ...]:
    # the sentence before, read once for all the events of the sentence that refers to it
    return tuple(words_before(text, len(text)))


def anaphora(lex: EventLexicon, sentence: SentenceInput, memory: Memory) -> list[Mention]:
    """Actors of an earlier sentence this one refers back to ("De commissie", "Deze ...")."""
    # the first two words only: the whole sentence is not read again for each of its events
    words = first_words(sentence.text, 2)
    if len(words) < 2:
        return []
    first, noun = words[0], words[1]
    if first in lex.markers.definite_articles:
        named = memory.latest_named(noun)
        if named is not None:
            return [named]
        previous = memory.previous
        if previous is not None and any(word.endswith(noun) for word in _words_of(previous.text)):
            # "Nederland levert een transportvliegtuig. Het vliegtuig wordt ... ingezet": the
            # thing the sentence before named is still its actors'
            return memory.last_actors()
        return []
    if first in lex.markers.definite_determiners:
        return memory.last_actors()
    return []


def _vessel(lex: EventLexicon, entry: ActorEntry) -> bool:
    """A ship: a name under a navy's prefix ("HNLMS Tromp", ``vessel_prefixes``)."""
    return any(entry.name.startswith(p + " ") for p in set(lex.markers.vessel_prefixes.values()))
