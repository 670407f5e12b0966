"""Every test gets a fresh data folder and the Dutch interface; database tests run on
SQLite and on a real PostgreSQL server.

Slow tiers carry a marker (``bundle``, ``libreoffice``, ``postgresql``, ``browser``,
``processes``, ``seeds``, ``large``, ``window``) and with it ``slow``: ``pytest -m "not slow"``
is the quick tier for while you work (``-m "not slow or window"`` adds a tier back); the
README's test command runs everything."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jaarplanner import i18n
from jaarplanner.storage.database import Database, open_database
from tests import postgres

SLOW_TIERS = (
    "bundle",
    "libreoffice",
    "postgresql",
    "browser",
    "processes",
    "seeds",
    "large",
    "window",
)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Tests that copy leave our QMimeData on the clipboard: hand it over while Python
    still runs (as the program does when it quits), or the process crashes at exit."""
    from jaarplanner.ui.clipboard import hand_over_at_exit

    hand_over_at_exit(ours_for_sure=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent.name == "ui":
            item.add_marker(pytest.mark.window)  # the window and its widgets, driven by keys
        if _reads_seeds(item):
            item.add_marker(pytest.mark.seeds)
        if any(item.get_closest_marker(tier) for tier in SLOW_TIERS):
            item.add_marker(pytest.mark.slow)


def _reads_seeds(item: pytest.Item) -> bool:
    """The test reads (and mostly exports) the seed documents: it takes the exported seeds,
    or its module uses the seed readers of tests/seeds.py or tests/exporters/seedtext.py."""
    from tests import seeds

    if "exported" in getattr(item, "fixturenames", ()):
        return True
    readers = (seeds.seed, seeds.seed_files, seeds.require)
    module = getattr(item, "module", None)
    return module is not None and any(
        any(value is reader for reader in readers)
        or getattr(value, "__module__", None) == "tests.exporters.seedtext"
        for value in vars(module).values()
    )


@pytest.fixture(autouse=True)
def fresh_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    data = tmp_path / "data"
    monkeypatch.setenv("JAARPLANNER_DATA_DIR", str(data))
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("JAARPLANNER_LANGUAGE", "nl")
    i18n.install("nl")
    yield
    i18n.install("nl")


@pytest.fixture(autouse=True)
def no_surprise_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box that a test did not expect fails it, instead of waiting forever
    for a click offscreen. Tests that expect one replace it themselves."""
    from PySide6.QtWidgets import QMessageBox

    def surprise(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, surprise)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    server = postgres.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def empty_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database made once by ``open_database`` (migrated to the newest revision);
    each test that needs an empty one opens its own copy. Making one took about 0.2 s, in
    hundreds of tests. Creating a database itself is tested in tests/storage/."""
    folder = tmp_path_factory.mktemp("empty-database")
    before = os.environ.get("JAARPLANNER_DATA_DIR")
    os.environ["JAARPLANNER_DATA_DIR"] = str(folder / "data")  # never the user's own folder
    try:
        open_database(folder / "empty.sqlite").close()
    finally:
        if before is None:
            del os.environ["JAARPLANNER_DATA_DIR"]
        else:
            os.environ["JAARPLANNER_DATA_DIR"] = before
    assert not (folder / "empty.sqlite-wal").exists()  # closed whole: the file is all of it
    return folder / "empty.sqlite"


def _copy_of(empty: Path, target: Path) -> Path:
    shutil.copyfile(empty, target)
    return target


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request: pytest.FixtureRequest, tmp_path: Path, empty_sqlite: Path) -> Iterator[Database]:
    """An empty, migrated database of either kind."""
    if request.param == "sqlite":
        database = open_database(_copy_of(empty_sqlite, tmp_path / "test.sqlite"))
    else:
        server: postgres.Server = request.getfixturevalue("pg_server")
        database = open_database(server.url(server.create_database()))
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path, empty_sqlite: Path) -> Iterator[Database]:
    database = open_database(_copy_of(empty_sqlite, tmp_path / "test.sqlite"))
    yield database
    database.close()
