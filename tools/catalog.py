"""Extract every translatable string and merge it into the catalogs.

    .venv/bin/python tools/catalog.py          # update translations/*.po from the code
    .venv/bin/python tools/catalog.py --check  # exit 1 when a catalog is behind the code

New strings arrive in ``nl`` untranslated; translate them before committing (the tests
fail on an untranslated or a fuzzy Dutch string).

Both the check and the update compare messages (id, context, translation, fuzzy), never
the header: a new Babel writes another ``Generated-By`` line and other dates, which says
nothing about whether the catalog is current. A catalog whose messages did not change is
not rewritten at all, and an updated one keeps its header as it was (fewer merge conflicts).
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


Messages = list[tuple[object, ...]]


def messages(catalog: Catalog) -> Messages:
    """What a catalog says: every message with its translation, whether it is fuzzy and
    the translators' note, in a stable order; the header (generator, dates) is left out."""
    found = [
        (message.context, message.id, message.string, message.fuzzy, message.auto_comments)
        for message in catalog
        if message.id
    ]
    return sorted(found, key=repr)


def main(argv: list[str]) -> int:
    template = extract()
    stale = []
    for language in LANGUAGES:
        catalog = updated(language, template)
        path = po_path(language)
        current = path.exists() and messages(load(language)) == messages(catalog)
        if current:
            continue
        if "--check" in argv:
            stale.append(language)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        text = render(catalog)
        if path.exists():  # the header as it was: no merge conflicts over dates or versions
            old_header = path.read_bytes().split(b"\n\n", 1)[0]
            text = old_header + b"\n\n" + text.split(b"\n\n", 1)[1]
        path.write_bytes(text)
    if stale:
        print("catalogs behind the code: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
