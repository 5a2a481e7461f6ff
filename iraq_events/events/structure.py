"""Clause structure without a parser: which constituent a date belongs to.

Dutch main clauses put the finite verb second: what stands before it is one constituent (the
prefield), so a date there belongs to the noun phrase it closes ("De arrestatie van vijf
strijders op 7 februari werd ... bekendgemaakt" dates the arrest, not the announcement). A date
right after a purpose or comparison word modifies the noun before it ("de begroting voor
2026"), not the clause's verb. A finite auxiliary between a noun and a date separates them:
"Het verdrag werd op 12 maart geratificeerd" dates the ratification the participle names.
The words come from the lexicons; this module holds only the mechanism.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from iraq_events.events.tokens import Token, TokenPattern, tokenize

__all__ = [
    "ROLLING_RULES",
    "is_rolling",
    "modifies_a_noun",
    "nominal_in_prefield",
    "verb_between",
]

# the temporal rules of a window that ends at the letter's date ("het afgelopen jaar", "de
# afgelopen twee weken"): a duration with bounds, able to date what happened in it
ROLLING_RULES = frozenset({"relative.rolling", "relative.window"})


# characters before a date within which a modifying phrase ("ten opzichte van") must lie
_REACH = 40


def is_rolling(rule: str, has_bounds: bool) -> bool:
    return has_bounds and rule in ROLLING_RULES


def _words(text: str, start: int, end: int) -> list[Token]:
    return [t for t in tokenize(text[start:end])]


def verb_between(text: str, start: int, end: int, verbs: Collection[str]) -> bool:
    """Whether a finite verb of ``verbs`` stands in ``text[start:end]``."""
    return any(t.lower in verbs for t in _words(text, start, end))


def modifies_a_noun(
    text: str, date_start: int, clause_start: int, patterns: Sequence[TokenPattern]
) -> bool:
    """A date right after one of ``patterns`` ("voor", "ten opzichte van"): it modifies the
    noun before it, not the verb of its clause."""
    # the few words right before the date are all a pattern can hold
    start = max(clause_start, date_start - _REACH)
    before = text[start:date_start]
    if before.rstrip(" ") != before.rstrip():
        return False  # a line break or the like: no phrase runs across it
    tokens = _words(text, start, date_start)
    if not tokens or before[tokens[-1].end :].strip(" ,"):
        return False
    count = len(tokens)
    for pattern in patterns:
        size = len(pattern.parts)
        if count >= size and pattern.end_at(tokens, count - size) == count:
            return True
    return False


def nominal_in_prefield(
    text: str,
    clause_start: int,
    noun_start: int,
    date_start: int,
    *,
    determiners: Collection[str],
    verbs: Collection[str],
) -> bool:
    """Whether a noun that opens its clause (a determiner and at most one adjective before it)
    and a date after it both stand before the clause's first finite verb: the date closes the
    noun's phrase."""
    head = _words(text, clause_start, noun_start)
    # the noun's phrase opens the clause: a determiner and at most one adjective before it
    if not head or len(head) > 2 or head[0].lower not in determiners:
        return False
    return not verb_between(text, clause_start, date_start, verbs)
