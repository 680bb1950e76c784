#!/bin/sh
echo "$LIFECYCLE_EVENT" >> "$CODESTAGES_INSTANCE_ROOT/events.log"
