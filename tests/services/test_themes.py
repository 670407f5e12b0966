"""Theme use cases: the numbered tree, deletes with everything below, moves."""

from __future__ import annotations

import pytest

from jaarplanner.errors import UserError
from jaarplanner.services import themes
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from tests.factories import sample_document
from tests.services.helpers import snapshot, theme_by_title


@pytest.fixture
def doc_id(db: Database) -> int:
    return create_document(db, sample_document()).result


def titles(db: Database, doc_id: int) -> list[tuple[str | None, str]]:
    part = load_document(db, doc_id).parts[0]
    return [(t.label, t.title) for t in part.all_themes()]


def test_add_theme_renumbers_and_undo(db: Database, doc_id: int) -> None:
    part_id = load_document(db, doc_id).parts[0].id
    change = themes.add_theme(db, part_id, "  Transities   PO-VO ", index=1)
    assert titles(db, doc_id)[:3] == [
        ("1.", "Onderwijs & ondersteuning"),
        ("2.", "Transities PO-VO"),
        ("3.", "Kwaliteit"),
    ]
    change.revert(db)
    assert titles(db, doc_id)[1] == ("2.", "Kwaliteit")


def test_theme_needs_title(db: Database, doc_id: int) -> None:
    part_id = load_document(db, doc_id).parts[0].id
    with pytest.raises(UserError, match="titel"):
        themes.add_theme(db, part_id, "   ")


def test_delete_theme_with_subthemes_and_rows_then_undo(db: Database, doc_id: int) -> None:
    before = snapshot(db, doc_id)
    theme = theme_by_title(load_document(db, doc_id), "Kwaliteit")
    change = themes.delete_theme(db, theme.id)
    assert [t for _label, t in titles(db, doc_id)] == ["Onderwijs & ondersteuning"]
    redo = change.revert(db)
    assert snapshot(db, doc_id) == before
    redo.revert(db)
    assert len(titles(db, doc_id)) == 1


def test_edit_theme_and_undo(db: Database, doc_id: int) -> None:
    theme = theme_by_title(load_document(db, doc_id), "Kwaliteit")
    change = themes.edit_theme(
        db,
        theme.id,
        title="Kwaliteitszorg",
        reference="Ontwikkelpunt 2 en 3",
        goal="<p onclick='x'>Doel: <i>beter</i></p>",
    )
    stored = theme_by_title(load_document(db, doc_id), "Kwaliteitszorg")
    assert stored.goal == "<p>Doel: <i>beter</i></p>"
    assert stored.reference == "Ontwikkelpunt 2 en 3"
    change.revert(db)
    assert theme_by_title(load_document(db, doc_id), "Kwaliteit").goal == "<p>Goed werk</p>"


def test_move_theme_under_another_and_back(db: Database, doc_id: int) -> None:
    before = snapshot(db, doc_id)
    document = load_document(db, doc_id)
    first = theme_by_title(document, "Onderwijs & ondersteuning")
    parent = theme_by_title(document, "Kwaliteit")
    change = themes.move_theme(db, first.id, parent.id, 0)
    moved = load_document(db, doc_id).parts[0]
    assert [t.title for t in moved.themes] == ["Kwaliteit"]
    assert [t.title for t in moved.themes[0].themes] == ["Onderwijs & ondersteuning", "Onderzoek"]
    change.revert(db)
    assert snapshot(db, doc_id) == before


def test_theme_cannot_move_into_itself(db: Database, doc_id: int) -> None:
    document = load_document(db, doc_id)
    parent = theme_by_title(document, "Kwaliteit")
    child = theme_by_title(document, "Onderzoek")
    with pytest.raises(UserError, match="in zichzelf"):
        themes.move_theme(db, parent.id, child.id)
