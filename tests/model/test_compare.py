"""Comparing documents: each seed's import against the same import after 20 scripted random
edits finds exactly those edits."""

from __future__ import annotations

import copy
import random

import pytest

from jaarplanner.model.compare import ADDED, CHANGED, MOVED, REMOVED, UNCHANGED, compare
from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.model.words import DELETE, EQUAL, INSERT, changed_words, word_diff
from tests.seeds import seed

NEW_WORDS = ["kwartiermaker", "zomerschool", "leesoffensief", "buurtteam", "pilotgroep"]
PERIODS = ["jan-mrt 2031", "uiterlijk 1 mei 2031", "week 12", "tweede helft schooljaar"]


def test_word_diff_marks_the_changed_words() -> None:
    segments = word_diff(
        "Scholing over lezen in drie rondes", "Scholing over rekenen in vier rondes"
    )
    assert "".join(t for k, t in segments if k != INSERT) == "Scholing over lezen in drie rondes"
    assert "".join(t for k, t in segments if k != DELETE) == "Scholing over rekenen in vier rondes"
    assert changed_words(segments) == (["lezen", "drie"], ["rekenen", "vier"])
    assert segments[0] == (EQUAL, "Scholing over ")


def _rows(document: DocumentData) -> list[tuple[PartData, ThemeData, RowData]]:
    return [(p, t, r) for p in document.parts for t in p.all_themes() for r in t.rows]


def _words(row: RowData, part: PartData) -> int:
    """The most words one text field (not the period) of the row has."""
    return max(
        (len(to_plain(row.value(f)).split()) for f in part.layout.fields if f != Field.PERIOD),
        default=0,
    )


def _edit(document: DocumentData, rng: random.Random) -> dict[int, str]:
    """Twenty edits, four of each kind, each on another row; returns row tag → what."""
    done: dict[int, str] = {}
    keys = {}
    for part, _theme, row in _rows(document):
        key = (part.key, tuple(to_plain(row.value(f)) for f in part.layout.fields))
        keys[key] = keys.get(key, 0) + 1
    # Rows with a twin of the same text are left alone (which twin changed cannot be
    # told), and so are rows of a word or two: a new word there is a new row.
    candidates = [
        (p, t, r)
        for p, t, r in _rows(document)
        if keys[(p.key, tuple(to_plain(r.value(f)) for f in p.layout.fields))] == 1
        and _words(r, p) >= 4
    ]
    rng.shuffle(candidates)
    plan = ["delete", "move", "words", "period"] * 4
    for what in plan:
        part, theme, row = candidates.pop()
        if what == "delete":
            theme.rows.remove(row)
        elif what == "move":
            others = [t for t in part.all_themes() if t.title.strip() != theme.title.strip()]
            if not others:
                candidates.insert(0, (part, theme, row))
                what = "words"
            else:
                theme.rows.remove(row)
                target = rng.choice(others)
                target.rows.insert(rng.randint(0, len(target.rows)), row)
        if what == "words":
            field = max(
                (f for f in part.layout.fields if f != Field.PERIOD),
                key=lambda f: len(to_plain(row.value(f)).split()),
            )
            words = to_plain(row.value(field)).split()
            words[rng.randrange(len(words))] = rng.choice(NEW_WORDS)
            row.fields[field] = " ".join(words)
        elif what == "period":
            row.fields[Field.PERIOD] = rng.choice(PERIODS)
        done[row.id] = what
    for k in range(4):
        part = rng.choice(document.parts)
        theme = rng.choice(part.all_themes())
        tag = 10_000 + k
        text = f"Nieuwe activiteit {rng.choice(NEW_WORDS)} {tag} met een eigen opzet"
        theme.rows.insert(rng.randint(0, len(theme.rows)), RowData({Field.WHAT: text}, id=tag))
        done[tag] = "add"
    return done


KIND_OF = {"delete": REMOVED, "move": MOVED, "words": CHANGED, "period": CHANGED, "add": ADDED}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_twenty_random_edits_are_found_and_nothing_else(prefix: str) -> None:
    from jaarplanner.importers.seeds import read_seed

    seed_path = seed(prefix)  # skips, with the reason, without ../shared
    original = read_seed(seed_path).document
    for tag, (_part, _theme, row) in enumerate(_rows(original)):
        row.id = tag  # tags for the test only; the document has no id, so rows pair by text
    edited = copy.deepcopy(original)
    done = _edit(edited, random.Random(seed_path.name))
    assert len(done) == 20
    result = compare(original, edited)
    found = {r.row.id: r.kind for r in result.rows() if r.kind != UNCHANGED}
    assert found == {tag: KIND_OF[what] for tag, what in done.items()}
    for change in result.rows(CHANGED):
        what = done[change.row.id]
        assert [f.field == Field.PERIOD for f in change.fields] == [what == "period"]
        removed, inserted = changed_words(list(change.fields[0].words))
        assert removed and inserted
        if what == "words":
            assert set(inserted) <= set(NEW_WORDS)
    # Every other row is there, unchanged: 4 removed and 12 changed or moved of the original.
    assert result.count(UNCHANGED) == len(_rows(original)) - 16
