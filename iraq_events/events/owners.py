"""Who owns a cited paper when its date's clause names nobody: the owner before the comma
that sets the date off ("de brief van de minister van Defensie, d.d. 3 mei 2011, inzake"), or
the one office the sentence's questions were put to ("De commissie heeft vragen voorgelegd aan
de Minister van Defensie over: de brief van 16 januari ..."), whose papers they are."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Collection, Sequence

from iraq_events.events import roles
from iraq_events.events.clauses import clause_of
from iraq_events.events.lexicon import any_of, event_lexicon
from iraq_events.events.model import ActorKind
from iraq_events.events.parts import Clause, Mention

__all__ = [
    "across_citation",
    "asked_owner",
    "bracketed_paper_owners",
    "date_adjunct",
    "paper_owner",
    "relative_antecedent",
]


def paper_owner(text: str, after: int) -> list[Mention]:
    """The owner of the paper whose date ends at ``after``, when its clause names none."""
    return _comma_owner(text, after) or _recipient(text, after)


def asked_owner(text: str, after: int) -> list[Mention]:
    """ "De commissie heeft vragen voorgelegd aan de Minister van Buitenlandse Zaken en de
    Minister van Defensie over de brief van 15 juni": the offices the questions were put to
    (`question_recipients`), listed right before the paper whose date ends at ``after``, own
    it, not the committee that asked, nor the last office of the list alone; several offices
    of one government own it jointly, so their government owns it too."""
    lex = event_lexicon()
    found = _asked(text, after, whole=False)
    if not found:
        return []
    run = roles.listed(lex, text, found, found[:1])
    if len(run) != len(found) or any(m.entry.kind is not ActorKind.GOVERNMENT for m in run):
        return []  # a name between the offices and the paper: no list of whom was asked
    following = text[run[-1].end : after].split()[:1]
    if not following or following[0].casefold() not in lex.markers.paper_topic_words:
        return []  # "... aan de minister en heeft de brief van 2 mei besproken": another clause
    countries = {m.entry.country for m in run}
    government = lex.government_by_country.get(run[0].entry.country or "")
    if len(run) > 1 and len(countries) == 1 and government is not None:
        return [*run, Mention(government, run[0].start, run[0].end, run[0].surface)]
    return run


def _recipient(text: str, after: int) -> list[Mention]:
    """ "vragen voorgelegd aan de Minister van Defensie over ... de brief van 16 januari": the
    one office questions were put to (`question_recipients`) before the date owns the papers
    they are about; several offices name no one owner."""
    lex = event_lexicon()
    found = _asked(text, after, whole=True)
    if not found:
        return []
    run = roles.listed(lex, text, found, found[:1])
    offices = [m for m in run if m.entry.kind is ActorKind.GOVERNMENT]
    return offices if len(offices) == 1 and len(run) == 1 else []


def _asked(text: str, after: int, *, whole: bool) -> list[Mention]:
    """The names that start between the last question-recipient phrase before ``after`` and
    ``after`` (``whole``: that also end before it), when the first follows the phrase with at
    most a determiner between."""
    ends = _recipient_ends(text)
    last = bisect.bisect_right(ends, after)
    if not last:
        return []
    start = ends[last - 1]
    actors = _actors(text)
    first = bisect.bisect_left(actors, start, key=lambda m: m.start)
    found = list(itertools.takewhile(lambda m: m.start < after, actors[first:]))
    if whole:
        found = [m for m in found if m.end <= after]
    if not found:
        return []
    gap = text[start : found[0].start].split()
    determiners = event_lexicon().markers.determiners
    if len(gap) > 1 or (gap and gap[0].casefold() not in determiners):
        return []
    return found


def _comma_owner(text: str, after: int) -> list[Mention]:
    """The owner of a paper named right before the comma that sets its date (ending at
    ``after``) off: "van <owner>, <label> <date>" (`paper_date_labels`)."""
    lex = event_lexicon()
    marks = lex.markers
    comma = text.rfind(",", 0, after)
    if comma < 0 or not marks.paper_date_labels:
        return []
    label = re.match(r"\s*(" + any_of(list(marks.paper_date_labels)) + r")\s", text[comma + 1 :])
    if label is None or comma + 1 + label.end() >= after:
        return []
    actors = _actors(text)
    before = [m for m in actors[: bisect.bisect_left(actors, comma, key=lambda m: m.start)]]
    before = [m for m in before if m.end <= comma]
    if not before or text[before[-1].end : comma].strip():
        return []
    if roles._cue(lex, text, before[-1].start) != marks.of_preposition:
        return []
    return roles.listed(lex, text, before, before[-1:])


def bracketed_paper_owners(
    text: str, mentions: Sequence[Mention], clause: tuple[int, int], noun: tuple[int, int]
) -> list[Mention]:
    """ "In de regeringsreactie op het advies «...» (Kamerstuk 32 706, nr. 5, 1 april 2011)":
    the date in a citation's brackets is the paper's before them (rule ``bracket-of-noun``), so
    who acts in it is named in the paper's phrase (``clause``, the clause of the paper's
    ``noun``), not in the brackets: from the clause's start up to the first word after the noun
    that opens its topic or title (`paper_topic_words`, a title quote), whose names are what the
    paper is about."""
    lex = event_lexicon()
    end = clause[1]
    topic = re.search(
        r"(?<![\w])(?:" + any_of(list(lex.markers.paper_topic_words)) + r")(?![\w])|[«“„\"‘]",
        text[noun[1] : clause[1]],
    )
    if topic is not None:
        end = noun[1] + topic.start()
    return [m for m in mentions if clause[0] <= m.start and m.end <= end]


def across_citation(
    text: str, clauses: Sequence[Clause], clause: Clause, openers: Collection[str]
) -> tuple[int, int] | None:
    """ "De huidige Nederlandse bijdrage aan de operatie (Kamerstuk 29 521, nr. 214) loopt
    eind 2014 af": a citation in brackets (opened by one of ``openers``) interrupts its clause
    but does not end it, so the clause of the date after it reaches back over it to whoever the
    clause names before; the span, else ``None``."""
    head = text[: clause.start].rstrip()
    if not head.endswith(")"):
        return None
    opening = head.rfind("(")
    inside = head[opening + 1 :].split()[:1]
    if opening <= 0 or not inside or inside[0].casefold() not in openers:
        return None
    return clause_of(clauses, opening - 1).start, clause.end


def relative_antecedent(
    text: str, clauses: Sequence[Clause], clause: Clause, pronouns: Collection[str]
) -> tuple[int, int] | None:
    """ "de huidige Nederlandse missie in Uruzgan, die begon in augustus 2006": a clause that
    opens with a relative pronoun (``pronouns``) right after a comma tells of the noun before
    the comma, so it reaches back to the clause that names it; the span, else ``None``."""
    comma = _comma_before(text, clause.start)
    first = _FIRST_WORD.match(text, clause.start, clause.end)
    if comma < 0 or first is None or first.group(1).casefold() not in pronouns:
        return None
    return clause_of(clauses, comma - 1).start, clause.end


def date_adjunct(
    text: str, clauses: Sequence[Clause], clause: Clause, date: tuple[int, int]
) -> tuple[int, int] | None:
    """ "Nederland blijft bijdragen aan de inzet in Litouwen, tot en met 2020": a date that a
    comma sets off, alone in its clause, is an adjunct of the clause before it, which names who
    and where; the span, else ``None``."""
    comma = _comma_before(text, clause.start)
    alone = _PUNCTUATION.fullmatch(text, clause.start, date[0]) and _PUNCTUATION.fullmatch(
        text, date[1], clause.end
    )
    if not alone or comma < 0:
        return None
    return clause_of(clauses, comma - 1).start, clause.end


# each date asks these of its clause: looked up at the clause's edge, never by copying the
# text before it or splitting the whole clause (a long sentence of many dates was quadratic)
_FIRST_WORD = re.compile(r"\s*(\S+)")
_PUNCTUATION = re.compile(r"[ .;,]*")


def _comma_before(text: str, position: int) -> int:
    """Where the comma that ends the text before ``position`` (blanks aside) stands, or -1."""
    at = position
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at - 1 if at > 0 and text[at - 1] == "," else -1


# a sentence's actors and question openers, read once for all the papers it cites (a sentence
# citing many papers was read again for each, which made a long one quadratic)
@functools.lru_cache(maxsize=4)
def _actors(text: str) -> tuple[Mention, ...]:
    found = event_lexicon().find_actors(text)
    return tuple(Mention(m.entry, m.start, m.end, m.surface) for m in found)


@functools.lru_cache(maxsize=4)
def _recipient_ends(text: str) -> tuple[int, ...]:
    phrases = event_lexicon().markers.question_recipients
    if not phrases:
        return ()
    pattern = r"(?<![\w])" + any_of(phrases) + r"(?![\w])"
    return tuple(m.end() for m in re.finditer(pattern, text))
