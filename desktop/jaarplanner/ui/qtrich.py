"""Between Qt's rich-text editor and the stored form: Qt reads our small HTML subset as it
is, but writes styled ``<span>``s; this walks the document and writes the subset back."""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextFormat

from jaarplanner.model.richtext import clean

_LINE_BREAK = "\u2028"
_OWN = "|".join(re.escape(b) for b in ("•", "o", "-", "❖", "✓", "➢", "▪", "►", "–", "*"))


def _inline(block: QTextBlock) -> str:
    parts: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            parts.append(_fragment(fragment.text(), fragment.charFormat()))
        iterator += 1
    return "".join(parts)


def _fragment(text: str, fmt: QTextCharFormat) -> str:
    markup = "<br>".join(escape(piece, quote=False) for piece in text.split(_LINE_BREAK))
    align = fmt.verticalAlignment()
    if align == QTextCharFormat.VerticalAlignment.AlignSuperScript:
        markup = f"<sup>{markup}</sup>"
    elif align == QTextCharFormat.VerticalAlignment.AlignSubScript:
        markup = f"<sub>{markup}</sub>"
    if fmt.fontUnderline() and not fmt.isAnchor():
        markup = f"<u>{markup}</u>"
    if fmt.fontItalic():
        markup = f"<i>{markup}</i>"
    if fmt.fontWeight() >= QFont.Weight.DemiBold:
        markup = f"<b>{markup}</b>"
    if fmt.isAnchor() and fmt.anchorHref():
        markup = f'<a href="{escape(fmt.anchorHref(), quote=True)}">{markup}</a>'
    return markup


def document_to_html(document: QTextDocument) -> str:
    """The stored form of what the editor holds."""
    out: list[str] = []
    open_lists: list[tuple[str, int]] = []  # (tag, indent)
    block = document.begin()
    blocks = 0
    while block.isValid():
        blocks += 1
        text_list = block.textList()
        if text_list is not None:
            fmt = text_list.format()
            tag = "ol" if fmt.style().value < -3 else "ul"  # decimal styles are < -3
            indent = fmt.indent()
            while open_lists and open_lists[-1][1] > indent:
                out.append(f"</li></{open_lists.pop()[0]}>")
            if not open_lists or open_lists[-1][1] < indent:
                out.append(f"<{tag}><li>")
                open_lists.append((tag, indent))
            else:
                out.append("</li><li>")
            out.append(_inline(block))
        else:
            while open_lists:
                out.append(f"</li></{open_lists.pop()[0]}>")
            out.append(f"<p>{_inline(block)}</p>")
        block = block.next()
    while open_lists:
        out.append(f"</li></{open_lists.pop()[0]}>")
    html = "".join(out)
    if blocks == 1 and html.startswith("<p>"):
        html = html[3:-4]
    return clean(html)


class _Display(HTMLParser):
    """List items as indented paragraphs with their bullet, as the PDF prints them: Qt would
    put its own bullet before a bullet the writer typed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.lists: list[list[int | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self.lists.append([0 if tag == "ol" else None])
        elif tag == "li":
            counter = self.lists[-1] if self.lists else [None]
            if counter[0] is None:
                bullet = "•" if len(self.lists) <= 1 else "o"
            else:
                counter[0] += 1
                bullet = f"{counter[0]}."
            margin = 14 * max(len(self.lists), 1)
            self.out.append(
                f'<p style="margin-left:{margin}px; margin-top:0; '
                f'margin-bottom:0; text-indent:-10px">\x00{bullet} '
            )
        else:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            self.out.append("</p>")
        else:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")


def display_html(html: str) -> str:
    """The stored form as Qt shows it in a cell."""
    if "<li>" not in html:
        return html
    reader = _Display()
    reader.feed(html)
    reader.close()
    shown = "".join(reader.out)
    # a bullet the writer typed replaces the default one
    return re.sub(r"\x00(?:•|o|\d+\.) (" + _OWN + r") ", r"\1 ", shown).replace("\x00", "")


def editable_html(html: str) -> str:
    """The stored form for an editor: a list item whose text starts with a typed "• "
    (imported from Word) loses it, since the editor draws the list's own bullet: one
    bullet, not "• •"."""
    if "<li>" not in html:
        return html
    return re.sub(r"(<li>(?:<[^>]+>)*)•\s+", r"\1", html)


def html_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html or "")
    return document


__all__ = ["QTextFormat", "document_to_html", "html_document"]
