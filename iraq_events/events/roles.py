"""Roles: the actors a sentence names (and the pronouns and definite descriptions that point
back to one), and the role each plays in an event — from the preposition before it, the
coordination it stands in, the noun it acts through, or its place in the clause."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from iraq_events.events.clauses import next_clause
from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.lexicon import (
    ActorEntry,
    EventLexicon,
    TriggerMatch,
    TypeProfile,
    any_of,
)
from iraq_events.events.memory import Memory, anaphora
from iraq_events.events.model import Actor, ActorKind, ActorRole, EventType
from iraq_events.events.owners import asked_owner, paper_owner
from iraq_events.events.parts import (
    VIOLENT,
    Clause,
    DatedSpan,
    Mention,
    add_actor,
    make_actor,
    words_before,
)
from iraq_events.events.tokens import tokenize as tokens_of

__all__ = [
    "Memory",
    "anaphora",
    "listed",
    "mentions",
    "partners",
    "roles",
    "unsubjected",
    "victim",
]


# the last sentence's answer: every event of a sentence asks for the same mentions, and a
# sentence of many events must not scan its whole text once an event
_last_mentions: tuple[object, list[Mention]] | None = None


def mentions(
    lex: EventLexicon,
    text: str,
    memory: Memory,
    place_spans: Sequence[tuple[int, int]],
) -> list[Mention]:
    """The actors ``text`` names outside ``place_spans``, with its pronouns resolved to the
    last person ``memory`` holds, in order."""
    global _last_mentions
    key = (
        id(lex),
        text,
        tuple(place_spans),
        memory.last_person(),
        memory.last_vessel(),
        memory.addressee,
        (id(memory.letter), memory.letter.version) if memory.letter is not None else None,
    )
    cached = _last_mentions  # read and replaced whole, so that threads never mix two answers
    if cached is not None and cached[0] == key:
        return list(cached[1])
    found = _mentions(lex, text, memory, place_spans)
    _last_mentions = (key, found)
    return list(found)


def _mentions(
    lex: EventLexicon,
    text: str,
    memory: Memory,
    place_spans: Sequence[tuple[int, int]],
) -> list[Mention]:
    found = [
        Mention(m.entry, m.start, m.end, m.surface)
        for m in lex.find_actors(text)
        if not any(s <= m.start < e for s, e in place_spans)
    ]
    # "de Iraakse Premier X": the nationality belongs to the person, it is no second actor;
    # "het kabinet van de KRG" is the KRG's cabinet, not the one "kabinet" names alone
    marks = lex.markers
    # "het kabinet van (de) X": a government noun that X owns
    owned = _owned(marks.of_preposition, marks.definite_articles)
    kept: list[Mention] = []
    for i, mention in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if (
            kept
            and mention.surface[:1].islower()
            and mention.entry.kind is ActorKind.GOVERNMENT
            and kept[-1].entry.kind is ActorKind.STATE
            and kept[-1].entry.country != mention.entry.country
            and mention.start - kept[-1].end <= 1
        ):
            continue  # "het Turkse kabinet" is Turkey's, not the one "kabinet" names alone
        if (
            following is not None
            and mention.surface[:1].islower()
            and mention.entry.kind is ActorKind.GOVERNMENT
            and owned.fullmatch(text[mention.end : following.start])
        ):
            continue
        if (
            following is not None
            and mention.entry.kind is ActorKind.STATE
            and following.entry.country == mention.entry.country
            and following.start - mention.end <= 1
        ):
            continue
        if mention.entry.kind is ActorKind.STATE and _describes(lex, text, mention):
            continue
        kept.append(mention)
    if memory.addressee is not None:
        # "uw Kamer", "de Kamer": the chamber the letter is addressed to (written with its
        # capital: "de kamer" is a room)
        taken = [(m.start, m.end) for m in kept]
        for m in _whole(marks.addressee_phrases, text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                kept.append(Mention(memory.addressee, m.start(), m.end(), m.group()))
    elif marks.unaddressed_chamber is not None:
        # "schrijft het kabinet vandaag aan de Kamer" in a news item: the House
        chamber = lex.actor_by_name[marks.unaddressed_chamber]
        taken = [(m.start, m.end) for m in kept]
        for m in _whole(marks.unaddressed_chamber_phrases, text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                kept.append(Mention(chamber, m.start(), m.end(), m.group()))
    if memory.addressee is not None and marks.writers is not None:
        # "kondigden wij aan": the writers of a letter to a chamber, the government
        writers = lex.actor_by_name[marks.writers]
        for m in _whole(marks.writer_phrases, text):
            kept.append(Mention(writers, m.start(), m.end(), m.group()))
    lowered = text.casefold()
    for m in _whole(marks.pronoun_phrases, lowered):
        person = memory.last_person()
        if person is not None:
            kept.append(Mention(person.entry, m.start(), m.end(), text[m.start() : m.end()]))
    kept += _described(lex, text, memory, kept)
    return sorted(kept, key=lambda m: m.start)


def _whole(phrases: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """Where each of ``phrases`` stands in ``text`` as whole words, phrase by phrase; a phrase
    the text does not hold at all is not searched (most of them, in most sentences)."""
    for phrase, pattern in _whole_phrases(phrases):
        if phrase in text:
            yield from pattern.finditer(text)


# the patterns of the marker tables, compiled once a table, not once a sentence
@functools.lru_cache(maxsize=16)
def _whole_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((p, re.compile(r"(?<![\w])" + re.escape(p) + r"(?![\w])")) for p in phrases)


@functools.lru_cache(maxsize=4)
def _owned(of_preposition: str, articles: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        r"\s+" + any_of([of_preposition]) + r"\s+(?:" + any_of(sorted(articles)) + r"\s+)?"
    )


@functools.lru_cache(maxsize=64)
def _described_noun(articles: frozenset[str], noun: str) -> re.Pattern[str]:
    pattern = r"(?<![\w])(?:" + any_of(sorted(articles)) + r")\s+" + re.escape(noun) + r"(?![\w-])"
    return re.compile(pattern, re.IGNORECASE)


def _described(
    lex: EventLexicon, text: str, memory: Memory, kept: Sequence[Mention]
) -> list[Mention]:
    """Definite descriptions that stand for actors named before: "de vragen" (a carried noun)
    for the parties of the letter's latest sentence that named questions, "het fregat" (a
    noun for a ship) for the last ship named in the paragraph."""
    marks = lex.markers
    taken = [(m.start, m.end) for m in kept]
    named = {m.entry for m in kept}
    determiners = marks.definite_articles | marks.definite_determiners
    found: list[Mention] = []
    wanted: list[tuple[str, tuple[ActorEntry, ...]]] = [
        (noun, memory.carried(noun)) for noun in marks.carried_nouns
    ]
    vessel = memory.last_vessel()
    if vessel is not None:
        wanted += [(noun, (vessel.entry,)) for noun in marks.vessel_nouns]
    for noun, entries in wanted:
        if not entries:
            continue
        for m in _described_noun(determiners, noun).finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            for entry in entries:
                if entry not in named:
                    found.append(Mention(entry, m.start(), m.end(), m.group()))
    return found


def partners(
    lex: EventLexicon,
    text: str,
    clauses: Sequence[Clause],
    clause: Clause,
    dates: Sequence[DatedSpan],
    triggers: Sequence[TriggerMatch],
) -> tuple[int, int]:
    """The clause right after this one when it only names partners ("via X en Y")."""
    following = next_clause(clauses, clause)
    if following is None:
        return 0, 0
    opening = text[following.start : following.end].casefold().lstrip()
    if not any(opening.startswith(p + " ") for p in lex.markers.partner_phrases):
        return 0, 0
    if any(following.start <= d.start < following.end for d in dates) or any(
        following.start <= t.start < following.end for t in triggers
    ):
        return 0, 0
    return following.start, following.end


def listed(
    lex: EventLexicon, text: str, mentions: Sequence[Mention], own: Sequence[Mention]
) -> list[Mention]:
    """``own`` with the names listed beside them across commas: "De vaste commissie voor
    Buitenlandse Zaken, de vaste commissie voor Defensie en ... hebben ... overleg gevoerd met
    minister X van Defensie, minister Y van ...": a list is one party, though commas cut it
    into clauses."""
    if not own:
        return list(own)
    marks = lex.markers
    gap = re.compile(
        r"\d*(?:\s*,\s*(?:"
        + any_of(sorted(marks.coordinators))
        + r"\s+)?|\s+"
        + any_of(sorted(marks.coordinators))
        + r"\s+)(?:"
        + any_of(sorted(marks.determiners))
        + r"\s+)*",
        re.IGNORECASE,
    )
    ordered = sorted(mentions, key=lambda m: m.start)
    # the runs of names joined only by list punctuation, coordinators and determiners
    runs: list[list[Mention]] = []
    for mention in ordered:
        if runs and gap.fullmatch(text, runs[-1][-1].end, mention.start):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    chosen = {(m.start, m.end) for m in own}
    found = list(own)
    for run in runs:
        if len(run) > 1 and any((m.start, m.end) in chosen for m in run):
            found += [m for m in run if (m.start, m.end) not in chosen]
    return sorted(found, key=lambda m: m.start)


def unsubjected(text: str, own: Sequence[Mention], after: int) -> list[Mention]:
    """``own`` without the names of what a cited paper is about: in "de brief van de minister
    van Defensie d.d. 3 mei inzake de bijdrage aan EUTM Mali" the letter is the minister's, and
    what follows the subject word ("inzake", "betreffende", "houdende": the `subject_words` of
    the date-first stage) after ``after`` (the paper's date) is its subject, whose names act in
    it, not in the letter. A verb of informing ("geïnformeerd over") opens no such title. A date
    a comma sets off ("de brief van de minister van Defensie, d.d. 3 mei 2011, inzake ...") is
    the paper's before the comma, whose owner acts in it (``owners.py``)."""
    asked = asked_owner(text, after)
    if asked:
        return asked
    if not own:
        return paper_owner(text, after)
    tokens = tokens_of(text)
    starts = [
        tokens[end - 1].start
        for _, end in dated_mention_lexicon().subject_set.spans(tokens)
        if tokens[end - 1].start >= after
    ]
    if not starts:
        return list(own)
    return [m for m in own if m.start < min(starts)] or paper_owner(text, after)


def _describes(lex: EventLexicon, text: str, mention: Mention) -> bool:
    """ "Syrische vluchtelingen", "Iraakse detentiecentra": a nationality that only says
    whose people or things are meant names no actor (`described_nouns`)."""
    if " " in mention.surface or not _adjective(lex, mention):
        return False
    following = re.match(r"\s+([\w-]+)", text[mention.end :])
    if following is None:
        return False
    head = following.group(1).casefold()
    return any(head.endswith(noun) for noun in lex.markers.described_nouns)


def roles(
    lex: EventLexicon,
    text: str,
    mentions: Iterable[Mention],
    profile: TypeProfile,
    event_type: EventType,
    triggers: Sequence[TriggerMatch],
) -> list[Actor]:
    actors: list[Actor] = []
    first_taken = False
    previous: tuple[Mention, ActorRole] | None = None
    marks = lex.markers
    for mention in mentions:
        if profile.governed and mention.entry.kind is ActorKind.STATE and _adjective(lex, mention):
            # "de Nederlandse bijdrage wordt verlengd": the contribution is the state's, the
            # mandate for it its government's decision
            government = lex.government_by_country.get(mention.entry.country or "")
            if government is not None:
                actors = add_actor(
                    actors, make_actor(government, mention.surface, ActorRole.INITIATOR)
                )
        cue = _cue(lex, text, mention.start)
        role: ActorRole | None
        before = text[max(0, mention.start - 30) : mention.start].casefold().rstrip()
        if actors and any(before.endswith(p) for p in marks.apposition_phrases):
            role = actors[-1].role  # "de milities, onder de naam van X": X is the same party
        elif previous is not None and _coordinated(lex, text, previous[0], mention):
            role = previous[1]  # "de VS en de Iraakse regering": one role for both
        elif cue == marks.of_preposition and _agent_head(lex, text, mention.start):
            role = ActorRole.INITIATOR  # "een operatie van Iraakse eenheden"
        elif (" " not in mention.surface and _adjective(lex, mention)) and any(
            0 <= t.start - mention.end <= 1 for t in triggers
        ):
            role = profile.first_role  # "de Israëlische grondoperatie": the adjective acts
        elif cue is not None and cue in lex.common_cues:
            previous = None
            continue
        elif cue is not None and cue in profile.cues:
            role = profile.cues[cue]
            if role is None:
                previous = None
                continue
        elif event_type in VIOLENT and victim(lex, text, mention):
            role = ActorRole.TARGET
        elif not first_taken:
            role = profile.first_role
            first_taken = True
        else:
            role = profile.other_role
        if role is profile.first_role:
            first_taken = True
        actors = add_actor(actors, make_actor(mention.entry, mention.surface, role))
        previous = (mention, role)
    return actors


def _coordinated(lex: EventLexicon, text: str, first: Mention, second: Mention) -> bool:
    """ "X en Y", "X, Y en Z": names joined by a coordinator share their role."""
    between = words_before(text, second.start, first.end)
    marks = lex.markers
    if not between or between[0] not in marks.coordinators:
        return False
    return all(w in marks.determiners for w in between[1:])


def _agent_head(lex: EventLexicon, text: str, position: int) -> bool:
    """ "een operatie van X": X carries out what the noun before "van" names."""
    words = words_before(text, position, max(0, position - 60))
    while words and words[-1] in lex.markers.determiners:
        words.pop()
    marks = lex.markers
    return len(words) >= 2 and words[-1] == marks.of_preposition and words[-2] in marks.agent_heads


def _adjective(lex: EventLexicon, mention: Mention) -> bool:
    """ "Amerikaanse": a name with the inflection of an attributive adjective."""
    return mention.surface.casefold().endswith(tuple(lex.markers.adjective_endings))


def victim(lex: EventLexicon, text: str, mention: Mention) -> bool:
    """ "twee Amerikaanse militairen": soldiers of a party are what a violent event hits."""
    head = mention.surface.casefold().split()[-1]
    following = re.match(r"\s+(\w+)", text[mention.end :])
    nouns = lex.markers.victim_nouns
    return head in nouns or (following is not None and following.group(1).casefold() in nouns)


def _cue(lex: EventLexicon, text: str, position: int) -> str | None:
    """The preposition just before a name, skipping determiners ("van de Spaanse")."""
    words = words_before(text, position, max(0, position - 60))[-3:]
    for word in reversed(words):
        if word in lex.markers.determiners:
            continue
        return word
    return None
