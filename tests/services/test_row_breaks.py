"""The page-break setting of a document: kept with the document, undoable, refused when it
is not one of the three; a new document splits only long rows."""

from __future__ import annotations

import pytest

from jaarplanner.errors import UserError
from jaarplanner.services.documents import create_document, load_document, set_row_breaks
from jaarplanner.storage.database import Database
from tests.factories import sample_document


def test_the_setting_is_kept_and_undone(sqlite_db: Database) -> None:
    ident = create_document(sqlite_db, sample_document()).result
    assert load_document(sqlite_db, ident).row_breaks == "long"
    change = set_row_breaks(sqlite_db, ident, "never")
    assert load_document(sqlite_db, ident).row_breaks == "never"
    redo = change.revert(sqlite_db)
    assert load_document(sqlite_db, ident).row_breaks == "long"
    redo.revert(sqlite_db)
    assert load_document(sqlite_db, ident).row_breaks == "never"


def test_a_wrong_value_changes_nothing(sqlite_db: Database) -> None:
    ident = create_document(sqlite_db, sample_document()).result
    with pytest.raises(UserError, match="gesplitst"):
        set_row_breaks(sqlite_db, ident, "soms")
    assert load_document(sqlite_db, ident).row_breaks == "long"
