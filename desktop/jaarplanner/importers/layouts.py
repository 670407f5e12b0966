"""The layouts Jaarplanner knows: the shipped ones and those a user saved from a mapping."""

from __future__ import annotations

import json
import re
from typing import Any

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.layout import ColumnLayout, DocumentLayout, LayoutError, validate_layout
from jaarplanner.places import data_dir
from jaarplanner.resources import layouts_dir, read_json


def user_layouts_dir():
    return data_dir() / "indelingen"


def all_layouts() -> list[DocumentLayout]:
    found = []
    for folder in (layouts_dir(), user_layouts_dir()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                found.append(DocumentLayout.from_dict(read_json(path)))
            except (LayoutError, ValueError, OSError):
                continue
    return found


def save_layout(name: str, part: ColumnLayout) -> DocumentLayout:
    """Keep a column mapping as a new layout a later import recognises."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug:
        raise UserError(_("A layout needs a name."))
    data: dict[str, Any] = {
        "name": slug,
        "title": name,
        "parts": {slug: {**part.to_dict(), "name": slug, "title": name}},
    }
    try:
        validate_layout(data["parts"][slug])
        layout = DocumentLayout.from_dict(data)
    except LayoutError as error:
        raise UserError(str(error)) from error
    folder = user_layouts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return layout
