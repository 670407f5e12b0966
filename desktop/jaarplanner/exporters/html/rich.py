"""Stored rich text for the web page. The stored form allows text and lists directly inside
a list (``<ul>tekst</ul>``, ``<ul><ul><li>…``), as Word hands it over; in HTML a list may
hold only list items, so such content gets an item of its own."""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

from jaarplanner.model.richtext import clean

_LISTS = ("ul", "ol")


class _Items(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []  # the open elements, innermost last

    def _in_bare_list(self) -> bool:
        return bool(self.open) and self.open[-1] in _LISTS

    def _item_if_needed(self) -> None:
        if self._in_bare_list():
            self.out.append("<li>")
            self.open.append("li")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "li":
            self._item_if_needed()
        elif self.open and self.open[-1] == "li":  # an item inside an item: close the first
            self.out.append("</li>")
            self.open.pop()
        attributes = "".join(f' {k}="{escape(v or "", quote=True)}"' for k, v in attrs)
        if tag == "br":
            self.out.append("<br>")
            return
        self.out.append(f"<{tag}{attributes}>")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return
        while self.open:
            name = self.open.pop()
            self.out.append(f"</{name}>")
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if data.strip():
            self._item_if_needed()
        elif self._in_bare_list():
            return
        self.out.append(escape(data, quote=False))


def html_of(rich: str | None) -> str:
    """The stored rich text as valid HTML: cleaned, and every list's content in items."""
    reader = _Items()
    reader.feed(clean(rich))
    reader.close()
    return "".join(reader.out) + "".join(f"</{name}>" for name in reversed(reader.open))
