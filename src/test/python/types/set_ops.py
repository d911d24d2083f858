# set and frozenset: operators and methods. Sets of strings are sorted before printing.

def show(s):
    return f"{type(s).__name__}{sorted(s)}"

a = {1, 2, 3, 4}
b = {3, 4, 5}

# --- case: operators
print(show(a | b), show(a & b), show(a - b), show(b - a), show(a ^ b))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > a, a == {4, 3, 2, 1}, a != b, {1, 2}.isdisjoint({3}))

# --- case: method forms accept any iterables
print(show(a.union([9], (8,))), show(a.intersection(range(3), [1, 2, 7])), show(a.difference("x", [1])),
      show(a.symmetric_difference([4, 10])), a.issubset(range(10)), a.issuperset([1, 2]))

# --- case: operators require sets
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)

# --- case: in-place operators and update methods
s = {1, 2}
s |= {3}
s &= {1, 3, 5}
s ^= {5, 7}
s -= {7}
print(show(s))
s.update([10], (11,))
s.intersection_update(range(20))
s.difference_update([10])
s.symmetric_difference_update({1, 99})
print(show(s))

# --- case: add, remove, discard, pop, clear, copy
s = {5}
s.add(6)
s.add(6)
s.discard(100)
s.remove(5)
print(show(s), len(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2}
d = c.copy()
c.clear()
print(c, show(d))

# --- case: frozenset is hashable and immutable
f = frozenset([3, 1, 2])
print(show(f), hash(f) == hash(frozenset([1, 2, 3])), {f: "ok"}[frozenset({1, 2, 3})], f == {1, 2, 3})
print(hasattr(f, "add"), show(f | {4}), show({4} | f), show(f.union([5])))

# --- case: set of strings printed via sorted
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words, sorted(w.upper() for w in words))

# --- case: repr of small int sets and empty sets
print({1, 2, 3}, set(), frozenset(), frozenset({1}), set([2, 1]), {0})

# --- case: set elements must be hashable, equal numbers collapse
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}), show({1, 2} | {2.0}))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)

# --- case: set comprehension and mutation during iteration
print(show({x % 3 for x in range(10)}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

# --- case: comparisons between set and frozenset
print(set([1]) == frozenset([1]), frozenset([1]) < {1, 2}, type(frozenset([1]) & {1}).__name__, type({1} & frozenset([1])).__name__)

# --- case: set comparison operators are not total orderings
print({1} < {2}, {1} > {2}, {1} <= {2}, sorted([{1, 2}, {1}], key=len))

# --- case: a display of constants takes the order of a frozenset, shared by equal displays
print({33, 25, 17, 9, 1}, {1, 9, 17, 25, 33}, {5, 13, 21}, {2.5, -3, 10, 18})
def same_constants():
    return {1, 9, 17, 25, 33}
print(same_constants(), {x for x in (33, 25, 17, 9, 1)}, set(frozenset((33, 25, 17, 9, 1))))
