"""a settings table with the database's identity, by which its backups are kept apart

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 16:00:00
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # a restore may already have put the table (with the identity) into an older file
    if not sa.inspect(bind).has_table("settings"):
        op.create_table(
            "settings",
            sa.Column("key", sa.String(length=100), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
        )
    known = bind.execute(sa.text("SELECT value FROM settings WHERE key = 'database_id'")).scalar()
    if known is None:
        bind.execute(
            sa.text("INSERT INTO settings (key, value) VALUES ('database_id', :value)"),
            {"value": uuid.uuid4().hex},
        )


def downgrade() -> None:
    op.drop_table("settings")
