#!/bin/sh
# serves /opt/web/version.txt as / on the instance's port, in the background
root="$CODESTAGES_INSTANCE_ROOT"
echo "$LIFECYCLE_EVENT ${CODESTAGES_INSTANCE_PORT:-no-port}" >> "$root/events.log"
mkdir -p "$root/srv"
cp "$root/opt/web/version.txt" "$root/srv/index.html"
nohup python3 -m http.server "$CODESTAGES_INSTANCE_PORT" --bind 127.0.0.1 --directory "$root/srv" >/dev/null 2>&1 &
echo $! > "$root/web.pid"
