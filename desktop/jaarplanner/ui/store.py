"""The documents as the window shows them, kept up to date change by change: the one
object between the services and the widgets (the controller). ``publish(change)`` reads
again only what the change touched and then tells the hub, which tells the views.

A field edit re-reads those rows and updates the row objects in place (the models hold
the same objects, so the views only repaint). Rows added, removed or moved, and changes
that do not say what they touched, read the affected document again; the views then
reconcile their items by id (no model reset)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from jaarplanner.model.document import DocumentData, RowData, ThemeData
from jaarplanner.services.changes import Change, Touch, TouchKind
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.row_data import read_rows
from jaarplanner.storage.database import Database
from jaarplanner.ui.hub import ChangeHub

# fields whose change moves the derived numbers of the rows after it
NUMBERING = frozenset({"continuation"})


class DocumentStore(QObject):
    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.hub = ChangeHub(self)
        self.documents: list[DocumentData] = []
        self._row_doc: dict[int, int] = {}
        self._theme_doc: dict[int, int] = {}
        self._rows: dict[int, RowData] = {}

    # -- reading ----------------------------------------------------------------------------
    def load_all(self) -> None:
        """Every document read afresh (start, another database, or a change that did not say
        what it touched); the views reconcile by id."""
        self.documents = [load_document(self.db, d.id) for d in list_documents(self.db)]
        self._index()
        self.hub.structureChanged.emit(0)

    def reload_document(self, document_id: int) -> None:
        ids = [d.id for d in list_documents(self.db)]
        if document_id not in ids:
            self.load_all()
            return
        fresh = load_document(self.db, document_id)
        for position, document in enumerate(self.documents):
            if document.id == document_id:
                self.documents[position] = fresh
                break
        else:
            self.load_all()
            return
        self._index()
        self.hub.structureChanged.emit(document_id)

    def _index(self) -> None:
        self._row_doc, self._theme_doc, self._rows = {}, {}, {}
        for document in self.documents:
            for part in document.parts:
                for theme in part.all_themes():
                    if document.id is None or theme.id is None:
                        continue  # the store holds what was read from the database: with ids
                    self._theme_doc[theme.id] = document.id
                    for row in theme.rows:
                        if row.id is not None:
                            self._row_doc[row.id] = document.id
                            self._rows[row.id] = row
        # The documents just read live until the next read and hold no reference cycles, so
        # the cycle collector need not walk them again and again: with 50,000 rows each of
        # its full rounds took 0.2-1 s, in the middle of a search or an edit. What the read
        # left as cyclic garbage is collected first (a round over what is new since the last
        # freeze only); frozen documents are still freed by their reference counts when the
        # next read replaces them (tests/ui/test_store_memory.py).
        gc.collect()
        gc.freeze()

    def document(self, document_id: int | None) -> DocumentData | None:
        return next((d for d in self.documents if d.id == document_id), None)

    def row(self, row_id: int) -> RowData | None:
        return self._rows.get(row_id)

    def document_of_row(self, row_id: int) -> DocumentData | None:
        return self.document(self._row_doc.get(row_id))

    def theme(self, theme_id: int) -> ThemeData | None:
        document = self.document(self._theme_doc.get(theme_id))
        if document is None:
            return None
        for part in document.parts:
            for theme in part.all_themes():
                if theme.id == theme_id:
                    return theme
        return None

    # -- changes ----------------------------------------------------------------------------
    def publish(self, change: Change | None) -> None:
        """Bring the data up to date with ``change`` and tell the views (None: unknown)."""
        touched = change.touched if change is not None else ()
        if not touched:
            self.load_all()
            return
        reload: set[int | None] = set()  # None: a document not known here
        for touch in touched:
            if touch.kind is TouchKind.FIELD and not (touch.fields & NUMBERING):
                self._refresh_fields(touch)
            elif touch.kind in (TouchKind.STRUCTURE, TouchKind.DOCUMENT):
                reload |= set(touch.ids)
            else:
                reload |= self._documents_of(touch)
        if None in reload:
            self.load_all()
        else:
            for document_id in reload:
                if document_id is not None:
                    self.reload_document(document_id)
        self._tell_kinds(touched)

    def _tell_kinds(self, touched: tuple[Touch, ...]) -> None:
        """After the views reconciled (``structureChanged``): what kind of change it was,
        for a view that wants to act on it (scroll to new rows, mark a renamed theme)."""
        hub = self.hub
        for touch in touched:
            ids = touch.ids
            if touch.kind is TouchKind.ROWS_ADDED:
                hub.rowsInserted.emit(touch.theme or 0, ids)
            elif touch.kind is TouchKind.ROWS_REMOVED:
                hub.rowsRemoved.emit(ids)
            elif touch.kind is TouchKind.ROW_MOVED:
                hub.rowMoved.emit(ids, touch.theme or 0)
            elif touch.kind is TouchKind.THEME_RENAMED:
                hub.themeRenamed.emit(ids)
            elif touch.kind is TouchKind.DOCUMENT:
                for document_id in ids:
                    hub.documentChanged.emit(document_id)

    def publish_remote(self) -> None:
        """Somebody else committed: the same path as an unspecified change of our own."""
        self.load_all()

    def _documents_of(self, touch: Touch) -> set[int | None]:
        found: set[int | None] = set()
        if touch.theme is not None:
            found.add(self._theme_doc.get(touch.theme))
        if touch.kind is TouchKind.THEME_RENAMED:
            found |= {self._theme_doc.get(i) for i in touch.ids}
        else:
            found |= {self._row_doc.get(i) for i in touch.ids if i in self._row_doc}
        if touch.kind is TouchKind.ROWS_ADDED and touch.theme is None and not found - {None}:
            found.add(None)  # rows we do not know yet, in a theme not named: read everything
        return found or {None}

    def _refresh_fields(self, touch: Touch) -> None:
        fresh = read_rows(self.db, touch.ids)
        gone = set(touch.ids) - set(fresh)
        if gone:  # deleted meanwhile (by somebody else): the document is read again
            for document_id in {self._row_doc.get(i) for i in gone}:
                if document_id is not None:
                    self.reload_document(document_id)
        for ident, new in fresh.items():
            row = self._rows.get(ident)
            if row is None:
                continue
            # the same object keeps its place in every model; only its values change
            row.fields, row.status, row.priority = new.fields, new.status, new.priority
            row.amount_cents, row.notes, row.kpis = new.amount_cents, new.notes, new.kpis
            row.version, row.search_cache = new.version, None
        changed = frozenset(i for i in fresh if i in self._rows)
        if changed:
            self.hub.rowsChanged.emit(changed, touch.fields)
