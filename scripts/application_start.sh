#!/usr/bin/env bash
# ApplicationStart: the "service" lints the specs it was deployed with and keeps the report current.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
cd "$ROOT/opt/codestages"
./codestages lint --format json --fail-on never --output lint-report.json appspec.yml
echo $$ > "$ROOT/var/run/codestages.pid"
echo "codestages started"
