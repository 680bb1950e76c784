#!/usr/bin/env bash
# ApplicationStop: stop the running codestages service, if any. Runs from the previous revision.
set -euo pipefail
pidfile=/var/run/codestages.pid
if [ -f "$pidfile" ]; then
  kill "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
fi
