"""Which column holds what: shown when a table's header matches no known layout, with the
columns as Jaarplanner read them chosen already, so she only corrects what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.i18n import _
from jaarplanner.importers.tables import Mapping, normal
from jaarplanner.model.values import Field, field_label

KEEP, LEAVE_OUT = "", "-"


class MappingDialog(QDialog):
    def __init__(
        self,
        file_name: str,
        headers: list[str],
        parent: QWidget | None = None,
        guesses: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Which column holds what?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "The columns of '{name}' match no layout Jaarplanner knows. Check for "
                "each column what it holds; a column without a field is kept in the notes."
            ).format(name=file_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for header in headers:
            combo = QComboBox()
            combo.addItem(_("(keep in the notes)"), KEEP)
            combo.addItem(_("(leave out)"), LEAVE_OUT)
            for field in Field:
                combo.addItem(field_label(field), field.value)
            combo.addItem(_("Start of the period (Van)"), "period-start")
            combo.addItem(_("End of the period (Tot en met)"), "period-end")
            combo.setAccessibleName(_("Field for column {header}").format(header=header))
            form.addRow(header or _("(column without a name)"), combo)
            self.combos[header] = combo
            if guesses and guesses.get(header):
                combo.setCurrentIndex(max(0, combo.findData(guesses[header])))
        layout.addLayout(form)
        self.keep = QCheckBox(_("Keep as a layout for later imports"))
        self.layout_name = QLineEdit()
        self.layout_name.setPlaceholderText(_("Name of the layout"))
        self.layout_name.setAccessibleName(_("Name of the layout"))
        self.layout_name.setEnabled(False)
        self.keep.toggled.connect(self.layout_name.setEnabled)
        layout.addWidget(self.keep)
        layout.addWidget(self.layout_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, header: str, field: Field | str | None) -> None:
        value = field.value if isinstance(field, Field) else (field or LEAVE_OUT)
        combo = self.combos[header]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def mapping_text(self) -> str:
        """The choices in the command line's mapping syntax (checked like it)."""
        parts = []
        for header, combo in self.combos.items():
            value = combo.currentData()
            if value != KEEP and header.strip():
                parts.append(f"{header.replace(';', ' ').replace('=', ' ')}={value}")
        return "; ".join(parts)

    def mapping(self) -> Mapping:
        """A ``UserError`` (Dutch) when the choices cannot be a mapping, e.g. one field twice."""
        mapping = Mapping.parse(self.mapping_text())
        for header, combo in self.combos.items():
            value = combo.currentData()
            if header.strip() or value == KEEP:
                continue
            if value in ("period-start", "period-end"):
                mapping.joins[normal(header)] = value
            else:
                mapping.columns[normal(header)] = None if value == LEAVE_OUT else Field(value)
        Mapping._check(mapping.columns, mapping.joins)
        return mapping

    def saved_layout_name(self) -> str | None:
        name = " ".join(self.layout_name.text().split())
        return name if self.keep.isChecked() and name else None
