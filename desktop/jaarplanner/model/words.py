"""A word-level difference of two texts: what stayed, what was removed, what was inserted."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
Segment = tuple[str, str]  # (EQUAL | INSERT | DELETE, text)

# A word keeps its hyphens and slashes (2025-2026, sept-dec, PO-VO): a changed year or month
# reads as one word replaced, not as a scatter of digits and dashes.
_TOKENS = re.compile(r"\s+|\w+(?:[-–/]\w+)*|[^\w\s]")


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> list[Segment]:
    """The segments that turn ``old`` into ``new``; a replaced word is a removal followed by
    an insertion. Joining the EQUAL and DELETE texts gives ``old``, EQUAL and INSERT ``new``."""
    a, b = tokens(old), tokens(new)
    segments: list[Segment] = []

    def add(kind: str, text: str) -> None:
        if not text:
            return
        if segments and segments[-1][0] == kind:
            segments[-1] = (kind, segments[-1][1] + text)
        else:
            segments.append((kind, text))

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    codes = matcher.get_opcodes()
    removed: list[str] = []
    added: list[str] = []
    for n, (op, i1, i2, j1, j2) in enumerate(codes):
        same = "".join(a[i1:i2])
        # Only a space between two changes: one change, so a rewritten phrase reads as
        # the old phrase struck and the new one inserted, not as words interleaved.
        between = 0 < n < len(codes) - 1 and not same.strip()
        if op == "equal" and not between:
            add(DELETE, "".join(removed))
            add(INSERT, "".join(added))
            removed, added = [], []
            add(EQUAL, same)
        elif op == "equal":
            removed.append(same)
            added.append("".join(b[j1:j2]))
        else:
            removed.append(same)
            added.append("".join(b[j1:j2]))
    add(DELETE, "".join(removed))
    add(INSERT, "".join(added))
    return segments


def changed_words(segments: list[Segment]) -> tuple[list[str], list[str]]:
    """The removed and the inserted words (white space left out), for lists and tests."""
    removed = [w for kind, text in segments if kind == DELETE for w in text.split()]
    inserted = [w for kind, text in segments if kind == INSERT for w in text.split()]
    return removed, inserted
