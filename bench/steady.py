"""Runs a benchmark program several times in one process and prints the time of each run.

Usage: INTERPRETER bench/steady.py PROGRAM.py [RUNS]

The first run includes warm-up (on Taipan: class loading and JIT compilation); the last runs
show steady state. The program's own output is discarded.
"""
import sys
import time


class _Sink:
    def write(self, s):
        return len(s)

    def flush(self):
        pass


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    times = []
    real_stdout = sys.stdout
    for _ in range(runs):
        sys.stdout = _Sink()
        start = time.perf_counter()
        exec(code, {"__name__": "__bench__"})
        times.append(time.perf_counter() - start)
        sys.stdout = real_stdout
    ordered = sorted(times[runs // 2:])
    steady = ordered[len(ordered) // 2]
    print(f"{path}: first {times[0]:.3f}s  steady (median of the last half) {steady:.3f}s")


main()
