"""The organisation's logo and its header and footer texts on every page of the PDF."""

from __future__ import annotations

import struct
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path

from jaarplanner.exporters.pdf import export_pdf
from jaarplanner.services.documents import load_document
from jaarplanner.services.new_document import NewDocument, new_document
from jaarplanner.services.organisation import read_settings, save_settings
from jaarplanner.storage.database import Database
from tests.exporters.pdftools import page_texts


def _png(width: int, height: int) -> bytes:
    """A small red PNG, written out by hand as a logo is saved by any drawing program."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xcc\x22\x22" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_logo_header_and_footer_on_every_page(sqlite_db: Database, tmp_path: Path) -> None:
    ident = new_document(
        sqlite_db, NewDocument("SWV Kop", "2026-2027", "development-points")
    ).result
    org = load_document(sqlite_db, ident).organisation
    settings = read_settings(sqlite_db, org.id)
    save_settings(
        sqlite_db,
        org.id,
        replace(
            settings, logo=_png(120, 40), header_text="Concept juni", footer_text="swv-kop.example"
        ),
    )
    target = tmp_path / "kop.pdf"
    export_pdf(load_document(sqlite_db, ident), target)
    texts = page_texts(target)
    furnished = texts[1:]  # the title page has no furniture
    assert furnished and all("Concept juni" in t and "swv-kop.example" in t for t in furnished)
    listing = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len([line for line in listing if " 120 " in line]) >= len(furnished)


def test_without_settings_the_pages_are_as_before(sqlite_db: Database, tmp_path: Path) -> None:
    ident = new_document(sqlite_db, NewDocument("SWV Kaal", "2026-2027", "themed-table")).result
    target = tmp_path / "kaal.pdf"
    export_pdf(load_document(sqlite_db, ident), target)
    listing = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing == []
