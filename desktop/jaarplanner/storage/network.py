"""Is a database file on a network share? SQLite's WAL mode needs shared memory between the
processes that use the file, which a network file system does not give: such a file uses
the rollback journal instead (slower, but safe with the share's own locking)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "fuse.sshfs", "9p"}


def is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        return _windows_remote(path)
    return _mount_type(path) in NETWORK_FILESYSTEMS


def _windows_remote(path: Path) -> bool:
    text = str(path.resolve() if path.exists() else path.absolute())
    if text.startswith(("\\\\", "//")):
        return True  # \\server\share\...
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    kind: int = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined,unused-ignore]
    return kind == 4  # DRIVE_REMOTE


def _mount_type(path: Path, mounts: str = "/proc/mounts") -> str:
    """The file system type of the mount that holds ``path`` (Linux); "" when unknown."""
    try:
        lines = Path(mounts).read_text().splitlines()
    except OSError:
        return ""
    target = str(path.absolute())
    best, kind = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind
