"""What each sub-command does. Heavy imports stay inside the functions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jaarplanner.i18n import _

if TYPE_CHECKING:
    from jaarplanner.model.document import DocumentData
    from jaarplanner.storage.database import Database
    from jaarplanner.storage.plain_read import Records


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def start_program(args: argparse.Namespace) -> int:
    from jaarplanner.ui.app import run

    return run(database=args.database)


def dump(args: argparse.Namespace) -> int:
    from jaarplanner.exporters.dump import dump as make_dump
    from jaarplanner.services.documents import list_documents, load_document
    from jaarplanner.storage.database import open_database

    db = open_database(args.database)
    try:
        ids = [args.document] if args.document else [d.id for d in list_documents(db)]
        _print_json(make_dump([load_document(db, ident) for ident in ids]))
    finally:
        db.close()
    return 0


def check(args: argparse.Namespace) -> int:
    from jaarplanner.services.check import check_database, repair_layouts
    from jaarplanner.storage.database import open_database

    db = open_database(args.database, create=False)
    try:
        if getattr(args, "repair", False):
            for line in repair_layouts(db):
                print(line)
        problems = check_database(db)
    finally:
        db.close()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(_("The database is in order: {name}").format(name=db.display_name))
    return 0


def restore(args: argparse.Namespace) -> int:
    """List the backups of a database file, or put one back (the newest good one by default)."""
    from jaarplanner.errors import UserError
    from jaarplanner.storage import backup as backups
    from jaarplanner.storage.database import resolve_target

    _url, path = resolve_target(args.database)
    if path is None:
        raise UserError(
            _("Only a database file has backups; a server database is backed up by its server.")
        )
    found = backups.list_backups(path)
    if args.list:
        for item in found:
            print(f"{backups.describe(item)}\t{item.path}")
        if not found:
            print(_("There are no backups of {name} yet.").format(name=path.name))
        return 0
    if args.backup:
        chosen = Path(args.backup)
    else:
        newest = backups.newest_good(path)
        if newest is None:
            raise UserError(_("There is no good backup of {name}.").format(name=path.name))
        chosen = newest.path
    kept = backups.restore(chosen, path)
    print(_("Restored {name} from {backup}.").format(name=path.name, backup=chosen.name))
    if kept is not None:
        print(_("The database as it was is kept as {kept}.").format(kept=kept))
    return 0


def period(args: argparse.Namespace) -> int:
    from jaarplanner.periods import SchoolYear, parse_period

    year = SchoolYear.parse(args.school_year)
    result = parse_period(args.text, year, column_is_deadline=args.deadline)
    _print_json(result.to_json())
    return 0


def import_files(args: argparse.Namespace) -> int:
    from pathlib import Path

    from jaarplanner.importers.files import read_any
    from jaarplanner.importers.tables import Mapping
    from jaarplanner.services.imports import import_documents
    from jaarplanner.storage.database import open_database

    mapping = Mapping.parse(args.mapping) if args.mapping else None
    # every file is read before anything is kept
    results = [read_any(Path(name), mapping, getattr(args, "sheet", None)) for name in args.files]
    if args.save_layout:
        from jaarplanner.importers.layouts import save_layout

        mapped = [p for r in results for p in r.document.parts if p.key == "eigen-indeling"]
        if not mapped:
            from jaarplanner.errors import UserError

            raise UserError(_("There is no mapped table to keep as a layout."))
        layout = save_layout(args.save_layout, mapped[0].layout)
        for result in results:
            for part in result.document.parts:
                if part.key == "eigen-indeling":
                    part.key = layout.name
                    part.layout = layout.default_part
            result.document.layout = layout.name
    if args.organisation:
        for result in results:
            result.document.organisation.name = " ".join(args.organisation.split())
            result.document.organisation.short_name = result.document.organisation.name
    db = open_database(args.database)
    try:
        import_documents(db, [r.document for r in results])
    finally:
        db.close()
    for result in results:
        print("\n".join(result.report.summary(result.document)))
    return 0


def _write(args: argparse.Namespace, document, target: Path, holidays) -> list[str] | None:
    """Write the chosen format, importing only its own exporter (a PDF needs neither
    openpyxl nor python-docx: each costs a whole command tenths of a second)."""
    if args.format == "calendar-pdf":
        from jaarplanner.exporters.pdf import export_calendar_pdf

        export_calendar_pdf(document, target, part_key=args.part, holidays=holidays)
        return None
    elif args.format == "docx":
        from jaarplanner.exporters.docx_export import write_docx

        return write_docx(document, target, part_key=args.part)
    elif args.format == "xlsx":
        from jaarplanner.exporters.xlsx_export import write_xlsx

        return write_xlsx(document, target, part_key=args.part)
    elif args.format == "csv":
        from jaarplanner.exporters.csv_export import write_csv

        return write_csv(document, target, part_key=args.part)
    elif args.format == "ics":
        from jaarplanner.exporters.ics_export import IcsChoice, write_ics

        words = args.include.split(",")
        choice = IcsChoice("rows" in words, "deadlines" in words, "meetings" in words)
        write_ics(document, target, part_key=args.part, choice=choice)
        return None
    elif args.format == "html":
        from jaarplanner.exporters.html import write_html

        write_html(document, target, part_key=args.part)
        return None
    else:
        from jaarplanner.exporters.pdf import export_pdf

        export_pdf(document, target, part_key=args.part)
        return None


def _read_for_export(source: Database | Records, args: argparse.Namespace) -> DocumentData:
    """The document named, or the newest one, read with plain SQL."""
    from jaarplanner.errors import UserError
    from jaarplanner.services.export_read import newest_document_id, read_document

    newest = newest_document_id(source)
    if newest is None:
        raise UserError(_("The database holds no documents to export."))
    return read_document(source, args.document or newest)


def export(args: argparse.Namespace) -> int:
    from jaarplanner.errors import UserError

    holidays = None
    if args.format == "calendar-pdf":  # the holidays are read through the services
        from jaarplanner.periods import SchoolYear
        from jaarplanner.services.holidays import holidays_for
        from jaarplanner.storage.database import open_database

        db = open_database(args.database, create=False)
        try:
            document = _read_for_export(db, args)
            year = SchoolYear.parse(document.school_year)
            holidays = holidays_for(db, year, document.organisation.region)
        finally:
            db.close()
    else:
        from jaarplanner.storage.plain_read import plain_reading

        # plain SQL, no ORM (and from a plain SQLite file no SQLAlchemy): an export only
        # reads, and importing them cost it more than writing the file
        with plain_reading(args.database) as records:
            document = _read_for_export(records, args)
    if args.part and not any(args.part in (p.key, p.title) for p in document.parts):
        raise UserError(
            _("The document has no part '{part}'; it has: {parts}.").format(
                part=args.part, parts=", ".join(p.title for p in document.parts)
            )
        )
    target = Path(args.output)
    if target.parent and not target.parent.is_dir():
        raise UserError(_("The folder '{folder}' does not exist.").format(folder=target.parent))
    from jaarplanner.exporters.whole import write_whole

    notes = write_whole(target, lambda partial: _write(args, document, partial, holidays))
    for note in notes:
        print(note)
    print(_("Written: {path}").format(path=target))
    return 0


def new_year(args: argparse.Namespace) -> int:
    from jaarplanner.services.rollover import roll_forward
    from jaarplanner.storage.database import open_database

    db = open_database(args.database, create=False)
    try:
        result = roll_forward(db, args.document).result
    finally:
        db.close()
    labels = {
        "period": _("period moved"),
        "carried": _("carried over"),
        "left": _("not carried over"),
        "meeting": _("meeting moved"),
        "title": _("title"),
    }
    print(_("New document {id}; check these changes:").format(id=result.document_id))
    for item in result.review:
        arrow = f": {item.before} → {item.after}" if item.before or item.after else ""
        print(f"  {labels[item.kind]} – {item.where}{arrow}")
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from jaarplanner.model.evaluation import evaluate as evaluate_document
    from jaarplanner.model.evaluation import evaluation_text
    from jaarplanner.model.richtext import to_plain
    from jaarplanner.services.documents import load_document
    from jaarplanner.storage.database import open_database

    db = open_database(args.database, create=False)
    try:
        document = load_document(db, args.document)
    finally:
        db.close()
    print(to_plain(evaluation_text(evaluate_document(document))))
    return 0


def add_new_command(commands: argparse._SubParsersAction, database_option) -> None:
    """``jaarplanner new``: the parser of the command (registered from cli/main.py)."""
    new = commands.add_parser("new", help=_("make a new, empty document in a layout"))
    database_option(new, suppress=True)
    new.add_argument(
        "--organisation", required=True, metavar=_("NAME"), help=_("the organisation's name")
    )
    new.add_argument("--school-year", required=True, metavar="YYYY-YYYY", help=_("the school year"))
    new.add_argument(
        "--layout",
        required=True,
        metavar=_("LAYOUT"),
        help=_("themed-table, development-points, action-cards or a saved layout"),
    )
    new.add_argument("--title", default="", metavar=_("TITLE"), help=_("the document's title"))
    new.add_argument("--short-name", default="", metavar=_("NAME"), help=_("the short name"))
    new.add_argument("--sector", choices=["po", "vo"], default="vo", help=_("PO or VO"))
    new.add_argument(
        "--place",
        default="",
        metavar=_("PLACE"),
        help=_("a place or province, for the holiday region"),
    )


def new_document(args: argparse.Namespace) -> int:
    """Make the document and print its id (for scripts: ``id=$(jaarplanner new …)``)."""
    from jaarplanner.model.values import Region, Sector
    from jaarplanner.periods import SchoolYear
    from jaarplanner.services.new_document import NewDocument
    from jaarplanner.services.new_document import new_document as make
    from jaarplanner.services.regions import region_of_place
    from jaarplanner.storage.database import open_database

    year = str(SchoolYear.parse(args.school_year))  # before the database is touched
    region = region_of_place(args.place) if args.place else Region.NORTH
    db = open_database(args.database)
    try:
        request = NewDocument(
            organisation=args.organisation,
            school_year=year,
            layout=args.layout,
            title=args.title,
            short_name=args.short_name,
            sector=Sector(args.sector),
            region=region,
        )
        print(make(db, request).result)
    finally:
        db.close()
    return 0


def compare(args: argparse.Namespace) -> int:
    """Write the comparison of two documents or versions as a PDF (issue 21)."""
    from jaarplanner.errors import UserError
    from jaarplanner.exporters.pdf.compare import summary, write_comparison_pdf
    from jaarplanner.exporters.whole import write_whole
    from jaarplanner.services.compare import Source, compare_sources
    from jaarplanner.storage.database import open_database

    def source(value: str) -> Source:
        value = value.strip().lower()
        number = value.removeprefix("v")
        if not number.isdigit():
            raise UserError(
                _("'{value}' is neither a document's number nor a version (v12).").format(
                    value=value
                )
            )
        if value.startswith("v"):
            return Source(version_id=int(number))
        return Source(document_id=int(number))

    old, new = source(args.document), source(args.other)
    db = open_database(args.database, create=False)
    try:
        found = compare_sources(db, old, new)
    finally:
        db.close()
    target = Path(args.output)
    if not target.parent.is_dir():
        raise UserError(_("The folder '{folder}' does not exist.").format(folder=target.parent))
    # the same whole-or-nothing writer as every export: a partial file of its own making
    # (never a planted name), no device or folder replaced
    write_whole(
        target,
        lambda partial: write_comparison_pdf(
            found.comparison, found.old, found.new, partial, args.fold
        ),
    )
    print(summary(found.comparison))
    return 0
