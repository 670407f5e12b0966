"""The action cards (seed 004, the action-cards layout) are wide enough for Dutch words: a
word of the cards' text of fewer than 14 letters is never hyphenated at a line end; only a
longer word is (at a Dutch break point), so the cards read as the original does."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from jaarplanner.exporters.pdf import export_pdf
from jaarplanner.model.document import DocumentData, ThemeData
from tests.exporters.pdftools import page_texts
from tests.seeds import seed

ORDINARY = 14  # letters: a word shorter than this fits a card's column whole


def _cards_only(document: DocumentData) -> DocumentData:
    """The document without its introduction and goal texts (full-width paragraphs, where a
    hyphen at a line end is ordinary typesetting): only the cards."""
    cards = copy.deepcopy(document)
    cards.sections = []

    def clear(theme: ThemeData) -> None:
        theme.goal = ""
        for child in theme.themes:
            clear(child)

    for part in cards.parts:
        for theme in part.themes:
            clear(theme)
    return cards


def test_no_ordinary_word_of_the_action_cards_is_broken(exported: dict, tmp_path: Path) -> None:
    _path, document = exported["004"]
    assert document.layout == "action-cards"
    target = tmp_path / "cards.pdf"
    export_pdf(_cards_only(document), target)
    text = "\n".join(page_texts(target))
    source = seed("004").read_text("utf-8")
    seed_words = {w.lower() for w in re.findall(r"[^\W\d_]+", source)}
    compounds = {w.lower() for w in re.findall(r"[^\W\d_]+-[^\W\d_]+", source)}
    cells = [
        value
        for part in document.parts
        for goal in part.themes
        for topic in goal.themes or [goal]
        for row in topic.rows
        for value in row.fields.values()
    ]
    assert len(cells) > 100  # the cards are there, with their text
    broken = []
    # the whole printed word around a line-end hyphen: "Meso-gesprek-/ken" is a compound
    # with a hyphen of its own, not an ordinary word; "PO-/VO" broke at its own hyphen
    for first, rest in re.findall(r"(\S+)-\n(\S+)", text):
        word = re.sub(r"^\W+|\W+$", "", first + rest)
        own_hyphen = f"{first}-{rest}".lower() in compounds
        ordinary = word.isalpha() and len(word) < ORDINARY and word.lower() in seed_words
        if ordinary and not own_hyphen:
            broken.append(f"{first}-{rest}")
    assert broken == []
