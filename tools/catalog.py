"""Extract every translatable string and merge it into the catalogs.

    .venv/bin/python tools/catalog.py          # update translations/*.po from the code
    .venv/bin/python tools/catalog.py --check  # exit 1 when a catalog is behind the code

New strings arrive in ``nl`` untranslated; translate them before committing (the tests
fail on an untranslated or a fuzzy Dutch string).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop" / "jaarplanner"
TRANSLATIONS = ROOT / "translations"
DOMAIN = "jaarplanner"
LANGUAGES = ("nl", "en")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    template = Catalog(project="Jaarplanner", domain=DOMAIN, charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(SOURCE),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        template.add(
            message,
            None,
            [(f"desktop/jaarplanner/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    return template


def po_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, project="Jaarplanner")
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def render(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=100,
        omit_header=False,
        sort_output=True,
        no_location=True,
        ignore_obsolete=True,
        include_previous=False,
    )
    return buffer.getvalue()


def updated(language: str, template: Catalog) -> Catalog:
    catalog = load(language)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.revision_date = catalog.creation_date
    catalog.fuzzy = False
    catalog.project = "Jaarplanner"
    catalog.copyright_holder = "Jaarplanner-ontwikkelaars"
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "Jaarplanner-ontwikkelaars"
    catalog.language_team = language
    return catalog


def main(argv: list[str]) -> int:
    template = extract()
    stale = []
    for language in LANGUAGES:
        text = render(updated(language, template))
        path = po_path(language)
        if "--check" in argv:
            if not path.exists() or _body(path.read_bytes()) != _body(text):
                stale.append(language)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
    if stale:
        print("catalogs behind the code: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


def _body(data: bytes) -> bytes:
    """The catalog without its header dates."""
    return b"\n".join(line for line in data.splitlines() if b"-Date:" not in line)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
