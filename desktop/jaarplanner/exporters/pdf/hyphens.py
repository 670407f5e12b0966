"""Dutch break points for the PDF: pyphen's Dutch dictionary, its parsed patterns kept in
the data folder in ``marshal`` form (plain strings, numbers and tuples: parsing the 16,000
patterns costs a whole command half a second, JSON a fifth, marshal a hundredth), each
word's break points computed once."""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

LANGUAGE = "nl_NL"
Pairs = Callable[[str], list[tuple[str, str]]]
_ADDRESS = re.compile(r"[@:]|www\.|\.(nl|com|org|eu)\b")


def _cache_file(pyphen_version: str) -> Path:
    from jaarplanner.places import data_dir

    return data_dir() / "cache" / f"hyph_{LANGUAGE}-{pyphen_version}.marshal"


def _load(pyphen) -> None:
    """Put the parsed dictionary into pyphen's own cache, from our file or parsed once."""
    source = pyphen.LANGUAGES[LANGUAGE]
    if source in pyphen.hdcache:
        return
    stored = _cache_file(getattr(pyphen, "VERSION", getattr(pyphen, "__version__", "0")))
    try:
        data = marshal.loads(stored.read_bytes())
        if not isinstance(data, dict):
            raise ValueError("not a dictionary of patterns")
        found = pyphen.HyphDict.__new__(pyphen.HyphDict)
        found.patterns = data
        found.cache = {}
        found.maxlen = max(len(key) for key in found.patterns)
        pyphen.hdcache[source] = found
        return
    except (OSError, ValueError, TypeError, EOFError):
        pass  # not there yet, or damaged: parse the dictionary and write it again
    parsed = pyphen.HyphDict(source)
    pyphen.hdcache[source] = parsed
    if all(type(v) is int for _s, values in parsed.patterns.values() for v in values):
        try:
            stored.parent.mkdir(parents=True, exist_ok=True)
            partial = stored.with_suffix(".part")
            partial.write_bytes(marshal.dumps(parsed.patterns))
            partial.replace(stored)
        except OSError:
            pass  # a read-only data folder: parse again next time


def _breaks_after_slashes() -> None:
    """ReportLab offers a word to the hyphenation only when it is letters and hyphens, and
    breaks it without a hyphen of its own after a hyphen or a soft hyphen: "/" is made one of
    those, so that "Bijeenkomsten/professionalisering" is not cut plainly in the middle of a
    word. Left alone when ReportLab's patterns are not the ones this was written for."""
    from reportlab.platypus import paragraph

    if getattr(paragraph, "_hy_shy", None) != "-\xad" or not hasattr(paragraph, "_hy_letters"):
        return
    marks = "-\xad/"  # the "-" first: literal in a character class
    paragraph._hy_shy_pat = re.compile(f"([{marks}])")
    paragraph._hy_shy_letters_pat = re.compile(f"^[{marks}{paragraph._hy_letters}]+$")


@cache
def dutch() -> Pairs | str:
    """ReportLab's ``hyphenationLang``: a function giving a word's (head, tail) pairs, or ""
    (no hyphenation, words cut as before) when pyphen is missing."""
    try:
        import pyphen
    except ImportError:
        return ""
    _load(pyphen)
    _breaks_after_slashes()
    dictionary = pyphen.Pyphen(lang=LANGUAGE)

    @cache
    def pairs(word: str) -> list[tuple[str, str]]:
        if _ADDRESS.search(word):  # a web or e-mail address: ReportLab cuts it plainly
            return []
        # "Bijeenkomsten/professionalisering": after a slash without a hyphen, inside a
        # part at its Dutch break points; the longest head first, as ReportLab tries them
        points: set[int] = set()
        start = 0
        for part in word.split("/"):
            points |= {
                start + len(head) for head, tail in dictionary.iterate(part) if _good(head, tail)
            }
            start += len(part) + 1
            if start < len(word):
                points.add(start)
        return [(word[:at], word[at:]) for at in sorted(points, reverse=True) if 0 < at < len(word)]

    return pairs


def _good(head: str, tail: str) -> bool:
    """pyphen breaks compounds with a hyphen in them as one word ("onderwijszor-g-arrangement",
    "EM-B-leerlingen"): at least two letters on each side within the part between hyphens,
    and never inside an abbreviation in capitals."""
    left = head.rsplit("-", 1)[-1]
    right = tail.split("-", 1)[0]
    if len(left) < 2 or len(right) < 2:
        return False
    return not (left.isupper() and right.isupper())
