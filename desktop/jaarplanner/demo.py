"""The example database of the fictional *Samenwerkingsverband Voorbeeldregio*.

It is built from ``resources/examples/`` by the importers (so the example also proves the
import), kept once in the cache folder, and handed out as a fresh copy each time: the user's
edits in a demo never reach the original.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import uuid
from pathlib import Path

from jaarplanner.model.values import Region, RowStatus, Sector
from jaarplanner.places import data_dir
from jaarplanner.resources import resources_dir
from jaarplanner.version import __version__

ORGANISATION = "Samenwerkingsverband Voorbeeldregio"
SHORT_NAME = "SWV Voorbeeldregio"
SHIPPED_NAME = "voorbeeld.sqlite"  # built by the PyInstaller spec into resources/examples


def example_sources() -> list[Path]:
    return sorted((resources_dir() / "examples").glob("*.txt"))


def build_example(target: Path) -> None:
    """Build the example database at ``target`` (which must not exist yet)."""
    from jaarplanner.importers.seeds import read_seed
    from jaarplanner.services.documents import list_documents, load_document
    from jaarplanner.services.imports import import_documents
    from jaarplanner.storage.database import open_database

    documents = []
    for path in example_sources():
        document = read_seed(path).document
        document.organisation.name = ORGANISATION
        document.organisation.short_name = SHORT_NAME
        document.organisation.region = Region.MIDDLE
        document.organisation.sector = Sector.PO
        documents.append(document)
    db = open_database(target)
    try:
        import_documents(db, documents)
        for summary in list_documents(db):
            if summary.school_year == "2025-2026":
                _evaluate_last_year(db, load_document(db, summary.id))
            elif summary.layout == "themed-table":
                _mark_current_year(db, load_document(db, summary.id))
    finally:
        db.close()


def _evaluate_last_year(db, document) -> None:
    """Last year's plan, evaluated: most done, some not, as an office would record it."""
    from jaarplanner.services.rows import set_status

    outcomes = [
        RowStatus.REALISED,
        RowStatus.REALISED,
        RowStatus.PARTLY,
        RowStatus.REALISED,
        RowStatus.NOT_REALISED,
        RowStatus.REALISED,
        RowStatus.POSTPONED,
    ]
    notes = {
        RowStatus.REALISED: "Uitgevoerd zoals gepland.",
        RowStatus.PARTLY: "Deels uitgevoerd; het vervolg staat in het nieuwe jaarplan.",
        RowStatus.NOT_REALISED: "Niet gelukt door gebrek aan capaciteit.",
        RowStatus.POSTPONED: "Uitgesteld naar het volgende schooljaar.",
    }
    index = 0
    for part in document.parts:
        for row in part.all_rows():
            status = outcomes[index % len(outcomes)]
            index += 1
            set_status(db, row.id, status, notes[status], dt.date(2026, 7, 10))


def _mark_current_year(db, document) -> None:
    from jaarplanner.services.rows import set_attributes, set_status

    plan = document.parts[-1]
    for row in plan.all_rows()[:2]:
        set_attributes(db, row.id, priority=True)
    for row in document.parts[0].all_rows()[:3]:
        set_status(db, row.id, RowStatus.RUNNING, "Gestart in september.", dt.date(2026, 9, 15))


def _fingerprint() -> str:
    from jaarplanner.storage.migrations import HEAD, SCRIPT_LOCATION

    digest = hashlib.sha256(f"{__version__} {HEAD}".encode())
    # The migrations' own text too: two builds with the same head but another chain
    # (a branch merged in) must not share a cached example.
    migrations = sorted((SCRIPT_LOCATION / "versions").glob("*.py"))
    for path in [*migrations, *example_sources()]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def example_database() -> Path:
    """The untouched example: shipped with the installed program, or (in a checkout) built
    once into the cache folder. Never opened for writing: hand out ``demo_copy()``."""
    shipped = resources_dir() / "examples" / SHIPPED_NAME
    if shipped.exists():
        return shipped
    from platformdirs import user_cache_path

    cache = user_cache_path("Jaarplanner", appauthor=False) / f"voorbeeld-{_fingerprint()}.sqlite"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        build_pristine(cache)
    return cache


def build_pristine(target: Path) -> None:
    """Build the example at ``target`` as one self-contained file (no WAL beside it)."""
    building = target.with_suffix(".bouw")
    for leftover in target.parent.glob(building.name + "*"):
        leftover.unlink()
    build_example(building)
    _checkpoint(building)
    building.replace(target)


DEMO_FOLDER = "voorbeelden"


def demo_copy() -> Path:
    """A fresh copy of the example database of its own: a second ``--demo`` never touches
    one that is still open. Copies no program has open any more are cleared away."""
    source = example_database()
    folder = data_dir() / DEMO_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    _clear_unused(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"voorbeeld-{stamp}-{uuid.uuid4().hex[:8]}.sqlite"
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    shutil.copyfile(source, target)
    return target


def is_demo_copy(path: Path | str) -> bool:
    """A copy handed out by ``demo_copy`` (or the single one of older versions): never the
    database a normal start opens."""
    path = Path(path)
    return path.parent == data_dir() / DEMO_FOLDER or path == data_dir() / "voorbeeld.sqlite"


def _clear_unused(folder: Path) -> None:
    from jaarplanner.errors import DatabaseError
    from jaarplanner.storage.locking import exclusive

    for copy in folder.glob("voorbeeld-*.sqlite"):
        try:
            with exclusive(copy):  # refused while a program has it open
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{copy}{suffix}").unlink(missing_ok=True)
        except (DatabaseError, OSError):
            continue


def _checkpoint(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
