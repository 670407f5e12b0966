"""Seeds in the goals-with-action-cards layout (``004_…``): a status block, running text
with bullet lists, then per goal (*Doel 1*) topics with a lead text and a *Doel tot … uit
ondersteuningsplan*, and transposed action tables (one column per action)."""

from __future__ import annotations

import re

from jaarplanner.i18n import _
from jaarplanner.importers.recognise import status_step
from jaarplanner.importers.report import ImportReport, ImportResult
from jaarplanner.importers.seeds.cells import cell_text, plain_paragraphs
from jaarplanner.importers.seeds.common import RawRow, organisation, school_year
from jaarplanner.model.document import DocumentData, PartData, SectionData, StepData, ThemeData
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import DocumentState, Field, StepAction

GOAL = re.compile(r"^\*\*Doel\s+(\d+)\*\*\s*(.*)$")
TOPIC = re.compile(r"^\*\*(.+?)\*\*\s*$")
ACTION_TITLE = re.compile(r"^\s*(\d+)\.(\d+)\s+(.*)$")


def _field_for(label: str, layout_labels: dict[str, Field]) -> Field | None:
    return layout_labels.get(cell_text(label).strip(" :").lower())


class _Cards:
    def __init__(self, part: PartData, report: ImportReport) -> None:
        self.part = part
        self.report = report
        self.goal: ThemeData | None = None
        self.topic: ThemeData | None = None
        self.lead: list[str] = []
        self.actions: list[RawRow] = []
        self.labels = {c.label.lower(): c.field for c in part.layout.columns}
        self.topic_count = 0

    def flush_lead(self) -> None:
        if self.topic is not None and self.lead:
            lines = []
            for line in self.lead:
                if re.match(r"^doel\s+tot\s+\d{4}", line, re.I):
                    lines.append(f"**{line}**")
                else:
                    lines.append(line)
            self.topic.goal = plain_paragraphs(lines)
        self.lead = []

    def flush_actions(self) -> None:
        if self.topic is not None:
            self.topic.rows.extend(raw.to_row() for raw in self.actions)
        self.actions = []

    def line(self, index: int, line: str) -> None:
        where = _("line {n}").format(n=index + 1)
        goal = GOAL.match(line.strip())
        topic = TOPIC.match(line.strip())
        if goal:
            self.flush_lead()
            self.flush_actions()
            self.goal = ThemeData(title=" ".join(goal.group(2).split()))
            self.part.themes.append(self.goal)
            self.topic = None
            if int(goal.group(1)) != len(self.part.themes):
                self.report.note(
                    where,
                    _("goal numbered {written} is goal {derived}").format(
                        written=goal.group(1), derived=len(self.part.themes)
                    ),
                )
        elif topic and "\t" not in line:
            self.flush_lead()
            self.flush_actions()
            if self.goal is None:
                self.report.note(where, _("a topic before the first goal was skipped"))
                return
            self.topic = ThemeData(title=topic.group(1).strip())
            self.goal.themes.append(self.topic)
            self.topic_count += 1
        elif "\t" in line:
            self.flush_lead()
            self.table_line(where, line.split("\t"))
        elif line.strip() and self.topic is not None:
            self.lead.append(line.strip())

    def table_line(self, where: str, cells: list[str]) -> None:
        if self.topic is None:
            self.report.note(where, _("a table outside any topic was skipped"))
            return
        label, values = cell_text(cells[0]), cells[1:]
        if label.lower() == "acties":
            self.flush_actions()
            for value in values:
                title = cell_text(value)
                if not title:
                    continue
                numbered = ACTION_TITLE.match(title)
                if numbered:
                    title = numbered.group(3)
                    expected = len(self.topic.rows) + len(self.actions) + 1
                    if (int(numbered.group(1)), int(numbered.group(2))) != (
                        self.topic_count,
                        expected,
                    ):
                        self.report.note(
                            where,
                            _("action {written} is action {derived}").format(
                                written=f"{numbered.group(1)}.{numbered.group(2)}",
                                derived=f"{self.topic_count}.{expected}",
                            ),
                        )
                self.actions.append(RawRow(cells={Field.TITLE: title}, where=where))
            return
        field = _field_for(label, self.labels)
        if field is None:
            self.report.note(
                where, _("the table row '{label}' was not recognised").format(label=label)
            )
            return
        for raw, value in zip(self.actions, values, strict=False):
            raw.extend({field: value})


def read_cards(text: str, source: str, layout: DocumentLayout) -> ImportResult:
    report = ImportReport(source)
    lines = text.split("\n")
    heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), 0)
    steps: list[StepData] = []
    for line in lines[:heading]:
        step = status_step(line) if line.strip() else None
        if step:
            action, body, day = step
            steps.append(StepData(body, action, day))
    title = lines[heading][2:].strip() if heading else source
    first_goal = next((i for i, line in enumerate(lines) if GOAL.match(line.strip())), len(lines))
    intro = lines[heading + 1 : first_goal]
    introduction = " ".join(intro)
    name_match = re.search(r"\b(samenwerkingsverband\s+[^.]+?)\s*\.", introduction, re.I)
    name = name_match.group(1) if name_match else title
    name = name[:1].upper() + name[1:]
    part = PartData("acties", layout.part("acties").title, layout.part("acties"))
    cards = _Cards(part, report)
    for index in range(first_goal, len(lines)):
        cards.line(index, lines[index])
    cards.flush_lead()
    cards.flush_actions()
    adopted = any(s.action == StepAction.ADOPTED and s.date for s in steps)
    document = DocumentData(
        organisation=organisation(name, text[:4000]),
        school_year=school_year(title, report),
        title=title,
        layout=layout.name,
        state=DocumentState.ADOPTED if adopted else DocumentState.CONCEPT,
        steps=steps,
        sections=[SectionData(_("Introduction"), plain_paragraphs(intro))]
        if any(line.strip() for line in intro)
        else [],
        parts=[part],
    )
    return ImportResult(document, report)
