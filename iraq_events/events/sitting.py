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

__all__ = ["sitting_itself"]


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
