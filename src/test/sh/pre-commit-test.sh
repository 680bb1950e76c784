#!/usr/bin/env bash
# Checks the pre-commit hook (.pre-commit-hooks.yaml) with Debian's pre-commit, on a throwaway git
# repository: 'pre-commit try-repo' runs this repository's hook on the staged files, as a commit would.
# A staged buildspec with an error must make it fail (the commit is refused), a good one must pass,
# and a file pre-commit's filter does not select must not be linted. The hook's clone has no built jar,
# so checks 1-3 run the codestages on the PATH (this checkout's launcher; run `mvn -B verify` first), and
# check 4, with no codestages on the PATH, makes the hook build the jar once in pre-commit's own clone,
# as it does for a user who has not installed codestages (Maven and ~/.m2 as `mvn -B verify` left them).
# Skipped, with a message and exit 0, when pre-commit is not installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "pre-commit-test: skipped, pre-commit is not installed (apt-get install pre-commit)"
  exit 0
fi
if ! ls "$root"/target/codestages-*-cli.jar >/dev/null 2>&1; then
  echo "pre-commit-test: no CLI jar in $root/target; run 'mvn -B verify' first" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@localhost \
  GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@localhost
mkdir -p "$work/bin"
ln -s "$root/codestages" "$work/bin/codestages"
export PATH="$work/bin:$PATH"

failures=0
checks=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

project="$work/project"
mkdir -p "$project"
git -C "$project" init -q
# try-repo runs the hook on the staged files; exit 0 passes, anything else refuses the commit
try() {
  (cd "$project" && pre-commit try-repo "$root" codestages >"$work/out" 2>&1)
}

# 1. a buildspec with an error (BS006) refuses the commit and the output names it
checks=$((checks + 1))
printf 'version: 0.2\nphases:\n  prebuild:\n    commands:\n      - make\n' > "$project/buildspec.yml"
git -C "$project" add buildspec.yml
if try; then
  fail "a bad buildspec passed the hook"
fi
grep -q 'buildspec.yml:3:3: error \[BS006\]' "$work/out" || fail "the hook's output does not name BS006 at buildspec.yml:3:3"

# 2. the fixed buildspec passes, and the commit goes through
checks=$((checks + 1))
printf 'version: 0.2\nphases:\n  pre_build:\n    commands:\n      - make\n' > "$project/buildspec.yml"
git -C "$project" add buildspec.yml
try || { fail "a good buildspec failed the hook"; cat "$work/out" >&2; }
git -C "$project" commit -q -m good || fail "the good commit failed"

# 3. a staged file the hook's filter does not select is not linted: nothing to check, it passes
checks=$((checks + 1))
printf 'phases: [not, a, spec]\n' > "$project/values.yml"
git -C "$project" add values.yml
try || { fail "a non-spec YAML was linted"; cat "$work/out" >&2; }

# 4. without a codestages on the PATH, the hook builds the jar in pre-commit's clone, then lints with it
checks=$((checks + 1))
if command -v mvn >/dev/null 2>&1; then
  printf 'version: 0.2\nphases:\n  prebuild:\n    commands:\n      - make\n' > "$project/buildspec.yml"
  git -C "$project" add buildspec.yml
  export PATH="${PATH#"$work/bin:"}"
  export PRE_COMMIT_HOME="$work/cache-build"
  if command -v codestages >/dev/null 2>&1; then
    fail "a codestages is still on the PATH ($(command -v codestages)); the build path is not tested"
  elif try; then
    fail "a bad buildspec passed the hook that built its own jar"; cat "$work/out" >&2
  else
    grep -q 'building the CLI jar once' "$work/out" || { fail "the hook did not build its jar"; cat "$work/out" >&2; }
    grep -q 'buildspec.yml:3:3: error \[BS006\]' "$work/out" || { fail "the built hook does not name BS006"; cat "$work/out" >&2; }
  fi
else
  fail "mvn is not on the PATH: the hook's build path cannot be tested"
fi

if [ "$failures" -gt 0 ]; then
  echo "pre-commit-test: $((checks - failures)) passed, $failures failed"
  exit 1
fi
echo "pre-commit-test: $checks passed, 0 failed"
