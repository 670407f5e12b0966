"""Paragraph styles and colours of the PDF, modelled on the Word originals."""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from jaarplanner.exporters.pdf.fonts import TEXT, register
from jaarplanner.exporters.pdf.hyphens import dutch

BAND = colors.HexColor("#D9E2F3")  # theme band rows, light blue-grey as in the originals
HEADER = colors.HexColor("#B4C6E7")
GRID = colors.HexColor("#8EA9DB")
PRIORITY = colors.HexColor("#1F4E9A")
MUTED = colors.HexColor("#595959")


_LONG_ADDRESS = re.compile(r"\S*(?:[/@]|www\.)\S{20,}")
# "Bijeenkomsten/professionalisering/doorontwikkeling": words joined by slashes, no address
_SLASHED_WORDS = re.compile(r"[(\"'‘“]*[^\W\d_]+(?:[-/][^\W\d_]+)+[.,;:!?)\"'’”]*")


def for_text(base: ParagraphStyle, markup: str) -> ParagraphStyle:
    """``base``, or without hyphenation for a text with a long web or e-mail address in it:
    ReportLab 5.1 cuts such an address once at a slash when hyphenation is on and then lets
    the rest run out of its cell, where without it the address wraps inside the cell."""
    for found in _LONG_ADDRESS.finditer(markup):
        if not _SLASHED_WORDS.fullmatch(found.group()):
            return _plain(base)
    return base


@cache
def _plain(base: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(
        f"{base.name}-plain", parent=base, hyphenationLang="", embeddedHyphenation=0
    )


CARD_WORD = 14  # letters: a shorter word in an action card is never hyphenated


@cache
def card_style(name: str) -> ParagraphStyle:
    """``name`` in an action card: a word of fewer than ``CARD_WORD`` letters goes to the next
    line whole (a card's column holds it), where a wide paragraph would hyphenate it to fill
    the line; only a longer word is hyphenated, at a Dutch break point."""
    return ParagraphStyle(f"{name}-card", parent=style(name), hyphenationMinWordLength=CARD_WORD)


@cache
def style(name: str) -> ParagraphStyle:
    register()
    base = ParagraphStyle(
        "base",
        fontName=TEXT,
        bulletFontName=TEXT,
        fontSize=9,
        leading=11,
        alignment=TA_LEFT,
        splitLongWords=1,  # only a word without any Dutch break point (a web address)
        hyphenationLang=dutch(),
        # "ouder-kindgesprek" may break after its own hyphen; 2: a word that cannot be
        # hyphenated into what is left of a line starts the next line (and is hyphenated
        # there if need be) instead of being cut plainly to fill the line
        embeddedHyphenation=2,
        allowWidows=1,
        allowOrphans=1,
    )
    table = {
        "cell": {},
        "cell-priority": {"textColor": PRIORITY},
        "cell-continued": {"textColor": MUTED},
        "header": {"fontName": "Carlito-Bold"},
        "band": {"fontName": "Carlito-Bold", "fontSize": 10, "leading": 12},
        "body": {"fontSize": 11, "leading": 14, "spaceAfter": 6},
        "title": {"fontName": "Carlito-Bold", "fontSize": 26, "leading": 32, "spaceAfter": 12},
        "subtitle": {"fontSize": 16, "leading": 20, "spaceAfter": 10, "textColor": MUTED},
        "h1": {
            "fontName": "Carlito-Bold",
            "fontSize": 16,
            "leading": 20,
            "spaceBefore": 6,
            "spaceAfter": 8,
            "keepWithNext": 1,
        },
        "h2": {
            "fontName": "Carlito-Bold",
            "fontSize": 13,
            "leading": 16,
            "spaceBefore": 10,
            "spaceAfter": 4,
            "keepWithNext": 1,
        },
        "h3": {
            "fontName": "Carlito-Bold",
            "fontSize": 11,
            "leading": 14,
            "spaceBefore": 8,
            "spaceAfter": 3,
            "keepWithNext": 1,
        },
        "margin": {"fontSize": 9, "leading": 11, "textColor": MUTED, "keepWithNext": 1},
        "goal": {"fontSize": 10, "leading": 13, "spaceAfter": 4, "keepWithNext": 1},
        "footnote": {"fontSize": 8, "leading": 10, "textColor": MUTED},
        "running": {"fontSize": 8, "leading": 10, "textColor": MUTED},
        "pagenumber": {"fontSize": 8, "leading": 10, "alignment": TA_RIGHT, "textColor": MUTED},
        "toc": {"fontSize": 11, "leading": 16},
    }[name]
    return ParagraphStyle(name, parent=base, **table)
