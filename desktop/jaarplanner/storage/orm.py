"""The tables, as SQLAlchemy 2 typed ORM classes.

Numbers (theme 3, row 3.2, action 1.4) are never stored: they follow from ``position``.
Every editable object carries ``version``; SQLAlchemy refuses a change to an object that
somebody else changed in the meantime (``StaleDataError``).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    __table__: ClassVar[Table]  # every class here maps one table (SQLAlchemy: any FromClause)


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    sector: Mapped[str] = mapped_column(String(10), default="vo")
    region: Mapped[str] = mapped_column(String(10), default="noord")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # PNG or SVG
    header_text: Mapped[str] = mapped_column(Text, default="")
    footer_text: Mapped[str] = mapped_column(Text, default="")

    documents: Mapped[list[PlanDocument]] = relationship(back_populates="organisation")
    kpis: Mapped[list[Kpi]] = relationship(
        back_populates="organisation", order_by="Kpi.number", cascade="all, delete-orphan"
    )


class PlanDocument(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    school_year: Mapped[str] = mapped_column(String(9))
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str] = mapped_column(String(500), default="")
    layout: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20), default="concept")
    version: Mapped[int] = mapped_column(Integer, default=1)
    row_breaks: Mapped[str] = mapped_column(String(10), default="long", server_default="long")

    organisation: Mapped[Organisation] = relationship(back_populates="documents")
    steps: Mapped[list[StatusStep]] = relationship(
        back_populates="document", order_by="StatusStep.position", cascade="all, delete-orphan"
    )
    sections: Mapped[list[TextSection]] = relationship(
        back_populates="document", order_by="TextSection.position", cascade="all, delete-orphan"
    )
    parts: Mapped[list[Part]] = relationship(
        back_populates="document", order_by="Part.position", cascade="all, delete-orphan"
    )
    meeting_series: Mapped[list[MeetingSeries]] = relationship(
        back_populates="document",
        order_by="MeetingSeries.position",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version}


class StatusStep(Base):
    __tablename__ = "status_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[str] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    document: Mapped[PlanDocument] = relationship(back_populates="steps")

    __mapper_args__ = {"version_id_col": version}


class TextSection(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    document: Mapped[PlanDocument] = relationship(back_populates="sections")
    __mapper_args__ = {"version_id_col": version}


class Part(Base):
    __tablename__ = "parts"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str] = mapped_column(String(500), default="")
    layout_json: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    document: Mapped[PlanDocument] = relationship(back_populates="parts")
    themes: Mapped[list[Theme]] = relationship(
        back_populates="part", order_by="Theme.position", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}


class Theme(Base):
    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), index=True, nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(500), default="")
    footnotes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    part: Mapped[Part] = relationship(back_populates="themes")
    rows: Mapped[list[Row]] = relationship(
        back_populates="theme", order_by="Row.position", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}


row_kpis = Table(
    "row_kpis",
    Base.metadata,
    Column("row_id", ForeignKey("rows.id", ondelete="CASCADE"), primary_key=True),
    Column("kpi_id", ForeignKey("kpis.id", ondelete="CASCADE"), primary_key=True),
)


class Row(Base):
    __tablename__ = "rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    continuation: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(Text, default="")
    period: Mapped[str] = mapped_column(Text, default="")
    what: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    staff: Mapped[str] = mapped_column(Text, default="")
    finance: Mapped[str] = mapped_column(Text, default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30), default="gepland")
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    amount_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    theme: Mapped[Theme] = relationship(back_populates="rows")
    kpis: Mapped[list[Kpi]] = relationship(secondary=row_kpis, order_by="Kpi.number")
    __mapper_args__ = {"version_id_col": version}


class Kpi(Base):
    __tablename__ = "kpis"
    __table_args__ = (UniqueConstraint("organisation_id", "plan_period", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    plan_period: Mapped[str] = mapped_column(String(20), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    organisation: Mapped[Organisation] = relationship(back_populates="kpis")

    __mapper_args__ = {"version_id_col": version}


class MeetingSeries(Base):
    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(500), default="")
    chair: Mapped[str] = mapped_column(String(300), default="")
    day_time: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(300), default="")

    document: Mapped[PlanDocument] = relationship(back_populates="meeting_series")
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="series", order_by="Meeting.position", cascade="all, delete-orphan"
    )


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    date_text: Mapped[str] = mapped_column(String(200), default="")
    time: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(String(300), default="")

    series: Mapped[MeetingSeries] = relationship(back_populates="meetings")


class StatusChange(Base):
    """One change of a row's status, kept as history (date and a short explanation)."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    row_id: Mapped[int] = mapped_column(ForeignKey("rows.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    old_status: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(30))
    explanation: Mapped[str] = mapped_column(Text, default="")


class SchoolHoliday(Base):
    """A school holiday the office set for a school year and region. When a year and region
    has any, they replace the shipped defaults for it (herfst and voorjaar are advice)."""

    __tablename__ = "school_holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    region: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)


class SavedLayout(Base):
    """A document layout the office composed and saved by name (the JSON of
    ``resources/layouts/``); *Nieuw document* offers it next to the shipped ones."""

    __tablename__ = "saved_layouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    layout_json: Mapped[str] = mapped_column(Text)


# --- Issue 21: people per organisation, a row's people, document versions (0009) ---


class PersonName(Base):
    """A person or body of an organisation as she corrected it: the name shown and the
    other spellings that mean the same (one per line)."""

    __tablename__ = "person_names"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    spellings: Mapped[str] = mapped_column(Text, default="")


class RowPerson(Base):
    """A row's people, in the order of its *Betrokkenen* text, as the names shown."""

    __tablename__ = "row_people"

    row_id: Mapped[int] = mapped_column(ForeignKey("rows.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)


class DocumentVersion(Base):
    """A frozen copy of a document (``model.snapshot`` as JSON), kept on adopting, on a
    status step, or by hand with a name."""

    __tablename__ = "document_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(String(20), default="manual")
    created: Mapped[dt.datetime] = mapped_column(DateTime)
    snapshot: Mapped[str] = mapped_column(Text)


# Facts about the database itself, such as its identity ("database_id", a UUID) by which its
# backups are found; copied along on a restore.
settings = Table(
    "settings",
    Base.metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)
