#!/usr/bin/env bash
# Runs the JMH benchmarks from the test classpath (not part of CI: they measure, tests assert).
#   ./bench.sh                      every benchmark
#   ./bench.sh KernelBench -f 1     one benchmark, JMH options after it
#   ./bench.sh --footprint [N]      heap bytes per trace event with N nodes (default 5)
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | sed $'s/\x1b\\[0m//g'
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ "${1:-}" = "--footprint" ]; then
    shift
    exec java -Xmx8g -cp "$cp" distlab.bench.TraceFootprint "$@"
fi
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
