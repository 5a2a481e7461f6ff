"""A letter's metadata sidecar: ``<letter>.meta.json`` beside ``<letter>.txt``.

The corpus keeps what is known of a letter from outside its text (its source address, its
date where the text states none) in a JSON file beside it. Only the date is read here: it is
the reference a text without a letterhead date is read against.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from iraq_events.documents.model import DocumentError

__all__ = ["SIDECAR_DATE_KEYS", "sidecar_date", "sidecar_path"]

# the keys a sidecar may give the letter's date under, in order of preference:
# "reference_date" is the corpus's own, for a text that states no date of its own
SIDECAR_DATE_KEYS = ("document_date", "letter_date", "reference_date")


def sidecar_path(letter: Path) -> Path:
    return letter.with_suffix(".meta.json")


def sidecar_date(letter: str | Path) -> datetime.date | None:
    """The date the sidecar of ``letter`` gives, ``None`` without a sidecar or a date in it.

    A sidecar that is not a JSON object, or whose date is not an ISO date, is a
    ``DocumentError`` naming the file: a build never guesses around broken metadata.
    """
    path = sidecar_path(Path(letter))
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DocumentError(f"{path}: is not a readable JSON sidecar ({error})") from error
    if not isinstance(data, dict):
        raise DocumentError(f"{path}: a sidecar must be a JSON object")
    for key in SIDECAR_DATE_KEYS:
        value = data.get(key)
        if value is None:
            continue
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError as error:
            raise DocumentError(f"{path}: {key} {value!r} is not an ISO date") from error
    return None
