"""The layers depend inward only: the model and the period language know nothing of Qt,
files or the database; importers and exporters know the model and their file format; only
``ui`` knows Qt; nothing below ``ui`` and ``cli`` reaches up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "jaarplanner"

UP = {"jaarplanner.ui", "jaarplanner.cli"}  # nothing below these reaches them
OUTER = {"jaarplanner.services", "jaarplanner.importers", "jaarplanner.exporters"}
PURE = UP | OUTER | {"jaarplanner.storage", "PySide6", "sqlalchemy", "reportlab"}

FORBIDDEN = {
    "model": PURE,
    "periods": PURE,
    "storage": UP | OUTER | {"PySide6", "reportlab"},
    "services": UP | {"PySide6"},
    "importers": UP | {"jaarplanner.storage", "jaarplanner.services", "PySide6"},
    "exporters": UP | {"jaarplanner.storage", "jaarplanner.services", "PySide6", "sqlalchemy"},
    "ui": {"jaarplanner.cli", "sqlalchemy"},
}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_it_may_not(layer: str) -> None:
    wrong = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in _imports(path):
            if any(module == f or module.startswith(f + ".") for f in FORBIDDEN[layer]):
                wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert wrong == []
