#!/usr/bin/env bash
# Measures the engine's own overhead over running the same commands in plain bash, two ways:
#  - per action: a pipeline of N CodeBuild actions (one after another, runOrder 1..N), each running one
#    trivial command, against a bash loop that runs the same N commands one process each. The JVM start,
#    the source export and the execution's set-up are paid once per run, so the overhead per action is
#    the slope between a 1-action and an N-action pipeline, less the slope of the bash loop.
#  - per command: one build action whose buildspec has M commands, against M bash processes.
# Usage: bench/runner-overhead.sh [ACTIONS] [COMMANDS] [REPEATS]   (defaults: 20 actions, 100 commands, 5 repeats)
# Needs the CLI jar: mvn -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
actions="${1:-20}"
commands="${2:-100}"
repeats="${3:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

repo="$work/app"
mkdir -p "$repo"
{
  echo "version: 0.2"
  echo "phases:"
  echo "  build:"
  echo "    commands:"
  echo "      - echo step > /dev/null"
} > "$repo/buildspec.yml"
{
  echo "version: 0.2"
  echo "phases:"
  echo "  build:"
  echo "    commands:"
  for i in $(seq 1 "$commands"); do echo "      - echo step $i > /dev/null"; done
} > "$repo/many.yml"
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" -c user.name=bench -c user.email=bench@localhost commit -q -m bench

# pipeline FILE N [BUILDSPEC_OVERRIDE]: a source, then N build actions one after another
pipeline() {
  local file="$1" n="$2" override="${3:-}"
  {
    echo "name: overhead"
    echo "roleArn: arn:aws:iam::111122223333:role/overhead"
    echo "artifactStore: {type: S3, location: overhead-artifacts}"
    echo "stages:"
    echo "  - name: Source"
    echo "    actions:"
    echo "      - name: Checkout"
    echo "        actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: \"1\"}"
    echo "        configuration: {RepositoryName: app, BranchName: main}"
    echo "        outputArtifacts: [{name: Src}]"
    echo "  - name: Build"
    echo "    actions:"
    for i in $(seq 1 "$n"); do
      echo "      - name: Build$i"
      echo "        runOrder: $i"
      echo "        actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: \"1\"}"
      echo "        configuration: {ProjectName: build$i${override:+, BuildspecOverride: $override}}"
      echo "        inputArtifacts: [{name: Src}]"
    done
  } > "$file"
}
pipeline "$work/one.yml" 1
pipeline "$work/many-actions.yml" "$actions"
pipeline "$work/many-commands.yml" 1 many.yml

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
bash_loop() { for i in $(seq 1 "$1"); do bash -c "echo step $i > /dev/null"; done; }

# time_run NAME PIPELINE: prints the wall time of one 'codestages run' in ms
time_run() {
  local start end
  start=$(ms)
  "$root/codestages" run "$repo" --pipeline "$2" --store "$work/store-$1-$RANDOM" > /dev/null
  end=$(ms)
  echo $((end - start))
}
time_bash() {
  local start end
  start=$(ms); bash_loop "$1"; end=$(ms)
  echo $((end - start))
}

one=(); many=(); cmds=(); b1=(); bn=(); bm=()
"$root/codestages" --version > /dev/null  # the launcher's archive is made on first use: not in the figures
for r in $(seq 1 "$repeats"); do
  one+=("$(time_run one "$work/one.yml")")
  many+=("$(time_run many "$work/many-actions.yml")")
  cmds+=("$(time_run cmds "$work/many-commands.yml")")
  b1+=("$(time_bash 1)")
  bn+=("$(time_bash "$actions")")
  bm+=("$(time_bash "$commands")")
done
m() { printf '%s\n' "$@" | median; }
one_ms=$(m "${one[@]}"); many_ms=$(m "${many[@]}"); cmds_ms=$(m "${cmds[@]}")
b1_ms=$(m "${b1[@]}"); bn_ms=$(m "${bn[@]}"); bm_ms=$(m "${bm[@]}")
echo "medians of $repeats runs; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "per action:"
echo "  codestages run, source + 1 build action:           ${one_ms} ms   (bash, 1 command: ${b1_ms} ms)"
echo "  codestages run, source + $actions build actions:          ${many_ms} ms   (bash, $actions commands: ${bn_ms} ms)"
awk -v o="$one_ms" -v m="$many_ms" -v b1="$b1_ms" -v bn="$bn_ms" -v n="$actions" 'BEGIN {
  run = (m - o) / (n - 1); sh = (bn - b1) / (n - 1);
  printf "  each more action: %.0f ms in codestages, %.1f ms in bash: overhead %.0f ms per action\n", run, sh, run - sh }'
echo "  fixed cost of a run (JVM start, source export, execution set-up): about $((one_ms - b1_ms)) ms"
echo "per command:"
echo "  codestages run, 1 build action with $commands commands:  ${cmds_ms} ms   (bash, $commands commands: ${bm_ms} ms)"
awk -v c="$cmds_ms" -v o="$one_ms" -v bm="$bm_ms" -v b1="$b1_ms" -v n="$commands" 'BEGIN {
  run = (c - o) / (n - 1); sh = (bm - b1) / (n - 1);
  printf "  each more command: %.1f ms in codestages, %.1f ms in bash: overhead %.1f ms per command\n", run, sh, run - sh }'
