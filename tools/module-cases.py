#!/usr/bin/env python3
"""Writes the expected results of native-module test cases from CPython 3.13.

A case file (src/test/resources/dev/taipan/modules/NAME.cases) holds one case a line:
    EXPR => EXPECTED
EXPR is evaluated with the names of the module NAME (plus inf and nan) in scope; EXPECTED
becomes repr(result), or "ExcType: message" when it raises. A line starting with "~" is
compared within a few units in the last place by the Java test. Lines starting with "#" and
blank lines are kept as they are. Expected values are never written by hand: edit EXPR, then
    python3.13 tools/module-cases.py src/test/resources/dev/taipan/modules/*.cases
"""
import importlib
import os
import sys

assert sys.version_info[:2] == (3, 13), "module-cases: need CPython 3.13"


def outcome(expr, scope):
    try:
        return repr(eval(expr, dict(scope)))
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        return f"{type(e).__name__}: {e}"


for path in sys.argv[1:]:
    module = importlib.import_module(os.path.basename(path).split(".")[0])
    scope = {k: getattr(module, k) for k in dir(module)}
    scope.update(inf=float("inf"), nan=float("nan"))
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if not line.strip() or line.startswith("#"):
                out.append(line)
                continue
            expr = line.split(" => ")[0]
            approx = expr.startswith("~")
            value = outcome(expr[1:] if approx else expr, scope)
            out.append(f"{expr} => {value}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{path}: {len(out)} lines")
