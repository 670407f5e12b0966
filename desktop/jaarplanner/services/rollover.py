"""A new school year from an existing document: the recurring parts (jaarkalender,
kwaliteitskalender) copied with their period texts moved a year, the rows of the other parts
that were not realised carried over, meetings moved to the same weekday a year on, statuses
reset. Every change made is listed, so the user can review it before using the document."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from babel.dates import format_date

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, RowData, ThemeData
from jaarplanner.model.richtext import from_plain, to_plain
from jaarplanner.model.values import DocumentState, Field, RowStatus
from jaarplanner.periods import SchoolYear, shift_period_text
from jaarplanner.services.changes import Change
from jaarplanner.services.documents import delete_document, load_document, store_document
from jaarplanner.storage.database import Database

RECURRING_PARTS = ("jaarkalender", "kwaliteitskalender")
DONE = (RowStatus.REALISED, RowStatus.DROPPED)


@dataclass(frozen=True)
class ReviewItem:
    """One change the roll-over made, for the user to check."""

    kind: str  # "period", "carried", "left", "meeting", "title"
    where: str
    before: str
    after: str


@dataclass
class RollOver:
    document_id: int
    review: list[ReviewItem] = field(default_factory=list)


def carry_candidates(document: DocumentData) -> list[RowData]:
    """Rows of the non-recurring parts that were not realised: offered for carrying over."""
    return [
        row
        for part in document.parts
        if part.key not in RECURRING_PARTS
        for row in part.all_rows()
        if row.status not in DONE
    ]


def _where(theme: ThemeData, row: RowData) -> str:
    what = " ".join(to_plain(row.value(Field.WHAT) or row.value(Field.TITLE)).split())
    return f"{theme.title}: {what[:60]}"


def _shift_row(
    row: RowData, source: SchoolYear, target: SchoolYear, theme: ThemeData, review: list[ReviewItem]
) -> RowData:
    moved = copy.deepcopy(row)
    moved.id, moved.number, moved.status, moved.continued_by = None, None, RowStatus.PLANNED, []
    moved.search_cache = None
    before = to_plain(row.value(Field.PERIOD))
    if before:
        after = shift_period_text(before, source, target)
        moved.fields[Field.PERIOD] = from_plain(after)
        if after != before:
            review.append(ReviewItem("period", _where(theme, row), before, after))
    return moved


def _roll_theme(
    theme: ThemeData,
    recurring: bool,
    carry: set[int],
    source: SchoolYear,
    target: SchoolYear,
    review: list[ReviewItem],
) -> ThemeData:
    new = ThemeData(
        title=theme.title, goal=theme.goal, reference=theme.reference, footnotes=theme.footnotes
    )
    for row in theme.rows:
        if recurring or (row.id in carry):
            new.rows.append(_shift_row(row, source, target, theme, review))
            if not recurring:
                review.append(ReviewItem("carried", _where(theme, row), "", ""))
        else:
            review.append(ReviewItem("left", _where(theme, row), row.status.value, ""))
    new.themes = [_roll_theme(t, recurring, carry, source, target, review) for t in theme.themes]
    return new


def next_year_document(
    document: DocumentData, carry: set[int] | None = None
) -> tuple[DocumentData, list[ReviewItem]]:
    """The document for the next school year, as data, and the list of changes."""
    source = SchoolYear.parse(document.school_year)
    target = source.next()
    if carry is None:
        carry = {row.id for row in carry_candidates(document) if row.id is not None}
    review: list[ReviewItem] = []
    title = shift_period_text(document.title, source, target)
    if title == document.title and str(source) not in title:
        title = document.title
    if title != document.title:
        review.append(ReviewItem("title", _("Title"), document.title, title))
    new = DocumentData(
        organisation=copy.deepcopy(document.organisation),
        school_year=str(target),
        title=title,
        layout=document.layout,
        subtitle=document.subtitle,
        state=DocumentState.CONCEPT,
        steps=[],
        sections=copy.deepcopy(document.sections),
        kpis=copy.deepcopy(document.kpis),
    )
    for section in new.sections:
        section.id = None
    for part in document.parts:
        recurring = part.key in RECURRING_PARTS
        rolled = copy.copy(part)
        rolled.id = None
        rolled.title = shift_period_text(part.title, source, target)
        rolled.themes = [
            _roll_theme(t, recurring, carry, source, target, review) for t in part.themes
        ]
        new.parts.append(rolled)
    for series in document.meeting_series:
        moved = copy.deepcopy(series)
        for meeting in moved.meetings:
            if meeting.date is not None:
                old = meeting.date
                meeting.date = old + dt.timedelta(days=364)  # the same weekday, a year on
                meeting.date_text = format_date(meeting.date, "d MMM y", locale="nl_NL")
                review.append(
                    ReviewItem(
                        "meeting",
                        series.title or series.body,
                        old.isoformat(),
                        meeting.date.isoformat(),
                    )
                )
        new.meeting_series.append(moved)
    return new, review


def roll_forward(db: Database, document_id: int, carry: set[int] | None = None) -> Change:
    """Store the next school year's document; ``result`` is a ``RollOver``."""
    document = load_document(db, document_id)
    new, review = next_year_document(document, carry)
    db.keep_backup("voor-nieuw-jaar")
    with db.transaction() as session:
        new_id = store_document(session, new)
    return Change(
        _("New school year"), lambda d: delete_document(d, new_id), RollOver(new_id, review)
    )
