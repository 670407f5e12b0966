"""The period language: what a *Periode (wanneer)* text means, and writing it back.

Pure: no Qt, no files, no database. See ``shared/design/periods.md``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jaarplanner.periods.parser import parse_period
    from jaarplanner.periods.period import Period, merge_spans
    from jaarplanner.periods.schoolyear import SchoolYear
    from jaarplanner.periods.shift import shift_period_text
    from jaarplanner.periods.writing import describe_period, format_period

# Each name is imported on first use: the parser builds its tables with Babel's month names,
# which a command that never reads a period text (an export of the stored rows) should not pay.
_HOMES = {
    "Period": "period",
    "merge_spans": "period",
    "SchoolYear": "schoolyear",
    "describe_period": "writing",
    "format_period": "writing",
    "parse_period": "parser",
    "shift_period_text": "shift",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Period",
    "SchoolYear",
    "describe_period",
    "format_period",
    "merge_spans",
    "parse_period",
    "shift_period_text",
]
