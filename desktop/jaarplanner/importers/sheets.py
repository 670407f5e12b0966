"""The tables of a workbook or CSV file into one document: each table a part, title lines as
the document's title, organisation and school year, notes and legend sheets passed over (and
named), the school year taken from the dates when no title says it."""

from __future__ import annotations

import re
from collections import Counter

from jaarplanner.i18n import _
from jaarplanner.importers.recognise import school_year_in
from jaarplanner.importers.report import ImportReport
from jaarplanner.importers.seeds.common import organisation
from jaarplanner.importers.sheet_rows import Grid
from jaarplanner.importers.sheet_table import TableResult, read_table
from jaarplanner.importers.sniff import ImportFileError
from jaarplanner.importers.tables import Mapping
from jaarplanner.model.document import DocumentData, PartData
from jaarplanner.model.layout import DocumentLayout

FALLBACK_YEAR = "2024-2025"
_TITLE_WORDS = re.compile(
    r"^\s*(jaarkalender\s*&\s*jaarplan|jaarplanning|jaarkalender|jaaragenda|jaarplan|"
    r"activiteitenplanning|activiteitenkalender|schoolkalender|kalender|planning|agenda)"
    r"(\s+(van|voor))?\s*[:\-–]?\s*",
    re.IGNORECASE,
)


def _layouts() -> list[DocumentLayout]:
    from jaarplanner.importers.layouts import all_layouts

    return all_layouts()


def document_name(title: str) -> str:
    """The organisation in a title: ``Jaaragenda 2023-2024 OBS De Regenboog`` → ``OBS De
    Regenboog``."""
    name = _TITLE_WORDS.sub("", title).strip()
    name = re.sub(r"\b(schooljaar\s+)?20\d\d\s*[-–/]\s*(20)?\d\d\b", "", name)
    return " ".join(name.strip(" -–:,").split()) or title


def school_year(texts: list[str], votes: Counter[str], report: ImportReport) -> str:
    """From the title lines first, then the dates in the tables; assumed only when nothing in
    the file tells (and then the report says so)."""
    for text in texts:
        found = school_year_in(text)
        if found:
            return found
    if votes:
        return votes.most_common(1)[0][0]
    report.note("", _("No school year found; {year} was assumed.").format(year=FALLBACK_YEAR))
    return FALLBACK_YEAR


def build_from_grids(
    grids: list[Grid],
    fallback_title: str,
    report: ImportReport,
    mapping: Mapping | None,
    ours: bool = False,
) -> DocumentData:
    """``ours``: the file is our own export (it carries *Over dit document*)."""
    layouts = _layouts()
    results: list[TableResult] = []
    for grid in grids:
        found = read_table(grid, layouts, mapping, report, ours)
        if found is None:
            if len(grids) > 1 or any(c for r in grid.cells for c in r):
                report.note(grid.name, _("holds no table and was skipped (notes or a legend)"))
            continue
        results.extend(found)
    if not results:
        raise ImportFileError(
            _(
                "No table with rows was found in '{name}'. A table needs a row of column "
                "names (such as Datum and Activiteit) with rows under it."
            ).format(name=fallback_title)
        )
    titles = [line for r in results for line in r.title_lines]
    title = titles[0] if titles else fallback_title
    votes: Counter[str] = Counter()
    for result in results:
        votes.update(result.years)
    year = school_year(titles, votes, report)
    parts = _parts(results)
    known = next((r.layout for r in results if r.layout is not None), None)
    everything = " ".join([title, *titles, *(p.title for p in parts)])
    return DocumentData(
        organisation=organisation(document_name(title), everything[:4000]),
        school_year=year,
        title=title,
        subtitle=" ".join(titles[1:2]),
        layout=known.name if known else "eigen-indeling",
        parts=parts,
    )


def _parts(results: list[TableResult]) -> list[PartData]:
    """Parts of a known layout take its part keys in order (a *Deel* column or one sheet per
    part); titles stay unique."""
    parts: list[PartData] = []
    used: dict[str, int] = {}
    for result in results:
        part = result.part
        layout = result.layout
        if layout is not None:
            keys = [k for k, p in layout.parts.items() if p.fields == part.layout.fields]
            taken = sum(1 for p in parts if p.key in keys)
            if taken < len(keys):
                part.key = keys[taken]
                part.layout = layout.parts[part.key]
        used[part.title] = used.get(part.title, 0) + 1
        if used[part.title] > 1:
            part.title = f"{part.title} ({used[part.title]})"
        parts.append(part)
    return parts
