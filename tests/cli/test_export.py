"""``jaarplanner export --format pdf`` from the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.cli.inprocess import run_main
from tests.exporters.pdftools import page_texts, pages


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_main(*args)  # in this process; tests/cli/test_cli.py starts real ones


def test_export_the_newest_document_and_one_part(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = run("--demo", "export", "--format", "pdf", "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert pages(target)
    part = tmp_path / "kalender.pdf"
    result = run(
        "--demo", "export", "--document", "4", "--part", "kwaliteitskalender", "--output", str(part)
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(part))
    assert "Kwaliteitskalender" in text and "Wanneer gereed" not in text


def test_export_errors_are_dutch_and_write_nothing(tmp_path: Path) -> None:
    result = run("--demo", "export", "--part", "bestaat-niet", "--output", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "geen deel 'bestaat-niet'" in result.stderr
    result = run("--demo", "export", "--output", str(tmp_path / "map" / "x.pdf"))
    assert result.returncode == 1 and "bestaat niet" in result.stderr
    empty = tmp_path / "leeg.sqlite"
    run("check", "--database", str(empty))
    result = run("dump", "--database", str(empty))
    result = run("export", "--database", str(empty), "--output", str(tmp_path / "y.pdf"))
    assert result.returncode == 1 and "geen documenten" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "leeg.sqlite",
        "leeg.sqlite-shm",
        "leeg.sqlite-wal",
    ] or not list(tmp_path.glob("*.pdf"))


def test_export_the_calendar_overview(tmp_path: Path) -> None:
    target = tmp_path / "kalender.pdf"
    result = run(
        "--demo", "export", "--format", "calendar-pdf", "--document", "3", "--output", str(target)
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(target))
    assert "Kalender 2026-2027" in text and "Niet in de kalender geplaatst" in text
