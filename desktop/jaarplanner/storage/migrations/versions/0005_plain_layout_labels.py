"""stored column layouts as plain text: labels lose markup such as <b>Datum</b>, and a layout
that cannot be read (a field shown twice, an unknown field) is repaired

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 16:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from jaarplanner.model.layout import LayoutError, repair_layout, validate_layout

    connection = op.get_bind()
    parts = sa.table("parts", sa.column("id", sa.Integer), sa.column("layout_json", sa.Text))
    for ident, stored in connection.execute(sa.select(parts.c.id, parts.c.layout_json)).all():
        try:
            validate_layout(json.loads(stored))
            continue
        except (LayoutError, ValueError, TypeError, AttributeError):
            pass
        try:
            data = json.loads(stored)
        except ValueError:
            data = {}
        layout, _changes = repair_layout(data)
        connection.execute(
            parts.update()
            .where(parts.c.id == ident)
            .values(layout_json=json.dumps(layout.to_dict(), ensure_ascii=False))
        )


def downgrade() -> None:
    """Plain labels are valid in every earlier version: nothing to undo."""
