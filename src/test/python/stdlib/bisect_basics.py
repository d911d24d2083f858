"""bisect: bisect_left/right, insort_left/right, lo/hi bounds, key=."""
import bisect


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: bisect positions
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 3), bisect.bisect_right([], 3))

# --- case: lo and hi bounds
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 9, 0, 3), bisect.bisect_right(a, 0, 4))
attempt("negative lo", lambda: bisect.bisect_left(a, 1, -1))
print(bisect.bisect_right(a, 5, hi=len(a)), bisect.bisect_left(a, 5, lo=5))

# --- case: insort
b = []
for x in [5, 1, 4, 1, 3, 9]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b, [type(v).__name__ for v in b])

# --- case: key
records = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("e", 3), key=lambda r: r[1])
bisect.insort_left(records, ("f", 3), key=lambda r: r[1])
bisect.insort_right(records, ("g", 0), key=lambda r: r[1])
print(records)

# --- case: grades example
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left("aceg", "d"), bisect.bisect_right((1.5, 2.5), 2.5))
