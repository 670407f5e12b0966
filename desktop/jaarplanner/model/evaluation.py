"""The evaluation of a year: counts per theme and status, the lists of what was and was not
realised, and a text ready for next year's *Evaluatie jaarplan* section."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData
from jaarplanner.model.richtext import clean, to_plain
from jaarplanner.model.values import Field, RowStatus, status_label

REALISED = (RowStatus.REALISED,)
NOT_REALISED = (RowStatus.NOT_REALISED, RowStatus.POSTPONED, RowStatus.PARTLY)


@dataclass
class ThemeCount:
    part: str
    theme: str
    counts: Counter[RowStatus] = field(default_factory=Counter)


@dataclass
class Evaluation:
    school_year: str
    title: str
    themes: list[ThemeCount] = field(default_factory=list)
    realised: list[str] = field(default_factory=list)
    not_realised: list[tuple[str, RowStatus]] = field(default_factory=list)

    @property
    def total(self) -> Counter[RowStatus]:
        found: Counter[RowStatus] = Counter()
        for theme in self.themes:
            found.update(theme.counts)
        return found


def evaluate(document: DocumentData) -> Evaluation:
    result = Evaluation(document.school_year, document.title)
    for part in document.parts:
        for theme in part.all_themes():
            count = ThemeCount(part.title, theme.title)
            for row in theme.rows:
                count.counts[row.status] += 1
                what = " ".join(to_plain(row.value(Field.WHAT) or row.value(Field.TITLE)).split())
                if row.status in REALISED:
                    result.realised.append(what)
                elif row.status in NOT_REALISED:
                    result.not_realised.append((what, row.status))
            result.themes.append(count)
    return result


def evaluation_text(evaluation: Evaluation) -> str:
    """Rich text for the *Evaluatie jaarplan* section of the next year's document."""
    total = evaluation.total
    rows = sum(total.values())
    themes = len({t.theme for t in evaluation.themes})
    opening = _("The plan for {year} held {themes} themes and {rows} activities.").format(
        year=evaluation.school_year, themes=themes, rows=rows
    )
    counts = ", ".join(
        f"{n} {status_label(s)}"
        for s, n in sorted(total.items(), key=lambda item: list(RowStatus).index(item[0]))
        if n
    )
    parts = [f"<p>{escape(opening)} {escape(_('Of these: {counts}.').format(counts=counts))}</p>"]
    if evaluation.realised:
        parts.append(
            "<p>"
            + escape(
                ngettext("Realised was:", "Realised were, among others:", len(evaluation.realised))
            )
            + "</p>"
        )
        parts.append(
            "<ul>" + "".join(f"<li>{escape(w)}</li>" for w in evaluation.realised) + "</ul>"
        )
    if evaluation.not_realised:
        parts.append("<p>" + escape(_("Not (fully) realised:")) + "</p>")
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{escape(w)} ({escape(status_label(s))})</li>"
                for w, s in evaluation.not_realised
            )
            + "</ul>"
        )
    return clean("".join(parts))
