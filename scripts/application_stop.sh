#!/usr/bin/env bash
# ApplicationStop: stop the running codestages service, if any. Runs from the previous revision.
# ROOT is empty on a real instance; `codestages run` sets CODESTAGES_INSTANCE_ROOT to its instance folder.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
pidfile="$ROOT/var/run/codestages.pid"
if [ -f "$pidfile" ]; then
  kill "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
fi
echo "codestages stopped"
