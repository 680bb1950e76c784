#!/bin/sh
# succeeds once the server answers on the instance's port; fails on the instances listed in fail-on
# (a blue/green replacement i-2.d-XXXXXXXXX counts as i-2)
root="$CODESTAGES_INSTANCE_ROOT"
echo "$LIFECYCLE_EVENT ${CODESTAGES_INSTANCE_PORT:-no-port}" >> "$root/events.log"
name=$(basename "$root")
if grep -qx "${name%%.*}" "$(dirname "$0")/../fail-on" 2>/dev/null; then
  exit 3
fi
i=0
while [ $i -lt 100 ]; do
  python3 -c "import sys, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + sys.argv[1] + '/', timeout=1)" \
    "$CODESTAGES_INSTANCE_PORT" 2>/dev/null && exit 0
  sleep 0.1
  i=$((i + 1))
done
echo "nothing answers on port $CODESTAGES_INSTANCE_PORT" >&2
exit 4
