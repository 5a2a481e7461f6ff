"""Reviewed curation of the extracted events: corrections, rejections and hand-added events.

A curation file is TOML (read with the standard library), one per letter by convention
(``datasets/curation/<document_id>.toml``), holding three kinds of entries, each with a
``reason``::

    [[reject]]
    event_id = "..."
    reason = "a policy statement, not an event"

    [[correct]]
    event_id = "..."
    reason = "the handover is planned, not done"
    set = { status = "planned" }

    [[add]]
    reason = "the extraction misses the storming of the embassy"
    event_type = "protest"
    status = "occurred"
    document_id = "..."
    char_start = 1234          # the sentence, offsets into the original file
    char_end = 1400
    date_char_start = 1300     # the date words, offsets into the original file
    date_char_end = 1309
    date_start = 2023-07-01
    date_end = 2023-07-31
    date_precision = "month"
    date_value = "2023-07"

``set`` and ``add`` use the ``events`` table's column names and values (nested columns as TOML
tables). An added event's quote (the sentence's clean text when the span is one sentence),
date text, page and citations are read from the letter at the given offsets, so they cannot
drift from the source. A rejection or correction whose ``event_id`` the extraction no longer
produces is an error naming the id and the file: the
build never silently drops a review. So is a correction that changes nothing (the extraction
has learnt it): the curation stays a list of what extraction gets wrong.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from iraq_events.dataset.convert import event_to_row, row_to_event
from iraq_events.dataset.errors import CurationError, DatasetError
from iraq_events.dataset.schema import EVENTS
from iraq_events.documents.model import Document
from iraq_events.events.model import Curation, Event

__all__ = [
    "Addition",
    "Correction",
    "CurationPlan",
    "CurationResult",
    "Rejection",
    "apply_curation",
    "check_plan",
    "letter_plan",
    "read_curation",
    "unapplied",
]

_COLUMNS = {column.name for column in EVENTS}
# Set by the build from the letter or fixed by curation itself; a reviewer never writes them.
_DERIVED = {
    "event_id", "curation", "method", "mentions", "quote", "date_text", "page", "citations",
    "date_span_start", "date_span_end",
}  # fmt: skip
_ADD_REQUIRED = (
    "event_type", "status", "document_id", "char_start", "char_end", "date_char_start",
    "date_char_end", "date_precision",
)  # fmt: skip
_ADD_DEFAULTS: Mapping[str, Any] = {
    "date_start": None, "date_end": None, "date_mod": None, "date_value": "",
    "date_anchoring": "absolute", "date_kind": "date", "date_duration": None, "date_rule": "",
    "date_anchor": None, "date_problem": None, "actors": [], "location": None,
    "fatalities_low": None, "fatalities_best": None, "fatalities_high": None, "quantities": [],
    "subtype": None,
    "acled_event_type": None, "acled_sub_event_type": None,
}  # fmt: skip


@attrs.frozen(kw_only=True)
class Rejection:
    event_id: str
    reason: str
    file: str


@attrs.frozen(kw_only=True)
class Correction:
    event_id: str
    changes: Mapping[str, Any]
    reason: str
    file: str


@attrs.frozen(kw_only=True)
class Addition:
    fields: Mapping[str, Any]
    reason: str
    file: str


@attrs.frozen(kw_only=True)
class CurationPlan:
    """Every entry of the curation files, in file order."""

    rejections: tuple[Rejection, ...] = ()
    corrections: tuple[Correction, ...] = ()
    additions: tuple[Addition, ...] = ()
    files: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class CurationResult:
    events: tuple[Event, ...]
    rejected: tuple[Rejection, ...]
    corrected: int
    added: int


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CurationError(f"{where}: {key!r} must be a non-empty string")
    return value


def _check_columns(keys: Sequence[str], where: str, forbidden: set[str]) -> None:
    unknown = sorted(set(keys) - _COLUMNS)
    if unknown:
        raise CurationError(f"{where}: unknown column(s) {', '.join(unknown)}")
    derived = sorted(set(keys) & forbidden)
    if derived:
        raise CurationError(f"{where}: column(s) {', '.join(derived)} cannot be set by curation")


def _read_file(path: Path) -> CurationPlan:
    name = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CurationError(f"cannot read curation file {name}: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise CurationError(f"curation file {name} is not valid TOML: {error}") from error
    unknown = sorted(set(data) - {"reject", "correct", "add"})
    if unknown:
        raise CurationError(f"{name}: unknown section(s) {', '.join(unknown)}; "
                            "use [[reject]], [[correct]] or [[add]]")  # fmt: skip
    rejections, corrections, additions = [], [], []
    for number, entry in enumerate(data.get("reject", []), start=1):
        where = f"{name}: reject #{number}"
        _check_columns([k for k in entry if k not in ("event_id", "reason")], where, set())
        rejections.append(Rejection(event_id=_text(entry, "event_id", where),
                                    reason=_text(entry, "reason", where), file=name))  # fmt: skip
    for number, entry in enumerate(data.get("correct", []), start=1):
        where = f"{name}: correct #{number}"
        extra = sorted(set(entry) - {"event_id", "reason", "set"})
        if extra:
            raise CurationError(f"{where}: unknown key(s) {', '.join(extra)}")
        changes = entry.get("set")
        if not isinstance(changes, dict) or not changes:
            raise CurationError(f"{where}: 'set' must be a table of the columns to change")
        _check_columns(list(changes), where, _DERIVED)
        corrections.append(Correction(event_id=_text(entry, "event_id", where), changes=changes,
                                      reason=_text(entry, "reason", where), file=name))  # fmt: skip
    for number, entry in enumerate(data.get("add", []), start=1):
        where = f"{name}: add #{number}"
        fields = {key: value for key, value in entry.items() if key != "reason"}
        _check_columns([k for k in fields if k != "event_id"], where, _DERIVED)
        missing = [key for key in _ADD_REQUIRED if key not in fields]
        if missing:
            raise CurationError(f"{where}: missing {', '.join(missing)}")
        additions.append(Addition(fields=fields, reason=_text(entry, "reason", where), file=name))
    return CurationPlan(
        rejections=tuple(rejections),
        corrections=tuple(corrections),
        additions=tuple(additions),
        files=(name,),
    )


def read_curation(path: str | os.PathLike[str]) -> CurationPlan:
    """The curation entries of ``path``: a ``.toml`` file, or every ``*.toml`` in a folder."""
    source = Path(path)
    if source.is_dir():
        files = sorted(source.glob("*.toml"))
    elif source.is_file():
        files = [source]
    else:
        raise CurationError(f"no curation file or folder at {source}")
    plans = [_read_file(file) for file in files]
    return CurationPlan(
        rejections=tuple(entry for plan in plans for entry in plan.rejections),
        corrections=tuple(entry for plan in plans for entry in plan.corrections),
        additions=tuple(entry for plan in plans for entry in plan.additions),
        files=tuple(name for plan in plans for name in plan.files),
    )


def _targets(plan: CurationPlan, events: Sequence[Event]) -> None:
    known = {event.event_id for event in events}
    seen: dict[str, str] = {}
    entries: list[Rejection | Correction] = [*plan.rejections, *plan.corrections]
    for entry in entries:
        action = "rejection" if isinstance(entry, Rejection) else "correction"
        if entry.event_id not in known:
            raise CurationError(
                f"{entry.file}: {action} targets event_id {entry.event_id!r}, which the "
                "extraction no longer produces; review the entry against the new extraction"
            )
        if entry.event_id in seen:
            raise CurationError(
                f"{entry.file}: event_id {entry.event_id!r} is curated twice "
                f"(also in {seen[entry.event_id]}); merge the entries"
            )
        seen[entry.event_id] = entry.file


def check_plan(plan: CurationPlan) -> None:
    """Refuse a plan that curates one ``event_id`` twice (naming both files)."""
    seen: dict[str, str] = {}
    entries: list[Rejection | Correction] = [*plan.rejections, *plan.corrections]
    for entry in entries:
        if entry.event_id in seen:
            raise CurationError(
                f"{entry.file}: event_id {entry.event_id!r} is curated twice "
                f"(also in {seen[entry.event_id]}); merge the entries"
            )
        seen[entry.event_id] = entry.file


# an entry of a plan: ("reject" | "correct" | "add", its index in the plan)
EntryRef = tuple[str, int]


def letter_plan(
    plan: CurationPlan, document_id: str, event_ids: set[str]
) -> tuple[CurationPlan, tuple[EntryRef, ...]]:
    """The part of ``plan`` that concerns one letter (its events' ids, its document id) and
    which entries of ``plan`` that part holds."""
    rejections = [(i, e) for i, e in enumerate(plan.rejections) if e.event_id in event_ids]
    corrections = [(i, e) for i, e in enumerate(plan.corrections) if e.event_id in event_ids]
    additions = [
        (i, e)
        for i, e in enumerate(plan.additions)
        if str(e.fields.get("document_id")) == document_id
    ]
    refs = (
        *(("reject", i) for i, _ in rejections),
        *(("correct", i) for i, _ in corrections),
        *(("add", i) for i, _ in additions),
    )
    part = CurationPlan(
        rejections=tuple(e for _, e in rejections),
        corrections=tuple(e for _, e in corrections),
        additions=tuple(e for _, e in additions),
        files=plan.files,
    )
    return part, refs


def unapplied(plan: CurationPlan, applied: set[EntryRef]) -> list[str]:
    """A message for every entry of ``plan`` that no letter of a build applied."""
    problems = []
    kinds: list[tuple[str, Sequence[Rejection | Correction]]] = [
        ("reject", plan.rejections),
        ("correct", plan.corrections),
    ]
    for kind, entries in kinds:
        action = "rejection" if kind == "reject" else "correction"
        for index, entry in enumerate(entries):
            if (kind, index) not in applied:
                problems.append(
                    f"{entry.file}: {action} targets event_id {entry.event_id!r}, which the "
                    "extraction no longer produces; review the entry against the new extraction"
                )
    for index, addition in enumerate(plan.additions):
        if ("add", index) not in applied:
            problems.append(
                f"{addition.file}: add ({addition.reason}): no letter with document_id "
                f"{addition.fields.get('document_id')!r}"
            )
    return problems


def _quote(document: Document, start: int, end: int) -> str:
    """The sentence as extraction quotes it (line breaks joined) when the span is one sentence."""
    sentence = document.sentence_at(start)
    if sentence is not None and (sentence.start, sentence.end) == (start, end):
        return sentence.clean_text
    return document.text[start:end]


def _added_event(addition: Addition, documents: Mapping[str, Document]) -> Event:
    fields = addition.fields
    where = f"{addition.file}: add ({addition.reason})"
    document = documents.get(str(fields["document_id"]))
    if document is None:
        raise CurationError(f"{where}: no letter with document_id {fields['document_id']!r}")
    spans = [(fields["char_start"], fields["char_end"]),
             (fields["date_char_start"], fields["date_char_end"])]  # fmt: skip
    for start, end in spans:
        if not (isinstance(start, int) and isinstance(end, int)
                and 0 <= start <= end <= len(document.text)):  # fmt: skip
            raise CurationError(f"{where}: span {start}..{end} is not inside the letter "
                                f"({len(document.text)} characters)")  # fmt: skip
    sentence = document.sentence_at(fields["char_start"])
    citations = [] if sentence is None else [c.identifier for c in sentence.citations]
    date_start, date_end = fields["date_char_start"], fields["date_char_end"]
    source = {
        "document_id": document.document_id,
        "page": document.page_of(fields["char_start"]),
        "quote": _quote(document, fields["char_start"], fields["char_end"]),
        "char_start": fields["char_start"],
        "char_end": fields["char_end"],
        "date_char_start": date_start,
        "date_char_end": date_end,
        "citations": citations,
    }
    row = {**_ADD_DEFAULTS, **fields, **source}
    row.update(
        date_text=document.text[date_start:date_end],
        date_span_start=date_start,
        date_span_end=date_end,
        mentions=[source],
        method=f"curation:{Path(addition.file).name}",
        curation=Curation.ADDED.value,
    )
    if "event_id" not in row:
        key = "|".join(
            str(row[name])
            for name in ("document_id", "event_type", "date_start", "date_end", "char_start")
        )
        row["event_id"] = "added-" + hashlib.sha256(key.encode()).hexdigest()[:16]  # fmt: skip
    try:
        return row_to_event(row)
    except DatasetError as error:
        raise CurationError(f"{where}: {error}") from error


def apply_curation(
    events: Sequence[Event], plan: CurationPlan, documents: Sequence[Document] = ()
) -> CurationResult:
    """``events`` with ``plan`` applied: rejected ones dropped, corrections set, additions added.

    Corrected events get ``curation="corrected"`` and added ones ``"added"``; the others keep
    theirs. Raises ``CurationError`` naming the file and id when an entry does not apply.
    """
    _targets(plan, events)
    rejected = {entry.event_id for entry in plan.rejections}
    corrections = {entry.event_id: entry for entry in plan.corrections}
    result: list[Event] = []
    for event in events:
        if event.event_id in rejected:
            continue
        correction = corrections.get(event.event_id)
        if correction is not None:
            extracted = event_to_row(event)
            if all(extracted[key] == value for key, value in correction.changes.items()):
                raise CurationError(
                    f"{correction.file}: correction of {event.event_id!r} changes nothing, the "
                    "extraction already gives these values; remove the entry"
                )
            row = {**extracted, **correction.changes}
            row["curation"] = Curation.CORRECTED.value
            try:
                event = row_to_event(row)
            except DatasetError as error:
                raise CurationError(f"{correction.file}: correction of {error}") from error
        result.append(event)
    by_id = {document.document_id: document for document in documents}
    known = {event.event_id for event in events}
    for addition in plan.additions:
        added = _added_event(addition, by_id)
        if added.event_id in known:
            raise CurationError(f"{addition.file}: added event_id {added.event_id!r} "
                                "already exists")  # fmt: skip
        known.add(added.event_id)
        result.append(added)
    return CurationResult(
        events=tuple(result),
        rejected=tuple(plan.rejections),
        corrected=len(corrections),
        added=len(plan.additions),
    )
