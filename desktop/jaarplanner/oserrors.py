"""The reason a file could not be read or written, in the interface language: what the
operating system says (English, often) becomes a short phrase a user understands."""

from __future__ import annotations

import errno

from jaarplanner.i18n import _

_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
_DENIED = {errno.EACCES, errno.EPERM}


def reason(error: BaseException) -> str:
    """'the disk is full', 'no permission', 'read-only', or the system's own words."""
    code = getattr(error, "errno", None)
    text = str(error)
    if code in _FULL or "IO_EFBIG" in text or "IO_ENOSPC" in text or "full" in text.lower():
        return _("the disk is full")
    if code in _DENIED or "IO_EACCES" in text:
        return _("no permission to write there")
    if code == errno.EROFS or "readonly" in text.lower() or "read-only" in text.lower():
        return _("the file or folder is read-only")
    if "disk i/o error" in text.lower():
        return _("the disk cannot be written to (full, or out of reach)")
    if "unable to open database file" in text.lower():
        return _("the file or its folder cannot be opened")
    return getattr(error, "strerror", None) or text
