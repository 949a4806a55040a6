#!/usr/bin/env bash
# Times distlab's checker and Porcupine on the same history files, one after the other, and
# prints a table. Not part of the build (see README.md here). From the repository root:
#   src/test/porcupine/compare.sh [DIR]     DIR: where the generated histories go (default: a temporary one)
# PORCUPINE_DIR=/path/to/porcupine uses a local copy of Porcupine instead of the Go module proxy.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir="${1:-$(mktemp -d)}"
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
java -cp "$cp" distlab.bench.HistoryFigures generate "$dir"
build="$(mktemp -d)"
cp src/test/porcupine/main.go src/test/porcupine/go.mod "$build/"
if [[ -n "${PORCUPINE_DIR:-}" ]]; then
    (cd "$build" && go mod edit -replace "github.com/anishathalye/porcupine=$PORCUPINE_DIR")
fi
(cd "$build" && GOFLAGS=-mod=mod go build -o compare .)
etcd=src/test/resources/conformance/jepsen-etcd
run() { # MODEL FILE...: distlab's line, then Porcupine's, per file
    local model="$1"; shift
    for f in "$@"; do
        java -cp "$cp" distlab.bench.HistoryFigures time "$model" "$f"
        "$build/compare" -model "$model" -timeout 60s "$f"
    done
}
echo "== etcd, all 102 histories (sums)"
sum='{split($3,a," "); s+=a[1]; split($5,c," "); t+=c[2]} END {printf "%s\t%.1f ms\tcpu %.1f ms\n", who, s, t}'
java -cp "$cp" distlab.bench.HistoryFigures time cas-register $etcd/etcd_*.log | awk -F'\t' -v who=distlab "$sum"
"$build/compare" -model cas-register $etcd/etcd_*.log | awk -F'\t' -v who=porcupine "$sum"
echo "== generated register histories"
run cas-register "$dir"/reg-*.log
echo "== generated key-value histories"
run kv "$dir"/kv-*
