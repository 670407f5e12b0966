"""Build the example database from resources/examples/ into the given file.

.venv/bin/python tools/build_example.py voorbeeld.sqlite
"""

from __future__ import annotations

import sys
from pathlib import Path

from jaarplanner.demo import build_example


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    target = Path(argv[0])
    if target.exists():
        print(f"{target} exists already", file=sys.stderr)
        return 1
    build_example(target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
