"""What a comparison says in words, the same in its PDF and on its web page: the summary
(*12 rijen gewijzigd, 3 nieuw, 1 vervallen*), what else changed in a row, and the colours
of inserted and removed words. No ReportLab here: the window shows the web page without
loading the PDF library."""

from __future__ import annotations

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.compare import ADDED, CHANGED, MOVED, REMOVED, Comparison, RowChange
from jaarplanner.model.values import status_label

INSERTED = "#1A7F37"  # green
REMOVED_COLOUR = "#C0392B"  # red


def summary(comparison: Comparison) -> str:
    """*12 rijen gewijzigd, 3 nieuw, 1 vervallen, 2 verplaatst*."""
    changed, added = comparison.count(CHANGED), comparison.count(ADDED)
    dropped, moved = comparison.count(REMOVED), comparison.count(MOVED)
    return ", ".join(
        (
            ngettext("{n} row changed", "{n} rows changed", changed).format(n=changed),
            ngettext("{n} new", "{n} new", added).format(n=added),
            ngettext("{n} dropped", "{n} dropped", dropped).format(n=dropped),
            ngettext("{n} moved", "{n} moved", moved).format(n=moved),
        )
    )


def what_changed(change: RowChange) -> list[str]:
    """The lines of the last column: new, dropped, moved, status, period, priority."""
    lines = []
    if change.kind == ADDED:
        lines.append(_("new"))
    elif change.kind == REMOVED:
        lines.append(_("dropped"))
    if change.moved:
        lines.append(_("moved from {theme}").format(theme=change.old_theme))
    if change.status:
        old, new = change.status
        lines.append(
            _("status: {old} → {new}").format(old=status_label(old), new=status_label(new))
        )
    if change.period is not None:
        lines.append(
            _("period: {old} → {new}").format(old=change.period.old, new=change.period.new)
        )
    if change.priority:
        lines.append(_("priority on") if change.priority[1] else _("priority off"))
    return lines
