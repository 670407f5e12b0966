"""Cut a period text into tokens. Phrases that mean a whole stretch of time
(*eerste helft schooljaar*, *najaar 2024*, *Q1 2025*) and words that only qualify
(*jaarlijks*, *ca.*, *doorlopend*) become one token each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jaarplanner.periods.vocabulary import NUMBER_WORDS, month_names, weekday_names

_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_ORDINAL = r"(?:eerste|tweede|derde|vierde|[1-4](?:ste|de|e))"
_PAIR = r"(?:\d{4}\s*[-/]\s*(?:\d{4}|\d{2})(?!\d))"
_SY = r"(?:van\s+)?(?:het\s+)?schooljaar(?:\s+" + _PAIR + r")?"
_DASH = r"(?:-|t/m|tot\s+en\s+met|\btot\b)"

_PATTERNS: list[tuple[str, str]] = [
    ("space", r"\s+"),
    ("context", r"\(?\s*(?:experiment\s+|project\s+)?loopt\s+" + _DASH + r"?\s*(?:\d{4})\s*\)?"),
    ("context", r"\b(?:gestart|start|vanaf)\s+(?:in\s+)?\d{4}(?!\s*[-/]\s*\d)"),
    ("half_sy", r"\b(" + _ORDINAL + r")\s+helft\s+" + _SY),
    ("whole", r"\bvanaf\s+(?:de\s+)?(?:start|begin)\s+" + _SY),
    ("begin_sy", r"\b(?:begin|start)\s+" + _SY),
    ("end_sy", r"\beind(?:e)?\s+" + _SY),
    ("whole", r"\b(?:gehele|hele|heel|gedurende|geheel)\s+" + _SY),
    ("pair", r"(?<!\d)(\d{4})\s*[-/]\s*(\d{4}|\d{2})(?!\d)"),
    ("cal_half", r"\b(" + _ORDINAL + r")\s+helft\s+(?:van\s+)?(\d{4})"),
    ("quarter", r"\b(?:q([1-4])|(" + _ORDINAL + r")\s+kwartaal)(?:\s+(?:van\s+)?(\d{4}))?"),
    ("season", r"\b(voorjaar|lente|zomer|najaar|herfst|winter)\b(?:\s+(?:van\s+)?(\d{4}))?"),
    ("every_n", r"\b(?:1|een|één|eén)\s*(?:x|keer|maal)\s+per\s+(" + _NUMBER + r")\s+jaar"),
    ("every_n", r"\b(twee|drie|vier|vijf)jaarlijks"),
    ("times", r"\b(" + _NUMBER + r")\s*(?:x|keer|maal)\s+(?:per|in\s+het|p\.?)\s*jaar"),
    ("yearly", r"\b(?:jaarlijks|(?:elk|ieder)\s+jaar|per\s+jaar)\b"),
    ("quarterly", r"\b(?:(?:per|elk|ieder|elke)\s+kwartaal|kwartaal(?:lijks)?)\b"),
    ("monthly", r"\b(?:maandelijks|(?:elke|iedere|per)\s+maand)\b"),
    (
        "weekly",
        r"\b(?:wekelijks|(?:elke|iedere|per)\s+week|(?:elke|iedere)\s+"
        r"(?:maan|dins|woens|donder|vrij|zater|zon)dag)\b",
    ),
    ("cyclic", r"\bcyclisch\b"),
    ("periodic", r"\bperiodiek\b"),
    (
        "approx",
        r"\b(?:ca\b\.?|circa\b|medio\b|naar\s+verwachting\b|rond(?:om)?\b|ongeveer\b"
        r"|omstreeks\b)",
    ),
    ("continuous", r"\b(?:continu|doorlopend)e?\b"),
    ("deadline_end", r"\b(?:uiterlijk|gereed|uiterste|deadline)\b"),
    ("deadline_before", r"\bvoor\b"),
    ("week", r"\b(?:week|wk|weken)\.?\s*(\d{1,2})(?:\s*" + _DASH + r"\s*(\d{1,2}))?\b"),
    ("date", r"(?<!\d)(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?(?!\d)"),
    ("year", r"(?<![\d'])'?(\d{4})(?!\d)|'(\d{2})(?!\d)"),
    ("num", r"(?<!\d)(\d{1,2})(?![\d\w])"),
    ("dash", _DASH),
    ("sep", r"&|\ben\b|,|;|/|\+|\bof\b"),
    ("word", r"[^\W\d_]+\.?"),
    ("other", r"\S"),
]
_MASTER = re.compile(
    "|".join(f"(?P<{kind}{i}>{pattern})" for i, (kind, pattern) in enumerate(_PATTERNS))
)
_GROUP_KIND = {f"{kind}{i}": kind for i, (kind, _p) in enumerate(_PATTERNS)}
_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:uur|u)?(?![\d])|\b\d{1,2}\s*(?:uur|u)\b")
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "ó": "o"})


@dataclass(frozen=True)
class Token:
    kind: str
    value: Any = None
    start: int = 0
    end: int = 0


def normalise(text: str) -> str:
    return _TIME.sub(" ", text.lower().translate(_DASHES))


def scan(text: str) -> list[Token]:
    """The tokens of ``text``. Never raises."""
    tokens: list[Token] = []
    months = month_names()
    weekdays = weekday_names()
    normal = normalise(text)
    for match in _MASTER.finditer(normal):
        kind = _GROUP_KIND[match.lastgroup or ""]
        if kind == "space":
            continue
        groups = _groups(match) if kind in _WITH_GROUPS else []
        value: Any = None
        if kind == "word":
            word = match.group().rstrip(".")
            if word in months:
                kind, value = "month", months[word]
            elif word in _MONTH_PARTS and _starts_with_month(_after_van(normal, match), months):
                kind, value = "month_part", _MONTH_PARTS[word]  # "eind maart": its last days
            elif word == "van" and tokens and tokens[-1].kind == "month_part":
                continue  # "eind van maart"
            elif word in weekdays:
                kind = "weekday"
            else:
                kind = "other"
        elif kind == "date":
            day, month = int(groups[0]), int(groups[1])
            year = _year(groups[2]) if len(groups) > 2 else None
            following = normal[match.end() : match.end() + 12].lstrip()
            if (
                not 1 <= month <= 12
                or not 1 <= day <= 31
                or (year is None and _starts_with_month(following, months))
            ):
                # "3-5 september" is a range of days, not 3 May.
                tokens.append(Token("num", day, match.start(), match.start() + len(groups[0])))
                tokens.append(Token("dash", None, match.start(), match.end()))
                tokens.append(Token("num", month, match.end() - len(groups[1]), match.end()))
                continue
            value = (day, month, year)
        elif kind == "year":
            value = _year(groups[0])
        elif kind in ("num",):
            value = int(groups[0])
        elif kind == "pair":
            first, second = int(groups[0]), groups[1]
            following = normal[match.end() : match.end() + 12].lstrip()
            if len(second) == 2 and (
                first % 100 + 1 != int(second) or _starts_with_month(following, months)
            ):
                # "dec 2024-25 jan 2025": a year, then a range to a day.
                end = match.end()
                tokens.append(Token("year", first, match.start(), match.start() + 4))
                tokens.append(Token("dash", None, match.start() + 4, end - 2))
                tokens.append(Token("num", int(second), end - 2, end))
                continue
            second_full = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            value = first if second_full == first + 1 else None
        elif kind in ("half_sy", "cal_half", "quarter", "season", "week", "every_n", "times"):
            value = tuple(groups)
        tokens.append(Token(kind, value, match.start(), match.end()))
    return tokens


_WITH_GROUPS = frozenset(
    {
        "date",
        "year",
        "num",
        "pair",
        "half_sy",
        "cal_half",
        "quarter",
        "season",
        "week",
        "every_n",
        "times",
    }
)
_GROUP_INDEX: dict[str, tuple[int, int]] = {}


def _groups(match: re.Match[str]) -> list[str]:
    """The inner groups of the alternative that matched, missing ones left out."""
    name = match.lastgroup or ""
    if name not in _GROUP_INDEX:
        first = _MASTER.groupindex[name]
        following = [i for i in _MASTER.groupindex.values() if i > first]
        _GROUP_INDEX[name] = (first, min(following) if following else _MASTER.groups + 1)
    first, stop = _GROUP_INDEX[name]
    wanted = range(first + 1, stop)
    if not wanted:
        return []
    values = match.group(*wanted) if len(wanted) > 1 else (match.group(wanted[0]),)
    return [g for g in values if g is not None]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    number = int(text.lstrip("'"))
    return number + 2000 if number < 100 else number


# words before a month that mean a part of it (approximately): "eind maart", "begin mei"
_MONTH_PARTS = {"eind": "end", "einde": "end", "begin": "begin", "start": "begin"}


def _after_van(normal: str, match: re.Match[str]) -> str:
    following = normal[match.end() : match.end() + 16].lstrip()
    return following[4:] if following.startswith("van ") else following


def _starts_with_month(text: str, months: dict[str, int]) -> bool:
    word = re.match(r"[^\W\d_]+", text)
    return bool(word and word.group() in months)
