"""Numbers that read as years: a bare year that ends a name ("het Toetsingskader 2009") or
numbers a paper ("resolutie 1973", "resoluties 1970 en 1973") is no date of an event. Asked by
the filters of the date-first stage (rule ``name-with-year``) and by the trigger reader."""

from __future__ import annotations

from iraq_events.events.cues import DatedMentionLexicon
from iraq_events.events.tokens import tokenize

__all__ = ["ends_a_name"]

# how far before a year the words of a name are looked for
_NAME_REACH = 80


def ends_a_name(text: str, start: int, expression: str, lexicon: DatedMentionLexicon) -> bool:
    """ "het Toetsingskader 2009", "de Defensienota 2022": a bare year that ends a name (a
    capitalised word that is no cue, after a determiner), not a date of an event."""
    if not expression.isdigit():
        return False
    # the two words before the year are all the rule reads
    before = tokenize(text[max(0, start - _NAME_REACH) : start])
    if not before or text[max(0, start - _NAME_REACH) + before[-1].end : start].strip():
        return False
    last = len(before) - 1
    while (
        last >= 2
        and before[last].lower in lexicon.list_connectors
        and before[last - 1].text.isdigit()
    ):
        last -= 2  # "resoluties 1970 en 1973"
    if before[last].lower in lexicon.numbered_nouns:
        return True  # "resolutie 1973", "nr. 2012": the number of a paper
    if len(before) < 2:
        return False
    determiner, name = before[-2], before[-1]
    if not name.text[:1].isupper() or determiner.lower not in lexicon.name_determiners:
        return False
    return not lexicon.find([name])
