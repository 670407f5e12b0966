"""*Document → Delen en kolommen…*: the document's parts (add, rename, reorder, remove) and
each part's columns (heading, field, width, deadline), numbering and orientation. The whole
dialog is one service call and one undoable step."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.layout import Column, ColumnLayout, LayoutError
from jaarplanner.model.values import Field, field_label
from jaarplanner.services.layout_catalogue import shipped_layouts
from jaarplanner.services.parts import PartPlan

NUMBERING = (("{n}", "1, 2, 3"), ("{t}.{n}", "1.1, 1.2"), ("", None))
LABEL, FIELD, WIDTH, DEADLINE = range(4)


@dataclass
class PartDraft:
    """A part as the dialog holds it until OK."""

    title: str
    layout: ColumnLayout
    id: int | None = None
    columns: list[Column] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.columns:
            self.columns = list(self.layout.columns)

    def plan(self) -> PartPlan:
        return PartPlan(self.title, replace(self.layout, columns=tuple(self.columns)), self.id)


def _new_part_layout(document: DocumentData) -> ColumnLayout:
    """A new part looks like the document's first part (or the themed table's)."""
    if document.parts:
        return document.parts[0].layout
    return shipped_layouts()[0].default_part


class PartsDialog(QDialog):
    def __init__(self, document: DocumentData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Parts and columns"))
        self.document = document
        self.drafts = [PartDraft(p.title, p.layout, p.id) for p in document.parts]
        self.filling = False
        # parts
        self.parts = QListWidget()
        self.parts.setMaximumWidth(280)
        self.parts.setAccessibleName(_("Parts"))
        self.part_title = QLineEdit()
        self.part_title.setAccessibleName(_("Title of the part"))
        part_buttons = QHBoxLayout()
        self.add_part_button = self._button(_("&Add part"), self.add_part, part_buttons)
        self.remove_part_button = self._button(_("Remove part"), self.remove_part, part_buttons)
        self.part_up = self._button("↑", lambda: self.move_part(-1), part_buttons)
        self.part_down = self._button("↓", lambda: self.move_part(1), part_buttons)
        self.part_up.setToolTip(_("Move the part up"))
        self.part_down.setToolTip(_("Move the part down"))
        left = QVBoxLayout()
        left.addWidget(QLabel(_("<b>Parts</b>")))
        left.addWidget(self.parts, 1)
        title_row = QFormLayout()
        self.part_title.setMaximumWidth(230)
        title_row.addRow(_("&Title:"), self.part_title)
        left.addLayout(title_row)
        left.addLayout(part_buttons)
        # columns
        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels(
            [_("Heading"), _("Holds"), _("Width"), _("Deadline")]
        )
        self.columns.setAccessibleName(_("Columns"))
        header = self.columns.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(FIELD, 200)
        header.resizeSection(WIDTH, 80)
        header.setSectionResizeMode(DEADLINE, QHeaderView.ResizeMode.ResizeToContents)
        column_buttons = QHBoxLayout()
        self.add_column_button = self._button(_("Add &column"), self.add_column, column_buttons)
        self.remove_column_button = self._button(
            _("Remove column"), self.remove_column, column_buttons
        )
        self.column_left = self._button("←", lambda: self.move_column(-1), column_buttons)
        self.column_right = self._button("→", lambda: self.move_column(1), column_buttons)
        self.column_left.setToolTip(_("Move the column to the left"))
        self.column_right.setToolTip(_("Move the column to the right"))
        column_buttons.addStretch(1)
        self.numbering = QComboBox()
        for value, text in NUMBERING:
            self.numbering.addItem(text or _("none"), value)
        self.orientation = QComboBox()
        self.orientation.addItem(_("rows under each other"), "rows")
        self.orientation.addItem(_("cards (columns across, actions as rows)"), "transposed")
        shape = QFormLayout()
        shape.addRow(_("&Numbering of the rows:"), self.numbering)
        shape.addRow(_("&Shown as:"), self.orientation)
        box = QGroupBox(_("Columns of the chosen part"))
        right = QVBoxLayout(box)
        right.addWidget(self.columns, 1)
        right.addLayout(column_buttons)
        right.addLayout(shape)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(box, 3)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "What you change here shows in the table and in the next export; "
                "Ctrl+Z undoes it in one step. A column you remove keeps its text: "
                "add it again and the text is back."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.parts.currentRowChanged.connect(self._show_part)
        self.part_title.textEdited.connect(self._title_edited)
        self.columns.itemChanged.connect(self._column_edited)
        self.numbering.activated.connect(self._shape_edited)
        self.orientation.activated.connect(self._shape_edited)
        self.resize(1000, 560)
        self._fill_parts(0)

    def _button(self, text: str, handler, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: handler())
        row.addWidget(button)
        return button

    # -- parts --------------------------------------------------------------------------
    def _fill_parts(self, current: int) -> None:
        self.filling = True
        self.parts.clear()
        for draft in self.drafts:
            self.parts.addItem(draft.title)
        self.filling = False
        self.parts.setCurrentRow(min(current, len(self.drafts) - 1))
        self.remove_part_button.setEnabled(len(self.drafts) > 1)

    def current(self) -> PartDraft | None:
        row = self.parts.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _title_edited(self, text: str) -> None:
        draft = self.current()
        if draft is not None:
            draft.title = text
            self.parts.currentItem().setText(text)

    def add_part(self) -> None:
        layout = _new_part_layout(self.document)
        self.drafts.append(PartDraft(_("New part"), layout))
        self._fill_parts(len(self.drafts) - 1)
        self.part_title.setFocus()
        self.part_title.selectAll()

    def remove_part(self) -> None:
        row = self.parts.currentRow()
        if len(self.drafts) > 1 and row >= 0:
            del self.drafts[row]
            self._fill_parts(row)

    def move_part(self, step: int) -> None:
        row = self.parts.currentRow()
        target = row + step
        if 0 <= row < len(self.drafts) and 0 <= target < len(self.drafts):
            self.drafts[row], self.drafts[target] = self.drafts[target], self.drafts[row]
            self._fill_parts(target)

    # -- columns ------------------------------------------------------------------------
    def _show_part(self, row: int) -> None:
        if self.filling:
            return
        draft = self.current()
        if draft is None:
            return
        self.part_title.setText(draft.title)
        self._fill_columns(draft, 0)
        self.numbering.setCurrentIndex(
            max(0, self.numbering.findData(draft.layout.row_number_format))
        )
        self.orientation.setCurrentIndex(self.orientation.findData(draft.layout.orientation))

    def _fill_columns(self, draft: PartDraft, current: int) -> None:
        self.filling = True
        self.columns.setRowCount(0)
        for row, column in enumerate(draft.columns):
            self.columns.insertRow(row)
            self.columns.setItem(row, LABEL, QTableWidgetItem(column.label))
            choice = QComboBox()
            for name in Field:
                choice.addItem(field_label(name), name)
            choice.setCurrentIndex(choice.findData(column.field))
            choice.activated.connect(lambda _i, r=row: self._field_chosen(r))
            self.columns.setCellWidget(row, FIELD, choice)
            width = QDoubleSpinBox()
            width.setRange(0.2, 10.0)
            width.setSingleStep(0.1)
            width.setDecimals(1)
            width.setValue(column.width)
            width.valueChanged.connect(lambda _v, r=row: self._width_changed(r))
            self.columns.setCellWidget(row, WIDTH, width)
            deadline = QCheckBox()
            deadline.setChecked(column.due_date)
            deadline.setToolTip(_("The column holds a deadline (Wanneer gereed)"))
            deadline.toggled.connect(lambda on, r=row: self._deadline_toggled(r, on))
            self.columns.setCellWidget(row, DEADLINE, deadline)
        self.filling = False
        if draft.columns:
            self.columns.setCurrentCell(min(current, len(draft.columns) - 1), LABEL)

    def _column_edited(self, item: QTableWidgetItem) -> None:
        draft = self.current()
        if self.filling or draft is None or item.column() != LABEL:
            return
        old = draft.columns[item.row()]
        draft.columns[item.row()] = replace(old, label=" ".join(item.text().split()))

    def _field_chosen(self, row: int) -> None:
        draft = self.current()
        choice = self.columns.cellWidget(row, FIELD)
        if draft is None or not isinstance(choice, QComboBox):
            return
        chosen = Field(choice.currentData())
        old = draft.columns[row]
        label = old.label
        if not label or label == field_label(old.field):
            label = field_label(chosen)  # an untouched heading follows the field
        draft.columns[row] = replace(old, field=chosen, label=label)
        self._fill_columns(draft, row)

    def _width_changed(self, row: int) -> None:
        draft = self.current()
        spin = self.columns.cellWidget(row, WIDTH)
        if draft is not None and isinstance(spin, QDoubleSpinBox):
            draft.columns[row] = replace(draft.columns[row], width=round(spin.value(), 1))

    def _deadline_toggled(self, row: int, on: bool) -> None:
        draft = self.current()
        if draft is None or self.filling:
            return
        draft.columns = [
            replace(c, due_date=(i == row and on) or (c.due_date and i != row and not on))
            for i, c in enumerate(draft.columns)
        ]
        self._fill_columns(draft, row)

    def _shape_edited(self, *_args: object) -> None:
        draft = self.current()
        if draft is not None:
            draft.layout = replace(
                draft.layout,
                row_number_format=self.numbering.currentData(),
                orientation=self.orientation.currentData(),
            )

    def add_column(self) -> None:
        draft = self.current()
        if draft is None:
            return
        used = {c.field for c in draft.columns}
        free = [f for f in Field if f not in used]
        if not free:
            self.message.setText(_("Every field has a column already."))
            return
        chosen = Field.REMARK if Field.REMARK in free else free[0]
        draft.columns.append(Column(chosen, field_label(chosen), 1.0))
        self._fill_columns(draft, len(draft.columns) - 1)
        self.columns.setFocus()
        item = self.columns.item(len(draft.columns) - 1, LABEL)
        if item is not None:  # the row just filled
            self.columns.editItem(item)

    def remove_column(self) -> None:
        draft = self.current()
        row = self.columns.currentRow()
        if draft is None or not 0 <= row < len(draft.columns):
            return
        if len(draft.columns) == 1:
            self.message.setText(_("A part keeps at least one column."))
            return
        del draft.columns[row]
        self._fill_columns(draft, row)

    def move_column(self, step: int) -> None:
        draft = self.current()
        row = self.columns.currentRow()
        target = row + step
        if draft is not None and 0 <= row < len(draft.columns) and 0 <= target < len(draft.columns):
            draft.columns[row], draft.columns[target] = draft.columns[target], draft.columns[row]
            self._fill_columns(draft, target)

    # -- the answer ----------------------------------------------------------------------
    def plans(self) -> list[PartPlan]:
        return [draft.plan() for draft in self.drafts]

    def accept(self) -> None:
        for draft in self.drafts:
            if not draft.title.strip():
                self.message.setText(_("Every part needs a title."))
                return
            try:
                draft.plan().layout.validate()
            except LayoutError as error:
                self.message.setText(f"{draft.title}: {error}")
                return
        super().accept()
