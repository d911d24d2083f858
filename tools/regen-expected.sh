#!/usr/bin/env bash
# Writes the expected output of every Python script test from CPython 3.13: for each
# src/test/python/**/NAME.py (but helper modules named _*.py), NAME.out gets its stdout and NAME.exit its exit status when not 0.
# Expected output is never written by hand.
# usage: tools/regen-expected.sh PYTHON3.13 [SCRIPT.py ...]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:?usage: tools/regen-expected.sh PYTHON3.13 [SCRIPT.py ...]}
shift
version=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
[ "$version" = "3.13" ] || { echo "regen-expected: need CPython 3.13, got $version" >&2; exit 1; }
if [ $# -gt 0 ]; then scripts=("$@"); else mapfile -t scripts < <(find src/test/python -name '*.py' ! -name '_*' | sort); fi
for script in "${scripts[@]}"; do
  base=${script%.py}
  set +e
  (cd "$(dirname "$script")" && PYTHONHASHSEED=0 "$py" "$(basename "$script")" >"$OLDPWD/$base.out" 2>/dev/null </dev/null)
  rc=$?
  set -e
  if [ "$rc" -ne 0 ]; then echo "$rc" >"$base.exit"; else rm -f "$base.exit"; fi
  echo "$script: exit $rc"
done
