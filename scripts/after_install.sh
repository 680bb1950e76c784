#!/usr/bin/env bash
# AfterInstall: put the launcher next to the jar it expects (target/) and make it executable.
set -euo pipefail
cd /opt/codestages
mkdir -p target
cp lib/codestages-*-cli.jar target/
chmod 755 codestages scripts/*.sh
