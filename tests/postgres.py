"""A private PostgreSQL server for the tests, on 127.0.0.1, started and stopped by them."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Server:
    folder: Path
    port: int
    password: str
    bin_dir: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://app:{self.password}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + secrets.token_hex(6)
        with psycopg.connect(
            self.url("postgres").replace("+psycopg", ""), autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name

    def stop(self) -> None:
        _as_owner(
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            ]
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _bin_dir() -> Path:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL is not installed; run tools/test.sh, which installs it")


def _as_owner(command: list[str]) -> None:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start() -> Server:
    bin_dir = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="jaarplanner-pg-"))
    password = secrets.token_hex(12)
    pwfile = folder / "pw"
    pwfile.write_text(password)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
    _as_owner(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "app",
            "--auth=scram-sha-256",
            f"--pwfile={pwfile}",
            "-E",
            "UTF8",
            "--locale=C",
        ]
    )
    port = _free_port()
    _as_owner(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "log"),
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off",
            "-w",
            "start",
        ]
    )
    return Server(folder, port, password, bin_dir)
