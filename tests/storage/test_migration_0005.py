"""Migration 0005: stored layouts become plain text, and a layout that could not be read is
repaired, so a database from an older version opens with every document."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from jaarplanner.exporters.dump import document_dump
from jaarplanner.services.check import check_database
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import open_database
from tests.storage.test_migrations import _database_at


def test_markup_and_a_doubled_field_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    _database_at(path, "0004")
    layouts = [
        {
            "name": "eigen",
            "title": "Eigen",
            "columns": [
                {"field": "period", "label": "<b>Datum</b>"},
                {"field": "what", "label": "<b>Activiteit</b> &amp; <i>meer</i>"},
            ],
        },
        {
            "name": "kapot",
            "title": "Kapot",
            "columns": [
                {"field": "period", "label": "Van"},
                {"field": "period", "label": "Tot en met"},
                {"field": "what", "label": "Wat"},
            ],
        },
    ]
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO organisations (name, short_name, sector, region) "
        "VALUES ('SWV Oud', '', 'po', 'zuid')"
    )
    connection.execute(
        "INSERT INTO documents (organisation_id, school_year, title, subtitle, "
        "layout, state, version) VALUES (1, '2022-2023', 'Oud plan', '', "
        "'eigen-indeling', 'concept', 1)"
    )
    for position, layout in enumerate(layouts):
        connection.execute(
            "INSERT INTO parts (document_id, position, key, title, subtitle, layout_json, version) "
            "VALUES (1, ?, ?, ?, '', ?, 1)",
            (position, layout["name"], layout["title"], json.dumps(layout)),
        )
    connection.commit()
    connection.close()
    db = open_database(path, backup_dir=tmp_path / "kopieen")
    try:
        assert check_database(db) == []
        dump = document_dump(load_document(db, list_documents(db)[0].id))
        assert [p["columns"] for p in dump["parts"]] == [
            [
                {"field": "period", "label": "Datum"},
                {"field": "what", "label": "Activiteit & meer"},
            ],
            [{"field": "period", "label": "Van"}, {"field": "what", "label": "Wat"}],
        ]
    finally:
        db.close()
