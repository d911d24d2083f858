"""Times one benchmark of the suite in one process and prints the result as one JSON line.

Usage: INTERPRETER bench/suite/harness.py NAME [--iterations K] [--warmup W] [--n N]

Imports the benchmark module NAME (a file NAME.py beside this one), calls its main() W + K
times, and prints {"name", "checksum", "times", "cpu_times", "warmup"}: the wall-clock time and
the calling thread's CPU time of every call in seconds, warm-up calls first. Every call must
return the same checksum; a change is an error.
"""
import json
import os
import sys
import time


def parse_args(argv):
    if not argv or argv[0].startswith("-"):
        raise SystemExit("usage: harness.py NAME [--iterations K] [--warmup W] [--n N]")
    options = {"name": argv[0], "iterations": 3, "warmup": 0, "n": None}
    rest = argv[1:]
    while rest:
        flag = rest.pop(0)
        key = flag[2:]
        if key not in ("iterations", "warmup", "n") or not rest:
            raise SystemExit(f"harness.py: bad option {flag!r}")
        options[key] = int(rest.pop(0))
    return options


def main():
    options = parse_args(sys.argv[1:])
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    module = __import__(options["name"])
    args = () if options["n"] is None else (options["n"],)
    times = []
    cpu_times = []
    checksum = None
    for _ in range(options["warmup"] + options["iterations"]):
        start = time.perf_counter()
        cpu_start = time.thread_time()
        result = str(module.main(*args))
        cpu_times.append(time.thread_time() - cpu_start)
        times.append(time.perf_counter() - start)
        if checksum is None:
            checksum = result
        elif result != checksum:
            raise SystemExit(f"checksum changed between iterations: {checksum!r} then {result!r}")
    print(json.dumps({"name": options["name"], "checksum": checksum, "times": times,
                      "cpu_times": cpu_times, "warmup": options["warmup"]}))


if __name__ == "__main__":
    main()
