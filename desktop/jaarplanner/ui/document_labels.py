"""How the navigator names a document, so that years and states are told apart at a glance:
*2026-2027 · Jaarkalender & jaarplan*, a mark for concept or vastgesteld, the whole title in
the tooltip; documents under their organisation when the database holds more than one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.values import DocumentState, StepAction, step_label

COLOURS = {DocumentState.CONCEPT: "#D9962B", DocumentState.ADOPTED: "#2E7D4F"}


def document_label(document: DocumentData) -> str:
    return f"{document.school_year} · {document.title}"


def state_icon(state: DocumentState) -> QIcon:
    """A filled dot for an adopted document, a ring for a concept (told apart without colour).
    Drawn each time (14 pixels): a cached icon would outlive the application at exit."""
    size = 14
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[state])
    painter.setPen(colour)
    if state == DocumentState.ADOPTED:
        painter.setBrush(colour)
    painter.drawEllipse(2, 2, size - 5, size - 5)
    painter.end()
    return QIcon(picture)


def state_word(state: DocumentState) -> str:
    return _("concept") if state == DocumentState.CONCEPT else step_label(StepAction(state.value))


def decorate(item: QStandardItem, document: DocumentData) -> None:
    item.setIcon(state_icon(document.state))
    item.setToolTip(
        _("{title}\n{organisation} · {year} · {state}").format(
            title=document.title,
            organisation=document.organisation.name,
            year=document.school_year,
            state=state_word(document.state),
        )
    )


@dataclass(frozen=True)
class OrganisationGroup:
    """A navigator item that holds the documents of one organisation; ``id`` is its name
    (the navigator keeps items by kind and id, so its expansion survives a refresh)."""

    id: str
    documents: tuple[DocumentData, ...]


def grouped(documents: list[DocumentData]) -> list[object]:
    """The navigator's top level: the documents, or one group per organisation when
    there are several organisations (else no extra level)."""
    names = list(dict.fromkeys(d.organisation.name for d in documents))
    if len(names) < 2:
        return list(documents)
    return [
        OrganisationGroup(name, tuple(d for d in documents if d.organisation.name == name))
        for name in names
    ]
