"""The five seeds imported once and exported as PDFs, shared by the PDF tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from jaarplanner.model.document import DocumentData

SEEDS = ["000", "001", "002", "003", "004"]


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, DocumentData]]:
    from jaarplanner import i18n
    from jaarplanner.exporters.pdf import export_pdf
    from jaarplanner.importers.seeds import read_seed
    from jaarplanner.services.documents import load_document
    from jaarplanner.services.imports import import_documents
    from jaarplanner.storage.database import open_database
    from tests.importers.seedoracle import seed

    i18n.install("nl")
    folder = tmp_path_factory.mktemp("pdf")
    db = open_database(folder / "seeds.sqlite")
    found = {}
    for prefix in SEEDS:
        ident = import_documents(db, [read_seed(seed(prefix)).document]).result[0]
        document = load_document(db, ident)
        target = folder / f"{prefix}.pdf"
        export_pdf(document, target)
        found[prefix] = (target, document)
    db.close()
    return found
