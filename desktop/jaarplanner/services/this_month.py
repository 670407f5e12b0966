"""*Deze maand*: the documents that are lived in the weeks from a date, read into lines."""

from __future__ import annotations

import datetime as dt

from jaarplanner.model.due_now import DueList, due_list
from jaarplanner.periods import SchoolYear
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import Database


def documents_for(db: Database, day: dt.date, weeks: int = 4) -> list[int]:
    """The documents of the school years the window touches (usually just the current one)."""
    end = day + dt.timedelta(days=weeks * 7 - 1)
    years = {str(SchoolYear.containing(day)), str(SchoolYear.containing(end))}
    return [s.id for s in list_documents(db) if s.school_year in years]


def this_month(db: Database, day: dt.date, weeks: int = 4) -> DueList:
    """What the plans ask for from ``day`` on: see ``model.due_now``."""
    documents = [load_document(db, ident) for ident in documents_for(db, day, weeks)]
    return due_list(documents, day, weeks)
