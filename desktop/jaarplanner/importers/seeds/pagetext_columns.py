"""Giving the chunks of a page-text row to its columns: period, what, who, result, staff,
finance, in that order, each chunk to a column at least as far right as the one before."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from functools import cache

from jaarplanner.importers.seeds.cells import plain_paragraphs

COLUMNS = 6
INFINITE = float("inf")
DEFAULT_WIDTHS = [12.0, 33.0, 18.0, 50.0, 19.0, 28.0]


@dataclass(frozen=True)
class Chunk:
    start: int
    lines: list[str]

    @property
    def width(self) -> int:
        return max(len(line.rstrip()) for line in self.lines)

    def markup(self) -> str:
        """The chunk as rich text: lines joined, a line of spaces or a bullet starts anew."""
        paragraphs: list[str] = []
        current: list[str] = []
        for line in self.lines:
            text = line.strip()
            if not text or text[0] in "•❖✓":
                if current:
                    paragraphs.append(_join(current))
                current = [text] if text else []
                continue
            current.append(text)
        if current:
            paragraphs.append(_join(current))
        return plain_paragraphs(paragraphs)


def _join(lines: list[str]) -> str:
    """Lines of one paragraph: a word broken with a hyphen at the line end is joined."""
    text = ""
    for line in lines:
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
            text = text[:-1] + line
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha():
            text += line
        else:
            text = f"{text} {line}" if text else line
    return text


def learn_widths(rows: list[list[Chunk]]) -> list[float]:
    """The width of each column, from rows cut into exactly one chunk per column."""
    samples: list[list[int]] = [[] for _ in range(COLUMNS)]
    for chunks in rows:
        if len(chunks) == COLUMNS:
            for column, chunk in enumerate(chunks):
                if len(chunk.lines) >= 2:
                    samples[column].append(chunk.width)
    if any(len(s) < 2 for s in samples[1:]):
        return []
    return [float(statistics.quantiles(s, n=10)[-1]) if len(s) >= 2 else 12.0 for s in samples]


def _fit(chunk: Chunk, width: float) -> float:
    if chunk.width > width + 3:
        return INFINITE
    if len(chunk.lines) < 2:
        return 0.35
    return (width - chunk.width) / width


def split_glued(chunks: list[Chunk], widths: list[float]) -> list[Chunk]:
    """A one-line *wat* cell glued to the first line of the narrow cell beside it
    (``Analyse schoolpopulatie Bestuur/directie``) is cut off: the first line is wider than
    the *wat* column can be, while the lines below it are as narrow as *wie*."""
    widths = widths or DEFAULT_WIDTHS
    result: list[Chunk] = []
    for chunk in chunks:
        lines = [line.rstrip() for line in chunk.lines]
        below = [len(line.strip()) for line in lines[1:] if line.strip()]
        if (
            len(below) >= 2
            and len(lines[0].strip()) > widths[1] + 3
            and (max(below) <= widths[2] + 3)
        ):
            words = lines[0].strip().split()
            for cut in range(1, len(words)):
                suffix = " ".join(words[cut:])
                if len(suffix) <= max(below) + 3:
                    result.append(Chunk(chunk.start, [" ".join(words[:cut])]))
                    result.append(Chunk(chunk.start, [suffix, *lines[1:]]))
                    break
            else:
                result.append(chunk)
            continue
        result.append(chunk)
    return result


def assign_columns(chunks: list[Chunk], widths: list[float], first: int) -> list[int]:
    """The column of each chunk, in order, for the least total misfit."""
    if not chunks:
        return []
    widths = widths or DEFAULT_WIDTHS

    @cache
    def best(index: int, column: int) -> tuple[float, tuple[int, ...]]:
        if index == len(chunks):
            return 0.0, ()
        options: list[tuple[float, tuple[int, ...]]] = []
        for target in range(column, COLUMNS):
            fit = _fit(chunks[index], widths[target])
            if fit == INFINITE:
                continue
            skip = 0.6 * max(0, target - column - (0 if index == 0 else 1))
            stay = 0.25 if index > 0 and target == column else 0.0
            cost, rest = best(index + 1, target)
            options.append((fit + skip + stay + cost, (target, *rest)))
        if not options:  # wider than every column: keep the order, take the next one
            target = min(column + (1 if index else 0), COLUMNS - 1)
            cost, rest = best(index + 1, target)
            return cost + 5.0, (target, *rest)
        return min(options)

    return list(best(0, first)[1])
