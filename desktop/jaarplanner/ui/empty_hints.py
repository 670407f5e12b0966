"""Every empty place says what to do, with the button that fills it: a part without themes,
a theme without rows, a search that finds nothing, a calendar without dated rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from jaarplanner.i18n import _

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


class Hint(QFrame):
    """One line and one button, in the middle of the view it explains."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.setObjectName("emptyHint")
        self.setStyleSheet(
            "#emptyHint { background: #F3F6FA; border: 1px solid #C9D3E0; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.button = QPushButton()
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.action: Callable[[], None] | None = None
        self.button.clicked.connect(lambda: self.action and self.action())
        host.installEventFilter(self)
        self.hide()

    def say(self, text: str, button: str, action: Callable[[], None]) -> None:
        self.text.setText(text)
        self.button.setText(button)
        self.action = action
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        area = self.host.rect()
        self.move(max(8, (area.width() - self.width()) // 2), max(40, area.height() // 3))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return False


def install_empty_hints(window: MainWindow) -> None:
    window.table_hint = Hint(window.table.viewport())
    window.calendar_hint = Hint(window.calendar.scroll_area.viewport())
    window.rows_model.modelReset.connect(lambda: update_hints(window))
    # rows come and go in place too (the store patches the table, no reset)
    window.rows_model.rowsInserted.connect(lambda *_args: update_hints(window))
    window.rows_model.rowsRemoved.connect(lambda *_args: update_hints(window))
    window.rows_model.layoutChanged.connect(lambda *_args: update_hints(window))
    window.views.currentChanged.connect(
        lambda _i: QTimer.singleShot(0, lambda: update_hints(window))
    )


def _shown_part(window: MainWindow):
    part, _theme = window.selected_part_and_theme()
    if part is None:
        document = window.current_document()
        part = document.parts[0] if document and document.parts else None
    return part


def _add_theme(window: MainWindow) -> None:
    from jaarplanner.ui import theme_actions

    part = _shown_part(window)
    if part is not None and part.id is not None:
        window.select_in_navigator("PartData", part.id)
    theme_actions.add_theme(window)


def _add_row(window: MainWindow) -> None:
    _part, theme = window.selected_part_and_theme()
    if theme is None:
        first = next((line.theme for line in window.rows_model.lines if line.theme), None)
        if first is not None and first.id is not None:
            window.select_in_navigator("ThemeData", first.id)
    window.table.setFocus()
    window.add_row()


def _clear_search(window: MainWindow) -> None:
    bar = window.search_bar
    bar.search.clear()
    bar.who.clear()
    bar.month.setCurrentIndex(0)
    bar.kpi_filter.setCurrentIndex(0)
    bar.status.setCurrentIndex(0)
    bar.priority.setChecked(False)
    bar.search.setFocus()


def update_hints(window: MainWindow) -> None:
    model = window.rows_model
    hint = window.table_hint
    rows = any(line.row is not None for line in model.lines)
    searching = hasattr(window, "search_bar") and window.search_bar.row_filter().active
    if model.layout is None or rows:
        hint.hide()
    elif not model.all_lines:
        hint.say(_("This part has no themes yet."), _("Add theme…"), lambda: _add_theme(window))
    elif searching and any(line.row is not None for line in model.all_lines):
        hint.say(
            _("Nothing found with this search."), _("Show all rows"), lambda: _clear_search(window)
        )
    else:
        hint.say(_("This theme has no rows yet."), _("Add row"), lambda: _add_row(window))
    _calendar_hint(window)


def _calendar_hint(window: MainWindow) -> None:
    hint = window.calendar_hint
    if not window.calendar.isVisible() or window.rows_model.layout is None:
        hint.hide()
        return
    window.calendar.refresh()
    dated = any(
        line.kind == "row" and line.period is not None and line.period.placeable
        for line in window.calendar.canvas.lines
    )
    if dated:
        hint.hide()
    else:
        hint.say(
            _("No row has a date the calendar can place; write one in the period, e.g. 'oktober'."),
            _("To the table"),
            lambda: window.views.setCurrentWidget(window.table),
        )
