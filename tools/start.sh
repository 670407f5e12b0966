#!/usr/bin/env bash
# Install what Jaarplanner needs and start it on a fresh copy of the example database.
# Arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-packages.sh run
bash tools/venv.sh
exec .venv/bin/jaarplanner --demo "$@"
