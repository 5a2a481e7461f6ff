"""The learned back-off typer: a small multinomial logistic model that retypes an event where
the rules typed it weakly (an uncued dated mention left ``other``, a cue read outside the
date's clause), and only where the model is confident.

The weights are data (``lexicon/typer.json``), trained by ``benchmarks/train_typer.py`` on
the rules' own output matched against development gold; the header says on what and by which
command. Features are the lower-cased words of the event's sentence and of the clause and
window around its date (the date's own words left out), their prefixes, and the rule names
of the event's provenance. A retyped event's provenance gains ``typer.retyped:<old type>@<p>``.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import os
import pathlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs

from iraq_events.events.lexicon.loading import event_lexicon
from iraq_events.events.model import Event, EventType

__all__ = [
    "MODEL_FILE",
    "NONE_LABEL",
    "TyperError",
    "TyperModel",
    "date_in_quote",
    "features",
    "load_typer",
    "read_typer",
    "retype",
    "rule_names",
    "shipped_typer",
]

MODEL_FILE = "typer.json"
# the label for "the rules found no event here"; the shipped model may predict it, but the
# typer never drops an event (see docs/events.md)
NONE_LABEL = "none"

_TYPES = frozenset(t.value for t in EventType)
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_EDGE = re.compile(r"[,;:()\[\]]")
_PREFIX = 5
_WINDOW = 4


class TyperError(ValueError):
    """A typer model file that cannot be read or does not fit its schema."""


def rule_names(method: str) -> list[str]:
    """The rule names of a provenance string (``"a.b+c.d clause-date"``: a.b, c.d, clause-date)."""
    return [piece for part in method.split() for piece in part.split("+") if piece]


def _families(name: str) -> list[str]:
    # "cue.report.letter" and "report.rapport" both name the family "report"; a tag
    # ("clause-date", "retyped-by-cue.mandate.extension") is a tag and has no family of its own
    parts = name.split(".")
    if parts[0] == "cue" and len(parts) > 1:
        return [parts[1]]
    if len(parts) > 1 and parts[0] in _TYPES:
        return [parts[0]]
    return []


def date_in_quote(quote: str, offset: int | None, date_text: str | None) -> tuple[int, int] | None:
    """Where the date stands in the quote: at ``offset`` if its text is there, else its first
    occurrence, else ``None`` (the quote is the sentence's clean text, which may differ)."""
    if not date_text:
        return None
    if offset is not None and quote[offset : offset + len(date_text)] == date_text:
        return offset, offset + len(date_text)
    found = quote.find(date_text)
    return None if found < 0 else (found, found + len(date_text))


def features(quote: str, date_span: tuple[int, int] | None, method: str) -> list[str]:
    """The model's features of one event (sorted, without repeats)."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(quote)]
    if date_span is not None:
        low, high = date_span
        before = [w for w in words if w[1] <= low]
        after = [w for w in words if w[0] >= high]
        edges = [m.start() for m in _CLAUSE_EDGE.finditer(quote)]
        clause_low = max((e for e in edges if e < low), default=-1)
        clause_high = min((e for e in edges if e >= high), default=len(quote))
        clause = [
            w for w in words if clause_low < w[0] and w[1] <= clause_high and not low <= w[0] < high
        ]
        window = before[-_WINDOW:] + after[:_WINDOW]
        sentence = before + after
    else:
        sentence = clause = window = words
    found = {"bias", *_sentence_features(sentence), *_clause_features(clause)}
    found.update("w:" + w for _, _, w in window)
    if date_span is None:
        found.add("r:no-date-in-quote")
    for name in rule_names(method):
        for family in _families(name):
            found.add("f:" + family)
        found.add("r:" + name)
    return sorted(found)


@attrs.frozen(kw_only=True)
class TyperModel:
    """A multinomial logistic model over sparse binary features, and the policy that uses it."""

    labels: tuple[str, ...]
    weights: Mapping[str, Mapping[int, float]]
    threshold: float
    # the confidence needed to retype an event the rules typed firmly (above 1: never)
    strong_threshold: float = 2.0
    # an event is weak (open to retyping) if its type is one of these, or its provenance
    # holds one of these rule names
    weak_types: frozenset[str] = frozenset()
    weak_rules: frozenset[str] = frozenset()
    header: Mapping[str, Any] = attrs.field(factory=dict)

    def scores(self, found: Iterable[str], sign: float = 1.0) -> list[float]:
        """Each label's summed weight over the features (times ``sign``)."""
        scores = [0.0] * len(self.labels)
        for feature in found:
            for label, weight in self.weights.get(feature, {}).items():
                scores[label] += sign * weight
        return scores

    def probabilities(self, found: Iterable[str]) -> dict[str, float]:
        return self.probabilities_of(self.scores(found))

    def probabilities_of(self, scores: Sequence[float]) -> dict[str, float]:
        """The labels' probabilities from their summed weights."""
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def is_weak(self, event_type: str, method: str) -> bool:
        if event_type in self.weak_types:
            return True
        return any(name in self.weak_rules for name in rule_names(method))

    def best_of(self, scores: Sequence[float]) -> tuple[str, float]:
        """The most probable label and its probability (a tie goes to the later name)."""
        probabilities = self.probabilities_of(scores)
        label = max(self.labels, key=lambda name: (probabilities[name], name))
        return label, probabilities[label]

    def needed(self, event_type: str, method: str) -> float:
        """The confidence needed to retype such an event (above 1: never; no need to score)."""
        return self.threshold if self.is_weak(event_type, method) else self.strong_threshold

    def accepts(self, event_type: str, method: str, label: str, p: float) -> bool:
        """Whether the policy retypes an event of the rules' ``event_type`` and provenance
        ``method`` to the model's best ``label`` of probability ``p``."""
        needed = self.needed(event_type, method)
        return needed <= 1.0 and label not in (event_type, NONE_LABEL) and p >= needed

    def choose(
        self, event_type: str, method: str, found: Iterable[str]
    ) -> tuple[str, float] | None:
        """The new type and its probability, or ``None`` where the rules' type stays."""
        if self.needed(event_type, method) > 1.0:
            return None
        return self.choose_scored(event_type, method, self.scores(found))

    def choose_scored(
        self, event_type: str, method: str, scores: Sequence[float]
    ) -> tuple[str, float] | None:
        """``choose`` from the labels' summed weights of the event's features."""
        label, p = self.best_of(scores)
        return (label, p) if self.accepts(event_type, method, label, p) else None


def _schema_error(source: str, what: str) -> TyperError:
    return TyperError(f"{source}: {what}")


def _number(value: Any) -> bool:
    # a bool is an int to Python, and NaN passes no comparison: neither is a weight or threshold
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _names(data: Mapping[str, Any], key: str, source: str) -> list[str]:
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _schema_error(source, f"{key} must be a list of strings, got {value!r}")
    return value


def load_typer(data: Any, source: str = MODEL_FILE) -> TyperModel:
    """A model from its JSON form; a malformed file is a ``TyperError`` naming ``source``."""
    if not isinstance(data, Mapping):
        raise _schema_error(source, f"a model is a JSON object, got {type(data).__name__}")
    for key in ("header", "labels", "threshold", "weak_types", "weak_rules", "weights"):
        if key not in data:
            raise _schema_error(source, f"missing key {key!r}")
    labels = tuple(_names(data, "labels", source))
    known = _TYPES | {NONE_LABEL}
    unknown = [label for label in labels if label not in known]
    if unknown or not labels:
        raise _schema_error(source, f"unknown labels {unknown}" if unknown else "no labels")
    threshold = data["threshold"]
    if not _number(threshold) or not 0.0 <= threshold <= 1.0:
        raise _schema_error(source, f"threshold must be in [0, 1], got {threshold!r}")
    strong = data.get("strong_threshold", 2.0)
    if not _number(strong) or strong < 0.0:
        raise _schema_error(source, f"strong_threshold must be >= 0, got {strong!r}")
    if not isinstance(data["header"], Mapping):
        raise _schema_error(source, "header must be an object")
    if not isinstance(data["weights"], Mapping):
        raise _schema_error(source, "weights must be an object")
    weights: dict[str, dict[int, float]] = {}
    for feature, row in data["weights"].items():
        if not isinstance(row, Mapping):
            raise _schema_error(source, f"feature {feature!r}: weights must be an object")
        parsed = {}
        for label, weight in row.items():
            if label not in labels or not _number(weight):
                raise _schema_error(
                    source, f"feature {feature!r}: bad weight {label!r}: {weight!r}"
                )
            parsed[labels.index(label)] = float(weight)
        weights[feature] = parsed
    return TyperModel(
        labels=labels,
        weights=weights,
        threshold=float(threshold),
        strong_threshold=float(strong),
        weak_types=frozenset(_names(data, "weak_types", source)),
        weak_rules=frozenset(_names(data, "weak_rules", source)),
        header=dict(data["header"]),
    )


def _parse(text: str, source: str) -> TyperModel:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _schema_error(source, f"not JSON: {error}") from error
    return load_typer(data, source)


def read_typer(path: str | os.PathLike[str]) -> TyperModel:
    """The model of a model file; a missing, unreadable or malformed file is a ``TyperError``
    naming ``path``."""
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise _schema_error(str(path), f"cannot be read: {reason}") from error
    return _parse(text, str(path))


@functools.cache
def shipped_typer() -> TyperModel:
    """The model shipped in the package (``iraq_events/events/lexicon/typer.json``), read once
    per process."""
    text = resources.files("iraq_events.events.lexicon").joinpath(MODEL_FILE).read_text("utf-8")
    return _parse(text, MODEL_FILE)


def retype(events: Sequence[Event], text: str, model: TyperModel) -> list[Event]:
    """The events, each weakly typed one retyped where the model is confident. A retyped
    event's subtype is dropped and its ACLED codes are the new type's (as when a rule retypes
    by a cue); its ``event_id`` keeps the rules' type, so that ids (and curation files keyed
    by them) do not move with the weights or with ``typer=False``."""
    profiles = event_lexicon().types
    readers: dict[str, _QuoteReader] = {}
    result = []
    for event in events:
        source = event.source
        method = event.method
        event_type = event.event_type.value
        if model.needed(event_type, method) > 1.0:
            result.append(event)
            continue
        date_text = (
            None
            if source.date_char_start is None or source.date_char_end is None
            else text[source.date_char_start : source.date_char_end]
        )
        offset = (
            None if source.date_char_start is None else source.date_char_start - source.char_start
        )
        span = date_in_quote(source.quote, offset, date_text)
        reader = readers.get(source.quote)
        if reader is None:
            reader = readers[source.quote] = _QuoteReader(source.quote, model)
        choice = model.choose_scored(event_type, method, reader.scores(span, method))
        if choice is None:
            result.append(event)
            continue
        label, p = choice
        new_type = EventType(label)
        # the subtype and ACLED codes were read for the old type; left, a "drone" attack
        # retyped to a meeting would still be an ACLED air strike
        acled = profiles[new_type].acled
        result.append(
            attrs.evolve(
                event,
                event_type=new_type,
                subtype=None,
                acled_event_type=None if acled is None else acled[0],
                acled_sub_event_type=None if acled is None else acled[1],
                method=f"{event.method} typer.retyped:{event.event_type.value}@{p:.2f}".strip(),
            )
        )
    return result


class _QuoteReader:
    """One quote's words and summed sentence and clause weights, read once for all its events:
    ``scores`` equals ``model.scores(features(quote, span, method))``, but a sentence of a
    thousand dates stays linear."""

    def __init__(self, quote: str, model: TyperModel) -> None:
        self.quote = quote
        self.model = model
        self.words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(quote)]
        self.starts = [start for start, _, _ in self.words]
        self.ends = [end for _, end, _ in self.words]
        self.edges = [m.start() for m in _CLAUSE_EDGE.finditer(quote)]
        self.sentence = Counter(_sentence_features(self.words))
        self.sentence_scores = model.scores(self.sentence)
        self.clauses: dict[tuple[int, int], tuple[Counter[str], list[float]]] = {}
        self.undated: dict[str, list[float]] = {}

    def _clause(self, first: int, last: int) -> tuple[Counter[str], list[float]]:
        known = self.clauses.get((first, last))
        if known is None:
            counts = Counter(_clause_features(self.words[first:last]))
            known = self.clauses[(first, last)] = (counts, self.model.scores(counts))
        return known

    def scores(self, span: tuple[int, int] | None, method: str) -> list[float]:
        if span is None:  # a date not found in its quote: rare, read in full once per method
            if method not in self.undated:
                self.undated[method] = self.model.scores(features(self.quote, None, method))
            return list(self.undated[method])
        words = self.words
        low, high = span
        # the words the date overlaps leave the sentence; those starting in it the clause
        before = bisect.bisect_right(self.ends, low)
        after = bisect.bisect_left(self.starts, high)
        sentence_gone = _gone(self.sentence, _sentence_features(words[before:after]))
        edge = bisect.bisect_left(self.edges, low)
        clause_low = self.edges[edge - 1] if edge else -1
        edge = bisect.bisect_left(self.edges, high)
        clause_high = self.edges[edge] if edge < len(self.edges) else len(self.quote)
        first = bisect.bisect_right(self.starts, clause_low)
        last = bisect.bisect_right(self.ends, clause_high)
        gone_first = max(first, bisect.bisect_left(self.starts, low))
        gone_last = min(last, after)
        window = words[max(0, before - _WINDOW) : before] + words[after : after + _WINDOW]
        clause_counts, clause_scores = (
            self._clause(first, last) if last > first else (Counter(), [])
        )
        clause_gone = (
            _gone(clause_counts, _clause_features(words[gone_first:gone_last]))
            if gone_last > gone_first
            else []
        )
        rest = {"w:" + word for _, _, word in window} | {"bias"}
        for name in rule_names(method):
            rest.update("f:" + family for family in _families(name))
            rest.add("r:" + name)
        totals = self.model.scores(rest)
        for part in (self.sentence_scores, clause_scores):
            for label, value in enumerate(part):
                totals[label] += value
        for label, value in enumerate(self.model.scores([*sentence_gone, *clause_gone], -1.0)):
            totals[label] += value
        return totals


def _sentence_features(words: Sequence[tuple[int, int, str]]) -> list[str]:
    return ["s:" + word[:_PREFIX] for _, _, word in words]


def _clause_features(words: Sequence[tuple[int, int, str]]) -> list[str]:
    found = ["c:" + word for _, _, word in words]
    found += ["c:" + word[:_PREFIX] + "~" for _, _, word in words if len(word) > _PREFIX]
    return found


def _gone(counts: Counter[str], removed: Iterable[str]) -> list[str]:
    """The features all of whose occurrences are among ``removed``."""
    return [feature for feature, n in Counter(removed).items() if counts[feature] == n]
