"""The PDF looks like the documents they publish now: A4 landscape, fonts embedded, the
header row once on every table page, band rows never alone at a page foot, the seed's words
in the seed's order, and any text a user can type printed as typed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jaarplanner.exporters.pdf import export_pdf
from jaarplanner.model.richtext import from_plain
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from tests.exporters.conftest import SEEDS
from tests.exporters.pdftools import fonts, page_texts, pages
from tests.exporters.seedtext import in_order_share, seed_rows
from tests.factories import sample_document

A4_LANDSCAPE = (841.89, 595.28)


@pytest.mark.parametrize("prefix", SEEDS)
def test_pages_are_a4_landscape_and_fonts_embedded(exported: dict, prefix: str) -> None:
    path, _document = exported[prefix]
    sizes = pages(path)
    assert sizes and all(
        abs(w - A4_LANDSCAPE[0]) < 1 and abs(h - A4_LANDSCAPE[1]) < 1 for w, h in sizes
    )
    used = fonts(path)
    assert {name.split("+")[-1] for name, _ in used} >= {"Carlito", "Carlito-Bold"}
    assert all(embedded for _name, embedded in used), used


@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_header_row_once_on_every_table_page(exported: dict, prefix: str) -> None:
    path, document = exported[prefix]
    texts = page_texts(path)
    first = next(i for i, t in enumerate(texts) if "Activiteiten (wat)" in t)
    table_pages = texts[first:]
    assert all(t.count("Activiteiten (wat)") == 1 for t in table_pages)
    assert all("Pagina" in t for t in table_pages)
    total = len(texts)
    assert f"Pagina {total} van {total}" in texts[-1]
    assert document.title in texts[-1]  # the running title


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_band_rows_never_alone_at_the_foot_of_a_page(exported: dict, prefix: str) -> None:
    path, document = exported[prefix]
    bands = {
        f"{t.label} {t.title}" if t.label else t.title
        for p in document.parts
        for t in p.all_themes()
    }
    for text in page_texts(path):
        lines = [x.strip() for x in text.splitlines() if x.strip()]
        content = [x for x in lines if not x.startswith("Pagina ") and document.title not in x]
        if content:
            assert content[-1] not in bands, content[-1]


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_tables_that_run_on_repeat_their_header(exported: dict, prefix: str) -> None:
    path, document = exported[prefix]
    labels = [c.label for c in document.parts[0].layout.columns if c.label]
    texts = page_texts(path)
    table_pages = [
        t
        for t in texts
        if any(
            row.value(Field.WHAT)
            and re.sub(r"<[^>]+>", "", row.value(Field.WHAT))[:25] in " ".join(t.split())
            for row in document.parts[0].all_rows()
        )
    ]
    assert table_pages
    assert all(labels[1] in t for t in table_pages)


@pytest.mark.parametrize("prefix", SEEDS)
def test_the_seed_words_come_out_in_the_seed_order(exported: dict, prefix: str) -> None:
    path, _document = exported[prefix]
    share = in_order_share(seed_rows(prefix), " ".join(page_texts(path)))
    assert share >= 0.97


def test_characters_carlito_lacks_are_printed(exported: dict) -> None:
    path, _document = exported["004"]
    text = " ".join(page_texts(path))
    assert "❖" in text and "✓" in text
    assert any(name.endswith("DejaVuSans") for name, _ in fonts(path))


HOSTILE = {
    "markup": "a <b en <u> & &nbsp; <img src='/etc/passwd'/> <script>alert(1)</script> ]]>",
    "url": "https://voorbeeld.nl/" + "heel-lang-pad/" * 20 + "einde?x=1&y=2",
    "emoji": "Feest 🎉😀 en ✓ klaar ❖ → ←",
    "control": "tab\there" + "".join(chr(c) for c in range(0, 32) if c not in (9, 10, 13)) + "x",
    "rtl": "שלום עולם مرحبا بالعالم",
}


def test_hostile_text_prints_as_typed(sqlite_db: Database, tmp_path: Path) -> None:
    document = sample_document()
    rows = document.parts[0].themes[0].rows
    rows[0].fields[Field.WHAT] = from_plain(HOSTILE["markup"])
    rows[0].fields[Field.RESULT] = from_plain(HOSTILE["url"])
    rows[1].fields[Field.WHAT] = from_plain(HOSTILE["emoji"])
    rows[1].fields[Field.WHO] = from_plain(HOSTILE["control"])
    rows[2].fields[Field.WHAT] = from_plain(HOSTILE["rtl"])
    long_cell = " ".join(
        f"Zin {n} van een heel lange toelichting op deze activiteit." for n in range(1200)
    )
    rows[2].fields[Field.RESULT] = from_plain(long_cell)
    loaded = load_document(sqlite_db, create_document(sqlite_db, document).result)
    target = tmp_path / "vijandig.pdf"
    export_pdf(loaded, target)
    texts = page_texts(target)
    flat = " ".join(" ".join(texts).split())
    assert "<b en <u> & &nbsp; <img src='/etc/passwd'/>" in flat
    assert "<script>alert(1)</script>" in flat
    letters = re.sub(r"\W", "", flat)
    assert re.sub(r"\W", "", HOSTILE["url"]) in letters
    assert "🎉" in flat and "😀" in flat and "✓" in flat and "❖" in flat
    assert "tabherex" in flat.replace(" ", "")
    assert "שלום" in flat or "םולש" in flat
    assert sum("Zin 1199" in t for t in texts) == 1 and len(texts) >= 5


def test_the_pdf_shows_the_state_and_the_trail(sqlite_db: Database, tmp_path: Path) -> None:
    import datetime as dt

    from jaarplanner.services.approval import adopt

    document_id = create_document(sqlite_db, sample_document()).result
    concept = tmp_path / "concept.pdf"
    export_pdf(load_document(sqlite_db, document_id), concept)
    text = " ".join(" ".join(page_texts(concept)).split())
    assert "Geadviseerd door Deelnemersraad 27 mei 2024" in text
    assert "Concept: nog niet vastgesteld" in text
    adopt(sqlite_db, document_id, "Directeur-bestuurder", dt.date(2024, 7, 1))
    adopted = tmp_path / "vastgesteld.pdf"
    export_pdf(load_document(sqlite_db, document_id), adopted)
    text = " ".join(" ".join(page_texts(adopted)).split())
    assert "Vastgesteld door Directeur-bestuurder 1 juli 2024" in text
    assert "Concept" not in text
