#!/usr/bin/env bash
# Make .venv with Jaarplanner installed in it (editable); extras as arguments, e.g. "test".
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
stamp=".venv/.installed-${extras:-base}"
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
    target="."
    [[ -n "$extras" ]] && target=".[$extras]"
    .venv/bin/python -m pip install -q --disable-pip-version-check -e "$target" 2>&1 \
        | grep -v "is ignored: it is neither a file nor a directory" || true
    .venv/bin/python -c "import jaarplanner" && touch "$stamp"
fi
