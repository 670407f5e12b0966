"""Recognising things in document text: the school year, the region of an organisation,
KPI references such as ``(KPI 1 t/m 9)``, status-trail lines."""

from __future__ import annotations

import datetime as dt
import re

from jaarplanner.model.values import Region, Sector, StepAction
from jaarplanner.periods.vocabulary import month_names

# Provinces and places named in vakantieregios.md, by region.
_REGIONS: tuple[tuple[Region, tuple[str, ...]], ...] = (
    (
        Region.MIDDLE,
        (
            "zuid-holland",
            "utrecht",
            "zeewolde",
            "apeldoorn",
            "ede",
            "barneveld",
            "tiel",
            "doetinchem",
            "zutphen",
            "altena",
            "woudrichem",
            "rotterdam",
            "den haag",
            "leiden",
            "dordrecht",
            "amersfoort",
            "gouda",
            "delft",
        ),
    ),
    (
        Region.SOUTH,
        (
            "limburg",
            "zeeland",
            "brabant",
            "arnhem",
            "nijmegen",
            "eindhoven",
            "tilburg",
            "breda",
            "maastricht",
            "venlo",
            "zaltbommel",
            "middelburg",
        ),
    ),
    (
        Region.NORTH,
        (
            "groningen",
            "friesland",
            "fryslân",
            "drenthe",
            "drente",
            "overijssel",
            "flevoland",
            "noord-holland",
            "kennemerland",
            "amsterdam",
            "zaanstreek",
            "west-friesland",
            "hattem",
            "eemnes",
            "zwolle",
            "assen",
            "leeuwarden",
            "enschede",
            "almere",
            "alkmaar",
            "haarlem",
        ),
    ),
)


def region_of(text: str) -> Region | None:
    lowered = text.lower()
    for region, names in _REGIONS:
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lowered) for name in names):
            return region
    return None


def sector_of(text: str) -> Sector:
    if re.search(r"\b(VO|voortgezet)\b", text):
        return Sector.VO
    return Sector.PO


_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*[-–/]\s*(20\d\d|\d\d)(?!\d)")


def school_year_in(text: str) -> str | None:
    """The first school year named in ``text`` (``2024 - 2025``, ``2024-25``)."""
    for match in _YEAR.finditer(text):
        first, second = int(match.group(1)), match.group(2)
        second_full = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if second_full == first + 1:
            return f"{first}-{first + 1}"
    return None


_KPI = re.compile(
    r"KPI(?:'s|’s|s)?\s+((?:\d+\s*(?:t/m|tot en met|-|–|,|en|&)\s*)*\d+)", re.IGNORECASE
)


def kpi_references(text: str) -> list[int]:
    """KPI numbers referred to: ``(KPI 1 t/m 9)``, ``(KPI 1, 2, 3 en 6)``, ``KPI's 1 t/m 12``."""
    found: list[int] = []
    for match in _KPI.finditer(text):
        numbers = match.group(1)
        for part in re.split(r"\s*(?:,|\ben\b|&)\s*", numbers):
            span = re.match(r"(\d+)\s*(?:t/m|tot en met|-|–)\s*(\d+)", part)
            if span:
                first, last = int(span.group(1)), int(span.group(2))
                if 0 < first <= last <= first + 50:
                    found.extend(range(first, last + 1))
            elif part.strip().isdigit():
                found.append(int(part))
    return sorted(set(n for n in found if 0 < n < 1000))


_DATE = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", re.IGNORECASE)


def date_in(text: str) -> dt.date | None:
    """The first Dutch date written out in ``text`` (``27 mei 2020``, ``7 jul 2020``)."""
    months = month_names()
    for match in _DATE.finditer(text):
        month = months.get(match.group(2).lower())
        if month:
            try:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
            except ValueError:
                continue
    return None


_STEP_WORDS = (
    (StepAction.ADVISED, r"geadviseerd|advies"),
    (StepAction.APPROVED, r"goedgekeurd|goedkeuring"),
    (StepAction.DISCUSSED, r"besproken"),
    (StepAction.ADOPTED, r"vastgesteld|vaststelling"),
)


def status_step(line: str) -> tuple[StepAction, str, dt.date | None] | None:
    """``Goedgekeurd door de Raad van Toezicht 3 juni 2020`` → (approved, body, date)."""
    text = re.sub(r"^\s*status\s+d\.?d\.?\s*", "", line, flags=re.IGNORECASE).strip()
    for action, words in _STEP_WORDS:
        if re.search(rf"\b(?:{words})\b", text, re.IGNORECASE):
            body = re.search(
                r"\b(?:door|in|met)\s+(?:de\s+|het\s+)?(.+?)"
                r"(?:\s+\d{1,2}\s+[a-z]+\.?\s+\d{4}|\s+[–-]\s*)?\s*$",
                text,
                re.IGNORECASE,
            )
            name = body.group(1).strip(" –-") if body else ""
            return action, name[:1].upper() + name[1:], date_in(text)
    return None
