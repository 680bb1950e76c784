#!/usr/bin/env bash
# Warm-JVM benchmarks (JMH): every rule (LintBenchmark.lint) against SnakeYAML composing alone
# (ComposeBenchmark.compose, the floor) and our loader (ComposeBenchmark.load), per file, over the
# corpus of bench/make-corpus.sh. Extra arguments go to JMH (e.g. -f 2, -wi 5, or a benchmark regex).
# Settings (in the classes): 1 fork, 5 x 2 s warm-up, 5 x 2 s measurement: about 70 s in all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d bench/out/corpus ] || bench/make-corpus.sh
mvn -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  -rf json -rff bench/out/jmh.json "$@"
python3 - bench/out/jmh.json <<'PY'
import json, sys
results = {r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]: r["primaryMetric"]
           for r in json.load(open(sys.argv[1]))}
floor = results.get("ComposeBenchmark.compose", {}).get("score")
print("\n| benchmark | us per file | files/s | x compose |")
print("|---|---:|---:|---:|")
for name, metric in sorted(results.items()):
    score, error = metric["score"], metric["scoreError"]
    spread = " ± %.1f" % error if isinstance(error, (int, float)) and error == error else ""
    ratio = "%.2f" % (score / floor) if floor else "-"
    print("| %s | %.1f%s | %s | %s |" % (name, score, spread, format(round(1e6 / score), ","), ratio))
PY
