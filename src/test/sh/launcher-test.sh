#!/usr/bin/env bash
# Checks the real launcher, ./codestages, as a separate process: every CLI golden under
# src/test/resources/cli must come out byte for byte the same as the in-process CliGoldenTest sees it,
# --output must write the same report with the umask's mode, a missing jar must be a clear exit 2,
# standard input is linted (with and without --stdin-filename), every subcommand has --version, and
# .codestages-ignore patterns are applied.
# Run from anywhere after `mvn -B verify` (which builds target/codestages-*-cli.jar).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
launcher="$root/codestages"
goldens="$root/src/test/resources/cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=0
checks=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

if ! ls "$root"/target/codestages-*-cli.jar >/dev/null 2>&1; then
  echo "launcher-test: no CLI jar in $root/target; run 'mvn -B verify' first" >&2
  exit 2
fi

# The goldens are made in-process, where the tool has no jar manifest and calls itself "development";
# the launched jar knows its real version. Only that one value may differ.
version="$("$launcher" --version | awk '{ print $2 }')"
unversion() { sed -i "s/\"version\" : \"$version\"/\"version\" : \"development\"/" "$1"; }

# 1. every golden case, through the launcher (same layout rules as CliGoldenTest)
while IFS= read -r args_file; do
  case_dir="$(dirname "$args_file")"
  parent="$(dirname "$case_dir")"
  if [ "$parent" = "$goldens" ]; then base="$case_dir"; else base="$parent"; fi
  name="${case_dir#"$goldens"/}"
  args=()
  while IFS= read -r line || [ -n "$line" ]; do
    [ -n "$line" ] && args+=("$line")
  done < "$args_file"
  set +e
  (cd "$base" && "$launcher" "${args[@]}" >"$work/stdout" 2>"$work/stderr")
  code=$?
  set -e
  unversion "$work/stdout"
  checks=$((checks + 1))
  expected_exit="$(tr -d '[:space:]' < "$case_dir/exit")"
  [ "$code" = "$expected_exit" ] || fail "$name: exit $code, expected $expected_exit"
  cmp -s "$work/stdout" "$case_dir/stdout" || { fail "$name: stdout differs"; diff "$case_dir/stdout" "$work/stdout" | head -20 >&2 || true; }
  cmp -s "$work/stderr" "$case_dir/stderr" || { fail "$name: stderr differs"; diff "$case_dir/stderr" "$work/stderr" | head -20 >&2 || true; }
done < <(find "$goldens" -name args -type f | sort)

# 2. --output writes exactly what standard output would show, and nothing to standard output
checks=$((checks + 1))
set +e
(cd "$goldens/formats" && "$launcher" lint --format sarif --output "$work/report.sarif" build.yml ci/legacy.yml ci/release.yml >"$work/stdout" 2>"$work/stderr")
code=$?
set -e
[ "$code" = 1 ] || fail "--output: exit $code, expected 1"
[ ! -s "$work/stdout" ] || fail "--output: printed on standard output"
unversion "$work/report.sarif"
cmp -s "$work/report.sarif" "$goldens/formats/sarif/stdout" || fail "--output: file differs from the sarif golden"

# 3. on a usage error --output writes nothing
checks=$((checks + 1))
set +e
(cd "$goldens/formats" && "$launcher" lint --output "$work/none.json" --format json build.yml missing.yml >/dev/null 2>&1)
code=$?
set -e
[ "$code" = 2 ] || fail "--output with a missing input: exit $code, expected 2"
[ ! -e "$work/none.json" ] || fail "--output with a missing input: the file was written"

# 4. --version and help work and exit 0
checks=$((checks + 1))
"$launcher" --version | grep -q '^codestages ' || fail "--version does not print 'codestages VERSION'"
"$launcher" lint --help | grep -q -- '--fail-on' || fail "lint --help does not list --fail-on"

# 5. a launcher without a built jar says so and exits 2
checks=$((checks + 1))
mkdir -p "$work/unbuilt"
cp "$launcher" "$work/unbuilt/codestages"
set +e
"$work/unbuilt/codestages" lint >"$work/stdout" 2>"$work/stderr"
code=$?
set -e
[ "$code" = 2 ] || fail "unbuilt launcher: exit $code, expected 2"
grep -q 'mvn -q -DskipTests package' "$work/stderr" || fail "unbuilt launcher: no build instruction on standard error"

# 6. non-ASCII file names work under a C locale (common in containers and CI), as arguments and found
#    in a folder, and the report names them as they are
for locale_env in "LC_ALL=C" "LANG=C LC_ALL=" "LC_ALL=POSIX"; do
  checks=$((checks + 1))
  mkdir -p "$work/locale"
  printf 'version: 0.2\nphases:\n  build:\n    commands:\n      - make\n' > "$work/locale/buildspec-é.yml"
  set +e
  (cd "$work/locale" && env $locale_env "$launcher" lint --format json buildspec-é.yml >"$work/stdout" 2>"$work/stderr")
  code=$?
  set -e
  [ "$code" = 0 ] || fail "$locale_env: lint of a non-ASCII name: exit $code, expected 0 ($(head -1 "$work/stderr"))"
  grep -q '"path" : "buildspec-é.yml"' "$work/stdout" || fail "$locale_env: the report does not name buildspec-é.yml"
  set +e
  (cd "$work/locale" && env $locale_env "$launcher" lint --format json . >"$work/stdout" 2>"$work/stderr")
  code=$?
  set -e
  [ "$code" = 0 ] || fail "$locale_env: lint of a folder with a non-ASCII name: exit $code, expected 0"
  grep -q 'buildspec-é.yml' "$work/stdout" || fail "$locale_env: the folder lint does not name buildspec-é.yml"
done

# 7. standard input: '-' lints it, named <stdin> and of the kind its content says; --stdin-filename
#    names it and its name tells the kind (an appspec here, which content alone would not say)
checks=$((checks + 1))
set +e
printf 'version: 0.2\nphases:\n  build:\n    comands:\n      - make\n' | "$launcher" lint - >"$work/stdout" 2>"$work/stderr"
code=$?
set -e
[ "$code" = 0 ] || fail "stdin: exit $code, expected 0 ($(head -1 "$work/stderr"))"
grep -q '^<stdin> (buildspec)$' "$work/stdout" || fail "stdin: not linted as <stdin>, a buildspec"
grep -q '^<stdin>:4:5: warning \[BS007\]' "$work/stdout" || fail "stdin: no BS007 at 4:5"
checks=$((checks + 1))
set +e
printf 'version: 1.0\nos: linux\n' | "$launcher" lint --stdin-filename deploy/appspec.yml - >"$work/stdout" 2>"$work/stderr"
code=$?
set -e
[ "$code" = 1 ] || fail "stdin with --stdin-filename: exit $code, expected 1"
grep -q '^deploy/appspec.yml (appspec)$' "$work/stdout" || fail "stdin with --stdin-filename: not named deploy/appspec.yml, an appspec"

# 8. a report written with -o gets the umask's mode, as any file a command writes
checks=$((checks + 1))
(cd "$goldens/clean" && umask 022 && "$launcher" lint --format json -o "$work/mode.json" build.yml >/dev/null 2>&1) || true
mode="$(stat -c %a "$work/mode.json" 2>/dev/null || echo missing)"
[ "$mode" = 644 ] || fail "-o under umask 022: mode $mode, expected 644"

# 9. every subcommand answers --version
for sub in lint rules explain diagram run init; do
  checks=$((checks + 1))
  "$launcher" "$sub" --version | grep -q "^codestages $version\$" || fail "$sub --version does not print 'codestages $version'"
done

# 10. a .codestages-ignore with patterns skips what they match, an empty one its whole folder
checks=$((checks + 1))
mkdir -p "$work/ignore/legacy" "$work/ignore/old" "$work/ignore/ci"
spec='version: 0.2\nphases:\n  build:\n    commands:\n      - make\n'
for f in ci/build.yml ci/build.tmp.yml legacy/buildspec.yml old/buildspec.yml; do printf "$spec" > "$work/ignore/$f"; done
printf '# generated\n*.tmp.yml\nlegacy/\n' > "$work/ignore/.codestages-ignore"
: > "$work/ignore/old/.codestages-ignore"
(cd "$work/ignore" && "$launcher" lint --format json . >"$work/stdout" 2>"$work/stderr") || true
paths="$(grep '"path"' "$work/stdout" | tr -d ' ",' | sed 's/path://' | tr '\n' ' ')"
[ "$paths" = "ci/build.yml " ] || fail ".codestages-ignore: linted '$paths', expected only ci/build.yml"

if [ "$failures" -gt 0 ]; then
  echo "launcher-test: $((checks - failures)) passed, $failures failed"
  exit 1
fi
echo "launcher-test: $checks passed, 0 failed"
