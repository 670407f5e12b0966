"""The Dutch catalog is complete, current, and keeps every placeholder of the original."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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
