"""The interface language: chosen in the settings, applied at once.

Two translators serve Qt: Qt's own catalog (``qtbase_nl``: the file dialogs, *Annuleren*,
*Ja*, *Nee*) and a bridge that answers Qt's ``tr()`` questions from our gettext catalog, so
that text Qt itself asks for (and any ``QCoreApplication.translate``) speaks the same
language as the rest of the program. Switching the language rebuilds the main window in
place: the database, the selection, the layout and the undo history stay.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, Qt, QTranslator

from jaarplanner import i18n

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

SETTING = "interface/language"
NAMES = {"nl": "Nederlands", "en": "English"}  # each language in its own words

_installed: list[QTranslator] = []


class GettextTranslator(QTranslator):
    """A QTranslator that looks texts up in the gettext catalog of the current language."""

    def translate(  # type: ignore[override,unused-ignore]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Our translation of ``source``; None (a null string: "not mine") lets Qt ask the
        next translator. An empty string would count as a translation and blank the text."""
        if not source:
            return None
        translated = i18n._(source)
        return translated if translated != source else None


def startup_language() -> str:
    """The language chosen in the settings; without a choice the environment's or Dutch."""
    chosen = QSettings().value(SETTING)
    if chosen in i18n.LANGUAGES:
        return str(chosen)
    from_env = os.environ.get("JAARPLANNER_LANGUAGE")
    return from_env if from_env in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def apply_language(app: QCoreApplication, language: str) -> bool:
    """Use ``language`` for our texts and Qt's; False when Qt's own catalog is missing."""
    language = i18n.install(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = True
    if language != "en":
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        found = qt_own.load(f"qtbase_{language}", folder)
        if found:
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    bridge = GettextTranslator(app)
    app.installTranslator(bridge)  # asked first: installed last
    _installed.append(bridge)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, own_dialogs(sys.platform))
    return found


def own_dialogs(platform: str) -> bool:
    """Qt's own file dialogs (translated by ``qtbase_nl``) where the platform's are not:
    a GTK or portal dialog on Linux answers half in English. Windows and macOS keep theirs,
    which speak the system's language."""
    return not platform.startswith(("win", "darwin"))


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Remember ``language``, apply it, and show the main window again in that language."""
    from PySide6.QtWidgets import QApplication

    from jaarplanner.ui.main_window import MainWindow

    window.save_open_edits()
    QSettings().setValue(SETTING, language)
    app = QApplication.instance()
    assert app is not None
    apply_language(app, language)
    fresh = MainWindow(window.db, history=window.history, selection=window.selection)
    fresh.restoreGeometry(window.saveGeometry())
    fresh.restoreState(window.saveState())
    fresh.splitter.restoreState(window.splitter.saveState())
    fresh.views.setCurrentIndex(window.views.currentIndex())
    if window.isVisible():
        fresh.show()
    window.handed_over = True
    window.close()
    window.deleteLater()
    return fresh
