"""school holidays set by the office

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 13:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "school_holidays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("region", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_holidays")),
    )
    with op.batch_alter_table("school_holidays", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_school_holidays_school_year"), ["school_year"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("school_holidays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_holidays_school_year"))
    op.drop_table("school_holidays")
