"""The web page itself: a skip link and a table of contents, the document's title, status
trail, text sections and KPIs, then per part its themes as headings with a real table each
(caption, column headers, the row number as a row header), and the year planning as lists.
Stored rich text is already the safe subset of ``model.richtext``; it is cleaned once more
on the way out, and every plain text is escaped."""

from __future__ import annotations

from html import escape

from babel.dates import format_date

from jaarplanner.exporters.html.rich import html_of
from jaarplanner.exporters.html.styles import CSS
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, MeetingSeriesData, PartData, ThemeData
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.numbering import nest_continuations
from jaarplanner.model.values import DocumentState, field_label, step_label


class _Ids:
    def __init__(self) -> None:
        self.count = 0

    def next(self, stem: str) -> str:
        self.count += 1
        return f"{stem}-{self.count}"


def _e(value: str | None) -> str:
    return escape(value or "", quote=True)


def _theme_title(theme: ThemeData) -> str:
    return f"{theme.label} {theme.title}" if theme.label else theme.title


def _labels(layout: ColumnLayout) -> list[str]:
    return [c.label or field_label(c.field) for c in layout.columns]


def _table(theme: ThemeData, part: PartData) -> str:
    layout = part.layout
    numbered = bool(layout.row_number_format)
    labels = _labels(layout)
    number = layout.number_heading or _("No.")
    head = [f'<th scope="col">{_e(number)}</th>'] if numbered else []
    head += [f'<th scope="col">{_e(label)}</th>' for label in labels]
    body = []
    for main in nest_continuations(theme.rows):
        for row in [main, *main.continued_by]:
            cells = []
            if numbered:
                cells.append(
                    f'<th scope="row" data-label="{_e(number)}">{_e(row.number or "")}</th>'
                )
            for column, label in zip(layout.columns, labels, strict=True):
                value = html_of(row.value(column.field))
                cells.append(f'<td data-label="{_e(label)}">{value}</td>')
            attributes = ' class="priority"' if row.priority else ""
            body.append(f"<tr{attributes}>{''.join(cells)}</tr>")
    caption = _("{theme} ({part})").format(theme=_theme_title(theme), part=part.title)
    return (
        f"<table><caption>{_e(caption)}</caption>"
        f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _theme(theme: ThemeData, part: PartData, level: int, ids: _Ids, toc: list) -> list[str]:
    ident = ids.next("thema")
    toc.append((level, ident, _theme_title(theme)))
    tag = f"h{min(level, 6)}"
    found = [f'<section aria-labelledby="{ident}">', f'<{tag} id="{ident}">']
    found[-1] += f"{_e(_theme_title(theme))}</{tag}>"
    if theme.reference:
        found.append(f'<p class="meta">{_e(theme.reference)}</p>')
    if theme.goal:
        found.append(html_of(theme.goal))
    if theme.rows:
        found.append(_table(theme, part))
    if theme.footnotes:
        found.append(f'<div class="meta">{html_of(theme.footnotes)}</div>')
    for child in theme.themes:
        found += _theme(child, part, level + 1, ids, toc)
    found.append("</section>")
    return found


def _step(step) -> str:
    day = format_date(step.date, "d MMMM y", locale="nl_NL") if step.date else "–"
    action = step_label(step.action).capitalize()
    if step.body:
        line = _("{action} by {body} {date}").format(action=action, body=step.body, date=day)
    else:
        line = _("{action} {date}").format(action=action, date=day)
    return f"{line} ({step.note})" if step.note else line


def _series(item: MeetingSeriesData) -> list[str]:
    title = item.title if item.title and item.title != item.body else ""
    heading = f"{item.body}: {title}" if title else item.body
    found = [f"<h3>{_e(heading)}</h3>"]
    details = [x for x in (item.day_time, item.location, item.chair) if x]
    if details:
        found.append(f'<p class="meta">{_e(" · ".join(details))}</p>')
    meetings = []
    for meeting in item.meetings:
        when = (
            format_date(meeting.date, "d MMMM y", locale="nl_NL")
            if meeting.date
            else meeting.date_text
        )
        extra = " ".join(x for x in (meeting.time, meeting.note, meeting.location) if x)
        meetings.append(f"<li>{_e(f'{when} {extra}'.strip())}</li>")
    if meetings:
        found.append(f"<ul>{''.join(meetings)}</ul>")
    return found


def page(document: DocumentData, part_key: str | None = None) -> str:
    """The whole page as text."""
    ids = _Ids()
    toc: list[tuple[int, str, str]] = []
    main: list[str] = []
    if part_key is None:
        steps = [_step(s) for s in document.steps]
        if document.state == DocumentState.CONCEPT:
            steps.append(_("Draft: not adopted yet"))
        if steps:
            toc.append((2, "status", _("Status")))
            items = "".join(f"<li>{_e(s)}</li>" for s in steps)
            status = _("Status")
            main.append(f'<h2 id="status">{_e(status)}</h2><ol class="trail">{items}</ol>')
        for section in document.sections:
            ident = ids.next("tekst")
            toc.append((2, ident, section.title))
            main.append(f'<h2 id="{ident}">{_e(section.title)}</h2>{html_of(section.body)}')
        if any(k.text for k in document.kpis):
            period = document.kpis[0].plan_period
            title = _("KPIs {period}").format(period=period).strip() if period else _("KPIs")
            toc.append((2, "kpis", title))
            items = "".join(
                f'<li value="{k.number}">{html_of(k.text)}</li>' for k in document.kpis if k.text
            )
            main.append(f'<h2 id="kpis">{_e(title)}</h2><ol>{items}</ol>')
    for part in document.parts:
        if part_key not in (None, part.key, part.title):
            continue
        ident = ids.next("deel")
        toc.append((2, ident, part.title))
        main.append(f'<section aria-labelledby="{ident}"><h2 id="{ident}">{_e(part.title)}</h2>')
        if part.subtitle:
            main.append(f'<p class="subtitle">{_e(part.subtitle)}</p>')
        for theme in part.themes:
            main += _theme(theme, part, 3, ids, toc)
        main.append("</section>")
    if part_key is None and document.meeting_series:
        title = _("Year planning {year}").format(year=document.school_year)
        toc.append((2, "jaarplanning", title))
        main.append(f'<h2 id="jaarplanning">{_e(title)}</h2>')
        for item in document.meeting_series:
            main += _series(item)
    return _frame(document, toc, "\n".join(main))


def _contents(toc: list[tuple[int, str, str]]) -> str:
    """Nested lists of links: an entry's children are the deeper entries that follow it."""

    def items(start: int, level: int) -> tuple[str, int]:
        out = []
        index = start
        while index < len(toc) and toc[index][0] >= level:
            _level, ident, title = toc[index]
            children, index = items(index + 1, toc[index][0] + 1)
            inner = f"<ol>{children}</ol>" if children else ""
            out.append(f'<li><a href="#{ident}">{_e(title)}</a>{inner}</li>')
        return "".join(out), index

    found, _end = items(0, 2)
    return f"<ol>{found}</ol>"


def _frame(document: DocumentData, toc: list[tuple[int, str, str]], main: str) -> str:
    organisation = document.organisation.name
    year = _("School year {year}").format(year=document.school_year)
    subtitle = f'<p class="subtitle">{_e(document.subtitle)}</p>' if document.subtitle else ""
    skip, contents = _("Skip to the content"), _("Contents")  # not inside the f-string:
    # the catalog's extractor does not look there
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{_e(organisation)}">
<title>{_e(document.title)}</title>
<style>{CSS}</style>
</head>
<body>
<a class="skip" href="#inhoud">{_e(skip)}</a>
<header>
<h1>{_e(document.title)}</h1>
{subtitle}
<p class="meta">{_e(organisation)} · {_e(year)}</p>
</header>
<nav aria-labelledby="inhoudsopgave">
<h2 id="inhoudsopgave">{_e(contents)}</h2>
{_contents(toc)}
</nav>
<main id="inhoud" tabindex="-1">
{main}
</main>
</body>
</html>
"""
