"""Taking over a mission: "heeft België met ingang van 1 juli de inzet van F-16's ...
overgenomen" starts the taker's deployment on that day; a handover cue whose object, right
after the date, is a mission noun dates the new deployment, not a change of command."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from iraq_events.events.cues import CueFamily, DatedMentionLexicon
from iraq_events.events.tokens import Token

__all__ = ["taken_over"]


def taken_over(
    family: CueFamily, tokens: Sequence[Token], date_end: int, lexicon: DatedMentionLexicon
) -> CueFamily:
    """The deployment family where ``family`` takes over a mission named right after the date
    (a determiner of ``takeover_determiners`` and a noun of ``yielding_complements``
    among the first words after it); else
    ``family``. "de taken ... overgenomen" stays a handover: tasks are no mission."""
    if lexicon.start_family is None or family.id not in lexicon.takeover_families:
        return family
    # the object opens at most two words after the date ("op 1 juli heeft België de inzet")
    following = [t for t in tokens if t.start >= date_end][:_OBJECT_REACH]
    for determiner, noun in itertools.pairwise(following):
        if (
            determiner.lower in lexicon.takeover_determiners
            and noun.lower in lexicon.yielding_complements
        ):
            return lexicon.start_family
    return family


_OBJECT_REACH = 4
