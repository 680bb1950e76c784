#!/usr/bin/env bash
# AfterInstall: put the CLI jar where the launcher looks for it (target/) and make the scripts executable.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
cd "$ROOT/opt/codestages"
mkdir -p target
cp lib/codestages-*-cli.jar target/
chmod 755 codestages scripts/*.sh
echo "installed $(ls target/)"
