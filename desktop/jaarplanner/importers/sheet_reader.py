"""Excel (``.xlsx``) and CSV files, read as offices keep them (see ``sheet_table``).

CSV: ``;``, ``,`` or tab separated, UTF-8 with or without BOM, or Windows-1252 (what Dutch
Excel writes), even both in one file; which of these is found out from the file itself.
Excel: the sheet's declared size is not trusted; rows are read until they end, within caps.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

from jaarplanner.i18n import _
from jaarplanner.importers.about import apply_about, is_about, split_about
from jaarplanner.importers.cells import cell_markup
from jaarplanner.importers.report import ImportReport, ImportResult
from jaarplanner.importers.sheet_rows import Grid
from jaarplanner.importers.sheets import build_from_grids
from jaarplanner.importers.sniff import ImportFileError, check_zip
from jaarplanner.importers.tables import Mapping

MAX_ROWS = 20_000  # rows with content, per import
MAX_SCANNED = 200_000  # rows looked at, empty ones included, per sheet
MAX_COLUMNS = 60
MAX_CHARS = 5_000_000  # characters of cell text per import
MAX_MERGES = 20_000
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class _Budget:
    """Counts rows and characters over a whole import and refuses, in Dutch, past a cap."""

    def __init__(self, name: str) -> None:
        self.name, self.rows, self.chars = name, 0, 0

    def take(self, values: list[object]) -> None:
        self.rows += 1
        self.chars += sum(len(str(v)) for v in values if v is not None)
        if self.rows > MAX_ROWS:
            raise ImportFileError(
                _(
                    "'{name}' has more than {cap} rows; Jaarplanner reads up to {cap} rows in "
                    "one import. Split the file and import the parts."
                ).format(name=self.name, cap=f"{MAX_ROWS:,}".replace(",", "."))
            )
        if self.chars > MAX_CHARS:
            raise ImportFileError(
                _(
                    "'{name}' holds more than {cap} characters; Jaarplanner reads up to {cap} "
                    "characters in one import. Split the file and import the parts."
                ).format(name=self.name, cap=f"{MAX_CHARS:,}".replace(",", "."))
            )


# -- CSV ---------------------------------------------------------------------------------


def decode_csv(data: bytes, name: str, report: ImportReport | None = None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:2048]:
        raise ImportFileError(
            _("'{name}' is not a text file Jaarplanner can read.").format(name=name)
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    decoded, utf8, other = [], 0, 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            utf8 += any(b > 127 for b in line)
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            other += 1
        decoded.append(text)
    if utf8 and other and report is not None:
        report.note(
            "",
            _(
                "the file mixes two encodings (UTF-8 and Windows-1252); each line was read in "
                "its own, so accents come out right, but check them"
            ),
        )
    return "\n".join(decoded)


def csv_values(text: str) -> list[list[object]]:
    sample = "\n".join(text.split("\n", 20)[:20])
    counts = {d: sample.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    return [list(row[:MAX_COLUMNS]) for row in reader]


def csv_rows(text: str) -> list[list[str]]:
    """Rows of cell markup (kept for the callers that read a CSV text directly)."""
    return [[cell_markup(v) for v in row] for row in csv_values(text)]


def read_csv(path: Path, mapping: Mapping | None = None, sheet: str | None = None) -> ImportResult:
    report = ImportReport(path.name)
    budget = _Budget(path.name)
    try:
        values = csv_values(decode_csv(path.read_bytes(), path.name, report))
    except csv.Error as error:
        raise ImportFileError(
            _("'{name}' is not a readable CSV file: {reason}").format(name=path.name, reason=error)
        ) from error
    rows = []
    for row in values:
        if any(str(v).strip() for v in row):
            budget.take(list(row))
        rows.append(row)
    rows, about = split_about(rows)  # our own export's block below the table
    if not any(any(str(v).strip() for v in row) for row in rows):
        raise ImportFileError(_("'{name}' holds no rows.").format(name=path.name))
    grid = Grid(path.stem, [[cell_markup(v) for v in row] for row in rows], rows)
    document = build_from_grids([grid], path.stem, report, mapping, bool(about))
    if about:
        apply_about(document, about)
    return ImportResult(document, report)


# -- Excel -------------------------------------------------------------------------------


def _merges(archive: zipfile.ZipFile, member: str | None) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 0-based, of each merged range."""
    from openpyxl.utils.cell import range_boundaries

    if member is None or member not in archive.namelist():
        return []
    found: list[tuple[int, int, int, int]] = []
    with archive.open(member) as source:
        for _event, element in iterparse(source):
            if element.tag == f"{_MAIN}mergeCell":
                try:
                    c1, r1, c2, r2 = range_boundaries(element.get("ref", ""))
                except (ValueError, TypeError):
                    continue
                if None not in (c1, r1, c2, r2):
                    found.append((r1 - 1, c1 - 1, r2 - 1, c2 - 1))
                if len(found) >= MAX_MERGES:
                    break
            elif element.tag == f"{_MAIN}row":
                element.clear()
    return found


def apply_merges(grid: Grid, merges: list[tuple[int, int, int, int]]) -> None:
    """A value merged down is carried to every row it covers; a row with a cell merged across
    several columns is remembered (a heading when it holds only that cell)."""
    rows, raw = grid.cells, grid.raw
    for r1, c1, r2, c2 in merges:
        if r1 >= len(rows):
            continue
        if c2 > c1:
            for r in range(r1, min(r2, len(rows) - 1) + 1):
                grid.across.add(r)
        if r2 > r1 and c1 < len(rows[r1]):
            for r in range(r1 + 1, min(r2, len(rows) - 1) + 1):
                while len(rows[r]) <= c1:
                    rows[r].append("")
                    if raw is not None:
                        raw[r].append(None)
                if not rows[r][c1]:
                    rows[r][c1] = rows[r1][c1]
                    if raw is not None:
                        raw[r][c1] = raw[r1][c1]
                    if rows[r1][c1]:
                        grid.carried.add((r, c1))


def read_xlsx(path: Path, mapping: Mapping | None = None, sheet: str | None = None) -> ImportResult:
    import openpyxl

    check_zip(path).close()
    report = ImportReport(path.name)
    budget = _Budget(path.name)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        logging.getLogger("jaarplanner.importers").warning(
            "%s: unreadable", path.name, exc_info=True
        )
        raise ImportFileError(
            _("'{name}' is damaged or incomplete and cannot be read.").format(name=path.name)
        ) from error
    grids: list[Grid] = []
    about: list[list[object]] = []
    try:
        sheets = _chosen(workbook.worksheets, sheet, path.name)
        with zipfile.ZipFile(path) as archive:
            for worksheet in sheets:
                if getattr(worksheet, "sheet_state", "visible") != "visible" and sheet is None:
                    continue
                worksheet.reset_dimensions()  # a declared A1:XFD1048576 is not trusted
                raw: list[list[object]] = []
                for index, values in enumerate(worksheet.iter_rows(values_only=True)):
                    if index >= MAX_SCANNED:
                        report.note(
                            worksheet.title,
                            _("only the first {n} rows were read").format(n=MAX_SCANNED),
                        )
                        break
                    row = list(values[:MAX_COLUMNS])
                    if any(v is not None and str(v).strip() for v in row):
                        budget.take(row)
                    raw.append(row)
                while raw and not any(v is not None and str(v).strip() for v in raw[-1]):
                    raw.pop()
                if not raw:
                    continue
                if is_about(raw[0]):  # our own export's sheet Over dit document
                    about = raw
                    continue
                grid = Grid(worksheet.title, [[cell_markup(v) for v in row] for row in raw], raw)
                member = getattr(worksheet, "_worksheet_path", None)
                apply_merges(grid, _merges(archive, member))
                grids.append(grid)
    finally:
        workbook.close()
    if not grids:
        raise ImportFileError(_("'{name}' holds no rows.").format(name=path.name))
    document = build_from_grids(grids, path.stem, report, mapping, bool(about))
    if about and sheet is None:
        apply_about(document, about)
    return ImportResult(document, report)


def _chosen(worksheets: list, sheet: str | None, name: str) -> list:
    if sheet is None:
        return list(worksheets)
    for index, worksheet in enumerate(worksheets, start=1):
        if sheet.strip().lower() in (worksheet.title.strip().lower(), str(index)):
            return [worksheet]
    raise ImportFileError(
        _("'{name}' has no sheet '{sheet}'; its sheets are: {sheets}.").format(
            name=name, sheet=sheet, sheets=", ".join(f"'{w.title}'" for w in worksheets)
        )
    )
