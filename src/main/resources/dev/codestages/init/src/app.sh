#!/usr/bin/env bash
# The application: it says hello and its version.
here="$(cd "$(dirname "$0")" && pwd)"
echo "hello from sample-app $(cat "$here/VERSION" 2>/dev/null || echo dev)"
