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
        shown["guessed"] = [h for h, c in dialog.combos.items() if c.currentData()]
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
        lambda dialog: shown.setdefault("report", dialog.plain_text()),
    )
    window.import_paths([path])
    assert shown["headers"] == ["Wanneer", "Actie", "Trekker"]
    assert shown["guessed"] == ["Wanneer", "Actie", "Trekker"]  # read by their words already
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


def test_report_lines_open_their_row(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    import openpyxl
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Jaaragenda 2023-2024"])
    sheet.append(["Datum", "Activiteit"])
    sheet.append(["4 september", "Opening"])
    sheet.append(["ooit eens", "Schoolreis"])
    path = tmp_path / "agenda.xlsx"
    book.save(path)
    monkeypatch.setattr(MappingDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    dialogs: list[import_flow.ReportDialog] = []

    def look(dialog: import_flow.ReportDialog) -> int:
        dialogs.append(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        lines = [dialog.list.item(i) for i in range(dialog.list.count())]
        linked = [item for item in lines if item.data(import_flow.ROW_ROLE) is not None]
        assert len(linked) == 1 and "ooit eens" in linked[0].text()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
        dialog.list.setCurrentItem(linked[0])
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
        shown = window.table.current_row()
        assert shown is not None and shown.fields["what"] == "Schoolreis"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_flow.ReportDialog, "exec", look)
    window.import_paths([path])
    assert dialogs
    row = window.table.current_row()
    assert row is not None and row.fields["what"] == "Schoolreis"


def test_a_damaged_layout_is_named_and_repaired_when_the_program_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import sqlite3

    from jaarplanner.services.check import check_database
    from jaarplanner.services.documents import create_document
    from jaarplanner.storage.database import open_database
    from tests.factories import sample_document

    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    broken = {
        "name": "x",
        "columns": [{"field": "period", "label": "Van"}, {"field": "period", "label": "Tot"}],
    }
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE parts SET layout_json = ?", (json.dumps(broken),))
    db = open_database(path)
    asked: list[str] = []

    def answer(parent, title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        window = MainWindow(db)  # the program opens with every document before the repair
        qtbot.addWidget(window)
        assert window.tree_model.rowCount() == 1
        assert import_flow.offer_layout_repair(db, window)
        assert "document 1" in asked[0]
        assert check_database(db) == []
        assert not import_flow.offer_layout_repair(db, window)  # nothing left to ask
    finally:
        db.close()
