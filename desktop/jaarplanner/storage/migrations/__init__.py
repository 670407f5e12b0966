"""Alembic migrations, shipped inside the package. ``HEAD`` is the newest revision."""

from pathlib import Path

HEAD = "0005"
SCRIPT_LOCATION = Path(__file__).resolve().parent
