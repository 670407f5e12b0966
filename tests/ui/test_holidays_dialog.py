"""Jaar → Schoolvakanties…: the office moves its autumn holiday, the calendar shows it, undo
restores the default; a wrong date keeps the dialog open with a Dutch reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.holidays_dialog import HolidaysDialog
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document
from tests.importers.test_ics import GOOD


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    document = load_document(db, create_document(db, sample_document()).result)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.select_in_navigator("PartData", document.parts[0].id)
    window.views.setCurrentWidget(window.calendar)
    return window


def _autumn(window: MainWindow) -> tuple[dt.date, dt.date]:
    return next(
        (h.start, h.end)
        for h in window.calendar.canvas.holidays
        if h.kind == "school" and h.start.month == 10
    )


def _row_of(dialog: HolidaysDialog, month: int) -> int:
    return next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 1).text()[3:5] == f"{month:02}"
    )


def test_moving_the_autumn_holiday_shows_in_the_calendar_and_undoes(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, sqlite_db)
    default = _autumn(window)

    def edit(dialog: HolidaysDialog) -> int:
        row = _row_of(dialog, 10)
        dialog.table.item(row, 1).setText("07-10-2024")
        dialog.table.item(row, 2).setText("11-10-2024")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(HolidaysDialog, "exec", edit)
    assert window.year_actions["holidays"].text().replace("&", "") == "Schoolvakanties…"
    window.year_actions["holidays"].trigger()
    assert _autumn(window) == (dt.date(2024, 10, 7), dt.date(2024, 10, 11))

    window.undo_action.trigger()
    assert _autumn(window) == default
    window.redo_action.trigger()
    window.close()

    again = MainWindow(sqlite_db)
    qtbot.addWidget(again)
    again.show()
    again.select_in_navigator("PartData", 1)
    again.views.setCurrentWidget(again.calendar)
    assert _autumn(again) == (dt.date(2024, 10, 7), dt.date(2024, 10, 11)), "kept"


def test_a_wrong_date_keeps_the_dialog_open(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, sqlite_db)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    outcome: dict[str, int] = {}

    def edit(dialog: HolidaysDialog) -> int:
        dialog.table.item(_row_of(dialog, 10), 1).setText("31-02-2024")
        dialog.accept()
        outcome["open"] = dialog.result() != QDialog.DialogCode.Accepted
        dialog.reject()
        return dialog.result()

    default = _autumn(window)
    monkeypatch.setattr(HolidaysDialog, "exec", edit)
    window.year_actions["holidays"].trigger()
    assert outcome["open"]
    assert warnings and "31-02-2024" in warnings[0] and "geen datum" in warnings[0]
    assert _autumn(window) == default


def test_holidays_from_an_ics_file_fill_the_list(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, sqlite_db)
    path = tmp_path / "school.ics"
    path.write_text(GOOD.replace("2025", "2024").replace("2026", "2025"), encoding="utf-8")

    def load(dialog: HolidaysDialog) -> int:
        assert dialog.import_file(path)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(HolidaysDialog, "exec", load)
    window.year_actions["holidays"].trigger()
    school = [h for h in window.calendar.canvas.holidays if h.kind == "school"]
    assert [h.start for h in school] == [
        dt.date(2024, 10, 20),
        dt.date(2024, 12, 22),
        dt.date(2025, 2, 11),
    ]
