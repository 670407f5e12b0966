"""The Kalender tab: bars where the periods say, and a dragged bar changes the period text as
one undoable, saved change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear, parse_period
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.calendar_view import CalendarCanvas
from jaarplanner.ui.main_window import MainWindow
from tests.factories import row, sample_document

YEAR = SchoolYear.parse("2024-2025")


def _open_calendar(qtbot: QtBot, db: Database, part_index: int = 0) -> tuple[MainWindow, dict]:
    document = load_document(db, create_document(db, sample_document()).result)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 760)  # a laptop's window; the test screen is smaller
    window.show()
    window.select_in_navigator("PartData", document.parts[part_index].id)
    window.views.setCurrentWidget(window.calendar)
    rows = {to_plain(r.value(Field.WHAT)): r.id for r in document.parts[part_index].all_rows()}
    return window, rows


def _period_of(db: Database, row_id: int) -> str:
    document = load_document(db, 1)
    row = next(r for p in document.parts for r in p.all_rows() if r.id == row_id)
    return to_plain(row.value(Field.PERIOD))


def _colour(image: QImage, point: QPointF) -> str:
    return image.pixelColor(point.toPoint()).name().upper()


def test_each_kind_of_period_is_drawn_in_its_place(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db)
    window.edit_field(rows["Vervolg op de monitor"], Field.PERIOD, "in overleg")
    canvas = window.calendar.canvas
    bands = [line.label for line in canvas.lines if line.is_band]
    assert bands == [
        "Vergaderingen",
        "1. Onderwijs & ondersteuning",
        "2. Kwaliteit",
        "2.1 Onderzoek",
        "Niet in de kalender geplaatst",
    ]
    image = canvas.grab().toImage()
    image.save(str(tmp_path / "calendar.png"))

    [(kind, bar)] = canvas.shapes(rows["Evaluatie van het jaar"])
    assert kind == "bar"
    assert bar.left() == canvas.x_of(dt.date(2024, 10, 1))
    assert bar.right() == canvas.x_of(dt.date(2024, 10, 31)) + canvas.day_width
    assert _colour(image, bar.center()) == "#2F5597"

    two = canvas.shapes(rows["Plaatsingswijzer bijwerken"])
    assert [kind for kind, _rect in two] == ["bar", "bar"]
    assert two[0][1].left() == canvas.x_of(dt.date(2024, 11, 1))
    assert two[1][1].left() == canvas.x_of(dt.date(2025, 5, 1))
    between = QPointF(canvas.x_of(dt.date(2025, 4, 2)), two[0][1].center().y())
    assert [_colour(image, r.center()) for _k, r in two] == ["#2F5597", "#2F5597"]
    assert _colour(image, between) != "#2F5597", "a gap between the two spans"

    [(kind, diamond)] = canvas.shapes(rows["Monitor tevredenheid"])
    assert kind == "deadline"
    assert diamond.center().x() > canvas.x_of(dt.date(2025, 7, 1))
    assert _colour(image, diamond.center()) == "#2F5597"
    assert _colour(image, diamond.topLeft() + QPointF(1, 1)) != "#2F5597", "a diamond"

    [(kind, listed)] = canvas.shapes(rows["Vervolg op de monitor"])
    assert kind == "unplaced"
    assert listed.top() > canvas.row_top(canvas.line_of(rows["Audit"])), "listed apart"
    inked = [
        image.pixelColor(int(listed.left()) + dx, int(listed.center().y()) + dy).lightness()
        for dx in range(0, 200)
        for dy in range(-4, 5)
    ]
    assert min(inked) < 160, "its text is written there"

    alv = next(line for line in canvas.lines if line.kind == "meetings")
    assert alv.label == "Algemene ledenvergadering"
    top = canvas.row_top(canvas.lines.index(alv))
    for day in (dt.date(2024, 10, 8), dt.date(2025, 3, 19)):
        mark = QPointF(canvas.x_of(day) + canvas.day_width / 2, top + 11)
        assert _colour(image, mark) == "#2F5597"


def test_whole_year_is_a_band_across_the_year(qtbot: QtBot, sqlite_db: Database) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db, part_index=1)
    canvas = window.calendar.canvas
    [(kind, band)] = canvas.shapes(rows["Scholing"])
    assert kind == "band"
    assert band.left() == canvas.x_of(YEAR.start)
    assert band.right() == canvas.x_of(YEAR.end) + canvas.day_width
    image = canvas.grab().toImage()
    for day in (YEAR.start, dt.date(2025, 1, 15), YEAR.end):
        point = QPointF(canvas.x_of(day) + canvas.day_width / 2, band.center().y())
        assert _colour(image, point) == "#B4C6E7", day
    assert _colour(image, QPointF(band.center().x(), band.top() - 3)) != "#B4C6E7", "a thin band"


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


def test_the_table_and_the_calendar_choose_the_same_row(qtbot: QtBot, sqlite_db: Database) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db)
    window.table.select_row(rows["Audit"])
    assert window.calendar.canvas.chosen == rows["Audit"]
    canvas = window.calendar.canvas
    line = canvas.row_top(canvas.line_of(rows["Monitor tevredenheid"]))
    QTest.mouseClick(
        canvas,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(300, int(line) + 5),
    )
    assert window.table.current_row().id == rows["Monitor tevredenheid"]
    assert canvas.chosen == rows["Monitor tevredenheid"]


def test_the_calendar_is_saved_as_a_picture(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, rows = _open_calendar(qtbot, sqlite_db)
    canvas = window.calendar.canvas
    chosen = {"name": str(tmp_path / "kalender")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (chosen["name"], ""))
    button = next(b for b in window.calendar.findChildren(QPushButton) if "afbeelding" in b.text())
    button.click()
    picture = QImage(str(tmp_path / "kalender.png"))
    assert picture.width() == canvas.width() and picture.height() == canvas.height()
    [(_kind, bar)] = canvas.shapes(rows["Evaluatie van het jaar"])
    assert _colour(picture, bar.center()) == "#2F5597"

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    chosen["name"] = str(tmp_path / "bestaat-niet" / "kalender.png")
    button.click()
    assert len(warnings) == 1 and "kon niet" in warnings[0]
    assert not (tmp_path / "bestaat-niet").exists()


def test_zoom_and_scrolling_keep_the_labels_and_paint_only_what_shows(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    document = sample_document()
    document.parts[0].themes[0].rows.extend(
        row(f"Activiteit {n}", f"{n % 28 + 1} maart 2025") for n in range(400)
    )
    document_id = create_document(sqlite_db, document).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.select_in_navigator("PartData", load_document(sqlite_db, document_id).parts[0].id)
    window.views.setCurrentWidget(window.calendar)
    panel, canvas = window.calendar, window.calendar.canvas
    whole = canvas.width()
    assert whole <= panel.scroll_area.viewport().width(), "the whole year fits the view"

    panel.zoom.setCurrentIndex(2)  # Maand
    assert canvas.width() > 10 * whole
    bar = panel.scroll_area.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert canvas.label_left == bar.value(), "the label column stays in view"

    panel.scroll_area.verticalScrollBar().setValue(4000)
    panel.scroll_area.viewport().grab()
    first, last = canvas.painted_rows
    assert first > 100 and last - first < 60, "only the lines in view are painted"
