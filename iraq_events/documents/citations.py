"""Citations: the Kamerstukken, web pages and named motions a letter refers to.

``find_citations`` reads one clean paragraph (a footnote's text or a body paragraph) and maps
every citation back to the original text:

- ``Tweede Kamerstuk 27 925, nr. 943`` → chamber ``Tweede Kamer``, dossier ``27925``, number
  ``943``, identifier ``kst-27925-943`` and its page on officielebekendmakingen.nl;
  ``Kamerstukken II 2023/24, 27 925, nrs. 697 en 699`` → two citations sharing the phrase;
  ``(27 925, nr. 448)`` in brackets with no "Kamerstuk" (committee reports) too; a
  ``d.d. 17 juni 2022`` after a citation (before the next one) is its date;
- web links (``https://…``, ``www.…``); a link repeated back to back is one citation whose span
  covers the repetitions;
- named motions: ``de moties Bosman en Kerstens/Van Ojik`` → ``motion:Bosman`` and
  ``motion:Kerstens/Van Ojik``.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.metadata import parse_signing_date
from iraq_events.documents.model import Citation, CitationKind, CleanText

__all__ = ["dossier_key", "find_citations", "kamerstuk_identifier"]

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_URL_TRAILING = ".,;:)]'\"”’"
_DATE_AFTER_DD = re.compile(r"\bd\.d\.\s+(\d{1,2}\s+[^\W\d_]+\s+\d{4})")
_NUMBER = re.compile(r"\d+|[A-Z]{1,3}")
_NEXT_WORD = re.compile(r"\S+")
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
def _bare_pattern() -> re.Pattern[str]:
    """ "(27 925, nr. 448)": a dossier and a number in brackets, the style of committee reports,
    which name no "Kamerstuk"."""
    number = r"(?:\d+|[A-Z]{1,3})\b"
    return re.compile(
        r"(?<=\()(?P<dossier>\d{2}[ \u00a0]?\d{3}(?:-[A-Z0-9]+)?)\s*,\s*"
        rf"(?:{_alternation(lexicon().number_words)})\s*"
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
    """Makes citations from spans of one clean paragraph, in original offsets."""

    def __init__(self, clean: CleanText, original: str, base: int, footnote: int | None) -> None:
        self.clean = clean
        self.original = original
        self.base = base
        self.footnote = footnote

    def citation(
        self, kind: CitationKind, start: int, end: int, identifier: str, **fields: Any
    ) -> Citation:
        original_start = self.clean.offsets[self.base + start]
        original_end = self.clean.offsets[self.base + end - 1] + 1
        return Citation(
            kind=kind,
            text=self.original[original_start:original_end],
            start=original_start,
            end=original_end,
            identifier=identifier,
            footnote=self.footnote,
            **fields,
        )


def _kamerstukken(text: str, mapper: _Mapper) -> list[Citation]:
    lex = lexicon()
    named = list(_kamerstuk_pattern().finditer(text))
    bare = [
        m
        for m in _bare_pattern().finditer(text)
        if not any(n.start() <= m.start() < n.end() for n in named)
    ]
    matches = sorted(named + bare, key=lambda m: m.start())
    citations: list[Citation] = []
    for position, match in enumerate(matches):
        groups = match.groupdict()
        word = groups.get("pre") or groups.get("post")
        chamber = lex.chamber_for_citation_word(word) if word else None
        dossier = dossier_key(match.group("dossier"))
        # a "d.d. <date>" after the citation, before the next one, dates it
        limit = matches[position + 1].start() if position + 1 < len(matches) else len(text)
        dated = _DATE_AFTER_DD.search(text, match.end(), limit)
        date = parse_signing_date(dated.group(1)) if dated else None
        for number in _numbers(text, match):
            identifier = kamerstuk_identifier(dossier, number)
            citations.append(
                mapper.citation(
                    CitationKind.KAMERSTUK,
                    match.start(),
                    match.end(),
                    identifier,
                    url=lex.kst_url.format(identifier=identifier),
                    chamber=chamber.citation if chamber else None,
                    dossier=dossier,
                    number=number,
                    date=date,
                )
            )
    return citations


def _numbers(text: str, match: re.Match[str]) -> list[str]:
    """The numbers of a citation; one that a month name follows starts a date, not a number:
    "(Kamerstuk 32 706, nr. 5, 1 april 2011)" cites nr. 5 only."""
    from iraq_events.temporal.lexicon import lexicon as temporal_lexicon

    months = temporal_lexicon().months
    numbers: list[str] = []
    base = match.start("numbers")
    for found in _NUMBER.finditer(match.group("numbers")):
        # the next word only (``str.split``'s whitespace): not a copy of the rest of the text
        # for every number, which was quadratic on a long text of citations
        following = _NEXT_WORD.search(text, base + found.end())
        if numbers and following and following.group().strip(".,;:)").casefold() in months:
            break
        numbers.append(found.group())
    return numbers


def _links(text: str, mapper: _Mapper) -> list[Citation]:
    links: list[tuple[str, int, int]] = []
    for match in _URL.finditer(text):
        url = match.group().rstrip(_URL_TRAILING)
        end = match.start() + len(url)
        if links and links[-1][0] == url and not text[links[-1][2] : match.start()].strip():
            links[-1] = (url, links[-1][1], end)  # the same link repeated back to back
        else:
            links.append((url, match.start(), end))
    citations = []
    for url, start, end in links:
        full = url if "://" in url else f"https://{url}"
        citations.append(mapper.citation(CitationKind.WEB, start, end, full, url=full))
    return citations


def _motions(text: str, mapper: _Mapper) -> list[Citation]:
    citations = []
    for match in _motion_pattern().finditer(text):
        names_start = match.start("names")
        for group in _motion_group().finditer(match.group("names")):
            names = " ".join(group.group().split())
            citations.append(
                mapper.citation(
                    CitationKind.MOTION,
                    names_start + group.start(),
                    names_start + group.end(),
                    f"motion:{names}",
                )
            )
    return citations


def find_citations(
    clean: CleanText, original: str, clean_start: int, clean_end: int, footnote: int | None = None
) -> list[Citation]:
    """The citations in ``clean.text[clean_start:clean_end]``, with original offsets, in order."""
    text = clean.text[clean_start:clean_end]
    mapper = _Mapper(clean, original, clean_start, footnote)
    citations = [*_kamerstukken(text, mapper), *_links(text, mapper), *_motions(text, mapper)]
    return sorted(citations, key=lambda citation: citation.start)
