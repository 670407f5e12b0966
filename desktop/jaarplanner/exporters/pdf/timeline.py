"""The drawing of one calendar row: months of the school year, holidays shaded, and the
row's period as bars (several spans), a diamond (deadline), a quiet band (the whole year or
ongoing) and a mark for recurrence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import get_month_names
from reportlab.lib import colors
from reportlab.platypus import Flowable

from jaarplanner.exporters.pdf.fonts import FALLBACK, TEXT, register_family
from jaarplanner.holidays.public import Holiday
from jaarplanner.periods import Period, SchoolYear

BAR = colors.HexColor("#2F5597")
QUIET = colors.HexColor("#B4C6E7")
SCHOOL_HOLIDAY = colors.HexColor("#EDEDED")
PUBLIC_HOLIDAY = colors.HexColor("#F8CBAD")
MONTH_LINE = colors.HexColor("#BFBFBF")
TODAY = colors.HexColor("#C00000")


@dataclass(frozen=True)
class Scale:
    """Dates of a school year to x positions inside a width."""

    year: SchoolYear
    width: float

    @property
    def days(self) -> int:
        return (self.year.end - self.year.start).days + 1

    def x(self, day: dt.date) -> float:
        offset = (
            min(max(day, self.year.start), self.year.end + dt.timedelta(days=1)) - self.year.start
        ).days
        return self.width * offset / self.days

    def months(self) -> list[tuple[dt.date, dt.date]]:
        found = []
        day = self.year.start
        while day <= self.year.end:
            following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            found.append((day, following))
            day = following
        return found


class Timeline(Flowable):
    """One row's timeline, as wide as the timeline column."""

    def __init__(
        self,
        scale: Scale,
        holidays: list[Holiday],
        period: Period | None,
        height: float = 14,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.scale = scale
        self.holidays = holidays
        self.period = period
        self.height = height
        self.today = today

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.scale.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        scale = self.scale
        for holiday in self.holidays:
            canvas.setFillColor(PUBLIC_HOLIDAY if holiday.kind == "public" else SCHOOL_HOLIDAY)
            left, right = scale.x(holiday.start), scale.x(holiday.end + dt.timedelta(days=1))
            if right > left:
                canvas.rect(left, -3, right - left, self.height + 6, stroke=0, fill=1)
        canvas.setStrokeColor(MONTH_LINE)
        canvas.setLineWidth(0.3)
        for start, _end in scale.months()[1:]:
            canvas.line(scale.x(start), -3, scale.x(start), self.height + 3)
        if self.today is not None and self.today in scale.year:
            canvas.setStrokeColor(TODAY)
            canvas.setLineWidth(0.8)
            canvas.line(scale.x(self.today), -3, scale.x(self.today), self.height + 3)
        if self.period is not None:
            self._period(self.period)

    def _period(self, period: Period) -> None:
        canvas = self.canv
        scale = self.scale
        middle = self.height / 2
        if period.kind in ("whole_year", "continuous"):
            canvas.setFillColor(QUIET)
            canvas.rect(0, middle - 3, scale.width, 6, stroke=0, fill=1)
        elif period.kind == "deadline":
            canvas.setFillColor(BAR)
            for _start, end in period.spans:
                x = scale.x(end) + scale.width / scale.days / 2
                path = canvas.beginPath()
                path.moveTo(x, middle + 5)
                path.lineTo(x + 5, middle)
                path.lineTo(x, middle - 5)
                path.lineTo(x - 5, middle)
                path.close()
                canvas.drawPath(path, stroke=0, fill=1)
        else:
            canvas.setFillColor(BAR)
            for start, end in period.spans:
                left, right = scale.x(start), scale.x(end + dt.timedelta(days=1))
                if right > left:
                    canvas.roundRect(left, middle - 4, max(right - left, 2), 8, 2, stroke=0, fill=1)
        if period.recurrence:
            canvas.setFillColor(BAR)
            register_family(FALLBACK)  # "↻" is not in Carlito
            canvas.setFont(FALLBACK, 8)
            canvas.drawRightString(scale.width - 1, middle + 1, "↻")


class MonthHeader(Flowable):
    """The month names above the timelines."""

    def __init__(self, scale: Scale) -> None:
        super().__init__()
        self.scale = scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.scale.width, 12

    def draw(self) -> None:
        names = get_month_names("abbreviated", locale="nl_NL")
        self.canv.setFont(TEXT + "-Bold", 8)
        for start, end in self.scale.months():
            middle = (self.scale.x(start) + self.scale.x(end)) / 2
            label = names[start.month]
            if start.month in (1, 8):
                label = f"{label} {start.year}"
            self.canv.drawCentredString(middle, 2, label)
