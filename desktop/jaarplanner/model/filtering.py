"""Which rows a search shows: words anywhere, a betrokkene, a month, a KPI, a status,
priority only. Pure, so the table and the tests use the same rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jaarplanner.model.document import RowData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus


@dataclass(frozen=True)
class RowFilter:
    text: str = ""
    who: str = ""
    month: int | None = None  # 1-12: the row's period touches this month
    kpi: int | None = None
    status: RowStatus | None = None
    priority_only: bool = False

    @property
    def active(self) -> bool:
        return bool(
            self.text.strip()
            or self.who.strip()
            or self.month
            or self.kpi
            or self.status
            or self.priority_only
        )

    def words(self) -> list[str]:
        return self.text.lower().split()


def _month_span(year: str, month: int) -> tuple[dt.date, dt.date]:
    from jaarplanner.periods import SchoolYear
    from jaarplanner.periods.period import month_span

    school_year = SchoolYear.parse(year)
    return month_span(school_year.year_of_month(month), month)


def matches(row: RowData, rule: RowFilter, school_year: str, deadline_column: bool = False) -> bool:
    if rule.priority_only and not row.priority:
        return False
    if rule.status is not None and row.status != rule.status:
        return False
    if rule.kpi is not None and rule.kpi not in row.kpis:
        return False
    if rule.who.strip() and rule.who.strip().lower() not in to_plain(row.value(Field.WHO)).lower():
        return False
    words = rule.words()
    if words:
        text = searchable_text(row)
        if not all(word in text for word in words):
            return False
    if rule.month:
        from jaarplanner.periods import parse_period

        start, end = _month_span(school_year, rule.month)
        period = parse_period(to_plain(row.value(Field.PERIOD)), school_year, deadline_column)
        if not any(s <= end and e >= start for s, e in period.spans):
            return False
    return True


def searchable_text(row: RowData) -> str:
    """The row's number and words in lower case, kept on the row after the first search."""
    cached = row.search_cache
    if cached is None:
        text = " ".join(to_plain(v) for v in row.fields.values()).lower()
        cached = f"{row.number} {text}" if row.number else text
        row.search_cache = cached
    return cached
