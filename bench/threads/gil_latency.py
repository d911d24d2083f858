"""GIL fairness: wake-up latency of a thread sleeping 1 ms in a loop while CPU-bound threads spin.

Run it with any Python 3.13 (CPython or Taipan): prints the median and 99th percentile of how
much later than asked the sleeper wakes up and runs Python again, and how many loop iterations
the spinning threads got through meanwhile.
"""

import sys
import threading
import time

SLEEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 500
SPINNERS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
SLEEP = 0.001

stop = False
spins = [0] * SPINNERS


def spinner(k):
    n = 0
    while not stop:
        n += 1
    spins[k] = n


def sleeper(delays):
    for _ in range(SLEEPS):
        start = time.perf_counter()
        time.sleep(SLEEP)
        delays.append(time.perf_counter() - start - SLEEP)


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(p * len(sorted_values)))]


def main():
    global stop
    idle = []
    sleeper(idle)
    spinners = [threading.Thread(target=spinner, args=(k,)) for k in range(SPINNERS)]
    for t in spinners:
        t.start()
    delays = []
    began = time.perf_counter()
    s = threading.Thread(target=sleeper, args=(delays,))
    s.start()
    s.join()
    elapsed = time.perf_counter() - began
    stop = True
    for t in spinners:
        t.join()
    idle.sort()
    delays.sort()
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"{sys.implementation.name} gil={int(gil)} switchinterval={sys.getswitchinterval() * 1e3:.1f} ms,"
          f" {SLEEPS} sleeps of {SLEEP * 1e3:.0f} ms, {SPINNERS} spinning thread(s)")
    print(f"  idle:      oversleep median {percentile(idle, 0.5) * 1e3:7.3f} ms"
          f"  p99 {percentile(idle, 0.99) * 1e3:7.3f} ms")
    print(f"  contended: oversleep median {percentile(delays, 0.5) * 1e3:7.3f} ms"
          f"  p99 {percentile(delays, 0.99) * 1e3:7.3f} ms  max {delays[-1] * 1e3:7.3f} ms")
    print(f"  sleeper loop took {elapsed:.2f} s; spinner iterations {sum(spins):,}")


main()
