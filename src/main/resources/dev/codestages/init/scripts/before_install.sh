#!/usr/bin/env bash
# BeforeInstall: prepare the instance for the new files.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
mkdir -p "$ROOT/opt/sample-app" "$ROOT/var/run"
echo "ready to install into $ROOT/opt/sample-app"
