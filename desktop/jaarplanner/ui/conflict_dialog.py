"""Two people changed the same text: show both and let the user choose. Nothing is
overwritten without this question."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextEdit,
    QWidget,
)

from jaarplanner.errors import ConflictError
from jaarplanner.i18n import _


class ConflictDialog(QDialog):
    def __init__(self, error: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Changed by somebody else"))
        grid = QGridLayout(self)
        intro = QLabel(
            _(
                "Somebody else changed this while you were working on it. Which should stay? "
                "({what})"
            ).format(what=error.label)
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 2)
        self.texts: dict[str, QTextEdit] = {}
        for column, (key, title, html) in enumerate(
            (
                ("mine", _("Your text"), error.mine or ""),
                ("theirs", _("Their text (saved now)"), error.theirs or ""),
            )
        ):
            label = QLabel(f"<b>{title}</b>")
            view = QTextEdit()
            view.setReadOnly(True)
            view.setHtml(html)
            view.setAccessibleName(title)
            label.setBuddy(view)
            grid.addWidget(label, 1, column)
            grid.addWidget(view, 2, column)
            self.texts[key] = view
        buttons = QDialogButtonBox()
        self.keep_mine = buttons.addButton(
            _("Keep my text"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_theirs = buttons.addButton(
            _("Keep their text"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # the safe choice is the default: nothing of theirs is lost by pressing Enter
        self.keep_mine.setAutoDefault(False)
        self.keep_theirs.setDefault(True)
        self.keep_theirs.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, 3, 0, 1, 2)
        self.resize(720, 360)


def resolve_conflict(parent: QWidget | None, error: ConflictError) -> bool:
    """True: the user keeps their own text (it is then saved over the other's)."""
    return ConflictDialog(error, parent).exec() == QDialog.DialogCode.Accepted
