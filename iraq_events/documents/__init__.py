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
from iraq_events.documents.reader import read_document

__all__ = [
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
