"""A PDF export as a whole command pays only for what it uses: it loads neither the Word,
Excel nor calendar-file libraries, nor the fallback fonts when no character needs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import open_database
from tests.factories import sample_document

pytestmark = pytest.mark.processes

PROBE = """
import json, sys
from jaarplanner.cli.main import main
code = main(sys.argv[1:])
from reportlab.pdfbase import pdfmetrics
print(json.dumps({"code": code, "modules": sorted(sys.modules),
                  "fonts": pdfmetrics.getRegisteredFontNames()}))
"""


def _run(tmp_path: Path, *args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_a_pdf_export_imports_only_its_own_exporter(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    found = _run(
        tmp_path, "export", "--database", str(path), "--output", str(tmp_path / "plan.pdf")
    )
    assert found["code"] == 0 and (tmp_path / "plan.pdf").stat().st_size > 1000
    loaded = set(found["modules"])
    assert not loaded & {"docx", "openpyxl", "icalendar"}
    assert "Symbola" not in found["fonts"]
    assert "Carlito" in found["fonts"]


def test_an_html_export_writes_the_web_page_without_the_pdf_library(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    target = tmp_path / "plan.html"
    found = _run(
        tmp_path, "export", "--database", str(path), "--format", "html", "--output", str(target)
    )
    assert found["code"] == 0
    html = target.read_text("utf-8")
    assert '<html lang="nl">' in html and "Plaatsingswijzer bijwerken" in html
    assert not any(name.startswith("jaarplanner.exporters.pdf") for name in found["modules"])
