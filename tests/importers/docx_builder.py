"""Word files built from a dump, the way an office would write them: a title, the status
trail, headings with text, and per part one table with the layout's header row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
OWN_BULLETS = ("o ", "- ", "❖ ", "✓ ", "➢ ", "▪ ", "► ", "– ", "* ")


def _date(text: str | None) -> str:
    if not text:
        return ""
    day = dt.date.fromisoformat(text)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def write_text(target, text: str) -> None:
    """Plain dump text as paragraphs: '• ' lines become bullet paragraphs."""
    first = True
    for line in text.split("\n"):
        stripped = line.strip()
        if line.startswith("  ") and stripped[:2] in ("o ", "• "):
            paragraph = target.add_paragraph(stripped[2:], style="List Bullet 2")
        elif stripped.startswith("• "):
            paragraph = target.add_paragraph(stripped[2:], style="List Bullet")
        elif stripped.startswith(OWN_BULLETS):
            paragraph = target.add_paragraph(stripped, style="List Bullet")
        elif (
            first
            and hasattr(target, "paragraphs")
            and target.paragraphs
            and not target.paragraphs[0].text
            and target.__class__.__name__ == "_Cell"
        ):
            target.paragraphs[0].text = stripped
            paragraph = target.paragraphs[0]
        else:
            paragraph = target.add_paragraph(stripped)
        first = False
        del paragraph


def _cell(cell, text: str) -> None:
    cell.text = ""
    write_text(cell, text)
    if cell.paragraphs and not cell.paragraphs[0].text and len(cell.paragraphs) > 1:
        first = cell.paragraphs[0]._p
        first.getparent().remove(first)


def _header(table, labels: list[str]) -> None:
    row = table.rows[0]
    for cell, label in zip(row.cells, labels, strict=True):
        cell.text = label
    props = row._tr.get_or_add_trPr()
    header = props.makeelement(qn("w:tblHeader"), {})
    props.append(header)


def _band(table, text: str) -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = text


def _rows(table, row: dict, columns: list[dict], numbered: bool) -> None:
    cells = table.add_row().cells
    offset = 1 if numbered else 0
    if numbered:
        cells[0].text = row["number"] or ""
    for index, column in enumerate(columns):
        _cell(cells[index + offset], row["fields"].get(column["field"], ""))
    for child in row["rows"]:
        _rows(table, child, columns, numbered)


def _themed(document, part: dict) -> None:
    columns = part["columns"]
    table = document.add_table(rows=1, cols=len(columns) + 1)
    table.style = "Table Grid"
    _header(table, ["nr"] + [c["label"] for c in columns])

    def theme(item: dict) -> None:
        _band(table, f"{item['number']}. {item['title']}" if item["number"] else item["title"])
        for row in item["rows"]:
            _rows(table, row, columns, True)
        for child in item["themes"]:
            theme(child)

    for item in part["themes"]:
        theme(item)


def _points(document, part: dict) -> None:
    columns = part["columns"]
    for item in part["themes"]:
        document.add_heading(item["title"], level=2)
        if item["reference"]:
            document.add_paragraph(item["reference"])
        if item["goal"]:
            write_text(document, item["goal"])
        table = document.add_table(rows=1, cols=len(columns))
        _header(table, [c["label"] for c in columns])
        for row in item["rows"]:
            _rows(table, row, columns, False)
        if item["footnotes"]:
            write_text(document, item["footnotes"])


def _calendar(document, part: dict) -> None:
    columns = part["columns"]
    table = document.add_table(rows=1, cols=len(columns))
    _header(table, [c["label"] for c in columns])
    for item in part["themes"]:
        _band(table, item["title"])
        for row in item["rows"]:
            _rows(table, row, columns, False)


def _cards(document, part: dict) -> None:
    columns = part["columns"]
    for goal in part["themes"]:
        document.add_heading(f"Doel {goal['number']} {goal['title']}", level=2)
        for topic in goal["themes"]:
            document.add_heading(topic["title"], level=3)
            if topic["goal"]:
                write_text(document, topic["goal"])
            actions = topic["rows"]
            table = document.add_table(rows=len(columns), cols=len(actions) + 1)
            for row_index, column in enumerate(columns):
                table.rows[row_index].cells[0].text = column["label"]
                for index, action in enumerate(actions):
                    value = action["fields"].get(column["field"], "")
                    if column["field"] == "title":
                        value = f"{action['number']} {value}"
                    _cell(table.rows[row_index].cells[index + 1], value)


def build_docx(dump: dict, path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for step in dump["status"]:
        body = f" door {step['body']}" if step["body"] else ""
        document.add_paragraph(f"{step['action'].capitalize()}{body} {_date(step['date'])}".strip())
    document.add_heading(dump["title"], level=0)
    if dump["subtitle"]:
        document.add_paragraph(dump["subtitle"], style="Subtitle")
    for text_section in dump["sections"]:
        document.add_heading(text_section["title"], level=1)
        write_text(document, text_section["text"])
    if dump["kpis"]:
        document.add_heading("KPI's", level=1)
        document.add_paragraph(f"KPI's ondersteuningsplan {dump['kpis'][0]['period']}")
        for kpi in dump["kpis"]:
            document.add_paragraph(kpi["text"] or "-", style="List Number")
    for part in dump["parts"]:
        document.add_heading(part["title"], level=1)
        if part["subtitle"]:
            document.add_paragraph(part["subtitle"], style="Subtitle")
        fields = [c["field"] for c in part["columns"]]
        if dump["layout"] == "action-cards":
            _cards(document, part)
        elif dump["layout"] == "development-points" and "result" in fields:
            _points(document, part)
        elif dump["layout"] == "development-points":
            _calendar(document, part)
        else:
            _themed(document, part)
    document.save(str(path))
