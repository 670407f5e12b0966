"""Comparing what a document was and is: two versions, a version and now, or two documents
(this year's and last year's)."""

from __future__ import annotations

from dataclasses import dataclass

from babel.dates import format_date

from jaarplanner.i18n import _
from jaarplanner.model.compare import Comparison, compare
from jaarplanner.model.document import DocumentData
from jaarplanner.services.documents import load_document
from jaarplanner.services.versions import list_versions, load_version
from jaarplanner.storage.database import Database


@dataclass(frozen=True)
class Source:
    """A document as it is now (``version_id`` None) or as one of its versions froze it."""

    document_id: int | None = None
    version_id: int | None = None

    def load(self, db: Database) -> DocumentData:
        if self.version_id is not None:
            return load_version(db, self.version_id)
        assert self.document_id is not None
        return load_document(db, self.document_id)

    def label(self, db: Database, document: DocumentData) -> str:
        """*Jaarplan 2026-2027 (2026-2027)* or *concept voor OPR (3 juni 2026)*."""
        if self.version_id is not None:
            for version in list_versions(db, document.id or 0):
                if version.id == self.version_id:
                    day = format_date(version.created.date(), "d MMMM y", locale="nl_NL")
                    return _("{title}, version '{name}' of {date}").format(
                        title=document.title, name=version.name, date=day
                    )
        return _("{title}, school year {year}").format(
            title=document.title, year=document.school_year
        )


@dataclass
class Compared:
    comparison: Comparison
    old: DocumentData
    new: DocumentData


def compare_sources(db: Database, old: Source, new: Source) -> Compared:
    """What changed from ``old`` to ``new``, with the two documents it was read from."""
    before, after = old.load(db), new.load(db)
    result = compare(before, after)
    result.old_title = old.label(db, before)
    result.new_title = new.label(db, after)
    return Compared(result, before, after)
