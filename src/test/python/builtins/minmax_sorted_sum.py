# min, max, sorted, sum with keys, defaults, stability.

# --- case: min and max basics
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1.5, 2, -1]))

# --- case: key and default
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max([], default="empty"), min([], key=len, default=None))
print(max(words, key=lambda w: w[-1]), min((3, "c"), (1, "z"), (1, "a")))

# --- case: ties return first encountered
print(max(["aa", "bb", "c"], key=len), min(["x", "yy", "z"], key=len))
print(max([1, 1.0, True]), min([True, 1, 1.0]), type(max(1, 1.0)).__name__)

# --- case: errors
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0), lambda: min(1, "a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# --- case: sorted with key, reverse and stability
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True), sorted({3: "c", 1: "a"}))

# --- case: reverse=True preserves stability of equal keys
items = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(items, key=lambda t: t[0], reverse=True))

# --- case: sorted returns new list and accepts any iterable
src = (5, 3, 4)
print(sorted(src), src, sorted(iter([2, 1])), sorted(x for x in "cab"), sorted([]))

# --- case: sorting mixed int/float and special floats
print(sorted([3, 1.5, -2, 2 ** 70, 0.0, -0.0, True]))
print(sorted([float("inf"), 1, float("-inf")]))

# --- case: list.sort in place and key errors propagate
lst = ["b", "A", "c"]
print(lst.sort(key=str.lower), lst)
try:
    sorted([1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# --- case: sum with start and floats
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(101)))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 2.5]), sum([True, True, 1]))
print(sum([0.1] * 10) == 1.0, 0.1 * 10, sum([1e16, 1.0, 1.0]), sum([], 0.0), sum([1j, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([3], start=4))
