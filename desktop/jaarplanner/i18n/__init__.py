"""Translation: every text a user reads goes through ``_``.

Message ids are English; the Dutch catalog in ``translations/nl`` is the interface language
by default. Catalogs are compiled from their ``.po`` file when no current ``.mo`` exists.
"""

from __future__ import annotations

import gettext as _gettext
import os
from pathlib import Path

DOMAIN = "jaarplanner"
DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

_translation: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def _(message: str) -> str:
    """Translate ``message`` into the current interface language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it yet."""
    return message


def current_language() -> str:
    return _language


def translations_dir() -> Path:
    from jaarplanner.resources import translations_dir as located

    return located()


def _compiled_catalog(language: str) -> Path | None:
    po = translations_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        return mo
    if not po.exists():
        return None
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    target = mo
    if not os.access(po.parent, os.W_OK):
        from platformdirs import user_cache_path

        target = user_cache_path("Jaarplanner", appauthor=False) / "locale" / language / mo.name
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with tmp.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    tmp.replace(target)
    return target


def install(language: str | None = None) -> str:
    """Use ``language`` (``nl`` or ``en``) for every later ``_`` call; returns the language."""
    global _translation, _language
    language = language or os.environ.get("JAARPLANNER_LANGUAGE") or DEFAULT_LANGUAGE
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    mo = _compiled_catalog(language) if language != "en" else None
    if mo is not None:
        with mo.open("rb") as handle:
            _translation = _gettext.GNUTranslations(handle)
    else:
        _translation = _gettext.NullTranslations()
    _language = language
    return language


def babel_locale() -> str:
    """The Babel locale for dates, numbers and money: always Dutch conventions."""
    return "nl_NL"
