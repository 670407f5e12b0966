"""Dutch public holidays, computed for any year (the Easter-based ones included)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jaarplanner.i18n import N_, _


@dataclass(frozen=True)
class Holiday:
    name: str
    start: dt.date
    end: dt.date
    kind: str  # "school" or "public"
    advice: bool = False  # herfst and voorjaar dates are advice: a school may differ


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian; Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


_NAMES = {
    "new_year": N_("New Year's Day"),
    "good_friday": N_("Good Friday"),
    "easter": N_("Easter"),
    "kings_day": N_("King's Day"),
    "liberation": N_("Liberation Day"),
    "ascension": N_("Ascension Day"),
    "whitsun": N_("Whitsun"),
    "christmas": N_("Christmas"),
}


def public_holidays(year: int) -> list[Holiday]:
    sunday = easter(year)
    kings = dt.date(year, 4, 27)
    if kings.weekday() == 6:  # on a Sunday, King's Day is the day before
        kings -= dt.timedelta(days=1)
    days = [
        ("new_year", dt.date(year, 1, 1), dt.date(year, 1, 1)),
        ("good_friday", sunday - dt.timedelta(days=2), sunday - dt.timedelta(days=2)),
        ("easter", sunday, sunday + dt.timedelta(days=1)),
        ("kings_day", kings, kings),
        ("liberation", dt.date(year, 5, 5), dt.date(year, 5, 5)),
        ("ascension", sunday + dt.timedelta(days=39), sunday + dt.timedelta(days=39)),
        ("whitsun", sunday + dt.timedelta(days=49), sunday + dt.timedelta(days=50)),
        ("christmas", dt.date(year, 12, 25), dt.date(year, 12, 26)),
    ]
    return [Holiday(_(_NAMES[key]), start, end, "public") for key, start, end in days]
