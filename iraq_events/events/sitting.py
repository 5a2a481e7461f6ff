"""The sitting that speaks of itself.

In the minutes of a debate, "Wij bespreken vandaag de verlenging van de bijdrage" and "Wij
zullen vandaag spreken over de voortgangsrapportage" date the debate the minutes record (an
event already read from the minutes' opening), not the extension or the report they discuss:
the day word resolves to the minutes' own date, which is not the debate's. A date of
``sitting.days`` in a clause where a speaker's pronoun (``sitting.speakers``) and a verb of
discussing (``sitting.verbs``) stand is no event (rule ``sitting-itself``). Words in
``lexicon/dated_mentions.json``.
"""

from __future__ import annotations

from iraq_events.events.cues import DatedMentionLexicon
from iraq_events.events.tokens import tokenize

__all__ = ["sitting_itself", "spoken_now"]

_LABEL_CHARS = 30  # characters a word of a speaker's label may take, at most


def sitting_itself(
    text: str, clause: tuple[int, int], date: tuple[int, int], lexicon: DatedMentionLexicon
) -> bool:
    """Whether the date ``text[date[0]:date[1]]`` is the day the speakers of its clause sit."""
    sitting = lexicon.sitting
    if sitting is None:
        return False
    if " ".join(text[date[0] : date[1]].casefold().split()) not in sitting.days:
        return False
    tokens = tokenize(text[clause[0] : clause[1]])
    words = {t.lower for t in tokens}
    return bool(words & sitting.speakers) and bool(lexicon.sitting_verbs.spans(tokens))


def spoken_now(text: str, date: tuple[int, int], lexicon: DatedMentionLexicon) -> bool:
    """Whether the day word ``text[date[0]:date[1]]`` is said in a speaker's turn of the
    minutes ("De voorzitter: ... de ambtenaren die hem vandaag ondersteunen"): a label of a
    few words with a speaker's title before a colon opens the sentence."""
    sitting = lexicon.sitting
    if sitting is None or not sitting.labels:
        return False
    if " ".join(text[date[0] : date[1]].casefold().split()) not in sitting.days:
        return False
    # the label opens the sentence: only its first words are looked at, whatever the length
    colon = text.find(":", 0, min(date[0], _LABEL_CHARS * sitting.label_words))
    label = text[:colon].casefold().split() if colon > 0 else []
    return 0 < len(label) <= sitting.label_words and bool(set(label) & sitting.labels)
