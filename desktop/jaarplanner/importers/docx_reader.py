"""Word documents (``.docx``): paragraphs and tables, read in document order.

Rich text survives: bold, italic, underline, superscript, soft line breaks, links and
(nested) bullet lists. Tables are recognised by their header row (see ``tables``); merged
cells count once, and a cell merged down from the row above is empty in the rows below it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from jaarplanner.i18n import _
from jaarplanner.importers.about import apply_about, is_about
from jaarplanner.importers.report import ImportReport, ImportResult
from jaarplanner.importers.sniff import ImportFileError
from jaarplanner.importers.structure import Block, build_document
from jaarplanner.importers.tables import Mapping
from jaarplanner.model.richtext import to_plain

MAX_PARAGRAPHS = 50_000  # paragraphs and tables per document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


@dataclass
class _ListState:
    open: list[str]


def _run_markup(run: Any) -> str:
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            parts.append(escape(child.text or "", quote=False))
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("<br>")
        elif tag == f"{W}tab":
            parts.append(" ")
    text = "".join(parts)
    if not text:
        return ""
    props = run.find(f"{W}rPr")
    if props is not None:

        def on(name: str) -> bool:
            element = props.find(f"{W}{name}")
            return element is not None and element.get(f"{W}val") not in ("0", "false", "none")

        align = props.find(f"{W}vertAlign")
        if align is not None and align.get(f"{W}val") == "superscript":
            text = f"<sup>{text}</sup>"
        elif align is not None and align.get(f"{W}val") == "subscript":
            text = f"<sub>{text}</sub>"
        if on("u"):
            text = f"<u>{text}</u>"
        if on("i"):
            text = f"<i>{text}</i>"
        if on("b"):
            text = f"<b>{text}</b>"
    return text


def paragraph_markup(element: Any, links: dict[str, str]) -> str:
    parts: list[str] = []
    for child in element:
        if child.tag == f"{W}r":
            parts.append(_run_markup(child))
        elif child.tag == f"{W}hyperlink":
            inner = "".join(_run_markup(r) for r in child.iter(f"{W}r"))
            target = links.get(child.get(f"{R}id") or "", "")
            parts.append(f'<a href="{escape(target, quote=True)}">{inner}</a>' if target else inner)
        elif child.tag in (f"{W}ins", f"{W}smartTag", f"{W}sdt"):
            parts.append("".join(_run_markup(r) for r in child.iter(f"{W}r")))
    return "".join(parts)


def _style(element: Any, styles: dict[str, str]) -> str:
    props = element.find(f"{W}pPr")
    if props is None:
        return ""
    style = props.find(f"{W}pStyle")
    return styles.get(style.get(f"{W}val"), style.get(f"{W}val")) if style is not None else ""


def _list_level(element: Any, style: str) -> int | None:
    props = element.find(f"{W}pPr")
    numbering = props.find(f"{W}numPr") if props is not None else None
    if numbering is not None:
        level = numbering.find(f"{W}ilvl")
        return int(level.get(f"{W}val")) if level is not None else 0
    lowered = style.lower()
    if lowered.startswith("list") or "bullet" in lowered or "opsomming" in lowered:
        digits = [c for c in style if c.isdigit()]
        return int(digits[-1]) - 1 if digits else 0
    return None


def blocks_markup(paragraphs: list[tuple[str, int | None, bool]]) -> str:
    """Paragraph markup with list levels into one piece of rich text."""
    out: list[str] = []
    stack: list[str] = []
    for markup, level, ordered in paragraphs:
        if level is None:
            while stack:
                out.append(f"</li></{stack.pop()}>")
            if markup.strip():
                out.append(f"<p>{markup}</p>")
            continue
        tag = "ol" if ordered else "ul"
        if len(stack) > level + 1:
            while len(stack) > level + 1:
                out.append(f"</li></{stack.pop()}>")
            out.append(f"</li><li>{markup}")
        elif len(stack) == level + 1:
            out.append(f"</li><li>{markup}")
        else:
            while len(stack) < level + 1:
                stack.append(tag)
                out.append(f"<{tag}><li>")
            out.append(markup)
    while stack:
        out.append(f"</li></{stack.pop()}>")
    if len(out) == 1 and out[0].startswith("<p>"):
        return out[0][3:-4]  # one paragraph is plain inline text
    return "".join(out)


class _Reader:
    def __init__(self, document: Any, name: str = "") -> None:
        self.document = document
        self.name = name
        self.links = {
            rid: rel.target_ref for rid, rel in document.part.rels.items() if rel.is_external
        }
        self.styles = {s.style_id: s.name for s in document.styles}

    def paragraph(self, element: Any) -> tuple[str, int | None, bool, str]:
        style = _style(element, self.styles)
        markup = paragraph_markup(element, self.links)
        level = _list_level(element, style)
        return markup, level, "number" in style.lower(), style

    def cell(self, cell_element: Any) -> str:
        paragraphs = [self.paragraph(p)[:3] for p in cell_element.iter(f"{W}p")]
        return blocks_markup(paragraphs)

    def table(self, element: Any) -> Block:
        """Rows of cell markup; a merged cell counts once; a cell merged down is empty, and
        remembered (with the rows that hold a cell merged across) for tables read by their
        header words."""
        rows: list[list[str]] = []
        merged_down: set[tuple[int, int]] = set()
        across: set[int] = set()
        for tr in element.findall(f"{W}tr"):
            cells: list[str] = []
            for tc in tr.findall(f"{W}tc"):
                props = tc.find(f"{W}tcPr")
                merged = False
                span = 1
                if props is not None:
                    vmerge = props.find(f"{W}vMerge")
                    merged = vmerge is not None and vmerge.get(f"{W}val") != "restart"
                    grid = props.find(f"{W}gridSpan")
                    span = int(grid.get(f"{W}val")) if grid is not None else 1
                if merged:
                    merged_down.add((len(rows), len(cells)))
                if span > 1:
                    across.add(len(rows))
                cells.append("" if merged else self.cell(tc))
                cells.extend([""] * (min(span, 64) - 1))
            rows.append(cells)
        return Block("table", "", rows=rows, merged_down=merged_down, across=across)

    def blocks(self) -> list[Block]:
        found: list[Block] = []
        pending: list[tuple[str, int | None, bool]] = []

        def flush() -> None:
            if pending:
                found.append(Block("text", blocks_markup(pending)))
                pending.clear()

        for count, element in enumerate(self.document.element.body.iterchildren()):
            if count >= MAX_PARAGRAPHS:
                raise ImportFileError(
                    _(
                        "'{name}' has more than {cap} paragraphs and tables; Jaarplanner reads up "
                        "to {cap} in one import. Split the document and import the parts."
                    ).format(name=self.name, cap=f"{MAX_PARAGRAPHS:,}".replace(",", "."))
                )
            if element.tag == f"{W}p":
                markup, level, ordered, style = self.paragraph(element)
                lowered = style.lower()
                if lowered == "title" or lowered.startswith(("heading", "kop")):
                    flush()
                    digits = [c for c in style if c.isdigit()]
                    found.append(
                        Block(
                            "heading",
                            markup,
                            level=0 if lowered == "title" else (int(digits[0]) if digits else 1),
                        )
                    )
                elif lowered == "subtitle":
                    flush()
                    found.append(Block("subtitle", markup))
                elif markup.strip() or level is not None:
                    if level is None and pending and pending[-1][1] is None:
                        flush()
                    pending.append((markup, level, ordered))
            elif element.tag == f"{W}tbl":
                flush()
                found.append(self.table(element))
        flush()
        return found


def read_docx(path: Path, mapping: Mapping | None = None) -> ImportResult:
    import docx

    from jaarplanner.importers.sniff import check_zip

    check_zip(path).close()
    document = docx.Document(str(path))
    report = ImportReport(path.name)
    blocks = _Reader(document, path.name).blocks()
    about = [b for b in blocks if b.kind == "table" and b.rows and is_about(b.rows[0])]
    blocks = [b for b in blocks if not any(b is a for a in about)]
    if not blocks:
        from jaarplanner.importers.sniff import ImportFileError

        raise ImportFileError(_("'{name}' holds no text.").format(name=path.name))
    found = build_document(blocks, path.stem, report, mapping, bool(about))
    if about:  # our own export's table Over dit document, its cells as the plain text they
        # hold ("Zuid & Oost", two lines), as a sheet's cells give it
        apply_about(found, [[to_plain(cell) for cell in row] for row in about[0].rows])
    return ImportResult(found, report)
