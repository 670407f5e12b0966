"""Document → Als indeling bewaren / Indeling exporteren / Indeling importeren: a layout goes
to another database and gives the same columns there; a bad file is refused in Dutch and
nothing changes. Removing a column with text says how many cells hold text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.model.layout import Column
from jaarplanner.model.values import Field
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.layout_catalogue import saved_layouts
from jaarplanner.services.new_document import NewDocument, new_document
from jaarplanner.services.parts import PartPlan, apply_parts
from jaarplanner.services.rows import add_row, edit_field
from jaarplanner.storage.database import Database, open_database
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.new_document_dialog import NewDocumentDialog
from jaarplanner.ui.parts_dialog import LABEL, PartsDialog
from tests.ui.newdoc_steps import LEFT, click_menu, new_document_driver


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _own_columns(db: Database) -> list[Column]:
    ident = new_document(db, NewDocument("SWV Eigen", "2026-2027", "themed-table")).result
    part = load_document(db, ident).parts[0]
    columns = [*part.layout.columns[:3], Column(Field.REMARK, "Opmerking", 1.7)]
    columns[1] = replace(columns[1], label="Aanpak")
    apply_parts(
        db, ident, [PartPlan("Kalender", replace(part.layout, columns=tuple(columns)), part.id)]
    )
    return columns


def test_a_layout_goes_to_another_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_database(tmp_path / "een.sqlite")
    columns = _own_columns(first)
    window = _window(qtbot, first)
    window.select_in_navigator("DocumentData", list_documents(first)[0].id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Indeling Eigen", True))
    click_menu(qtbot, window, window.document_menu, "Als indeling bewaren…")
    assert [x.title for x in saved_layouts(first)] == ["Indeling Eigen"]
    target = tmp_path / "indeling.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_menu(qtbot, window, window.document_menu, "Indeling exporteren…")
    assert target.exists()
    window.close()
    first.close()

    second = open_database(tmp_path / "twee.sqlite")
    other = _window(qtbot, second)
    assert other.pages.currentWidget() is other.start_page
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text: told.append(text))
    click_menu(qtbot, other, other.document_menu, "Indeling importeren…")
    assert told == ["De indeling is bewaard; Nieuw document biedt haar voortaan aan."]
    imported = saved_layouts(second)
    assert len(imported) == 1
    seen: list[str] = []
    monkeypatch.setattr(
        NewDocumentDialog,
        "exec",
        new_document_driver(qtbot, "SWV Ander", "SWV A", "Assen", imported[0].name, seen),
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Eerste thema", True))
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    click_menu(qtbot, other, other.file_menu, "Nieuw document…")
    document = load_document(second, list_documents(second)[0].id)
    assert [p.title for p in document.parts] == ["Kalender"]
    assert list(document.parts[0].layout.columns) == columns
    other.close()
    second.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{ dit is geen json", "geen geldige JSON"),
        (
            '{"name": "x", "parts": {"a": {"columns": [{"field": "what", "label": "Wat", '
            '"kleur": "rood"}]}}}',
            "veld dat Jaarplanner niet kent: kleur",
        ),
        (
            '{"name": "x", "parts": {"a": {"columns": [{"field": "budget", "label": "B"}]}}}',
            "budget",
        ),
    ],
)
def test_a_bad_layout_file_is_refused_and_nothing_changes(
    qtbot: QtBot,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    message: str,
) -> None:
    window = _window(qtbot, sqlite_db)
    source = tmp_path / "indeling.json"
    source.write_text(text, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: warned.append(text))
    click_menu(qtbot, window, window.document_menu, "Indeling importeren…")
    assert len(warned) == 1 and message in warned[0]
    assert saved_layouts(sqlite_db) == []
    assert not window.undo_action.isEnabled()


def test_removing_a_column_with_text_says_how_many_cells(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ident = new_document(sqlite_db, NewDocument("SWV X", "2026-2027", "themed-table")).result
    part = load_document(sqlite_db, ident).parts[0]
    for text in ("2 fte", "1 fte"):
        edit_field(sqlite_db, add_row(sqlite_db, part.themes[0].id).result, Field.STAFF, text)
    window = _window(qtbot, sqlite_db)
    window.select_in_navigator("PartData", part.id)

    def drive(dialog: PartsDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        table = dialog.columns
        row = next(
            r
            for r in range(table.rowCount())
            if table.item(r, LABEL).text() == "Middelen (personeel)"
        )
        qtbot.mouseClick(
            table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, LABEL)).center()
        )
        qtbot.mouseClick(dialog.remove_column_button, LEFT)
        assert table.rowCount() == 5
        dialog.accept()
        return dialog.result()

    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(parent, title, text):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(PartsDialog, "exec", drive)
    monkeypatch.setattr(QMessageBox, "question", question)
    window.document_actions["parts"].trigger()
    assert "'Middelen (personeel)' in Jaarkalender: 2 cellen bevatten tekst" in asked[0]
    assert len(load_document(sqlite_db, ident).parts[0].layout.columns) == 6, "No: nothing changed"
    window.document_actions["parts"].trigger()
    assert len(load_document(sqlite_db, ident).parts[0].layout.columns) == 5
    window.undo_action.trigger()
    assert len(load_document(sqlite_db, ident).parts[0].layout.columns) == 6
