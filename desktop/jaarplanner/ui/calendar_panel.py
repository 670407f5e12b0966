"""The Kalender tab: a zoom choice, a legend and the calendar drawing in a scroll area. It
shows the themes the table shows and is filled only while it is in view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from jaarplanner.errors import UserError
from jaarplanner.holidays.school import holidays_in
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, PartData, ThemeData
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear
from jaarplanner.ui.calendar_view import CalendarCanvas

ZOOMS = ("year", "quarter", "month")


class CalendarPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = CalendarCanvas()
        self.zoom = QComboBox()
        self.zoom.addItems([_("Whole year"), _("Quarter"), _("Month")])
        self.zoom.setAccessibleName(_("Zoom"))
        self.zoom.currentIndexChanged.connect(self._zoom)
        legend = QLabel(
            _(
                "Grey: school holiday · orange: public holiday · diamond: deadline · "
                "light band: whole year · ↻: recurs. Drag a bar to move it, an end to "
                "change its length; hold Shift for days."
            )
        )
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Zoom:")))
        top.addWidget(self.zoom)
        top.addWidget(legend, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        # The label column stays at the left edge, so a horizontal scroll repaints it all.
        self.scroll.horizontalScrollBar().valueChanged.connect(self._scrolled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.pending: tuple[PartData | None, list[ThemeData] | None, DocumentData | None] | None
        self.pending = None

    def _zoom(self, *_args: object) -> None:
        self.canvas.set_zoom(ZOOMS[self.zoom.currentIndex()], self.scroll.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._zoom()

    def _scrolled(self, value: int) -> None:
        self.canvas.label_left = value
        self.canvas.update()

    def set_on_move(self, handler: Callable[[int, str], None]) -> None:
        self.canvas.on_move = handler

    def show_part(
        self,
        part: PartData | None,
        themes: list[ThemeData] | None,
        document: DocumentData | None,
    ) -> None:
        """Remember what to show; draw it now if the tab is in view."""
        self.pending = (part, themes, document)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.pending is None:
            return
        part, themes, document = self.pending
        self.pending = None
        if part is None or document is None:
            self.canvas.show_themes([], self.canvas.year, False, [])
            return
        try:
            year = SchoolYear.parse(document.school_year)
        except UserError:
            year = self.canvas.year
        deadline = part.layout.deadline_field == Field.PERIOD
        self.canvas.show_themes(
            themes if themes is not None else part.themes,
            year,
            deadline,
            holidays_in(year, document.organisation.region),
        )
        self._zoom()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
