"""The grouped tables of ``lexicon/dated_mentions.json`` that are more than a list of words:
who decides, the sitting of a debate, the labels of papers, and reported speech. Loaded by
the strict converter of ``cues.py``."""

from __future__ import annotations

import attrs

from iraq_events.events.model import EventType

__all__ = ["Decider", "PaperLabels", "Reported", "Sitting"]


@attrs.frozen(kw_only=True)
class Decider:
    """Who decides, and the type their dated decision is ("de Noordatlantische Raad besloot
    op 27 maart": a mandate; "het kabinet besloot in december": an announcement)."""

    id: str
    type: EventType
    words: tuple[str, ...]
    subtype: str | None = None


@attrs.frozen(kw_only=True)
class Sitting:
    """The words by which the speakers of a debate's minutes date their own sitting."""

    days: frozenset[str]
    speakers: frozenset[str]
    verbs: tuple[str, ...]
    # "De voorzitter: ...", "Minister X: ...": the words of a speaker's label before its colon
    labels: frozenset[str] = frozenset()
    label_words: int = 0


@attrs.frozen(kw_only=True)
class PaperLabels:
    family: str
    cues: tuple[str, ...]
    max_words_before: int = 0
    # the label in brackets after a paper's subject ("inzake de bijdrage aan X (artikel 100)")
    bracketed: tuple[str, ...] = ()
    # the procedure by which the letter informed ("hebben wij u, conform artikel 100,
    # geïnformeerd over ...")
    procedures: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Reported:
    """What counts a word of now from a dated message's day ("heeft de Kamer op 13 november
    geïnformeerd ernaar te streven de antwoorden eind deze week te sturen"): the temporal
    rules of words of now, the verbs of saying or informing, the words that open their
    complement, and how many words before the date all of them are looked for in."""

    rules: tuple[str, ...]
    verbs: frozenset[str]
    openers: frozenset[str]
    reach: int
