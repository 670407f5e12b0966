"""The calendar: the school year from August to July, the rows grouped by theme as in the
table, bars drawn from the periods. Only the rows in view are painted. A bar is dragged to
move it, an end to change its length (snapping to months; to days with Shift); the period
text then becomes the canonical text of the new dates, as one undoable change."""

from __future__ import annotations

import calendar as cal
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from jaarplanner.holidays.public import Holiday
from jaarplanner.model.document import RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import Period, SchoolYear, describe_period, format_period, parse_period

ROW_HEIGHT = 22
HEADER = 28
LABEL_WIDTH = 260
BAR = QColor("#2F5597")
QUIET = QColor("#B4C6E7")
BAND = QColor("#D9E2F3")
SCHOOL = QColor("#EDEDED")
PUBLIC = QColor("#F8CBAD")
TODAY = QColor("#C00000")
EDGE = 5  # pixels at a bar's end that resize it


@dataclass
class CalendarLine:
    theme: ThemeData
    row: RowData | None = None
    period: Period | None = None

    @property
    def is_band(self) -> bool:
        return self.row is None


class CalendarCanvas(QWidget):
    """The drawing; it sits in a scroll area, so the label column scrolls in step."""

    row_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAccessibleName("kalender")
        self.year = SchoolYear.containing(dt.date.today())
        self.lines: list[CalendarLine] = []
        self.holidays: list[Holiday] = []
        self.today: dt.date | None = dt.date.today()
        self.day_width = 2.4  # the year zoom
        self.on_move: Callable[[int, str], None] | None = None
        self.drag: tuple[int, str, float, dt.date, dt.date] | None = None
        self.preview: tuple[dt.date, dt.date] | None = None
        self.painted_rows: tuple[int, int] = (0, -1)
        self.label_left = 0  # the label column stays at the left edge of the view

    # -- content --------------------------------------------------------------------------
    def show_themes(
        self,
        themes: list[ThemeData],
        year: SchoolYear,
        deadline_column: bool,
        holidays: list[Holiday],
    ) -> None:
        self.year, self.holidays = year, holidays
        self.lines = []

        def add(theme: ThemeData) -> None:
            self.lines.append(CalendarLine(theme))
            for row in theme.rows:
                text = to_plain(row.value(Field.PERIOD))
                self.lines.append(
                    CalendarLine(theme, row, parse_period(text, year, deadline_column))
                )
            for child in theme.themes:
                add(child)

        for theme in themes:
            add(theme)
        self._resize()
        self.update()

    def set_zoom(self, level: str, view_width: int = 0) -> None:
        """``year`` (the whole year fits ``view_width``), ``quarter`` or ``month``."""
        days = (self.year.end - self.year.start).days + 1
        fit = max((view_width - LABEL_WIDTH - 12) / days, 1.5)
        self.day_width = {"year": fit, "quarter": 9.0, "month": 28.0}[level]
        self._resize()
        self.update()

    def _resize(self) -> None:
        days = (self.year.end - self.year.start).days + 1
        self.setFixedSize(
            int(LABEL_WIDTH + days * self.day_width + 10),
            HEADER + ROW_HEIGHT * max(len(self.lines), 1) + 4,
        )

    # -- geometry ---------------------------------------------------------------------------
    def x_of(self, day: dt.date) -> float:
        return LABEL_WIDTH + (day - self.year.start).days * self.day_width

    def day_at(self, x: float) -> dt.date:
        offset = round((x - LABEL_WIDTH) / self.day_width)
        return self.year.start + dt.timedelta(days=offset)

    def row_top(self, index: int) -> float:
        return HEADER + index * ROW_HEIGHT

    def line_of(self, row_id: int) -> int:
        return next(
            i for i, line in enumerate(self.lines) if line.row is not None and line.row.id == row_id
        )

    def shapes(self, row_id: int) -> list[tuple[str, QRectF]]:
        """What is drawn for a row: ``bar``, ``deadline``, ``band`` or ``unplaced`` with its
        rectangle (tests and tooltips use it)."""
        index = self.line_of(row_id)
        line = self.lines[index]
        top = self.row_top(index)
        period = line.period
        if period is None or not period.placeable:
            return [("unplaced", QRectF())]
        if period.kind in ("whole_year", "continuous"):
            left, right = self.x_of(self.year.start), self.x_of(self.year.end)
            return [("band", QRectF(left, top + 8, right - left + self.day_width, 6))]
        if period.kind == "deadline":
            found = []
            for _start, end in period.spans:
                x = self.x_of(end) + self.day_width / 2
                found.append(("deadline", QRectF(x - 6, top + 5, 12, 12)))
            return found
        found = []
        for start, end in period.spans:
            left = self.x_of(max(start, self.year.start))
            right = self.x_of(min(end, self.year.end)) + self.day_width
            found.append(("bar", QRectF(left, top + 6, max(right - left, 3), 10)))
        return found

    # -- painting: only the rows in view ----------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        first = max(int((area.top() - HEADER) // ROW_HEIGHT), 0)
        last = min(int((area.bottom() - HEADER) // ROW_HEIGHT) + 1, len(self.lines) - 1)
        self.painted_rows = (first, last)
        painter.fillRect(area, QColor("white"))
        self._holidays(painter)
        self._months(painter)
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

    def _months(self, painter: QPainter) -> None:
        from babel.dates import get_month_names

        names = get_month_names("abbreviated", locale="nl_NL")
        painter.setPen(QPen(QColor("#BFBFBF"), 0.5))
        day = self.year.start
        while day <= self.year.end:
            days = cal.monthrange(day.year, day.month)[1]
            x = self.x_of(day)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            label = names[day.month] + (f" {day.year}" if day.month in (1, 8) else "")
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(x, 4, days * self.day_width, 20), Qt.AlignmentFlag.AlignCenter, label
            )
            painter.setPen(QPen(QColor("#BFBFBF"), 0.5))
            day += dt.timedelta(days=days)

    def _line(self, painter: QPainter, index: int) -> None:
        line = self.lines[index]
        top = self.row_top(index)
        if line.is_band:
            painter.fillRect(QRectF(0, top, self.width(), ROW_HEIGHT), BAND)
            label = f"{line.theme.label} {line.theme.title}".strip()
            self._label(painter, top, label, bold=True)
            return
        row = line.row
        assert row is not None
        if row.id is not None:
            self._shapes(painter, line, row.id)
        what = " ".join(to_plain(row.value(Field.WHAT) or row.value(Field.TITLE)).split())
        self._label(painter, top, f"{row.number} {what}" if row.number else what)
        if line.period is not None and line.period.recurrence:
            painter.setPen(BAR)
            painter.drawText(
                QRectF(self.label_left + LABEL_WIDTH - 18, top, 14, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                "↻",
            )

    def _label(self, painter: QPainter, top: float, text: str, bold: bool = False) -> None:
        left = self.label_left
        painter.fillRect(
            QRectF(left, top, LABEL_WIDTH - 4, ROW_HEIGHT), BAND if bold else QColor("white")
        )
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

    def _shapes(self, painter: QPainter, line: CalendarLine, row_id: int) -> None:
        spans = line.period.spans if line.period else ()
        for (kind, shape), span in zip(self.shapes(row_id), (*spans, None), strict=False):
            rect = shape
            dragged = self.drag is not None and span == (self.drag[3], self.drag[4])
            dragged = dragged and self.drag is not None and self.drag[0] == row_id
            if dragged and self.preview and kind == "bar":
                start, end = self.preview
                rect = QRectF(
                    self.x_of(start),
                    shape.top(),
                    self.x_of(end) + self.day_width - self.x_of(start),
                    shape.height(),
                )
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

    # -- dragging ---------------------------------------------------------------------------
    def _hit(self, position: QPointF) -> tuple[int, str, dt.date, dt.date] | None:
        index = int((position.y() - HEADER) // ROW_HEIGHT)
        if not 0 <= index < len(self.lines) or self.lines[index].row is None:
            return None
        line = self.lines[index]
        if line.row is None or line.row.id is None or line.period is None:
            return None
        for (kind, rect), span in zip(self.shapes(line.row.id), line.period.spans, strict=False):
            if kind != "bar" or not rect.adjusted(-EDGE, -4, EDGE, 4).contains(position):
                continue
            if abs(position.x() - rect.left()) <= EDGE:
                return line.row.id, "start", span[0], span[1]
            if abs(position.x() - rect.right()) <= EDGE:
                return line.row.id, "end", span[0], span[1]
            return line.row.id, "move", span[0], span[1]
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        index = int((event.position().y() - HEADER) // ROW_HEIGHT)
        if 0 <= index < len(self.lines) and self.lines[index].row is not None:
            row_id = self.lines[index].row.id
            if row_id is not None:
                self.row_clicked.emit(row_id)
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            row_id, mode, start, end = hit
            self.drag = (row_id, mode, event.position().x(), start, end)
            self.preview = (start, end)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag is None:
            hit = self._hit(event.position())
            shape = Qt.CursorShape.ArrowCursor
            if hit is not None:
                shape = (
                    Qt.CursorShape.SizeHorCursor
                    if hit[1] != "move"
                    else Qt.CursorShape.SizeAllCursor
                )
            self.setCursor(shape)
            self._tooltip(event)
            return
        self.preview = self._new_span(event)
        self.update()

    def _new_span(self, event: QMouseEvent) -> tuple[dt.date, dt.date]:
        assert self.drag is not None
        _row, mode, origin, start, end = self.drag
        days = round((event.position().x() - origin) / self.day_width)
        by_day = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if by_day:
            shift = dt.timedelta(days=days)
            if mode == "move":
                return start + shift, end + shift
            if mode == "start":
                return min(start + shift, end), end
            return start, max(end + shift, start)
        months = round(days / 30.4)
        if mode == "move":
            return _add_months(start, months), _month_end(_add_months(end, months))
        if mode == "start":
            new = _add_months(start.replace(day=1), months)
            return min(new, end.replace(day=1)), end
        new = _month_end(_add_months(end.replace(day=1), months))
        return start, max(new, _month_end(start))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.drag is None:
            return
        row_id = self.drag[0]
        start, end = self._new_span(event)
        original = (self.drag[3], self.drag[4])
        self.drag, self.preview = None, None
        self.update()
        if (start, end) == original or self.on_move is None:
            return
        line = self.lines[self.line_of(row_id)]
        spans = [s for s in (line.period.spans if line.period else ()) if s != original]
        from jaarplanner.periods import merge_spans

        period = Period(
            "span",
            merge_spans([*spans, (start, end)]),
            line.period.recurrence if line.period else None,
            line.period.approximate if line.period else False,
        )
        self.on_move(row_id, format_period(period))

    def _tooltip(self, event: QMouseEvent) -> None:
        index = int((event.position().y() - HEADER) // ROW_HEIGHT)
        if 0 <= index < len(self.lines) and self.lines[index].row is not None:
            line = self.lines[index]
            assert line.row is not None
            text = to_plain(line.row.value(Field.PERIOD))
            if line.period is not None:
                text = f"{text}\n{describe_period(line.period)}"
            QToolTip.showText(event.globalPosition().toPoint(), text, self)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, cal.monthrange(year, month)[1]))


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=cal.monthrange(day.year, day.month)[1])
