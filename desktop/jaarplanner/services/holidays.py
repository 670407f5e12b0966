"""The school holidays an office uses: the shipped defaults of its region, or its own dates
for a school year (herfst and voorjaar are only advice, so schools differ)."""

from __future__ import annotations

from sqlalchemy import delete, select

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.holidays.school import holidays_in, school_holidays
from jaarplanner.i18n import _
from jaarplanner.model.values import Region
from jaarplanner.periods import SchoolYear
from jaarplanner.services.changes import Change
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


def own_school_holidays(db: Database, year: SchoolYear, region: Region) -> list[Holiday] | None:
    """The office's own school holidays for ``year`` and ``region``, or None when it uses
    the defaults."""
    with db.reading() as session:
        rows = session.scalars(
            select(orm.SchoolHoliday)
            .where(orm.SchoolHoliday.school_year == str(year))
            .where(orm.SchoolHoliday.region == region.value)
            .order_by(orm.SchoolHoliday.start, orm.SchoolHoliday.id)
        ).all()
        found = [Holiday(r.name, r.start, r.end, "school") for r in rows]
    return found or None


def school_holidays_for(db: Database, year: SchoolYear, region: Region) -> list[Holiday]:
    own = own_school_holidays(db, year, region)
    return own if own is not None else school_holidays(year, region)


def holidays_for(db: Database, year: SchoolYear, region: Region) -> list[Holiday]:
    """School and public holidays as the calendar shows them."""
    return holidays_in(year, region, own_school_holidays(db, year, region))


def check_holidays(year: SchoolYear, holidays: list[Holiday]) -> None:
    for holiday in holidays:
        name = holiday.name.strip()
        if not name:
            raise UserError(_("Every holiday needs a name."))
        if holiday.end < holiday.start:
            raise UserError(_("The holiday '{name}' ends before it starts.").format(name=name))
        if holiday.end < year.start or holiday.start > year.end:
            raise UserError(
                _("The holiday '{name}' does not fall in school year {year}.").format(
                    name=name, year=year
                )
            )


def set_school_holidays(
    db: Database, year: SchoolYear, region: Region, holidays: list[Holiday] | None
) -> Change:
    """Use ``holidays`` for ``year`` and ``region``; None goes back to the defaults."""
    if holidays is not None:
        check_holidays(year, holidays)
    old = own_school_holidays(db, year, region)
    table = orm.SchoolHoliday
    with db.transaction() as session:
        session.execute(
            delete(table).where(table.school_year == str(year)).where(table.region == region.value)
        )
        for holiday in holidays or []:
            session.add(
                table(
                    school_year=str(year),
                    region=region.value,
                    name=holiday.name.strip(),
                    start=holiday.start,
                    end=holiday.end,
                )
            )
    return Change(_("Change school holidays"), lambda d: set_school_holidays(d, year, region, old))
