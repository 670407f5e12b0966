"""Reading any file a user hands to *Importeren*: which importer fits, and a clear Dutch
message when none does."""

from __future__ import annotations

import logging
from pathlib import Path

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportResult
from jaarplanner.importers.sniff import ImportFileError, kind_of_file
from jaarplanner.importers.tables import Mapping

log = logging.getLogger("jaarplanner.importers")
KINDS = {"docx": "Word", "xlsx": "Excel", "csv": "CSV"}


def _raised_by_us(error: BaseException) -> bool:
    """Whether ``error`` was raised in our own code (a bug: the general error path and the
    log), not in a library reading a damaged or foreign file (the user's bad file)."""
    trace = error.__traceback__
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    module = str(trace.tb_frame.f_globals.get("__name__", "")) if trace else ""
    return module == "jaarplanner" or module.startswith("jaarplanner.")


def read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ImportFileError(
            _("'{name}' is not a text file Jaarplanner can read.").format(name=path.name)
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _(
                "'{name}' is not written in UTF-8; save it as UTF-8 text and import it again."
            ).format(name=path.name)
        ) from error


def read_any(path: Path, mapping: Mapping | None = None, sheet: str | None = None) -> ImportResult:
    """The document in ``path``; ``ImportFileError`` (Dutch) when it cannot be read. ``sheet``
    chooses one sheet of a workbook (by name or number)."""
    kind = kind_of_file(path)
    if kind in ("docx", "xlsx", "csv"):
        return _read_table_file(kind, path, mapping, sheet)
    if kind == "text":
        from jaarplanner.importers.seeds import read_seed_text

        return read_seed_text(read_text_file(path), path.name)  # only UserErrors expected
    raise ImportFileError(_("Importing {kind} files is not possible yet.").format(kind=kind))


def _read_table_file(
    kind: str, path: Path, mapping: Mapping | None, sheet: str | None
) -> ImportResult:
    from jaarplanner.importers.docx_reader import read_docx
    from jaarplanner.importers.sheet_reader import read_csv, read_xlsx

    try:
        if kind == "docx":
            return read_docx(path, mapping)
        return (read_xlsx if kind == "xlsx" else read_csv)(path, mapping, sheet)
    except UserError:
        raise
    except Exception as error:
        if _raised_by_us(error):
            raise
        log.warning("%s: not readable as %s", path.name, kind, exc_info=True)
        raise ImportFileError(
            _("'{name}' could not be read: it is damaged or not a {kind} file.").format(
                name=path.name, kind=KINDS[kind]
            )
        ) from error
