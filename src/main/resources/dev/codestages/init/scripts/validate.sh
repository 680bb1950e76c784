#!/usr/bin/env bash
# ValidateService: the deployment succeeds only if the app gives the right answer.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
grep -q "^hello from sample-app" "$ROOT/var/run/sample-app.status"
echo "validated"
