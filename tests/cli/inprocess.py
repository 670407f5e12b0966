"""The command line run in the test's own process: the same ``main()`` that
``python -m jaarplanner`` runs, with its output and exit code, without starting Python and
importing everything again for each call (seconds each on a busy machine).
``tests/cli/test_cli.py`` keeps starting real processes, so the entry point itself is tested.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from unittest import mock


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    from jaarplanner.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, {"JAARPLANNER_LANGUAGE": "nl"}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = main(list(args))
        except SystemExit as stop:  # argparse's own exits (wrong use, --help)
            code = stop.code if isinstance(stop.code, int) else 1
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())
