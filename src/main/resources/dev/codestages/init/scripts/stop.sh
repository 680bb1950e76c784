#!/usr/bin/env bash
# ApplicationStop: runs the script of the revision installed before this one.
# ROOT is empty on a real instance; codestages run sets it to the local instance folder.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
rm -f "$ROOT/var/run/sample-app.status"
if [ -f "$ROOT/var/run/sample-app.pid" ]; then
  # the server start.sh left behind a load balancer: stopped, and its port free, before the next starts
  pid="$(cat "$ROOT/var/run/sample-app.pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$ROOT/var/run/sample-app.pid"
fi
echo "stopped $APPLICATION_NAME ($LIFECYCLE_EVENT, deployment $DEPLOYMENT_ID)"
