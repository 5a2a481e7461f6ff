"""Typing a dated mention: the cue families of ``lexicon/dated_mentions.json``.

A date that no trigger claimed is typed by the cue nearest to it in its own clause (one before
the date preferred at equal distance: "de brief van 11 september" — the noun the date
modifies), else by the nearest cue of the sentence; with no cue it is ``other``. A date in a
list ("de brieven van 2 april, 18 juni en 27 oktober") takes the type of the date it continues.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

import attrs
import cattrs

from iraq_events.events.cue_tables import Decider, PaperLabels, Reported, Sitting
from iraq_events.events.model import EventType
from iraq_events.events.tokens import GAP, GAP_WORDS, PatternSet, Token, TokenPattern, tokenize

__all__ = ["CueFamily", "CueMatch", "DatedMentionLexicon", "dated_mention_lexicon"]

_FILE = "dated_mentions.json"
# how many distinct words' candidate patterns are remembered
_MEMO_WORDS = 20_000


@attrs.frozen(kw_only=True)
class CueFamily:
    id: str
    type: EventType
    cues: tuple[str, ...]
    subtype: str | None = None
    default_actors: tuple[str, ...] = ()
    locate: bool = True
    excludes: tuple[str, ...] = ()
    # a cue that types only the date right after it ("op verzoek van X van 11 december")
    only_modified: bool = False


@attrs.frozen(kw_only=True)
class _Table:
    families: tuple[CueFamily, ...]
    negations: tuple[str, ...]
    comparison_words: tuple[str, ...]
    purpose_words: tuple[str, ...]
    window_words: tuple[str, ...] = ()
    window_reach: int = 0
    state_since_words: tuple[str, ...]
    subject_words: tuple[str, ...]
    strong_state_verbs: tuple[str, ...]
    copulas: tuple[str, ...]
    state_clause_ends: tuple[str, ...] = ()
    participle_prefixes: tuple[str, ...]
    participle_endings: tuple[str, ...]
    copula_complements: tuple[str, ...] = ()
    title_quotes: tuple[tuple[str, str], ...]
    date_line_max_words: int
    list_connectors: tuple[str, ...]
    yielding_types: tuple[EventType, ...]
    separable_particles: tuple[str, ...]
    self_references: tuple[str, ...]
    modifying_words: tuple[str, ...]
    relative_markers: tuple[str, ...]
    process_min_days: int
    head_links: tuple[str, ...]
    yielding_complements: tuple[str, ...]
    head_link_max_words: int
    pointers: tuple[str, ...]
    sentence_stops: tuple[str, ...]
    same_day_phrases: tuple[str, ...]
    # "twee dagen later": the words after a duration that count it from the date before
    later_words: tuple[str, ...] = ()
    # "Kunt u aangeven hoeveel ...?": the words of a question that asks for figures
    figure_questions: tuple[str, ...] = ()
    # "dinsdag 3 en woensdag 4 mei": the word that joins two days into one stretch
    day_joiners: tuple[str, ...] = ()
    infinitive_markers: tuple[str, ...]
    auxiliaries: tuple[str, ...] = ()
    date_relatives: tuple[str, ...] = ()
    content_openers: tuple[str, ...] = ()
    name_determiners: tuple[str, ...] = ()
    date_labels: tuple[str, ...] = ()
    paper_labels: PaperLabels | None = None
    deciders: tuple[Decider, ...] = ()
    decision_words: tuple[str, ...] = ()
    decision_date_words: tuple[str, ...] = ()
    decider_gap: int = 0
    sitting: Sitting | None = None
    frame_prepositions: tuple[str, ...] = ()
    start_verbs: tuple[str, ...] = ()
    start_family: str | None = None
    # "begon op 27 maart aan de missie": the mission is the verb's object after this word
    start_objects: tuple[str, ...] = ()
    takeover_families: tuple[str, ...] = ()
    since_then_words: tuple[str, ...] = ()
    takeover_determiners: tuple[str, ...] = ()
    antecedent_reach: int = 0
    since_event_types: tuple[EventType, ...] = ()
    paper_media: tuple[str, ...] = ()
    numbered_nouns: tuple[str, ...] = ()
    citation_openers: tuple[str, ...] = ()
    paper_types: tuple[EventType, ...] = ()
    # "deze bijeenkomst": a determiner that points back to an event named before
    demonstratives: tuple[str, ...] = ()
    paper_subject_types: tuple[EventType, ...] = ()
    # "op verzoek van <wie> van <datum>": the date after the requester is the request's
    requester_phrases: tuple[str, ...] = ()
    requester_family: str | None = None
    requester_links: tuple[str, ...] = ()
    # "Het fregat is vanaf 13 augustus vlaggenschip van de EU-operatie": a role in a mission
    # that begins on a date
    onset_words: tuple[str, ...] = ()
    onset_missions: tuple[str, ...] = ()
    onset_reach: int = 0
    reported: Reported | None = None
    requester_reach: int = 0


@attrs.frozen
class CueMatch:
    family: CueFamily
    start: int
    end: int
    cue: str
    # where the cue's first word ends: a separable verb's match may enclose a date
    # ("keren 2 januari terug"), and is placed by its head
    head_end: int = -1


class DatedMentionLexicon:
    """The cue families and filter words, with their token patterns compiled."""

    def __init__(self, table: _Table) -> None:
        self.table = table
        # indexed by the first word's literal head ("verleng*") or tail ("*brief"), so that a
        # word looks up only the patterns that can start at it
        self._patterns: dict[str, list[tuple[TokenPattern, CueFamily, str]]] = {}
        self._tails: dict[str, list[tuple[TokenPattern, CueFamily, str]]] = {}
        self._wild: list[tuple[TokenPattern, CueFamily, str]] = []
        for family in table.families:
            for cue in family.cues:
                pattern = TokenPattern.parse(cue)
                first = pattern.parts[0]
                entry = (pattern, family, cue)
                if first.startswith("*") and not first.endswith("*") and len(first) > 1:
                    self._tails.setdefault(first[1:], []).append(entry)
                elif first.startswith("*"):
                    self._wild.append(entry)
                else:
                    self._patterns.setdefault(first.rstrip("*"), []).append(entry)
        # only the lengths that some head or tail has are worth a lookup
        self._head_lengths = sorted({len(head) for head in self._patterns})
        self._tail_lengths = sorted({len(tail) for tail in self._tails})
        # each excluded phrase with how far before a cue it may start (gaps included) and its
        # first word where that is plain, which a start must be to be tried
        self._excludes = {
            family.id: tuple(_excluding(TokenPattern.parse(e)) for e in family.excludes)
            for family in table.families
        }
        self.negations = frozenset(table.negations)
        self.strong_state_verbs = frozenset(table.strong_state_verbs)
        # one search tells whether a stretch holds any state verb at all
        self.state_verb_search = re.compile(
            r"\b(?:" + "|".join(map(re.escape, table.strong_state_verbs)) + r")\b", re.IGNORECASE
        ).search
        self.copulas = frozenset(table.copulas)
        self.state_clause_ends = frozenset(table.state_clause_ends)
        self.yielding = frozenset(table.yielding_types)
        self.self_references = tuple(TokenPattern.parse(w) for w in table.self_references)
        self.modifying_words = frozenset(table.modifying_words)
        self.relative_markers = frozenset(table.relative_markers)
        self.subjects = tuple(TokenPattern.parse(w) for w in table.subject_words)
        self.list_connectors = frozenset(table.list_connectors)
        self.comparisons = tuple(TokenPattern.parse(w) for w in table.comparison_words)
        self.purposes = tuple(TokenPattern.parse(w) for w in table.purpose_words)
        self.windows = tuple(TokenPattern.parse(w) for w in table.window_words)
        self.since = frozenset(w.casefold() for w in table.state_since_words)
        self.head_links = frozenset(table.head_links)
        self.yielding_complements = frozenset(table.yielding_complements)
        self.pointers = frozenset(table.pointers)
        self.infinitive_markers = frozenset(table.infinitive_markers)
        self._tokens: tuple[str, Sequence[Token]] | None = None
        self._cues: tuple[str, list[CueMatch]] | None = None
        self._memo: dict[str, list[tuple[TokenPattern, CueFamily, str]]] = {}
        self.auxiliaries = frozenset(table.auxiliaries)
        self.date_relatives = frozenset(table.date_relatives)
        self.same_day = tuple(TokenPattern.parse(p) for p in table.same_day_phrases)
        # the last word of each phrase: a sentence without any has none of the phrases
        self.same_day_words = frozenset(p.split()[-1].casefold() for p in table.same_day_phrases)
        self.subject_heads = frozenset(w.split()[0].casefold() for w in table.subject_words)
        # what opens the content of a paper or a message: the subject words and the verbs
        # of informing with their preposition
        self.openers = self.subjects + tuple(TokenPattern.parse(w) for w in table.content_openers)
        self.name_determiners = frozenset(table.name_determiners)
        self.date_labels = tuple(TokenPattern.parse(w) for w in table.date_labels)
        labels = table.paper_labels
        self.paper_labels = tuple(TokenPattern.parse(w) for w in labels.cues) if labels else ()
        self.paper_label_reach = labels.max_words_before if labels else 0
        self.paper_bracket_labels = frozenset(
            " ".join(w.casefold().split()) for w in (labels.bracketed if labels else ())
        )
        self.paper_procedures = PatternSet(
            [TokenPattern.parse(w) for w in (labels.procedures if labels else ())]
        )
        self.paper_label_family = (
            next(f for f in table.families if f.id == labels.family) if labels else None
        )
        self.deciders = tuple(
            (
                CueFamily(id=d.id, type=d.type, cues=(), subtype=d.subtype),
                PatternSet([TokenPattern.parse(w) for w in d.words]),
            )
            for d in table.deciders
        )
        self.decisions = PatternSet([TokenPattern.parse(w) for w in table.decision_words])
        self.decision_date_words = frozenset(table.decision_date_words)
        self.sitting = table.sitting
        self.frame_prepositions = frozenset(table.frame_prepositions)
        self.start_verbs = frozenset(table.start_verbs)
        self.start_objects = frozenset(table.start_objects)
        self.takeover_families = frozenset(table.takeover_families)
        self.since_then_words = frozenset(table.since_then_words)
        self.takeover_determiners = frozenset(table.takeover_determiners)
        self.start_family = next((f for f in table.families if f.id == table.start_family), None)
        self.antecedent_reach = table.antecedent_reach
        self.since_event_types = frozenset(table.since_event_types)
        self.paper_media = frozenset(table.paper_media)
        self.numbered_nouns = frozenset(table.numbered_nouns)
        self.citation_openers = frozenset(table.citation_openers)
        self.paper_types = frozenset(table.paper_types)
        self.demonstratives = frozenset(table.demonstratives)
        self.requesters = tuple(tuple(p.split()) for p in table.requester_phrases)
        self.requester_family = next(
            (f for f in table.families if f.id == table.requester_family), None
        )
        self.meeting_types = frozenset(table.paper_subject_types)
        self.sitting_verbs = PatternSet(
            [TokenPattern.parse(w) for w in (table.sitting.verbs if table.sitting else ())]
        )
        self.subject_set = PatternSet(self.subjects)
        self.opener_set = PatternSet(self.openers)
        self.self_reference_set = PatternSet(self.self_references)
        self.opener_heads = self.subject_heads | frozenset(
            w.split()[0].casefold() for w in table.content_openers
        )

    def find_in(self, text: str, tokens: Sequence[Token] | None = None) -> list[CueMatch]:
        """Every cue of ``text``; the last sentence's answer is kept, since the date-first
        stage and the second-event stage read the same sentence one after the other."""
        # read and replaced whole (a tuple), so that threads sharing the lexicon never mix
        # one sentence's words or cues with another's
        cached = self._cues
        if cached is None or cached[0] != text:
            cached = (text, self.find(self.tokens_in(text, tokens)))
            self._cues = cached
        return cached[1]

    def tokens_in(self, text: str, tokens: Sequence[Token] | None = None) -> Sequence[Token]:
        """The words of ``text`` (``tokens`` when the caller has them), kept for the last
        sentence."""
        cached = self._tokens
        if cached is None or cached[0] != text:
            cached = (text, tokenize(text) if tokens is None else tokens)
            self._tokens = cached
        return cached[1]

    def find(self, tokens: Sequence[Token]) -> list[CueMatch]:
        """Every cue in ``tokens``; where several start at one token, the longest."""
        found: list[CueMatch] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            best: tuple[int, CueFamily, str] | None = None
            for pattern, family, cue in self._candidates(token.lower):
                end = pattern.end_at(tokens, index)
                if end is not None:
                    size = end - index
                    if best is None or size > best[0]:
                        best = (size, family, cue)
            if best is None:
                index += 1
                continue
            size, family, cue = best
            found.append(
                CueMatch(family, token.start, tokens[index + size - 1].end, cue, token.end)
            )
            index += size
        return [m for m in found if not self._excluded(m, tokens)]

    def _excluded(self, match: CueMatch, tokens: Sequence[Token]) -> bool:
        """A cue inside one of its family's excluded phrases reports nothing."""
        patterns = self._excludes[match.family.id]
        if not patterns:
            return False
        # tokens are in text order: the cue's first token by a bisect, not a scan per cue
        at = bisect.bisect_left(tokens, match.start, key=lambda t: t.start)
        for pattern, reach, head in patterns:
            # a phrase that holds the cue starts at most its own length (gaps included) before
            for index in range(max(0, at - reach), at + 1):
                if head is not None and (index >= len(tokens) or tokens[index].lower != head):
                    continue
                end = pattern.end_at(tokens, index)
                if end is not None and tokens[end - 1].end >= match.end:
                    return True
        return False

    def _candidates(self, word: str) -> list[tuple[TokenPattern, CueFamily, str]]:
        # words repeat across sentences and letters: their candidate patterns are looked up
        # once (a bounded memo, cleared when full)
        known = self._memo.get(word)
        if known is not None:
            return known
        if len(self._memo) >= _MEMO_WORDS:
            self._memo.clear()
        found = self._memo[word] = self._lookup(word)
        return found

    def _lookup(self, word: str) -> list[tuple[TokenPattern, CueFamily, str]]:
        result = list(self._wild)
        for length in self._head_lengths:
            if length > len(word):
                break
            result.extend(self._patterns.get(word[:length], ()))
        for length in self._tail_lengths:
            if length > len(word):
                break
            result.extend(self._tails.get(word[-length:], ()))
        return result


def _excluding(pattern: TokenPattern) -> tuple[TokenPattern, int, str | None]:
    head = pattern.parts[0]
    reach = sum(GAP_WORDS + 1 if p == GAP else 1 for p in pattern.parts)
    return pattern, reach, head if head != GAP and "*" not in head else None


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    return converter


def load_table(data: Any, name: str = _FILE) -> _Table:
    """The table from its JSON data; an unknown key or a wrong type names the file and entry."""
    if not isinstance(data, dict):
        raise ValueError(f"{name}: the table must be a JSON object")
    data = {k: v for k, v in data.items() if not k.startswith("_")}
    families = data.get("families", [])
    for family in families if isinstance(families, list) else []:
        try:
            _converter().structure(family, CueFamily)
        except Exception as error:  # cattrs groups the cause; name the entry
            entry = family.get("id", "?") if isinstance(family, dict) else family
            raise ValueError(f"{name}: family {entry!r}: {_cause(error)}") from error
    try:
        return _converter().structure(data, _Table)
    except Exception as error:
        raise ValueError(f"{name}: {_cause(error)}") from error


def _cause(error: BaseException) -> str:
    if isinstance(error, cattrs.ClassValidationError):
        return "; ".join(_cause(e) for e in error.exceptions)
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return f"unknown key(s) {', '.join(sorted(error.extra_fields))}"
    return str(error)


@functools.cache
def dated_mention_lexicon() -> DatedMentionLexicon:
    """The bundled table (read once per process)."""
    text = resources.files("iraq_events.events.lexicon").joinpath(_FILE).read_text("utf-8")
    return DatedMentionLexicon(load_table(json.loads(text)))


def tokens_of(text: str) -> list[Token]:
    return tokenize(text)
