"""A plan document as plain data: what importers build and exporters read.

Ids are ``None`` for data that is not stored yet. Numbers (``number``) are filled in by
``jaarplanner.model.numbering`` from the order of things, never typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.values import DocumentState, Field, Region, RowStatus, Sector, StepAction


@dataclass
class OrganisationData:
    name: str
    short_name: str = ""
    sector: Sector = Sector.VO
    region: Region = Region.NORTH
    id: int | None = None
    logo: bytes | None = field(default=None, repr=False)  # PNG or SVG, printed in the PDF
    header_text: str = ""
    footer_text: str = ""


@dataclass
class KpiData:
    number: int
    text: str = ""
    plan_period: str = ""
    id: int | None = None
    version: int | None = field(default=None, repr=False, compare=False)  # as loaded


@dataclass
class RowData:
    fields: dict[Field, str] = field(default_factory=dict)
    continuation: bool = False
    status: RowStatus = RowStatus.PLANNED
    priority: bool = False
    amount_cents: int | None = None
    notes: str = ""
    kpis: list[int] = field(default_factory=list)
    id: int | None = None
    number: str | None = None
    continued_by: list[RowData] = field(default_factory=list)
    search_cache: str | None = field(default=None, repr=False, compare=False)
    version: int | None = field(default=None, repr=False, compare=False)  # as loaded

    def value(self, name: Field) -> str:
        return self.fields.get(name, "")


@dataclass
class ThemeData:
    title: str
    goal: str = ""
    reference: str = ""
    footnotes: str = ""
    rows: list[RowData] = field(default_factory=list)
    themes: list[ThemeData] = field(default_factory=list)
    id: int | None = None
    version: int | None = field(default=None, repr=False, compare=False)  # as loaded
    number: str | None = None
    label: str | None = None

    def walk(self) -> list[ThemeData]:
        """This theme and all themes below it, in document order."""
        found = [self]
        for child in self.themes:
            found.extend(child.walk())
        return found


@dataclass
class PartData:
    key: str
    title: str
    layout: ColumnLayout
    subtitle: str = ""
    themes: list[ThemeData] = field(default_factory=list)
    id: int | None = None

    def all_themes(self) -> list[ThemeData]:
        found: list[ThemeData] = []
        for theme in self.themes:
            found.extend(theme.walk())
        return found

    def all_rows(self) -> list[RowData]:
        return [row for theme in self.all_themes() for row in theme.rows]


@dataclass
class SectionData:
    title: str
    body: str = ""
    id: int | None = None
    version: int | None = field(default=None, repr=False, compare=False)  # as loaded


@dataclass
class StepData:
    body: str
    action: StepAction
    date: dt.date | None = None
    note: str = ""
    id: int | None = None
    version: int | None = field(default=None, repr=False, compare=False)  # as loaded


@dataclass
class MeetingData:
    date: dt.date | None = None
    date_text: str = ""
    time: str = ""
    location: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class MeetingSeriesData:
    body: str
    title: str = ""
    chair: str = ""
    day_time: str = ""
    location: str = ""
    meetings: list[MeetingData] = field(default_factory=list)


@dataclass
class DocumentData:
    organisation: OrganisationData
    school_year: str
    title: str
    layout: str
    subtitle: str = ""
    state: DocumentState = DocumentState.CONCEPT
    steps: list[StepData] = field(default_factory=list)
    sections: list[SectionData] = field(default_factory=list)
    parts: list[PartData] = field(default_factory=list)
    kpis: list[KpiData] = field(default_factory=list)
    meeting_series: list[MeetingSeriesData] = field(default_factory=list)
    id: int | None = None
    version: int | None = field(default=None, repr=False, compare=False)  # as loaded
    row_breaks: str = "long"  # PDF: split rows never, only long ones (a third of a page), always
