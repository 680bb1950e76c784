#!/usr/bin/env bash
# ApplicationStart: start the app (here: run it once and record its answer).
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
"$ROOT/opt/sample-app/app.sh" > "$ROOT/var/run/sample-app.status"
echo "started: $(cat "$ROOT/var/run/sample-app.status")"
