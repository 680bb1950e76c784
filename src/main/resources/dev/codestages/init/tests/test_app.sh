#!/usr/bin/env bash
# The app's test, run in the build phase.
set -euo pipefail
output="$(bash src/app.sh)"
case "$output" in
  "hello from sample-app "*) echo "test passed: $output" ;;
  *) echo "test failed: $output"; exit 1 ;;
esac
