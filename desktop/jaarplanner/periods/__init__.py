"""The period language: what a *Periode (wanneer)* text means, and writing it back.

Pure: no Qt, no files, no database. See ``shared/design/periods.md``.
"""

from jaarplanner.periods.schoolyear import SchoolYear

__all__ = ["SchoolYear"]
