"""Rich text: the one stored form, and the cleaner that turns any input into it.

The stored form is a small, safe HTML subset:

* block elements ``p``, ``ul``, ``ol``, ``li``;
* inline elements ``b``, ``i``, ``u``, ``sup``, ``sub``, ``br`` and ``a`` (``href`` with an
  ``http``, ``https`` or ``mailto`` address only);
* no other tags, no attributes besides ``href``, no comments, entities only as ``&amp;``,
  ``&lt;``, ``&gt;`` and ``&quot;``; white space collapsed to single spaces.
* a list item whose text starts with a bullet character and a space (``• o - ❖ ✓ ➢ ▪ ►``)
  shows that character as its bullet, as the writer typed it; other items get ``•``.

Editors, importers and exporters all read and write this form. ``clean`` accepts anything
(HTML from Word or the clipboard, half-broken markup, plain text with ``<`` in it) and never
raises; the result is well formed and is left unchanged by cleaning it again.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

INLINE_TAGS = frozenset({"b", "i", "u", "sup", "sub", "a"})
BLOCK_TAGS = frozenset({"p", "ul", "ol", "li"})
VOID_TAGS = frozenset({"br"})
ALLOWED_TAGS = INLINE_TAGS | BLOCK_TAGS | VOID_TAGS

_RENAMED = {
    "strong": "b",
    "em": "i",
    "ins": "u",
    "cite": "i",
    "var": "i",
    "div": "p",
    "h1": "p",
    "h2": "p",
    "h3": "p",
    "h4": "p",
    "h5": "p",
    "h6": "p",
    "blockquote": "p",
    "pre": "p",
    "address": "p",
    "dt": "p",
    "dd": "p",
    "tr": "p",
}
# Elements whose content is never text a reader should see.
_DROPPED_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "iframe",
        "object",
        "embed",
        "template",
        "svg",
        "math",
        "noscript",
        "xml",
        "select",
        "textarea",
    }
)
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
BULLETS = ("•", "o", "-", "❖", "✓", "➢", "▪", "►", "–", "*")
_WS = re.compile(r"[ \t\r\n\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _safe_href(value: str | None) -> str | None:
    if not value:
        return None
    href = _CONTROL.sub("", value).strip()
    if href.lower().startswith(_SAFE_SCHEMES) and len(href) <= 2048:
        return href
    return None


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[str] = []
        self.opening: list[str] = []  # the opening markup of each open element
        self.skip_depth = 0

    # -- helpers -------------------------------------------------------
    def _close_until(self, names: frozenset[str] | set[str], *, stop_at_list: bool = False) -> bool:
        """Close open elements up to and including the innermost one named in ``names``."""
        for index in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[index]
            if tag in names:
                while len(self.stack) > index:
                    self._pop()
                return True
            if stop_at_list and tag in ("ul", "ol"):
                return False
        return False

    def _close_inline(self) -> list[tuple[str, str]]:
        reopened: list[tuple[str, str]] = []
        while self.stack and self.stack[-1] in INLINE_TAGS:
            reopened.insert(0, self._pop())
        return reopened

    # -- parser callbacks ----------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _DROPPED_WITH_CONTENT:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        tag = _RENAMED.get(tag, tag)
        if tag == "br":
            self.out.append("<br>")
            return
        if tag not in ALLOWED_TAGS:
            return
        if tag == "p":
            self._close_inline()
            self._close_until({"p"}, stop_at_list=True)
        elif tag == "li":
            self._close_inline()
            self._close_until({"p"}, stop_at_list=True)
            self._close_until({"li"}, stop_at_list=True)
            if not any(t in ("ul", "ol") for t in self.stack):
                self._open("ul", "<ul>")
        elif tag in ("ul", "ol"):
            self._close_inline()
            self._close_until({"p"}, stop_at_list=True)
            if self.stack and self.stack[-1] in ("ul", "ol"):
                # A list directly inside a list belongs in an item.
                self._open("li", "<li>")
        elif tag == "a":
            href = _safe_href(dict(attrs).get("href"))
            if "a" in self.stack or href is None:
                return
            self._open("a", f'<a href="{escape(href, quote=True)}">')
            return
        self._open(tag, f"<{tag}>")

    def _open(self, tag: str, markup: str) -> None:
        self.stack.append(tag)
        self.opening.append(markup)
        self.out.append(markup)

    def _pop(self) -> tuple[str, str]:
        tag = self.stack.pop()
        markup = self.opening.pop()
        self.out.append(f"</{tag}>")
        return tag, markup

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() == "br" and not self.skip_depth:
            self.out.append("<br>")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _DROPPED_WITH_CONTENT:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        tag = _RENAMED.get(tag, tag)
        if tag not in ALLOWED_TAGS or tag == "br" or tag not in self.stack:
            return
        if tag in INLINE_TAGS:
            # Close the inline element and re-open the ones that were inside it.
            inside = self.stack[self.stack.index(tag) + 1 :] if tag in self.stack else []
            if any(t not in INLINE_TAGS for t in inside):
                return  # a block is open inside it: the element ends with that block
            reopen: list[tuple[str, str]] = []
            while self.stack:
                top, markup = self._pop()
                if top == tag:
                    break
                reopen.insert(0, (top, markup))
            for name, markup in reopen:
                self._open(name, markup)
            return
        self._close_until({tag})

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        text = _CONTROL.sub("", data)
        self.out.append(escape(_WS.sub(" ", text), quote=False))

    def handle_comment(self, data: str) -> None:  # comments are never kept
        return

    def close(self) -> None:
        super().close()
        while self.stack:
            self._pop()


_EMPTY_ELEMENT = re.compile(r"<(b|i|u|sup|sub|p|li|ul|ol|a)(?: href=\"[^\"]*\")?>\s*</\1>")
_SPACE_AFTER_OPEN = re.compile(r"(<(?:p|li|ul|ol)>) +")
_SPACE_BEFORE_CLOSE = re.compile(r" +(</(?:p|li|ul|ol)>)")
_SPACES = re.compile(r" {2,}")
_SPACE_AROUND_BLOCK = re.compile(r" *(</?(?:p|li|ul|ol)>|<br>) *")


def clean(markup: str | None) -> str:
    """Return ``markup`` in the stored rich-text form. Never raises."""
    if not markup:
        return ""
    parser = _Cleaner()
    try:
        parser.feed(str(markup))
        parser.close()
    except Exception:
        return escape(_WS.sub(" ", _CONTROL.sub("", str(markup))).strip(), quote=False)
    result = _SPACES.sub(" ", "".join(parser.out))
    previous = None
    while previous != result:
        previous = result
        result = _EMPTY_ELEMENT.sub("", _SPACE_AROUND_BLOCK.sub(r"\1", result))
        result = _SPACES.sub(" ", result)
    return result.strip()


def from_plain(text: str | None) -> str:
    """Plain typed text to the stored form: blank lines separate paragraphs, lines break."""
    if not text:
        return ""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paragraphs) == 1 and "\n" not in paragraphs[0].strip():
        return clean(escape(paragraphs[0].strip(), quote=False))
    parts = []
    for paragraph in paragraphs:
        lines = [escape(line.strip(), quote=False) for line in paragraph.strip().split("\n")]
        parts.append("<p>" + "<br>".join(lines) + "</p>")
    return clean("".join(parts))


class _PlainWriter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.lists: list[list[int | None]] = []
        self.pending_bullet = ""

    def _new_line(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.lines.append("")
        elif tag == "p":
            self._new_line()
        elif tag in ("ul", "ol"):
            self._new_line()
            self.lists.append([0 if tag == "ol" else None])
        elif tag == "li":
            self._new_line()
            depth = max(len(self.lists) - 1, 0)
            counter = self.lists[-1] if self.lists else [None]
            if counter[0] is None:
                bullet = "•" if depth % 2 == 0 else "o"
            else:
                counter[0] += 1
                bullet = f"{counter[0]}."
            self.lines[-1] = "  " * depth
            self.pending_bullet = bullet + " "

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "li"):
            self._new_line()
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._new_line()

    def handle_data(self, data: str) -> None:
        if self.pending_bullet:
            if not own_bullet(data.lstrip()):
                self.lines[-1] += self.pending_bullet
            self.pending_bullet = ""
            data = data.lstrip()
        self.lines[-1] += data


def own_bullet(text: str) -> str | None:
    """The bullet character a list item's text starts with, if the writer typed one."""
    if len(text) > 1 and text[0] in BULLETS and text[1] == " ":
        return text[0]
    return None


def to_plain(markup: str | None) -> str:
    """The text a reader sees, with line breaks, bullets (``•``) and numbers for list items."""
    if not markup:
        return ""
    if "<" not in markup and "&" not in markup:
        return markup.strip()  # plain already: no need to parse
    writer = _PlainWriter()
    writer.feed(markup)
    writer.close()
    lines = [line.rstrip() for line in writer.lines]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def is_empty(markup: str | None) -> bool:
    """True when the rich text holds no text at all (empty paragraphs and items only)."""
    return not re.sub(r"<[^>]*>", "", markup or "").strip()
