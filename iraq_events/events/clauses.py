"""Clauses: a sentence cut at commas, brackets, dashes and temporal subordinators, the cut
after the date of a fronted "after" phrase, and the clause that holds a position."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from iraq_events.events.lexicon import EventLexicon
from iraq_events.events.parts import Clause, DatedSpan, words_before

__all__ = ["ClauseCutter", "clause_of", "next_clause"]

# a name or abbreviation in brackets, "(UNAMI)", "(Kataib Hezbollah)": part of its clause
# how many sentences' clauses a cutter keeps (one cutter reads one letter)
_MEMO_SIZE = 64
_NAME_IN_BRACKETS = re.compile(r"\((?:[^\W\d][\w'’.-]*\s?){1,3}\)")


class ClauseCutter:
    """Cuts sentences into clauses with the clause words of one lexicon."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        self._memo: dict[tuple[str, tuple[tuple[int, int], ...]], tuple[Clause, ...]] = {}
        marks = lexicon.markers
        self._split = re.compile(
            r"[,;:()\[\]]|\s[–—-]\s|(?=\s(?:"
            + "|".join(re.escape(w) for w in sorted(marks.subordinators, key=len, reverse=True))
            + r")\s)"
        )
        # the openings of a subordinate and a descriptive clause, for one startswith a clause
        self._subordinate = tuple(word + " " for word in marks.subordinators)
        self._descriptive = tuple(word + " " for word in marks.descriptive_relatives)
        self._after = re.compile(
            r"\s*(?:" + "|".join(re.escape(w) for w in marks.after_markers) + r")\s",
            re.IGNORECASE,
        )

    def opens_after(self, text: str, position: int) -> bool:
        """Whether the clause at ``position`` opens with an "after" marker ("na", "nadat")."""
        return self._after.match(text, position) is not None

    def clauses(self, text: str, dates: Sequence[DatedSpan] = ()) -> list[Clause]:
        """The clauses of ``text``, a new list each time (``split_after`` edits it); the
        stages ask this of one sentence several times, so the last answers are kept."""
        key = (text, tuple((d.start, d.end) for d in dates))
        kept = self._memo.get(key)
        if kept is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            kept = self._memo[key] = tuple(self._cut(text, dates))
        return list(kept)

    def _cut(self, text: str, dates: Sequence[DatedSpan]) -> list[Clause]:
        clauses: list[Clause] = []
        position = 0
        date_starts = {d.start for d in dates}
        # "de VN-missie in Irak (UNAMI)": a name in brackets is no clause of its own
        named = {
            offset
            for m in _NAME_IN_BRACKETS.finditer(text)
            if not any(m.start() <= d.start < m.end() for d in dates)
            for offset in (m.start(), m.end() - 1)
        }
        for cut in self._split.finditer(text):
            if cut.start() == cut.end() and cut.end() + 1 in date_starts:
                continue  # "na het zomerreces" is a date, not a clause of its own
            if cut.start() in named:
                continue
            clauses.append(self._clause(text, position, cut.start()))
            position = cut.end()
        clauses.append(self._clause(text, position, len(text)))
        return [c for c in clauses if text[c.start : c.end].strip()]

    def _clause(self, text: str, start: int, end: int) -> Clause:
        lowered = text[start:end].casefold().lstrip()
        return Clause(
            start, end, lowered.startswith(self._subordinate), lowered.startswith(self._descriptive)
        )

    def split_after(self, text: str, clauses: list[Clause], dates: Sequence[DatedSpan]) -> None:
        """Cut "Na X op <datum> is Y ingericht" after the date: X is dated, Y follows it."""
        for i, clause in enumerate(clauses):
            if not self.opens_after(text, clause.start):
                continue
            inside = [d for d in dates if clause.start <= d.start and d.end < clause.end]
            if not inside:
                continue
            cut = inside[0].end
            # the main clause's finite verb comes right after a fronted phrase ("... 2023 is ...")
            rest = words_before(text, clause.end, cut)
            if not rest or rest[0] not in self.lex.markers.finite_verbs:
                continue
            clauses[i : i + 1] = [
                Clause(clause.start, cut, True),
                Clause(cut, clause.end, False),
            ]
            return


def clause_of(clauses: Sequence[Clause], position: int) -> Clause:
    """The clause that holds ``position`` (clauses are in order and do not overlap), else the
    nearest one."""
    i = bisect.bisect_right(clauses, position, key=lambda c: c.start) - 1
    if i >= 0 and position < clauses[i].end:
        return clauses[i]
    # between two clauses (on a cut) or outside them all: the nearer neighbour, the earlier on
    # a tie
    neighbours = [clauses[j] for j in (i, i + 1) if 0 <= j < len(clauses)]
    return min(neighbours, key=lambda c: min(abs(c.start - position), abs(c.end - position)))


def next_clause(clauses: Sequence[Clause], clause: Clause) -> Clause | None:
    """The first clause that starts at or after the end of ``clause``."""
    i = bisect.bisect_left(clauses, clause.end, key=lambda c: c.start)
    return clauses[i] if i < len(clauses) else None
