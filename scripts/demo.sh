#!/usr/bin/env bash
# Install everything, then redact the bundled sample recording.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
mkdir -p out
redact file samples/support_session.mp4 -o out/support_session.redacted.mp4 --plan out/support_session.plan.json
echo "open out/support_session.redacted.mp4 to see the result"
