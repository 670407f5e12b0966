"""A change never reloads the window under the user: typing in the details panel stays in
its field, a cell edit on a big table keeps widths, scroll and the navigator's expanded
themes, and formatting, Del, Ctrl+Z, right-click and search do what they say."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QAbstractItemModelTester, QSignalSpy, QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.model.filtering import searchable_text
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database, open_database
from jaarplanner.ui.delegates import RichEditor
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.navigator import OBJECT_ROLE
from tests.factories import row, sample_document

PERIOD, WHAT = 1, 2


def _window(qtbot: QtBot, db: Database, part: int = 0) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    document = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(part, 0, document))
    return window


def _first_row(db: Database, document_id: int):
    return load_document(db, document_id).parts[0].themes[0].rows[0]


def _type_into(qtbot: QtBot, widget, text: str) -> None:
    for char in text:
        QTest.keyClicks(widget, char)
        assert QApplication.focusWidget() is widget


def test_typing_in_a_details_field_stays_in_that_field(qtbot: QtBot, sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    before = _first_row(sqlite_db, document_id)
    window = _window(qtbot, sqlite_db)
    window.table.setCurrentIndex(window.rows_model.index(1, WHAT))
    editor = window.details.field_editors["result"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    _type_into(qtbot, editor, "Eerste deel")
    # the pause in typing saves (after 1.5 s); wait until it has, then type on
    qtbot.waitUntil(
        lambda: to_plain(_first_row(sqlite_db, document_id).value(Field.RESULT)) == "Eerste deel",
        timeout=10_000,
    )
    assert QApplication.focusWidget() is editor
    _type_into(qtbot, editor, ", en verder")
    editor.flush()
    after = _first_row(sqlite_db, document_id)
    assert to_plain(after.value(Field.RESULT)) == "Eerste deel, en verder"
    for field in Field:
        if field != Field.RESULT:
            assert after.value(field) == before.value(field), field
    assert QApplication.focusWidget() is editor


def test_one_typing_session_in_a_details_field_is_one_undo_step(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    before = _first_row(sqlite_db, document_id).value(Field.RESULT)
    window = _window(qtbot, sqlite_db)
    window.table.setCurrentIndex(window.rows_model.index(1, WHAT))
    steps = window.history.stack.count()
    editor = window.details.field_editors["result"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    _type_into(qtbot, editor, "Eerste deel")
    # two autosaves (each after a pause in typing) in one typing session
    qtbot.waitUntil(
        lambda: to_plain(_first_row(sqlite_db, document_id).value(Field.RESULT)) == "Eerste deel",
        timeout=10_000,
    )
    _type_into(qtbot, editor, ", en verder")
    qtbot.waitUntil(
        lambda: (
            to_plain(_first_row(sqlite_db, document_id).value(Field.RESULT))
            == "Eerste deel, en verder"
        ),
        timeout=10_000,
    )
    assert QApplication.focusWidget() is editor
    assert window.history.stack.count() == steps + 1
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    QTest.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _first_row(sqlite_db, document_id).value(Field.RESULT) == before
    assert editor.toPlainText() == to_plain(before)
    assert QApplication.focusWidget() is window.table
    # typing the text back to what it was in one session leaves no step at all
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    _type_into(qtbot, editor, "x")
    qtbot.waitUntil(
        lambda: to_plain(_first_row(sqlite_db, document_id).value(Field.RESULT)).endswith("x"),
        timeout=10_000,
    )
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(
        lambda: _first_row(sqlite_db, document_id).value(Field.RESULT) == before,
        timeout=10_000,
    )
    # two saves, no net change: no undo step (the undone step's redo went, as with any change)
    assert window.history.stack.count() == steps
    assert not window.undo_action.isEnabled()


def test_a_cell_edit_on_5000_rows_keeps_the_place(qtbot: QtBot, sqlite_db: Database) -> None:
    document = sample_document()
    document.parts[0].themes[0].rows.extend(
        row(f"Activiteit {n}", f"{n % 28 + 1} maart 2025") for n in range(5000)
    )
    create_document(sqlite_db, document)
    window = _window(qtbot, sqlite_db)
    table, model, header = window.table, window.rows_model, window.table.horizontalHeader()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    # her own place: a column dragged wider, scrolled down, a theme collapsed
    header.resizeSection(WHAT, header.sectionSize(WHAT) + 40)
    table.setFocus()
    table.setCurrentIndex(model.index(2500, WHAT))
    table.scrollTo(model.index(2500, WHAT))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    document_index = window.tree_model.index(0, 0)
    second_part = window.tree_model.index(1, 0, document_index)
    window.navigator.setExpanded(second_part, False)
    expanded = _expanded(window)
    widths = [header.sectionSize(i) for i in range(model.columnCount())]
    selection_model = table.selectionModel()
    resets = QSignalSpy(model.modelReset)
    changed = QSignalSpy(model.dataChanged)

    QTest.keyClick(table, Qt.Key.Key_F2)
    QTest.keyClicks(QApplication.focusWidget(), " gewijzigd")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    row_id = model.line(model.index(2500, 0)).row.id
    assert to_plain(window.store.row(row_id).value(Field.WHAT)).endswith("gewijzigd")
    assert resets.count() == 0
    assert changed.count() >= 1
    assert [header.sectionSize(i) for i in range(model.columnCount())] == widths
    assert table.verticalScrollBar().value() == scroll
    assert _expanded(window) == expanded
    assert table.selectionModel() is selection_model
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2500, WHAT + 1)
    assert QApplication.focusWidget() is table


def test_adding_a_theme_reads_only_its_document_and_keeps_the_place(
    qtbot: QtBot, sqlite_db: Database, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    document = sample_document()
    document.parts[0].themes[0].rows.extend(
        row(f"Activiteit {n}", f"{n % 28 + 1} maart 2025") for n in range(300)
    )
    create_document(sqlite_db, document)
    window = _window(qtbot, sqlite_db)
    table, model, header = window.table, window.rows_model, window.table.horizontalHeader()
    header.resizeSection(WHAT, header.sectionSize(WHAT) + 40)
    table.setCurrentIndex(model.index(200, WHAT))
    table.scrollTo(model.index(200, WHAT))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    widths = [header.sectionSize(i) for i in range(model.columnCount())]
    expanded = _expanded(window)
    full_reads = []
    monkeypatch.setattr(window.store, "load_all", lambda: full_reads.append(1))
    resets = QSignalSpy(model.modelReset)
    tree_resets = QSignalSpy(window.tree_model.modelReset)
    seen = {}  # the table as the store's patch left it, before the new theme is selected

    def after_patch(document_id: int) -> None:
        seen["document"] = document_id
        seen["scroll"] = table.verticalScrollBar().value()
        seen["widths"] = [header.sectionSize(i) for i in range(model.columnCount())]
        seen["resets"] = resets.count()

    window.store.hub.structureChanged.connect(after_patch)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nieuw thema", True))
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus)
    QTest.keyClick(window.navigator, Qt.Key.Key_Insert)

    titles = [t.title for t in load_document(sqlite_db, 1).parts[0].themes]
    assert "Nieuw thema" in titles
    assert seen["document"] == 1  # that document only, not everything
    assert seen["scroll"] == scroll and seen["widths"] == widths and seen["resets"] == 0
    assert full_reads == [] and tree_resets.count() == 0
    # then the new theme is selected, ready for its rows (the table shows that theme)
    assert [header.sectionSize(i) for i in range(model.columnCount())] == widths
    new_theme = window.navigator.currentIndex().data(OBJECT_ROLE)
    assert new_theme.title == "Nieuw thema"  # the navigator patched in place and on it
    assert {k: v for k, v in _expanded(window).items() if k in expanded} == expanded
    assert QApplication.focusWidget() is window.navigator
    # undoing the addition takes the same path
    QTest.keyClick(window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nieuw thema" not in [t.title for t in load_document(sqlite_db, 1).parts[0].themes]
    assert full_reads == [] and tree_resets.count() == 0
    assert window.navigator.currentIndex().isValid()
    assert "Nieuw thema" not in [t.title for t in window.store.documents[0].parts[0].themes]


def _expanded(window: MainWindow) -> dict:
    found = {}
    model = window.tree_model

    def walk(parent) -> None:
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            payload = index.data(OBJECT_ROLE)
            found[(type(payload).__name__, payload.id)] = window.navigator.isExpanded(index)
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_bold_in_a_cell_and_in_a_details_field(qtbot: QtBot, sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = _window(qtbot, sqlite_db)
    table = window.table
    table.setFocus()
    table.setCurrentIndex(window.rows_model.index(1, WHAT))
    QTest.keyClick(table, Qt.Key.Key_F2)  # "Evaluatie van het jaar", the cursor at the end
    editor = QApplication.focusWidget()
    assert isinstance(editor, RichEditor)
    QTest.keyClick(
        editor,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is table
    assert _first_row(sqlite_db, document_id).value(Field.WHAT) == "Evaluatie van het <b>jaar</b>"

    field = window.details.field_editors["who"]
    table.setCurrentIndex(window.rows_model.index(1, WHAT))
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.moveCursor(field.textCursor().MoveOperation.End)  # "Directie"
    QTest.keyClick(
        field,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    QTest.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    field.flush()
    assert _first_row(sqlite_db, document_id).value(Field.WHO) == "<b>Directie</b>"


def test_right_click_del_and_undo(qtbot: QtBot, sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = _window(qtbot, sqlite_db)
    table = window.table
    table.setFocus()
    index = window.rows_model.index(1, WHAT)
    table.setCurrentIndex(index)
    point = table.visualRect(index).center()
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, table.viewport().mapToGlobal(point)
        ),
    )
    menu = window.last_menu
    assert menu.isVisible()
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert "Rijen verwijderen" in texts and "Rij toevoegen" in texts
    menu.close()

    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert _first_row(sqlite_db, document_id).value(Field.WHAT) == ""
    assert len(load_document(sqlite_db, document_id).parts[0].themes[0].rows) == 3, "no row gone"
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert to_plain(_first_row(sqlite_db, document_id).value(Field.WHAT)) == (
        "Evaluatie van het jaar"
    )
    assert QApplication.focusWidget() is table


def test_searching_with_the_document_selected_shows_every_match(qtbot: QtBot) -> None:
    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    document = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(document)
    QTest.keyClicks(window.search, "ouders")
    qtbot.waitUntil(lambda: window.hits.text() != "")
    data = document.data(OBJECT_ROLE)
    expected = [
        r.id
        for part in load_document(db, data.id).parts
        for r in part.all_rows()
        if "ouders" in searchable_text(r)
    ]
    shown = [line.row.id for line in window.rows_model.lines if line.row is not None]
    assert expected and sorted(shown) == sorted(expected)
    assert window.hits.text().startswith(str(len(expected)))
    db.close()


def test_a_hidden_column_stays_hidden_for_that_part(qtbot: QtBot, sqlite_db: Database) -> None:
    from jaarplanner.ui import column_chooser

    create_document(sqlite_db, sample_document())
    window = _window(qtbot, sqlite_db)
    header = window.table.horizontalHeader()
    staff = 5  # Middelen (personeel)
    point = QPoint(header.sectionViewportPosition(staff) + 5, 5)
    header.customContextMenuRequested.emit(point)
    menu = window.last_menu
    action = next(a for a in menu.actions() if a.text() == "Middelen (personeel)")
    action.trigger()
    menu.close()
    assert window.table.isColumnHidden(staff)
    document = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(1, 0, document))  # jaarplan
    assert not window.table.isColumnHidden(staff)
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, document))
    assert window.table.isColumnHidden(staff)
    assert column_chooser.hidden_fields(window) == {"staff"}


def test_the_others_change_keeps_her_place_and_her_typing(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from jaarplanner.services import rows

    document_id = create_document(sqlite_db, sample_document()).result
    window = _window(qtbot, sqlite_db)
    table, model = window.table, window.rows_model
    resets = QSignalSpy(model.modelReset)
    table.setCurrentIndex(model.index(1, WHAT))
    editor = window.details.field_editors["result"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    _type_into(qtbot, editor, "Half getypt")
    cursor = editor.textCursor().position()
    row_id = _first_row(sqlite_db, document_id).id
    other = open_database(sqlite_db.url)
    rows.edit_field(other, row_id, Field.WHO, "Bestuur")  # somebody else, same row
    other.close()
    qtbot.waitUntil(lambda: to_plain(window.store.row(row_id).value(Field.WHO)) == "Bestuur")
    assert resets.count() == 0
    assert window.details.field_editors["who"].toPlainText() == "Bestuur"
    assert QApplication.focusWidget() is editor
    assert editor.toPlainText().endswith("Half getypt")
    assert editor.textCursor().position() == cursor
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, WHAT)


def test_an_adopted_document_is_visibly_read_only(qtbot: QtBot, sqlite_db: Database) -> None:
    import datetime as dt

    from jaarplanner.services.approval import adopt

    document_id = create_document(sqlite_db, sample_document()).result
    adopt(sqlite_db, document_id, "Algemene ledenvergadering", dt.date(2024, 6, 20))
    window = _window(qtbot, sqlite_db)
    assert window.adopted_banner.isVisible()
    assert "20 juni 2024" in window.adopted_banner.text.text()
    assert window.adopted_banner.reopen.text() == "Heropenen…"
    table = window.table
    table.setFocus()
    table.setCurrentIndex(window.rows_model.index(1, WHAT))
    QTest.keyClick(table, Qt.Key.Key_F2)
    QTest.keyClicks(table, "x")
    assert QApplication.focusWidget() is table, "no cell editor opens"
    assert window.details.field_editors["what"].isReadOnly()
    assert window.details.status.isEnabled()  # the status of a row can still be recorded
    assert "alleen lezen" in window.statusBar().currentMessage()


def test_an_imported_bullet_shows_once_in_an_editor(qtbot: QtBot, sqlite_db: Database) -> None:
    document = sample_document()
    first = document.parts[0].themes[0].rows[0]
    first.fields[Field.RESULT] = "<ul><li>• snelle reactie</li><li>• advies op maat</li></ul>"
    document_id = create_document(sqlite_db, document).result
    window = _window(qtbot, sqlite_db)
    window.table.setCurrentIndex(window.rows_model.index(1, WHAT))
    editor = window.details.field_editors["result"]
    block = editor.document().firstBlock()
    assert block.textList() is not None and block.text() == "snelle reactie"  # one bullet
    editor.flush()  # showing it changed nothing that is stored
    stored = _first_row(sqlite_db, document_id).value(Field.RESULT)
    assert stored.count("•") == 2


def test_the_hub_says_what_kind_of_change_came(qtbot: QtBot, sqlite_db: Database) -> None:
    create_document(sqlite_db, sample_document())
    window = _window(qtbot, sqlite_db)
    hub, model = window.store.hub, window.rows_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    resets = QSignalSpy(model.modelReset)
    window.table.setCurrentIndex(model.index(1, WHAT))
    with qtbot.waitSignal(hub.rowsInserted) as inserted:
        window.actions_by_name["add_row"].trigger()
    new_id = next(iter(inserted.args[1]))
    assert model.row_position(new_id) == 2  # below the current row, inserted in place
    with qtbot.waitSignal(hub.rowsRemoved) as removed:
        window.actions_by_name["delete_row"].trigger()
    assert removed.args[0] == frozenset({new_id})
    with qtbot.waitSignal(hub.rowsInserted):
        window.undo_action.trigger()  # undo takes the same path
    assert model.row_position(new_id) == 2
    assert window.redo_action.text().replace("&", "") == "Opnieuw: rij verwijderen"
    assert resets.count() == 0


def test_the_action_cards_header_names_each_column_once(qtbot: QtBot, sqlite_db: Database) -> None:
    from jaarplanner.services.new_document import NewDocument, new_document

    new_document(sqlite_db, NewDocument("SWV Kaarten", "2026-2027", "action-cards"))
    window = _window(qtbot, sqlite_db)
    model = window.rows_model
    assert model.layout is not None and model.layout.name == "acties"
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["nr", "Acties", "Wat"]  # not "Acties | Acties"
    assert len(set(headers)) == len(headers)


def test_the_edit_menu_says_ctrl_enter_and_both_enter_keys_add_a_row(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from PySide6.QtGui import QKeySequence

    document_id = create_document(sqlite_db, sample_document()).result
    window = _window(qtbot, sqlite_db)
    add_row = window.actions_by_name["add_row"]
    shown = add_row.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert shown == "Ctrl+Enter"
    window.table.setFocus()
    window.table.setCurrentIndex(window.rows_model.index(1, WHAT))
    qtbot.waitUntil(window.table.hasFocus)
    count = len(load_document(sqlite_db, document_id).parts[0].themes[0].rows)
    QTest.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(load_document(sqlite_db, document_id).parts[0].themes[0].rows) == count + 1
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    QTest.keyClick(window.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert len(load_document(sqlite_db, document_id).parts[0].themes[0].rows) == count + 2
