"""Storage: the SQLAlchemy tables, opening databases, migrations and backups."""
