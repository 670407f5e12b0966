"""*Document → Organisatie…*: name, short name, sector, holiday region (the calendar's
holidays follow it), the logo the PDF prints at the top, the PDF's header and footer texts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.values import Region, Sector
from jaarplanner.services.organisation import (
    OrganisationSettings,
    logo_kind,
    read_settings,
    save_settings,
)
from jaarplanner.services.regions import find_region

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

REGIONS = {Region.NORTH: "noord", Region.MIDDLE: "midden", Region.SOUTH: "zuid"}


def svg_as_png(data: bytes, width: int = 800) -> bytes:
    """An SVG logo drawn as PNG, which the PDF can print; ``b""`` when it cannot be drawn."""
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # an installation without Qt's SVG module: the user is told PNG
        return b""
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return b""
    size = renderer.defaultSize()
    height = max(1, round(width * size.height() / max(size.width(), 1)))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub asks bytes for the format, the binding refuses them and takes str
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


class OrganisationDialog(QDialog):
    def __init__(self, settings: OrganisationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Organisation"))
        self.settings = settings
        self.logo = settings.logo
        form = QFormLayout()
        self.name = QLineEdit(settings.name)
        form.addRow(_("&Name:"), self.name)
        self.short_name = QLineEdit(settings.short_name)
        form.addRow(_("S&hort name:"), self.short_name)
        self.sector = QComboBox()
        self.sector.addItem(_("VO (secondary)"), Sector.VO)
        self.sector.addItem(_("PO (primary)"), Sector.PO)
        self.sector.setCurrentIndex(self.sector.findData(settings.sector))
        form.addRow(_("S&ector:"), self.sector)
        row = QHBoxLayout()
        self.place = QLineEdit()
        self.place.setPlaceholderText(_("place or province"))
        self.region = QComboBox()
        for region, word in REGIONS.items():
            self.region.addItem(_("region {name}").format(name=word), region)
        self.region.setCurrentIndex(self.region.findData(settings.region))
        row.addWidget(self.place, 2)
        row.addWidget(self.region, 1)
        form.addRow(_("Holiday region:"), row)
        self.region_note = QLabel(_("The calendar shows the school holidays of this region."))
        form.addRow("", self.region_note)
        logo_row = QHBoxLayout()
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(200, 60)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border: 1px solid #bbb; background: white")
        choose = QPushButton(_("C&hoose logo…"))
        choose.clicked.connect(lambda: self.choose_logo())
        self.remove_logo = QPushButton(_("No logo"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_view)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form.addRow(_("Logo (PNG or SVG):"), logo_row)
        self.header = QLineEdit(settings.header_text)
        self.header.setPlaceholderText(_("e.g. Concept – for the board meeting of 12 May"))
        form.addRow(_("PDF &header text:"), self.header)
        self.footer = QLineEdit(settings.footer_text)
        self.footer.setPlaceholderText(_("e.g. www.swv-example.nl · 010 123 45 67"))
        form.addRow(_("PDF &footer text:"), self.footer)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a33")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.place.textChanged.connect(self._place_changed)
        self.set_logo(self.logo)
        self.resize(640, 380)

    def _place_changed(self, text: str) -> None:
        region = find_region(text) if text.strip() else None
        if region is not None:
            self.region.setCurrentIndex(self.region.findData(region))
            self.region_note.setText(
                _("{place} is in region {region}.").format(
                    place=text.strip(), region=REGIONS[region]
                )
            )
        elif text.strip():
            self.region_note.setText(_("Not in the list of places: choose the region."))

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data or None
        self.remove_logo.setEnabled(self.logo is not None)
        if self.logo is None:
            self.logo_view.setText(_("(no logo)"))
            self.logo_view.setPixmap(QPixmap())
            return
        picture = QPixmap()
        picture.loadFromData(self.logo)
        self.logo_view.setPixmap(
            picture.scaled(
                self.logo_view.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose_logo(self, path: Path | None = None) -> bool:
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, _("Choose logo"), str(Path.home()), _("Pictures (*.png *.svg)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as error:
            self.message.setText(
                _("'{name}' cannot be read: {reason}").format(name=path.name, reason=error)
            )
            return False
        if logo_kind(data) == "svg":
            data = svg_as_png(data)
        if logo_kind(data) != "png":
            self.message.setText(_("The logo must be a PNG or SVG file."))
            return False
        self.message.setText("")
        self.set_logo(data)
        return True

    def chosen(self) -> OrganisationSettings:
        return replace(
            self.settings,
            name=self.name.text(),
            short_name=self.short_name.text(),
            sector=self.sector.currentData(),
            region=self.region.currentData(),
            logo=self.logo,
            header_text=self.header.text(),
            footer_text=self.footer.text(),
        )

    def accept(self) -> None:
        if not self.name.text().strip():
            self.message.setText(_("The organisation needs a name."))
            return
        super().accept()


def edit_organisation(window: MainWindow) -> bool:
    document = window.current_document()
    if document is None or document.organisation.id is None:
        QMessageBox.information(window, _("Organisation"), _("Make or import a document first."))
        return False
    ident = document.organisation.id
    try:
        settings = read_settings(window.db, ident)
    except UserError as error:
        QMessageBox.warning(window, _("Organisation"), str(error))
        return False
    dialog = OrganisationDialog(settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    chosen = dialog.chosen()
    if chosen == settings:
        return False
    return window.history.perform(lambda db: save_settings(db, ident, chosen)) is not None
