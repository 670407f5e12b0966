"""Reading back what the services stored, for assertions."""

from __future__ import annotations

from jaarplanner.exporters.dump import dump
from jaarplanner.model.document import DocumentData, ThemeData
from jaarplanner.services.documents import load_document
from jaarplanner.storage.database import Database


def theme_by_title(document: DocumentData, title: str) -> ThemeData:
    for part in document.parts:
        for theme in part.all_themes():
            if theme.title == title:
                return theme
    raise AssertionError(f"no theme {title!r}")


def snapshot(db: Database, document_id: int) -> dict:
    """Everything a user can see of a document, for before/after comparisons."""
    return dump([load_document(db, document_id)])
