"""The *Deze maand* tab on the example: a date, grouping, a person filter, a line that opens
its row in the table, a status set right there, the copy for e-mail and the .ics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.exporters.ics_export import calendar_of
from jaarplanner.model.values import RowStatus
from jaarplanner.services import rows as row_service
from jaarplanner.storage.database import open_database
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.this_month import ITEM_ROLE


@pytest.fixture
def window(qtbot: QtBot):
    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    db.close()


def _lines(panel) -> list:
    found = []
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        found += [group.child(i) for i in range(group.childCount())]
    return found


def _open_tab(qtbot: QtBot, window, day: dt.date):
    panel = window.this_month
    window.views.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    panel.day.setFocus()
    panel.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: panel.shown.day == day)
    return panel


def test_lines_grouped_filtered_and_opened(qtbot: QtBot, window, tmp_path: Path) -> None:
    panel = _open_tab(qtbot, window, dt.date(2026, 9, 14))
    assert panel.chosen_day() == dt.date(2026, 9, 14)
    lines = _lines(panel)
    assert len(lines) == len(panel.due.items) > 10
    titles = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert titles[0] == "Te laat" and any(t.startswith("Week 38") for t in titles)
    window.grab().save(str(Path(__file__).parents[2] / "docs" / "deze-maand.png"))
    # Grouped by theme.
    panel.grouping.setFocus()
    qtbot.keyClick(panel.grouping, Qt.Key.Key_Down)
    assert panel.grouping.currentData() == "theme"
    assert QApplication.focusWidget() is panel.grouping
    # Only the OPR's lines.
    index = panel.person.findText("Ondersteuningsplanraad")
    assert index > 0
    panel.person.setCurrentIndex(index)
    shown = [line.data(0, ITEM_ROLE) for line in _lines(panel)]
    assert shown and all("OPR" in item.who.split(", ") for item in shown)
    # Enter on a line opens its row in the table.
    line = _lines(panel)[0]
    panel.tree.setFocus()
    panel.tree.setCurrentItem(line)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    item = line.data(0, ITEM_ROLE)
    assert window.views.currentWidget() is window.table
    assert window.table.current_row().id == item.row_id
    assert QApplication.focusWidget() is window.table


def test_status_set_right_there_is_one_undoable_change(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _open_tab(qtbot, window, dt.date(2026, 9, 14))
    line = next(x for x in _lines(panel) if x.data(0, ITEM_ROLE).kind == "running")
    item = line.data(0, ITEM_ROLE)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(line)
    assert panel.status.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gestart", True))
    statuses = list(RowStatus)
    wanted = statuses[statuses.index(item.status) + 1]
    panel.status.setFocus()
    qtbot.keyClick(panel.status, Qt.Key.Key_Down)
    assert row_service.status_history(window.db, item.row_id)[-1].status == wanted

    def shown_status() -> RowStatus:
        lines = [x.data(0, ITEM_ROLE) for x in _lines(panel)]
        return next(i.status for i in lines if i.row_id == item.row_id)

    assert shown_status() == wanted
    assert QApplication.focusWidget() is panel.status
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: shown_status() == item.status)


def test_copy_for_email_and_ics_with_the_agenda_identifiers(
    qtbot: QtBot, window, tmp_path: Path
) -> None:
    panel = _open_tab(qtbot, window, dt.date(2026, 9, 14))
    panel.copy()
    data = QApplication.clipboard().mimeData()
    assert "<table" in data.html() and "Raad van toezicht" in data.html()
    text = data.text().splitlines()
    assert text[0].split("\t")[:2] == ["Datum", "Wat"]
    assert len(text) == len(panel.shown.items) + 1
    target = tmp_path / "deze-maand.ics"
    panel.write_ics(target)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    agenda = {str(e["uid"]) for d in panel.documents for e in calendar_of(d).walk("VEVENT")}
    uids = {str(e["uid"]) for e in events}
    assert uids and uids <= agenda
    rows = {i.row_id for i in panel.shown.items if i.row_id and i.kind != "late"}
    assert {u for u in uids if u.startswith("row-")} and all(
        int(u.split("-")[1]) in rows for u in uids if u.startswith("row-")
    )
    assert len([u for u in uids if u.startswith("meeting-")]) == len(panel.shown.of_kind("meeting"))


def test_person_filter_in_the_table_joins_spellings(qtbot: QtBot, window) -> None:
    from jaarplanner.model.people import split_names
    from jaarplanner.model.values import Field

    document = next(
        d for d in window.documents if d.layout == "themed-table" and "2026" in d.school_year[:4]
    )
    part = document.parts[0]
    window.select_in_navigator("PartData", part.id)
    window.search_bar.who.setFocus()
    qtbot.keyClicks(window.search_bar.who, "Ondersteuningsplanraad")
    assert QApplication.focusWidget() is window.search_bar.who
    model = window.rows_model

    def shown() -> set[int]:
        lines = (model.line(model.index(r, 0)) for r in range(model.rowCount()))
        return {line.row.id for line in lines if line.row is not None}

    # the search looks in the whole document by default, after a pause in typing
    rows = [r for p in document.parts for r in p.all_rows()]
    expected = {r.id for r in rows if "OPR" in split_names(r.value(Field.WHO))}
    assert expected
    qtbot.waitUntil(lambda: shown() == expected)


def test_the_calendar_follows_the_person_filter(qtbot: QtBot, window) -> None:
    from jaarplanner.model.people import split_names
    from jaarplanner.model.values import Field

    document = next(
        d for d in window.documents if d.layout == "themed-table" and d.school_year == "2026-2027"
    )
    part = document.parts[0]
    window.select_in_navigator("PartData", part.id)
    window.views.setCurrentWidget(window.calendar)
    canvas = window.calendar.canvas

    def drawn() -> set[int]:
        return {line.row.id for line in canvas.lines if getattr(line, "row", None) is not None}

    qtbot.waitUntil(lambda: len(drawn()) > 3)
    everything = drawn()
    window.search_bar.who.setFocus()
    qtbot.keyClicks(window.search_bar.who, "Ondersteuningsplanraad")
    expected = {r.id for r in part.all_rows() if "OPR" in split_names(r.value(Field.WHO))}
    qtbot.waitUntil(lambda: drawn() == expected & everything)
    assert expected & everything and drawn() < everything
    window.search_bar.who.clear()
    qtbot.waitUntil(lambda: drawn() == everything)
