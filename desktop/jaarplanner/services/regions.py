"""The school-holiday region of a place: ``resources/regions/vakantieregios.csv`` (provinces,
the municipalities the regulation names, and larger places; see ``BRON.md`` there)."""

from __future__ import annotations

import csv
from functools import cache

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.values import Region
from jaarplanner.resources import resources_dir


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


@cache
def _places() -> dict[str, Region]:
    path = resources_dir() / "regions" / "vakantieregios.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            _key(row["naam"]): Region(row["regio"]) for row in csv.DictReader(handle, delimiter=";")
        }


def find_region(place: str) -> Region | None:
    """The region of ``place`` (a province, municipality or town), or ``None`` when the
    list does not know it."""
    return _places().get(_key(place))


def region_of_place(place: str) -> Region:
    found = find_region(place)
    if found is None:
        raise UserError(
            _(
                "'{place}' is not in the list of places; choose the region (noord, midden or "
                "zuid) yourself."
            ).format(place=place)
        )
    return found
