"""Decoding: a letter's bytes read as text, with the encoding it was read with and the bytes
that did not decode counted (UTF-16 with or without a byte-order mark, UTF-8, cp1252 only when
the text is not UTF-8 as a whole); text that is empty or binary is a ``DocumentError`` naming
the letter."""

from __future__ import annotations

import re

import attrs

from iraq_events.documents.model import DocumentError

__all__ = ["Decoded", "checked", "checked_layer", "decode", "decode_text"]

# the rule of ``find_dates``: text is binary when more than 1% of it is control characters
# (other than whitespace) or replacement characters; one stray NUL does not make a letter binary
_BINARY_SHARE = 0.01
_BINARY = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
# bytes that did not decode, as ``surrogateescape`` leaves them: one character per byte
_ESCAPED = re.compile("[\udc80-\udcff]")
_REPLACEMENT = "\ufffd"
_UTF16_SAMPLE = 4096  # bytes looked at to recognise UTF-16 without a byte-order mark


@attrs.frozen(kw_only=True)
class Decoded:
    """A letter's text, the encoding it was read with, and where bytes did not decode.

    ``replaced`` are the offsets in ``text`` of the U+FFFD characters that stand for bytes that
    are not UTF-8 (one character per byte), in order.
    """

    text: str
    encoding: str
    replaced: tuple[int, ...] = ()


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with (see ``decode_text``)."""
    decoded = decode_text(data, name)
    return decoded.text, decoded.encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``data`` looks like UTF-16 text without a byte-order
    mark (most characters ASCII, so every other byte is zero), else ``None``."""
    sample = data[:_UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    if odd_zeros >= 0.3 * pairs and even_zeros <= 0.05 * pairs:
        return "utf-16-le"
    if even_zeros >= 0.3 * pairs and odd_zeros <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str) -> Decoded:
    """The text of ``data``, the encoding it was read with and the bytes that did not decode.

    UTF-16 with a byte-order mark, or recognised without one; else UTF-8 (with or without a
    byte-order mark). Bytes that are not UTF-8 are replaced by U+FFFD, one per byte, and counted,
    as long as the valid multi-byte UTF-8 characters are at least as many as those bytes; a text
    with more bad bytes than good UTF-8 characters (a real cp1252 file has none) is read as
    cp1252 when it is that. Raises ``DocumentError`` naming ``name`` when the text is empty,
    binary (more than 1% control or replacement characters, as for ``find_dates``) or neither.
    """
    # isspace, not strip: no copy of a large letter
    if not data or data.isspace():
        raise DocumentError(f"{name}: is empty" if not data else f"{name}: holds only whitespace")
    wide = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data)
    if wide is not None:
        try:
            return Decoded(text=checked(data.decode(wide), name), encoding=wide)
        except UnicodeDecodeError as error:
            bom = "" if wide == "utf-16" else ", without a byte-order mark"
            raise DocumentError(
                f"{name}: looks like UTF-16 text{bom} but is not valid UTF-16 "
                f"({error.reason} at byte offset {error.start})"
            ) from error
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return Decoded(text=checked(data.decode(encoding), name), encoding=encoding)
    except UnicodeDecodeError as error:
        first_bad = error.start
    escaped = data.decode(encoding, "surrogateescape")
    bad = [match.start() for match in _ESCAPED.finditer(escaped)]
    good = sum(1 for char in escaped if char > "\x7f") - len(bad)
    if good < len(bad):
        try:
            return Decoded(text=checked(data.decode("cp1252"), name), encoding="cp1252")
        except UnicodeDecodeError as error:
            if good == 0:
                raise DocumentError(
                    f"{name}: is neither UTF-8 nor cp1252 text (byte {data[error.start]:#04x} "
                    f"at offset {error.start}; not UTF-8 from byte {data[first_bad]:#04x} at "
                    f"offset {first_bad})"
                ) from error
    text = _ESCAPED.sub(_REPLACEMENT, escaped)
    return Decoded(text=checked(text, name), encoding=encoding, replaced=tuple(bad))


def checked(text: str, name: str) -> str:
    """``text`` when it holds more than whitespace and is not binary, else ``DocumentError``."""
    if not text or text.isspace():
        raise DocumentError(f"{name}: holds only whitespace")
    if len(_BINARY.findall(text)) > _BINARY_SHARE * len(text):
        raise DocumentError(
            f"{name}: is binary data (more than 1% control or undecodable characters), not text"
        )
    return text


def checked_layer(text: str, name: str) -> str:
    """``text`` (a PDF's text layer) when it is text, else ``DocumentError`` naming ``name``."""
    if len(_BINARY.findall(text)) > _BINARY_SHARE * len(text):
        raise DocumentError(
            f"{name}: the text layer of this PDF is not text (more than 1% control characters: "
            "fonts without a Unicode map?); run OCR on it and read the result"
        )
    return text
