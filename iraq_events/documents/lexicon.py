"""The vocabulary of the documents layer, read once from ``lexicon.toml``.

Code in this package asks these tables what a chamber, an office, an abbreviation or a citation
word is; the words themselves live in the TOML file so that a new one is a one-line change.
"""

from __future__ import annotations

import functools
import importlib.resources
import tomllib
from typing import Any

import attrs

__all__ = ["Chamber", "Lexicon", "lexicon"]


@attrs.frozen(kw_only=True)
class Chamber:
    name: str
    names: tuple[str, ...]
    short: str
    citation: str
    citation_words: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Lexicon:
    chambers: tuple[Chamber, ...]
    year_words: tuple[str, ...]
    document_types: tuple[str, ...]
    addressee_words: tuple[str, ...]
    office_titles: tuple[str, ...]
    office_prepositions: tuple[str, ...]
    portfolios: tuple[str, ...]
    lowercase_words: frozenset[str]
    greetings: tuple[str, ...]
    never_end: frozenset[str]
    hyphen_keeps_space_before: frozenset[str]
    bullets: tuple[str, ...]
    kamerstuk_words: tuple[str, ...]
    number_words: tuple[str, ...]
    motion_words: tuple[str, ...]
    name_particles: tuple[str, ...]
    kst_url: str
    reporting_words: tuple[str, ...]

    def chamber_for_citation_word(self, word: str) -> Chamber | None:
        for chamber in self.chambers:
            if word in chamber.citation_words:
                return chamber
        return None

    def chamber_named(self, text: str) -> Chamber | None:
        """The chamber whose longest spelling ``text`` starts with (case-insensitive)."""
        folded = text.casefold()
        best: tuple[int, Chamber] | None = None
        for chamber in self.chambers:
            for name in chamber.names:
                if folded.startswith(name.casefold()) and (best is None or len(name) > best[0]):
                    best = (len(name), chamber)
        return best[1] if best else None


def _strings(table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"lexicon.toml: {key} must be a list of strings")
    return tuple(value)


@functools.cache
def lexicon() -> Lexicon:
    raw = importlib.resources.files(__package__).joinpath("lexicon.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    chambers = tuple(
        Chamber(
            name=entry["name"],
            names=_strings(entry, "names"),
            short=entry["short"],
            citation=entry["citation"],
            citation_words=_strings(entry, "citation_words"),
        )
        for entry in data["chamber"]
    )
    letterhead = data["letterhead"]
    offices = data["offices"]
    sentences = data["sentences"]
    joining = data["joining"]
    citations = data["citations"]
    return Lexicon(
        chambers=chambers,
        year_words=_strings(letterhead, "year_words"),
        document_types=_strings(letterhead, "document_types"),
        addressee_words=_strings(letterhead, "addressee_words"),
        office_titles=_strings(offices, "titles"),
        office_prepositions=_strings(offices, "prepositions"),
        portfolios=_strings(offices, "portfolios"),
        lowercase_words=frozenset(_strings(offices, "lowercase_words")),
        greetings=_strings(data["closing"], "greetings"),
        never_end=frozenset(_strings(sentences, "never_end")),
        hyphen_keeps_space_before=frozenset(_strings(joining, "hyphen_keeps_space_before")),
        bullets=_strings(joining, "bullets"),
        kamerstuk_words=_strings(citations, "kamerstuk_words"),
        number_words=_strings(citations, "number_words"),
        motion_words=_strings(citations, "motion_words"),
        name_particles=_strings(citations, "name_particles"),
        kst_url=citations["kst_url"],
        reporting_words=_strings(data["metadata"], "reporting_words"),
    )
