"""Exporting a PDF from the program: Ctrl+P, a file name, progress, and opening it after."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.export_flow import suggested_name
from jaarplanner.ui.main_window import MainWindow
from tests.exporters.pdftools import page_texts
from tests.factories import sample_document


def test_ctrl_p_exports_the_document_and_opens_it(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    target = tmp_path / "plan.pdf"
    asked: list[str] = []

    def save_name(parent, title, start, filters):
        asked.append(Path(start).name)
        return str(target), filters

    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    window.open_after_action.setChecked(True)
    assert window.export_action.shortcut().toString() == "Ctrl+P"
    window.export_action.trigger()
    assert asked == [suggested_name(window.current_document())]
    assert "Plaatsingswijzer bijwerken" in " ".join(page_texts(target))
    assert opened == [QUrl.fromLocalFile(str(target))]
    assert not list(tmp_path.glob(".*.deel"))


def test_a_file_that_cannot_be_written_gets_a_message(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "bestaat-niet" / "plan.pdf"), "")
    )
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: messages.append(text))
    assert window.export_pdf() is None
    assert messages and "kan niet worden geschreven" in messages[0]


def test_calendar_overview_from_the_menu(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    target = tmp_path / "kalender.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window.calendar_action.trigger()
    text = " ".join(page_texts(target))
    assert "Kalender 2024-2025" in text and "Plaatsingswijzer bijwerken" in text


def test_word_excel_and_csv_from_the_file_menu(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    chosen = {"name": str(tmp_path / "plan")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (chosen["name"], ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    menu = {a.text().replace("&", ""): a for a in window.menuBar().actions()[0].menu().actions()}
    menu["Exporteren als Excel…"].trigger()
    sheet = load_workbook(tmp_path / "plan.xlsx")["Jaarkalender"]
    assert any("Plaatsingswijzer bijwerken" in (c.value or "") for c in sheet["D"])
    menu["Exporteren als CSV…"].trigger()
    assert "Plaatsingswijzer bijwerken" in (tmp_path / "plan.csv").read_text(encoding="utf-8-sig")
    menu["Exporteren als Word…"].trigger()
    word = docx.Document(str(tmp_path / "plan.docx"))
    assert any("Plaatsingswijzer bijwerken" in c.text for c in word.tables[0].columns[2].cells)

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: messages.append(text))
    chosen["name"] = str(tmp_path / "bestaat-niet" / "plan.xlsx")
    menu["Exporteren als Excel…"].trigger()
    assert messages and "kan niet worden geschreven" in messages[0]
    assert not (tmp_path / "bestaat-niet").exists()


def test_calendar_file_with_a_choice_of_contents(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from icalendar import Calendar

    from jaarplanner.ui.ics_flow import IcsChoiceDialog

    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    target = tmp_path / "agenda"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))

    def only_meetings(dialog: IcsChoiceDialog) -> int:
        dialog.boxes["rows"].setChecked(False)
        dialog.boxes["deadlines"].setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IcsChoiceDialog, "exec", only_meetings)
    menu = {a.text().replace("&", ""): a for a in window.menuBar().actions()[0].menu().actions()}
    menu["Exporteren als agenda (.ics)…"].trigger()
    calendar = Calendar.from_ical((tmp_path / "agenda.ics").read_bytes())
    assert {str(e["summary"]) for e in calendar.walk("VEVENT")} == {"Algemene ledenvergadering"}

    monkeypatch.setattr(IcsChoiceDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    remembered = IcsChoiceDialog(window)
    assert not remembered.boxes["rows"].isChecked() and remembered.boxes["meetings"].isChecked()


def test_without_opening_the_status_bar_says_where_it_went(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QPushButton

    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    window.open_after_action.setChecked(False)
    window.export_action.trigger()
    assert target.exists() and opened == []
    assert str(target) in window.statusBar().currentMessage()
    [button] = [b for b in window.statusBar().findChildren(QPushButton) if b.text() == "Openen"]
    button.click()
    assert opened == [QUrl.fromLocalFile(str(target))]
