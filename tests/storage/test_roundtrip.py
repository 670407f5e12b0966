"""Every model object comes back from the database as it went in."""

from __future__ import annotations

import dataclasses

from jaarplanner.model.document import DocumentData, ThemeData
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from tests.factories import sample_document


def _strip(value: object) -> object:
    """Forget what the database adds: ids, versions and derived numbers."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _strip(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in ("id", "number", "label", "continued_by", "version")
        }
    if isinstance(value, list):
        return [_strip(v) for v in value]
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items()}
    return value


def test_document_round_trip(db: Database) -> None:
    original = sample_document()
    document_id = create_document(db, original).result
    loaded = load_document(db, document_id)
    assert isinstance(loaded, DocumentData)
    expected = _strip(original)
    # The stored form of rich text is cleaned: '&' is written as '&amp;'.
    got = _strip(loaded)
    got_rows = got["parts"][0]["themes"][1]["rows"]
    assert got_rows[0]["fields"]["period"] == "nov 2024-feb &amp; mei 2025"
    got_rows[0]["fields"]["period"] = "nov 2024-feb & mei 2025"
    assert got == expected


def test_numbers_are_derived(db: Database) -> None:
    document = load_document(db, create_document(db, sample_document()).result)
    part = document.parts[0]
    assert [(t.label, t.title) for t in part.themes] == [
        ("1.", "Onderwijs & ondersteuning"),
        ("2.", "Kwaliteit"),
    ]
    first: ThemeData = part.themes[0]
    assert [r.number for r in first.rows] == ["1", "2", None]
    assert part.themes[1].themes[0].label == "2.1"
