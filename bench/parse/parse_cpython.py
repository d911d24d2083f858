"""Parse throughput of CPython's own ast.parse over a list of files (the baseline for ParseBenchmark).

Usage: python3.13 bench/parse/parse_cpython.py LIST [RUNS]
"""
import statistics
import sys
import time


def main():
    with open(sys.argv[1]) as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    sources = []
    for p in paths:
        with open(p, "rb") as f:
            sources.append((p, f.read()))
    total = sum(len(s) for _, s in sources) / 1e6
    times = []
    rejected = 0
    for _ in range(runs):
        rejected = 0
        start = time.perf_counter()
        for path, src in sources:
            try:
                compile(src, path, "exec", 0x400, dont_inherit=True)  # ast.PyCF_ONLY_AST
            except (SyntaxError, ValueError, RecursionError):
                rejected += 1
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"cpython {sys.version.split()[0]}  files={len(sources)}  MB={total:.2f}  rejected={rejected}  "
          f"first={times[0]:.3f}s ({total / times[0]:.1f} MB/s)  median={median:.3f}s ({total / median:.1f} MB/s)")


if __name__ == "__main__":
    main()
