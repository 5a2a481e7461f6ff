"""The explicit Arrow schemas of every table the project publishes: the single source of truth.

Each table is a tuple of ``Column``: its name, Arrow type, a one-line description (stored as
field metadata, so a Parquet file documents itself) and the ``path`` of the attribute it holds in
the unstructured model object (``("date", "earliest")`` is ``event.date.earliest``). Columns
with ``path=None`` are computed by the converter (counts, the sentence text of an expression).

Schema-level metadata names the table, the schema version, the library version and the source
documents (id and SHA-256); it never holds a wall-clock time, so that builds are reproducible.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

import attrs
import pyarrow as pa

from iraq_events import __version__

__all__ = [
    "DOCUMENTS",
    "EVENTS",
    "METADATA_DOCUMENTS",
    "METADATA_LIBRARY_VERSION",
    "METADATA_SCHEMA_VERSION",
    "METADATA_TABLE",
    "SCHEMA_VERSION",
    "TABLES",
    "TEMPORAL_EXPRESSIONS",
    "Column",
    "arrow_schema",
    "pandas_dtype",
]

# Bump on any change of a column's name, type or meaning; readers refuse other versions.
SCHEMA_VERSION = "1"

METADATA_TABLE = "iraq_events.table"
METADATA_SCHEMA_VERSION = "iraq_events.schema_version"
METADATA_LIBRARY_VERSION = "iraq_events.library_version"
METADATA_DOCUMENTS = "iraq_events.documents"


@attrs.frozen
class Column:
    name: str
    type: pa.DataType
    description: str
    path: tuple[str, ...] | None
    nullable: bool = True


def _category() -> pa.DataType:
    return pa.dictionary(pa.int32(), pa.string())


_CITATION_IDS = pa.list_(pa.string())

_ACTOR = pa.struct(
    [
        ("name", pa.string()),
        ("surface", pa.string()),
        ("role", pa.string()),
        ("kind", pa.string()),
        ("country", pa.string()),
    ]
)

_LOCATION = pa.struct(
    [
        ("name", pa.string()),
        ("surface", pa.string()),
        ("kind", pa.string()),
        ("country", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
    ]
)

_QUANTITY = pa.struct([("name", pa.string()), ("value", pa.float64()), ("unit", pa.string())])

_MENTION = pa.struct(
    [
        ("document_id", pa.string()),
        ("page", pa.int32()),
        ("quote", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("date_char_start", pa.int64()),
        ("date_char_end", pa.int64()),
        ("citations", _CITATION_IDS),
    ]
)

_CITATION = pa.struct(
    [
        ("kind", pa.string()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("identifier", pa.string()),
        ("url", pa.string()),
        ("chamber", pa.string()),
        ("dossier", pa.string()),
        ("number", pa.string()),
        ("date", pa.date32()),
        ("footnote", pa.int32()),
    ]
)

_SIGNATORY = pa.struct([("name", pa.string()), ("office", pa.string())])


def _c(
    name: str,
    type_: pa.DataType,
    description: str,
    path: tuple[str, ...] | None,
    *,
    nullable: bool = True,
) -> Column:
    return Column(name, type_, description, path, nullable)


EVENTS: tuple[Column, ...] = (
    _c("event_id", pa.string(), "deterministic id of the event", ("event_id",), nullable=False),
    _c("event_type", _category(), "type in the closed taxonomy", ("event_type",), nullable=False),
    _c("status", _category(), "occurred, planned, expected, ongoing, cancelled", ("status",),
       nullable=False),
    _c("date_start", pa.date32(), "earliest day (inclusive); null = open or unknown",
       ("date", "earliest")),
    _c("date_end", pa.date32(), "latest day (inclusive); null = open or unknown",
       ("date", "latest")),
    _c("date_precision", _category(), "granularity the date is written at",
       ("date", "granularity"), nullable=False),
    _c("date_mod", _category(), "TIMEX3 modifier, null without one", ("date", "mod")),
    _c("date_value", pa.string(), "TIMEX3 value of the date", ("date", "value"), nullable=False),
    _c("date_text", pa.string(), "the date words as written", ("date", "text"), nullable=False),
    _c("date_anchoring", _category(), "absolute, document-relative, contextual, unresolved",
       ("date", "anchoring"), nullable=False),
    _c("date_kind", _category(), "TIMEX3 type: date, range, duration, set", ("date", "kind"),
       nullable=False),
    _c("date_duration", pa.string(), "ISO 8601 duration of the expression, if any",
       ("date", "duration")),
    _c("date_rule", pa.string(), "name of the grammar rule that read the date", ("date", "rule"),
       nullable=False),
    _c("date_anchor", pa.date32(), "reference date a relative date was resolved against",
       ("date", "anchor")),
    _c("date_problem", pa.string(), "what is wrong with the date as written, if anything",
       ("date", "problem")),
    _c("date_span_start", pa.int64(), "start offset of the date in the text it was parsed from",
       ("date", "start"), nullable=False),
    _c("date_span_end", pa.int64(), "end offset of the date in the text it was parsed from",
       ("date", "end"), nullable=False),
    _c("actors", pa.list_(_ACTOR), "participants: canonical name, surface form, role, kind, "
       "ISO 3166-1 alpha-3 country", ("actors",), nullable=False),
    _c("location", _LOCATION, "place: canonical name, surface form, kind, country, coordinates",
       ("location",)),
    _c("fatalities_low", pa.int64(), "lowest fatality count the text allows",
       ("fatalities_low",)),
    _c("fatalities_best", pa.int64(), "best fatality estimate", ("fatalities_best",)),
    _c("fatalities_high", pa.int64(), "highest fatality count the text allows",
       ("fatalities_high",)),
    _c("quantities", pa.list_(_QUANTITY), "numbers read from the sentence, with units",
       ("quantities",), nullable=False),
    _c("subtype", pa.string(), "finer type within event_type (e.g. drone, rocket)", ("subtype",)),
    _c("acled_event_type", _category(), "ACLED event type, where one applies",
       ("acled_event_type",)),
    _c("acled_sub_event_type", _category(), "ACLED sub-event type, where one applies",
       ("acled_sub_event_type",)),
    _c("document_id", pa.string(), "id of the source letter", ("source", "document_id"),
       nullable=False),
    _c("page", pa.int32(), "printed page of the sentence", ("source", "page")),
    _c("char_start", pa.int64(), "start offset of the sentence in the original file",
       ("source", "char_start"), nullable=False),
    _c("char_end", pa.int64(), "end offset of the sentence in the original file",
       ("source", "char_end"), nullable=False),
    _c("date_char_start", pa.int64(), "start offset of the date in the original file",
       ("source", "date_char_start")),
    _c("date_char_end", pa.int64(), "end offset of the date in the original file",
       ("source", "date_char_end")),
    _c("quote", pa.string(), "the sentence the event was read from", ("source", "quote"),
       nullable=False),
    _c("citations", _CITATION_IDS, "publication identifiers of the sentence's footnotes",
       ("source", "citations"), nullable=False),
    _c("mentions", pa.list_(_MENTION), "every passage that reports the event (first = source)",
       ("mentions",), nullable=False),
    _c("method", pa.string(), "the rule (trigger and pattern ids) that produced the event",
       ("method",), nullable=False),
    _c("curation", _category(), "extracted, corrected or added", ("curation",), nullable=False),
)  # fmt: skip

TEMPORAL_EXPRESSIONS: tuple[Column, ...] = (
    _c("document_id", pa.string(), "id of the letter", None, nullable=False),
    _c("index", pa.int32(), "position of the expression in the letter", None, nullable=False),
    _c("text", pa.string(), "the words as written", ("expression", "text"), nullable=False),
    _c("start", pa.int64(), "start offset in the original file", ("expression", "start"),
       nullable=False),
    _c("end", pa.int64(), "end offset in the original file", ("expression", "end"),
       nullable=False),
    _c("clean_start", pa.int64(), "start offset in the cleaned text", ("clean_start",),
       nullable=False),
    _c("clean_end", pa.int64(), "end offset in the cleaned text", ("clean_end",),
       nullable=False),
    _c("kind", _category(), "TIMEX3 type: date, range, duration, set", ("expression", "kind"),
       nullable=False),
    _c("granularity", _category(), "granularity the expression is written at",
       ("expression", "granularity"), nullable=False),
    _c("earliest", pa.date32(), "earliest day (inclusive); null = open or unknown",
       ("expression", "earliest")),
    _c("latest", pa.date32(), "latest day (inclusive); null = open or unknown",
       ("expression", "latest")),
    _c("mod", _category(), "TIMEX3 modifier", ("expression", "mod")),
    _c("anchoring", _category(), "absolute, document-relative, contextual, unresolved",
       ("expression", "anchoring"), nullable=False),
    _c("value", pa.string(), "TIMEX3 value", ("expression", "value"), nullable=False),
    _c("duration", pa.string(), "ISO 8601 duration, if any", ("expression", "duration")),
    _c("rule", pa.string(), "grammar rule that read it", ("expression", "rule"), nullable=False),
    _c("anchor", pa.date32(), "reference date used to resolve it", ("expression", "anchor")),
    _c("problem", pa.string(), "what is wrong with the date as written, if anything",
       ("expression", "problem")),
    _c("page", pa.int32(), "printed page", ("page",)),
    _c("sentence", pa.int32(), "index of the sentence holding it", ("sentence",)),
    _c("sentence_text", pa.string(), "that sentence, as written", None),
)  # fmt: skip

DOCUMENTS: tuple[Column, ...] = (
    _c("document_id", pa.string(), "id of the letter", ("document_id",), nullable=False),
    _c("sha256", pa.string(), "SHA-256 of the original file", ("sha256",), nullable=False),
    _c("source_name", pa.string(), "file name it was read from", ("source_name",)),
    _c("encoding", pa.string(), "text encoding of the file", ("encoding",), nullable=False),
    _c("chamber", pa.string(), "chamber addressed", ("metadata", "chamber")),
    _c("parliamentary_year", pa.string(), "parliamentary year (vergaderjaar)",
       ("metadata", "parliamentary_year")),
    _c("dossier", pa.string(), "Kamerstuk dossier number", ("metadata", "dossier")),
    _c("dossier_title", pa.string(), "title of the dossier", ("metadata", "dossier_title")),
    _c("letter_code", pa.string(), "code printed before the heading", ("metadata", "letter_code")),
    _c("title", pa.string(), "title of the letter", ("metadata", "title")),
    _c("place", pa.string(), "place it was signed", ("metadata", "place")),
    _c("date", pa.date32(), "date of the letter", ("metadata", "date")),
    _c("senders", pa.list_(pa.string()), "senders named in the heading",
       ("metadata", "senders"), nullable=False),
    _c("signatories", pa.list_(_SIGNATORY), "who signed, with their office",
       ("metadata", "signatories"), nullable=False),
    _c("reporting_period_start", pa.date32(), "first day of the period the letter reports on",
       ("metadata", "reporting_period", "earliest")),
    _c("reporting_period_end", pa.date32(), "last day of the period the letter reports on",
       ("metadata", "reporting_period", "latest")),
    _c("reporting_period_text", pa.string(), "the reporting period as written",
       ("metadata", "reporting_period", "text")),
    _c("pages", pa.int32(), "number of pages", None, nullable=False),
    _c("sentences", pa.int32(), "number of sentences (body and footnotes)", None,
       nullable=False),
    _c("footnotes", pa.int32(), "number of footnotes", None, nullable=False),
    _c("characters", pa.int64(), "length of the original text in characters", None,
       nullable=False),
    _c("citations", pa.list_(_CITATION), "every citation in the letter", ("citations",),
       nullable=False),
)  # fmt: skip

TABLES: Mapping[str, tuple[Column, ...]] = {
    "events": EVENTS,
    "temporal_expressions": TEMPORAL_EXPRESSIONS,
    "documents": DOCUMENTS,
}


def pandas_dtype(type_: pa.DataType) -> str | None:
    """The pandas dtype a column loads as, where pyarrow's default is not the right one.

    Dates load as ``date32[day][pyarrow]`` (real dates, nullable, with a ``.dt`` accessor)
    instead of an object column; nullable integers as ``Int32``/``Int64`` instead of
    ``float64``. Dictionary columns become categoricals and strings the default string dtype
    either way; nested columns stay Python objects.
    """
    if pa.types.is_date32(type_):
        return "date32[day][pyarrow]"
    if pa.types.is_int32(type_):
        return "Int32"
    if pa.types.is_int64(type_):
        return "Int64"
    return None


def _pandas_metadata(columns: tuple[Column, ...]) -> str:
    """The ``pandas`` schema metadata that makes ``pd.read_parquet`` use ``pandas_dtype``."""
    entries = [
        {
            "name": column.name,
            "field_name": column.name,
            "pandas_type": "object",
            "numpy_type": pandas_dtype(column.type) or "object",
            "metadata": None,
        }
        for column in columns
    ]
    return json.dumps(
        {"index_columns": [], "column_indexes": [], "columns": entries}, sort_keys=True
    )


def arrow_schema(table: str, documents: Iterable[tuple[str, str | None]] = ()) -> pa.Schema:
    """The schema of ``table`` with its metadata; ``documents`` are (document id, sha256)."""
    columns = TABLES[table]
    fields = [
        pa.field(
            column.name,
            column.type,
            nullable=column.nullable,
            metadata={"description": column.description},
        )
        for column in columns
    ]
    sources = [
        {"document_id": document_id, "sha256": sha256}
        for document_id, sha256 in sorted(set(documents), key=lambda pair: pair[0])
    ]
    metadata = {
        METADATA_TABLE: table,
        METADATA_SCHEMA_VERSION: SCHEMA_VERSION,
        METADATA_LIBRARY_VERSION: __version__,
        METADATA_DOCUMENTS: json.dumps(sources, sort_keys=True, ensure_ascii=False),
        "pandas": _pandas_metadata(columns),
    }
    return pa.schema(fields, metadata=metadata)
