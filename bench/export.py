"""How fast the PDF export is: the largest example document, and a generated document of
about 40 pages; next to LibreOffice converting the same content from a Word file.

    .venv/bin/python bench/export.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the Word file is built by the tests' builder


def _median(action, times: int = 5) -> float:
    runs = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _generated(rows: int):
    from jaarplanner.importers.seeds import layout
    from jaarplanner.model.document import (
        DocumentData,
        OrganisationData,
        PartData,
        RowData,
        ThemeData,
    )
    from jaarplanner.model.richtext import from_plain
    from jaarplanner.model.values import Field

    text = (
        "Overleg met scholen en partners over de uitvoering, met een terugkoppeling aan het "
        "bestuur en een evaluatie aan het einde van de periode. "
    )
    themes = []
    for t in range(10):
        theme = ThemeData(title=f"Thema {t + 1}")
        for r in range(rows // 10):
            theme.rows.append(
                RowData(
                    fields={
                        Field.PERIOD: from_plain("sept-dec 2025"),
                        Field.WHAT: from_plain(f"Activiteit {r + 1}: " + text),
                        Field.WHO: from_plain("Directeur, adviseurs, scholen"),
                        Field.RESULT: from_plain(text * 2),
                        Field.STAFF: from_plain("Adviseur (0,2 fte)"),
                        Field.FINANCE: from_plain("€ 2.500"),
                    }
                )
            )
        themes.append(theme)
    part = layout("themed-table").part("jaarkalender")
    return DocumentData(
        OrganisationData("SWV Proef"),
        "2025-2026",
        "Jaarkalender SWV Proef",
        "themed-table",
        parts=[PartData("jaarkalender", "Jaarkalender", part, themes=themes)],
    )


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages")))


def _libreoffice(document, folder: Path) -> float | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    from tests.importers.docx_builder import build_docx

    from jaarplanner.exporters.dump import document_dump

    source = folder / "plan.docx"
    build_docx(document_dump(document), source)
    profile = folder / "lo-profile"

    def convert() -> None:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(source),
            ],
            capture_output=True,
            check=True,
            timeout=300,
        )

    convert()  # the first start makes the profile
    return _median(convert, 3)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JAARPLANNER_DATA_DIR"] = folder
        from jaarplanner import i18n
        from jaarplanner.demo import demo_copy
        from jaarplanner.exporters.pdf import export_pdf
        from jaarplanner.model.numbering import number_part
        from jaarplanner.services.documents import list_documents, load_document
        from jaarplanner.storage.database import open_database

        i18n.install("nl")
        db = open_database(demo_copy())
        documents = [load_document(db, d.id) for d in list_documents(db)]
        db.close()
        largest = max(documents, key=lambda d: sum(len(p.all_rows()) for p in d.parts))
        generated = _generated(230)
        for part in generated.parts:
            number_part(part)
        for name, document in (
            ("largest example document", largest),
            ("generated document", generated),
        ):
            target = Path(folder) / "out.pdf"
            seconds = _median(lambda d=document, t=target: export_pdf(d, t))
            office = _libreoffice(document, Path(folder))
            pages = _pages(target)
            line = f"{name}: {pages} pages, Jaarplanner {seconds:.2f} s"
            if office is not None:
                line += f", LibreOffice from .docx {office:.2f} s ({office / seconds:.0f}x)"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
