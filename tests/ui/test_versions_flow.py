"""Versies… and Vergelijken… from the Jaar menu: keep a version by hand, open it read-only,
compare it with now (changed words marked, unchanged rows folded), save that as PDF, and
start a new document from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from jaarplanner.model.values import Field
from jaarplanner.services import rows as row_service
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document


def test_keep_open_compare_and_start_from_a_version(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.select_in_navigator("DocumentData", document_id)
    answers = iter([("concept voor OPR", True), ("Jaarplan opnieuw", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    window.year_actions["versions"].trigger()
    dialog = window.versions_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.count() == 0 and not dialog.buttons["open"].isEnabled()
    qtbot.mouseClick(dialog.buttons["keep"], Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and "concept voor OPR" in dialog.list.item(0).text()
    # The details list it too.
    qtbot.waitUntil(lambda: "concept voor OPR" in window.details.versions.listing.item(0).text())
    # The version read-only: the rows as they were.
    row = load_document(sqlite_db, document_id).parts[0].all_rows()[0]
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.reader.isVisible())
    assert dialog.list.count() == 1
    shown = dialog.reader.findChild(QTextBrowser).toPlainText()
    assert row.value(Field.WHAT).split()[0] in shown
    dialog.reader.close()
    # An edit after it, then compared with now.
    window.history.perform(
        lambda db: row_service.edit_field(db, row.id, Field.WHAT, "Geheel nieuwe tekst")
    )
    qtbot.mouseClick(dialog.buttons["compare"], Qt.MouseButton.LeftButton)
    compare = dialog.compare_dialog
    qtbot.waitUntil(compare.isVisible)
    html = compare.view.toHtml()
    assert "1 rij gewijzigd" in compare.view.toPlainText()
    assert "Geheel nieuwe tekst" in compare.view.toPlainText()
    assert "#1a7f37" in html.lower() and "#c0392b" in html.lower()
    assert "line-through" in html and "underline" in html
    folded = compare.view.toPlainText()
    compare.activateWindow()
    qtbot.waitUntil(compare.isActiveWindow)
    compare.fold.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is compare.fold)
    qtbot.keyClick(compare.fold, Qt.Key.Key_Space)
    assert not compare.fold.isChecked()
    assert len(compare.view.toPlainText()) > len(folded)
    assert QApplication.focusWidget() is compare.fold
    target = tmp_path / "vergelijking.pdf"
    compare.write_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    compare.close()
    # A new document that starts as the version was.
    qtbot.mouseClick(dialog.buttons["start"], Qt.MouseButton.LeftButton)
    titles = [d.title for d in list_documents(sqlite_db)]
    assert "Jaarplan opnieuw" in titles and len(titles) == 2
    window.close()


def test_compare_this_years_document_with_last_years(qtbot: QtBot) -> None:
    from jaarplanner.demo import demo_copy
    from jaarplanner.storage.database import open_database

    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    this_year = next(
        d for d in window.documents if d.layout == "themed-table" and d.school_year == "2026-2027"
    )
    window.select_in_navigator("DocumentData", this_year.id)
    window.year_actions["compare"].trigger()
    dialog = window.compare_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "2025-2026" in dialog.old.currentText() and "2026-2027" in dialog.new.currentText()
    result = dialog.compared.comparison
    # Last year's rows were all evaluated; this year's start again: statuses changed.
    assert result.rows("changed") and all(r.status or r.fields for r in result.rows("changed"))
    assert "rijen gewijzigd" in dialog.view.toPlainText()
    window.close()
    db.close()
