"""Which rows a search shows: words anywhere, a betrokkene, a month, a KPI, a status,
priority only. Pure, so the table and the tests use the same rule."""

from __future__ import annotations

import datetime as dt
import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate

from jaarplanner.model.document import RowData
from jaarplanner.model.people import People
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus


@dataclass(frozen=True)
class RowFilter:
    text: str = ""
    who: str = ""
    month: int | None = None  # 1-12: the row's period touches this month
    kpi: int | None = None
    status: RowStatus | None = None
    priority_only: bool = False
    people: People | None = field(default=None, compare=False)  # spellings joined (issue 21)

    @property
    def active(self) -> bool:
        return bool(
            self.text.strip()
            or self.who.strip()
            or self.month
            or self.kpi
            or self.status
            or self.priority_only
        )

    def words(self) -> list[str]:
        return self.text.lower().split()


def _month_span(year: str, month: int) -> tuple[dt.date, dt.date]:
    from jaarplanner.periods import SchoolYear
    from jaarplanner.periods.period import month_span

    school_year = SchoolYear.parse(year)
    return month_span(school_year.year_of_month(month), month)


def matches(row: RowData, rule: RowFilter, school_year: str, deadline_column: bool = False) -> bool:
    if rule.priority_only and not row.priority:
        return False
    if rule.status is not None and row.status != rule.status:
        return False
    if rule.kpi is not None and rule.kpi not in row.kpis:
        return False
    if rule.who.strip() and not names_person(row, rule):
        return False
    words = rule.words()
    if words:
        text = searchable_text(row)
        if not all(word in text for word in words):
            return False
    if rule.month:
        from jaarplanner.periods import parse_period

        start, end = _month_span(school_year, rule.month)
        period = parse_period(to_plain(row.value(Field.PERIOD)), school_year, deadline_column)
        if not any(s <= end and e >= start for s, e in period.spans):
            return False
    return True


def names_person(row: RowData, rule: RowFilter) -> bool:
    """The row names the betrokkene: as written, or (issue 21) in another spelling of the
    same person (*ECT* finds *Expertise- en consultatieteam*)."""
    who = rule.who.strip()
    text = to_plain(row.value(Field.WHO))
    if who.lower() in text.lower():
        return True
    if rule.people is None:
        return False
    person = rule.people.resolve(who)
    return person in rule.people.aliases and person in rule.people.of(text)


def searchable_text(row: RowData) -> str:
    """The row's number and words in lower case, kept on the row after the first search."""
    if row.search_cache is None:
        _keep(row, _words(" ".join(row.fields.values())))  # the stored, cleaned rich text
    assert row.search_cache is not None
    return row.search_cache


# Cheaper than to_plain for 50,000 rows: block tags become a space, inline tags nothing; a
# tag never reaches past the separator between rows' texts when many are cleaned at once
_BLOCK = re.compile(r"<(?:/?(?:p|li|ul|ol)|br\s*/?)>", re.IGNORECASE)
_INLINE = re.compile(r"<[^>\x1e]*>")
_SEPARATOR = "\x1e"


def _words(markup: str) -> str:
    text = _INLINE.sub("", _BLOCK.sub(" ", markup))
    return (html.unescape(text) if "&" in text else text).lower()


def _keep(row: RowData, words: str) -> None:
    row.search_cache = f"{row.number} {words}" if row.number else words


def searchable_texts(rows: list[RowData]) -> list[str]:
    """``searchable_text`` of many rows: the expressions run once over all the rows' text
    instead of twice per row (for 50,000 rows most of the first search's time)."""
    todo = [row for row in rows if row.search_cache is None]
    markup = _SEPARATOR.join(" ".join(row.fields.values()) for row in todo)
    if todo and markup.count(_SEPARATOR) == len(todo) - 1:  # no row holds the separator
        for row, words in zip(todo, _words(markup).split(_SEPARATOR), strict=True):
            _keep(row, words)
    return [searchable_text(row) for row in rows]


class SearchIndex:
    """The search texts of many rows in one string, so that a word is found with
    ``str.find`` instead of one Python call per row (50,000 rows in milliseconds)."""

    def __init__(self, rows: list[RowData]) -> None:
        self.rows = rows
        texts = searchable_texts(rows)
        # where each row's text starts: the lengths before it, each with its line break
        self.starts: list[int] = list(accumulate([len(t) + 1 for t in texts], initial=0))[:-1]
        self.text = "\n".join(texts)  # a word never holds a line break: no match spans rows

    def containing(self, word: str) -> set[int]:
        """The positions of the rows whose text holds ``word``."""
        found: set[int] = set()
        text, starts = self.text, self.starts
        at = text.find(word)
        while at >= 0:
            row = bisect_right(starts, at) - 1
            found.add(row)
            following = row + 1
            if following >= len(starts):
                break
            at = text.find(word, starts[following])
        return found


def select(
    index: SearchIndex, rule: RowFilter, school_year: str, deadline_column: bool = False
) -> list[RowData]:
    """The rows of ``index`` that ``rule`` lets through, the same as ``matches`` does."""
    rows = index.rows
    words = rule.words()
    if words:  # walk the rarest word's places; check the others on those rows only
        rarest = min(words, key=index.text.count)
        others = [word for word in words if word != rarest]
        rows = [
            row
            for row in (index.rows[position] for position in sorted(index.containing(rarest)))
            if all(word in searchable_text(row) for word in others)
        ]
    rest = replace(rule, text="")
    if rest.active:
        rows = [row for row in rows if matches(row, rest, school_year, deadline_column)]
    return rows
