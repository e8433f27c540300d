#!/usr/bin/env bash
# Runs the benchmarks: builds the tree (tests skipped), then runs each benchmark, which prints its
# figures and writes bench/results/<name>.json. Usage: bench/run.sh [jmh regex]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip
classpath="$root/bench/target/classes:$(cat bench/target/bench.classpath)"
mkdir -p bench/results

# (5) JMH: frame codec, capture filter evaluation, cookie selection.
java -cp "$classpath" org.openjdk.jmh.Main "${1:-dev.interceptor.bench}" \
  -rf json -rff bench/results/jmh.json
