"""Exports take any stored text: characters a Word or Excel file cannot hold are left out
with a note in the export report; a failed export leaves no partial file behind and never
follows a link planted beside the target; a full disk is one Dutch line."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from jaarplanner.errors import UserError
from jaarplanner.exporters.docx_export import write_docx
from jaarplanner.exporters.whole import write_whole
from jaarplanner.exporters.xlsx_export import write_xlsx
from jaarplanner.model.document import DocumentData
from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import open_database
from tests.factories import row, sample_document

pytestmark = pytest.mark.processes


def _document() -> DocumentData:
    document = sample_document("Plan\x02 met stuurteken")
    theme = document.parts[0].themes[0]
    theme.title = "Thema\x01 met\x0b stuurtekens"
    theme.rows.append(row("Cel met\ufffe rare\uffff tekens en \x1f een eenheidsscheider"))
    document.sections[0].title = "Vooraf\x07"
    return document


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_characters_xml_cannot_hold_are_left_out_with_a_note(tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"plan.{kind}"
    notes = write_whole(
        target, lambda path: (write_xlsx if kind == "xlsx" else write_docx)(_document(), path)
    )
    assert notes == ["7 stuurtekens die dit bestandsformaat niet kan bevatten, zijn weggelaten."]
    if kind == "xlsx":
        book = load_workbook(target)
        texts = [c.value for s in book for line in s.iter_rows() for c in line if c.value]
    else:
        word = docx.Document(str(target))
        texts = [p.text for p in word.paragraphs]
        texts += [c.text for t in word.tables for r in t.rows for c in r.cells]
    joined = " ".join(" ".join(str(t) for t in texts).split())
    assert "Thema met stuurtekens" in joined
    assert "Cel met rare tekens en een eenheidsscheider" in joined
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"plan.{kind}"]


def test_a_failing_export_leaves_nothing_and_the_old_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"het vorige bestand")

    def broken(path: Path) -> None:
        path.write_bytes(b"half")
        raise ValueError("stuk")

    with pytest.raises(UserError, match="onverwacht probleem"):
        write_whole(target, broken)
    assert target.read_bytes() == b"het vorige bestand"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


def test_a_link_planted_as_the_partial_file_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "elders" / "belangrijk.txt"
    victim.parent.mkdir()
    victim.write_text("niet overschrijven")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / ".plan.xlsx.deel").symlink_to(victim)
    write_whole(folder / "plan.xlsx", lambda path: write_xlsx(sample_document(), path))
    assert victim.read_text() == "niet overschrijven"
    assert load_workbook(folder / "plan.xlsx").sheetnames


def _small_files() -> None:
    limit = 60_000  # the database can be read, the export cannot be written whole
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("kind", ["xlsx", "docx", "csv", "pdf"])
def test_a_full_disk_is_one_dutch_line_and_leaves_nothing(tmp_path: Path, kind: str) -> None:
    database = tmp_path / "plan.sqlite"
    db = open_database(database)
    document = sample_document()
    document.parts[0].themes[0].rows.extend(
        row(f"Activiteit {n} {os.urandom(150).hex()}") for n in range(400)
    )
    create_document(db, document)
    db.close()
    folder = tmp_path / "vol"
    folder.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jaarplanner",
            "export",
            "--database",
            str(database),
            "--format",
            kind,
            "--output",
            str(folder / f"plan.{kind}"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
        preexec_fn=_small_files,
    )
    assert result.returncode == 1
    assert "kan niet worden geschreven: de schijf is vol" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []
