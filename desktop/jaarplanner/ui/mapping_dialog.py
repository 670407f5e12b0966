"""Which column holds what: shown when a table's header matches no known layout."""

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


class MappingDialog(QDialog):
    def __init__(self, file_name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Which column holds what?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "The columns of '{name}' match no layout Jaarplanner knows. Say for "
                "each column what it holds."
            ).format(name=file_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for header in headers:
            combo = QComboBox()
            combo.addItem(_("(leave out)"), None)
            for field in Field:
                combo.addItem(field_label(field), field.value)
            combo.setAccessibleName(_("Field for column {header}").format(header=header))
            form.addRow(header, combo)
            self.combos[header] = combo
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

    def choose(self, header: str, field: Field | None) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(max(0, combo.findData(field.value if field else None)))

    def mapping(self) -> Mapping:
        chosen = {header: combo.currentData() for header, combo in self.combos.items()}
        return Mapping({normal(h): Field(v) if v else None for h, v in chosen.items()})

    def saved_layout_name(self) -> str | None:
        name = " ".join(self.layout_name.text().split())
        return name if self.keep.isChecked() and name else None
