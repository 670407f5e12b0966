"""The comparison of two documents as a PDF for the approval round: a summary page
(*12 rijen gewijzigd, 3 nieuw, 1 vervallen*), then per part and theme the rows in the
document's columns with the changes marked: inserted words underlined in green, removed
words struck through in red, and what else changed (status, period, place) in a last column.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from jaarplanner.exporters.compare_words import INSERTED, REMOVED_COLOUR, summary, what_changed
from jaarplanner.exporters.pdf.document import WIDTH, running_title
from jaarplanner.exporters.pdf.fonts import register
from jaarplanner.exporters.pdf.markup import text, title
from jaarplanner.exporters.pdf.pages import build_plain
from jaarplanner.exporters.pdf.styles import BAND, GRID, HEADER, style
from jaarplanner.i18n import _
from jaarplanner.model.compare import (
    ADDED,
    CHANGED,
    MOVED,
    REMOVED,
    UNCHANGED,
    Comparison,
    PartChanges,
    RowChange,
)
from jaarplanner.model.document import DocumentData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.model.words import DELETE, INSERT, Segment

KINDS = (CHANGED, ADDED, REMOVED, MOVED)
CHANGE_COLUMN = 0.16  # share of the width for the column that says what changed


def inserted(markup: str) -> str:
    return f'<u><font color="{INSERTED}">{markup}</font></u>'


def removed(markup: str) -> str:
    return f'<strike><font color="{REMOVED_COLOUR}">{markup}</font></strike>'


def marked(segments: tuple[Segment, ...] | list[Segment]) -> str:
    """Paragraph markup of a word difference; every text escaped by ``markup.text``."""
    out = []
    for kind, words in segments:
        shown = text(words)
        out.append(
            inserted(shown) if kind == INSERT else removed(shown) if kind == DELETE else shown
        )
    return "".join(out)


def _cell(change: RowChange, field: Field) -> str:
    for found in change.fields:
        if found.field == field:
            return marked(found.words)
    shown = text(" ".join(to_plain(change.row.value(field)).split()))
    if change.kind == ADDED:
        return inserted(shown) if shown else ""
    if change.kind == REMOVED:
        return removed(shown) if shown else ""
    return shown


def _transposed(part: PartChanges, fold: bool) -> list[Flowable]:
    """Action cards as the document prints them: per theme a table with one column per
    action and one row per field, the last row saying what changed."""
    layout = part.part.layout
    per = max(1, min(layout.actions_per_table, 6))
    found: list[Flowable] = []
    for theme in part.themes:
        shown = [r for r in theme.rows if not (fold and r.kind == UNCHANGED)]
        if not shown:
            continue
        found.append(Paragraph(title(theme.path), style("h2")))
        for start in range(0, len(shown), per):
            actions = shown[start : start + per]
            label_width = WIDTH * 0.12
            action_width = (WIDTH - label_width) / max(len(actions), min(per, 5))
            rows = [
                [Paragraph(text(c.label or ""), style("header"))]
                + [
                    Paragraph(
                        (f"{text(a.row.number)} " if n == 0 and a.row.number else "")
                        + _cell(a, c.field),
                        style("cell"),
                    )
                    for a in actions
                ]
                for n, c in enumerate(layout.columns)
            ]
            rows.append(
                [Paragraph(text(_("Change")), style("header"))]
                + [
                    Paragraph("<br/>".join(text(x) for x in what_changed(a)), style("cell"))
                    for a in actions
                ]
            )
            table = Table(
                rows, colWidths=[label_width] + [action_width] * len(actions), hAlign="LEFT"
            )
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                        ("BACKGROUND", (0, 0), (0, -1), HEADER),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            found += [table, Spacer(1, 8)]
    return [Paragraph(title(part.title), style("h1")), *found] if found else []


def _part_table(part: PartChanges, fold: bool) -> list[Flowable]:
    layout = part.part.layout
    if layout.orientation == "transposed":
        return _transposed(part, fold)
    columns = layout.columns
    total = sum(c.width for c in columns)
    widths = [WIDTH * (1 - CHANGE_COLUMN) * c.width / total for c in columns]
    widths.append(WIDTH * CHANGE_COLUMN)
    header = [Paragraph(text(c.label or ""), style("header")) for c in columns]
    header.append(Paragraph(text(_("Change")), style("header")))
    rows: list[list] = [header]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for theme in part.themes:
        shown = [r for r in theme.rows if not (fold and r.kind == UNCHANGED)]
        if not shown:
            continue
        rows.append([Paragraph(title(theme.path), style("band"))] + [""] * len(columns))
        commands += [
            ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
            ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), BAND),
        ]
        for change in shown:
            cells = [Paragraph(_cell(change, c.field), style("cell")) for c in columns]
            note = "<br/>".join(text(line) for line in what_changed(change))
            cells.append(Paragraph(note, style("cell")))
            rows.append(cells)
            if change.kind != UNCHANGED:
                commands.append(
                    ("BACKGROUND", (-1, len(rows) - 1), (-1, len(rows) - 1), colors.whitesmoke)
                )
    if len(rows) == 1:
        return []
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return [Paragraph(title(part.title), style("h1")), table, Spacer(1, 10)]


def _change_list(comparison: Comparison) -> list[Flowable]:
    """One line per changed row, for the reader who wants the list before the tables."""
    lines: list[Flowable] = []
    for part in comparison.parts:
        for theme in part.themes:
            for change in theme.rows:
                if change.kind == UNCHANGED:
                    continue
                row = change.row
                words = " ".join(
                    to_plain(row.value(Field.WHAT) or row.value(Field.TITLE) or "").split()
                )
                label = f"{row.number} {words}" if row.number else words
                said = what_changed(change)
                if any(f.field != Field.PERIOD for f in change.fields):
                    said.append(_("text changed"))
                lines.append(
                    Paragraph(
                        f"• {text(theme.path)}: <b>{text(label[:90])}</b> – "
                        + text("; ".join(said)),
                        style("cell"),
                    )
                )
    return [Spacer(1, 8), *lines] if lines else []


def comparison_story(
    comparison: Comparison, old: DocumentData, new: DocumentData, fold: bool = False
) -> list[Flowable]:
    register()
    flow: list[Flowable] = [
        Paragraph(text(_("Comparison")), style("title")),
        Paragraph(text(_("From: {name}").format(name=comparison.old_title)), style("body")),
        Paragraph(text(_("To: {name}").format(name=comparison.new_title)), style("body")),
        Spacer(1, 12),
        Paragraph(f"<b>{text(summary(comparison))}</b>", style("h2")),
        Paragraph(
            inserted(text(_("inserted words"))) + " · " + removed(text(_("removed words"))),
            style("body"),
        ),
    ]
    for part in comparison.parts:
        counts = {k: sum(r.kind == k for t in part.themes for r in t.rows) for k in KINDS}
        if any(counts.values()):
            line = _("{part}: {changed} changed, {added} new, {dropped} dropped, {moved} moved")
            flow.append(
                Paragraph(
                    text(
                        line.format(
                            part=part.title,
                            changed=counts[CHANGED],
                            added=counts[ADDED],
                            dropped=counts[REMOVED],
                            moved=counts[MOVED],
                        )
                    ),
                    style("body"),
                )
            )
    flow += _change_list(comparison)
    flow.append(PageBreak())
    for section in comparison.sections:
        note = {ADDED: _("new"), REMOVED: _("dropped")}.get(section.kind, "")
        heading = f"{section.title} ({note})" if note else section.title
        flow.append(Paragraph(text(heading), style("h2")))
        flow.append(Paragraph(marked(section.words), style("body")))
    for part in comparison.parts:
        flow += _part_table(part, fold)
    return flow


def write_comparison_pdf(
    comparison: Comparison, old: DocumentData, new: DocumentData, target: Path, fold: bool = False
) -> None:
    """The comparison as a PDF at ``target``; ``fold`` leaves the unchanged rows out."""
    build_plain(
        target,
        comparison_story(comparison, old, new, fold),
        _("Comparison"),
        new.organisation.name,
        running_title(new),
    )
