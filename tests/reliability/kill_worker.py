"""The process the kill harness kills: a clean, single-threaded helper that forks one worker
per round. A worker opens the database and makes changes through the services as fast as it
can, writing one line to stdout after each change is committed ("add R N" or "edit R N").

    python tests/reliability/kill_worker.py DATABASE THEME_ID ROW_ID

Reads "ROUND MOST" per line on stdin; answers "pid P" when the worker runs and "done R S"
when it has died (the harness kills it with SIGKILL). A worker makes at most MOST changes and
then waits to be killed, so a harness slowed down by a busy machine still kills it often.
"""

from __future__ import annotations

import os
import signal
import sys

from jaarplanner.model.values import Field
from jaarplanner.services import rows
from jaarplanner.storage.database import open_database


def work(database: str, theme_id: int, row_id: int, round_: int, most: int) -> None:
    db = open_database(database, create=False)
    number = 0
    while True:
        if number == most:
            while True:  # the harness was slower than us: wait for the kill, change nothing
                signal.pause()
        number += 1
        if number % 2:
            rows.add_row(db, theme_id, None, {Field.WHAT: f"add {round_} {number}"})
            os.write(1, f"add {round_} {number}\n".encode())
        else:
            rows.edit_field(db, row_id, Field.WHAT, f"edit {round_} {number}")
            os.write(1, f"edit {round_} {number}\n".encode())


def main() -> None:
    database, theme_id, row_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for line in sys.stdin:
        round_, most = (int(word) for word in line.split())
        pid = os.fork()
        if pid == 0:
            try:
                work(database, theme_id, row_id, round_, most)
            finally:
                os._exit(3)  # only reached when a change failed: the harness reports it
        os.write(1, f"pid {pid}\n".encode())
        _pid, status = os.waitpid(pid, 0)
        os.write(1, f"done {round_} {status}\n".encode())


if __name__ == "__main__":
    main()
