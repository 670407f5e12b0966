#!/usr/bin/env bash
# Install what the tests need (system packages, a virtual environment) and run all of them:
# the linters, the type checker, then pytest (which starts its own PostgreSQL server).
# Arguments go to pytest: `bash tools/test.sh -m "not slow"` leaves out the slow tiers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-packages.sh test
bash tools/venv.sh test
npm install --silent --no-audit --no-fund --prefix tests/browser axe-core@4  # the web page's check
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check desktop tests tools bench packaging
.venv/bin/ruff format --check desktop tests tools bench packaging
.venv/bin/mypy  # settings in pyproject.toml: strict for model, periods, services, storage
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
