#!/usr/bin/env bash
# Install everything, redact the bundled sample recording, then run it through the store as a
# nightly batch would (policy, verification, catalog, audit) and write its QA review page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export PATH="$PWD/.venv/bin:$PATH"  # `redact` and `python` of the project's virtualenv
mkdir -p out
redact file samples/support_session.mp4 -o out/support_session.redacted.mp4 --plan out/support_session.plan.json
echo "open out/support_session.redacted.mp4 to see the result"

# The store keeps raw recordings sealed while QA may need them: it needs a key (demo only: a
# real deployment keeps the key outside the store's machine).
[ -f out/raw.key ] || redact keygen out/raw.key
export REDACT_RAW_KEY_FILE=out/raw.key REDACT_STORE=out/store
redact ingest samples/support_session.mp4
redact list
id=$(redact list --json | python -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"][:12])')
redact review "$id" -o out/support_session.review.html
echo "open out/support_session.review.html to review it as QA would"
