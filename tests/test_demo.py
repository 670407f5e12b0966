"""The example database: fictional, complete enough to show every feature, always fresh."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from jaarplanner.periods import parse_period
from jaarplanner.resources import resources_dir
from tests.seeds import seed_files

pytestmark = pytest.mark.processes


def _demo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jaarplanner", "--demo", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
    )


def _rows(theme: dict) -> list[dict]:
    found = []
    for row in theme["rows"]:
        found += [row, *row["rows"]]
    for child in theme["themes"]:
        found += _rows(child)
    return found


def test_example_shows_every_feature() -> None:
    result = _demo("dump")
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert {d["organisation"] for d in documents} == {"Samenwerkingsverband Voorbeeldregio"}
    assert {d["layout"] for d in documents} == {
        "themed-table",
        "development-points",
        "action-cards",
    }
    assert {d["school_year"] for d in documents} == {"2025-2026", "2026-2027"}
    themes = [t for d in documents for p in d["parts"] for t in p["themes"]]
    assert any(t["themes"] for t in themes), "nested themes"
    assert any(r["rows"] for t in themes for r in t["rows"]), "continuation rows"
    assert any(d["status"] for d in documents), "status trail"
    assert any(d["meeting_series"] for d in documents), "meeting series"
    assert any(d["kpis"] for d in documents) and any(r["kpis"] for t in themes for r in _rows(t)), (
        "KPIs and their links"
    )
    rows = [
        (d["school_year"], r)
        for d in documents
        for p in d["parts"]
        for t in p["themes"]
        for r in _rows(t)
    ]
    assert any("Plaatsingswijzer" in r["fields"].get("what", "") for _y, r in rows)
    assert {r["status"] for _y, r in rows} >= {
        "gerealiseerd",
        "niet gerealiseerd",
        "uitgesteld",
        "loopt",
        "gepland",
    }
    assert any(r["priority"] for _y, r in rows)
    periods = [parse_period(r["fields"].get("period", ""), year) for year, r in rows]
    assert {p.kind for p in periods} == {
        "span",
        "whole_year",
        "continuous",
        "deadline",
        "unscheduled",
    }
    assert {p.recurrence for p in periods} >= {
        "yearly",
        "quarterly",
        "weekly",
        "every_n_years:4",
        "times_per_year:3",
    }
    assert any(p.approximate for p in periods)
    assert any(p.warnings and p.kind == "span" for p in periods), "a stale period"
    assert any(len(p.spans) > 1 for p in periods), "a list of periods"


def test_each_demo_is_a_fresh_copy(tmp_path) -> None:
    first = _demo("check")
    assert first.returncode == 0
    path = first.stdout.split(": ", 1)[1].strip()
    from jaarplanner.services.documents import delete_document, list_documents
    from jaarplanner.storage.database import open_database

    db = open_database(path)
    for document in list_documents(db):
        delete_document(db, document.id)
    db.close()
    again = json.loads(_demo("dump").stdout)["documents"]
    assert len(again) == 4


def test_example_is_our_own_text() -> None:
    """No sentence of the seeds (other organisations' texts) is in the example."""
    ours = " ".join(p.read_text("utf-8") for p in (resources_dir() / "examples").glob("*"))
    for seed in seed_files():
        sentences = [
            s.strip()
            for s in seed.read_text("utf-8").replace("\n", " ").split(".")
            if len(s.strip()) > 60
        ]
        copied = [s for s in sentences if s in ours]
        assert copied == [], copied[:2]
