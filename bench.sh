#!/usr/bin/env bash
# Runs JMH benchmarks from the test classpath, e.g.
#   ./bench.sh LinearizabilityBench -f 1 -wi 3 -i 5
# Extra arguments go to JMH (org.openjdk.jmh.Main); -h lists them.
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main "$@"
