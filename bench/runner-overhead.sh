#!/usr/bin/env bash
# Measures the local runner's own overhead over running the same build commands in plain bash.
# Usage: bench/runner-overhead.sh [COMMANDS] [REPEATS]    (defaults: 100 commands, 5 repeats)
# Needs the CLI jar: mvn -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commands="${1:-100}"
repeats="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

repo="$work/app"
mkdir -p "$repo"
{
  echo "version: 0.2"
  echo "phases:"
  echo "  build:"
  echo "    commands:"
  for i in $(seq 1 "$commands"); do echo "      - echo step $i > /dev/null"; done
} > "$repo/buildspec.yml"
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" -c user.name=bench -c user.email=bench@localhost commit -q -m bench

plain() {  # the same commands, one bash process each, as a lower bound for "one command, one exec"
  for i in $(seq 1 "$commands"); do bash -c "echo step $i > /dev/null"; done
}

ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

run_times=()
plain_times=()
for r in $(seq 1 "$repeats"); do
  start=$(ms); "$root/codestages" run "$repo" --approve --store "$work/store-$r" > /dev/null; end=$(ms)
  run_times+=($((end - start)))
  start=$(ms); plain; end=$(ms)
  plain_times+=($((end - start)))
done
run_ms=$(printf '%s\n' "${run_times[@]}" | median)
plain_ms=$(printf '%s\n' "${plain_times[@]}" | median)
echo "commands: $commands, repeats: $repeats (medians)"
echo "codestages run (whole pipeline: JVM start, git export, zip, $commands commands): ${run_ms} ms"
echo "plain bash, one process per command:                           ${plain_ms} ms"
awk -v r="$run_ms" -v p="$plain_ms" -v n="$commands" \
  'BEGIN { printf "overhead: %d ms in all, %.2f ms per command\n", r - p, (r - p) / n }'
