#!/usr/bin/env bash
# ApplicationStop: runs the script of the revision installed before this one.
# ROOT is empty on a real instance; codestages run sets it to the local instance folder.
set -euo pipefail
ROOT="${CODESTAGES_INSTANCE_ROOT:-}"
rm -f "$ROOT/var/run/sample-app.status"
echo "stopped $APPLICATION_NAME ($LIFECYCLE_EVENT, deployment $DEPLOYMENT_ID)"
