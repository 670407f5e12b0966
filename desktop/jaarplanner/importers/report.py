"""What an import brought in, and what it could not understand (with where it was)."""

from __future__ import annotations

from dataclasses import dataclass, field

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData, RowData


@dataclass(frozen=True)
class Remark:
    where: str  # "regel 12", "tabel 3, rij 4, kolom 2"
    text: str
    row: RowData | None = field(default=None, compare=False)  # the row it is about

    def __str__(self) -> str:
        return f"{self.where}: {self.text}" if self.where else self.text


@dataclass
class ImportReport:
    source: str
    remarks: list[Remark] = field(default_factory=list)
    # per table read by its header words: (header, what it became: a field, period-start,
    # period-end, or "" for kept in the notes), for the program to show and correct
    guessed: list[list[tuple[str, str]]] = field(default_factory=list)

    def note(self, where: str, text: str, row: RowData | None = None) -> None:
        self.remarks.append(Remark(where, text, row))

    def summary(self, document: DocumentData) -> list[str]:
        """Dutch lines for people: what came in, then every remark."""
        parts = len(document.parts)
        themes = sum(len(p.all_themes()) for p in document.parts)
        rows = sum(len(p.all_rows()) for p in document.parts)
        lines = [
            _("{source}: '{title}' ({year})").format(
                source=self.source, title=document.title, year=document.school_year
            ),
            "  "
            + ", ".join(
                [
                    ngettext("{n} part", "{n} parts", parts).format(n=parts),
                    ngettext("{n} theme", "{n} themes", themes).format(n=themes),
                    ngettext("{n} row", "{n} rows", rows).format(n=rows),
                    ngettext(
                        "{n} text section", "{n} text sections", len(document.sections)
                    ).format(n=len(document.sections)),
                    ngettext("{n} KPI", "{n} KPIs", len(document.kpis)).format(
                        n=len(document.kpis)
                    ),
                    ngettext(
                        "{n} meeting series", "{n} meeting series", len(document.meeting_series)
                    ).format(n=len(document.meeting_series)),
                ]
            ),
        ]
        if self.remarks:
            lines.append("  " + _("Not (fully) understood:"))
            lines.extend(f"    {remark}" for remark in self.remarks)
        return lines


@dataclass
class ImportResult:
    document: DocumentData
    report: ImportReport
