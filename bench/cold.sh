#!/usr/bin/env bash
# Cold whole-process numbers: wall time of `./codestages lint` of one file and of the 1,200-file corpus
# (found through the folder), the same 1,200 files with -Xmx64m, the cold bare parse of those files
# (BareParse: SnakeYAML compose only, in its own JVM with the launcher's flags and its own archive),
# plain `java -jar` for comparison, and the peak RSS of each (GNU time, median of 5). CPU = user + system.
# Timing: round-robin by default (bench/interleave.py: one run of each command per round, so a load
# that comes and goes on a shared machine hits all alike); TIMER=hyperfine uses hyperfine instead
# (installed with apt-get when missing). RUNS=20 by default.
#   bench/cold.sh            (after mvn -q -DskipTests package; JAVA_HOME picks the JVM as in the launcher)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
runs="${RUNS:-20}"
out="$root/bench/out/cold"
mkdir -p "$out"
[ -d bench/out/corpus ] || bench/make-corpus.sh
one="bench/out/corpus/buildspec-0001.yml"
all="bench/out/corpus"
if ! ls target/codestages-*-cli.jar >/dev/null 2>&1; then
  echo "cold: build the jar first: mvn -q -DskipTests package" >&2
  exit 2
fi
timer="${TIMER:-interleave}"
if [ "$timer" = hyperfine ] && ! command -v hyperfine >/dev/null 2>&1; then
  apt-get install -y hyperfine >/dev/null 2>&1 || sudo -n apt-get install -y hyperfine >/dev/null 2>&1 || timer=interleave
fi

# The launcher's own java command (makes its archive on first use), and the flags it adds.
./codestages --version >/dev/null
mapfile -t launch < <(CODESTAGES_PRINT_COMMAND=1 ./codestages)
java="${launch[0]}"
flags=()
for word in "${launch[@]:1}"; do
  [ "$word" = -cp ] && break
  case "$word" in -XX:SharedArchiveFile=*|-XX:AOTCache=*|-Xshare:*) ;; *) flags+=("$word") ;; esac
done
jar="$(ls "$root"/target/codestages-*-cli.jar | tail -1)"
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"

# The bare parse: BareParse and SnakeYAML in one jar (one class-path entry, like the CLI jar), with an
# archive trained on the corpus the way the launcher trains its own.
mvn -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
snakeyaml="$(tr ':' '\n' < target/bench.classpath | grep '/snakeyaml-')"
rm -rf "$out/bare" && mkdir -p "$out/bare/dev/codestages/bench"
(cd "$out/bare" && unzip -qo "$snakeyaml" -x 'META-INF/*' && cp "$root"/target/test-classes/dev/codestages/bench/BareParse.class dev/codestages/bench/)
bare_jar="$out/bare-parse.jar"
rm -f "$bare_jar" && (cd "$out/bare" && jar cf "$bare_jar" .)
bare_main=dev.codestages.bench.BareParse
rm -f "$out"/bare.jsa "$out"/bare.aot "$out"/bare.classlist
if [ "$major" -ge 25 ]; then
  "$java" "${flags[@]}" -XX:AOTCacheOutput="$out/bare.aot" -cp "$bare_jar" "$bare_main" "$all" >/dev/null 2>&1
  bare_archive=(-XX:AOTCache="$out/bare.aot")
else
  "$java" "${flags[@]}" -XX:DumpLoadedClassList="$out/bare.classlist" -cp "$bare_jar" "$bare_main" "$all" >/dev/null 2>&1
  "$java" "${flags[@]}" -Xshare:dump -XX:SharedClassListFile="$out/bare.classlist" \
    -XX:SharedArchiveFile="$out/bare.jsa" -cp "$bare_jar" >/dev/null 2>&1
  bare_archive=(-XX:SharedArchiveFile="$out/bare.jsa")
fi

# name|command; every command is checked once before it is timed.
cases=(
  "lint 1 file|./codestages lint $one"
  "lint 1 file, through picocli (an option given)|./codestages lint --fail-on error $one"
  "lint 1,200 files|./codestages lint $all"
  "lint 1,200 files -Xmx64m|env CODESTAGES_JAVA_OPTS=-Xmx64m ./codestages lint $all"
  "bare parse 1,200 files, same flags + own archive|$java ${flags[*]} ${bare_archive[*]} -cp $bare_jar $bare_main $all"
  "bare parse 1,200 files, same flags, no archive|$java ${flags[*]} -cp $bare_jar $bare_main $all"
  "plain java -jar, 1 file|$java -jar $jar lint $one"
  "plain java -jar, 1,200 files|$java -jar $jar lint $all"
)
names=() commands=()
for entry in "${cases[@]}"; do
  names+=("${entry%%|*}")
  commands+=("${entry#*|}")
  check="$out/check-${#names[@]}.out"
  set +e
  ${entry#*|} > "$check" 2>&1
  rc=$?
  set -e
  if [ "$rc" -gt 1 ]; then
    echo "cold: '${entry#*|}' failed (exit $rc):" >&2
    cat "$check" >&2
    exit 1
  fi
done
cmp -s "$out/check-3.out" "$out/check-4.out" || { echo "cold: -Xmx64m changed the output of 1,200 files" >&2; exit 1; }
cmp -s "$out/check-1.out" "$out/check-2.out" || { echo "cold: the plain path and picocli printed differently" >&2; exit 1; }

echo "java $major ($java), launcher flags: ${flags[*]}; timer: $timer x $runs runs;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$timer" = hyperfine ]; then
  # -i: lint exits 1 when the corpus has errors (it has); the check above caught real failures.
  hyperfine -N -i -w 3 -r "$runs" --export-json "$out/times.json" "${commands[@]}" >/dev/null 2>&1
else
  bench/interleave.py "$runs" 3 "$out/times.json" "${commands[@]}"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Peak RSS: median of 5 runs of GNU time's maximum resident set size.
rss=()
for command in "${commands[@]}"; do
  samples=()
  for _ in 1 2 3 4 5; do
    /usr/bin/time -o "$out/rss" -f '%M' $command >/dev/null 2>&1 || true
    samples+=("$(tail -1 "$out/rss")")
  done
  rss+=("$(printf '%s\n' "${samples[@]}" | sort -n | sed -n 3p)")
done

python3 - "$out/times.json" "${#names[@]}" "${names[@]}" "${rss[@]}" "${commands[@]}" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
names, rss, commands = sys.argv[3:3 + n], sys.argv[3 + n:3 + 2 * n], sys.argv[3 + 2 * n:]
print("\n| run | median ms | min ms | max ms | CPU ms | peak RSS MB |")
print("|---|---:|---:|---:|---:|---:|")
for name, r, kb in zip(names, results, rss):
    cpu = "%.0f" % (r["cpu"] * 1000) if "cpu" in r else "%.0f" % ((r["user"] + r["system"]) * 1000)
    print("| %s | %.0f | %.0f | %.0f | %s | %.0f |" % (name, r["median"] * 1000, r["min"] * 1000, r["max"] * 1000,
                                                    cpu, int(kb) / 1024))
lint_all, bare = results[2]["median"], results[4]["median"]
print("\n1 file: %.0f ms (target <= 200 ms); 1,200 files: %.0f ms = %.2f x the cold bare parse (%.0f ms; target <= 1.6 x)"
      % (results[0]["median"] * 1000, lint_all * 1000, lint_all / bare, bare * 1000))
print("\ncommands:")
for name, command in zip(names, commands):
    print("  %s: %s" % (name, command))
PY
