#!/usr/bin/env bash
# Measures each JVM start-up flag of the launcher on its own, for one file and for the 1,200-file
# corpus: plain `java`, C1 only (-XX:TieredStopAtLevel=1), the serial collector, both, and each with a
# class-data-sharing archive made from the launcher's training run: a dynamic archive
# (-XX:ArchiveClassesAtExit), a static one (-XX:DumpLoadedClassList + -Xshare:dump) and, on Java 25+,
# an AOT cache (-XX:AOTCacheOutput); last, the launcher's small initial heap (-Xms16m) on top. Every
# archive is dumped with the flags it is then run with.
# The variants are timed round-robin (bench/interleave.py) so that a passing load hits all alike.
#   JAVA=/path/to/java bench/flags.sh     (default: java on the PATH); RUNS=20 by default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
java="${JAVA:-java}"
runs="${RUNS:-20}"
jar="$(ls "$PWD"/target/codestages-*-cli.jar | tail -1)"
[ -d bench/out/corpus ] || bench/make-corpus.sh
one="$PWD/bench/out/corpus/buildspec-0001.yml"
all="$PWD/bench/out/corpus"
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
out="bench/out/flags-java$major"
rm -rf "$out" && mkdir -p "$out"
main=dev.codestages.cli.Codestages
training=dev.codestages.cli.StartupTraining
c1=-XX:TieredStopAtLevel=1
serial=-XX:+UseSerialGC

dynamic() { # name flags...
  local name="$1"; shift
  "$java" "$@" -XX:ArchiveClassesAtExit="$out/$name.jsa" -cp "$jar" "$training" >/dev/null 2>&1
  echo "$* -XX:SharedArchiveFile=$out/$name.jsa"
}
static() {
  local name="$1"; shift
  "$java" "$@" -XX:DumpLoadedClassList="$out/$name.classlist" -cp "$jar" "$training" >/dev/null 2>&1
  "$java" "$@" -Xshare:dump -XX:SharedClassListFile="$out/$name.classlist" -XX:SharedArchiveFile="$out/$name.jsa" \
    -cp "$jar" >/dev/null 2>&1
  echo "$* -XX:SharedArchiveFile=$out/$name.jsa"
}
aot() {
  local name="$1"; shift
  "$java" "$@" -XX:AOTCacheOutput="$out/$name.aot" -cp "$jar" "$training" >/dev/null 2>&1
  echo "$* -XX:AOTCache=$out/$name.aot"
}

variants=(
  ""
  "$c1"
  "$serial"
  "$c1 $serial"
  "$(dynamic dyn "$c1" "$serial")"
  "$(static static)"
  "$(static static-c1 "$c1")"
  "$(static static-serial "$serial")"
  "$(static static-c1-serial "$c1" "$serial")"
  "$(static static-c1-serial-xms "$c1" "$serial" -Xms16m)"
)
if [ "$major" -ge 25 ]; then
  variants+=("$(aot aot)" "$(aot aot-c1-serial "$c1" "$serial")" "$(aot aot-c1-serial-xms "$c1" "$serial" -Xms16m)")
fi

for target in "$one" "$all"; do
  commands=()
  for flags in "${variants[@]}"; do
    commands+=("$java $flags -cp $jar $main lint $target")
  done
  label="$([ "$target" = "$one" ] && echo 1-file || echo 1200-files)"
  echo "== java $major, $label, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  bench/interleave.py "$runs" 3 "$out/$label.json" "${commands[@]}"
  python3 - "$out/$label.json" "$jar" "$out/" <<'PY'
import json, sys
print("| flags | median ms | min ms | CPU ms | peak RSS MB |")
print("|---|---:|---:|---:|---:|")
for r in json.load(open(sys.argv[1]))["results"]:
    flags = r["command"].split(" -cp ")[0].split(" ", 1)[1:] or ["(none)"]
    flags = flags[0].replace(sys.argv[3], "") or "(none)"
    print("| %s | %.0f | %.0f | %.0f | %.0f |" % (flags, r["median"] * 1000, r["min"] * 1000, r["cpu"] * 1000,
                                              r["rss_kb"] / 1024))
PY
done
