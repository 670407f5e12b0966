"""The rich-text cleaner: scripts, styles and unknown tags go; the allowed subset stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jaarplanner.model.richtext import clean, from_plain, is_empty, to_plain

pytestmark = pytest.mark.large


def test_scripts_and_styles_are_removed_with_their_content() -> None:
    dirty = (
        "<p>Voor<script>alert('x')</script>af<style>p{color:red}</style></p>"
        "<iframe src='x'>weg</iframe>"
    )
    assert clean(dirty) == "<p>Vooraf</p>"


def test_unknown_tags_and_attributes_are_removed_text_kept() -> None:
    dirty = (
        '<div class="MsoNormal" style="x"><span lang="NL">Tekst</span> <font>hier</font>'
        '<img src="/etc/passwd"></div>'
    )
    assert clean(dirty) == "<p>Tekst hier</p>"


def test_the_allowed_subset_is_kept() -> None:
    kept = (
        "<p><b>vet</b> <i>schuin</i> <u>onder</u> 3<sup>de</sup> H<sub>2</sub>O<br>"
        '<a href="https://swv.example/plan">link</a></p><ul><li>een</li></ul>'
        "<ol><li>twee</li></ol>"
    )
    assert clean(kept) == kept


def test_word_names_are_mapped() -> None:
    assert clean("<strong>a</strong><em>b</em><h2>Kop</h2>") == "<b>a</b><i>b</i><p>Kop</p>"


def test_unsafe_links_lose_the_link_but_keep_the_text() -> None:
    assert clean('<a href="javascript:alert(1)">klik</a>') == "klik"
    assert clean('<a href="file:///etc/passwd">bestand</a>') == "bestand"


def test_markup_characters_typed_as_text_stay_text() -> None:
    assert clean("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert to_plain(clean("a < b & c > d")) == "a < b & c > d"


def test_plain_text_shows_bullets_and_lines() -> None:
    html = "<p>Doelen:</p><ul><li>meer kennis<ul><li>in scholen</li></ul></li><li>aanbod</li></ul>"
    assert to_plain(html) == "Doelen:\n• meer kennis\n  o in scholen\n• aanbod"
    assert to_plain("1<sup>ste</sup> kwartaal") == "1ste kwartaal"


def test_from_plain_keeps_lines_and_paragraphs() -> None:
    assert from_plain("regel 1\nregel 2\n\nalinea <2>") == (
        "<p>regel 1<br>regel 2</p><p>alinea &lt;2&gt;</p>"
    )
    assert is_empty("<p> </p><ul><li></li></ul>")


@given(st.text())
def test_cleaning_never_raises_and_is_stable(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<b>",
                "</b>",
                "<i>",
                "</i>",
                "<ul>",
                "</ul>",
                "<li>",
                "</li>",
                "<br>",
                "<sup>",
                "</sup>",
                "tekst",
                " ",
                "<script>",
                "</script>",
                "<a href='https://x.nl'>",
                "</a>",
                "&amp;",
                "<",
                ">",
                "<ol>",
                "</ol>",
                "<table>",
                "<td>",
            ]
        ),
        max_size=30,
    )
)
def test_cleaning_tag_soup_gives_well_formed_markup(parts: list[str]) -> None:
    cleaned = clean("".join(parts))
    assert clean(cleaned) == cleaned
    stack: list[str] = []
    import re

    for closing, name in re.findall(r"<(/?)([a-z]+)[^>]*>", cleaned):
        if name == "br":
            continue
        if closing:
            assert stack and stack.pop() == name, cleaned
        else:
            stack.append(name)
    assert stack == [], cleaned
