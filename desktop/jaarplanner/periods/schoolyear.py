"""A school year ``Y/Y+1``: 1 August Y up to and including 31 July Y+1."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jaarplanner.errors import UserError
from jaarplanner.i18n import _

_PATTERN = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$")


@dataclass(frozen=True, order=True)
class SchoolYear:
    first: int

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        """``"2024-2025"`` (also ``2024/2025``, ``2024-25``) to a school year."""
        match = _PATTERN.match(str(text))
        if match:
            first = int(match.group(1))
            second = int(match.group(2))
            if second < 100:
                second += first // 100 * 100
            if second == first + 1 and 1900 < first < 2200:
                return cls(first)
        raise UserError(
            _("'{text}' is not a school year; write it as 2024-2025.").format(text=text)
        )

    @classmethod
    def containing(cls, day: dt.date) -> SchoolYear:
        return cls(day.year if day.month >= 8 else day.year - 1)

    @property
    def start(self) -> dt.date:
        return dt.date(self.first, 8, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.first + 1, 7, 31)

    def next(self, years: int = 1) -> SchoolYear:
        return SchoolYear(self.first + years)

    def year_of_month(self, month: int) -> int:
        """The calendar year of ``month`` inside this school year (Aug-Dec Y, Jan-Jul Y+1)."""
        return self.first if month >= 8 else self.first + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.first}-{self.first + 1}"
