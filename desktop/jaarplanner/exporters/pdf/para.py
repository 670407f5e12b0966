"""A ReportLab paragraph that measures and draws no more than it must.

A table run is measured again at every page break it meets; a plain cell text (most cells)
skips ReportLab's HTML parser; and the same plain text in the same style and width (the
period, "Directeur", "n.v.t." on every row) is broken into lines once and drawn once, its
drawing copied to every other cell that shows it. An export lets go of what its paragraphs
shared when it is built (``forget_lines``)."""

from __future__ import annotations

import copy
import weakref
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import textTransformFrags


class Para(Paragraph):
    """A paragraph that measures itself once per width: the table run it stands in is
    measured again at every page break it meets, the paragraph's lines stay the same. A
    text without markup or entities (most cells) is not run through ReportLab's HTML parser:
    its one fragment is the style's own, as the parser makes it, with the text in it. Such a
    text's lines are shared with every other cell of the same text, style and width (the
    period, "Directeur", "n.v.t." on every row): ReportLab breaks it into lines once."""

    _same: tuple[str, ParagraphStyle] | None = None  # the plain text and style, to share

    def _setup(self, text, style, bulletText, frags, cleaner) -> None:
        if frags is None and "<" not in text and "&" not in text:
            cleaned = cleaner(text)
            if cleaned:
                frag = copy.copy(_plain_frag(style))
                frag.link, frag.us_lines, frag.text = [], [], cleaned
                frags = [frag]
                textTransformFrags(frags, style)
                text = cleaned
                if bulletText is None:
                    self._same = (cleaned, style)
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        measured = self.__dict__.get("_measured")
        if measured is not None and measured[0] == availWidth and "blPara" in self.__dict__:
            self.width = availWidth
            self.height = measured[1][1]
            return measured[1]
        key = (self._same, availWidth) if self._same is not None else None
        shared = _SHARED.get(key) if key is not None else None
        if shared is not None:
            self.__dict__.update(shared)
            self._shares = True
            size = (availWidth, shared["height"])
        else:
            size = super().wrap(availWidth, availHeight)
            if key is not None and "blPara" in self.__dict__:
                own = self.__dict__
                _SHARED[key] = {name: own[name] for name in _LINES if name in own}
                self._shares = True
        self._measured = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """ReportLab's split marks the last word of the first part in the lines themselves:
        a paragraph whose lines are shared (its own, lent to others, or theirs) breaks its
        own before it is split."""
        if self.__dict__.pop("_shares", False):
            self.__dict__.pop("_measured", None)
            Paragraph.wrap(self, availWidth, availHeight)
        return super().split(availWidth, availHeight)

    def draw(self) -> None:
        """A paragraph with shared lines is drawn the same wherever it stands (the table
        moves the canvas to the cell first): its drawing is made once and copied after."""
        key = (self._same, self.width) if self._same is not None else None
        shared = _SHARED.get(key) if key is not None else None
        if shared is None or shared["blPara"] is not self.__dict__.get("blPara") or self.debug:
            super().draw()
            return
        code = self.canv._code
        # per PDF file: the codes of the characters in a font are the file's own
        in_file = _DRAWN.get(self.canv._doc)
        if in_file is None:
            in_file = _DRAWN[self.canv._doc] = {}
        drawn = in_file.get(key)
        if drawn is not None:
            code.extend(drawn)
            return
        start = len(code)
        super().draw()
        in_file[key] = code[start:]


# what ReportLab's wrap and line breaking set on a paragraph: all a paragraph of the same
# text, style and width needs to be drawn
_LINES = (
    "width",
    "height",
    "blPara",
    "_wrapWidths",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)
_SHARED: dict[tuple[tuple[str, ParagraphStyle], float], dict[str, Any]] = {}
_DRAWN: weakref.WeakKeyDictionary[Any, dict[Any, list[str]]] = weakref.WeakKeyDictionary()


def forget_lines() -> None:
    """Drop the shared lines (after an export: they would hold its texts in memory)."""
    _SHARED.clear()
    _DRAWN.clear()


_TEMPLATES: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


def _plain_frag(style: ParagraphStyle) -> Any:
    """The fragment ReportLab's parser makes of a plain text in ``style`` (parsed once)."""
    found = _TEMPLATES.get(style)
    if found is None:
        found = _TEMPLATES[style] = Paragraph("x", style).frags[0]
    return found
