#!/usr/bin/env bash
# Checks the launcher's promises about its start-up archive, on a copy of the launcher and the jar in a
# temporary folder (the real target/ is not touched): the first run trains the archive and prints
# exactly what a plain `java -jar` prints; the archive really maps (-Xshare:on / -XX:AOTMode=on); a
# newer jar makes a new archive; concurrent first runs all succeed and leave one good archive and no
# temporary files; when the archive cannot be made the run still succeeds, without it, and is not
# retried until the jar changes; a missing jar is explained. Run after mvn -q -DskipTests package;
# JAVA_HOME picks the JVM as in the launcher. Prints "ok" per check and exits 1 at the first failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
jar="$(ls "$root"/target/codestages-*-cli.jar 2>/dev/null | tail -1)"
[ -n "$jar" ] || { echo "launcher-check: build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app/target" "$work/specs"
cp "$root/codestages" "$work/app/"
cp "$jar" "$work/app/target/"
launcher="$work/app/codestages"
printf 'version: 0.2\nphases:\n  prebuild:\n    commands:\n      - make\n' > "$work/specs/buildspec.yml"
spec="$work/specs/buildspec.yml"

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
run() { # run OUTFILE ARGS...: stdout to OUTFILE, stderr to OUTFILE.err; prints the exit code
  local out="$1"; shift
  set +e; "$@" >"$out" 2>"$out.err"; local rc=$?; set -e
  echo "$rc"
}
archives() { ls "$work/app/target/" | grep -E '\.(jsa|aot)$' || true; }
java_cmd="$(CODESTAGES_PRINT_COMMAND=1 "$launcher" | head -1)"

expected_rc="$(run "$work/expected.json" "$java_cmd" -jar "$jar" lint --format json "$spec")"
run "$work/expected.txt" "$java_cmd" -jar "$jar" lint "$spec" >/dev/null

# 1. First run: trains the archive, output identical to plain java -jar (no JVM warnings leak).
rc="$(run "$work/first.json" "$launcher" lint --format json "$spec")"
[ "$rc" = "$expected_rc" ] || fail "first run exit $rc, expected $expected_rc"
cmp -s "$work/first.json" "$work/expected.json" || fail "first run output differs from java -jar"
[ ! -s "$work/first.json.err" ] || fail "first run wrote to stderr: $(cat "$work/first.json.err")"
[ "$(archives | wc -l)" = 1 ] || fail "expected one archive, found: $(archives)"
ok "first run trains $(archives) and prints exactly what java -jar prints"

# 2. Later runs use it; it maps for real (a silently rejected archive would fail here).
mapfile -t cmd < <(CODESTAGES_PRINT_COMMAND=1 "$launcher" lint "$spec")
printf '%s\n' "${cmd[@]}" | grep -qE '^-XX:(SharedArchiveFile|AOTCache)=' || fail "the launcher does not use the archive"
strict=()
for word in "${cmd[@]}"; do
  case "$word" in -Xshare:auto) strict+=(-Xshare:on) ;; -XX:AOTCache=*) strict+=(-XX:AOTMode=on "$word") ;; *) strict+=("$word") ;; esac
done
rc="$(run "$work/strict.txt" "${strict[@]}")"
[ "$rc" = 1 ] && cmp -s "$work/strict.txt" "$work/expected.txt" || fail "the archive does not map strictly: $(cat "$work/strict.txt.err")"
rc="$(run "$work/second.txt" "$launcher" lint "$spec")"
[ "$rc" = 1 ] && cmp -s "$work/second.txt" "$work/expected.txt" || fail "second run differs"
ok "later runs map the archive (checked with $(printf "%s\n" "${strict[@]}" | grep -E "^-X(share:on|X:AOTMode=on)"))"

# 3. A newer jar makes a new archive.
before="$(stat -c %Y "$work/app/target/$(archives)")"
sleep 1.1
touch "$work/app/target/$(basename "$jar")"
run "$work/third.txt" "$launcher" lint "$spec" >/dev/null
after="$(stat -c %Y "$work/app/target/$(archives)")"
[ "$after" -gt "$before" ] || fail "the archive was not remade after the jar changed"
cmp -s "$work/third.txt" "$work/expected.txt" || fail "run after a new jar differs"
ok "a newer jar makes a new archive"

# 4. Concurrent first runs: all succeed, one good archive, no temporary files left.
rm -f "$work"/app/target/*.jsa "$work"/app/target/*.aot
pids=()
for i in 1 2 3 4; do
  ( rc=0; "$launcher" lint "$spec" >"$work/par$i.txt" 2>"$work/par$i.err" || rc=$?; echo "$rc" >"$work/par$i.rc" ) &
  pids+=($!)
done
wait "${pids[@]}"
for i in 1 2 3 4; do
  [ "$(cat "$work/par$i.rc")" = 1 ] && cmp -s "$work/par$i.txt" "$work/expected.txt" \
    || fail "concurrent run $i: exit $(cat "$work/par$i.rc"), $(cat "$work/par$i.err")"
done
leftovers="$(ls "$work/app/target/" | grep -E '\.tmp$|\.classlist$|\.failed$' || true)"
[ -z "$leftovers" ] || fail "temporary files left: $leftovers"
[ "$(archives | wc -l)" = 1 ] || fail "expected one archive after concurrent runs, found: $(archives)"
rc="$(run "$work/strict2.txt" "${strict[@]}")"
[ "$rc" = 1 ] || fail "the archive left by concurrent runs does not map: $(cat "$work/strict2.txt.err")"
ok "4 concurrent first runs all succeed and leave one good archive"

# 5. When the archive cannot be made: the run succeeds without it, and is not retried until the jar changes.
rm -f "$work"/app/target/*.jsa "$work"/app/target/*.aot
real_java="$(readlink -f "$(command -v "$java_cmd")")"
real_home="${real_java%/bin/java}"
mkdir -p "$work/jdk/bin"
cp "$real_home/release" "$work/jdk/release"
cat > "$work/jdk/bin/java" <<EOF
#!/usr/bin/env bash
for arg in "\$@"; do
  case "\$arg" in -Xshare:dump|-XX:DumpLoadedClassList=*|-XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*)
    echo "simulated failure" >&2; exit 1 ;;
  esac
done
echo run >> "$work/jdk/runs"
exec "$real_java" "\$@"
EOF
chmod +x "$work/jdk/bin/java"
rc="$(run "$work/nofile.txt" env JAVA="$work/jdk/bin/java" "$launcher" lint "$spec")"
[ "$rc" = 1 ] && cmp -s "$work/nofile.txt" "$work/expected.txt" || fail "run without archive failed: $(cat "$work/nofile.txt.err")"
[ -z "$(archives)" ] || fail "an archive appeared although dumping failed"
ls "$work"/app/target/*.failed >/dev/null 2>&1 || fail "no failure marker"
CODESTAGES_PRINT_COMMAND=1 JAVA="$work/jdk/bin/java" "$launcher" lint "$spec" | grep -qE '^-XX:(SharedArchiveFile|AOTCache)=' \
  && fail "the launcher uses an archive that was never made"
: > "$work/jdk/runs"
rc="$(run "$work/nofile2.txt" env JAVA="$work/jdk/bin/java" "$launcher" lint "$spec")"
[ "$rc" = 1 ] && [ "$(wc -l < "$work/jdk/runs")" = 1 ] || fail "a failed archive was retried before the jar changed"
ok "a failing dump leaves the run intact, without archive, and is not retried"

# 6. A missing jar is explained.
rm -f "$work"/app/target/*.jar
rc="$(run "$work/nojar.txt" "$launcher" lint "$spec")"
[ "$rc" = 2 ] && grep -q 'mvn -q -DskipTests package' "$work/nojar.txt.err" || fail "missing jar: exit $rc, $(cat "$work/nojar.txt.err")"
ok "a missing jar says what to run (exit 2)"
