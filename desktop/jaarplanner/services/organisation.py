"""The organisation's settings (*Document → Organisatie…*): name, short name, sector, holiday
region, the logo and the header and footer texts the PDF prints."""

from __future__ import annotations

from dataclasses import dataclass, replace

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.values import Region, Sector
from jaarplanner.services.changes import Change
from jaarplanner.services.records import get
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

LOGO_LIMIT = 2_000_000  # bytes: a logo, not a photo album


@dataclass(frozen=True)
class OrganisationSettings:
    name: str
    short_name: str
    sector: Sector
    region: Region
    logo: bytes | None = None
    header_text: str = ""
    footer_text: str = ""


def logo_kind(data: bytes | None) -> str | None:
    """``"png"``, ``"svg"`` or ``None`` (not a logo the PDF can print)."""
    if not data:
        return None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith(b"<svg") or b"<svg" in head:
        return "svg"
    return None


def read_settings(db: Database, organisation_id: int) -> OrganisationSettings:
    with db.reading() as session:
        org = get(session, orm.Organisation, organisation_id)
        return OrganisationSettings(
            org.name,
            org.short_name,
            Sector(org.sector),
            Region(org.region),
            org.logo,
            org.header_text,
            org.footer_text,
        )


def _clean(settings: OrganisationSettings) -> OrganisationSettings:
    name = " ".join(settings.name.split())
    if not name:
        raise UserError(_("The organisation needs a name."))
    if settings.logo is not None:
        if len(settings.logo) > LOGO_LIMIT:
            raise UserError(_("The logo is too large; use a file under 2 MB."))
        if logo_kind(settings.logo) is None:
            raise UserError(_("The logo must be a PNG or SVG file."))
    return replace(
        settings,
        name=name,
        short_name=" ".join(settings.short_name.split()),
        sector=Sector(settings.sector),
        region=Region(settings.region),
        header_text=settings.header_text.strip(),
        footer_text=settings.footer_text.strip(),
    )


def save_settings(
    db: Database,
    organisation_id: int,
    settings: OrganisationSettings,
    *,
    expected: OrganisationSettings | None = None,
) -> Change:
    """Store the settings as one undoable change. ``expected``: what the settings must be
    now (an undo), so that somebody else's later change is not overwritten."""
    settings = _clean(settings)
    before = read_settings(db, organisation_id)
    if expected is not None and before != expected:
        raise UserError(
            _("The organisation's settings were changed again since; this step cannot be undone.")
        )
    with db.transaction() as session:
        org = get(session, orm.Organisation, organisation_id)
        org.name, org.short_name = settings.name, settings.short_name
        org.sector, org.region = settings.sector.value, settings.region.value
        org.logo = settings.logo
        org.header_text, org.footer_text = settings.header_text, settings.footer_text
    return Change(
        _("Organisation"),
        lambda d: save_settings(d, organisation_id, before, expected=settings),
        organisation_id,
    )
