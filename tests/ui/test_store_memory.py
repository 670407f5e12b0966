"""What keeps a search over a big table quick: documents that the cycle collector may leave
alone (they hold no reference cycles, and a replaced one is freed), the rows' search texts
made while the window is idle, and a search over a one-part document that keeps the part's
own lines instead of making them again."""

from __future__ import annotations

import weakref

from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy, QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.model.document import RowData
from jaarplanner.model.filtering import searchable_text, searchable_texts
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import Database, open_database
from jaarplanner.ui.main_window import MainWindow
from tests.factories import row, sample_document


def test_a_document_read_again_frees_the_one_it_replaces(qtbot: QtBot) -> None:
    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    old = weakref.ref(window.store.documents[0])
    row_id = window.store.documents[0].parts[0].all_rows()[0].id
    window.store.reload_document(window.store.documents[0].id)
    assert old() is None  # freed by its reference count, though frozen
    assert window.store.row(row_id) is not None
    # nothing of a document stays behind for the cycle collector after a re-read either
    before = weakref.ref(window.store.documents[0].parts[0].all_rows()[0])
    window.store.load_all()
    assert before() is None
    db.close()


def test_many_rows_cleaned_at_once_read_as_each_alone() -> None:
    texts = [
        "<p>Overleg met <b>ouders</b> &amp; scholen</p>",
        "<ul><li>Eén</li><li>Twee</li></ul>",
        "tekst met \x1e scheidingsteken",
        "<p>a &lt; b en c &gt; d</p>",
        "",
        "<p>ΣΟΦΙΑΣ</p>",
    ]

    def rows(of: list[str]) -> list[RowData]:
        made = [RowData(fields={Field.WHAT: t, Field.WHO: "<p>Adviseur</p>"}) for t in of]
        for position, each in enumerate(made):
            each.number = f"1.{position}" if position % 2 else None
        return made

    alone = [searchable_text(each) for each in rows(texts)]
    assert alone[0].split() == ["overleg", "met", "ouders", "&", "scholen", "adviseur"]
    assert searchable_texts(rows(texts)) == alone  # one row holds the separator: row by row
    plain = [t for t in texts if "\x1e" not in t]
    assert searchable_texts(rows(plain)) == [searchable_text(each) for each in rows(plain)]


def _big_window(qtbot: QtBot, db: Database) -> MainWindow:
    document = sample_document()
    document.parts = document.parts[:1]
    document.parts[0].themes[0].rows.extend(
        row(f"Activiteit {n} overleg", f"{n % 28 + 1} maart 2025") for n in range(3000)
    )
    document.parts[0].themes[0].rows.append(row("Kwaliteitsgesprek zeldzaamwoord", "mei 2025"))
    create_document(db, document)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    document_index = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, document_index))
    window.grab()  # painted as she sees it before she drags (pending resizes delivered)
    return window


def test_the_search_texts_are_ready_before_she_searches(qtbot: QtBot, sqlite_db: Database) -> None:
    window = _big_window(qtbot, sqlite_db)
    rows = [line.row for line in window.rows_model.all_lines if line.row is not None]
    assert len(rows) > 3000
    qtbot.waitUntil(lambda: all(r.search_cache is not None for r in rows))
    rare = next(r for r in rows if "zeldzaamwoord" in r.value(Field.WHAT))
    assert rare.search_cache == searchable_text(
        RowData(fields=dict(rare.fields), number=rare.number)
    )
    assert "kwaliteitsgesprek zeldzaamwoord" in rare.search_cache


def test_searching_a_one_part_document_keeps_the_table(qtbot: QtBot, sqlite_db: Database) -> None:
    window = _big_window(qtbot, sqlite_db)
    model, header = window.rows_model, window.table.horizontalHeader()
    header.resizeSection(2, header.sectionSize(2) + 30)
    widths = [header.sectionSize(i) for i in range(model.columnCount())]
    resets = QSignalSpy(model.modelReset)
    window.search.setFocus()
    QTest.keyClicks(window.search, "zeldzaamwoord")
    qtbot.waitUntil(lambda: window.hits.text() != "")
    assert QApplication.focusWidget() is window.search
    shown = [line.row for line in model.lines if line.row is not None]
    assert [to_plain(r.value(Field.WHAT)) for r in shown] == ["Kwaliteitsgesprek zeldzaamwoord"]
    assert resets.count() == 0
    assert [header.sectionSize(i) for i in range(model.columnCount())] == widths
    # clearing the search shows every row again, in the same table
    QTest.keyClick(window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.search, Qt.Key.Key_Delete)
    assert window.search.text() == "", window.search.text()
    qtbot.waitUntil(lambda: sum(1 for line in model.lines if line.row is not None) > 3000)
    assert window.hits.text() == ""
    assert resets.count() == 0
