"""organisation settings (logo, header and footer texts of the PDF) and saved layouts

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-01 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("header_text", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("footer_text", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "saved_layouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("layout_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_layouts")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_layouts_name")),
    )


def downgrade() -> None:
    op.drop_table("saved_layouts")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("footer_text")
        batch_op.drop_column("header_text")
        batch_op.drop_column("logo")
