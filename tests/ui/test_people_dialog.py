"""Betrokkenen…: who is busy per month on the example, and her correction of the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.model.people import split_names
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.periods import parse_period
from jaarplanner.services.people import people_of, row_people
from jaarplanner.storage.database import open_database
from jaarplanner.ui.main_window import MainWindow


def test_busy_per_month_and_her_spellings(qtbot: QtBot) -> None:
    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    document = next(
        d for d in window.documents if d.layout == "themed-table" and d.school_year == "2026-2027"
    )
    window.select_in_navigator("DocumentData", document.id)
    window.year_actions["people"].trigger()
    dialog = window.people_dialog
    qtbot.waitUntil(dialog.isVisible)
    # Directeur in December: every row of that year naming the directeur (or directeuren),
    # running then.
    december = (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    expected = 0
    for d in window.documents:
        if d.school_year != "2026-2027":
            continue
        for part in d.parts:
            deadline = part.layout.deadline_field == Field.PERIOD
            for row in part.all_rows():
                names = {n.lower() for n in split_names(row.value(Field.WHO))}
                period = parse_period(to_plain(row.value(Field.PERIOD)), d.school_year, deadline)
                runs = any(s <= december[1] and e >= december[0] for s, e in period.spans)
                if (
                    names & {"directeur", "directeuren"}
                    and runs
                    and row.status != RowStatus.DROPPED
                ):
                    expected += 1
    assert expected and dialog.count("Directeur", 12) == str(expected)
    # She says that the Raad van toezicht is also written 'RvT-leden'.
    row = dialog.people.names.index("Raad van toezicht")
    cell = dialog.table.item(row, 1)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    dialog.table.setCurrentItem(cell)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "RvT-leden")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    organisation = document.organisation.id
    assert people_of(db, organisation).resolve("rvt-leden") == "Raad van toezicht"
    some_row = next(
        r
        for p in document.parts
        for r in p.all_rows()
        if "raad van toezicht" in r.value(Field.WHO).lower()
    )
    assert "Raad van toezicht" in row_people(db, some_row.id)
    window.close()
    db.close()
