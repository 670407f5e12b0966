"""The menu bar of the main window: Bestand, Bewerken, Thema's, Jaar and Help. The actions
themselves are made in the window; this places them and adds the menus' own entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from jaarplanner.i18n import _, current_language
from jaarplanner.ui import theme_actions
from jaarplanner.ui.dialogs import about, keys_help

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    named = window.actions_by_name
    file_menu = window.menuBar().addMenu(_("&File"))
    from jaarplanner.ui import database_flow

    new_action = QAction(_("&New database…"), window)
    new_action.triggered.connect(lambda: database_flow.ask_new(window))
    open_action = QAction(_("&Open database…"), window)
    open_action.setShortcut(QKeySequence.StandardKey.Open)
    open_action.triggered.connect(lambda: database_flow.ask_open(window))
    file_menu.addAction(new_action)
    file_menu.addAction(open_action)
    window.recent_menu = file_menu.addMenu(_("&Recent databases"))
    window.recent_menu.aboutToShow.connect(
        lambda: database_flow.fill_recent(window, window.recent_menu)
    )
    window.new_action, window.open_action = new_action, open_action
    file_menu.addSeparator()
    for name in (
        "import",
        "export_pdf",
        "export_calendar",
        "export_docx",
        "export_xlsx",
        "export_csv",
        "export_ics",
        "open_after",
        "preview_first",
    ):
        file_menu.addAction(named[name])
    from jaarplanner.ui.preview import open_preview  # issue 20: the print preview

    window.preview_action = file_menu.addAction(_("Print pre&view…"))
    window.preview_action.triggered.connect(lambda: open_preview(window))
    from jaarplanner.ui.preview import publish_web_page

    window.publish_action = file_menu.addAction(_("Publish as &web page…"))
    window.publish_action.triggered.connect(lambda: publish_web_page(window))
    file_menu.addSeparator()
    from jaarplanner.ui.restore_flow import ask_restore

    window.restore_action = QAction(_("Restore from &backup…"), window)
    window.restore_action.triggered.connect(lambda: ask_restore(window))
    file_menu.addAction(window.restore_action)
    file_menu.addSeparator()
    file_menu.addAction(named["quit"])
    edit_menu = window.menuBar().addMenu(_("&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    for name in (
        "add_row",
        "insert_row",
        "duplicate_row",
        "delete_row",
        "move_up",
        "move_down",
    ):
        edit_menu.addAction(named[name])
    edit_menu.addSeparator()
    edit_menu.addAction(named["copy_rows"])
    edit_menu.addAction(named["paste_rows"])
    edit_menu.addAction(named["clear_cells"])
    edit_menu.addSeparator()
    format_menu = edit_menu.addMenu(_("&Format"))
    for name in ("bold", "italic", "underline", "list", "superscript"):
        format_menu.addAction(named[name])
    edit_menu.addSeparator()
    edit_menu.addAction(named["find"])
    theme_menu = window.menuBar().addMenu(_("&Themes"))
    for text, keys, handler in (
        (_("&Add theme…"), "Ins", lambda: theme_actions.add_theme(window)),
        (_("Add &sub-theme…"), "Shift+Ins", lambda: theme_actions.add_theme(window, True)),
        (_("&Rename theme…"), "F2", lambda: theme_actions.rename_theme(window)),
        (_("&Delete theme…"), "Del", lambda: theme_actions.delete_theme(window)),
    ):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handler)
        window.navigator.addAction(action)
        theme_menu.addAction(action)
    window.theme_actions = theme_menu.actions()
    from jaarplanner.ui import year_flow
    from jaarplanner.ui.holidays_dialog import edit_school_holidays

    year_menu = window.menuBar().addMenu(_("&Year"))
    window.year_actions = {}
    for name, text, on_year in (
        ("new_year", _("&New school year…"), year_flow.new_school_year),
        ("evaluate", _("&Evaluation…"), year_flow.show_evaluation),
        ("step", _("Add a &step to the status trail…"), year_flow.add_step),
        ("adopt", _("&Adopt…"), year_flow.adopt_document),
        ("reopen", _("&Reopen…"), year_flow.reopen_document),
        ("kpis", _("&KPIs and their rows"), year_flow.show_kpis),
        ("holidays", _("&School holidays…"), edit_school_holidays),
    ):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, h=on_year: h(window))
        year_menu.addAction(action)
        window.year_actions[name] = action
    from jaarplanner.ui.versions_flow import add_actions  # issue 21: Versies, Vergelijken

    add_actions(window, year_menu)
    _language_menu(window)
    help_menu = window.menuBar().addMenu(_("&Help"))
    help_action = QAction(_("&Keys and help"), window)
    help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    help_action.triggered.connect(lambda: keys_help(window))
    help_menu.addAction(help_action)
    about_action = QAction(_("&About Jaarplanner"), window)
    about_action.triggered.connect(lambda: about(window))
    help_menu.addAction(about_action)
    window.help_action, window.about_action = help_action, about_action
    # names kept for the tests and older code
    window.import_action = named["import"]
    window.export_action = named["export_pdf"]
    window.calendar_action = named["export_calendar"]
    window.open_after_action = named["open_after"]
    window.preview_first_action = named["preview_first"]
    from jaarplanner.ui.document_menu import add_document_menu  # issue 17: Start, Document

    add_document_menu(window, file_menu, new_action, theme_menu)


def _language_menu(window: MainWindow) -> None:
    """Extra → Taal: each language in its own words; the choice applies at once."""
    from jaarplanner.ui.language import NAMES, switch_language

    extra = window.menuBar().addMenu(_("E&xtra"))
    extra.addAction(window.actions_by_name["show_details"])
    menu = extra.addMenu(_("&Language"))
    group = QActionGroup(window)
    window.language_actions = {}
    for code, name in NAMES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.triggered.connect(
            lambda _checked=False, c=code: c != current_language() and switch_language(window, c)
        )
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action
