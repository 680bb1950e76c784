#!/usr/bin/env bash
# Regenerates every bad*.out from the current linter, for review as a diff (git diff src/test/resources/rules).
# Run from the project root after `mvn -q -DskipTests package`. Never commit an .out you have not read.
# Usage: src/test/resources/rules/regenerate-out.sh [ID...]   (default: every rule folder)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  for dir in "$root"/src/test/resources/rules/*/; do ids+=("$(basename "$dir")"); done
fi
for id in "${ids[@]}"; do
  dir="$root/src/test/resources/rules/$id/"
  case "$id" in
    YAML*|BS*) kind=buildspec ;;
    AS*|BN*) kind=appspec ;;
    PL*) kind=pipeline ;;
  esac
  for fixture in "$dir"bad*; do
    case "$fixture" in *.out) continue ;; esac
    [ -f "$fixture" ] || continue
    name=$(basename "$fixture")
    (cd "$dir" && "$root/codestages" lint --color never --fail-on never --type "$kind" "$name" || true) \
      | awk -v tag="[$id]" '/^    hint: / { if (keep) print; next } { keep = index($0, tag) > 0; if (keep) print }' \
      > "$dir${name%.*}.out"
  done
done
