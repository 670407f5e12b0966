"""*Deze maand* for e-mail and Outlook: a table that pastes into Outlook and Word (HTML and
plain text), and an ``.ics`` with the same identifiers as the agenda export."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from babel.dates import format_date

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.due_now import DueItem, DueList
from jaarplanner.model.values import status_label

if TYPE_CHECKING:
    from icalendar import Calendar


def kind_label(kind: str) -> str:
    return {
        "late": _("Late"),
        "deadline": _("Deadline"),
        "quality": _("Quality calendar"),
        "starts": _("Starts"),
        "running": _("Running"),
        "meeting": _("Meeting"),
    }[kind]


def _day(item: DueItem) -> str:
    return format_date(item.date, "EEE d MMM", locale="nl_NL")


def columns() -> list[str]:
    return [_("Date"), _("What"), _("Activity"), _("Who"), _("Period or place"), _("Status")]


def cells(item: DueItem) -> list[str]:
    """One line of the table, as text."""
    if item.kind == "meeting":
        where = ", ".join(x for x in (item.time, item.location) if x)
        return [_day(item), kind_label(item.kind), item.text, item.body, where, ""]
    activity = f"{item.number} {item.text}" if item.number else item.text
    return [
        _day(item),
        kind_label(item.kind),
        activity,
        item.who,
        item.period,
        status_label(item.status),
    ]


def as_text(due: DueList) -> str:
    """Tab-separated lines with a header: Word and Excel make a table of it."""
    lines = ["\t".join(columns())]
    lines += ["\t".join(c.replace("\t", " ") for c in cells(i)) for i in due.items]
    return "\n".join(lines) + "\n"


def as_html(due: DueList, title: str) -> str:
    """A plain HTML table with inline borders, as Outlook keeps them when pasted."""
    cell = 'style="border:1px solid #8EA9DB;padding:3px 6px;vertical-align:top"'
    head = "".join(f'<th {cell} align="left" bgcolor="#B4C6E7">{escape(c)}</th>' for c in columns())
    body = "".join(
        "<tr>" + "".join(f"<td {cell}>{escape(c)}</td>" for c in cells(i)) + "</tr>"
        for i in due.items
    )
    return (
        f"<p><b>{escape(title)}</b></p>"
        f'<table style="border-collapse:collapse;font-family:Calibri,Carlito,sans-serif;'
        f'font-size:10pt"><tr>{head}</tr>{body}</table>'
    )


def calendar_for(documents: list[DocumentData], due: DueList) -> Calendar:
    """The events of the lines, taken from the agenda export so that they keep its
    identifiers: importing both into Outlook gives each event once. (icalendar is loaded
    here, when she saves the agenda, not when the window opens.)"""
    from icalendar import Calendar

    from jaarplanner.exporters.ics_export import calendar_of

    rows = {i.row_id for i in due.items if i.row_id is not None and i.kind != "late"}
    meetings = {(i.document_id, i.date, i.body) for i in due.of_kind("meeting")}
    result = Calendar()
    result.add("prodid", "-//Jaarplanner//NL")
    result.add("version", "2.0")
    result.add("x-wr-calname", _("This month"))
    for document in documents:
        bodies = {m.id: s.body for s in document.meeting_series for m in s.meetings}
        dates = {m.id: m.date for s in document.meeting_series for m in s.meetings}
        for event in calendar_of(document).walk("VEVENT"):
            uid = str(event["uid"])
            kind, _sep, rest = uid.partition("-")
            ident = rest.split("-")[0].split("@")[0]
            if kind == "row" and ident.isdigit() and int(ident) in rows:
                start, end = event.decoded("dtstart"), event.decoded("dtend")
                if _overlaps(start, end, due):
                    result.add_component(event)
            elif kind == "meeting" and ident.isdigit():
                key = (document.id, dates.get(int(ident)), bodies.get(int(ident)))
                if key in meetings:
                    result.add_component(event)
    return result


def _overlaps(start: dt.date, end: dt.date, due: DueList) -> bool:
    """Whether an all-day event (``end`` exclusive) touches the window."""
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        start, end = start.date(), end.date() + dt.timedelta(days=1)
    return start <= due.end and end > due.day
