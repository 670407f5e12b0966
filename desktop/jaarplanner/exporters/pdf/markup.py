"""Stored rich text into ReportLab flowables. Every character a user typed is escaped before
it reaches a Paragraph, so ``<b``, ``&nbsp`` or ``<img src=…>`` print as typed and never load
a file or raise; characters Carlito lacks are set in DejaVu Sans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from babel.numbers import format_decimal
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from jaarplanner.exporters.pdf.fonts import (
    FALLBACK,
    all_in_text_font,
    fallback_for,
    needs_fallback,
)
from jaarplanner.exporters.pdf.para import Para
from jaarplanner.exporters.pdf.styles import for_text
from jaarplanner.i18n import _, babel_locale
from jaarplanner.model.richtext import own_bullet

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INLINE = {"b": "b", "i": "i", "u": "u", "sup": "super", "sub": "sub"}


def escape(value: str, extra: dict[str, str] | None = None) -> str:
    """``&``, ``<`` and ``>`` as entities (and ``extra``'s characters), by hand: the standard
    library's ``xml.sax.saxutils`` would pull ``urllib`` into every export."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char, entity in (extra or {}).items():
        value = value.replace(char, entity)
    return value


def text(value: str) -> str:
    """Plain text, safe inside Paragraph markup, with fallback fonts where needed."""
    value = _CONTROL.sub("", value)
    if all_in_text_font(value):  # nearly every text: no need to look at each character
        return escape(value)
    out: list[str] = []
    run: list[str] = []
    for char in value:
        if needs_fallback(char):
            if run:
                out.append(escape("".join(run)))
                run = []
            font = fallback_for(char)
            shown = char if font else "\ufffd"  # never a blank: the replacement sign
            out.append(f'<font face="{font or FALLBACK}">{escape(shown)}</font>')
        else:
            run.append(char)
    if run:
        out.append(escape("".join(run)))
    return "".join(out)


MAX_TITLE = 400  # characters of a title, a heading or a contents line in the PDF


def title(value: str, *, note: bool = True) -> str:
    """A title, heading or band line: escaped like ``text`` (the one way any text reaches
    ReportLab) and, past ``MAX_TITLE`` characters, cut with the same visible note as a long
    cell (without ``note``: for the contents page, where the heading carries it)."""
    value = _CONTROL.sub("", value or "")
    if len(value) <= MAX_TITLE:
        return text(value)
    start = value[:MAX_TITLE].rsplit(" ", 1)[0] or value[:MAX_TITLE]
    if not note:
        return text(start + " …")
    return f"{text(start)} <i>{text(_shortened(len(value)))}</i>"


def _shortened(count: int) -> str:
    return _(
        "[… shortened in the PDF: this text has {count} characters; all of it is in "
        "Jaarplanner and in the Word and Excel exports]"
    ).format(count=format_decimal(count, locale=babel_locale()))


@dataclass
class Block:
    """One paragraph of a cell: inline markup, and its bullet and depth when a list item."""

    markup: str = ""
    bullet: str | None = None
    depth: int = 0


@dataclass
class _Reader(HTMLParser):
    blocks: list[Block] = field(default_factory=list)
    lists: list[list[int | None]] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks.append(Block())

    def _new(self, bullet: str | None = None) -> None:
        if self.blocks[-1].markup.strip() or self.blocks[-1].bullet:
            self.blocks.append(Block())
        self.blocks[-1].bullet = bullet
        self.blocks[-1].depth = max(len(self.lists) - 1, 0)
        for tag in self.inline:  # an inline element running on into the next block
            self.blocks[-1].markup += f"<{_INLINE.get(tag, tag)}>"

    def _close_inline(self) -> None:
        for tag in reversed(self.inline):
            self.blocks[-1].markup += f"</{_INLINE.get(tag, tag)}>"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p",):
            self._close_inline()
            self._new()
        elif tag in ("ul", "ol"):
            self._close_inline()
            self.lists.append([0 if tag == "ol" else None])
        elif tag == "li":
            self._close_inline()
            counter = self.lists[-1] if self.lists else [None]
            if counter[0] is None:
                bullet = "•" if len(self.lists) <= 1 else "o"
            else:
                counter[0] += 1
                bullet = f"{counter[0]}."
            self._new(bullet)
        elif tag == "br":
            self.blocks[-1].markup += "<br/>"
        elif tag in _INLINE:
            self.inline.append(tag)
            self.blocks[-1].markup += f"<{_INLINE[tag]}>"
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.inline.append("a")
            self.blocks[
                -1
            ].markup += f'<a href="{escape(href, {chr(34): "&quot;"})}" color="#1F4E79">'

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._close_inline()
            self._new()
        elif tag in ("p", "li"):
            self._close_inline()
            self._new()
        elif (tag in _INLINE or tag == "a") and tag in self.inline:
            self.inline.remove(tag)
            self.blocks[-1].markup += "</a>" if tag == "a" else f"</{_INLINE[tag]}>"

    def handle_data(self, data: str) -> None:
        block = self.blocks[-1]
        no_text_yet = not re.sub(r"<[^>]+>", "", block.markup).strip()
        if block.bullet and no_text_yet and own_bullet(data.lstrip()):
            stripped = data.lstrip()
            block.bullet = stripped[0]
            data = stripped[2:]
        block.markup += text(data)


# paragraphs of plain text with at most line breaks, as most cells are: read without the
# HTML parser (a third of building a cell), to the very same blocks
_PLAIN = re.compile(r"(?:<p>(?:[^<]|<br>)*</p>)+|[^<]*")


def blocks(rich: str) -> list[Block]:
    rich = rich or ""
    if _PLAIN.fullmatch(rich):
        parts = rich[3:-4].split("</p><p>") if rich.startswith("<p>") else [rich]
        found: list[str] = []
        waiting = ""  # a paragraph of only white space runs on into the next, as parsed
        for part in parts:
            markup = waiting + "<br/>".join(text(unescape(line)) for line in part.split("<br>"))
            waiting = "" if markup.strip() else markup
            if not waiting:
                found.append(markup)
        return [Block(m) for m in found if _TAGS.sub("", m).strip()]
    return parsed_blocks(rich)


_TAGS = re.compile(r"<[^>]+>")


def parsed_blocks(rich: str) -> list[Block]:
    """The blocks of any stored rich text, through the HTML parser."""
    reader = _Reader()
    reader.feed(rich or "")
    reader.close()
    return [b for b in reader.blocks if re.sub(r"<[^>]+>", "", b.markup).strip() or b.bullet]


def flowables(rich: str, style: ParagraphStyle) -> list[Flowable]:
    """Paragraphs for one cell or section; list items indented, with their own bullet. A
    text longer than ``MAX_CHARS`` is cut in the PDF, with a note saying so (ReportLab needs
    minutes for a cell that runs over hundreds of pages); the stored text stays whole."""
    found: list[Flowable] = []
    left = MAX_CHARS
    all_blocks = blocks(rich)
    total = sum(len(_visible(b.markup)) for b in all_blocks)
    for block in all_blocks:
        if left <= 0:
            break
        markup = block.markup
        if len(_visible(markup)) > left:
            markup = cut(markup, left)
        left -= len(_visible(markup))
        if block.bullet:
            indent = style.fontSize * (1.1 + 1.1 * block.depth)
            item = ParagraphStyle(
                f"{style.name}-li{block.depth}",
                parent=style,
                leftIndent=indent,
                bulletIndent=indent - style.fontSize,
            )
            if any(needs_fallback(char) for char in block.bullet):
                item.bulletFontName = fallback_for(block.bullet[0]) or FALLBACK
            found.append(
                Para(
                    markup or "&#160;",
                    for_text(item, markup),
                    bulletText=escape(_CONTROL.sub("", block.bullet)),
                )
            )
        else:
            found.append(Para(markup, for_text(style, markup)))
    if total > MAX_CHARS:
        found.append(Paragraph(f"<i>{text(_shortened(total))}</i>", style))
    return found


MAX_CHARS = 100_000  # about 60 pages of one cell; more takes ReportLab minutes


def _visible(markup: str) -> str:
    return _TOKEN.sub("", markup)


_TOKEN = re.compile(r"(<[^>]+>)")


def cut(markup: str, size: int) -> str:
    """The start of ``markup`` with about ``size`` characters of text, cut at a space (inside
    a word only when there is none, never inside an entity), its open tags closed."""
    kept: list[str] = []
    count = 0
    open_tags: list[str] = []
    for token in _TOKEN.split(markup):
        if token.startswith("<"):
            kept.append(token)
            if token.startswith("</"):
                if open_tags:
                    open_tags.pop()
            elif not token.endswith("/>") and not token.lower().startswith("<br"):
                open_tags.append(token)
            continue
        if count + len(token) > size:
            room = max(size - count, 1)
            end = token.rfind(" ", 0, room)
            if end <= 0:
                end = room
                amp = token.rfind("&", 0, end)
                if amp >= 0 and ";" not in token[amp:end]:
                    end = amp
            kept.append(token[:end])
            return "".join(kept) + "".join(_closing(t) for t in reversed(open_tags))
        kept.append(token)
        count += len(token)
    return markup


def _closing(opening: str) -> str:
    return "</" + opening[1:].split()[0].rstrip(">") + ">"
