"""The temporal expressions of a document: the temporal engine run over each clean paragraph.

Each paragraph's clean text (line breaks joined, footnote markers removed, so ``20238`` reads
``2023``) goes to ``find_dates`` with the letter's own date as the reference; the expressions
come back with paragraph offsets and are moved to the original text. Anaphora to the reporting
period (``deze rapportageperiode``), which ``find_dates`` leaves unresolved, are resolved
against the period the letter states, if it states one.
"""

from __future__ import annotations

import datetime
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.model import CleanText, DocumentDate
from iraq_events.documents.tables import ExpressionColumn
from iraq_events.temporal.types import Anchoring, ExpressionKind, TemporalExpression

__all__ = ["ANAPHOR_RULE_PREFIX", "DatedParagraph", "document_dates", "reporting_period"]

ANAPHOR_RULE_PREFIX = "anaphor.reporting_period"


@attrs.frozen(kw_only=True)
class DatedParagraph:
    """The expressions ``find_dates`` found in one clean paragraph, already moved to the
    original text: positions ``first`` to ``first + count`` of ``expressions``, a column shared
    by every paragraph of the letter, whose ``clean_spans`` hold each one's clean start and end
    (two numbers apiece)."""

    clean_start: int
    clean_end: int
    body: bool
    expressions: ExpressionColumn = attrs.field(eq=False, repr=False)
    clean_spans: array[int] = attrs.field(eq=False, repr=False)
    first: int = 0
    count: int = 0


def find_paragraph_dates(
    clean: CleanText,
    spans: Iterable[tuple[int, int, bool]],
    reference: datetime.date | None,
    original: str,
    *,
    prefer: str | None = None,
) -> list[DatedParagraph]:
    """The dates of each paragraph span, moved to ``original`` as each paragraph is read, so
    that a letter's expressions are never all held twice (in paragraph and original offsets),
    and kept in one column (about 50 bytes an expression, not 400). ``prefer`` goes to
    ``find_dates`` (the occurrence of a year-less date that nothing else decides)."""
    from iraq_events.temporal import find_dates

    expressions = ExpressionColumn(original)
    clean_spans = array("q")
    dated = []
    for start, end, body in _lists_joined(clean.text, spans):
        first = len(expressions)
        for expression in find_dates(clean.text[start:end], reference=reference, prefer=prefer):
            expression, begin, finish = _to_original(expression, clean, original, start)
            expressions.append(expression)
            clean_spans.extend((begin, finish))
        dated.append(
            DatedParagraph(
                clean_start=start,
                clean_end=end,
                body=body,
                expressions=expressions,
                clean_spans=clean_spans,
                first=first,
                count=len(expressions) - first,
            )
        )
    return dated


def _is_item(text: str) -> bool:
    stripped = text.lstrip()
    return any(
        stripped.startswith(bullet) and stripped[len(bullet) : len(bullet) + 1].isspace()
        for bullet in lexicon().bullets
    )


def _lists_joined(
    text: str, spans: Iterable[tuple[int, int, bool]]
) -> Iterator[tuple[int, int, bool]]:
    """The paragraph spans with a list read as one: the paragraph that introduces it (ending
    in a colon) and its bulleted items, each a paragraph of its own. An item's year-less date
    then takes its tense or its year from the introduction ("De bijdrage zal bestaan uit:" and
    "• een tankvliegtuig tot 4 april;" plan a date after the letter's)."""
    pending: tuple[int, int, bool] | None = None
    in_list = False
    for start, end, body in spans:
        if (
            pending is not None
            and pending[2]
            and body
            and _is_item(text[start:end])
            and (in_list or text[pending[0] : pending[1]].rstrip().endswith(":"))
        ):
            pending = (pending[0], end, True)
            in_list = True
            continue
        if pending is not None:
            yield pending
        pending, in_list = (start, end, body), False
    if pending is not None:
        yield pending


def _to_original(
    expression: TemporalExpression, clean: CleanText, original: str, clean_start: int
) -> tuple[TemporalExpression, int, int]:
    begin = clean_start + expression.start
    finish = clean_start + expression.end
    start = clean.offsets[begin]
    end = clean.offsets[finish - 1] + 1 if finish > begin else start
    moved = attrs.evolve(expression, start=start, end=end, text=original[start:end])
    return moved, begin, finish


def reporting_period(
    paragraphs: Sequence[DatedParagraph],
    sentence_index_at: Callable[[int], int | None],
    sentence_text: Callable[[int], str],
) -> TemporalExpression | None:
    """The first fully bounded range in a body sentence that names the letter's reporting.

    ``hierbij de voortgangsrapportage over ... van mei 2023 tot en met april 2024`` states the
    period; the words that make a sentence a statement of it are ``reporting_words`` in
    ``lexicon.toml``. ``sentence_text`` gives a sentence's clean text by its index. Returns the
    expression in original offsets, or ``None``.

    Each sentence is searched for those words at most once, however many ranges it holds, so
    the time is linear in the letter.
    """
    words = tuple(word.casefold() for word in lexicon().reporting_words)
    reports: dict[int | None, bool] = {None: False}

    def speaks_of_reporting(index: int | None) -> bool:
        if index not in reports:
            assert index is not None
            sentence = sentence_text(index).casefold()
            reports[index] = any(word in sentence for word in words)
        return reports[index]

    for paragraph in paragraphs:
        if not paragraph.body:
            continue
        for position in range(paragraph.first, paragraph.first + paragraph.count):
            expression = paragraph.expressions[position]
            if (
                expression.kind is ExpressionKind.RANGE
                and expression.anchoring is Anchoring.ABSOLUTE
                and expression.earliest is not None
                and expression.latest is not None
            ):
                if speaks_of_reporting(sentence_index_at(paragraph.clean_spans[2 * position])):
                    return expression
    return None


def document_dates(
    paragraphs: list[DatedParagraph],
    period: TemporalExpression | None,
    sentence_index_at: Callable[[int], int | None],
    page_of: Callable[[int], int | None],
) -> Iterator[DocumentDate]:
    """The dates of ``paragraphs``, sorted by span, made one at a time.

    No list of every ``DocumentDate`` is held beside the expressions: each is made when
    the caller takes it.
    """
    if not paragraphs:
        return
    # the dates are numbered in paragraph order, so that the (stable) sort by span keeps
    # paragraph order within one span; sorted as numbers, not as records, with a span as one
    # number (its start, then its end) for the key
    expressions, clean_spans = paragraphs[0].expressions, paragraphs[0].clean_spans
    past_end = 1 + max((expressions.span(i)[1] for i in range(len(expressions))), default=0)

    def span(number: int) -> int:
        start, end = expressions.span(number)
        return start * past_end + end

    for number in array("q", sorted(range(len(expressions)), key=span)):
        expression = expressions[number]
        if (
            period is not None
            and expression.rule.startswith(ANAPHOR_RULE_PREFIX)
            and not expression.is_resolved
        ):
            from iraq_events.temporal.resolution import resolve_anaphor

            expression = resolve_anaphor(expression, period)
        begin = clean_spans[2 * number]
        yield DocumentDate(
            expression=expression,
            clean_start=begin,
            clean_end=clean_spans[2 * number + 1],
            page=page_of(expression.start),
            sentence=sentence_index_at(begin),
        )
