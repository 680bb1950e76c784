#!/usr/bin/env bash
# ApplicationStart: the "service" lints the specs it was deployed with and keeps the report current.
set -euo pipefail
cd /opt/codestages
./codestages lint --format json --fail-on never --output /opt/codestages/lint-report.json . || true
echo $$ > /var/run/codestages.pid
