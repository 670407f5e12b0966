"""The yearly cycle in the program: a new school year (choose what to carry over, then review
every change), the evaluation of a year, adopting and reopening, the KPI overview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.evaluation import evaluate, evaluation_text
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, status_label
from jaarplanner.services import simple
from jaarplanner.services.approval import adopt, reopen
from jaarplanner.services.rollover import RollOver, carry_candidates, roll_forward

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


class CarryDialog(QDialog):
    """Which of last year's unrealised plan rows come along."""

    def __init__(self, rows: list, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("New school year"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                _(
                    "These rows of the plan were not realised. Which come "
                    "along to the new school year?"
                )
            )
        )
        self.rows = QListWidget(self)
        self.rows.setAccessibleName(_("Rows to carry over"))
        for row in rows:
            what = " ".join(to_plain(row.value(Field.WHAT) or row.value(Field.TITLE)).split())
            item = QListWidgetItem(f"{what} ({status_label(row.status)})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.rows.addItem(item)
        layout.addWidget(self.rows)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> set[int]:
        return {
            self.rows.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.rows.count())
            if self.rows.item(i).checkState() == Qt.CheckState.Checked
        }


class TextDialog(QDialog):
    """A read-only text with optional buttons below it."""

    def __init__(self, title: str, body: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(body, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(title)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_button(self, text: str, action) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(action)
        return button


def review_text(result: RollOver) -> str:
    labels = {
        "period": _("period moved"),
        "carried": _("carried over"),
        "left": _("not carried over"),
        "meeting": _("meeting moved"),
        "title": _("title"),
    }
    lines = []
    for item in result.review:
        arrow = f": {item.before} → {item.after}" if item.before or item.after else ""
        lines.append(f"{labels[item.kind]} – {item.where}{arrow}")
    return "\n".join(lines)


def new_school_year(window: MainWindow) -> int | None:
    document = window.current_document()
    if document is None or document.id is None:
        return None
    candidates = carry_candidates(document)
    carry: set[int] = set()
    if candidates:
        dialog = CarryDialog(candidates, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        carry = dialog.chosen()
    document_id = document.id  # checked above; a lambda keeps no narrowing
    change = window.history.perform(lambda db: roll_forward(db, document_id, carry))
    if change is None:
        return None
    result: RollOver = change.result
    window.select_in_navigator("DocumentData", result.document_id)
    count = len(result.review)
    TextDialog(
        ngettext(
            "The new school year: {n} change to check",
            "The new school year: {n} changes to check",
            count,
        ).format(n=count),
        review_text(result),
        window,
    ).exec()
    offer_to_move_outside(window, result.document_id)
    return result.document_id


def outside_rows(window: MainWindow, document_id: int) -> list[tuple[int, str, str]]:
    """(row id, period, the period moved into the document's year) of each row whose
    period lies outside the document's school year."""
    from jaarplanner.model.values import Field
    from jaarplanner.periods import SchoolYear, parse_period, shift_period_text
    from jaarplanner.ui.calendar_lines import outside_year

    document = window.store.document(document_id)
    if document is None:
        return []
    year = SchoolYear.parse(document.school_year)
    found = []
    for part in document.parts:
        deadline = part.layout.deadline_field == Field.PERIOD
        for row in part.all_rows():
            text = to_plain(row.value(Field.PERIOD))
            period = parse_period(text, year, deadline)
            if row.id is None or not outside_year(period, year):
                continue
            written_for = SchoolYear.containing(period.spans[0][0])
            moved = shift_period_text(text, written_for, year)
            if moved != text and not outside_year(parse_period(moved, year, deadline), year):
                found.append((row.id, text, moved))
    return found


def offer_to_move_outside(window: MainWindow, document_id: int) -> None:
    """Periods that stay outside the new school year: moved into it, when she agrees, as
    one step."""
    from jaarplanner.model.richtext import from_plain
    from jaarplanner.model.values import Field
    from jaarplanner.services.cells import CellEdit, set_cells

    found = outside_rows(window, document_id)
    if not found:
        return
    listing = "\n".join(f"{before} → {after}" for _id, before, after in found[:12])
    answer = QMessageBox.question(
        window,
        _("Outside this school year"),
        ngettext(
            "{n} row has a period outside the new school year:\n\n{list}\n\nMove it into it?",
            "{n} rows have a period outside the new school year:\n\n{list}\n\nMove them into it?",
            len(found),
        ).format(n=len(found), list=listing),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    edits = [CellEdit(ident, Field.PERIOD, from_plain(after)) for ident, _b, after in found]
    label = ngettext("Move period into the year", "Move {n} periods into the year", len(edits))
    window.history.perform(lambda db: set_cells(db, edits, label.format(n=len(edits))))


def show_evaluation(window: MainWindow) -> None:
    document = window.current_document()
    if document is None or document.id is None:
        return
    document_id = document.id  # for keep_as_section: a nested function keeps no narrowing
    evaluation = evaluate(document)
    body = to_plain(evaluation_text(evaluation))
    lines = [body, "", _("Per theme:")]
    for count in evaluation.themes:
        spread = ", ".join(f"{n} {status_label(s)}" for s, n in count.counts.items())
        lines.append(f"  {count.theme}: {spread or '-'}")
    dialog = TextDialog(
        _("Evaluation {year}").format(year=document.school_year), "\n".join(lines), window
    )

    def to_pdf() -> None:
        from jaarplanner.exporters.pdf.evaluation import write_evaluation_pdf

        name, _filter = QFileDialog.getSaveFileName(
            dialog,
            _("Export as PDF"),
            str(Path.home() / _("Evaluation {year}.pdf").format(year=document.school_year)),
            _("PDF files (*.pdf)"),
        )
        if name:
            write_evaluation_pdf(document, evaluation, Path(name))

    def keep_as_section() -> None:
        html = evaluation_text(evaluation)
        title = _("Evaluation of the plan {year}").format(year=document.school_year)
        following = [
            d
            for d in window.documents
            if d.school_year > document.school_year
            and d.layout == document.layout
            and d.organisation.id == document.organisation.id
            and d.state.value == "concept"
        ]
        target = max(following, key=lambda d: (d.school_year, d.id or 0), default=document)
        target_id = target.id if target.id is not None else document_id
        window.history.perform(
            lambda db: simple.add(db, "section", target_id, title=title, body=html)
        )

    dialog.add_button(_("As PDF…"), to_pdf)
    dialog.add_button(_("Add to next year's document"), keep_as_section)
    dialog.exec()


def adopt_document(window: MainWindow) -> None:
    document = window.current_document()
    if document is None or document.id is None:
        return
    body, ok = QInputDialog.getText(
        window, _("Adopt document"), _("Adopted by (for example the director):")
    )
    if ok and body.strip():
        document_id = document.id  # checked above; a lambda keeps no narrowing
        window.history.perform(lambda db: adopt(db, document_id, body))


def reopen_document(window: MainWindow) -> None:
    document = window.current_document()
    if document is None or document.id is None:
        return
    answer = QMessageBox.question(
        window,
        _("Reopen document"),
        _(
            "'{title}' has been adopted. Reopening it makes it changeable again; this is kept in "
            "the status trail. Reopen it?"
        ).format(title=document.title),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    reason, ok = QInputDialog.getText(window, _("Reopen document"), _("Why is it reopened?"))
    if ok and reason.strip():
        document_id = document.id  # checked above; a lambda keeps no narrowing
        window.history.perform(lambda db: reopen(db, document_id, reason, confirmed=True))


def show_kpis(window: MainWindow) -> None:
    from jaarplanner.services.kpis import kpi_overview

    document = window.current_document()
    if document is None or document.organisation.id is None:
        return
    lines = []
    for kpi in kpi_overview(window.db, document.organisation.id):
        period = f" ({kpi.plan_period})" if kpi.plan_period else ""
        lines.append(f"KPI {kpi.number}{period}: {kpi.text or '-'}")
        lines.extend(f"    {doc} – {theme}: {what}" for doc, theme, what in kpi.rows)
        if not kpi.rows:
            lines.append("    " + _("(no rows refer to it)"))
    TextDialog(_("KPIs and their rows"), "\n".join(lines), window).exec()


class StepDialog(QDialog):
    """A step of the status trail: which body did what, and when."""

    def __init__(self, parent: QWidget) -> None:

        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit

        from jaarplanner.model.values import StepAction, step_label

        super().__init__(parent)
        self.setWindowTitle(_("Add a step to the status trail"))
        form = QFormLayout(self)
        self.body = QLineEdit(self)
        self.body.setAccessibleName(_("Body"))
        self.body.setPlaceholderText(_("for example: Raad van Toezicht"))
        self.action = QComboBox(self)
        self.action.setAccessibleName(_("What it did"))
        for action in (StepAction.ADVISED, StepAction.APPROVED, StepAction.DISCUSSED):
            self.action.addItem(step_label(action), action.value)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setAccessibleName(_("Date"))
        form.addRow(_("Body"), self.body)
        form.addRow(_("What it did"), self.action)
        form.addRow(_("Date"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def add_step(window: MainWindow) -> None:
    document = window.current_document()
    if document is None or document.id is None:
        return
    dialog = StepDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    body, action = dialog.body.text(), dialog.action.currentData()
    day = dialog.date.date().toPython()
    document_id = document.id  # checked above; a lambda keeps no narrowing
    window.history.perform(
        lambda db: simple.add(db, "step", document_id, body=body, action=action, date=day)
    )
