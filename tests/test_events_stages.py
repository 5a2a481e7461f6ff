"""The stage helpers that replaced scans with bisect agree with the scans they replaced."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from iraq_events.events.clauses import ClauseCutter, clause_of, next_clause
from iraq_events.events.lexicon import event_lexicon
from iraq_events.events.parts import Clause


def scanned_clause_of(clauses: Sequence[Clause], position: int) -> Clause:
    for clause in clauses:
        if clause.start <= position < clause.end:
            return clause
    return min(clauses, key=lambda c: min(abs(c.start - position), abs(c.end - position)))


@st.composite
def clause_lists(draw: st.DrawFn) -> list[Clause]:
    cuts = sorted(draw(st.sets(st.integers(0, 200), min_size=2, max_size=20)))
    pairs = list(itertools.pairwise(cuts))
    kept = draw(st.lists(st.sampled_from(pairs), min_size=1, unique=True))
    return [Clause(s, e, False) for s, e in sorted(kept)]


@given(clause_lists(), st.integers(-5, 210))
def test_clause_of_by_bisect_is_the_scan(clauses: list[Clause], position: int) -> None:
    assert clause_of(clauses, position) == scanned_clause_of(clauses, position)


@given(clause_lists(), st.data())
def test_next_clause_by_bisect_is_the_scan(clauses: list[Clause], data: st.DataObject) -> None:
    clause = data.draw(st.sampled_from(clauses))
    assert next_clause(clauses, clause) == next((c for c in clauses if c.start >= clause.end), None)


def test_clauses_are_in_order_and_do_not_overlap() -> None:
    text = "Na de aanval op 4 januari 2024, waarbij drie doden vielen, reageerden de VS (CENTCOM)."
    clauses = ClauseCutter(event_lexicon()).clauses(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(clauses))
    assert clause_of(clauses, text.index("VS")).start < text.index("VS")
