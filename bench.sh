#!/usr/bin/env bash
# Runs the benchmarks from the test classpath (not part of CI: they measure, tests assert).
#   ./bench.sh                          every JMH benchmark
#   ./bench.sh KernelBench -f 1         one JMH benchmark, JMH options after it (-h lists them)
#   ./bench.sh --footprint [NODES]      heap bytes per recorded trace event (default 5 nodes)
#   ./bench.sh --per-history [RUNS]     the linearizability checker on each etcd history: median and slowest
#   ./bench.sh --rewind [EVENTS]        checkpoints kept, their heap, and the slowest rewind (default 1,000,000 events)
#   ./bench.sh --tui-cpu                the terminal UI's CPU use idle, paused and animating, and its frame rate
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt 2>&1 | sed $'s/\x1b\\[0m//g'
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
case "${1:-}" in
    --footprint) shift; exec java -Xmx8g -cp "$cp" distlab.bench.TraceFootprint "$@" ;;
    --rewind) shift; exec java -Xmx6g -cp "$cp" distlab.bench.RewindFigures "$@" ;;
    --per-history) shift; exec java -cp "$cp" distlab.bench.PerHistoryTimes "${1:-31}" src/test/resources/conformance/jepsen-etcd all ;;
    --tui-cpu) exec java -cp "$cp" distlab.ui.tui.IdleCpuProbe ;;
    *) exec java -cp "$cp" org.openjdk.jmh.Main "$@" ;;
esac
