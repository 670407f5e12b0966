"""The dates a dragged bar gets."""

from __future__ import annotations

import datetime as dt

from jaarplanner.ui.calendar_drag import dragged_span

OCTOBER = (dt.date(2024, 10, 1), dt.date(2024, 10, 31))


def test_moving_by_months_keeps_whole_months_across_the_new_year() -> None:
    assert dragged_span("move", OCTOBER, 92, by_day=False) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 1, 31),
    )
    assert dragged_span("move", OCTOBER, -40, by_day=False) == (
        dt.date(2024, 9, 1),
        dt.date(2024, 9, 30),
    )


def test_a_small_drag_snaps_back_to_the_same_month() -> None:
    assert dragged_span("move", OCTOBER, 12, by_day=False) == OCTOBER


def test_an_end_never_passes_the_other_end() -> None:
    assert dragged_span("end", OCTOBER, -200, by_day=False) == OCTOBER
    assert dragged_span("start", OCTOBER, 90, by_day=False) == (
        dt.date(2024, 10, 1),
        dt.date(2024, 10, 31),
    )
    assert dragged_span("end", OCTOBER, -45, by_day=True) == (
        dt.date(2024, 10, 1),
        dt.date(2024, 10, 1),
    )


def test_shift_moves_by_days() -> None:
    assert dragged_span("start", OCTOBER, -3, by_day=True) == (
        dt.date(2024, 9, 28),
        dt.date(2024, 10, 31),
    )
    assert dragged_span("end", (dt.date(2024, 11, 1), dt.date(2025, 2, 28)), 30, by_day=False) == (
        dt.date(2024, 11, 1),
        dt.date(2025, 3, 31),
    )


def test_a_dragged_period_keeps_the_offices_style() -> None:
    from jaarplanner.ui.calendar_drag import in_the_same_style

    assert in_the_same_style("oktober 2026", "dec 2026") == "december 2026"
    assert in_the_same_style("september-oktober 2026", "nov 2026-dec 2026") == (
        "november 2026-december 2026"
    )
    assert in_the_same_style("okt 2026", "dec 2026") == "dec 2026"  # short stays short
