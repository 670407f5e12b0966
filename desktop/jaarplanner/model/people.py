"""Who is busy: the names in *Betrokkenen (wie)* read into people and bodies.

A text is split on commas, semicolons, ``/``, ``&``, ``+``, line breaks, *en* and *i.s.m.*
(but not the *en* of a shortened compound: *Expertise- en consultatieteam* is one body).
The same name in other spellings is one person: case, dots and hyphens do not count, a
plural *-s*/*-en* joins its singular, an abbreviation joins the name whose initials it is
(*ECT* = *Expertise- en consultatieteam*: the compound's *team* counts as a word), and the
organisation's own alias list (which she can correct) joins anything else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from jaarplanner.model.document import DocumentData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field

_SEPARATORS = re.compile(r"\s*(?:[,;/&+\n•]|\bi\.?s\.?m\.?(?=\s))\s*", re.IGNORECASE)
_AND = re.compile(r"(?<![-–])\s+en\s+", re.IGNORECASE)
_GROUP_START = re.compile(r"<(?:i|b|u|br|li|p)\b[^>]*>", re.IGNORECASE)
_NOISE = frozenset({"", "pm", "nvt", "etc", "ea", "nb"})  # compared without dots
_SMALL_WORDS = frozenset({"en", "van", "de", "het", "der", "voor", "in", "op", "met", "te"})
_COMPOUND_ENDS = ("team", "raad", "groep", "commissie", "overleg", "vergadering", "bureau")

# Names every network uses; the organisation's own list comes on top and wins.
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "Ondersteuningsplanraad": ("OPR",),
    "Algemene ledenvergadering": ("ALV",),
    "Medezeggenschapsraad": ("MR",),
    "Gemeenschappelijke medezeggenschapsraad": ("GMR",),
    "Raad van Toezicht": ("RvT", "RVT"),
    "Intern begeleiders": ("IB", "IB'ers", "IB-ers", "ib'ers"),
    "Commissie van toelaatbaarheid": ("CvT", "CVT"),
}


def key(name: str) -> str:
    """The spelling-free form of a name: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-zà-ÿ]", "", name.casefold())


def _split_and(part: str) -> list[str]:
    """*en* separates names, except where the words after it finish the name before it:
    *Specialisten gedrag en lezen*, *Ouders groep 7 en 8*."""
    pieces = _AND.split(part)
    names = [pieces[0]]
    for piece in pieces[1:]:
        words = piece.split()
        if len(words) == 1 and (words[0].isdigit() or len(names[-1].split()) > 1):
            names[-1] = f"{names[-1]} en {piece}"
        else:
            names.append(piece)
    return names


def split_names(text: str) -> list[str]:
    """The names in a *Betrokkenen* text (rich or plain), in the order written. A new
    paragraph, line or emphasised group starts a new name."""
    plain = to_plain(_GROUP_START.sub(", ", text)) if "<" in text else text
    names = []
    for part in _SEPARATORS.split(plain):
        for piece in _split_and(part):
            name = " ".join(piece.strip(" .:()[]\t").split())
            if key(name) not in _NOISE and any(c.isalpha() for c in name):
                names.append(name[0].upper() + name[1:])
    return names


def initials(name: str) -> str:
    """*Expertise- en consultatieteam* → ``ECT``; small words do not count."""
    letters = []
    for word in re.split(r"[\s\-–]+", name):
        lowered = word.casefold()
        if not word or lowered in _SMALL_WORDS:
            continue
        letters.append(word[0])
        for end in _COMPOUND_ENDS:
            if lowered.endswith(end) and len(lowered) > len(end) + 2:
                letters.append(end[0])
                break
    return "".join(letters).upper()


def _is_abbreviation(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and " " not in letters and sum(c.isupper() for c in letters) >= 2


@dataclass
class People:
    """The people and bodies of one organisation: the name shown, and every spelling of it."""

    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _canonical: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls, texts: Iterable[str], corrections: dict[str, tuple[str, ...]] | None = None
    ) -> People:
        """Read every *Betrokkenen* text; ``corrections`` is the organisation's own list
        (name shown → other spellings), which wins over anything found."""
        counts: Counter[str] = Counter()
        for text, times in Counter(texts).items():  # plans repeat their texts: split once
            for name in split_names(text):
                counts[name] += times
        found = sorted(counts, key=lambda n: (-counts[n], _is_abbreviation(n), -len(n), n))
        group: dict[str, int] = {}  # spelling key -> group number
        chosen: dict[int, str] = {}  # the name a correction gives a group
        for number, (name, spellings) in enumerate(
            [*(corrections or {}).items(), *DEFAULT_ALIASES.items()]
        ):
            if key(name) in group:  # a correction of a default name keeps the correction
                number = group[key(name)]
            for spelling in (name, *spellings):
                group.setdefault(key(spelling), number)
            if corrections and name in corrections:
                chosen.setdefault(number, name)
            else:  # a listed name, in the spelling the documents use if they use it
                chosen.setdefault(number, next((n for n in found if key(n) == key(name)), name))
        by_initials = {initials(n): n for n in found if not _is_abbreviation(n) and " " in n}
        fresh = len(group) + len(DEFAULT_ALIASES) + len(corrections or {})
        for name in found:
            k = key(name)
            if k in group:
                continue
            related = [k[:-1] if k.endswith("s") else "", k[:-2] if k.endswith("en") else ""]
            related += [k + "s", k + "en"]
            if _is_abbreviation(name) and name.replace(".", "").upper() in by_initials:
                related.append(key(by_initials[name.replace(".", "").upper()]))
            match = next((group[r] for r in related if r and r in group), None)
            if match is None:
                match = fresh
                fresh += 1
            group[k] = match
        members: dict[int, list[str]] = {}
        for name in found:
            members.setdefault(group[key(name)], []).append(name)
        people = cls()
        for number, names in members.items():
            shown = chosen.get(number) or names[0]
            people.aliases[shown] = tuple(n for n in names if n != shown)
            for spelling in (shown, *names):
                people._canonical[key(spelling)] = shown
        for spelling, number in group.items():
            if number in chosen:
                people._canonical.setdefault(spelling, chosen[number])
            elif number in members:
                people._canonical.setdefault(spelling, people.resolve(members[number][0]))
        return people

    def resolve(self, name: str) -> str:
        return self._canonical.get(key(name), name)

    def of(self, text: str) -> list[str]:
        """A row's people: the names in its *Betrokkenen* text, each once, as shown."""
        found: list[str] = []
        for name in split_names(text):
            person = self.resolve(name)
            if person not in found:
                found.append(person)
        return found

    @property
    def names(self) -> list[str]:
        return sorted(self.aliases, key=str.casefold)


def busy_by_month(
    rows: Iterable[tuple[str, Iterable[tuple[object, object]]]], people: People
) -> dict[str, Counter[tuple[int, int]]]:
    """Per person, per (year, month), how many rows run: ``rows`` gives each row's
    *Betrokkenen* text and its spans ``(start, end)`` (dates)."""
    busy: dict[str, Counter[tuple[int, int]]] = {}
    for text, spans in rows:
        months: set[tuple[int, int]] = set()
        for start, end in spans:
            year, month = start.year, start.month  # type: ignore[attr-defined]
            while (year, month) <= (end.year, end.month):  # type: ignore[attr-defined]
                months.add((year, month))
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        for person in people.of(text):
            busy.setdefault(person, Counter()).update(months)
    return busy


def people_of_documents(documents: Iterable[DocumentData]) -> People:
    """The people named in the documents' *Betrokkenen* texts."""
    return People.build(
        row.value(Field.WHO) for d in documents for p in d.parts for row in p.all_rows()
    )
