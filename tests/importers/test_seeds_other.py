"""The development-points seed (003), the action-cards seed (004) and the page-text seed
(002): every topic, every row or action with its text; for 002 at least 95% of the rows."""

from __future__ import annotations

import re

from jaarplanner.exporters.dump import document_dump
from jaarplanner.importers.seeds import read_seed
from jaarplanner.services.documents import load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.storage.database import Database
from tests.importers.seedoracle import seed, words


def _imported(db: Database, prefix: str) -> tuple[dict, list[str]]:
    result = read_seed(seed(prefix))
    document_id = import_documents(db, [result.document]).result[0]
    dump = document_dump(load_document(db, document_id))
    return dump, [str(r) for r in result.report.remarks]


def _all_rows(theme: dict) -> list[dict]:
    return [r for row in theme["rows"] for r in [row, *row["rows"]]]


def test_development_points(sqlite_db: Database) -> None:
    dump, _remarks = _imported(sqlite_db, "003")
    lines = [re.sub(r"<[^>]+>", "", x).strip() for x in seed("003").read_text("utf-8").split("\n")]
    goals = [i for i, x in enumerate(lines) if x.startswith("Doel:")]
    titles = []
    for index in goals:
        previous = next(x for x in reversed(lines[:index]) if x.strip())
        titles.append(previous.strip().split("\t")[0].strip())
    points = dump["parts"][0]
    assert [t["title"] for t in points["themes"]] == titles
    assert dump["state"] == "vastgesteld"
    assert dump["status"][0]["date"] == "2024-09-16"
    text = seed("003").read_text("utf-8")
    headings = [m.start() for m in re.finditer(r"^\d\.\s+[^\t.\n]+$", text, re.M)]
    chapter = text[headings[1] : headings[2]]  # chapter 2, after the introduction
    raw_rows = [x.split("\t") for x in chapter.split("\n") if x.count("\t") == 3]
    full = [
        cells
        for cells in raw_rows
        if all(c.strip() for c in cells) and cells[0].strip() != "Beoogde resultaat"
    ]
    rows = [r for t in points["themes"] for r in _all_rows(t)]
    checked = 0
    for cells in full:
        match = [
            r
            for r in rows
            if words(r["fields"].get("what", "")) == words(cells[1])
            and words(r["fields"].get("result", ""))[: len(words(cells[0]))] == words(cells[0])
        ]
        assert match, cells
        row = match[0]
        assert words(row["fields"]["who"]) == words(cells[2])
        assert words(row["fields"]["period"]) == words(cells[3])
        checked += 1
    assert checked == len(full) >= 20
    with_reference = [t["reference"] for t in points["themes"] if t["reference"]]
    assert with_reference[0].startswith("Ontwikkelpunt 2 en 3")
    assert any("Zie ook" in t["footnotes"] for t in points["themes"])


def test_quality_calendar_and_meetings(sqlite_db: Database) -> None:
    dump, _remarks = _imported(sqlite_db, "003")
    calendar = dump["parts"][1]
    text = seed("003").read_text("utf-8")
    section = text[text.index("Kwaliteitskalender\n\n") : text.index("Jaarplanning SWV")]
    groups = [
        x.split("\t")[0]
        for x in section.split("\n")
        if (x.count("\t") == 3 and not any(c.strip() for c in x.split("\t")[1:]))
        or x.endswith("\tWanneer\tWie\t")
    ]
    assert [t["title"] for t in calendar["themes"]] == groups
    items = [x for x in section.split("\n") if x.count("\t") == 3]
    assert sum(len(t["rows"]) for t in calendar["themes"]) == len(items) - len(groups)
    series = dump["meeting_series"]
    bodies = {s["body"] for s in series}
    assert {"ALV (Deelnemersraad)", "Klankbordgroep"} <= bodies
    meetings = [m for s in series for m in s["meetings"]]
    assert len(meetings) >= 60
    assert all(m["date"] >= "2024-08-01" and m["date"] <= "2025-07-31" for m in meetings)


def test_action_cards(sqlite_db: Database) -> None:
    dump, remarks = _imported(sqlite_db, "004")
    text = seed("004").read_text("utf-8")
    topics = re.findall(r"^\*\*([^*]+)\*\*\s*$", text, re.M)
    goals = re.findall(r"^\*\*Doel \d+\*\*\s*(.+)$", text, re.M)
    part = dump["parts"][0]
    assert [g["title"] for g in part["themes"]] == goals
    assert [t["title"] for g in part["themes"] for t in g["themes"]] == topics
    actions = [r for g in part["themes"] for t in g["themes"] for r in t["rows"]]
    written = [
        c
        for line in re.findall(r"^Acties\t(.*)$", text, re.M)
        for c in line.split("\t")
        if c.strip()
    ]
    assert [f"{a['number']} {a['fields']['title']}" for a in actions] == written
    whats = [c for line in re.findall(r"^<b>Wat</b>\t(.*)$", text, re.M) for c in line.split("\t")]
    assert [words(a["fields"].get("what", "")) for a in actions] == [words(w) for w in whats]
    assert [s["action"] for s in dump["status"]] == [
        "geadviseerd",
        "goedgekeurd",
        "besproken",
        "vastgesteld",
    ]
    assert remarks == []
    intro = dump["sections"][0]["text"]
    assert "❖ Krimp" in intro and "✓ Samen leren leven" in intro


def test_page_text_rows(sqlite_db: Database) -> None:
    from jaarplanner.periods import parse_period

    dump, remarks = _imported(sqlite_db, "002")
    raw = seed("002").read_text("utf-8")
    lines = raw.split("\n")
    start = next(i for i, x in enumerate(lines) if x.strip().startswith("Jaarkalender SWV"))
    bands = [
        m.group(1).strip()
        for i, x in enumerate(lines[start:-1], start)
        if lines[i - 1] == ""
        and lines[i + 1].strip() == ""
        and (m := re.match(r"^(\d+\.\s+[A-Z].*?)\s*$", x))
    ]
    titles = [t["title"] for p in dump["parts"] for t in p["themes"]]
    assert [re.sub(r"^\d+\.\s+", "", b) for b in bands] == titles

    def chunk(i: int) -> str:
        end = lines.index("", i)
        return " ".join(" ".join(lines[i:end]).split()[1:])

    starts = [
        x
        for i, x in enumerate(lines[start:], start)
        if lines[i - 1] == ""
        and re.match(r"^\d{1,2} (?!\d)\S", x)
        and parse_period(chunk(i), "2024-2025").kind != "unscheduled"
    ]
    numbered = [r for p in dump["parts"] for t in p["themes"] for r in t["rows"] if r["number"]]
    flat = " ".join(raw.split())
    good = 0
    for row in numbered:
        period = row["fields"].get("period", "")
        what = row["fields"].get("what", "")
        placed = parse_period(period, "2024-2025").kind != "unscheduled"
        first_words = " ".join(what.split()[:3])
        if placed and what and first_words in flat:
            good += 1
    assert len(numbered) >= len(starts)
    assert good / max(len(starts), len(numbered)) >= 0.95
    assert any("rij 5" in r for r in remarks)  # the original numbers 1, 2, 3, 4, 3, 5, 6
