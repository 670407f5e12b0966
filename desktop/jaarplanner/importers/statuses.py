"""A *Status* column's words as the row's real status: ours (*gepland, loopt,
gerealiseerd, …*) and the common words offices use for them."""

from __future__ import annotations

from jaarplanner.i18n import _
from jaarplanner.model.values import STATUS_LABELS, RowStatus

_WORDS: dict[str, RowStatus] = {
    "gepland": RowStatus.PLANNED,
    "planned": RowStatus.PLANNED,
    "nog te doen": RowStatus.PLANNED,
    "te doen": RowStatus.PLANNED,
    "todo": RowStatus.PLANNED,
    "open": RowStatus.PLANNED,
    "nieuw": RowStatus.PLANNED,
    "niet gestart": RowStatus.PLANNED,
    "nog niet gestart": RowStatus.PLANNED,
    "loopt": RowStatus.RUNNING,
    "lopend": RowStatus.RUNNING,
    "in uitvoering": RowStatus.RUNNING,
    "bezig": RowStatus.RUNNING,
    "gestart": RowStatus.RUNNING,
    "in behandeling": RowStatus.RUNNING,
    "onderhanden": RowStatus.RUNNING,
    "running": RowStatus.RUNNING,
    "gerealiseerd": RowStatus.REALISED,
    "afgerond": RowStatus.REALISED,
    "klaar": RowStatus.REALISED,
    "gereed": RowStatus.REALISED,
    "voltooid": RowStatus.REALISED,
    "gedaan": RowStatus.REALISED,
    "behaald": RowStatus.REALISED,
    "done": RowStatus.REALISED,
    "realised": RowStatus.REALISED,
    "deels gerealiseerd": RowStatus.PARTLY,
    "gedeeltelijk gerealiseerd": RowStatus.PARTLY,
    "deels": RowStatus.PARTLY,
    "gedeeltelijk": RowStatus.PARTLY,
    "deels afgerond": RowStatus.PARTLY,
    "partly realised": RowStatus.PARTLY,
    "niet gerealiseerd": RowStatus.NOT_REALISED,
    "niet behaald": RowStatus.NOT_REALISED,
    "niet afgerond": RowStatus.NOT_REALISED,
    "not realised": RowStatus.NOT_REALISED,
    "uitgesteld": RowStatus.POSTPONED,
    "verschoven": RowStatus.POSTPONED,
    "doorgeschoven": RowStatus.POSTPONED,
    "on hold": RowStatus.POSTPONED,
    "postponed": RowStatus.POSTPONED,
    "vervallen": RowStatus.DROPPED,
    "geannuleerd": RowStatus.DROPPED,
    "afgelast": RowStatus.DROPPED,
    "gaat niet door": RowStatus.DROPPED,
    "geschrapt": RowStatus.DROPPED,
    "dropped": RowStatus.DROPPED,
}


def status_of(text: str) -> RowStatus | None:
    """The status a cell names (any case, with or without a trailing dot), or None."""
    words = " ".join(text.lower().replace("-", " ").split()).strip(" .!")
    if words in _WORDS:
        return _WORDS[words]
    for status, label in STATUS_LABELS.items():
        if words == _(label).lower():
            return status
    return None
