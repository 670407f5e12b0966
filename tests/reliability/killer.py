"""The kill harness: a worker makes changes, is killed with SIGKILL at a random moment, and
after every kill the database must pass SQLite's integrity check and hold every change the
worker reported done. Used by the tests (until 150 changes) and by bench/kills.py (1,500)."""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

WORKER = Path(__file__).with_name("kill_worker.py")
MARK = re.compile(r"(add|edit) (\d+) (\d+)")


@dataclass
class Outcome:
    rounds: int = 0
    reported: int = 0
    lost: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def prepare(path: Path) -> tuple[int, int]:
    """A database with one document; returns a theme to add rows to and a row to edit."""
    from jaarplanner.services.documents import create_document, list_documents, load_document
    from jaarplanner.storage.database import open_database
    from tests.factories import sample_document

    db = open_database(path)
    try:
        create_document(db, sample_document())
        document = load_document(db, list_documents(db)[0].id)
        theme = document.parts[0].themes[0]
        return theme.id, theme.rows[0].id
    finally:
        db.close()


def _stored(path: Path) -> tuple[str, set[tuple[int, int]], list[tuple[int, int]]]:
    """The integrity verdict, the rows added and the edited row's mark."""
    connection = sqlite3.connect(path, timeout=10)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        added, edited = set(), []
        for (what,) in connection.execute("SELECT what FROM rows"):
            match = MARK.search(what or "")
            if match is None:
                continue
            mark = (int(match.group(2)), int(match.group(3)))
            (added.add(mark) if match.group(1) == "add" else edited.append(mark))
        return verdict, added, edited
    finally:
        connection.close()


def run_kills(
    folder: Path, changes: int, seed: int = 1, most_per_kill: int = 6, jitter: float = 0.003
) -> Outcome:
    """Kill workers until ``changes`` changes have been reported done.

    Each round draws how many changes the worker may report (0 to ``most_per_kill``) and
    kills it right after the last of them plus a random instant (up to ``jitter`` seconds,
    about one change), so the kill lands anywhere in the next change: while the file is
    being opened, inside a transaction, during the commit. The work is counted in reported
    changes, never in time, so a slow machine makes the run longer, not weaker.
    """
    path = folder / "doden.sqlite"
    theme_id, row_id = prepare(path)
    rng = random.Random(seed)
    outcome = Outcome()
    started = time.perf_counter()
    helper = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(theme_id), str(row_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert helper.stdin is not None and helper.stdout is not None
    added: set[tuple[int, int]] = set()
    last_edit: tuple[int, int] | None = None
    round_ = 0
    try:
        while outcome.reported < changes:
            allowed = rng.randint(0, most_per_kill)
            # at most two more than allowed: a slow harness still kills often
            helper.stdin.write(f"{round_} {allowed + 2}\n")
            helper.stdin.flush()
            pid, reports, status = _until_reported(helper.stdout, allowed)
            if status is None:
                time.sleep(rng.uniform(0, jitter))
                os.kill(pid, signal.SIGKILL)
                status, more = _until_done(helper.stdout)
                reports += more
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                outcome.failures.append(f"round {round_}: the worker stopped by itself ({status})")
            for report in reports:
                match = MARK.match(report)
                if match is None:
                    continue
                mark = (int(match.group(2)), int(match.group(3)))
                outcome.reported += 1
                if match.group(1) == "add":
                    added.add(mark)
                else:
                    last_edit = mark
            verdict, stored_adds, edited = _stored(path)
            outcome.rounds += 1
            if verdict != "ok":
                outcome.damaged.append(f"round {round_}: {verdict}")
            outcome.lost.extend(f"round {round_}: add {m}" for m in sorted(added - stored_adds))
            if last_edit is not None and (not edited or max(edited) < last_edit):
                outcome.lost.append(f"round {round_}: edit {last_edit}, stored {edited}")
            if outcome.failures:
                break  # a worker that cannot make changes would never reach the count
            round_ += 1
    finally:
        helper.stdin.close()
        helper.wait(timeout=30)
        outcome.seconds = time.perf_counter() - started
    return outcome


def _until_reported(stream: IO[str], allowed: int) -> tuple[int, list[str], int | None]:
    """Read the worker's lines until it has started and reported ``allowed`` changes; the
    status is set only when the worker ended before that."""
    pid, reports = 0, []
    while pid == 0 or len(reports) < allowed:
        line = stream.readline()
        if line.startswith("pid "):
            pid = int(line.split()[1])
        elif line.startswith("done ") or not line:
            return pid, reports, int(line.split()[2]) if line else -1
        else:
            reports.append(line)
    return pid, reports, None


def _until_done(stream: IO[str]) -> tuple[int, list[str]]:
    """The killed worker's last reports and its exit status."""
    reports = []
    line = stream.readline()
    while line and not line.startswith("done "):
        reports.append(line)
        line = stream.readline()
    return (int(line.split()[2]) if line else -1), reports
