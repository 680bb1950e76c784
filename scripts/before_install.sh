#!/usr/bin/env bash
# BeforeInstall: make room for the new revision.
set -euo pipefail
mkdir -p /opt/codestages
rm -rf /opt/codestages/lib
