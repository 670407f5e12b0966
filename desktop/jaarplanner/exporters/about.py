"""*Over dit document*: what a spreadsheet's table cannot hold, as labelled lines an office
user can read (organisation, title, school year, status trail, text sections, KPIs, parts'
titles, themes' goals, meetings). Excel gets it as a second sheet, CSV below the table after
an empty line; ``importers.about`` reads it back, so our own export imports whole."""

from __future__ import annotations

from jaarplanner.i18n import N_, _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.richtext import to_plain

MARK = "Jaarplanner"  # the second cell of the first line: this block is ours
ABOUT = N_("About this document")
# Word: over a themed table's footnotes, which stand under the table as in the PDF; the
# import puts what follows it back on the theme of that title
FOOTNOTES_TO = N_("Footnotes to {theme}:")
LABELS = {  # key → label (msgid); the importer knows both the English and the Dutch label
    "organisation": N_("Organisation"),
    "title": N_("Title"),
    "subtitle": N_("Subtitle"),
    "school_year": N_("School year"),
    "layout": N_("Layout"),
    "state": N_("State"),
    "step": N_("Status step"),
    "section": N_("Text section"),
    "kpi": N_("KPI"),
    "part": N_("Part"),
    "theme": N_("Theme"),
    "series": N_("Meeting series"),
    "meeting": N_("Meeting"),
}


def _line(key: str, *values: object) -> list[str]:
    return [_(LABELS[key]), *("" if v is None else str(v) for v in values)]


WORD_KEYS = frozenset({"organisation", "layout", "part", "series", "meeting"})  # Word has the rest


def about_lines(
    document: DocumentData, part_keys: list[str], only: frozenset[str] | None = None
) -> list[list[str]]:
    """The block, first line the marker; only the parts named in ``part_keys`` (exported),
    and only the lines ``only`` names (all when None)."""
    lines = [
        [_(ABOUT), MARK],
        _line("organisation", document.organisation.name),
        _line("title", document.title),
        _line("subtitle", document.subtitle),
        _line("school_year", document.school_year),
        _line("layout", document.layout),
        _line("state", document.state.value),
    ]
    for step in document.steps:
        day = step.date.isoformat() if step.date else ""
        lines.append(_line("step", step.action.value, step.body, day))
    for section in document.sections:
        lines.append(_line("section", section.title, to_plain(section.body)))
    for kpi in document.kpis:
        lines.append(_line("kpi", kpi.number, to_plain(kpi.text), kpi.plan_period))
    for part in document.parts:
        if part.key not in part_keys:
            continue
        lines.append(_line("part", part.key, part.title, part.subtitle))
        for index, theme in enumerate(part.all_themes(), start=1):
            if theme.goal or theme.reference or theme.footnotes:
                goal, notes = to_plain(theme.goal), to_plain(theme.footnotes)
                lines.append(_line("theme", index, theme.title, goal, theme.reference, notes))
    for series in document.meeting_series:
        lines.append(
            _line(
                "series",
                series.body,
                series.title,
                series.chair,
                series.day_time,
                series.location,
            )
        )
        for meeting in series.meetings:
            day = meeting.date.isoformat() if meeting.date else ""
            lines.append(
                _line(
                    "meeting", day, meeting.date_text, meeting.time, meeting.location, meeting.note
                )
            )
    if only is None:
        return lines
    keys = {_(label): key for key, label in LABELS.items()}
    return [lines[0], *(line for line in lines[1:] if keys.get(line[0]) in only)]
