#!/bin/sh
# stops the server the last revision started, and waits until its port is free
root="$CODESTAGES_INSTANCE_ROOT"
echo "$LIFECYCLE_EVENT ${CODESTAGES_INSTANCE_PORT:-no-port}" >> "$root/events.log"
if [ -f "$root/web.pid" ]; then
  pid=$(cat "$root/web.pid")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$root/web.pid"
fi
