#!/usr/bin/env bash
# Install everything (only what is missing) with the test extras into .venv/, then run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test
.venv/bin/python -m pytest -q -n 2 "$@"
