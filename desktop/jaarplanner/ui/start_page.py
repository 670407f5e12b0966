"""The start page: what a new user can do when the database holds no document yet (and
*Bestand → Start* later): a new document, an import, the example, a recent database.

The main window's centre becomes a stack of two pages, this one and the editor; the page
takes further sections below its own (``add_section``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.i18n import _

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow
    from jaarplanner.ui.this_month import ThisMonthPanel


class StartPage(QWidget):
    this_month: ThisMonthPanel | None = None  # made when there are documents

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.asked = False
        self.setObjectName("startPage")
        # scrolls rather than making the window taller than a 768-pixel screen
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(48, 32, 48, 32)
        column = QWidget()
        column.setMaximumWidth(720)  # readable lines on a wide screen; narrower is fine
        self.layout_ = layout = QVBoxLayout(column)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 10)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        heading = QLabel(_("<h2>Start</h2>"))
        layout.addWidget(heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.new_button = self._button(
            _("New document"),
            _("For your own network: choose a layout, the parts and columns come with it."),
            lambda: _new_document(window),
        )
        self.import_button = self._button(
            _("Import a Word or Excel file"),
            _("Your current year calendar or year plan becomes a document here."),
            lambda: _leave_for(window, window.ask_import),
        )
        self.example_button = self._button(
            _("Look at the example"),
            _("A copy of the example of a fictional network; your own database stays as it is."),
            lambda: _open_example(window),
        )
        self.back_button = QPushButton(_("Back to the document"))
        self.back_button.clicked.connect(lambda: show_editor(window))
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.recent_title = QLabel(_("<b>Recent databases</b>"))
        layout.addWidget(self.recent_title)
        self.recent_box = QVBoxLayout()
        layout.addLayout(self.recent_box)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)

    def _button(self, text: str, description: str, handler) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setMinimumHeight(70)  # its own height hint cuts the description's descenders
        button.clicked.connect(lambda _checked=False: handler())
        self.layout_.addWidget(button)
        return button

    def add_section(self, widget: QWidget) -> None:
        """Room for more below (the month's overview)."""
        self.layout_.addWidget(widget)

    def refresh(self) -> None:
        from jaarplanner.ui import database_flow

        window = self.window_
        has_documents = bool(window.documents)
        self.intro.setText(
            _("Choose what you want to do. Everything can be changed afterwards.")
            if has_documents
            else _("This database holds no document yet. Start one of these three ways:")
        )
        self.back_button.setVisible(has_documents)
        self._follow_the_year(has_documents)
        while self.recent_box.count():
            item = self.recent_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        current = str(window.db.path) if window.db.path is not None else None
        others = [p for p in database_flow.recent() if p != current]
        self.recent_title.setVisible(bool(others))
        for path in others[:5]:
            button = QPushButton(path)
            button.setFlat(True)
            button.setStyleSheet("text-align: left")
            button.clicked.connect(lambda _checked=False, p=path: _switch(window, p))
            self.recent_box.addWidget(button)
        self.where.setText(
            _(
                "Your data is kept in {place}. Every change is saved the moment you make it, "
                "and a backup is made every day."
            ).format(place=window.db.display_name if current is None else current)
        )

    def _follow_the_year(self, has_documents: bool) -> None:
        """The page's second half when there are documents: what is due this month."""
        if not has_documents:
            if self.this_month is not None:
                self.this_month.hide()
            return
        if self.this_month is None:
            from jaarplanner.ui.this_month import ThisMonthPanel, open_row_in_table

            window = self.window_

            def open_row(row_id: int) -> None:
                show_editor(window)
                open_row_in_table(window, row_id)

            self.this_month = ThisMonthPanel(
                lambda: window.db,
                open_row=open_row,
                perform=lambda action: window.history.perform(action),
            )
            self.this_month.setMinimumHeight(320)
            self.add_section(QLabel(f"<b>{_('This month')}</b>"))
            self.add_section(self.this_month)
        self.this_month.show()
        self.this_month.refresh()


def _leave_for(window: MainWindow, step) -> None:
    """What the user started here decides the page afterwards, not the earlier *Start*."""
    window.start_page.asked = False
    step()


def _new_document(window: MainWindow) -> None:
    from jaarplanner.ui.new_document_dialog import ask_new_document

    ask_new_document(window)


def _open_example(window: MainWindow) -> None:
    from jaarplanner.demo import demo_copy

    _switch(window, str(demo_copy()))


def _switch(window: MainWindow, path: str) -> None:
    from jaarplanner.ui import database_flow

    window.start_page.asked = False  # the other database's documents are what was asked for
    database_flow.switch(window, path, create=False)


def install_start_page(window: MainWindow) -> None:
    """Put the start page and the editor (the window's central widget) in one stack."""
    editor = window.centralWidget()
    if editor is None:
        raise RuntimeError("the editor must be the central widget before the start page comes")
    window.start_page = StartPage(window)
    window.pages = stack = QStackedWidget()
    stack.addWidget(window.start_page)
    stack.addWidget(editor)
    window.setCentralWidget(stack)
    from jaarplanner.ui.empty_hints import install_empty_hints

    install_empty_hints(window)
    # the window's own child: no Qt object outlives the application at exit
    window.place_keeper = _PlaceKeeper(window)
    window.installEventFilter(window.place_keeper)
    if window.selection == ("", None):
        window.selection = last_place(window.db.display_name)


class _PlaceKeeper(QObject):
    """Keeps the last chosen theme (or part, document) per database for the next start."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Close
            and hasattr(watched, "selection")
            and hasattr(watched, "db")
        ):
            kind, ident = watched.selection
            if ident is not None:
                QSettings().setValue(_place_key(watched.db.display_name), f"{kind}:{ident}")
        return False


def _place_key(database: str) -> str:
    return "navigator/last/" + database.replace("/", "|").replace("\\", "|")


def last_place(database: str) -> tuple[str, int | None]:
    value = str(QSettings().value(_place_key(database), "") or "")
    kind, _sep, ident = value.partition(":")
    return (kind, int(ident)) if ident.isdigit() else ("", None)


def follow_documents(window: MainWindow) -> None:
    """After a reload: the start page when there is no document, else the editor."""
    if not hasattr(window, "pages"):
        return
    if not window.documents:
        show_start(window, asked=False)
    elif not window.start_page.asked:
        show_editor(window)
    else:
        window.start_page.refresh()


def show_start(window: MainWindow, asked: bool = True) -> None:
    """``asked``: the user chose *Start*, so the page stays until they leave it."""
    window.start_page.asked = asked
    window.start_page.refresh()
    window.pages.setCurrentWidget(window.start_page)
    window.start_page.new_button.setFocus()


def show_editor(window: MainWindow) -> None:
    window.start_page.asked = False
    window.pages.setCurrentIndex(1)
