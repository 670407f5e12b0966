"""The program's log: standard ``logging``, one logger per layer, written to a rotating file
in the data folder (``logboek/jaarplanner.log``, readable by its owner only).

Every module logs to its layer's logger (``logging.getLogger("jaarplanner.storage")`` and so
on, see ``LAYERS``); ``setup()`` is called once when the program or a command starts. The log
holds what went wrong and where (exceptions with their traceback, file names), never the
text of a document: log the kind of problem, not the cell that caused it.
"""

from __future__ import annotations

import io
import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from jaarplanner.places import data_dir

ROOT_LOGGER = "jaarplanner"
LAYERS = ("model", "periods", "storage", "services", "importers", "exporters", "ui", "cli")
FOLDER_NAME = "logboek"
FILE_NAME = "jaarplanner.log"
MAX_BYTES = 1_000_000
KEEP = 5  # jaarplanner.log.1 … .5: about six months of an office's ordinary use
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    return data_dir() / FOLDER_NAME


def log_file() -> Path:
    return log_folder() / FILE_NAME


# SQLAlchemy puts the statement and its values (a cell's text) into its messages
_QUERY = re.compile(r"\[(SQL|parameters): .*?\](?=\s*(\(|\[|$))", re.S)


class _RedactingFormatter(logging.Formatter):
    """Leaves the statements and values of database errors (document text) out of the log."""

    def format(self, record: logging.LogRecord) -> str:
        return _QUERY.sub(r"[\1: …]", super().format(record))


class _OwnerOnlyFileHandler(RotatingFileHandler):
    """A rotating log whose files (the current one and each new one after a rotation) are
    created readable and writable by their owner only."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        stream = open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def setup(level: int = logging.INFO) -> Path | None:
    """Log to the data folder's ``logboek``; again after the data folder moved (tests).
    Returns the log file, or None when it cannot be written (then only the console gets
    warnings: a log that fails must never stop the program)."""
    logger = logging.getLogger(ROOT_LOGGER)
    logger.setLevel(level)
    path = log_file()
    for handler in list(logger.handlers):
        if isinstance(handler, _OwnerOnlyFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _OwnerOnlyFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError as error:
        logging.getLogger(f"{ROOT_LOGGER}.cli").warning("no log file at %s: %s", path, error)
        return None
    handler.setFormatter(_RedactingFormatter(FORMAT))
    logger.addHandler(handler)
    return path
