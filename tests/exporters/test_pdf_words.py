"""Dutch words in the PDF are broken the way a Dutch typist breaks them: at a syllable, with
a hyphen. Read back from the PDF, every long seed word is there whole (after joining the
hyphenated line ends)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.exporters.conftest import SEEDS
from tests.exporters.pdftools import page_texts
from tests.exporters.seedtext import seed_rows

LONG = 10


def _tokens(text: str) -> set[str]:
    """The words of the PDF text, a word hyphenated at a line end joined both ways."""
    text = re.sub(r"\s*\^\{([^}]*)\}", r"\1", text)
    found: set[str] = set()
    for joined in (_compounds(text), re.sub(r"-\n", "-", text)):
        found |= {w.lower() for w in re.findall(r"\w+", joined)}
    return found


def _compounds(text: str) -> str:
    """Words with a hyphen in them, at a line end or not, as one word."""
    return re.sub(r"(\w)-\s*(\w)", r"\1\2", text)


def _seed_plain(prefix: str) -> list[str]:
    """The seed's cells as plain text, hyphenated compounds as one word."""
    found = []
    for row in seed_rows(prefix):
        for cell in row:
            plain = re.sub(r"<[^>]+>", " ", cell).replace("&amp;", "&")
            found.append(_compounds(re.sub(r"\^\{([^}]*)\}", r"\1", plain)))
    return found


def _seed_words(prefix: str) -> set[str]:
    words: set[str] = set()
    for plain in _seed_plain(prefix):
        words |= {w.lower() for w in re.findall(r"\w+", plain) if len(w) >= LONG}
    return {w for w in words if not w.isdigit()}


def _seed_neighbours(prefix: str) -> set[str]:
    """Two words that stand apart in the seed, joined ("IB netwerken" beside "IB-netwerken"):
    a line may end between them."""
    found: set[str] = set()
    for plain in _seed_plain(prefix):
        words = re.findall(r"\w+", plain.lower())
        found |= {a + b for a, b in itertools.pairwise(words)}
    return found


@pytest.mark.parametrize("prefix", SEEDS)
def test_no_long_word_is_cut_without_a_hyphen(exported: dict, prefix: str) -> None:
    path, _document = exported[prefix]
    text = "\n".join(page_texts(path))
    tokens = _tokens(text)
    words = _seed_words(prefix)
    assert len(words) > 50
    printed = re.findall(r"\w+", _compounds(text).lower())
    pieces = {a + b for a, b in itertools.pairwise(printed)}
    pieces |= {a + b + c for a, b, c in zip(printed, printed[1:], printed[2:], strict=False)}
    cut = sorted(w for w in words if w not in tokens and w in pieces)
    assert not cut, cut
    # and not in one place either, while it is whole in another: a seed word whose start
    # ends a line and whose rest starts the next, with no hyphen between
    lines = _compounds(text).splitlines()
    cut_once = sorted(
        {
            (end[0] + start[0]).lower()
            for line, following in itertools.pairwise(lines)
            if (end := re.findall(r"(\w+)\s*$", line))
            and (start := re.findall(r"^\s*(\w+)", following))
            and (end[0] + start[0]).lower() in words
        }
        - _seed_neighbours(prefix)
    )
    assert not cut_once, cut_once


def test_a_long_dutch_word_in_a_narrow_column_gets_a_hyphen() -> None:
    from reportlab.platypus import Paragraph

    from jaarplanner.exporters.pdf.styles import style

    paragraph = Paragraph("De Ondersteuningsstructuur en de toewijzingscommissie", style("cell"))
    paragraph.wrap(60, 1000)
    lines = [" ".join(line[1]) for line in paragraph.blPara.lines]
    assert "Ondersteu-" in lines[0] or any(line.endswith("-") for line in lines), lines
    assert "".join(lines).replace("-", "").replace(" ", "") == (
        "DeOndersteuningsstructuurendetoewijzingscommissie"
    )


def test_the_dutch_patterns_are_kept_and_a_damaged_copy_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyphen

    from jaarplanner.exporters.pdf import hyphens

    monkeypatch.setenv("JAARPLANNER_DATA_DIR", str(tmp_path))
    source = pyphen.LANGUAGES[hyphens.LANGUAGE]
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphens._load(pyphen)
    parsed = pyphen.hdcache[source].patterns
    kept = next((tmp_path / "cache").glob("hyph_nl_NL-*"))
    pyphen.hdcache.clear()
    hyphens._load(pyphen)  # from the kept copy
    assert pyphen.hdcache[source].patterns == parsed
    kept.write_bytes(b"\x00kapot")
    pyphen.hdcache.clear()
    hyphens._load(pyphen)  # parsed again, and kept again
    assert pyphen.hdcache[source].patterns == parsed
    assert kept.read_bytes() != b"\x00kapot"
    assert pyphen.Pyphen(lang="nl_NL").inserted("ondersteuningsstructuur").count("-") >= 4


TYPED = (
    "directie/bestuur SWV, ECT, ondersteuningscoördinatoren, GD-ers; budget "
    "Bijeenkomsten/professionalisering/doorontwikkeling en de toelaatbaarheidsverklaringen"
)


def _lines(text: str, width: float) -> list[str]:
    from jaarplanner.exporters.pdf.para import Para
    from jaarplanner.exporters.pdf.styles import for_text, style

    paragraph = Para(text, for_text(style("cell"), text))
    paragraph.wrap(width, 10_000)
    return [" ".join(map(str, words)) for _room, words in paragraph.blPara.lines]


@pytest.mark.parametrize("width", range(45, 260, 5))
def test_a_line_ends_between_words_after_a_hyphen_or_after_a_slash(width: int) -> None:
    """Whatever the column's width: a word too long for what is left of a line starts the
    next line (hyphenated there when it must be), words joined by slashes break after a
    slash or at a syllable; never a plain cut ("ondersteuningscoördinatore / n")."""
    lines = _lines(TYPED, width)
    cuts = [
        (line, following)
        for line, following in itertools.pairwise(lines)
        if not line.endswith(("-", "/"))
        and f"{line.split()[-1]} {following.split()[0].rstrip('-')}" not in TYPED
    ]
    assert not cuts, lines
    assert re.sub(r"[-/\s]", "", "".join(lines)) == re.sub(r"[-/\s]", "", TYPED)


def test_a_web_address_is_still_cut_plainly_where_it_has_to() -> None:
    address = "zie https://www.swv-voorbeeld.nl/documenten/jaarplan-2025-2026 voor meer"
    lines = _lines(address, 90)
    assert len(lines) > 2
    assert "".join(lines).replace(" ", "") == address.replace(" ", "")
