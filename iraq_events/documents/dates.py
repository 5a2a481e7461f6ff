"""The temporal expressions of a document: the temporal engine run over each clean paragraph.

Each paragraph's clean text (line breaks joined, footnote markers removed, so ``20238`` reads
``2023``) goes to ``find_dates`` with the letter's own date as the reference; the expressions
come back with paragraph offsets and are moved to the original text. Anaphora to the reporting
period (``deze rapportageperiode``), which ``find_dates`` leaves unresolved, are resolved
against the period the letter states, if it states one.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

import attrs

from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.model import CleanText, DocumentDate
from iraq_events.temporal.types import Anchoring, ExpressionKind, TemporalExpression

__all__ = ["ANAPHOR_RULE_PREFIX", "DatedParagraph", "document_dates", "reporting_period"]

ANAPHOR_RULE_PREFIX = "anaphor.reporting_period"


@attrs.frozen(kw_only=True)
class DatedParagraph:
    """The expressions ``find_dates`` found in one clean paragraph (paragraph offsets)."""

    clean_start: int
    clean_end: int
    body: bool
    expressions: tuple[TemporalExpression, ...]


def find_paragraph_dates(
    clean: CleanText, spans: Sequence[tuple[int, int, bool]], reference: datetime.date | None
) -> list[DatedParagraph]:
    from iraq_events.temporal import find_dates

    return [
        DatedParagraph(
            clean_start=start,
            clean_end=end,
            body=body,
            expressions=tuple(find_dates(clean.text[start:end], reference=reference)),
        )
        for start, end, body in spans
    ]


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
    clean: CleanText,
    original: str,
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
        for expression in paragraph.expressions:
            if (
                expression.kind is ExpressionKind.RANGE
                and expression.anchoring is Anchoring.ABSOLUTE
                and expression.earliest is not None
                and expression.latest is not None
            ):
                if speaks_of_reporting(sentence_index_at(paragraph.clean_start + expression.start)):
                    return _to_original(expression, clean, original, paragraph.clean_start)[0]
    return None


def document_dates(
    paragraphs: list[DatedParagraph],
    clean: CleanText,
    original: str,
    period: TemporalExpression | None,
    sentence_index_at: Callable[[int], int | None],
    page_of: Callable[[int], int | None],
) -> list[DocumentDate]:
    """The dates of ``paragraphs`` in original offsets, sorted by span.

    ``paragraphs`` is emptied as it is read (from its end), so that each paragraph's
    expressions are freed once moved instead of being held beside their moved copies.
    """
    chunks: list[list[DocumentDate]] = []
    while paragraphs:
        paragraph = paragraphs.pop()
        chunk: list[DocumentDate] = []
        for expression in paragraph.expressions:
            if (
                period is not None
                and expression.rule.startswith(ANAPHOR_RULE_PREFIX)
                and not expression.is_resolved
            ):
                from iraq_events.temporal.resolution import resolve_anaphor

                expression = resolve_anaphor(expression, period)
            moved, begin, finish = _to_original(expression, clean, original, paragraph.clean_start)
            chunk.append(
                DocumentDate(
                    expression=moved,
                    clean_start=begin,
                    clean_end=finish,
                    page=page_of(moved.start),
                    sentence=sentence_index_at(begin),
                )
            )
        chunks.append(chunk)
    # back in paragraph order before the (stable) sort, as if read from the first paragraph
    dates = [date for chunk in reversed(chunks) for date in chunk]
    return sorted(dates, key=lambda date: (date.expression.start, date.expression.end))
