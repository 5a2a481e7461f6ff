"""The per-letter step of a build, and where letters come from.

``letter_rows(path or bytes)`` reads one letter, dates it, extracts its events and returns the
rows of the three tables as Arrow record batches (``LetterRows``): a plain function with no
state, so a process pool, ``dask.bag`` or Spark's ``mapPartitions`` can map it over a corpus.
Only rows travel on; the ``Document`` is dropped as soon as its rows are made.

``find_letters`` turns what a user names (folders searched recursively, list files, paths)
into an ordered list of ``Letter``; ``cache_key`` is what an incremental build keys a letter's
rows by: its bytes, its sidecar, its name, the library's code and its lexicons.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs
import pyarrow as pa

from iraq_events import __version__
from iraq_events.dataset.convert import document_to_row, event_to_row, iter_document_date_rows
from iraq_events.dataset.errors import DatasetError
from iraq_events.dataset.schema import arrow_schema
from iraq_events.documents.model import Document
from iraq_events.documents.reader import LETTER_SUFFIXES
from iraq_events.events.model import Event

__all__ = [
    "LEXICON_FOLDERS",
    "Letter",
    "LetterRows",
    "cache_key",
    "default_reader",
    "event_sort_key",
    "find_letters",
    "letter_rows",
    "lexicon_hash",
    "library_fingerprint",
    "rows_of",
]

ReadDocument = Callable[[Path], Document]
ExtractEvents = Callable[[Document], Sequence[Event]]

_PACKAGE = Path(__file__).resolve().parent.parent
# the data the extraction reads besides its code: a change here invalidates every cached letter
LEXICON_FOLDERS = (_PACKAGE / "events" / "lexicon", _PACKAGE / "temporal" / "lexicon")
_DATA_SUFFIXES = (".json", ".tsv", ".toml", ".txt")


@attrs.frozen(kw_only=True)
class Letter:
    """A letter to build: its path and the name it is published under (``source_name``), its
    path relative to the folder it was found in (the file name for a path given directly)."""

    path: Path
    name: str


@attrs.frozen(kw_only=True)
class LetterRows:
    """The rows one letter contributes to each table, as Arrow record batches."""

    document_id: str
    sha256: str
    source_name: str
    date: datetime.date | None
    events: pa.RecordBatch
    temporal_expressions: pa.RecordBatch
    documents: pa.RecordBatch
    replaced: tuple[int, ...] = ()

    @property
    def year(self) -> int:
        """The partition of the letter: the year of its date, 0 for a letter without one."""
        return 0 if self.date is None else self.date.year


def event_sort_key(event: Event) -> tuple[object, ...]:
    """A total order: by letter, position in it, date, then id (ties are resolved by the id)."""
    start = event.date.earliest
    return (
        event.source.document_id,
        event.source.char_start,
        event.source.char_end,
        event.source.date_char_start is None,
        event.source.date_char_start or 0,
        start is None,
        start or datetime.date.min,
        event.event_id,
    )


# rows turned into Arrow at a time: a large letter's rows as dicts cost far more than as Arrow
_BATCH_ROWS = 5_000


def _arrays(chunk: list[dict[str, object]], schema: pa.Schema) -> list[pa.Array]:
    """The columns of ``chunk`` (what ``RecordBatch.from_pylist`` makes), from the system
    allocator: its buffers reuse the memory the letter's reading freed, where Arrow's own pool
    maps new memory beside it (about 1x a large letter more at a build's peak)."""
    pool = pa.system_memory_pool()
    return [
        pa.array([row.get(field.name) for row in chunk], type=field.type, memory_pool=pool)
        for field in schema
    ]


def _batch(name: str, rows: Iterable[dict[str, object]]) -> pa.RecordBatch:
    schema = arrow_schema(name).remove_metadata()
    try:
        columns: list[list[pa.Array]] = [[] for _ in schema]
        remaining = iter(rows)
        while chunk := list(itertools.islice(remaining, _BATCH_ROWS)):
            for column, array in zip(columns, _arrays(chunk, schema), strict=True):
                column.append(array)
        del chunk
        arrays = []
        for index, column in enumerate(columns):
            # one column at a time, its chunks released as it is joined: the rows are never
            # held twice (a large letter's expression rows are about 1x the letter)
            if not column:
                arrays.append(pa.array([], type=schema.field(index).type))
            elif len(column) == 1:
                arrays.append(column[0])
            else:
                arrays.append(pa.concat_arrays(column, memory_pool=pa.system_memory_pool()))
            columns[index] = []
        return pa.RecordBatch.from_arrays(arrays, schema=schema)
    except (pa.ArrowException, OverflowError, TypeError, ValueError) as error:
        raise DatasetError(f"cannot store rows in the {name!r} table: {error}") from error


@attrs.frozen(kw_only=True)
class _DocumentPart:
    """What a letter's rows take from its ``Document``, as plain values: its expression rows
    are in ``spill`` (pickled lists of rows), so the ``Document`` can go before any of them is
    made into Arrow."""

    document_id: str
    sha256: str
    source_name: str
    date: datetime.date | None
    replaced: tuple[int, ...]
    row: dict[str, object]
    spill: IO[bytes]


def _document_part(document: Document, spill: IO[bytes]) -> _DocumentPart:
    rows = iter_document_date_rows(document)
    while chunk := list(itertools.islice(rows, _BATCH_ROWS)):
        pickle.dump(chunk, spill, protocol=pickle.HIGHEST_PROTOCOL)
    return _DocumentPart(
        document_id=document.document_id,
        sha256=document.sha256,
        source_name=document.source_name or document.document_id,
        date=document.date,
        replaced=document.replaced,
        row=document_to_row(document),
        spill=spill,
    )


def _spilled(spill: IO[bytes]) -> Iterator[dict[str, object]]:
    spill.seek(0)
    while True:
        try:
            chunk: list[dict[str, object]] = pickle.load(spill)
        except EOFError:
            return
        yield from chunk


def _rows(part: _DocumentPart, events: Iterable[Event]) -> LetterRows:
    ordered = sorted(events, key=event_sort_key)
    return LetterRows(
        document_id=part.document_id,
        sha256=part.sha256,
        source_name=part.source_name,
        date=part.date,
        events=_batch("events", map(event_to_row, ordered)),
        temporal_expressions=_batch("temporal_expressions", _spilled(part.spill)),
        documents=_batch("documents", [part.row]),
        replaced=part.replaced,
    )


def rows_of(document: Document, events: Iterable[Event]) -> LetterRows:
    """The rows of a read ``document`` and its ``events`` (sorted by ``event_sort_key``)."""
    with tempfile.TemporaryFile(prefix="iraq-events-rows-") as spill:
        return _rows(_document_part(document, spill), events)


def default_reader(path: Path) -> Document:
    """The library's reader; a text without a letterhead date is read against its sidecar's."""
    from iraq_events.documents import read_document
    from iraq_events.documents.sidecar import sidecar_date

    return read_document(path, reference=sidecar_date(path))


def _default_extractor(document: Document) -> Sequence[Event]:
    from iraq_events.events import extract_events

    return extract_events(document)


def letter_rows(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    reference: datetime.date | None = None,
    read_document: ReadDocument | None = None,
    extract_events: ExtractEvents | None = None,
) -> LetterRows:
    """Read one letter (a path, or its bytes), extract its events, and return its rows.

    ``name`` is the ``source_name`` the letter is published under (default: the file name).
    A path is read with its ``<letter>.meta.json`` sidecar's date when the text states none;
    ``reference`` dates a letter given as bytes. Raises ``DocumentError`` naming the letter
    when it cannot be read (missing, empty, binary, an unknown encoding).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        if read_document is not None:
            raise TypeError("read_document takes a path; give a path, not bytes")
        from iraq_events.documents import read_document as library_reader

        document = library_reader(bytes(source), document_id=None, reference=reference)
        document = attrs.evolve(document, source_name=name or document.document_id)
    else:
        path = Path(os.fspath(source))
        if read_document is None and reference is not None:
            from iraq_events.documents import read_document as library_reader

            document = library_reader(path, reference=reference)
        else:
            document = (read_document or default_reader)(path)
        document = attrs.evolve(document, source_name=name or path.name)
    events = (extract_events or _default_extractor)(document)
    with tempfile.TemporaryFile(prefix="iraq-events-rows-") as spill:
        part = _document_part(document, spill)
        # the letter's texts and tables go before any row is made into Arrow: a large
        # letter's rows then take the memory its reading freed (issue 16: 10x the letter)
        del document
        return _rows(part, events)


def _is_letter(path: Path) -> bool:
    """A letter as text, PDF, or the publication site's XML or HTML (``LETTER_SUFFIXES``)."""
    return path.suffix.lower() in LETTER_SUFFIXES and path.is_file()


def find_letters(sources: Sequence[str | os.PathLike[str]]) -> list[Letter]:
    """The letters ``sources`` name, in a fixed order.

    A folder is searched recursively for letters (``*.txt``, ``*.pdf``, ``*.xml``, ``*.html``;
    hidden folders and files skipped; a letter
    is named by its path relative to the folder); a ``*.list`` file holds one path per line
    (relative to the list file's folder; blank lines and ``#`` comments skipped); any other
    file is a letter. Within a folder the letters are sorted by name; otherwise the order is
    that of ``sources``. A letter named twice is kept once.
    """
    letters: list[Letter] = []
    seen: set[Path] = set()

    def add(path: Path, name: str) -> None:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            letters.append(Letter(path=path, name=name))

    for given in sources:
        source = Path(os.fspath(given))
        if source.is_dir():
            found = []
            for folder, folders, files in os.walk(source):
                folders[:] = sorted(f for f in folders if not f.startswith("."))
                for file in files:
                    path = Path(folder) / file
                    if not file.startswith(".") and _is_letter(path):
                        found.append(path)
            for path in sorted(found, key=lambda p: p.relative_to(source).as_posix()):
                add(path, path.relative_to(source).as_posix())
        elif source.suffix == ".list" and source.is_file():
            try:
                lines = source.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as error:
                raise DatasetError(f"cannot read the list of letters {source}: {error}") from error
            for number, line in enumerate(lines, start=1):
                entry = line.strip()
                if not entry or entry.startswith("#"):
                    continue
                path = source.parent / entry
                if not path.is_file():
                    raise DatasetError(f"{source}:{number}: no letter at {path}")
                add(path, path.name)
        elif source.is_file():
            add(source, source.name)
        else:
            raise DatasetError(f"cannot build: no seeds folder, list or letter at {source}")
    if not letters:
        named = ", ".join(str(source) for source in sources)
        raise DatasetError(
            f"cannot build: no letters ({', '.join('*' + s for s in LETTER_SUFFIXES)}) in {named}"
        )
    return letters


def _hash_files(digest: hashlib._Hash, files: Iterable[Path], root: Path) -> None:
    for file in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        digest.update(file.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())


def lexicon_hash(folders: Sequence[Path] = LEXICON_FOLDERS) -> str:
    """SHA-256 of the lexicon data files (names and contents) under ``folders``."""
    digest = hashlib.sha256()
    for folder in folders:
        files = [p for p in folder.rglob("*") if p.is_file() and p.suffix in _DATA_SUFFIXES]
        _hash_files(digest, files, folder.parent)
    return digest.hexdigest()


@functools.cache
def library_fingerprint() -> str:
    """The library version and a hash of its code (every ``*.py``), so that a cache made by
    another revision is never reused, even one that did not change the version number."""
    digest = hashlib.sha256(__version__.encode() + b"\0")
    files = [p for p in _PACKAGE.rglob("*.py") if "bundled" not in p.parts]
    _hash_files(digest, files, _PACKAGE)
    return digest.hexdigest()


def _qualified(function: Callable[..., object] | None) -> str:
    if function is None:
        return "library"
    return f"{getattr(function, '__module__', '?')}.{getattr(function, '__qualname__', '?')}"


def cache_key(
    letter: Letter,
    data: bytes,
    *,
    read_document: ReadDocument | None = None,
    extract_events: ExtractEvents | None = None,
) -> str:
    """The key of a letter's rows: its content hash, its sidecar, its published name, the
    library version (and code), the lexicon hash and the reader and extractor used."""
    from iraq_events.documents.sidecar import sidecar_path

    sidecar = sidecar_path(letter.path)
    parts = [
        hashlib.sha256(data).hexdigest(),
        hashlib.sha256(sidecar.read_bytes()).hexdigest() if sidecar.is_file() else "-",
        letter.name,
        library_fingerprint(),
        _lexicon_hash_cached(),
        _qualified(read_document),
        _qualified(extract_events),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


@functools.cache
def _lexicon_hash_cached() -> str:
    return lexicon_hash()
