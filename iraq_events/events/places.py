"""Places: the places a sentence names after a locative preposition (or as the adjective of an
event noun), the one place of an event's stretch of text, and who hosts a visit and where."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from iraq_events.events.clauses import next_clause
from iraq_events.events.lexicon import (
    ActorEntry,
    EventLexicon,
    Match,
    PlaceEntry,
    TriggerMatch,
    any_of,
)
from iraq_events.events.model import Actor, ActorKind, ActorRole, EventType, Location, LocationKind
from iraq_events.events.parts import (
    SPECIFICITY,
    Clause,
    DatedSpan,
    Mention,
    Place,
    make_actor,
    make_location,
    words_before,
)

__all__ = ["closer", "location", "places", "visit", "visited"]


def _place_cue(lex: EventLexicon, text: str, position: int) -> str | None:
    """The preposition before a place, past the words that say which part of it:
    "in de provincie Anbar", "ten westen van Mosoel", "in federaal Irak"."""
    marks = lex.markers
    words = words_before(text, position, max(0, position - 80))[-6:]
    while words:
        word = words[-1]
        if word in marks.determiners or word in marks.place_heads:
            words.pop()
        elif word == marks.of_preposition and len(words) > 1 and words[-2] in marks.place_heads:
            words.pop()
        else:
            return word
    return None


def places(lex: EventLexicon, text: str, triggers: Sequence[TriggerMatch]) -> list[Place]:
    found: list[Place] = []
    previous_locative: Place | None = None
    # a place inside a name is the name's ("de Iraakse regering"), but a mission's name says
    # where it works ("de VN-missie in Mali"): that place is the text's
    names = [
        (m.start, m.end) for m in lex.find_actors(text) if m.entry.kind is not ActorKind.MISSION
    ]
    for match in lex.find_places(text):
        if any(
            s <= match.start and match.end <= e and e - s > match.end - match.start
            for s, e in names
        ):
            continue
        place = _place(lex, text, match, triggers, previous_locative)
        if place is not None:
            found.append(place)
            previous_locative = place
    return found


def _place(
    lex: EventLexicon,
    text: str,
    match: Match,
    triggers: Sequence[TriggerMatch],
    previous: Place | None,
) -> Place | None:
    entry: PlaceEntry = match.entry
    if match.adjective:
        # "Koerdische parlementsverkiezingen": an adjective places the event it modifies
        # ... or with another adjective between ("Iraakse provinciale verkiezingen")
        endings = any_of(lex.markers.adjective_endings)
        step = re.match(r"(\s+)(?:\w+" + endings + r"\s+)?", text[match.end :])
        if step and any(
            t.start in (match.end + step.end(1), match.end + step.end()) for t in triggers
        ):
            return Place(entry, match.start, match.end, match.surface, None)
        return None
    cue = _place_cue(lex, text, match.start)
    if cue in lex.markers.locative_prepositions:
        return Place(entry, match.start, match.end, match.surface, cue)
    if cue is not None and cue.endswith(tuple(lex.markers.mission_heads)):
        # "Patriotmissie Turkije", "de missie Afghanistan": a mission's country named after it
        return Place(entry, match.start, match.end, match.surface, None)
    joiners = any_of(lex.markers.list_joiners)
    if previous is not None and re.fullmatch(
        r"[\s,]*" + joiners + r"?\s*", text[previous.end : match.start]
    ):
        return Place(entry, match.start, match.end, match.surface, previous.cue)
    if entry.kind is LocationKind.BASE:
        return Place(entry, match.start, match.end, match.surface, cue)
    return None


def location(
    lex: EventLexicon,
    text: str,
    places: Sequence[Place],
    segment: tuple[int, int],
    clauses: Sequence[Clause],
    clause: Clause,
    lending: Sequence[Clause],
    date: DatedSpan,
    pattern: str,
    dates: Sequence[DatedSpan],
) -> Location | None:
    candidates: list[Place] = []
    if pattern == "countable-multi-date":
        earlier = [d.end for d in dates if d.end <= date.start]
        lower = max(earlier) if earlier else 0
        between = [p for p in places if lower <= p.start < date.start]
        if between:
            candidates = [between[-1]]
    if not candidates:
        candidates = [p for p in places if segment[0] <= p.start < segment[1]]
    following = next_clause(clauses, clause)
    if candidates and following is not None:
        # "in de KAR, onder meer in de omgeving van Sulaymaniyah": a closer look at it
        opening = text[following.start : following.end].casefold().lstrip()
        if any(opening.startswith(w + " ") for w in lex.markers.specifiers):
            candidates += [p for p in places if following.start <= p.start < following.end]
        else:
            # "... in Afghanistan en had als doel ..., met name in de provincie Kunduz": a
            # closer look further on, at a place of the same country
            candidates += closer(lex, text, places, clauses, following, candidates)
    if not candidates and segment != (clause.start, clause.end):
        # the events that share a clause share its place
        candidates = [p for p in places if clause.start <= p.start < clause.end]
    if not candidates and not clause.subordinate:
        candidates = [p for p in places if any(c.start <= p.start < c.end for c in lending)]
    if not candidates:
        return None
    if len({p.entry.country for p in candidates}) > 1:
        return None  # "in Syrië en Irak": no single place
    best = min(SPECIFICITY[p.entry.kind] for p in candidates)
    finest = [p for p in candidates if SPECIFICITY[p.entry.kind] == best]
    return make_location(finest[0].entry, finest[0].surface)


def closer(
    lex: EventLexicon,
    text: str,
    places: Sequence[Place],
    clauses: Sequence[Clause],
    start: Clause,
    candidates: Sequence[Place],
) -> list[Place]:
    """The places of the first clause from ``start`` on that opens with a specifier ("met
    name", "onder meer"), when they lie in the countries of ``candidates``: a closer look."""
    countries = {p.entry.country for p in candidates}
    clause: Clause | None = start
    while clause is not None:
        opening = text[clause.start : clause.end].casefold().lstrip()
        if any(opening.startswith(w + " ") for w in lex.markers.specifiers):
            inside = [p for p in places if clause.start <= p.start < clause.end]
            if inside and {p.entry.country for p in inside} <= countries:
                return inside
            return []
        clause = next_clause(clauses, clause)
    return []


def visit(
    lex: EventLexicon,
    actors: list[Actor],
    location: Location | None,
    subtype: str | None,
    places: Sequence[Place],
    segment: tuple[int, int],
    mentions: Sequence[Mention],
) -> tuple[list[Actor], Location | None]:
    """Who hosts a visit, and where: "inkomend" is at home, "uitgaand" at the counterpart."""
    marks = lex.markers
    host: ActorEntry | None = None
    surface = ""
    direction = marks.visit_hosts.get(subtype or "")
    if direction == "home":
        host = lex.state_by_country.get(marks.home_country)
        surface = subtype or ""
    elif direction == "counterpart":
        for mention in mentions:
            if mention.entry.country not in (None, marks.home_country) and mention.entry.kind in (
                ActorKind.STATE,
                ActorKind.GOVERNMENT,
            ):
                host, surface = mention.entry, mention.surface
                break
    else:
        hosted = [
            p
            for p in places
            if segment[0] <= p.start < segment[1]
            and p.cue is not None
            and lex.types[EventType.VISIT].cues.get(p.cue) is ActorRole.HOST
        ]
        if hosted and hosted[0].entry.country:
            host = lex.state_by_country.get(hosted[0].entry.country)
            surface = hosted[0].surface
    if host is None:
        return actors, location
    existing = next((a for a in actors if a.name == host.name), None)
    if existing is not None:
        actors = [attrs.evolve(a, role=ActorRole.HOST) if a is existing else a for a in actors]
    else:
        actors = [*actors, make_actor(host, surface, ActorRole.HOST)]
    if location is None and host.country:
        place = lex.country_place.get(host.country)
        if place is not None:
            location = make_location(place, surface)
    return actors, location


def visited(
    lex: EventLexicon, text: str, segment: tuple[int, int], mentions: Sequence[Mention]
) -> Location | None:
    """ "bezocht de minister Bagdad": what a visit names without a preposition is where
    it went, when the names point to one country."""
    # a country named as a state ("bezocht Koeweit") still says where the visit went
    names = [
        (m.start, m.end)
        for m in mentions
        if not (m.entry.kind is ActorKind.STATE and m.entry.country in lex.country_place)
    ]
    found = [
        m
        for m in lex.find_places(text[segment[0] : segment[1]])
        if not m.adjective and not any(s <= m.start + segment[0] < e for s, e in names)
    ]
    if not found or len({m.entry.country for m in found}) > 1:
        return None
    best = min(found, key=lambda m: SPECIFICITY[m.entry.kind])
    return make_location(best.entry, best.surface)
