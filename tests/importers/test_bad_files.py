"""Bad files get a Dutch message that says what is wrong, and nothing is written."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import open_database
from tests.cli.inprocess import run_main
from tests.factories import sample_document
from tests.importers.seedoracle import seed

pytestmark = pytest.mark.processes


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Jaarplan 2024-2025")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(120):
                member.write(block)


def _make(kind: str, path: Path) -> None:
    if kind == "text as docx":
        path.write_text("Beste collega, hierbij het verslag.\n", "utf-8")
    elif kind == "image as docx":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "password docx":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4000))
    elif kind == "truncated docx":
        data = _docx_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "zip bomb":
        _zip_bomb(path)
    elif kind == "50 MB":
        with path.open("wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    elif kind == "windows-1252":
        text = seed("000").read_text("utf-8")
        path.write_bytes(text.encode("cp1252", errors="replace"))
    elif kind == "pdf":
        path.write_bytes(b"%PDF-1.7\n" + os.urandom(500))
    elif kind == "seed cut short":
        text = seed("004").read_text("utf-8")
        path.write_text(text[:200], "utf-8")


CASES = [
    ("text as docx", "plan.docx", "geen vorm die Jaarplanner herkent"),
    ("image as docx", "plan.docx", "afbeelding"),
    ("empty", "plan.docx", "is leeg"),
    ("password docx", "plan.docx", "wachtwoord"),
    ("truncated docx", "plan.docx", "beschadigd of onvolledig"),
    ("zip bomb", "plan.docx", "veel meer gegevens"),
    ("50 MB", "plan.docx", "te groot (50 MB)"),
    ("windows-1252", "plan.txt", "UTF-8"),
    ("pdf", "plan.pdf", "PDF"),
    ("seed cut short", "plan.txt", "geen vorm die Jaarplanner herkent"),
]


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            digest.update(extra.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize("kind, name, message", CASES, ids=[c[0] for c in CASES])
def test_bad_file_gets_dutch_message_and_nothing_is_written(
    tmp_path: Path, kind: str, name: str, message: str
) -> None:
    database = tmp_path / "plan.sqlite"
    db = open_database(database)
    create_document(db, sample_document())
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _digest(database)
    bad = tmp_path / name
    _make(kind, bad)
    # the command line's main() in this process (tests/cli/inprocess.py): the same code
    result = run_main("import", str(bad), "--database", str(database))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert _digest(database) == before
    assert not list((tmp_path / "data").glob("**/*voor-import*"))


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    database = tmp_path / "plan.sqlite"
    bad = tmp_path / "kapot.docx"
    _make("truncated docx", bad)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jaarplanner",
            "import",
            str(seed("001")),
            str(bad),
            "--database",
            str(database),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    db = open_database(database)
    from jaarplanner.services.documents import list_documents

    assert list_documents(db) == []
    db.close()


def test_import_command_reports_in_dutch(tmp_path: Path) -> None:
    database = tmp_path / "plan.sqlite"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jaarplanner",
            "import",
            str(seed("002")),
            "--database",
            str(database),
            "--organisation",
            "SWV Test",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
    )
    assert result.returncode == 0, result.stderr
    assert "18 thema's" in result.stdout
    assert "Niet (helemaal) begrepen:" in result.stdout
    assert "rij met nummer 3 in de tekst is rij 5" in result.stdout
    dump = subprocess.run(
        [sys.executable, "-m", "jaarplanner", "dump", "--database", str(database)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert '"organisation": "SWV Test"' in dump.stdout
