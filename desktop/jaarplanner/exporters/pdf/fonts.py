"""The fonts of the PDF: Carlito (metric-compatible with Calibri) for text, DejaVu Sans for
every character Carlito lacks. Both are embedded."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from jaarplanner.resources import resources_dir

TEXT = "Carlito"
FALLBACK = "DejaVuSans"
FALLBACKS = ("DejaVuSans", "Symbola")
_FILES = {
    "Carlito": "Carlito-Regular.ttf",
    "Carlito-Bold": "Carlito-Bold.ttf",
    "Carlito-Italic": "Carlito-Italic.ttf",
    "Carlito-BoldItalic": "Carlito-BoldItalic.ttf",
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "Symbola": "Symbola.ttf",
}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, written as UTF-16 so that a character beyond U+FFFF (most
    emoji) reads back as itself; ReportLab writes ``%04X``, which cuts it to four digits and
    makes copy-paste and search in the PDF give the wrong character."""
    entries = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


_FAMILIES = {
    TEXT: ("Carlito", "Carlito-Bold", "Carlito-Italic", "Carlito-BoldItalic"),
    FALLBACK: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "Symbola": ("Symbola",),
}


@cache
def register() -> None:
    """The text font; a fallback font is read only when a character needs it (DejaVu Sans
    is four files, Symbola 3.2 MB: a fifth of a second a PDF need not pay)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    register_family(TEXT)


@cache
def register_family(family: str) -> None:
    folder = resources_dir() / "fonts"
    names = _FAMILIES[family]
    for name in names:
        pdfmetrics.registerFont(TTFont(name, str(folder / _FILES[name])))
    if len(names) == 4:
        regular, bold, italic, both = names
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, both)


@cache
def _covered(font: str) -> frozenset[int]:
    register()
    register_family(font)
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


@cache
def _text_chars() -> frozenset[str]:
    return frozenset(map(chr, _covered(TEXT)))


def all_in_text_font(value: str) -> bool:
    """Whether the text font has every character of ``value`` (white space needs none)."""
    missing = set(value).difference(_text_chars())
    return not missing or all(char.isspace() for char in missing)


def needs_fallback(char: str) -> bool:
    return ord(char) not in _covered(TEXT) and not char.isspace()


def fallback_for(char: str) -> str | None:
    """The first fallback font that has ``char``; None when none has it (the fallback font
    is registered all the same: the replacement sign is printed in it)."""
    for font in FALLBACKS:
        if ord(char) in _covered(font):
            return font
    register_family(FALLBACK)
    return None
