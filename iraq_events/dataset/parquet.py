"""Writing and reading the project's Parquet tables: atomic, reproducible, schema-checked.

Every write goes to a temporary file in the target's directory and is renamed over the target
only once complete, so a failure never leaves a half-written file nor destroys the previous
one. The writer options are fixed and the metadata carries no time, so the same rows give the
same bytes (for a given pyarrow version, which Parquet records as ``created_by``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from iraq_events.dataset.convert import events_to_rows, row_to_event
from iraq_events.dataset.errors import DatasetError
from iraq_events.dataset.schema import (
    METADATA_DOCUMENTS,
    METADATA_SCHEMA_VERSION,
    METADATA_TABLE,
    SCHEMA_VERSION,
    TABLES,
    arrow_schema,
)
from iraq_events.events.model import Event

__all__ = [
    "CURRENT",
    "VERSIONS",
    "WRITER_OPTIONS",
    "atomic_write",
    "atomic_write_all",
    "make_table",
    "publish",
    "publish_tree",
    "read_events",
    "read_table",
    "remove_leftovers",
    "table_writer",
    "write_parquet",
    "write_table",
]

# Fixed so that a rebuild gives the same bytes; never rely on pyarrow's defaults changing.
WRITER_OPTIONS: dict[str, Any] = {
    "version": "2.6",
    "data_page_version": "1.0",
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "store_schema": True,
    "write_page_index": False,
    "write_page_checksum": False,
}


def make_table(
    name: str, rows: Sequence[dict[str, Any]], documents: Iterable[tuple[str, str | None]] = ()
) -> pa.Table:
    """The Arrow table ``name`` holding ``rows`` (dicts keyed by column), with full metadata."""
    schema = arrow_schema(name, documents)
    try:
        return pa.Table.from_pylist(list(rows), schema=schema)
    except (pa.ArrowException, OverflowError, TypeError, ValueError) as error:
        raise DatasetError(f"cannot store rows in the {name!r} table: {error}") from error


def _writable_target(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    if target.is_dir():
        raise DatasetError(f"cannot write {target}: it is a directory")
    for folder in target.parents:
        if folder.exists():
            if not folder.is_dir():
                raise DatasetError(f"cannot write {target}: {folder} is a file, not a folder")
            break
    if target.exists() and not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise DatasetError(f"cannot write {target}: the file is read-only")
    return target


def _discard(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _stage(target: Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Write a complete temporary file beside ``target`` and return its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
    except BaseException:
        _discard([temporary])
        raise
    return temporary


def atomic_write_all(
    writes: Sequence[tuple[str | os.PathLike[str], Callable[[IO[bytes]], object]]],
) -> list[Path]:
    """Write several files all or nothing: each ``write`` fills a temporary file beside its
    target, and only when every one is complete are they renamed over the targets.

    Every target is checked first (a read-only file or a path through a file is refused); if
    anything fails, the files already renamed are put back, so the previous set stays
    complete and intact.
    """
    targets = [_writable_target(path) for path, _ in writes]
    staged: list[Path] = []
    try:
        for target, (_, write) in zip(targets, writes, strict=True):
            staged.append(_stage(target, write))
    except BaseException as error:
        _discard(staged)
        if isinstance(error, OSError):
            raise DatasetError(f"cannot write {target}: {error.strerror or error}") from error
        raise
    backups: list[Path | None] = []
    replaced: list[Path] = []
    try:
        for temporary, target in zip(staged, targets, strict=True):
            backup = None
            if target.exists():
                backup = temporary.with_suffix(".previous")
                try:
                    os.link(target, backup)
                except OSError:  # no hard links on this file system
                    shutil.copyfile(target, backup)
            backups.append(backup)
            os.replace(temporary, target)
            replaced.append(target)
    except BaseException as error:
        failed = targets[len(replaced)]
        for done, backup in zip(replaced, backups, strict=False):
            with contextlib.suppress(OSError):
                if backup is None:
                    done.unlink()
                else:
                    os.replace(backup, done)
        _discard([*staged, *(backup for backup in backups if backup is not None)])
        if isinstance(error, OSError):
            raise DatasetError(f"cannot write {failed}: {error.strerror or error}") from error
        raise
    _discard(backup for backup in backups if backup is not None)
    return targets


CURRENT = "current"  # the one pointer: a symbolic link to the current version's folder
VERSIONS = ".versions"  # complete versions, each in a folder named by its content hash
_STAGING_PREFIX = ".staging-"
_LINK_PREFIX = ".link-"


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system can sync a folder
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _point(link: Path, target: str) -> None:
    """Make ``link`` a symbolic link to ``target`` in one step: a new link renamed over it."""
    temporary = link.with_name(f"{_LINK_PREFIX}{link.name}-{os.getpid()}")
    os.symlink(target, temporary)  # a link a killed build left is removed by remove_leftovers
    os.replace(temporary, link)


def _current_version(out: Path) -> str | None:
    """The name of the version folder ``out/current`` points at, if it points at one."""
    try:
        target = os.readlink(out / CURRENT)
    except OSError:
        return None
    parent, _, name = target.rpartition("/")
    if parent != VERSIONS or not (out / VERSIONS / name).is_dir():
        return None
    return name


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        os.unlink(path)
    elif path.is_dir():
        shutil.rmtree(path)


def remove_leftovers(out: Path, names: Sequence[str]) -> list[Path]:
    """Remove what a killed build left in ``out`` and return it: staging folders and versions
    that are not current, half-made links, and the temporary and ``.previous`` files of the
    writer that came before versions."""
    current = _current_version(out)
    leftovers: list[Path] = []
    versions = out / VERSIONS
    if versions.is_dir():
        leftovers.extend(v for v in sorted(versions.iterdir()) if v.name != current)
    for path in sorted(out.iterdir()) if out.is_dir() else []:
        if path.name.startswith(_LINK_PREFIX) or path.name.endswith(".previous"):
            leftovers.append(path)
        elif any(path.name.startswith(f".{name}.") for name in names) and path.suffix == ".tmp":
            leftovers.append(path)
    for path in leftovers:
        with contextlib.suppress(FileNotFoundError):
            _remove(path)
    return leftovers


def _tree_files(folder: Path, names: Sequence[str]) -> list[tuple[str, Path]]:
    """Every file under ``folder/name`` for each of ``names`` (a file, or a folder of files),
    by relative path in a fixed order."""
    files: list[tuple[str, Path]] = []
    for name in names:
        path = folder / name
        if path.is_dir():
            files.extend(
                (p.relative_to(folder).as_posix(), p) for p in path.rglob("*") if p.is_file()
            )
        else:
            files.append((name, path))
    return sorted(files)


def _version_name(folder: Path, names: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for name, path in _tree_files(folder, names):
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _adopt_flat_files(out: Path, names: Sequence[str]) -> None:
    """Turn the flat files of a dataset written before versions into a version, in steps that
    each leave the same dataset readable: copy them into a version folder, point ``current`` at
    it, then replace each file by its link."""
    flat = [name for name in names if (out / name).is_file() and not (out / name).is_symlink()]
    if not flat:
        return
    if _current_version(out) is None:
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=out / VERSIONS))
        for name in flat:
            shutil.copyfile(out / name, staging / name)
            os.chmod(staging / name, 0o644)
        os.chmod(staging, 0o755)
        version = out / VERSIONS / _version_name(staging, flat)
        if version.exists():
            shutil.rmtree(version)
        os.rename(staging, version)
        _fsync_folder(out / VERSIONS)
        _point(out / CURRENT, f"{VERSIONS}/{version.name}")
    for name in flat:
        _point(out / name, f"{CURRENT}/{name}")


def publish(
    out_dir: str | os.PathLike[str],
    writes: Sequence[tuple[str, Callable[[IO[bytes]], object]]],
) -> list[Path]:
    """Publish a dataset of several files in ``out_dir`` (see ``publish_tree``): each
    ``(name, write)`` fills the file ``name`` of the new version."""

    def fill(staging: Path) -> None:
        for name, write in writes:
            with open(staging / name, "wb") as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())

    return publish_tree(out_dir, [name for name, _ in writes], fill)


def publish_tree(
    out_dir: str | os.PathLike[str],
    names: Sequence[str],
    fill: Callable[[Path], object],
    *,
    retire: Sequence[str] = (),
) -> list[Path]:
    """Publish a dataset in ``out_dir`` so that a reader, or a kill at any instant, sees the
    previous dataset or the new one, never a mix.

    ``fill(staging)`` writes the entries ``names`` (files, or folders of files such as a
    partitioned table, each file synced) into ``out_dir/.versions/.staging-*/``; anything else
    it leaves there is removed. The complete folder is renamed to ``.versions/<content
    hash>``, and the symbolic link ``out_dir/current`` is pointed at it by one ``os.replace``
    — the only step that changes what readers see. The published paths ``out_dir/name`` are
    fixed links to ``current/name``; links of ``retire`` (the names of another layout) are
    removed after the switch. Leftovers of a killed build are removed first; the previous
    version after the switch.
    """
    out = Path(out_dir)
    # a published folder (a partitioned table) is a link to a folder, replaced as a link;
    # every other name is checked as a file (a read-only one is refused)
    targets = [
        out / name
        if (out / name).is_symlink() and (out / name).is_dir()
        else _writable_target(out / name)
        for name in names
    ]
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / VERSIONS).mkdir(exist_ok=True)
        remove_leftovers(out, names)
        _adopt_flat_files(out, names)
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=out / VERSIONS))
        try:
            fill(staging)
            for path in sorted(staging.iterdir()):
                if path.name not in names:
                    _remove(path)
            missing = [name for name in names if not (staging / name).exists()]
            if missing:
                raise DatasetError(f"the build wrote no {', '.join(missing)}")
            for _, path in _tree_files(staging, names):
                os.chmod(path, 0o644)
            for path in sorted(staging.rglob("*")):
                if path.is_dir():
                    os.chmod(path, 0o755)
            os.chmod(staging, 0o755)
            _fsync_folder(staging)
            previous = _current_version(out)
            version = _version_name(staging, names)
            if version == previous:  # the same bytes are already current
                shutil.rmtree(staging)
            else:
                os.rename(staging, out / VERSIONS / version)
                _fsync_folder(out / VERSIONS)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        for name in names:  # links that do not resolve until ``current`` exists
            if os.path.islink(out / name) and os.readlink(out / name) == f"{CURRENT}/{name}":
                continue
            _point(out / name, f"{CURRENT}/{name}")
        if version != previous:
            _point(out / CURRENT, f"{VERSIONS}/{version}")  # the one step readers see
            _fsync_folder(out)
            if previous is not None:
                shutil.rmtree(out / VERSIONS / previous, ignore_errors=True)
        for name in retire:
            link = out / name
            if os.path.islink(link) and os.readlink(link) == f"{CURRENT}/{name}":
                os.unlink(link)
    except OSError as error:
        raise DatasetError(
            f"cannot write the dataset in {out}: {error.strerror or error}"
        ) from error
    return targets


def atomic_write(path: str | os.PathLike[str], write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it to ``path``.

    The directory is created if missing. A read-only target is refused with a clear error,
    since a rename would silently replace it; on any failure the previous file stays intact.
    """
    return atomic_write_all([(path, write)])[0]


def table_writer(table: pa.Table) -> Callable[[IO[bytes]], object]:
    """What writes ``table`` as Parquet with the fixed, reproducible writer options."""
    return lambda stream: pq.write_table(table, stream, **WRITER_OPTIONS)


def write_table(table: pa.Table, path: str | os.PathLike[str]) -> Path:
    """Write ``table`` to ``path`` atomically with the fixed, reproducible writer options."""
    return atomic_write(path, table_writer(table))


def write_parquet(
    events: Sequence[Event],
    path: str | os.PathLike[str],
    *,
    documents: Iterable[tuple[str, str]] = (),
) -> Path:
    """Write ``events`` to the Parquet file ``path`` (in the given order) and return the path.

    ``documents`` are (document id, SHA-256) pairs of the source letters, recorded in the
    file's metadata; a document id of an event without a known hash is recorded with ``null``.
    An empty list writes a valid empty table with the full schema.
    """
    hashes = dict(documents)
    for event in events:
        hashes.setdefault(event.source.document_id, None)  # type: ignore[arg-type]
    table = make_table("events", events_to_rows(events), hashes.items())
    return write_table(table, path)


def _check_schema(path: Path, name: str, schema: pa.Schema) -> None:
    metadata = {key.decode(): value.decode() for key, value in (schema.metadata or {}).items()}
    table = metadata.get(METADATA_TABLE)
    version = metadata.get(METADATA_SCHEMA_VERSION)
    if table is None or version is None:
        raise DatasetError(f"{path} is not an iraq-events table: it has no schema metadata")
    if table != name:
        raise DatasetError(f"{path} holds the {table!r} table, not {name!r}")
    if version != SCHEMA_VERSION:
        raise DatasetError(
            f"{path} has schema_version {version} but this library reads schema_version "
            f"{SCHEMA_VERSION}; rebuild it with this version (iraq-events build)"
        )
    expected = arrow_schema(name)
    missing = [field.name for field in expected if field.name not in schema.names]
    if missing:
        raise DatasetError(f"{path} lacks the column(s) {', '.join(missing)} of the {name!r} table")
    for field in expected:
        actual = schema.field(field.name).type
        if not actual.equals(field.type):
            raise DatasetError(
                f"{path}: column {field.name!r} has type {actual}, expected {field.type}"
            )


def read_table(path: str | os.PathLike[str], name: str) -> pa.Table:
    """Read the table ``name`` from ``path``, checking it has this library's schema."""
    if name not in TABLES:
        raise DatasetError(f"unknown table {name!r}; choose one of {', '.join(TABLES)}")
    source = Path(path)
    if source.is_dir():
        raise DatasetError(f"cannot read {source}: it is a directory, not a Parquet file")
    if not source.is_file():
        raise DatasetError(f"cannot read {source}: no such file")
    try:
        schema = pq.read_schema(source)
    except (pa.ArrowException, OSError) as error:
        raise DatasetError(f"cannot read {source} as Parquet: {error}") from error
    _check_schema(source, name, schema)
    try:
        table = pq.read_table(source, columns=[field.name for field in arrow_schema(name)])
    except (pa.ArrowException, OSError) as error:
        raise DatasetError(f"cannot read {source} as Parquet: {error}") from error
    return table


def source_documents(table: pa.Table) -> list[dict[str, str | None]]:
    """The (document id, sha256) records stored in a table's metadata."""
    raw = (table.schema.metadata or {}).get(METADATA_DOCUMENTS.encode(), b"[]")
    documents: list[dict[str, str | None]] = json.loads(raw)
    return documents


def read_events(path: str | os.PathLike[str]) -> list[Event]:
    """The events of an ``events`` Parquet file, exactly as they were written."""
    table = read_table(path, "events")
    return [row_to_event(row) for row in table.to_pylist()]
