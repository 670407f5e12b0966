"""Between Qt's rich-text editor and the stored form: Qt reads our small HTML subset as it
is, but writes styled ``<span>``s; this walks the document and writes the subset back."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextFormat

from jaarplanner.model.richtext import clean

_LINE_BREAK = "\u2028"


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


def html_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html or "")
    return document


__all__ = ["QTextFormat", "document_to_html", "html_document"]
