"""Dutch words of the period language. Month and weekday names come from Babel's Dutch
locale data; only the words Babel does not know (seasons, counts) are listed here."""

from __future__ import annotations

from functools import cache

from babel.dates import get_day_names, get_month_names

NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
ORDINAL_WORDS = {
    "eerste": 1,
    "1e": 1,
    "1ste": 1,
    "tweede": 2,
    "2e": 2,
    "2de": 2,
    "derde": 3,
    "3e": 3,
    "3de": 3,
    "vierde": 4,
    "4e": 4,
    "4de": 4,
}
# (first month, number of months, year offset of the first month relative to the year named)
SEASONS = {
    "voorjaar": (3, 3),
    "lente": (3, 3),
    "zomer": (6, 3),
    "najaar": (9, 3),
    "herfst": (9, 3),
    "winter": (12, 3),
}


@cache
def month_names() -> dict[str, int]:
    """Every way of writing a month: Babel's wide and abbreviated names, and any prefix of
    at least three letters of a wide name (``sept``, ``febr``, ``jun``)."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context=context, locale="nl").items():
                names[name.lower().rstrip(".")] = number
    for number, name in get_month_names("wide", locale="nl").items():
        name = name.lower()
        for length in range(3, len(name)):
            names.setdefault(name[:length], number)
    return names


@cache
def weekday_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated", "short"):
        for number, name in get_day_names(width, locale="nl").items():
            names[name.lower().rstrip(".")] = number
    return names


@cache
def month_abbreviation(month: int) -> str:
    """How a month is written in canonical period text (``sept`` as in the documents)."""
    name = get_month_names("abbreviated", locale="nl")[month].lower().rstrip(".")
    return "sept" if month == 9 else name
