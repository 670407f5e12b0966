"""Layouts are data: the shipped three load, a broken one is refused in Dutch."""

from __future__ import annotations

import pytest

from jaarplanner.model.layout import ColumnLayout, DocumentLayout, LayoutError
from jaarplanner.model.values import Field
from jaarplanner.resources import layouts_dir, read_json


@pytest.mark.parametrize("name", ["themed-table", "development-points", "action-cards"])
def test_shipped_layouts_load(name: str) -> None:
    layout = DocumentLayout.from_dict(read_json(layouts_dir() / f"{name}.json"))
    assert layout.name == name
    for part in layout.parts.values():
        assert ColumnLayout.from_dict(part.to_dict()) == part


def test_layout_details() -> None:
    points = DocumentLayout.from_dict(read_json(layouts_dir() / "development-points.json"))
    assert points.part("ontwikkelpunten").deadline_field is Field.PERIOD
    assert [c.label for c in points.part("ontwikkelpunten").columns] == [
        "Beoogde resultaat",
        "Wat",
        "Wie",
        "Wanneer gereed",
    ]
    cards = DocumentLayout.from_dict(read_json(layouts_dir() / "action-cards.json"))
    assert cards.part("acties").orientation == "transposed"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"columns": []}, "minstens één kolom"),
        (
            {"columns": [{"field": "what", "label": "a"}, {"field": "what", "label": "b"}]},
            "hoogstens één keer",
        ),
        ({"columns": [{"field": "nonsense", "label": "a"}]}, "onvolledig of onjuist"),
        ({"orientation": "diagonal"}, "rijen of gekanteld"),
    ],
)
def test_broken_layouts_are_refused_in_dutch(change: dict, message: str) -> None:
    data = {"name": "x", "columns": [{"field": "what", "label": "Wat"}], **change}
    with pytest.raises(LayoutError, match=message):
        ColumnLayout.from_dict(data)
