"""Comparing what a document was and is: two versions, a version and now, or two documents
(this year's and last year's)."""

from __future__ import annotations

from dataclasses import dataclass

from jaarplanner.model.compare import Comparison, compare
from jaarplanner.model.document import DocumentData
from jaarplanner.services.documents import load_document
from jaarplanner.services.versions import load_version
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


def compare_sources(db: Database, old: Source, new: Source) -> Comparison:
    """What changed from ``old`` to ``new``, with the two documents it was read from."""
    return compare(old.load(db), new.load(db))
