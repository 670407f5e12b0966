"""The search rule: words, betrokkene, month, KPI, status, priority."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jaarplanner.model.document import RowData
from jaarplanner.model.filtering import RowFilter, SearchIndex, matches, select
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


WORDS = ["plan", "overleg", "17-3", "ib", "intern", "&amp;", "café", "okt"]


@st.composite
def _rows(draw: st.DrawFn) -> list[RowData]:
    found = []
    for number in range(draw(st.integers(0, 30))):
        text = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=5)))
        if draw(st.booleans()):
            text = f"<p><b>{text}</b></p><ul><li>{draw(st.sampled_from(WORDS))}</li></ul>"
        found.append(
            RowData(
                fields={Field.WHAT: text, Field.WHO: draw(st.sampled_from(["", "ib", "Plan"]))},
                priority=draw(st.booleans()),
                number=str(number + 1),
            )
        )
    return found


@settings(max_examples=200, deadline=None)
@given(
    rows=_rows(),
    text=st.lists(st.sampled_from([*WORDS, "1", "pla", "xyz"]), max_size=3).map(" ".join),
    priority=st.booleans(),
)
def test_the_index_selects_what_the_rule_matches(
    rows: list[RowData], text: str, priority: bool
) -> None:
    rule = RowFilter(text=text, priority_only=priority)
    expected = [row for row in rows if matches(row, rule, "2024-2025")]
    assert select(SearchIndex(rows), rule, "2024-2025") == expected
