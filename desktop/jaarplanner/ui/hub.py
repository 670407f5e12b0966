"""One hub that tells every view what changed, in typed signals (see
``shared/design/change-propagation.md``). The ``DocumentStore`` publishes here after it
updated its data; the rows model, the navigator, the details panel and the calendar
subscribe and patch only what a signal names. Nothing here reloads or resets anything."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    rowsChanged = Signal(object, object)  # row ids (frozenset), field names (frozenset)
    rowsInserted = Signal(int, object)  # theme id (0: unknown), row ids
    rowsRemoved = Signal(object)  # row ids
    rowMoved = Signal(object, int)  # row ids, theme id
    themeRenamed = Signal(object)  # theme ids
    structureChanged = Signal(int)  # document id whose data was read again (0: all of them)
    documentChanged = Signal(int)  # a document's own properties (title, state, KPIs)
