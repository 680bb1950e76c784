#!/bin/sh
# the instance refuses the new version while it is in maintenance (the lab's failure to retry)
test ! -e "$CODESTAGES_INSTANCE_ROOT/maintenance" || { echo "instance in maintenance" >&2; exit 1; }
grep -q version "$CODESTAGES_INSTANCE_ROOT/opt/demo/version.txt"
