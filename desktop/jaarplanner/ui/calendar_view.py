"""The calendar drawing: the school year from August to July with months and week numbers,
the lines of ``calendar_lines`` with bars drawn from the periods. Only the lines in view are
painted. A bar is dragged to move it, an end to change its length; the period text then
becomes the canonical text of the new dates, as one undoable change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from babel.dates import get_month_names
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from jaarplanner.holidays.public import Holiday
from jaarplanner.i18n import _
from jaarplanner.model.document import MeetingSeriesData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import Period, SchoolYear, describe_period, format_period, merge_spans
from jaarplanner.ui.calendar_drag import DragMode, dragged_span
from jaarplanner.ui.calendar_lines import CalendarLine, calendar_lines

ROW_HEIGHT = 22
MONTHS_HEIGHT = 22
HEADER = 40  # months, then week numbers
LABEL_WIDTH = 260
BAR = QColor("#2F5597")
QUIET = QColor("#B4C6E7")
BAND = QColor("#D9E2F3")
SCHOOL = QColor("#EDEDED")
PUBLIC = QColor("#F8CBAD")
TODAY = QColor("#C00000")
CHOSEN = QColor("#FFF2CC")
GRID = QColor("#BFBFBF")
EDGE = 5  # pixels at a bar's end that resize it
MIN_DAY_WIDTH = 1.0  # the whole year in 365 pixels: a month label still fits


class CalendarCanvas(QWidget):
    """The drawing; it sits in a scroll area, the label column stays at the view's left."""

    row_clicked = Signal(int)
    row_menu_requested = Signal(int, object)  # row id, global position of a right click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAccessibleName(_("Calendar"))
        self.year = SchoolYear.containing(dt.date.today())
        self.lines: list[CalendarLine] = []
        self.holidays: list[Holiday] = []
        self.today: dt.date | None = dt.date.today()
        self.day_width = 2.4
        self.on_move: Callable[[int, str], None] | None = None
        self.drag: tuple[int, DragMode, float, tuple[dt.date, dt.date]] | None = None
        self.preview: tuple[dt.date, dt.date] | None = None
        self.chosen: int | None = None
        self.painted_rows: tuple[int, int] = (0, -1)
        self.label_left = 0

    # -- content ----------------------------------------------------------------------------
    def show_themes(
        self,
        themes: list[ThemeData],
        year: SchoolYear,
        deadline_column: bool,
        holidays: list[Holiday],
        meetings: list[MeetingSeriesData] | None = None,
    ) -> None:
        self.year, self.holidays = year, holidays
        self.lines = calendar_lines(themes, meetings or [], year, deadline_column)
        # a row's line found at once (painting, hovering and following the table ask often)
        self._line_index = {
            line.row.id: i
            for i, line in reversed(list(enumerate(self.lines)))
            if line.kind == "row" and line.row is not None
        }
        self._resize()
        self.update()

    def set_zoom(self, level: str, view_width: int = 0) -> None:
        """``year`` (the whole year fits ``view_width``), ``quarter`` or ``month``."""
        fit = max((view_width - LABEL_WIDTH - 12) / self._days(), MIN_DAY_WIDTH)
        self.day_width = {"year": fit, "quarter": 9.0, "month": 28.0}[level]
        self._resize()
        self.update()

    def choose(self, row_id: int | None) -> None:
        """Mark the row chosen in the table."""
        self.chosen = row_id
        self.update()

    def _days(self) -> int:
        return (self.year.end - self.year.start).days + 1

    def _resize(self) -> None:
        self.setFixedSize(
            int(LABEL_WIDTH + self._days() * self.day_width + 10),
            HEADER + ROW_HEIGHT * max(len(self.lines), 1) + 4,
        )

    # -- geometry -----------------------------------------------------------------------------
    def x_of(self, day: dt.date) -> float:
        return LABEL_WIDTH + (day - self.year.start).days * self.day_width

    def row_top(self, index: int) -> float:
        return HEADER + index * ROW_HEIGHT

    def line_of(self, row_id: int) -> int:
        index = getattr(self, "_line_index", {}).get(row_id)
        if index is None:
            raise StopIteration(row_id)  # as the scan it replaces: no such row in view
        return index

    def contextMenuEvent(self, event) -> None:
        index = self.line_at(event.pos().y())
        row = self.lines[index].row if index is not None else None
        if row is not None and row.id is not None:
            self.row_clicked.emit(row.id)
            self.row_menu_requested.emit(row.id, event.globalPos())

    def line_at(self, y: float) -> int | None:
        index = int((y - HEADER) // ROW_HEIGHT)
        return index if y >= HEADER and index < len(self.lines) else None

    def shapes(self, row_id: int) -> list[tuple[str, QRectF]]:
        """What is drawn for a row: ``bar``, ``deadline``, ``band`` or ``unplaced`` (then the
        rectangle of its text in the list apart, or an empty one for a row without text)."""
        index = self.line_of(row_id)
        top = self.row_top(index)
        period = self.lines[index].period
        if period is None or not period.placeable:
            for at, line in enumerate(self.lines):
                if line.kind == "unplaced" and line.row is not None and line.row.id == row_id:
                    left = self.x_of(self.year.start)
                    return [("unplaced", QRectF(left, self.row_top(at), 600, ROW_HEIGHT))]
            return [("unplaced", QRectF())]
        if period.kind in ("whole_year", "continuous"):
            left, right = self.x_of(self.year.start), self.x_of(self.year.end)
            return [("band", QRectF(left, top + 8, right - left + self.day_width, 6))]
        if period.kind == "deadline":
            return [
                ("deadline", QRectF(self.x_of(end) + self.day_width / 2 - 6, top + 5, 12, 12))
                for _start, end in period.spans
            ]
        return [("bar", self._bar(top, span)) for span in period.spans]

    def _bar(self, top: float, span: tuple[dt.date, dt.date]) -> QRectF:
        left = self.x_of(max(span[0], self.year.start))
        right = self.x_of(min(span[1], self.year.end)) + self.day_width
        return QRectF(left, top + 6, max(right - left, 3), 10)

    # -- painting: only the lines in view -----------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        first = max(int((area.top() - HEADER) // ROW_HEIGHT), 0)
        last = min(int((area.bottom() - HEADER) // ROW_HEIGHT) + 1, len(self.lines) - 1)
        self.painted_rows = (first, last)
        painter.fillRect(area, QColor("white"))
        self._holidays(painter)
        self._header(painter)
        for index in range(first, last + 1):
            self._line(painter, index)
        if self.today is not None and self.today in self.year:
            painter.setPen(QPen(TODAY, 1.5))
            x = self.x_of(self.today)
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.height()))
        painter.end()

    def _holidays(self, painter: QPainter) -> None:
        for holiday in self.holidays:
            left = self.x_of(max(holiday.start, self.year.start))
            right = self.x_of(min(holiday.end, self.year.end)) + self.day_width
            colour = PUBLIC if holiday.kind == "public" else SCHOOL
            painter.fillRect(QRectF(left, HEADER, right - left, self.height()), colour)

    def _header(self, painter: QPainter) -> None:
        from jaarplanner.i18n import current_language

        # the interface's language: English month names in the English interface
        names = get_month_names(
            "abbreviated", locale="en_GB" if current_language() == "en" else "nl_NL"
        )
        day = self.year.start
        while day <= self.year.end:
            following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            x = self.x_of(day)
            painter.setPen(QPen(GRID, 0.5))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            width = (following - day).days * self.day_width
            with_year = day.month in (1, 8) and width >= 60
            label = names[day.month] + (f" {day.year}" if with_year else "")
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(x, 2, width, MONTHS_HEIGHT - 2), Qt.AlignmentFlag.AlignCenter, label
            )
            day = following
        self._weeks(painter)

    def _weeks(self, painter: QPainter) -> None:
        font = painter.font()
        small = font.pointSizeF()
        font.setPointSizeF(small * 0.75)
        painter.setFont(font)
        painter.setPen(QColor("#595959"))
        step = 1 if self.day_width * 7 >= 18 else 2
        day = self.year.start + dt.timedelta(days=(7 - self.year.start.weekday()) % 7)
        while day <= self.year.end:
            week = day.isocalendar()[1]
            if week % step == 0:
                painter.drawText(
                    QRectF(
                        self.x_of(day), MONTHS_HEIGHT, 7 * self.day_width, HEADER - MONTHS_HEIGHT
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    str(week),
                )
            day += dt.timedelta(days=7)
        font.setPointSizeF(small)
        painter.setFont(font)

    def _line(self, painter: QPainter, index: int) -> None:
        line = self.lines[index]
        top = self.row_top(index)
        if line.is_band:
            painter.fillRect(QRectF(0, top, self.width(), ROW_HEIGHT), BAND)
            self._label(painter, top, line.label, BAND, bold=True)
            return
        chosen = line.row is not None and line.row.id is not None and line.row.id == self.chosen
        if chosen:
            painter.fillRect(QRectF(0, top, self.width(), ROW_HEIGHT), CHOSEN)
        if line.kind == "meetings" and line.series is not None:
            self._meetings(painter, top, line)
        elif line.kind == "unplaced":
            painter.setPen(QColor("#7F7F7F"))
            painter.drawText(
                QRectF(self.x_of(self.year.start) + 4, top, 2000, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                line.note,
            )
        elif line.row is not None and line.row.id is not None:
            self._shapes(painter, line, line.row.id)
        self._label(painter, top, line.label, CHOSEN if chosen else QColor("white"))
        if line.period is not None and line.period.recurrence and line.kind == "row":
            painter.setPen(BAR)
            painter.drawText(
                QRectF(self.label_left + LABEL_WIDTH - 18, top, 14, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                "↻",
            )

    def _label(
        self, painter: QPainter, top: float, text: str, ground: QColor, bold: bool = False
    ) -> None:
        left = self.label_left
        painter.fillRect(QRectF(left, top, LABEL_WIDTH - 4, ROW_HEIGHT), ground)
        font = painter.font()
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        shown = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 24
        )
        painter.drawText(
            QRectF(left + 4, top, LABEL_WIDTH - 10, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter,
            shown,
        )
        font.setBold(False)
        painter.setFont(font)

    def _meetings(self, painter: QPainter, top: float, line: CalendarLine) -> None:
        assert line.series is not None
        painter.setPen(QPen(BAR, 2))
        for meeting in line.series.meetings:
            if meeting.date is not None and meeting.date in self.year:
                x = self.x_of(meeting.date) + self.day_width / 2
                painter.drawLine(QPointF(x, top + 4), QPointF(x, top + ROW_HEIGHT - 4))

    def _shapes(self, painter: QPainter, line: CalendarLine, row_id: int) -> None:
        spans = line.period.spans if line.period else ()
        for (kind, shape), span in zip(self.shapes(row_id), spans, strict=False):
            rect = shape
            dragged = self.drag is not None and self.drag[0] == row_id and self.drag[3] == span
            if dragged and self.preview is not None and kind == "bar":
                rect = self._bar(shape.top() - 6, self.preview)
            if kind == "bar":
                painter.fillRect(rect, BAR)
            elif kind == "band":
                painter.fillRect(rect, QUIET)
            elif kind == "deadline":
                middle = rect.center()
                painter.setBrush(BAR)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(middle.x(), rect.top()),
                            QPointF(rect.right(), middle.y()),
                            QPointF(middle.x(), rect.bottom()),
                            QPointF(rect.left(), middle.y()),
                        ]
                    )
                )

    # -- the mouse ------------------------------------------------------------------------------
    def _hit(self, position: QPointF) -> tuple[int, DragMode, tuple[dt.date, dt.date]] | None:
        index = self.line_at(position.y())
        if index is None or self.lines[index].kind != "row":
            return None
        line = self.lines[index]
        if line.row is None or line.row.id is None or line.period is None:
            return None
        for (kind, rect), span in zip(self.shapes(line.row.id), line.period.spans, strict=False):
            if kind != "bar" or not rect.adjusted(-EDGE, -4, EDGE, 4).contains(position):
                continue
            if abs(position.x() - rect.left()) <= EDGE:
                return line.row.id, "start", span
            if abs(position.x() - rect.right()) <= EDGE:
                return line.row.id, "end", span
            return line.row.id, "move", span
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            row_id, mode, span = hit
            self.drag = (row_id, mode, event.position().x(), span)
            self.preview = span
        index = self.line_at(event.position().y())
        row = self.lines[index].row if index is not None else None
        if row is not None and row.id is not None:
            self.row_clicked.emit(row.id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag is None:
            hit = self._hit(event.position())
            shape = Qt.CursorShape.ArrowCursor
            if hit is not None:
                shape = (
                    Qt.CursorShape.SizeAllCursor
                    if hit[1] == "move"
                    else Qt.CursorShape.SizeHorCursor
                )
            self.setCursor(shape)
            self._tooltip(event)
            return
        self.preview = self._new_span(event)
        self.update()

    def _new_span(self, event: QMouseEvent) -> tuple[dt.date, dt.date]:
        assert self.drag is not None
        _row, mode, origin, span = self.drag
        days = round((event.position().x() - origin) / self.day_width)
        by_day = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return dragged_span(mode, span, days, by_day)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.drag is None:
            return
        row_id, _mode, _origin, original = self.drag
        new = self._new_span(event)
        self.drag, self.preview = None, None
        self.update()
        if new == original or self.on_move is None:
            return
        old = self.lines[self.line_of(row_id)].period
        assert old is not None
        spans = [span for span in old.spans if span != original]
        period = Period("span", merge_spans([*spans, new]), old.recurrence, old.approximate)
        from jaarplanner.ui.calendar_drag import in_the_same_style

        row = self.lines[self.line_of(row_id)].row
        assert row is not None  # a bar that is moved is a row's
        written = to_plain(row.value(Field.PERIOD))
        self.on_move(row_id, in_the_same_style(written, format_period(period)))

    def _tooltip(self, event: QMouseEvent) -> None:
        index = self.line_at(event.position().y())
        line = self.lines[index] if index is not None else None
        if line is None or line.row is None:
            QToolTip.hideText()
            return
        what = to_plain(line.row.value(Field.WHAT))
        text = to_plain(line.row.value(Field.PERIOD))
        if line.period is not None:
            text = f"{text}\n{describe_period(line.period)}"
        if what:  # the activity first: its name may be cut in the label column
            text = f"{what}\n{text}"
        QToolTip.showText(event.globalPosition().toPoint(), text, self)
