"""What the window shows about the document as a whole: an adopted (*vastgesteld*)
document is visibly read-only (a banner with the date and *Heropenen…*, cells that open no
editor, a hint in the status bar; the status of a row can still be recorded), and a period
outside the document's school year gets the warning colour. Mixed into ``MainWindow``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from babel.dates import format_date
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from jaarplanner.i18n import _
from jaarplanner.model.document import RowData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, StepAction
from jaarplanner.periods import parse_period

if TYPE_CHECKING:  # the window the mixin is part of (see window_surface)
    from jaarplanner.ui.window_surface import WindowSurface as _Window
else:
    _Window = object

BANNER_STYLE = "background: #FFF2CC; border-bottom: 1px solid #BF9000;"


class AdoptedBanner(QWidget):
    def __init__(self, reopen: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adopted_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.reopen = QPushButton(_("Reopen…"), self)
        self.reopen.clicked.connect(reopen)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reopen)
        self.hide()


class DocumentState(_Window):
    """(``self`` is the ``MainWindow``.)"""

    def read_only_document(self) -> bool:
        document = self.current_document()
        return document is not None and document.state.value == "vastgesteld"

    def show_read_only(self) -> None:
        """Banner, cells and status bar follow the document's state."""
        document = self.current_document()
        adopted = self.read_only_document()
        if self.rows_model.read_only != adopted:
            self.rows_model.read_only = adopted
            if self.rows_model.rowCount():
                self.rows_model.dataChanged.emit(
                    self.rows_model.index(0, 0),
                    self.rows_model.index(
                        self.rows_model.rowCount() - 1, self.rows_model.columnCount() - 1
                    ),
                )
        banner = self.adopted_banner
        if adopted and document is not None:
            day = next(
                (s.date for s in reversed(document.steps) if s.action == StepAction.ADOPTED),
                None,
            )
            when = format_date(day, "d MMMM y", locale="nl_NL") if day else ""
            banner.text.setText(
                _(
                    "Adopted on {date}: this document cannot be changed; the status of a row can."
                ).format(date=when)
                if when
                else _("Adopted: this document cannot be changed; the status of a row can.")
            )
            banner.show()
            self.statusBar().showMessage(_("Adopted document: read-only. Reopen it to change it."))
        else:
            if getattr(self, "_adopted_hint", False):
                self.statusBar().clearMessage()
            banner.hide()
        self._adopted_hint = adopted

    def out_of_year(self, row: RowData) -> bool:
        """The row's period lies (partly) outside the document's school year."""
        text = to_plain(row.value(Field.PERIOD))
        if not text.strip():
            return False
        year = self.current_school_year()
        cache = self.__dict__.setdefault("_out_of_year_cache", {})
        key = (str(year), text)
        if key not in cache:
            period = parse_period(text, year)
            cache[key] = any(start < year.start or end > year.end for start, end in period.spans)
        return cache[key]
