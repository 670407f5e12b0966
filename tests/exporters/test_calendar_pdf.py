"""The calendar overview PDF: months across, rows by theme, bars, holidays, unplaced rows."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PIL import Image

from jaarplanner.exporters.pdf.calendar import write_calendar_pdf
from jaarplanner.importers.seeds import read_seed
from jaarplanner.model.numbering import number_part
from tests.exporters.pdftools import fonts, page_texts, pages
from tests.importers.seedoracle import seed


def _export(prefix: str, tmp_path: Path, today: dt.date) -> tuple[Path, object]:
    document = read_seed(seed(prefix)).document
    for part in document.parts:
        number_part(part)
    target = tmp_path / f"kalender-{prefix}.pdf"
    write_calendar_pdf(document, target, today=today)
    return target, document


def _colours(pdf: Path, page: int, tmp_path: Path) -> set[tuple[int, int, int]]:
    stem = tmp_path / f"p{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "50",
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
    return {colour for _count, colour in image.getcolors(maxcolors=100000)}


def _near(colours: set[tuple[int, int, int]], wanted: str) -> bool:
    target = tuple(int(wanted[i : i + 2], 16) for i in (1, 3, 5))
    return any(sum(abs(a - b) for a, b in zip(c, target, strict=True)) < 12 for c in colours)


def test_calendar_of_a_themed_document(tmp_path: Path) -> None:
    pdf, document = _export("001", tmp_path, dt.date(2023, 11, 23))
    sizes = pages(pdf)
    assert len(sizes) >= 2 and all(w > h for w, h in sizes)
    assert all(embedded for _name, embedded in fonts(pdf))
    texts = page_texts(pdf)
    assert all("aug 2023" in t and "jul" in t for t in texts[:-1])  # header on every page
    flat = " ".join(" ".join(texts).split())
    for part in document.parts:
        for theme in part.themes:
            assert theme.title in flat
    colours = _colours(pdf, 1, tmp_path)
    assert _near(colours, "#2F5597")  # bars
    assert _near(colours, "#B4C6E7")  # whole-year bands
    assert _near(colours, "#EDEDED")  # school holidays
    assert _near(colours, "#F8CBAD")  # public holidays
    assert _near(colours, "#C00000")  # today


def test_unplaceable_rows_are_listed_with_their_text(tmp_path: Path) -> None:
    pdf, _document = _export("003", tmp_path, dt.date(2024, 11, 23))
    flat = " ".join(" ".join(page_texts(pdf)).split())
    assert "Niet in de kalender geplaatst" in flat
    assert "Volgens nog op te stellen planning" in flat
    assert "Evalueren en bijstellen volgens planning" in flat


def test_the_calendar_has_part_headings_a_legend_and_bookmarks(tmp_path: Path) -> None:
    pdf, document = _export("001", tmp_path, dt.date(2023, 11, 23))
    texts = page_texts(pdf)
    flat = " ".join(" ".join(texts).split())
    assert "Periode" in texts[0] and "Schoolvakantie" in texts[0]  # the legend
    titles = [" ".join(p.title.split()) for p in document.parts]
    places = [flat.find(t) for t in titles]
    assert all(p >= 0 for p in places) and places == sorted(places)
    # each part's first theme comes after its own heading, not after the other part's rows
    for part, place in zip(document.parts, places, strict=True):
        first = part.themes[0]
        assert flat.find(first.title, place) > place
    outline = subprocess.run(
        ["pdftohtml", "-q", "-xml", "-i", "-stdout", str(pdf)], capture_output=True, text=True
    ).stdout
    assert all(t.replace("&", "&amp;") in " ".join(outline.split()) for t in titles)
