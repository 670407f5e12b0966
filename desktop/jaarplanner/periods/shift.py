"""``shift_period_text``: the same text for another school year, in the writer's own words.

Years move (``oktober 2024`` → ``oktober 2025``, ``schooljaar 2024-2025`` →
``schooljaar 2025-2026``, ``9 dec 24`` → ``9 dec 25``); a weekday in front of a date is left
out, because it would be wrong a year on; everything else stays as it was written.
"""

from __future__ import annotations

import re
from functools import cache

from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.periods.vocabulary import month_names, weekday_names


@cache
def _pattern() -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in month_names()), key=len, reverse=True))
    weekdays = "|".join(sorted((re.escape(d) for d in weekday_names()), key=len, reverse=True))
    return re.compile(
        r"(?P<pair>(?<!\d)(?P<p1>\d{4})(?P<psep>\s*[-/]\s*)(?P<p2>\d{4}|\d{2})(?!\d))"
        r"|(?P<date>(?<!\d)(?P<dm>\d{1,2}[-/]\d{1,2}[-/])(?P<dy>\d{4}|\d{2})(?!\d))"
        r"|(?P<year>(?<![\d'])(?P<yq>'?)(?P<y4>\d{4})(?!\d))"
        r"|(?P<short>(?<![\w])(?P<mon>(?:" + months + r")\.?\s+)'?(?P<y2>\d{2})(?![\d\w]))"
        r"|(?P<quoted>'(?P<yq2>\d{2})(?!\d))"
        r"|(?P<weekday>\b(?:" + weekdays + r")\.?\s+(?=\d{1,2}(?:\s*[^\W\d_]|[-/]\d)))",
        re.IGNORECASE,
    )


def _plus(text: str, years: int) -> str:
    value = int(text) + years
    return f"{value % 100:02d}" if len(text) == 2 else str(value)


def shift_period_text(text: str, from_year: SchoolYear | str, to_year: SchoolYear | str) -> str:
    """``text`` written for ``from_year``, moved to ``to_year``."""
    source = from_year if isinstance(from_year, SchoolYear) else SchoolYear.parse(from_year)
    target = to_year if isinstance(to_year, SchoolYear) else SchoolYear.parse(to_year)
    years = target.first - source.first
    if not years or not text:
        return text

    def replace(match: re.Match[str]) -> str:
        if match.group("pair"):
            first, second = match.group("p1"), match.group("p2")
            return _plus(first, years) + match.group("psep") + _plus(second, years)
        if match.group("date"):
            return match.group("dm") + _plus(match.group("dy"), years)
        if match.group("year"):
            return match.group("yq") + _plus(match.group("y4"), years)
        if match.group("short"):
            whole = match.group("short")
            digits = match.group("y2")
            return whole[: -len(digits)] + _plus(digits, years)
        if match.group("quoted"):
            return "'" + _plus(match.group("yq2"), years)
        return ""  # a weekday before a date

    return _pattern().sub(replace, text)
