"""While she searches, the navigator says how many rows were found per theme searched (the
document, or only the part when she chooses so), and says nothing about the themes of
other documents or parts: they were not searched, and "0 hits" there would tell her the
words are not in them."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.model.document import DocumentData, ThemeData
from jaarplanner.storage.database import open_database
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.navigator import OBJECT_ROLE

COUNT = re.compile(r" — (\d+) treffers?$")


def _theme_labels(window: MainWindow, parent: QModelIndex, document: object = None):
    """(document, part index, label) of every theme item below ``parent``."""
    model = window.tree_model
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        item = index.data(OBJECT_ROLE)
        owner = item if isinstance(item, DocumentData) else document
        if isinstance(item, ThemeData):
            yield owner, index, index.data()
        yield from _theme_labels(window, index, owner)


def test_hit_counts_only_on_the_searched_part(qtbot: QtBot) -> None:
    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    model = window.tree_model
    documents = [model.index(r, 0) for r in range(model.rowCount())]
    searched = next(
        i
        for i in documents
        if isinstance(i.data(OBJECT_ROLE), DocumentData)
        and i.data(OBJECT_ROLE).school_year == "2026-2027"
        and i.data(OBJECT_ROLE).layout == "themed-table"
    )
    part = model.index(0, 0, searched)
    window.navigator.setCurrentIndex(part)

    window.actions_by_name["find"].trigger()
    assert window.focusWidget() is window.search
    QTest.keyClicks(window.search, "plaatsingswijzer")
    qtbot.waitUntil(lambda: window.hits.text() == "1 treffer")
    assert window.focusWidget() is window.search

    searched_document = searched.data(OBJECT_ROLE)
    labels = list(_theme_labels(window, QModelIndex()))
    inside = [label for owner, _i, label in labels if owner is searched_document]
    elsewhere = [label for owner, _i, label in labels if owner is not searched_document]
    assert inside and elsewhere
    counts = [COUNT.search(label) for label in inside]
    assert all(counts), inside  # every searched theme says its count, 0 too
    assert sum(int(found.group(1)) for found in counts) == 1
    assert not [label for label in elsewhere if "treffer" in label]

    # only this part: the other part's themes say nothing either
    window.search_bar.scope_box.setFocus()
    QTest.keyClick(window.search_bar.scope_box, Qt.Key.Key_Down)
    assert window.search_bar.scope() == "part"
    qtbot.waitUntil(lambda: window.hits.text() == "1 treffer")
    in_part = [label for _owner, index, label in _theme_labels(window, part, searched_document)]
    counted = [
        label for _o, _i, label in _theme_labels(window, QModelIndex()) if "treffer" in label
    ]
    assert in_part and sorted(counted) == sorted(in_part)
    window.search.setFocus()

    QTest.keyClick(window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.search, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.hits.text() == "")
    labels = [label for _d, _i, label in _theme_labels(window, QModelIndex())]
    assert not [label for label in labels if "treffer" in label]
