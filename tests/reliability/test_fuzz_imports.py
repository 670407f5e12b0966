"""Truncated and mutated files of every kind the program reads: a Dutch message or a
document, never a crash; XML in Word and Excel files is read without external entities."""

from __future__ import annotations

import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jaarplanner.errors import UserError
from jaarplanner.exporters.csv_export import write_csv
from jaarplanner.exporters.docx_export import write_docx
from jaarplanner.exporters.dump import dump
from jaarplanner.exporters.xlsx_export import write_xlsx
from jaarplanner.importers.files import read_any
from jaarplanner.importers.ics import read_ics
from jaarplanner.resources import resources_dir
from tests.factories import sample_document

pytestmark = pytest.mark.large

SUFFIX = {"docx": ".docx", "xlsx": ".xlsx", "csv": ".csv", "text": ".txt", "ics": ".ics"}


def _written(writer: Callable[..., None], suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"voorbeeld{suffix}"
        writer(sample_document(), target)
        return target.read_bytes()


ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n"
    b"BEGIN:VEVENT\r\nUID:1@test\r\nSUMMARY:Herfstvakantie\r\n"
    b"DTSTART;VALUE=DATE:20261017\r\nDTEND;VALUE=DATE:20261026\r\nEND:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)

VALID = {
    "docx": _written(write_docx, ".docx"),
    "xlsx": _written(write_xlsx, ".xlsx"),
    "csv": _written(write_csv, ".csv"),
    "text": sorted((resources_dir() / "examples").glob("*.txt"))[0].read_bytes(),
    "ics": ICS,
}


@st.composite
def mutated(draw: st.DrawFn, kind: str) -> bytes:
    data = bytearray(VALID[kind])
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["truncate", "flip", "insert", "repeat"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if how == "truncate":
            del data[at:]
        elif how == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 512))]
    return bytes(data)


def _read(kind: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"bestand{SUFFIX[kind]}"
        path.write_bytes(data)
        try:
            if kind == "ics":
                read_ics(path)
            else:
                read_any(path)
        except UserError as error:
            message = str(error)  # a sentence for the user, not a programmer's trace
            assert len(message) > 20 and "Traceback" not in message and "\n  File" not in message


@pytest.mark.parametrize("kind", sorted(VALID))
def test_mutated_files_give_a_message_or_a_document(kind: str) -> None:
    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=mutated(kind))
    def check(data: bytes) -> None:
        _read(kind, data)

    check()


def _replace_member(original: bytes, member: str, change: Callable[[str], str]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "a.zip", Path(folder) / "b.zip"
        source.write_bytes(original)
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
            for item in old.infolist():
                text = old.read(item)
                if item.filename == member:
                    text = change(text.decode("utf-8")).encode("utf-8")
                new.writestr(item, text)
        return target.read_bytes()


def _with_entity(xml: str, entities: str, root: str, at: str, reference: str) -> str:
    """``xml`` with a DOCTYPE declaring ``entities`` and ``reference`` used in its first text."""
    declaration = f"<!DOCTYPE {root} [{entities}]>"
    if xml.startswith("<?xml"):
        head, rest = xml.split("?>", 1)
        head += "?>"
    else:
        head, rest = "", xml
    assert at in rest
    return head + declaration + rest.replace(at, at + reference, 1)


@pytest.mark.parametrize(
    ("kind", "member", "root", "at"),
    [
        ("docx", "word/document.xml", "w:document", "<w:t>"),
        ("xlsx", "xl/worksheets/sheet1.xml", "worksheet", "<t>"),
    ],
)
def test_external_entities_are_never_read(kind: str, member: str, root: str, at: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        secret = Path(folder) / "geheim.txt"
        secret.write_text("GEHEIM-4711", "utf-8")
        entity = f'<!ENTITY x SYSTEM "file://{secret}">'
        data = _replace_member(
            VALID[kind], member, lambda xml: _with_entity(xml, entity, root, at, "&x;")
        )
        path = Path(folder) / f"entiteit{SUFFIX[kind]}"
        path.write_bytes(data)
        try:
            result = read_any(path)
        except UserError:
            return  # refused: fine, nothing was read
        assert "GEHEIM-4711" not in str(dump([result.document]))


def test_an_entity_bomb_does_not_blow_up() -> None:
    entities = '<!ENTITY l0 "haha">' + "".join(
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)
    )
    data = _replace_member(
        VALID["docx"],
        "word/document.xml",
        lambda xml: _with_entity(xml, entities, "w:document", "<w:t>", "&l9;"),
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lachen.docx"
        path.write_bytes(data)
        started = time.monotonic()
        try:
            result = read_any(path)
        except UserError:
            result = None
        assert time.monotonic() - started < 10
        if result is not None:  # read without expanding a billion 'haha's
            assert len(str(dump([result.document]))) < 10_000_000
