#!/usr/bin/env bash
# Regenerates every bad*.out from the current linter, for review as a diff (git diff src/test/resources/rules).
# Run from the project root after `mvn -q -DskipTests package`. Never commit an .out you have not read.
# Usage: src/test/resources/rules/regenerate-out.sh [ID...]   (default: every rule folder)
# A fixture folder bad-<case>/ is a repository or bundle: it is linted from inside as 'lint .' (with
# '--bundle bundle' when it has a folder named bundle) into bad-<case>.out.
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
    name=$(basename "$fixture")
    if [ -d "$fixture" ]; then
      args=()
      [ -d "$fixture/bundle" ] && args=(--bundle bundle)
      (cd "$fixture" && "$root/codestages" lint --color never --fail-on never "${args[@]}" . || true) \
        | awk -v tag="[$id]" '/^    hint: / { if (keep) print; next } { keep = index($0, tag) > 0; if (keep) print }' \
        > "$dir$name.out"
      continue
    fi
    [ -f "$fixture" ] || continue
    (cd "$dir" && "$root/codestages" lint --color never --fail-on never --type "$kind" "$name" || true) \
      | awk -v tag="[$id]" '/^    hint: / { if (keep) print; next } { keep = index($0, tag) > 0; if (keep) print }' \
      > "$dir${name%.*}.out"
  done
done
