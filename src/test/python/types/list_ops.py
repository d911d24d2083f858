# list: all methods, slicing assignment, sort stability.

# --- case: construction and basic operations
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1}), [1, 2] + [3], [0] * 3, [[]] * 2)
a = [3, 1, 2]
print(len(a), a[0], a[-1], 2 in a, 5 not in a, a == [3, 1, 2], a < [3, 2], min(a), max(a))

# --- case: append, extend, insert
a = [1]
a.append([2])
a.extend((3, 4))
a.extend("ab")
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
a.insert(-100, "very first")
print(a)

# --- case: pop, remove, clear, del
a = list(range(6))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a)
b = a.copy()
a.clear()
print(a, b)

# --- case: index and count
c = [1, 2, 3, 2, 1, 2]
print(c.index(2), c.index(2, 2), c.index(2, -2), c.count(2), c.count(9), c.index(1, 1, 5))
try:
    c.index(2, 0, 1)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: reverse and sort in place return None
d = [3, 1, 2]
print(d.reverse(), d, d.sort(), d, d.sort(reverse=True), d)

# --- case: sort stability with key
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)

# --- case: sort with mutation during sort is detected
lst = [3, 2, 1]
def bad_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: slicing assignment
s = list(range(10))
s[2:5] = ["a"]
print(s)
s[-2:] = []
print(s)
s[1:1] = ["x", "y"]
print(s)
s[::3] = [0] * len(s[::3])
print(s)
s[:] = []
print(s)
t = [1, 2, 3]
t[1:2] = t
print(t)

# --- case: multiplication aliasing
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)

# --- case: in-place operators
e = [1]
e += (2, 3)
e *= 2
print(e)
e *= 0
print(e)

# --- case: comparisons
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2, 3] > [1, 2], [] < [0], [1, "a"] == [1, "a"], [[1]] < [[2]])

# --- case: list of lists copying
orig = [[1], [2]]
shallow = orig.copy()
shallow[0].append(99)
print(orig, shallow is orig, shallow[0] is orig[0], list(orig) == orig)

# --- case: errors
for op in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1][3], lambda: [1].index(3), lambda: [1, "a"].sort(),
           lambda: [1].insert("a", 1), lambda: [] * 2.0]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# --- case: list from iterator and unpacking
it = iter([1, 2, 3])
next(it)
print(list(it), [*range(2), *"ab"], list(reversed([1, 2])), sorted([3, 1], reverse=True))
