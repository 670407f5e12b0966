"""The Kalender tab: a zoom choice, a legend and the calendar drawing in a scroll area. It
shows the themes the table shows and is filled only while it is in view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.holidays.school import holidays_in
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.values import Field, Region
from jaarplanner.periods import SchoolYear
from jaarplanner.ui.calendar_view import ROW_HEIGHT, CalendarCanvas

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
        save = QPushButton(_("Save as &image…"))
        save.setToolTip(_("Save the whole calendar as a PNG picture"))
        save.clicked.connect(self.ask_save_image)
        top.addWidget(save)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        # The label column stays at the left edge, so a horizontal scroll repaints it all.
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._scrolled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self.pending: tuple[PartData | None, list[ThemeData] | None, DocumentData | None] | None
        self.pending = None
        self.holidays_source: Callable[[SchoolYear, Region], list[Holiday]] = holidays_in
        # issue 21: what is drawn, to draw again for a person
        self.shown: tuple[PartData | None, list[ThemeData] | None, DocumentData | None] | None
        self.shown = self.pending
        self.person_filter: Callable[[RowData], bool] | None = None

    def ask_save_image(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save the calendar as an image"), _("calendar.png"), _("PNG picture (*.png)")
        )
        if name:
            self.save_image(Path(name))

    def save_image(self, target: Path) -> bool:
        """The whole calendar, not only the part in view, as a PNG file."""
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        self.refresh()
        scrolled, self.canvas.label_left = self.canvas.label_left, 0
        try:
            saved = self.canvas.grab().save(str(target), "PNG")
        finally:
            self.canvas.label_left = scrolled
        if not saved:
            QMessageBox.warning(
                self,
                _("Not saved"),
                _("The picture could not be written to {path}. Choose another folder.").format(
                    path=target
                ),
            )
        return saved

    def _zoom(self, *_args: object) -> None:
        self.canvas.set_zoom(ZOOMS[self.zoom.currentIndex()], self.scroll_area.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._zoom()

    def select_row(self, row_id: int | None) -> None:
        """Follow the table: mark the row and scroll it into view."""
        self.canvas.choose(row_id)
        if row_id is None or self.pending is not None or self.canvas.drag is not None:
            return
        if row_id not in getattr(self.canvas, "_line_index", {}):
            return
        for kind, rect in self.canvas.shapes(row_id)[:1]:
            top = int(self.canvas.row_top(self.canvas.line_of(row_id)))
            x = int(rect.center().x()) if kind != "unplaced" or not rect.isNull() else 0
            self.scroll_area.ensureVisible(x, top, 80, 2 * ROW_HEIGHT)

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
        part, themes, document = self.shown = self.pending
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
            _only(themes if themes is not None else part.themes, self.person_filter),
            year,
            deadline,
            self.holidays_source(year, document.organisation.region),
            document.meeting_series,
        )
        self._zoom()

    def set_person_filter(self, keep: Callable[[RowData], bool] | None) -> None:
        """Draw only the rows ``keep`` accepts (the betrokkene filter), or all again."""
        if keep is None and self.person_filter is None:
            return
        self.person_filter = keep
        if self.pending is None and self.shown is not None:
            self.show_part(*self.shown)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()


def _only(themes: list[ThemeData], keep: Callable[[RowData], bool] | None) -> list[ThemeData]:
    if keep is None:
        return themes
    return [
        replace(t, rows=[r for r in t.rows if keep(r)], themes=_only(t.themes, keep))
        for t in themes
    ]
