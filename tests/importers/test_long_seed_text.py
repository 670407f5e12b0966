"""A seed-style text of 40,000 rows is read whole (issue 19, item 8: it took minutes, the
rows being counted again for every row), in the tab-separated form and as page text."""

from __future__ import annotations

from pathlib import Path

import pytest

from jaarplanner.importers.files import read_any
from jaarplanner.model.values import Field

pytestmark = pytest.mark.large
ROWS = 40_000
HEADER = "\t".join(
    [
        "",
        "Periode (wanneer)",
        "Activiteiten (wat)",
        "Betrokkenen (wie)",
        "Gewenst resultaat",
        "Middelen (personeel)",
        "Middelen (financieel)",
    ]
)


def _tabbed(rows: int) -> str:
    lines = [
        "Jaarkalender & jaarplan SWV Proefstad",
        "",
        "Wat we elk jaar doen, staat in de jaarkalender; wat nieuw is, in het jaarplan.",
        "",
        "Jaarkalender SWV Proefstad schooljaar 2024 - 2025",
        "",
        HEADER,
        "1. Onderwijs & ondersteuning" + "\t" * 6,
    ]
    for number in range(1, rows + 1):
        lines.append(
            f"{number}\toktober 2024\tOverleg {number}\tDirectie SWV\tVerslag {number}\t\t"
        )
        if number % 500 == 0:  # a page break repeats the header
            lines.append(HEADER)
    return "\n".join(lines) + "\n"


def _page_text(parts: int) -> str:
    """Page text as a PDF reader gives it: parts of 40 themes of 50 rows (a row number has
    at most two digits in this form)."""
    lines = ["Jaarkalender & jaarplan SWV Proefstad", "", "Inleiding van het plan.", ""]
    number = 0
    for part in range(parts):
        lines += ["", f"Jaarkalender SWV Proefstad deel {part + 1} schooljaar 2024-2025", ""]
        lines += ["Wat we elk jaar doen", ""]
        lines += [" Periode ", "(wanneer) ", "", "Activiteiten ", "(wat) ", ""]
        for theme in range(1, 41):
            lines += [f"{theme}. Thema {part + 1}.{theme}", ""]
            for row in range(1, 51):
                number += 1
                lines += [f"{row} oktober ", "2024 ", ""]
                lines += [f"Overleg nummer {number} met ", "de scholen van de regio ", ""]
                lines += ["Directie ", "SWV ", ""]
    return "\n".join(lines) + "\n"


def _rows(path: Path) -> list:
    result = read_any(path)
    return [row for part in result.document.parts for theme in part.themes for row in theme.rows]


def test_a_tabbed_seed_text_of_40000_rows_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    path.write_text(_tabbed(ROWS), "utf-8")
    rows = _rows(path)
    assert len(rows) == ROWS
    assert rows[0].fields[Field.WHAT] == "Overleg 1"
    assert rows[-1].fields[Field.WHAT] == "Overleg 40000"
    assert rows[-1].fields[Field.RESULT] == "Verslag 40000"


def test_a_page_text_of_4000_rows_is_read_whole(tmp_path: Path) -> None:
    # two parts: the page-text form numbers rows per theme, so its length is many themes
    path = tmp_path / "pagina.txt"
    path.write_text(_page_text(2), "utf-8")
    rows = _rows(path)
    assert len(rows) == 4000
    assert rows[0].fields[Field.WHAT] == "<p>Overleg nummer 1 met de scholen van de regio</p>"
    assert rows[-1].fields[Field.WHAT] == "<p>Overleg nummer 4000 met de scholen van de regio</p>"
    assert rows[-1].fields[Field.WHO] == "<p>Directie SWV</p>"
