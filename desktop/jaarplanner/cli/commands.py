"""What each sub-command does. Heavy imports stay inside the functions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jaarplanner.i18n import _


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


def export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from jaarplanner.errors import UserError
    from jaarplanner.exporters.csv_export import write_csv
    from jaarplanner.exporters.docx_export import write_docx
    from jaarplanner.exporters.ics_export import IcsChoice, write_ics
    from jaarplanner.exporters.pdf import export_calendar_pdf, export_pdf
    from jaarplanner.exporters.xlsx_export import write_xlsx
    from jaarplanner.periods import SchoolYear
    from jaarplanner.services.documents import list_documents, load_document
    from jaarplanner.services.holidays import holidays_for
    from jaarplanner.storage.database import open_database

    db = open_database(args.database, create=False)
    try:
        documents = list_documents(db)
        if not documents:
            raise UserError(_("The database holds no documents to export."))
        ident = args.document or max(documents, key=lambda d: (d.school_year, d.id)).id
        document = load_document(db, ident)
        holidays = None
        if args.format == "calendar-pdf":
            year = SchoolYear.parse(document.school_year)
            holidays = holidays_for(db, year, document.organisation.region)
    finally:
        db.close()
    if args.part and not any(args.part in (p.key, p.title) for p in document.parts):
        raise UserError(
            _("The document has no part '{part}'; it has: {parts}.").format(
                part=args.part, parts=", ".join(p.title for p in document.parts)
            )
        )
    target = Path(args.output)
    if target.parent and not target.parent.is_dir():
        raise UserError(_("The folder '{folder}' does not exist.").format(folder=target.parent))
    partial = target.with_name(f".{target.name}.deel")
    try:
        if args.format == "calendar-pdf":
            export_calendar_pdf(document, partial, part_key=args.part, holidays=holidays)
        elif args.format == "docx":
            write_docx(document, partial, part_key=args.part)
        elif args.format == "xlsx":
            write_xlsx(document, partial, part_key=args.part)
        elif args.format == "csv":
            write_csv(document, partial, part_key=args.part)
        elif args.format == "ics":
            words = args.include.split(",")
            choice = IcsChoice("rows" in words, "deadlines" in words, "meetings" in words)
            write_ics(document, partial, part_key=args.part, choice=choice)
        else:
            export_pdf(document, partial, part_key=args.part)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(
            _("'{name}' cannot be written: {reason}").format(
                name=target.name, reason=error.strerror or error
            )
        ) from error
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
