"""*Bestand → Herstellen uit reservekopie…*, and the offer to restore when a database file
turns out to be damaged. A restore keeps the file it replaces, as it is, in the backups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import DamagedDatabaseError, UnfinishedDatabaseError, UserError
from jaarplanner.i18n import _
from jaarplanner.storage import backup as backups
from jaarplanner.storage.database import Database, open_database

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


class BackupChoice(QDialog):
    """The backups of one database, newest first; damaged ones cannot be chosen."""

    def __init__(self, found: list[backups.Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Restore from backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "Choose the copy to put back. The database as it is now is kept first, so "
                "this can be undone by restoring that copy."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.resize(560, 360)
        self.list = QListWidget()
        self.list.setAccessibleName(_("Backups"))
        first_good = None
        for item in found:
            good = backups.is_good(item.path)
            text = backups.describe(item)
            entry = QListWidgetItem(text if good else _("{backup} (damaged)").format(backup=text))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            if not good:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first_good is None:
                first_good = self.list.count()
            self.list.addItem(entry)
        if first_good is not None:
            self.list.setCurrentRow(first_good)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(buttons)

    def chosen(self) -> backups.Backup | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def ask_restore(window: MainWindow) -> bool:
    """Let the user put a backup of the open database back; True when one was restored."""
    path = window.db.path
    title = _("Restore from backup")
    if path is None:
        QMessageBox.information(
            window,
            title,
            _("Only a database file has backups; a server database is backed up by its server."),
        )
        return False
    found = backups.list_backups(path)
    if not found:
        QMessageBox.information(
            window, title, _("There are no backups of {name} yet.").format(name=path.name)
        )
        return False
    dialog = BackupChoice(found, window)
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if chosen is None:
        return False
    window.save_open_edits()
    window.others.close()  # no connection may stay open on the file being replaced
    window.db.close()
    try:
        backups.restore(chosen.path, path)
    except (UserError, OSError) as error:
        QMessageBox.warning(window, title, str(error))
        window.use_database(open_database(path))
        return False
    window.use_database(open_database(path))
    window.statusBar().showMessage(
        _("Restored: {backup}").format(backup=backups.describe(chosen)), 10000
    )
    return True


def offer_restore(parent: QWidget | None, error: DamagedDatabaseError) -> Database | None:
    """A damaged database: offer its newest good backup. The damaged file is kept as it is.
    Returns the restored, opened database, or None when the user declined or none exists."""
    path = Path(str(error.path))
    if isinstance(error, UnfinishedDatabaseError):
        return _offer_rebuild(parent, error, path)
    title = _("Damaged database")
    newest = backups.newest_good(path)
    if newest is None:
        QMessageBox.critical(
            parent, title, _("{problem}\n\nThere is no good backup of it.").format(problem=error)
        )
        return None
    answer = QMessageBox.question(
        parent,
        title,
        _(
            "{problem}\n\nThe newest good backup is of {when}. Put it back? The damaged file "
            "is kept first, as it is."
        ).format(problem=error, when=backups.describe(newest)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        backups.restore(newest.path, path)
        return open_database(path)
    except UserError as failure:
        QMessageBox.critical(parent, title, str(failure))
        return None


def _offer_rebuild(
    parent: QWidget | None, error: UnfinishedDatabaseError, path: Path
) -> Database | None:
    """A file an interrupted first start left empty or half made: make it again, asked."""
    title = _("Unfinished database")
    answer = QMessageBox.question(
        parent, title, _("{problem}\n\nMake it again now?").format(problem=error)
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        return open_database(path, rebuild=True)
    except UserError as failure:
        QMessageBox.critical(parent, title, str(failure))
        return None
