#!/usr/bin/env bash
# ValidateService: the deployment succeeds only if the app gives the right answer.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
grep -q "^hello from sample-app" "$ROOT/var/run/sample-app.status"
if [ -n "${CODESTAGES_INSTANCE_PORT:-}" ]; then
  # behind the load balancer: the server must answer on the instance's port
  url="http://127.0.0.1:$CODESTAGES_INSTANCE_PORT/"
  for _ in $(seq 50); do
    python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" "$url" 2>/dev/null \
      && break
    sleep 0.1
  done
  python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" "$url"
fi
echo "validated"
