"""``jaarplanner new`` then ``jaarplanner export`` from a script, for each shipped layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_export import run
from tests.exporters.pdftools import page_texts


@pytest.mark.parametrize(
    ("layout", "seen"),
    [
        ("themed-table", "Activiteiten (wat)"),
        ("development-points", "Beoogde resultaat"),
        ("action-cards", "Nieuw thema"),
    ],
)
def test_new_then_export_for_each_layout(tmp_path: Path, layout: str, seen: str) -> None:
    database = str(tmp_path / "netwerk.sqlite")
    made = run(
        "new",
        "--database",
        database,
        "--organisation",
        "SWV De Fictieve Delta",
        "--school-year",
        "2026-2027",
        "--layout",
        layout,
        "--title",
        f"Plan {layout}",
    )
    assert made.returncode == 0, made.stderr
    ident = made.stdout.strip()
    assert ident.isdigit()
    target = tmp_path / f"{layout}.pdf"
    result = run(
        "export",
        "--database",
        database,
        "--document",
        ident,
        "--format",
        "pdf",
        "--output",
        str(target),
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(target))
    assert f"Plan {layout}" in text and seen in text


def test_bad_arguments_give_one_dutch_line(tmp_path: Path) -> None:
    database = str(tmp_path / "netwerk.sqlite")
    base = ["new", "--database", database, "--organisation", "SWV X"]
    wrong_layout = run(*base, "--school-year", "2026-2027", "--layout", "posters")
    assert wrong_layout.returncode == 1
    assert wrong_layout.stderr.strip().splitlines() == [
        "jaarplanner: Er is geen indeling 'posters'; kies uit: action-cards, "
        "development-points, themed-table."
    ]
    wrong_year = run(*base, "--school-year", "2026", "--layout", "themed-table")
    assert wrong_year.returncode == 1
    assert len(wrong_year.stderr.strip().splitlines()) == 1
    assert "'2026' is geen schooljaar" in wrong_year.stderr
    missing = run("new", "--database", database, "--school-year", "2026-2027")
    assert missing.returncode == 2 and "onjuist gebruik" in missing.stderr
    listed = run("dump", "--database", database)
    assert '"title"' not in listed.stdout  # nothing was made
