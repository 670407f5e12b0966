"""The search rule: words, betrokkene, month, KPI, status, priority."""

from __future__ import annotations

from jaarplanner.model.document import RowData
from jaarplanner.model.filtering import RowFilter, matches
from jaarplanner.model.values import Field, RowStatus

ROW = RowData(
    fields={
        Field.PERIOD: "nov 2024-feb &amp; mei 2025",
        Field.WHAT: "Netwerk <b>intern begeleiders</b>",
        Field.WHO: "Adviseur, scholen",
    },
    status=RowStatus.RUNNING,
    priority=True,
    kpis=[2, 5],
    number="3",
)


def test_words_in_any_field_and_the_number() -> None:
    assert matches(ROW, RowFilter(text="intern BEGELEIDERS"), "2024-2025")
    assert matches(ROW, RowFilter(text="3 netwerk"), "2024-2025")
    assert not matches(ROW, RowFilter(text="netwerk ouders"), "2024-2025")


def test_who_month_kpi_status_priority() -> None:
    year = "2024-2025"
    assert matches(ROW, RowFilter(who="advis"), year)
    assert not matches(ROW, RowFilter(who="directeur"), year)
    assert matches(ROW, RowFilter(month=1), year)  # january 2025 is inside nov-feb
    assert matches(ROW, RowFilter(month=5), year)
    assert not matches(ROW, RowFilter(month=3), year)
    assert matches(ROW, RowFilter(kpi=5), year) and not matches(ROW, RowFilter(kpi=1), year)
    assert matches(ROW, RowFilter(status=RowStatus.RUNNING), year)
    assert not matches(ROW, RowFilter(status=RowStatus.PLANNED), year)
    plain = RowData(fields={Field.WHAT: "x"})
    assert not matches(plain, RowFilter(priority_only=True), year)
    assert not RowFilter().active and RowFilter(month=3).active
