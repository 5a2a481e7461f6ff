"""Citations: the Kamerstukken, web pages and named motions a letter refers to.

``find_citations`` reads one clean paragraph (a footnote's text or a body paragraph) and maps
every citation back to the original text:

- ``Tweede Kamerstuk 27 925, nr. 943`` → chamber ``Tweede Kamer``, dossier ``27925``, number
  ``943``, identifier ``kst-27925-943`` and its page on officielebekendmakingen.nl;
  ``Kamerstukken II 2023/24, 27 925, nrs. 697 en 699`` → two citations sharing the phrase; a
  ``d.d. 17 juni 2022`` after a citation (before the next one) is its date;
- web links (``https://…``, ``www.…``); a link repeated back to back is one citation whose span
  covers the repetitions;
- named motions: ``de moties Bosman en Kerstens/Van Ojik`` → ``motion:Bosman`` and
  ``motion:Kerstens/Van Ojik``.
"""

from __future__ import annotations

import datetime
import functools
import re

import attrs

from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.metadata import parse_signing_date
from iraq_events.documents.model import Citation, CitationKind, CleanText

__all__ = ["dossier_key", "find_citations", "kamerstuk_identifier"]

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_URL_TRAILING = ".,;:)]'\"”’"
_DATE_AFTER_DD = re.compile(r"\bd\.d\.\s+(\d{1,2}\s+[^\W\d_]+\s+\d{4})")
_NUMBER = re.compile(r"\d+|[A-Z]{1,3}")
_DOSSIER_PARTS = re.compile(r"(\d{2} ?\d{3})(.*)")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@functools.cache
def _kamerstuk_pattern() -> re.Pattern[str]:
    lex = lexicon()
    chamber_words = _alternation([w for chamber in lex.chambers for w in chamber.citation_words])
    number = r"(?:\d+|[A-Z]{1,3})\b"
    return re.compile(
        rf"(?:\b(?P<pre>{chamber_words})\s+)?"
        rf"\b(?:{_alternation(lex.kamerstuk_words)})"
        rf"(?:\s+(?P<post>{chamber_words})\b)?"
        r"(?:\s+(?P<year>\d{4}\s*[/-]\s*\d{2,4}))?\s*,?\s*"
        r"(?P<dossier>\d{2}[ \u00a0]?\d{3}(?:-[A-Z0-9]+|\s+[IVXLC]{1,5}(?=\s*,))?)\s*,\s*"
        rf"(?:{_alternation(lex.number_words)})\s*"
        rf"(?P<numbers>{number}(?:\s*(?:,|en|&)\s*{number})*)"
    )


@functools.cache
def _motion_pattern() -> re.Pattern[str]:
    lex = lexicon()
    particles = _alternation(lex.name_particles)
    name = rf"(?:(?:{particles})\s+)*[A-Z][\w'’-]*"
    group = rf"{name}(?:\s*/\s*{name})*"
    return re.compile(
        rf"\b(?:{_alternation(lex.motion_words)})[\s-]+"
        r"(?:van\s+(?:het\s+lid|de\s+leden)\s+)?"
        rf"(?P<names>{group}(?:\s*(?:,|en)\s*[–-]?\s*{group})*)"
    )


@functools.cache
def _motion_group() -> re.Pattern[str]:
    particles = _alternation(lexicon().name_particles)
    name = rf"(?:(?:{particles})\s+)*[A-Z][\w'’-]*"
    return re.compile(rf"{name}(?:\s*/\s*{name})*")


def kamerstuk_identifier(dossier: str, number: str) -> str:
    """The official publication identifier: ``kst-27925-943``."""
    return f"kst-{dossier}-{number}"


def dossier_key(printed: str) -> str:
    """The dossier as identifiers write it: ``27 925`` → ``27925``, ``36 200 V`` → ``36200-V``,
    ``21 501-02`` → ``21501-02``."""
    match = _DOSSIER_PARTS.fullmatch(" ".join(printed.replace("\u00a0", " ").split()))
    if match is None:
        return printed
    digits, suffix = match.groups()
    suffix = suffix.strip().lstrip("-")
    return f"{digits.replace(' ', '')}-{suffix}" if suffix else digits.replace(" ", "")


class _Mapper:
    def __init__(self, clean: CleanText, original: str, base: int) -> None:
        self.clean = clean
        self.original = original
        self.base = base

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        original_start = self.clean.offsets[self.base + start]
        original_end = self.clean.offsets[self.base + end - 1] + 1
        return original_start, original_end, self.original[original_start:original_end]


def _kamerstukken(text: str, mapper: _Mapper, footnote: int | None) -> list[Citation]:
    lex = lexicon()
    found: list[tuple[int, list[Citation]]] = []
    for match in _kamerstuk_pattern().finditer(text):
        word = match.group("pre") or match.group("post")
        chamber = lex.chamber_for_citation_word(word) if word else None
        dossier = dossier_key(match.group("dossier"))
        start, end, original = mapper.span(match.start(), match.end())
        citations = []
        for number in _NUMBER.findall(match.group("numbers")):
            identifier = kamerstuk_identifier(dossier, number)
            citations.append(
                Citation(
                    kind=CitationKind.KAMERSTUK,
                    text=original,
                    start=start,
                    end=end,
                    identifier=identifier,
                    url=lex.kst_url.format(identifier=identifier),
                    chamber=chamber.citation if chamber else None,
                    dossier=dossier,
                    number=number,
                    footnote=footnote,
                )
            )
        found.append((match.end(), citations))
    dated: list[Citation] = []
    for position, (match_end, citations) in enumerate(found):
        limit = found[position + 1][0] if position + 1 < len(found) else len(text)
        next_start = _kamerstuk_pattern().search(text, match_end)
        if next_start is not None:
            limit = min(limit, next_start.start())
        date = _date_after(text, match_end, limit)
        dated.extend(
            citation if date is None else _with_date(citation, date) for citation in citations
        )
    return dated


def _with_date(citation: Citation, date: datetime.date) -> Citation:
    return attrs.evolve(citation, date=date)


def _date_after(text: str, start: int, limit: int) -> datetime.date | None:
    match = _DATE_AFTER_DD.search(text, start, limit)
    return None if match is None else parse_signing_date(match.group(1))


def _links(text: str, mapper: _Mapper, footnote: int | None) -> list[Citation]:
    links: list[tuple[str, int, int]] = []
    for match in _URL.finditer(text):
        url = match.group().rstrip(_URL_TRAILING)
        end = match.start() + len(url)
        if links and links[-1][0] == url and not text[links[-1][2] : match.start()].strip():
            links[-1] = (url, links[-1][1], end)
        else:
            links.append((url, match.start(), end))
    citations = []
    for url, start, end in links:
        original_start, original_end, original = mapper.span(start, end)
        full = url if "://" in url else f"https://{url}"
        citations.append(
            Citation(
                kind=CitationKind.WEB,
                text=original,
                start=original_start,
                end=original_end,
                identifier=full,
                url=full,
                footnote=footnote,
            )
        )
    return citations


def _motions(text: str, mapper: _Mapper, footnote: int | None) -> list[Citation]:
    citations = []
    for match in _motion_pattern().finditer(text):
        names_start = match.start("names")
        for group in _motion_group().finditer(match.group("names")):
            start, end, original = mapper.span(
                names_start + group.start(), names_start + group.end()
            )
            names = " ".join(group.group().split())
            citations.append(
                Citation(
                    kind=CitationKind.MOTION,
                    text=original,
                    start=start,
                    end=end,
                    identifier=f"motion:{names}",
                    footnote=footnote,
                )
            )
    return citations


def find_citations(
    clean: CleanText, original: str, clean_start: int, clean_end: int, footnote: int | None = None
) -> list[Citation]:
    """The citations in ``clean.text[clean_start:clean_end]``, with original offsets, in order."""
    text = clean.text[clean_start:clean_end]
    mapper = _Mapper(clean, original, clean_start)
    citations = [
        *_kamerstukken(text, mapper, footnote),
        *_links(text, mapper, footnote),
        *_motions(text, mapper, footnote),
    ]
    return sorted(citations, key=lambda citation: citation.start)
