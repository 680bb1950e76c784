#!/usr/bin/env bash
# Memory of `lint` against the number of files: makes N small spec files (clean buildspecs, buildspecs and
# appspecs with findings, in nested folders of 10 files each) and finds, for each N and format, the smallest
# -Xmx at which `java -Xmx.. -jar target/codestages-*-cli.jar lint DIR --format F` completes (exit 0 or 1;
# an OutOfMemoryError is exit 2), by a binary search in steps of $STEP MB between $LOW and $HIGH MB.
# Prints a table, one row per N, one column per format, in MB.
#   bench/lint-memory.sh                 (after mvn -q -DskipTests package)
#   COUNTS="1000 10000" FORMATS="text json" JAR=/tmp/old.jar bench/lint-memory.sh
# The trees are kept under bench/out/memory (made once per N); JAVA_OPTS adds JVM options to every run;
# APPSPECS=0 makes every tenth file a buildspec too (no AppSpec for the checks across files to keep).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
counts="${COUNTS:-1000 10000 100000}"
formats="${FORMATS:-text json sarif junit}"
low="${LOW:-4}"
high="${HIGH:-256}"
step="${STEP:-2}"
jar="${JAR:-$(ls target/codestages-*-cli.jar 2>/dev/null | tail -1)}"
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "lint-memory: build the jar first: mvn -q -DskipTests package (or set JAR)" >&2
  exit 2
fi
out="bench/out/memory"
mkdir -p "$out"
: > bench/out/.codestages-ignore

# One tree per N: folder gNNN/sNN/ holds 10 files: appspec.yml and buildspec-0..8.yml. Every third
# buildspec has findings (an unknown phase, a misspelled key), every fifth appspec too (a hook without
# location); the rest are clean.
make_tree() {
  local n="$1" dir="$2"
  [ -f "$dir/.complete" ] && return
  rm -rf "$dir"
  python3 - "$n" "$dir" "${APPSPECS:-1}" <<'EOF'
import os, sys
n, root, appspecs = int(sys.argv[1]), sys.argv[2], sys.argv[3] != "0"
clean = "version: 0.2\nphases:\n  build:\n    commands:\n      - echo building %d\n"
findings = "version: 0.2\nphases:\n  biuld:\n    commands:\n      - echo building %d\nartefacts:\n  files:\n    - '**/*'\n"
appspec = "version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - timeout: 30\n      runas: root%s\n"
for i in range(n):
    folder = os.path.join(root, "g%03d" % (i // 1000), "s%02d" % (i // 10 % 100))
    os.makedirs(folder, exist_ok=True)
    k = i % 10
    if k == 9 and appspecs:
        with open(os.path.join(folder, "appspec.yml"), "w") as f:
            f.write(appspec % ("" if i % 50 == 49 else "\n      location: scripts/start.sh"))
    else:
        with open(os.path.join(folder, "buildspec-%d.yml" % k), "w") as f:
            f.write((findings if i % 3 == 0 else clean) % i)
open(os.path.join(root, ".complete"), "w").close()
EOF
}

# 0: completed (exit 0 or 1, nothing on standard error); 1: ran out of memory or failed otherwise.
fits() {
  local mb="$1" dir="$2" format="$3" rc=0 err="$out/last-$$.err"
  timeout 600 java ${JAVA_OPTS:-} "-Xmx${mb}m" -jar "$jar" lint "$dir" --no-config --format "$format" \
    >/dev/null 2>"$err" || rc=$?
  { [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; } && [ ! -s "$err" ]
}

smallest() {
  local dir="$1" format="$2" lo="$low" hi="$high"
  if ! fits "$hi" "$dir" "$format"; then
    echo ">$hi"
    return
  fi
  # invariant: hi fits, lo - step does not (or lo is the floor)
  while [ $((hi - lo)) -ge "$step" ]; do
    local mid=$(((lo + hi) / 2 / step * step))
    [ "$mid" -lt "$lo" ] && mid="$lo"
    if fits "$mid" "$dir" "$format"; then hi="$mid"; else lo=$((mid + step)); fi
  done
  echo "$hi"
}

printf '| files |'
for format in $formats; do printf ' %s |' "$format"; done
printf '\n|---:|'
for format in $formats; do printf -- '---:|'; done
printf '\n'
for n in $counts; do
  dir="$out/files-$n"
  [ "${APPSPECS:-1}" = 0 ] && dir="$dir-no-appspecs"
  make_tree "$n" "$dir"
  printf '| %s |' "$n"
  for format in $formats; do
    printf ' %s |' "$(smallest "$dir" "$format")"
  done
  printf '\n'
done
echo "(smallest -Xmx in MB at which lint completes; $(java -version 2>&1 | head -1); jar $jar)"
