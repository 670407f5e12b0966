"""Plain paragraphs are read without the HTML parser (most cells are): to the very same
paragraphs, escapes and fallback fonts as the parser gives, for typed texts and every cell
of the five seeds."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from jaarplanner.exporters.pdf.markup import blocks, parsed_blocks, text
from jaarplanner.exporters.pdf.para import Para
from jaarplanner.exporters.pdf.styles import style
from jaarplanner.model.richtext import from_plain
from tests.exporters.conftest import SEEDS
from tests.exporters.seedtext import seed_rows

TYPED = [
    "",
    "Overleg met scholen",
    "a < b & c > d, 5 > 3 &amp; &lt;b&gt; &nbsp; &#8364; &euro &",
    "<p>Eerste alinea</p><p>Tweede</p>",
    "<p>regel een<br>regel twee</p><p></p><p>   </p><p>derde</p>",
    "<p>\u20ac 2.500 \u2192 \u2713 \u2615 \U0001f600 \u0663 \u00a0 \ufffe</p>",
    "<p>bidi\u202e omgekeerd\u200f en \x07 bel</p>",
    "<p><b>vet</b> niet</p>",
    "<ul><li>- eigen streepje</li><li>twee</li></ul>",
    "<p>open</p>\n<p>met regel ertussen</p>",
    "<p>a</p><p>b",
    "tekst met\nregeleinde",
]


def test_typed_texts_read_the_same_both_ways() -> None:
    for rich in TYPED + [from_plain(t) for t in TYPED]:
        assert blocks(rich) == parsed_blocks(rich), rich


def test_a_character_the_text_font_lacks_still_gets_the_fallback_font() -> None:
    assert text("€ 5 ✓") != "€ 5 ✓" and 'face="DejaVuSans"' in text("€ 5 ✓")
    assert text("a < b") == "a &lt; b"


@pytest.mark.parametrize("prefix", SEEDS)
def test_every_seed_cell_reads_the_same_both_ways(prefix: str) -> None:
    cells = [from_plain(cell) for row in seed_rows(prefix) for cell in row]
    assert len(cells) > 20
    for rich in cells:
        assert blocks(rich) == parsed_blocks(rich), rich


def _lines(paragraph: Paragraph, width: float) -> list:
    paragraph.wrap(width, 10_000)
    return [(w, [str(x) for x in words]) for w, words in paragraph.blPara.lines]


@pytest.mark.parametrize("prefix", SEEDS)
def test_a_plain_paragraph_is_set_as_reportlabs_parser_sets_it(prefix: str) -> None:
    """Without the parser: the same text, fragment and lines, hyphens included."""
    plain = [
        block.markup
        for row in seed_rows(prefix)
        for cell in row
        for block in blocks(from_plain(cell))
        if "<" not in block.markup and "&" not in block.markup
    ]
    assert len(plain) > 20
    for name in ("cell", "cell-priority", "header"):
        for markup in plain:
            ours, theirs = Para(markup, style(name)), Paragraph(markup, style(name))
            assert ours.text == theirs.text
            assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]
            for width in (60, 140):
                assert _lines(ours, width) == _lines(theirs, width), markup
