#!/usr/bin/env bash
# Builds distlab and leaves lab.jar at the top of the repository.
# Safe to run again: it rebuilds and replaces lab.jar.
set -euo pipefail

usage() {
    cat <<'TXT'
usage: ./install.sh [--test] [--help]

Checks for Java 17+ and Maven, builds the lab, and puts lab.jar here.
Then start it with:  java -jar lab.jar

  --test   also run the whole test suite (as CI does)
  --help   show this help
TXT
}

run_tests=false
for arg in "$@"; do
    case "$arg" in
        --help|-h) usage; exit 0 ;;
        --test) run_tests=true ;;
        *) echo "install.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")"
missing=0

if ! command -v java >/dev/null 2>&1; then
    echo "missing: Java 17 or newer (the 'java' command)." >&2
    missing=1
else
    version=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
    major=${version%%.*}
    [ "$major" = "1" ] && major=$(echo "$version" | cut -d. -f2)
    if [ -z "$major" ] || [ "$major" -lt 17 ] 2>/dev/null; then
        echo "too old: Java $version found, the lab needs Java 17 or newer." >&2
        missing=1
    fi
fi
if ! command -v mvn >/dev/null 2>&1; then
    echo "missing: Apache Maven (the 'mvn' command)." >&2
    missing=1
fi
if [ "$missing" = 1 ]; then
    cat >&2 <<'TXT'

Install them, then run ./install.sh again:
  Debian/Ubuntu:  sudo apt-get install openjdk-17-jdk maven
  Fedora:         sudo dnf install java-17-openjdk-devel maven
  macOS:          brew install openjdk@17 maven
  Any system:     https://sdkman.io  then  sdk install java 17-tem && sdk install maven
TXT
    exit 1
fi

echo "building lab.jar (the first build downloads dependencies and takes a minute or two)..."
# Maven prints stray colour resets even in batch mode; strip them so the output stays clean.
clean() { sed $'s/\x1b\\[0m//g'; }
if $run_tests; then
    mvn -q -B verify 2>&1 | clean
else
    mvn -q -B -DskipTests package 2>&1 | clean
fi
cp target/lab.jar lab.jar
echo "done: $(pwd)/lab.jar"
echo "start the lab with:  java -jar lab.jar"
