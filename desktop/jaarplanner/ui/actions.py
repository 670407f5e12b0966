"""Every action of the main window in one place: its Dutch text, its default shortcut and
whether it works on rows. The window connects them; menus only show them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from jaarplanner.i18n import N_, _


@dataclass(frozen=True)
class ActionSpec:
    text: str  # untranslated; shown through _()
    shortcut: QKeySequence.StandardKey | str | None = None


ACTIONS: dict[str, ActionSpec] = {
    "import": ActionSpec(N_("&Import…"), "Ctrl+I"),
    "export_pdf": ActionSpec(N_("Export as &PDF…"), QKeySequence.StandardKey.Print),
    "export_calendar": ActionSpec(N_("Export the &calendar as PDF…")),
    "export_docx": ActionSpec(N_("Export as &Word…")),
    "export_xlsx": ActionSpec(N_("Export as &Excel…")),
    "export_csv": ActionSpec(N_("Export as CS&V…")),
    "export_ics": ActionSpec(N_("Export as calen&dar (.ics)…")),
    "open_after": ActionSpec(N_("&Open after exporting")),
    "quit": ActionSpec(N_("&Quit"), QKeySequence.StandardKey.Quit),
    "add_row": ActionSpec(N_("&Add row"), "Ctrl+Return"),
    "insert_row": ActionSpec(N_("&Insert row above"), "Ctrl+Shift+Return"),
    "duplicate_row": ActionSpec(N_("&Duplicate row"), "Ctrl+D"),
    "delete_row": ActionSpec(N_("De&lete row"), QKeySequence.StandardKey.Delete),
    "move_up": ActionSpec(N_("Move row &up"), "Alt+Up"),
    "move_down": ActionSpec(N_("Move row do&wn"), "Alt+Down"),
    "copy_rows": ActionSpec(N_("&Copy rows"), QKeySequence.StandardKey.Copy),
    "paste_rows": ActionSpec(N_("&Paste rows"), QKeySequence.StandardKey.Paste),
    "find": ActionSpec(N_("&Find…"), QKeySequence.StandardKey.Find),
}


def text_of(name: str) -> str:
    return _(ACTIONS[name].text)
