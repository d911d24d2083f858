# range objects and slice objects.

# --- case: range attributes and len
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, -10, -3)]:
    print(repr(r), r.start, r.stop, r.step, len(r), list(r), bool(r))

# --- case: indexing and negative indexing
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3])
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)

# --- case: slicing a range returns a range
print(r[1:4], r[::-1], r[::2], r[-2:], r[5:1:-2], range(10)[::-3], range(0)[1:2])

# --- case: containment, index, count
print(7 in r, 8 in r, 27 in r, 31 in r, 7.0 in r, "7" in r, r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: equality compares the sequence
print(range(0) == range(5, 1), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) == [0])
print(hash(range(0, 5, 2)) == hash(range(0, 6, 2)))

# --- case: huge ranges
big = range(0, 10 ** 20, 3)
print(big[-1], 10 ** 19 in big, big.index(3 * 10 ** 18), big[10 ** 18], big[::10 ** 18])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)

# --- case: range errors
for args in [(1.5,), (0, 1, 0), ("a",), ()]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# --- case: reversed range and iteration
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), sum(range(101)), max(range(-5, 5)))

# --- case: slice objects and indices
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2), slice(1, 2, None) == slice(1, 2))
for sl in [slice(None), slice(2, None), slice(None, -1), slice(-3, None, -1), slice(None, None, -2), slice(100, -100, -1), slice(-100, 100, 7)]:
    print(sl, sl.indices(10), list(range(10))[sl], list(range(*sl.indices(10))))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: slices with non-int components and comparison
print(slice("a", "b").start, slice(1, 2) < slice(1, 3), slice(0, 1, 2) == slice(0, 1, 2))
