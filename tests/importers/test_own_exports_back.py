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
    if "jaarkalender" in stem or ("ontwikkelpunten" in stem and kind != "docx")
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
