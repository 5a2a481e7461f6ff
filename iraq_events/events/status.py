"""Status and subtype: whether an event occurred, is planned, expected, ongoing or cancelled
(from its date against the letter's date and the status words of its clause), and its subtype
(from the trigger, else from the subtype words of its stretch of text)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from iraq_events.events.lexicon import EventLexicon, TriggerMatch, TypeProfile
from iraq_events.events.model import EventStatus
from iraq_events.temporal.types import Mod, TemporalExpression

__all__ = ["StatusReader", "subtype_of"]


# how many clauses' status words a reader keeps (one reader reads one letter)
_MEMO_SIZE = 64


class StatusReader:
    """Reads an event's status with the status words of one lexicon and one reference date."""

    def __init__(self, lexicon: EventLexicon, reference: datetime.date | None) -> None:
        self.reference = reference
        self._patterns = {
            status: re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])",
                re.IGNORECASE,
            )
            for status, words in lexicon.markers.status.items()
        }
        # a clause holding many dates is asked for each of them: its status words are read once
        self._marked: dict[str, frozenset[str]] = {}

    def _marks(self, clause: str) -> frozenset[str]:
        marks = self._marked.get(clause)
        if marks is None:
            if len(self._marked) >= _MEMO_SIZE:
                self._marked.clear()
            marks = self._marked[clause] = frozenset(
                status for status, pattern in self._patterns.items() if pattern.search(clause)
            )
        return marks

    def status(self, date: TemporalExpression, profile: TypeProfile, clause: str) -> EventStatus:
        marks = self._marks(clause)

        def marked(status: str) -> bool:
            return status in marks

        if marked("cancelled"):
            return EventStatus.CANCELLED
        future = EventStatus.EXPECTED if marked("expected") else EventStatus.PLANNED
        reference = self.reference
        if reference is None:
            return future if marked("planned") or marked("expected") else EventStatus.OCCURRED
        if date.latest is not None and date.latest < reference:
            return EventStatus.OCCURRED
        if date.earliest is not None and date.earliest > reference:
            return future
        if date.earliest is None and date.latest is not None and date.latest > reference:
            return future
        if date.mod is Mod.END and date.latest is not None and date.latest > reference:
            # "De bijdrage loopt eind 2016 af" in a letter of 9 December 2016: the end of a
            # period that has not ended yet is still ahead
            return future
        if date.mod in (Mod.ON_OR_AFTER, Mod.AFTER) and date.earliest is not None:
            return EventStatus.ONGOING if profile.durative else EventStatus.OCCURRED
        if marked("planned") or marked("expected"):
            return future
        return EventStatus.OCCURRED


def subtype_of(
    trigger: TriggerMatch,
    group: Sequence[TriggerMatch],
    text: str,
    profile: TypeProfile,
) -> tuple[str | None, tuple[str, str] | None]:
    """The subtype and its ACLED pair: the trigger's own, else the first rule whose words occur
    in ``text``."""
    if trigger.entry.subtype is not None:
        return trigger.entry.subtype, profile.acled
    # "heeft het verzoek ingewilligd": a trigger of the same event with a fixed subtype names it
    for other in group:
        if other.entry.event_type is trigger.entry.event_type and other.entry.subtype is not None:
            return other.entry.subtype, profile.acled
    lowered = text.casefold()
    for rule in profile.subtypes:
        if rule.also and not any(word.casefold() in lowered for word in rule.also):
            continue
        if any(word.casefold() in lowered for word in rule.words):
            return rule.subtype, rule.acled or profile.acled
    return None, profile.acled
