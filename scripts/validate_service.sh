#!/usr/bin/env bash
# ValidateService: the deployment succeeds only if the CLI answers and its report exists.
set -euo pipefail
/opt/codestages/codestages --version
test -s /opt/codestages/lint-report.json
