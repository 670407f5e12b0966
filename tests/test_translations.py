"""The Dutch catalog is complete, current, and keeps every placeholder of the original."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
NL = ROOT / "translations" / "nl" / "LC_MESSAGES" / "jaarplanner.po"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _catalog():
    with NL.open("rb") as handle:
        return read_po(handle, locale="nl")


def test_catalogs_are_current_with_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "catalog.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def _catalog_tool(translations: Path, monkeypatch: pytest.MonkeyPatch):
    spec = importlib.util.spec_from_file_location("catalog_tool", ROOT / "tools" / "catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "TRANSLATIONS", translations)
    return module


def test_the_catalog_check_looks_at_messages_not_at_the_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Babel writes another header; only a changed message makes a catalog stale."""
    copy = tmp_path / "translations"
    shutil.copytree(ROOT / "translations", copy, ignore=shutil.ignore_patterns("*.mo"))
    po = copy / "nl" / "LC_MESSAGES" / "jaarplanner.po"
    text = po.read_text("utf-8")
    assert "Generated-By: Babel " in text
    text = re.sub(r"Generated-By: Babel [^\\]*", "Generated-By: Babel 9.99.0", text)
    text = re.sub(
        r"(PO-Revision-Date|POT-Creation-Date): [^\\]*", r"\1: 2031-01-01 00:00+0000", text
    )
    po.write_text(text, "utf-8")
    tool = _catalog_tool(copy, monkeypatch)
    assert tool.main(["--check"]) == 0
    assert tool.main([]) == 0
    assert po.read_text("utf-8") == text  # nothing to update: the file stays as it is

    po.write_text(text.replace('msgid "Add row"\nmsgstr "Rij toevoegen"\n', ""), "utf-8")
    assert tool.main(["--check"]) == 1  # a message of the code is missing
    assert tool.main([]) == 0
    with po.open("rb") as handle:
        assert read_po(handle, locale="nl").get("Add row").string == ""


def test_every_string_has_a_dutch_translation() -> None:
    untranslated = []
    for message in _catalog():
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or message.fuzzy:
            untranslated.append(message.id)
    assert untranslated == []


def test_translations_keep_the_placeholders() -> None:
    wrong = []
    for message in _catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for form, string in enumerate(strings):
            original = ids[min(form, len(ids) - 1)]
            if sorted(PLACEHOLDER.findall(string)) != sorted(PLACEHOLDER.findall(original)):
                wrong.append((message.id, string))
    assert wrong == []


def test_the_interface_speaks_dutch() -> None:
    from jaarplanner.i18n import _
    from jaarplanner.model.values import Field, field_label

    assert field_label(Field.PERIOD) == "Periode (wanneer)"
    assert _("Add row") == "Rij toevoegen"
