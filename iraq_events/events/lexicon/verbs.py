"""Trigger patterns over tokens, and verb forms generated from a lemma.

A trigger pattern is written in data as words in sequence (``viel|vielen ... aan $``):

- ``a|b`` either word, ``stem*`` a word that starts with stem, ``*tail`` one that ends with tail;
- ``...`` any words up to the next part, never across a stop (``.``, ``;``, ``:``); the trigger
  stage keeps a match only where its last word is in the clause of its first;
- a final ``$``: the last word closes the phrase: a clause end follows it (``.``, ``,``, ``;``,
  ``:`` or the end of the text) or a word of the lexicon's ``particle_followers``.

The first part is one or more plain words (the finite verb): a match is the trigger at that
word, reaching to the end of the last word matched.

A weak verb's forms follow from its lemma by the rules of ``Conjugation`` (its words are data);
a separable lemma is written ``particle|verb``. See ``docs/events.md``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from iraq_events.events.tokens import GAP

__all__ = ["CLOSES", "Conjugation", "TokenMatch", "TriggerPattern", "VerbForms", "Word"]

CLOSES = "$"
_ALTERNATIVE = "|"
_STOPS = frozenset(".;:")
_CLAUSE_ENDS = frozenset(".,;:")


class Word(NamedTuple):
    """A word of a text: its offsets and its casefolded text."""

    start: int
    end: int
    lower: str


def _test(part: tuple[str, ...], word: str) -> bool:
    for choice in part:
        if choice.endswith("*") and word.startswith(choice[:-1]):
            return True
        if choice.startswith("*") and word.endswith(choice[1:]):
            return True
        if word == choice:
            return True
    return False


@attrs.frozen
class TokenMatch:
    first: int  # index of the first token
    last: int  # index of the last token


@attrs.frozen
class TriggerPattern:
    """One trigger pattern of data, e.g. ``TriggerPattern.parse("viel|vielen ... aan $")``."""

    written: str
    parts: tuple[tuple[str, ...], ...]  # each part a set of choices, or (GAP,)
    closes: bool

    @classmethod
    def parse(cls, written: str) -> TriggerPattern:
        words = written.casefold().split()
        closes = bool(words) and words[-1] == CLOSES
        if closes:
            words = words[:-1]
        parts = tuple(tuple(w.split(_ALTERNATIVE)) if w != GAP else (GAP,) for w in words)
        if not parts or parts[0] == (GAP,) or parts[-1] == (GAP,):
            raise ValueError(f"pattern {written!r} must start and end with a word")
        if any(a == b == (GAP,) for a, b in itertools.pairwise(parts)):
            raise ValueError(f"pattern {written!r} has two gaps in a row")
        if any("*" in choice for choice in parts[0]):
            raise ValueError(f"pattern {written!r} must start with plain words")
        for part in parts:
            for choice in part:
                bare = choice.strip("*").replace("-", "")
                if choice != GAP and not bare.isalnum():
                    raise ValueError(f"pattern {written!r}: {choice!r} is no word")
        return cls(written, parts, closes)

    @property
    def first_words(self) -> tuple[str, ...]:
        return self.parts[0]

    def match_at(
        self, text: str, tokens: Sequence[Word], index: int, followers: frozenset[str]
    ) -> TokenMatch | None:
        """The match whose first word is ``tokens[index]``, the nearest particle first."""
        for last in self._ends(text, tokens, 1, index + 1):
            if not self.closes or _closes(text, tokens, last, followers):
                return TokenMatch(index, last)
        return None

    def _ends(self, text: str, tokens: Sequence[Word], part: int, index: int) -> Iterator[int]:
        if part == len(self.parts):
            yield index - 1
            return
        if self.parts[part] == (GAP,):
            for at in range(index, len(tokens)):
                if _STOPS & set(text[tokens[at - 1].end : tokens[at].start]):
                    return
                if _test(self.parts[part + 1], tokens[at].lower):
                    yield from self._ends(text, tokens, part + 2, at + 1)
            return
        if index >= len(tokens) or not _test(self.parts[part], tokens[index].lower):
            return
        if text[tokens[index - 1].end : tokens[index].start].strip():
            return  # the words of a phrase follow each other
        yield from self._ends(text, tokens, part + 1, index + 1)


def _closes(text: str, tokens: Sequence[Word], last: int, followers: frozenset[str]) -> bool:
    after_end = tokens[last].end
    if last + 1 == len(tokens):
        rest = text[after_end:].lstrip()
        return not rest or rest[0] in _CLAUSE_ENDS
    between = text[after_end : tokens[last + 1].start]
    stripped = between.lstrip()
    if stripped:
        return stripped[0] in _CLAUSE_ENDS
    return bool(between) and tokens[last + 1].lower in followers


@attrs.frozen(kw_only=True)
class Conjugation:
    """The spelling rules of regular weak verbs (``triggers.json`` ``conjugation``): the stem is
    the lemma without its infinitive ending, a doubled final consonant single, a voiced final
    consonant unvoiced (and a single vowel before a single consonant doubled); the past takes
    the voiceless ending after a voiceless consonant of the stem ("'t kofschip"), else the
    voiced one; the participle takes the prefix unless the verb starts with an unstressed one."""

    infinitive_ending: str
    present_ending: str
    past_voiceless: str
    past_voiced: str
    plural_ending: str
    participle_prefix: str
    participle_voiceless: str
    participle_voiced: str
    unprefixed: tuple[str, ...]
    voiceless: tuple[str, ...]
    unvoiced: Mapping[str, str]
    vowels: str
    # the vowels a stem doubles in an open syllable ("verklaren" → "verklaar")
    doubling_vowels: str
    diaeresis: Mapping[str, str]
    infinitive_marker: str

    def stem(self, lemma: str) -> tuple[str, str]:
        """The stem as written and the consonant the past ending is chosen by."""
        if not lemma.endswith(self.infinitive_ending):
            raise ValueError(f"lemma {lemma!r} does not end in {self.infinitive_ending!r}")
        stem = lemma[: -len(self.infinitive_ending)]
        if len(stem) < 2:
            raise ValueError(f"lemma {lemma!r} is too short")
        sound = stem
        if stem[-1] == stem[-2] and stem[-1] not in self.vowels:
            stem = sound = stem[:-1]
        elif (
            len(stem) >= 3
            and stem[-1] not in self.vowels
            and stem[-2] in self.doubling_vowels
            and stem[-3] not in self.vowels
        ):
            # an open syllable: "verklaren" → "verklaar"
            stem = stem[:-1] + stem[-2] + stem[-1]
        if stem[-1] in self.unvoiced:
            stem = stem[:-1] + self.unvoiced[stem[-1]]
        return stem, sound

    def forms(self, written: str) -> VerbForms:
        particle, _, lemma = written.rpartition(_ALTERNATIVE)
        stem, sound = self.stem(lemma)
        voiceless = sound.endswith(self.voiceless)
        past = stem + (self.past_voiceless if voiceless else self.past_voiced)
        participle_end = self.participle_voiceless if voiceless else self.participle_voiced
        participle = stem if stem.endswith(participle_end) else stem + participle_end
        if not lemma.startswith(self.unprefixed):
            prefix = self.participle_prefix
            if participle[0] in self.diaeresis:
                participle = self.diaeresis[participle[0]] + participle[1:]
            participle = prefix + participle
        present = stem if stem.endswith(self.present_ending) else stem + self.present_ending
        finite = (present, lemma, past, past + self.plural_ending)
        if not particle:
            return VerbForms(forms=(*finite, participle), patterns=())
        joined = tuple(particle + form for form in finite)
        return VerbForms(
            forms=(*joined, particle + participle, f"{particle} {self.infinitive_marker} {lemma}"),
            patterns=(f"{_ALTERNATIVE.join(finite)} {GAP} {particle} {CLOSES}",),
        )


@attrs.frozen(kw_only=True)
class VerbForms:
    forms: tuple[str, ...]  # whole words and contiguous phrases
    patterns: tuple[str, ...]  # token patterns of the separated finite forms
