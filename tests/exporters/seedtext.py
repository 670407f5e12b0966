"""The text of a seed's tables in reading order, for comparing with an exported PDF.

The seed is a page-broken copy: rows that ran over a page break continue after a repeated
header. Those pieces are put back into their row (cell by cell), the repeated headers and
page furniture are left out, and what remains is compared as letters and digits only, so
that line breaks, superscripts and words broken at a column edge do not count."""

from __future__ import annotations

import difflib
import re

from tests.importers.seedoracle import seed

HEADER = re.compile(
    r"(periode \(wanneer\)|activiteiten \(wat\)|betrokkenen \(wie\)|"
    r"gewenst resultaat|middelen \(personeel\)|middelen \(financieel\)|"
    r"beoogde resultaat|wat|wie|wanneer gereed)"
)


def letters(text: str) -> str:
    text = re.sub(r"\s*\^\{([^}]*)\}", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&")
    return re.sub(r"[\W_]+", "", text.lower())


def _plain(cell: str) -> str:
    return re.sub(r"<[^>]+>", "", cell).strip()


def seed_rows(prefix: str) -> list[list[str]]:
    """The seed's table rows (lists of cells), pieces after page breaks put back."""
    text = seed(prefix).read_text("utf-8")
    if prefix == "002":
        lines = text.split("\n")
        start = next(i for i, x in enumerate(lines) if x.strip().startswith("Jaarkalender SWV"))
        body = "\n".join(lines[start:])
        body = re.sub(r"Periode\s*\n\s*\(wanneer\)(?:.|\n)*?\(financieel\)", "\n\n", body)
        grouped: list[list[str]] = []
        for chunk in re.split(r"\n[ \t]*\n", body):
            if not chunk.strip() or re.fullmatch(r"\s*\d+\s*", chunk):
                continue  # a page number
            if re.match(r"^\s*\d{1,2}\.?\s+\S", chunk) or not grouped:
                grouped.append([])  # a row or a theme starts
            grouped[-1].append(chunk)
        return grouped
    rows: list[list[str]] = []
    after_header = False
    for line in text.split("\n"):
        if "\t" not in line or "....." in line:  # a contents line is no table
            continue
        cells = line.split("\t")
        plain = [_plain(c).lower() for c in cells]
        if sum(1 for c in plain if HEADER.fullmatch(c)) >= 3:
            after_header = True
            continue
        lead = [c for c in plain[:2]]
        fragment = rows and (
            (len(cells) >= 7 and not lead[0] and not lead[1] and after_header)
            or (len(cells) == 6 and not plain[0] and after_header)
            or (
                len(cells) == 4
                and plain[0]
                and not any(plain[1:])
                and prefix == "003"
                and not re.match(r"^\d", plain[0])
                and rows[-1][0].strip()
                and not plain[0].startswith(("documenten", "gesprekscyclus", "evaluatie"))
            )
        )
        after_header = False
        if fragment:
            previous = rows[-1]
            for offset in range(1, min(len(cells), len(previous)) + 1):
                if _plain(cells[-offset]):
                    previous[-offset] += " " + cells[-offset]
            continue
        rows.append(cells)
    return [[cell for cell in row if _plain(cell)] for row in rows]


def in_order_share(rows: list[list[str]], pdf_text: str) -> float:
    """The share of the rows' letters found in the PDF, rows in the seed's order.

    A row that the PDF runs over a page break comes out with its cells interleaved (the
    first part of every cell, the page foot and head, then the rest), so inside a row each
    cell is looked for in the row's stretch of text, in pieces where need be."""
    target = letters(pdf_text)
    position = 0
    found = 0
    total = 0
    for row in rows:
        cells = [letters(cell) for cell in row if letters(cell)]
        if not cells:
            continue
        size = sum(len(c) for c in cells)
        total += size
        first = cells[0] if len(cells[0]) >= 20 else max(cells, key=len)
        limit = None if len(first) >= 20 else position + size + 4000
        start = target.find(first, position, limit)
        if start < 0:
            start = position
        stretch_start = max(position, start - size - 200)
        stretch = target[stretch_start : start + 2 * size + 3000]
        ends = []
        for cell in cells:
            hit = stretch.find(cell)
            if hit >= 0:
                found += len(cell)
                ends.append(hit + len(cell))
                continue
            matcher = difflib.SequenceMatcher(None, cell, stretch, autojunk=False)
            blocks = [b for b in matcher.get_matching_blocks() if b.size >= 4]
            found += sum(b.size for b in blocks)
            ends.extend(b.b + b.size for b in blocks[:1])
        if ends:
            position = stretch_start + min(ends)
    return found / total if total else 1.0
