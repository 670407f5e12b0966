"""The official school holidays per region, shipped as defaults in
``resources/holidays/schoolvakanties.csv`` (each checked against three or more sources)."""

from __future__ import annotations

import csv
import datetime as dt
from functools import cache

from jaarplanner.holidays.public import Holiday, public_holidays
from jaarplanner.i18n import N_, _
from jaarplanner.model.values import Region
from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.resources import resources_dir

_NAMES = {
    "herfstvakantie": N_("Autumn holiday"),
    "kerstvakantie": N_("Christmas holiday"),
    "voorjaarsvakantie": N_("Spring holiday"),
    "meivakantie": N_("May holiday"),
    "zomervakantie": N_("Summer holiday"),
}
_ADVICE = {"herfstvakantie", "voorjaarsvakantie"}


@cache
def _rows() -> tuple[tuple[str, str, str, dt.date, dt.date], ...]:
    path = resources_dir() / "holidays" / "schoolvakanties.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            (
                row["schooljaar"],
                row["vakantie"],
                row["regio"],
                dt.date.fromisoformat(row["start"]),
                dt.date.fromisoformat(row["end"]),
            )
            for row in csv.DictReader(handle)
        )


def known_school_years() -> list[str]:
    return sorted({row[0] for row in _rows()})


def school_holidays(year: SchoolYear, region: Region) -> list[Holiday]:
    """The school holidays of ``region`` that touch ``year`` (also the summer before it)."""
    found = []
    for _school_year, name, where, start, end in _rows():
        if where == region.value and end >= year.start and start <= year.end:
            label = _(_NAMES[name]) if name in _NAMES else name
            found.append(Holiday(label, start, end, "school", advice=name in _ADVICE))
    return sorted(found, key=lambda h: h.start)


def holidays_in(
    year: SchoolYear, region: Region, school: list[Holiday] | None = None
) -> list[Holiday]:
    """School holidays of the region (``school`` when the office set its own) and the public
    holidays of ``year``, by date."""
    public = [
        h
        for y in (year.first, year.first + 1)
        for h in public_holidays(y)
        if h.end >= year.start and h.start <= year.end
    ]
    own = school_holidays(year, region) if school is None else school
    return sorted(own + public, key=lambda h: h.start)
