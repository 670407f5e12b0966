"""However many actions she puts on one card, no text runs out of its column: in a column
too narrow for the cards' own rule (short words kept whole) every word is hyphenated as in
any cell, and what has no break point is cut."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.platypus import Paragraph

from jaarplanner.exporters.pdf.document import WIDTH
from jaarplanner.exporters.pdf.tables import action_tables
from jaarplanner.model.document import ThemeData
from tests.factories import layout, row

WORDS = (
    "directie/bestuur SWV, ECT, ondersteuningscoördinatoren, GD-ers; budget "
    "Bijeenkomsten/professionalisering/doorontwikkeling en de toelaatbaarheidsverklaringen"
)


def _overflows(actions: int) -> list[tuple[str, float]]:
    cards = layout("action-cards")
    part = dataclasses.replace(cards.parts["acties"], actions_per_table=actions)
    theme = ThemeData("Professionalisering", rows=[row(WORDS, who=WORDS) for _ in range(actions)])
    found = []
    for table in action_tables(theme, part, WIDTH):
        table.wrap(WIDTH, 100_000)
        for cells in (cell for line in table._cellvalues for cell in line):
            for paragraph in cells if isinstance(cells, (list, tuple)) else [cells]:
                if not isinstance(paragraph, Paragraph):
                    continue
                for room, words in paragraph.blPara.lines:
                    if room < -0.5:
                        found.append((" ".join(map(str, words)), round(-room, 1)))
    return found


@pytest.mark.parametrize("actions", [2, 8, 12, 16, 20, 24])
def test_no_text_runs_out_of_a_cards_column(actions: int) -> None:
    assert not _overflows(actions)
