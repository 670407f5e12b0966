"""Render the pictures in docs/: the first table page of each layout, from the example.

.venv/bin/python tools/make_docs.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JAARPLANNER_DATA_DIR"] = folder
        from jaarplanner import i18n
        from jaarplanner.demo import demo_copy
        from jaarplanner.exporters.pdf import export_pdf
        from jaarplanner.services.documents import list_documents, load_document
        from jaarplanner.storage.database import open_database

        i18n.install("nl")
        db = open_database(demo_copy())
        done = set()
        for summary in sorted(list_documents(db), key=lambda d: d.school_year, reverse=True):
            if summary.layout in done:
                continue
            done.add(summary.layout)
            document = load_document(db, summary.id)
            pdf = Path(folder) / f"{summary.layout}.pdf"
            export_pdf(document, pdf)
            page = _first_table_page(pdf, document.parts[0].layout.columns[1].label)
            target = ROOT / "docs" / f"pdf-{summary.layout}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "80",
                    "-singlefile",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    str(pdf),
                    str(target),
                ],
                check=True,
            )
            print(target.with_suffix(".png"))
        db.close()
    return 0


def _first_table_page(pdf: Path, label: str) -> int:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    return next((n for n, page in enumerate(text, 1) if label in page), 1)


if __name__ == "__main__":
    sys.exit(main())
