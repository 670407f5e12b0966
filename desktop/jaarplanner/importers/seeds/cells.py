"""The text inside seed cells and paragraphs, turned into the stored rich-text form.

Seed cells are HTML fragments from a Word-to-text conversion: ``^{de}`` for superscript,
``<ul style="list-style-type: none">`` followed by items that are separated only by the
bullet character the writer typed (``•``, ``o``, ``-``), and often no closing tag.
"""

from __future__ import annotations

import re
from html import escape

from jaarplanner.model.richtext import clean

_SUPERSCRIPT = re.compile(r"\s*\^\{([^}]*)\}")
_LIST = re.compile(r"<ul\b[^>]*>(.*?)(?=</ul>|<p>|<p\s|$)(?:</ul>)?", re.IGNORECASE | re.DOTALL)
_MARKERS = {
    "•": re.compile(r"\s*•\s+"),
    "o": re.compile(r"(?:^|\s+)o\s+"),
    "-": re.compile(r"(?:^|(?<=[;:.])\s+|^\s*)-\s+"),
    "❖": re.compile(r"\s*❖\s+"),
    "✓": re.compile(r"\s*✓\s+"),
}


def _items(text: str) -> str:
    """The inside of an unmarked-up list: items split at the bullet the writer used."""
    body = text.strip()
    marker = body[:1]
    if marker in _MARKERS and (len(body) > 1 and body[1] == " "):
        pieces = [p.strip() for p in _MARKERS[marker].split(body) if p.strip()]
        if pieces:
            return "<ul>" + "".join(f"<li>{marker} {p}</li>" for p in pieces) + "</ul>"
    return f"<p>{body}</p>" if body else ""


def seed_cell(markup: str) -> str:
    """A seed cell (or text line) to the stored form."""
    text = _SUPERSCRIPT.sub(lambda m: f"<sup>{m.group(1)}</sup>", markup.strip())
    text = _LIST.sub(lambda m: _items(m.group(1)), text)
    return clean(text)


def plain_paragraphs(lines: list[str]) -> str:
    """Lines of running text: a line that starts with a bullet becomes a list item."""
    parts: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        bullet = re.match(r"^(?:-\s+)?([•❖✓➢▪►o-])\s+(.*)$", line) or re.match(
            r"^(-)\s+(.*)$", line
        )
        if bullet:
            items.append(f"{bullet.group(1)} {_inline(bullet.group(2))}")
            continue
        flush()
        parts.append(f"<p>{_inline(line)}</p>")
    flush()
    return clean("".join(parts))


def _inline(text: str) -> str:
    """Markdown-like emphasis of running text (``**vet**``, ``*schuin*``) to markup."""
    text = escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<i>\1</i>", text)
    return _SUPERSCRIPT.sub(lambda m: f"<sup>{m.group(1)}</sup>", text)


def cell_text(markup: str) -> str:
    """The plain words of a cell (for recognising headers and numbers)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup)).strip()
