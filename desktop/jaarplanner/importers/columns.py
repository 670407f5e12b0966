"""Which column of an office's table holds what: by the words offices put in headers
(*Datum*, *Activiteit*, *Van*, *Tot en met*, *Status* …), by a known layout, or by the user's
mapping. A column nobody names is kept in the row's notes, never dropped in silence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jaarplanner.importers.cells import month_heading
from jaarplanner.model.values import Field

# Roles beside the fields: parts of a period, and columns that are not row text.
START, END = "period-start", "period-end"
KPIS, NOTES = "kpis", "notes"  # only in our own exports (see sheet_table.own_columns)
NUMBER, STATUS, PRIORITY, PART, THEME, MONTH, WEEK = (
    "number",
    "status",
    "priority",
    "part",
    "theme",
    "month",
    "week",
)

# Header words, most specific first; matched against the whole normalised header or its
# first word(s). Offices write these; the list is of the kind of input, not of one file.
_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        START,
        (
            "van",
            "vanaf",
            "begin",
            "begindatum",
            "startdatum",
            "start",
            "datum van",
            "datum begin",
            "eerste dag",
            "aanvang",
        ),
    ),
    (
        END,
        (
            "tot en met",
            "t/m",
            "tm",
            "tot",
            "einddatum",
            "eind",
            "einde",
            "datum tot",
            "datum tot en met",
            "datum eind",
            "laatste dag",
        ),
    ),
    (NUMBER, ("nr", "nr.", "nummer", "no", "no.", "#", "volgnr", "volgnummer")),
    (STATUS, ("status", "stand van zaken", "voortgang", "stand")),
    (PRIORITY, ("prioriteit", "prio", "priority")),
    (PART, ("deel", "onderdeel", "part")),
    (THEME, ("thema", "categorie", "rubriek", "domein", "theme")),
    (MONTH, ("maand",)),
    (WEEK, ("week", "weeknr", "weeknummer", "wk", "lesweek", "schoolweek")),
    (
        Field.PERIOD.value,
        (
            "periode (wanneer)",
            "wanneer gereed",
            "wanneer",
            "periode",
            "datum",
            "data",
            "dag en datum",
            "datum/tijd",
            "dag/datum",
            "datum en tijd",
            "tijdpad",
            "tijdstip",
            "planning",
            "termijn",
            "deadline",
            "gereed",
            "wanneer klaar",
            "when",
            "date",
            "period",
        ),
    ),
    (
        Field.WHAT.value,
        (
            "activiteiten (wat)",
            "activiteit",
            "activiteiten",
            "wat",
            "onderwerp",
            "omschrijving",
            "beschrijving",
            "evenement",
            "gebeurtenis",
            "actie",
            "acties",
            "agendapunt",
            "programma",
            "inhoud",
            "what",
            "activity",
        ),
    ),
    (
        Field.WHO.value,
        (
            "betrokkenen (wie)",
            "betrokkenen",
            "wie",
            "doelgroep",
            "voor wie",
            "verantwoordelijk",
            "verantwoordelijke",
            "uitvoerder",
            "uitvoering",
            "eigenaar",
            "trekker",
            "organisatie",
            "organisator",
            "deelnemers",
            "door",
            "groep",
            "groepen",
            "klas",
            "klassen",
            "leerjaar",
            "contactpersoon",
            "who",
        ),
    ),
    (
        Field.RESULT.value,
        ("gewenst resultaat", "beoogde resultaat", "beoogd resultaat", "resultaat", "doel"),
    ),
    (Field.STAFF.value, ("middelen (personeel)", "personeel", "uren", "formatie", "inzet")),
    (
        Field.FINANCE.value,
        ("middelen (financieel)", "budget", "kosten", "bedrag", "financien", "financiën"),
    ),
    (
        Field.REMARK.value,
        (
            "opmerking",
            "opmerkingen",
            "toelichting",
            "bijzonderheden",
            "notitie",
            "notities",
            "info",
            "informatie",
            "remark",
        ),
    ),
    (Field.TITLE.value, ("titel", "naam", "item", "title")),
)


def normal_header(text: str) -> str:
    return " ".join(text.lower().replace(":", " ").replace("*", " ").split()).strip(" .")


def role_of_header(header: str) -> str | None:
    """The role or field a header's words name, or None."""
    text = normal_header(header)
    if not text:
        return None
    for role, words in _WORDS:
        if text in words:
            return role
    for role, words in _WORDS:
        for word in words:
            if len(word) > 3 and (
                text.startswith(word + " ") or text.endswith(" " + word) or f"({word})" in text
            ):
                return role
    first = re.split(r"[\s/(]", text)[0]
    for role, words in _WORDS:
        if first in words and len(first) > 2:
            return role
    return None


def looks_like_header(text: str) -> bool:
    return role_of_header(text) is not None


@dataclass
class ColumnPlan:
    """For each column index: a field, a role, kept in the notes, or left out."""

    headers: list[str]
    fields: dict[int, Field] = field(default_factory=dict)
    roles: dict[int, str] = field(default_factory=dict)
    kept: list[int] = field(default_factory=list)
    left_out: list[int] = field(default_factory=list)
    own: bool = False  # our own export: rows without a number continue the row above
    week_period: bool = False  # the period column holds week numbers

    def index_of(self, role: str) -> int | None:
        return next((i for i, r in self.roles.items() if r == role), None)


def _day_beside_month(plan: ColumnPlan) -> None:
    """*Maand | Dag*: with no other date column, the day column is the period, completed by
    the month beside it (not a header word of its own: *Dag | Datum* has weekdays in it)."""
    if plan.index_of(MONTH) is None or Field.PERIOD in plan.fields.values():
        return
    if plan.index_of(START) is not None:
        return
    for index, header in enumerate(plan.headers):
        if re.sub(r"[^a-z]", "", header.lower()) in ("dag", "dagen", "dd"):
            if index in plan.kept:
                plan.kept.remove(index)
            plan.fields[index] = Field.PERIOD
            return


def guess_plan(headers: list[str], columns: list[list[str]]) -> ColumnPlan:
    """A plan from header words, then from the content: a column of dates is the period, the
    column with the longest texts is the activity. ``columns`` holds each column's values."""
    plan = ColumnPlan(headers)
    used: set[str] = set()
    for index, header in enumerate(headers):
        role = role_of_header(header)
        if role is None:
            continue
        if role in {f.value for f in Field}:
            if role in used:
                if role == Field.PERIOD.value and index > 0 and index - 1 in plan.fields:
                    # *Datum | Datum* or *Periode | tot*: a second date column ends the period
                    plan.roles[index] = END
                    plan.roles[next(i for i, f in plan.fields.items() if f == Field.PERIOD)] = START
                    continue
                plan.kept.append(index)
                continue
            used.add(role)
            plan.fields[index] = Field(role)
        elif role in plan.roles.values():
            plan.kept.append(index)
        else:
            plan.roles[index] = role
    _pair_dates(plan)
    _fill_from_content(plan, columns)
    week = plan.index_of(WEEK)
    if week is not None:
        del plan.roles[week]
        if Field.PERIOD not in plan.fields.values() and plan.index_of(START) is None:
            plan.fields[week] = Field.PERIOD
            plan.week_period = True
        else:
            plan.kept.append(week)  # the week number beside a date: kept in the notes
    _day_beside_month(plan)
    taken = set(plan.fields) | set(plan.roles) | set(plan.kept)
    for index in range(len(headers)):
        if index not in taken and any(v.strip() for v in _column(columns, index)):
            plan.kept.append(index)
    plan.kept.sort()
    return plan


def _pair_dates(plan: ColumnPlan) -> None:
    """*Van* with *Tot en met*: one period. A lone *Van* is the period; a lone *Tot* too."""
    start, end = plan.index_of(START), plan.index_of(END)
    period = next((i for i, f in plan.fields.items() if f == Field.PERIOD), None)
    if start is not None and end is not None:
        if period is not None:  # *Datum* beside *Van/Tot*: the pair wins, the date is kept
            del plan.fields[period]
            plan.kept.append(period)
        return
    lone = start if start is not None else end
    if lone is not None:
        del plan.roles[lone]
        if period is None:
            plan.fields[lone] = Field.PERIOD
        else:
            plan.kept.append(lone)


def _column(columns: list[list[str]], index: int) -> list[str]:
    return columns[index] if index < len(columns) else []


_DATEISH = re.compile(
    r"\b(\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?|\d{1,2}\s+[a-z]{3,}|week\s*\d|wk\s*\d|"
    r"jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)",
    re.IGNORECASE,
)


_NUMBERED = re.compile(r"^\s*\d{1,3}(?:[.]\d{1,3})*[.)]?[a-z]?\s*$")


def _fill_from_content(plan: ColumnPlan, columns: list[list[str]]) -> None:
    free = [
        i
        for i in range(len(plan.headers))
        if i not in plan.fields and i not in plan.roles and i not in plan.kept
    ]
    has_period = Field.PERIOD in plan.fields.values() or plan.index_of(START) is not None
    for index in list(free):
        values = [v for v in _column(columns, index) if v.strip()]
        if values and sum(bool(month_heading(v)) for v in values) >= 0.8 * len(values):
            if has_period:
                plan.roles[index] = MONTH
            else:
                plan.fields[index] = Field.PERIOD
                has_period = True
            free.remove(index)
        elif (
            values and all(_NUMBERED.match(v) for v in values) and NUMBER not in plan.roles.values()
        ):
            plan.roles[index] = NUMBER
            free.remove(index)
    if not has_period:
        best = None
        for index in free:
            values = [v for v in _column(columns, index) if v.strip()]
            if values and sum(bool(_DATEISH.search(v)) for v in values) >= 0.6 * len(values):
                best = index
                break
        if best is not None:
            plan.fields[best] = Field.PERIOD
            free.remove(best)
    if Field.WHAT not in plan.fields.values():
        lengths = {i: sum(len(v) for v in _column(columns, i)) for i in free if i not in plan.roles}
        if lengths and max(lengths.values()) > 0:
            best = max(lengths, key=lambda i: lengths[i])
            plan.fields[best] = Field.WHAT
            free.remove(best)
        else:
            kept = [i for i in plan.kept if i not in plan.roles]
            if kept:
                plan.kept.remove(kept[0])
                plan.fields[kept[0]] = Field.WHAT
