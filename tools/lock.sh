#!/usr/bin/env bash
# Lock the exact versions, with hashes, of everything Jaarplanner installs, from the ranges in
# pyproject.toml: one file each for the program, the tests and the Windows build, each valid
# on Windows and Linux (uv's universal resolution writes platform markers where they differ).
#   bash tools/lock.sh                              # after changing pyproject.toml
#   bash tools/lock.sh --upgrade                    # everything to the newest within the ranges
#   bash tools/lock.sh --upgrade-package reportlab  # only that one
# The versions already locked are kept where they still fit. Then run the tests;
# tests/test_lock.py fails while a lock file is behind pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x .venv/bin/python ]] || "${PYTHON:-python3}" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check "uv>=0.13,<1" 2>&1 \
    | grep -v "is ignored: it is neither a file nor a directory" || true
mkdir -p requirements
for name in program test build; do
    extra=()
    [[ "$name" != program ]] && extra=(--extra "$name")
    .venv/bin/uv pip compile pyproject.toml "${extra[@]}" --universal --python-version 3.11 \
        --generate-hashes --no-header --quiet -o "requirements/$name.txt" "$@"
    .venv/bin/python tools/lockfile.py "$name"
done
echo "requirements/{program,test,build}.txt written; now run the tests" >&2
