"""Documents and sources: a Kamerbrief read into a typed ``Document``."""

from iraq_events.documents.model import (
    Citation,
    CitationKind,
    CleanText,
    Document,
    DocumentDate,
    DocumentError,
    DocumentMetadata,
    Footnote,
    FootnoteMarker,
    Page,
    Paragraph,
    Section,
    Sentence,
    Signatory,
)
from iraq_events.documents.reader import LETTER_SUFFIXES, read_document

__all__ = [
    "LETTER_SUFFIXES",
    "Citation",
    "CitationKind",
    "CleanText",
    "Document",
    "DocumentDate",
    "DocumentError",
    "DocumentMetadata",
    "Footnote",
    "FootnoteMarker",
    "Page",
    "Paragraph",
    "Section",
    "Sentence",
    "Signatory",
    "read_document",
]
