"""Who is busy, stored: the organisation's own list of people and their other spellings
(which she corrects), and each row's people, kept in step with its *Betrokkenen* text."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from jaarplanner.errors import NotFoundError, UserError
from jaarplanner.i18n import _
from jaarplanner.model.people import People
from jaarplanner.services.changes import Change
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

NAMES = orm.PersonName.__table__
ROW_PEOPLE = orm.RowPerson.__table__
ROWS, THEMES, PARTS = orm.Row.__table__, orm.Theme.__table__, orm.Part.__table__
DOCUMENTS = orm.PlanDocument.__table__


def _corrections(session: Session, organisation_id: int) -> dict[str, tuple[str, ...]]:
    found = session.execute(
        select(NAMES.c.name, NAMES.c.spellings).where(NAMES.c.organisation_id == organisation_id)
    ).all()
    return {name: tuple(s for s in spellings.split("\n") if s.strip()) for name, spellings in found}


def _scope(query: Select[Any], organisation_id: int) -> Select[Any]:
    return query.select_from(
        ROWS.join(THEMES, ROWS.c.theme_id == THEMES.c.id)
        .join(PARTS, THEMES.c.part_id == PARTS.c.id)
        .join(DOCUMENTS, PARTS.c.document_id == DOCUMENTS.c.id)
    ).where(DOCUMENTS.c.organisation_id == organisation_id)


def _who_texts(session: Session, organisation_id: int) -> list[tuple[int, str]]:
    query = _scope(select(ROWS.c.id, ROWS.c.who), organisation_id)
    return [(ident, who or "") for ident, who in session.execute(query).all()]


def _text_counts(session: Session, organisation_id: int) -> Counter[str]:
    """Each *Betrokkenen* text once, with how many rows have it: plans repeat them."""
    query = _scope(select(ROWS.c.who, func.count()), organisation_id).group_by(ROWS.c.who)
    return Counter({who or "": n for who, n in session.execute(query).all()})


def people_in(session: Session, organisation_id: int) -> People:
    counts = _text_counts(session, organisation_id)
    return People.build(counts.elements(), _corrections(session, organisation_id))


def people_of(db: Database, organisation_id: int) -> People:
    """The organisation's people: every name in its *Betrokkenen* texts, spellings joined."""
    with db.reading() as session:
        return people_in(session, organisation_id)


def sync_rows(session: Session, organisation_id: int) -> None:
    """Write the people of the organisation's rows again where their texts (or the joined
    spellings: a new *ECT* can rename the *Expertise- en consultatieteam* of other rows)
    now say otherwise; inside the caller's transaction."""
    people = people_in(session, organisation_id)
    texts = _who_texts(session, organisation_id)
    stored: dict[int, list[str]] = {}
    query = (
        select(ROW_PEOPLE.c.row_id, ROW_PEOPLE.c.name)
        .select_from(
            ROW_PEOPLE.join(ROWS, ROW_PEOPLE.c.row_id == ROWS.c.id)
            .join(THEMES, ROWS.c.theme_id == THEMES.c.id)
            .join(PARTS, THEMES.c.part_id == PARTS.c.id)
            .join(DOCUMENTS, PARTS.c.document_id == DOCUMENTS.c.id)
        )
        .where(DOCUMENTS.c.organisation_id == organisation_id)
        .order_by(ROW_PEOPLE.c.row_id, ROW_PEOPLE.c.position)
    )
    for ident, name in session.execute(query).all():
        stored.setdefault(ident, []).append(name)
    changed = {}
    read: dict[str, list[str]] = {}
    for ident, text in texts:
        if text not in read:
            read[text] = [n[:300] for n in people.of(text)]
        names = read[text]
        if stored.get(ident, []) != names:
            changed[ident] = names
    ids = list(changed)
    for start in range(0, len(ids), 500):
        session.execute(delete(ROW_PEOPLE).where(ROW_PEOPLE.c.row_id.in_(ids[start : start + 500])))
    values = [
        {"row_id": ident, "position": n, "name": name}
        for ident, names in changed.items()
        for n, name in enumerate(names)
    ]
    if values:
        session.execute(insert(ROW_PEOPLE), values)


def organisation_of_row(session: Session, row_id: int) -> int:
    query = (
        select(DOCUMENTS.c.organisation_id)
        .select_from(
            ROWS.join(THEMES, ROWS.c.theme_id == THEMES.c.id)
            .join(PARTS, THEMES.c.part_id == PARTS.c.id)
            .join(DOCUMENTS, PARTS.c.document_id == DOCUMENTS.c.id)
        )
        .where(ROWS.c.id == row_id)
    )
    found = session.scalar(query)
    if found is None:  # the row was deleted meanwhile
        raise NotFoundError(_("This item no longer exists; somebody may have deleted it."))
    return int(found)


def keep_row_in_step(session: Session, row_id: int, old_text: str) -> None:
    """After a *Betrokkenen* text changed from ``old_text``: the row's people follow it.
    When the new text joins or parts spellings (a first *ECT*), other rows follow too."""
    organisation_id = organisation_of_row(session, row_id)
    after = _text_counts(session, organisation_id)
    new_text = session.scalar(select(ROWS.c.who).where(ROWS.c.id == row_id)) or ""
    before = after.copy()
    before[new_text] -= 1
    before[old_text] += 1
    corrections = _corrections(session, organisation_id)
    people = People.build(after.elements(), corrections)
    earlier = People.build((+before).elements(), corrections)
    if any(people.of(text) != earlier.of(text) for text in after if text != new_text):
        sync_rows(session, organisation_id)
        return
    session.execute(delete(ROW_PEOPLE).where(ROW_PEOPLE.c.row_id == row_id))
    values = [
        {"row_id": row_id, "position": n, "name": name[:300]}
        for n, name in enumerate(people.of(new_text))
    ]
    if values:
        session.execute(insert(ROW_PEOPLE), values)


def row_people(db: Database, row_id: int) -> list[str]:
    """A row's people as stored, in the order of its text."""
    with db.reading() as session:
        return list(
            session.scalars(
                select(ROW_PEOPLE.c.name)
                .where(ROW_PEOPLE.c.row_id == row_id)
                .order_by(ROW_PEOPLE.c.position)
            )
        )


def rows_of_person(db: Database, name: str) -> set[int]:
    with db.reading() as session:
        return set(session.scalars(select(ROW_PEOPLE.c.row_id).where(ROW_PEOPLE.c.name == name)))


def set_spellings(db: Database, organisation_id: int, name: str, spellings: list[str]) -> Change:
    """She corrects the list: ``name`` is shown for itself and each of ``spellings``. An
    empty list takes her correction of ``name`` away again."""
    name = " ".join(name.split())
    if not name:
        raise UserError(_("Give the name that is to be shown."))
    cleaned = [" ".join(s.split()) for s in spellings if s.strip()]
    with db.transaction() as session:
        before = _corrections(session, organisation_id).get(name)
        session.execute(
            delete(NAMES).where(NAMES.c.organisation_id == organisation_id, NAMES.c.name == name)
        )
        if cleaned:
            session.execute(
                insert(NAMES).values(
                    organisation_id=organisation_id, name=name, spellings="\n".join(cleaned)
                )
            )
        sync_rows(session, organisation_id)
    return Change(
        _("Change the list of people"),
        lambda d: set_spellings(d, organisation_id, name, list(before or ())),
        name,
    )


def sync_document(session: Session, document_id: int) -> None:
    """After a whole document came in (an import, a new year): its rows' people."""
    organisation_id = session.scalar(
        select(DOCUMENTS.c.organisation_id).where(DOCUMENTS.c.id == document_id)
    )
    if organisation_id is not None:
        sync_rows(session, int(organisation_id))
