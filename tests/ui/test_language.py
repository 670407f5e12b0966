"""The interface language: Dutch by default, English on request, switched without a restart,
with Qt's own words following; and the self-test that checks an installation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from jaarplanner import i18n
from jaarplanner.model.richtext import from_plain
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import Database
from jaarplanner.ui import language
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document


@pytest.fixture(autouse=True)
def back_to_dutch(qapp: QApplication):
    yield
    language.apply_language(qapp, "nl")


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_qt_own_buttons_and_our_bridge_speak_dutch(qapp: QApplication) -> None:
    language.apply_language(qapp, "en")
    assert _cancel_text() == "Cancel"
    assert language.apply_language(qapp, "nl")
    assert _cancel_text() == "Annuleren"
    # our catalog answers Qt's tr() too; texts it does not know are left to Qt
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    assert QCoreApplication.translate("QShortcut", "F%1") == "F%1"


def test_the_file_dialog_is_qts_own_in_dutch_on_linux(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QFileDialog, QPushButton

    assert language.own_dialogs("linux") and not language.own_dialogs("win32")
    assert language.apply_language(qapp, "nl")
    assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    seen: dict[str, object] = {}

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look_and_cancel)
            return
        seen["buttons"] = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)}
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    name, _filter = QFileDialog.getOpenFileName(None, "Kies een bestand")
    assert name == ""
    assert {"Openen", "Annuleren"} <= seen["buttons"]  # the dialog itself speaks Dutch


def test_english_menus_at_once_with_undo_kept(qtbot: QtBot, sqlite_db: Database) -> None:
    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    assert _menu_titles(window)[:2] == ["Bestand", "Bewerken"]
    row = window.documents[0].parts[0].all_rows()[0]
    before = row.value(Field.WHAT)
    window.edit_field(row.id, Field.WHAT, from_plain("Nieuwe tekst"))
    window.language_actions["en"].trigger()
    english = _shown_window()
    qtbot.addWidget(english)
    assert english is not window
    assert english.isVisible() and not window.isVisible()
    assert _menu_titles(english) == ["File", "Edit", "Document", "Themes", "Year", "Extra", "Help"]
    assert english.language_actions["en"].isChecked()
    assert _cancel_text() == "Cancel"
    assert QSettings().value(language.SETTING) == "en"
    assert language.startup_language() == "en"  # the next start is English too
    # the undo history came along, and undo still works on the same database
    assert english.undo_action.isEnabled()
    english.undo_action.trigger()
    again = english.documents[0].parts[0].all_rows()[0]
    assert again.value(Field.WHAT) == before
    english.language_actions["nl"].trigger()
    assert i18n.current_language() == "nl" and _cancel_text() == "Annuleren"


def _shown_window() -> MainWindow:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    shown = [w for w in shown if w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_without_a_choice_the_interface_is_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAARPLANNER_LANGUAGE")
    assert QSettings().value(language.SETTING) is None
    assert language.startup_language() == "nl"
