"""Writing an export whole or not at all.

The file is written under a fresh, unpredictable name beside the target (made with
``O_EXCL``, so a link planted there is never followed), written to disk and only then put in
place. Whatever goes wrong, the partial file is removed and the target is left as it was,
with one Dutch line for the user.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.oserrors import reason

log = logging.getLogger(__name__)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_whole(target: Path, write: Callable[[Path], list[str] | None]) -> list[str]:
    """Run ``write`` on a partial file and put it in place at ``target`` when it is whole.
    Returns the notes of the export report; raises ``UserError`` with a Dutch line."""
    name = target.name
    if target.exists() and not target.is_file():
        # a folder, a pipe or a device (/dev/full): replacing it would put the export in
        # its place, and as the administrator that removes the device for every program
        raise UserError(
            _("'{name}' is no ordinary file; nothing was written. Choose a file name.").format(
                name=name
            )
        )
    try:
        handle, partial_name = tempfile.mkstemp(
            prefix=f".{name}.", suffix=".deel", dir=target.parent or "."
        )
        os.close(handle)
    except OSError as error:
        raise UserError(_cannot(name, error)) from error
    partial = Path(partial_name)
    try:
        notes = write(partial) or []
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(partial, 0o666 & ~_umask())  # an export is an ordinary file of the user's
        os.replace(partial, target)
    except UserError:
        partial.unlink(missing_ok=True)
        raise
    except OSError as error:
        _let_go(error)
        partial.unlink(missing_ok=True)
        raise UserError(_cannot(name, error)) from error
    except Exception as error:  # a fault of ours must not leave half a file or a traceback
        _let_go(error)
        partial.unlink(missing_ok=True)
        if reason(error) != str(error):  # a full disk, seen by a library (lxml, zipfile)
            raise UserError(_cannot(name, error)) from error
        log.debug("export of %s failed", name, exc_info=True)
        raise UserError(
            _(
                "'{name}' could not be made because of an unexpected problem ({problem}). "
                "Nothing was written."
            ).format(name=name, problem=type(error).__name__)
        ) from error
    return notes


def _let_go(error: BaseException) -> None:
    """Close what the failed writer left open (a zip file half written) now, quietly: its
    own clean-up fails on the same full disk and would print a traceback at exit."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        seen: BaseException | None = error
        while seen is not None:
            traceback.clear_frames(seen.__traceback__)
            seen = seen.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _cannot(name: str, error: Exception) -> str:
    return _("'{name}' cannot be written: {reason}").format(name=name, reason=reason(error))
