"""Screenshots for docs/ of a new user's first steps at 1366×768 (offscreen): the start page,
the Nieuw document dialog and the Delen en kolommen dialog, each over the main window.

.venv/bin/python tools/screenshots_start.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def _over(window, dialog, target: Path) -> None:
    """The window with the dialog in its middle, as the user sees it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    picture = window.grab()
    dialog.show()
    shot = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), "#60000000")
    at = QPoint((picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2)
    painter.drawPixmap(at, shot)
    painter.end()
    picture.save(str(target))
    print(target)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JAARPLANNER_DATA_DIR"] = folder
        from PySide6.QtWidgets import QApplication

        from jaarplanner import i18n
        from jaarplanner.services.new_document import NewDocument, new_document
        from jaarplanner.storage.database import open_database
        from jaarplanner.ui.main_window import MainWindow
        from jaarplanner.ui.new_document_dialog import NewDocumentDialog
        from jaarplanner.ui.parts_dialog import PartsDialog

        i18n.install("nl")
        app = QApplication.instance() or QApplication(sys.argv)
        from jaarplanner.ui.language import apply_language

        apply_language(app, "nl")  # Qt's own buttons in Dutch too
        db = open_database(Path(folder) / "jaarplanner.sqlite")
        window = MainWindow(db)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        target = ROOT / "docs" / "start-page-1366x768.png"
        window.grab().save(str(target))
        print(target)

        dialog = NewDocumentDialog(db, window)
        dialog.organisation.setCurrentText("Samenwerkingsverband Lage Landen")
        dialog.short_name.setText("SWV Lage Landen")
        dialog.place.setText("Gouda")
        app.processEvents()
        _over(window, dialog, ROOT / "docs" / "new-document-1366x768.png")
        dialog.close()

        request = NewDocument("Samenwerkingsverband Lage Landen", "2026-2027", "themed-table")
        ident = new_document(db, request).result
        window.reload()
        window.select_in_navigator("DocumentData", ident)
        app.processEvents()
        parts = PartsDialog(window.current_document(), window)
        parts.columns.setCurrentCell(1, 0)
        app.processEvents()
        _over(window, parts, ROOT / "docs" / "parts-and-columns-1366x768.png")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
