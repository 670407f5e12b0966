"""Comparing two documents (two versions, a version and now, this year and last year):
per part and theme, which rows were added, removed, moved and changed, and which words.

Rows are paired in four passes: by id (two versions of one document keep their row ids),
then identical rows in their order, then identical rows out of order (moved), then the
most similar remaining rows of the same part (changed). A paired row is *moved* when it now
stands under another theme, or when it left the order of the rows around it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.model.words import DELETE, INSERT, Segment, word_diff

SIMILAR = 0.5  # below this, a removed and an added row are two rows, not one changed row
_PAIRS_LIMIT = 400_000  # above this many candidate pairs, look only within the same theme

ADDED, REMOVED, CHANGED, MOVED, UNCHANGED = "added", "removed", "changed", "moved", "unchanged"


@dataclass(frozen=True)
class FieldChange:
    field: Field
    old: str
    new: str
    words: tuple[Segment, ...]


@dataclass
class RowChange:
    kind: str  # ADDED, REMOVED, CHANGED, MOVED or UNCHANGED
    old: RowData | None
    new: RowData | None
    fields: list[FieldChange] = field(default_factory=list)
    status: tuple[RowStatus, RowStatus] | None = None
    priority: tuple[bool, bool] | None = None
    moved: bool = False
    old_theme: str = ""

    @property
    def row(self) -> RowData:
        return self.new if self.new is not None else self.old  # type: ignore[return-value]

    @property
    def period(self) -> FieldChange | None:
        return next((f for f in self.fields if f.field == Field.PERIOD), None)


@dataclass
class ThemeChanges:
    path: str
    rows: list[RowChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(r.kind != UNCHANGED for r in self.rows)


@dataclass
class PartChanges:
    key: str
    title: str
    part: PartData
    themes: list[ThemeChanges] = field(default_factory=list)


@dataclass(frozen=True)
class SectionChange:
    """A text section (*Vooraf*, *Inleiding*) added, removed or with other words."""

    title: str
    kind: str  # ADDED, REMOVED or CHANGED
    words: tuple[Segment, ...]


@dataclass
class Comparison:
    old_title: str
    new_title: str
    parts: list[PartChanges] = field(default_factory=list)
    sections: list[SectionChange] = field(default_factory=list)

    def rows(self, *kinds: str) -> list[RowChange]:
        return [
            r for p in self.parts for t in p.themes for r in t.rows if not kinds or r.kind in kinds
        ]

    def count(self, kind: str) -> int:
        return len(self.rows(kind))


@dataclass
class _Place:
    part: int
    theme_key: object
    path: str
    index: int  # order in the part
    row: RowData
    key: str = ""
    fields: tuple[str, ...] = ()


def _plain(value: str) -> str:
    """The words of a cell; plain text (most cells) skips the HTML reader."""
    if "<" not in value and "&" not in value:
        return " ".join(value.split())
    return _marked_plain(value)


@lru_cache(maxsize=65536)
def _marked_plain(value: str) -> str:
    return " ".join(to_plain(value).split())


def _path(theme: ThemeData, parents: tuple[str, ...]) -> tuple[str, ...]:
    return (*parents, theme.title.strip())


def _places(part: PartData, part_index: int, use_ids: bool) -> list[_Place]:
    found: list[_Place] = []
    fields = part.layout.fields

    def walk(theme: ThemeData, parents: tuple[str, ...]) -> None:
        path = _path(theme, parents)
        label = " › ".join(x for x in path if x)
        theme_key = theme.id if use_ids and theme.id is not None else path
        for row in theme.rows:
            values = row.fields
            texts = [_plain(values.get(f, "")) for f in fields]
            key = "\x1f".join(texts)
            found.append(_Place(part_index, theme_key, label, len(found), row, key, tuple(texts)))
        for child in theme.themes:
            walk(child, path)

    for theme in part.themes:
        walk(theme, ())
    return found


def _pair_parts(
    old: DocumentData, new: DocumentData
) -> list[tuple[PartData | None, PartData | None]]:
    remaining = list(old.parts)
    pairs: list[tuple[PartData | None, PartData | None]] = []
    for part in new.parts:
        match = next((p for p in remaining if p.key == part.key), None)
        if match is not None:
            remaining.remove(match)
        pairs.append((match, part))
    pairs += [(p, None) for p in remaining]
    return pairs


def _match(olds: list[_Place], news: list[_Place], use_ids: bool) -> dict[int, int]:
    """Pairs of indexes old → new."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    if use_ids:
        new_by_id = {p.row.id: p.index for p in news if p.row.id is not None}
        for place in olds:
            if place.row.id in new_by_id:
                pairs[place.index] = new_by_id[place.row.id]
        taken = set(pairs.values())
    left_old = [p for p in olds if p.index not in pairs]
    left_new = [p for p in news if p.index not in taken]
    # Identical rows in their order.
    matcher = SequenceMatcher(
        None, [p.key for p in left_old], [p.key for p in left_new], autojunk=False
    )
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            pairs[left_old[block.a + k].index] = left_new[block.b + k].index
    taken = set(pairs.values())
    left_old = [p for p in olds if p.index not in pairs]
    left_new = [p for p in news if p.index not in taken]
    # Identical rows elsewhere: moved.
    waiting: dict[str, list[_Place]] = defaultdict(list)
    for place in left_new:
        waiting[place.key].append(place)
    for place in left_old:
        if waiting.get(place.key):
            pairs[place.index] = waiting[place.key].pop(0).index
    taken = set(pairs.values())
    left_old = [p for p in olds if p.index not in pairs]
    left_new = [p for p in news if p.index not in taken]
    # The most similar of the rest, near its old place: changed.
    same_theme_only = len(left_old) * len(left_new) > _PAIRS_LIMIT
    scored: list[tuple[float, bool, int, int, int]] = []
    for a in left_old:
        for b in left_new:
            if same_theme_only and a.theme_key != b.theme_key:
                continue
            ratio = _similarity(a, b)
            if ratio >= SIMILAR:
                distance = abs(a.index - b.index)
                scored.append((-ratio, a.theme_key != b.theme_key, distance, a.index, b.index))
    for *_score, a_index, b_index in sorted(scored, key=lambda s: s[:3]):
        if a_index not in pairs and b_index not in taken:
            pairs[a_index] = b_index
            taken.add(b_index)
    return pairs


def _similarity(a: _Place, b: _Place) -> float:
    """How alike two rows are: per field that either fills, how alike its words are,
    averaged; so a new period in a short row still leaves the row recognisable."""
    scores = []
    for old, new in zip(a.fields, b.fields, strict=True):
        if old or new:
            if old == new:
                scores.append(1.0)
            else:
                scores.append(SequenceMatcher(None, old.split(), new.split(), False).ratio())
    return sum(scores) / len(scores) if scores else 1.0


def _stable(indexes: list[int]) -> set[int]:
    """The old indexes that keep their order: a longest increasing subsequence."""
    from bisect import bisect_left

    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(indexes)
    for i, value in enumerate(indexes):
        pos = bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[pos] = value
            tail_at[pos] = i
        parent[i] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(indexes[i])
        i = parent[i]
    return keep


def _row_change(a: _Place, b: _Place, fields: tuple[Field, ...], moved: bool) -> RowChange:
    change = RowChange(UNCHANGED, a.row, b.row, moved=moved, old_theme=a.path)
    if a.row.fields != b.row.fields:
        for name in fields:
            old, new = _plain(a.row.value(name)), _plain(b.row.value(name))
            if old != new:
                change.fields.append(FieldChange(name, old, new, tuple(word_diff(old, new))))
    if a.row.status != b.row.status:
        change.status = (a.row.status, b.row.status)
    if a.row.priority != b.row.priority:
        change.priority = (a.row.priority, b.row.priority)
    if change.fields or change.status or change.priority:
        change.kind = CHANGED
    elif moved:
        change.kind = MOVED
    return change


def _compare_part(old: PartData | None, new: PartData | None, use_ids: bool) -> PartChanges:
    shown = new if new is not None else old
    assert shown is not None
    olds = _places(old, 0, use_ids) if old is not None else []
    news = _places(new, 1, use_ids) if new is not None else []
    pairs = _match(olds, news, use_ids)
    back = {b: a for a, b in pairs.items()}
    fields = tuple(dict.fromkeys((*(old.layout.fields if old else ()), *shown.layout.fields)))
    by_theme: dict[object, list[int]] = defaultdict(list)
    for place in news:
        if place.index in back and olds[back[place.index]].theme_key == place.theme_key:
            by_theme[place.theme_key].append(back[place.index])
    stable: set[int] = set()
    for indexes in by_theme.values():
        stable |= _stable(indexes)
    result = PartChanges(shown.key, shown.title, shown)
    themes: dict[str, ThemeChanges] = {}

    def theme(path: str) -> ThemeChanges:
        if path not in themes:
            themes[path] = ThemeChanges(path)
            result.themes.append(themes[path])
        return themes[path]

    removed_after: dict[int | None, list[_Place]] = defaultdict(list)
    previous: int | None = None
    new_of_old = {a: b for a, b in pairs.items()}
    for place in olds:
        if place.index in new_of_old:
            previous = new_of_old[place.index]
        else:
            removed_after[previous].append(place)
    for place in removed_after.pop(None, []):
        theme(place.path).rows.append(RowChange(REMOVED, place.row, None, old_theme=place.path))
    for place in news:
        if place.index in back:
            a = olds[back[place.index]]
            moved = a.theme_key != place.theme_key or a.index not in stable
            theme(place.path).rows.append(_row_change(a, place, fields, moved))
        else:
            theme(place.path).rows.append(RowChange(ADDED, None, place.row))
        for gone in removed_after.pop(place.index, []):
            theme(gone.path).rows.append(RowChange(REMOVED, gone.row, None, old_theme=gone.path))
    return result


def compare(old: DocumentData, new: DocumentData) -> Comparison:
    """What changed from ``old`` to ``new``. Row ids pair rows only when both are the same
    document (its versions); across documents the rows are paired by their content."""
    use_ids = old.id is not None and old.id == new.id
    comparison = Comparison(old.title, new.title)
    for a, b in _pair_parts(old, new):
        comparison.parts.append(_compare_part(a, b, use_ids))
    comparison.sections = _compare_sections(old, new)
    return comparison


def _compare_sections(old: DocumentData, new: DocumentData) -> list[SectionChange]:
    """Sections paired by their title, in the new document's order, removed ones last."""
    before = {s.title.strip(): _plain(s.body) for s in old.sections}
    found = []
    for section in new.sections:
        title, text = section.title.strip(), _plain(section.body)
        if title not in before:
            found.append(SectionChange(title, ADDED, ((INSERT, text),)))
        elif before[title] != text:
            found.append(SectionChange(title, CHANGED, tuple(word_diff(before[title], text))))
        before.pop(title, None)
    found += [SectionChange(t, REMOVED, ((DELETE, text),)) for t, text in before.items()]
    return found
