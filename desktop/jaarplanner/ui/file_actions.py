"""Importing and exporting from the main window's File menu. Mixed into ``MainWindow``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from jaarplanner.i18n import _
from jaarplanner.services.holidays import holidays_for

if TYPE_CHECKING:  # the window the mixin is part of (see window_surface)
    from jaarplanner.services.changes import Change
    from jaarplanner.ui.window_surface import WindowSurface as _Window
else:
    _Window = object


class FileActions(_Window):
    """(``self`` is the ``MainWindow``.)"""

    def ask_import(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            _("Import documents"),
            "",
            _("Documents (*.docx *.xlsx *.csv *.txt);;All files (*)"),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: list[Path]) -> None:
        from jaarplanner.ui.import_flow import import_files

        def publish(change: Change | None) -> None:
            self.others.own_change()  # her own import is no change "by somebody else"
            self.store.publish(change)

        import_files(self.db, paths, self, publish)

    def export_file(self, kind: str) -> Path | None:
        from jaarplanner.ui.export_flow import export_file_interactive

        document = self.current_document()
        if document is None:
            QMessageBox.information(self, _("Export"), _("There is no document to export yet."))
            return None
        if kind == "ics":
            from jaarplanner.ui.ics_flow import export_ics_interactive

            return export_ics_interactive(document, self)
        return export_file_interactive(document, self, kind)

    def export_pdf(self, calendar: bool = False) -> Path | None:
        from jaarplanner.ui.export_flow import export_pdf_interactive, preview_first

        if not calendar and preview_first():
            # the file is written from the preview's Exporteren…; nothing is written here
            from jaarplanner.ui.preview import open_preview

            open_preview(self)
            return None

        document = self.current_document()
        if document is None:
            QMessageBox.information(
                self, _("Export as PDF"), _("There is no document to export yet.")
            )
            return None
        holidays = None
        if calendar:
            region = document.organisation.region
            holidays = holidays_for(self.db, self.current_school_year(), region)
        return export_pdf_interactive(document, self, calendar=calendar, holidays=holidays)
