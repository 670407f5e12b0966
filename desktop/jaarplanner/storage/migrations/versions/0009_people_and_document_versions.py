"""people per organisation with their other spellings, a row's people, document versions

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-01 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("spellings", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_person_names_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_names")),
        sa.UniqueConstraint(
            "organisation_id", "name", name=op.f("uq_person_names_organisation_id")
        ),
    )
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_names_organisation_id"), ["organisation_id"], unique=False
        )
    op.create_table(
        "row_people",
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["row_id"], ["rows.id"], name=op.f("fk_row_people_row_id_rows"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("row_id", "position", name=op.f("pk_row_people")),
    )
    with op.batch_alter_table("row_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_row_people_name"), ["name"], unique=False)
    op.create_table(
        "document_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_versions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_versions")),
    )
    with op.batch_alter_table("document_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_versions_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("document_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_versions_document_id"))
    op.drop_table("document_versions")
    with op.batch_alter_table("row_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_row_people_name"))
    op.drop_table("row_people")
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_names_organisation_id"))
    op.drop_table("person_names")
