"""Reading any file a user hands to *Importeren*: which importer fits, and a clear Dutch
message when none does."""

from __future__ import annotations

from pathlib import Path

from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportResult
from jaarplanner.importers.sniff import ImportFileError, kind_of_file


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


def read_any(path: Path) -> ImportResult:
    """The document in ``path``; ``ImportFileError`` (Dutch) when it cannot be read."""
    kind = kind_of_file(path)
    if kind == "text":
        from jaarplanner.importers.seeds import read_seed_text

        try:
            return read_seed_text(read_text_file(path), path.name)
        except ImportFileError:
            raise
        except Exception as error:
            raise ImportFileError(
                _("'{name}' could not be read: {reason}").format(name=path.name, reason=error)
            ) from error
    raise ImportFileError(_("Importing {kind} files is not possible yet.").format(kind=kind))
