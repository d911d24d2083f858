#!/usr/bin/env bash
# Runs each benchmark program under CPython 3.13, the local python3 and Taipan, alternating, several
# times, and prints the median wall time of each with Taipan's ratio to CPython 3.13 (below 1 is
# faster). Checks that every interpreter printed the same output.
# usage: bench/run.sh PYTHON3.13 [RUNS] [PROGRAM.py ...]   (default: bench/micro/*.py, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
py313=${1:?usage: bench/run.sh PYTHON3.13 [RUNS] [PROGRAM.py ...]}
runs=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=(bench/micro/*.py)
[ -f target/taipan.jar ] || mvn -q -DskipTests package
taipan=(java -Xss1g -jar target/taipan.jar)
py311=$(command -v python3 || true)
status=0
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_one() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'; }
printf '%-28s %10s %10s %10s %8s\n' program cpython3.13 python3 taipan ratio
for prog in "${programs[@]}"; do
  want=$("$py313" "$prog")
  got=$("${taipan[@]}" "$prog" 2>&1 || true)
  if [ "$want" != "$got" ]; then echo "$prog: output differs from CPython 3.13" >&2; status=1; continue; fi
  t13=(); t11=(); tt=()
  for ((r = 0; r < runs; r++)); do
    t13+=("$(time_one "$py313" "$prog")")
    [ -n "$py311" ] && t11+=("$(time_one "$py311" "$prog")")
    tt+=("$(time_one "${taipan[@]}" "$prog")")
  done
  m13=$(printf '%s\n' "${t13[@]}" | median)
  m11=$([ -n "$py311" ] && printf '%s\n' "${t11[@]}" | median || echo nan)
  mt=$(printf '%s\n' "${tt[@]}" | median)
  printf '%-28s %10.3f %10.3f %10.3f %8.2f\n' "$(basename "$prog")" "$m13" "$m11" "$mt" "$(awk -v t="$mt" -v c="$m13" 'BEGIN {print t / c}')"
done
exit $status
