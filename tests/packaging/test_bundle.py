"""The shipped program: the PyInstaller folder built from the same spec runs its self-test,
and the installer script and the MSI source compile (Debian's makensis and wixl)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jaarplanner.version import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("bundle")
    yield build.build_bundle(folder / "dist", folder / "work")


def _files(bundle: Path) -> list[Path]:
    """Every file of the folder (on Linux some are links to others: Windows has none)."""
    return [f for f in bundle.rglob("*") if f.is_file()]


def _dutch_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["JAARPLANNER_LANGUAGE"] = "nl"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_bundled_program_passes_its_selftest(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = _dutch_env() | {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    result = subprocess.run(
        [str(bundle / APP_NAME), "--selftest"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=tmp_path,  # not the source tree: the bundle must carry everything itself
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd" in result.stdout
    assert "PDF exporteren" in result.stdout
    assert not (home / "data" / "Jaarplanner").exists()  # the user's data folder untouched


def test_the_bundle_says_its_version(bundle: Path) -> None:
    result = subprocess.run(
        [str(bundle / APP_NAME), "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_the_bundle_carries_licences_catalogs_and_migrations(bundle: Path) -> None:
    inside = bundle / "_internal"
    licences = {path.parent.name for path in (inside / "licenses").glob("*/*")}
    assert {"pyside6-essentials", "shiboken6"} - licences  # Qt's come from resources
    assert {"sqlalchemy", "alembic", "reportlab", "babel", "python-docx", "openpyxl"} <= licences
    assert (
        "GNU LESSER GENERAL PUBLIC LICENSE"
        in (inside / "resources" / "licenses" / "LGPL-3.txt").read_text()
    )
    assert (inside / "translations" / "nl" / "LC_MESSAGES" / "jaarplanner.mo").stat().st_size
    assert (inside / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").exists()
    assert [p.name for p in (inside / "pyphen" / "dictionaries").iterdir()] == ["hyph_nl_NL.dic"]
    assert sorted(p.name for p in (inside / "jaarplanner/storage/migrations/versions").glob("0*"))
    # the example database, ready to copy, with the fictional network's documents
    example = sqlite3.connect(
        f"file:{inside / 'resources/examples/voorbeeld.sqlite'}?mode=ro", uri=True
    )
    try:
        names = {row[0] for row in example.execute("SELECT name FROM organisations")}
        documents = example.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        example.close()
    assert names == {"Samenwerkingsverband Voorbeeldregio"} and documents >= 3
    # only the languages the program speaks: Babel's other locales are left out
    babel_locales = {p.stem.split("_")[0] for p in (inside / "babel/locale-data").glob("*.dat")}
    assert babel_locales == {"nl", "en", "root"}


def test_the_installer_script_compiles(bundle: Path, tmp_path: Path) -> None:
    installer = build.build_nsis(bundle, tmp_path, compress=False)
    data = installer.read_bytes()
    assert data[:2] == b"MZ"
    # the version resource Windows shows in the file's properties
    assert __version__.encode("utf-16-le") in data
    assert "ProductVersion".encode("utf-16-le") in data
    size = sum(f.stat().st_size for f in _files(bundle) if not f.is_symlink())
    assert len(data) > size * 0.9  # uncompressed for the test: all of it is inside


def _msi_table(msi: Path, table: str) -> list[list[str]]:
    text = subprocess.run(
        ["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in text.splitlines()[3:]]


def test_the_msi_compiles_with_every_file(bundle: Path, tmp_path: Path) -> None:
    msi = build.build_msi(bundle, tmp_path, tmp_path / "work")
    files = _msi_table(msi, "File")
    shipped = _files(bundle)
    assert len(files) == len(shipped)
    properties = dict(row[:2] for row in _msi_table(msi, "Property"))
    assert properties["ProductVersion"] == __version__
    assert properties["UpgradeCode"] == "{84DE9B3C-9E2C-4387-9909-E0F24D377C95}"
    shortcuts = _msi_table(msi, "Shortcut")
    assert any(APP_NAME in "\t".join(row) for row in shortcuts)
    # MajorUpgrade: a newer MSI finds and removes an older one with the same UpgradeCode
    upgrades = _msi_table(msi, "Upgrade")
    assert any(row[0] == properties["UpgradeCode"] for row in upgrades)


def test_harvested_ids_stay_the_same_between_builds(bundle: Path) -> None:
    from harvest import fragment

    first, second = fragment(bundle), fragment(bundle)
    assert first == second
    guids = re.findall(r'Guid="([0-9A-F-]+)"', first)
    assert len(guids) == len(set(guids)) == len(_files(bundle))
