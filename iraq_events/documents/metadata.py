"""What a letter says about itself: its letterhead and its closing block of signatures.

The letterhead of a Kamerstuk is a fixed sequence of short lines::

    Eerste Kamer der Staten-Generaal
    Vergaderjaar 2023-2024
    27 925   Bestrijding internationaal terrorisme
    AP   BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN, DE MINISTER VAN DEFENSIE ...
    Aan de Voorzitter van de Eerste Kamer der Staten-Generaal
    Den Haag, 15 mei 2024

and the closing block pairs offices with names (``De minister van Defensie,`` / ``drs K.H.
Ollongren``). The functions here read those lines (already stripped, blank lines left out);
the words they look for come from ``lexicon.toml``.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Sequence

from iraq_events.documents.lexicon import lexicon
from iraq_events.documents.model import DocumentMetadata, Signatory
from iraq_events.temporal.types import DateParseError, Granularity

__all__ = [
    "addressed_chamber",
    "closing_start",
    "front_matter_length",
    "normalize_office",
    "read_letterhead",
    "read_signatories",
]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    chamber_names = [name for chamber in lex.chambers for name in chamber.names]
    titles = _alternation(lex.office_titles)
    prepositions = _alternation(lex.office_prepositions)
    return {
        "chamber": re.compile(rf"(?:{_alternation(chamber_names)})\b", re.IGNORECASE),
        "year": re.compile(
            rf"(?:{_alternation(lex.year_words)})\s+(\d{{4}})\s*[-–—/]\s*(\d{{2}}|\d{{4}})",
            re.IGNORECASE,
        ),
        "dossier": re.compile(
            r"(\d{2}[ \u00a0]?\d{3}(?:[ \u00a0]+[IVXLC]{1,5}(?=\s)|-[A-Z0-9]+)?)\s+"
            r"(\S.*[^.!?\s])"
        ),
        "letter": re.compile(
            rf"(?:(?:Nr|nr)\.\s*)?([A-Z]{{1,3}}|\d{{1,4}})\s+((?:{_alternation(lex.document_types)})\b.*)"
        ),
        "addressee": re.compile(rf"(?:{_alternation(lex.addressee_words)})\b"),
        "place_date": re.compile(
            r"((?:'s-)?[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*)*),"
            r"\s*(\d{1,2}\s+[^\W\d_]+\.?\s+\d{4})"
        ),
        "office": re.compile(
            rf"(?:(?:de|het)\s+)?({titles})(?:\s+({prepositions})\s+(.+?))?\s*,?",
            re.IGNORECASE,
        ),
        "office_start": re.compile(rf"(?:de|het)\s+(?:{titles})\b", re.IGNORECASE),
        "sender_split": re.compile(
            rf"\s*(?:,|\s(?:en|EN)\s)\s*(?=(?:de|het|DE|HET)\s+(?:{titles})\b)", re.IGNORECASE
        ),
        "sender_list": re.compile(r"\S+\s+(?:van|VAN)\s+(.*)"),
    }


def _is_upper_continuation(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def parse_signing_date(text: str) -> datetime.date | None:
    """The day of ``15 mei 2024`` (the temporal engine reads it), or ``None`` if it is not one."""
    from iraq_events.temporal import parse_date

    try:
        expression = parse_date(text)
    except DateParseError:
        return None
    day: datetime.date | None = expression.earliest
    if expression.granularity is not Granularity.DAY:
        return None
    return day


def _place_date(line: str) -> tuple[str, datetime.date] | None:
    match = _patterns()["place_date"].fullmatch(line)
    if match is None:
        return None
    day = parse_signing_date(match.group(2))
    return None if day is None else (match.group(1), day)


def _letterhead_kind(line: str) -> str | None:
    patterns = _patterns()
    for kind in ("chamber", "addressee"):
        if patterns[kind].match(line):
            return kind
    for kind in ("year", "letter"):
        if patterns[kind].fullmatch(line):
            return kind
    dossier = patterns["dossier"].fullmatch(line)
    if dossier is not None and dossier.group(2)[0].isupper():
        return "dossier"
    if _place_date(line) is not None:
        return "place_date"
    return None


def front_matter_length(lines: Sequence[str]) -> int:
    """How many leading ``lines`` form the letterhead (0 when the text has none)."""
    count = 0
    in_title = False
    for line in lines:
        kind = _letterhead_kind(line)
        if kind is None and in_title and _is_upper_continuation(line):
            count += 1
            continue
        if kind is None:
            break
        in_title = kind == "letter"
        count += 1
    return count


def normalize_office(text: str) -> str:
    """``DE MINISTER VAN BUITENLANDSE ZAKEN`` → ``minister van Buitenlandse Zaken``."""
    collapsed = " ".join(text.split()).rstrip(",").strip()
    match = _patterns()["office"].fullmatch(collapsed)
    if match is None:
        return collapsed
    title, preposition, portfolio = match.groups()
    if preposition is None:
        return title.lower()
    return f"{title.lower()} {preposition.lower()} {_portfolio_casing(portfolio)}"


def _portfolio_casing(portfolio: str) -> str:
    lex = lexicon()
    for known in lex.portfolios:
        if known.casefold() == portfolio.casefold():
            return known
    if not portfolio.isupper():
        return portfolio
    words = portfolio.lower().split()
    return " ".join(
        word if index and word in lex.lowercase_words else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _senders(title: str) -> tuple[str, ...]:
    patterns = _patterns()
    listed = patterns["sender_list"].fullmatch(title)
    if listed is None:
        return ()
    parts = patterns["sender_split"].split(listed.group(1))
    offices = [normalize_office(part) for part in parts if part.strip()]
    return tuple(office for office in offices if patterns["office"].fullmatch(office))


def read_letterhead(lines: Sequence[str]) -> DocumentMetadata:
    """The metadata the letterhead ``lines`` (the first ``front_matter_length`` lines) state."""
    patterns = _patterns()
    fields: dict[str, object] = {}
    title_lines: list[str] = []
    in_title = False
    for line in lines:
        kind = _letterhead_kind(line)
        if kind is None:
            if in_title and _is_upper_continuation(line):
                title_lines.append(line)
            continue
        in_title = False
        if kind == "chamber" and "chamber" not in fields:
            chamber = lexicon().chamber_named(line)
            if chamber is not None:
                fields["chamber"] = chamber.name
        elif kind == "year" and (year := patterns["year"].fullmatch(line)):
            first, last = year.groups()
            fields["parliamentary_year"] = f"{first}-{first[:2] + last if len(last) == 2 else last}"
        elif kind == "dossier" and (dossier := patterns["dossier"].fullmatch(line)):
            fields["dossier"] = " ".join(dossier.group(1).split())
            fields["dossier_title"] = " ".join(dossier.group(2).split())
        elif kind == "letter" and (letter := patterns["letter"].fullmatch(line)):
            fields["letter_code"] = letter.group(1)
            title_lines = [letter.group(2)]
            in_title = True
        elif kind == "addressee" and "chamber" not in fields:
            addressed = _chamber_in(line)
            if addressed is not None:
                fields["chamber"] = addressed
        elif kind == "place_date" and (place_date := _place_date(line)):
            fields["place"], fields["date"] = place_date
    if title_lines:
        title = " ".join(" ".join(title_lines).split())
        fields["title"] = title
        fields["senders"] = _senders(title)
    return DocumentMetadata(**fields)  # type: ignore[arg-type]


# how far into a text its addressee line may stand: a letterhead is a dozen short lines
_ADDRESSEE_LINES = 16


def addressed_chamber(text: str) -> str | None:
    """The chamber the addressee line among the first lines of ``text`` names ("Aan de
    Voorzitter van de Tweede Kamer der Staten-Generaal"), for a letterhead whose other lines
    the letterhead reader does not know; ``None`` when there is none."""
    pattern = _patterns()["addressee"]
    for line in text.lstrip().splitlines()[:_ADDRESSEE_LINES]:
        line = line.strip()
        if pattern.match(line):
            return _chamber_in(line)
    return None


def _chamber_in(line: str) -> str | None:
    for start in range(len(line)):
        if start == 0 or line[start - 1] == " ":
            chamber = lexicon().chamber_named(line[start:])
            if chamber is not None:
                return chamber.name
    return None


def _is_name(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and line[-1] not in ".,;:!?" and len(line) <= 60


def read_signatories(lines: Sequence[str]) -> tuple[Signatory, ...] | None:
    """Offices and names of a closing block, or ``None`` if ``lines`` are not one."""
    patterns = _patterns()
    greetings = {greeting.casefold() for greeting in lexicon().greetings}
    position = 0
    while position < len(lines) and lines[position].casefold() in greetings:
        position += 1
    signatories: list[Signatory] = []
    while position < len(lines):
        if not patterns["office_start"].match(lines[position]):
            return None
        office_lines = [lines[position]]
        while not office_lines[-1].endswith(","):
            position += 1
            if position >= len(lines) or len(office_lines) >= 3:
                return None
            office_lines.append(lines[position])
        position += 1
        names: list[str] = []
        while position < len(lines) and not patterns["office_start"].match(lines[position]):
            if not _is_name(lines[position]):
                return None
            names.append(lines[position])
            position += 1
        if not names:
            return None
        office = normalize_office(" ".join(office_lines))
        signatories.append(Signatory(name=" ".join(" ".join(names).split()), office=office))
    return tuple(signatories) if signatories else None


_LONGEST_OFFICE_LINE = 120


def closing_start(lines: Sequence[str], earliest: int = 0) -> int | None:
    """The index of the first line of the closing block that ends ``lines``, if there is one."""
    greetings = {greeting.casefold() for greeting in lexicon().greetings}
    office_start = _patterns()["office_start"]
    for index in range(max(earliest, len(lines) - 40), len(lines)):
        line = lines[index]
        # an office line is short and ends no sentence; a paragraph printed as one line (the
        # PDF text form) that opens with "De minister van Defensie maakt ..." is not one
        if len(line) > _LONGEST_OFFICE_LINE or line.rstrip().endswith("."):
            continue
        if (office_start.match(line) or line.casefold() in greetings) and read_signatories(
            lines[index:]
        ):
            return index
    return None
