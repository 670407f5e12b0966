"""Excel (``.xlsx``) and CSV files: one table per sheet, read like a Word table.

CSV: ``;`` or ``,`` separated, UTF-8 with or without BOM, or Windows-1252 (what Dutch Excel
writes); which of these is found out from the file itself.
"""

from __future__ import annotations

import csv
import io
import logging
from html import escape
from pathlib import Path

from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportReport, ImportResult
from jaarplanner.importers.sniff import ImportFileError, check_zip
from jaarplanner.importers.structure import Block, build_document
from jaarplanner.importers.tables import Mapping

MAX_ROWS = 20_000


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = [escape(line.strip(), quote=False) for line in text.split("\n")]
    return "<br>".join(lines)


def decode_csv(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:2048]:
        raise ImportFileError(
            _("'{name}' is not a text file Jaarplanner can read.").format(name=name)
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def csv_rows(text: str) -> list[list[str]]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = []
    for index, row in enumerate(reader):
        if index >= MAX_ROWS:
            break
        rows.append([_cell(value) for value in row])
    return rows


def read_csv(path: Path, mapping: Mapping | None = None) -> ImportResult:
    report = ImportReport(path.name)
    try:
        rows = csv_rows(decode_csv(path.read_bytes(), path.name))
    except csv.Error as error:
        raise ImportFileError(
            _("'{name}' is not a readable CSV file: {reason}").format(name=path.name, reason=error)
        ) from error
    if not rows:
        raise ImportFileError(_("'{name}' holds no rows.").format(name=path.name))
    blocks = [Block("table", "", rows=rows)]
    return ImportResult(build_document(blocks, path.stem, report, mapping), report)


def read_xlsx(path: Path, mapping: Mapping | None = None) -> ImportResult:
    import openpyxl

    check_zip(path).close()
    report = ImportReport(path.name)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        logging.getLogger("jaarplanner.importers").warning(
            "%s: unreadable", path.name, exc_info=True
        )
        raise ImportFileError(
            _("'{name}' is damaged or incomplete and cannot be read.").format(name=path.name)
        ) from error
    blocks: list[Block] = []
    try:
        for sheet in workbook.worksheets:
            rows = []
            for index, values in enumerate(sheet.iter_rows(values_only=True)):
                if index >= MAX_ROWS:
                    report.note(
                        sheet.title, _("only the first {n} rows were read").format(n=MAX_ROWS)
                    )
                    break
                rows.append([_cell(v) for v in values])
            if any(any(c for c in row) for row in rows):
                blocks.append(Block("heading", escape(sheet.title, quote=False), level=1))
                blocks.append(Block("table", "", rows=rows))
    finally:
        workbook.close()
    if not blocks:
        raise ImportFileError(_("'{name}' holds no rows.").format(name=path.name))
    return ImportResult(build_document(blocks, path.stem, report, mapping), report)
