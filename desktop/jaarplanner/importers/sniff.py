"""What kind of file this is, judged by its content, and the Dutch message for a file that
cannot be read: too large, empty, an image, a protected Office file, a broken archive."""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path

from jaarplanner.errors import UserError
from jaarplanner.i18n import _

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 100 * 1024 * 1024
MAX_MEMBERS = 5000

_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ImportFileError(UserError):
    """A file that cannot be imported; nothing was written."""


def _mb(size: int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(round(size / 1024 / 1024, 1), locale="nl_NL")


def check_zip(path: Path) -> zipfile.ZipFile:
    """Open an Office archive, refusing broken ones and zip bombs."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
        members = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
        raise ImportFileError(
            _("'{name}' is damaged or incomplete and cannot be read.").format(name=name)
        ) from error
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED:
        archive.close()
        raise ImportFileError(
            _("'{name}' unpacks to far more data than a document holds; it was not read.").format(
                name=name
            )
        )
    bad = None
    try:
        bad = archive.testzip()
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
        bad = "?"  # a damaged compressed stream (found by the fuzz tests)
    if bad is not None:
        archive.close()
        raise ImportFileError(
            _("'{name}' is damaged or incomplete and cannot be read.").format(name=name)
        )
    return archive


def kind_of_file(path: Path) -> str:
    """``docx``, ``xlsx``, ``csv`` or ``text``; a Dutch ``ImportFileError`` otherwise."""
    name = path.name
    try:
        status = path.stat()
        size = status.st_size
        if stat.S_ISDIR(status.st_mode):
            raise ImportFileError(_("'{name}' is a folder, not a file.").format(name=name))
        if not stat.S_ISREG(status.st_mode):
            # a pipe or a device would make the import wait for ever
            raise ImportFileError(
                _("'{name}' is not an ordinary file (a pipe or a device); it was not read.").format(
                    name=name
                )
            )
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as error:
        raise ImportFileError(_("The file '{name}' does not exist.").format(name=name)) from error
    except OSError as error:
        raise ImportFileError(
            _("The file '{name}' cannot be read: {reason}").format(
                name=name, reason=error.strerror or error
            )
        ) from error
    if size == 0:
        raise ImportFileError(_("'{name}' is empty.").format(name=name))
    if size > MAX_BYTES:
        raise ImportFileError(
            _(
                "'{name}' is too large ({size} MB); Jaarplanner reads files of up to {limit} MB."
            ).format(name=name, size=_mb(size), limit=MAX_BYTES // 1024 // 1024)
        )
    if head.startswith(_IMAGES):
        raise ImportFileError(_("'{name}' is a picture, not a document.").format(name=name))
    if head.startswith(b"%PDF"):
        raise ImportFileError(
            _(
                "'{name}' is a PDF. Open it in Word, save it as a Word "
                "document (.docx) and import that."
            ).format(name=name)
        )
    if head.startswith(_OLE):
        raise ImportFileError(
            _(
                "'{name}' is protected with a password or in the old Word or "
                "Excel format. Save it as .docx or .xlsx without a password "
                "and import that."
            ).format(name=name)
        )
    if head.startswith(b"PK"):
        with check_zip(path) as archive:
            names = set(archive.namelist())
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise ImportFileError(
            _("'{name}' is a zip archive, not a Word or Excel file.").format(name=name)
        )
    if path.suffix.lower() == ".csv":
        return "csv"
    return "text"
