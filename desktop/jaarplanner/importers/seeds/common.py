"""What the seed readers share: the document's frame (organisation, school year), the KPI
list, and rows collected as raw cells before conversion."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jaarplanner.i18n import _
from jaarplanner.importers.recognise import (
    kpi_references,
    region_of,
    school_year_in,
    sector_of,
)
from jaarplanner.importers.report import ImportReport
from jaarplanner.importers.seeds.cells import seed_cell
from jaarplanner.model.document import KpiData, OrganisationData, RowData
from jaarplanner.model.values import Field, Region

KPI_LINE = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")


def organisation(name: str, context: str) -> OrganisationData:
    name = " ".join(name.split())
    region = region_of(name) or region_of(context) or Region.NORTH
    return OrganisationData(
        name=name, short_name=_short_name(name), sector=sector_of(name), region=region
    )


def _short_name(name: str) -> str:
    if name.upper().startswith("SWV"):
        return name
    return "SWV " + re.sub(r"^(samenwerkingsverband)\s+", "", name, flags=re.IGNORECASE)


def kpi_period(text: str) -> str:
    """The ondersteuningsplan period of a KPI list (``2023-2027``), from the text near it."""
    spans = re.findall(r"(20\d\d)\s*[-–]\s*(20\d\d)", text)
    for first, last in reversed(spans):
        if 2 <= int(last) - int(first) <= 6:
            return f"{first}-{last}"
    return ""


def kpi_list(lines: list[str], period: str) -> list[KpiData]:
    kpis = []
    for line in lines:
        match = KPI_LINE.match(line)
        if match:
            kpis.append(KpiData(int(match.group(1)), seed_cell(match.group(2)), period))
    return kpis


def missing_kpis(
    kpis: list[KpiData], wanted: set[int], period: str, report: ImportReport
) -> list[KpiData]:
    """KPIs rows refer to that the document does not list: kept as empty, numbered KPIs."""
    have = {k.number for k in kpis}
    missing = sorted(wanted - have)
    if missing:
        report.note(
            "",
            _(
                "The rows refer to KPI {numbers}, which the document does not list; "
                "they were added without text."
            ).format(numbers=", ".join(str(n) for n in missing)),
        )
    return kpis + [KpiData(n, "", period) for n in missing]


@dataclass
class RawRow:
    """A row as cells of seed markup, so that a row split by a page break can be joined."""

    cells: dict[Field, str] = field(default_factory=dict)
    continuation: bool = False
    where: str = ""

    def extend(self, more: dict[Field, str]) -> None:
        for name, text in more.items():
            if text.strip():
                joined = (self.cells.get(name, "").rstrip() + " " + text.strip()).strip()
                self.cells[name] = joined

    def to_row(self) -> RowData:
        fields = {name: seed_cell(text) for name, text in self.cells.items() if text.strip()}
        fields = {name: value for name, value in fields.items() if value}
        words = " ".join(self.cells.values())
        return RowData(fields=fields, continuation=self.continuation, kpis=kpi_references(words))


def school_year(text: str, report: ImportReport) -> str:
    year = school_year_in(text)
    if year is None:
        report.note("", _("No school year found; 2024-2025 was assumed."))
        return "2024-2025"
    return year
