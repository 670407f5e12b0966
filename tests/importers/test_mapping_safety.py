"""No mapping, layout or file can leave a database that dump, export, check or the program
cannot open: every kind of mapping mistake is refused in Dutch before anything is written,
and a layout damaged by an older version is read, named by check and repaired."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from jaarplanner.errors import UserError
from jaarplanner.importers.files import read_any
from jaarplanner.importers.tables import Mapping
from jaarplanner.model.layout import LayoutError, validate_layout
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import open_database
from tests.cli.inprocess import run_main

CSV = (
    "Activiteitenplanning 2023-2024\n"
    "Van;Tot en met;Activiteit;Locatie\n"
    "4-9-2023;8-9-2023;Kennismakingsweek;school\n"
    "25-9-2023;;Studiedag team;De Boog\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in this process (``tests/cli/test_cli.py`` starts real ones): the same
    ``main()``, without starting Python again for each of the dozens of commands here."""
    return run_main(*args)


def every_command_works(database: Path, tmp_path: Path) -> None:
    dumped = run("dump", "--database", str(database))
    assert dumped.returncode == 0, dumped.stderr
    assert json.loads(dumped.stdout)["documents"]
    for kind in ("csv", "xlsx", "docx", "pdf"):
        target = tmp_path / f"uit.{kind}"
        exported = run(
            "export", "--database", str(database), "--format", kind, "--output", str(target)
        )
        assert exported.returncode == 0, exported.stderr
        assert target.stat().st_size > 0
    db = open_database(database, create=False)
    try:  # what the program does when it opens: the list, then each document
        for summary in list_documents(db):
            assert load_document(db, summary.id).parts
    finally:
        db.close()


MISTAKES = {
    "one field twice": ("Van=period; Tot en met=period; Activiteit=what", "één kolom"),
    "not a field": ("Van=wanneer; Activiteit=what", "geen veld"),
    "misspelled column": (
        "Vann=period-start; Tot en met=period-end; Activiteit=what",
        "'Kennismakingsweek'|'Van', 'Tot en met', 'Activiteit', 'Locatie'",
    ),
    "start without end": ("Van=period-start; Activiteit=what", "period-start als period-end"),
    "join and a period": (
        "Van=period-start; Tot en met=period-end; Locatie=period; Activiteit=what",
        "period-start en period-end",
    ),
    "column named twice": ("Activiteit=what; Activiteit=who", "twee keer"),
    "two starts": ("Van=period-start; Tot en met=period-start", "period-start"),
    "no equals sign": ("Van period", "Kolomkop=veld"),
}


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_every_mapping_mistake_is_refused_and_every_command_still_works(
    tmp_path: Path, mistake: str
) -> None:
    source = tmp_path / "planning.csv"
    source.write_text(CSV, "utf-8")
    database = tmp_path / "plan.sqlite"
    first = run("import", "--database", str(database), str(source))
    assert first.returncode == 0, first.stderr
    mapping, message = MISTAKES[mistake]
    refused = run("import", "--database", str(database), str(source), "--mapping", mapping)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert any(part in refused.stderr for part in message.split("|")), refused.stderr
    every_command_works(database, tmp_path)
    assert len(json.loads(run("dump", "--database", str(database)).stdout)["documents"]) == 1


def test_van_tot_en_met_becomes_one_period_and_other_columns_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "planning.csv"
    source.write_text(CSV, "utf-8")
    mapping = Mapping.parse("Van=period-start; Tot en met=period-end; Activiteit=what")
    result = read_any(source, mapping)
    rows = result.document.parts[0].themes[0].rows
    assert rows[0].fields["period"] == "4-9-2023 t/m 8-9-2023"
    assert rows[0].fields["what"] == "Kennismakingsweek"
    assert rows[0].notes == "Locatie: school"
    assert rows[1].fields["period"] == "25-9-2023"
    assert any("Locatie" in str(r) for r in result.report.remarks)
    text = "Van=period-start; Tot en met=period-end; Activiteit=what; Locatie=-"
    left_out = read_any(source, Mapping.parse(text))
    assert left_out.document.parts[0].themes[0].rows[0].notes == ""  # left out on purpose


def test_a_layout_is_validated_before_it_is_stored() -> None:
    good = {"name": "x", "columns": [{"field": "period", "label": "Datum"}]}
    validate_layout(good)
    for bad, words in [
        ({**good, "colums": []}, "onbekende instellingen"),
        ({"name": "x", "columns": [{"field": "wanneer", "label": "Datum"}]}, "geen veld"),
        (
            {
                "name": "x",
                "columns": [
                    {"field": "period", "label": "Van"},
                    {"field": "period", "label": "Tot en met"},
                ],
            },
            "'Van' en 'Tot en met'",
        ),
        ({"name": "x", "columns": [{"field": "period", "label": "<b>Datum</b>"}]}, "opmaak"),
    ]:
        with pytest.raises(LayoutError, match=words):
            validate_layout(bad)
    assert issubclass(LayoutError, ValueError)


def test_a_layout_damaged_earlier_is_read_named_and_repaired(tmp_path: Path) -> None:
    source = tmp_path / "planning.csv"
    source.write_text(CSV, "utf-8")
    database = tmp_path / "plan.sqlite"
    assert run("import", "--database", str(database), str(source)).returncode == 0
    broken = {
        "name": "eigen-indeling",
        "title": "Eigen",
        "columns": [
            {"field": "period", "label": "<b>Van</b>"},
            {"field": "period", "label": "Tot en met"},
            {"field": "what", "label": "Activiteit"},
        ],
    }
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE parts SET layout_json = ?", (json.dumps(broken),))
    every_command_works(database, tmp_path)
    checked = run("check", "--database", str(database))
    assert checked.returncode == 1
    assert "Activiteitenplanning 2023-2024" in checked.stderr and "--repair" in checked.stderr
    repaired = run("check", "--repair", "--database", str(database))
    assert repaired.returncode == 0, repaired.stderr
    assert "Van" in repaired.stdout
    columns = json.loads(run("dump", "--database", str(database)).stdout)["documents"][0]["parts"][
        0
    ]["columns"]
    assert columns == [
        {"field": "period", "label": "Van"},
        {"field": "what", "label": "Activiteit"},
    ]


def test_storing_a_layout_that_could_not_be_read_back_is_refused(tmp_path: Path) -> None:
    from jaarplanner.model.layout import Column, ColumnLayout
    from jaarplanner.model.values import Field
    from jaarplanner.services.imports import import_documents

    source = tmp_path / "planning.csv"
    source.write_text(CSV, "utf-8")
    document = read_any(source).document
    part = document.parts[0]
    part.layout = ColumnLayout(
        name="x",
        title="x",
        columns=(Column(Field.PERIOD, "Van"), Column(Field.PERIOD, "Tot")),
    )
    db = open_database(tmp_path / "plan.sqlite")
    try:
        with pytest.raises(UserError, match="één kolom"):
            import_documents(db, [document])
        assert list_documents(db) == []
    finally:
        db.close()
