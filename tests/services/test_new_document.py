"""A new document from each shipped layout; parts and columns changed as one undoable step;
layouts saved, exported and imported; the organisation's settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jaarplanner.errors import UserError
from jaarplanner.model.layout import Column
from jaarplanner.model.values import Field, Region, Sector
from jaarplanner.resources import layouts_dir
from jaarplanner.services import layout_catalogue as catalogue
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.new_document import (
    NewDocument,
    coming_school_year,
    earlier_documents,
    first_theme_id,
    new_document,
)
from jaarplanner.services.organisation import read_settings, save_settings
from jaarplanner.services.parts import PartPlan, apply_parts, text_cells
from jaarplanner.services.regions import find_region, region_of_place
from jaarplanner.services.rows import add_row, edit_field
from jaarplanner.storage.database import Database, open_database

NETWORK = "SWV Zuidplas Fictief"


def _make(db: Database, layout: str, **extra: object) -> int:
    request = NewDocument(NETWORK, "2026-2027", layout, **extra)  # type: ignore[arg-type]
    return new_document(db, request).result


@pytest.mark.parametrize(
    ("layout", "parts"),
    [
        ("themed-table", ["Jaarkalender", "Jaarplan"]),
        ("development-points", ["Jaarplan verbeter- en ontwikkelpunten", "Kwaliteitskalender"]),
        ("action-cards", ["Doelen"]),
    ],
)
def test_each_shipped_layout_gives_its_parts_with_one_empty_theme(
    db: Database, layout: str, parts: list[str]
) -> None:
    ident = _make(db, layout, short_name="ZPF", region=Region.MIDDLE)
    document = load_document(db, ident)
    assert [p.title for p in document.parts] == parts
    assert all(len(p.themes) == 1 and not p.all_rows() for p in document.parts)
    assert document.title.endswith("ZPF 2026-2027")
    assert document.organisation.region == Region.MIDDLE
    assert document.layout == layout
    assert first_theme_id(db, ident) == document.parts[0].themes[0].id


def test_bad_requests_change_nothing(sqlite_db: Database) -> None:
    with pytest.raises(UserError, match="geen indeling 'bestaat-niet'"):
        _make(sqlite_db, "bestaat-niet")
    with pytest.raises(UserError, match="geen schooljaar"):
        new_document(sqlite_db, NewDocument(NETWORK, "2026", "themed-table"))
    with pytest.raises(UserError, match="naam van de organisatie"):
        new_document(sqlite_db, NewDocument("  ", "2026-2027", "themed-table"))
    assert list_documents(sqlite_db) == []


def test_undoing_a_new_document_removes_it(sqlite_db: Database) -> None:
    change = new_document(sqlite_db, NewDocument(NETWORK, "2026-2027", "action-cards"))
    change.revert(sqlite_db)
    assert list_documents(sqlite_db) == []


def test_the_coming_school_year() -> None:
    import datetime as dt

    assert str(coming_school_year(dt.date(2026, 12, 1))) == "2026-2027"
    assert str(coming_school_year(dt.date(2027, 3, 1))) == "2027-2028"


def test_earlier_documents_are_last_years_of_the_same_organisation(sqlite_db: Database) -> None:
    old = new_document(sqlite_db, NewDocument(NETWORK, "2025-2026", "themed-table")).result
    new_document(sqlite_db, NewDocument("Ander SWV", "2025-2026", "themed-table"))
    found = earlier_documents(sqlite_db, NETWORK, "2026-2027")
    assert [ident for ident, _label in found] == [old]
    assert found[0][1].startswith("2025-2026 · ")
    assert earlier_documents(sqlite_db, NETWORK, "2027-2028") == []


def _text_in(db: Database, part_id: int, field: Field, text: str) -> None:
    document = next(
        load_document(db, d.id)
        for d in list_documents(db)
        if any(p.id == part_id for p in load_document(db, d.id).parts)
    )
    part = next(p for p in document.parts if p.id == part_id)
    row = add_row(db, part.themes[0].id).result
    edit_field(db, row, field, text)


def test_parts_and_columns_in_one_undoable_step(db: Database) -> None:
    ident = _make(db, "themed-table")
    before = load_document(db, ident)
    calendar, plan = before.parts
    _text_in(db, plan.id, Field.STAFF, "2 fte")
    assert text_cells(db, plan.id, {Field.STAFF, Field.REMARK}) == {Field.STAFF: 1}
    renamed = (
        *tuple(
            Column(c.field, "Wanneer" if c.field == Field.PERIOD else c.label, c.width, c.due_date)
            for c in calendar.layout.columns
        ),
        Column(Field.REMARK, "Opmerking", 1.5),
    )
    from dataclasses import replace

    plans = [
        PartPlan("Plan 2026", replace(plan.layout, columns=plan.layout.columns[:3]), plan.id),
        PartPlan("Jaarkalender", replace(calendar.layout, columns=renamed), calendar.id),
        PartPlan("Kwaliteit", calendar.layout),
    ]
    change = apply_parts(db, ident, plans)
    after = load_document(db, ident)
    assert [p.title for p in after.parts] == ["Plan 2026", "Jaarkalender", "Kwaliteit"]
    assert after.parts[1].layout.columns[0].label == "Wanneer"
    assert after.parts[1].layout.columns[-1].label == "Opmerking"
    assert len(after.parts[0].layout.columns) == 3
    assert len(after.parts[2].themes) == 1
    # the hidden column's text is kept, so putting the column back brings it back
    assert after.parts[0].all_rows()[0].value(Field.STAFF) == "2 fte"
    undone = change.revert(db)
    again = load_document(db, ident)
    assert [p.title for p in again.parts] == ["Jaarkalender", "Jaarplan"]
    assert again.parts[1].layout == plan.layout and len(again.parts[1].all_rows()) == 1
    undone.revert(db)
    assert [p.title for p in load_document(db, ident).parts][2] == "Kwaliteit"


def test_removing_a_part_and_undoing_it_brings_its_rows_back(sqlite_db: Database) -> None:
    ident = _make(sqlite_db, "themed-table")
    calendar, plan = load_document(sqlite_db, ident).parts
    _text_in(sqlite_db, plan.id, Field.WHAT, "Scholing")
    change = apply_parts(sqlite_db, ident, [PartPlan(calendar.title, calendar.layout, calendar.id)])
    assert len(load_document(sqlite_db, ident).parts) == 1
    change.revert(sqlite_db)
    parts = load_document(sqlite_db, ident).parts
    assert [p.id for p in parts] == [calendar.id, plan.id]
    assert parts[1].all_rows()[0].value(Field.WHAT) == "Scholing"


def test_undo_reverses_only_what_the_step_did(db: Database) -> None:
    """Two steps undone in turn; text typed in a new part since comes back with a redo; a
    part changed again by somebody else is not overwritten by an undo."""
    ident = _make(db, "themed-table")
    calendar, plan = load_document(db, ident).parts
    first = apply_parts(
        db,
        ident,
        [
            PartPlan("Kalender", calendar.layout, calendar.id),
            PartPlan(plan.title, plan.layout, plan.id),
        ],
    )
    second = apply_parts(
        db,
        ident,
        [
            PartPlan("Kalender", calendar.layout, calendar.id),
            PartPlan(plan.title, plan.layout, plan.id),
            PartPlan("Extra", plan.layout),
        ],
    )
    extra = load_document(db, ident).parts[2]
    _text_in(db, extra.id, Field.WHAT, "Getypt in het nieuwe deel")
    redo_second = second.revert(db)
    assert [p.title for p in load_document(db, ident).parts] == ["Kalender", "Jaarplan"]
    redo_first = first.revert(db)
    assert [p.title for p in load_document(db, ident).parts] == ["Jaarkalender", "Jaarplan"]
    first = redo_first.revert(db)
    redo_second.revert(db)
    parts = load_document(db, ident).parts
    assert [p.title for p in parts] == ["Kalender", "Jaarplan", "Extra"]
    assert parts[2].all_rows()[0].value(Field.WHAT) == "Getypt in het nieuwe deel"
    # somebody renames the calendar again; undoing the first step must not overwrite that
    apply_parts(
        db,
        ident,
        [PartPlan("Kalender 2026", calendar.layout, calendar.id)]
        + [PartPlan(p.title, p.layout, p.id) for p in parts[1:]],
    )
    with pytest.raises(UserError, match="sindsdien"):
        first.revert(db)
    assert load_document(db, ident).parts[0].title == "Kalender 2026"


def test_parts_refused_change_nothing(sqlite_db: Database) -> None:
    ident = _make(sqlite_db, "themed-table")
    calendar, _plan = load_document(sqlite_db, ident).parts
    with pytest.raises(UserError):
        apply_parts(sqlite_db, ident, [])
    with pytest.raises(UserError, match="titel"):
        apply_parts(sqlite_db, ident, [PartPlan("  ", calendar.layout, calendar.id)])
    from dataclasses import replace

    twice = replace(calendar.layout, columns=calendar.layout.columns[:1] * 2)
    with pytest.raises(UserError):
        apply_parts(sqlite_db, ident, [PartPlan("X", twice, calendar.id)])
    assert len(load_document(sqlite_db, ident).parts) == 2


def test_a_saved_layout_travels_to_another_database(tmp_path: Path) -> None:
    first = open_database(tmp_path / "een.sqlite")
    second = open_database(tmp_path / "twee.sqlite")
    try:
        ident = _make(first, "themed-table")
        document = load_document(first, ident)
        from dataclasses import replace

        calendar = document.parts[0]
        extra = (*calendar.layout.columns, Column(Field.REMARK, "Opmerking", 1.0))
        apply_parts(
            first,
            ident,
            [PartPlan("Kalender", replace(calendar.layout, columns=extra), calendar.id)],
        )
        layout = catalogue.layout_of_document(load_document(first, ident), "Ons model")
        catalogue.save_layout(first, layout)
        text = catalogue.layout_file_text(catalogue.find_layout(first, "ons-model"))
        catalogue.import_layout(second, text)
        made = new_document(second, NewDocument("Ander SWV", "2026-2027", "ons-model")).result
        other = load_document(second, made)
        assert [p.title for p in other.parts] == ["Kalender"]
        assert other.parts[0].layout.columns == extra
        assert [x.name for x in catalogue.saved_layouts(second)] == ["ons-model"]
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{ niet json", "geen geldige JSON"),
        (
            '{"name": "x", "parts": {"a": {"columns": [{"field": "budget", "label": "B"}]}}}',
            "budget",
        ),
        ('{"name": "x", "kleur": "rood", "parts": {"a": {"columns": []}}}', "kleur"),
        ('{"name": "x", "parts": {"a": {"columns": [{"field": "what", "lable": "W"}]}}}', "lable"),
        ("[1, 2]", "geen indeling"),
    ],
)
def test_a_bad_layout_file_is_refused_in_dutch(
    sqlite_db: Database, text: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        catalogue.import_layout(sqlite_db, text)
    assert catalogue.saved_layouts(sqlite_db) == []


def test_the_shipped_layout_files_read_back_the_same() -> None:
    for path in sorted(layouts_dir().glob("*.json")):
        layout = catalogue.parse_layout_file(path.read_text("utf-8"))
        again = catalogue.parse_layout_file(catalogue.layout_file_text(layout))
        assert again == layout
        assert json.loads(catalogue.layout_file_text(layout))["parts"].keys() == layout.parts.keys()


def test_a_shipped_name_cannot_be_overwritten(sqlite_db: Database) -> None:
    layout = catalogue.find_layout(sqlite_db, "themed-table")
    with pytest.raises(UserError, match="bij het programma hoort"):
        catalogue.save_layout(sqlite_db, layout)


def test_regions_from_place_names() -> None:
    assert region_of_place("Amsterdam") == Region.NORTH
    assert region_of_place(" utrecht ") == Region.MIDDLE
    assert region_of_place("Hattem") == Region.NORTH
    assert region_of_place("Apeldoorn") == Region.MIDDLE
    assert region_of_place("Nijmegen") == Region.SOUTH
    assert find_region("Atlantis") is None
    with pytest.raises(UserError, match="Atlantis"):
        region_of_place("Atlantis")


def test_organisation_settings_are_one_undoable_change(db: Database) -> None:
    ident = _make(db, "themed-table")
    org = load_document(db, ident).organisation
    logo = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    settings = read_settings(db, org.id)
    from dataclasses import replace

    change = save_settings(
        db,
        org.id,
        replace(
            settings,
            short_name="ZPF",
            sector=Sector.PO,
            region=Region.SOUTH,
            logo=logo,
            header_text="Concept",
            footer_text="www.zpf.example",
        ),
    )
    stored = load_document(db, ident).organisation
    assert (stored.short_name, stored.sector, stored.region) == ("ZPF", Sector.PO, Region.SOUTH)
    assert stored.logo == logo and stored.footer_text == "www.zpf.example"
    changed = read_settings(db, org.id)
    save_settings(db, org.id, replace(changed, footer_text="www.elders.example"))  # somebody else
    with pytest.raises(UserError, match="sindsdien"):
        change.revert(db)
    save_settings(db, org.id, changed)
    change.revert(db)
    assert read_settings(db, org.id) == settings
    with pytest.raises(UserError, match="PNG- of SVG-bestand"):
        save_settings(db, org.id, replace(settings, logo=b"GIF89a"))
    assert read_settings(db, org.id) == settings
