"""Our rich text (a small HTML subset) as Word paragraphs and runs: bold, italic, underline,
superscript, line breaks, bullet and numbered lists (two levels)."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from jaarplanner.model.richtext import clean

STYLES = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline"}


class _Writer(HTMLParser):
    def __init__(self, target: Any) -> None:
        super().__init__(convert_charrefs=True)
        self.target = target
        self.paragraph: Any = None
        self.marks: dict[str, int] = {"bold": 0, "italic": 0, "underline": 0, "sup": 0}
        self.lists: list[str] = []
        self.fresh_cell = target.__class__.__name__ == "_Cell"

    def _new(self, style: str | None = None) -> Any:
        if self.fresh_cell and self.target.paragraphs and not self.target.paragraphs[0].text:
            self.paragraph = self.target.paragraphs[0]
            if style:
                self.paragraph.style = style
        else:
            self.paragraph = self.target.add_paragraph(style=style)
        self.fresh_cell = False
        return self.paragraph

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in STYLES:
            self.marks[STYLES[tag]] += 1
        elif tag == "sup":
            self.marks["sup"] += 1
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            kind = "List Number" if self.lists and self.lists[-1] == "ol" else "List Bullet"
            self._new(kind + (" 2" if len(self.lists) > 1 else ""))
        elif tag == "p":
            self._new()
        elif tag == "br" and self.paragraph is not None:
            self.paragraph.add_run().add_break()

    def handle_endtag(self, tag: str) -> None:
        if tag in STYLES:
            self.marks[STYLES[tag]] -= 1
        elif tag == "sup":
            self.marks["sup"] -= 1
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in ("p", "li"):
            self.paragraph = None

    def handle_data(self, data: str) -> None:
        if not data.strip() and self.paragraph is None:
            return
        if self.paragraph is None:
            self._new()
        run = self.paragraph.add_run(data)
        run.bold = self.marks["bold"] > 0 or None
        run.italic = self.marks["italic"] > 0 or None
        run.underline = self.marks["underline"] > 0 or None
        if self.marks["sup"] > 0:
            run.font.superscript = True


def write_markup(target: Any, markup: str) -> None:
    """Append ``markup`` to a document or a table cell."""
    cleaned = clean(markup)
    if not cleaned:
        return
    writer = _Writer(target)
    writer.feed(cleaned)
    writer.close()
