"""The Kalender tab: bars where the periods say, and a dragged bar changes the period text as
one undoable, saved change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear, parse_period
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.calendar_view import CalendarCanvas
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document

YEAR = SchoolYear.parse("2024-2025")


def _open_calendar(qtbot: QtBot, db: Database, part_index: int = 0) -> tuple[MainWindow, dict]:
    document = load_document(db, create_document(db, sample_document()).result)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.select_in_navigator("PartData", document.parts[part_index].id)
    window.views.setCurrentWidget(window.calendar)
    rows = {to_plain(r.value(Field.WHAT)): r.id for r in document.parts[part_index].all_rows()}
    return window, rows


def _period_of(db: Database, row_id: int) -> str:
    document = load_document(db, 1)
    row = next(r for p in document.parts for r in p.all_rows() if r.id == row_id)
    return to_plain(row.value(Field.PERIOD))


def test_each_kind_of_period_is_drawn_in_its_place(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db)
    canvas = window.calendar.canvas
    bands = [line.theme.title for line in canvas.lines if line.is_band]
    assert bands == ["Onderwijs & ondersteuning", "Kwaliteit", "Onderzoek"]

    [(kind, bar)] = canvas.shapes(rows["Evaluatie van het jaar"])
    assert kind == "bar"
    assert bar.left() == canvas.x_of(dt.date(2024, 10, 1))
    assert bar.right() == canvas.x_of(dt.date(2024, 10, 31)) + canvas.day_width

    two = canvas.shapes(rows["Plaatsingswijzer bijwerken"])
    assert [kind for kind, _rect in two] == ["bar", "bar"]
    assert two[0][1].left() == canvas.x_of(dt.date(2024, 11, 1))
    assert two[1][1].left() == canvas.x_of(dt.date(2025, 5, 1))

    [(kind, diamond)] = canvas.shapes(rows["Monitor tevredenheid"])
    assert kind == "deadline"
    assert diamond.center().x() > canvas.x_of(dt.date(2025, 7, 1))
    [(kind, nothing)] = canvas.shapes(rows["Vervolg op de monitor"])
    assert kind == "unplaced" and nothing.isNull()

    window.grab().save(str(tmp_path / "calendar.png"))
    assert (tmp_path / "calendar.png").stat().st_size > 5000


def test_whole_year_is_a_band_across_the_year(qtbot: QtBot, sqlite_db: Database) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db, part_index=1)
    canvas = window.calendar.canvas
    [(kind, band)] = canvas.shapes(rows["Scholing"])
    assert kind == "band"
    assert band.left() == canvas.x_of(YEAR.start)
    assert band.right() == canvas.x_of(YEAR.end) + canvas.day_width


def _drag(canvas: CalendarCanvas, start: QPoint, end: QPoint, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, modifier, start)
    QTest.mouseMove(canvas, (start + end) / 2)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, modifier, end)


def test_dragging_a_bar_moves_the_period_and_undo_restores_it(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db)
    canvas = window.calendar.canvas
    row_id = rows["Evaluatie van het jaar"]
    [(_kind, bar)] = canvas.shapes(row_id)
    middle = bar.center().toPoint()
    two_months = round(61 * canvas.day_width)
    _drag(canvas, middle, middle + QPoint(two_months, 0))

    moved = parse_period(_period_of(sqlite_db, row_id), YEAR)
    assert moved.spans == ((dt.date(2024, 12, 1), dt.date(2024, 12, 31)),)
    [(_kind, bar)] = window.calendar.canvas.shapes(row_id)
    assert bar.left() == canvas.x_of(dt.date(2024, 12, 1)), "the drawing follows"

    window.undo_action.trigger()
    assert _period_of(sqlite_db, row_id) == "oktober 2024"


def test_shift_drag_of_the_end_changes_the_length_by_days(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db)
    canvas = window.calendar.canvas
    row_id = rows["Evaluatie van het jaar"]
    [(_kind, bar)] = canvas.shapes(row_id)
    end = QPoint(round(bar.right()) - 1, round(bar.center().y()))
    _drag(canvas, end, end + QPoint(round(10 * canvas.day_width), 0), shift=True)

    longer = parse_period(_period_of(sqlite_db, row_id), YEAR)
    assert longer.spans == ((dt.date(2024, 10, 1), dt.date(2024, 11, 10)),)


def test_a_click_beside_the_bars_changes_nothing(qtbot: QtBot, sqlite_db: Database) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db)
    canvas = window.calendar.canvas
    row_id = rows["Evaluatie van het jaar"]
    [(_kind, bar)] = canvas.shapes(row_id)
    beside = QPoint(round(canvas.x_of(dt.date(2025, 3, 1))), round(bar.center().y()))
    _drag(canvas, beside, beside + QPoint(100, 0))
    assert _period_of(sqlite_db, row_id) == "oktober 2024"
    assert window.table.current_row().id == row_id, "the click selects the row in the table"
