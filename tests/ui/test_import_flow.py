"""Importing in the program: an unknown header asks which column holds what; the report
shows what came in; a bad file gets a Dutch message and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.model.values import Field
from jaarplanner.services.documents import list_documents
from jaarplanner.storage.database import Database
from jaarplanner.ui import import_flow
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.mapping_dialog import MappingDialog
from tests.importers.test_docx import _table_document


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database) -> MainWindow:
    main = MainWindow(sqlite_db)
    qtbot.addWidget(main)
    return main


def test_mapping_dialog_then_report(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "eigen.docx"
    _table_document(path, ["Wanneer", "Actie", "Trekker"], [["okt 2025", "Kick-off", "Directeur"]])
    shown: dict[str, object] = {}

    def fill(dialog: MappingDialog) -> int:
        shown["headers"] = list(dialog.combos)
        dialog.choose("Wanneer", Field.PERIOD)
        dialog.choose("Actie", Field.WHAT)
        dialog.choose("Trekker", Field.WHO)
        dialog.keep.setChecked(True)
        dialog.layout_name.setText("Voorbeeld indeling")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MappingDialog, "exec", fill)
    monkeypatch.setattr(
        import_flow.ReportDialog,
        "exec",
        lambda dialog: shown.setdefault("report", dialog.text.toPlainText()),
    )
    window.import_paths([path])
    assert shown["headers"] == ["Wanneer", "Actie", "Trekker"]
    assert "1 rij" in str(shown["report"])
    assert [d.title for d in list_documents(window.db)] == ["Jaarplan Voorbeeldregio 2025-2026"]
    assert window.tree_model.rowCount() == 1
    from jaarplanner.importers.files import read_any

    again = read_any(path)  # the kept layout is recognised without asking
    assert again.document.layout == "voorbeeld-indeling"


def test_bad_file_gets_a_dutch_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "foto.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    window.import_paths([path])
    assert messages == ["'foto.docx' is een afbeelding, geen document."]
    assert list_documents(window.db) == []


def test_cancelled_mapping_imports_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "eigen.docx"
    _table_document(path, ["Wanneer", "Actie"], [["okt 2025", "Kick-off"]])
    monkeypatch.setattr(MappingDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.import_paths([path])
    assert list_documents(window.db) == []
