"""The parts of the Dutch filler sentences of ``dutch_prose``: none of them holds a temporal
expression or a digit."""

from __future__ import annotations

_SUBJECTS = (
    "Het kabinet",
    "De missie",
    "Nederland",
    "De Iraakse regering",
    "De coalitie",
    "De adviseur",
    "Het ministerie",
    "De commissie",
    "Deze eenheid",
    "De politie",
)
_VERBS = (
    "steunt",
    "versterkt",
    "bespreekt",
    "evalueert",
    "onderzoekt",
    "financiert",
    "begeleidt",
    "bevordert",
    "volgt",
)
_OBJECTS = (
    "de hervorming van de veiligheidssector",
    "de civiele experts",
    "het overleg met partners",
    "de opleiding van militairen",
    "duurzame oplossingen",
    "de bescherming van burgers",
    "de samenwerking",
    "het beleid",
    "de inzet",
    "de opvang van ontheemden",
)
_COMPLEMENTS = (
    "",
    " in Bagdad",
    " in de regio",
    " samen met bondgenoten",
    " op strategisch niveau",
    " binnen de NAVO",
    " met veel zorg",
)
