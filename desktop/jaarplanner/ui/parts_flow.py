"""Delen en kolommen from the Document menu: the dialog, then what a change would hide or
remove is named and confirmed, then one service call (one undoable step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData
from jaarplanner.model.values import field_label
from jaarplanner.services.parts import PartPlan, apply_parts, text_cells
from jaarplanner.ui.parts_dialog import PartsDialog

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


def hidden_text(window: MainWindow, document: DocumentData, plans: list[PartPlan]) -> list[str]:
    """One line per column that is removed while it holds text."""
    lines = []
    planned = {p.id: p for p in plans if p.id is not None}
    for part in document.parts:
        plan = planned.get(part.id) if part.id is not None else None
        if plan is None or part.id is None:
            continue
        gone = {c.field for c in part.layout.columns} - set(plan.layout.fields)
        for name, count in text_cells(window.db, part.id, gone).items():
            label = next(c.label for c in part.layout.columns if c.field == name)
            lines.append(
                ngettext(
                    "'{column}' in {part}: {n} cell holds text",
                    "'{column}' in {part}: {n} cells hold text",
                    count,
                ).format(column=label or field_label(name), part=part.title, n=count)
            )
    return lines


def removed_rows(document: DocumentData, plans: list[PartPlan]) -> list[str]:
    kept = {p.id for p in plans}
    return [
        ngettext("{part} with {n} row", "{part} with {n} rows", len(p.all_rows())).format(
            part=p.title, n=len(p.all_rows())
        )
        for p in document.parts
        if p.id not in kept
    ]


def edit_parts(window: MainWindow) -> bool:
    document = window.current_document()
    if document is None or document.id is None:
        QMessageBox.information(
            window, _("Parts and columns"), _("Make or import a document first.")
        )
        return False
    dialog = PartsDialog(document, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    plans = dialog.plans()
    losses = hidden_text(window, document, plans)
    parts = removed_rows(document, plans)
    if losses or parts:
        text = ""
        if losses:
            text += (
                _(
                    "These columns are removed while they hold text; the text no longer shows in "
                    "the table or the exports:"
                )
                + "\n• "
                + "\n• ".join(losses)
                + "\n\n"
            )
        if parts:
            text += _("These parts are removed:") + "\n• " + "\n• ".join(parts) + "\n\n"
        text += _("Go on? Ctrl+Z undoes it.")
        answer = QMessageBox.question(window, _("Parts and columns"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return False
    part, theme = window.selected_part_and_theme()
    document_id = document.id  # checked above, and a lambda keeps no narrowing
    change = window.history.perform(lambda db: apply_parts(db, document_id, plans))
    if change is None:
        return False
    if theme is not None and theme.id is not None:
        window.select_in_navigator("ThemeData", theme.id)
    elif part is not None and part.id is not None:
        window.select_in_navigator("PartData", part.id)
    return True
