"""The themed-table seeds (000, 001) come in completely: every theme, every row, every text."""

from __future__ import annotations

import pytest

from jaarplanner.exporters.dump import document_dump
from jaarplanner.importers.seeds import read_seed
from jaarplanner.services.documents import load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.storage.database import Database
from tests.importers.seedoracle import clean_themed_rows, seed, themed_structure, words

FIELDS = ["period", "what", "who", "result", "staff", "finance"]


def _imported(db: Database, prefix: str) -> dict:
    result = read_seed(seed(prefix))
    document_id = import_documents(db, [result.document]).result[0]
    return document_dump(load_document(db, document_id))


def _rows(theme: dict) -> list[dict]:
    return [r for row in theme["rows"] for r in [row, *row["rows"]]]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_every_theme_and_row_count(sqlite_db: Database, prefix: str) -> None:
    dump = _imported(sqlite_db, prefix)
    expected = themed_structure(prefix)
    got = [(p["title"], [(t["title"], len(_rows(t))) for t in p["themes"]]) for p in dump["parts"]]
    assert got == expected


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_every_whole_row_word_for_word(sqlite_db: Database, prefix: str) -> None:
    dump = _imported(sqlite_db, prefix)
    themes: dict[str, list[dict]] = {}
    for part in dump["parts"]:
        for theme in part["themes"]:
            themes.setdefault(theme["title"], []).extend(r for r in theme["rows"])
    checked = 0
    for theme, number, cells in clean_themed_rows(prefix):
        candidates = [r for r in themes[theme] if r["number"] == number]
        match = [r for r in candidates if words(r["fields"].get("what", "")) == words(cells[1])]
        assert match, (theme, number, cells[1][:60])
        for name, cell in zip(FIELDS, cells, strict=True):
            assert words(match[0]["fields"].get(name, "")) == words(cell), (theme, number, name)
        checked += 1
    assert checked >= 20


def test_bullet_list_and_superscript_survive(sqlite_db: Database) -> None:
    dump = _imported(sqlite_db, "000")
    rows = [r for p in dump["parts"] for t in p["themes"] for r in t["rows"]]
    finance = [r["fields"].get("finance", "") for r in rows]
    assert any("1ste kwartaal" in text for text in finance)
    results = [r["fields"].get("result", "") for r in rows]
    bullets = [text for text in results if "\n• " in text]
    assert len(bullets) >= 3
    assert any("\no " in text for text in results)


def test_rows_link_their_kpis(sqlite_db: Database) -> None:
    dump = _imported(sqlite_db, "001")
    assert [k["number"] for k in dump["kpis"]] == list(range(1, 13))
    assert {k["period"] for k in dump["kpis"]} == {"2023-2027"}
    first = dump["parts"][0]["themes"][0]["rows"][0]
    assert "KPI 1 t/m 9" in first["fields"]["what"]
    assert first["kpis"] == list(range(1, 10))


def test_sections_before_the_tables(sqlite_db: Database) -> None:
    dump = _imported(sqlite_db, "001")
    titles = [s["title"] for s in dump["sections"]]
    assert titles[:2] == ["Vooraf", "Inleiding"]
    assert titles[2].startswith("Evaluatie jaarplan")
    assert dump["parts"][0]["subtitle"] == "Voortgang bestaande activiteiten"
    assert dump["school_year"] == "2023-2024"
