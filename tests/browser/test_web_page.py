"""The published web page passes axe-core's WCAG 2.1 A and AA rules in a real browser, at
desktop and at phone width, for the example document of each shipped layout and for each
seed; and it is what it says: one file, no scripts, Dutch, headings, tables with captions
and header cells, a skip link and a table of contents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jaarplanner.exporters.html import write_html
from jaarplanner.importers.seeds import read_seed
from jaarplanner.model.document import DocumentData
from jaarplanner.model.numbering import number_part
from jaarplanner.resources import resources_dir
from tests.browser.axe import violations

pytestmark = pytest.mark.browser  # Chromium with axe-core

EXAMPLES = {
    "themed-table": "voorbeeldregio-jaarkalender-2026-2027.txt",
    "development-points": "voorbeeldregio-ontwikkelpunten-2026-2027.txt",
    "action-cards": "voorbeeldregio-actiekaarten-2026-2027.txt",
}
SEEDS = ["000", "001", "002", "003", "004"]
WIDTHS = {"desktop": 1280, "phone": 375}


def _numbered(document: DocumentData) -> DocumentData:
    for part in document.parts:
        number_part(part)
    return document


def _document(name: str) -> DocumentData:
    if name in EXAMPLES:
        return _numbered(read_seed(resources_dir() / "examples" / EXAMPLES[name]).document)
    from tests.importers.seedoracle import seed

    return _numbered(read_seed(seed(name)).document)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, DocumentData]]:
    from jaarplanner import i18n

    i18n.install("nl")
    folder = tmp_path_factory.mktemp("web")

    class Pages(dict):
        """Each page written when first asked for: a seed's page skips (without
        ../shared) only the tests of that seed."""

        def __missing__(self, name: str) -> tuple[Path, DocumentData]:
            document = _document(name)
            target = folder / f"{name}.html"
            write_html(document, target)
            self[name] = (target, document)
            return self[name]

    return Pages()


@pytest.mark.parametrize("name", [*EXAMPLES, *SEEDS])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_axe_finds_no_violation(pages: dict, name: str, width: str) -> None:
    path, _document = pages[name]
    found = violations(path, WIDTHS[width])
    assert not found, [(v["id"], v["help"], v["nodes"][:2]) for v in found]


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_the_page_is_one_accessible_file(pages: dict, name: str) -> None:
    path, document = pages[name]
    html = path.read_text("utf-8")
    assert '<html lang="nl">' in html
    assert "<script" not in html and "<link" not in html and "src=" not in html
    assert re.search(r'<a class="skip" href="#inhoud">Naar de inhoud</a>', html)
    assert '<h2 id="inhoudsopgave">Inhoudsopgave</h2>' in html
    assert html.count("<caption>") >= 1
    assert '<th scope="col">' in html
    for part in document.parts:
        assert f">{part.title}</h2>" in html.replace("&amp;", "&")
        assert 'href="#' in html
    theme = document.parts[0].themes[0]
    assert theme.title in html.replace("&amp;", "&")
    rows = [r for p in document.parts for r in p.all_rows() if r.number]
    if rows and document.parts[0].layout.row_number_format:
        assert '<th scope="row"' in html
    assert "data-label=" in html  # the column names the phone's cards show
