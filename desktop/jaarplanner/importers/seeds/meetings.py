"""The jaarplanning grid of ``003_…``: one column per body, a row of weekday and time, and a
row whose cells hold the meeting dates, notes, locations and further meeting series of that
body, all run together as text."""

from __future__ import annotations

import datetime as dt
import re

from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportReport
from jaarplanner.importers.seeds.cells import cell_text
from jaarplanner.model.document import MeetingData, MeetingSeriesData
from jaarplanner.periods.vocabulary import month_names, weekday_names

_TIME = r"\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*(?:uur|u)?"


def _date_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(month_names(), key=len, reverse=True))
    weekdays = "|".join(sorted(weekday_names(), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?:{weekdays})\.?\s+)?"
        rf"(?<![\d.])(?P<day>\d{{1,2}})(?:\s+(?P<month>{months})\.?|-(?P<mnum>\d{{2}}))"
        rf"(?:\s+|-)(?P<year>'?\d{{2,4}})?(?![\d.:])",
        re.IGNORECASE,
    )


def _date(match: re.Match[str], year_hint: int) -> dt.date | None:
    months = month_names()
    month = months.get((match.group("month") or "").lower()) or int(match.group("mnum") or 0)
    year_text = (match.group("year") or "").lstrip("'")
    year = int(year_text) if year_text else year_hint
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, int(match.group("day")))
    except ValueError:
        return None


def _split_note(text: str) -> tuple[str, str, str, str]:
    """Text after a date: (time, note, location, what follows: a new series or nothing)."""
    location = ""
    italic = re.search(r"<i>(.*?)</i>", text)
    rest = ""
    if italic:
        location = re.sub(r"^\s*locatie:?\s*", "", cell_text(italic.group(1)), flags=re.I)
        rest = cell_text(text[italic.end() :])
        text = text[: italic.start()]
    text = cell_text(text)
    time = ""
    found_time = re.match(rf"^\s*({_TIME})\s*", text)
    if found_time:
        time = found_time.group(1).strip()
        text = text[found_time.end() :]
    loose_location = re.match(r"^\s*locatie:?\s*(.*)$", text, re.I)
    if loose_location and not location:
        location, text = loose_location.group(1), ""
    return time, text.strip(), location, rest


def _title_split(note: str) -> tuple[str, str]:
    """``Baasis OPR maandag 19.30u`` → note ``Baasis``, new series ``OPR maandag 19.30u``."""
    weekdays = "|".join(sorted(weekday_names(), key=len, reverse=True))
    marker = re.search(rf"\b(?:{weekdays})\b|{_TIME}|,", note, re.IGNORECASE)
    if not marker or len(note.split()) < 2:
        return note, ""
    words = note[: marker.start()].split()
    capital = next((k for k in range(len(words) - 1, -1, -1) if words[k][:1].isupper()), None)
    if capital is None:
        return note, ""
    start = capital
    while start > 0 and words[start - 1][:1].isupper() and "," in note[marker.start() :]:
        start -= 1
    title = " ".join(words[start:]) + " " + note[marker.start() :]
    return " ".join(words[:start]), " ".join(title.split())


def _series_from_cell(
    body: str, day_time: str, cell: str, year_hint: int, report: ImportReport
) -> list[MeetingSeriesData]:
    pattern = _date_pattern()
    matches = list(pattern.finditer(cell))
    series = [MeetingSeriesData(body=body, title=body, day_time=day_time)]
    leading = cell_text(cell[: matches[0].start()]) if matches else cell_text(cell)
    if leading:
        series[-1].title = leading
    for k, match in enumerate(matches):
        day = _date(match, year_hint)
        end = matches[k + 1].start() if k + 1 < len(matches) else len(cell)
        time, note, location, rest = _split_note(cell[match.end() : end])
        if day is None:
            report.note(
                "", _("'{text}' in the jaarplanning is not a date").format(text=match.group(0))
            )
            continue
        if not rest:
            note, rest = _title_split(note)
        series[-1].meetings.append(
            MeetingData(date=day, date_text=match.group(0).strip(), time=time, note=note)
        )
        if location:
            series[-1].location = location
        if rest:
            series.append(MeetingSeriesData(body=body, title=rest))
    return [s for s in series if s.meetings or s.title != body]


def read_grid(lines: list[str], report: ImportReport) -> list[MeetingSeriesData]:
    rows = [line.split("\t") for line in lines if "\t" in line]
    if len(rows) < 2:
        report.note("", _("the jaarplanning grid was not found"))
        return []
    bodies, *rest = rows
    times = rest[0] if len(rest) > 1 else []
    cells = rest[-1]
    years = [int(y) for y in re.findall(r"20\d\d", " ".join(lines))]
    year_hint = min(years) if years else dt.date.today().year
    result: list[MeetingSeriesData] = []
    for column, body in enumerate(bodies):
        body = cell_text(body)
        if not body:
            continue
        day_time = cell_text(times[column]) if column < len(times) else ""
        cell = cells[column] if column < len(cells) else ""
        result.extend(_series_from_cell(body, day_time, cell, year_hint, report))
    return result
