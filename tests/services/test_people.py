"""A row's people, stored and kept in step with its Betrokkenen text; her corrections."""

from __future__ import annotations

from jaarplanner.model.values import Field
from jaarplanner.services import rows as row_service
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.services.people import people_of, row_people, rows_of_person, set_spellings
from jaarplanner.storage.database import Database
from tests.factories import sample_document


def test_a_rows_people_follow_its_text_and_her_list(db: Database) -> None:
    document_id = create_document(db, sample_document()).result
    document = load_document(db, document_id)
    organisation = document.organisation.id
    first, second = [r for p in document.parts for r in p.all_rows()][:2]
    # An import stores each row's people at once.
    assert all(
        row_people(db, r.id) == people_of(db, organisation).of(r.value(Field.WHO))
        for p in document.parts
        for r in p.all_rows()
    )
    change = row_service.edit_field(db, first.id, Field.WHO, "ECT, directeur en OPR")
    assert row_people(db, first.id) == ["ECT", "Directeur", "Ondersteuningsplanraad"]
    row_service.edit_field(db, second.id, Field.WHO, "Expertise- en consultatieteam")
    assert row_people(db, first.id)[0] == row_people(db, second.id)[0]
    assert rows_of_person(db, "Directeur") >= {first.id}
    # Her own name for the team, with the spellings she lists.
    undo = set_spellings(db, organisation, "Het ECT", ["ECT", "Expertise- en consultatieteam"])
    assert row_people(db, first.id)[0] == row_people(db, second.id)[0] == "Het ECT"
    assert rows_of_person(db, "Het ECT") == {first.id, second.id}
    undo.revert(db)
    assert row_people(db, first.id)[0] != "Het ECT"
    # Undoing the text edit takes the people back too.
    change.revert(db)
    assert row_people(db, first.id) == people_of(db, organisation).of(first.value(Field.WHO))
