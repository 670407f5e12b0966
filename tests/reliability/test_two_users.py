"""Two people on one database (one SQLite file, or a real PostgreSQL server): a change to a
row somebody else changed in the meantime is refused every time and both texts are shown;
nothing is overwritten silently; each sees the other's changes without a restart; a file
another program holds locked gets a Dutch message instead of a freeze."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jaarplanner.errors import ConflictError, DatabaseError
from jaarplanner.model.richtext import from_plain, to_plain
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.services import rows
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.storage.database import Database, open_database
from jaarplanner.storage.watch import ChangeWatcher
from jaarplanner.ui.conflict_dialog import ConflictDialog
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document

pytestmark = pytest.mark.window


@pytest.fixture
def two(db: Database) -> Iterator[tuple[Database, Database]]:
    """Anne and Bert: two connections to the same database."""
    create_document(db, sample_document())
    other = open_database(db.url)
    yield db, other
    other.close()


@dataclass
class Dialogs:
    """The conflict dialogs shown (their two texts) and the answer given to the next one."""

    shown: list[dict[str, str]] = field(default_factory=list)
    answer: QDialog.DialogCode = QDialog.DialogCode.Rejected


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def answer(dialog: ConflictDialog) -> QDialog.DialogCode:
        record.shown.append({key: view.toPlainText() for key, view in dialog.texts.items()})
        assert dialog.keep_theirs.isDefault() and not dialog.keep_mine.isDefault()  # Enter
        return record.answer

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    return record


def _first_row(db: Database):
    return load_document(db, list_documents(db)[0].id).parts[0].all_rows()[0]


def _what(db: Database) -> str:
    return to_plain(_first_row(db).value(Field.WHAT))


def test_a_conflict_is_detected_every_time(two: tuple[Database, Database]) -> None:
    anne, bert = two
    for turn in range(6):
        first, second = (anne, bert) if turn % 2 == 0 else (bert, anne)
        seen = _first_row(second)  # what the second one has on screen
        rows.edit_field(
            first, seen.id, Field.WHAT, f"eerste {turn}", expected_version=_first_row(first).version
        )
        with pytest.raises(ConflictError) as refused:
            rows.edit_field(
                second, seen.id, Field.WHAT, f"tweede {turn}", expected_version=seen.version
            )
        assert "Iemand anders" in str(refused.value)
        assert to_plain(refused.value.mine) == f"tweede {turn}"
        assert to_plain(refused.value.theirs) == f"eerste {turn}"
        assert _what(first) == _what(second) == f"eerste {turn}"  # nothing overwritten
    # choosing one's own text saves it over the other's, knowingly
    refused.value.retry(anne)
    assert _what(bert) == "tweede 5"


def test_status_priority_and_delete_conflicts_too(two: tuple[Database, Database]) -> None:
    anne, bert = two
    seen = _first_row(bert)
    rows.edit_field(anne, seen.id, Field.WHO, "Anne", expected_version=seen.version)
    with pytest.raises(ConflictError) as status:
        rows.set_status(bert, seen.id, RowStatus.REALISED, expected_version=seen.version)
    assert (status.value.mine, status.value.theirs) == ("gerealiseerd", "gepland")
    with pytest.raises(ConflictError) as priority:
        rows.set_attributes(bert, seen.id, expected_version=seen.version, priority=True)
    assert (priority.value.mine, priority.value.theirs) == ("Prioriteit: ja", "Prioriteit: nee")
    with pytest.raises(ConflictError) as deleting:
        rows.delete_row(bert, seen.id, expected_version=seen.version)
    assert "Evaluatie" in deleting.value.theirs
    assert _first_row(anne).status == RowStatus.PLANNED and _first_row(anne).id == seen.id
    deleting.value.retry(bert)  # deleting after all, knowingly
    assert _first_row(anne).id != seen.id


def _news(qtbot: QtBot, watcher: ChangeWatcher, timeout: int = 10_000) -> bool:
    """Whether the watcher reports news before ``timeout`` ms: returns as soon as it does.
    Only a check that nothing comes waits the whole time; it passes on any machine."""
    try:
        qtbot.waitUntil(watcher.changed, timeout=timeout)
    except qtbot.TimeoutError:
        return False
    return True


def test_each_sees_the_others_changes_not_their_own(
    qtbot: QtBot, two: tuple[Database, Database]
) -> None:
    anne, bert = two
    watcher = ChangeWatcher(anne)
    try:
        assert not watcher.changed()
        row = _first_row(anne)
        rows.edit_field(anne, row.id, Field.WHO, "Anne")
        watcher.absorb()
        assert not _news(qtbot, watcher, 500)  # her own change is no news
        rows.edit_field(bert, row.id, Field.WHO, "Bert")
        assert _news(qtbot, watcher)
        assert not watcher.changed()
    finally:
        watcher.close()


def test_the_window_shows_both_texts_and_keeps_theirs_unless_asked(
    qtbot: QtBot, two: tuple[Database, Database], dialogs: Dialogs
) -> None:
    anne, bert = two
    window = MainWindow(anne)
    qtbot.addWidget(window)
    row = _first_row(anne)
    rows.edit_field(bert, row.id, Field.WHAT, from_plain("Tekst van Bert"))
    shown = dialogs.shown
    assert not window.edit_field(row.id, Field.WHAT, from_plain("Tekst van Anne"))
    assert shown[-1] == {"mine": "Tekst van Anne", "theirs": "Tekst van Bert"}
    assert _what(anne) == "Tekst van Bert"  # theirs kept
    dialogs.answer = QDialog.DialogCode.Accepted
    assert window.edit_field(row.id, Field.WHAT, from_plain("Tekst van Anne"), row.version)
    assert len(shown) == 2
    assert _what(bert) == "Tekst van Anne"  # mine, chosen knowingly


def test_the_others_change_appears_in_the_window(
    qtbot: QtBot, two: tuple[Database, Database]
) -> None:
    anne, bert = two
    window = MainWindow(anne)
    qtbot.addWidget(window)
    window.show()
    document = window.documents[0]
    window.select_in_navigator("PartData", document.parts[0].id)
    row = document.parts[0].all_rows()[0]
    rows.edit_field(bert, row.id, Field.WHAT, from_plain("Door Bert veranderd"))

    def shows_it() -> None:
        texts = [
            to_plain(line.row.value(Field.WHAT)) for line in window.rows_model.lines if line.row
        ]
        assert "Door Bert veranderd" in texts

    qtbot.waitUntil(shows_it, timeout=5000)  # the window's own timer looks every second
    assert "ander" in window.statusBar().currentMessage()


def test_a_locked_file_gets_a_message_not_a_freeze(sqlite_db: Database) -> None:
    create_document(sqlite_db, sample_document())
    row = _first_row(sqlite_db)
    before = _what(sqlite_db)
    holder = sqlite3.connect(sqlite_db.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError) as refused:
            rows.edit_field(sqlite_db, row.id, Field.WHAT, "tijdens het slot")
        assert time.monotonic() - started < 5
        assert "in gebruik bij een ander programma" in str(refused.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _what(sqlite_db) == before


def test_undo_never_overwrites_the_others_later_change(
    qtbot: QtBot, two: tuple[Database, Database], dialogs: Dialogs
) -> None:
    anne, bert = two
    window = MainWindow(anne)
    qtbot.addWidget(window)
    row = _first_row(anne)
    original = _what(anne)
    assert window.edit_field(row.id, Field.WHAT, from_plain("Anne schreef dit"))
    seen = _first_row(bert)
    rows.edit_field(bert, seen.id, Field.WHAT, "Bert daarna", expected_version=seen.version)
    window.undo_action.trigger()  # Anne's undo would put the original back over Bert's text
    assert dialogs.shown == [{"mine": original, "theirs": "Bert daarna"}]
    assert _what(anne) == "Bert daarna"
    assert not window.history.stack.canUndo()  # that undo step is gone, nothing half-done


def test_undoing_a_status_or_priority_refuses_over_the_others_change(
    two: tuple[Database, Database],
) -> None:
    anne, bert = two
    row = _first_row(anne)
    status_change = rows.set_status(anne, row.id, RowStatus.RUNNING, expected_version=row.version)
    seen = _first_row(bert)
    rows.set_status(bert, seen.id, RowStatus.REALISED, expected_version=seen.version)
    with pytest.raises(ConflictError) as refused:
        status_change.revert(anne)
    assert (refused.value.mine, refused.value.theirs) == ("gepland", "gerealiseerd")
    assert _first_row(anne).status == RowStatus.REALISED
    priority = rows.set_attributes(
        anne, row.id, expected_version=_first_row(anne).version, priority=True
    )
    # Bert's text in another column is not touched by undoing the priority: no conflict
    rows.edit_field(bert, row.id, Field.WHO, "Bert", expected_version=_first_row(bert).version)
    priority = priority.revert(anne).revert(anne)
    assert _first_row(anne).priority and to_plain(_first_row(anne).value(Field.WHO)) == "Bert"
    rows.set_attributes(bert, row.id, expected_version=_first_row(bert).version, priority=False)
    with pytest.raises(ConflictError):
        priority.revert(anne)  # Bert's own choice of priority is not overwritten
    assert not _first_row(anne).priority


def test_a_text_section_is_not_overwritten_silently(two: tuple[Database, Database]) -> None:
    from jaarplanner.services import simple

    anne, bert = two
    document_id = list_documents(anne)[0].id
    shown = load_document(anne, document_id).sections[0]
    seen = load_document(bert, document_id).sections[0]
    simple.edit(bert, "section", seen.id, expected_version=seen.version, body="Door Bert.")
    with pytest.raises(ConflictError) as refused:
        simple.edit(anne, "section", shown.id, expected_version=shown.version, body="Door Anne.")
    assert "Door Anne." in refused.value.mine and "Door Bert." in refused.value.theirs
    assert load_document(anne, document_id).sections[0].body == "Door Bert."


def test_theme_and_document_titles_are_not_overwritten_silently(
    two: tuple[Database, Database],
) -> None:
    from jaarplanner.services.documents import edit_document
    from jaarplanner.services.themes import edit_theme

    anne, bert = two
    document_id = list_documents(anne)[0].id
    shown = load_document(anne, document_id)
    seen = load_document(bert, document_id)
    theme, seen_theme = shown.parts[0].themes[0], seen.parts[0].themes[0]
    renamed = edit_theme(bert, seen_theme.id, expected_version=seen_theme.version, title="Bert")
    with pytest.raises(ConflictError) as refused:
        edit_theme(anne, theme.id, expected_version=theme.version, title="Anne")
    assert (refused.value.mine, refused.value.theirs) == ("Anne", "Bert")
    edit_document(bert, document_id, expected_version=seen.version, title="Plan van Bert")
    with pytest.raises(ConflictError):
        edit_document(anne, document_id, expected_version=shown.version, title="Plan van Anne")
    assert load_document(anne, document_id).title == "Plan van Bert"
    refused.value.retry(anne)  # Anne keeps hers, knowingly
    with pytest.raises(ConflictError):
        renamed.revert(bert)  # Bert's undo would wipe Anne's later title
    assert load_document(bert, document_id).parts[0].themes[0].title == "Anne"


def test_kpis_and_status_steps_are_not_overwritten_silently(
    two: tuple[Database, Database],
) -> None:
    from jaarplanner.services import simple

    anne, bert = two
    document_id = list_documents(anne)[0].id
    shown, seen = load_document(anne, document_id), load_document(bert, document_id)
    simple.edit(bert, "kpi", seen.kpis[0].id, expected_version=seen.kpis[0].version, text="B")
    with pytest.raises(ConflictError):
        simple.edit(anne, "kpi", shown.kpis[0].id, expected_version=shown.kpis[0].version, text="A")
    step, other = shown.steps[0], seen.steps[0]
    simple.edit(bert, "step", other.id, expected_version=other.version, body="Raad (Bert)")
    with pytest.raises(ConflictError) as refused:
        simple.edit(anne, "step", step.id, expected_version=step.version, body="Raad (Anne)")
    assert (refused.value.mine, refused.value.theirs) == ("Raad (Anne)", "Raad (Bert)")
    again = load_document(anne, document_id)
    assert again.kpis[0].text == "B" and again.steps[0].body == "Raad (Bert)"
