#!/usr/bin/env bash
# ValidateService: the deployment succeeds only if the CLI answers and its report says the specs are clean.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
"$ROOT/opt/codestages/codestages" --version
grep -q '"errors" : 0' "$ROOT/opt/codestages/lint-report.json"
echo "codestages validated"
