"""Our own Word, Excel and CSV exports import back: the themed-table seeds, exported and read
again, give the same themes, rows, statuses and columns; the shipped examples, a rich
document and a saved layout give the same whole dump."""

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
ROUND_TRIPS = [(stem, kind) for stem in SHIPPED for kind in WRITERS]


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


@pytest.mark.parametrize(("stem", "kind"), ROUND_TRIPS)
def test_shipped_example_with_statuses_and_notes_gives_the_same_dump(
    tmp_path: Path, stem: str, kind: str
) -> None:
    """The shipped examples with rows a user has worked on: statuses, priorities, KPIs and
    notes of two lines come back on every row, in the action cards too."""
    document = read_any(SHIPPED[stem]).document
    rows = [row for part in document.parts for row in part.all_rows()]
    statuses = [RowStatus.RUNNING, RowStatus.PARTLY, RowStatus.POSTPONED]
    for index, row in enumerate(rows[:: max(1, len(rows) // 6)]):
        row.status, row.priority = statuses[index % 3], index % 2 == 0
        row.notes = "Let op\nTweede regel" if index % 2 else ""
        row.kpis = [document.kpis[0].number] if index % 3 == 0 and document.kpis else []
    before = _whole(document)
    assert sum(row["status"] != "gepland" for p in before["parts"] for row in _all(p)) >= 4
    target = tmp_path / f"export.{kind}"
    WRITERS[kind](document, target)
    assert _whole(read_any(target).document) == before


def _all(part: dict) -> list[dict]:
    def rows(items: list[dict]) -> list[dict]:
        return [r for row in items for r in [row, *rows(row["rows"])]]

    def themes(items: list[dict]) -> list[dict]:
        return [r for t in items for r in [*rows(t["rows"]), *themes(t["themes"])]]

    return themes(part["themes"])


def _rich_themed_table():
    """Every field filled: statuses, priority, amounts, KPIs on rows, a row's notes, a
    continuation row, a theme in a theme with a goal, two parts, status trail, text sections,
    document KPIs and meetings (from ``sample_document``), notes of two lines, and themes'
    footnotes."""
    document = sample_document()
    rows = [row for part in document.parts for row in part.all_rows()]
    rows[0].notes = "Zaal: de aula\nKoffie om half negen"
    rows[1].status, rows[3].status = RowStatus.PARTLY, RowStatus.POSTPONED
    rows[3].priority, rows[3].kpis = True, [2]
    first = document.parts[0].themes[0]
    first.footnotes = "<p>¹ Zie ook het ondersteuningsplan.</p><p>² Afspraak met de gemeente.</p>"
    document.parts[0].themes[1].themes[0].footnotes = "<p>³ Alleen voor het VO.</p>"
    # what Word's table Over dit document holds, read back as typed (it came back as "&amp;")
    document.organisation.name = "SWV Zuid & Oost <regio>"
    document.meeting_series[0].meetings[0].note = "Zaal 3 & 4\nMet de wethouder"
    return document


@pytest.mark.parametrize("kind", ["docx", "xlsx", "csv"])
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


@pytest.mark.parametrize("kind", ["docx", "xlsx", "csv"])
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


def _word_table(path: Path, index: int = 0) -> list[list[str]]:
    import docx

    table = docx.Document(str(path)).tables[index]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_word_shows_status_priority_kpis_and_notes_only_when_a_row_has_them(
    tmp_path: Path,
) -> None:
    """A plain plan stays plain in Word; the rich one gets the columns a reader needs, the
    goal under its theme's title and a theme in a theme numbered 2.1."""
    from jaarplanner.i18n import _

    rich_document = _rich_themed_table()
    _whole(rich_document)  # numbered, as the program has it
    rich = tmp_path / "rich.docx"
    write_docx(rich_document, rich)
    plain_document = sample_document()
    for row in [r for p in plain_document.parts for r in p.all_rows()]:
        row.status, row.priority, row.kpis, row.notes = RowStatus.PLANNED, False, [], ""
    bare = tmp_path / "bare.docx"
    write_docx(plain_document, bare)
    extra = [_("KPIs"), _("Notes"), _("Status"), _("Priority")]
    assert not set(extra) & set(_word_table(bare)[0])
    table = _word_table(rich)
    assert table[0][-4:] == extra
    first = next(row for row in table if row[0] == "1")
    assert first[-4:] == ["1, 2", "Zaal: de aula\nKoffie om half negen", _("planned"), ""]
    bands = [row[0] for row in table if len(set(row)) == 1]
    assert bands == ["1. Onderwijs & ondersteuning", "2. Kwaliteit\nGoed werk", "2.1 Onderzoek"]


def test_an_office_word_file_with_such_columns_is_read_as_before(tmp_path: Path) -> None:
    """Without *Over dit document* the own rules do not apply: a band 2.1 stays a theme of
    its own, beside the theme above it."""
    import docx

    word = docx.Document()
    labels = ["nr", "Periode (wanneer)", "Activiteiten (wat)", "Betrokkenen (wie)"]
    table = word.add_table(rows=1, cols=4)
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = label
    for texts in (["1. Kwaliteit"], ["1", "oktober 2024", "Audit", "Directie"], ["2.1 Onderzoek"]):
        cells = table.add_row().cells
        if len(texts) == 1:
            cells[0].merge(cells[-1]).text = texts[0]
        else:
            for cell, text in zip(cells, texts, strict=True):
                cell.text = text
    cells = table.add_row().cells
    for cell, text in zip(cells, ["1", "mei 2025", "Enquête", "Bureau"], strict=True):
        cell.text = text
    path = tmp_path / "kantoor.docx"
    word.save(str(path))
    document = read_any(path).document
    themes = document.parts[0].themes
    assert [t.title for t in themes] == ["Kwaliteit", "2.1 Onderzoek"]
    assert [t.themes for t in themes] == [[], []]
    assert [r.fields["what"] for r in themes[1].rows] == ["Enquête"]


def test_word_prints_the_themes_footnotes_under_the_table(tmp_path: Path) -> None:
    """As the PDF does: a themed table's footnotes stand under it in the Word file, where a
    reader of the file sees them (not only in *Over dit document*)."""
    import docx

    target = tmp_path / "plan.docx"
    write_docx(_rich_themed_table(), target)
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    for note in (
        "¹ Zie ook het ondersteuningsplan.",
        "² Afspraak met de gemeente.",
        "³ Alleen voor het VO.",
    ):
        assert note in paragraphs
