#!/usr/bin/env bash
# GIL fairness: runs bench/threads/gil_latency.py under CPython 3.13 and under Taipan (with a GIL,
# and free-threaded), one after the other, and prints each one's wake-up latency report.
# Thread scaling and the single-thread cost of free-threaded mode are ThreadScaling.java:
#   java -Xss1g -cp target/taipan.jar bench/threads/ThreadScaling.java [ROUNDS] [WORK]
# usage: bench/threads/run.sh PYTHON3.13 [SLEEPS] [SPINNERS]   (default: 500 sleeps, 1 spinner)
set -euo pipefail
cd "$(dirname "$0")/../.."
py313=${1:?usage: bench/threads/run.sh PYTHON3.13 [SLEEPS] [SPINNERS]}
sleeps=${2:-500}
spinners=${3:-1}
[ -f target/taipan.jar ] || mvn -q -DskipTests package
"$py313" bench/threads/gil_latency.py "$sleeps" "$spinners"
java -Xss1g -jar target/taipan.jar -X gil=1 bench/threads/gil_latency.py "$sleeps" "$spinners"
# The spinning thread allocates an int object per iteration; G1's young pauses (1-3 ms on two
# cores) then land in the sleeper's tail. The parallel collector's are shorter: the GIL's own
# hand-off shows through.
echo "(the same with -XX:+UseParallelGC)"
java -XX:+UseParallelGC -Xss1g -jar target/taipan.jar -X gil=1 bench/threads/gil_latency.py "$sleeps" "$spinners"
java -Xss1g -jar target/taipan.jar -X gil=0 bench/threads/gil_latency.py "$sleeps" "$spinners"
