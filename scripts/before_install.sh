#!/usr/bin/env bash
# BeforeInstall: make room for the new revision.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
mkdir -p "$ROOT/opt/codestages" "$ROOT/var/run"
rm -rf "$ROOT/opt/codestages/target"
echo "ready to install into $ROOT/opt/codestages"
