"""Nieuw document: Op basis van vorig jaar (the roll-over) when the organisation has last
year's document, Zelf samenstellen; Organisatie: the region changes the calendar's holidays,
an SVG logo is kept as a picture the PDF can print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jaarplanner.model.values import Region
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.new_document import NewDocument, new_document
from jaarplanner.services.organisation import logo_kind
from jaarplanner.services.rows import add_row
from jaarplanner.storage.database import Database
from jaarplanner.ui import year_flow
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.new_document_dialog import KEY_ROLE, PREVIOUS, NewDocumentDialog
from jaarplanner.ui.organisation_dialog import OrganisationDialog
from jaarplanner.ui.parts_dialog import PartsDialog
from tests.ui.newdoc_steps import new_document_driver

NETWORK = "SWV Rivierenland Fictief"


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_based_on_last_year_rolls_the_document_over(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = new_document(sqlite_db, NewDocument(NETWORK, "2025-2026", "themed-table")).result
    theme = load_document(sqlite_db, old).parts[0].themes[0]
    add_row(sqlite_db, theme.id)
    window = _window(qtbot, sqlite_db)
    seen: list[str] = []

    def drive(dialog: NewDocumentDialog) -> int:
        dialog.organisation.setCurrentText(NETWORK)
        dialog.year.setCurrentText("2026-2027")
        keys = [str(dialog.layouts.item(r).data(KEY_ROLE)) for r in range(dialog.layouts.count())]
        seen.append(dialog.layouts.item(len(keys) - 1).text())
        assert keys[-1] == f"{PREVIOUS}:{old}"
        assert not dialog.short_name.isEnabled(), "a known organisation keeps its settings"
        dialog.layouts.setCurrentRow(len(keys) - 1)
        dialog.year.setCurrentText("2028-2029")
        assert not any(
            str(dialog.layouts.item(r).data(KEY_ROLE)).startswith(PREVIOUS)
            for r in range(dialog.layouts.count())
        ), "no document of the year before 2028-2029"
        dialog.year.setCurrentText("2026-2027")
        dialog.layouts.setCurrentRow(dialog.layouts.count() - 1)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewDocumentDialog, "exec", drive)
    monkeypatch.setattr(year_flow.TextDialog, "exec", lambda dialog: 0)
    monkeypatch.setattr(year_flow.CarryDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    window.document_actions["new"].trigger()
    assert seen == [f"Op basis van vorig jaar: 2025-2026 · {load_document(sqlite_db, old).title}"]
    years = sorted(d.school_year for d in list_documents(sqlite_db))
    assert years == ["2025-2026", "2026-2027"]


def test_compose_it_yourself_opens_the_columns(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, sqlite_db)
    seen: list[str] = []
    monkeypatch.setattr(
        NewDocumentDialog,
        "exec",
        new_document_driver(qtbot, NETWORK, "SWV RF", "Tiel", "zelf-samenstellen", seen),
    )
    opened: list[list[str]] = []

    def parts(dialog: PartsDialog) -> int:
        opened.append([dialog.columns.item(r, 0).text() for r in range(dialog.columns.rowCount())])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PartsDialog, "exec", parts)
    window.document_actions["new"].trigger()
    assert seen[0] == "Tiel ligt in regio midden."
    assert opened == [["Periode (wanneer)", "Activiteiten (wat)", "Betrokkenen (wie)"]]
    document = load_document(sqlite_db, list_documents(sqlite_db)[0].id)
    assert [p.title for p in document.parts] == ["Jaarplan"]
    assert document.organisation.region == Region.MIDDLE


SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">
<rect width="120" height="40" fill="#2266aa"/></svg>"""


def test_organisation_region_and_logo(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ident = new_document(sqlite_db, NewDocument(NETWORK, "2026-2027", "themed-table")).result
    window = _window(qtbot, sqlite_db)
    part = load_document(sqlite_db, ident).parts[0].id
    window.select_in_navigator("PartData", part)
    window.views.setCurrentWidget(window.calendar)
    window.calendar.refresh()

    def autumn() -> tuple:
        return next(
            (h.start, h.end)
            for h in window.calendar.canvas.holidays
            if h.kind == "school" and h.start.month == 10
        )

    north = autumn()
    logo = tmp_path / "logo.svg"
    logo.write_bytes(SVG)
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a....")

    def drive(dialog: OrganisationDialog) -> int:
        dialog.place.setText("Maastricht")
        assert dialog.region_note.text() == "Maastricht ligt in regio zuid."
        assert not dialog.choose_logo(bad)
        assert dialog.message.text() == "Het logo moet een PNG- of SVG-bestand zijn."
        assert dialog.choose_logo(logo)
        dialog.footer.setText("www.rivierenland.example")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", drive)
    window.document_actions["organisation"].trigger()
    stored = load_document(sqlite_db, ident).organisation
    assert stored.region == Region.SOUTH and logo_kind(stored.logo) == "png"
    assert stored.footer_text == "www.rivierenland.example"
    window.select_in_navigator("PartData", part)
    window.calendar.refresh()
    assert autumn() != north, "the calendar shows the southern holidays"
    window.undo_action.trigger()
    assert load_document(sqlite_db, ident).organisation.region == Region.NORTH
