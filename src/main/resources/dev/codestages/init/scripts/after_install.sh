#!/usr/bin/env bash
# AfterInstall: the files are in place; configure them.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
echo "installed version $(cat "$ROOT/opt/sample-app/VERSION")"
