"""Every text into ReportLab is escaped, the contents page included: each text field of each
layout filled with markup, ``<img src=…>`` (a real local picture, and /dev/zero), unclosed
tags and 100,000 characters prints as typed, embeds no file and never runs away."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from jaarplanner.exporters.pdf import export_pdf
from jaarplanner.model.document import (
    DocumentData,
    KpiData,
    MeetingData,
    MeetingSeriesData,
    OrganisationData,
    PartData,
    RowData,
    SectionData,
    ThemeData,
)
from jaarplanner.model.richtext import from_plain
from jaarplanner.model.values import Region, Sector
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from tests.exporters.pdftools import page_texts
from tests.factories import layout

LONG = " ".join(f"woord{n}" for n in range(14_000))[:100_000]


def _hostile(picture: Path) -> str:
    return (
        f'<img src="{picture}"/> <img src="/dev/zero"/> <b>open <i>tags <font face="x"> '
        '<para> &nbsp; &#0; ]]> <a href="file:///etc/passwd">link'
    )


def _document(name: str, picture: Path) -> DocumentData:
    hostile = _hostile(picture)
    design = layout(name)
    parts = []
    for key in design.parts:
        columns = design.part(key)
        fields = {column.field: from_plain(hostile) for column in columns.columns}
        rows = [RowData(fields=dict(fields)), RowData(fields=dict(fields))]
        child = ThemeData(LONG, goal=from_plain(hostile), reference=hostile, rows=list(rows))
        theme = ThemeData(
            hostile,
            goal=from_plain(hostile),
            reference=hostile,
            footnotes=from_plain(hostile),
            rows=rows,
            themes=[child],
        )
        parts.append(PartData(key, hostile, columns, subtitle=hostile, themes=[theme]))
    return DocumentData(
        organisation=OrganisationData(hostile, hostile, Sector.PO, Region.MIDDLE),
        school_year="2026-2027",
        title=hostile,
        subtitle=LONG,
        layout=name,
        sections=[
            SectionData(hostile, from_plain(hostile)),
            SectionData(LONG, from_plain(hostile)),
        ],
        parts=parts,
        kpis=[KpiData(1, from_plain(hostile), hostile)],
        meeting_series=[
            MeetingSeriesData(
                hostile,
                hostile,
                hostile,
                hostile,
                hostile,
                [MeetingData(dt.date(2026, 10, 6), hostile, hostile, hostile, hostile)],
            )
        ],
    )


@pytest.mark.parametrize("name", ["development-points", "themed-table", "action-cards"])
def test_markup_in_every_field_prints_as_typed(
    sqlite_db: Database, tmp_path: Path, name: str
) -> None:
    picture = tmp_path / "geheim.png"
    subprocess.run(
        ["convert", "-size", "20x20", "xc:red", str(picture)], check=False, capture_output=True
    )
    if not picture.exists():  # a valid PNG written by hand: 1x1 red pixel
        import base64

        picture.write_bytes(
            base64.b64decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="
            )
        )
    stored = load_document(sqlite_db, create_document(sqlite_db, _document(name, picture)).result)
    target = tmp_path / "vijandig.pdf"
    export_pdf(stored, target)
    data = target.read_bytes()
    assert b"/Subtype /Image" not in data  # no file embedded
    texts = page_texts(target)
    flat = " ".join(" ".join(texts).split())
    assert f'<img src="{picture}"/>' in flat
    assert '<b>open <i>tags <font face="x">' in flat
    assert "ingekort in de PDF" in flat  # the long titles are cut, with the note
    if name == "development-points":  # the contents page lists the section as typed
        contents = " ".join(texts[1].split()) if len(texts) > 1 else ""
        assert "<img src=" in contents or any("<img src=" in t for t in texts[:3])
