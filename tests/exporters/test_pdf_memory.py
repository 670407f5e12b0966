"""A PDF export rests the cycle collector while it works and leaves the program as it found
it: the collector runs again afterwards (also after a failed export), and what the export
leaves behind in reference cycles does not grow with the rows (only ReportLab's own PDF
objects, per page), so the memory of a long day of exporting comes back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from jaarplanner.exporters.pdf import export_pdf
from jaarplanner.model.numbering import number_part
from tests.factories import row, sample_document


def _document(rows: int):
    document = sample_document()
    theme = document.parts[0].themes[0]
    theme.rows = [row(f"Activiteit {n}", who="Directeur", result="Verslag") for n in range(rows)]
    for part in document.parts:
        number_part(part)
    return document


def _left_in_cycles(rows: int, target: Path) -> int:
    document = _document(rows)
    gc.collect()
    gc.disable()
    try:
        export_pdf(document, target)
        return gc.collect()
    finally:
        gc.enable()


def test_an_export_leaves_no_cycles_per_row(tmp_path: Path) -> None:
    few = _left_in_cycles(40, tmp_path / "few.pdf")
    many = _left_in_cycles(400, tmp_path / "many.pdf")
    # each row's cells and paragraphs are freed as soon as the export is done; a part's
    # rows once hung on in a cycle until the collector's next full round (87 objects a row)
    assert many - few < 10 * (400 - 40), (few, many)


def test_the_collector_runs_again_after_an_export(tmp_path: Path) -> None:
    assert gc.isenabled()
    export_pdf(_document(5), tmp_path / "plan.pdf")
    assert gc.isenabled()
    with pytest.raises(OSError):
        export_pdf(_document(5), tmp_path / "no such folder" / "plan.pdf")
    assert gc.isenabled()
