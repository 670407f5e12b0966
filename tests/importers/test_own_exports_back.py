"""Our own Excel and CSV exports import back: the themed-table seeds, exported and read
again, give the same themes, rows, statuses and columns (titles a spreadsheet
cannot carry, such as a part's subtitle, are not compared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jaarplanner.demo import example_sources
from jaarplanner.exporters.csv_export import write_csv
from jaarplanner.exporters.docx_export import write_docx
from jaarplanner.exporters.dump import document_dump
from jaarplanner.exporters.xlsx_export import write_xlsx
from jaarplanner.importers.files import read_any
from jaarplanner.model.numbering import number_part
from jaarplanner.model.values import RowStatus
from tests.factories import sample_document
from tests.seeds import seed


def _rows(rows: list[dict]) -> list[tuple]:
    found = []
    for row in rows:
        found.append((row["fields"], row["status"], row["priority"]))
        found.extend(_rows(row["rows"]))
    return found


def _body(document) -> list[dict]:
    """Per part its columns, and per theme its title and every row's text, status and
    priority in order (a flat sheet does not say which unnumbered row continues the one
    above, so the nesting is not compared)."""
    for part in document.parts:
        number_part(part)
    dump = document_dump(document)
    return [
        {
            "columns": p["columns"],
            "themes": [(t["number"], t["title"], _rows(t["rows"])) for t in p["themes"]],
        }
        for p in dump["parts"]
    ]


@pytest.mark.parametrize("prefix", ["000", "001", "002"])
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_themed_table_exported_and_imported_is_the_same(
    tmp_path: Path, prefix: str, kind: str
) -> None:
    document = read_any(seed(prefix)).document  # skips, with the reason, without ../shared
    rows = [r for p in document.parts for r in p.all_rows()]
    rows[0].status, rows[1].priority = RowStatus.RUNNING, True  # real fields, not free text
    target = tmp_path / f"export.{kind}"
    (write_csv if kind == "csv" else write_xlsx)(document, target)
    again = read_any(target).document
    assert again.layout == document.layout == "themed-table"
    assert [p.key for p in again.parts] == [p.key for p in document.parts]
    assert _body(again) == _body(document)


WRITERS = {"docx": write_docx, "xlsx": write_xlsx, "csv": write_csv}


def _whole(document) -> dict:
    for part in document.parts:
        number_part(part)  # numbered as the program has it before an export
    return document_dump(document)


SHIPPED = {s.stem: s for s in example_sources()}
ROUND_TRIPS = [
    (stem, kind)
    for stem in SHIPPED
    for kind in WRITERS
    # Word: not yet the development points, whose quality calendar's first column has no
    # heading and is lost on the way back (see the report of issue 18)
    if kind != "docx" or "ontwikkelpunten" not in stem
]


@pytest.mark.parametrize(("stem", "kind"), ROUND_TRIPS)
def test_shipped_example_exported_and_imported_gives_the_same_dump(
    tmp_path: Path, stem: str, kind: str
) -> None:
    """The shipped examples, exported and imported again: the whole dump is the same, the
    organisation, titles, texts, status trail, KPIs, parts' subtitles, themes' goals and
    rows continuing a result included (Excel and CSV keep what their table cannot hold
    under *Over dit document*)."""
    document = read_any(SHIPPED[stem]).document
    before = _whole(document)
    target = tmp_path / f"export.{kind}"
    WRITERS[kind](document, target)
    again = read_any(target).document
    assert again.layout == document.layout
    assert _whole(again) == before


def _rich_themed_table():
    """Every field filled: statuses, priority, amounts, KPIs on rows, a row's notes, a
    continuation row, a theme in a theme with a goal, two parts, status trail, text sections,
    document KPIs and meetings (from ``sample_document``), and notes of two lines."""
    document = sample_document()
    rows = [row for part in document.parts for row in part.all_rows()]
    rows[0].notes = "Zaal: de aula\nKoffie om half negen"
    rows[1].status, rows[3].status = RowStatus.PARTLY, RowStatus.POSTPONED
    rows[3].priority, rows[3].kpis = True, [2]
    return document


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_rich_themed_table_exported_and_imported_gives_the_same_dump(
    tmp_path: Path, kind: str
) -> None:
    document = _rich_themed_table()
    before = _whole(document)
    assert before["meeting_series"] and before["status"] and before["kpis"]
    assert before["parts"][0]["themes"][1]["themes"], "a theme in a theme"
    target = tmp_path / f"export.{kind}"
    WRITERS[kind](document, target)
    assert _whole(read_any(target).document) == before


def _in_a_saved_layout(tmp_path: Path):
    """The rich document in a layout a user composed and saved (through the service that
    stores layouts): her own column names, in her own order."""
    from dataclasses import replace

    from jaarplanner.model.layout import Column
    from jaarplanner.model.values import Field
    from jaarplanner.services.layout_catalogue import find_layout, layout_of_document, save_layout
    from jaarplanner.storage.database import open_database

    document = _rich_themed_table()
    columns = (
        Column(Field.WHAT, "Onderwerp", width=3.0),
        Column(Field.WHO, "Trekker"),
        Column(Field.PERIOD, "Deadline"),
    )
    drawn = layout_of_document(document, "Mijn indeling")
    parts = {key: replace(part, columns=columns) for key, part in drawn.parts.items()}
    db = open_database(tmp_path / "indelingen.sqlite")
    try:
        save_layout(db, replace(drawn, parts=parts))
        saved = find_layout(db, "mijn-indeling")
    finally:
        db.close()
    document.layout = saved.name
    for part in document.parts:
        part.layout = saved.parts[part.key]
        for row in part.all_rows():  # only what her layout shows
            row.fields = {f: v for f, v in row.fields.items() if f in {c.field for c in columns}}
    return document


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_saved_layout_exported_and_imported_gives_the_same_dump(
    tmp_path: Path, kind: str
) -> None:
    document = _in_a_saved_layout(tmp_path)
    before = _whole(document)
    assert before["layout"] == "mijn-indeling"
    assert [c["label"] for c in before["parts"][0]["columns"]] == [
        "Onderwerp",
        "Trekker",
        "Deadline",
    ]
    target = tmp_path / f"export.{kind}"
    WRITERS[kind](document, target)
    again = read_any(target).document
    assert again.layout == "mijn-indeling"
    # A layout saved in a database is out of a file importer's reach (it knows the shipped
    # ones and those in the user's folder): the import keeps her layout's name and columns,
    # and the test gives the parts her layout, on which only the numbering of a theme in a
    # theme depends (reported as open in issue 18).
    for part in again.parts:
        part.layout = document.parts[[p.key for p in document.parts].index(part.key)].layout
    assert _whole(again) == before
