"""What spreadsheets and Word files may carry.

XML 1.0 (inside every .xlsx and .docx) cannot hold most control characters, U+FFFE, U+FFFF
or lone surrogates; they are left out of a copy of the document, and counted so the export
report can say so. A text that a spreadsheet would read as a formula (it starts with ``=``,
``+``, ``-`` or ``@``, perhaps after a tab or carriage return) is written as text: with a
leading ``'`` in CSV, as a text cell marked the same way in Excel. Numbers stay numbers.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from typing import Any, TypeVar

from jaarplanner.i18n import _

T = TypeVar("T")
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?")


def looks_like_formula(text: str) -> bool:
    """Would Excel or LibreOffice read this cell as a formula (or a DDE call)?"""
    return text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text)


def as_text_cell(text: str) -> str:
    """The CSV spelling of a text that must stay text: ``'=> zie bijlage``."""
    return "'" + text if looks_like_formula(text) else text


def xml_safe(text: str) -> tuple[str, int]:
    """``text`` without the characters XML cannot carry, and how many there were."""
    cleaned, count = _NOT_IN_XML.subn("", text)
    return cleaned, count


def xml_safe_copy(value: T) -> tuple[T, int]:
    """A copy of a document (any tree of dataclasses, lists, dicts and texts) in which every
    text can go into XML; with the number of characters left out."""
    dropped = 0

    def walk(item: Any) -> Any:
        nonlocal dropped
        if isinstance(item, enum.Enum):
            return item
        if isinstance(item, str):
            cleaned, count = xml_safe(item)
            dropped += count
            return cleaned
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            changes = {
                f.name: walk(getattr(item, f.name))
                for f in dataclasses.fields(item)
                if f.init and _holds_text(getattr(item, f.name))
            }
            return dataclasses.replace(item, **changes) if changes else item
        if isinstance(item, list):
            return [walk(x) for x in item]
        if isinstance(item, tuple):
            return tuple(walk(x) for x in item)
        if isinstance(item, dict):
            return {key: walk(x) for key, x in item.items()}
        return item

    return walk(value), dropped


def _holds_text(value: object) -> bool:
    return isinstance(value, (str, list, tuple, dict)) or (
        dataclasses.is_dataclass(value) and not isinstance(value, type)
    )


def dropped_note(count: int) -> list[str]:
    """The export report's line for characters left out; nothing when none were."""
    if not count:
        return []
    return [
        _("{count} control characters that this file format cannot hold were left out.").format(
            count=count
        )
    ]
