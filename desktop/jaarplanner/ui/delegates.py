"""Editing cells in place: a rich-text editor for the text fields (Ctrl+B, Ctrl+I, Ctrl+U)
and a period editor that shows, while typing, what the program understood."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.i18n import _
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear, describe_period, parse_period
from jaarplanner.ui.qtrich import display_html, document_to_html, editable_html
from jaarplanner.ui.rows_model import RICH_ROLE, RowsModel

Index = QModelIndex | QPersistentModelIndex
WARNING = "#FCE4D6"


class RichEditor(QTextEdit):
    """A rich-text editor (cells and detail fields). Bold, italic, underline and lists come
    from the window's one set of formatting actions, applied to the editor with the focus;
    an editor registers no shortcuts of its own (seven editors with the same window-wide
    shortcut make Qt call each of them ambiguous and do nothing)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source) -> None:
        """Text pasted from elsewhere comes in as plain text: no foreign fonts or colours."""
        if source.hasText():
            self.textCursor().insertText(source.text())
        else:
            super().insertFromMimeData(source)

    def _merge(self, fmt: QTextCharFormat) -> None:
        self.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.fontWeight() < QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self._merge(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.fontUnderline())
        self._merge(fmt)

    def toggle_list(self) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
            return
        cursor.createList(QTextListFormat.Style.ListDisc)

    def new_line(self) -> None:
        """A new paragraph inside the text (Alt+Enter or Shift+Enter in a cell)."""
        self.textCursor().insertBlock()

    def toggle_superscript(self) -> None:
        fmt = QTextCharFormat()
        current = self.currentCharFormat().verticalAlignment()
        superscript = QTextCharFormat.VerticalAlignment.AlignSuperScript
        fmt.setVerticalAlignment(
            QTextCharFormat.VerticalAlignment.AlignNormal if current == superscript else superscript
        )
        self._merge(fmt)


class PeriodEditor(QWidget):
    """A line for the period text, and below it what the program read in it."""

    def __init__(self, parent: QWidget, school_year: SchoolYear, deadline: bool) -> None:
        super().__init__(parent)
        self.school_year = school_year
        self.deadline = deadline
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(_("Period (when)"))
        self.feedback = QLabel(self)
        self.feedback.setAccessibleName(_("What the period means"))
        self.feedback.setWordWrap(True)
        layout.addWidget(self.line)
        layout.addWidget(self.feedback)
        self.line.textChanged.connect(self.understand)
        self.setFocusProxy(self.line)

    def understand(self, text: str) -> None:
        period = parse_period(text, self.school_year, self.deadline)
        self.feedback.setText(describe_period(period) if text.strip() else "")
        unplaceable = bool(text.strip()) and not period.placeable and not period.recurrence
        self.line.setStyleSheet(f"background: {WARNING};" if unplaceable else "")
        self.unplaceable = unplaceable

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)
        self.understand(text)


class CellDelegate(QStyledItemDelegate):
    """Chooses the editor by field: the period editor or the rich-text editor."""

    def __init__(self, parent: QWidget, school_year: Callable[[], SchoolYear]) -> None:
        super().__init__(parent)
        self.school_year = school_year

    def _field(self, index: Index) -> Field | None:
        model = index.model()
        if isinstance(model, RowsModel) and model.layout and index.column() > 0:
            return model.layout.columns[index.column() - 1].field
        return None

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        model = index.model()
        if self._field(index) == Field.PERIOD and isinstance(model, RowsModel):
            deadline = model.layout is not None and model.layout.deadline_field == Field.PERIOD
            editor = PeriodEditor(parent, self.school_year(), deadline)
            editor.line.installEventFilter(self)
            return editor
        rich = RichEditor(parent)
        rich.setAccessibleName(_("Cell text"))
        return rich

    @staticmethod
    def _value(index: Index, role: int) -> object:
        """The model's value, asked in Python. PySide 6.12 on Python 3.11 releases ``None``
        once too often when Python reads ``index.data()`` that comes back None, or
        ``option.widget`` when it is null; hundreds of thousands of times on a big table,
        and the program aborts. So: ask the Python model directly, and use the view we
        belong to instead of ``option.widget``."""
        model = index.model()
        if isinstance(model, RowsModel):
            return model.data(index, role)
        return index.data(role)

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        html = str(self._value(index, RICH_ROLE) or "")  # the model's text, or nothing
        if not html:
            return None
        width = max(option.rect.width(), 40)
        plain = "<" not in html
        if plain and not self._word_too_long(html, option, width):
            return None  # plain text that wraps at spaces: the standard painting does it
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        text_option = document.defaultTextOption()
        # a word wider than the column breaks inside it instead of being cut off
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(text_option)
        if plain:
            document.setPlainText(html.replace("&amp;", "&"))
        else:
            document.setHtml(display_html(html))
        document.setTextWidth(width)
        return document

    @staticmethod
    def _word_too_long(text: str, option: QStyleOptionViewItem, width: int) -> bool:
        longest = max(text.split(), key=len, default="")
        return len(longest) > 6 and option.fontMetrics.horizontalAdvance(longest) > width - 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        view = self.parent()  # never option.widget: see _value
        style = view.style() if isinstance(view, QWidget) else QApplication.style()
        widget = view if isinstance(view, QWidget) else None
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        colour = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(colour))
        brush = self._value(index, Qt.ItemDataRole.ForegroundRole)
        if isinstance(brush, QBrush) and not selected:  # the model gives a QBrush or None
            context.palette.setColor(QPalette.ColorRole.Text, brush.color())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        model = index.model()
        if isinstance(model, RowsModel):
            line = model.line(index)
            if line is not None and line.is_band:  # spans the table: one line high
                return QSize(200, option.fontMetrics.height() + 8)
        view = self.parent()  # never option.widget: see _value
        if view is not None and hasattr(view, "columnWidth"):
            rect = option.rect
            rect.setWidth(view.columnWidth(index.column()))
            option.rect = rect
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)

    def _finish(self, editor: QWidget, rows: int = 0, columns: int = 0) -> None:
        """Save the editor's text, close it and move like a spreadsheet; the table keeps the
        focus."""
        view = self.parent()
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        if isinstance(view, QWidget):
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            if (rows or columns) and hasattr(view, "step"):
                view.step(rows, columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor: QObject = watched
        period = watched.parentWidget() if isinstance(watched, QLineEdit) else None
        if isinstance(period, PeriodEditor):  # the period editor's line: the editor is its own
            editor = period
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(editor, (RichEditor, PeriodEditor))
        ):
            key, modifiers = event.key(), event.modifiers()
            mods = modifiers & ~Qt.KeyboardModifier.KeypadModifier
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and mods in (
                Qt.KeyboardModifier.AltModifier,
                Qt.KeyboardModifier.ShiftModifier,
            ):
                if isinstance(editor, RichEditor):
                    editor.new_line()
                return True
            if enter and mods == Qt.KeyboardModifier.NoModifier:
                self._finish(editor, rows=1)
                return True
            if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
                self._finish(editor, columns=1)
                return True
            if key == Qt.Key.Key_Backtab or (
                key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.ShiftModifier
            ):
                self._finish(editor, columns=-1)
                return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Typing on a cell replaces its text; F2 and a double click keep it, cursor at the
        end. Only once: a repaint of the row never overwrites what is being typed."""
        if editor.property("loaded"):
            return
        editor.setProperty("loaded", True)
        view = self.parent()
        replace = getattr(view, "start_trigger", None) == (
            QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        value = "" if replace else str(self._value(index, RICH_ROLE) or "")
        if isinstance(editor, PeriodEditor):
            editor.setText(to_plain(value))
            editor.line.end(False)
        elif isinstance(editor, RichEditor):
            editor.setHtml(editable_html(value))
            editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: Index,
    ) -> None:
        if isinstance(editor, PeriodEditor):
            from jaarplanner.model.richtext import from_plain

            model.setData(index, from_plain(editor.text()), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, RichEditor):
            model.setData(index, document_to_html(editor.document()), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> None:
        rect = option.rect
        if isinstance(editor, PeriodEditor):
            rect.setHeight(max(rect.height(), 48))
        elif isinstance(editor, RichEditor):
            rect.setHeight(max(rect.height(), 80))
        editor.setGeometry(rect)
