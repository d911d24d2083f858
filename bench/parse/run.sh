#!/usr/bin/env bash
# Parse throughput, Taipan against CPython 3.13's ast.parse, over the same files in one run.
# usage: bench/parse/run.sh PYTHON3.13 [LIB_DIR]
#   PYTHON3.13  the reference interpreter (see ../shared/tools/setup-cpython313.sh)
#   LIB_DIR     the corpus; by default that interpreter's standard library with its Lib/test
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${1:?usage: bench/parse/run.sh PYTHON3.13 [LIB_DIR]}
lib=${2:-$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$lib" -name '*.py' -type f | sort > "$list"
[ -f target/taipan.jar ] || mvn -q -DskipTests package
for round in 1 2; do
  echo "round $round"
  "$py" bench/parse/parse_cpython.py "$list" 5
  java -Xss64m -cp target/taipan.jar bench/parse/ParseBenchmark.java "$list" 5 10
done
