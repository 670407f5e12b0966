"""An independent, simple reading of the seed files, to check the importers against.

It knows only what a person sees in the text (theme lines, numbered lines, cells) and
deliberately shares no code with the importers."""

from __future__ import annotations

import re

from tests.seeds import seed


def words(text: str) -> list[str]:
    """The words of seed markup or of dump text, compared loosely: tags, superscript
    braces and list-style attributes gone, white space folded."""
    text = re.sub(r"\s*\^\{([^}]*)\}", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return text.split()


def themed_structure(prefix: str) -> list[tuple[str, list[tuple[str, int]]]]:
    """Parts of a themed seed: [(part heading, [(theme title, rows incl. unnumbered)])]."""
    parts: list[tuple[str, list[tuple[str, int]]]] = []
    for line in seed(prefix).read_text("utf-8").split("\n"):
        if "\t" not in line:
            if re.match(r"^(Jaarkalender|Jaarplan) SWV .*schooljaar", line):
                parts.append((line.strip(), []))
            continue
        cells = line.split("\t")
        band = re.match(r"^\d+\.\s+(.+?)\s*$", cells[0])
        if band and not "".join(cells[1:]).strip():
            parts[-1][1].append((band.group(1), 0))
            continue
        if not parts or not parts[-1][1]:
            continue
        first = re.sub(r"<[^>]+>", "", cells[0]).strip()
        numbered = bool(re.match(r"^\d+(\s|$)", first))
        if len(cells) >= 7 and first and not first.isdigit():
            period = first
        elif len(cells) >= 7:
            period = cells[1].strip()
        else:
            period = re.sub(r"^\d+\s*", "", first)
        header = "Periode (wanneer)" in line
        if header:
            continue
        if numbered or period:
            title, count = parts[-1][1][-1]
            parts[-1][1][-1] = (title, count + 1)
    return parts


def clean_themed_rows(prefix: str) -> list[tuple[str, str, list[str]]]:
    """Rows written whole on one 7-cell line (no page break after them):
    (theme title, number, [period, what, who, result, staff, finance])."""
    lines = seed(prefix).read_text("utf-8").split("\n")
    found = []
    theme = ""
    for index, line in enumerate(lines):
        cells = line.split("\t")
        band = re.match(r"^\d+\.\s+(.+?)\s*$", cells[0])
        if band and not "".join(cells[1:]).strip():
            theme = band.group(1)
            continue
        if len(cells) != 7 or not cells[0].strip().isdigit():
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        after = lines[index + 2] if index + 2 < len(lines) else ""
        if following.strip() == "" and "Periode (wanneer)" in after:
            continue  # the row may run on after the page break
        found.append((theme, cells[0].strip(), cells[1:7]))
    return found
