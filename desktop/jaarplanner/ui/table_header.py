"""Column headers that wrap onto more lines instead of being cut ("Periode (wanneer)" in a
narrow column reads as two lines, never as "iode (wanne")."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
PADDING = 8


class WrappingHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sectionResized.connect(lambda *_: self.updateGeometries())

    def _text(self, section: int) -> str:
        model = self.model()
        value = model.headerData(section, self.orientation()) if model is not None else None
        return str(value) if value else ""

    def _text_height(self, section: int, width: int) -> int:
        rect = QRect(0, 0, max(width - PADDING, 10), 10_000)
        return self.fontMetrics().boundingRect(rect, FLAGS, self._text(section)).height()

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        model = self.model()
        if model is None:
            return size
        tallest = max(
            (
                self._text_height(section, self.sectionSize(section))
                for section in range(model.columnCount())
                if not self.isSectionHidden(section)
            ),
            default=0,
        )
        size.setHeight(max(size.height(), tallest + PADDING))
        return size

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.save()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect.adjusted(PADDING // 2, 2, -PADDING // 2, -2), FLAGS, self._text(section)
        )
        painter.restore()
