"""``jaarplanner``: start the program, or run one sub-command.

Exit codes: 0 when all went well; 1 for a user's error (one Dutch line on stderr, no
traceback) or an unexpected one (the details in the log, ``logboek/`` in the data folder);
2 for wrong usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from jaarplanner import i18n
from jaarplanner.errors import DamagedDatabaseError, UnfinishedDatabaseError, UserError
from jaarplanner.i18n import _
from jaarplanner.version import APP_NAME, __version__

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, _("jaarplanner: wrong use: {message}").format(message=message) + "\n")


def _ics_choice(text: str) -> str:
    words = {word.strip() for word in text.split(",") if word.strip()}
    if not words or words - {"rows", "deadlines", "meetings"}:
        raise argparse.ArgumentTypeError(
            _("'{text}': choose from rows, deadlines and meetings").format(text=text)
        )
    return ",".join(sorted(words))


def _database_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--database",
        metavar="D",
        default=argparse.SUPPRESS if suppress else None,
        help=_(
            "the database: a file, or an SQLAlchemy address such as "
            "postgresql+psycopg://user@server/jaarplanner"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jaarplanner", description=_("Year calendar and year plan for a samenwerkingsverband.")
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _database_option(parser, suppress=False)
    parser.add_argument(
        "--demo", action="store_true", help=_("use a fresh copy of the example database")
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=_("check that this installation works (off screen) and exit with 0 or 1"),
    )
    commands = parser.add_subparsers(dest="command", metavar=_("command"), parser_class=_Parser)

    dump = commands.add_parser("dump", help=_("print the documents as JSON"))
    _database_option(dump, suppress=True)
    dump.add_argument("--document", type=int, metavar="ID", help=_("only this document"))

    check = commands.add_parser("check", help=_("check the database"))
    _database_option(check, suppress=True)
    check.add_argument(
        "--repair",
        action="store_true",
        help=_("repair column layouts that cannot be read (after a backup)"),
    )

    imports = commands.add_parser("import", help=_("bring documents in from files"))
    _database_option(imports, suppress=True)
    imports.add_argument("files", nargs="+", metavar=_("FILE"), help=_("the files to import"))
    imports.add_argument(
        "--organisation", metavar=_("NAME"), help=_("the organisation the documents belong to")
    )
    imports.add_argument(
        "--mapping",
        metavar=_("MAPPING"),
        help=_('which column holds what, e.g. "Wanneer=period; Wat=what"'),
    )
    imports.add_argument(
        "--sheet",
        metavar=_("SHEET"),
        help=_(
            "only this sheet of a workbook (its name or number); otherwise each sheet is a part"
        ),
    )
    imports.add_argument(
        "--save-layout", metavar=_("NAME"), help=_("keep the mapping as a layout with this name")
    )

    export = commands.add_parser("export", help=_("write a document to a file"))
    _database_option(export, suppress=True)
    export.add_argument(
        "--format",
        choices=["pdf", "calendar-pdf", "docx", "xlsx", "csv", "ics", "html"],
        default="pdf",
        help=_(
            "the file format: PDF, the calendar overview, Word, Excel, CSV, ics, or html "
            "(an accessible web page)"
        ),
    )
    export.add_argument(
        "--include",
        type=_ics_choice,
        default="rows,deadlines,meetings",
        metavar=_("WHAT"),
        help=_("for ics: which of rows, deadlines, meetings (separated by commas)"),
    )
    export.add_argument(
        "--document", type=int, metavar="ID", help=_("the document (without it: the newest)")
    )
    export.add_argument("--part", metavar=_("NAME"), help=_("only this part"))
    export.add_argument("--output", required=True, metavar=_("FILE"), help=_("the file to write"))

    new_year = commands.add_parser("new-year", help=_("make next school year's document"))
    _database_option(new_year, suppress=True)
    new_year.add_argument(
        "--document", type=int, required=True, metavar="ID", help=_("last year's document")
    )
    evaluation = commands.add_parser("evaluate", help=_("the evaluation of a year"))
    _database_option(evaluation, suppress=True)
    evaluation.add_argument(
        "--document", type=int, required=True, metavar="ID", help=_("the document to evaluate")
    )

    restore = commands.add_parser("restore", help=_("put a backup of the database back"))
    _database_option(restore, suppress=True)
    restore.add_argument("--list", action="store_true", help=_("only list the backups"))
    restore.add_argument(
        "--backup", metavar=_("FILE"), help=_("this backup (without it: the newest good one)")
    )

    from jaarplanner.cli.commands import add_new_command  # issue 17: jaarplanner new

    add_new_command(commands, _database_option)

    period = commands.add_parser("period", help=_("show what a period text means, as JSON"))
    period.add_argument("text", help=_("the period text, such as 'sept-dec 2024'"))
    period.add_argument(
        "--school-year",
        required=True,
        metavar="YYYY-YYYY",
        help=_("the school year the text is read in"),
    )
    period.add_argument(
        "--deadline", action="store_true", help=_("the text stands in a column of due dates")
    )
    _compare_parser(commands)  # issue 21
    return parser


def _compare_parser(commands: argparse._SubParsersAction) -> None:
    compare = commands.add_parser("compare", help=_("write what changed between two versions"))
    _database_option(compare, suppress=True)
    source = _("a document's number, or v and a version's number (v12)")
    compare.add_argument("--document", required=True, metavar="A", help=source)
    compare.add_argument("--with", dest="other", required=True, metavar="B", help=source)
    compare.add_argument("--output", required=True, metavar=_("FILE"), help=_("the PDF to write"))
    compare.add_argument("--fold", action="store_true", help=_("leave the unchanged rows out"))


def main(argv: Sequence[str] | None = None) -> int:
    i18n.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    from jaarplanner import logs

    logs.setup()
    try:
        return _run(args)
    except UserError as error:
        print(f"jaarplanner: {error}", file=sys.stderr)
        if isinstance(error, UnfinishedDatabaseError):
            print(_("Start Jaarplanner with this database to make it again."), file=sys.stderr)
        elif isinstance(error, DamagedDatabaseError):
            print(
                _("Put the newest good backup back with: {command}").format(
                    command=f'jaarplanner restore --database "{error.path}"'
                ),
                file=sys.stderr,
            )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except Exception:  # a bug of ours: the details in the log, one Dutch line here
        logging.getLogger("jaarplanner.cli").critical("unexpected error", exc_info=True)
        print(
            _(
                "jaarplanner: something went wrong that was not expected; the details are in {path}"
            ).format(path=logs.log_file()),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR


def _run(args: argparse.Namespace) -> int:
    from jaarplanner.cli import commands

    if args.selftest:
        from jaarplanner.ui.selftest import run_selftest

        return run_selftest()
    if getattr(args, "demo", False):
        from jaarplanner.demo import demo_copy

        args.database = str(demo_copy())

    handler = {
        None: commands.start_program,
        "dump": commands.dump,
        "check": commands.check,
        "period": commands.period,
        "import": commands.import_files,
        "export": commands.export,
        "new-year": commands.new_year,
        "new": commands.new_document,
        "evaluate": commands.evaluate,
        "restore": commands.restore,
        "compare": commands.compare,
    }[args.command]
    return handler(args)
