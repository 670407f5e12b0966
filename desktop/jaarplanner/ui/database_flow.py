"""Opening another database from the program: a new one, an existing one, a recent one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from jaarplanner.errors import DamagedDatabaseError, UserError
from jaarplanner.i18n import _

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

RECENT = "database/recent"
KEEP = 8


def recent() -> list[str]:
    value = QSettings().value(RECENT, [])
    if isinstance(value, str):
        items = [value]
    else:
        items = [str(v) for v in value] if isinstance(value, (list, tuple)) else []
    return [item for item in items if item]


def remember(path: Path) -> None:
    from jaarplanner.demo import is_demo_copy

    if is_demo_copy(path):  # a demo copy is for this session only
        return
    items = [str(path)] + [item for item in recent() if item != str(path)]
    QSettings().setValue(RECENT, items[:KEEP])


def switch(window: MainWindow, target: str | Path, *, create: bool) -> bool:
    """Open ``target`` in ``window``; on a refusal the current database stays open."""
    from jaarplanner.storage.database import open_database

    window.save_open_edits()
    try:
        db = open_database(target, create=create)
    except DamagedDatabaseError as error:
        from jaarplanner.ui.restore_flow import offer_restore

        restored = offer_restore(window, error)
        if restored is None:
            return False
        db = restored
    except UserError as error:
        QMessageBox.warning(window, _("Open database"), str(error))
        return False
    window.use_database(db)
    if db.path is not None:
        remember(db.path)
    return True


def ask_new(window: MainWindow) -> None:
    name, _filter = QFileDialog.getSaveFileName(
        window,
        _("New database"),
        str(Path.home() / "jaarplanner.sqlite"),
        _("Jaarplanner databases (*.sqlite)"),
    )
    if name:
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                window,
                _("New database"),
                _("'{name}' exists already; choose another name, or open it.").format(
                    name=path.name
                ),
            )
            return
        switch(window, path, create=True)


def ask_open(window: MainWindow) -> None:
    name, _filter = QFileDialog.getOpenFileName(
        window,
        _("Open database"),
        str(Path.home()),
        _("Jaarplanner databases (*.sqlite);;All files (*)"),
    )
    if name:
        switch(window, Path(name), create=False)


def fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    items = recent()
    if not items:
        menu.addAction(_("(none yet)")).setEnabled(False)
    for item in items:
        action = menu.addAction(item)
        action.triggered.connect(lambda _checked=False, p=item: switch(window, p, create=False))
