"""The period language: what a *Periode (wanneer)* text means, and writing it back.

Pure: no Qt, no files, no database. See ``shared/design/periods.md``.
"""

from jaarplanner.periods.parser import parse_period
from jaarplanner.periods.period import Period, merge_spans
from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.periods.shift import shift_period_text
from jaarplanner.periods.writing import describe_period, format_period

__all__ = [
    "Period",
    "SchoolYear",
    "describe_period",
    "format_period",
    "merge_spans",
    "parse_period",
    "shift_period_text",
]
