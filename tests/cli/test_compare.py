"""``jaarplanner compare``: the example after three edits, against the version kept before
them, as a PDF with a summary page and the changed words in colour."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image

from jaarplanner.cli.main import main
from jaarplanner.demo import demo_copy
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import DocumentState, Field
from jaarplanner.services import rows as row_service
from jaarplanner.services.approval import reopen
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.versions import keep_version
from jaarplanner.storage.database import open_database
from tests.exporters.pdftools import page_texts


def _edited_example() -> tuple[str, int, int, str]:
    path = demo_copy()
    db = open_database(path)
    try:
        summary = next(s for s in list_documents(db) if s.layout == "themed-table")
        if summary.state == DocumentState.ADOPTED:
            reopen(db, summary.id, "Opmerkingen verwerken", True)
        version = keep_version(db, summary.id, "concept voor OPR").result
        rows = load_document(db, summary.id).parts[0].all_rows()
        row_service.edit_field(db, rows[0].id, Field.WHAT, "Halfjaarlijkse evaluatie")
        row_service.delete_row(db, rows[1].id)
        theme = load_document(db, summary.id).parts[0].themes[0]
        row_service.add_row(db, theme.id, fields={Field.WHAT: "Nieuwe startbijeenkomst"})
        removed_text = to_plain(rows[1].value(Field.WHAT))
    finally:
        db.close()
    return str(path), summary.id, version, removed_text


def _colours(pdf: Path, page: int) -> set[tuple[int, int, int]]:
    stem = pdf.with_name(f"page{page}")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    image = Image.open(f"{stem}.png").convert("RGB")
    return {colour for _count, colour in image.getcolors(maxcolors=1_000_000)}


def _has(colours: set[tuple[int, int, int]], red: bool) -> bool:
    if red:
        return any(r > 150 and g < 110 and b < 110 for r, g, b in colours)
    return any(g > 100 and r < 90 and b < 110 and g - r > 50 for r, g, b in colours)


def test_compare_writes_the_changes_with_a_summary_page(tmp_path: Path, capsys) -> None:
    database, document_id, version, removed_text = _edited_example()
    target = tmp_path / "vergelijking.pdf"
    code = main(
        [
            "--database",
            database,
            "compare",
            "--document",
            f"v{version}",
            "--with",
            str(document_id),
            "--output",
            str(target),
        ]
    )
    assert code == 0
    said = capsys.readouterr().out
    assert "1 rij gewijzigd, 1 nieuw, 1 vervallen, 0 verplaatst" in said
    pages = page_texts(target)
    assert "1 rij gewijzigd, 1 nieuw, 1 vervallen" in pages[0]
    assert "concept voor OPR" in pages[0]
    rest = " ".join(" ".join(p.split()) for p in pages[1:])
    assert "Halfjaarlijkse" in rest and "Nieuwe startbijeenkomst" in rest
    assert " ".join(removed_text.split())[:30] in rest
    assert "vervallen" in rest and "nieuw" in rest
    colours = _colours(target, 2)
    assert _has(colours, red=True) and _has(colours, red=False)


def test_compare_with_bad_input_says_so(tmp_path: Path, capsys) -> None:
    database = str(demo_copy())
    code = main(
        [
            "--database",
            database,
            "compare",
            "--document",
            "x1",
            "--with",
            "3",
            "--output",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code != 0
    assert "x1" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_compare_into_a_missing_folder_says_so(tmp_path: Path, capsys) -> None:
    target = tmp_path / "nergens" / "x.pdf"
    code = main(
        [
            "--database",
            str(demo_copy()),
            "compare",
            "--document",
            "1",
            "--with",
            "3",
            "--output",
            str(target),
        ]
    )
    assert code != 0 and "nergens" in capsys.readouterr().err
    assert not target.parent.exists()


def test_action_cards_are_compared_as_cards(tmp_path: Path) -> None:
    from jaarplanner.exporters.pdf.compare import write_comparison_pdf
    from jaarplanner.services.compare import Source, compare_sources

    db = open_database(demo_copy())
    try:
        summary = next(s for s in list_documents(db) if s.layout == "action-cards")
        if summary.state == DocumentState.ADOPTED:
            reopen(db, summary.id, "Opmerkingen verwerken", True)
        version = keep_version(db, summary.id, "concept").result
        rows = load_document(db, summary.id).parts[0].all_rows()
        row_service.delete_row(db, rows[1].id)
        found = compare_sources(db, Source(summary.id, version), Source(summary.id))
    finally:
        db.close()
    target = tmp_path / "kaarten.pdf"
    write_comparison_pdf(found.comparison, found.old, found.new, target)
    cards = " ".join(" ".join(p.split()) for p in page_texts(target)[1:])
    # One column per action, numbered as in the plan; the dropped one says so below it.
    assert f"{rows[0].number} {to_plain(rows[0].value(Field.TITLE))}" in cards
    assert "Wijziging" in cards and "vervallen" in cards
