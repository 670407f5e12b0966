"""Build Jaarplanner for distribution: the program folder, the installer and the MSI.

    python packaging/build.py                  # folder + whatever installers the tools allow
    python packaging/build.py --only bundle    # just the PyInstaller folder
    python packaging/build.py --only nsis,msi  # installers from an existing folder
    python packaging/build.py --install        # first install requirements/build.txt here

On Windows: PyInstaller, NSIS (``makensis``) and WiX 3 (``candle``/``light``) or ``wixl``.
Here on Linux the same script builds a Linux folder (for the tests) and compiles both
installer scripts with Debian's ``makensis`` and ``wixl``. The version comes from one place,
``jaarplanner/version.py``. Everything lands in ``dist/``.

The folder is only built from the locked versions (``requirements/build.txt``, with hashes):
``--install`` installs them into this Python first; a package at another version stops the
build, so every build ships the same program.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

from harvest import fragment  # noqa: E402
from lockfile import off_lock  # noqa: E402

from jaarplanner.version import APP_NAME, PUBLISHER, __version__  # noqa: E402

ICON = ROOT / "resources" / "icons" / "jaarplanner.ico"
EXE = APP_NAME + (".exe" if sys.platform == "win32" else "")


def run(command: list[str], cwd: Path | None = None) -> None:
    print("»", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=cwd)


def install_locked() -> None:
    """Exactly the locked packages, hashes checked, then Jaarplanner itself."""
    pip = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check"]
    run([*pip, "--require-hashes", "-r", str(ROOT / "requirements" / "build.txt")])
    run([*pip, "--no-deps", str(ROOT)])


def build_bundle(dist: Path, work: Path) -> Path:
    """The PyInstaller folder ``dist/Jaarplanner``."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "jaarplanner.spec"),
        ]
    )
    return dist / APP_NAME


def build_nsis(bundle: Path, dist: Path, *, compress: bool = True) -> Path:
    """The per-user installer ``Jaarplanner-<version>-installatie.exe``."""
    target = dist / f"{APP_NAME}-{__version__}-installatie.exe"
    command = [
        "makensis",
        "-V2",
        f"-DVERSION={__version__}",
        f"-DPUBLISHER={PUBLISHER}",
        f"-DSOURCE={bundle}",
        f"-DEXE={EXE}",
        f"-DICON={ICON}",
        f"-DOUTFILE={target}",
    ]
    if not compress:  # the tests only check that the script compiles
        command.append("-DUNCOMPRESSED")
    run([*command, str(ROOT / "packaging" / "installer.nsi")])
    return target


def build_msi(bundle: Path, dist: Path, work: Path) -> Path:
    """The per-machine ``Jaarplanner-<version>.msi`` (wixl here, WiX 3 on Windows)."""
    target = (dist / f"{APP_NAME}-{__version__}.msi").resolve()
    work.mkdir(parents=True, exist_ok=True)
    (work / "files.wxs").write_text(fragment(bundle), encoding="utf-8")
    shutil.copyfile(ROOT / "packaging" / "jaarplanner.wxs", work / "jaarplanner.wxs")
    defines = {
        "Version": __version__,
        "Publisher": PUBLISHER,
        # wixl reads sources relative to the folder it works in
        "SourceDir": Path(os.path.relpath(bundle, work)).as_posix(),
        "ExeName": EXE,
        "IconFile": Path(os.path.relpath(ICON, work)).as_posix(),
    }
    pairs = [f"{name}={value}" for name, value in defines.items()]
    if shutil.which("wixl"):
        flags = [part for pair in pairs for part in ("-D", pair)]
        run(["wixl", "-a", "x64", *flags, "-o", str(target), "jaarplanner.wxs", "files.wxs"], work)
    else:
        flags = [f"-d{pair}" for pair in pairs]
        run(["candle", "-nologo", "-arch", "x64", *flags, "jaarplanner.wxs", "files.wxs"], work)
        run(["light", "-nologo", "-o", str(target), "jaarplanner.wixobj", "files.wixobj"], work)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="bundle,nsis,msi", help="bundle, nsis, msi")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--install", action="store_true", help="install the locked packages")
    args = parser.parse_args(argv)
    if args.install:
        install_locked()
    wanted = {part.strip() for part in args.only.split(",")}
    bundle = args.dist / APP_NAME
    if "bundle" in wanted:
        wrong = off_lock("build")  # a release ships the locked versions only (tests may not)
        if wrong:
            raise SystemExit(
                "not the locked versions (python packaging/build.py --install):\n  "
                + "\n  ".join(wrong)
            )
        bundle = build_bundle(args.dist, args.work)
    if "nsis" in wanted:
        if shutil.which("makensis"):
            print(build_nsis(bundle, args.dist))
        else:
            print("makensis not found: no installer built", file=sys.stderr)
    if "msi" in wanted:
        if shutil.which("wixl") or shutil.which("candle"):
            print(build_msi(bundle, args.dist, args.work / "msi"))
        else:
            print("neither wixl nor WiX 3 found: no MSI built", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
