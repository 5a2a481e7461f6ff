"""The lines of a letter's text: each line's span, its content's span and the role the layout
gives it, stored column by column (``Lines``; a ``Line`` is a view of one row)."""

from __future__ import annotations

import enum
import re
from array import array
from collections.abc import Iterator, Sequence
from typing import overload

from iraq_events.documents.offsets import offset_typecode

__all__ = ["Line", "LineTexts", "Lines", "Role", "split_lines"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Role(enum.Enum):
    BODY = "body"
    EMPTY = "empty"
    SPACE = "space"  # a line holding only spaces: a paragraph separator
    FOOTNOTE_SEPARATOR = "footnote-separator"  # the space line just before a footnote block
    FOOTNOTE = "footnote"
    PAGE_NUMBER = "page-number"
    FRONT = "front"
    CLOSING = "closing"


_ROLES = tuple(Role)
_ROLE_CODE = {role: code for code, role in enumerate(_ROLES)}


class Lines(Sequence["Line"]):
    """The lines of a text, stored column by column; ``lines[i]`` is a ``Line`` view of line i.

    A letter has a line for every 40 characters or so, and a ``Line`` object with its own five
    integers costs about 190 bytes: more than the letter. The columns cost 17 bytes a line;
    a view is made when a line is asked for and kept only where a paragraph or footnote keeps
    its lines. A line's role, set through any view of it, is stored here.
    """

    def __init__(self, length: int) -> None:
        code = offset_typecode(length)  # the length of the text
        self.starts: array[int] = array(code)
        self.ends: array[int] = array(code)
        self.lstarts: array[int] = array(code)
        self.lends: array[int] = array(code)
        self.roles = bytearray()

    def add(self, start: int, end: int, lstart: int, lend: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.lstarts.append(lstart)
        self.lends.append(lend)
        self.roles.append(_ROLE_CODE[Role.BODY])

    def __len__(self) -> int:
        return len(self.roles)

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> list[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | list[Line]:
        if isinstance(index, slice):
            return [Line(self, i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("line index out of range")
        return Line(self, index)

    def __iter__(self) -> Iterator[Line]:
        return (Line(self, index) for index in range(len(self)))


class Line:
    """One line of the original text; ``lstart``/``lend`` bound its non-blank content.

    A view of one line of a ``Lines``: two views of the same line are equal and share its role.
    """

    __slots__ = ("_lines", "index")

    def __init__(self, lines: Lines, index: int) -> None:
        self._lines = lines
        self.index = index

    @property
    def start(self) -> int:
        return self._lines.starts[self.index]

    @property
    def end(self) -> int:
        return self._lines.ends[self.index]

    @property
    def lstart(self) -> int:
        return self._lines.lstarts[self.index]

    @property
    def lend(self) -> int:
        return self._lines.lends[self.index]

    @property
    def role(self) -> Role:
        return _ROLES[self._lines.roles[self.index]]

    @role.setter
    def role(self, role: Role) -> None:
        self._lines.roles[self.index] = _ROLE_CODE[role]

    @property
    def blank(self) -> bool:
        return self.lstart == self.lend

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return self._lines is other._lines and self.index == other.index

    def __hash__(self) -> int:
        return hash((id(self._lines), self.index))

    def __repr__(self) -> str:
        return (
            f"Line(index={self.index}, start={self.start}, end={self.end}, "
            f"lstart={self.lstart}, lend={self.lend}, role={self.role})"
        )


def split_lines(text: str) -> Lines:
    lines = Lines(len(text))
    start = 0
    for match in _LINE_BREAK.finditer(text):
        _add_line(lines, text, start, match.start())
        start = match.end()
    if start < len(text):
        _add_line(lines, text, start, len(text))
    return lines


def _add_line(lines: Lines, text: str, start: int, end: int) -> None:
    lstart = start
    while lstart < end and text[lstart].isspace():
        lstart += 1
    lend = end
    while lend > lstart and text[lend - 1].isspace():
        lend -= 1
    lines.add(start, end, lstart, lend)


class LineTexts(Sequence[str]):
    """The contents of ``lines``, each sliced when asked for: the letterhead and closing rules
    read a few lines at either end, and a list of them all would copy the whole letter."""

    def __init__(self, text: str, lines: Sequence[Line]) -> None:
        self._text = text
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._text[line.lstart : line.lend] for line in self._lines[index]]
        line = self._lines[index]
        return self._text[line.lstart : line.lend]
