#!/usr/bin/env bash
# Make .venv with Jaarplanner installed in it (editable), with exactly the versions of the
# lock file: requirements/program.txt, or requirements/NAME.txt for "test" or "build".
#   bash tools/venv.sh [test|build]
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-program}"
lock="requirements/$name.txt"
[[ -f "$lock" ]] || { echo "no lock file $lock (names: program, test, build)" >&2; exit 2; }
python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
stamp=".venv/.installed-$name"
if [[ ! -f "$stamp" || "$lock" -nt "$stamp" || pyproject.toml -nt "$stamp" ]]; then
    install() {  # pip's own exit status; only its noise about missing local indexes hidden
        .venv/bin/python -m pip install -q --disable-pip-version-check "$@" \
            2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
    }
    # every package, dependencies included, at its locked version and hash; then our own
    install --require-hashes -r "$lock"
    install --no-deps -e .
    .venv/bin/python -c "import jaarplanner" && touch "$stamp"
fi
