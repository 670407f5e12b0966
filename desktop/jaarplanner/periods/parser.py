"""``parse_period``: from a Dutch period text to its ``Period`` (rules in periods.md)."""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass, field

from jaarplanner.i18n import _
from jaarplanner.periods.period import (
    Kind,
    Period,
    Span,
    merge_spans,
    month_range,
    month_span,
    shift_date,
)
from jaarplanner.periods.scanner import Token, scan
from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.periods.vocabulary import NUMBER_WORDS, ORDINAL_WORDS, SEASONS

_TIME_TOKENS = frozenset({"month", "year", "num", "date", "week", "dash", "month_part"})
# "eind maart" is its last days, "begin mei" its first: about ten days, approximate
_PART_DAYS = 10
_FIXED = frozenset({"whole", "half_sy", "begin_sy", "end_sy", "cal_half", "quarter", "season"})
_RECURRENCE_ORDER = ("count", "weekly", "monthly", "quarterly", "yearly", "periodic", "cyclic")


@dataclass
class _Point:
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weeks: tuple[int, int] | None = None
    part: str | None = None  # "begin" or "end" of the month


@dataclass
class _Item:
    """One stretch of time in the text, with the deadline word that stood before it."""

    tokens: list[Token] = field(default_factory=list)
    fixed: Span | None = None
    fixed_explicit_year: bool = False
    marker: str | None = None
    whole: bool = False


@dataclass
class _State:
    year: SchoolYear
    items: list[_Item] = field(default_factory=list)
    recurrences: dict[str, str] = field(default_factory=dict)
    approximate: bool = False
    continuous: bool = False
    whole: bool = False
    understood: bool = False
    warnings: list[str] = field(default_factory=list)


def parse_period(
    text: str | None, school_year: SchoolYear | str, column_is_deadline: bool = False
) -> Period:
    """What ``text`` means inside ``school_year``. Never raises."""
    try:
        year = (
            school_year
            if isinstance(school_year, SchoolYear)
            else SchoolYear.parse(str(school_year))
        )
    except Exception:
        return Period("unscheduled", warnings=(_("The school year is not valid."),))
    try:
        return parse_text(text or "", year, column_is_deadline)
    except Exception:  # a bug of ours: the row stays unplaced, the log says why (not the text)
        logging.getLogger("jaarplanner.periods").warning("period parser failed", exc_info=True)
        return Period("unscheduled", warnings=(_("not placeable: no date recognised"),))


def parse_text(text: str, year: SchoolYear, column_is_deadline: bool = False) -> Period:
    """The parser proper (``parse_period`` without its safety net, for tests)."""
    state = _State(year)
    _collect(scan(text), state)
    deadlines: list[dt.date] = []
    spans: list[Span] = []
    parts = [item for item in state.items if item.tokens]
    points = [_points(item.tokens) for item in parts]
    _inherit(points)
    resolved = {id(item): _resolve(p, year, state) for item, p in zip(parts, points, strict=True)}
    for item in state.items:
        span = item.fixed if item.fixed is not None else resolved.get(id(item))
        if span is None:
            continue
        state.understood = True
        if item.marker is None:
            spans.append(span)
            continue
        explicit = item.fixed_explicit_year if item.fixed else _has_year(item.tokens)
        deadlines.append(_deadline(span, item.marker, explicit, year))
    kind, result = _decide(state, spans, deadlines, column_is_deadline)
    recurrence = _recurrence(state.recurrences)
    warnings = list(state.warnings)
    warnings.extend(_outside_warnings(result, year))
    if kind == "unscheduled" and text.strip() and recurrence is None and not warnings:
        warnings.append(_("not placeable: no date recognised"))
    return Period(kind, result, recurrence, state.approximate, tuple(warnings))


# -- collecting items -----------------------------------------------------------------


def _collect(tokens: list[Token], state: _State) -> None:
    current = _Item()
    pending: str | None = None

    def close() -> None:
        nonlocal current
        if current.tokens:
            state.items.append(current)
        current = _Item()

    for index, token in enumerate(tokens):
        kind = token.kind
        if kind in _TIME_TOKENS:
            if kind == "month_part":
                state.approximate = True
            if not current.tokens:
                current.marker, pending = pending, None
            current.tokens.append(token)
            continue
        if kind == "weekday":
            continue
        close()
        if kind in _FIXED:
            span, explicit = _fixed_span(token, state.year)
            item = _Item(
                fixed=span, fixed_explicit_year=explicit, marker=pending, whole=kind == "whole"
            )
            pending = None
            if kind == "whole" and item.marker is None:
                state.whole = True
                state.understood = True
            else:
                state.items.append(item)
        elif kind in ("deadline_end", "deadline_before"):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            is_time = following is not None and (
                following.kind in _TIME_TOKENS
                or following.kind in _FIXED
                or following.kind == "weekday"
            )
            pending = ("end" if kind == "deadline_end" else "before") if is_time else None
        elif kind == "pair":
            pending = None
            if token.value == state.year.first:
                state.whole = True
                state.understood = True
        elif kind in ("times", "every_n"):
            count = _count(token.value[0]) if token.value else None
            if count:
                if kind == "times":
                    value = "yearly" if count == 1 else f"times_per_year:{count}"
                else:
                    value = "yearly" if count == 1 else f"every_n_years:{count}"
                state.recurrences.setdefault("count", value)
            pending = None
        elif kind in ("yearly", "quarterly", "monthly", "weekly", "cyclic", "periodic"):
            state.recurrences.setdefault(kind, kind)
        elif kind == "approx":
            state.approximate = True
        elif kind == "continuous":
            state.continuous = True
            state.understood = True
        else:  # sep, other, context
            pending = None
    close()


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word) or None
    return NUMBER_WORDS.get(word)


def _fixed_span(token: Token, year: SchoolYear) -> tuple[Span, bool]:
    kind, value = token.kind, token.value
    if kind == "whole":
        return (year.start, year.end), False
    if kind == "half_sy":
        if ORDINAL_WORDS.get(value[0], 1) == 1:
            return (year.start, dt.date(year.first + 1, 1, 31)), False
        return (dt.date(year.first + 1, 2, 1), year.end), False
    if kind == "begin_sy":
        return (year.start, dt.date(year.first, 10, 31)), False
    if kind == "end_sy":
        return (dt.date(year.first + 1, 5, 1), year.end), False
    if kind == "cal_half":
        number = ORDINAL_WORDS.get(value[0], 1)
        calendar_year = int(value[1])
        if number == 1:
            return month_range(calendar_year, 1, calendar_year, 6), True
        return month_range(calendar_year, 7, calendar_year, 12), True
    if kind == "quarter":
        number = int(value[0]) if value[0].isdigit() else ORDINAL_WORDS.get(value[0], 1)
        first_month = 3 * (min(max(number, 1), 4) - 1) + 1
        explicit = len(value) > 1 and value[1] is not None
        calendar_year = int(value[1]) if explicit else year.year_of_month(first_month)
        return month_range(calendar_year, first_month, calendar_year, first_month + 2), explicit
    # season
    first_month, length = SEASONS[value[0]]
    explicit = len(value) > 1 and value[1] is not None
    calendar_year = int(value[1]) if explicit else year.year_of_month(first_month)
    last_month = first_month + length - 1
    end_year = calendar_year + (last_month - 1) // 12
    return month_range(calendar_year, first_month, end_year, (last_month - 1) % 12 + 1), explicit


# -- parts: points, inheritance, resolution --------------------------------------------


def _points(tokens: list[Token]) -> list[_Point]:
    """One point, or two for a range (split at the first dash)."""
    points = [_Point()]
    for token in tokens:
        point = points[-1]
        if token.kind == "dash":
            if len(points) == 1 and (point.month or point.day or point.weeks or point.year):
                points.append(_Point())
            continue
        if token.kind == "month_part":
            if point.month is None and point.day is None:
                point.part = token.value
        elif token.kind == "month":
            if point.month is None:
                point.month = token.value
        elif token.kind == "year":
            if point.year is None:
                point.year = token.value
        elif token.kind == "date":
            day, month, year = token.value
            if point.day is None and point.month is None:
                point.day, point.month = day, month
                point.year = year or point.year
        elif token.kind == "week":
            first = int(token.value[0])
            last = int(token.value[1]) if len(token.value) > 1 and token.value[1] else first
            point.weeks = (first, last)
        elif token.kind == "num":
            text_len = token.end - token.start
            if point.day is None and point.month is None:
                point.day = token.value
            elif point.month is not None and point.year is None and text_len == 2:
                point.year = 2000 + token.value  # "9 dec 24"
    return [p for p in points if p.month or p.day or p.weeks or p.year]


def _inherit(parts: list[list[_Point]]) -> None:
    """A part without a month or year takes them from the next part that has them."""
    next_month: int | None = None
    next_year: int | None = None
    for points in reversed(parts):
        if not points:
            continue
        has_month = any(p.month for p in points)
        has_year = any(p.year for p in points)
        if not has_month and next_month and any(p.day for p in points):
            for point in points:
                if point.day and not point.month:
                    point.month = next_month
        if not has_year and next_year and any(p.month for p in points):
            points[-1].year = next_year
        last = points[-1]
        if has_month:
            next_month = next(p.month for p in points if p.month)
        if last.year or has_year:
            next_year = last.year or next(p.year for p in points if p.year)


def _has_year(tokens: list[Token]) -> bool:
    return any(
        t.kind == "year"
        or (t.kind == "date" and t.value[2])
        or (t.kind == "num" and t.end - t.start == 2 and t.value > 31)
        for t in tokens
    )


def _day_range(point: _Point, year: int) -> Span:
    if point.day is not None:
        day = dt.date(year, point.month or 1, point.day)
        return day, day
    first, last = month_span(year, point.month or 1)
    if point.part == "end":
        return last - dt.timedelta(days=_PART_DAYS), last
    if point.part == "begin":
        return first, first + dt.timedelta(days=_PART_DAYS - 1)
    return first, last


def _week_year(week: int, year: SchoolYear) -> int:
    return year.first if week >= 31 else year.first + 1


def _resolve(points: list[_Point], year: SchoolYear, state: _State) -> Span | None:
    try:
        if not points:
            return None
        if len(points) == 1:
            return _resolve_single(points[0], year)
        return _resolve_range(points[0], points[1], year)
    except ValueError:
        state.warnings.append(_("A date in the text does not exist."))
        return None


def _resolve_single(point: _Point, year: SchoolYear) -> Span | None:
    if point.weeks:
        first, last = point.weeks
        y1 = point.year or _week_year(first, year)
        y2 = point.year or _week_year(last, year)
        if point.year and last < first:
            y2 += 1
        start = dt.date.fromisocalendar(y1, first, 1)
        end = dt.date.fromisocalendar(y2, last, 7)
        return (start, end) if start <= end else None
    if point.month is None:
        return None
    return _day_range(point, point.year or year.year_of_month(point.month))


def _resolve_range(left: _Point, right: _Point, year: SchoolYear) -> Span | None:
    if left.weeks or right.weeks:
        start = _resolve_single(left, year)
        end = _resolve_single(right, year)
        if start is None or end is None:
            return start or end
        return (start[0], end[1]) if start[0] <= end[1] else None
    if left.month is None and left.day is not None:
        left.month = right.month
    if right.month is None and right.day is not None:
        right.month = left.month
    if left.month is None or right.month is None:
        return _resolve_single(left if left.month else right, year)
    left_key = (left.month, left.day or 1)
    right_key = (right.month, right.day or 31)
    if left.year is None and right.year is not None:
        left.year = right.year if left_key <= right_key else right.year - 1
    elif right.year is None and left.year is not None:
        right.year = left.year if right_key >= left_key else left.year + 1
    elif left.year is None and right.year is None:
        left.year = year.year_of_month(left.month)
        right.year = year.year_of_month(right.month)
        if (right.year, *right_key) < (left.year, *left_key):
            right.year += 1
    assert left.year is not None and right.year is not None
    first = _day_range(left, left.year)[0]
    last = _day_range(right, right.year)[1]
    return (first, last) if first <= last else None


# -- deciding ------------------------------------------------------------------------


def _deadline(span: Span, marker: str, explicit_year: bool, year: SchoolYear) -> dt.date:
    if marker == "end":
        return span[1]
    day = span[0] - dt.timedelta(days=1)
    if not explicit_year and day < year.start:
        day = shift_date(span[0], 1) - dt.timedelta(days=1)
    return day


def _decide(
    state: _State, spans: list[Span], deadlines: list[dt.date], column_is_deadline: bool
) -> tuple[Kind, tuple[Span, ...]]:
    year = state.year
    if deadlines:
        return "deadline", merge_spans([(d, d) for d in deadlines])
    if state.continuous:
        return "continuous", ((year.start, year.end),)
    if state.whole:
        return "whole_year", merge_spans([(year.start, year.end), *spans])
    if spans:
        if column_is_deadline:
            last = max(end for _start, end in spans)
            return "deadline", ((last, last),)
        return "span", merge_spans(spans)
    return "unscheduled", ()


def _recurrence(found: dict[str, str]) -> str | None:
    for key in _RECURRENCE_ORDER:
        if key in found:
            return found[key]
    return None


def _outside_warnings(spans: tuple[Span, ...], year: SchoolYear) -> list[str]:
    limit = year.end + dt.timedelta(days=calendar.monthrange(year.first + 1, 8)[1])
    for start, end in spans:
        if end < year.start or start > limit:
            return [_("The period lies outside school year {year}.").format(year=year)]
    return []
