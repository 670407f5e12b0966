"""The seed text form: Word documents of three networks, turned into text.

``read_seed(path)`` recognises which of the three layouts a file has and reads it.
"""

from __future__ import annotations

import re
from pathlib import Path

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportResult
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.resources import layouts_dir, read_json


def layout(name: str) -> DocumentLayout:
    return DocumentLayout.from_dict(read_json(layouts_dir() / f"{name}.json"))


def kind_of(text: str) -> str:
    """Which reader fits: ``themed``, ``pagetext``, ``points`` or ``cards``."""
    if "Acties\t" in text and "<b>Wat</b>" in text:
        return "cards"
    if "Beoogde resultaat\tWat\tWie\tWanneer gereed" in text:
        return "points"
    if re.search(r"Activiteiten \(wat\)(?:</i>)?\t", text):
        return "themed"
    if "Periode \n(wanneer)" in text or "Activiteiten \n(wat)" in text:
        return "pagetext"
    raise UserError(_("The file is not in a form Jaarplanner recognises."))


def read_seed_text(text: str, source: str) -> ImportResult:
    kind = kind_of(text)
    if kind == "themed":
        from jaarplanner.importers.seeds.themed import read_themed

        return read_themed(text, source, layout("themed-table"))
    if kind == "pagetext":
        from jaarplanner.importers.seeds.pagetext import read_pagetext

        return read_pagetext(text, source, layout("themed-table"))
    if kind == "points":
        from jaarplanner.importers.seeds.points import read_points

        return read_points(text, source, layout("development-points"))
    from jaarplanner.importers.seeds.cards import read_cards

    return read_cards(text, source, layout("action-cards"))


def read_seed(path: Path) -> ImportResult:
    return read_seed_text(path.read_text("utf-8"), path.name)
