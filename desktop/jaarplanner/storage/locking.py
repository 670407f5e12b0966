"""An exclusive hold on an SQLite database file, taken before the file is replaced.

SQLite itself says who has a database open: every connection holds a shared lock on the
file's lock bytes (and, in WAL mode, on the ``-shm`` file) for as long as it is open. Taking
the same bytes exclusively therefore succeeds only when no other program has the database
open, and while it is held no other program can start to use it. On Windows SQLite opens the
file without sharing the right to delete or rename it, so replacing it fails while another
program has it open; that refusal is turned into the same message (not testable here).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from jaarplanner.errors import DatabaseError
from jaarplanner.i18n import _

# SQLite's unix lock bytes: PENDING_BYTE, RESERVED_BYTE and the 510 shared bytes after them
_PENDING_BYTE = 0x40000000
_LOCK_BYTES = 512
_SHM_LOCKS = 120  # the WAL index's eight lock bytes and the "someone has it open" byte
_SHM_LOCK_COUNT = 9


def in_use_message(path: Path) -> str:
    return _(
        "The database '{name}' is open in another program (perhaps a second Jaarplanner). "
        "Nothing was changed; close that program first and try again."
    ).format(name=path.name)


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold ``path`` so nobody else has it open or can open it; refuse in Dutch otherwise.
    A file that does not exist needs no hold."""
    if not path.exists():
        yield
        return
    if sys.platform == "win32":
        _refuse_if_shared(path)
        yield
        return
    import fcntl

    handles: list[int] = []
    try:
        for name, start, length in (
            (path, _PENDING_BYTE, _LOCK_BYTES),
            (Path(f"{path}-shm"), _SHM_LOCKS, _SHM_LOCK_COUNT),
        ):
            try:
                handle = os.open(name, os.O_RDWR)
            except FileNotFoundError:
                continue
            handles.append(handle)
            try:
                fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start, os.SEEK_SET)
            except OSError as error:
                raise DatabaseError(in_use_message(path)) from error
        yield
    finally:
        for handle in handles:
            os.close(handle)  # closing lets go of the locks


def _refuse_if_shared(path: Path) -> None:
    """Windows: a file another program has open cannot be renamed; try it and put it back."""
    aside = path.with_name(path.name + ".proef")
    try:
        os.rename(path, aside)
    except PermissionError as error:
        raise DatabaseError(in_use_message(path)) from error
    os.rename(aside, path)


def replace(source: Path, target: Path) -> None:
    """``os.replace`` that says in Dutch when Windows refuses because the file is open."""
    try:
        os.replace(source, target)
    except PermissionError as error:
        if sys.platform == "win32":
            raise DatabaseError(in_use_message(target)) from error
        raise
