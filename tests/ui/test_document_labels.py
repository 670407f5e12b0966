"""The navigator tells documents apart: school year first, the state as a mark, the whole
title in the tooltip, grouped by organisation when there are several; the last chosen theme
comes back at the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jaarplanner.model.document import DocumentData
from jaarplanner.services.approval import adopt
from jaarplanner.services.new_document import NewDocument, new_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.navigator import OBJECT_ROLE

TITLE = "Jaarkalender & jaarplan Samenwerkingsverband Voorbeeldregio VO"


def _make(db: Database, organisation: str, year: str) -> int:
    request = NewDocument(organisation, year, "themed-table", title=TITLE)
    return new_document(db, request).result


def test_years_states_and_organisations(qtbot: QtBot, sqlite_db: Database) -> None:
    old = _make(sqlite_db, "SWV Voorbeeldregio", "2025-2026")
    _make(sqlite_db, "SWV Voorbeeldregio", "2026-2027")
    adopt(sqlite_db, old, "Algemeen bestuur")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    model = window.tree_model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels == [f"2026-2027 · {TITLE}", f"2025-2026 · {TITLE}"]
    tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [TITLE, "SWV Voorbeeldregio · 2025-2026 · vastgesteld"]
    concept = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    adopted = model.index(1, 0).data(Qt.ItemDataRole.DecorationRole)
    assert concept.pixmap(14).toImage() != adopted.pixmap(14).toImage()

    _make(sqlite_db, "SWV Anders", "2026-2027")
    window.store.publish_remote()  # as when somebody else's change arrives
    model = window.tree_model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["SWV Voorbeeldregio", "SWV Anders"]
    first = model.index(0, 0)
    assert [model.index(r, 0, first).data()[:9] for r in range(model.rowCount(first))] == [
        "2026-2027",
        "2025-2026",
    ]
    assert not isinstance(model.index(0, 0).data(OBJECT_ROLE), DocumentData)  # a group
    assert window.current_document().school_year == "2026-2027"


def test_the_last_chosen_theme_comes_back_at_the_next_start(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from jaarplanner.services.documents import load_document
    from jaarplanner.services.themes import add_theme

    ident = _make(sqlite_db, "SWV Voorbeeldregio", "2026-2027")
    part = load_document(sqlite_db, ident).parts[1]
    chosen = add_theme(sqlite_db, part.id, "Passend aanbod").result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.select_in_navigator("ThemeData", chosen)
    window.close()
    again = MainWindow(sqlite_db)
    qtbot.addWidget(again)
    again.show()
    assert again.selected_part_and_theme()[1].title == "Passend aanbod"
    assert again.rows_model.headerData(1, Qt.Orientation.Horizontal) == "Periode (wanneer)"
