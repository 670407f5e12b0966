"""Page breaks like a careful typist: no page ends with a theme band, a part title or a
theme heading without a row under it; with *Rijen nooit splitsen* every row stands on one
page; a row run over a page shows its number and period again, in grey."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jaarplanner.exporters.pdf import export_pdf
from jaarplanner.model.document import DocumentData
from jaarplanner.model.richtext import from_plain
from jaarplanner.model.values import Field
from tests.exporters.conftest import SEEDS
from tests.exporters.pdftools import page_texts
from tests.exporters.seedtext import letters
from tests.factories import sample_document


def _content(text: str, document: DocumentData) -> list[str]:
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    return [x for x in lines if not x.startswith("Pagina ") and document.title not in x]


def _headings(document: DocumentData) -> set[str]:
    found = {p.title for p in document.parts}
    for part in document.parts:
        for theme in part.all_themes():
            found |= {theme.title, f"{theme.label} {theme.title}" if theme.label else theme.title}
    return {" ".join(h.split()) for h in found if h.strip()}


@pytest.mark.parametrize("prefix", SEEDS)
def test_no_page_ends_with_a_heading(exported: dict, prefix: str) -> None:
    path, document = exported[prefix]
    headings = _headings(document)
    for number, text in enumerate(page_texts(path)[:-1], start=1):
        content = _content(text, document)
        if not content:
            continue
        last = " ".join(content[-1].split())
        alone = [h for h in headings if h == last or (len(last) > 12 and h.endswith(last))]
        assert not alone, (number, last)


@pytest.fixture(scope="module")
def never(exported: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("never")
    found = {}
    for prefix in SEEDS:
        _path, document = exported[prefix]
        target = folder / f"{prefix}.pdf"
        export_pdf(document, target, row_breaks="never")
        found[prefix] = (target, document)
    return found


@pytest.mark.parametrize("prefix", SEEDS)
def test_never_split_rows_stand_on_one_page(never: dict, prefix: str) -> None:
    path, document = never[prefix]
    pages = [letters(t) for t in page_texts(path)]
    checked = 0
    for part in document.parts:
        if part.layout.orientation == "transposed":
            continue  # action cards: a card per action, not rows
        for row in part.all_rows():
            cells = [letters(re.sub(r"<[^>]+>", " ", v)) for v in row.fields.values()]
            cells = [c for c in cells if len(c) > 3]
            if not cells:
                continue
            checked += 1  # each cell's start and end on one page (the middle may be printed
            # a little differently: a list, a superscript)
            ends = [e for c in cells for e in (c[:30], c[-30:])]
            assert any(all(e in page for e in ends) for page in pages), row.number
    assert checked or all(p.layout.orientation == "transposed" for p in document.parts)


def medium_rows_document() -> DocumentData:
    """Rows of about two fifths of a page each: split at the foot of a page unless the
    setting says never."""
    document = sample_document()
    text = "".join(
        f"<p>Alinea {n}: overleg met de scholen over de uitvoering en de evaluatie.</p>"
        for n in range(14)
    )
    for theme in document.parts[0].themes:
        for row in theme.rows:
            row.fields[Field.RESULT] = text
    return document


def test_the_setting_changes_the_pages(tmp_path: Path) -> None:
    document = medium_rows_document()
    counts = {}
    for setting in ("never", "long", "always"):
        export_pdf(document, tmp_path / f"{setting}.pdf", row_breaks=setting)
        counts[setting] = len(page_texts(tmp_path / f"{setting}.pdf"))
    assert counts["never"] > counts["long"] >= counts["always"], counts


def _long_row_document() -> DocumentData:
    document = sample_document()
    row = document.parts[0].themes[0].rows[0]
    row.fields[Field.PERIOD] = from_plain("sept-dec 2024")
    paragraphs = [
        f"Alinea {n}: overleg met de scholen over de uitvoering van het plan en de evaluatie."
        for n in range(80)
    ]
    row.fields[Field.RESULT] = "".join(f"<p>{p}</p>" for p in paragraphs)
    return document


def test_a_continued_row_repeats_its_number_and_period(tmp_path: Path) -> None:
    from jaarplanner.model.numbering import number_part

    document = _long_row_document()
    for part in document.parts:
        number_part(part)
    number = document.parts[0].themes[0].rows[0].number
    target = tmp_path / "lang.pdf"
    export_pdf(document, target, row_breaks="long")
    texts = page_texts(target)
    second = [x for x in _content(texts[2], document) if "Activiteiten" not in x]
    assert second[0].startswith(f"{number} sept-dec 2024"), second[:2]
    # split between paragraphs: every page's piece of the cell ends with a whole paragraph
    for text in texts[1:3]:
        flat = " ".join(text.split())
        assert flat.count("Alinea ") == flat.count("en de evaluatie.") > 5
