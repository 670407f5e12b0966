"""Add, change and delete for the flat records of a document: text sections, status steps,
KPIs, meeting series and meetings. One generic path, so each behaves the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from jaarplanner.errors import UserError
from jaarplanner.i18n import N_, _
from jaarplanner.model import richtext
from jaarplanner.model.values import StepAction
from jaarplanner.services.changes import Change
from jaarplanner.services.records import (
    Capture,
    State,
    ensure_editable,
    get,
    joined,
    place,
    refuse_if_changed,
    refuse_if_moved_on,
    renumber,
    state,
)
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


def _line(value: Any) -> str:
    return " ".join(str(value or "").split())


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    raise UserError(_("'{value}' is not a date.").format(value=value))


def _body(value: Any) -> str:
    body = _line(value)
    if not body:
        raise UserError(_("Say which body took this step."))
    return body


def _step_action(value: Any) -> str:
    try:
        return StepAction(value).value
    except ValueError as error:
        raise UserError(
            _("'{value}' is not a step of the status trail.").format(value=value)
        ) from error


def _kpi_number(value: Any) -> int:
    if not isinstance(value, int) or not 0 < value < 10_000:
        raise UserError(_("A KPI number is a whole number from 1 up."))
    return value


@dataclass(frozen=True)
class Kind:
    """How one kind of flat record is checked, ordered and found in its document."""

    cls: type[Any]  # an orm class
    parent: str  # the foreign key that holds the siblings together
    cleaners: dict[str, Callable[[Any], Any]]
    document: Callable[[Any], orm.PlanDocument | None]
    labels: tuple[str, str, str]  # add, change, delete (untranslated)
    ordered: bool = True


KINDS: dict[str, Kind] = {
    "section": Kind(
        orm.TextSection,
        "document_id",
        {"title": _line, "body": richtext.clean},
        lambda o: o.document,
        (N_("Add section"), N_("Change section"), N_("Delete section")),
    ),
    "step": Kind(
        orm.StatusStep,
        "document_id",
        {"body": _body, "action": _step_action, "date": _date, "note": _line},
        lambda o: None,  # the trail may always be extended, also of an adopted document
        (N_("Add status step"), N_("Change status step"), N_("Delete status step")),
    ),
    "kpi": Kind(
        orm.Kpi,
        "organisation_id",
        {"number": _kpi_number, "text": richtext.clean, "plan_period": _line},
        lambda o: None,
        (N_("Add KPI"), N_("Change KPI"), N_("Delete KPI")),
        ordered=False,
    ),
    "series": Kind(
        orm.MeetingSeries,
        "document_id",
        {"body": _line, "title": _line, "chair": _line, "day_time": _line, "location": _line},
        lambda o: o.document,
        (N_("Add meeting series"), N_("Change meeting series"), N_("Delete meeting series")),
    ),
    "meeting": Kind(
        orm.Meeting,
        "series_id",
        {"date": _date, "date_text": _line, "time": _line, "location": _line, "note": _line},
        lambda o: o.series.document,
        (N_("Add meeting"), N_("Change meeting"), N_("Delete meeting")),
    ),
}

_CHILDREN = {"series": (orm.Meeting.__table__, "series_id")}


def _clean(kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(kind.cleaners)
    if unknown:
        raise ValueError(f"unknown attributes: {sorted(unknown)}")
    return {name: kind.cleaners[name](value) for name, value in values.items()}


def _check(kind: Kind, obj: Any) -> None:
    document = kind.document(obj)
    if document is not None:
        ensure_editable(document)


def add(db: Database, what: str, parent_id: int, index: int | None = None, **values: Any) -> Change:
    """Add a record of kind ``what`` under ``parent_id``; ``result`` is the new id."""
    kind = KINDS[what]
    cleaned = _clean(kind, values)
    with db.transaction() as session:
        obj = kind.cls(**{kind.parent: parent_id}, **cleaned)
        if kind.ordered:
            obj.position = 10**6
        session.add(obj)
        session.flush()
        _check(kind, obj)
        if kind.ordered:
            table = kind.cls.__table__
            place(session, table, table.c[kind.parent] == parent_id, obj.id, index)
        ident = obj.id
        if what == "step":  # issue 21: each new status step keeps a frozen copy
            from jaarplanner.services.versions import keep_in, step_name

            keep_in(session, parent_id, step_name(obj), "step")
        after = state(session, kind.cls.__table__, ident)
    # undo removes it only as it was added, not after a colleague changed it
    return Change(_(kind.labels[0]), lambda d: remove(d, what, ident, expected_state=after), ident)


def edit(
    db: Database,
    what: str,
    ident: int,
    *,
    expected_version: int | None = None,
    expected_values: dict[str, Any] | None = None,
    **values: Any,
) -> Change:
    """Change fields of one object. With ``expected_version`` (the version that was shown)
    a change over somebody else's is refused with both texts, never made silently."""
    kind = KINDS[what]
    cleaned = _clean(kind, values)
    with db.transaction() as session:
        obj = get(session, kind.cls, ident)
        _check(kind, obj)
        old = {name: getattr(obj, name) for name in cleaned}
        version = getattr(obj, "version", None)
        if version is not None and old != cleaned:
            refuse_if_changed(
                obj,
                expected_version,
                _(kind.labels[1]),
                joined(cleaned),
                joined(old),
                lambda d: edit(d, what, ident, expected_version=version, **values),
            )
        if old != cleaned:
            refuse_if_moved_on(
                old if expected_values is None else {n: old.get(n) for n in expected_values},
                expected_values,
                _(kind.labels[1]),
                joined(cleaned),
                joined(old),
                lambda d: edit(d, what, ident, **values),
            )
        for name, value in cleaned.items():
            setattr(obj, name, value)
        session.flush()
    return Change(
        _(kind.labels[1]), lambda d: edit(d, what, ident, expected_values=cleaned, **old), ident
    )


def remove(
    db: Database,
    what: str,
    ident: int,
    *,
    expected_version: int | None = None,
    expected_state: State | None = None,
) -> Change:
    """Delete one object; refused when somebody else changed it since it was shown
    (``expected_version``) or, for undo and redo, since this program left it
    (``expected_state``)."""
    kind = KINDS[what]
    table = kind.cls.__table__
    with db.transaction() as session:
        obj = get(session, kind.cls, ident)
        _check(kind, obj)
        if getattr(obj, "version", None) is not None:
            refuse_if_changed(
                obj,
                expected_version,
                _(kind.labels[2]),
                _("(deleted)"),
                _describe_record(kind, obj),
                lambda d: remove(d, what, ident),
            )
        refuse_if_moved_on(
            state(session, table, ident),
            expected_state,
            _(kind.labels[2]),
            _("(deleted)"),
            _describe_record(kind, obj),
            lambda d: remove(d, what, ident),
        )
        parent_id = getattr(obj, kind.parent)
        capture = Capture()
        capture.add(session, table, table.c.id == ident)
        if what in _CHILDREN:
            child, key = _CHILDREN[what]
            capture.add(session, child, child.c[key] == ident)
            session.execute(delete(child).where(child.c[key] == ident))
        if what == "kpi":
            capture.add(session, orm.row_kpis, orm.row_kpis.c.kpi_id == ident)
            session.execute(delete(orm.row_kpis).where(orm.row_kpis.c.kpi_id == ident))
        session.execute(delete(table).where(table.c.id == ident))
        if kind.ordered:
            renumber(session, table, table.c[kind.parent] == parent_id)
    return Change(_(kind.labels[2]), lambda d: _restore(d, what, capture, ident), ident)


def _restore(db: Database, what: str, capture: Capture, ident: int) -> Change:
    kind = KINDS[what]
    table = kind.cls.__table__
    with db.transaction() as session:
        capture.restore(session)
        obj = get(session, kind.cls, ident)
        _check(kind, obj)
        if kind.ordered:
            parent_id = getattr(obj, kind.parent)
            _place_at_captured(session, table, kind.parent, parent_id, ident)
        back = state(session, table, ident)
    return Change(_(kind.labels[2]), lambda d: remove(d, what, ident, expected_state=back), ident)


def _describe_record(kind: Kind, obj: Any) -> str:
    """The object's texts, for the conflict dialog."""
    return joined({name: getattr(obj, name) for name in kind.cleaners})


def _place_at_captured(
    session: Session, table: Any, parent: str, parent_id: int, ident: int
) -> None:
    from sqlalchemy import select

    position = session.scalar(select(table.c.position).where(table.c.id == ident))
    place(session, table, table.c[parent] == parent_id, ident, position)
