"""Documents and sources: a Kamerbrief read into a typed ``Document``.

The names are imported on first use, so that the temporal engine can ask the layout of a
letter's text (``iraq_events.documents.letter``) without loading the document reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iraq_events._lazy import lazy_exports

_MODEL = "iraq_events.documents.model"
# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Citation": _MODEL,
    "CitationKind": _MODEL,
    "CleanText": _MODEL,
    "Document": _MODEL,
    "DocumentDate": _MODEL,
    "DocumentError": _MODEL,
    "DocumentMetadata": _MODEL,
    "Footnote": _MODEL,
    "FootnoteMarker": _MODEL,
    "Page": _MODEL,
    "Paragraph": _MODEL,
    "Section": _MODEL,
    "Sentence": _MODEL,
    "Signatory": _MODEL,
    "find_letter_date": "iraq_events.documents.letter",
    "paragraph_starts": "iraq_events.documents.letter",
    "read_document": "iraq_events.documents.reader",
    "LETTER_SUFFIXES": "iraq_events.documents.reader",
}

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
    "find_letter_date",
    "paragraph_starts",
    "read_document",
]


__getattr__, __dir__ = lazy_exports(__name__, globals(), _EXPORTS)


if TYPE_CHECKING:
    from iraq_events.documents.letter import find_letter_date, paragraph_starts
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
