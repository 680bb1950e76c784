#!/bin/sh
# fails on the instances listed in the revision's fail-on file (the agent runs this in the instance folder)
echo "$LIFECYCLE_EVENT" >> "$CODESTAGES_INSTANCE_ROOT/events.log"
if grep -qx "$(basename "$CODESTAGES_INSTANCE_ROOT")" "$(dirname "$0")/../fail-on"; then
  exit 3
fi
