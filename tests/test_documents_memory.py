"""The column stores that keep a large letter's memory down (issue 16) give back what they
were given."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.documents import read_document
from iraq_events.documents.tables import ExpressionColumn
from iraq_events.temporal import find_dates

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_7ba65e5599d72e72.txt"
_TEXT = SEED.read_text(encoding="utf-8")


@given(st.integers(0, len(_TEXT) - 2000), st.integers(1, 2000))
def test_an_expression_column_gives_back_the_expressions_it_was_given(
    start: int, length: int
) -> None:
    source = _TEXT[start : start + length]
    expressions = find_dates(source, reference=datetime.date(2024, 5, 15))
    column = ExpressionColumn(source)
    for expression in expressions:
        column.append(expression)
    assert len(column) == len(expressions)
    assert [column[i] for i in range(len(column))] == list(expressions)
    assert [column.span(i) for i in range(len(column))] == [(e.start, e.end) for e in expressions]


def test_an_expression_whose_text_is_not_its_span_keeps_its_own_text() -> None:
    source = "op 3 mei 2024 en later"
    expression = find_dates(source, reference=datetime.date(2024, 5, 15))[0]
    other = attrs.evolve(expression, text="3 mei 2024 (gewijzigd)")
    column = ExpressionColumn(source)
    column.append(expression)
    column.append(other)
    assert column[0] == expression
    assert column[1] == other
    assert column[1].text == "3 mei 2024 (gewijzigd)"


def test_a_read_documents_dates_are_spans_of_its_text_in_order() -> None:
    document = read_document(SEED)
    dates = list(document.dates)
    assert dates
    spans = [(d.expression.start, d.expression.end) for d in dates]
    assert spans == sorted(spans)
    for date in dates:
        expression = date.expression
        assert expression.text == document.text[expression.start : expression.end]
        clean = document.clean.text[date.clean_start : date.clean_end]
        assert " ".join(clean.split()) == " ".join(expression.text.split())
