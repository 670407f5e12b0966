"""Cell values as offices leave them, turned into the texts Jaarplanner reads: real Excel
dates as Dutch dates, whole numbers without ``.0``, a formula guard (``'=…``) taken off, and
bare day numbers under a month heading (``4``, ``4-15``, ``6 en 7``) given their month."""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from jaarplanner.periods.vocabulary import month_names

GUARDED = re.compile(r"^'(?=[=+\-@\t\r])")
WEEKDAY = r"(?:ma|di|wo|do|vr|za|zo)[a-z]*\.?"
_MONTH_NAMES = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def dutch_date(day: dt.date) -> str:
    """``28 augustus 2023``: how a secretary writes a date, and what the period language
    reads."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def dutch_date_range(start: dt.date, end: dt.date) -> str:
    """``28 augustus – 1 september 2023``; one date when both are the same day."""
    if end <= start:
        return dutch_date(start)
    if start.year == end.year:
        if start.month == end.month:
            return f"{start.day} – {dutch_date(end)}"
        return f"{start.day} {_MONTH_NAMES[start.month - 1]} – {dutch_date(end)}"
    return f"{dutch_date(start)} – {dutch_date(end)}"


def value_text(value: object) -> str:
    """A cell's value as plain text (not yet markup)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        text = dutch_date(value.date())
        if value.time() != dt.time(0, 0):
            text += f" {value.hour}.{value.minute:02d}u"
        return text
    if isinstance(value, dt.date):
        return dutch_date(value)
    if isinstance(value, dt.time):
        return f"{value.hour}.{value.minute:02d}"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return str(value).replace(".", ",")
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return GUARDED.sub("", text.strip())


def cell_markup(value: object) -> str:
    """A cell as rich text: escaped, lines joined with ``<br>``."""
    lines = [escape(line.strip(), quote=False) for line in value_text(value).split("\n")]
    return "<br>".join(line for line in lines if line)


def real_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


_HEADING = re.compile(
    r"^\s*(?:maand\s*:?\s*)?([a-z]{3,10})\.?\s*(?:'?(\d{2}|\d{4}))?\s*(?:\(.*\))?\s*$",
    re.IGNORECASE,
)


def month_heading(text: str) -> tuple[int, int | None] | None:
    """``SEPTEMBER 2021``, ``Oktober``, ``sept. '23`` → (month, year or None)."""
    match = _HEADING.match(text)
    if not match:
        return None
    month = month_names().get(match.group(1).lower())
    if month is None:
        return None
    year = match.group(2)
    if year is None:
        return month, None
    return month, int(year) if len(year) == 4 else 2000 + int(year)


_DAY = rf"(?:{WEEKDAY}\s*)?(\d{{1,2}})(?:\s*\({WEEKDAY}\))?"
_SINGLE = re.compile(rf"^\s*{_DAY}\s*$", re.IGNORECASE)
_RANGE = re.compile(rf"^\s*{_DAY}\s*(?:-|–|t/m|tot en met|tm)\s*{_DAY}\s*$", re.IGNORECASE)
_LIST = re.compile(rf"^\s*{_DAY}(?:\s*(?:,|&|\+|en)\s*{_DAY})+\s*$", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,2}")


def _name(month: int, year: int | None) -> str:
    name = _MONTH_NAMES[month - 1]
    return f"{name} {year}" if year else name


def with_month(text: str, month: int, year: int | None) -> str | None:
    """A bare day, day range or list of days, completed with the month heading above it:
    ``4`` → ``4 september 2021``, ``29-3`` → ``29 september – 3 oktober 2021``; None when the
    text is something else."""
    plain = text.strip()
    if not plain or not any(c.isdigit() for c in plain) or re.search(r"\d{3}|:|/\d", plain):
        return None
    if re.search(
        r"[a-z]",
        re.sub(
            rf"\b{WEEKDAY}|\ben\b|\bt/m\b|\btot en met\b|\btm\b", "", plain, flags=re.IGNORECASE
        ),
        re.IGNORECASE,
    ):
        return None
    days = [int(n) for n in _NUMBER.findall(plain)]
    if any(not 1 <= d <= 31 for d in days):
        return None
    if _SINGLE.match(plain):
        return f"{days[0]} {_name(month, year)}"
    if _RANGE.match(plain) and len(days) == 2:
        first, last = days
        if last == month and "-" in plain and not re.search(r"[a-z]", plain, re.IGNORECASE):
            return f"{first} {_name(month, year)}"  # 4-9 under September is a date, dd-mm
        if last >= first:
            return f"{first} – {last} {_name(month, year)}"
        following = month % 12 + 1
        next_year = year + 1 if year and following == 1 else year
        if following == 1 and year:
            return f"{first} {_name(month, year)} – {last} {_name(following, next_year)}"
        return f"{first} {_MONTH_NAMES[month - 1]} – {last} {_name(following, next_year)}"
    if _LIST.match(plain):
        return " en ".join(str(d) for d in days[:-1]) + f" en {days[-1]} {_name(month, year)}"
    return None
