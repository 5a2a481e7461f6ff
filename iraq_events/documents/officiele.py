"""Official markup of a Kamerstuk: the XML and HTML that officielebekendmakingen.nl publishes.

The XML (``kst-27925-946.xml``) follows the Kamerstuk schema of the publication site::

    <kamerstuk>
      <metadata name="OVERHEIDop.dossiernummer" content="27925"/>   (or in <metadata_gegevens>)
      <kamerstukkop><kamer>Tweede Kamer der Staten-Generaal</kamer>
        <vergaderjaar>Vergaderjaar 2023–2024</vergaderjaar></kamerstukkop>
      <dossier><dossiernummer><dossiernr>27925</dossiernr></dossiernummer>
        <titel>Bestrijding internationaal terrorisme</titel></dossier>
      <stuk><stuknr><ondernummer>946</ondernummer></stuknr><titel>BRIEF VAN ...</titel>
        <algemeen><brief>
          <aanhef><al>Aan de Voorzitter ...</al></aanhef>
          <dagtekening>Den Haag, 15 mei 2024</dagtekening>
          <tussenkop>Essentie</tussenkop>
          <al>... in Irak<noot nr="1"><noot.al>Kamerstuk 27 925, nr. 943.</noot.al></noot> ...</al>
          <lijst><li><li.nr>•</li.nr><al>...</al></li></lijst>
          <ondertekening><functie>De minister van Defensie,</functie><naam>..</naam></ondertekening>
        </brief></algemeen></stuk>
    </kamerstuk>

The HTML page (``kst-27925-946.html``) carries the same metadata in ``<meta name content>``
and the same parts as elements whose ``class`` is the XML element's name (``<p class="al">``,
``<h3 class="tussenkop">``, ``<a class="noot">1</a>`` with the note's text in the element whose
``id`` its ``href`` names, or in a ``<... class="noot">`` at the foot).

Both are read into the text form a letter's text has (letterhead lines, paragraphs one per
line with a blank line between, the footnote markers glued to the word before them, the
footnotes at the end) and then read like any letter; the **metadata comes from the markup**:
dossier, number, date and type, where the markup states them, win over what the text says.
"""

from __future__ import annotations

import datetime
import html.parser
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

import attrs

from iraq_events.documents.model import DocumentError

__all__ = ["MarkupLetter", "is_markup", "read_markup"]

# metadata names of the publication site, in order of preference per field
_DOSSIER = ("OVERHEIDop.dossiernummer", "dossiernummer")
_NUMBER = ("OVERHEIDop.ondernummer", "ondernummer")
_DATE = ("OVERHEIDop.datumOndertekening", "OVERHEIDop.datumBrief", "DCTERMS.created")
_TYPE = ("OVERHEIDop.documenttype", "DC.type", "OVERHEIDop.publicationName")
_CHAMBER = ("OVERHEIDop.kamer", "DC.creator")
_YEAR = ("OVERHEIDop.vergaderjaar",)
_BLOCKS = frozenset(("al", "tussenkop", "kop", "titel", "p", "h1", "h2", "h3", "h4", "h5", "h6"))
_SKIP = frozenset(("script", "style", "head", "noot", "nav", "footer", "header"))
# parts read into the letterhead, not the body
_LETTERHEAD = frozenset(
    ("aanhef", "dagtekening", "stuknr", "kamerstukkop", "stuktitel", "ondernummer", "kamer")
)
_VOID = frozenset(
    ("meta", "link", "br", "img", "hr", "input", "col", "area", "base", "wbr", "source")
)


def is_markup(data: bytes, name: str | None) -> bool:
    """True for a ``.xml``/``.html``/``.htm`` file, or bytes that open with an XML declaration,
    a doctype or an ``<html>``/``<kamerstuk>`` element."""
    if name is not None and name.lower().endswith((".xml", ".html", ".htm")):
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<!doctype html", b"<html", b"<kamerstuk"))


@attrs.frozen(kw_only=True)
class MarkupLetter:
    """A Kamerstuk read from its markup: its text form and the metadata the markup states."""

    text: str
    dossier: str | None = None
    number: str | None = None
    date: datetime.date | None = None
    document_type: str | None = None
    chamber: str | None = None
    parliamentary_year: str | None = None


@attrs.define
class _Node:
    tag: str
    attributes: dict[str, str] = attrs.Factory(dict)
    children: list[_Node | str] = attrs.Factory(list)

    def classes(self) -> set[str]:
        return set(self.attributes.get("class", "").split())

    def kind(self) -> str:
        """The XML element name, or for HTML the class that names it (``<p class="al">``)."""
        names = self.classes() & {
            "al", "tussenkop", "kop", "titel", "noot", "li", "lijst", "aanhef", "dagtekening",
            "ondertekening", "functie", "naam", "dossiernr", "ondernummer", "vergaderjaar",
            "kamer", "slotformule", "dossier", "stuk", "kamerstukkop", "stuknr", "stuktitel",
        }  # fmt: skip
        return min(names) if names else self.tag

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            if isinstance(child, _Node):
                yield from child.walk()

    def text(self, skip: frozenset[str] = frozenset()) -> str:
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.kind() not in skip:
                parts.append(child.text(skip))
        return "".join(parts)


def read_markup(data: bytes, name: str) -> MarkupLetter:
    """The Kamerstuk in ``data`` (official XML or HTML); ``DocumentError`` naming ``name`` when
    it is not well-formed XML, or holds no text."""
    root = _parse(data, name)
    meta = _metadata(root)
    builder = _TextBuilder()
    body = _first(root, "brief") or _first(root, "stuk") or _first(root, "body") or root
    builder.letterhead(root, meta)
    builder.blocks(body)
    text = builder.build()
    if not builder.paragraphs:
        raise DocumentError(f"{name}: is markup without a letter in it (no paragraphs)")
    dossier = _meta(meta, _DOSSIER) or _element_text(root, "dossiernr")
    number = _meta(meta, _NUMBER) or _element_text(root, "ondernummer")
    return MarkupLetter(
        text=text,
        dossier=_printed_dossier(dossier) if dossier else None,
        number=number.removeprefix("Nr.").strip() if number else None,
        date=_iso_date(_meta(meta, _DATE), name),
        document_type=_meta(meta, _TYPE),
        chamber=_meta(meta, _CHAMBER),
        parliamentary_year=_meta(meta, _YEAR),
    )


def _parse(data: bytes, name: str) -> _Node:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<kamerstuk") or name.endswith(".xml"):
        try:
            element = ElementTree.fromstring(data)
        except ElementTree.ParseError as error:
            raise DocumentError(f"{name}: is not well-formed XML ({error})") from error
        return _from_element(element)
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        source = data.decode("cp1252", "replace")
    parser = _HtmlTree()
    parser.feed(source)
    parser.close()
    return parser.root


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _from_element(element: ElementTree.Element) -> _Node:
    node = _Node(_local(element.tag), {_local(k): v for k, v in element.attrib.items()})
    if element.text:
        node.children.append(element.text)
    for child in element:
        node.children.append(_from_element(child))
        if child.tail:
            node.children.append(child.tail)
    return node


class _HtmlTree(html.parser.HTMLParser):
    """A forgiving tree of an HTML page: unclosed elements close with their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {key: value or "" for key, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _metadata(root: _Node) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in root.walk():
        if node.tag in ("meta", "metadata") and "name" in node.attributes:
            found.setdefault(node.attributes["name"], node.attributes.get("content", "").strip())
    return found


def _meta(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = meta.get(name)
        if value:
            return value
    return None


def _first(root: _Node, kind: str) -> _Node | None:
    return next((node for node in root.walk() if node.kind() == kind), None)


def _element_text(root: _Node, kind: str) -> str | None:
    node = _first(root, kind)
    return _squeeze(node.text()) if node is not None else None


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _printed_dossier(dossier: str) -> str:
    """``27925`` as Kamerstukken print it (``27 925``); other forms as given."""
    match = re.fullmatch(r"(\d{2})\s?(\d{3})(.*)", dossier.strip())
    return f"{match[1]} {match[2]}{match[3]}" if match else dossier.strip()


def _iso_date(value: str | None, name: str) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError as error:
        raise DocumentError(f"{name}: the markup's date {value!r} is not an ISO date") from error


class _TextBuilder:
    """The text form of the markup: letterhead lines, then one line per paragraph, a blank line
    between, markers glued to the word before them, and the footnotes at the end."""

    def __init__(self) -> None:
        self.head: list[str] = []
        self.paragraphs: list[str] = []
        self.closing: list[str] = []
        self.notes: list[tuple[int, str]] = []
        self.note_text: dict[str, str] = {}

    def letterhead(self, root: _Node, meta: dict[str, str]) -> None:
        for node in root.walk():
            if node.attributes.get("id") and node.kind() in ("noot", "dd", "li", "div", "p"):
                self.note_text.setdefault(node.attributes["id"], _squeeze(node.text()))
        chamber = _element_text(root, "kamer") or _meta(meta, _CHAMBER)
        year = _element_text(root, "vergaderjaar")
        dossier_node = _first(root, "dossier")
        stuk = _first(root, "stuk")
        lines = [chamber, year]
        if dossier_node is not None:
            number = _element_text(dossier_node, "dossiernr") or ""
            title = _first(dossier_node, "titel")
            lines.append(
                f"{_printed_dossier(number)}   {_squeeze(title.text()) if title else ''}".strip()
            )
        if stuk is not None:
            number = (_element_text(stuk, "ondernummer") or "").removeprefix("Nr.").strip()
            title = next(
                (c for c in stuk.children if isinstance(c, _Node) and c.kind() == "titel"),
                _first(stuk, "stuktitel"),  # the HTML page's title of the paper
            )
            if title is not None:
                lines.append(f"Nr. {number}   {_squeeze(title.text())}" if number else "")
        lines.append(_element_text(root, "aanhef"))
        lines.append(_element_text(root, "dagtekening"))
        self.head = [line for line in lines if line]

    def blocks(self, node: _Node) -> None:
        for child in node.children:
            if not isinstance(child, _Node):
                continue
            kind = child.kind()
            if kind in _SKIP or kind in _LETTERHEAD:
                continue
            if kind == "dossier" or (kind == "titel" and node.kind() == "stuk"):
                continue
            if kind == "ondertekening":
                self.closing.extend(self._signature(child))
            elif kind == "li":
                self.paragraphs.append(self._inline(child, bullet=True))
            elif kind in _BLOCKS and not any(
                isinstance(c, _Node) and c.kind() in _BLOCKS for c in child.children
            ):
                line = self._inline(child)
                if line:
                    self.paragraphs.append(line)
            else:
                self.blocks(child)

    def _signature(self, node: _Node) -> list[str]:
        lines = []
        for child in node.children:
            if isinstance(child, _Node):
                text = _squeeze(child.text())
                if text:
                    lines.append(text)
        return lines

    def _inline(self, node: _Node, *, bullet: bool = False) -> str:
        parts: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
                continue
            kind = child.kind()
            if kind == "li.nr":
                parts.append(_squeeze(child.text()) + " ")
            elif kind == "noot" or (child.tag in ("sup", "a") and "noot" in child.classes()):
                parts[-1:] = [("".join(parts[-1:])).rstrip()]
                parts.append(self._note(child))
            elif child.tag == "sup" and _squeeze(child.text()).isdigit():
                parts[-1:] = [("".join(parts[-1:])).rstrip()]
                parts.append(self._note(child))
            else:
                parts.append(self._inline(child))
        text = _squeeze("".join(parts))
        if bullet and text and not text.startswith(("•", "-", "–")):
            text = f"• {text}"
        return text

    def _note(self, node: _Node) -> str:
        number = len(self.notes) + 1
        body = next(
            (c for c in node.walk() if c is not node and c.kind() in ("noot.al", "al")), None
        )
        if body is not None:
            text = _squeeze(body.text())
        else:
            link = next((c for c in node.walk() if c.attributes.get("href")), node)
            target = link.attributes.get("href", "").lstrip("#")
            text = self.note_text.get(target, "")
        label = _squeeze(node.text(frozenset(("noot.al", "al"))))
        if label.isdigit():
            number = int(label)
        if text:
            self.notes.append((number, text))
        return str(number)

    def build(self) -> str:
        lines = [*self.head, *self.paragraphs, *self.closing]
        text = "\n\n".join(lines)
        if self.notes:
            text += "\n\n" + "\n".join(f"{number} {note}" for number, note in self.notes)
        return text + "\n"
