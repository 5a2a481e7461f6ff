"""The temporal expressions of a document: the temporal engine run over each clean paragraph.

Each paragraph's clean text (line breaks joined, footnote markers removed, so ``20238`` reads
``2023``) goes to ``find_dates`` with the letter's own date as the reference; the expressions
come back with paragraph offsets and are moved to the original text. Anaphora to the reporting
period (``deze rapportageperiode``), which ``find_dates`` leaves unresolved, are resolved
against the period the letter states, if it states one.
"""

from __future__ import annotations

import bisect
import datetime
from array import array
from collections.abc import Callable, Iterator, Sequence

import attrs

from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.model import CleanText, DocumentDate, ExpressionColumn
from iraq_events.temporal.types import Anchoring, ExpressionKind, TemporalExpression

__all__ = ["ANAPHOR_RULE_PREFIX", "DatedParagraph", "document_dates", "reporting_period"]

ANAPHOR_RULE_PREFIX = "anaphor.reporting_period"


@attrs.frozen(kw_only=True)
class DatedParagraph:
    """The expressions ``find_dates`` found in one clean paragraph, already moved to the
    original text; ``clean_spans`` holds each one's clean start and end, two numbers apiece."""

    clean_start: int
    clean_end: int
    body: bool
    # the expressions in order, kept column by column (about 50 bytes each, not 400)
    expressions: ExpressionColumn = attrs.field(eq=False, repr=False)
    clean_spans: array[int] = attrs.field(factory=lambda: array("q"), eq=False, repr=False)


def find_paragraph_dates(
    clean: CleanText,
    spans: Sequence[tuple[int, int, bool]],
    reference: datetime.date | None,
    original: str,
) -> list[DatedParagraph]:
    """The dates of each paragraph span, moved to ``original`` as each paragraph is read, so
    that a letter's expressions are never all held twice (in paragraph and original offsets)."""
    from iraq_events.temporal import find_dates

    dated = []
    for start, end, body in spans:
        moved = ExpressionColumn(original)
        clean_spans = array("q")
        for expression in find_dates(clean.text[start:end], reference=reference):
            expression, begin, finish = _to_original(expression, clean, original, start)
            moved.append(expression)
            clean_spans.extend((begin, finish))
        dated.append(
            DatedParagraph(
                clean_start=start,
                clean_end=end,
                body=body,
                expressions=moved,
                clean_spans=clean_spans,
            )
        )
    return dated


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
        for position in range(len(paragraph.expressions)):
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
    # every date numbered in paragraph order, so that the (stable) sort by span keeps
    # paragraph order within one span; sorted as numbers, not as records
    bases = array("q", [0])
    for paragraph in paragraphs:
        bases.append(bases[-1] + len(paragraph.expressions))

    def place(number: int) -> tuple[DatedParagraph, int]:
        at = bisect.bisect_right(bases, number) - 1
        return paragraphs[at], number - bases[at]

    # a span as one number (its start, then its end): a key of one int per date, not a tuple
    past_end = 1 + max(
        (p.expressions.span(len(p.expressions) - 1)[1] for p in paragraphs if len(p.expressions)),
        default=0,
    )

    def span(number: int) -> int:
        paragraph, position = place(number)
        start, end = paragraph.expressions.span(position)
        return start * past_end + end

    for number in array("q", sorted(range(bases[-1]), key=span)):
        paragraph, position = place(number)
        expression = paragraph.expressions[position]
        if (
            period is not None
            and expression.rule.startswith(ANAPHOR_RULE_PREFIX)
            and not expression.is_resolved
        ):
            from iraq_events.temporal.resolution import resolve_anaphor

            expression = resolve_anaphor(expression, period)
        begin = paragraph.clean_spans[2 * position]
        yield DocumentDate(
            expression=expression,
            clean_start=begin,
            clean_end=paragraph.clean_spans[2 * position + 1],
            page=page_of(expression.start),
            sentence=sentence_index_at(begin),
        )
