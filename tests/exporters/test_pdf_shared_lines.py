"""A text that stands in many cells (the period, "Directeur", a long standard remark) is
broken into lines and drawn once per PDF and copied to the other cells. The PDF must be the
very same as when every cell is broken and drawn on its own: same pages, same words, same
bytes, also where such a cell is split over two pages, and when two documents are written
one after the other or at the same time."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph

from jaarplanner.exporters.pdf import export_pdf, para
from jaarplanner.model.numbering import number_part
from tests.exporters.pdftools import page_texts
from tests.factories import row, sample_document

LONG = (
    "Overleg met de ondersteuningscoördinatoren (één per regio, geëvalueerd, überhaupt) en "
    "de toelaatbaarheidscommissie over arrangementen, thuiszitters en "
    "ondersteuningsmiddelen, met een terugkoppeling aan het bestuur. "
) * 6


# the first letters outside ASCII each document prints: a PDF gives such a letter the next
# free code of the font, so the two documents' shared texts are coded differently
FIRST = {"Alfa": "é ë ö ü", "Bravo": "ü ö ë é"}


def _document(seed: str):
    document = sample_document(f"Jaarplan {seed} {FIRST.get(seed, '')}")
    document.subtitle = document.sections[0].body = FIRST.get(seed, "")
    rows = [row(f"{seed}: {FIRST.get(seed, '')}", who="Directeur, adviseurs (één)")]
    for number in range(59):
        rows.append(
            row(
                f"{seed} activiteit {number + 2}",
                "hele schooljaar" if number % 3 else "sept-dec 2024",
                who="Directeur, adviseurs (één)",
                result=LONG if number % 4 == 0 else "Verslag aan het bestuur",
                finance="n.v.t.",
            )
        )
    document.parts[0].themes[0].rows = rows
    for part in document.parts:
        number_part(part)
    return document


class _NoSharing(dict):
    def __setitem__(self, key, value) -> None:
        pass


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """No time stamps or random ids in the PDF: two exports can be compared byte for byte."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def _each_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(para, "_SHARED", _NoSharing())
    monkeypatch.setattr(para.Para, "draw", Paragraph.draw)


@pytest.mark.parametrize("breaks", ["long", "always", "never"])
def test_shared_lines_give_the_very_same_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invariant: None, breaks: str
) -> None:
    document = _document("Alfa")
    shared, alone = tmp_path / "shared.pdf", tmp_path / "alone.pdf"
    export_pdf(document, shared, row_breaks=breaks)
    with monkeypatch.context() as patch:
        _each_on_its_own(patch)
        export_pdf(document, alone, row_breaks=breaks)
    texts = page_texts(shared)
    assert len(texts) > 3  # long enough that rows meet page breaks
    assert sum(text.count("Directeur, adviseurs (één)") for text in texts) == 60
    assert shared.read_bytes() == alone.read_bytes()


def test_one_document_after_another_keeps_nothing_of_the_first(
    tmp_path: Path, invariant: None
) -> None:
    first, second = _document("Alfa"), _document("Bravo")
    export_pdf(second, tmp_path / "second-alone.pdf")
    export_pdf(first, tmp_path / "first.pdf")
    export_pdf(second, tmp_path / "second.pdf")
    alone = (tmp_path / "second-alone.pdf").read_bytes()
    assert (tmp_path / "second.pdf").read_bytes() == alone
    assert not para._SHARED  # what the export shared is let go


def test_two_documents_written_at_the_same_time_are_each_whole(
    tmp_path: Path, invariant: None
) -> None:
    documents = {name: _document(name) for name in ("Alfa", "Bravo")}
    for name, document in documents.items():
        export_pdf(document, tmp_path / f"{name}-alone.pdf")
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            for turn in range(2):
                export_pdf(documents[name], tmp_path / f"{name}-{turn}.pdf")
        except BaseException as error:  # the test reports it
            errors.append(error)

    threads = [threading.Thread(target=write, args=(name,)) for name in documents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for name in documents:
        alone = (tmp_path / f"{name}-alone.pdf").read_bytes()
        for turn in range(2):
            written = tmp_path / f"{name}-{turn}.pdf"
            assert written.read_bytes() == alone, written.name
            assert f"{name} activiteit 60" in "".join(page_texts(written))
