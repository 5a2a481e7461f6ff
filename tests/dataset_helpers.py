"""A hand-made two-sentence letter and its events, to test curation and the build in isolation
from the reader and the extractor."""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path

from iraq_events.documents.model import (
    Document,
    DocumentDate,
    DocumentMetadata,
    Page,
    Sentence,
)
from iraq_events.events.model import (
    Actor,
    ActorKind,
    ActorRole,
    Event,
    EventStatus,
    EventType,
    Source,
)
from iraq_events.temporal.types import ExpressionKind, Granularity, TemporalExpression

LETTER = (
    "Op 18 december 2023 vonden in Irak provinciale verkiezingen plaats.\n"
    "Op 4 januari 2024 schakelde de VS een commandant uit in Bagdad.\n"
)
SECOND = LETTER.index("Op 4")


def day(text: str, start: int, value: datetime.date) -> TemporalExpression:
    return TemporalExpression(
        text=text,
        start=start,
        end=start + len(text),
        kind=ExpressionKind.DATE,
        granularity=Granularity.DAY,
        earliest=value,
        latest=value,
        value=value.isoformat(),
        rule="day_month_year",
    )


def read_letter(path: Path) -> Document:
    """A stand-in for ``read_document``: any file gives this letter, with the file's stem as id."""
    text = path.read_text(encoding="utf-8")
    sentences = []
    start = 0
    for index, line in enumerate(text.splitlines(keepends=True)):
        end = start + len(line.rstrip("\n"))
        sentences.append(
            Sentence(
                index=index, start=start, end=end, text=text[start:end],
                clean_text=text[start:end], clean_start=start, clean_end=end, paragraph=index,
                page=1,
            )
        )  # fmt: skip
        start += len(line)
    dates = []
    for sentence in sentences:
        words = " ".join(sentence.text.split()[1:4])
        offset = sentence.start + 3
        parsed = datetime.datetime.strptime(
            words.replace("december", "12").replace("januari", "1"), "%d %m %Y"
        ).date()
        dates.append(
            DocumentDate(
                expression=day(words, offset, parsed), clean_start=offset,
                clean_end=offset + len(words), page=1, sentence=sentence.index,
            )
        )  # fmt: skip
    return Document(
        text=text,
        document_id=path.stem,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        metadata=DocumentMetadata(chamber="Eerste Kamer", date=datetime.date(2024, 5, 15)),
        source_name=path.name,
        pages=(Page(index=0, number=1, start=0, end=len(text)),),
        sentences=tuple(sentences),
        dates=tuple(dates),
    )


def extract_two(document: Document) -> list[Event]:
    """A stand-in for ``extract_events``: the election, and the strike typed wrongly as attack."""
    first, second = document.sentences[:2]
    events = []
    for sentence, date, event_type, actor in (
        (first, document.dates[0], EventType.ELECTION, "Iraq"),
        (second, document.dates[1], EventType.ATTACK, "United States"),
    ):
        source = Source(
            document_id=document.document_id, page=1, quote=sentence.text,
            char_start=sentence.start, char_end=sentence.end,
            date_char_start=date.expression.start, date_char_end=date.expression.end,
        )  # fmt: skip
        events.append(
            Event(
                event_id=f"{document.document_id}-{event_type}", event_type=event_type,
                date=date.expression, status=EventStatus.OCCURRED, source=source,
                actors=(Actor(name=actor, surface=actor, role=ActorRole.INITIATOR,
                              kind=ActorKind.STATE),),
                mentions=(source,), method=f"test:{event_type}",
            )
        )  # fmt: skip
    return events


def write_seeds(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or ("letter",):
        (folder / f"{name}.txt").write_text(LETTER, encoding="utf-8")
    (folder / f"{(names or ('letter',))[0]}.meta.json").write_text("{}", encoding="utf-8")
    return folder
