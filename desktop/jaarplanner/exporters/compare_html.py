"""A comparison (or one document, read-only) as HTML for the screen: per part a table in the
document's columns, the theme as a band, inserted words underlined in green, removed words
struck through in red, and what else changed in a last column."""

from __future__ import annotations

from html import escape

from jaarplanner.exporters.compare_words import INSERTED, REMOVED_COLOUR, summary, what_changed
from jaarplanner.i18n import _
from jaarplanner.model.compare import ADDED, REMOVED, UNCHANGED, Comparison, RowChange, compare
from jaarplanner.model.document import DocumentData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.model.words import DELETE, INSERT

_CELL = 'style="border:1px solid #8EA9DB;padding:2px 4px;vertical-align:top"'


def inserted(text: str) -> str:
    return f'<u><span style="color:{INSERTED}">{escape(text)}</span></u>'


def removed(text: str) -> str:
    return f'<s><span style="color:{REMOVED_COLOUR}">{escape(text)}</span></s>'


def _cell(change: RowChange, field: Field) -> str:
    for found in change.fields:
        if found.field == field:
            return "".join(
                inserted(t) if k == INSERT else removed(t) if k == DELETE else escape(t)
                for k, t in found.words
            )
    text = " ".join(to_plain(change.row.value(field)).split())
    if change.kind == ADDED:
        return inserted(text)
    if change.kind == REMOVED:
        return removed(text)
    return escape(text)


def comparison_html(comparison: Comparison, fold: bool = False, changes: bool = True) -> str:
    """``fold`` leaves unchanged rows out; without ``changes`` it is the document as it is."""
    out = []
    if changes:
        out.append(f"<p><b>{escape(summary(comparison))}</b></p>")
        for section in comparison.sections:
            words = "".join(
                inserted(t) if k == INSERT else removed(t) if k == DELETE else escape(t)
                for k, t in section.words
            )
            out.append(f"<h3>{escape(section.title)}</h3><p>{words}</p>")
    for part in comparison.parts:
        columns = part.part.layout.columns
        head = "".join(
            f'<th {_CELL} bgcolor="#B4C6E7" align="left">{escape(c.label)}</th>' for c in columns
        )
        if changes:
            head += f'<th {_CELL} bgcolor="#B4C6E7" align="left">{escape(_("Change"))}</th>'
        width = len(columns) + (1 if changes else 0)
        body = []
        for theme in part.themes:
            rows = [r for r in theme.rows if not (fold and r.kind == UNCHANGED)]
            if not rows:
                continue
            body.append(
                f'<tr><td {_CELL} colspan="{width}" bgcolor="#D9E2F3"><b>'
                f"{escape(theme.path)}</b></td></tr>"
            )
            for change in rows:
                cells = "".join(f"<td {_CELL}>{_cell(change, c.field)}</td>" for c in columns)
                if changes:
                    note = "<br>".join(escape(line) for line in what_changed(change))
                    cells += f"<td {_CELL}>{note}</td>"
                body.append(f"<tr>{cells}</tr>")
        if body:
            out.append(f"<h3>{escape(part.title)}</h3>")
            out.append(
                '<table cellspacing="0" style="border-collapse:collapse">'
                f"<tr>{head}</tr>{''.join(body)}</table>"
            )
    return "".join(out)


def document_html(document: DocumentData) -> str:
    """A document (a version) to read, in its columns, without anything marked."""
    title = f"<h2>{escape(document.title)}</h2>"
    return title + comparison_html(compare(document, document), changes=False)
