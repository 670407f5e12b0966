"""Every action of the main window in one place: its Dutch text, its default shortcut and
whether it works on rows. The window connects them; menus only show them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from jaarplanner.i18n import N_, _


@dataclass(frozen=True)
class ActionSpec:
    text: str  # untranslated; shown through _()
    # several: the first is the one the menu shows ("Ctrl+Enter", as people call it)
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None
    scope: str = "window"  # "table": only while the table (or its cell editor) has focus


ACTIONS: dict[str, ActionSpec] = {
    "import": ActionSpec(N_("&Import…"), "Ctrl+Shift+I"),
    "export_pdf": ActionSpec(N_("Export as &PDF…"), QKeySequence.StandardKey.Print),
    "export_calendar": ActionSpec(N_("Export the &calendar as PDF…")),
    "export_docx": ActionSpec(N_("Export as &Word…")),
    "export_xlsx": ActionSpec(N_("Export as &Excel…")),
    "export_csv": ActionSpec(N_("Export as CS&V…")),
    "export_ics": ActionSpec(N_("Export as calen&dar (.ics)…")),
    "open_after": ActionSpec(N_("&Open after exporting")),
    "preview_first": ActionSpec(N_("Show the pre&view before exporting a PDF")),  # issue 20
    "quit": ActionSpec(N_("&Quit"), QKeySequence.StandardKey.Quit),
    "add_row": ActionSpec(N_("&Add row"), ("Ctrl+Enter", "Ctrl+Return"), "table"),
    "insert_row": ActionSpec(
        N_("&Insert row above"), ("Ctrl+Shift+Enter", "Ctrl+Shift+Return"), "table"
    ),
    "duplicate_row": ActionSpec(N_("&Duplicate row"), "Ctrl+D", "table"),
    "delete_row": ActionSpec(N_("De&lete rows"), "Ctrl+-", "table"),
    "clear_cells": ActionSpec(N_("C&lear cells"), QKeySequence.StandardKey.Delete, "cells"),
    "move_up": ActionSpec(N_("Move row &up"), "Alt+Up", "table"),
    "move_down": ActionSpec(N_("Move row do&wn"), "Alt+Down", "table"),
    "copy_rows": ActionSpec(N_("&Copy"), QKeySequence.StandardKey.Copy, "cells"),
    "paste_rows": ActionSpec(N_("&Paste"), QKeySequence.StandardKey.Paste, "cells"),
    "edit_cell": ActionSpec(N_("&Edit cell"), None, "table"),
    "bold": ActionSpec(N_("&Bold"), QKeySequence.StandardKey.Bold),
    "italic": ActionSpec(N_("&Italic"), QKeySequence.StandardKey.Italic),
    "underline": ActionSpec(N_("&Underline"), QKeySequence.StandardKey.Underline),
    "list": ActionSpec(N_("Bullet &list"), "Ctrl+Shift+L"),
    "superscript": ActionSpec(N_("Su&perscript"), None),
    "show_details": ActionSpec(N_("Show the &details panel"), "Ctrl+Shift+D"),
    "find": ActionSpec(N_("&Find…"), QKeySequence.StandardKey.Find),
}


# the formatting actions: applied to the rich-text editor that has the focus
FORMATTING = ("bold", "italic", "underline", "list", "superscript")
FORMAT_SIGNS = {"bold": "B", "italic": "I", "underline": "U", "list": "•", "superscript": "x²"}


def text_of(name: str) -> str:
    return _(ACTIONS[name].text)
