"""Migrations build exactly the models, and an older database is upgraded after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from jaarplanner.services.documents import list_documents
from jaarplanner.storage.database import Database, open_database
from jaarplanner.storage.migrations import HEAD, SCRIPT_LOCATION
from jaarplanner.storage.orm import Base


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def test_head_constant_is_alembic_head() -> None:
    assert ScriptDirectory.from_config(_config()).get_current_head() == HEAD


def test_migrations_build_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def _database_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_an_old_database_is_backed_up_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    _database_at(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO organisations (name, short_name, sector, region) "
        "VALUES ('SWV Oud', '', 'po', 'zuid')"
    )
    connection.execute(
        "INSERT INTO documents (organisation_id, school_year, title, subtitle, "
        "layout, state, version) VALUES (1, '2022-2023', 'Oud plan', '', "
        "'themed-table', 'concept', 1)"
    )
    connection.commit()
    connection.close()
    backups = tmp_path / "kopieen"
    db = open_database(path, backup_dir=backups)
    assert [d.title for d in list_documents(db)] == ["Oud plan"]
    # the copy is in the folder of this database, named by the identity it got
    from jaarplanner.storage.backup import identity

    assert db.backup is not None and db.backup.parent == backups / identity(path)
    with db.engine.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        )
    db.close()
    old = sqlite3.connect(db.backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert old.execute("SELECT title FROM documents").fetchone()[0] == "Oud plan"
    old.close()


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    import pytest

    from jaarplanner.errors import DatabaseError

    path = tmp_path / "nieuwer.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="nieuwere Jaarplanner"):
        open_database(path)
    assert path.read_bytes() == before
