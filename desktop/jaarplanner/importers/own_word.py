"""Reading back the tables of our own Word export (it ends with *Over dit document*, see
``exporters.docx_export``): columns *KPI's*, *Aantekeningen*, *Status* and *Prioriteit* after
the layout's columns, a theme's goal under its title in the band, and a theme in a theme
numbered with the numbers above it (``2.1 Onderzoek``). Other offices' Word files never get
these rules."""

from __future__ import annotations

import re

from jaarplanner.exporters.about import FOOTNOTES_TO
from jaarplanner.i18n import _
from jaarplanner.importers.columns import KPIS, NOTES, PRIORITY, STATUS
from jaarplanner.importers.statuses import status_of
from jaarplanner.model.document import RowData, ThemeData
from jaarplanner.model.richtext import clean, to_plain
from jaarplanner.model.values import RowStatus

_BAND = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$")
_YES = {"ja", "yes", "x", "1", "✓"}


def _roles() -> dict[str, str]:
    """Header text → role, in English and in the language of the export."""
    names = {"KPIs": KPIS, "Notes": NOTES, "Status": STATUS, "Priority": PRIORITY}
    return names | {_(name): role for name, role in names.items()}


def own_extras(header: list[str]) -> dict[int, str]:
    """The trailing columns of our export that are no layout column: index → role."""
    roles = _roles()
    found: dict[int, str] = {}
    for index in range(len(header) - 1, 0, -1):
        role = roles.get(to_plain(header[index]).strip())
        if role is None or role in found.values():
            break
        found[index] = role
    return found


def fill_extras(row: RowData, cells: list[str], extras: dict[int, str]) -> None:
    """The row's KPIs, notes, status and priority from their own columns; without a *KPI's*
    column the row has none (our export writes it when any row has one)."""
    row.kpis = []
    for index, role in extras.items():
        text = to_plain(cells[index]).strip() if index < len(cells) else ""
        if role == KPIS:
            row.kpis = [int(n) for n in re.findall(r"\d+", text)]
        elif role == NOTES:
            row.notes = text
        elif role == STATUS:
            row.status = status_of(text) or RowStatus.PLANNED
        elif role == PRIORITY:
            row.priority = text.lower() in _YES | {_("yes").lower()}


def band(markup: str) -> tuple[str, str]:
    """A band cell's title (its first paragraph) and the theme's goal (the rest)."""
    if markup.startswith("<p>") and "</p>" in markup:
        end = markup.index("</p>")
        return to_plain(markup[3:end]).strip(), clean(markup[end + 4 :])
    return to_plain(markup).strip(), ""


def footnotes_label(plain: str) -> str | None:
    """The theme's title when ``plain`` is our export's line over a theme's footnotes (in
    English or in the language of the export), else None."""
    for template in {FOOTNOTES_TO, _(FOOTNOTES_TO)}:
        head, _sep, tail = template.partition("{theme}")
        text = plain.strip()
        if len(text) > len(head) + len(tail) and text.startswith(head) and text.endswith(tail):
            return text[len(head) : len(text) - len(tail)].strip()
    return None


def noted_theme(themes: list[ThemeData], title: str) -> ThemeData | None:
    """The theme of that title whose footnotes come next: the first without any yet (two
    themes may share a title; their footnotes follow in the themes' order)."""
    return next((t for t in themes if t.title == title and not t.footnotes), None)


def place_band(themes: list[ThemeData], title: str, goal: str) -> ThemeData:
    """The band's theme, added at its depth: ``2.1 Onderzoek`` in the last top theme."""
    match = _BAND.match(title)
    depth = match.group(1).count(".") if match else 0
    theme = ThemeData(title=match.group(2) if match else title, goal=goal)
    level = themes
    for _depth in range(depth):
        if not level:
            break
        level = level[-1].themes
    level.append(theme)
    return theme
