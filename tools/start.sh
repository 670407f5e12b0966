#!/usr/bin/env bash
# Install what Jaarplanner needs and start it. Arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-packages.sh run
bash tools/venv.sh
exec .venv/bin/jaarplanner "$@"
