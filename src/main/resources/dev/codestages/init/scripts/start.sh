#!/usr/bin/env bash
# ApplicationStart: start the app (here: run it once and record its answer). Behind codestages' local
# load balancer (CODESTAGES_INSTANCE_PORT is set) it also serves that answer over HTTP on the port.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
"$ROOT/opt/sample-app/app.sh" > "$ROOT/var/run/sample-app.status"
echo "started: $(cat "$ROOT/var/run/sample-app.status")"
if [ -n "${CODESTAGES_INSTANCE_PORT:-}" ]; then
  mkdir -p "$ROOT/var/www"
  cp "$ROOT/var/run/sample-app.status" "$ROOT/var/www/index.html"
  nohup python3 -m http.server "$CODESTAGES_INSTANCE_PORT" --bind 127.0.0.1 --directory "$ROOT/var/www" \
    > /dev/null 2>&1 &
  echo $! > "$ROOT/var/run/sample-app.pid"
  echo "serving on http://127.0.0.1:$CODESTAGES_INSTANCE_PORT/"
fi
