"""`iraq-events inspect FILE`: what the documents layer reads from a letter.

Prints the metadata, the page and section outline, the footnotes with their markers and
citations, the citations in the body, and counts — as text (default) or as one JSON object.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from iraq_events.cli import document_date_problems, warn_date_problems, warn_replaced
from iraq_events.cli._output import write_records

if TYPE_CHECKING:
    import cattrs

__all__ = ["register", "summary"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="show what is read from a letter: metadata, pages, sections, footnotes, citations",
        description=(
            "Read a letter and show its metadata, page and section outline, footnotes with "
            "their markers and citations, and counts."
        ),
    )
    parser.add_argument("file", type=Path, help="the letter, a text file")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from iraq_events.documents import read_document

    document = read_document(args.file)
    warn_replaced(args.file, document.replaced)
    warn_date_problems("inspect", str(args.file), document_date_problems(document))
    data = summary(document)
    if args.format == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _write_text(data, sys.stdout)
    return 0


def _converter() -> cattrs.Converter:
    import cattrs

    converter = cattrs.Converter()
    converter.register_unstructure_hook(datetime.date, lambda value: value.isoformat())
    return converter


def summary(document: Any) -> dict[str, Any]:
    """The inspection of ``document`` as plain JSON-ready data."""
    converter = _converter()
    footnotes = []
    for footnote in document.footnotes:
        footnotes.append(
            {
                "number": footnote.number,
                "page": document.page_of(footnote.start),
                "start": footnote.start,
                "end": footnote.end,
                "text": footnote.text,
                "markers": [
                    {
                        "start": marker.start,
                        "page": document.page_of(marker.start),
                        "context": _context(document.text, marker.start, marker.end),
                    }
                    for marker in footnote.markers
                ],
                "citations": converter.unstructure(list(footnote.citations)),
            }
        )
    return {
        "document_id": document.document_id,
        "source": document.source_name,
        "encoding": document.encoding,
        "sha256": document.sha256,
        "metadata": converter.unstructure(document.metadata),
        "pages": [
            {
                "page": document.page_of(page.start),
                "printed": page.number is not None,
                "start": page.start,
                "end": page.end,
            }
            for page in document.pages
        ],
        "sections": [
            {
                "title": section.title,
                "level": section.level,
                "page": document.page_of(section.start),
                "start": section.start,
                "end": section.end,
            }
            for section in document.sections
        ],
        "footnotes": footnotes,
        "body_citations": converter.unstructure(
            [citation for citation in document.citations if citation.footnote is None]
        ),
        "counts": {
            "pages": len(document.pages),
            "sections": len(document.sections),
            "paragraphs": len(document.paragraphs),
            "sentences": len(document.sentences),
            "footnotes": len(document.footnotes),
            "markers": len(document.markers),
            "citations": len(document.citations),
            "dates": len(document.dates),
        },
    }


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 8].split()
    word = before[-1] if before and not text[start - 1].isspace() else ""
    tail = after[0] if after and not text[end : end + 1].isspace() else ""
    return f"{word}[{text[start:end]}]{tail}"


def _write_text(data: dict[str, Any], stream: IO[str]) -> None:
    meta = data["metadata"]
    period = meta.get("reporting_period")
    lines = [
        f"{data['document_id']}  ({data['source']}, {data['encoding']}, "
        f"sha256 {data['sha256'][:16]})",
        f"chamber:            {meta['chamber'] or '-'}",
        f"parliamentary year: {meta['parliamentary_year'] or '-'}",
        f"dossier:            {meta['dossier'] or '-'}  {meta['dossier_title'] or ''}".rstrip(),
        f"letter:             {meta['letter_code'] or '-'}  {meta['title'] or ''}".rstrip(),
        f"senders:            {'; '.join(meta['senders']) or '-'}",
        f"signed:             {meta['place'] or '-'}, {meta['date'] or '-'}",
        "signatories:        "
        + ("; ".join(f"{s['name']} ({s['office']})" for s in meta["signatories"]) or "-"),
        "reporting period:   "
        + (f"{period['text']!r} = {period['earliest']} .. {period['latest']}" if period else "-"),
    ]
    stream.write("\n".join(lines) + "\n\nPages\n")
    write_records(data["pages"], ("page", "printed", "start", "end"), "table", stream)
    stream.write("\nSections\n")
    outline = [
        {"page": s["page"], "section": "  " * (s["level"] - 1) + s["title"]}
        for s in data["sections"]
    ]
    write_records(outline, ("page", "section"), "table", stream)
    stream.write("\nFootnotes\n")
    for footnote in data["footnotes"]:
        markers = ", ".join(f"{m['context']} p.{m['page']}" for m in footnote["markers"]) or "-"
        stream.write(f"[{footnote['number']}] p.{footnote['page']}  marker {markers}\n")
        stream.write(f"    {footnote['text']}\n")
        for citation in footnote["citations"]:
            url = citation["url"] if citation["url"] != citation["identifier"] else None
            stream.write(f"    -> {citation['identifier']}  {url or ''}".rstrip() + "\n")
    if data["body_citations"]:
        stream.write("\nCitations in the body\n")
        for citation in data["body_citations"]:
            stream.write(f"    -> {citation['identifier']}  ({citation['text']!r})\n")
    counts = data["counts"]
    stream.write("\nCounts\n" + "  ".join(f"{k} {v}" for k, v in counts.items()) + "\n")
