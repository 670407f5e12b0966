"""How fast the PDF export is: pages per second at 500, 5,000 and 10,000 rows (the rate
must not fall as the document grows), and a plan of about 40 pages as a whole command
next to LibreOffice converting the same content from a Word file as a whole command.

    .venv/bin/python bench/export.py           # everything (several minutes)
    .venv/bin/python bench/export.py --whole   # only the whole commands, side by side
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


def _cpu() -> float:
    """User and system seconds of this process's finished children: a whole command's cost
    that the other sessions' load on the machine does not inflate."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _median_cpu(action, times: int = 3) -> tuple[float, float]:
    """Median wall-clock seconds and median CPU seconds of a command run ``times`` times."""
    walls, cpus = [], []
    for _ in range(times):
        cpu, start = _cpu(), time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _median(action, times: int = 5) -> tuple[float, float]:
    """Median wall-clock seconds and median CPU seconds of this process running ``action``."""
    walls, cpus = [], []
    for _ in range(times):
        cpu, start = time.process_time(), time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


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
                        Field.RESULT: from_plain(text),
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


def _libreoffice(document, folder: Path) -> tuple[float, float] | None:
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
    return _median_cpu(convert, 3)


def _whole_jaarplanner(document, folder: Path) -> tuple[float, float]:
    """``jaarplanner export --format pdf`` as a new process, as a user or a script runs it."""
    from jaarplanner.services.documents import create_document
    from jaarplanner.storage.database import open_database

    database = folder / "plan.sqlite"
    db = open_database(database)
    create_document(db, document)
    db.close()
    command = [sys.executable, "-m", "jaarplanner", "export", "--database", str(database)]
    command += ["--format", "pdf", "--output", str(folder / "whole.pdf")]
    # with its modules compiled, as the installed program has them (PyInstaller bundles the
    # bytecode): where PYTHONDONTWRITEBYTECODE is set, every run would compile some fifty
    # modules from source, a third of a second no user pays
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run() -> None:
        subprocess.run(command, capture_output=True, check=True, env=env)

    run()  # parses the hyphenation once, compiles the modules once
    return _median_cpu(run, 5)


def _rate(rows: int, folder: Path, times: int) -> tuple[int, float, float]:
    """Pages, and the least wall-clock and CPU seconds of this process to build them over
    ``times`` runs: on a shared machine a run is only ever slowed down by others, never sped
    up, so the least is the export's own cost (the median swung by 30 % here)."""
    from jaarplanner.exporters.pdf import export_pdf
    from jaarplanner.model.numbering import number_part

    document = _generated(rows)
    for part in document.parts:
        number_part(part)
    target = folder / f"rows-{rows}.pdf"
    walls, cpus = [], []
    for _ in range(times):
        cpu, start = time.process_time(), time.perf_counter()
        export_pdf(document, target)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return _pages(target), min(walls), min(cpus)


def main() -> int:
    whole_only = "--whole" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["JAARPLANNER_DATA_DIR"] = name
        from jaarplanner import i18n
        from jaarplanner.exporters.pdf import export_pdf
        from jaarplanner.model.numbering import number_part

        i18n.install("nl")
        export_pdf(_generated(20), folder / "warm.pdf")  # fonts and imports, once
        first = None
        for rows, times in () if whole_only else ((500, 3), (5_000, 3), (10_000, 3)):
            pages, seconds, cpu = _rate(rows, folder, times)
            rate, cpu_rate = pages / seconds, pages / cpu
            first = first or (rate, cpu_rate)
            print(
                f"{rows:>6} rows: {pages:>4} pages in {seconds:6.2f} s = {rate:5.1f} pages/s"
                f" ({rate / first[0]:.0%} of the rate at 500 rows); in CPU seconds"
                f" {cpu_rate:5.1f} pages/s ({cpu_rate / first[1]:.0%})"
            )
        plan = _generated(340)  # about 40 pages
        for part in plan.parts:
            number_part(part)
        target = folder / "plan.pdf"
        inside = _median(lambda: export_pdf(plan, target), 5)
        pages = _pages(target)
        whole = _whole_jaarplanner(plan, folder)
        office = _libreoffice(plan, folder)
        print(
            f"{pages}-page plan, Jaarplanner: in process {inside[0]:.2f} s ({inside[1]:.2f} s CPU);"
            f" jaarplanner export --format pdf {whole[0]:.2f} s ({whole[1]:.2f} s CPU)"
        )
        if office is not None:
            print(
                f"{pages}-page plan, soffice --convert-to pdf of the same .docx:"
                f" {office[0]:.2f} s ({office[1]:.2f} s CPU);"
                f" Jaarplanner faster as a whole command {office[0] / whole[0]:.1f}x"
                f" ({office[1] / whole[1]:.1f}x in CPU), in process {office[0] / inside[0]:.1f}x"
                f" ({office[1] / inside[1]:.1f}x in CPU)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
