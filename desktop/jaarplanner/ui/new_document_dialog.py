"""*Nieuw document…* (Ctrl+N): one dialog for the organisation, the school year, the title and
how the document looks (a shipped layout shown as a picture of its page, a saved one, one's
own, or last year's document carried over)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import Region, Sector
from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.resources import layouts_dir
from jaarplanner.services import layout_catalogue as catalogue
from jaarplanner.services.new_document import (
    NewDocument,
    coming_school_year,
    earlier_documents,
    first_theme_id,
    new_document,
    organisations,
    suggested_title,
)
from jaarplanner.services.regions import find_region
from jaarplanner.storage.database import Database

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIOUS = "vorig-jaar"
REGIONS = {Region.NORTH: "noord", Region.MIDDLE: "midden", Region.SOUTH: "zuid"}


class NewDocumentDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("New document"))
        self.known = {o.name: o for o in organisations(db)}
        self.title_touched = False
        self.refreshing = False
        form = QFormLayout()
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems(sorted(self.known))
        self.organisation.setCurrentText("")
        line = self.organisation.lineEdit()  # the box is editable: it has one
        if line is not None:
            line.setPlaceholderText(_("e.g. Samenwerkingsverband Zuidplas"))
        self.organisation.setAccessibleName(_("Organisation"))
        form.addRow(_("&Organisation:"), self.organisation)
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(_("e.g. SWV Zuidplas"))
        form.addRow(_("S&hort name:"), self.short_name)
        self.sector = QComboBox()
        self.sector.addItem(_("VO (secondary)"), Sector.VO)
        self.sector.addItem(_("PO (primary)"), Sector.PO)
        form.addRow(_("S&ector:"), self.sector)
        place_row = QHBoxLayout()
        self.place = QLineEdit()
        self.place.setPlaceholderText(_("place or province"))
        self.region = QComboBox()
        for region, word in REGIONS.items():
            self.region.addItem(_("region {name}").format(name=word), region)
        self.region_note = QLabel()
        place_row.addWidget(self.place, 2)
        place_row.addWidget(self.region, 1)
        form.addRow(_("Place / holiday region:"), place_row)
        form.addRow("", self.region_note)
        self.year = QComboBox()
        self.year.setEditable(True)
        coming = coming_school_year()
        for offset in (-1, 0, 1):
            self.year.addItem(str(coming.next(offset)))
        self.year.setCurrentText(str(coming))
        form.addRow(_("School &year:"), self.year)
        self.title = QLineEdit()
        form.addRow(_("&Title:"), self.title)
        self.layouts = QListWidget()
        self.layouts.setViewMode(QListWidget.ViewMode.IconMode)
        self.layouts.setIconSize(QSize(168, 119))
        self.layouts.setGridSize(QSize(210, 172))
        self.layouts.setMovement(QListWidget.Movement.Static)
        self.layouts.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.layouts.setWordWrap(True)
        self.layouts.setMinimumHeight(230)
        self.layouts.setAccessibleName(_("How it looks"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("&Make document"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(_("<b>How it looks</b> (the parts and columns come with it):")))
        layout.addWidget(self.layouts, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill_layouts()
        self.organisation.currentTextChanged.connect(self._organisation_changed)
        self.place.textChanged.connect(self._place_changed)
        self.short_name.textChanged.connect(lambda _text: self._refresh())
        self.year.currentTextChanged.connect(self._refresh)
        self.title.textEdited.connect(lambda _text: setattr(self, "title_touched", True))
        self.layouts.currentItemChanged.connect(lambda *_a: self._refresh())
        self.resize(820, 620)
        self._refresh()
        self.organisation.setFocus()

    # -- filling -----------------------------------------------------------------------
    def _fill_layouts(self) -> None:
        self.layouts.clear()
        previews = layouts_dir() / "previews"
        order = ["themed-table", "development-points", "action-cards"]
        shipped = sorted(
            catalogue.shipped_layouts(),
            key=lambda x: order.index(x.name) if x.name in order else len(order),
        )
        for layout in shipped:
            picture = QPixmap(str(previews / f"{layout.name}.png"))
            self._add(layout.title, layout.name, QIcon(picture))
        saved = self._small(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        for layout in catalogue.saved_layouts(self.db):
            self._add(_("{title} (saved)").format(title=layout.title), layout.name, saved)
        compose = self._small(QStyle.StandardPixmap.SP_FileDialogNewFolder)
        self._add(_("Compose it yourself"), catalogue.COMPOSE, compose)
        self.layouts.setCurrentRow(0)

    def _small(self, kind: QStyle.StandardPixmap) -> QIcon:
        """A small symbol in the middle of a page-sized space, so the texts line up."""
        size = self.layouts.iconSize()
        canvas = QPixmap(size)
        canvas.fill(Qt.GlobalColor.transparent)
        symbol = self.style().standardIcon(kind).pixmap(48, 48)
        painter = QPainter(canvas)
        painter.drawPixmap((size.width() - 48) // 2, (size.height() - 48) // 2, symbol)
        painter.end()
        return QIcon(canvas)

    def _add(self, text: str, key: str, icon: QIcon) -> QListWidgetItem:
        item = QListWidgetItem(icon, text)
        item.setData(KEY_ROLE, key)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.layouts.addItem(item)
        return item

    def _previous_item(self) -> QListWidgetItem | None:
        for row in range(self.layouts.count()):
            item = self.layouts.item(row)
            if str(item.data(KEY_ROLE)).startswith(PREVIOUS):
                return item
        return None

    # -- following the user ------------------------------------------------------------
    def _organisation_changed(self, name: str) -> None:
        known = self.known.get(" ".join(name.split()))
        for widget in (self.short_name, self.sector, self.place, self.region):
            widget.setEnabled(known is None)
        if known is not None:
            self.short_name.setText(known.short_name)
            self.sector.setCurrentIndex(self.sector.findData(known.sector))
            self.region.setCurrentIndex(self.region.findData(known.region))
        self._refresh()

    def _place_changed(self, text: str) -> None:
        if not text.strip():
            self.region_note.setText("")
            return
        region = find_region(text)
        if region is None:
            self.region_note.setText(_("Not in the list of places: choose the region."))
        else:
            self.region.setCurrentIndex(self.region.findData(region))
            self.region_note.setText(
                _("{place} is in region {region}.").format(
                    place=text.strip(), region=REGIONS[region]
                )
            )

    def _refresh(self) -> None:
        """The title suggestion, and *Op basis van vorig jaar* when there is last year's."""
        if self.refreshing:  # changing the list below calls this again
            return
        self.refreshing = True
        try:
            self._refresh_choices()
        finally:
            self.refreshing = False
        if not self.title_touched:
            self.title.setText(self._suggestion())

    def _refresh_choices(self) -> None:
        name = " ".join(self.organisation.currentText().split())
        earlier = earlier_documents(self.db, name, self.year.currentText()) if name else []
        current = self._previous_item()
        if earlier and current is None:
            ident, label = earlier[0]
            item = self._add(
                _("Based on last year: {document}").format(document=label), "", QIcon()
            )
            item.setData(KEY_ROLE, f"{PREVIOUS}:{ident}")
        elif earlier and current is not None:
            current.setData(KEY_ROLE, f"{PREVIOUS}:{earlier[0][0]}")
            current.setText(_("Based on last year: {document}").format(document=earlier[0][1]))
        elif not earlier and current is not None:
            if self.layouts.currentItem() is current:
                self.layouts.setCurrentRow(0)
            self.layouts.takeItem(self.layouts.row(current))

    def _suggestion(self) -> str:
        key = self.chosen_key()
        name = self.short_name.text().strip() or " ".join(self.organisation.currentText().split())
        try:
            year = str(SchoolYear.parse(self.year.currentText()))
            layout = self._layout(key)
        except UserError:
            return ""
        if layout is None or not name:
            return ""
        return suggested_title(layout, name, year)

    def _layout(self, key: str) -> DocumentLayout | None:
        if key.startswith(PREVIOUS):
            return None
        return catalogue.find_layout(self.db, key)

    # -- the answer ----------------------------------------------------------------------
    def chosen_key(self) -> str:
        item = self.layouts.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else "themed-table"

    def request(self) -> NewDocument:
        return NewDocument(
            organisation=self.organisation.currentText(),
            school_year=self.year.currentText(),
            layout=self.chosen_key(),
            title=self.title.text(),
            short_name=self.short_name.text(),
            sector=self.sector.currentData(),
            region=self.region.currentData(),
        )

    def previous_document(self) -> int | None:
        key = self.chosen_key()
        return int(key.split(":", 1)[1]) if key.startswith(PREVIOUS) else None

    def accept(self) -> None:
        """Check what can be checked here, so a mistake keeps the dialog open."""
        if self.previous_document() is None:
            try:
                catalogue.find_layout(self.db, self.chosen_key())
                if not self.organisation.currentText().strip():
                    raise UserError(_("A new document needs the name of the organisation."))
                SchoolYear.parse(self.year.currentText())
            except UserError as error:
                self.message.setText(str(error))
                return
        super().accept()


def ask_new_document(window: MainWindow) -> int | None:
    """The dialog, then the document; the cursor goes to its first theme's title."""
    dialog = NewDocumentDialog(window.db, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    previous = dialog.previous_document()
    if previous is not None:
        from jaarplanner.ui import year_flow

        window.select_in_navigator("DocumentData", previous)
        return year_flow.new_school_year(window)
    request = dialog.request()
    change = window.history.perform(lambda db: new_document(db, request))
    if change is None:
        return None
    from jaarplanner.ui.start_page import show_editor

    show_editor(window)
    document_id = change.result
    theme = first_theme_id(window.db, document_id)
    if theme is not None:
        window.select_in_navigator("ThemeData", theme)
        window.navigator.setFocus()
        if request.layout == catalogue.COMPOSE:
            from jaarplanner.ui.parts_flow import edit_parts

            edit_parts(window)
        else:
            from jaarplanner.ui import theme_actions

            theme_actions.rename_theme(window)
    return document_id
