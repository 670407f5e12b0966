"""The PDF's own details as ``pdfinfo`` and a reader's bookmarks pane show them: title,
author (the organisation), subject, language, and a bookmark per part and theme."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from jaarplanner.exporters.pdf.evaluation import write_evaluation_pdf
from jaarplanner.model.evaluation import evaluate
from jaarplanner.model.numbering import number_part
from tests.exporters.pdftools import page_texts
from tests.factories import sample_document


def _info(path: Path) -> dict[str, str]:
    output = subprocess.run(
        ["pdfinfo", "-custom", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {k.strip(): v.strip() for k, v in re.findall(r"^([^:]+):(.*)$", output, re.M)}


def _outline(path: Path) -> list[str]:
    xml = subprocess.run(
        ["pdftohtml", "-q", "-xml", "-i", "-stdout", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    outline = xml[xml.find("<outline>") :]
    return [
        re.sub(r"\s+", " ", t).replace("&amp;", "&")
        for t in re.findall(r">([^<]+)</item>", outline)
    ]


def test_pdfinfo_shows_title_author_language_and_bookmarks(exported: dict) -> None:
    path, document = exported["001"]
    info = _info(path)
    assert info["Title"] == document.title
    assert info["Author"] == document.organisation.name
    assert info["Language"] == "nl-NL"
    assert document.school_year in info["Subject"]
    assert b"/Lang (nl-NL)" in path.read_bytes()
    outline = _outline(path)
    for part in document.parts:
        assert " ".join(part.title.split()) in outline
        for theme in part.themes:
            label = f"{theme.label} {theme.title}" if theme.label else theme.title
            assert " ".join(label.split()) in outline, label


def test_the_evaluation_pdf_says_its_language(tmp_path: Path) -> None:
    document = sample_document()
    for part in document.parts:
        number_part(part)
    target = tmp_path / "evaluatie.pdf"
    write_evaluation_pdf(document, evaluate(document), target)
    assert _info(target)["Language"] == "nl-NL"
    text = " ".join(page_texts(target))
    assert "Totaal" in text and "Onderwijs & ondersteuning" in text
