#!/usr/bin/env bash
# Runs the benchmarks: builds the tree and the packaged image (tests skipped), then runs each
# benchmark, which prints its figures and writes bench/results/<name>.json.
# Usage: bench/run.sh [all|cold-start|throughput|inserts|store|jmh] [jmh regex]
# Set BENCH_NO_BUILD=1 to reuse the last build.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
which="${1:-all}"

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  mvn -B -q -pl dist,bench -am package -DskipTests -Dspotless.check.skip
fi
classpath="$root/bench/target/classes:$(cat bench/target/bench.classpath)"
image="$root/dist/target/image/interceptor"
launcher="$image/bin/interceptor"
extension_id="aclblkgnlianipdjkdhdjopimdphplle"
work="$root/bench/target/work"
results="$root/bench/results"
mkdir -p "$results" "$work"
echo "load average before: $(cat /proc/loadavg)"

run() {
  [ "$which" = all ] || [ "$which" = "$1" ]
}

# Runs `interceptor install` with a private home in $1 and sets $installed to the launcher it
# wrote, which is written whether or not a browser is found (no browser is needed here).
install_into() {
  rm -rf "$1" && mkdir -p "$1"
  env HOME="$1" XDG_DATA_HOME="$1/data" XDG_CONFIG_HOME="$1/config" \
    XDG_STATE_HOME="$1/state" INTERCEPTOR_HOME="$1/interceptor" \
    "$launcher" install --browser chromium > /dev/null
  installed="$1/interceptor/bin/interceptor-host"
  [ -x "$installed" ] || { echo "interceptor install wrote no launcher at $installed" >&2; exit 1; }
}

# (1) Cold start of the packaged host beside the Node.js host, 30 runs each.
# The browser starts what the host manifest names: after `interceptor install` that is the
# launcher script written into the data directory, which runs the image's Java directly; the
# image's own native launcher is measured beside it.
if run cold-start; then
  home="$work/cold-start"
  install_into "$home"
  java -cp "$classpath" dev.interceptor.bench.ColdStart "$launcher" "$extension_id" \
    "$root/bench/node-host/host.js" 30 "$home" "$results" "$installed"
fi

# (2) Throughput and (3) peak memory through the packaged host into its store, started by the
# launcher that `interceptor install` writes, as the browser starts it.
if run throughput; then
  install_into "$work/throughput-install"
  java -cp "$classpath" dev.interceptor.bench.Throughput "$installed" "$extension_id" \
    "$image/lib/runtime/bin/java" "$root/bench/target/classes" "$work/throughput" "$results" \
    ${BENCH_ONLY_64MIB:+64MiB}
fi

# History adds in process, below and past the retention (100 per transaction, 2 KB).
if run inserts; then
  java -cp "$classpath" dev.interceptor.bench.StoreInserts "$work" "$results"
fi

# (4) The store at scale (the 1,000,000-entry History is filled once and kept in $work/store).
if run store; then
  java -Xmx1g -cp "$classpath" dev.interceptor.bench.StoreAtScale "$work/store" "$results"
  # The user's export command on that History, in the image's runtime with a 32 MiB heap.
  java -cp "$classpath" dev.interceptor.bench.CliExport "$image" "$work/store/history" \
    "$work/cli-export" "$results"
fi

# (5) JMH: frame codec, capture filter evaluation, cookie selection.
if run jmh; then
  java -cp "$classpath" org.openjdk.jmh.Main "${2:-dev.interceptor.bench}" \
    -rf json -rff "$results/jmh.json"
fi
echo "load average after: $(cat /proc/loadavg)"
