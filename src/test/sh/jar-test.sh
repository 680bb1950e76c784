#!/usr/bin/env bash
# Checks what `mvn -B verify` leaves in target/: the CLI jar and the library jar (the one the Jenkins
# plugin bundles) carry no Jenkins, Stapler, remoting, Spring Security or servlet class and nothing of
# the compile-only mirror in jenkins/src/mirror; and the plugin's glue was compiled against that mirror
# into target/jenkins-glue-classes, which no jar contains.
# Run from anywhere after `mvn -B verify`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
target="$root/target"

failures=0
checks=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

cli=""
library=""
for jar in "$target"/codestages-*.jar; do
  [ -f "$jar" ] || continue
  case "$jar" in
    *-cli.jar) cli="$jar" ;;
    *-sources.jar|*-javadoc.jar|*-tests.jar) ;;
    *) library="$jar" ;;
  esac
done
if [ -z "$cli" ] || [ -z "$library" ]; then
  echo "jar-test: the CLI jar or the library jar is missing in $target; run 'mvn -B verify' first" >&2
  exit 2
fi

# Packages of Jenkins core, remoting, Stapler, the Pipeline plugins, Spring Security and the servlet
# API: everything the mirror declares, and everything a Jenkins class could drag in.
forbidden='^(hudson|jenkins|org/jenkinsci|org/kohsuke|io/jenkins|org/springframework|jakarta/servlet|javax/servlet)/'
for jar in "$cli" "$library"; do
  name="$(basename "$jar")"
  listing="$(unzip -Z1 "$jar")"
  checks=$((checks + 1))
  grep -q '^dev/codestages/ci/WorkspaceLint.class$' <<<"$listing" || fail "$name: no dev/codestages classes listed"
  checks=$((checks + 1))
  if grep -Eq "$forbidden" <<<"$listing"; then
    fail "$name carries Jenkins or servlet classes:"
    grep -E "$forbidden" <<<"$listing" | head -10 >&2
  fi
done

# The glue was compiled: the four steps, their executions and descriptors, the action.
glue="$target/jenkins-glue-classes/io/jenkins/plugins/codestages"
for class in LintSpecsStep RunBuildspecStep DeployAppspecStep PipelineDiagramStep; do
  for part in "" '$Execution' '$DescriptorImpl'; do
    checks=$((checks + 1))
    [ -f "$glue/$class$part.class" ] || fail "the glue compile did not produce $class$part.class"
  done
done
checks=$((checks + 1))
[ -f "$glue/PipelineDiagramAction.class" ] || fail "the glue compile did not produce PipelineDiagramAction.class"

# What a plain lint of one buildspec loads (its start-up cost): no Jackson, and no appspec or pipeline
# rule, which are made only when a file of their kind is linted.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'version: 0.2\nphases:\n  build:\n    commands:\n      - make\n' > "$work/buildspec.yml"
java -Xshare:off -Xlog:class+load:file="$work/classes.log" -jar "$cli" lint "$work/buildspec.yml" >/dev/null
for unwanted in 'com\.fasterxml\.jackson\.' 'dev\.codestages\.appspec\.rules\.' 'dev\.codestages\.pipeline\.rules\.'; do
  checks=$((checks + 1))
  if grep -Eq " ${unwanted}" "$work/classes.log"; then
    fail "a plain lint of a buildspec loads ${unwanted//\\/} classes, e.g. $(grep -Eo " ${unwanted}[^ ]*" "$work/classes.log" | head -1)"
  fi
done
checks=$((checks + 1))
grep -Eq ' dev\.codestages\.buildspec\.rules\.BuildspecUnknownKeyRule ' "$work/classes.log" \
  || fail "the class-load log of a plain lint does not show the buildspec rules; the check above proves nothing"

echo "jar-test: $((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
