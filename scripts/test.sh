#!/usr/bin/env bash
# Install everything (only what is missing), then run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
python3 -m pytest -q -n 2 "$@"
