"""The fixed vocabularies of the domain. Stored by their English ``value``; shown in Dutch."""

from __future__ import annotations

from enum import StrEnum

from jaarplanner.i18n import N_, _


class Sector(StrEnum):
    PO = "po"
    VO = "vo"


class Region(StrEnum):
    """School-holiday region of the Netherlands (see vakantieregios)."""

    NORTH = "noord"
    MIDDLE = "midden"
    SOUTH = "zuid"


class DocumentState(StrEnum):
    CONCEPT = "concept"
    ADOPTED = "vastgesteld"


class StepAction(StrEnum):
    """What a body did with the document, in the status trail."""

    ADVISED = "geadviseerd"
    APPROVED = "goedgekeurd"
    DISCUSSED = "besproken"
    ADOPTED = "vastgesteld"
    REOPENED = "heropend"


class RowStatus(StrEnum):
    PLANNED = "gepland"
    RUNNING = "loopt"
    REALISED = "gerealiseerd"
    PARTLY = "deels gerealiseerd"
    NOT_REALISED = "niet gerealiseerd"
    POSTPONED = "uitgesteld"
    DROPPED = "vervallen"


class Field(StrEnum):
    """The rich-text fields every row has; a layout chooses which it shows."""

    TITLE = "title"
    PERIOD = "period"
    WHAT = "what"
    WHO = "who"
    RESULT = "result"
    STAFF = "staff"
    FINANCE = "finance"
    REMARK = "remark"


FIELD_LABELS: dict[Field, str] = {
    Field.TITLE: N_("Title"),
    Field.PERIOD: N_("Period (when)"),
    Field.WHAT: N_("Activities (what)"),
    Field.WHO: N_("Involved (who)"),
    Field.RESULT: N_("Desired result"),
    Field.STAFF: N_("Means (staff)"),
    Field.FINANCE: N_("Means (financial)"),
    Field.REMARK: N_("Remark"),
}

STATUS_LABELS: dict[RowStatus, str] = {
    RowStatus.PLANNED: N_("planned"),
    RowStatus.RUNNING: N_("running"),
    RowStatus.REALISED: N_("realised"),
    RowStatus.PARTLY: N_("partly realised"),
    RowStatus.NOT_REALISED: N_("not realised"),
    RowStatus.POSTPONED: N_("postponed"),
    RowStatus.DROPPED: N_("dropped"),
}

STEP_LABELS: dict[StepAction, str] = {
    StepAction.ADVISED: N_("advised"),
    StepAction.APPROVED: N_("approved"),
    StepAction.DISCUSSED: N_("discussed"),
    StepAction.ADOPTED: N_("adopted"),
    StepAction.REOPENED: N_("reopened"),
}


def field_label(field: Field) -> str:
    return _(FIELD_LABELS[field])


def status_label(status: RowStatus) -> str:
    return _(STATUS_LABELS[status])


def step_label(action: StepAction) -> str:
    return _(STEP_LABELS[action])
